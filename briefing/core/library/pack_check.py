"""Reading and checking a library pack file before anything of it is used.

A pack may come from anywhere, so every entry is checked: the file's size, that
it is UTF-8 JSON of this format and a version this app reads, every field's
type, ids, kinds, statuses and dates, each source text against its SHA-256,
and each claim's quote against its source's text at its offsets. The first
problem stops the import with a :class:`PackError` naming the entry.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from briefing.core.errors import BriefingError
from briefing.core.importing.base import MAX_TEXT_CHARS, UNWANTED
from briefing.core.model import (
    CSL_TYPES,
    DEFAULT_KIND,
    KINDS,
    STATUSES,
    Claim,
    Repeat,
    Source,
    upgrade_claim_json,
)
from briefing.core.text.dates import DATE_FORMS, is_date

FORMAT = "briefing-library-pack"
# 2 (library 2026.12): claims carry reader_note and curator_note (and note, the deprecated
# alias of reader_note), the translation fields; sources title_short. A version 1 pack's
# one note per claim is split as the library's migration splits it.
VERSION = 2
MAX_PACK_BYTES = 64 * 1024 * 1024
MAX_ENTRIES = 200_000
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$")
_CREATED = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$")
_SOURCE_TEXT_FIELDS = ("title_short author outlet publisher published date_note language url "
                       "accessed kind note").split()
_CLAIM_TEXT_FIELDS = ("speaker", "event_date", "reader_note", "curator_note",
                      "quote_translated_from", "quote_translator")


class PackError(BriefingError):
    """A pack file cannot be used; nothing was imported."""


class _Bad(Exception):
    pass


@dataclass(frozen=True)
class Pack:
    sources: list[Source]
    claims: list[Claim]
    links: list[tuple[str, str]]
    created: str  # UTC time the pack was written, ISO 8601; "" if it does not say


def check_pack(path: Path) -> Pack:
    """The pack's contents, or PackError for the first problem found."""
    data = _load(path)
    name = path.name
    try:
        sources = [_source(entry) for entry in _list(data, "sources")]
        by_id = _unique(sources, "source")
        claims = [_claim(entry, by_id) for entry in _list(data, "claims")]
        _unique(claims, "claim")
        links = [_link(entry) for entry in _list(data, "links", required=False)]
    except _Bad as exc:
        raise PackError(f"The pack {name} is damaged: {exc}; nothing was imported.") from None
    created = data.get("created")
    created = created if isinstance(created, str) and _CREATED.match(created) else ""
    return Pack(sources, claims, links, created)


def _load(path: Path) -> dict:
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_PACK_BYTES:
            raise PackError(f"The pack {name} is {size / 1048576:.0f} MB; packs can be up to "
                            f"{MAX_PACK_BYTES // 1048576} MB (export fewer sources).")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PackError(f"There is no pack file {path}.") from None
    except OSError as exc:
        raise PackError(f"The pack {path} cannot be read: {exc.strerror or exc}.") from None
    if len(raw) > MAX_PACK_BYTES:
        raise PackError(f"The pack {name} is over the {MAX_PACK_BYTES // 1048576} MB limit.")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise PackError(f"{name} is not a Briefing library pack (it is not UTF-8 text).") \
            from None
    except json.JSONDecodeError as exc:
        raise PackError(f"{name} is not a Briefing library pack (not valid JSON: {exc.msg} at "
                        f"line {exc.lineno}).") from None
    except RecursionError:
        raise PackError(f"{name} is not a Briefing library pack (its JSON nests too deeply).") \
            from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise PackError(f"{name} is not a Briefing library pack (its format is not '{FORMAT}').")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackError(f"The pack {name} has no valid version number; nothing was imported.")
    if version > VERSION:
        raise PackError(f"The pack {name} was written by a newer version of Briefing (pack "
                        f"version {version}, this app reads {VERSION}); update the app.")
    return data


def _list(data: dict, key: str, required: bool = True) -> list:
    value = data.get(key, None if required else [])
    if not isinstance(value, list):
        raise _Bad(f"'{key}' is not a list")
    if len(value) > MAX_ENTRIES:
        raise _Bad(f"'{key}' has {len(value):,} entries, more than a pack may hold")
    return value


def _unique(rows, kind: str) -> dict:
    found = {}
    for row in rows:
        if row.id in found:
            raise _Bad(f"the {kind} id '{row.id}' appears twice")
        found[row.id] = row
    return found


def _text(entry: dict, key: str, where: str, *, required=False, default="") -> str:
    value = entry.get(key, None if required else default)
    if not isinstance(value, str):
        raise _Bad(f"{where}: '{key}' is {'missing' if value is None else 'not text'}")
    if UNWANTED.search(value):
        raise _Bad(f"{where}: '{key}' holds control characters")
    if key != "text" and len(value) > 20_000:
        raise _Bad(f"{where}: '{key}' is too long")
    return value


