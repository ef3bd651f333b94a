"""From citeproc-js's marked-up output to runs of text, with the corrections we make.

Each correction is measured against pandoc's citeproc (tests/reference/citations)
and has its own test in tests/core/test_citations.py:

1. `move_punctuation_into_quotes`: in locales whose CSL option
   punctuation-in-quote is true (en-US: Chicago, APA), a period or comma that
   follows a closing quotation mark goes inside it. citeproc-js does this for the
   quotation marks a style adds around a title, but not for quotation marks
   inside the title ("… den "Full-Stack-Export", China …" must become
   ‘Full-Stack-Export,’ in a Chicago note, as pandoc has it). A quotation that
   already ends in . ? ! takes no comma or period after it: “Why?” and
   “… Umzingelungsmanövers.” 36Kr, where citeproc-js gives “Why?,” and
   “… manövers.,” (pandoc gives them as here).
2. `capitalize_note`: a citation that makes up a footnote starts with a capital,
   as a sentence does and as pandoc gives it ("Ibid." already is; a short note
   that starts with an outlet, "die-nachrichten.at, “China …”", becomes
   "Die-nachrichten.at, …"). A note that starts with a literal name (an
   institution, a name kept whole) keeps that name as spelled, as in pandoc.
3. `engine_item`: in a list of two or more names, a literal name is handed to
   citeproc-js as a family name only. citeproc-js renders literal names as
   institutions, apart from the persons, and then drops the delimiter the
   style asks for before "and"/"&": "Roe, Mary and Example Policy Lab" where
   pandoc and the style have "Roe, Mary, and Example Policy Lab" (APA:
   "Roe, M., & Example Policy Lab"). A family name alone is never split into
   particles, so the name stays whole. A single literal name is left alone.
4. `spans`: italics and bold become runs; small caps, superscript and the like
   are given as plain text (the Word writer has no use for them here);
   line breaks that some styles put between blocks become spaces; the text is
   trimmed.
"""

from __future__ import annotations

import re

from briefing.core.citations.markers import (
    BOLD_OFF,
    BOLD_ON,
    ITALIC_OFF,
    ITALIC_ON,
    LIGHT_OFF,
    LIGHT_ON,
    MARKERS,
    QUOTE_CLOSE_END,
    QUOTE_CLOSE_START,
    ROMAN_OFF,
    ROMAN_ON,
)
from briefing.core.text.span import Span

_FORMAT_MARKS = ITALIC_ON + ITALIC_OFF + ROMAN_ON + ROMAN_OFF + BOLD_ON + BOLD_OFF + LIGHT_ON
_FORMAT_MARKS += LIGHT_OFF
# A closing quotation mark, then (past any run ends) a period or a comma.
_QUOTE_THEN_PUNCT = re.compile(
    f"{QUOTE_CLOSE_START}([^{QUOTE_CLOSE_END}]*){QUOTE_CLOSE_END}"
    f"([{re.escape(_FORMAT_MARKS)}]*)([.,])"
)


_DOUBLED_IN_QUOTE = re.compile(
    f"([.?!][{re.escape(_FORMAT_MARKS)}]*)[.,](?=[{re.escape(_FORMAT_MARKS)}]*{QUOTE_CLOSE_START})"
)
_CLOSING = set(MARKERS) | set("’”»›'\"")


def move_punctuation_into_quotes(marked: str) -> str:
    """“Title”, → “Title,” (repeated, so ‘inner’,” → ‘inner,’”).

    A quotation that already ends in . ? or ! takes no more: “Title.”, → “Title.”
    """

    def move(m: re.Match) -> str:
        before = m.string[: m.start()].rstrip()
        while before and before[-1] in _CLOSING:
            before = before[:-1]
        punct = "" if before.endswith((".", "?", "!")) else m.group(3)
        return f"{punct}{QUOTE_CLOSE_START}{m.group(1)}{QUOTE_CLOSE_END}{m.group(2)}"

    while True:
        moved = _QUOTE_THEN_PUNCT.sub(move, marked, count=1)
        if moved == marked:
            break
        marked = moved
    # citeproc-js itself moves the comma in after the title's own ending:
    # “Why?,” and “… Umzingelungsmanövers.,” (pandoc: “Why?” and “….”).
    return _DOUBLED_IN_QUOTE.sub(r"\1", marked)


def spans(marked: str, punctuation_in_quote: bool) -> list[Span]:
    """Runs of text from the "briefing" output format of citeproc-js."""
    if punctuation_in_quote:
        marked = move_punctuation_into_quotes(marked)
    marked = re.sub(r"\s*\n\s*", " ", marked.strip())
    italic: list[bool] = [False]
    bold: list[bool] = [False]
    runs: list[Span] = []
    text = ""

    def flush() -> None:
        nonlocal text
        if text:
            runs.append(Span(text, italic[-1], bold[-1]))
            text = ""

    for ch in marked:
        if ch not in MARKERS:
            text += ch
            continue
        if ch in (QUOTE_CLOSE_START, QUOTE_CLOSE_END):
            continue
        flush()
        if ch == ITALIC_ON:
            italic.append(True)
        elif ch == ROMAN_ON:
            italic.append(False)
        elif ch == BOLD_ON:
            bold.append(True)
        elif ch == LIGHT_ON:
            bold.append(False)
        elif ch in (ITALIC_OFF, ROMAN_OFF) and len(italic) > 1:
            italic.pop()
        elif ch in (BOLD_OFF, LIGHT_OFF) and len(bold) > 1:
            bold.pop()
    flush()
    return merge(runs)


def merge(runs: list[Span]) -> list[Span]:
    """Join neighbouring runs of the same formatting; trim the ends."""
    out: list[Span] = []
    for run in runs:
        if out and (out[-1].italic, out[-1].bold) == (run.italic, run.bold):
            out[-1] = Span(out[-1].text + run.text, run.italic, run.bold)
        elif run.text:
            out.append(run)
    if out:
        out[0] = Span(out[0].text.lstrip(), out[0].italic, out[0].bold)
        out[-1] = Span(out[-1].text.rstrip(), out[-1].italic, out[-1].bold)
    return [r for r in out if r.text]


def capitalize_note(runs: list[Span], literal_names: list[str]) -> list[Span]:
    """Capitalise the first letter of a note's citation (see 2 above)."""
    if not runs:
        return runs
    first = runs[0].text
    for i, ch in enumerate(first):
        if ch.isalnum():
            break
    else:
        return runs
    rest = first[i:]
    if not ch.islower() or len(ch.upper()) != 1:
        return runs
    if any(name and rest.startswith(name) for name in literal_names):
        return runs
    fixed = Span(first[:i] + ch.upper() + first[i + 1 :], runs[0].italic, runs[0].bold)
    return [fixed, *runs[1:]]


def engine_item(item: dict) -> dict:
    """The CSL-JSON item as handed to citeproc-js (see 3 above)."""
    names = item.get("author")
    if not names or len(names) < 2 or not any("literal" in n for n in names):
        return item
    fixed = dict(item)
    fixed["author"] = [{"family": n["literal"]} if "literal" in n else n for n in names]
    return fixed


def plain(runs: list[Span]) -> str:
    return "".join(r.text for r in runs)
