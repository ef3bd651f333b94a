"""Dates as Briefing stores them: ``2025-07-29``, ``2025-07`` or ``2025`` (ISO 8601, as precise
as the source is), and only days that exist (``2025-02-31`` is not a date; ``2024-02-29`` is).

The one check for every date the app takes: a source's publication and access dates (import,
packs, the bundled library, citations), a claim's event date (curation), the search filters'
range and a briefing's date (its document properties). Each caller raises its own typed error
with ``DATE_FORMS`` in the message.
"""

from __future__ import annotations

import datetime
import re

_PATTERN = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")  # ASCII digits only
DATE_FORMS = "2025-07-29, 2025-07 or 2025"  # for messages


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
