"""The curated seed library (resources/library/*.toml) against its source texts.

Reads the TOML directly with tomllib: every quote must be the exact slice of its
source text, the seed corpus must be byte-identical, the claim ids are frozen, and
the known traps of the two seed texts must stay recorded on the claims they touch, and the
claim fixes of library 2026.12 (issue 16) stay made.
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
    "id", "text_file", "text_sha256", "title", "title_short", "title_translated", "author", "outlet",
    "publisher",
    "published", "date_approximate", "date_note", "language", "url", "accessed", "kind", "note",
]
REPEAT_KEYS = {"start", "end", "repeat_start", "repeat_end", "verbatim"}
CLAIM_KEYS = [
    "id", "statement", "quote", "start", "end", "kind", "speaker", "event_date", "actors",
    "topics", "status", "reader_note", "curator_note",
]
# Only on claims whose quote is a translation, after the others.
TRANSLATION_KEYS = ["quote_is_translation", "quote_translated_from", "quote_translator"]

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
    assert list(LIB) == ["version", "title", "sources", "translations"]
    assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", LIB["version"])  # curators bump it on each change
    assert LIB["title"] == "Seed library: US–China competition in AI (July 2025)"
    assert LIB["sources"] == ["merics-ilr", "dn-waic"]
    assert LIB["translations"] == ["de"]  # translations/de.toml: the German statements


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
    # The few words subsequent notes print: the start of the title, much shorter than it.
    assert src["title_short"] and src["title"].startswith(src["title_short"])
    assert len(src["title_short"].split()) <= 5 < len(src["title"].split())
    # The German titles' English, for APA's bracketed translation.
    assert src["title_translated"] and src["title_translated"] != src["title"]


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
    # The only date is the dateline "互联网法律评论2025-07-29 11:37": an account name and a
    # time, not said to be 36Kr's date. Cited as the dateline's date, marked approximate.
    assert "互联网法律评论2025-07-29 11:37" in _text("merics-ilr")
    assert merics["published"] == "2025-07-29"
    assert merics["date_approximate"] is True
    assert "互联网法律评论2025-07-29 11:37" in merics["date_note"]
    assert "never as 36Kr's date" in merics["date_note"]
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
    assert list(claim) in (CLAIM_KEYS, CLAIM_KEYS + TRANSLATION_KEYS)
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
    # The reader's note is printed exactly when the status is not "as reported": every such
    # claim says something to the reader, and no "as reported" claim has a note nobody sees.
    if claim["status"] == "as reported":
        assert claim["reader_note"] == ""
    else:
        assert claim["reader_note"].strip()
    if "quote_is_translation" in claim:
        assert claim["quote_is_translation"] is True
        assert claim["quote_translated_from"].strip()


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
    assert "910B, 910C and 910D" in c["reader_note"]
    assert "13 May 2025" in c["reader_note"]
    assert c["event_date"] == "2025-05-13"


def test_trap_anti_foreign_sanctions_law():
    c = _one_claim("merics-ilr", "Gesetz gegen ausländische Sanktionen")
    assert c["status"] == "corrected"
    assert "2021" in c["reader_note"]
    assert c["event_date"] == ""  # the text's "March 2025" is wrong: never an event date


def test_trap_biden_diffusion_framework():
    c = _one_claim("merics-ilr", "der Biden-Regierung aufgehoben")
    assert "AI Diffusion" in c["reader_note"]
    assert "13 May 2025" in c["reader_note"]
    assert c["event_date"] == "2025-05-13"


def test_action_plans_dated():
    china = _one_claim("merics-ilr", "am 26. Juli 2025")
    assert china["event_date"] == "2025-07-26"
    us = _one_claim("merics-ilr", "Drei Tage nachdem")
    assert "Winning the Race" in us["reader_note"]
    assert "23 July 2025" in us["reader_note"]


def test_trap_forty_countries():
    c = _one_claim("dn-waic", "40 Länder")
    assert c["kind"] == "figure"
    assert c["status"] == "disputed"
    # Both sides for the reader, and no instruction to curators in what the reader sees.
    assert c["reader_note"].startswith("Reports differ:")
    assert "more than 30" in c["reader_note"] and "more than 40" in c["reader_note"]
    assert "Cite" not in c["reader_note"]
    assert "not as fact" in c["curator_note"]


def test_trap_lies_bemerkungen_typo():
    c = _one_claim("dn-waic", "Lies Bemerkungen")
    assert "typo" in c["curator_note"]


@pytest.mark.parametrize(
    "needle", ["28-seitigen", "5.000 KI-Unternehmen", "600 Milliarden Yuan", "über 800", "3.000"]
)
def test_figures_flagged_as_reported(needle):
    c = _one_claim("dn-waic", needle)
    assert c["kind"] == "figure"
    assert "as reported by the source" in c["curator_note"]


# --- library 2026.12: the fact-check's fixes (issue 16), each against the text --------------


def _claim(claim_id: str) -> dict:
    return next(c for _, c in _all_claims() if c["id"] == claim_id)


def test_no_statement_points_to_a_note_the_reader_never_sees():
    for _, c in _all_claims():
        if "see note" in c["statement"]:
            assert c["status"] != "as reported", c["id"]


def test_merics_01_is_a_shift_and_merics_is_no_actor():
    c = _claim("merics-ilr-01")
    assert c["quote"].startswith("Wandel der Wettbewerbssituation")  # "Wandel": a shift
    assert "shift" in c["statement"] and "state of" not in c["statement"]
    for _, claim in _all_claims():
        assert "MERICS" not in claim["actors"], claim["id"]  # the author, not an actor


def test_merics_02_running_in_parallel():
    c = _claim("merics-ilr-02")
    assert "parallel verlaufen" in c["quote"]
    assert "running in parallel" in c["statement"] and "pursuit" not in c["statement"]


def test_merics_04_the_analysis_presents_the_plan_as_founding_the_body():
    c = _claim("merics-ilr-04")
    assert "which the analysis presents as founding" in c["statement"]
    assert "proposed by Premier Li Qiang" in c["reader_note"]
    assert "26 July 2025" in c["reader_note"] and "Shanghai" in c["reader_note"]


def test_merics_05_reported_english_names_with_their_source():
    c = _claim("merics-ilr-05")
    for name in ("Model-Chip Ecosystem Innovation Alliance",
                 "Shanghai General Chamber of Commerce AI Committee"):
        assert name in c["reader_note"] and name in c["curator_note"]
    assert "Reuters, 28 July 2025" in c["curator_note"]


def test_merics_11_the_bis_warning_is_not_overstated():
    c = _claim("merics-ilr-11")
    assert c["status"] == "corroborated" and c["event_date"] == "2025-05-13"
    note = c["reader_note"]
    assert "910B, 910C and 910D" in note and "13 May 2025" in note
    assert "risks violating" in note and "General Prohibition 10" in note
    assert "anywhere in the world" in note and "dropped" in note
    assert "Export Compliance Daily, 20 May 2025" in c["curator_note"]


def test_merics_21_26_27_30_36_wording():
    assert "is trying to control" in _claim("merics-ilr-21")["statement"]
    c26 = _claim("merics-ilr-26")
    assert "vertreten durch Nvidia" in c26["quote"] and "ständig" in c26["quote"]
    assert "represented by Nvidia" in c26["statement"] and "led by" not in c26["statement"]
    assert "constantly" in c26["statement"] and "repeatedly" not in c26["statement"]
    # 27 and 30 say what "this" is: the text's previous sentence
    c27 = _claim("merics-ilr-27")
    assert c27["quote"].startswith("Beweis hierfür")
    assert "export restrictions only make Chinese technology companies stronger" in (
        c27["statement"])
    c30 = _claim("merics-ilr-30")
    assert c30["quote"].startswith("Aber diese Art von Geschäftsmodel")
    assert "China-free" in c30["statement"] and "Saudi Arabia" in c30["statement"]
    c36 = _claim("merics-ilr-36")
    assert "schwachhaltig" in c36["quote"] and "nachzugeben" in c36["quote"]
    assert "weakly given in to US threats" in c36["statement"]
    assert "weak in giving in" not in c36["statement"]


def test_dn_waic_03_and_04():
    c03 = _claim("dn-waic-03")
    assert "governing artificial intelligence" in c03["statement"]
    assert "Global AI Governance Action Plan" in c03["reader_note"]
    c04 = _claim("dn-waic-04")
    assert c04["quote"].startswith("Diese Entwicklungen")
    assert "(" not in c04["statement"] and "plan" not in c04["statement"]
    assert "bargaining chip" in c04["curator_note"]  # CNN: AI, the field, is the chip


def test_dn_waic_quotes_are_marked_as_translations_of_cnn():
    source = SOURCES["dn-waic"]["source"]
    assert "German translation of CNN's English report" in source["note"]
    quotes = [c for c in SOURCES["dn-waic"]["claims"] if c["kind"] == "quote"]
    assert {c["id"] for c in quotes} == {
        "dn-waic-07", "dn-waic-08", "dn-waic-09", "dn-waic-14", "dn-waic-15", "dn-waic-24",
        "dn-waic-25"}
    for c in quotes:
        assert c["quote_is_translation"] is True, c["id"]
        assert c["quote_translated_from"].startswith("CNN's English report of")
    for c in SOURCES["merics-ilr"]["claims"]:
        assert "quote_is_translation" not in c


def test_dn_waic_26_is_a_fact():
    c = _claim("dn-waic-26")
    assert c["kind"] == "fact" and "Figure" not in c["curator_note"]


@pytest.mark.parametrize(("claim_id", "date"), [
    ("dn-waic-03", "2025-07-26"), ("dn-waic-17", "2025-07-28"), ("merics-ilr-11", "2025-05-13"),
    ("merics-ilr-15", "2025-05-13"), ("merics-ilr-16", "2025-05-13"),
])
def test_known_dates_are_set_with_their_source(claim_id, date):
    c = _claim(claim_id)
    assert c["event_date"] == date
    assert c["status"] in ("corroborated", "corrected")  # a date from outside: checked
    assert c["curator_note"] or c["reader_note"]


def test_dn_waic_17_says_what_continued_in_stockholm():
    c = _claim("dn-waic-17")
    assert c["quote"].startswith("Handelsgesprächen")
    assert "28 and 29 July 2025" in c["reader_note"]


def test_the_date_rule_is_written_down():
    readme = (LIBRARY / "README.md").read_text(encoding="utf-8")
    assert "event_date" in readme and "curator note" in readme
    assert "never guess" in readme


# The claims about the US AI Action Plan, by the words of their quotes.
ACTION_PLAN = [("merics-ilr", "Drei Tage nachdem"), ("merics-ilr", "macht eines klar"),
               ("merics-ilr", "Der Plan hat das ehrgeizige Ziel"),
               ("merics-ilr", "Allerdings hat er keine gemeinsame"),
               ("merics-ilr", "wird dieser Plan wahrscheinlich sinnlos"),
               ("dn-waic", "ihren eigenen Plan"), ("dn-waic", "KI-Aktionsplans"),
               ("dn-waic", "bürokratische Hürden")]
# The claims about the BIS guidance on Huawei's Ascend chips.
BIS_WARNING = [("merics-ilr", "hat kürzlich globale Unternehmen gewarnt"),
               ("merics-ilr", "implizit eine Anerkennung"), ("merics-ilr", "901B"),
               ("merics-ilr", "den Ascend 910-Chip nicht zu nutzen")]


@pytest.mark.parametrize(("sid", "needle"), ACTION_PLAN)
def test_action_plan_claims_carry_both_actor_names(sid, needle):
    actors = _one_claim(sid, needle)["actors"]
    assert "US government" in actors and "Trump administration" in actors


@pytest.mark.parametrize(("sid", "needle"), BIS_WARNING)
def test_bis_warning_claims_carry_the_commerce_department(sid, needle):
    assert "US Commerce Department" in _one_claim(sid, needle)["actors"]


def test_library_version_is_2026_12():
    assert LIB["version"].startswith("2026.12.")
