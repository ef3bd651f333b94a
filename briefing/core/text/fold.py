"""Text folding for search: one function both the index and the queries use.

``fold`` makes case, diacritics, ß/ss and Unicode compatibility forms irrelevant:
"HANDELSGESPRÄCHE", "Handelsgespräche" and "Handelsgesprache" all fold to
"handelsgesprache"; "Straße" and "STRASSE" to "strasse". Chinese is unchanged.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped)


def is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x3040 <= code <= 0x30FF  # kana
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF  # hangul
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x2FFFF
    )


def query_terms(query: str) -> list[str]:
    """The folded search words in a user's query; every other character is dropped.

    Quotes, colons, parentheses and FTS operators are not special here: the
    caller quotes each term, so no user text can reach FTS5 as syntax.
    """
    terms = []
    for word in _WORD.findall(fold(query)):
        # Split a word at script changes so "Huawei华为" searches both halves.
        part = ""
        for char in word:
            if part and is_cjk(char) != is_cjk(part[-1]):
                terms.append(part)
                part = ""
            part += char
        if part:
            terms.append(part)
    return terms


def _folded(text: str) -> tuple[str, list[int] | None]:
    """``text`` folded one character at a time, and the original offset of each folded
    character (None when they are the same: ASCII folds one for one)."""
    if text.isascii():  # folding ASCII is lower-casing, one character for one (fast: views
        return text.lower(), None  # call this for every cell they paint)
    folded_chars = [c.lower() if c.isascii() else fold(c) for c in text]
    owner = []
    for index, piece in enumerate(folded_chars):
        owner.extend([index] * len(piece))
    return "".join(folded_chars), owner


def find_spans(text: str, needle: str, limit: int = 10000) -> list[tuple[int, int]]:
    """Where ``needle`` occurs in ``text`` (original offsets), ignoring case, accents and
    ß/ss, with any run of whitespace matching any other: a viewer's Find."""
    wanted = " ".join(fold(needle).split())
    if not wanted or not text:
        return []
    folded, owner = _folded(text)
    spaced = re.sub(r"\s", " ", folded)  # one for one: offsets stay
    pattern = re.compile(r"\s+".join(re.escape(part) for part in wanted.split(" ")))
    spans = []
    for found in pattern.finditer(spaced):
        start, end = found.span()
        if end == start:
            continue
        spans.append((start, end) if owner is None else (owner[start], owner[end - 1] + 1))
        if len(spans) >= limit:
            break
    return spans


def highlight_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the query's words and "phrases" occur in ``text`` (original offsets), merged and
    sorted; excluded words (-word) are not marked.

    Used by views to highlight matches; folding is per character so offsets
    into the original text stay exact.
    """
    from briefing.core.text.query import parse  # (query builds on this module)

    terms = parse(query).terms
    if not terms or not text:
        return []
    folded, owner = _folded(text)
    spans = []
    for term in terms:
        if term.phrase:
            spans += find_spans(text, term.text)
            continue
        start = folded.find(term.text)
        while start != -1:
            end = start + len(term.text)
            spans.append((start, end) if owner is None else (owner[start], owner[end - 1] + 1))
            start = folded.find(term.text, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(text: str, query: str, width: int = 150) -> str:
    """``text`` shown from a little before the first match of ``query`` when the match lies
    beyond the first ``width // 2`` characters (with "…" where it was cut), else from its
    start: a list row then shows the matched words, not just the first two lines."""
    spans = highlight_spans(text, query) if query else []
    if not spans or spans[0][0] < width // 2:
        return text
    start = spans[0][0] - width // 4
    space = text.rfind(" ", 0, start + 1)
    start = space + 1 if space > start - 20 else start
    return "…" + text[start:].lstrip()
