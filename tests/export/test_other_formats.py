"""Markdown and HTML exports carry the same text, notes and marking as the Word file
(the PDF: test_pdf.py)."""

from __future__ import annotations

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


def test_markdown_paragraphs_do_not_turn_into_lists(tmp_path, exporter, briefing):
    from briefing.core.documents import Paragraph

    briefing.insert("options", Paragraph("1. not a list item"))
    briefing.insert("options", Paragraph("+ nor this"))
    out = tmp_path / "b.md"
    exporter.export(briefing, out, ExportSettings(format="md"))
    text = out.read_text(encoding="utf-8")
    assert "1\\. not a list item" in text and "\\+ nor this" in text


def test_export_never_overwrites_the_briefing_and_files_get_normal_modes(tmp_path, exporter,
                                                                         briefing):
    import os
    import stat

    import pytest

    from briefing.core.documents import files as documents
    from briefing.export.pipeline import ExportError

    path = tmp_path / "b.briefing"
    documents.save(briefing, path)
    before = path.read_bytes()
    with pytest.raises(ExportError, match="would overwrite the briefing itself"):
        exporter.export(briefing, path, ExportSettings(format="md"), source_path=path)
    assert path.read_bytes() == before
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
