"""Claims in two languages (issue 19): a claim's statement in English and in German, from the
bundle's translation overlay into the library (every earlier schema migrated), search,
curation, packs, saved briefings, the drift check and the preflight of a German briefing."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace

import pytest

from briefing.core.curation.claims import add_claim, edit_claim
from briefing.core.curation.errors import ClaimInputError
from briefing.core.documents import (
    Briefing,
    Metadata,
    Section,
    briefing_language,
    cite,
    preflight,
    reconcile,
)
from briefing.core.documents import files as documents
from briefing.core.errors import BundleError
from briefing.core.importing import build_source, read_bytes
from briefing.core.importing.sources import add_source
from briefing.core.library import Library, schema
from briefing.core.library import search as searching
from briefing.core.library.bundle import load_bundle
from briefing.core.library.legacy import legacy_sha256
from briefing.core.library.packs import PackError, content_sha256, export_pack, import_pack
from briefing.core.model import Claim, translations_of
from briefing.core.paths import resources_dir
from briefing.core.templates import Templates

# The Li Qiang claims whose German statement (or, merics-ilr-04, reader's note) names his office
LI_QIANG_DE = {"dn-waic-05", "dn-waic-07", "dn-waic-08", "dn-waic-09", "dn-waic-14",
               "dn-waic-15", "merics-ilr-04"}
TEXT = "Die Regierung meldete am Montag 5.000 neue Stellen in der Chipindustrie."


def test_the_model_holds_a_statement_per_language():
    claim = Claim(id="c", source_id="s", statement="The government reported jobs.", quote="q",
                  start=0, end=1, kind="fact",
                  statement_translations=translations_of(
                      {"de-DE": "Die Regierung meldete Stellen.", "en": "ignored"}))
    assert claim.statement_translations == (("de", "Die Regierung meldete Stellen."),)
    assert claim.statement_in("de-AT") == "Die Regierung meldete Stellen."
    assert claim.statement_in("en-GB") == claim.statement_in("") == claim.statement
    assert claim.statement_in("fr") is None
    data = claim.to_json()
    assert data["statement"] == claim.statement  # the JSON contract: English, as before
    assert data["statements"] == {"en": claim.statement, "de": "Die Regierung meldete Stellen."}
    assert "statement_translations" not in data
    hash(claim)  # still a value
    for bad in ({"deutsch": "x"}, {"de": "x", "de-DE": "y"}, {"1": "x"}):
        with pytest.raises(ValueError):
            translations_of(bad)


# ---- the bundle -------------------------------------------------------------------------------


def test_the_bundled_reader_notes_are_german_too(bundle):
    noted = [c for c in bundle.claims if c.reader_note]
    assert len(noted) == 11
    for claim in noted:
        german = claim.reader_note_for("de-DE")
        assert german != claim.reader_note and claim.reader_notes == {
            "en": claim.reader_note, "de": german}
    fifteen = next(c for c in bundle.claims if c.id == "merics-ilr-15")
    assert fifteen.reader_note_for("de").startswith("Fehler im Text: „901B, C und D“")
    assert fifteen.reader_note_for("en-GB") == fifteen.reader_note
    assert fifteen.untranslated("de") == ()
    english_only = replace(fifteen, reader_note_translations=())
    assert english_only.untranslated("de-DE") == ("reader_note",)
    assert english_only.untranslated("en-GB") == ()


def test_every_bundled_claim_has_its_german_statement(bundle):
    raw = (resources_dir() / "library" / "translations" / "de.toml").read_text(encoding="utf-8")
    for claim in bundle.claims:
        german = claim.statement_in("de")
        assert german and german != claim.statement and german in raw, claim.id
        assert claim.statements["en"] == claim.statement


def _bundle_copy(tmp_path):
    folder = tmp_path / "library"
    shutil.copytree(resources_dir() / "library", folder)
    return folder


def test_a_changed_translation_changes_the_digest_and_refreshes_the_library(tmp_path, bundle):
    folder = _bundle_copy(tmp_path)
    german = folder / "translations" / "de.toml"
    german.write_text(german.read_text(encoding="utf-8").replace(
        "MERICS beschreibt einen Wandel", "MERICS schildert einen Wandel"), encoding="utf-8")
    changed = load_bundle(folder)
    assert changed.digest != bundle.digest and changed.version == bundle.version
    path = tmp_path / "lib.sqlite"
    Library.open(path, bundle).close()
    with Library.open(path, changed) as library:
        assert library.last_update is not None
        assert library.claim("merics-ilr-01").statement_in("de").startswith("MERICS schildert")
        assert [h.claim.id for h in searching.search(library, "schildert")] == ["merics-ilr-01"]


@pytest.mark.parametrize("change, message", [
    (lambda t: t + '\n[claims."no-such-claim"]\nstatement = "Text."\n', "no such claim"),
    (lambda t: t.replace('language = "de-DE"', 'language = "fr-FR"'), "language must be"),
    (lambda t: t.replace('[claims."merics-ilr-02"]\n', '[claims."merics-ilr-02"]\nnote = "x"\n'),
     "needs a statement"),
    (lambda t: t.replace('[claims."merics-ilr-02"]\n',
                         '[claims."merics-ilr-02"]\nreader_note = "Text."\n'),
     "a reader_note for a claim that has none in English"),
])
def test_a_malformed_translation_fails_the_bundle_loudly(tmp_path, change, message):
    folder = _bundle_copy(tmp_path)
    german = folder / "translations" / "de.toml"
    german.write_text(change(german.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(BundleError, match=message):
        load_bundle(folder)


# ---- the library: migration and search ---------------------------------------------------------


def _library_at(path, version: int) -> None:
    """A library file as the app of schema ``version`` left it: its tables, a user source and
    claim, and (from schema 2) the hash a pack import recorded for that claim."""
    conn = sqlite3.connect(path, isolation_level=None)
    for step in schema.MIGRATIONS[:version]:
        conn.execute("BEGIN")
        step(conn) if callable(step) else schema._run_script(conn, step)
        conn.execute("COMMIT")
    conn.execute(f"PRAGMA user_version = {version}")
    if version == 0:
        conn.close()
        return
    conn.execute("INSERT INTO sources(id, origin, title, text) VALUES ('own', 'user', 'Meldung', ?)",
                 [TEXT])
    note = "note" if version < 4 else "curator_note"
    conn.execute(f'INSERT INTO claims(id, origin, source_id, statement, quote, start, "end", kind, '
                 f"{note}, search_text) VALUES ('own-u01', 'user', 'own', 'Jobs were reported.', "
                 f"'5.000 neue Stellen', 35, 53, 'figure', 'Checked.', 'jobs were reported')")
    if version >= 2:
        claim = Claim(id="own-u01", source_id="own", statement="Jobs were reported.",
                      quote="5.000 neue Stellen", start=35, end=53, kind="figure",
                      curator_note="Checked.", origin="user")
        digest = legacy_sha256(claim) if version < 4 else content_sha256(claim)
        conn.execute("INSERT INTO pack_rows VALUES ('claim', 'own-u01', ?, '')", [digest])
    conn.close()


@pytest.mark.parametrize("version", range(schema.SCHEMA_VERSION))
def test_a_library_of_every_earlier_schema_opens_with_both_languages(tmp_path, bundle, version):
    path = tmp_path / "library.sqlite"
    _library_at(path, version)
    with Library.open(path, bundle) as library:
        assert library.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        for claim in bundle.claims:
            assert library.claim(claim.id) == claim  # the German statements are in
        found = {h.claim.id for h in searching.search(library, "Ministerpräsident", limit=100)}
        assert found == LI_QIANG_DE
        if version:
            own = library.claim("own-u01")
            assert own.statement_translations == () and own.curator_note == "Checked."
        if version >= 2:  # what the pack brought is still known as the pack's
            recorded = library.db.execute(
                "SELECT sha256 FROM pack_rows WHERE id = 'own-u01'").fetchone()[0]
            assert recorded == content_sha256(library.claim("own-u01"))


def test_search_finds_claims_by_the_words_of_either_language(library):
    def ids(query):
        return [h.claim.id for h in searching.search(library, query, limit=100)]

    assert set(ids("Ministerpräsident")) == LI_QIANG_DE
    assert set(ids("ministerprasident")) == LI_QIANG_DE  # folded, as every word is
    assert ids("Bindung") == ["merics-ilr-10"]
    assert "merics-ilr-10" in ids("transition sooner")  # the English words still count
    assert ids("Allgemeinen Künstlichen Intelligenz") == ["merics-ilr-10"]
    assert searching.count(library, "Ministerpräsident") == len(LI_QIANG_DE)


# ---- curation ---------------------------------------------------------------------------------


@pytest.fixture
def own(library):
    return add_source(library, build_source(read_bytes(TEXT.encode(), "m.txt"),
                                            {"title": "Meldung", "outlet": "Blatt"}))


def test_a_curator_gives_and_changes_the_german_statement(library, own):
    claim = add_claim(library, own.id, "5.000 neue Stellen", "The government reported 5,000 jobs.",
                      "figure", statements={"de": "  Die Regierung meldete 5.000 neue Stellen. "})
    assert claim.statement_in("de") == "Die Regierung meldete 5.000 neue Stellen."
    assert [h.claim.id for h in searching.search(library, "meldete")] == [claim.id]
    english = edit_claim(library, claim.id, statement="The government announced 5,000 jobs.")
    assert english.statement_in("de") == claim.statement_in("de")  # untouched
    german = edit_claim(library, claim.id, statements={"de": "Die Regierung kündigte an."})
    assert german.statement_in("de") == "Die Regierung kündigte an."
    assert not searching.search(library, "meldete")  # the old German words are gone
    assert edit_claim(library, claim.id, statements={"de": ""}).statement_translations == ()
    before = library.claim("merics-ilr-10")
    bundled = edit_claim(library, "merics-ilr-10", statements={"de": "Neu."})
    assert bundled == replace(before, statement_translations=(("de", "Neu."),))
    assert library.db.execute("SELECT locally_modified FROM claims WHERE id = 'merics-ilr-10'"
                              ).fetchone()[0] == 1  # the bundle's refresh now leaves it alone
    noted = edit_claim(library, claim.id, status="disputed", reader_note="Reports differ.",
                       reader_notes={"de": "Die Angaben sind widersprüchlich."})
    assert noted.reader_note_for("de") == "Die Angaben sind widersprüchlich."
    assert [h.claim.id for h in searching.search(library, "widersprüchlich")] == [claim.id]
    with pytest.raises(ClaimInputError, match="not a language code"):
        edit_claim(library, claim.id, statements={"deutsch": "Text."})
    with pytest.raises(ClaimInputError, match="English reader's note is the claim's own"):
        edit_claim(library, claim.id, reader_notes={"en": "Text."})
    with pytest.raises(ClaimInputError, match="English statement"):
        edit_claim(library, claim.id, statements={"en": "Text."})
    with pytest.raises(ClaimInputError, match=r"statement \(de\): longer than"):
        edit_claim(library, claim.id, statements={"de": "x" * 20_001})


# ---- packs ------------------------------------------------------------------------------------


@pytest.fixture
def other(tmp_path, bundle):
    lib = Library.open(tmp_path / "other.sqlite", bundle)
    yield lib
    lib.close()


def test_a_pack_carries_the_german_statements(tmp_path, library, other, own):
    claim = add_claim(library, own.id, "5.000 neue Stellen", "Jobs.", "figure",
                      statements={"de": "Stellen."}, status="disputed",
                      reader_note="Other reports differ.",
                      reader_notes={"de": "Andere Berichte weichen ab."})
    path = tmp_path / "p.json"
    export_pack(library, path, [own.id])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["claims"][0]["statements"] == {"en": "Jobs.", "de": "Stellen."}
    assert data["claims"][0]["statement"] == "Jobs."
    assert data["claims"][0]["reader_notes"] == {"en": "Other reports differ.",
                                                 "de": "Andere Berichte weichen ab."}
    import_pack(other, path)
    assert other.claim(claim.id) == replace(claim, origin="user")
    again = import_pack(other, path)
    assert (again.added, again.updated, again.conflicts) == ([], [], [])


def test_an_older_pack_leaves_the_german_statements_as_they_are(tmp_path, library, other):
    """A version 2 pack of the bundled claims (English only) says nothing of German: the
    claims it brings unchanged are skipped, and the library keeps their German."""
    path = tmp_path / "p.json"
    export_pack(library, path, ["merics-ilr"])
    data = json.loads(path.read_text(encoding="utf-8"))
    data["version"] = 2
    for claim in data["claims"]:
        del claim["statements"], claim["reader_notes"]
    data["claims"][0]["statement"] = "A changed English statement."
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    report = import_pack(other, path)
    assert report.updated == ["claim:merics-ilr-01"] and report.conflicts == []
    one = other.claim("merics-ilr-01")
    assert one.statement == "A changed English statement."
    assert one.statement_in("de").startswith("MERICS beschreibt")
    assert other.claim("merics-ilr-02").statement_in("de") == library.claim(
        "merics-ilr-02").statement_in("de")


@pytest.mark.parametrize("statements, message", [
    ({"deutsch": "x"}, "not a language code"),
    ({"de": 5}, "statements"),
    ("Stellen.", "statements"),
])
def test_a_pack_with_malformed_statements_is_refused(tmp_path, library, other, statements,
                                                     message):
    path = tmp_path / "p.json"
    export_pack(library, path, ["dn-waic"])
    data = json.loads(path.read_text(encoding="utf-8"))
    data["claims"][3]["statements"] = statements
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(PackError, match=message) as raised:
        import_pack(other, path)
    assert "dn-waic-04" in str(raised.value) and "nothing was imported" in str(raised.value)


# ---- saved briefings --------------------------------------------------------------------------


def _german(library, language=""):
    doc = Briefing(title="KI", template="leitungsvorlage", metadata=Metadata(language=language),
                   sections=[Section("sachverhalt", "I. Sachverhalt")])
    for claim_id in ("merics-ilr-10", "dn-waic-05"):
        claim = library.claim(claim_id)
        doc.insert("sachverhalt", cite(claim, library.source(claim.source_id)))
    return doc


def test_a_briefing_keeps_both_statements_and_older_files_read_as_english(tmp_path, library):
    doc = _german(library)
    path = tmp_path / "v.briefing"
    documents.save(doc, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == documents.VERSION == 4  # 4: quote_translated_from_by_language
    saved = data["sections"][0]["items"][0]["claim"]
    assert saved["statements"]["de"].startswith("Laut MERICS bedeutet die zunehmende Bindung")
    assert documents.load(path) == doc
    # A format 2 file (before issue 19): no statements, read as English only
    data["version"] = 2
    for item in data["sections"][0]["items"]:
        del item["claim"]["statements"], item["claim"]["reader_notes"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    old = documents.load(path)
    assert [i.claim.statement_translations for i in old.cited()] == [(), ()]
    assert [i.claim.statement for i in old.cited()] == [i.claim.statement for i in doc.cited()]
    data["sections"][0]["items"][0]["claim"]["statements"] = {"deutsch": "x"}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(documents.BriefingFileError,
                       match="damaged: 'statements': 'deutsch' is not a language code"):
        documents.load(path)


def test_the_drift_check_compares_the_briefings_language(tmp_path, library):
    doc = _german(library)
    for item in doc.cited():  # as a file from before issue 19 holds them
        item.claim = replace(item.claim, statement_translations=())
    assert reconcile.drift(doc, library, "en-GB") == []  # English: nothing it prints changed
    changes = reconcile.drift(doc, library, "de-DE")
    assert [(d.claim_id, d.fields) for d in changes] == [
        ("merics-ilr-10", ("statement (de)",)), ("dn-waic-05", ("statement (de)",))]
    assert "statement (de)" in changes[0].message()
    assert reconcile.refresh(doc, library, {"dn-waic-05"}, "de-DE") == ["dn-waic-05"]
    assert doc.cited()[1].claim.statement_in("de") == library.claim("dn-waic-05").statement_in(
        "de")
    # a German statement the snapshot has is compared in any briefing
    edit_claim(library, "dn-waic-05", statements={"de": "Geändert."})
    assert [d.fields for d in reconcile.drift(doc, library, "en-GB")] == [("statement (de)",)]


def test_a_german_briefings_preflight_names_claims_without_a_german_statement(library, paths):
    templates = Templates([paths.templates])
    template = templates.get("leitungsvorlage")
    doc = _german(library)
    assert briefing_language(doc, template.language) == "de-DE"
    assert briefing_language(_german(library, "en-GB"), template.language) == "en-GB"
    assert briefing_language(_german(library), "") == "en-GB"
    assert not [f for f in preflight.check(doc, template, library) if f.code == "language"]
    english_only = doc.cited()[1]
    english_only.claim = replace(english_only.claim, statement_translations=())
    findings = [f for f in preflight.check(doc, template, library) if f.code == "language"]
    assert [(f.item, f.section) for f in findings] == [(english_only.uid, "sachverhalt")]
    assert "(dn-waic-05) has no German statement; the export prints the English" in (
        findings[0].message)
    assert "--statement-de" in findings[0].message
    english_only.claim = replace(english_only.claim, reader_note_translations=())
    findings = [f for f in preflight.check(doc, template, library) if f.code == "language"]
    assert "has no German statement and reader's note" in findings[0].message
    assert "--statement-de … --reader-note-de …" in findings[0].message
    # the same briefing in English has nothing to say about German
    doc.metadata.language = "en-GB"
    assert not [f for f in preflight.check(doc, template, library) if f.code == "language"]
    # the word count counts the words the export prints
    german = preflight.section_words(doc.sections[0].items, "de-DE")
    english = preflight.section_words(doc.sections[0].items, "en-GB")
    assert german != english
