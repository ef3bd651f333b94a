"""Word export, inspected as a user's Word would read it: parts, notes, styles, header/footer."""

from __future__ import annotations

import re
import zipfile

import docx
import pytest

from briefing.export.pipeline import ExportSettings, PreflightFailed
from tests.export.conftest import CLAIMS

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _export(exporter, briefing, path, **settings):
    return exporter.export(briefing, path, ExportSettings(**settings))


def _xml(path, part):
    return zipfile.ZipFile(path).read(part).decode("utf-8")


def test_every_cited_claim_has_a_real_footnote(tmp_path, exporter, briefing, library):
    out = tmp_path / "b.docx"
    _export(exporter, briefing, out)
    body = _xml(out, "word/document.xml")
    notes = _xml(out, "word/footnotes.xml")
    refs = re.findall(r'<w:footnoteReference w:id="(\d+)"/>', body)
    assert len(refs) == len(CLAIMS)
    for ref in refs:
        assert f'w:id="{ref}"' in notes
    assert 'rels' in str(zipfile.ZipFile(out).namelist())
    assert "footnotes" in _xml(out, "word/_rels/document.xml.rels")
    # Note 1 is the full Chicago note, note 2 (same source) ibid, then the second source.
    plain = re.sub(r"<[^>]+>", "", notes)
    assert "MERICS (Mercator Institute for China Studies)" in plain
    assert "Ibid." in plain
    assert "die-nachrichten.at" in plain
    # Original quotes and the status of corrected/disputed claims ride along in the notes.
    assert "German original: „Neben der Warnung" in plain
    assert "Status: corrected." in plain and "Status: disputed." in plain


def test_statements_bibliography_and_styles(tmp_path, exporter, briefing, library):
    out = tmp_path / "b.docx"
    _export(exporter, briefing, out)
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    for claim_id in CLAIMS:
        assert any(library.claim(claim_id).statement in t for t in texts)
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Normal"} <= styles
    sources_at = texts.index("Sources")
    bibliography = texts[sources_at + 1:]
    assert len(bibliography) == 2
    assert any("互联网法律评论" in t or "MERICS" in t for t in bibliography)
    assert "footnote text" in {s.name.lower() for s in document.styles}


def test_properties_header_footer_and_classification(tmp_path, exporter, briefing):
    out = tmp_path / "b.docx"
    _export(exporter, briefing, out)
    document = docx.Document(str(out))
    props = document.core_properties
    assert props.title == "KI-Wettlauf zwischen USA und China"
    assert props.author == "A. Officer"
    assert props.subject == "Lage nach WAIC 2025"
    assert "export controls" in props.keywords
    header = " ".join(p.text for p in document.sections[0].header.paragraphs)
    footer_xml = document.sections[0].footer._element.xml
    assert "OFFICIAL: SENSITIVE" in header
    assert "OFFICIAL: SENSITIVE" in footer_xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml and "Page " in footer_xml


def test_text_is_made_safe_and_scripts_are_marked(tmp_path, exporter, briefing):
    out = tmp_path / "b.docx"
    _export(exporter, briefing, out)
    body = _xml(out, "word/document.xml")
    assert "Control \ufffd\ufffd\ufffd characters\ufffd are pasted" in body
    assert 'w:eastAsia="zh-CN"' in body and "w:eastAsia=\"SimSun\"" in body
    assert "<w:rtl/>" in body and "שלום" in body and "🙂" in body


def test_same_briefing_gives_identical_bytes(tmp_path, exporter, briefing):
    one, two = tmp_path / "1.docx", tmp_path / "2.docx"
    _export(exporter, briefing, one)
    _export(exporter, briefing, two)
    assert one.read_bytes() == two.read_bytes()


def test_endnotes_and_author_date_styles(tmp_path, exporter, briefing):
    out = tmp_path / "end.docx"
    _export(exporter, briefing, out, notes="endnote")
    assert len(re.findall("<w:endnoteReference", _xml(out, "word/document.xml"))) == len(CLAIMS)
    apa = tmp_path / "apa.docx"
    _export(exporter, briefing, apa, style="apa")
    names = zipfile.ZipFile(apa).namelist()
    assert "word/footnotes.xml" not in names
    texts = [p.text for p in docx.Document(str(apa)).paragraphs]
    assert "References" in texts
    assert any("(MERICS (Mercator Institute for China Studies), 2025)" in t for t in texts)


def test_strict_export_fails_and_keeps_the_previous_file(tmp_path, exporter, briefing):
    out = tmp_path / "b.docx"
    out.write_bytes(b"previous export")
    with pytest.raises(PreflightFailed, match="preflight finding"):
        _export(exporter, briefing, out, strict=True)
    assert out.read_bytes() == b"previous export"


def test_preflight_findings(exporter, briefing, library):
    codes = {f.code for f in exporter.preflight(briefing)}
    assert "status" in codes  # a corrected and a disputed claim
    assert "empty-section" in codes  # Key considerations, Recommendation
    briefing.metadata.contact = ""
    assert any("contact officer" in f.message for f in exporter.preflight(briefing))
    briefing.sections[0].items[0].text = "word " * 400
    assert any(f.code == "word-limit" for f in exporter.preflight(briefing))
    library.db.execute("UPDATE sources SET text = 'rewritten' WHERE id = 'dn-waic'")
    assert any(f.code == "quote" and "dn-waic-06" in f.message
               for f in exporter.preflight(briefing))
