"""The curator's commands as a script drives them: import, claims, packs, and the whole path
from a new article to a cited footnote in Word."""

from __future__ import annotations

import json
import re
import zipfile

import pytest

from tests.test_cli import briefing

ARTICLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Chip curbs | The Daily Ledger</title>
<meta property="og:title" content="Washington tightens chip curbs">
<meta name="author" content="Doe, Jane"><meta property="og:site_name" content="The Daily Ledger">
<meta property="article:published_time" content="2025-08-01T10:00:00Z">
<link rel="canonical" href="https://ledger.example/chips"></head>
<body><nav>Home | World | Business</nav>
<article><h1>Washington tightens chip curbs</h1>
<p>The Commerce Department said on 1 August 2025 that exports of 5,000 advanced chips to
China had been blocked since June.</p>
<p>"We will not allow our most advanced technology to be used against us," the secretary
told reporters in Washington.</p>
<p>Industry groups warned that the rules would cost American firms $2 billion a year.</p>
</article><footer>© The Daily Ledger</footer></body></html>
"""


def import_article(tmp_path) -> dict:
    path = tmp_path / "ledger.html"
    path.write_text(ARTICLE, encoding="utf-8")
    [source] = json.loads(briefing("import", str(path), "--accessed", "2025-08-02",
                                   "--json").stdout)
    return source


def test_import_reports_metadata_and_refuses_a_second_import(tmp_path):
    source = import_article(tmp_path)
    assert source["id"].startswith("washington-tightens-chip-curbs-")
    assert (source["title"], source["author"], source["outlet"], source["published"],
            source["language"], source["url"], source["accessed"], source["format"]) == (
        "Washington tightens chip curbs", "Doe, Jane", "The Daily Ledger", "2025-08-01", "en",
        "https://ledger.example/chips", "2025-08-02", "html")
    shown = json.loads(briefing("sources", "show", source["id"], "--json", "--text").stdout)
    assert "Home | World" not in shown["text"] and shown["text"].startswith("Washington")
    again = briefing("import", str(tmp_path / "ledger.html"), check=False)
    assert again.returncode == 1
    assert f"already holds this text as source '{source['id']}'" in again.stderr


def test_import_errors_are_one_line_each(tmp_path):
    garbage = tmp_path / "scan.pdf"
    garbage.write_bytes(bytes(range(256)) * 40)
    good = tmp_path / "note.txt"
    good.write_text("Eine kurze Meldung über Chips und Zölle aus Berlin.", encoding="utf-8")
    result = briefing("import", str(garbage), str(good), check=False)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("briefing: error")]
    assert len(errors) == 1 and "scan.pdf is not a PDF" in errors[0]
    assert "Traceback" not in result.stderr
    assert "Imported note.txt" in result.stdout  # the good file still went in
    both = briefing("import", str(good), str(garbage), "--title", "T", check=False)
    assert both.returncode == 1 and "--title describe one file" in both.stderr
    bad_date = briefing("import", str(good), "--date", "1.8.2025", check=False)
    assert bad_date.returncode == 1 and "not a date like 2025-07-29" in bad_date.stderr


@pytest.mark.slow
def test_claims_add_edit_retire_suggest(tmp_path):
    source = import_article(tmp_path)["id"]
    missing = briefing("claims", "add", "--source", source, "--quote", "6,000 chips",
                       "--statement", "x", check=False)
    assert missing.returncode == 1 and "does not occur verbatim" in missing.stderr
    ambiguous = briefing("claims", "add", "--source", source, "--quote", "chip",
                         "--statement", "x", check=False)
    assert ambiguous.returncode == 1 and "occurs 2 times" in ambiguous.stderr
    assert "--start" in ambiguous.stderr and len(ambiguous.stderr.splitlines()) == 1
    added = json.loads(briefing(
        "claims", "add", "--source", source, "--quote", "$2 billion a year", "--statement",
        "Industry groups said the rules would cost US firms $2 billion a year.", "--kind",
        "figure", "--actor", "industry groups", "--topic", "export controls", "--date",
        "2025-08-01", "--json").stdout)
    assert added["id"] == f"{source}-u01" and added["kind"] == "figure"
    edited = json.loads(briefing(
        "claims", "edit", added["id"], "--status", "disputed", "--reader-note",
        "Industry estimate.", "--curator-note", "Asked the ministry; no answer yet.",
        "--json").stdout)
    assert (edited["id"], edited["status"], edited["reader_note"], edited["curator_note"]) == (
        added["id"], "disputed", "Industry estimate.", "Asked the ministry; no answer yet.")
    assert edited["note"] == edited["reader_note"]  # the deprecated alias, for one version
    assert edited["quote"] == "$2 billion a year"
    # --note is the old name of --reader-note: it still works, and says so
    old = briefing("claims", "edit", added["id"], "--note", "Industry's own estimate.", "--json")
    assert json.loads(old.stdout)["reader_note"] == "Industry's own estimate."
    assert "deprecated" in old.stderr
    both = briefing("claims", "edit", added["id"], "--note", "a", "--reader-note", "b",
                    check=False)
    assert both.returncode == 1 and "--reader-note" in both.stderr
    shown = briefing("claims", "show", added["id"]).stdout
    assert "Reader note:" in shown and "Curator note:" in shown
    # A translated quote: the flags imply --translation
    marked = json.loads(briefing("claims", "edit", added["id"], "--translated-from",
                                 "a Reuters report in English", "--json").stdout)
    assert marked["quote_is_translation"] is True
    assert marked["quote_translated_from"] == "a Reuters report in English"
    assert "Quote is:" in briefing("claims", "show", added["id"]).stdout
    unmarked = briefing("claims", "edit", added["id"], "--not-translation", check=False)
    assert unmarked.returncode == 1 and "translation" in unmarked.stderr  # its source is set
    result = briefing("claims", "retire", added["id"])
    assert "Retired claim" in result.stdout
    assert json.loads(briefing("claims", "show", added["id"], "--json").stdout)["retired"]
    suggestions = json.loads(briefing("claims", "suggest", "--source", source, "--json").stdout)
    reasons = {s["text"][:20]: s["reasons"] for s in suggestions}
    assert "figure" in reasons["The Commerce Departm"] and "date" in reasons["The Commerce Departm"]
    assert "quotation" in reasons['"We will not allow o']
    human = briefing("claims", "suggest", "--source", source).stdout
    assert "may carry claims" in human and "figure, date" in human


def test_similar_and_link(tmp_path):
    original = json.loads(briefing("claims", "show", "dn-waic-07", "--json").stdout)
    copy = tmp_path / "copy.txt"
    copy.write_text(f"Bericht: {original['quote']} So weit der Bericht.", encoding="utf-8")
    source = json.loads(briefing("import", str(copy), "--title", "Kopie", "--json").stdout)[0]
    added = briefing("claims", "add", "--source", source["id"], "--quote", original["quote"],
                     "--statement", original["statement"])
    assert "looks alike" in added.stderr and "dn-waic-07" in added.stderr
    similar = json.loads(briefing("claims", "similar", f"{source['id']}-u01", "--json").stdout)
    assert similar[0]["id"] == "dn-waic-07"
    linked = briefing("claims", "link", f"{source['id']}-u01", "dn-waic-07").stdout
    assert "marked" in linked and "corroborated" in linked
    assert json.loads(briefing("claims", "show", "dn-waic-07", "--json").stdout)["status"] == \
        "corroborated"


def test_pack_export_and_import_round_trip(tmp_path, private_home):
    source = import_article(tmp_path)["id"]
    briefing("claims", "add", "--source", source, "--quote", "5,000 advanced chips",
             "--statement", "5,000 advanced chips were blocked.", "--topic", "chips")
    pack = tmp_path / "ledger.json"
    out = briefing("pack", "export", "-o", str(pack), "--source", source).stdout
    assert "Exported 1 source and 1 claim" in out
    other = tmp_path / "other.sqlite"
    other.write_bytes(b"")
    briefing("--library", str(other), "claims", "list")  # builds it from the bundle
    first = json.loads(briefing("--library", str(other), "pack", "import", str(pack),
                                "--json").stdout)
    assert sorted(first["added"]) == [f"claim:{source}-u01", f"source:{source}"]
    second = briefing("--library", str(other), "pack", "import", str(pack)).stdout
    assert second.startswith("0 added, 0 updated, 2 unchanged, 0 in conflict")
    topic = briefing("pack", "export", "-o", str(tmp_path / "t.json"), "--topic", "chips").stdout
    assert "claims" in topic
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    refused = briefing("pack", "import", str(bad), check=False)
    assert refused.returncode == 1 and "not a Briefing library pack" in refused.stderr


@pytest.mark.slow
def test_end_to_end_from_article_to_footnotes(tmp_path):
    """Import a new article, capture two claims, cite them, export to Word, find the notes."""
    source = import_article(tmp_path)
    first = json.loads(briefing(
        "claims", "add", "--source", source["id"], "--quote",
        "exports of 5,000 advanced chips to China had been blocked since June", "--statement",
        "The US Commerce Department said 5,000 advanced chips bound for China had been blocked.",
        "--kind", "figure", "--topic", "export controls", "--json").stdout)
    second = json.loads(briefing(
        "claims", "add", "--source", source["id"], "--quote", "We will not allow our most "
        "advanced technology to be used against us", "--statement", "The secretary said the US "
        "would not let its most advanced technology be used against it.", "--kind", "quote",
        "--speaker", "the secretary", "--json").stdout)
    doc = tmp_path / "curbs.briefing"
    briefing("new", "-o", str(doc), "--template", "briefing-note", "--title", "Chip curbs")
    template = json.loads(briefing("show", str(doc), "--json").stdout)
    section = template["sections"][1]["key"]
    briefing("add", str(doc), "--section", section, first["id"], second["id"])
    out = tmp_path / "curbs.docx"
    briefing("export", str(doc), "-o", str(out))
    with zipfile.ZipFile(out) as archive:
        notes_xml = archive.read("word/footnotes.xml").decode("utf-8")
        body_xml = archive.read("word/document.xml").decode("utf-8")
    notes = [re.sub(r"<[^>]+>", "", note) for note in
             re.findall(r"<w:footnote [^>]*w:id=\"[1-9]\d*\".*?</w:footnote>", notes_xml, re.S)]
    assert len(notes) == 2
    assert "washington tightens chip curbs" in notes[0].lower() and "Daily Ledger" in notes[0]
    assert "Doe" in notes[0]
    assert "August 1, 2025" in notes[0] and "https://ledger.example/chips" in notes[0]
    assert "Daily Ledger" in notes[1] or "Ibid" in notes[1]
    statements = re.sub(r"<[^>]+>", "", body_xml)
    assert "5,000 advanced chips bound for China" in statements


def test_claims_in_english_and_german_from_the_command_line(tmp_path):
    """`statement` stays the English text in JSON; `statements` adds every language; the
    curator sets the German with --statement-de, and search finds it."""
    source = import_article(tmp_path)
    added = json.loads(briefing(
        "claims", "add", "--source", source["id"], "--quote", "exports of 5,000 advanced chips",
        "--statement", "Exports of 5,000 chips were blocked.", "--statement-de",
        "Die Ausfuhr von 5.000 Chips wurde gestoppt.", "--kind", "figure", "--json").stdout)
    assert added["statement"] == "Exports of 5,000 chips were blocked."
    assert added["statements"] == {"en": added["statement"],
                                   "de": "Die Ausfuhr von 5.000 Chips wurde gestoppt."}
    found = json.loads(briefing("claims", "search", "Ausfuhr", "--json").stdout)
    assert [c["id"] for c in found] == [added["id"]]
    briefing("claims", "edit", added["id"], "--statement-de", "Die Ausfuhr ist gestoppt.")
    shown = briefing("claims", "show", added["id"]).stdout
    assert "Statement (de)" in shown and "Die Ausfuhr ist gestoppt." in shown
    bundled = json.loads(briefing("claims", "show", "dn-waic-05", "--json").stdout)
    assert bundled["statement"].startswith("Chinese Premier Li Qiang presented")
    assert bundled["statements"]["en"] == bundled["statement"]
    assert "Ministerpräsident" in bundled["statements"]["de"]
    cleared = json.loads(briefing("claims", "edit", added["id"], "--statement-de", "",
                                  "--json").stdout)
    assert cleared["statements"] == {"en": added["statement"]}
    noted = json.loads(briefing("claims", "edit", added["id"], "--status", "disputed",
                                "--reader-note", "Figures differ.", "--reader-note-de",
                                "Die Zahlen weichen ab.", "--json").stdout)
    assert noted["reader_note"] == "Figures differ."
    assert noted["reader_notes"] == {"en": "Figures differ.", "de": "Die Zahlen weichen ab."}
    assert "Reader note (de)" in briefing("claims", "show", added["id"]).stdout
