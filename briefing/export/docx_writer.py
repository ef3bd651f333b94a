"""Rendered blocks → a Word document (python-docx), byte-identical for the same input.

Starts from the template's reference .docx (its styles, page and margins),
uses Word's built-in styles by name, real footnotes or endnotes, the
classification marking at the top and bottom of every page, and "Page X of Y".
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm

from briefing.core.errors import BriefingError
from briefing.export.blocks import Block, NoteRef, Rendered, Span
from briefing.export.docx_text import add_plain_run, add_runs, paragraph, script_segments
from briefing.export.footnotes import Endnotes, Footnotes, register_footnote_part

_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_FALLBACK_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
_STYLE = {"title": "Title", "subtitle": "Subtitle", "paragraph": "Normal",
          "bullet": "List Bullet", "checkbox": "Normal", "signature": "Normal"}
__all__ = ["ReferenceDocxError", "script_segments", "write_docx"]


PAGE_SIZES_MM = {"A4": (210, 297), "A5": (148, 210), "Letter": (215.9, 279.4),
                 "Legal": (215.9, 355.6)}


class ReferenceDocxError(BriefingError):
    """A template's reference.docx cannot be used."""


def _open_reference(path: str | None):
    if path is None:
        return docx.Document()
    try:
        return docx.Document(path)
    except Exception:  # noqa: BLE001  (python-docx raises many kinds for a broken package)
        raise ReferenceDocxError(
            f"The template's reference document {path} is not a usable Word file; "
            "repair it or remove it to use the default look."
        ) from None


def write_docx(rendered: Rendered) -> bytes:
    register_footnote_part()
    document = _open_reference(rendered.reference_docx)
    _page(document, rendered)
    _clear_body(document)
    _header_footer(document, rendered)
    notes = None
    if rendered.notes:
        notes = (Endnotes if rendered.note_kind == "endnote" else Footnotes).of(document)
    by_number = {n.number: n for n in rendered.notes}
    body = _Body(document)
    for block in rendered.blocks:
        _block(body, block, notes, by_number)
    if rendered.bibliography:
        add_plain_run(body.add("Heading 1"), rendered.bibliography_heading)
        indent = str(Cm(1).twips)
        for entry in rendered.bibliography:
            p = body.add("Normal")
            # python-docx's left_indent = Cm(1), first_line_indent = Cm(-1)
            p[0].append(p.makeelement(qn("w:ind"), {qn("w:left"): indent,
                                                    qn("w:hanging"): indent}))
            add_runs(p, entry)
    _properties(document, rendered)
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())


class _Body:
    """Appends paragraphs to the document body as ``document.add_paragraph(style=…)``
    does, with each style looked up once."""

    def __init__(self, document) -> None:
        self._document = document
        self._body = document.element.body
        self._end = self._body.find(qn("w:sectPr"))
        self._style_ids: dict[str, str | None] = {}

    def add(self, style: str):
        """A new ``w:p`` at the end of the body in `style` (a name; Normal if missing)."""
        if style not in self._style_ids:
            self._style_ids[style] = self._document.styles.get_style_id(
                _style(self._document, style), WD_STYLE_TYPE.PARAGRAPH)
        p = paragraph(self._body, self._style_ids[style])
        if self._end is not None:
            self._end.addprevious(p)
        else:
            self._body.append(p)
        return p


def _style(document, name: str) -> str:
    """The style's name if the reference document has it, else Normal (never crash on a look)."""
    try:
        document.styles[name]
        return name
    except KeyError:
        return "Normal"


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


def _block(body: _Body, block: Block, notes, by_number) -> None:
    if block.kind == "heading":
        p = body.add(f"Heading {min(block.level, 3)}")
    else:
        p = body.add(_STYLE.get(block.kind, "Normal"))
    if block.kind == "checkbox":
        add_plain_run(p, "☐ ")
    elif block.kind == "signature":
        add_plain_run(p, "_" * 32 + " ")
    for piece in block.content:
        if isinstance(piece, NoteRef):
            note = notes.add_to(p)
            spec = by_number[piece.number]
            add_runs(note[0], spec.content)
            for extra in spec.paragraphs:
                extra_p = paragraph(note, notes.text_style_id)
                note.append(extra_p)
                add_runs(extra_p, extra)
        else:
            add_runs(p, (piece,))


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
    for section in document.sections:
        section.different_first_page_header_footer = False
        header, footer = section.header, section.footer
        header.is_linked_to_previous = False
        footer.is_linked_to_previous = False
        for part in (header, footer):
            for old in list(part.paragraphs):
                old._p.getparent().remove(old._p)
        top = [rendered.classification] if rendered.classification else []
        if rendered.header and rendered.header != rendered.classification:
            top.append(rendered.header)
        head_style, foot_style = _style(document, "Header"), _style(document, "Footer")
        for line in top or [""]:
            _centred(header.add_paragraph(style=head_style), line,
                     bold=line == rendered.classification)
        if rendered.footer and rendered.footer != rendered.classification:
            _centred(footer.add_paragraph(style=foot_style), rendered.footer)
        pages = footer.add_paragraph(style=foot_style)
        pages.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pages.add_run("Page ")
        _field(pages, "PAGE", "1")
        pages.add_run(" of ")
        _field(pages, "NUMPAGES", "1")
        if rendered.classification:
            _centred(footer.add_paragraph(style=foot_style), rendered.classification, bold=True)


def _centred(paragraph, text: str, bold: bool = False) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        add_runs(paragraph._p, (Span(text, bold=bold),))


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
