"""Make any text a user can paste safe for every writer.

XML 1.0 cannot hold most C0 control characters, U+FFFE/U+FFFF or lone
surrogates; python-docx raises on them halfway through a paragraph. They are
replaced by U+FFFD (visible, so nothing vanishes silently). Tabs and line
breaks stay. Everything else — right-to-left text, emoji, CJK, combining
marks — passes through unchanged.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def clean(text: str) -> str:
    return _INVALID.sub(REPLACEMENT, text)


def has_rtl(text: str) -> bool:
    return bool(_RTL.search(text))
