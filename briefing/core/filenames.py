"""File names suggested from what a person typed (a briefing's title): safe on every system.

A title such as "US/China: who wins?" must not become a path into another folder, nor a name
Windows refuses. ``safe_file_name`` keeps the words and replaces what cannot be in a file name.
"""

from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r'[/\\:*?"<>|\x00-\x1f\x7f]+')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)),
             *(f"lpt{n}" for n in range(1, 10))}
MAX_STEM = 120  # characters; leaves room for a folder and the suffix in any system's limits


def safe_file_name(title: str, suffix: str = "", fallback: str = "briefing") -> str:
    """A file name (no folder) made of ``title`` plus ``suffix`` (".briefing"): path
    separators, ``: * ? " < > |`` and control characters become "-", leading and trailing dots
    and spaces go, Windows' reserved names (CON, NUL, …) get a "-" added, and it is kept short."""
    stem = re.sub(r"\s+", " ", unicodedata.normalize("NFC", title))
    stem = "".join(c for c in stem if unicodedata.category(c) not in ("Cf", "Cs"))
    stem = _UNSAFE.sub("-", stem)
    stem = re.sub(r"-{2,}", "-", stem).strip(" .-")
    if len(stem) > MAX_STEM:
        stem = stem[:MAX_STEM].rsplit(" ", 1)[0].strip(" .-") or stem[:MAX_STEM]
    if not stem:
        stem = fallback
    if stem.split(".")[0].lower() in _RESERVED:
        stem += "-"
    return stem + suffix
