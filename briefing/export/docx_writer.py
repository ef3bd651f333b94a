"""Rendered blocks → a Word document (python-docx), byte-identical for the same input.

Starts from the template's reference .docx (its styles, page and margins), uses Word's
built-in styles by name, real footnotes, the classification marking once at the top and
once at the foot of every page in the same style, "Page X of Y", numbered paragraphs,
decision and signature blocks as tables that are kept together, links, and
document-wide settings from :mod:`briefing.export.docx_parts`.

Endnotes are a "Notes" list (1, 2, 3) after the body and before the bibliography, each
linked to its reference and back. Word's own endnotes cannot do that everywhere: Word
places them at a section's end, but LibreOffice prints them on a page of their own after
everything else, without the header and footer, so without the protective marking.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, RGBColor

from briefing.core.errors import BriefingError, marked
from briefing.core.templates.reference import ReferenceError, read_reference
from briefing.export import docx_parts
from briefing.export.blocks import Block, NoteRef, Rendered, Span
from briefing.export.docx_tables import Tables
from briefing.export.docx_text import Runs, add_plain_run, add_runs, paragraph, script_segments
from briefing.export.footnotes import Footnotes, open_document
from briefing.export.look import PAGE_SIZES_MM

_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_FALLBACK_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
_STYLE = {"title": "Title", "subtitle": "Subtitle", "paragraph": "Normal",
          "bullet": "List Bullet", "checkbox": "Normal", "signature": "Normal"}
__all__ = ["ReferenceDocxError", "script_segments", "write_docx"]


class ReferenceDocxError(BriefingError):
    """A template's reference.docx cannot be used."""


def _open_reference(path: str | None):
    if path is None:
        return open_document()
    try:
        data = read_reference(path)  # a user's file: size and unpacked-size caps first
    except ReferenceError as exc:
        raise ReferenceDocxError(exc.template, **exc.params) from None
    try:
        return open_document(io.BytesIO(data))
    except Exception:  # noqa: BLE001  (python-docx raises many kinds for a broken package)
        raise ReferenceDocxError(marked("core", "The template's reference document {path} is not "
                                                "a usable Word file; repair it or remove it to "
                                                "use the default look."), path=path) from None


def write_docx(rendered: Rendered) -> bytes:
    document = _open_reference(rendered.reference_docx)
    _page(document, rendered)
    _clear_body(document)
    _header_footer(document, rendered)
    docx_parts.set_language(document, rendered.properties.language)
    docx_parts.settings(document)
    notes = None
    if rendered.notes and rendered.note_kind == "footnote":
        notes = Footnotes.of(document)
    body = _Body(document, rendered, notes)
    for block in rendered.blocks:
        body.block(block)
    if rendered.notes and rendered.note_kind == "endnote":
        body.endnotes(rendered)
    if rendered.bibliography:
        add_plain_run(body.add("Heading 1"), rendered.bibliography_heading)
        indent = str(Cm(1).twips)
        for entry in rendered.bibliography:
            p = body.add("Normal")
            # python-docx's left_indent = Cm(1), first_line_indent = Cm(-1)
            p[0].append(p.makeelement(qn("w:ind"), {qn("w:left"): indent,
                                                    qn("w:hanging"): indent}))
            add_runs(p, entry, body.runs)
    if rendered.annex:
        add_plain_run(body.add("Heading 1"), rendered.annex_heading)
        for block in rendered.annex:
            body.block(block)
    _properties(document, rendered)
    docx_parts.app_properties(document)
    if rendered.classification:
        docx_parts.custom_properties(document, {"Classification": rendered.classification})
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())


