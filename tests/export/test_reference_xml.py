"""Reference-file tests: the Word parts of a fixed briefing, pretty-printed, match files in
tests/reference/export/. After a deliberate change, regenerate them with
BRIEFING_UPDATE_REFERENCE=1 and review the diff."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from briefing.export.pipeline import ExportSettings

REFERENCE = Path(__file__).resolve().parent.parent / "reference" / "export"
PARTS = ["word/document.xml", "word/footnotes.xml", "word/settings.xml",
         "word/header1.xml", "word/footer1.xml", "docProps/core.xml"]


def _pretty(data: bytes) -> str:
    return etree.tostring(etree.fromstring(data), pretty_print=True, encoding="unicode")


@pytest.mark.parametrize("part", PARTS)
def test_word_part_matches_reference(tmp_path, exporter, briefing, part):
    out = tmp_path / "b.docx"
    exporter.export(briefing, out, ExportSettings())
    names = zipfile.ZipFile(out).namelist()
    assert part in names, names
    actual = _pretty(zipfile.ZipFile(out).read(part))
    reference = REFERENCE / (part.replace("/", "__"))
    if os.environ.get("BRIEFING_UPDATE_REFERENCE"):
        reference.parent.mkdir(parents=True, exist_ok=True)
        reference.write_text(actual, encoding="utf-8")
    assert actual == reference.read_text(encoding="utf-8")
