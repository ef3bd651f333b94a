"""Capturing, editing, retiring and linking claims; the schema migration they need."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from briefing.core.curation.claims import (
    add_claim,
    add_claim_at,
    delete_claim,
    edit_claim,
    restore_claim,
    retire_claim,
)
from briefing.core.curation.errors import (
    AmbiguousQuoteError,
    ClaimInputError,
    ClaimInUseError,
    LinkError,
    QuoteNotFoundError,
)
from briefing.core.curation.links import (
    THRESHOLD,
    link_claims,
    linked,
    similar_claims,
    unlink_claims,
)
from briefing.core.errors import UnknownClaimError, UnknownSourceError
from briefing.core.importing import build_source, read_bytes
from briefing.core.importing.sources import add_source
from briefing.core.library import Library, schema
from briefing.core.library.search import search

TEXT = ("Die Regierung meldete am Montag 5.000 neue Stellen. Huawei baut Chips in Shenzhen. "
        "Huawei baut Chips in Shenzhen. Der Minister sagte: „Wir bleiben dabei.“\n\n"
        "Am Ende stand ein Kompromiss.")


@pytest.fixture
def source(library):
    document = read_bytes(TEXT.encode(), "meldung.txt")
    return add_source(library, build_source(document, {"title": "Meldung", "outlet": "Blatt"}))


def test_add_claim_finds_the_quote_exactly_once(library, source):
    claim = add_claim(library, source.id, " 5.000 neue Stellen ", "The government reported "
                      "5,000 new jobs.", "figure", actors=["Regierung", " ", "Regierung"],
                      topics=["jobs"], event_date="2025-07", speaker="Sprecher", curator_note="n")
    assert claim.id == f"{source.id}-u01" and claim.origin == "user"
    assert source.text[claim.start:claim.end] == claim.quote == "5.000 neue Stellen"
    assert claim.actors == ("Regierung",) and claim.topics == ("jobs",)
    assert claim.event_date == "2025-07" and claim.status == "as reported"
    assert [h.claim.id for h in search(library, "5,000 new jobs")] == [claim.id]


def test_missing_and_ambiguous_quotes_say_so(library, source):
    with pytest.raises(QuoteNotFoundError, match="does not occur verbatim"):
        add_claim(library, source.id, "7.000 neue Stellen", "x")
    with pytest.raises(QuoteNotFoundError, match="other spaces or line breaks"):
        add_claim(library, source.id, "Minister   sagte", "x")
    with pytest.raises(QuoteNotFoundError, match="other capital letters"):
        add_claim(library, source.id, "der minister sagte", "x")
    with pytest.raises(AmbiguousQuoteError, match="occurs 2 times") as caught:
        add_claim(library, source.id, "Huawei baut Chips", "Huawei builds chips.")
    assert "--start" in str(caught.value)
    second = caught.value.offsets[1]
    claim = add_claim(library, source.id, "Huawei baut Chips", "Huawei builds chips.",
                      start=second)
    assert claim.start == second and TEXT[claim.start:claim.end] == "Huawei baut Chips"
    with pytest.raises(QuoteNotFoundError, match="not at offset 3"):
        add_claim(library, source.id, "Huawei baut Chips", "x", start=3)
    with pytest.raises(QuoteNotFoundError):
        add_claim(library, source.id, "Huawei baut Chips", "x", start=-5)
    with pytest.raises(ClaimInputError, match="quote is empty"):
        add_claim(library, source.id, "   ", "x")


def test_other_bad_input(library, source):
    with pytest.raises(UnknownSourceError):
        add_claim(library, "no-such-source", "Huawei", "x")
    for fields, message in (({"kind": "rumour"}, "Unknown kind"),
                            ({"status": "true"}, "Unknown status"),
                            ({"event_date": "Juli"}, "not a date"),
                            ({"statement": "  "}, "needs a statement"),
                            ({"colour": "red"}, "Unknown claim field")):
        args = {"statement": "A statement.", **fields}
        statement = args.pop("statement")
        kind = args.pop("kind", "fact")
        with pytest.raises(ClaimInputError, match=message):
            add_claim(library, source.id, "Kompromiss", statement, kind, **args)
    assert library.claims(source_id=source.id) == []


def test_claim_from_a_selection_is_trimmed_and_exact(library, source):
    start = TEXT.index("Am Ende") - 2  # the selection took the blank line before it
    claim = add_claim_at(library, source.id, start, len(TEXT), "It ended in a compromise.")
    assert claim.quote == "Am Ende stand ein Kompromiss."
    assert TEXT[claim.start:claim.end] == claim.quote
    with pytest.raises(ClaimInputError, match="not inside"):
        add_claim_at(library, source.id, 10, len(TEXT) + 1, "x")
    with pytest.raises(ClaimInputError, match="only spaces"):
        add_claim_at(library, source.id, start, start + 2, "x")


def test_ids_are_never_reused(library, source):
    first = add_claim(library, source.id, "Kompromiss", "A compromise.")
    second = add_claim(library, source.id, "Shenzhen. Der", "x")
    delete_claim(library, second.id)
    third = add_claim(library, source.id, "Wir bleiben dabei", "They stay the course.",
                      "quote")
    assert [first.id, second.id, third.id] == [f"{source.id}-u0{n}" for n in (1, 2, 3)]
    with pytest.raises(UnknownClaimError):
        library.claim(second.id)


def test_edit_keeps_the_id_and_relocates_the_quote(library, source):
    claim = add_claim(library, source.id, "Kompromiss", "A compromise.")
    edited = edit_claim(library, claim.id, quote="ein Kompromiss", statement="It ended in a "
                        "compromise.", topics=["politics"], status="corroborated")
    assert edited.id == claim.id and edited.quote == "ein Kompromiss"
    assert TEXT[edited.start:edited.end] == "ein Kompromiss"
    assert edited.topics == ("politics",) and edited.status == "corroborated"
    span = edit_claim(library, claim.id, start=edited.start - 5, end=edited.end)
    assert span.quote == TEXT[edited.start - 5:edited.end]
    assert edit_claim(library, claim.id) == span  # nothing to change
    with pytest.raises(AmbiguousQuoteError):
        edit_claim(library, claim.id, quote="Huawei")


def test_editing_a_bundled_claim_survives_a_bundle_refresh(library, bundle):
    edit_claim(library, "merics-ilr-15", curator_note="Checked against the Huawei product list.")
    retire_claim(library, "dn-waic-06")
    newer = dataclasses.replace(bundle, digest="changed", claims=tuple(
        dataclasses.replace(c, curator_note="Bundle note.")
        if c.id in ("merics-ilr-15", "dn-waic-06")
        else c for c in bundle.claims))
    update = library.apply_bundle(newer)
    assert update.kept_local_edits == 2
    assert library.claim("merics-ilr-15").curator_note == "Checked against the Huawei product list."
    assert library.claim("dn-waic-06").retired
    restored = restore_claim(library, "dn-waic-06")
    assert not restored.retired


def test_retire_rather_than_delete(library, source):
    claim = add_claim(library, source.id, "Kompromiss", "A compromise.")
    with pytest.raises(ClaimInUseError, match="cited by ai.briefing"):
        delete_claim(library, claim.id, cited_by=["ai.briefing"])
    with pytest.raises(ClaimInUseError, match="retire it instead"):
        delete_claim(library, "merics-ilr-15")
    retired = retire_claim(library, claim.id)
    assert retired.retired and retire_claim(library, claim.id) == retired
    assert library.claim(claim.id).retired  # still resolvable by id
    assert claim.id not in {h.claim.id for h in search(library, "Kompromiss")}


def test_near_duplicates_across_sources_and_links(library, source, bundle):
    original = library.claim("dn-waic-07")
    twin_text = original.quote + " Das berichtete auch ein zweites Blatt."
    other = add_source(library, build_source(read_bytes(twin_text.encode(), "zwei.txt"),
                                             {"title": "Zweites Blatt"}))
    twin = add_claim(library, other.id, original.quote, original.statement + " (2nd outlet)",
                     original.kind)
    unrelated = add_claim(library, source.id, "Kompromiss", "A compromise was reached.")
    found = similar_claims(library, twin)
    assert found[0].claim.id == "dn-waic-07" and found[0].score >= THRESHOLD
    assert unrelated.id not in {s.claim.id for s in found}
    assert similar_claims(library, unrelated) == []

    changed = link_claims(library, twin.id, "dn-waic-07")
    assert set(changed) == {twin.id, "dn-waic-07"}
    assert library.claim("dn-waic-07").status == "corroborated"
    assert linked(library, twin.id) == ["dn-waic-07"] and linked(library, "dn-waic-07") == \
        [twin.id]
    assert link_claims(library, "dn-waic-07", twin.id) == []  # again: nothing new
    with pytest.raises(LinkError, match="same source"):
        link_claims(library, "merics-ilr-01", "merics-ilr-02")
    with pytest.raises(LinkError, match="itself"):
        link_claims(library, twin.id, twin.id)
    assert unlink_claims(library, "dn-waic-07", twin.id)
    assert linked(library, twin.id) == []


def test_disputed_claims_keep_their_status_when_linked(library, source):
    claim = add_claim(library, source.id, "Kompromiss", "A compromise.", status="disputed")
    assert link_claims(library, claim.id, "dn-waic-07") == ["dn-waic-07"]
    assert library.claim(claim.id).status == "disputed"


def test_a_version_1_library_is_migrated(tmp_path, bundle):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript("BEGIN;" + schema.MIGRATIONS[0] + "PRAGMA user_version = 1; COMMIT;")
    conn.execute("INSERT INTO sources(id, origin, title, text) VALUES ('mine', 'user', 'Mine', "
                 "'Ein eigener Text über Chips.')")
    conn.execute("INSERT INTO claims(id, origin, source_id, statement, quote, start, \"end\", "
                 "kind, search_text) VALUES ('mine-1', 'user', 'mine', 'Chips.', 'Chips', 22, 27, "
                 "'fact', 'chips')")
    conn.commit()
    conn.close()
    with Library.open(path, bundle) as library:
        assert library.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert library.claim("mine-1").quote == "Chips"
        assert link_claims(library, "mine-1", "merics-ilr-15") == ["mine-1"]
        claim = add_claim(library, "mine", "eigener Text", "Own text.")
        assert claim.id == "mine-u01"


def test_similar_claims_in_a_large_library_come_from_the_index(library, monkeypatch):
    """Above EXHAUSTIVE_UP_TO claims the candidates come from the word index, and a
    near-duplicate is still found."""
    from dataclasses import replace

    from briefing.core.curation import links

    seed = library.claim("dn-waic-06")
    other = library.source("merics-ilr")
    twin = replace(seed, id="twin-01", source_id="merics-ilr", origin="user",
                   statement=seed.statement + " Reported again.")
    library.put_claim(twin, other)
    monkeypatch.setattr(links, "EXHAUSTIVE_UP_TO", 10)
    calls = []
    monkeypatch.setattr(library, "claims", lambda **kw: calls.append(kw) or [])
    found = links.similar_claims(library, seed)
    assert [s.claim.id for s in found] == ["twin-01"]
    assert calls == []  # no full scan