class _Body:
    """Appends paragraphs and tables to the document body, each style looked up once."""

    def __init__(self, document, rendered: Rendered, notes) -> None:
        self._document = document
        self._body = document.element.body
        self._end = self._body.find(qn("w:sectPr"))
        self._style_ids: dict[str, str | None] = {}
        self.notes = notes
        self.by_number = {n.number: n for n in rendered.notes}
        latin = _style_font(document, "Normal")
        self.runs = Runs(document.part, docx_parts.hyperlink_style(document), latin)
        self.note_runs = Runs(notes._part if notes else None, self.runs.link_style, latin)
        self._numbering: str | None = None
        self.tables = Tables(self, _text_width(document))

    def style_id(self, style: str) -> str | None:
        if style not in self._style_ids:
            self._style_ids[style] = self._document.styles.get_style_id(
                _style(self._document, style), WD_STYLE_TYPE.PARAGRAPH)
        return self._style_ids[style]

    def place(self, element) -> None:
        if self._end is not None:
            self._end.addprevious(element)
        else:
            self._body.append(element)

    def add(self, style: str):
        """A new ``w:p`` at the end of the body in `style` (a name; Normal if missing)."""
        p = paragraph(self._body, self.style_id(style))
        self.place(p)
        return p

    def numbering(self) -> str:
        if self._numbering is None:
            self._numbering = docx_parts.paragraph_numbering(self._document)
        return self._numbering

    def number(self, p) -> None:
        """Number paragraph p in the document's paragraph numbering (w:numPr in schema
        order: after pStyle, keepNext, keepLines)."""
        ppr = p[0]
        num = ppr.makeelement(qn("w:numPr"), {})
        num.append(num.makeelement(qn("w:ilvl"), {qn("w:val"): "0"}))
        num.append(num.makeelement(qn("w:numId"), {qn("w:val"): self.numbering()}))
        after = [qn("w:pStyle"), qn("w:keepNext"), qn("w:keepLines")]
        index = sum(1 for child in ppr if child.tag in after)
        ppr.insert(index, num)

    def content(self, p, content) -> None:
        """Inline content into paragraph p: spans, and note references with their notes."""
        for piece in content:
            if isinstance(piece, NoteRef) and self.notes is None:
                _endnote_reference(p, piece.number)
            elif isinstance(piece, NoteRef):
                note = self.notes.add_to(p)
                spec = self.by_number[piece.number]
                add_runs(note[0], spec.content, self.note_runs)
                for extra in spec.paragraphs:
                    extra_p = paragraph(note, self.notes.text_style_id)
                    note.append(extra_p)
                    add_runs(extra_p, extra, self.note_runs)
            else:
                add_runs(p, (piece,), self.runs)

    def block(self, block: Block) -> None:
        if block.kind == "decision":
            self.tables.decision(block)
            return
        if block.kind == "form":
            self.tables.form(block)
            return
        if block.kind == "heading":
            p = self.add(f"Heading {min(block.level, 3)}")
        else:
            p = self.add(_STYLE.get(block.kind, "Normal"))
        if block.number:
            self.number(p)
        elif block.indented:  # in line with the numbered paragraphs' text (their 1 cm hang)
            p[0].append(p.makeelement(qn("w:ind"), {qn("w:left"): str(Cm(1).twips)}))
        if block.kind == "checkbox":
            add_plain_run(p, "☐ ")
        elif block.kind == "signature":
            add_plain_run(p, "_" * 32 + " ")
        self.content(p, block.content)

    def endnotes(self, rendered: Rendered) -> None:
        """The notes under a "Notes" heading: "1." and the note, hanging; the number links
        back to the reference, and the reference to the note."""
        add_plain_run(self.add("Heading 1"), rendered.notes_heading)
        style = "footnote text" if _style(self._document, "footnote text") != "Normal" \
            else "Normal"
        indent = str(Cm(0.8).twips)
        for note in rendered.notes:
            for index, spans in enumerate((note.content, *note.paragraphs)):
                p = self.add(style)
                p[0].append(p.makeelement(qn("w:spacing"), {qn("w:after"): "60"}))
                p[0].append(p.makeelement(qn("w:ind"), {
                    qn("w:left"): indent, **({qn("w:hanging"): indent} if index == 0 else {})}))
                if index == 0:
                    _bookmark(p, f"note-{note.number}", 2 * note.number)
                    _internal_link(p, f"ref-{note.number}", f"{note.number}.", superscript=False)
                    add_plain_run(p, "\t")
                add_runs(p, spans, self.runs)


def _bookmark(p, name: str, bookmark_id: int) -> None:
    start = p.makeelement(qn("w:bookmarkStart"), {qn("w:id"): str(bookmark_id),
                                                   qn("w:name"): name})
    p.append(start)
    p.append(p.makeelement(qn("w:bookmarkEnd"), {qn("w:id"): str(bookmark_id)}))


def _internal_link(p, anchor: str, text: str, superscript: bool) -> None:
    link = p.makeelement(qn("w:hyperlink"), {qn("w:anchor"): anchor, qn("w:history"): "1"})
    p.append(link)
    r = link.makeelement(qn("w:r"), {})
    link.append(r)
    if superscript:
        rpr = r.makeelement(qn("w:rPr"), {})
        rpr.append(rpr.makeelement(qn("w:vertAlign"), {qn("w:val"): "superscript"}))
        r.append(rpr)
    t = r.makeelement(qn("w:t"), {})
    t.text = text
    r.append(t)


def _endnote_reference(p, number: int) -> None:
    """A superscript note number linked to its note, with a bookmark to come back to."""
    _bookmark(p, f"ref-{number}", 2 * number + 1)
    _internal_link(p, f"note-{number}", str(number), superscript=True)


