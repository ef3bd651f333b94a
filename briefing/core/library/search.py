"""Searching the library: folded, quoted FTS5 queries plus filters.

The search box's syntax ("exact phrase", -word, OR) is parsed by ``briefing.core.text.query``;
plain words (the common case) are searched as below. Each query word becomes one condition,
all of which must hold:
- three characters or more: the trigram index, so it matches anywhere in a
  word ("kontrollen" finds "Exportkontrollen", "Asc" finds "Ascend");
- shorter Latin words: a prefix query on the word index (as-you-type "As");
- shorter Chinese words: a substring test (the word index sees a run of
  Chinese characters as one token, the trigram index needs three characters).
Words are folded (case, diacritics, ß) and quoted, so no user text is FTS syntax.
A phrase is matched as a whole by the trigram index (three characters or more) or as a
substring. An alternative (OR) or an excluded word (-) is one more condition of the same kinds.
Results are ranked in windows of the newest matches (see ``search``), or sorted by a column
(``Filters.order``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from briefing.core.errors import InvalidFilterError, UnknownSourceError, marked
from briefing.core.library import CLAIM_SELECT, Library, claim_from_row
from briefing.core.model import KINDS, STATUSES, SearchHit
from briefing.core.text.dates import is_date
from briefing.core.text.fold import is_cjk
from briefing.core.text.query import Query, Term, parse, plain_query

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
    retired_only: bool = False  # only the claims curators retired (to restore them)
    order: str = ""  # "": best match first; else a column of ORDERS, "-" before it: descending


# Sorting by a column (the library list's headings): the SQL it orders by, then library order.
ORDERS = {
    "statement": "c.statement COLLATE NOCASE",
    "source": "(SELECT s.title FROM sources s WHERE s.id = c.source_id) COLLATE NOCASE",
    "date": "c.event_date",
    "status": "c.status",
}


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _validate(library: Library, filters: Filters) -> None:
    if filters.order.lstrip("-") not in ("", *ORDERS):
        raise InvalidFilterError(marked("core", "Cannot sort by '{order}'. Sort by one of: "
                                                "{names} ('-' before it: descending)."),
                                 order=filters.order, names=', '.join(ORDERS))
    if filters.kind is not None and filters.kind not in KINDS:
        raise InvalidFilterError(marked("core", "Unknown kind '{kind}'. Use one of: {names}."),
                                 kind=filters.kind, names=', '.join(KINDS))
    if filters.status is not None and filters.status not in STATUSES:
        raise InvalidFilterError(marked("core", "Unknown status '{status}'. Use one of: {names}."),
                                 status=filters.status, names=', '.join(STATUSES))
    for label, value in (("from", filters.date_from), ("to", filters.date_to)):
        if value is not None and not is_date(value):
            raise InvalidFilterError(marked("core", "The date {label} '{value}' is not a real "
                                                    "date written YYYY, YYYY-MM or YYYY-MM-DD."),
                                     label=label, value=value)
    if filters.date_from and filters.date_to and (
        filters.date_from[: len(filters.date_to)] > filters.date_to
    ):
        raise InvalidFilterError(marked("core", "The date range {date_from} to {date_to} is "
                                                "empty: 'from' is after 'to'."),
                                 date_from=filters.date_from, date_to=filters.date_to)
    if filters.source is not None:
        try:
            library.source(filters.source)
        except UnknownSourceError as exc:
            known = ", ".join(s.id for s in library.sources())
            raise InvalidFilterError(marked("core", "{detail} Known sources: {known}."),
                                     detail=exc, known=known) from None
    for field, value in (("topic", filters.topic), ("actor", filters.actor)):
        if value is None:
            continue
        names = [name for name, _ in library.vocabulary(field)]
        if value.casefold() not in {n.casefold() for n in names}:
            hint = ", ".join(names[:12]) + (" …" if len(names) > 12 else "")
            raise InvalidFilterError(marked("core", "No claim has the {field} '{value}'. Known: "
                                                    "{hint}."), field=field, value=value, hint=hint)


def _trigram_ok(term: Term) -> bool:
    """The trigram index can answer the term: three characters or more."""
    return len(term.text) >= 3


def _short_latin(term: Term) -> bool:
    return not term.phrase and len(term.text) < 3 and not is_cjk(term.text[0])


def _term_condition(term: Term) -> tuple[str, list]:
    """An SQL condition on ``c`` for one term (any length, word or phrase)."""
    if _trigram_ok(term):
        return ("+c.n IN (SELECT rowid FROM claims_tri WHERE claims_tri MATCH ?)",
                [_quote(term.text)])
    if _short_latin(term):
        return ("+c.n IN (SELECT rowid FROM claims_words WHERE claims_words MATCH ?)",
                [_quote(term.text) + "*"])
    return "instr(c.search_text, ?) > 0", [term.text]


def _alternative_condition(terms: tuple[Term, ...]) -> tuple[str, list]:
    parts = [_term_condition(term) for term in terms]
    return "(" + " AND ".join(p for p, _ in parts) + ")", [v for _, ps in parts for v in ps]


def _match_expression(alternatives) -> str:
    """An FTS5 expression (trigram index) for alternatives of long terms."""
    return " OR ".join("(" + " AND ".join(_quote(t.text) for t in terms) + ")"
                       for terms in alternatives)


def _build(filters: Filters, query: Query | list[str]) -> tuple[str, str, list]:
    """FROM … WHERE … of a query, the column that walks its matches newest first, parameters.

    Groups (and exclusions) the trigram index can answer whole go into one MATCH on it,
    which then drives the query; plain short words into one prefix MATCH on the word index
    (driving when nothing else does); anything else is a condition of its own."""
    if isinstance(query, list):
        query = plain_query(query)
    where, params = [], []
    tri_groups = [g for g in query.groups if all(_trigram_ok(t) for a in g for t in a)]
    short_latin = [g[0][0] for g in query.groups
                   if len(g) == 1 and len(g[0]) == 1 and _short_latin(g[0][0])]
    others = [g for g in query.groups if g not in tri_groups
              and not (len(g) == 1 and len(g[0]) == 1 and _short_latin(g[0][0]))]
    tri_excluded = [a for a in query.excluded if all(_trigram_ok(t) for t in a)]
    other_excluded = [a for a in query.excluded if a not in tri_excluded]
    if tri_groups:
        source, key = "claims_tri JOIN claims c ON c.n = claims_tri.rowid", "claims_tri.rowid"
        expression = " AND ".join(f"({_match_expression(g)})" if len(g) > 1
                                  else _match_expression(g) for g in tri_groups)
        if tri_excluded:
            expression = f"({expression}) NOT ({_match_expression(tri_excluded)})"
        where.append("claims_tri MATCH ?")
        params.append(expression)
        tri_excluded = []
    elif short_latin:
        source, key = "claims_words JOIN claims c ON c.n = claims_words.rowid", "claims_words.rowid"
    else:
        source, key = "claims c", "c.n"
    if short_latin:
        clause = " AND ".join(_quote(t.text) + "*" for t in short_latin)
        if source.startswith("claims_words"):
            where.append("claims_words MATCH ?")
        else:
            # "+": a plain "c.n IN" lets SQLite drive the trigram index one rowid at a time
            where.append("+c.n IN (SELECT rowid FROM claims_words WHERE claims_words MATCH ?)")
        params.append(clause)
    for group in others:
        parts = [_alternative_condition(a) for a in group]
        where.append("(" + " OR ".join(p for p, _ in parts) + ")")
        params += [v for _, ps in parts for v in ps]
    if tri_excluded:
        where.append("+c.n NOT IN (SELECT rowid FROM claims_tri WHERE claims_tri MATCH ?)")
        params.append(_match_expression(tri_excluded))
    for alternative in other_excluded:
        condition, values = _alternative_condition(alternative)
        where.append(f"NOT {condition}")
        params += values
    if filters.retired_only:
        where.append("c.retired = 1")
    elif not filters.include_retired:
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
    """Claims matching ``query`` (every word; see ``briefing.core.text.query`` for "phrases",
    -words and OR) and every filter, best first (or in ``filters.order``).

    With no words, every claim the filters allow, in library order. With words, matches are
    taken newest first in windows of ``WINDOW`` and each window is ranked (see ``score_sql``): a
    query matching fewer than ``WINDOW`` claims is simply ranked; a broader one shows the best
    of its newest ``WINDOW`` matches first, then the best of the next ``WINDOW``, and so on.
    So a page costs the same whether a word matches 50 claims or a million, and paging on
    gives every match exactly once.
    """
    _validate(library, filters)
    parsed = parse(query)
    if query.strip() and parsed.empty:
        return []  # only symbols or emoji: nothing searchable, so nothing matches
    if filters.order or not parsed.groups:
        body, _, params = _build(filters, parsed)
        order = ORDERS.get(filters.order.lstrip("-"), "")
        direction = " DESC" if filters.order.startswith("-") else ""
        sort = f"{order}{direction}, c.n" if order else "c.n"
        sql = f"SELECT c.n {body} ORDER BY {sort} LIMIT ? OFFSET ?"
        page = [(n, 0.0) for (n,) in library.db.execute(
            sql, [*params, -1 if limit is None else limit, offset])]
    else:
        page = _ranked_page(library, filters, parsed, limit, offset)
    return _read_hits(library, page)


def ranked_sql(filters: Filters, query: Query | list[str]) -> tuple[str, list]:
    """The statement ranking one window of matches, and its parameters before the last four:
    the window's size and offset, then the page's limit and offset within the window.
    ``query``: a parsed query, or plain words that must all match."""
    if isinstance(query, list):
        query = plain_query(query)
    body, key, params = _build(filters, query)
    counts, score, score_params = score_sql([t.text for t in query.terms], "t")
    sql = (f"SELECT n, -({score}) AS rank FROM (SELECT n, length(t) AS len, {counts} FROM "
           f"(SELECT c.n AS n, ' ' || c.search_text AS t {body} ORDER BY {key} DESC LIMIT ? OFFSET ?)) "
           f"ORDER BY rank, n DESC LIMIT ? OFFSET ?")
    return sql, [*score_params, *params]


def _ranked_page(library: Library, filters: Filters, query: Query, limit: int | None,
                 offset: int) -> list[tuple[int, float]]:
    """(claim number, rank) of the page: lower rank first, as FTS5's bm25 orders.

    One statement per window: the window's matches newest first, scored and sorted in SQLite.
    """
    sql, params = ranked_sql(filters, query)
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
    parsed = parse(query)
    if query.strip() and parsed.empty:
        return 0
    body, _, params = _build(filters, parsed)
    return library.db.execute(f"SELECT count(*) {body}", params).fetchone()[0]
