"""A file name made from text a person typed (a briefing's title), valid on Windows, macOS and
Linux: no ``\\ / : * ? " < > |`` or control characters, no name Windows reserves (CON, NUL,
COM1…), no leading or trailing dot or space, at most 120 characters before the suffix."""

from __future__ import annotations

import re
import unicodedata

_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_RESERVED = re.compile(r"(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?\Z", re.IGNORECASE)
MAX_STEM = 120


def file_name(text: str, suffix: str = "", fallback: str = "briefing") -> str:
    """``text`` as a file name stem, plus ``suffix`` (".briefing")."""
    stem = _FORBIDDEN.sub(" ", unicodedata.normalize("NFC", text))
    # (no leading dot either: it hides the file on Linux and macOS; "../x" gives "x")
    stem = " ".join(stem.split())[:MAX_STEM].strip(" .")
    if not stem or _RESERVED.match(stem):
        stem = f"{fallback} {stem}".strip() if stem else fallback
    return stem + suffix
