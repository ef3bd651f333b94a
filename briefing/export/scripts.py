"""Runs of one script: where Chinese, Japanese, Korean, Hebrew or Arabic text starts and stops.

Writers use this to give each run what its script needs: Word an East Asian font slot and
language, or right-to-left properties; HTML and PDF a language tag on Chinese text.
Spaces and punctuation join the run they stand in, except that Western punctuation
(ASCII, and quotation marks and dashes) after East Asian text starts Latin text again:
a Western closing quotation mark must not be set full width.
"""

from __future__ import annotations

import re

from briefing.core.text.fold import is_cjk
from briefing.export.sanitize import has_rtl

# Every character `_script_of` gives a script other than "" or "?" (is_cjk, has_rtl).
_NOT_LATIN = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff"
    "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]"
)


_EAST_ASIAN = ("zh", "ja", "ko")


def _western(char: str) -> bool:
    """ASCII and the general punctuation block (quotation marks, dashes, ellipsis)."""
    return ord(char) < 0x80 or 0x2000 <= ord(char) <= 0x206F


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
    """Split text into runs of one script: "" (Latin and the like), zh, ja, ko, he, ar."""
    if not _NOT_LATIN.search(text):  # the usual case: one run
        return [("", text)] if text else []
    return segments_by_character(text)


def segments_by_character(text: str) -> list[tuple[str, str]]:
    """``script_segments`` the long way: every character classified on its own."""
    segments: list[list] = []
    for char in text:
        script = _script_of(char)
        if script == "?":
            script = segments[-1][0] if segments else ""
            if script in _EAST_ASIAN and _western(char):
                script = ""  # ")", ", " and “ ” after Chinese belong to the Latin text
        if segments and segments[-1][0] == script:
            segments[-1][1] += char
        else:
            segments.append([script, char])
    return [(script, chunk) for script, chunk in segments if chunk]
