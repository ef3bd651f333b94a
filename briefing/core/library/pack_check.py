"""Reading and checking a library pack file, entry by entry, as it is imported.

A pack may come from anywhere, so everything is checked: that it is a regular file within
the size cap, UTF-8 JSON of this format and a version this app reads; every field's type
and size (typed structs, see ``briefing.core.typed``: a 5,000-digit number or a list
where an id belongs is an error naming the entry, not a traceback); ids, kinds,
statuses and dates; each source text against its SHA-256; each claim's quote against its
source's text at its offsets; ids that appear twice. The first problem stops the import
with a :class:`PackError` naming the entry (the import is one transaction: nothing of the
pack is kept).

The claims are decoded one at a time as the import reaches them (``PackReader.claims``):
the file is read once and its claims stay undecoded bytes until then, so a 61 MB pack of
200,000 claims never holds all of them as Python objects.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import msgspec

from briefing.core import typed
from briefing.core.errors import BriefingError, marked
from briefing.core.importing.base import MAX_TEXT_CHARS, UNWANTED
from briefing.core.model import CSL_TYPES, DEFAULT_KIND, KINDS, STATUSES, Claim, Repeat, Source
from briefing.core.reading import read_regular
from briefing.core.text.dates import DATE_FORMS, is_date

FORMAT = "briefing-library-pack"
# 2 (library 2026.12): claims carry reader_note and curator_note (and note, the deprecated
# alias of reader_note), the translation fields; sources title_short. A version 1 pack's
# one note per claim is split as the library's migration splits it.
# 3 (issue 19): claims carry ``statements``, the statement per language ({"en": …, "de": …};
# "statement" stays the English one). An app that reads 2 would drop the other languages.
# 4 (issue 16): claims carry ``quote_translated_from_by_language``, what a translated quote
# translates per language. An app that reads 3 would drop it.
VERSION = 4
MAX_PACK_BYTES = 64 * 1024 * 1024
MAX_ENTRIES = 200_000
MAX_PACK_FIELD = typed.MAX_LIBRARY_FIELD  # characters of any text field but a source's text
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$")
_CREATED = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$")


class PackError(BriefingError):
    """A pack file cannot be used; nothing was imported."""


class _Bad(Exception):
    pass


# ---- the file's shape ------------------------------------------------------------------------

_Entries = Annotated[list[msgspec.Raw], msgspec.Meta(max_length=MAX_ENTRIES)]


class _Header(msgspec.Struct):
    format: object = None
    version: object = None


class _File(msgspec.Struct):
    sources: _Entries
    claims: _Entries
    links: _Entries = []
    created: object = ""


_RepeatEntry = typed.struct_of(Repeat, "PackRepeat")
_SourceEntry = typed.struct_of(
    Source, "PackSource", text_cap=MAX_PACK_FIELD, leave_out=("origin",),
    caps={"text": typed.text(MAX_TEXT_CHARS),
          "repeats": Annotated[tuple[_RepeatEntry, ...], msgspec.Meta(max_length=10_000)]},
    extra=(("text_sha256", typed.text(64), ""),))
_ClaimEntry = typed.claim_struct("PackClaim", text_cap=MAX_PACK_FIELD, leave_out=("origin",))
_Link = Annotated[tuple[typed.text(200), typed.text(200)], msgspec.Meta()]

# Fields whose type errors keep the wording curators know.
_FIELD_WORDS = {"actors": "'actors' is not a list of names", "topics":
                "'topics' is not a list of names", "repeats": "a repeated passage is malformed",
                "date_approximate": "'date_approximate' is not true or false",
                "retired": "'retired' is not true or false",
                "quote_is_translation": "'quote_is_translation' is not true or false"}


class _Named(msgspec.Struct):
    id: object = None


@dataclass(frozen=True)
class Pack:
    sources: list[Source]
    claims: list[Claim]
    links: list[tuple[str, str]]
    created: str  # UTC time the pack was written, ISO 8601; "" if it does not say
    version: int = VERSION


class PackReader:
    """An opened pack: header and sources checked; claims and links decoded on demand."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.name = self.path.name
        raw, self.version = _load(self.path)
        try:
            found = msgspec.json.decode(raw, type=_File)
        except msgspec.ValidationError as exc:
            raise self._damaged(_list_problem(str(exc))) from None
        created = found.created
        self.created = created if isinstance(created, str) and _CREATED.match(created) else ""
        self._claims, self._links = found.claims, found.links
        self.claim_count = len(found.claims)
        try:
            self.sources = [_source(entry) for entry in found.sources]
            self.by_id = _unique(self.sources, "source")
        except _Bad as exc:
            raise self._damaged(str(exc)) from None

    def claims(self) -> Iterator[Claim]:
        """Each claim, decoded and checked as it is reached; PackError at the first problem."""
        seen: set[str] = set()
        for entry in self._claims:
            try:
                claim = _claim(entry, self.by_id)
                if claim.id in seen:
                    raise _Bad(f"the claim id '{claim.id}' appears twice")
            except _Bad as exc:
                raise self._damaged(str(exc)) from None
            seen.add(claim.id)
            yield claim

    def links(self) -> Iterator[tuple[str, str]]:
        for entry in self._links:
            try:
                yield _link(entry)
            except _Bad as exc:
                raise self._damaged(str(exc)) from None

    def _damaged(self, problem: str) -> PackError:
        return PackError(marked("core", "The pack {name} is damaged: {problem}; nothing was "
                                        "imported."), name=self.name, problem=problem)


