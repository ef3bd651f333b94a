"""Regenerate templates/<id>/reference.docx for every template folder.

    .venv/bin/python scripts/make_reference_docx.py            # write them
    .venv/bin/python scripts/make_reference_docx.py --check    # exit 1 if any is out of date
    .venv/bin/python scripts/make_reference_docx.py --templates DIR

A reference.docx carries a template's look and nothing else (its body is empty):
page size and orientation (from the `page` setting of the folder's manifest.toml),
the default language of the text (its `language` setting, if it has one),
margins, an empty header and footer paragraph, and the styles the exporter uses,
looked up by their names in styles.xml: Normal, Title, Subtitle, heading 1-3, List
Bullet, header, footer, footnote text and footnote reference (Word's own names; ids
FootnoteText/FootnoteReference). The header style is centred (the classification
marking); the footer style is left-aligned with a centre and a right tab stop at the
text width, so the exporter can write "<TAB>footer text<TAB>Page X of Y".

Each bundled template's look is its entry in LOOKS below (fonts, sizes, heading
colours, margins); a folder without an entry gets DEFAULT_LOOK. To change a look,
edit LOOKS and run this script; never edit the .docx files by hand.

Deterministic: built from python-docx's default template with fixed core properties
(and without its thumbnail), then re-zipped with fixed timestamps and entry order, so
the same python-docx and zlib give the same bytes. --check compares the unzipped parts,
which is what stays equal across zlib versions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from briefing.core.templates.manifest import ManifestProblem, read_manifest  # noqa: E402

PAGE_SIZES_MM = {
    "A4": (210, 297),
    "A5": (148, 210),
    "A3": (297, 420),
    "Letter": (215.9, 279.4),
    "Legal": (215.9, 355.6),
}
# The elements that follow w:pBdr in w:pPr (schema order), for inserting the title rule.
PPR_AFTER_PBDR = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
FIXED_TIME = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
ZIP_TIME = (2025, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Look:
    body_font: str
    heading_font: str
    body_size: float  # points
    title_size: float
    heading_sizes: tuple[float, float, float]  # heading 1-3
    heading_color: str  # hex RGB
    marking_color: str  # header text (the classification marking)
    margins_mm: tuple[float, float, float, float]  # top, right, bottom, left
    title_rule: bool = False  # a thin line under the title


LOOKS = {
    # Sans serif, navy headings, a red classification marking: the common look of
    # Australian Public Service briefs.
    "briefing-note": Look(
        "Arial",
        "Arial",
        11,
        18,
        (13, 12, 11),
        "1F3864",
        "C00000",
        (25, 25, 25, 25),
        title_rule=True,
    ),
    # Calibri, dark teal headings, slightly narrower margins for talking points.
    "meeting-brief": Look(
        "Calibri", "Calibri", 11, 20, (14, 12, 11), "0F4C5C", "C00000", (22, 20, 22, 20)
    ),
    # Compact: small type and tight margins so the note fits on one page.
    "key-messages": Look(
        "Verdana",
        "Verdana",
        9.5,
        15,
        (11.5, 10.5, 9.5),
        "2E5E3E",
        "C00000",
        (18, 18, 15, 18),
        title_rule=True,
    ),
    # Formal serif memo: Georgia headings in dark burgundy over Cambria text.
    "decision-memo": Look(
        "Cambria", "Georgia", 11.5, 18, (13, 12, 11.5), "5C1F2B", "C00000", (25, 25, 25, 30)
    ),
    # The German templates: Arial, as in the Word templates of the federal ministries
    # (the federal corporate font BundesSans is not free), black text, margins after
    # DIN 5008 (left 25 mm, right 20 mm), and the classification marking in black: the
    # VS-Anweisung (Anlage IV Nr. 1.1) asks for black or blue for VS-NUR FÜR DEN
    # DIENSTGEBRAUCH and VS-VERTRAULICH.
    # Leitungsvorlage: 12 pt with black headings, as ministerial submissions are typed.
    "leitungsvorlage": Look(
        "Arial", "Arial", 12, 16, (12.5, 12, 12), "000000", "000000", (25, 20, 20, 25)
    ),
    # Sprechzettel: larger type (13 pt) so it can be read out, dark blue headings.
    "sprechzettel": Look(
        "Arial", "Arial", 13, 17, (13.5, 13, 13), "1F3A5F", "000000", (25, 20, 20, 25)
    ),
    # Hintergrundinformation: 11 pt, dark grey headings and a rule under the title.
    "hintergrundinformation": Look(
        "Arial",
        "Arial",
        11,
        16,
        (12.5, 11.5, 11),
        "404040",
        "000000",
        (25, 20, 20, 25),
        title_rule=True,
    ),
}
DEFAULT_LOOK = Look("Arial", "Arial", 11, 18, (13, 12, 11), "262626", "C00000", (25, 25, 25, 25))


def _set_font(
    style, name: str, size: float | None = None, color: str | None = None, bold: bool | None = None
) -> None:
    font = style.font
    font.name = name
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)  # a theme font would win over the named one
    rfonts.set(qn("w:cs"), name)
    if size is not None:
        font.size = Pt(size)
        for cs_size in style.element.rPr.findall(qn("w:szCs")):
            cs_size.set(qn("w:val"), str(round(size * 2)))
    if color is not None:
        font.color.rgb = RGBColor.from_string(color)
    if bold is not None:
        font.bold = bold


def _paragraph_style(document, name: str, style_id: str, based_on: str = "Normal"):
    styles = document.styles
    style = next((s for s in styles if s.name == name), None)
    if style is None:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.element.styleId = style_id
        style.base_style = styles[based_on]
    return style


def build(
    look: Look, page_size: str = "A4", orientation: str = "portrait", language: str = ""
) -> bytes:
    """The reference.docx for one look, as bytes. `language` (the manifest's, such as
    "de-DE") becomes the document's default language, so Word proofs the text in it;
    without one python-docx's default (en-US) stays."""
    document = Document()
    styles = document.styles
    if language:
        defaults = styles.element.find(qn("w:docDefaults"))
        lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
        lang.set(qn("w:val"), language)

    section = document.sections[0]
    width, height = PAGE_SIZES_MM[page_size]
    if orientation == "landscape":
        width, height = height, width
        section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(width), Mm(height)
    top, right, bottom, left = look.margins_mm
    section.top_margin, section.right_margin = Mm(top), Mm(right)
    section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
    section.header_distance = section.footer_distance = Mm(10)
    text_width_mm = width - left - right

    normal = styles["Normal"]
    _set_font(normal, look.body_font, look.body_size, "000000")
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1

    title = styles["Title"]
    _set_font(title, look.heading_font, look.title_size, look.heading_color, bold=True)
    title.paragraph_format.space_after = Pt(6)
    for element, tag in ((title.element.rPr, "w:spacing"), (title.element.pPr, "w:pBdr")):
        for old in element.findall(qn(tag)):  # the default's letter spacing and blue rule
            element.remove(old)
    if look.title_rule:
        ppr = title.element.pPr
        rule = ppr.makeelement(qn("w:pBdr"), {})
        rule.append(
            rule.makeelement(
                qn("w:bottom"),
                {
                    qn("w:val"): "single",
                    qn("w:sz"): "6",
                    qn("w:space"): "4",
                    qn("w:color"): look.heading_color,
                },
            )
        )
        ppr.insert_element_before(rule, *PPR_AFTER_PBDR)

    subtitle = styles["Subtitle"]
    _set_font(subtitle, look.heading_font, look.heading_sizes[0], "595959", bold=False)
    subtitle.font.italic = False
    subtitle.paragraph_format.space_after = Pt(10)

    for level, size in enumerate(look.heading_sizes, start=1):
        heading = styles[f"Heading {level}"]
        _set_font(heading, look.heading_font, size, look.heading_color, bold=True)
        heading.paragraph_format.space_before = Pt((14, 10, 8)[level - 1])
        heading.paragraph_format.space_after = Pt(4)
        heading.paragraph_format.keep_with_next = True

    bullet = styles["List Bullet"]
    bullet.paragraph_format.space_after = Pt(3)

    header = styles["Header"]
    _set_font(header, look.body_font, 10, look.marking_color, bold=True)
    header.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = styles["Footer"]
    _set_font(footer, look.body_font, 8.5, "404040", bold=False)
    footer.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for style in (header, footer):
        tabs = style.paragraph_format.tab_stops
        tabs.clear_all()
        tabs.add_tab_stop(Mm(text_width_mm / 2), WD_TAB_ALIGNMENT.CENTER)
        tabs.add_tab_stop(Mm(text_width_mm), WD_TAB_ALIGNMENT.RIGHT)
        style.paragraph_format.space_after = Pt(0)

    note = _paragraph_style(document, "footnote text", "FootnoteText")
    _set_font(note, look.body_font, max(look.body_size - 2.5, 7.5))
    note.paragraph_format.space_after = Pt(0)
    note.paragraph_format.line_spacing = 1.0
    if not any(s.name == "footnote reference" for s in styles):
        ref = styles.add_style("footnote reference", WD_STYLE_TYPE.CHARACTER)
        ref.element.styleId = "FootnoteReference"
        ref.base_style = styles["Default Paragraph Font"]
        ref.font.superscript = True
    for style in (note, styles["footnote reference"]):
        style.priority, style.unhide_when_used = 99, True

    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].style = header
    section.footer.is_linked_to_previous = False
    section.footer.paragraphs[0].style = footer

    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rid]
    props = document.core_properties
    props.author = props.last_modified_by = "Briefing"
    props.title = props.subject = props.keywords = props.category = ""
    props.comments = "Reference document: the styles and page layout of a Briefing template."
    props.created = props.modified = FIXED_TIME
    props.revision = 1

    raw = io.BytesIO()
    document.save(raw)
    return _fixed_zip(raw.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with fixed timestamps, attributes and entry order."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        names = source.namelist()
        first = [n for n in names if n == "[Content_Types].xml"]
        for name in first + sorted(n for n in names if n not in first):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(name), compresslevel=9)
    return out.getvalue()


def unzipped(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--templates", type=Path, default=ROOT / "templates")
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    stale = 0
    for folder in sorted(p for p in args.templates.iterdir() if (p / "manifest.toml").is_file()):
        try:
            manifest = read_manifest(folder / "manifest.toml")
        except ManifestProblem as problem:
            print(f"{folder.name}: manifest.toml: {problem.detail}", file=sys.stderr)
            return 2
        data = build(
            LOOKS.get(folder.name, DEFAULT_LOOK),
            manifest["page_size"],
            manifest["orientation"],
            manifest["language"],
        )
        target = folder / "reference.docx"
        if args.check:
            if not target.is_file() or unzipped(target.read_bytes()) != unzipped(data):
                print(f"{folder.name}: reference.docx is out of date", file=sys.stderr)
                stale += 1
        elif not target.is_file() or target.read_bytes() != data:
            target.write_bytes(data)
            print(f"{folder.name}: wrote {target.relative_to(args.templates.parent)}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
