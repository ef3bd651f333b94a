"""Searching the real curated library: folding, prefixes, substrings, Chinese, filters, safety."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.core.errors import InvalidFilterError
from briefing.core.library.search import Filters, count, search
from briefing.core.text.fold import fold, highlight_spans, query_terms


def ids(library, query, filters=Filters()):
    return {hit.claim.id for hit in search(library, query, filters, limit=None)}


def test_case_and_diacritics_do_not_matter(library):
    found = ids(library, "Handelsgespräche")
    assert found
    assert ids(library, "Handelsgesprache") == found
    assert ids(library, "HANDELSGESPRÄCHE") == found


def test_sharp_s_and_ss_find_the_same_claims(library):
    found = ids(library, "Maßnahmen")
    assert found
    assert ids(library, "Massnahmen") == found
    assert ids(library, "MASSNAHMEN") == found


def test_prefix_finds_as_you_type(library):
    ascend = ids(library, "Ascend")
    assert ascend
    assert ids(library, "Asc") >= ascend
    assert ids(library, "As") >= ascend  # two letters: the word-prefix index


def test_substring_inside_a_german_compound(library):
    found = ids(library, "kontrollen")
    whole = ids(library, "Exportkontrollen")
    assert whole and whole <= found


def test_chinese_substring_of_a_source_name(library):
    found = ids(library, "法律")
    assert found
    assert ids(library, "互联网法律评论") == found
    assert all(i.startswith("merics-ilr") for i in found)


def test_search_covers_source_metadata_speaker_and_actors(library):
    assert ids(library, "MERICS")  # the author of a source
    assert ids(library, "die-nachrichten")  # the outlet
    li = ids(library, "Li Qiang")
    assert any(library.claim(i).speaker == "Li Qiang" for i in li)


def test_every_word_must_match(library):
    both = ids(library, "Huawei Ascend")
    assert both <= ids(library, "Huawei") & ids(library, "Ascend")
    assert ids(library, "Huawei zzzzqqq") == set()


def test_results_are_ranked_and_counted(library):
    hits = search(library, "Nvidia", limit=3)
    assert 0 < len(hits) <= 3
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)
    assert count(library, "Nvidia") == len(ids(library, "Nvidia"))


def test_empty_query_lists_everything_in_library_order(library):
    hits = search(library, "", limit=None)
    assert [h.claim.id for h in hits] == [c.id for c in library.claims()]


@pytest.mark.parametrize("hostile", [
    'Behörde: "x', '"', "'", "AND", "OR NOT", "NEAR(a b)", "a*", "*", "^", "(((", ")",
    "col:value", "-", "{}", "\\", "%", "_", "''; DROP TABLE claims; --", "\x00", " ",
])
def test_user_text_never_raises(library, hostile):
    search(library, hostile)
    count(library, hostile)
    assert library.count_claims() > 0


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture],
          deadline=None)
@given(st.text(max_size=40))
def test_any_text_is_a_safe_query(library, text):
    hits = search(library, text, limit=5)
    assert len(hits) <= 5


def test_filters_narrow_results(library):
    everything = ids(library, "")
    for field in ("topic", "actor"):
        name, n = library.vocabulary(field)[0]
        narrowed = ids(library, "", Filters(**{field: name}))
        assert len(narrowed) == n and narrowed <= everything
    quotes = ids(library, "", Filters(kind="quote"))
    assert quotes and all(library.claim(i).kind == "quote" for i in quotes)
    corrected = ids(library, "", Filters(status="corrected"))
    assert corrected and all(library.claim(i).status == "corrected" for i in corrected)
    one_source = ids(library, "", Filters(source="dn-waic"))
    assert one_source and all(i.startswith("dn-waic") for i in one_source)


def test_date_range_filter(library):
    july = ids(library, "", Filters(date_from="2025-07-01", date_to="2025-07"))
    assert july
    for claim_id in july:
        assert library.claim(claim_id).event_date.startswith("2025-07")
    assert ids(library, "", Filters(date_from="2031")) == set()


@pytest.mark.parametrize("filters, message", [
    (Filters(kind="rumour"), "Unknown kind 'rumour'"),
    (Filters(status="true"), "Unknown status"),
    (Filters(date_from="2025-08-01", date_to="2025-07-01"), "'from' is after 'to'"),
    (Filters(date_from="July"), "not a real date"),
    (Filters(date_from="2025-13-45"), "not a real date"),
    (Filters(date_to="2025-02-30"), "not a real date"),
    (Filters(source="nowhere"), "no source with id 'nowhere'"),
    (Filters(topic="astrology"), "No claim has the topic 'astrology'"),
])
def test_impossible_filters_are_errors(library, filters, message):
    with pytest.raises(InvalidFilterError, match=message):
        search(library, "", filters)


def test_retired_claims_are_hidden_unless_asked(library):
    library.db.execute("UPDATE claims SET retired = 1 WHERE id = 'merics-ilr-01'")
    assert "merics-ilr-01" not in ids(library, "")
    assert "merics-ilr-01" in ids(library, "", Filters(include_retired=True))


def test_symbols_alone_match_nothing(library):
    for query in ("😀", "*", "(((", "—"):
        assert search(library, query) == [] and count(library, query) == 0


def test_folding_and_terms():
    assert fold("HANDELSGESPRÄCHE") == fold("Handelsgesprache") == "handelsgesprache"
    assert fold("Straße") == fold("STRASSE") == "strasse"
    assert query_terms('Behörde: "x AND') == ["behorde", "x", "and"]
    assert query_terms("Huawei华为") == ["huawei", "华为"]


def test_highlight_spans_use_original_offsets():
    text = "Die Maßnahmen der HANDELSGESPRÄCHE"
    spans = highlight_spans(text, "massnahmen handelsgesprache")
    assert [text[a:b] for a, b in spans] == ["Maßnahmen", "HANDELSGESPRÄCHE"]


# ---- the search box's syntax: "exact phrase", -word, OR ----------------------------------------


def statement_ids(library, word):
    """Claims whose folded search text holds ``word`` (the index's own answer, independently)."""
    from briefing.core.library.database import search_text

    return {c.id for c in library.claims()
            if word in search_text(c, library.source(c.source_id))}


def test_an_exact_phrase_needs_the_words_together(library):
    words = ids(library, "AI governance")
    phrase = ids(library, '"AI governance"')
    assert phrase and phrase < words  # many claims have both words apart
    assert phrase == statement_ids(library, "ai governance")
    assert ids(library, '"governance AI"') == statement_ids(library, "governance ai")
    assert ids(library, '"ai   GOVERNANCE"') == phrase  # case and spacing do not matter


def test_a_minus_word_excludes_claims_with_it(library):
    china = ids(library, "China")
    without = ids(library, "China -Huawei")
    assert without and without < china
    assert without == china - statement_ids(library, "huawei")
    assert ids(library, 'China -"export controls"') == china - statement_ids(library,
                                                                             "export controls")
    assert ids(library, "-Huawei") == ids(library, "") - statement_ids(library, "huawei")
    assert count(library, "China -Huawei") == len(without)


def test_or_finds_either_word(library):
    either = ids(library, "Huawei OR Nvidia")
    assert either == ids(library, "Huawei") | ids(library, "Nvidia")
    assert ids(library, "Huawei OR Nvidia chips") == either & ids(library, "chips")
    assert ids(library, "or") == ids(library, "OR")  # nothing to join: the word itself
    short = ids(library, "KI OR Huawei")  # a short word (the prefix index) in an alternative
    assert short == ids(library, "KI") | ids(library, "Huawei")
    assert count(library, "Huawei OR Nvidia") == len(either)


def test_plain_words_still_all_must_match(library):
    assert ids(library, "Huawei Ascend") == ids(library, "Huawei") & ids(library, "Ascend")
    assert ids(library, "die-nachrichten") == ids(library, "die nachrichten")


def test_sorting_by_a_column(library):
    by_date = search(library, "", Filters(order="date"), limit=None)
    dates = [h.claim.event_date for h in by_date]
    assert dates == sorted(dates)
    newest = search(library, "China", Filters(order="-date"), limit=None)
    assert [h.claim.event_date for h in newest] == sorted(
        (h.claim.event_date for h in newest), reverse=True)
    assert {h.claim.id for h in newest} == ids(library, "China")
    with pytest.raises(InvalidFilterError, match="Cannot sort by 'colour'"):
        search(library, "", Filters(order="colour"))
    from briefing.cli.main import SORT_COLUMNS
    from briefing.core.library.search import ORDERS

    assert set(SORT_COLUMNS) == set(ORDERS)  # the command line offers exactly these


def test_retired_claims_can_be_listed_alone(library):
    from briefing.core.curation.claims import retire_claim

    retire_claim(library, "dn-waic-06")
    assert "dn-waic-06" not in ids(library, "")
    assert ids(library, "", Filters(retired_only=True)) == {"dn-waic-06"}


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture],
          deadline=None)
@given(st.lists(st.sampled_from(['"', "-", "OR", " ", "a", "ki", "china", "华为", "(", "*",
                                 "NOT", "export", "\x00", ":"]), max_size=12))
def test_any_mix_of_the_syntax_is_safe(library, pieces):
    query = "".join(pieces)
    hits = search(library, query, limit=5)
    assert len(hits) <= 5
    assert count(library, query) >= len(hits)


def test_highlighting_marks_phrases_and_not_excluded_words():
    text = "Export controls on chips; chips exported."
    marked = [text[a:b] for a, b in highlight_spans(text, '"export controls" -chips')]
    assert marked == ["Export controls"]
