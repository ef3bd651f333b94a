"""Issue 17's Word, Markdown and HTML details, each checked in the exported file's XML/text."""

from __future__ import annotations

import re
import subprocess
import zipfile

import docx
import pytest
from docx.shared import Cm

from briefing.core.documents import Paragraph, cite
from briefing.core.model import Source
from briefing.export.pipeline import ExportSettings

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx(exporter, briefing, path, **options):
    exporter.export(briefing, path, ExportSettings(**options))
    return zipfile.ZipFile(path)


def _part(archive, name) -> str:
    return archive.read(name).decode("utf-8")


@pytest.fixture
def word(tmp_path, exporter, briefing):
    return _docx(exporter, briefing, tmp_path / "b.docx")


# ---- language, proofing, settings, properties ---------------------------------------------


def test_language_comes_from_the_briefing_and_nothing_is_marked_proof_read(
        tmp_path, exporter, briefing, word):
    styles = _part(word, "word/styles.xml")
    assert re.search(r'<w:rPrDefault><w:rPr>.*<w:lang w:val="en-GB" w:eastAsia="zh-CN" '
                     r'w:bidi="ar-SA"/>', styles)
    assert "en-US" not in styles
    settings = _part(word, "word/settings.xml")
    assert "proofState" not in settings and "noProof" not in _part(word, "word/document.xml")
    assert '<dc:language>en-GB</dc:language>' in _part(word, "docProps/core.xml")
    briefing.metadata.language = "en-US"
    other = _docx(exporter, briefing, tmp_path / "us.docx")
    assert '<w:lang w:val="en-US" w:eastAsia="zh-CN"' in _part(other, "word/styles.xml")


def test_quotes_carry_their_language(word):
    notes = _part(word, "word/footnotes.xml")
    german = re.search(r'<w:r><w:rPr><w:lang w:val="de-DE"/></w:rPr><w:t>„Neben der Warnung',
                       notes)
    assert german, "the German original is marked de-DE"
    assert re.search(r'<w:rFonts w:eastAsia="SimSun"/><w:lang w:eastAsia="zh-CN"/></w:rPr>'
                     r'<w:t[^>]*>互联网法律评论', notes)


def test_compatibility_application_and_classification_properties(word):
    settings = _part(word, "word/settings.xml")
    assert re.search(r'w:name="compatibilityMode" w:uri="[^"]+" w:val="15"', settings)
    app = _part(word, "docProps/app.xml")
    assert "<Application>Briefing</Application>" in app and "Microsoft" not in app
    custom = _part(word, "docProps/custom.xml")
    assert re.search(r'<property fmtid="\{D5CDD505-2E9C-101B-9397-08002B2CF9AE\}" pid="2" '
                     r'name="Classification"><vt:lpwstr>OFFICIAL: SENSITIVE</vt:lpwstr>', custom)
    assert "custom-properties" in _part(word, "[Content_Types].xml")
    assert "docProps/custom.xml" in _part(word, "_rels/.rels")


def test_marking_once_at_the_top_and_once_at_the_foot_in_one_style(word):
    header, footer = _part(word, "word/header1.xml"), _part(word, "word/footer1.xml")
    assert header.count("OFFICIAL: SENSITIVE") == 1 and footer.count("OFFICIAL: SENSITIVE") == 1
    style = re.compile(r'<w:p><w:pPr><w:pStyle w:val="(\w+)"/><w:jc w:val="center"/></w:pPr>'
                       r'<w:r><w:rPr/><w:t>OFFICIAL: SENSITIVE</w:t>')
    assert style.search(header)[1] == style.search(footer)[1] == "Header"
    assert "REF-2025-17" in footer and "PAGE" in footer


def test_dates_written_out_and_typed_dates_set_the_properties(tmp_path, exporter, briefing,
                                                              word):
    body = _part(word, "word/document.xml")
    assert "1 August 2025" in body and "2025-08-01" not in body
    assert "2025-08-01T00:00:00Z" in _part(word, "docProps/core.xml")
    briefing.metadata.date = "4 August 2025"
    other = _docx(exporter, briefing, tmp_path / "words.docx")
    core = _part(other, "docProps/core.xml")
    assert '<dcterms:created xsi:type="dcterms:W3CDTF">2025-08-04T00:00:00Z' in core
    assert '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-08-04T00:00:00Z' in core
    briefing.metadata.language = "en-US"
    us = _docx(exporter, briefing, tmp_path / "us.docx")
    assert "August 4, 2025" in _part(us, "word/document.xml")