def _style(document, name: str) -> str:
    """The style's name if the reference document has it, else Normal (never crash on a look)."""
    try:
        document.styles[name]
        return name
    except KeyError:
        return "Normal"


def _style_font(document, name: str) -> str:
    """The Latin font a paragraph style sets, following basedOn ("" when none is named)."""
    try:
        style = document.styles[name]
    except KeyError:
        return ""
    seen = 0
    while style is not None and seen < 20:
        if style.font.name:
            return style.font.name
        style, seen = style.base_style, seen + 1
    return ""


def _text_width(document) -> int:
    """The width between the margins of the first section, in twips."""
    section = document.sections[0]
    try:
        return max(int(section.page_width.twips - section.left_margin.twips
                       - section.right_margin.twips), 2000)
    except (AttributeError, TypeError):
        return 9000


def _page(document, rendered: Rendered) -> None:
    """The manifest's page size and orientation (the reference .docx keeps its margins)."""
    width, height = PAGE_SIZES_MM.get(rendered.page_size, PAGE_SIZES_MM["A4"])
    if rendered.orientation == "landscape":
        width, height = height, width
    for section in document.sections:
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.orientation = (WD_ORIENT.LANDSCAPE if rendered.orientation == "landscape"
                               else WD_ORIENT.PORTRAIT)


def _clear_body(document) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _field(paragraph, instruction: str, placeholder: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice compute on display."""
    def fld(kind):
        run = paragraph.add_run()
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run._r.append(char)

    fld("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    fld("separate")
    paragraph.add_run(placeholder)
    fld("end")


def _header_footer(document, rendered: Rendered) -> None:
    """The marking once at the top and once at the foot of every page, both in the header
    style (the marking's colour and weight); between them at the foot the footer line and
    "Page X of Y"."""
    marking = rendered.classification
    for section in document.sections:
        section.different_first_page_header_footer = False
        header, footer = section.header, section.footer
        header.is_linked_to_previous = False
        footer.is_linked_to_previous = False
        for part in (header, footer):
            for paragraph_ in list(part.paragraphs):
                paragraph_._p.getparent().remove(paragraph_._p)
        head_style, foot_style = _style(document, "Header"), _style(document, "Footer")
        top = [marking] if marking else []
        if rendered.header and rendered.header != marking:
            top.append(rendered.header)
        for line in top or [""]:
            _centred(header.add_paragraph(style=head_style), line, rendered.marking_color)
        if rendered.footer and rendered.footer != marking:
            _centred(footer.add_paragraph(style=foot_style), rendered.footer)
        pages = footer.add_paragraph(style=foot_style)
        pages.alignment = WD_ALIGN_PARAGRAPH.CENTER
        before, _, rest = rendered.page_label.partition("{page}")
        between, _, after = rest.partition("{pages}")
        if before:
            pages.add_run(before)
        _field(pages, "PAGE", "1")
        pages.add_run(between)
        _field(pages, "NUMPAGES", "1")
        if after:
            pages.add_run(after)
        if marking:
            _centred(footer.add_paragraph(style=head_style), marking, rendered.marking_color)


def _centred(paragraph_, text: str, color: str = "") -> None:
    """A centred line; in ``color`` (hex RGB) rather than its style's when one is given (a
    marking the template prints in its own colour: GEHEIM in red)."""
    paragraph_.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        add_runs(paragraph_._p, (Span(text),))
    if color:
        for run in paragraph_.runs:
            run.font.color.rgb = RGBColor.from_string(color)


def _fit(value: str, limit: int = 255) -> str:
    """Core properties hold at most 255 characters (python-docx raises beyond): shorten."""
    return value if len(value) <= limit else value[: limit - 1].rstrip(" ,;") + "…"


def _properties(document, rendered: Rendered) -> None:
    props = document.core_properties
    info = rendered.properties
    props.title = _fit(info.title)
    props.subject = _fit(info.subject)
    props.author = _fit(info.author)
    props.last_modified_by = _fit(info.author)
    props.keywords = _fit(info.keywords)
    props.comments = _fit(info.comments)
    props.category = "Briefing"
    props.language = info.language
    props.revision = 1
    when = _FALLBACK_DATE
    try:
        when = dt.datetime.fromisoformat(info.date).replace(tzinfo=dt.UTC)
    except ValueError:
        pass  # no date, or not a real one ("2025-02-30"): the fixed date keeps files identical
    props.created = props.modified = when
    props.last_printed = when


def _normalise_zip(data: bytes) -> bytes:
    """Same entries, same order, fixed timestamps: equal documents give equal bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()
