"""Markdown, HTML and PDF exports carry the same text, notes and marking as the Word file."""

from __future__ import annotations

import subprocess
import unicodedata

from briefing.export.pipeline import ExportSettings


def test_markdown_has_footnotes_and_bibliography(tmp_path, exporter, briefing):
    out = tmp_path / "b.md"
    exporter.export(briefing, out, ExportSettings(format="md"))
    text = out.read_text(encoding="utf-8")
    assert text.count("[^") >= 8  # 4 references + 4 definitions
    assert "[^1]: MERICS (Mercator Institute for China Studies)" in text
    assert "## Sources" in text and "**OFFICIAL: SENSITIVE**" in text
    assert "互联网法律评论" in text and "\x00" not in text


def test_html_is_standalone_with_linked_notes(tmp_path, exporter, briefing):
    out = tmp_path / "b.html"
    exporter.export(briefing, out, ExportSettings(format="html"))
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html
    assert 'href="#note1"' in html and 'id="note1"' in html
    assert "http" not in html  # nothing to fetch
    assert "&lt;" not in html or "<script" not in html


def test_pdf_is_drawn_by_qt_with_marking_and_chinese(tmp_path, exporter, briefing):
    out = tmp_path / "b.pdf"
    exporter.export(briefing, out, ExportSettings(format="pdf"))
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    # NFKC: pdftotext maps some CJK glyphs to Kangxi radicals (⽹ for 网) and "fi" to a ligature.
    flat = unicodedata.normalize("NFKC", " ".join(text.split()))
    assert "OFFICIAL: SENSITIVE" in flat and "Page 1 of" in flat
    assert "互联网法律评论" in flat
    assert "Mercator Institute for China Studies" in flat
