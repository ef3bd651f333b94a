"""The core's errors and findings reach the German GUI in German (``messages.describe``), with
their parameters; the command line and ``--json`` stay English and unchanged."""

from __future__ import annotations

import ast
import json
import os
import re
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.core.context import Context
from briefing.core.curation.claims import edit_claim
from briefing.core.documents import files as documents
from briefing.core.documents import preflight, reconcile
from briefing.core.errors import BriefingError, LibraryBusyError
from briefing.core.library.sqlite_errors import classify
from briefing.core.paths import resources_dir
from briefing.core.templates import TemplateError, Templates
from briefing.export.pipeline import Exporter, ExportSettings
from briefing.gui.language import Language
from briefing.gui.messages import describe
from tests.core.test_claim_languages import _german

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "briefing_de.ts"
FIELD = re.compile(r"\{[^{}]*\}")
# Words an untranslated English sentence would carry; none may be left in the German.
ENGLISH = re.compile(r"\b(the|is|cannot|damaged|busy|claim|nothing|was|German|statement)\b")


@pytest.fixture
def german(qapp):
    language = Language(resources_dir())
    assert language.install("de") == "de"
    yield language
    language.remove()


def test_a_damaged_briefing_file_is_described_in_german(german, tmp_path):
    path = tmp_path / "kaputt.briefing"
    path.write_bytes(b'{"format": "briefing", "version": 3, "title": "x"')
    with pytest.raises(documents.BriefingFileError) as caught:
        documents.load(path)
    assert str(caught.value).startswith("kaputt.briefing is incomplete: it ends at line 1")
    shown = describe(caught.value)
    assert shown.startswith("kaputt.briefing ist unvollständig: Die Datei endet bei Zeile 1, "
                            "Spalte "), shown
    assert not ENGLISH.search(shown), shown


def test_an_export_to_a_target_that_cannot_be_written_is_described_in_german(
        german, tmp_path, library, paths, processors):
    context = Context(paths, citation_processors=processors)
    exporter = Exporter(context.templates(), context.styles(), library,
                        processors=context.processors())
    target = tmp_path / "ordner.docx"
    target.mkdir()  # a folder where the file should go (the tests may run as root)
    with pytest.raises(BriefingError) as caught:
        exporter.export(_german(library), target, ExportSettings(format="docx"))
    assert str(caught.value) == f"Cannot save to {target}: it is a folder."
    shown = describe(caught.value)
    assert shown == f"Speichern in {target} nicht möglich: Das ist ein Ordner."


def test_a_busy_library_is_described_in_german(german, library):
    holder = sqlite3.connect(library.path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        waiting = sqlite3.connect(library.path, timeout=0)
        with pytest.raises(sqlite3.OperationalError) as raw:
            waiting.execute("BEGIN EXCLUSIVE")
        waiting.close()
    finally:
        holder.rollback()
        holder.close()
    error = classify(raw.value, library.path)
    assert isinstance(error, LibraryBusyError)
    assert str(error).startswith(f"The library {library.path} is busy: another Briefing window")
    shown = describe(error)
    assert shown.startswith(f"Die Bibliothek {library.path} ist belegt: Ein anderes "
                            "Briefing-Fenster"), shown
    assert "15 Sekunden" in shown and not ENGLISH.search(shown)


def test_preflight_of_a_german_briefing_names_the_missing_german_in_german(
        german, library, paths):
    template = Templates([paths.templates]).get("leitungsvorlage")
    doc = _german(library)
    english_only = doc.cited()[1]
    english_only.claim = replace(english_only.claim, statement_translations=(),
                                 reader_note_translations=())
    [finding] = [f for f in preflight.check(doc, template, library) if f.code == "language"]
    assert "has no German statement and reader's note; the export prints the English" in (
        finding.message)
    shown = describe(finding)
    assert "(dn-waic-05)" in shown and "--statement-de" in shown
    assert "fehlt die Fassung auf Deutsch (Aussage und Anmerkung); der Export druckt die " \
           "englische" in shown, shown
    assert "German" not in shown and "reader's note" not in shown
    assert "„Chinese Premier" in shown and "“ (dn-waic-05)" in shown  # German marks


def test_a_disputed_claims_finding_quotes_the_german_note_in_german_marks(german, library,
                                                                          paths):
    """Seen in the German export dialog: „…“ (dn-waic-06) ist umstritten: Reports differ…"""
    template = Templates([paths.templates]).get("leitungsvorlage")
    doc = _german(library)
    edit_claim(library, "dn-waic-05", status="disputed", reader_notes={"de": "Strittig."})
    item = next(i for i in doc.cited() if i.claim.id == "dn-waic-05")
    item.claim = library.claim("dn-waic-05")
    [finding] = [f for f in preflight.check(doc, template, library)
                 if f.code == "status" and f.item == item.uid]
    assert finding.message.endswith("is disputed: Strittig.")
    shown = describe(finding)
    assert shown.startswith("„") and shown.endswith("ist umstritten: Strittig."), shown


def test_a_drift_is_described_in_german(german, library):
    doc = _german(library)
    edit_claim(library, "dn-waic-05", statements={"de": "Geändert."})
    [drift] = reconcile.drift(doc, library, "de-DE")
    assert drift.message().startswith("Claim dn-waic-05 changed in the library (statement (de))")
    shown = describe(drift)
    assert shown.startswith("Die Aussage dn-waic-05 wurde in der Bibliothek geändert "
                            "(Aussage (de)); das Briefing behält"), shown


def test_english_stays_english(qapp, library):
    """Without the German installed, describe() is the English sentence, word for word."""
    error = classify(sqlite3.OperationalError("database is locked"), library.path)
    assert describe(error) == str(error)


def _marked_in_code() -> set[str]:
    found = set()
    for path in (ROOT / "briefing").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
                    "marked", "QT_TRANSLATE_NOOP") and len(node.args) == 2 and all(
                    isinstance(a, ast.Constant) for a in node.args) and node.args[0].value in (
                    "core", "CoreWords"):
                found.add(node.args[1].value)
    return found


