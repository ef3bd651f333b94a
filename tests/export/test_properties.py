"""Property-based: any text a user can paste survives the loader, the search and every exporter."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import unicodedata

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.core.documents import Paragraph
from briefing.core.documents import files as documents
from briefing.core.text.controls import strip_controls
from briefing.export.docx_writer import write_docx
from briefing.export.html import write_html
from briefing.export.language import curly
from briefing.export.markdown import write_markdown
from briefing.export.render import render
from briefing.export.sanitize import clean

# Everything a paste can bring: control characters, lone surrogates, RTL, emoji, CJK,
# combining marks, private use, non-characters.
PASTE = st.text(alphabet=st.characters(codec=None, categories=None), max_size=60) | st.sampled_from([
    "\x00\x01\x0b\x0c\x1b[31m", "\ud800\udfff", "שלום עולם", "مرحبا", "👩‍👩‍👧🙂🏳️‍🌈",
    "互联网法律评论", "e\u0301\u0301\u0301", "\ufffe\uffff", "\u202eRTL override", "**bold** # h",
])
FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def setup(context, briefing, library):
    template = context.templates().get(briefing.template)
    style = context.styles().get(template.citation_style)
    return template, style


def _with_text(briefing, text):
    briefing.title = text
    briefing.metadata.classification = text[:20]
    briefing.insert("options", Paragraph(text))
    briefing.sections[0].items[0].text = text
    return briefing


@pytest.mark.slow
@FAST
@given(text=PASTE)
def test_any_pasted_text_exports_to_every_format(setup, context, briefing, text):
    template, style = setup
    rendered = render(_with_text(briefing, text), template, style, context.processors())
    data = write_docx(rendered)
    opened = docx.Document(io.BytesIO(data))
    # Line and paragraph separators may become breaks; no visible character is lost.
    wanted = "".join(curly(clean(text)).split())[:10]  # straight quotes come out curly
    assert any(wanted in "".join(p.text.split()) for p in opened.paragraphs)
    assert write_markdown(rendered).decode("utf-8")
    assert write_html(rendered).decode("utf-8").startswith("<!DOCTYPE html>")


@FAST
@given(text=PASTE)
def test_any_text_saves_and_loads_a_briefing(tmp_path_factory, briefing, text):
    path = tmp_path_factory.mktemp("p") / "x.briefing"
    documents.save(_with_text(briefing, text), path)
    again = documents.load(path)
    assert again.title == strip_controls(text)


@pytest.mark.slow
def test_libreoffice_opens_documents_full_of_hostile_text(tmp_path, setup, context, briefing):
    """One document holding every kind of awkward text, opened by a real word processor."""
    template, style = setup
    hostile = "\x00\x1b[31m שלום مرحبا 👩‍👩‍👧 互联网法律评论 e\u0301 \ufffe \u202e"
    for sample in ("\x00\x01\x0b\x1b[31m", "\ud800", "שלום עולם", "مرحبا", "👩‍👩‍👧🙂",
                   "互联网法律评论", "e\u0301\u0301", "\ufffe\uffff", "\u202eRTL", hostile):
        briefing.insert("options", Paragraph(f"Sample: {sample} end"))
    out = tmp_path / "hostile.docx"
    out.write_bytes(write_docx(render(briefing, template, style, context.processors())))
    office = shutil.which("soffice") or shutil.which("libreoffice")
    assert office, "LibreOffice is needed (scripts/debian-packages.txt)"
    subprocess.run([office, f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)], check=True,
                   capture_output=True, timeout=180, env={**os.environ, "HOME": str(tmp_path)})
    text = subprocess.run(["pdftotext", str(tmp_path / "hostile.pdf"), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout
    assert text.count("Sample:") == 10 and "שלום" in text


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(codec=None, categories=None), max_size=80))
def test_the_sanitiser_leaves_only_what_xml_can_hold_and_keeps_the_rest(text):
    from lxml import etree

    cleaned = clean(text)
    element = etree.Element("t")
    element.text = cleaned  # lxml raises on anything XML 1.0 cannot hold
    # Only control characters, surrogates and U+FFFE/U+FFFF go; everything else stays.
    kept = [c for c in text if c in "\t\n\r" or (unicodedata.category(c) not in ("Cc", "Cs")
                                                and c not in "\ufffe\uffff")]
    assert cleaned == "".join(kept)
