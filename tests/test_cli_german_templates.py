"""The German templates end to end, as a German Referent drives the command line: a new
briefing from each, claims and own text added, exported to Word and read back.

The claims' statements are still English here (a German statement per claim comes with
issue 19's second phase); what is checked is the template's German: head, dates,
markings, headings, decision block, the language of the reference document, and German
notes in the Heilmann style ("Ebd.", "S.", "ca. 29.07.2025" for an approximate date)."""

from __future__ import annotations

import zipfile

import pytest

from briefing.export.footnotes import Footnotes, open_document
from tests.test_cli import briefing

HEAD = {
    "leitungsvorlage": ["--subtitle", "Ihre Bitte vom 30. Juli 2025",
                        "--action-sought", "Zur Billigung bis 8. August 2025",
                        "--audience", "Herrn Minister über Frau Staatssekretärin Dr. Muster"],
    "sprechzettel": ["--subtitle", "5. August 2025, 14 Uhr, Berlin",
                     "--audience", "Herrn Minister"],
    "hintergrundinformation": ["--subtitle", "Stand nach der Welt-KI-Konferenz 2025"],
}
FIRST_SECTION = {"leitungsvorlage": ("votum", "sachverhalt"),
                 "sprechzettel": ("gespraechsziel", "hintergrund"),
                 "hintergrundinformation": ("kernaussagen", "sachstand")}
HEADINGS = {"leitungsvorlage": ["I. Votum", "II. Sachverhalt", "III. Bewertung", "IV. Vorschlag"],
            "sprechzettel": ["Gesprächsziel", "Aktive Sprechpunkte", "Reaktive Sprechpunkte",
                             "Hintergrund"],
            "hintergrundinformation": ["Kernaussagen", "Sachstand", "Bewertung"]}


def _text(part) -> str:
    """The paragraphs' text, and the tables' (decision and signature blocks are tables)."""
    cells = [c.text for t in getattr(part, "tables", []) for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in part.paragraphs] + cells)


@pytest.mark.parametrize("template_id", sorted(HEAD))
def test_german_template_exports_to_word(tmp_path, template_id):
    doc = tmp_path / "v.briefing"
    briefing("new", "-o", str(doc), "--template", template_id,
             "--title", "Chinas Vorschlag einer globalen KI-Organisation",
             "--author", "ORR’in Beispiel", "--organisation", "Referat KI 3",
             "--contact", "App. 1234", "--date", "2025-08-04",
             "--reference", "KI 3 – 12345/2025",
             "--classification", "VS-Nur für den Dienstgebrauch", *HEAD[template_id])
    text_section, claims_section = FIRST_SECTION[template_id]
    briefing("add-text", str(doc), "--section", text_section,
             "Billigung des unter IV. vorgeschlagenen Vorgehens – „zeitnah“.")
    # The same source twice in a row: the second note is "Ebd." in the Heilmann style.
    briefing("add", str(doc), "--section", claims_section, "merics-ilr-04", "merics-ilr-11",
             "dn-waic-06")
    assert "Referat KI 3" in briefing("show", str(doc)).stdout

    out = tmp_path / "v.docx"
    briefing("export", str(doc), "-o", str(out))
    document = open_document(str(out))
    body = _text(document)
    section = document.sections[0]
    header, footer = _text(section.header), _text(section.footer)

    # The marking as the VS-Anweisung writes it, at the top (and bottom) of every page.
    assert "VS-NUR FÜR DEN DIENSTGEBRAUCH" in header
    assert "VS-NUR FÜR DEN DIENSTGEBRAUCH" in footer
    # German dates, German head, German headings in the template's order.
    assert ("Datum: 4. August 2025" in body) == (template_id == "leitungsvorlage")
    assert ("Stand: 4. August 2025" in body) == (template_id != "leitungsvorlage")
    assert "2025-08-04" not in body
    assert "Bearbeitung: ORR’in Beispiel, App. 1234" in body
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[: len(HEADINGS[template_id])] == HEADINGS[template_id]
    assert "Billigung des unter IV. vorgeschlagenen Vorgehens – „zeitnah“." in body
    if template_id == "leitungsvorlage":
        assert "Betreff: Chinas Vorschlag einer globalen KI-Organisation" in body
        assert "Zweck der Vorlage: Zur Billigung bis 8. August 2025" in body
        assert "☐ Einverstanden" in body and "☐ Rücksprache erbeten" in body
        assert "Az. KI 3 – 12345/2025" in footer
    else:
        assert "Stand: 4. August 2025" in footer

    # German notes in the German style, and the document's language for proofing.
    notes = [n.text for n in Footnotes.of(document)]
    assert len(notes) == 3
    assert notes[0].startswith("MERICS (Mercator Institute for China Studies): „Wandel")
    assert "(ca.\u00a029.07.2025)" in notes[0]  # an approximate date (date_approximate)
    assert notes[1].startswith("Ebd.")
    assert notes[2].startswith("„China schlägt globale KI-Governance vor")
    assert "die-nachrichten.at, ca.\u00a007.2025.\n" in notes[2]
    styles = zipfile.ZipFile(out).read("word/styles.xml").decode("utf-8")
    assert '<w:lang w:val="de-DE"' in styles
    assert document.core_properties.title == "Chinas Vorschlag einer globalen KI-Organisation"


