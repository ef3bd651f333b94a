"""Paragraphs and runs as WordprocessingML elements, built directly with lxml.

The same XML python-docx makes with ``add_paragraph``/``add_run``/``run.bold``,
without its proxy objects: those cost ~10× the element work in a 500-note export.
Each run of a span gets only the properties its script needs (East Asian font
slot and language for CJK; right-to-left and bidi language for Hebrew/Arabic),
so an English sentence with one Hebrew word is not turned right-to-left as a whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from briefing.export.blocks import Span
from briefing.export.language import word_language
from briefing.export.scripts import script_segments, segments_by_character  # noqa: F401

EAST_ASIAN_FONT = "SimSun"
EAST_ASIAN_LANG = {"zh": "zh-CN", "ja": "ja-JP", "ko": "ko-KR"}
EAST_ASIAN_FONTS = {"zh": EAST_ASIAN_FONT, "ja": "MS Mincho", "ko": "Batang"}
BIDI_LANG = {"he": "he-IL", "ar": "ar-SA"}

_BREAKS = re.compile(r"([\t\r\n])")
_P, _PPR, _PSTYLE, _VAL = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:val")
_R, _RPR, _T, _TAB, _BR = qn("w:r"), qn("w:rPr"), qn("w:t"), qn("w:tab"), qn("w:br")
_B, _BCS, _I, _RTL, _LANG, _RFONTS = (
    qn("w:b"), qn("w:bCs"), qn("w:i"), qn("w:rtl"), qn("w:lang"), qn("w:rFonts"))
_EAST_ASIA, _BIDI, _SPACE = qn("w:eastAsia"), qn("w:bidi"), qn("xml:space")
_ASCII, _HANSI, _HINT, _RSTYLE = qn("w:ascii"), qn("w:hAnsi"), qn("w:hint"), qn("w:rStyle")
_HYPERLINK, _RID, _HISTORY = qn("w:hyperlink"), qn("r:id"), qn("w:history")


def paragraph(parent, style_id: str | None):
    """A new ``w:p`` (python-docx's CT_P) in `parent`'s document, not yet placed.

    Its ``w:pPr`` is there even without a style, as python-docx leaves it."""
    p = parent.makeelement(_P, {})
    ppr = p.makeelement(_PPR, {})
    p.append(ppr)
    if style_id is not None:
        ppr.append(ppr.makeelement(_PSTYLE, {_VAL: style_id}))
    return p


def add_text(r, text: str) -> None:
    """Text into run `r` as python-docx writes it: tabs as ``w:tab``, line breaks as
    ``w:br``, the rest in ``w:t`` (space-preserving when it has outer whitespace)."""
    pieces = _BREAKS.split(text) if ("\t" in text or "\r" in text or "\n" in text) else [text]
    for piece in pieces:
        if not piece:
            continue
        if piece == "\t":
            r.append(r.makeelement(_TAB, {}))
        elif piece in ("\r", "\n"):
            r.append(r.makeelement(_BR, {}))
        else:
            t = r.makeelement(_T, {})
            t.text = piece
            if len(piece.strip()) < len(piece):
                t.set(_SPACE, "preserve")
            r.append(t)


def add_plain_run(p, text: str) -> None:
    """A run without properties (python-docx's ``paragraph.add_run(text)``)."""
    r = p.makeelement(_R, {})
    p.append(r)
    if text:
        add_text(r, text)


@dataclass
class Runs:
    """What runs need from their document: a relationship id for each link (from the part
    the paragraph lives in: body, footnotes or endnotes), the Hyperlink style, and the
    body's Latin font (for quotation marks that close Chinese text, see below)."""

    part: object = None  # a python-docx Part; None: links are set as plain text
    link_style: str | None = None
    latin_font: str = ""
    _ids: dict = field(default_factory=dict)

    def link(self, url: str) -> str | None:
        if self.part is None:
            return None
        if url not in self._ids:
            self._ids[url] = self.part.relate_to(url, RT.HYPERLINK, is_external=True)
        return self._ids[url]


_MARKS = "”’“‘"


def add_runs(p, spans: tuple[Span, ...], runs: Runs | None = None) -> None:
    """Each span as runs of one script each, bold/italic/language as the span says, and a
    link as a w:hyperlink around its runs."""
    runs = runs or Runs()
    for span in spans:
        target = p
        if span.url:
            rid = runs.link(span.url)
            if rid is not None:
                target = p.makeelement(_HYPERLINK, {_RID: rid, _HISTORY: "1"})
                p.append(target)
        style = runs.link_style if target is not p else None
        language = word_language(span.lang) if span.lang else ""
        previous = ""
        for script, text in script_segments(span.text):
            pieces = [(text, "")]
            if previous in EAST_ASIAN_LANG and script == "" and runs.latin_font and \
                    text[0] in _MARKS:
                # A quotation mark right after Chinese text: LibreOffice takes it as East
                # Asian (full width, a gap after it) whatever the run says, unless the
                # East Asian font slot names the Latin font too.
                marks = len(text) - len(text.lstrip(_MARKS))
                pieces = [(text[:marks], runs.latin_font), (text[marks:], "")]
            for piece, font in pieces:
                if not piece:
                    continue
                r = target.makeelement(_R, {})
                target.append(r)
                rpr = r.makeelement(_RPR, {})
                r.append(rpr)
                _properties(rpr, script, span.bold, span.italic, language, style, font)
                add_text(r, piece)
            previous = script


def _properties(rpr, script: str, bold: bool, italic: bool, language: str = "",
                style: str | None = None, latin_font: str = "") -> None:
    """``w:rPr`` children in schema order: rStyle, rFonts, b, bCs, i, rtl, lang."""
    east_asian = script in EAST_ASIAN_LANG
    rtl = script in BIDI_LANG
    if style:
        rpr.append(rpr.makeelement(_RSTYLE, {_VAL: style}))
    if latin_font:
        rpr.append(rpr.makeelement(_RFONTS, {_ASCII: latin_font, _HANSI: latin_font,
                                              _EAST_ASIA: latin_font, _HINT: "default"}))
    elif east_asian:
        rpr.append(rpr.makeelement(_RFONTS, {_EAST_ASIA: EAST_ASIAN_FONTS[script]}))
    if bold:
        rpr.append(rpr.makeelement(_B, {}))
        if rtl:
            rpr.append(rpr.makeelement(_BCS, {}))
    if italic:
        rpr.append(rpr.makeelement(_I, {}))
    if rtl:
        rpr.append(rpr.makeelement(_RTL, {}))
    attributes = {}
    if language:
        attributes[_VAL] = language
    if rtl:
        attributes[_BIDI] = BIDI_LANG[script]
    elif east_asian:
        attributes[_EAST_ASIA] = EAST_ASIAN_LANG[script]
    if attributes:
        rpr.append(rpr.makeelement(_LANG, attributes))
