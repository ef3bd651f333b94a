"""Searching the library: folded, quoted FTS5 queries plus filters.

Each query word becomes one condition, all of which must hold:
- three characters or more: the trigram index, so it matches anywhere in a
  word ("kontrollen" finds "Exportkontrollen", "Asc" finds "Ascend");
- shorter Latin words: a prefix query on the word index (as-you-type "As");
- shorter Chinese words: a substring test (the word index sees a run of
  Chinese characters as one token, the trigram index needs three characters).
Words are folded (case, diacritics, ß) and quoted, so no user text is FTS syntax.
Results are ranked by bm25 on the trigram index, else on the word index.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from briefing.core.errors import InvalidFilterError, UnknownSourceError
from briefing.core.library import CLAIM_SELECT, Library, claim_from_row
from briefing.core.model import KINDS, STATUSES, SearchHit
from briefing.core.textfold import is_cjk, query_terms

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class Filters:
    topic: str | None = None
    actor: str | None = None
    source: str | None = None
    kind: str | None = None
    status: str | None = None
    date_from: str | None = None  # inclusive, ISO date or prefix
    date_to: str | None = None  # inclusive
    include_retired: bool = False


def _real_date(value: str) -> bool:
    if not _DATE.match(value):
        return False
    padded = value + "-01" * (2 - value.count("-"))
    try:
        datetime.date.fromisoformat(padded)
    except ValueError:
        return False
    return True


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _validate(library: Library, filters: Filters) -> None:
    if filters.kind is not None and filters.kind not in KINDS:
        raise InvalidFilterError(f"Unknown kind '{filters.kind}'. Use one of: {', '.join(KINDS)}.")
    if filters.status is not None and filters.status not in STATUSES:
        raise InvalidFilterError(
            f"Unknown status '{filters.status}'. Use one of: {', '.join(STATUSES)}."
        )
    for label, value in (("from", filters.date_from), ("to", filters.date_to)):
        if value is not None and not _real_date(value):
            raise InvalidFilterError(
                f"The date {label} '{value}' is not a real date written YYYY, YYYY-MM or YYYY-MM-DD."
            )
    if filters.date_from and filters.date_to and (
        filters.date_from[: len(filters.date_to)] > filters.date_to
    ):
        raise InvalidFilterError(
            f"The date range {filters.date_from} to {filters.date_to} is empty: 'from' is after 'to'."
        )
    if filters.source is not None:
        try:
            library.source(filters.source)
        except UnknownSourceError as exc:
            known = ", ".join(s.id for s in library.sources())
            raise InvalidFilterError(f"{exc} Known sources: {known}.") from None
    for field, value in (("topic", filters.topic), ("actor", filters.actor)):
        if value is None:
            continue
        names = [name for name, _ in library.vocabulary(field)]
        if value.casefold() not in {n.casefold() for n in names}:
            hint = ", ".join(names[:12]) + (" …" if len(names) > 12 else "")
            raise InvalidFilterError(f"No claim has the {field} '{value}'. Known: {hint}.")


def _build(filters: Filters, terms: list[str]) -> tuple[str, str, list]:
    """FROM clause, WHERE clause and parameters for a query, and the rank expression."""
    where, params = [], []
    long_terms = [t for t in terms if len(t) >= 3]
    short_latin = [t for t in terms if len(t) < 3 and not is_cjk(t[0])]
    short_cjk = [t for t in terms if len(t) < 3 and is_cjk(t[0])]
    if long_terms:
        source = "claims_tri JOIN claims c ON c.n = claims_tri.rowid"
        where.append("claims_tri MATCH ?")
        params.append(" AND ".join(_quote(t) for t in long_terms))
        rank = "claims_tri.rank"
    elif short_latin:
        source = "claims_words JOIN claims c ON c.n = claims_words.rowid"
        rank = "claims_words.rank"
    else:
        source, rank = "claims c", "c.n"
    if short_latin:
        clause = " AND ".join(_quote(t) + "*" for t in short_latin)
        if source.startswith("claims_words"):
            where.append("claims_words MATCH ?")
        else:
            where.append("c.n IN (SELECT rowid FROM claims_words WHERE claims_words MATCH ?)")
        params.append(clause)
    for term in short_cjk:
        where.append("instr(c.search_text, ?) > 0")
        params.append(term)
    if not filters.include_retired:
        where.append("c.retired = 0")
    if filters.topic is not None:
        where.append("c.n IN (SELECT claim_n FROM claim_topics WHERE topic = ?)")
        params.append(filters.topic)
    if filters.actor is not None:
        where.append("c.n IN (SELECT claim_n FROM claim_actors WHERE actor = ?)")
        params.append(filters.actor)
    for column, value in (("source_id", filters.source), ("kind", filters.kind), ("status", filters.status)):
        if value is not None:
            where.append(f"c.{column} = ?")
            params.append(value)
    if filters.date_from:
        where.append("c.event_date != '' AND c.event_date >= ?")
        params.append(filters.date_from)
    if filters.date_to:
        # A prefix bound ("2025-07") includes every day in it.
        where.append("c.event_date != '' AND substr(c.event_date, 1, ?) <= ?")
        params += [len(filters.date_to), filters.date_to]
    return f"FROM {source} WHERE {' AND '.join(where) or '1'}", rank, params


def search(
    library: Library,
    query: str = "",
    filters: Filters = Filters(),
    *,
    limit: int | None = 50,
    offset: int = 0,
) -> list[SearchHit]:
    """Claims matching every word of ``query`` and every filter, best first."""
    _validate(library, filters)
    terms = query_terms(query)
    if query.strip() and not terms:
        return []  # only symbols or emoji: nothing searchable, so nothing matches
    fast = _ranked_first(library, filters, terms, limit, offset)
    if fast is not None:
        return fast
    body, rank, params = _build(filters, terms)
    sql = (
        f"SELECT {CLAIM_SELECT}, s.title, {rank} AS score {body.replace('WHERE', 'JOIN sources s ON s.id = c.source_id WHERE', 1)}"
        f" ORDER BY score, c.n LIMIT ? OFFSET ?"
    )
    rows = library.db.execute(sql, [*params, -1 if limit is None else limit, offset]).fetchall()
    return [SearchHit(claim_from_row(r[:-2]), r[-2], float(r[-1])) for r in rows]


def _ranked_first(library: Library, filters: Filters, terms: list[str], limit: int | None,
                  offset: int) -> list[SearchHit] | None:
    """A page of a plain word search the quick way, or None when it does not apply.

    FTS5 sorts by rank and stops at the LIMIT inside the index (``ORDER BY rank LIMIT``),
    without reading a claim row per match; the general query joins every match to its claim
    first (for filters and the tie-break on ``c.n``), which costs up to twice as much on a
    large library. Here the index picks the page (plus one row to see ties at its edge), then
    the claims are read by rowid. Whenever the answer could differ from the general query's —
    filters, Chinese short words, a retired claim in the page, a tie at the page's edge — this
    returns None and the general query runs.
    """
    if limit is None or not terms or filters != Filters() or any(
            len(t) < 3 and is_cjk(t[0]) for t in terms):
        return None
    long_terms = [t for t in terms if len(t) >= 3]
    short_latin = [t for t in terms if len(t) < 3]
    if long_terms:
        table, params = "claims_tri", [" AND ".join(_quote(t) for t in long_terms)]
        extra = ""
        if short_latin:
            # "+": a plain "rowid IN" would drive the trigram index one rowid at a time (seconds)
            extra = " AND +rowid IN (SELECT rowid FROM claims_words WHERE claims_words MATCH ?)"
            params.append(" AND ".join(_quote(t) + "*" for t in short_latin))
    else:
        table, extra = "claims_words", ""
        params = [" AND ".join(_quote(t) + "*" for t in short_latin)]
    wanted = offset + limit
    fetch = wanted * 2 + 20  # room for claims tied with the page's last one
    ranked = library.db.execute(
        f"SELECT rowid, rank FROM {table} WHERE {table} MATCH ?{extra} ORDER BY rank LIMIT ?",
        [*params, fetch]).fetchall()
    if len(ranked) == fetch and wanted and ranked[-1][1] <= ranked[wanted - 1][1]:
        return None  # the tie at the page's edge may go on past what was fetched
    # Ties are ordered by c.n, as the general query does; every claim tied with the page's
    # last one was fetched, so the page is the same.
    ranked = sorted(ranked, key=lambda r: (r[1], r[0]))[offset:wanted]
    if not ranked:
        return []
    marks = ",".join("?" * len(ranked))
    rows = library.db.execute(
        f"SELECT {CLAIM_SELECT}, s.title, c.n, c.retired FROM claims c "
        f"JOIN sources s ON s.id = c.source_id WHERE c.n IN ({marks})",
        [n for n, _ in ranked]).fetchall()
    by_n = {r[-2]: r for r in rows}
    if len(by_n) != len(ranked) or any(r[-1] for r in rows):
        return None  # a retired claim (or a row gone missing) in the page
    return [SearchHit(claim_from_row(by_n[n][:-3]), by_n[n][-3], float(score))
            for n, score in ranked]


def count(library: Library, query: str = "", filters: Filters = Filters()) -> int:
    _validate(library, filters)
    terms = query_terms(query)
    if query.strip() and not terms:
        return 0
    body, _, params = _build(filters, terms)
    return library.db.execute(f"SELECT count(*) {body}", params).fetchone()[0]
