"""What of a claim's notes reaches an exported document (library 2026.12).

The reader's note is printed with the status of a claim that is not "as reported"; the
curator's note never reaches any export, in any format, style or note placement; a quote
that is a translation is said to be one in its note.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
import zipfile

import pytest

from briefing.cli import Context
from briefing.core.documents import Briefing, Section, cite
from briefing.core.library import Library
from briefing.core.library.bundle import load_bundle
from briefing.export.pipeline import FORMATS, Exporter, ExportSettings
from tests.support import claim_entry, write_bundle

MARKER = "Curator-only marker 7f3a: never print this sentence."
TEXT = ("Die Regierung meldet 5.000 neue Stellen. Die Opposition nennt 3.000. "
        "„Wir bauen aus“, sagte die Ministerin. Der Plan wurde am Montag vorgestellt.")
CLAIMS = [
    claim_entry("src-01", "Die Regierung meldet 5.000 neue Stellen.", TEXT, kind="figure",
                status="as reported", reader_note="", curator_note=f"{MARKER} As reported."),
    claim_entry("src-02", "Die Opposition nennt 3.000.", TEXT, kind="figure", status="disputed",
                reader_note="Reports differ: the opposition counts 3,000.",
                curator_note=f"Checked against two reports. {MARKER}"),
    claim_entry("src-03", "„Wir bauen aus“, sagte die Ministerin.", TEXT, kind="quote",
                speaker="Ministerin", status="corroborated",
                reader_note="The minister spoke on 4 August 2025.",
                curator_note=MARKER, quote_is_translation=True,
                quote_translated_from="an English agency report of her speech"),
    claim_entry("src-04", "Der Plan wurde am Montag vorgestellt.", TEXT, kind="event",
                status="corrected", reader_note="It was presented on Tuesday, not Monday.",
                curator_note=MARKER),
]


@pytest.fixture(scope="module")
def marked_library(tmp_path_factory):
    folder = write_bundle(tmp_path_factory.mktemp("bundle"), CLAIMS, text=TEXT)
    library = Library.open(tmp_path_factory.mktemp("lib") / "library.sqlite",
                           load_bundle(folder))
    yield library
    library.close()


@pytest.fixture
def marked_briefing(paths, marked_library):
    template = Context(paths).templates().get("briefing-note")
    doc = Briefing(title="Jobs", template=template.id,
                   sections=[Section(s.key, s.heading) for s in template.sections])
    for entry in CLAIMS:
        claim = marked_library.claim(entry["id"])
        doc.insert("background", cite(claim, marked_library.source(claim.source_id)))
    return doc


def _exported_text(path, fmt: str) -> str:
    if fmt == "docx":
        with zipfile.ZipFile(path) as archive:  # every part: body, notes, properties, …
            return "\n".join(archive.read(name).decode("utf-8", "replace")
                             for name in archive.namelist())
    if fmt == "pdf":
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                              check=True, timeout=60).stdout
    return path.read_text(encoding="utf-8")


def _flat(text: str) -> str:
    """Words of the text without XML tags; NFKC: pdftotext gives ligatures ("ﬀ" for "ff")."""
    return " ".join(unicodedata.normalize("NFKC", re.sub(r"<[^>]+>", "", text)).split())


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("style", "notes"), [
    ("chicago-notes-bibliography-subsequent-ibid-17th-edition", "footnote"),
    ("mhra-notes", "endnote"),
    ("apa", "footnote"),  # author–date: status and quote go into the body, in brackets
])
def test_a_curator_note_never_reaches_an_export(tmp_path, paths, processors, marked_library,
                                                 marked_briefing, fmt, style, notes):
    exporter = Exporter(Context(paths).templates(), Context(paths).styles(), marked_library,
                        processors=processors)
    out = tmp_path / f"jobs.{fmt}"
    exporter.export(marked_briefing, out, ExportSettings(format=fmt, style=style, notes=notes))
    text = _flat(_exported_text(out, fmt))
    assert "Curator-only marker" not in text and "7f3a" not in text
    assert "Checked against two reports" not in text
    # ... while what the reader is meant to see is there (so the check above looks at text):
    # the reader's notes of claims that are not "as reported", after their status.
    assert "Status: disputed. Reports differ: the opposition counts 3,000." in text
    assert "Status: corrected. It was presented on Tuesday, not Monday." in text
    assert "Status: corroborated. The minister spoke on 4 August 2025." in text
    assert "Status: as reported" not in text


def test_a_reader_note_of_an_as_reported_claim_is_not_printed(tmp_path, paths, processors,
                                                              marked_library, marked_briefing):
    item = marked_briefing.sections[2].items[0]
    assert item.claim.status == "as reported"
    item.claim = type(item.claim)(**{**vars(item.claim), "reader_note": "Never shown."})
    exporter = Exporter(Context(paths).templates(), Context(paths).styles(), marked_library,
                        processors=processors)
    rendered = exporter.render(marked_briefing)
    notes = " ".join("".join(s.text for s in p) for n in rendered.notes for p in n.paragraphs)
    assert "Never shown." not in notes and "Status: disputed." in notes


def test_the_translation_mark_reaches_the_note(tmp_path, paths, processors, marked_library,
                                               marked_briefing):
    exporter = Exporter(Context(paths).templates(), Context(paths).styles(), marked_library,
                        processors=processors)
    out = tmp_path / "jobs.docx"
    exporter.export(marked_briefing, out, ExportSettings(format="docx"))
    notes = _flat(_exported_text(out, "docx"))
    # A quote inside the quote takes the inner marks: never „„ (issue 17).
    assert ("German translation of an English agency report of her speech: "
            "„‚Wir bauen aus‘, sagte die Ministerin.“") in notes
    assert "German original: „Die Opposition nennt 3.000.“" in notes  # not a translation


def test_bundled_quotes_of_li_qiang_are_marked_as_translations(tmp_path, exporter, library,
                                                               context):
    template = context.templates().get("briefing-note")
    doc = Briefing(title="WAIC", template=template.id,
                   sections=[Section(s.key, s.heading) for s in template.sections])
    for claim_id in ("dn-waic-07", "dn-waic-06", "dn-waic-25"):
        claim = library.claim(claim_id)
        doc.insert("background", cite(claim, library.source(claim.source_id)))
    out = tmp_path / "waic.md"
    exporter.export(doc, out, ExportSettings(format="md"))
    text = _flat(out.read_text(encoding="utf-8"))
    assert ("German translation of CNN's English report of the speech: „Insgesamt ist die "
            "globale KI-Governance noch fragmentiert.“") in text
    assert "German original: „Insgesamt" not in text
    assert "German translation of CNN's English report of his speech: „‚Diese" in text
    # dn-waic-06: both sides for the reader; the curators' instruction stays out
    assert "Status: disputed. Reports differ:" in text
    assert "not as fact" not in text and "Cite the figure" not in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_curator_note_never_reaches_a_german_export(tmp_path, paths, processors,
                                                      marked_library, fmt):
    """The same in a German briefing (Heilmann's notes, German words, the German fallbacks):
    the reader's notes are printed (in English: the test library has no German ones), the
    curator's never."""
    template = Context(paths).templates().get("hintergrundinformation")
    doc = Briefing(title="Stellen", template=template.id,
                   sections=[Section(s.key, s.heading) for s in template.sections])
    for entry in CLAIMS:
        claim = marked_library.claim(entry["id"])
        doc.insert("sachstand", cite(claim, marked_library.source(claim.source_id)))
    exporter = Exporter(Context(paths).templates(), Context(paths).styles(), marked_library,
                        processors=processors)
    out = tmp_path / f"stellen.{fmt}"
    exporter.export(doc, out, ExportSettings(format=fmt))
    text = _flat(_exported_text(out, fmt))
    assert "Curator-only marker" not in text and "7f3a" not in text
    assert "Checked against two reports" not in text
    assert "Status: umstritten. Reports differ: the opposition counts 3,000." in text
    assert "Status: berichtigt. It was presented on Tuesday, not Monday." in text
    assert ("Übersetzung (Deutsch) aus an English agency report of her speech: "
            "„‚Wir bauen aus‘, sagte die Ministerin.“") in text
