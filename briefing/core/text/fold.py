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


def highlight_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the query's terms occur in ``text`` (original offsets), merged and sorted.

    Used by views to highlight matches; folding is per character so offsets
    into the original text stay exact.
    """
    terms = query_terms(query)
    if not terms or not text:
        return []
    if text.isascii():  # folding ASCII is lower-casing, one character for one (fast: views
        folded, owner = text.lower(), None  # call this for every cell they paint)
    else:
        folded_chars = [c.lower() if c.isascii() else fold(c) for c in text]
        folded = "".join(folded_chars)
        # Map each folded position back to its original character.
        owner = []
        for index, piece in enumerate(folded_chars):
            owner.extend([index] * len(piece))
    spans = []
    for term in terms:
        start = folded.find(term)
        while start != -1:
            end = start + len(term)
            spans.append((start, end) if owner is None else (owner[start], owner[end - 1] + 1))
            start = folded.find(term, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