def test_every_core_message_is_translated_with_the_same_placeholders():
    messages = {}
    for context in ET.parse(TS).getroot():
        if context.findtext("name") in ("core", "CoreWords"):
            for message in context.findall("message"):
                translation = message.find("translation")
                forms = [f.text or "" for f in translation.findall("numerusform")] or [
                    translation.text or ""]
                messages[message.findtext("source")] = (translation.get("type"), forms)
    missing = _marked_in_code() - set(messages)
    assert not missing, f"not in the .ts (run scripts/update-translations.sh): {missing}"
    for source, (kind, forms) in messages.items():
        assert kind is None and all(f.strip() for f in forms), f"untranslated: {source!r}"
        for form in forms:
            assert set(FIELD.findall(form)) == set(FIELD.findall(source)), (source, form)


def test_the_command_line_stays_english_under_a_german_locale(tmp_path):
    environment = {**os.environ, "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8",
                   "LANGUAGE": "de"}

    def briefing(*args):
        return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True,
                              text=True, timeout=120, env=environment)

    doc = tmp_path / "a.briefing"
    assert briefing("new", "-o", str(doc), "--template", "key-messages", "--title",
                    "T").returncode == 0
    doc.write_bytes(doc.read_bytes()[:40])
    torn = briefing("show", str(doc))
    assert torn.returncode == 1
    assert "a.briefing is incomplete: it ends at line" in torn.stderr
    assert "unvollständig" not in torn.stderr
    found = json.loads(briefing("claims", "search", "Ascend", "--json").stdout)
    assert found and all("id" in claim for claim in found)
    listed = briefing("templates", "list", "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout)


def test_a_hostile_and_a_missing_template_are_described_in_german(german, tmp_path, paths):
    from tests.core.test_templates import make_template

    make_template(tmp_path, {"header.j2": "{{ 10 ** (10 ** 10) }}"})
    templates = Templates([tmp_path])
    with pytest.raises(TemplateError) as caught:
        templates.get("hostile").render("header", {})
    assert str(caught.value) == ("Template 'hostile', file header.j2, line 1: the number would "
                                 "have more than 4096 bits.")
    assert describe(caught.value) == ("Vorlage 'hostile', Datei header.j2, Zeile 1: die Zahl "
                                      "hätte mehr als 4096 Bit.")
    with pytest.raises(TemplateError) as missing:
        Templates([paths.templates]).get("nope")
    assert str(missing.value).startswith("No template 'nope'. Available: ")
    assert describe(missing.value).startswith("Keine Vorlage 'nope'. Verfügbar: ")


def test_the_systems_reason_and_the_date_forms_are_german(german, library, paths):
    from briefing.core.atomic import WriteError
    from briefing.core.errors import marked
    from briefing.core.text.dates import DATE_FORMS, WRITTEN_FORMS
    from briefing.gui.messages import DATE_FORM_LISTS

    assert DATE_FORM_LISTS == (DATE_FORMS, WRITTEN_FORMS)  # the lists the core writes
    error = WriteError(marked("core", "Cannot save to {path}: {reason}."), path="/mnt/x.docx",
                       reason="Read-only file system")
    assert describe(error) == ("Speichern in /mnt/x.docx nicht möglich: das Dateisystem ist "
                               "schreibgeschützt.")
    template = Templates([paths.templates]).get("leitungsvorlage")
    doc = _german(library)
    doc.metadata.date = "31.02.2025"
    [finding] = [f for f in preflight.check(doc, template, library) if f.field == "date"]
    shown = describe(finding)
    assert shown.startswith("„31.02.2025“ ist kein gültiges Datum (etwa 04.08.2025, "
                            "4. August 2025 oder 2025-08-04)"), shown
