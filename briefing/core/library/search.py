"""Searching the library: folded, quoted FTS5 queries plus filters.

Each query word becomes one condition, all of which must hold:
- three characters or more: the trigram index, so it matches anywhere in a
  word ("kontrollen" finds "Exportkontrollen", "Asc" finds "Ascend");
- shorter Latin words: a prefix query on the word index (as-you-type "As");
- shorter Chinese words: a substring test (the word index sees a run of
  Chinese characters as one token, the trigram index needs three characters).
Words are folded (case, diacritics, ß) and quoted, so no user text is FTS syntax.
Results are ranked in windows of the newest matches (see ``search``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from briefing.core.errors import InvalidFilterError, UnknownSourceError
from briefing.core.library import CLAIM_SELECT, Library, claim_from_row
from briefing.core.model import KINDS, STATUSES, SearchHit
from briefing.core.text.dates import is_date
from briefing.core.text.fold import is_cjk, query_terms

WINDOW = 1000  # matches ranked together; see search()


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
        if value is not None and not is_date(value):
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
    """FROM … WHERE … of a query, the column that walks its matches newest first, parameters."""
    where, params = [], []
    long_terms = [t for t in terms if len(t) >= 3]
    short_latin = [t for t in terms if len(t) < 3 and not is_cjk(t[0])]
    short_cjk = [t for t in terms if len(t) < 3 and is_cjk(t[0])]
    if long_terms:
        source, key = "claims_tri JOIN claims c ON c.n = claims_tri.rowid", "claims_tri.rowid"
        where.append("claims_tri MATCH ?")
        params.append(" AND ".join(_quote(t) for t in long_terms))
    elif short_latin:
        source, key = "claims_words JOIN claims c ON c.n = claims_words.rowid", "claims_words.rowid"
    else:
        source, key = "claims c", "c.n"
    if short_latin:
        clause = " AND ".join(_quote(t) + "*" for t in short_latin)
        if source.startswith("claims_words"):
            where.append("claims_words MATCH ?")
        else:
            # "+": a plain "c.n IN" lets SQLite drive the trigram index one rowid at a time
            where.append("+c.n IN (SELECT rowid FROM claims_words WHERE claims_words MATCH ?)")
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
    return f"FROM {source} WHERE {' AND '.join(where) or '1'}", key, params


def _typed_errors(function):
    """SQLite's errors from a search as the library's typed ones (a 2,000-word query: "the
    search has too many words", not a raw "Expression tree is too large")."""
    @functools.wraps(function)
    def searching(library: Library, *args, **kwargs):
        with library.interruptible():
            return function(library, *args, **kwargs)
    return searching


@_typed_errors
def search(
    library: Library,
    query: str = "",
    filters: Filters = Filters(),
    *,
    limit: int | None = 50,
    offset: int = 0,
) -> list[SearchHit]:
    """Claims matching every word of ``query`` and every filter, best first.

    With no words, every claim the filters allow, in library order. With words, matches are
    taken newest first in windows of ``WINDOW`` and each window is ranked (see ``score_sql``): a
    query matching fewer than ``WINDOW`` claims is simply ranked; a broader one shows the best
    of its newest ``WINDOW`` matches first, then the best of the next ``WINDOW``, and so on.
    So a page costs the same whether a word matches 50 claims or a million, and paging on
    gives every match exactly once.
    """
    _validate(library, filters)
    terms = query_terms(query)
    if query.strip() and not terms:
        return []  # only symbols or emoji: nothing searchable, so nothing matches
    if not terms:
        body, _, params = _build(filters, terms)
        sql = f"SELECT c.n {body} ORDER BY c.n LIMIT ? OFFSET ?"
        page = [(n, 0.0) for (n,) in library.db.execute(
            sql, [*params, -1 if limit is None else limit, offset])]
    else:
        page = _ranked_page(library, filters, terms, limit, offset)
    return _read_hits(library, page)


def ranked_sql(filters: Filters, terms: list[str]) -> tuple[str, list]:
    """The statement ranking one window of matches, and its parameters before the last four:
    the window's size and offset, then the page's limit and offset within the window."""
    body, key, params = _build(filters, terms)
    counts, score, score_params = score_sql(terms, "t")
    sql = (f"SELECT n, -({score}) AS rank FROM (SELECT n, length(t) AS len, {counts} FROM "
           f"(SELECT c.n AS n, ' ' || c.search_text AS t {body} ORDER BY {key} DESC LIMIT ? OFFSET ?)) "
           f"ORDER BY rank, n DESC LIMIT ? OFFSET ?")
    return sql, [*score_params, *params]


def _ranked_page(library: Library, filters: Filters, terms: list[str], limit: int | None,
                 offset: int) -> list[tuple[int, float]]:
    """(claim number, rank) of the page: lower rank first, as FTS5's bm25 orders.

    One statement per window: the window's matches newest first, scored and sorted in SQLite.
    """
    sql, params = ranked_sql(filters, terms)
    page: list[tuple[int, float]] = []
    window = offset // WINDOW
    skip = offset - window * WINDOW
    while True:
        want = -1 if limit is None else limit - len(page)
        rows = library.db.execute(sql, [*params, WINDOW, window * WINDOW, want, skip]).fetchall()
        page += rows
        if (limit is not None and len(page) >= limit) or len(rows) + skip < WINDOW:
            return page
        window, skip = window + 1, 0


def score_sql(terms: list[str], text: str) -> tuple[str, str, list]:
    """How well the folded text in column ``text`` matches the query words: higher is better.

    Returns the columns to select from the text (``len`` and a count per word: ``f0``, ``f1``
    …), the score over those columns, and the parameters of the columns. BM25's
    term-frequency part (k1 = 1.2, b = 0.75; length in characters, against a typical claim's
    650), without its inverse document frequency: every hit holds every word, and counting
    each word's matches over the whole library is what makes FTS5's bm25 cost a scan of every
    match (100+ ms for a broad word at 100,000 claims). Words of three letters or more (and
    Chinese) count wherever they occur; shorter ones at the start of a word, roughly (after a
    space or at the start): only the score is rough, which claims match is the index's answer.
    """
    counts, params = [], []
    for i, term in enumerate(terms):
        if len(term) < 3 and not is_cjk(term[0]):
            counts.append(f"(length({text}) - length(replace({text}, ?, ''))) / {len(term) + 1}"
                          f" AS f{i}")
            params.append(" " + term)
        else:
            counts.append(f"(length({text}) - length(replace({text}, ?, ''))) / {len(term)} AS f{i}")
            params.append(term)
    norm = "(1.2 * (0.25 + 0.75 * len / 650.0))"
    score = " + ".join(f"(f{i} * 2.2 / (f{i} + {norm}))" for i in range(len(terms)))
    return ", ".join(counts), score, params


def _read_hits(library: Library, page: list[tuple[int, float]]) -> list[SearchHit]:
    found = {}
    for start in range(0, len(page), 500):
        chunk = [n for n, _ in page[start:start + 500]]
        marks = ",".join("?" * len(chunk))
        for row in library.db.execute(
                f"SELECT {CLAIM_SELECT}, s.title, c.n FROM claims c "
                f"JOIN sources s ON s.id = c.source_id WHERE c.n IN ({marks})", chunk):
            found[row[-1]] = row
    return [SearchHit(claim_from_row(found[n][:-2]), found[n][-2], rank)
            for n, rank in page if n in found]


@_typed_errors
def count(library: Library, query: str = "", filters: Filters = Filters()) -> int:
    _validate(library, filters)
    terms = query_terms(query)
    if query.strip() and not terms:
        return 0
    body, _, params = _build(filters, terms)
    return library.db.execute(f"SELECT count(*) {body}", params).fetchone()[0]
