"""Control characters out of the user's own text: the one cleaner, used where text enters a
briefing (the composer's boxes, the command line, loading a file) and by the export's sanitizer.

Pasted text can carry characters no one means to print: C0 controls (NUL, BEL, BS, VT, FF,
ESC, ...), DEL and the C1 controls (U+0080-U+009F), lone surrogates, U+FFFE/U+FFFF. Word and
the PDF show them as "\ufffd"; XML 1.0 cannot hold most of them. They are removed.

Kept: tab and line breaks (CR, LF, U+2028, U+2029), and every format character (category Cf):
zero-width joiner and non-joiner (emoji sequences, Persian, Indic scripts), soft hyphen, the
bidi marks, embeddings, overrides and isolates (a right-to-left writer may need them; Word and
the PDF apply them and show no box), and U+FEFF (invisible as a zero-width no-break space).
A leading BOM of a whole file is dropped by the file readers, not here.
"""

from __future__ import annotations

import re

_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def strip_controls(text: str) -> str:
    """text without control characters (tab, CR and LF stay), lone surrogates and U+FFFE/FFFF."""
    return _CONTROLS.sub("", text)


def has_controls(text: str) -> bool:
    return bool(_CONTROLS.search(text))


def character_name(char: str) -> str:
    """A character named for a message without printing it (it may be invisible, or shown
    as a box): "U+00E9 LATIN SMALL LETTER E WITH ACUTE", "U+007F (a control character)"."""
    import unicodedata

    code = f"U+{ord(char):04X}"
    name = unicodedata.name(char, "")
    if name:
        return f"{code} {name}"
    category = unicodedata.category(char)
    kind = {"Cc": "a control character", "Cs": "a lone surrogate", "Co": "a private-use character",
            "Cn": "an unassigned character"}.get(category, "a character without a name")
    return f"{code} ({kind})"
