"""Dates as people type them and as a briefing prints them.

A briefing's date field is free text: "2025-08-04", "4 August 2025", "August 4, 2025",
"4. August 2025", "4 Aug 2025", "2025年8月4日". :func:`parse_date` reads any of these (and
nothing ambiguous such as "04/08/2025"); :func:`written_date` writes a date out the way
the briefing's language does ("4 August 2025" in en-GB, "August 4, 2025" in en-US,
"4. August 2025" in German, "2025年8月4日" in Chinese).
"""

from __future__ import annotations

import datetime as dt
import re

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
_CJK = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_WEEKDAY = re.compile(r"^[^\W\d_]+,?\s+(?=\d)")


def parse_date(text: str) -> dt.date | None:
    """The date a person typed, or None when it is not one date."""
    text = " ".join((text or "").split())
    if not text or len(text) > 60:
        return None
    text = _WEEKDAY.sub("", text)  # "Monday, 4 August 2025"
    for pattern, order in ((_ISO, "ymd"), (_CJK, "ymd"), (_DAY_MONTH, "dmy"), (_MONTH_DAY, "mdy")):
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
            return dt.date(int(parts["y"]), int(month), int(parts["d"]))
        except ValueError:
            return None
    return None


def written_date(date: dt.date, language: str = "en-GB") -> str:
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