def _date(value: str, where: str, key: str) -> None:
    if value and not is_date(value):
        raise _Bad(f"{where}: '{key}' is not a date like {DATE_FORMS}")


def _entry_id(entry, kind: str) -> tuple[str, str]:
    if not isinstance(entry, dict):
        raise _Bad(f"a {kind} entry is not an object")
    value = entry.get("id")
    if not isinstance(value, str) or not _ID.match(value):
        raise _Bad(f"a {kind} has a missing or malformed id ({str(value)[:40]!r})")
    return value, f"{kind} '{value}'"


def _source(entry) -> Source:
    source_id, where = _entry_id(entry, "source")
    text = _text(entry, "text", where, required=True)
    if not text.strip() or len(text) > MAX_TEXT_CHARS:
        raise _Bad(f"{where}: its text is empty or longer than {MAX_TEXT_CHARS:,} characters")
    digest = entry.get("text_sha256")
    if digest != hashlib.sha256(text.encode("utf-8")).hexdigest():
        raise _Bad(f"{where}: its text does not match its text_sha256")
    title = _text(entry, "title", where, required=True)
    if not title.strip():
        raise _Bad(f"{where}: its title is empty")
    values = {key: _text(entry, key, where) for key in _SOURCE_TEXT_FIELDS}
    values["kind"] = values["kind"] or DEFAULT_KIND
    if values["kind"] not in CSL_TYPES:
        raise _Bad(f"{where}: kind '{values['kind'][:40]}' is not a citation item type")
    for key in ("published", "accessed"):
        _date(values[key], where, key)
    approximate = entry.get("date_approximate", False)
    if not isinstance(approximate, bool):
        raise _Bad(f"{where}: 'date_approximate' is not true or false")
    repeats = entry.get("repeats", [])
    if not isinstance(repeats, list) or len(repeats) > 10_000:
        raise _Bad(f"{where}: 'repeats' is not a list")
    return Source(id=source_id, title=title, text=text, date_approximate=approximate,
                  origin="user", repeats=tuple(_repeat(r, len(text), where) for r in repeats),
                  **values)


def _repeat(entry, length: int, where: str) -> Repeat:
    keys = ("start", "end", "repeat_start", "repeat_end")
    if not isinstance(entry, dict) or not all(_is_int(entry.get(k)) for k in keys):
        raise _Bad(f"{where}: a repeated passage is malformed")
    values = [entry[k] for k in keys]
    if not (0 <= values[0] < values[1] <= length and 0 <= values[2] < values[3] <= length):
        raise _Bad(f"{where}: a repeated passage lies outside its text")
    return Repeat(*values, verbatim=bool(entry.get("verbatim", True)))


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _claim(entry, sources: dict) -> Claim:
    claim_id, where = _entry_id(entry, "claim")
    try:
        entry = upgrade_claim_json(entry)
    except TypeError:
        raise _Bad(f"{where}: 'note' is not text") from None
    source_id = entry.get("source_id")
    if source_id not in sources:
        raise _Bad(f"{where}: its source {str(source_id)[:40]!r} is not in the pack")
    statement = _text(entry, "statement", where, required=True)
    quote = _text(entry, "quote", where, required=True)
    start, end = entry.get("start"), entry.get("end")
    if not statement.strip() or not quote or not (_is_int(start) and _is_int(end)):
        raise _Bad(f"{where}: its statement, quote or offsets are missing")
    if start < 0 or sources[source_id].text[start:end] != quote:
        raise _Bad(f"{where}: its quote is not the source text at {start}–{end}")
    kind, status = entry.get("kind"), entry.get("status", "as reported")
    if kind not in KINDS or status not in STATUSES:
        raise _Bad(f"{where}: unknown kind {str(kind)[:20]!r} or status {str(status)[:20]!r}")
    values = {key: _text(entry, key, where) for key in _CLAIM_TEXT_FIELDS}
    _date(values["event_date"], where, "event_date")
    names = {}
    for key in ("actors", "topics"):
        value = entry.get(key, [])
        if not isinstance(value, list) or len(value) > 200 or not all(
                isinstance(v, str) and 0 < len(v) <= 200 and not UNWANTED.search(v)
                for v in value):
            raise _Bad(f"{where}: '{key}' is not a list of names")
        names[key] = tuple(value)
    flags = {}
    for key in ("retired", "quote_is_translation"):
        flags[key] = entry.get(key, False)
        if not isinstance(flags[key], bool):
            raise _Bad(f"{where}: '{key}' is not true or false")
    return Claim(id=claim_id, source_id=source_id, statement=statement, quote=quote,
                 start=start, end=end, kind=kind, status=status, origin="user",
                 **flags, **names, **values)


def _link(entry) -> tuple[str, str]:
    if not (isinstance(entry, list) and len(entry) == 2
            and all(isinstance(v, str) and _ID.match(v) for v in entry) and entry[0] != entry[1]):
        raise _Bad("a link is not a pair of claim ids")
    return entry[0], entry[1]
