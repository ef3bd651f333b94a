"""Library 2026.12 meets what 2026.11 left on a user's disk: the library, packs, briefings.

The fixtures in tests/fixtures/legacy/ were made by the 2026.11 app itself
(scripts/make_legacy_fixtures.sh): a user library (schema 3, one `note` per claim) with the
bundled claims, the user's own source and two claims (one "as reported", one "disputed"), a
local edit of a bundled claim and the hashes a pack import recorded; that pack (version 1);
and a saved briefing (format 1) citing both kinds of claim. Each is opened with today's app.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import shutil
import sqlite3

import pytest

from briefing.core.documents import files as documents
from briefing.core.documents import reconcile
from briefing.core.library import Library, schema
from briefing.core.library import search as searching
from briefing.core.library.packs import import_pack
from briefing.core.library.safety import LibraryGuard
from briefing.core.model import STATUSES, split_legacy_note
from tests.conftest import REPO

LEGACY = REPO / "tests" / "fixtures" / "legacy"
OWN = "haushaltsausschuss-berat-uber-ki-rechenzentren-cdb59555"
U01_NOTE = "Checked with the ministry's press office on 31 July; figure unchanged."
U02_NOTE = "The ministry says the sum covers the first phase only."
LOCAL_NOTE = "Local remark: compare with the White House fact sheet."


def old_library(tmp_path):
    """A copy of the 2026.11 user library, and every claim's note as that app stored it."""
    path = tmp_path / "library.sqlite"
    path.write_bytes(gzip.decompress((LEGACY / "library-2026.11.sqlite.gz").read_bytes()))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    notes = dict(conn.execute("SELECT id, note FROM claims"))
    rows = {row[0]: row[1:] for row in conn.execute(
        "SELECT id, origin, locally_modified, status FROM claims")}
    conn.close()
    return path, notes, rows


@pytest.fixture
def migrated(tmp_path, bundle):
    path, notes, rows = old_library(tmp_path)
    library = Library.open(path, bundle)
    yield library, notes, rows
    library.close()


# ---- the library ------------------------------------------------------------------------------


def test_a_2026_11_library_is_migrated_and_refreshed(migrated, bundle):
    library, notes, rows = migrated
    # 4: library 2026.12; 5: sources' translated titles (issue 17); 6: claims' statements
    # per language (issue 19); 7: what a translated quote translates, per language
    assert library.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION == 7
    update = library.last_update
    assert (update.from_version, update.to_version) == ("2026.11.2", bundle.version)
    assert bundle.version.startswith("2026.12.")
    assert update.kept_local_edits == 1  # dn-waic-10, edited by this user's curator
    # The bundled claims now say what the 2026.12 bundle says ...
    for claim in bundle.claims:
        if claim.id != "dn-waic-10":
            assert library.claim(claim.id) == claim
    six = library.claim("dn-waic-06")
    assert six.reader_note.startswith("Reports differ:") and "not as fact" in six.curator_note
    assert library.claim("dn-waic-07").text_in("quote_translated_from", "de") == (
        "dem englischen Bericht von CNN über die Rede")  # for a German briefing's footnote
    assert library.source("merics-ilr").title_short == "Wandel der Wettbewerbssituation"


def test_no_word_of_the_users_own_notes_is_lost(migrated):
    library, notes, rows = migrated
    own = [i for i, (origin, modified, _) in rows.items() if origin == "user" or modified]
    assert sorted(own) == sorted([f"{OWN}-u01", f"{OWN}-u02", "dn-waic-10"])
    for claim_id in own:
        claim = library.claim(claim_id)
        # split as the export saw it: a printed note stays the reader's, any other is the
        # curator's; every word is in exactly one of the two
        assert (claim.reader_note, claim.curator_note) == split_legacy_note(
            notes[claim_id], claim.status)
    assert library.claim(f"{OWN}-u01").curator_note == U01_NOTE  # "as reported": never printed
    assert library.claim(f"{OWN}-u02").reader_note == U02_NOTE  # "disputed": was printed
    local = library.claim("dn-waic-10")
    assert local.curator_note == LOCAL_NOTE and local.reader_note == ""
    assert local.actors == ("Li Qiang", "Trump administration")  # the local edit stands