def test_citation_locale_option(tmp_path, exporter, briefing):
    us = _part(_docx(exporter, briefing, tmp_path / "us.docx"), "word/footnotes.xml")
    uk = _part(_docx(exporter, briefing, tmp_path / "uk.docx", locale="en-GB"),
               "word/footnotes.xml")
    assert "July 29, 2025" in us and "29 July 2025" in uk


# ---- decision blocks, numbering, status, typography ---------------------------------------


def _tables(archive):
    document = docx.Document(archive.filename)
    return document, document.tables


def test_response_block_follows_the_action_sought(tmp_path, exporter, briefing):
    briefing.insert("recommendation", Paragraph("That you note the state of play."))
    info = _docx(exporter, briefing, tmp_path / "info.docx")
    _, tables = _tables(info)
    cells = [c.text for t in tables for row in t.rows for c in row.cells]
    assert "☐ Noted" in cells and "☐ Please discuss" in cells
    assert not any("Agreed" in c for c in cells)  # for information: no decision boxes
    briefing.metadata.action_sought = "For decision"
    decision = _docx(exporter, briefing, tmp_path / "decision.docx")
    _, tables = _tables(decision)
    first = tables[0]
    assert first.rows[0].cells[0].text == "That you note the state of play."
    assert [p.text for p in first.rows[0].cells[1].paragraphs] == [
        "☐ Agreed", "☐ Not agreed", "☐ Noted", "☐ Please discuss"]


def test_decision_and_signature_tables_are_kept_together(tmp_path, exporter, briefing):
    briefing.template = "decision-memo"
    briefing.insert("recommendation", Paragraph("That you agree to option 1."))
    briefing.insert("recommendation", Paragraph("That you agree to option 2."))
    archive = _docx(exporter, briefing, tmp_path / "memo.docx")
    body = docx.Document(archive.filename).element.body
    tables = body.findall(f"{W}tbl")
    assert len(tables) == 3  # one per recommendation, and the signature block
    for table in tables:
        rows = table.findall(f"{W}tr")
        assert all(row.find(f"{W}trPr/{W}cantSplit") is not None for row in rows)
        paragraphs = list(table.iter(f"{W}p"))
        assert all(p.find(f"{W}pPr/{W}keepNext") is not None for p in paragraphs[:-1])
    signature = tables[-1]
    labels = ["".join(t.text for t in row.iter(f"{W}t")) for row in signature.findall(f"{W}tr")]
    assert labels[:3] == ["Signature", "Name: The Minister", "Date"]
    lines = signature.findall(f".//{W}tcBorders/{W}bottom")
    assert len(lines) == 4  # signature, date and two comment lines to write on


def test_numbered_paragraphs_per_template(tmp_path, exporter, briefing):
    archive = _docx(exporter, briefing, tmp_path / "note.docx")
    body = _part(archive, "word/document.xml")
    num_ids = set(re.findall(r'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="(\d+)"/>', body))
    assert len(num_ids) == 1
    numbering = _part(archive, "word/numbering.xml")
    num = num_ids.pop()
    abstract = re.search(rf'<w:num w:numId="{num}"><w:abstractNumId w:val="(\d+)"/>', numbering)[1]
    assert re.search(rf'<w:abstractNum w:abstractNumId="{abstract}">.*?<w:numFmt '
                     rf'w:val="decimal"/><w:lvlText w:val="%1\."/>', numbering)
    numbered = len(re.findall(rf'<w:numId w:val="{num}"/>', body))
    # summary, issue, four claims in background: each a numbered paragraph
    assert numbered == 6
    briefing.template = "meeting-brief"
    briefing.sections = briefing.sections[:1]
    plain = _part(_docx(exporter, briefing, tmp_path / "meeting.docx"), "word/document.xml")
    assert "<w:numPr>" not in plain.replace("ListBullet", "")
    unnumbered = _part(_docx(exporter, briefing, tmp_path / "off.docx", numbered=False),
                       "word/document.xml")
    assert "<w:numPr>" not in unnumbered


