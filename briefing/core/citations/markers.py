"""Private-use characters the "briefing" output format of citeproc-js wraps around formatted
text (resources/csl/engine/patches.js, "output-format"); `fixes.spans` turns them into runs.

A module of its own so that what only reads or cleans text (items, fixes) does not load the
processor and QuickJS.
"""

ITALIC_ON, ITALIC_OFF = "\ue000", "\ue001"
ROMAN_ON, ROMAN_OFF = "\ue002", "\ue003"  # font-style="normal" inside italics
BOLD_ON, BOLD_OFF = "\ue004", "\ue005"
LIGHT_ON, LIGHT_OFF = "\ue006", "\ue007"  # font-weight="normal"/"light" inside bold
QUOTE_CLOSE_START, QUOTE_CLOSE_END = "\ue008", "\ue009"  # around a closing quotation mark
MARKERS = "".join(chr(c) for c in range(0xE000, 0xE00A))
