"""From an imported document to a stored source: metadata, a stable id, no duplicates.

- Id: a slug of the title (folded to ASCII letters and digits, at most 48
  characters) and the first 8 hex digits of the SHA-256 of the text, e.g.
  ``ai-race-heats-up-3fa9c1d2``. The same text with the same title always gets
  the same id, so ids are stable across laptops.
- Duplicates: a source whose text (its SHA-256) the library already holds is
  refused with :class:`DuplicateSourceError` naming the existing source.
- Metadata: what the file states is the default, the curator's values win.
  Dates are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``c. 2025`` (or ``ca.``,
  ``~``) marks an approximate date and ``unknown`` / ``n.d.`` none.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from pathlib import Path

from briefing.core import typed
from briefing.core.errors import marked
from briefing.core.importing.base import ImportedDocument
from briefing.core.importing.errors import DuplicateSourceError, MetadataError
from briefing.core.importing.reader import read_document
from briefing.core.library import Library
from briefing.core.library.sqlite_errors import classify
from briefing.core.model import CSL_TYPES, DEFAULT_KIND, Source
from briefing.core.text.dates import DATE_FORMS, is_date
from briefing.core.text.fold import fold
from briefing.core.text.languages import is_language_code

FIELDS = (
    "title title_short author outlet publisher published date_approximate date_note language url "
    "accessed kind note title_translated"
).split()
_APPROXIMATE = re.compile(r"^(?:c\.|ca\.|circa|~)\s*", re.I)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_date(value: str, label: str = "date") -> tuple[str, bool]:
    """``(iso date or prefix, approximate)`` from what a curator typed."""
    value = value.strip()
    if value.lower() in ("", "unknown", "n.d.", "nd", "none"):
        return "", False
    approximate = bool(_APPROXIMATE.match(value))
    value = _APPROXIMATE.sub("", value)
    check_date(value, label)
    return value, approximate


def check_date(value: str, label: str, approximate: bool = True) -> None:
    """MetadataError unless ``value`` is a date; ``approximate``: the message tells how to
    give an approximate or unknown date (a publication date, read by :func:`parse_date`; an
    access date is always exact)."""
    if is_date(value):
        return
    if approximate:
        raise MetadataError(marked("core", "The {label} '{value}' is not a date like "
                                           "{forms} (prefix 'c.' for an approximate date, "
                                           "or say 'unknown')."),
                            label=label, value=value, forms=DATE_FORMS)
    raise MetadataError(marked("core", "The {label} '{value}' is not a date like {forms}."),
                        label=label, value=value, forms=DATE_FORMS)


def slug(title: str, limit: int = 48) -> str:
    words = re.findall(r"[a-z0-9]+", fold(title).replace("ß", "ss"))
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > limit:
            break
        out = f"{out}-{word}" if out else word
    return out or (words[0][:limit] if words else "source")


def source_id(title: str, text: str) -> str:
    return f"{slug(title)}-{content_hash(text)[:8]}"


def build_source(document: ImportedDocument, overrides: dict | None = None,
                 name: str = "") -> Source:
    """A user-origin Source from ``document``; ``overrides`` (Source field names) win.

    ``overrides`` may also say ``date`` for ``published`` with approximation
    ("c. 2025") or ``unknown``. Raises MetadataError for malformed values.
    """
    overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
    unknown = set(overrides) - set(FIELDS) - {"date"}
    if unknown:
        raise MetadataError(marked("core", "Unknown source field(s): {names}."),
                            names=', '.join(sorted(unknown)))
    values = {k: v for k, v in document.metadata.items() if k in FIELDS}
    if document.language:
        values.setdefault("language", document.language)
    values.update({k: v for k, v in overrides.items() if k != "date"})
    if "date" in overrides:
        values["published"], values["date_approximate"] = parse_date(overrides["date"])
    for key in FIELDS:
        if key != "date_approximate":
            values[key] = " ".join(str(values.get(key, "")).split()) if key != "note" \
                else str(values.get(key, "")).strip()
    if not values["title"]:
        values["title"] = Path(name).stem if name else ""
    if not values["title"]:
        raise MetadataError(marked("core", "The source needs a title; pass one with --title."))
    for key in ("published", "accessed"):
        if values[key]:
            check_date(values[key], "publication date" if key == "published" else "access date",
                       approximate=key == "published")
    if values["language"]:
        primary, dash, rest = values["language"].partition("-")
        values["language"] = primary.lower() + dash + rest
        if not is_language_code(values["language"]):
            raise MetadataError(marked("core", "The language '{value}' is not a language code "
                                               "like de, en or zh-CN."), value=values['language'])
    values["kind"] = values["kind"] or DEFAULT_KIND
    if values["kind"] not in CSL_TYPES:
        raise MetadataError(marked("core", "The kind '{value}' is not a citation item type (for "
                                           "example article-newspaper, report, webpage)."),
                            value=values['kind'])
    values["date_approximate"] = bool(values.get("date_approximate")) and bool(values["published"])
    text = unicodedata.normalize("NFC", document.text)
    source = Source(id=source_id(values["title"], text), origin="user", text=text,
                    repeats=document.repeats, **values)
    problem = typed.overlong(source)
    if problem:  # the library keeps only what a pack and a briefing can carry
        raise MetadataError(marked("core", "The source's details are too long to keep "
                                           "({field}); shorten them."),
                            field=problem.replace('_', ' '))
    return source


def find_by_text(library: Library, text: str) -> str | None:
    """The id of a source whose text is exactly ``text``, if the library holds one."""
    wanted = content_hash(text)
    rows = library.db.execute("SELECT id FROM sources WHERE length(text) = ?", [len(text)])
    for (candidate,) in rows.fetchall():
        if content_hash(library.source(candidate).text) == wanted:
            return candidate
    return None


def add_source(library: Library, source: Source) -> Source:
    """Store a new source in one transaction; refuses a duplicate text or a taken id."""
    existing = find_by_text(library, source.text)
    if existing is not None:
        raise DuplicateSourceError(marked("core", "The library already holds this text as source "
                                                  "'{existing}'; it was not imported again."), existing,
                                   existing=existing)
    taken = library.db.execute("SELECT 1 FROM sources WHERE id = ?", [source.id]).fetchone()
    if taken:
        raise DuplicateSourceError(marked("core", "The library already has a source with id "
                                                  "'{id}'."), source.id, id=source.id)
    try:
        with library.db.atomic():  # sqlite3's own "with conn" would not open a transaction
            library.put_source(source)
    except sqlite3.Error as exc:  # busy, read-only, disk full…: said as what it is
        raise classify(exc, library.path) from exc
    return library.source(source.id)


def import_file(library: Library, path: Path, overrides: dict | None = None) -> Source:
    """Read ``path``, build its source with ``overrides`` and add it to ``library``."""
    document = read_document(Path(path))
    return add_source(library, build_source(document, overrides, Path(path).name))
