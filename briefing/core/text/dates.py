"""Dates as Briefing stores them: ``2025-07-29``, ``2025-07`` or ``2025`` (ISO 8601, as precise
as the source is), and only days that exist (``2025-02-31`` is not a date; ``2024-02-29`` is).

The one check for every date the app takes: a source's publication and access dates (import,
packs, the bundled library, citations), a claim's event date (curation), the search filters'
range and a briefing's date (its document properties). Each caller raises its own typed error
with ``DATE_FORMS`` in the message.

A briefing's date field is free text, though: "2025-08-04", "4 August 2025", "August 4, 2025",
"4. August 2025", "4 Aug 2025", "04.08.2025" (German and DIN 5008: day, month, year, with
dots), "2025年8月4日". :func:`parse_date` reads any of these (and nothing ambiguous such as
"04/08/2025", which is April in the US and August in the UK); :func:`written_date` writes a date out the way the
briefing's language does ("4 August 2025" in en-GB, "August 4, 2025" in en-US, "4. August
2025" in German, "2025年8月4日" in Chinese).
"""

from __future__ import annotations

import datetime
import re

_PATTERN = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")  # ASCII digits only
DATE_FORMS = "2025-07-29, 2025-07 or 2025"  # for messages
WRITTEN_FORMS = "2025-08-04, 4 August 2025, August 4, 2025 or 04.08.2025"  # a briefing's date


def date_parts(value: str) -> tuple[int, ...] | None:
    """(year,), (year, month) or (year, month, day) when ``value`` is such a date, else None."""
    match = _PATTERN.fullmatch(value)
    if not match:
        return None
    parts = tuple(int(p) for p in match.groups() if p is not None)
    try:
        datetime.date(parts[0], *(parts[1:] + (1,) * (3 - len(parts))))
    except ValueError:
        return None
    return parts


def is_date(value: str) -> bool:
    return date_parts(value) is not None


def full_date(value: str) -> datetime.date | None:
    """The day ``value`` names when it is a complete date (``2025-07-29``), else None."""
    parts = date_parts(value)
    return datetime.date(*parts) if parts is not None and len(parts) == 3 else None


# ---- dates as people type and read them --------------------------------------------------

_MONTHS = {
    "en": ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"],
    "de": ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
}
_NAMES = {}
for _names in _MONTHS.values():
    for _number, _name in enumerate(_names, 1):
        _NAMES.setdefault(_name, _number)
        _NAMES.setdefault(_name[:3], _number)
_NAMES.update({"sept": 9, "jän": 1, "maerz": 3, "mrz": 3})
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})$")
_MONTH_DAY = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_DOTTED = re.compile(r"^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$")  # 04.08.2025, 4. 8. 2025
_CJK = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_WEEKDAY = re.compile(r"^[^\W\d_]+,?\s+(?=\d)")


def parse_date(text: str) -> datetime.date | None:
    """The date a person typed, or None when it is not one date."""
    text = " ".join((text or "").split())
    if not text or len(text) > 60:
        return None
    weekday = _WEEKDAY.match(text)  # "Monday, 4 August 2025" (not "August 4, 2025")
    if weekday and weekday.group().rstrip(", ").lower().rstrip(".") not in _NAMES:
        text = text[weekday.end():]
    for pattern, order in ((_ISO, "ymd"), (_CJK, "ymd"), (_DOTTED, "dmy"), (_DAY_MONTH, "dmy"),
                           (_MONTH_DAY, "mdy")):
        found = pattern.match(text)
        if not found:
            continue
        parts = dict(zip(order, found.groups()))
        month = parts["m"]
        if not month.isdigit():
            month = _NAMES.get(month.lower())
            if month is None:
                return None
        try:
            return datetime.date(int(parts["y"]), int(month), int(parts["d"]))
        except ValueError:
            return None
    return None


def written_date(date: datetime.date, language: str = "en-GB") -> str:
    """date written out as the language writes it in running text."""
    lang = language.split("-")[0].lower()
    if lang == "en" and language.upper().endswith(("-US", "-CA", "-PH")):
        return f"{_MONTHS['en'][date.month - 1].title()} {date.day}, {date.year}"
    if lang == "de":
        return f"{date.day}. {_MONTHS['de'][date.month - 1].title()} {date.year}"
    if lang == "fr":
        return f"{date.day} {_MONTHS['fr'][date.month - 1]} {date.year}"
    if lang in ("zh", "ja"):
        return f"{date.year}年{date.month}月{date.day}日"
    return f"{date.day} {_MONTHS['en'][date.month - 1].title()} {date.year}"


def as_written(text: str, language: str = "en-GB") -> str:
    """A typed date written out for the language; other text as it is."""
    date = parse_date(text)
    return written_date(date, language) if date else text


def filter_date(text: str) -> str | None:
    """A date filter as the search reads it: "2025", "2025-07" or "2025-07-26" as typed,
    "26.07.2025" or "26. Juli 2025" (any form a briefing's date may take) as the day it
    names, anything else as typed (the search says it is not a date); None when empty."""
    text = (text or "").strip()
    if not text or is_date(text):
        return text or None
    day = parse_date(text)
    return day.isoformat() if day else text
