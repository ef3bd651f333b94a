"""A translated quote in a German briefing (issue 16): the footnote says what the quote is a
translation of in German ("Übersetzung (Deutsch) aus dem englischen Bericht von CNN über die
Rede"), not only "Übersetzung (Deutsch)", which presents CNN's words as Li Qiang's.

What a quote translates (``quote_translated_from``) is held per language like the statement:
from the bundle's overlay into the library (schema 7), curation and the command line, packs
(version 4), saved briefings (format 4), the drift check and the preflight of a German
briefing, which names a claim that has it only in English (the export then prints that).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from dataclasses import replace

import pytest

from briefing.cli import Context
from briefing.core.curation.claims import add_claim, edit_claim
from briefing.core.documents import Briefing, Metadata, Section, cite, preflight, reconcile
from briefing.core.documents import files as documents
from briefing.core.errors import BundleError
from briefing.core.importing import build_source, read_bytes
from briefing.core.importing.sources import add_source
from briefing.core.library import Library
from briefing.core.library.bundle import load_bundle
from briefing.core.library.packs import VERSION, export_pack, import_pack
from briefing.core.paths import resources_dir
from briefing.export.pipeline import FORMATS, Exporter, ExportSettings

SPEECH_DE = "dem englischen Bericht von CNN über die Rede"
LI = "dn-waic-07"  # "Insgesamt ist die globale KI-Governance noch fragmentiert."
KAO = "dn-waic-25"
TEXT = "„Wir bauen aus“, sagte die Ministerin am Montag."


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", re.sub(r"<[^>]+>", "", text)).split())


def _exported(path, fmt: str) -> str:
    if fmt == "docx":
        with zipfile.ZipFile(path) as archive:
            return _flat("\n".join(archive.read(n).decode("utf-8", "replace")
                                   for n in archive.namelist()))
    if fmt == "pdf":
        return _flat(subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                    text=True, check=True, timeout=60).stdout)
    return _flat(path.read_text(encoding="utf-8"))


def _german_briefing(context, library, claim_ids, template="hintergrundinformation"):
    spec = context.templates().get(template)
    doc = Briefing(title="WAIC", template=spec.id, metadata=Metadata(language="de-DE"),
                   sections=[Section(s.key, s.heading) for s in spec.sections])
    for claim_id in claim_ids:
        claim = library.claim(claim_id)
        doc.insert(spec.sections[1].key, cite(claim, library.source(claim.source_id)))
    return doc


@pytest.fixture
def context(paths, processors):
    return Context(paths, citation_processors=processors)


@pytest.fixture
def exporter(context, library):
    return Exporter(context.templates(), context.styles(), library,
                    processors=context.processors())


# ---- the bundle and the library ---------------------------------------------------------------


def test_the_bundled_translated_quotes_say_what_they_translate_in_german(bundle):
    marked = {c.id: c for c in bundle.claims if c.quote_is_translation}
    assert set(marked) == {"dn-waic-07", "dn-waic-08", "dn-waic-09", "dn-waic-14",
                           "dn-waic-15", "dn-waic-24", "dn-waic-25"}
    for claim in marked.values():
        german = claim.text_in("quote_translated_from", "de-DE")
        assert german.startswith("dem englischen Bericht von CNN über "), claim.id
        assert claim.untranslated("de-DE") == (), claim.id
    assert bundle.claims[0].text_in("quote_translated_from", "de") is None
    assert marked[KAO].text_in("quote_translated_from", "de").endswith("über seine Rede")


def test_a_translated_from_for_a_claim_without_one_fails_the_bundle(tmp_path):
    folder = tmp_path / "library"
    shutil.copytree(resources_dir() / "library", folder)
    german = folder / "translations" / "de.toml"
    german.write_text(german.read_text(encoding="utf-8").replace(
        '[claims."dn-waic-06"]\n', f'[claims."dn-waic-06"]\nquote_translated_from = "{SPEECH_DE}"\n'),
        encoding="utf-8")
    with pytest.raises(BundleError, match="a quote_translated_from for a claim that has none"):
        load_bundle(folder)


@pytest.fixture
def own(library):
    return add_source(library, build_source(read_bytes(TEXT.encode(), "m.txt"),
                                            {"title": "Meldung", "outlet": "Blatt",
                                             "language": "de"}))


def test_a_curator_gives_changes_and_removes_the_german(library, own):
    claim = add_claim(library, own.id, "„Wir bauen aus“", "The minister said they would expand.",
                      "quote", speaker="Ministerin", quote_is_translation=True,
                      quote_translated_from="an English agency report of her speech",
                      quote_translated_from_by_language={
                          "de": "  einem englischen Agenturbericht über ihre Rede "})
    assert claim.text_in("quote_translated_from", "de") == (
        "einem englischen Agenturbericht über ihre Rede")
    assert claim.to_json()["quote_translated_from_by_language"] == {
        "en": "an English agency report of her speech",
        "de": "einem englischen Agenturbericht über ihre Rede"}
    claim = edit_claim(library, claim.id, quote_translated_from_by_language={"de": ""})
    assert claim.quote_translated_from_translations == ()


# ---- packs and saved briefings --------------------------------------------------------------


@pytest.fixture
def other(tmp_path, bundle):
    lib = Library.open(tmp_path / "other.sqlite", bundle)
    yield lib
    lib.close()


def test_a_pack_carries_it_and_an_older_pack_leaves_it_as_it_is(tmp_path, library, other):
    path = tmp_path / "p.json"
    export_pack(library, path, ["dn-waic"])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == VERSION == 4
    li = next(c for c in data["claims"] if c["id"] == LI)
    assert li["quote_translated_from_by_language"] == {
        "en": "CNN's English report of the speech", "de": SPEECH_DE}
    # a version 3 pack (before this) knows the English only: the library keeps its German
    data["version"] = 3
    for claim in data["claims"]:
        del claim["quote_translated_from_by_language"]
    li = next(c for c in data["claims"] if c["id"] == LI)
    li["quote_translated_from"] = "CNN's report of the speech"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    report = import_pack(other, path)
    assert report.updated == [f"claim:{LI}"] and report.conflicts == []
    assert other.claim(LI).quote_translated_from == "CNN's report of the speech"
    assert other.claim(LI).text_in("quote_translated_from", "de") == SPEECH_DE


def test_a_briefing_file_keeps_it_and_an_older_file_reads_without(tmp_path, context, library):
    doc = _german_briefing(context, library, [LI])
    path = tmp_path / "w.briefing"
    documents.save(doc, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == documents.VERSION == 4
    saved = data["sections"][1]["items"][0]["claim"]
    assert saved["quote_translated_from_by_language"]["de"] == SPEECH_DE
    assert documents.load(path) == doc
    data["version"] = 3  # issue 19's format: no such key
    del saved["quote_translated_from_by_language"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    old = documents.load(path)
    assert old.cited()[0].claim.quote_translated_from_translations == ()
    # the drift check of a German briefing names what it lacks; refreshing takes it
    changes = reconcile.drift(old, library, "de-DE")
    assert [d.fields for d in changes] == [("quote_translated_from (de)",)]
    assert reconcile.refresh(old, library, None, "de-DE") == [LI]
    assert old.cited()[0].claim == library.claim(LI)


# ---- what a German briefing prints ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_german_footnote_says_what_the_quote_translates(tmp_path, context, library, exporter,
                                                          fmt):
    doc = _german_briefing(context, library, [LI, KAO, "dn-waic-06"])
    out = tmp_path / f"waic.{fmt}"
    exporter.export(doc, out, ExportSettings(format=fmt))
    text = _exported(out, fmt)
    assert ("Übersetzung (Deutsch) aus dem englischen Bericht von CNN über die Rede: "
            "„Insgesamt ist die globale KI-Governance noch fragmentiert.“") in text
    assert ("Übersetzung (Deutsch) aus dem englischen Bericht von CNN über seine Rede: "
            "„‚Diese Entwicklungen") in text
    assert "Übersetzung (Deutsch): „" not in text  # never a bare "translation"
    assert "Wortlaut im Original: „auf der" in text  # dn-waic-06: the article's own words
    assert "CNN's English report" not in text and "CNN&#x27;s" not in text


def test_an_english_only_translated_from_is_printed_and_named_by_the_preflight(
        tmp_path, context, library, exporter):
    edit_claim(library, LI, quote_translated_from_by_language={"de": ""})
    doc = _german_briefing(context, library, [LI])
    template = context.templates().get(doc.template)
    findings = [f for f in preflight.check(doc, template, library) if f.code == "language"]
    assert len(findings) == 1
    assert f"({LI}) has no German note on what the quote translates" in findings[0].message
    assert f"briefing claims edit {LI} --translated-from-de …" in findings[0].message
    rendered = exporter.render(doc)
    notes = " ".join("".join(s.text for s in p) for n in rendered.notes for p in n.paragraphs)
    assert "Übersetzung (Deutsch) aus CNN's English report of the speech: „Insgesamt" in notes
    # a translator is named too, in the briefing's words
    item = doc.cited()[0]
    item.claim = replace(item.claim, quote_translator="Agentur X",
                         quote_translated_from_translations=(("de", SPEECH_DE),))
    notes = " ".join("".join(s.text for s in p) for n in exporter.render(doc).notes
                     for p in n.paragraphs)
    assert f"Übersetzung (Deutsch) von Agentur X aus {SPEECH_DE}: „Insgesamt" in notes


def test_the_command_line_sets_and_shows_it(private_home):
    def briefing(*args):
        result = subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True,
                                text=True, timeout=120, check=False)
        assert result.returncode == 0, result.stderr
        return result.stdout

    briefing("claims", "edit", KAO, "--translated-from-de", "dem CNN-Bericht über seine Rede")
    shown = json.loads(briefing("claims", "show", KAO, "--json"))
    assert shown["quote_translated_from_by_language"]["de"] == "dem CNN-Bericht über seine Rede"
    assert "Translated from (de): dem CNN-Bericht über seine Rede" in briefing(
        "claims", "show", KAO)
