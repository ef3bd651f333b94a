"""The curated seed library (resources/library/*.toml) against its source texts.

Reads the TOML directly with tomllib: every quote must be the exact slice of its
source text, the seed corpus must be byte-identical, the claim ids are frozen, and
the known traps of the two seed texts must stay recorded on the claims they touch.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path

import pytest

from briefing.core.model import KINDS, STATUSES

REPO = Path(__file__).resolve().parents[2]
LIBRARY = REPO / "resources" / "library"
CORPUS = REPO.parent / "shared" / "corpus"

# The seed texts as copied from the shared corpus.
CORPUS_FILES = {
    "merics-ilr": "000_c017eb4217ac3c40.txt",
    "dn-waic": "004_b83b814a6dadc9b0.txt",
}

SOURCE_KEYS = [
    "id", "text_file", "text_sha256", "title", "author", "outlet", "publisher", "published",
    "date_approximate", "date_note", "language", "url", "accessed", "kind", "note",
]
REPEAT_KEYS = {"start", "end", "repeat_start", "repeat_end", "verbatim"}
CLAIM_KEYS = [
    "id", "statement", "quote", "start", "end", "kind", "speaker", "event_date", "actors",
    "topics", "status", "note",
]

# Frozen: claim ids never change once written. New claims are appended with new ids;
# renumbering or dropping an id must fail here.
EXPECTED_IDS = [
    *(f"merics-ilr-{n:02d}" for n in range(1, 38)),
    *(f"dn-waic-{n:02d}" for n in range(1, 33)),
]
# Spelled out as well, so the frozen list is reviewable as data.
assert EXPECTED_IDS == [
    "merics-ilr-01", "merics-ilr-02", "merics-ilr-03", "merics-ilr-04", "merics-ilr-05",
    "merics-ilr-06", "merics-ilr-07", "merics-ilr-08", "merics-ilr-09", "merics-ilr-10",
    "merics-ilr-11", "merics-ilr-12", "merics-ilr-13", "merics-ilr-14", "merics-ilr-15",
    "merics-ilr-16", "merics-ilr-17", "merics-ilr-18", "merics-ilr-19", "merics-ilr-20",
    "merics-ilr-21", "merics-ilr-22", "merics-ilr-23", "merics-ilr-24", "merics-ilr-25",
    "merics-ilr-26", "merics-ilr-27", "merics-ilr-28", "merics-ilr-29", "merics-ilr-30",
    "merics-ilr-31", "merics-ilr-32", "merics-ilr-33", "merics-ilr-34", "merics-ilr-35",
    "merics-ilr-36", "merics-ilr-37",
    "dn-waic-01", "dn-waic-02", "dn-waic-03", "dn-waic-04", "dn-waic-05", "dn-waic-06",
    "dn-waic-07", "dn-waic-08", "dn-waic-09", "dn-waic-10", "dn-waic-11", "dn-waic-12",
    "dn-waic-13", "dn-waic-14", "dn-waic-15", "dn-waic-16", "dn-waic-17", "dn-waic-18",
    "dn-waic-19", "dn-waic-20", "dn-waic-21", "dn-waic-22", "dn-waic-23", "dn-waic-24",
    "dn-waic-25", "dn-waic-26", "dn-waic-27", "dn-waic-28", "dn-waic-29", "dn-waic-30",
    "dn-waic-31", "dn-waic-32",
]

ISO_DATE_OR_PREFIX = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _load(path: Path) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


LIB = _load(LIBRARY / "library.toml")
SOURCES = {sid: _load(LIBRARY / f"{sid}.toml") for sid in LIB["sources"]}


def _text(sid: str) -> str:
    return (LIBRARY / SOURCES[sid]["source"]["text_file"]).read_bytes().decode("utf-8")


def _all_claims() -> list[tuple[str, dict]]:
    return [(sid, c) for sid, doc in SOURCES.items() for c in doc.get("claims", [])]


def _claim_params():
    return [pytest.param(sid, c, id=c["id"]) for sid, c in _all_claims()]


def _one_claim(sid: str, needle: str) -> dict:
    """The single claim of `sid` whose quote contains `needle`."""
    hits = [c for c in SOURCES[sid]["claims"] if needle in c["quote"]]
    assert len(hits) == 1, f"{needle!r}: {[c['id'] for c in hits]}"
    return hits[0]


# --- library and sources ----------------------------------------------------------------


def test_library_manifest():
    assert list(LIB) == ["version", "title", "sources"]
    assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", LIB["version"])  # curators bump it on each change
    assert LIB["title"] == "Seed library: US–China competition in AI (July 2025)"
    assert LIB["sources"] == ["merics-ilr", "dn-waic"]


@pytest.mark.parametrize("sid", ["merics-ilr", "dn-waic"])
def test_source_table(sid):
    doc = SOURCES[sid]
    src = doc["source"]
    assert list(src)[: len(SOURCE_KEYS)] == SOURCE_KEYS
    assert set(src) <= set(SOURCE_KEYS) | {"repeats"}
    assert src["id"] == sid
    assert src["text_file"] == f"{sid}.txt"
    assert src["title"] and src["title"] in _text(sid)
    assert src["language"] == "de"
    assert ISO_DATE_OR_PREFIX.match(src["published"])
    assert isinstance(src["date_approximate"], bool)
    assert src["note"]


@pytest.mark.parametrize("sid", ["merics-ilr", "dn-waic"])
def test_text_sha256(sid):
    src = SOURCES[sid]["source"]
    data = (LIBRARY / src["text_file"]).read_bytes()
    assert hashlib.sha256(data).hexdigest() == src["text_sha256"]


@pytest.mark.parametrize("sid", ["merics-ilr", "dn-waic"])
def test_text_equals_shared_corpus(sid):
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent")
    ours = (LIBRARY / SOURCES[sid]["source"]["text_file"]).read_bytes()
    assert ours == (CORPUS / CORPUS_FILES[sid]).read_bytes()


def test_source_metadata_facts():
    merics = SOURCES["merics-ilr"]["source"]
    assert merics["author"] == "MERICS (Mercator Institute for China Studies)"
    assert merics["outlet"] == "36Kr (German edition)"
    assert "互联网法律评论" in merics["publisher"]
    assert merics["published"] == "2025-07-29"
    assert merics["date_approximate"] is False
    assert merics["kind"] == "article-magazine"

    dn = SOURCES["dn-waic"]["source"]
    assert dn["author"] == ""
    assert dn["outlet"] == "die-nachrichten.at"
    assert dn["kind"] == "article-newspaper"
    assert dn["url"] == ""
    assert "https://www.die-nachrichten.at" in dn["note"]


def test_dn_waic_date_is_approximate_not_invented():
    dn = SOURCES["dn-waic"]["source"]
    assert dn["date_approximate"] is True
    assert dn["published"].startswith("2025")
    assert not FULL_DATE.match(dn["published"])
    assert "28 July 2025" in dn["date_note"]


# --- claims -----------------------------------------------------------------------------


def test_ids_frozen_and_unique():
    ids = [c["id"] for _, c in _all_claims()]
    assert len(ids) == len(set(ids))
    assert ids == EXPECTED_IDS


def test_ids_well_formed():
    for sid, c in _all_claims():
        assert re.fullmatch(rf"{re.escape(sid)}-\d{{2}}", c["id"]), c["id"]


def test_at_least_45_claims():
    assert len(_all_claims()) >= 45


def test_frozen_claims_numbered_in_text_order():
    for sid, doc in SOURCES.items():
        starts = [c["start"] for c in doc["claims"] if c["id"] in EXPECTED_IDS]
        assert starts == sorted(starts), sid


@pytest.mark.parametrize(("sid", "claim"), _claim_params())
def test_quote_is_exact_slice(sid, claim):
    text = _text(sid)
    start, end = claim["start"], claim["end"]
    assert isinstance(start, int) and isinstance(end, int)
    assert 0 <= start < end <= len(text)
    assert text[start:end] == claim["quote"]


@pytest.mark.parametrize(("sid", "claim"), _claim_params())
def test_claim_fields(sid, claim):
    assert list(claim) == CLAIM_KEYS
    assert claim["statement"].strip()
    assert claim["kind"] in KINDS
    assert claim["status"] in STATUSES
    assert claim["topics"] and all(isinstance(t, str) and t for t in claim["topics"])
    assert claim["actors"] and all(isinstance(a, str) and a for a in claim["actors"])
    assert ISO_DATE_OR_PREFIX.match(claim["event_date"])
    if claim["kind"] == "quote":
        assert claim["speaker"].strip()
    else:
        assert claim["speaker"] == ""
    if claim["status"] != "as reported":
        assert claim["note"].strip()


def test_named_speakers_quoted():
    speakers = {c["speaker"] for _, c in _all_claims() if c["kind"] == "quote"}
    assert {"Li Qiang", "Kao Kim Hourn"} <= speakers
    li = [c for c in SOURCES["dn-waic"]["claims"] if c["speaker"] == "Li Qiang"]
    assert len(li) >= 5  # each quoted sentence its own claim
    assert all(c["event_date"] == "2025-07-26" for c in li)


def test_no_claim_quotes_navigation_line():
    text = _text("merics-ilr")
    first_line = text.split("\n", 1)[0]
    assert first_line == "StartseiteArtikel"
    for _, c in _all_claims():
        assert "StartseiteArtikel" not in c["quote"]
    for c in SOURCES["merics-ilr"]["claims"]:
        assert c["start"] > len(first_line)


# --- repeats ----------------------------------------------------------------------------


def test_merics_repeats_recorded():
    text = _text("merics-ilr")
    repeats = SOURCES["merics-ilr"]["source"]["repeats"]
    assert len(repeats) == 2
    firsts = []
    for r in repeats:
        assert set(r) <= REPEAT_KEYS
        assert 0 <= r["start"] < r["end"] <= r["repeat_start"] < r["repeat_end"] <= len(text)
        first, second = text[r["start"] : r["end"]], text[r["repeat_start"] : r["repeat_end"]]
        if r.get("verbatim", True):
            assert first == second
        else:
            assert first != second
        firsts.append(first)
    assert firsts[0].startswith("Die Trump-Regierung scheint den Fokus")
    assert firsts[1].startswith("Der US-amerikanische „Aktionsplan")
    # The "Fokus" paragraph is not word-for-word the same (zugreift / gelangt).
    assert repeats[0]["verbatim"] is False
    assert repeats[1]["verbatim"] is True
    assert "verbatim = false" in SOURCES["merics-ilr"]["source"]["note"]


@pytest.mark.parametrize("sid", ["merics-ilr", "dn-waic"])
def test_no_claim_starts_in_a_repeat(sid):
    for r in SOURCES[sid]["source"].get("repeats", []):
        for c in SOURCES[sid]["claims"]:
            assert not (r["repeat_start"] <= c["start"] < r["repeat_end"]), c["id"]


# --- the known traps --------------------------------------------------------------------


def test_trap_huawei_901():
    c = _one_claim("merics-ilr", "901B")
    assert c["status"] == "corrected"
    assert "910" in c["note"]
    assert "13 May 2025" in c["note"]


def test_trap_anti_foreign_sanctions_law():
    c = _one_claim("merics-ilr", "Gesetz gegen ausländische Sanktionen")
    assert c["status"] == "corrected"
    assert "2021" in c["note"]
    assert c["event_date"] == ""  # the text's "March 2025" is wrong: never an event date


def test_trap_biden_diffusion_framework():
    c = _one_claim("merics-ilr", "der Biden-Regierung aufgehoben")
    assert "AI Diffusion" in c["note"]
    assert "13 May 2025" in c["note"]


def test_action_plans_dated():
    china = _one_claim("merics-ilr", "am 26. Juli 2025")
    assert china["event_date"] == "2025-07-26"
    us = _one_claim("merics-ilr", "Drei Tage nachdem")
    assert "Winning the Race" in us["note"]
    assert "23 July 2025" in us["note"]


def test_trap_forty_countries():
    c = _one_claim("dn-waic", "40 Länder")
    assert c["kind"] == "figure"
    assert c["status"] == "disputed"
    assert "30" in c["note"]


def test_trap_lies_bemerkungen_typo():
    c = _one_claim("dn-waic", "Lies Bemerkungen")
    assert "typo" in c["note"]


@pytest.mark.parametrize(
    "needle", ["28-seitigen", "5.000 KI-Unternehmen", "600 Milliarden Yuan", "über 800", "3.000"]
)
def test_figures_flagged_as_reported(needle):
    c = _one_claim("dn-waic", needle)
    assert c["kind"] == "figure"
    assert "as reported by the source" in c["note"]