def check_pack(path: Path) -> Pack:
    """The whole pack's contents, or PackError for the first problem found."""
    reader = PackReader(path)
    claims = list(reader.claims())
    return Pack(reader.sources, claims, list(reader.links()), reader.created, reader.version)


# ---- reading the file ------------------------------------------------------------------------


def _load(path: Path) -> tuple[bytes, int]:
    name = path.name
    try:
        raw = read_regular(path, MAX_PACK_BYTES, "pack file", PackError)
    except PackError as exc:
        if "can be up to" in str(exc):
            raise PackError(marked("core", "{detail} Export fewer sources."), detail=exc) from None
        raise
    try:
        header = msgspec.json.decode(raw, type=_Header)
    except msgspec.ValidationError as exc:
        if "$." in str(exc):
            raise PackError(marked("core", "The pack {name} has no valid version number; nothing "
                                           "was imported."), name=name) from None
        raise PackError(marked("core", "{name} is not a Briefing library pack (its format is not "
                                       "'{format}')."), name=name, format=FORMAT) from None
    except msgspec.DecodeError as exc:
        raise _not_json(raw, name, str(exc)) from None
    except RecursionError:
        raise PackError(marked("core", "{name} is not a Briefing library pack (its JSON nests "
                                       "too deeply)."), name=name) \
            from None
    if header.format != FORMAT:
        raise PackError(marked("core", "{name} is not a Briefing library pack (its format is not "
                                       "'{format}')."), name=name, format=FORMAT)
    version = header.version
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackError(marked("core", "The pack {name} has no valid version number; nothing was "
                                       "imported."), name=name)
    if version > VERSION:
        raise PackError(marked("core", "The pack {name} was written by a newer version of "
                                       "Briefing (pack version {version}, this app reads "
                                       "{newest}); update the app."),
                        name=name, version=version, newest=VERSION)
    return raw, version


def _not_json(raw: bytes, name: str, reason: str) -> PackError:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return PackError(marked("core", "{name} is not a Briefing library pack (it is not UTF-8 "
                                        "text)."), name=name)
    if "depth" in reason.lower() or "nest" in reason.lower():
        return PackError(marked("core", "{name} is not a Briefing library pack (its JSON nests "
                                        "too deeply)."), name=name)
    return PackError(marked("core", "{name} is not a Briefing library pack (not valid JSON: "
                                    "{reason})."), name=name, reason=reason)


def _list_problem(message: str) -> str:
    for key in ("sources", "claims", "links"):
        if message.endswith(f"`$.{key}`") and "Expected `array`" in message:
            return f"'{key}' is not a list"
        if f"`$.{key}`" in message and "length <=" in message:
            return f"'{key}' has more than {MAX_ENTRIES:,} entries, more than a pack may hold"
    return typed.where(message)


# ---- entries ---------------------------------------------------------------------------------


def _decode(entry: msgspec.Raw, kind: str, struct):
    """An entry as its struct; _Bad naming the entry and the field otherwise."""
    try:
        return msgspec.json.decode(entry, type=struct)
    except RecursionError:
        raise _Bad(f"a {kind} entry nests too deeply") from None
    except msgspec.ValidationError as exc:
        message = str(exc)
        if message.startswith("Expected `object`") and " - at `$." not in message:
            raise _Bad(f"a {kind} entry is not an object") from None
        try:
            named = msgspec.json.decode(entry, type=_Named).id
        except (msgspec.ValidationError, RecursionError):
            named = None
        where = f"{kind} '{named}'" if isinstance(named, str) and _ID.match(named) else \
            f"a {kind}"
        field = re.search(r"`\$\.(\w+)", message)
        if field and field.group(1) == "id" or "field `id`" in message:
            raise _Bad(f"a {kind} has a missing or malformed id") from None
        if field and field.group(1) in _FIELD_WORDS:
            raise _Bad(f"{where}: {_FIELD_WORDS[field.group(1)]}") from None
        raise _Bad(f"{where}: {typed.where(message)}") from None