def test_the_migrated_library_searches_by_either_note_and_either_actor_name(migrated):
    library, _, _ = migrated
    found = [h.claim.id for h in searching.search(library, "press office")]
    assert found == [f"{OWN}-u01"]  # a curator's words still find the claim
    for actor in ("US government", "Trump administration"):
        ids = {h.claim.id for h in searching.search(
            library, "", searching.Filters(actor=actor), limit=200)}
        assert {"merics-ilr-03", "merics-ilr-21", "dn-waic-03", "dn-waic-11"} <= ids, actor
    bis = {h.claim.id for h in searching.search(
        library, "", searching.Filters(actor="US Commerce Department"), limit=200)}
    assert {"merics-ilr-11", "merics-ilr-15", "merics-ilr-16"} <= bis
    dated = {h.claim.id for h in searching.search(
        library, "", searching.Filters(date_from="2025-05-13", date_to="2025-05-13"))}
    assert {"merics-ilr-11", "merics-ilr-15", "merics-ilr-16"} <= dated


def test_the_split_in_sql_is_the_split_in_python(tmp_path):
    """Schema 3 → 4 on a file with a claim of every status, as ``split_legacy_note`` says."""
    path = tmp_path / "v3.sqlite"
    conn = sqlite3.connect(path)
    for script in schema.MIGRATIONS[:3]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 3")
    conn.execute("INSERT INTO sources(id, title, text) VALUES ('s', 'S', 'Text.')")
    for n, status in enumerate(STATUSES):
        conn.execute("INSERT INTO claims(id, source_id, statement, quote, start, \"end\", kind, "
                     "status, note) VALUES (?, 's', 'x', 'Text.', 0, 5, 'fact', ?, ?)",
                     [f"c{n}", status, f"Note of a claim {status}."])
    conn.execute("INSERT INTO claims(id, source_id, statement, quote, start, \"end\", kind, "
                 "status, note) VALUES ('empty', 's', 'x', 'Text.', 0, 5, 'fact', 'disputed', '')")
    conn.commit()
    assert schema.migrate(conn, str(path)) == 3
    for n, status in enumerate(STATUSES):
        got = conn.execute("SELECT reader_note, curator_note FROM claims WHERE id = ?",
                           [f"c{n}"]).fetchone()
        assert got == split_legacy_note(f"Note of a claim {status}.", status)
    assert conn.execute("SELECT reader_note, curator_note FROM claims WHERE id = 'empty'"
                        ).fetchone() == ("", "")
    conn.close()


def test_a_failed_migration_changes_nothing(tmp_path, monkeypatch):
    path, notes, _ = old_library(tmp_path)
    before = path.read_bytes()

    def broken(conn):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("briefing.core.library.legacy.rehash_pack_rows", broken)
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.OperationalError):
        schema.migrate(conn, str(path))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert dict(conn.execute("SELECT id, note FROM claims")) == notes  # still schema 3
    conn.close()
    assert path.read_bytes() == before


# ---- packs ------------------------------------------------------------------------------------


def test_a_version_1_pack_imports_with_its_notes_split(tmp_path, bundle):
    library = Library.open(tmp_path / "fresh.sqlite", bundle)
    report = import_pack(library, LEGACY / "own-2026.11.pack.json")
    assert sorted(report.added) == sorted([f"source:{OWN}", f"claim:{OWN}-u01",
                                           f"claim:{OWN}-u02"])
    assert library.claim(f"{OWN}-u01").curator_note == U01_NOTE
    assert library.claim(f"{OWN}-u02").reader_note == U02_NOTE
    library.close()


def test_what_a_pack_brought_before_the_migration_is_still_known(migrated, tmp_path):
    """The hashes the 2026.11 import recorded are rewritten for the migrated rows: a newer pack
    from the same curator updates the claims (they are as the pack left them), and the old pack
    again changes nothing."""
    library, _, _ = migrated
    newer = json.loads((LEGACY / "own-2026.11.pack.json").read_text(encoding="utf-8"))
    newer["created"] = "2027-01-05T09:00:00+00:00"
    newer["claims"][0]["statement"] = "The ministry says 1.2 billion euros will be there by 2027."
    newer["sources"][0]["outlet"] = "Beispiel-Zeitung (online)"
    path = tmp_path / "newer.pack.json"
    path.write_text(json.dumps(newer, ensure_ascii=False), encoding="utf-8")
    report = import_pack(library, path)
    assert report.updated == [f"source:{OWN}", f"claim:{OWN}-u01"] and report.conflicts == []
    assert library.source(OWN).outlet == "Beispiel-Zeitung (online)"
    assert library.claim(f"{OWN}-u01").statement.startswith("The ministry says 1.2")
    assert library.claim(f"{OWN}-u01").curator_note == U01_NOTE
    again = import_pack(library, LEGACY / "own-2026.11.pack.json")  # older than the library's
    assert (again.added, again.updated, again.conflicts) == ([], [], [])
    assert library.claim(f"{OWN}-u01").statement.startswith("The ministry says 1.2")


