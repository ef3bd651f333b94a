"""The German statements of the bundled claims (resources/library/translations/de.toml).

Read with tomllib, like test_curated_library: this checks the content, not the code
that will load it, so it holds whatever shape the claim model takes.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LIBRARY = REPO / "resources" / "library"
GERMAN = LIBRARY / "translations" / "de.toml"


def bundled_claims() -> dict[str, tuple[dict, str]]:
    """claim id -> (its table, its source's text), for every source library.toml names."""
    index = tomllib.loads((LIBRARY / "library.toml").read_text(encoding="utf-8"))
    claims = {}
    for source_id in index["sources"]:
        data = tomllib.loads((LIBRARY / f"{source_id}.toml").read_text(encoding="utf-8"))
        text = (LIBRARY / data["source"]["text_file"]).read_text(encoding="utf-8")
        for claim in data["claims"]:
            claims[claim["id"]] = (claim, text)
    return claims


CLAIMS = bundled_claims()
TRANSLATION = tomllib.loads(GERMAN.read_text(encoding="utf-8"))
STATEMENTS = {cid: entry.get("statement") for cid, entry in TRANSLATION["claims"].items()}


def test_every_bundled_claim_has_a_german_statement_and_no_stray_ids():
    assert len(CLAIMS) == 69
    missing = sorted(set(CLAIMS) - set(STATEMENTS))
    stray = sorted(set(STATEMENTS) - set(CLAIMS))
    assert missing == [], f"claims without a German statement: {missing}"
    assert stray == [], f"German statements for claims the library does not have: {stray}"


def test_file_shape():
    """A statement for every claim, a reader's note exactly for the claims that have one in
    English, and what a translated quote translates exactly for the claims that say it in
    English (a German briefing prints both in the footnote)."""
    assert set(TRANSLATION) == {"language", "claims"}
    assert TRANSLATION["language"] == "de-DE"
    for claim_id, entry in TRANSLATION["claims"].items():
        english = CLAIMS[claim_id][0] if claim_id in CLAIMS else {}
        expected = {"statement"} | {name for name in ("reader_note", "quote_translated_from")
                                    if english.get(name)}
        assert set(entry) == expected, claim_id
        assert all(isinstance(value, str) for value in entry.values()), claim_id


@pytest.mark.parametrize("claim_id", sorted(c for c, e in TRANSLATION["claims"].items()
                                            if "quote_translated_from" in e))
def test_what_a_quote_translates_is_german_in_the_dative(claim_id):
    """The footnote prints „Übersetzung (Deutsch) aus {this}: …“ (export/language.py)."""
    german = TRANSLATION["claims"][claim_id]["quote_translated_from"]
    assert german.startswith(("dem ", "einem ")) and german[-1] not in ".:"
    assert "CNN" in german and "CNN" in CLAIMS[claim_id][0]["quote_translated_from"]


def test_no_statement_points_to_a_note_the_reader_never_sees():
    """An "as reported" claim's note is never printed: its statement may not send the reader
    to one ("siehe Anmerkung"), in German as in English ("see note")."""
    for claim_id, statement in STATEMENTS.items():
        if "siehe Anmerkung" in statement or "siehe Anm." in statement:
            assert CLAIMS[claim_id][0]["status"] != "as reported", claim_id


READER_NOTES = {cid: entry["reader_note"] for cid, entry in TRANSLATION["claims"].items()
                if "reader_note" in entry}


@pytest.mark.parametrize("claim_id", sorted(READER_NOTES))
def test_reader_note_is_german_with_german_typography(claim_id):
    note = READER_NOTES[claim_id]
    english = CLAIMS[claim_id][0]["reader_note"]
    assert note == note.strip() and "\n" not in note and "  " not in note
    assert note[-1] in ".?!" and note != english
    assert not set(note) & set('"`´”'), "use „…“ (an English name keeps its apostrophe ’)"
    assert note.count("„") == note.count("“")
    assert " - " not in note and "—" not in note and not re.search(r"\d,\d{3}\b", note)
    # dates and figures of the English note are all there
    for figure in re.findall(r"\b(?:19|20)\d\d\b|\b9[01]\d[BCD]?\b", english):
        assert figure in note, figure


@pytest.mark.parametrize("claim_id", sorted(STATEMENTS))
def test_statement_is_one_german_sentence(claim_id):
    statement = STATEMENTS[claim_id]
    if claim_id not in CLAIMS:
        pytest.fail(f"{claim_id} is not a bundled claim")
    claim, _ = CLAIMS[claim_id]
    assert statement == statement.strip() and "\n" not in statement and "  " not in statement
    assert statement[0].isupper() and statement[-1] in ".?!"
    assert statement != claim["statement"], "still the English statement"
    assert " the " not in statement and "According to" not in statement
    # German typography: „…“ and ‚…‘, no straight or English quotation marks.
    assert not set(statement) & set("\"'”`´"), "use „…“ or ‚…‘"
    assert statement.count("„") == statement.count("“")
    assert statement.count("‚") == statement.count("‘")
    # A dash between words is a Gedankenstrich (–), not a hyphen or an em dash.
    assert " - " not in statement and "—" not in statement
    # German numbers: 5.000 and 84 Mrd., never 5,000.
    assert not re.search(r"\d,\d{3}\b", statement)
    assert "..." not in statement


def _folded(text: str) -> str:
    """The source text without its scraped Markdown bold markers, whitespace folded."""
    return " ".join(text.replace("**", "").split())


@pytest.mark.parametrize("claim_id", sorted(STATEMENTS))
def test_quoted_words_are_the_sources(claim_id):
    """What a statement puts in „…“ is a quotation: the source text has it word for word
    (its own quotation marks may be straight: "Full-Stack-Export")."""
    if claim_id not in CLAIMS:
        pytest.fail(f"{claim_id} is not a bundled claim")
    _, text = CLAIMS[claim_id]
    for quoted in re.findall(r"„([^“]*)“", STATEMENTS[claim_id]):
        assert " ".join(quoted.split()) in _folded(text), f"„{quoted}“ is not in the source"


def test_issue_16_corrections_are_followed():
    """The English statements being reworded on branch i16 (issue 16): the German says the
    corrected thing from the start."""
    s = STATEMENTS
    assert "vertreten durch Nvidia" in s["merics-ilr-26"] and "ständig" in s["merics-ilr-26"]
    assert "versuchen, die gesamte Strecke einseitig zu kontrollieren" in s["merics-ilr-21"]
    assert "den MERICS als Gründung" in s["merics-ilr-04"]  # presented as, not announced as
    assert "Wandel" in s["merics-ilr-01"] and "MERICS beschreibt" in s["merics-ilr-01"]
    assert "parallel" in s["merics-ilr-02"] and "Streben" not in s["merics-ilr-02"]
    assert "aus Schwäche nachgegeben" in s["merics-ilr-36"]
    assert "Aktionsplan" not in s["dn-waic-04"]  # AI, not the two plans, is the bargaining chip
    # ... and, as the English statement, it keeps the article's words without saying what
    # they refer to (CNN's original, a fact from outside the text, is in the curator's note)
    assert "diese Entwicklungen" in s["dn-waic-04"] and "KI-Bereich" not in s["dn-waic-04"]
    assert "(gemeint ist offenbar" in s["merics-ilr-35"]  # the text's "Biden timetable"
    assert "Governance" in s["dn-waic-03"]
    assert "Stockholm" in s["dn-waic-17"] and "Handelsgespräche" in s["dn-waic-17"]
    for claim_id in ("merics-ilr-27", "merics-ilr-30"):  # self-contained: no bare "this"
        assert not s[claim_id].startswith(("Dies", "Diese", "Das ist"))
