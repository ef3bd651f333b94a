"""The fonts the PDF export embeds (resources/fonts/, made by scripts/make_fonts.py).

A template names Word's fonts (Arial, Calibri, …); the PDF is set in the bundled free font
with the same metrics (see resources/fonts/README.md), so lines and pages fall as in Word.
Every run of text tries the template's face, then Chinese (three families), then DejaVu Sans for symbols
(☐), Greek, Cyrillic, Hebrew and Arabic. A character none of them has is shown as U+FFFD:
PDF/UA forbids a glyph with no font behind it, and the compiler refuses such a document.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

CJK_FAMILY = "Noto Sans CJK SC"
# The regular Chinese face comes in three files under 5 MB, each a family of its own (Typst
# takes one face per family and weight): everyday text in the first, the rarer ideographs
# in the other two (scripts/make_fonts.py). Text tries them in this order.
CJK_FAMILIES = (CJK_FAMILY, f"{CJK_FAMILY} Rare 1", f"{CJK_FAMILY} Rare 2")
SYMBOL_FAMILY = "DejaVu Sans"
DEFAULT_FAMILY = "Liberation Sans"
# A Word font name (lower case) → the bundled family set in its place.
FAMILIES = {
    "arial": "Liberation Sans", "helvetica": "Liberation Sans", "liberation sans": "Liberation Sans",
    "arimo": "Liberation Sans", "segoe ui": "Liberation Sans", "tahoma": "DejaVu Sans",
    "calibri": "Carlito", "carlito": "Carlito", "aptos": "Carlito",
    "cambria": "Caladea", "caladea": "Caladea",
    "georgia": "Noto Serif", "times new roman": "Noto Serif", "times": "Noto Serif",
    "noto serif": "Noto Serif", "garamond": "Noto Serif", "book antiqua": "Noto Serif",
    "verdana": "DejaVu Sans", "dejavu sans": "DejaVu Sans",
}
REPLACEMENT = "\ufffd"
# Each family's line, in em, as a word processor sets a single-spaced line of it: the hhea
# ascender plus the line gap above the baseline, the descender below (what LibreOffice uses,
# and for the metric twins what Word uses for the fonts they stand in for: Arial 1.149,
# Calibri 1.221). Typst's own "ascender"/"descender" edges are the OS/2 typographic ones,
# 0.94 em for Liberation Sans against Word's 1.15: its lines were 18% tighter than Word's and
# a PDF came out a page short of the Word file. tests/export/test_pdf.py reads these from
# the font files.
LINE_EM = {
    "Liberation Sans": (0.938, 0.212),
    "Carlito": (0.971, 0.25),
    "Caladea": (0.9, 0.25),
    "Noto Serif": (1.069, 0.293),
    "DejaVu Sans": (0.928, 0.236),
}


def family_for(word_font: str) -> str:
    """The bundled family that stands in for a Word font (Liberation Sans if unknown)."""
    return FAMILIES.get(word_font.strip().lower(), DEFAULT_FAMILY)


def _ranges(text: str) -> list[tuple[int, int]]:
    out = []
    for part in text.split():
        first, _, last = part.partition("-")
        out.append((int(first, 16), int(last or first, 16)))
    return out


@dataclass(frozen=True)
class FontSet:
    """The bundled fonts: their folder and the code points they cover between them."""

    folder: Path
    covered: frozenset[int]

    @classmethod
    def load(cls, folder: Path) -> FontSet:
        covered: set[int] = set()
        coverage = folder / "coverage.txt"
        for line in coverage.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or ":" not in line:
                continue
            for first, last in _ranges(line.split(":", 1)[1]):
                covered.update(range(first, last + 1))
        return cls(folder, frozenset(covered))

    def missing(self, text: str) -> list[str]:
        """The characters of text no bundled font can show, each once, in order."""
        seen: dict[str, None] = {}
        for char in text:
            if ord(char) not in self.covered and char not in seen and not _invisible(char):
                seen[char] = None
        return list(seen)

    def fit(self, text: str) -> str:
        """text with every character no font can show replaced by U+FFFD."""
        if all(ord(c) in self.covered for c in text):
            return text
        return "".join(c if ord(c) in self.covered or _invisible(c) else REPLACEMENT
                       for c in text)


def _invisible(char: str) -> bool:
    """Line breaks, tabs and format characters (joiners, variation selectors): no glyph."""
    return char in "\n\r\t" or unicodedata.category(char) == "Cf" or \
        0xFE00 <= ord(char) <= 0xFE0F or 0xE0100 <= ord(char) <= 0xE01EF
