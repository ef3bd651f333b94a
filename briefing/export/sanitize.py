"""Make any text a user can paste safe for every writer (the last guard before an export).

XML 1.0 cannot hold most C0 control characters, U+FFFE/U+FFFF or lone surrogates; python-docx
raises on them halfway through a paragraph, and Word and the PDF print other controls (DEL,
C1) as "\ufffd". They are removed with the cleaner the briefing's text already went through
when it was typed, pasted or loaded (``briefing.core.text.controls``); this catches what comes
from elsewhere (a template's output, a library snapshot). Tabs and line breaks stay.
Everything else — right-to-left text, emoji, CJK, combining marks, joiners — passes through.
"""

from __future__ import annotations

import re

from briefing.core.text.controls import strip_controls

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def clean(text: str) -> str:
    return strip_controls(text)


def has_rtl(text: str) -> bool:
    return bool(_RTL.search(text))
