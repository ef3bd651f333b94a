"""A rule-based sentence segmenter for German and English (and Chinese punctuation).

``sentences(text)`` returns ``(start, end)`` offsets into ``text``, whitespace
trimmed, in order. A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any
closing quotes or brackets after it) when whitespace and a sentence start
follow: a capital letter, a digit, an opening quote or bracket. Chinese
``。！？`` end a sentence without a space. A blank line ends one (unless a
lower-case word continues a line that ended mid-sentence: a broken paragraph),
and a single line break ends one after a short line with no closing punctuation
(headings, datelines). A full stop does not end a sentence after:

- a known abbreviation (z. B., d. h., u. a., bzw., ca., Mio., Mrd., Dr., Nr.,
  e.g., i.e., U.S., Mr., …) or any single letter (initials, "z. B.");
- an ordinal number before a month or after a German article or preposition
  ("am 26. Juli 2025", "zum 3. Mal"), or a number or Roman numeral that opens a
  line ("1. Einleitung", "II. Die Eindämmung");
- decimals and thousands ("3.5", "5.000") never look like an end: no space follows.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    # German
    "z.b d.h u.a bzw ca mio mrd dr nr vgl evtl ggf inkl usw etc bspw s.o u.u "
    "v.a o.ä sog str tel zzgl abzgl gem jh jhd jahrh hrsg prof dipl ing mag bzgl ebd i.d.r "
    "i.a u.ä d.i z.t z.zt o.g u.v.m max min ggü rd st stv röm kath ev fa hr fr frl "
    # English
    "e.g i.e u.s u.k u.n e.u mr mrs ms messrs jr sr st vs approx dept est fig gen gov govt "
    "inc ltd corp co vols pp ed eds rev col lt sgt capt cmdr adm sen rep "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft al cf viz ca".split()
)
_MAY_END = frozenset({"etc", "usw", "inc", "ltd", "corp", "co"})  # can also close a sentence
_BEFORE_NUMBER = frozenset({"no", "nos", "vol", "fig", "art", "abs", "p", "s", "nr"})
_MONTHS = frozenset(
    "januar jänner februar märz april mai juni juli august september oktober november "
    "dezember jan feb mär apr jun jul aug sep sept okt nov dez".split()
)
_ORDINAL_BEFORE = frozenset(
    "der die das dem den des am im vom zum zur bis ab seit ihr sein ihrem seinem zu beim".split()
)
_ROMAN = re.compile(r"^(?:[IVX]{1,5}|[ivx]{1,5})$")
_TERMINAL = ".!?…"
_CJK_TERMINAL = "。！？"
_CLOSING = "\"'”“’»«)]）」』】"
_OPENING = "\"'„“‘‚«»([（「『【"
# A run of marks ("...", "?!") is one candidate: testing each mark of a run scanned the rest of
# the run again, so a line of 100,000 dots took minutes.
_CANDIDATE = re.compile(r"[.!?…]+|[。！？]|\n[ \t]*\n|\n")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``: ``text[start:end]`` is one sentence, trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        end = _boundary(text, match)
        if end is not None and end > start:
            _append(text, spans, start, end)
            start = end
    _append(text, spans, start, len(text))
    return spans


def _append(text: str, spans: list, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _boundary(text: str, match: re.Match) -> int | None:
    """Where the sentence ends if ``match`` ends it, else None."""
    mark = match.group()
    i = match.start()
    if mark.startswith("\n"):
        if mark.count("\n") >= 2:
            after = text[match.end():match.end() + 1]
            broken = i > 0 and (text[i - 1].isalnum() or text[i - 1] == ",") and after.islower()
            return None if broken else i  # "global zu\n\npräsentieren": a broken paragraph
        return i if _heading_line(text, i) else None
    j = match.end()  # past the whole run: "?!", "..."
    if mark in _CJK_TERMINAL:
        while j < len(text) and text[j] in _CLOSING:
            j += 1
        return j
    while j < len(text) and text[j] in _CLOSING:
        j += 1
    if j < len(text) and not text[j].isspace():
        return None  # "3.5", "U.S.-made", "www.x.org"
    k = j
    while k < len(text) and text[k].isspace():
        k += 1
    if k < len(text) and not _starts_sentence(text[k]):
        return None
    if mark == "." and j == i + 1 and k < len(text) and _not_an_end(text, i, k):
        return None
    return j


def _starts_sentence(char: str) -> bool:
    return char.isupper() or char.isdigit() or char in _OPENING or (
        char.isalpha() and not char.islower()  # scripts without case (Chinese)
    )


def _word_before(text: str, i: int) -> tuple[str, int]:
    """The token that ends at ``i`` (letters, digits and inner dots) and where it starts."""
    k = i
    while k > 0 and (text[k - 1].isalnum() or (text[k - 1] == "." and k - 1 > 0
                                                 and text[k - 2].isalnum())):
        k -= 1
    return text[k:i], k


def _not_an_end(text: str, i: int, next_start: int) -> bool:
    word, begins = _word_before(text, i)
    if not word:
        return False
    lower = word.lower()
    # "z. B." / "d. h." written with a space: join with the token before.
    if len(word) == 1 and begins >= 3 and text[begins - 1] == " " and text[begins - 2] == ".":
        previous, _ = _word_before(text, begins - 2)
        if len(previous) == 1 and f"{previous}.{word}".lower() in _ABBREVIATIONS:
            return True
    if lower in _ABBREVIATIONS and lower not in _MAY_END:
        return True
    if lower in _BEFORE_NUMBER and text[next_start].isdigit():
        return True  # "No. 5", "Art. 3"
    if len(word) == 1 and word.isalpha():
        return True  # initials ("Donald J. Trump") and pieces of "z. B."
    if _opens_line(text, begins) and (word.isdigit() or _ROMAN.match(word)):
        return True  # "1. Einleitung", "II. Die Eindämmung"
    if word.isdigit() and len(word) <= 2:
        next_word = re.match(r"\w+", text[next_start:next_start + 20])
        if next_word and next_word.group().lower() in _MONTHS:
            return True
        before, _ = _word_before(text, begins - 1) if begins > 1 else ("", 0)
        if before.lower() in _ORDINAL_BEFORE:
            return True
    return False


def _opens_line(text: str, index: int) -> bool:
    while index > 0 and text[index - 1] in " \t":
        index -= 1
    return index == 0 or text[index - 1] == "\n"


def _heading_line(text: str, newline: int) -> bool:
    """A single line break ends a short line without end punctuation (a heading, a dateline)."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].strip()
    after = text[newline + 1:newline + 2]
    if not line or not after or not _starts_sentence(after):
        return False
    return len(line) < 60 and line[-1] not in ",;:-–—(" + _TERMINAL
