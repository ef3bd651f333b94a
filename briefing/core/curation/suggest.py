"""Sentences of a source that likely carry a claim, for a curator to accept or dismiss.

Each sentence (see :mod:`sentences`) of at least four words is offered when it has
one or more of these reasons:

- ``figure``: a number that is not just a year or part of a date (``5.000``,
  ``3,5 Mrd.``, ``40 %``, ``$2 billion``);
- ``date``: a day or month name with a number, an ISO or dotted date, or a year;
- ``actor``: a name from the library's actor vocabulary (passed in), matched as a
  whole word ignoring case and accents; the names found are listed;
- ``quotation``: a direct quotation (four or more words in quotation marks) or a
  reporting verb ("sagte", "erklärte", "said", "according to").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.core.text.fold import fold
from briefing.core.text.sentences import sentences

_MONTHS = (
    "januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|"
    "dezember|january|february|march|may|june|july|october|december"
)
_DATE = re.compile(
    r"\b\d{1,2}\.?\s+(?:" + _MONTHS + r")\b|\b(?:" + _MONTHS + r")\s+\d{1,2}\b"
    r"|\b\d{4}-\d{2}(?:-\d{2})?\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b"
    r"|\b(?:19|20)\d{2}\b|\d{4}年(?:\d{1,2}月)?",
    re.I,
)
_NUMBER = re.compile(r"(?<![\w-])\d+(?:[.,]\d+)*(?:\s?(?:%|Prozent|percent|per cent))?")
_UNIT = re.compile(
    r"[$€£¥]\s?\d|\d\s?(?:%|Prozent|percent|Mio|Mrd|Millionen|Milliarden|million|billion|"
    r"trillion|bn|Tsd|Tausend)\b|\d\s?%|[\d零一二三四五六七八九十百千万亿]+(?:亿|万|%)"
)
_QUOTED = re.compile(r"„([^“”„]{3,600})[“”]|“([^“”„]{3,600})”|«([^«»]{3,600})»|»([^«»]{3,600})«")
_REPORTING = re.compile(
    r"\b(?:sagte|sagt|erklärte|erklärt|betonte|kündigte|teilte|zufolge|laut|warnte|"
    r"said|says|told|stated|announced|according to|warned|declared)\b",
    re.I,
)


@dataclass(frozen=True)
class Suggestion:
    start: int
    end: int
    reasons: tuple[str, ...]  # figure, date, actor, quotation
    actors: tuple[str, ...] = ()


def suggest_claims(text: str, actors=()) -> list[Suggestion]:
    """Sentences worth a claim, in text order, with why."""
    names = [(name, _actor_pattern(name)) for name in dict.fromkeys(actors) if name.strip()]
    found = []
    for start, end in sentences(text):
        sentence = text[start:end]
        if len(sentence.split()) < 4 and not re.search(r"[\u3400-\u9fff]{8}", sentence):
            continue
        reasons = []
        dates = list(_DATE.finditer(sentence))
        if _has_figure(sentence, dates):
            reasons.append("figure")
        if dates:
            reasons.append("date")
        folded = fold(sentence)
        named = tuple(name for name, pattern in names if pattern.search(folded))
        if named:
            reasons.append("actor")
        if _is_quotation(sentence):
            reasons.append("quotation")
        if reasons:
            found.append(Suggestion(start, end, tuple(reasons), named))
    return found


def _has_figure(sentence: str, dates: list[re.Match]) -> bool:
    if _UNIT.search(sentence):
        return True
    inside_dates = [(m.start(), m.end()) for m in dates]
    for number in _NUMBER.finditer(sentence):
        if any(a <= number.start() < b for a, b in inside_dates):
            continue
        return True
    return False


def _is_quotation(sentence: str) -> bool:
    quoted = [next(g for g in m.groups() if g) for m in _QUOTED.finditer(sentence)]
    quoted += sentence.split('"')[1::2][: sentence.count('"') // 2]  # straight quotes pair up
    if any(len(re.findall(r"\w+", q)) >= 4 for q in quoted):
        return True
    return bool(_REPORTING.search(sentence))


def _actor_pattern(name: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(fold(name.strip())) + r"(?!\w)")
