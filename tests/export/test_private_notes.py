"""Commentary is printed after its claim; a private note is never exported, in any format, and
the preflight lists neither as a problem."""

from __future__ import annotations

import subprocess
import zipfile

import pytest

from briefing.core.documents import files as documents
from briefing.export.pipeline import FORMATS, ExportSettings

COMMENTARY = "Commentaryword: the minister should read this."
NOTE = "Privatenoteword: ring Treasury before Friday."
PARAGRAPH_NOTE = "Paranoteword: my own reminder."


@pytest.fixture
def annotated(briefing):
    claim = briefing.section("background").items[0]
    claim.comment = COMMENTARY
    claim.private_note = NOTE
    briefing.section("summary").items[0].private_note = PARAGRAPH_NOTE
    return briefing


def _exported_text(path) -> str:
    if path.suffix == ".docx":
        with zipfile.ZipFile(path) as package:  # every part: body, notes, properties
            return "\n".join(package.read(name).decode("utf-8", "replace")
                             for name in package.namelist())
    if path.suffix == ".pdf":
        done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
        return done.stdout.decode("utf-8") + path.read_bytes().decode("latin-1")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_private_notes_are_never_exported(tmp_path, exporter, annotated, fmt):
    out = tmp_path / f"b.{fmt}"
    exporter.export(annotated, out, ExportSettings(format=fmt))
    text = _exported_text(out)
    assert "Privatenoteword" not in text and "Paranoteword" not in text
    if fmt != "pdf":  # (pdftotext may hyphenate or reflow: the words are checked below)
        assert "Commentaryword" in text
    else:
        assert "Commentaryword" in " ".join(text.split())


def test_commentary_follows_its_claim(exporter, annotated):
    rendered = exporter.render(annotated)
    texts = [("".join(getattr(s, "text", "") for s in b.content), b.role)
             for b in rendered.blocks]
    statement = annotated.section("background").items[0].claim.statement.strip()
    at = next(i for i, (text, _role) in enumerate(texts) if text.startswith(statement[:40]))
    assert texts[at + 1] == (COMMENTARY, "comment")
    assert "Privatenoteword" not in rendered.plain_text()


def test_the_file_keeps_both_and_old_files_still_load(annotated):
    again = documents.loads(documents.dumps(annotated))
    claim = again.section("background").items[0]
    assert (claim.comment, claim.private_note) == (COMMENTARY, NOTE)
    assert again.section("summary").items[0].private_note == PARAGRAPH_NOTE
    raw = documents.to_json(annotated)
    for section in raw["sections"]:  # a file written before private notes existed
        for item in section["items"]:
            item.pop("private_note", None)
    import json

    old = documents.loads(json.dumps(raw).encode("utf-8"))
    assert old.section("background").items[0].private_note == ""
    assert old.section("background").items[0].comment == COMMENTARY
    plain = documents.to_json(old)  # no note: no key, the file is as it was
    assert all("private_note" not in item for s in plain["sections"] for item in s["items"])


def test_preflight_lists_neither_and_notes_do_not_count_as_words(exporter, annotated):
    from briefing.core.documents.preflight import section_words

    findings = exporter.preflight(annotated)
    assert not any("Commentaryword" in f.message or "Privatenoteword" in f.message
                   for f in findings)
    before = section_words(annotated.section("background").items)
    annotated.section("background").items[0].private_note = "word " * 500
    assert section_words(annotated.section("background").items) == before
    assert {f.code for f in exporter.preflight(annotated)} == {f.code for f in findings}
