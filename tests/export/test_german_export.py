"""A German Leitungsvorlage exported to Word, PDF, Markdown and HTML (issue 19), each checked
in the file a reader gets: the docx XML, the PDF's text (pdftotext), the Markdown and HTML
text. German statements and reader's notes, "Ebd.", "o. J.", German dates, the VSA
markings (GEHEIM in red, "amtlich geheim gehalten"), the document's language; a claim
without a German statement falls back to English and the preflight names it."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import zipfile
from dataclasses import replace

import pytest

from briefing.core.documents import Briefing, Metadata, Paragraph, Section, cite
from briefing.core.importing import build_source, read_bytes
from briefing.core.importing.sources import add_source
from briefing.export.pipeline import ExportSettings

CHICAGO = "chicago-notes-bibliography-subsequent-ibid-17th-edition"
UNDATED = "Das Bundeskabinett berät über KI-Rechenzentren. Die Kosten sind noch offen."


def _flat(text: str) -> str:
    """Words without XML tags or line breaks; NFKC (pdftotext gives ligatures)."""
    return " ".join(unicodedata.normalize("NFKC", re.sub(r"<[^>]+>", "", text)).split())


def _pdftotext(path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail("pdftotext (poppler-utils) is not installed: ./run-tests installs it")
    return subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout


@pytest.fixture
def vorlage(context, library):
    """A Leitungsvorlage with bundled claims, one of them cited twice in a row (Ebd.), a
    claim of an undated source of the user's own (o. J.) and a writer's paragraph."""
    template = context.templates().get("leitungsvorlage")
    source = add_source(library, build_source(read_bytes(UNDATED.encode(), "k.txt"),
                                              {"title": "Kabinett berät über Rechenzentren",
                                               "outlet": "Beispiel-Zeitung", "date": "unknown",
                                               "language": "de"}))
    from briefing.core.curation.claims import add_claim

    own = add_claim(library, source.id, "Die Kosten sind noch offen.",
                    "The costs are still open.", "fact",
                    statements={"de": "Die Kosten der KI-Rechenzentren sind noch offen."})
    doc = Briefing(
        title="Wettbewerb um Künstliche Intelligenz", subtitle="Ihre Bitte vom 30. Juli 2025",
        template=template.id,
        metadata=Metadata(author="Dr. A. Beispiel", organisation="Referat 512",
                          contact="Tel. 1234", date="2025-08-04", reference="512-05100/3#7",
                          audience="Herrn Minister", action_sought="Zur Billigung",
                          classification="VS-Nur für den Dienstgebrauch",
                          language=template.language),
        sections=[Section(s.key, s.heading) for s in template.sections],
    )
    doc.insert("votum", Paragraph("Billigung des unter IV. vorgeschlagenen Vorgehens."))
    for claim_id in ("merics-ilr-15", "merics-ilr-16", "dn-waic-06"):
        claim = library.claim(claim_id)
        doc.insert("sachverhalt", cite(claim, library.source(claim.source_id)))
    doc.insert("bewertung", cite(own, library.source(own.source_id)))
    doc.insert("vorschlag", Paragraph('Es wird vorgeschlagen, die "Ressortabstimmung" '
                                      "abzuschließen."))
    return doc


def _export(exporter, doc, path, **options):
    options.setdefault("format", path.suffix.lstrip("."))
    return exporter.export(doc, path, ExportSettings(**options))


def _docx_text(path, part="word/document.xml") -> str:
    return zipfile.ZipFile(path).read(part).decode("utf-8")


# ---- Word ---------------------------------------------------------------------------------


def test_word_prints_german_statements_notes_dates_and_markings(tmp_path, exporter, vorlage,
                                                                library):
    result = _export(exporter, vorlage, tmp_path / "v.docx")
    assert not [f for f in result.findings if f.code == "language"]
    body = _flat(_docx_text(tmp_path / "v.docx"))
    german = library.claim("merics-ilr-16").statement_in("de")
    assert german in body and library.claim("merics-ilr-16").statement not in body
    assert "Die Kosten der KI-Rechenzentren sind noch offen." in body
    assert "**Datum:** " not in body and "Datum: 4. August 2025" in body
    assert "[berichtigt – siehe Anmerkung]" in body and "[umstritten – siehe Anmerkung]" in body
    assert "„Ressortabstimmung“" in body  # straight quotes typed become German ones
    notes = _flat(_docx_text(tmp_path / "v.docx", "word/footnotes.xml"))
    assert "Ebd." in notes and "Ibid" not in notes
    assert "29.07.2025" in notes  # Heilmann: dates as German offices write them
    assert "(ca. 29.07.2025)" in notes and "ca. 07.2025" in notes  # approximate dates
    assert "Status: berichtigt. Fehler im Text: „901B, C und D“ muss 910B" in notes
    assert "Status: umstritten. Die Angaben gehen auseinander" in notes
    assert "Error in the text" not in notes and "Reports differ" not in notes
    assert "Wortlaut im Original: „Neben der Warnung" in notes
    # the marking as the VSA writes it, at the top and the foot of every page, in black
    header = _docx_text(tmp_path / "v.docx", "word/header1.xml")
    footer = _docx_text(tmp_path / "v.docx", "word/footer1.xml")
    assert "VS-NUR FÜR DEN DIENSTGEBRAUCH" in _flat(header)
    assert _flat(footer).endswith("VS-NUR FÜR DEN DIENSTGEBRAUCH")
    assert "Seite" in _flat(footer) and "von" in _flat(footer)
    assert "w:color" not in header
    styles = _docx_text(tmp_path / "v.docx", "word/styles.xml")
    assert '<w:lang w:val="de-DE"' in styles
    assert "<dc:language>de-DE</dc:language>" in _docx_text(tmp_path / "v.docx",
                                                            "docProps/core.xml")


def test_geheim_is_printed_in_red_with_its_addition(tmp_path, exporter, vorlage):
    for grade, red in (("GEHEIM", True), ("Streng geheim", True), ("VS-Vertraulich", False)):
        vorlage.metadata.classification = grade
        out = tmp_path / "g.docx"
        _export(exporter, vorlage, out)
        header = _docx_text(out, "word/header1.xml")
        assert "amtlich geheim gehalten" in _flat(header), grade
        assert ('<w:color w:val="C00000"/>' in header) is red, grade
        footer = _docx_text(out, "word/footer1.xml")
        assert ('<w:color w:val="C00000"/>' in footer) is red, grade
        md = tmp_path / "g.md"
        _export(exporter, vorlage, md)
        text = md.read_text(encoding="utf-8")
        assert text.startswith(f"**{grade.upper()}**\n\n**amtlich geheim gehalten**\n"), grade
        html = tmp_path / "g.html"
        _export(exporter, vorlage, html)
        page = html.read_text(encoding="utf-8")
        assert "amtlich geheim gehalten" in page and "<br>amtlich geheim gehalten" in page
        assert (".marking { color: #C00000; }" in page) is red, grade
        # the page and the preview (body_html) print the marking as Word and the PDF do: the
        # template's header style is black, only GEHEIM and STRENG GEHEIM are red
        colour = "C00000" if red else "000000"
        assert f".marking {{ color: #{colour}; }}" in page, grade
        assert page.count(f'<p class="marking screen" style="color: #{colour}">') == 3, grade


def test_the_german_headings_are_numbered_once_and_empty_optional_sections_are_left_out(
        tmp_path, exporter, vorlage):
    out = tmp_path / "v.docx"
    _export(exporter, vorlage, out, numbered=True)  # even with numbered paragraphs
    xml = _docx_text(out)
    headings = re.findall(r'<w:pStyle w:val="Heading1"/>.*?</w:p>', xml)
    texts = [_flat(h) for h in headings]
    assert texts[:4] == ["I. Votum", "II. Sachverhalt", "III. Bewertung", "IV. Vorschlag"]
    assert not any("<w:numPr>" in h for h in headings)
    assert "Beteiligung" not in texts and "Anlagen" not in texts  # empty and optional
    vorlage.section("anlagen").items.append(Paragraph("- Anlage 1: Entwurf des Schreibens"))
    _export(exporter, vorlage, out)
    assert "Anlagen" in [_flat(h) for h in re.findall(r'<w:pStyle w:val="Heading1"/>.*?</w:p>',
                                                     _docx_text(out))]


def test_the_zeichnungsleiste_is_kept_on_one_page(tmp_path, exporter, vorlage):
    """Whatever the length before it, the decision box and the Zeichnungsleiste are each
    whole on one page of the PDF, and in Word their rows cannot split and hold together."""
    out = tmp_path / "v.pdf"
    for extra in (0, 6, 12, 18):
        doc = Briefing(**{**vars(vorlage), "sections": [
            Section(s.key, s.heading, list(s.items)) for s in vorlage.sections]})
        for n in range(extra):
            doc.insert("vorschlag", Paragraph(f"Punkt {n + 1}: die Abstimmung mit den Ressorts."))
        _export(exporter, doc, out)
        pages = _pdftotext(out).split("\f")
        for first, last in (("Entscheidung der Leitung", "Datum, Unterschrift"),
                            ("Zeichnungsleiste", "Staatssekretär")):
            on = [i for i, page in enumerate(pages) if first in page]
            assert on and last in pages[on[-1]].split(first)[-1], (extra, first)
    _export(exporter, vorlage, tmp_path / "v.docx")
    xml = _docx_text(tmp_path / "v.docx")
    table = xml[xml.index("Zeichnungsleiste"):]
    table = table[table.index("<w:tbl>"):table.index("</w:tbl>")]
    assert table.count("<w:cantSplit/>") == table.count("<w:tr>") == 5
    assert table.count("<w:keepNext/>") >= 4


# ---- PDF, Markdown, HTML -------------------------------------------------------------------


def test_pdf_markdown_and_html_say_the_same_in_german(tmp_path, exporter, vorlage, library):
    german = library.claim("merics-ilr-15").statement_in("de")
    _export(exporter, vorlage, tmp_path / "v.pdf")
    pdf = _flat(_pdftotext(tmp_path / "v.pdf"))
    for text in (pdf,):
        assert "VS-NUR FÜR DEN DIENSTGEBRAUCH" in text and "Seite 1 von" in text
        assert "4. August 2025" in text and "Ebd." in text and "29.07.2025" in text
        assert _flat(german)[:60] in text and "Status: berichtigt. Fehler im Text" in text
    _export(exporter, vorlage, tmp_path / "v.md")
    md = (tmp_path / "v.md").read_text(encoding="utf-8")
    assert md.startswith("**VS-NUR FÜR DEN DIENSTGEBRAUCH**\n\n# Leitungsvorlage")
    assert "4\\. August 2025" in md and "Ebd." in md and german in md.replace("\\", "")
    assert "## Anlagen" not in md and "## IV. Vorschlag" in md
    _export(exporter, vorlage, tmp_path / "v.html")
    html = (tmp_path / "v.html").read_text(encoding="utf-8")
    assert '<html lang="de-DE">' in html and "Ebd." in html and german in html
    assert "<h2>Quellen</h2>" in html


def test_a_german_briefing_cites_chicago_in_german(tmp_path, exporter, vorlage):
    """The style's own locale is en-US: a German briefing cites it with de-DE ("Ebd.",
    "o. J." for the undated source, German month names); an English one as before."""
    out = tmp_path / "c.docx"
    _export(exporter, vorlage, out, style=CHICAGO)
    notes = _flat(_docx_text(out, "word/footnotes.xml"))
    assert "Ebd." in notes and "o. J." in notes and "Juli 2025" in notes
    assert "[29. Juli 2025?]" in notes and "[Juli 2025?]" in notes  # approximate dates
    assert "Ibid." not in notes and "n.d." not in notes and "July" not in notes
    vorlage.metadata.language = "en-GB"
    _export(exporter, vorlage, out, style=CHICAGO)
    notes = _flat(_docx_text(out, "word/footnotes.xml"))
    assert "Ibid." in notes and "n.d." in notes and "July 29, 2025" in notes
    vorlage.metadata.language = ""  # the template's: German
    _export(exporter, vorlage, out, style=CHICAGO, locale="en-US")  # asked for: as asked
    assert "Ibid." in _flat(_docx_text(out, "word/footnotes.xml"))


def test_a_claim_without_german_falls_back_to_english_and_is_named(tmp_path, exporter,
                                                                   vorlage, library):
    item = vorlage.section("sachverhalt").items[1]  # merics-ilr-16
    item.claim = replace(item.claim, statement_translations=(), reader_note_translations=())
    result = _export(exporter, vorlage, tmp_path / "v.md")
    [finding] = [f for f in result.findings if f.code == "language"]
    assert finding.item == item.uid and "merics-ilr-16" in finding.message
    assert "no German statement and reader's note" in finding.message
    md = (tmp_path / "v.md").read_text(encoding="utf-8")
    assert item.claim.statement.replace('"', "“")[:40] in md.replace("„", "“")
    assert "Status: bestätigt. The US Commerce Department" in md
    with pytest.raises(Exception, match=r"\(merics-ilr-16\) has no German statement"):
        _export(exporter, vorlage, tmp_path / "strict.md", strict=True)
