"""A real word processor reads the export: LibreOffice converts the .docx to PDF, poppler reads it."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from briefing.export.pipeline import ExportSettings


def _office() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.fail("LibreOffice (soffice) is not installed: ./run-tests installs it "
                    "(scripts/debian-packages.txt).")
    return found


@pytest.mark.slow
def test_libreoffice_renders_notes_marking_and_chinese(tmp_path, exporter, briefing, library):
    out = tmp_path / "briefing.docx"
    exporter.export(briefing, out, ExportSettings())
    profile = tmp_path / "lo-profile"
    subprocess.run([_office(), f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=180,
                   env={**os.environ, "HOME": str(tmp_path)})
    pdf = tmp_path / "briefing.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout
    flat = " ".join(text.split())
    assert "OFFICIAL: SENSITIVE" in flat
    assert flat.count("OFFICIAL: SENSITIVE") >= 2  # top and bottom of the page
    assert "互联网法律评论" in flat
    assert "Mercator Institute for China Studies" in flat  # a footnote's text
    assert "Ibid." in flat
    assert "die-nachrichten.at" in flat
    assert "Page 1 of" in flat