def test_a_2026_11_backup_restores_with_its_notes_split(tmp_path, bundle):
    backup = {"format": "briefing-user-backup", "version": 1, "created": "20251201-000000",
              "sources": [], "links": [], "counters": [],
              "claims": [{"id": "dn-waic-10", "source_id": "dn-waic", "statement": "Edited.",
                          "quote": bundle.claims[0].quote, "start": 0, "end": 0,
                          "kind": "figure", "speaker": "", "event_date": "", "actors": [],
                          "topics": [], "status": "as reported", "note": LOCAL_NOTE,
                          "origin": "bundled", "retired": False, "locally_modified": True}]}
    ten = next(c for c in bundle.claims if c.id == "dn-waic-10")
    backup["claims"][0].update(quote=ten.quote, start=ten.start, end=ten.end)
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "user-20251201-000000-0000000000000000.json").write_text(json.dumps(backup))
    library = Library.open(tmp_path / "lib.sqlite", bundle)
    assert LibraryGuard(tmp_path / "lib.sqlite", folder).restore_newest(library) is not None
    restored = library.claim("dn-waic-10")
    assert (restored.statement, restored.curator_note, restored.reader_note) == (
        "Edited.", LOCAL_NOTE, "")
    library.close()


# ---- saved briefings --------------------------------------------------------------------------


def test_a_format_1_briefing_keeps_every_word_and_exports_as_before():
    raw = json.loads((LEGACY / "waic-2026.11.briefing").read_text(encoding="utf-8"))
    assert raw["version"] == 1
    old = {i["id"]: i["claim"] for s in raw["sections"] for i in s["items"] if i["type"] == "claim"}
    briefing = documents.load(LEGACY / "waic-2026.11.briefing")
    for item in briefing.cited():
        note, status = old[item.claim_id]["note"], old[item.claim_id]["status"]
        assert (item.claim.reader_note, item.claim.curator_note) == split_legacy_note(note, status)
        assert not item.claim.quote_is_translation and item.source.title_short == ""
    six = next(i for i in briefing.cited() if i.claim_id == "dn-waic-06")
    # the saved copy keeps its words (the old note was the printed one) until refreshed
    assert six.claim.reader_note == old["dn-waic-06"]["note"]