def test_status_is_marked_in_the_body(word):
    body = re.sub(r"<[^>]+>", "", _part(word, "word/document.xml"))
    assert "would violate US export controls. [corrected — see note]" in body
    assert "[disputed — see note]" in body
    assert body.count("— see note]") == 2  # the two claims that are not as reported


def test_annex_takes_originals_and_status_notes_out_of_the_notes(tmp_path, exporter, briefing):
    archive = _docx(exporter, briefing, tmp_path / "annex.docx", annex=True)
    notes = re.sub(r"<[^>]+>", "", _part(archive, "word/footnotes.xml"))
    assert "German original" not in notes and "Status:" not in notes
    texts = [p.text for p in docx.Document(archive.filename).paragraphs]
    annex = texts.index("Annex: original-language quotes and verification notes")
    after = " ".join(texts[annex:])
    assert "Note 1: German original: „Neben der Warnung" in after and "Status: disputed." in after
    assert "[corrected — see annex]" in " ".join(texts[:annex])


def test_typography_in_body_and_notes(tmp_path, exporter, briefing, library):
    briefing.insert("options", Paragraph('Q: Is it "settled"? It\'s not.\nA: No, it isn\'t.'))
    chinese = Source(id="zh-src", title="人工智能治理", outlet="人民日报", published="2025-03-01",
                     language="zh", kind="article-newspaper")
    claim = library.claim("merics-ilr-04")
    from dataclasses import replace
    briefing.insert("options", cite(replace(claim, id="zh-1", source_id="zh-src",
                                            quote="他说“人工智能”很重要"), chinese))
    archive = _docx(exporter, briefing, tmp_path / "typography.docx")
    body = _part(archive, "word/document.xml")
    assert "Q: Is it “settled”? It’s not.</w:t><w:br/><w:t>A: No, it isn’t." in body
    notes = _part(archive, "word/footnotes.xml")
    plain = re.sub(r"<[^>]+>", "", notes)
    assert "Chinese original: “他说‘人工智能’很重要”" in plain and "「" not in plain
    # The closing quotation mark after Chinese text is set in the Latin font (no gap).
    assert re.search(r'<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" '
                     r'w:hint="default"/><w:lang w:val="zh-CN"/></w:rPr><w:t>”</w:t>', notes)
    # German: „…“ outside, ‚…‘ inside, never doubled.
    assert "„hat das US-Handelsministerium auch den ‚Rahmen für" in plain
    assert "„„" not in plain and "““" not in plain


def test_urls_are_hyperlinks(tmp_path, exporter, briefing):
    briefing.insert("options", Paragraph("See https://example.org/report.pdf."))
    archive = _docx(exporter, briefing, tmp_path / "links.docx")
    body = _part(archive, "word/document.xml")
    link = re.search(r'<w:hyperlink r:id="(rId\d+)" w:history="1"><w:r><w:rPr><w:rStyle '
                     r'w:val="Hyperlink"/></w:rPr><w:t>https://example.org/report.pdf</w:t>', body)
    assert link
    rels = _part(archive, "word/_rels/document.xml.rels")
    assert re.search(rf'Id="{link[1]}"[^>]*Target="https://example.org/report.pdf"[^>]*'
                     r'TargetMode="External"|TargetMode="External"[^>]*Id="' + link[1], rels)
    assert "</w:hyperlink><w:r><w:rPr/><w:t>.</w:t>" in body  # the full stop is not linked


# ---- HTML and Markdown ---------------------------------------------------------------------


def test_html_lists_notes_links_languages_and_print_marking(tmp_path, exporter, briefing):
    briefing.insert("options", Paragraph("- one\n- two\n- three"))
    out = tmp_path / "b.html"
    exporter.export(briefing, out, ExportSettings(format="html"))
    html = out.read_text(encoding="utf-8")
    assert html.count("<ul>") == 1 and "<ul><li>one</li><li>two</li><li>three</li></ul>" in html
    assert '<h2 id="notes">Notes</h2><ol class="notes">' in html
    assert '<a href="#ref1" aria-label="Back to reference 1">↩</a>' in html
    assert '<span lang="de">„Neben der Warnung' in html
    assert '<span lang="zh-Hans">互联网法律评论</span>' in html
    assert '<html lang="en-GB">' in html
    assert html.count('class="print-marking') == 2 and "position: fixed" in html
    assert "@media print" in html


