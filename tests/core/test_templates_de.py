"""The German templates (Leitungsvorlage, Sprechzettel, Hintergrundinformation): they load,
declare their language, speak German in every fixed text and guidance, write German dates
and mark classified documents as the VS-Anweisung does. Exporting them is checked in
tests/test_cli_german_templates.py."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from briefing.core.templates import PARTS, TemplateError, Templates, load_template, parse_markup

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "templates"
GERMAN_IDS = ("hintergrundinformation", "leitungsvorlage", "sprechzettel")
HEILMANN = "geistes-und-kulturwissenschaften-heilmann"

FULL = {
    "briefing": {
        "title": "Chinas Vorschlag einer globalen KI-Organisation",
        "subtitle": "Ihre Bitte vom 30. Juli 2025",
        "author": "ORR’in Beispiel",
        "organisation": "Referat KI 3",
        "contact": "App. 1234",
        "date": "2025-08-04",
        "reference": "KI 3 – 12345/2025",
        "audience": "Herrn Minister über Frau Staatssekretärin Dr. Muster, Herrn AL 5",
        "action_sought": "Zur Billigung bis 8. August 2025",
        "classification": "VS-Nur für den Dienstgebrauch",
    }
}
# Words that give away English fixed text (whole words, case-insensitive).
ENGLISH = re.compile(r"\b(the|and|of|to|for|with|your|you|date|page|reference|summary|"
                     r"background|signature|agreed|noted)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def bundled() -> Templates:
    return Templates([BUNDLED])


def _context(**fields) -> dict:
    return {"briefing": {**FULL["briefing"], **fields}}


def test_german_templates_load_and_declare_their_language(bundled):
    assert bundled.problems == []
    for template_id in GERMAN_IDS:
        template = bundled.get(template_id)
        assert template.language == "de-DE"
        assert template.citation_style == HEILMANN  # German without asking: de-DE by default
        assert template.reference_docx == BUNDLED / template_id / "reference.docx"
        assert all(s.guidance and s.heading for s in template.sections)
    english = [t for t in bundled.list() if t.id not in GERMAN_IDS]
    assert english and all(t.language == "en-GB" for t in english)  # declared (issue 17)


def test_the_forms_have_the_sections_of_federal_practice(bundled):
    headings = {t: [s.heading for s in bundled.get(t).sections] for t in GERMAN_IDS}
    assert headings["leitungsvorlage"] == [
        "I. Votum", "II. Sachverhalt", "III. Bewertung", "IV. Vorschlag", "Beteiligung", "Anlagen",
    ]
    assert headings["sprechzettel"][:4] == [
        "Gesprächsziel", "Aktive Sprechpunkte", "Reaktive Sprechpunkte", "Hintergrund",
    ]
    assert headings["hintergrundinformation"][:3] == ["Kernaussagen", "Sachstand", "Bewertung"]
    required = {t: [s.key for s in bundled.get(t).sections if s.required] for t in GERMAN_IDS}
    assert required["leitungsvorlage"] == ["votum", "sachverhalt", "bewertung", "vorschlag"]


@pytest.mark.parametrize("template_id", GERMAN_IDS)
def test_fixed_text_and_guidance_are_german(bundled, template_id):
    template = bundled.get(template_id)
    texts = [template.name, template.description]
    for section in template.sections:
        texts += [section.heading, section.guidance]
    for part in PARTS:
        texts.append(template.render(part, FULL))
    for text in texts:
        found = ENGLISH.search(text)
        assert not found, f"English in {template_id}: {found.group(0)!r} in {text[:80]!r}"
        # German typography: „…“, no straight or English quotation marks, – not -.
        assert not set(text) & set('"”'), text[:80]
        assert text.count("„") == text.count("“"), text[:80]
        assert " - " not in text, text[:80]


@pytest.mark.parametrize("template_id", GERMAN_IDS)
@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("2025-08-04", "4. August 2025"),
        ("04.08.2025", "4. August 2025"),
        ("4.8.2025", "4. August 2025"),
        ("2025-08", "August 2025"),
        ("2024-02-29", "29. Februar 2024"),
        ("2026-01-15", "15. Januar 2026"),
        ("01.03.2025", "1. März 2025"),
        ("4. August 2025", "4. August 2025"),  # already German: as typed
        ("2025-02-29", "2025-02-29"),  # not a date: as typed, never a wrong one
        ("31.04.2025", "31.04.2025"),
        ("Anfang August", "Anfang August"),
    ],
)
def test_dates_are_written_the_german_way(bundled, template_id, typed, shown):
    metadata = parse_markup(bundled.get(template_id).render("metadata", _context(date=typed)))
    dated = [line.text for line in metadata if line.text.startswith(("Datum:", "Stand:"))]
    assert dated == [f"{dated[0].split(':')[0]}: {shown}"]


@pytest.mark.parametrize("template_id", GERMAN_IDS)
@pytest.mark.parametrize(
    ("typed", "header"),
    [
        ("VS-Nur für den Dienstgebrauch", "VS-NUR FÜR DEN DIENSTGEBRAUCH"),
        ("VS-NUR FÜR DEN DIENSTGEBRAUCH", "VS-NUR FÜR DEN DIENSTGEBRAUCH"),
        # VSA Anlage IV Nr. 1.1: VS-VERTRAULICH and higher carry "amtlich geheim gehalten"
        # next to the grade, which the exporter prints itself (upper-case) on every page.
        ("VS-VERTRAULICH", "amtlich geheim gehalten"),
        ("Geheim", "amtlich geheim gehalten"),
        ("STRENG GEHEIM", "amtlich geheim gehalten"),
        ("", ""),
    ],
)
def test_markings_follow_the_vs_anweisung(bundled, template_id, typed, header):
    assert bundled.get(template_id).render("header", _context(classification=typed)) == header


def test_leitungsvorlage_head_decision_and_zeichnungsleiste(bundled):
    template = bundled.get("leitungsvorlage")
    assert parse_markup(template.render("title", FULL))[0].text == "Leitungsvorlage"
    head = parse_markup(template.render("metadata", FULL))
    texts = [line.text for line in head if line.kind != "blank"]
    assert texts == [
        "Referat KI 3",
        "Aktenzeichen: KI 3 – 12345/2025",
        "Bearbeitung: ORR’in Beispiel, App. 1234",
        "Datum: 4. August 2025",
        "An: Herrn Minister über Frau Staatssekretärin Dr. Muster, Herrn AL 5",
        "Betreff: Chinas Vorschlag einer globalen KI-Organisation",
        "Bezug: Ihre Bitte vom 30. Juli 2025",
        "Zweck der Vorlage: Zur Billigung bis 8. August 2025",
    ]
    betreff = next(line for line in head if line.text.startswith("Betreff"))
    assert betreff.spans == (("Betreff: Chinas Vorschlag einer globalen KI-Organisation", True),)
    closing = parse_markup(template.render("closing", FULL))
    boxes = [line.text for line in closing if line.kind == "checkbox"]
    assert boxes == ["Einverstanden", "Nicht einverstanden", "Rücksprache erbeten",
                     "Zur Kenntnis genommen"]
    signatures = [line.text for line in closing if line.kind == "signature"]
    assert signatures == ["Datum, Unterschrift", "Bearbeitung", "Referatsleitung",
                          "Unterabteilungsleitung", "Abteilungsleitung",
                          "Staatssekretärin/Staatssekretär"]
    assert template.render("footer", FULL) == "Az. KI 3 – 12345/2025"


def test_sprechzettel_and_hintergrundinformation_heads(bundled):
    for template_id, label in (("sprechzettel", "Sprechzettel"),
                               ("hintergrundinformation", "Hintergrundinformation")):
        template = bundled.get(template_id)
        title = parse_markup(template.render("title", FULL))
        assert [(line.kind, line.text) for line in title] == [
            ("paragraph", label),
            ("title", FULL["briefing"]["title"]),
            ("subtitle", FULL["briefing"]["subtitle"]),
        ]
        texts = [line.text for line in parse_markup(template.render("metadata", FULL))]
        assert texts[0].startswith("Für: Herrn Minister") and "Stand: 4. August 2025" in texts
        assert template.render("footer", FULL) == f"{label} – Stand: 4. August 2025"
        assert template.render("closing", FULL) == ""


@pytest.mark.parametrize("template_id", GERMAN_IDS)
def test_empty_briefing_renders(bundled, template_id):
    template = bundled.get(template_id)
    for part in PARTS:
        for context in ({}, {"briefing": {}}):
            lines = parse_markup(template.render(part, context))
            if part in ("header", "footer"):
                assert len(lines) <= 1
    assert any(line.kind == "title" for line in parse_markup(template.render("title", {})))


@pytest.mark.parametrize("template_id", GERMAN_IDS)
def test_reference_docx_is_german(template_id):
    document = docx.Document(str(BUNDLED / template_id / "reference.docx"))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    lang = document.styles.element.find(f"{w}docDefaults/{w}rPrDefault/{w}rPr/{w}lang")
    assert lang.get(f"{w}val") == "de-DE"
    assert document.styles["Normal"].font.name == "Arial"
    section = document.sections[0]
    assert round(section.left_margin.mm) == 25 and round(section.right_margin.mm) == 20
    english = docx.Document(str(BUNDLED / "briefing-note" / "reference.docx"))
    lang = english.styles.element.find(f"{w}docDefaults/{w}rPrDefault/{w}rPr/{w}lang")
    assert lang.get(f"{w}val") == "en-GB"  # the English templates declare en-GB (issue 17)


# --- the manifest's language setting -------------------------------------------------------

MANIFEST = """\
name = "N"
description = "D"
version = "1.0"
{language}
[[sections]]
key = "a"
heading = "A"
guidance = "G"
"""


def _folder(tmp_path: Path, language_line: str) -> Path:
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "manifest.toml").write_text(MANIFEST.format(language=language_line), "utf-8")
    (folder / "title.j2").write_text("# T\n", "utf-8")
    return folder


@pytest.mark.parametrize("line, language", [("", ""), ('language = "de-DE"', "de-DE"),
                                            ('language = "de"', "de"),
                                            ('language = "zh-Hant-TW"', "zh-Hant-TW")])
def test_language_setting(tmp_path, line, language):
    assert load_template(_folder(tmp_path, line)).language == language


@pytest.mark.parametrize("line", ['language = "German"', "language = 7", 'language = ""',
                                  'language = "de_DE"'])
def test_bad_language_setting_names_the_line(tmp_path, line):
    with pytest.raises(TemplateError) as caught:
        load_template(_folder(tmp_path, line))
    assert caught.value.lineno == 4
    assert "'language' must be a language tag in quotes, such as language = \"de-DE\"" in str(
        caught.value)


# --- field labels and marking colours (what the GUI's Details form and the export read) ------


def test_the_german_templates_name_the_fields_as_their_forms_do(bundled):
    vorlage = bundled.get("leitungsvorlage")
    assert (vorlage.label("title"), vorlage.label("subtitle"), vorlage.label("reference"),
            vorlage.label("audience"), vorlage.label("action_sought")) == (
        "Betreff", "Bezug", "Aktenzeichen", "An", "Zweck der Vorlage")
    assert bundled.get("sprechzettel").label("title") == "Anlass"
    assert bundled.get("hintergrundinformation").label("date") == "Stand"
    english = bundled.get("briefing-note")
    assert english.label("title") == "Title" and english.label("reference") == "Reference Number"
    data = vorlage.to_json()
    assert data["language"] == "de-DE" and data["labels"]["title"] == "Betreff"
    assert set(data["labels"]) == set(english.to_json()["labels"])  # every field, every template
    for template_id in GERMAN_IDS:
        assert bundled.get(template_id).marking_colour("geheim") == "C00000"
        assert bundled.get(template_id).marking_colour("Streng  Geheim") == "C00000"
        assert bundled.get(template_id).marking_colour("VS-VERTRAULICH") == ""


@pytest.mark.parametrize("lines, message", [
    ('[labels]\ntitel = "Betreff"', "'labels' names 'titel', which is not a briefing field"),
    ('[labels]\ntitle = ""', "the label of 'title' must be text in quotes"),
    ('[labels]\ntitle = 3', "the label of 'title' must be text in quotes"),
    ('labels = "Betreff"', "'labels' must be a table"),
    ('marking_colours = { "GEHEIM" = "rot" }', "'marking_colours' must be a table of markings"),
    ('marking_colours = ["GEHEIM"]', "'marking_colours' must be a table of markings"),
])
def test_bad_labels_and_colours_are_named(tmp_path, lines, message):
    with pytest.raises(TemplateError, match=re.escape(message)):
        load_template(_folder(tmp_path, lines))  # (a [labels] table ends at [[sections]])


def test_templates_list_json_says_language_and_labels(tmp_path):
    import json
    import subprocess
    import sys

    listed = json.loads(subprocess.run(
        [sys.executable, "-m", "briefing", "templates", "list", "--json"], capture_output=True,
        text=True, check=True, cwd=ROOT, timeout=60).stdout)
    by_id = {t["id"]: t for t in listed}
    assert by_id["leitungsvorlage"]["language"] == "de-DE"
    assert by_id["briefing-note"]["language"] == "en-GB"
    assert by_id["leitungsvorlage"]["labels"]["subtitle"] == "Bezug"
    assert by_id["leitungsvorlage"]["marking_colours"] == {"GEHEIM": "C00000",
                                                           "STRENG GEHEIM": "C00000"}
