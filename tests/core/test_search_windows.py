"""Ranking in windows of the newest matches: every match once, pages that agree, newest first.

``WINDOW`` is shrunk so the bundled library's 69 claims span several windows.
"""

from __future__ import annotations

import sqlite3

import pytest

from briefing.core.library import search as searching
from briefing.core.library.search import Filters, count, score_sql, search

QUERIES = ["a", "ch", "china", "export", "die", "huawei ascend", "ki", "chip export", "华为", "e"]


@pytest.fixture()
def small_windows(monkeypatch):
    monkeypatch.setattr(searching, "WINDOW", 7)


def numbers(library, hits):
    rows = dict(library.db.execute("SELECT id, n FROM claims").fetchall())
    return [rows[h.claim.id] for h in hits]


@pytest.mark.parametrize("query", QUERIES)
def test_pages_agree_and_give_every_match_once(library, small_windows, query):
    everything = search(library, query, limit=None)
    assert len(everything) == count(library, query)
    assert len({h.claim.id for h in everything}) == len(everything)
    for size in (1, 5, 7, 10, 50):
        paged = []
        for offset in range(0, len(everything) + size, size):
            paged += search(library, query, limit=size, offset=offset)
        assert [h.claim.id for h in paged] == [h.claim.id for h in everything]


@pytest.mark.parametrize("query", ["a", "china", "e", "die"])
def test_windows_run_newest_first_and_each_is_ranked(library, small_windows, query):
    hits = search(library, query, limit=None)
    assert len(hits) > 7, "the query must span more than one window"
    ns = numbers(library, hits)
    windows = [(ns[i:i + 7], hits[i:i + 7]) for i in range(0, len(hits), 7)]
    for (newer, _), (older, _) in zip(windows, windows[1:]):
        assert min(newer) > max(older)
    for _, window in windows:
        assert [h.rank for h in window] == sorted(h.rank for h in window)


def test_filters_apply_inside_windows(library, small_windows):
    topic, _ = library.vocabulary("topic")[0]
    hits = search(library, "e", Filters(topic=topic), limit=None)
    assert hits and all(topic.casefold() in {t.casefold() for t in h.claim.topics} for h in hits)
    assert len(hits) == count(library, "e", Filters(topic=topic))


def test_the_window_size_does_not_change_which_claims_match(library, monkeypatch):
    wide = {q: {h.claim.id for h in search(library, q, limit=None)} for q in QUERIES}
    monkeypatch.setattr(searching, "WINDOW", 3)
    assert {q: {h.claim.id for h in search(library, q, limit=None)} for q in QUERIES} == wide


def test_a_query_narrower_than_a_window_is_simply_ranked(library):
    hits = search(library, "export", limit=None)
    assert len(hits) < searching.WINDOW
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)


def scorer(terms):
    counts, score, params = score_sql(terms, "t")
    db = sqlite3.connect(":memory:")
    sql = f"SELECT {score} FROM (SELECT length(t) AS len, {counts} FROM (SELECT ' ' || ? AS t))"
    return lambda text: db.execute(sql, [*params, text]).fetchone()[0]


def test_score_prefers_more_hits_and_shorter_text():
    rate = scorer(["export"])
    base = "the export rules " + "x" * 400
    assert rate(base + " export") > rate(base)
    assert rate("export rules") > rate(base)
    assert rate("nothing here") == 0


def test_short_words_score_at_word_starts_only():
    rate = scorer(["ki"])
    assert rate("ki regulierung") > 0
    assert rate("nebenkind") == 0
    both = scorer(["ki", "export"])
    assert both("ki export") > both("ki") > 0