def test_markdown_multi_paragraph_notes_stay_one_note(tmp_path, exporter, briefing):
    out = tmp_path / "b.md"
    exporter.export(briefing, out, ExportSettings(format="md"))
    text = out.read_text(encoding="utf-8")
    first = text[text.index("[^1]: "):text.index("[^2]: ")]
    paragraphs = first.strip().split("\n\n")
    assert len(paragraphs) >= 3
    assert all(p.startswith("    ") for p in paragraphs[1:])  # indented: the same note
    assert "    German original: „Neben der Warnung" in first


def test_a_german_briefing_gets_the_exports_own_words_in_german(tmp_path, exporter, briefing):
    briefing.metadata.language = "de-DE"
    archive = _docx(exporter, briefing, tmp_path / "de.docx")
    body = re.sub(r"<[^>]+>", "", _part(archive, "word/document.xml"))
    assert "[berichtigt – siehe Anmerkung]" in body and "Quellen" in body
    assert "4. August" not in body and "1. August 2025" in body  # the date, written in German
    notes = re.sub(r"<[^>]+>", "", _part(archive, "word/footnotes.xml"))
    assert "Wortlaut im Original: „Neben der Warnung" in notes and "Status: berichtigt." in notes
    footer = re.sub(r"<[^>]+>", "", _part(archive, "word/footer1.xml"))
    assert "Seite  PAGE 1 von  NUMPAGES 1" in footer  # the words around the fields
    assert '<w:lang w:val="de-DE" w:eastAsia="zh-CN"' in _part(archive, "word/styles.xml")


def test_commentary_goes_with_its_claims_number(tmp_path, exporter, briefing):
    """A claim's commentary is the writer's word on that claim, not a paragraph of its own: it
    takes no number (before, it took the next one, and the preview showed "4.Check")."""
    claim = next(i for s in briefing.sections for i in s.items if hasattr(i, "comment"))
    claim.comment = "Check with BIS."
    body = _part(_docx(exporter, briefing, tmp_path / "c.docx"), "word/document.xml")
    numbered = re.findall(r'<w:p>(?:(?!</w:p>).)*?<w:numId w:val="\d+"/>(?:(?!</w:p>).)*?</w:p>',
                          body)
    assert len(numbered) == 6  # as without the commentary
    assert not any("Check with BIS." in p for p in numbered)
    assert "Check with BIS." in body
    # ... set in line with the numbered text (a trial user read it as stray text flush left).
    comment = next(p for p in re.findall(r"<w:p>(?:(?!</w:p>).)*?</w:p>", body)
                   if "Check with BIS." in p)
    assert f'<w:ind w:left="{Cm(1).twips}"/>' in comment
    exporter.export(briefing, tmp_path / "c.html", ExportSettings(format="html"))
    html = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert re.search(r'<span class="number">1\.</span> \S', html)  # a space, as on paper
    assert '<p class="comment indented">Check with BIS.</p>' in html
    exporter.export(briefing, tmp_path / "c.md", ExportSettings(format="md"))
    markdown = (tmp_path / "c.md").read_text(encoding="utf-8")
    assert "\n\n    Check with BIS.\n" in markdown  # a paragraph of the numbered item
    pdf = exporter.export(briefing, tmp_path / "c.pdf", ExportSettings(format="pdf"))
    del pdf
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "c.pdf"), "-"],
                          capture_output=True, text=True, check=True, timeout=120).stdout
    number_column = re.search(r"^ *1\. +(\S)", text, re.MULTILINE)
    comment_line = next(line for line in text.splitlines() if "Check with BIS." in line)
    column = number_column.start(1) - (text.rfind("\n", 0, number_column.start(1)) + 1)
    assert comment_line.index("Check") == column  # under the text, not under the number