def _unique(rows, kind: str) -> dict:
    found = {}
    for row in rows:
        if row.id in found:
            raise _Bad(f"the {kind} id '{row.id}' appears twice")
        found[row.id] = row
    return found


def _plain(value: str, where: str, key: str) -> str:
    if UNWANTED.search(value):
        raise _Bad(f"{where}: '{key}' holds control characters")
    return value


def _date(value: str, where: str, key: str) -> None:
    if value and not is_date(value):
        raise _Bad(f"{where}: '{key}' is not a date like {DATE_FORMS}")


def _entry_id(value: str, kind: str) -> str:
    if not _ID.match(value):
        raise _Bad(f"a {kind} has a missing or malformed id ({value[:40]!r})")
    return f"{kind} '{value}'"


def _source(entry: msgspec.Raw) -> Source:
    found = _decode(entry, "source", _SourceEntry)
    where = _entry_id(found.id, "source")
    values = typed.values(found)
    digest = values.pop("text_sha256")
    repeats = values.pop("repeats")
    for key, value in values.items():
        if isinstance(value, str):
            _plain(value, where, key)
    text = values["text"]
    if not text.strip():
        raise _Bad(f"{where}: its text is empty or longer than {MAX_TEXT_CHARS:,} characters")
    if digest != hashlib.sha256(text.encode("utf-8")).hexdigest():
        raise _Bad(f"{where}: its text does not match its text_sha256")
    if not values["title"].strip():
        raise _Bad(f"{where}: its title is empty")
    values["kind"] = values["kind"] or DEFAULT_KIND
    if values["kind"] not in CSL_TYPES:
        raise _Bad(f"{where}: kind '{values['kind'][:40]}' is not a citation item type")
    for key in ("published", "accessed"):
        _date(values[key], where, key)
    values["repeats"] = tuple(_repeat(r, len(text), where) for r in repeats)
    return Source(origin="user", **values)


def _repeat(found, length: int, where: str) -> Repeat:
    repeat = Repeat(**typed.values(found))
    if not (0 <= repeat.start < repeat.end <= length
            and 0 <= repeat.repeat_start < repeat.repeat_end <= length):
        raise _Bad(f"{where}: a repeated passage lies outside its text")
    return repeat


def _claim(entry: msgspec.Raw, sources: dict) -> Claim:
    found = _decode(entry, "claim", _ClaimEntry)
    where = _entry_id(found.id, "claim")
    try:
        values = typed.claim_values(found)  # a version 1 pack's 'note' split
    except ValueError as exc:  # a language in 'statements' or 'reader_notes' that is none
        raise _Bad(f"{where}: {exc}") from None
    if found.source_id not in sources:
        raise _Bad(f"{where}: its source {found.source_id[:40]!r} is not in the pack")
    for key, value in values.items():
        if isinstance(value, str):
            _plain(value, where, key)
    if not found.statement.strip() or not found.quote:
        raise _Bad(f"{where}: its statement, quote or offsets are missing")
    if sources[found.source_id].text[found.start:found.end] != found.quote:
        raise _Bad(f"{where}: its quote is not the source text at {found.start}–{found.end}")
    if found.kind not in KINDS or found.status not in STATUSES:
        raise _Bad(f"{where}: unknown kind {found.kind[:20]!r} or status {found.status[:20]!r}")
    _date(found.event_date, where, "event_date")
    for key in ("actors", "topics"):
        if not all(name and not UNWANTED.search(name) for name in values[key]):
            raise _Bad(f"{where}: '{key}' is not a list of names")
    return Claim(origin="user", **values)


def _link(entry: msgspec.Raw) -> tuple[str, str]:
    try:
        a, b = msgspec.json.decode(entry, type=_Link)
    except msgspec.ValidationError:
        raise _Bad("a link is not a pair of claim ids") from None
    if not (_ID.match(a) and _ID.match(b)) or a == b:
        raise _Bad("a link is not a pair of claim ids")
    return a, b