def test_leitungsvorlage_exports_to_markdown_html_and_pdf(tmp_path):
    doc = tmp_path / "v.briefing"
    briefing("new", "-o", str(doc), "--template", "leitungsvorlage", "--title", "Betreff X",
             "--date", "04.08.2025", "--classification", "VS-VERTRAULICH")
    briefing("add", str(doc), "--section", "sachverhalt", "merics-ilr-04")
    for suffix in ("md", "html", "pdf"):
        out = tmp_path / f"v.{suffix}"
        briefing("export", str(doc), "-o", str(out))
        assert out.stat().st_size > 500
    markdown = (tmp_path / "v.md").read_text(encoding="utf-8")
    plain = markdown.replace("**", "").replace("\\.", ".")  # Markdown escapes "4." as "4\."
    assert "Datum: 4. August 2025" in plain and "Betreff: Betreff X" in plain
    assert "## I. Votum" in markdown and plain.startswith("VS-VERTRAULICH")
    assert (tmp_path / "v.pdf").read_bytes().startswith(b"%PDF")


def test_leitungsvorlage_marks_the_approximate_dates(tmp_path):
    """merics-ilr (published 2025-07-29) and dn-waic (2025-07) have approximate dates
    (date_approximate = true): English styles print "[July 29, 2025?]"; the German
    Leitungsvorlage's Heilmann style prints "ca." and a no-break space before the numeric
    date, in the notes and the list of sources, in Markdown and in Word's XML."""
    doc = tmp_path / "v.briefing"
    briefing("new", "-o", str(doc), "--template", "leitungsvorlage", "--title", "KI-Governance",
             "--date", "2025-08-04")
    briefing("add", str(doc), "--section", "sachverhalt", "merics-ilr-04", "dn-waic-06")
    merics = "(ca.\u00a029.07.2025)"
    waic = "die-nachrichten.at</w:t></w:r><w:r><w:rPr/><w:t>, ca.\u00a007.2025."  # after italics

    briefing("export", str(doc), "-o", str(tmp_path / "v.md"))
    markdown = (tmp_path / "v.md").read_text(encoding="utf-8")
    sources = markdown.split("## Quellen", 1)[1].split("[^1]:", 1)[0]
    note_1 = markdown.split("[^1]:", 1)[1].split("\n", 1)[0]
    note_2 = markdown.split("[^2]:", 1)[1].split("\n", 1)[0]
    assert note_1.endswith("*36Kr (German edition)* " + merics + ".")
    assert note_2.endswith("*die-nachrichten.at*, ca.\u00a007.2025.")
    assert sources.count("ca.\u00a0") == 2 and merics in sources
    assert "*die-nachrichten.at*, ca.\u00a007.2025." in sources
    assert "(29.07.2025)" not in markdown and ", 07.2025" not in markdown

    out = tmp_path / "v.docx"
    briefing("export", str(doc), "-o", str(out))
    with zipfile.ZipFile(out) as docx:
        footnotes = docx.read("word/footnotes.xml").decode("utf-8")
        body = docx.read("word/document.xml").decode("utf-8")
    for xml in (footnotes, body):  # the notes, and the list of sources at the end
        assert merics in xml and waic in xml
        assert "(29.07.2025)" not in xml and "<w:t>, 07.2025." not in xml
