"""A template's look, read from its reference.docx: what the PDF and HTML writers need.

The reference document is the one place a template's look is defined (the Word export
starts from it). This reads the few things a non-Word writer needs from it: page size and
margins, and for each style the exporter uses (Normal, Title, Subtitle, heading 1-3,
header, footer, footnote text) its font, size, weight, slant, colour, spacing and
alignment, following ``w:basedOn`` down to the document defaults and theme fonts.

Reading never fails: a missing, broken or oversized reference.docx gives the default look
(the Word export reports such a file itself).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from briefing.core.templates.reference import read_reference

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_MAX_PART = 5_000_000  # bytes of styles.xml / document.xml / theme read at most
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                          remove_comments=True)
PAGE_SIZES_MM = {"A4": (210.0, 297.0), "A5": (148.0, 210.0), "A3": (297.0, 420.0),
                 "Letter": (215.9, 279.4), "Legal": (215.9, 355.6)}
STYLES = ("Normal", "Title", "Subtitle", "heading 1", "heading 2", "heading 3", "header",
          "footer", "footnote text")


@dataclass(frozen=True)
class TextStyle:
    font: str = "Arial"
    size: float = 11.0  # points
    bold: bool = False
    italic: bool = False
    color: str = "000000"  # hex RGB
    before: float = 0.0  # points of space before
    after: float = 6.0  # points of space after
    line: float = 1.1  # line spacing, as a multiple
    align: str = "left"  # left | center | right | justify
    rule: str = ""  # colour of a rule under the paragraph (a title's), "" for none


@dataclass(frozen=True)
class Look:
    page_mm: tuple[float, float] = (210.0, 297.0)  # width, height
    margins_mm: tuple[float, float, float, float] = (25.0, 25.0, 25.0, 25.0)  # t, r, b, l
    header_mm: float = 10.0  # from the page edge to the header / footer text
    footer_mm: float = 10.0
    styles: dict[str, TextStyle] = field(default_factory=dict)

    def style(self, name: str) -> TextStyle:
        return self.styles.get(name) or self.styles.get("Normal") or TextStyle()


def default_look() -> Look:
    body = TextStyle()
    heading = replace(body, bold=True, color="262626", after=4.0)
    return Look(styles={
        "Normal": body,
        "Title": replace(heading, size=18.0, after=6.0),
        "Subtitle": replace(body, size=13.0, color="595959", after=10.0),
        "heading 1": replace(heading, size=13.0, before=14.0),
        "heading 2": replace(heading, size=12.0, before=10.0),
        "heading 3": replace(heading, size=11.0, before=8.0),
        "header": replace(body, size=10.0, bold=True, color="C00000", align="center", after=0),
        "footer": replace(body, size=8.5, color="404040", after=0, line=1.0),
        "footnote text": replace(body, size=8.5, after=0, line=1.0),
    })


def read_look(path: str | Path | None) -> Look:
    """The look of the reference document at `path` (the default look when None or unusable)."""
    if path is None:
        return default_look()
    try:
        return _read(Path(path))
    except Exception:  # noqa: BLE001  (any unreadable or broken package: the default look)
        return default_look()


def _part(archive: zipfile.ZipFile, name: str):
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_PART:
        return None
    return etree.fromstring(archive.read(name), _PARSER)


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _read(path: Path) -> Look:
    data = read_reference(path)  # a user's file: the same size and member caps as Word's
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        styles = _part(archive, "word/styles.xml")
        document = _part(archive, "word/document.xml")
        theme = _part(archive, "word/theme/theme1.xml")
    look = default_look()
    if document is not None:
        look = _page(look, document)
    if styles is None:
        return look
    fonts = _theme_fonts(theme)
    by_id = {s.get(_w("styleId")): s for s in styles.iter(_w("style"))}
    by_name = {}
    for element in by_id.values():
        name = element.find(_w("name"))
        if name is not None and element.get(_w("type")) == "paragraph":
            by_name[name.get(_w("val"), "").lower()] = element
    defaults = styles.find(_w("docDefaults"))
    resolved = dict(look.styles)
    for name in STYLES:
        element = by_name.get(name.lower())
        if element is None:
            continue
        chain = []
        seen = set()
        while element is not None and id(element) not in seen and len(chain) < 20:
            seen.add(id(element))
            chain.append(element)
            based = element.find(_w("basedOn"))
            element = by_id.get(based.get(_w("val"))) if based is not None else None
        resolved[name] = _style(list(reversed(chain)), defaults, fonts, look.style(name))
    return replace(look, styles=resolved)


def _twips_mm(value: str | None, default: float) -> float:
    try:
        return int(value) / 1440 * 25.4
    except (TypeError, ValueError):
        return default


def _page(look: Look, document) -> Look:
    sections = list(document.iter(_w("sectPr")))
    sect = sections[-1] if sections else None  # the body's own section is the last
    if sect is None:
        return look
    size, margins = sect.find(_w("pgSz")), sect.find(_w("pgMar"))
    page, edges, header, footer = look.page_mm, look.margins_mm, look.header_mm, look.footer_mm
    if size is not None:
        page = (_twips_mm(size.get(_w("w")), page[0]), _twips_mm(size.get(_w("h")), page[1]))
    if margins is not None:
        edges = tuple(abs(_twips_mm(margins.get(_w(side)), old)) for side, old in
                      zip(("top", "right", "bottom", "left"), edges))
        header = _twips_mm(margins.get(_w("header")), header)
        footer = _twips_mm(margins.get(_w("footer")), footer)
    if not (50 <= page[0] <= 2000 and 50 <= page[1] <= 2000):
        page = look.page_mm
    if sum(edges[1::2]) >= page[0] - 20 or sum(edges[0::2]) >= page[1] - 20:
        edges = look.margins_mm
    return replace(look, page_mm=page, margins_mm=edges, header_mm=header, footer_mm=footer)


def _theme_fonts(theme) -> dict[str, str]:
    fonts = {}
    if theme is None:
        return fonts
    for kind in ("major", "minor"):
        element = theme.find(f".//{{{A}}}{kind}Font/{{{A}}}latin")
        if element is not None and element.get("typeface"):
            fonts[kind] = element.get("typeface")
    return fonts


def _on(element) -> bool:
    return element.get(_w("val"), "true") not in ("0", "false", "off")


def _style(chain, defaults, fonts: dict[str, str], base: TextStyle) -> TextStyle:
    """Apply document defaults, then each style of the basedOn chain, base style first."""
    values = dict(vars(base))
    layers = []
    if defaults is not None:
        layers += [defaults.find(f"{_w('rPrDefault')}/{_w('rPr')}"),
                   defaults.find(f"{_w('pPrDefault')}/{_w('pPr')}")]
    for element in chain:
        layers += [element.find(_w("rPr")), element.find(_w("pPr"))]
    for layer in layers:
        if layer is None:
            continue
        for child in layer:
            tag = etree.QName(child).localname
            if tag == "rFonts":
                name = child.get(_w("ascii"))
                theme = child.get(_w("asciiTheme"), "")
                if name:
                    values["font"] = name
                elif theme.startswith(("major", "minor")) and theme[:5] in fonts:
                    values["font"] = fonts[theme[:5]]
            elif tag == "sz":
                try:
                    values["size"] = int(child.get(_w("val"))) / 2
                except (TypeError, ValueError):
                    pass
            elif tag == "b":
                values["bold"] = _on(child)
            elif tag == "i":
                values["italic"] = _on(child)
            elif tag == "color":
                color = child.get(_w("val"), "")
                if len(color) == 6 and all(c in "0123456789abcdefABCDEF" for c in color):
                    values["color"] = color.upper()
                elif color == "auto":
                    values["color"] = "000000"
            elif tag == "spacing" and layer.tag == _w("pPr"):
                for attr, key in (("before", "before"), ("after", "after")):
                    if child.get(_w(attr)) is not None:
                        try:
                            values[key] = int(child.get(_w(attr))) / 20
                        except ValueError:
                            pass
                line, rule = child.get(_w("line")), child.get(_w("lineRule"), "auto")
                if line is not None and rule == "auto":
                    try:
                        values["line"] = int(line) / 240
                    except ValueError:
                        pass
            elif tag == "jc":
                align = child.get(_w("val"), "left")
                values["align"] = {"both": "justify", "start": "left", "end": "right",
                                   "centre": "center"}.get(align, align)
                if values["align"] not in ("left", "center", "right", "justify"):
                    values["align"] = "left"
            elif tag == "pBdr":
                bottom = child.find(_w("bottom"))
                if bottom is not None and bottom.get(_w("val"), "nil") not in ("nil", "none"):
                    values["rule"] = (bottom.get(_w("color")) or "000000").upper()
                    if values["rule"] == "AUTO":
                        values["rule"] = "000000"
    values["size"] = min(max(values["size"], 4.0), 96.0)
    values["line"] = min(max(values["line"], 0.8), 3.0)
    return TextStyle(**values)
