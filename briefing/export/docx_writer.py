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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm

from briefing.core.errors import BriefingError
from briefing.core.textfold import is_cjk
from briefing.export.blocks import Block, NoteRef, Rendered, Span
from briefing.export.footnotes import Endnotes, Footnotes, register_footnote_part
from briefing.export.sanitize import has_rtl

_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_FALLBACK_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
_STYLE = {"title": "Title", "subtitle": "Subtitle", "paragraph": "Normal",
          "bullet": "List Bullet", "checkbox": "Normal", "signature": "Normal"}
EAST_ASIAN_FONT = "SimSun"


PAGE_SIZES_MM = {"A4": (210, 297), "A5": (148, 210), "Letter": (215.9, 279.4),
                 "Legal": (215.9, 355.6)}


class ReferenceDocxError(BriefingError):
    """A template's reference.docx cannot be used."""


def _open_reference(path: str | None):
    if path is None:
        return docx.Document()
    try:
        return docx.Document(path)
    except Exception as exc:  # python-docx raises many kinds for a broken package
        raise ReferenceDocxError(
            f"The template's reference document {path} is not a usable Word file "
            f"({exc.__class__.__name__}); repair it or remove it to use the default look."
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
    for block in rendered.blocks:
        _block(document, block, notes, by_number)
    if rendered.bibliography:
        document.add_paragraph(rendered.bibliography_heading, style=_style(document, "Heading 1"))
        for entry in rendered.bibliography:
            paragraph = document.add_paragraph(style=_style(document, "Normal"))
            paragraph.paragraph_format.left_indent = Cm(1)
            paragraph.paragraph_format.first_line_indent = Cm(-1)
            _runs(paragraph, entry)
    _properties(document, rendered)
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())


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


def _block(document, block: Block, notes, by_number) -> None:
    if block.kind == "heading":
        style = _style(document, f"Heading {min(block.level, 3)}")
    else:
        style = _style(document, _STYLE.get(block.kind, "Normal"))
    paragraph = document.add_paragraph(style=style)
    if block.kind == "checkbox":
        paragraph.add_run("☐ ")
    elif block.kind == "signature":
        paragraph.add_run("_" * 32 + " ")
    for piece in block.content:
        if isinstance(piece, NoteRef):
            note = notes.add(paragraph)
            spec = by_number[piece.number]
            _runs(note.paragraph, spec.content)
            for extra in spec.paragraphs:
                _runs(notes.add_paragraph(note), extra)
        else:
            _runs(paragraph, (piece,))


def _runs(paragraph, spans: tuple[Span, ...]) -> None:
    for span in spans:
        for script, text in script_segments(span.text):
            run = paragraph.add_run(text)
            run.bold = span.bold or None
            run.italic = span.italic or None
            _script_properties(run, script, span.bold)


def _script_of(char: str) -> str:
    if is_cjk(char):
        code = ord(char)
        if 0x3040 <= code <= 0x30FF:
            return "ja"
        if 0xAC00 <= code <= 0xD7AF:
            return "ko"
        return "zh"
    if has_rtl(char):
        return "he" if 0x0590 <= ord(char) <= 0x05FF or 0xFB1D <= ord(char) <= 0xFB4F else "ar"
    if char.isalpha() or char.isdigit():
        return ""
    return "?"  # spaces and punctuation join the run they stand in


def script_segments(text: str) -> list[tuple[str, str]]:
    """Split text into runs of one script: "" (Latin and the like), zh, ja, ko, he, ar.

    Each run then gets only the properties its script needs, so an English
    sentence with one Hebrew word is not turned right-to-left as a whole.
    """
    segments: list[list] = []
    for char in text:
        script = _script_of(char)
        if script == "?":
            script = segments[-1][0] if segments else ""
        if segments and segments[-1][0] == script:
            segments[-1][1] += char
        else:
            segments.append([script, char])
    return [(script, chunk) for script, chunk in segments if chunk]


EAST_ASIAN_LANG = {"zh": "zh-CN", "ja": "ja-JP", "ko": "ko-KR"}
EAST_ASIAN_FONTS = {"zh": EAST_ASIAN_FONT, "ja": "MS Mincho", "ko": "Batang"}
BIDI_LANG = {"he": "he-IL", "ar": "ar-SA"}


def _script_properties(run, script: str, bold: bool) -> None:
    """East Asian font slot and language for CJK runs; rtl and bidi language for RTL runs."""
    if not script:
        return
    rpr = run._r.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    if script in EAST_ASIAN_LANG:
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), EAST_ASIAN_FONTS[script])
        lang.set(qn("w:eastAsia"), EAST_ASIAN_LANG[script])
    else:
        rpr.append(OxmlElement("w:rtl"))
        if bold:
            rpr.append(OxmlElement("w:bCs"))
        lang.set(qn("w:bidi"), BIDI_LANG[script])
    rpr.append(lang)
    _order_rpr(rpr)


# CT_RPr children in schema order (the ones we may add around python-docx's own).
_RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
              "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish",
              "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight",
              "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
              "eastAsianLayout", "specVanish", "oMath"]


def _order_rpr(rpr) -> None:
    rank = {qn(f"w:{name}"): i for i, name in enumerate(_RPR_ORDER)}
    children = sorted(rpr, key=lambda e: rank.get(e.tag, len(rank)))
    for child in children:
        rpr.append(child)


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
            for paragraph in list(part.paragraphs):
                paragraph._p.getparent().remove(paragraph._p)
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
        _runs(paragraph, (Span(text, bold=bold),))


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
        when = dt.datetime.fromisoformat(info.date).replace(tzinfo=dt.timezone.utc)
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
