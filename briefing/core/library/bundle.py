"""The curated library shipped with the app: reviewable TOML + verbatim text files.

``resources/library/library.toml`` names the sources; each source has
``<id>.toml`` (metadata and claims) and the verbatim text file it names.
``library.toml`` also names the translations: ``translations/<language>.toml`` holds the
claims' statements (and reader's notes, and what a translated quote translates) in that
language, keyed by claim id (see its README); they become the claims'
``statement_translations``, ``reader_note_translations`` and
``quote_translated_from_translations`` and are part of the digest, so a library refreshes
when a translation changes.
:func:`load_bundle` reads and checks them all, so a malformed bundle fails
loudly at build time and never reaches a user's library half-read.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from briefing.core.errors import BundleError
from briefing.core.model import CSL_TYPES, KINDS, STATUSES, Claim, Repeat, Source
from briefing.core.text.dates import DATE_FORMS, is_date
from briefing.core.text.languages import is_language_code, primary_language

_SOURCE_FIELDS = (
    "title title_short author outlet publisher published date_approximate date_note language "
    "url accessed kind note title_translated"
).split()
_CLAIM_FIELDS = (
    "speaker event_date status reader_note curator_note quote_is_translation "
    "quote_translated_from quote_translator"
).split()
_CLAIM_KEYS = {"id", "statement", "quote", "start", "end", "kind", "actors", "topics",
               *_CLAIM_FIELDS}


@dataclass(frozen=True)
class Bundle:
    version: str  # the curators' release name, e.g. "2026.11.1"
    digest: str  # sha256 over every file: changes whenever any content changes
    title: str
    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]


def _read_toml(path: Path, digest) -> dict:
    import tomllib

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BundleError(f"The bundled library file {path} cannot be read: {exc.strerror}.") from exc
    digest.update(path.name.encode() + b"\0" + data)
    try:
        return tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise BundleError(f"The bundled library file {path} is not valid TOML: {exc}.") from exc


def load_bundle(folder: Path) -> Bundle:
    import hashlib

    digest = hashlib.sha256()
    index = _read_toml(folder / "library.toml", digest)
    sources, claims = [], []
    for source_id in index.get("sources", []):
        source, source_claims = _load_source(folder, source_id, digest)
        sources.append(source)
        claims.extend(source_claims)
    ids = [c.id for c in claims]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise BundleError(f"The bundled library has duplicate claim ids: {', '.join(duplicates)}.")
    translated: dict[tuple[str, str], dict[str, str]] = {}  # (claim id, field): {language: text}
    by_id = {c.id: c for c in claims}
    for name in index.get("translations", []):
        language, entries = _load_translation(folder, str(name), by_id, digest)
        for claim_id, fields in entries.items():
            for field, text in fields.items():
                translated.setdefault((claim_id, field), {})[language] = text
    claims = [replace(c, **{f"{field}_translations": tuple(sorted(translated[c.id, field].items()))
                            for field in _TRANSLATED_FIELDS if (c.id, field) in translated})
              for c in claims]
    return Bundle(
        version=str(index.get("version", "0")),
        digest=digest.hexdigest(),
        title=str(index.get("title", "")),
        sources=tuple(sources),
        claims=tuple(claims),
    )


_TRANSLATED_FIELDS = ("statement", "reader_note", "quote_translated_from")


def _load_translation(folder: Path, name: str, claims: dict[str, Claim], digest
                      ) -> tuple[str, dict[str, dict[str, str]]]:
    """(language, {claim id: {field: text}}) of ``translations/<name>.toml``: each claim's
    statement, its reader's note when it has one, and what its quote translates when it
    says so."""
    path = folder / "translations" / f"{name}.toml"
    data = _read_toml(path, digest)
    tag = data.get("language")
    if not isinstance(tag, str) or not is_language_code(tag) or primary_language(tag) != name:
        raise BundleError(f"translations/{path.name}: language must be a code of the "
                          f"language {name!r}, such as \"{name}\".")
    if name == "en":
        raise BundleError(f"translations/{path.name}: the statements are English already.")
    entries = data.get("claims", {})
    if set(data) - {"language", "claims"} or not isinstance(entries, dict):
        raise BundleError(f"translations/{path.name}: holds language and [claims.\"<id>\"] "
                          "tables only.")
    found = {}
    for claim_id, entry in entries.items():
        where = f"translations/{path.name}, claim {claim_id}"
        if claim_id not in claims:
            raise BundleError(f"{where}: the bundled library has no such claim.")
        if not isinstance(entry, dict) or "statement" not in entry \
                or set(entry) - set(_TRANSLATED_FIELDS) \
                or not all(isinstance(v, str) and v.strip() for v in entry.values()):
            raise BundleError(f"{where}: needs a statement (text), a reader_note and a "
                              "quote_translated_from when the claim has one, and nothing else.")
        for field in _TRANSLATED_FIELDS[1:]:
            if field in entry and not getattr(claims[claim_id], field):
                raise BundleError(f"{where}: a {field} for a claim that has none in English.")
        found[claim_id] = dict(entry)
    return name, found


def _load_source(folder: Path, source_id: str, digest) -> tuple[Source, list[Claim]]:
    path = folder / f"{source_id}.toml"
    data = _read_toml(path, digest)
    meta = data.get("source", {})
    if meta.get("id") != source_id:
        raise BundleError(f"{path.name}: [source] id must be {source_id!r}.")
    text_path = folder / meta.get("text_file", f"{source_id}.txt")
    raw = text_path.read_bytes()
    digest.update(text_path.name.encode() + b"\0" + raw)
    import hashlib

    if meta.get("text_sha256") and hashlib.sha256(raw).hexdigest() != meta["text_sha256"]:
        raise BundleError(f"{text_path.name} does not match the text_sha256 recorded in {path.name}.")
    text = raw.decode("utf-8")
    repeats = tuple(
        Repeat(r["start"], r["end"], r["repeat_start"], r["repeat_end"], r.get("verbatim", True))
        for r in meta.get("repeats", [])
    )
    source = Source(
        id=source_id,
        text=text,
        repeats=repeats,
        origin="bundled",
        **{k: meta[k] for k in _SOURCE_FIELDS if k in meta},
    )
    if source.kind not in CSL_TYPES:
        raise BundleError(f"{path.name}: kind {source.kind!r} is not a CSL item type.")
    for key in ("published", "accessed"):
        if getattr(source, key) and not is_date(getattr(source, key)):
            raise BundleError(f"{path.name}: {key} {getattr(source, key)!r} is not a date like "
                              f"{DATE_FORMS}.")
    claims = [_claim(path.name, source, entry) for entry in data.get("claims", [])]
    return source, claims


def _claim(filename: str, source: Source, entry: dict) -> Claim:
    where = f"{filename}, claim {entry.get('id', '?')}"
    unknown = sorted(set(entry) - _CLAIM_KEYS)
    if unknown:  # a misspelt key would silently drop what it holds
        hint = " (since 2026.12 a claim has reader_note and curator_note)" \
            if "note" in unknown else ""
        raise BundleError(f"{where}: unknown field(s) {', '.join(unknown)}{hint}.")
    try:
        claim = Claim(
            id=entry["id"],
            source_id=source.id,
            statement=entry["statement"],
            quote=entry["quote"],
            start=int(entry["start"]),
            end=int(entry["end"]),
            kind=entry["kind"],
            actors=tuple(entry.get("actors", ())),
            topics=tuple(entry.get("topics", ())),
            origin="bundled",
            **{k: entry[k] for k in _CLAIM_FIELDS if k in entry},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise BundleError(f"{where}: missing or malformed field {exc}.") from exc
    if source.text[claim.start : claim.end] != claim.quote:
        raise BundleError(f"{where}: the quote is not the source text at {claim.start}–{claim.end}.")
    if claim.event_date and not is_date(claim.event_date):
        raise BundleError(f"{where}: event_date {claim.event_date!r} is not a date like "
                          f"{DATE_FORMS}.")
    if claim.kind not in KINDS or claim.status not in STATUSES:
        raise BundleError(f"{where}: unknown kind {claim.kind!r} or status {claim.status!r}.")
    return claim
