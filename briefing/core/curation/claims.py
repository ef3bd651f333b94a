"""Capturing and editing claims: exact quotes, stable ids, retire rather than delete.

- A quote must occur verbatim in its source's text. Given as text, it must occur
  exactly once (or ``start`` says which occurrence); given as a selection
  (``add_claim_at``), its offsets are the selection trimmed of surrounding spaces.
- User claims get ids ``<source id>-u01``, ``-u02``, … The last number handed out
  is kept in the library's meta table, so an id is never reused, even after a
  deletion.
- A claim's statement and reader's note are English; ``statements`` and ``reader_notes``
  give them in other languages (``{"de": "…"}``: on editing, only the languages named
  change, and "" removes one).
- Editing keeps the id. Editing or retiring a bundled claim marks it locally
  modified, so refreshing the bundled library leaves the curator's version alone.
- A claim cited by briefings is retired, never deleted (saved briefings keep
  resolving it). Only an uncited user claim may be deleted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import replace

from briefing.core import typed
from briefing.core.curation.errors import (
    AmbiguousQuoteError,
    ClaimInputError,
    ClaimInUseError,
    QuoteNotFoundError,
)
from briefing.core.errors import marked
from briefing.core.importing.base import clean_text
from briefing.core.library import Library
from briefing.core.model import KINDS, STATUSES, TRANSLATED, Claim, Source, translations_of
from briefing.core.text.dates import DATE_FORMS, is_date
from briefing.core.text.languages import primary_language

EDITABLE = ("statement", "quote", "start", "end", "kind", "speaker", "event_date", "actors",
            "topics", "status", "reader_note", "curator_note", "quote_is_translation",
            "quote_translated_from", "quote_translator")
_MAX_LISTED = 8


def locate(source: Source, quote: str, start: int | None = None) -> int:
    """Where ``quote`` is in ``source.text``: its one occurrence, or the one at ``start``."""
    text = source.text
    if start is not None:
        if start >= 0 and text[start:start + len(quote)] == quote:
            return start
        places = occurrences(text, quote)
        where = f"; it occurs at {_list(places)}" if places else ""
        raise QuoteNotFoundError(marked("core", "The quote is not at offset {start} in source "
                                                "'{id}'{where}."),
                                 start=start, id=source.id, where=where)
    places = occurrences(text, quote)
    if not places:
        raise _not_found(source, quote)
    if len(places) > 1:
        raise AmbiguousQuoteError(marked("core", "The quote occurs {count} times in source "
                                                 "'{id}' (at offsets {list}); pass --start "
                                                 "with one of them or quote a longer passage."), places,
                                  count=len(places), id=source.id, list=_list(places))
    return places[0]


def occurrences(text: str, quote: str, limit: int = 1000) -> list[int]:
    found, at = [], text.find(quote)
    while at != -1 and len(found) < limit:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def _list(places: list[int]) -> str:
    shown = ", ".join(str(p) for p in places[:_MAX_LISTED])
    return shown + (", …" if len(places) > _MAX_LISTED else "")


def _not_found(source: Source, quote: str) -> QuoteNotFoundError:
    words = quote.split()
    if words:
        loose = re.compile(r"\s+".join(re.escape(w) for w in words))
        match = loose.search(source.text)
        if match:
            return QuoteNotFoundError(marked(
                "core", "The quote does not occur verbatim in source '{source}'; it occurs with "
                "other spaces or line breaks at offset {offset}: copy it exactly from the "
                "source text."), source=source.id, offset=match.start())
        if re.search(re.escape(quote), source.text, re.I):
            return QuoteNotFoundError(marked(
                "core", "The quote does not occur verbatim in source '{source}'; it occurs with "
                "other capital letters: copy it exactly."), source=source.id)
    return QuoteNotFoundError(marked(
        "core", "The quote does not occur verbatim in source '{source}': copy it exactly from "
        "the source text (briefing sources show {source} --text)."), source=source.id)


def _tidy(value: str) -> str:
    return clean_text(str(value))[0]


def _names(values) -> tuple[str, ...]:
    if isinstance(values, str):
        values = [values]
    return tuple(dict.fromkeys(" ".join(_tidy(v).split()) for v in values if _tidy(v)))


def check_fields(claim: Claim) -> Claim:
    """The claim with tidied text fields; raises ClaimInputError for a malformed one."""
    translated = {}
    for name, key in TRANSLATED.items():
        try:
            translated[f"{name}_translations"] = translations_of(
                (language, _tidy(text)) for language, text in getattr(claim,
                                                                       f"{name}_translations"))
        except ValueError as exc:
            raise ClaimInputError(marked("core", "The claim's {field}: {detail}."),
                                  field=key.replace('_', ' '), detail=exc) from None
    claim = replace(claim, **translated, statement=_tidy(claim.statement),
                    reader_note=_tidy(claim.reader_note), curator_note=_tidy(claim.curator_note),
                    quote_is_translation=bool(claim.quote_is_translation),
                    quote_translated_from=" ".join(_tidy(claim.quote_translated_from).split()),
                    quote_translator=" ".join(_tidy(claim.quote_translator).split()),
                    speaker=" ".join(_tidy(claim.speaker).split()),
                    event_date=claim.event_date.strip(),
                    actors=_names(claim.actors), topics=_names(claim.topics))
    if not claim.statement:
        raise ClaimInputError(marked("core", "A claim needs a statement: say in English what the "
                                             "quote shows."))
    if (claim.quote_translated_from or claim.quote_translator) and not claim.quote_is_translation:
        raise ClaimInputError(marked("core", "Who translated the quote, or from what, is said "
                                             "only of a quote marked as a translation."))
    if claim.kind not in KINDS:
        raise ClaimInputError(marked("core", "Unknown kind '{kind}'. Use one of: {names}."),
                              kind=claim.kind, names=', '.join(KINDS))
    if claim.status not in STATUSES:
        raise ClaimInputError(marked("core", "Unknown status '{status}'. Use one of: {names}."),
                              status=claim.status, names=', '.join(STATUSES))
    if claim.event_date and not is_date(claim.event_date):
        raise ClaimInputError(marked("core", "The event date '{event_date}' is not a date like "
                                             "{forms}."),
                              event_date=claim.event_date, forms=DATE_FORMS)
    problem = typed.overlong(claim) or next(
        (f"{name} ({language}): longer than {typed.MAX_LIBRARY_FIELD:,} characters"
         for name in TRANSLATED for language, text in getattr(claim, f"{name}_translations")
         if len(text) > typed.MAX_LIBRARY_FIELD), "")
    if problem:  # the library keeps only what a pack and a briefing can carry
        raise ClaimInputError(marked("core", "The claim is too long to keep ({field}); shorten "
                                             "it."), field=problem.replace('_', ' '))
    return claim


def _clean_quote(quote: str) -> str:
    quote = unicodedata.normalize("NFC", quote.replace("\r\n", "\n")).strip()
    if not quote:
        raise ClaimInputError(marked("core", "The quote is empty: give the exact words from the "
                                             "source."))
    return quote


def next_claim_id(library: Library, source_id: str) -> str:
    key = f"user_claims:{source_id}"
    last = int(library.meta(key) or 0)
    pattern = re.compile(re.escape(source_id) + r"-u(\d+)$")
    rows = library.db.execute("SELECT id FROM claims WHERE source_id = ?", [source_id])
    for (claim_id,) in rows.fetchall():
        match = pattern.match(claim_id)
        if match:
            last = max(last, int(match.group(1)))
    return f"{source_id}-u{last + 1:02d}"


def add_claim(library: Library, source_id: str, quote: str, statement: str, kind: str = "fact",
              *, start: int | None = None, **fields) -> Claim:
    """A new user claim whose quote is found in the source (see ``locate``)."""
    source = library.source(source_id)
    quote = _clean_quote(quote)
    at = locate(source, quote, start)
    return _create(library, source, at, at + len(quote), statement, kind, fields)


def add_claim_at(library: Library, source_id: str, start: int, end: int, statement: str,
                 kind: str = "fact", **fields) -> Claim:
    """A new user claim quoting ``source.text[start:end]`` (a selection), spaces trimmed."""
    source = library.source(source_id)
    start, end = _span(source, start, end)
    return _create(library, source, start, end, statement, kind, fields)


def _span(source: Source, start: int, end: int) -> tuple[int, int]:
    if not 0 <= start < end <= len(source.text):
        raise ClaimInputError(marked("core", "The selection {start}–{end} is not inside source "
                                             "'{id}' (its text has {count} characters)."),
                              start=start, end=end, id=source.id, count=len(source.text))
    while start < end and source.text[start].isspace():
        start += 1
    while end > start and source.text[end - 1].isspace():
        end -= 1
    if start == end:
        raise ClaimInputError(marked("core", "The selection holds only spaces: select the words "
                                             "to quote."))
    return start, end


def _create(library, source, start, end, statement, kind, fields) -> Claim:
    translated = {f"{name}_translations": tuple((fields.pop(key, None) or {}).items())
                  for name, key in TRANSLATED.items()}
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ClaimInputError(marked("core", "Unknown claim field(s): {names}."),
                              names=', '.join(sorted(unknown)))
    with library.db.atomic():
        claim_id = next_claim_id(library, source.id)
        claim = check_fields(Claim(
            id=claim_id, source_id=source.id, statement=statement, quote=source.text[start:end],
            start=start, end=end, kind=kind, origin="user", **translated, **fields))
        library.put_claim(claim, source)
        library.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                           [f"user_claims:{source.id}", claim_id.rsplit("-u", 1)[1]])
    return library.claim(claim_id)


def edit_claim(library: Library, claim_id: str, **changes) -> Claim:
    """Change fields of a claim, keeping its id; a bundled claim becomes locally modified.

    A new ``quote`` is located like ``add_claim`` does (``start`` picks an
    occurrence); ``start`` and ``end`` without a quote select a new span. ``statements``
    (``reader_notes``) changes the statement (the reader's note) in the languages it names
    (``{"de": "…"}``; "" removes one).
    """
    per_language = {name: changes.pop(key, None) for name, key in TRANSLATED.items()}
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ClaimInputError(marked("core", "Unknown claim field(s): {names}."),
                              names=', '.join(sorted(unknown)))
    claim = library.claim(claim_id)
    source = library.source(claim.source_id)
    changes = {k: v for k, v in changes.items() if v is not None}
    start, end = changes.pop("start", None), changes.pop("end", None)
    quote = changes.pop("quote", None)
    if quote is not None:
        quote = _clean_quote(quote)
        at = locate(source, quote, start)
        changes.update(quote=quote, start=at, end=at + len(quote))
    elif start is not None and end is not None:
        start, end = _span(source, start, end)
        changes.update(quote=source.text[start:end], start=start, end=end)
    elif start is not None:
        at = locate(source, claim.quote, start)
        changes.update(start=at, end=at + len(claim.quote))
    for name, texts in per_language.items():
        if texts:
            changes[f"{name}_translations"] = _merged(claim, name, texts)
    updated = check_fields(replace(claim, **changes))
    if updated == claim:
        return claim
    return _store(library, updated, source)


def _merged(claim: Claim, name: str, texts: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """The claim's translations of field ``name`` with those in ``texts`` set ("" removes)."""
    merged = dict(getattr(claim, f"{name}_translations"))
    for language, text in texts.items():
        code = primary_language(language)
        what = name.replace("_", " ").replace("reader", "reader's")
        if code == "en":
            raise ClaimInputError(marked("core", "The English {what} is the claim's own: change "
                                                 "it as it is, not as a translation."), what=what)
        if text.strip():
            merged[code] = text
        else:
            merged.pop(code, None)
    return tuple(merged.items())


def _store(library: Library, claim: Claim, source: Source | None = None) -> Claim:
    source = source or library.source(claim.source_id)
    with library.db.atomic():
        library.put_claim(claim, source)
        if claim.origin == "bundled":
            library.db.execute("UPDATE claims SET locally_modified = 1 WHERE id = ?", [claim.id])
    return library.claim(claim.id)


def retire_claim(library: Library, claim_id: str) -> Claim:
    """Hide a claim from search and new citations; briefings that cite it still resolve it."""
    claim = library.claim(claim_id)
    return claim if claim.retired else _store(library, replace(claim, retired=True))


def restore_claim(library: Library, claim_id: str) -> Claim:
    claim = library.claim(claim_id)
    return _store(library, replace(claim, retired=False)) if claim.retired else claim


def delete_claim(library: Library, claim_id: str, cited_by=()) -> None:
    """Delete an uncited user claim. ``cited_by``: names of briefings known to cite it."""
    claim = library.claim(claim_id)
    if claim.origin != "user":
        raise ClaimInUseError(marked("core", "Claim '{claim_id}' comes with the bundled library "
                                             "and cannot be deleted; retire it instead."),
                              claim_id=claim_id)
    cited_by = list(cited_by)
    if cited_by:
        raise ClaimInUseError(marked("core", "Claim '{claim_id}' is cited by {names}{detail}; "
                                             "retire it instead, so those briefings still "
                                             "resolve it."),
                              claim_id=claim_id, names=", ".join(cited_by[:3]),
                              detail=" and others" if len(cited_by) > 3 else "")
    with library.db.atomic():
        library.db.execute("DELETE FROM claim_links WHERE claim_a = ? OR claim_b = ?",
                           [claim_id, claim_id])
        library.db.execute("DELETE FROM claims WHERE id = ?", [claim_id])
