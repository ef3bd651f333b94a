"""Rendered blocks → a tagged, accessible PDF (PDF/UA-1), typeset by Typst.

Why Typst (measured in docs/pdf.md against LibreOffice and the old Qt path): it is one
self-contained wheel (PyPI ``typst``, Apache-2.0, no system libraries, no Qt, no office
suite), it sets real footnotes, it writes a tagged PDF with the document's language and
title, bookmarks from headings and embedded font subsets, and with
``pdf_standards="ua-1"`` the compiler itself refuses a document that breaks PDF/UA-1.
Typst runs in a worker process (:mod:`briefing.export.typesetter`): its memory would
otherwise grow with every different briefing exported in a session.

The layout is one fixed Typst program (resources/pdf/briefing.typ); the briefing goes
to it as JSON data (:func:`document_data`), so no user text is ever read as Typst code.
Fonts are only the bundled ones (resources/fonts/, :mod:`briefing.export.fonts`):
system fonts and Typst's own are switched off, so the PDF is the same on every machine,
and the same input gives the same bytes (no dates, fixed timestamp).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from briefing.export.blocks import Block, NoteRef, Rendered, Span
from briefing.export.fonts import CJK_FAMILIES, LINE_EM, SYMBOL_FAMILY, FontSet, family_for
from briefing.export.language import normalise, typst_language
from briefing.export.look import PAGE_SIZES_MM, Look, TextStyle, default_look
from briefing.export.pdf_lang import with_scripts
from briefing.export.scripts import script_segments
from briefing.export.typesetter import PdfError, Typesetter

__all__ = ["PdfEngine", "PdfError", "count_pages", "document_data"]

_STYLE_NAMES = {"body": "Normal", "title": "Title", "subtitle": "Subtitle", "h1": "heading 1",
                "h2": "heading 2", "h3": "heading 3", "header": "header", "footer": "footer",
                "note": "footnote text"}
_SCRIPT_LANGUAGE = {"zh": "zh-Hans", "ja": "ja", "ko": "ko"}


class PdfEngine:
    """Typst with the bundled fonts, in a worker process kept for the exports that follow
    (:mod:`briefing.export.typesetter`)."""

    def __init__(self, resources: Path):
        self.fonts = FontSet.load(resources / "fonts")
        self.layout = (resources / "pdf" / "briefing.typ").read_bytes()
        self.typesetter = Typesetter(str(self.fonts.folder), self.layout)

    def close(self) -> None:
        """End the worker process now (it also ends with the engine or the app)."""
        self.typesetter.close()

    def missing_glyphs(self, rendered: Rendered) -> list[str]:
        """Characters of the briefing no bundled font has (the PDF shows them as �)."""
        return self.fonts.missing(rendered.plain_text() + rendered.header + rendered.footer)

    def write(self, rendered: Rendered) -> bytes:
        data = json.dumps(document_data(rendered, self.fonts), ensure_ascii=False)
        pdf = self.typesetter.compile(data)
        # Typst tags Chinese "zh-CN"; the script subtag "zh-Hans" is written afterwards
        # (briefing.export.pdf_lang). Only a document with Chinese in it has the pair below.
        if '"lang": "zh"' in data:
            pdf = with_scripts(pdf)
        return pdf

    def page_count(self, rendered: Rendered) -> int:
        """The number of pages the PDF of `rendered` has."""
        return count_pages(self.write(rendered))


def count_pages(pdf: bytes) -> int:
    """Pages of a PDF Typst wrote (its page tree's /Count)."""
    counts = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", pdf)]
    counts += [int(n) for n in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", pdf)]
    if counts:
        return max(counts)
    from io import BytesIO

    from pypdf import PdfReader

    return len(PdfReader(BytesIO(pdf)).pages)


# ---- the data the layout reads ---------------------------------------------------------------


def document_data(rendered: Rendered, fonts: FontSet) -> dict:
    look = rendered.look or default_look()
    lang, region = typst_language(rendered.properties.language)
    fit = fonts.fit
    blocks = _grouped(rendered.blocks)
    return {
        "title": fit(rendered.properties.title or "Briefing"),
        "author": [fit(rendered.properties.author)] if rendered.properties.author else [],
        "keywords": [fit(k.strip()) for k in rendered.properties.keywords.split(",") if k.strip()],
        "lang": lang,
        "region": region,
        "page": _page(rendered, look),
        "styles": {key: _style(look.style(name)) for key, name in _STYLE_NAMES.items()},
        "marking": fit(rendered.classification),
        "marking_color": rendered.marking_color,
        "header": fit(rendered.header if rendered.header != rendered.classification else ""),
        "footer": fit(rendered.footer),
        "note_kind": rendered.note_kind,
        "page_label": rendered.page_label.split("{page}")[0],
        "page_of": rendered.page_label.split("{page}")[1].split("{pages}")[0]
        if "{pages}" in rendered.page_label else " / ",
        "notes": [[_spans(note.content, fit)] + [_spans(p, fit) for p in note.paragraphs]
                  for note in rendered.notes],
        "notes_heading": rendered.notes_heading,
        "blocks": [_block(b, fit) for b in blocks],
        "bibliography_heading": rendered.bibliography_heading,
        "bibliography": [_spans(entry, fit) for entry in rendered.bibliography],
        "annex_heading": fit(rendered.annex_heading),
        "annex": [_block(b, fit) for b in _grouped(rendered.annex)],
    }


_PT_MM = 25.4 / 72


def _band_mm(lines: list[TextStyle]) -> float:
    """The height of a header or footer: its lines, each as tall as a word processor sets a
    line of its style (fonts.LINE_EM; headers and footers have no space between paragraphs)."""
    return sum(style.size * sum(LINE_EM[family_for(style.font)]) * _PT_MM for style in lines)


def _page(rendered: Rendered, look: Look) -> dict:
    width, height = PAGE_SIZES_MM.get(rendered.page_size, look.page_mm)
    if rendered.orientation == "landscape":
        width, height = max(width, height), min(width, height)
    top, right, bottom, left = look.margins_mm
    # As in Word, a header or footer taller than its margin pushes the text back, never
    # under it: the marking, footer line and "Page X of Y" stay clear of the notes.
    marking, footer = look.style("header"), look.style("footer")
    head = [marking] if rendered.classification else []
    if rendered.header and rendered.header != rendered.classification:
        head.append(marking)
    foot = ([footer] if rendered.footer else []) + [footer] + \
        ([marking] if rendered.classification else [])
    top = max(top, min(look.header_mm, top) + _band_mm(head))
    bottom = max(bottom, min(look.footer_mm, bottom) + _band_mm(foot))
    return {"width": round(width, 2), "height": round(height, 2), "top": round(top, 2),
            "right": round(right, 2), "bottom": round(bottom, 2), "left": round(left, 2),
            "header": round(min(look.header_mm, top), 2),
            "footer": round(min(look.footer_mm, bottom), 2)}


def _style(style: TextStyle) -> dict:
    family = family_for(style.font)
    top, bottom = LINE_EM[family]
    return {
        "font": [family, *CJK_FAMILIES, SYMBOL_FAMILY],
        "size": style.size,
        "bold": style.bold,
        "italic": style.italic,
        "color": style.color,
        "before": style.before,
        "after": style.after,
        # A line is as tall as the word processor makes it (fonts.LINE_EM: the text's top
        # and bottom edges). Word's "auto" line spacing is a multiple of that height, given
        # to every line; Typst's leading is the gap between the lines of a paragraph, so the
        # layout also adds it below.
        "top": top,
        "bottom": bottom,
        "leading": round(max(0.0, (style.line - 1.0) * (top + bottom)), 3),
        "align": style.align,
        "rule": style.rule,
    }


def _grouped(blocks: list[Block]) -> list[Block | list[Block]]:
    """Runs of bullets as one list each."""
    out: list = []
    for block in blocks:
        if block.kind == "bullet" and out and isinstance(out[-1], list):
            out[-1].append(block)
        elif block.kind == "bullet":
            out.append([block])
        else:
            out.append(block)
    return out


def _block(block, fit) -> dict:
    if isinstance(block, list):
        return {"kind": "list", "items": [_spans(b.content, fit) for b in block]}
    data = {"kind": block.kind, "level": block.level, "number": block.number,
            "content": _spans(block.content, fit)}
    if block.indented:
        data["indented"] = True
    if block.choices:
        data["choices"] = [fit(c) for c in block.choices]
    if block.lines:
        data["lines"] = [_block(line, fit) for line in block.lines]
    return data


def _spans(content, fit) -> list[dict]:
    out = []
    for piece in content:
        if isinstance(piece, NoteRef):
            out.append({"n": piece.number})
            continue
        out += _span(piece, fit)
    return out


def _span(span: Span, fit) -> list[dict]:
    """One span as the layout reads it; Chinese (Japanese, Korean) runs in a span with no
    language of its own are tagged with theirs."""
    base: dict = {}
    if span.bold:
        base["b"] = True
    if span.italic:
        base["i"] = True
    if span.url:
        base["url"] = span.url
    if span.lang:
        return [{**base, "t": fit(span.text), **_lang(span.lang)}]
    out = []
    for script, text in script_segments(span.text):
        piece = {**base, "t": fit(text)}
        if script in _SCRIPT_LANGUAGE:
            piece.update(_lang(_SCRIPT_LANGUAGE[script]))
        out.append(piece)
    return out


def _lang(tag: str) -> dict:
    lang, region = typst_language(normalise(tag))
    return {"lang": lang, "region": region}