def test_saving_writes_the_current_format_with_both_notes_and_the_alias(tmp_path):
    briefing = documents.load(LEGACY / "waic-2026.11.briefing")
    path = tmp_path / "w.briefing"
    documents.save(briefing, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == documents.VERSION
    claim = data["sections"][1]["items"][0]["claim"]
    assert claim["curator_note"] == U01_NOTE and claim["reader_note"] == ""
    assert claim["note"] == claim["reader_note"]  # the deprecated alias
    assert documents.load(path).cited() == briefing.cited()


def test_the_drift_check_shows_what_2026_12_changed(migrated):
    library, _, _ = migrated
    briefing = documents.load(LEGACY / "waic-2026.11.briefing")
    changes = {d.claim_id: d for d in reconcile.drift(briefing, library)}
    assert set(changes) == {"dn-waic-06", "merics-ilr-15", "dn-waic-07", "merics-ilr-11",
                            "dn-waic-10"}
    assert {"reader_note", "curator_note", "source title_short"} <= set(
        changes["dn-waic-06"].fields)
    # the local edit of dn-waic-10 was saved in the briefing: only its source has changed
    assert changes["dn-waic-10"].fields == ("source title_short",)
    assert {"event_date", "reader_note", "source date_approximate",
            "source title_short"} <= set(changes["merics-ilr-15"].fields)
    assert {"quote_is_translation", "quote_translated_from"} <= set(changes["dn-waic-07"].fields)
    assert "US Commerce Department" in library.claim("merics-ilr-11").actors
    done = reconcile.refresh(briefing, library, {"dn-waic-06"})
    assert done == ["dn-waic-06"]
    six = next(i for i in briefing.cited() if i.claim_id == "dn-waic-06")
    assert six.claim == library.claim("dn-waic-06")
    assert {d.claim_id for d in reconcile.drift(briefing, library)} == {
        "merics-ilr-15", "dn-waic-07", "merics-ilr-11", "dn-waic-10"}


def test_the_refreshed_claims_print_the_2026_12_notes(migrated, paths, processors):
    from briefing.cli import Context
    from briefing.export.pipeline import Exporter

    library, _, _ = migrated
    briefing = documents.load(LEGACY / "waic-2026.11.briefing")
    exporter = Exporter(Context(paths).templates(), Context(paths).styles(), library,
                        processors=processors)

    def notes() -> str:
        rendered = exporter.render(briefing)
        return " ".join("".join(s.text for s in part) for n in rendered.notes
                        for part in (n.content, *n.paragraphs))

    before = notes()  # the saved copies: what 2026.11 printed
    assert "Cite the figure as the article’s, not as fact." in before  # curly in exports
    assert "German original: „Insgesamt" in before
    reconcile.refresh(briefing, library)
    after = notes()
    assert "Cite the figure" not in after and "Status: disputed. Reports differ:" in after
    assert "German translation of CNN's English report of the speech: „Insgesamt" in after
    assert "[July 29, 2025?]" in after  # merics-ilr: the dateline's date, approximate
    assert "MERICS (Mercator Institute for China Studies), “Wandel der Wettbewerbssituation" in (
        after)


def test_the_cli_refreshes_an_existing_users_library(private_home, bundle):
    """The bundled-refresh path as the app takes it: the user's own library file, opened by the
    command line (Context → LibraryGuard → Library.open), migrated and refreshed, backed up."""
    import subprocess
    import sys

    target = private_home / "library.sqlite"
    target.write_bytes(gzip.decompress((LEGACY / "library-2026.11.sqlite.gz").read_bytes()))

    def briefing(*args):
        result = subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True,
                                text=True, timeout=120, check=False)
        assert result.returncode == 0, result.stderr
        return result

    six = json.loads(briefing("claims", "show", "dn-waic-06", "--json").stdout)
    assert six["reader_note"].startswith("Reports differ:") and "not as fact" in six[
        "curator_note"]
    assert six["note"] == six["reader_note"]
    own = json.loads(briefing("claims", "show", f"{OWN}-u01", "--json").stdout)
    assert own["curator_note"] == U01_NOTE
    assert bundle.version in briefing("--version").stdout
    backups = list((private_home / "backups").glob("user-*.json"))
    assert backups and U01_NOTE in backups[0].read_text(encoding="utf-8")
    # a saved briefing tells what changed, and takes it on request
    doc = private_home / "waic.briefing"
    shutil.copy(LEGACY / "waic-2026.11.briefing", doc)
    shown = briefing("show", str(doc))
    assert ("Claim dn-waic-06 changed in the library (reader_note, curator_note, source "
            "title_short)") in shown.stderr
    assert "briefing refresh" in shown.stderr
    assert "Refreshed 5 claims" in briefing("refresh", str(doc)).stdout
    assert json.loads(doc.read_text(encoding="utf-8"))["version"] == documents.VERSION
    assert "changed in the library" not in briefing("show", str(doc)).stderr


def test_claims_compare_equal_after_a_round_trip_through_json(bundle):
    from briefing.core.model import Claim, upgrade_claim_json

    for claim in bundle.claims:
        data = claim.to_json()
        back = upgrade_claim_json(data)
        back["actors"], back["topics"] = tuple(back["actors"]), tuple(back["topics"])
        assert Claim(**back) == claim
        legacy = {k: v for k, v in data.items() if k not in ("reader_note", "curator_note")}
        legacy["note"] = "x"
        split = upgrade_claim_json(legacy)
        assert (split["reader_note"], split["curator_note"]) == split_legacy_note(
            "x", claim.status)
    assert dataclasses.fields(Claim)  # (the model is a dataclass: to_json covers every field)
