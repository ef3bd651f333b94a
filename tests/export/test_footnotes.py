"""Footnote/endnote layer over python-docx: real .docx files, checked as zips."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from briefing.export.footnotes import Endnotes, Footnotes, open_document
from briefing.export.footnotes_oxml import FOOTNOTE, NotesPart, ensure_settings_pr

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
NS = {"w": W}
CJK = "互联网法律评论"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def read_part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(name)


def xml(path: Path, name: str) -> etree._Element:
    return etree.fromstring(read_part(path, name))


def build(path: Path, template: Path | None = None, texts=("First note", "Second note")) -> Path:
    document = open_document(str(template) if template else None)
    notes = Footnotes.of(document)
    for i, text in enumerate(texts):
        paragraph = document.add_paragraph(f"Body sentence {i}.")
        notes.add(paragraph).paragraph.add_run(text)
    document.save(str(path))
    return path


# -- package structure ---------------------------------------------------------------


def test_package_has_footnotes_part_relationship_and_content_type(tmp_path):
    path = build(tmp_path / "a.docx")
    types = xml(path, "[Content_Types].xml")
    overrides = {o.get("PartName"): o.get("ContentType") for o in types}
    assert overrides["/word/footnotes.xml"] == FOOTNOTE.content_type
    rels = xml(path, "word/_rels/document.xml.rels")
    targets = [r.get("Target") for r in rels if r.get("Type") == FOOTNOTE.reltype]
    assert targets == ["footnotes.xml"]


def test_footnotes_xml_has_separators_and_notes(tmp_path):
    path = build(tmp_path / "a.docx")
    root = xml(path, "word/footnotes.xml")
    notes = root.findall("w:footnote", NS)
    assert [(n.get(w("id")), n.get(w("type"))) for n in notes] == [
        ("-1", "separator"),
        ("0", "continuationSeparator"),
        ("1", None),
        ("2", None),
    ]
    assert notes[0].find(".//w:separator", NS) is not None
    assert notes[1].find(".//w:continuationSeparator", NS) is not None
    for note, text in zip(notes[2:], ("First note", "Second note")):
        p = note.find("w:p", NS)
        assert p.find("w:pPr/w:pStyle", NS).get(w("val")) == "FootnoteText"
        runs = p.findall("w:r", NS)
        assert runs[0].find("w:rPr/w:rStyle", NS).get(w("val")) == "FootnoteReference"
        assert runs[0].find("w:footnoteRef", NS) is not None
        assert runs[1].findtext("w:t", namespaces=NS) == " "
        assert "".join(note.itertext()) == " " + text


def test_body_references_match_footnotes(tmp_path):
    path = build(tmp_path / "a.docx", texts=("a", "b", "c"))
    body = xml(path, "word/document.xml")
    refs = body.findall(".//w:footnoteReference", NS)
    assert [r.get(w("id")) for r in refs] == ["1", "2", "3"]
    for ref in refs:
        run = ref.getparent()
        assert [etree.QName(c).localname for c in run] == ["rPr", "footnoteReference"]
        assert run.find("w:rPr/w:rStyle", NS).get(w("val")) == "FootnoteReference"
    note_ids = {n.get(w("id")) for n in xml(path, "word/footnotes.xml")}
    assert {r.get(w("id")) for r in refs} <= note_ids


def test_many_notes_get_unique_ids_in_order(tmp_path):
    path = build(tmp_path / "many.docx", texts=[f"note {i}" for i in range(300)])
    root = xml(path, "word/footnotes.xml")
    assert [n.get(w("id")) for n in root] == [str(i) for i in range(-1, 301)]
    assert "".join(root[-1].itertext()) == " note 299"
    refs = xml(path, "word/document.xml").findall(".//w:footnoteReference", NS)
    assert [r.get(w("id")) for r in refs] == [str(i) for i in range(1, 301)]


def test_ids_stay_unique_when_notes_change_elsewhere():
    document = open_document()
    notes = Footnotes.of(document)

    def add(wrapper=notes):
        return wrapper.add(document.add_paragraph("Claim.")).id

    ids = [add(), add(), add()]
    root = notes.get(1)._note.getparent()
    root.remove(notes.get(3)._note)  # the last note deleted: max + 1 is 3 again
    ids.append(add())
    root.append(etree.fromstring(f'<w:footnote xmlns:w="{W}" w:id="10"><w:p/></w:footnote>'))
    ids.append(add())  # after a note someone else appended
    root.insert(2, etree.fromstring(f'<w:footnote xmlns:w="{W}" w:id="20"><w:p/></w:footnote>'))
    ids.append(add())  # after one inserted in the middle
    ids.append(add(Footnotes.of(document)))  # a second wrapper over the same part
    ids.append(add())
    root.remove(notes.get(20)._note)  # one removed and one appended: as many notes as before
    root.append(etree.fromstring(f'<w:footnote xmlns:w="{W}" w:id="24"><w:p/></w:footnote>'))
    ids.append(add())
    assert ids == [1, 2, 3, 3, 11, 21, 22, 23, 25]
    assert [n.id for n in notes] == [1, 2, 3, 10, 11, 21, 22, 23, 24, 25]


def test_api_len_iteration_and_extra_paragraphs(tmp_path):
    document = open_document()
    notes = Footnotes.of(document)
    assert len(notes) == 0
    note = notes.add(document.add_paragraph("Claim."))
    note.paragraph.add_run("Smith, ")
    note.paragraph.add_run("Title").italic = True
    more = notes.add_paragraph(note)
    more.add_run("Second paragraph").bold = True
    assert note.id == 1
    assert len(notes) == 1
    assert notes.items() == [(1, "Smith, Title\nSecond paragraph")]
    assert [(n.id, n.text) for n in notes] == notes.items()
    assert more._p.style == "FootnoteText"
    assert Footnotes.of(document).get(1).text == note.text
    assert Footnotes.of(document).get(0) is None  # separators are not notes


def test_reference_in_table_cell(tmp_path):
    document = open_document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    Footnotes.of(document).add(cell.paragraphs[0]).paragraph.add_run("cell note")
    document.save(str(tmp_path / "t.docx"))
    body = xml(tmp_path / "t.docx", "word/document.xml")
    assert body.find(".//w:tc//w:footnoteReference", NS).get(w("id")) == "1"


# -- settings.xml ----------------------------------------------------------------

SETTINGS_ORDER = [
    "zoom", "proofState", "defaultTabStop", "autoHyphenation", "characterSpacingControl",
    "savePreviewPicture", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr",
    "compat", "docVars", "rsids", "mathPr", "themeFontLang", "clrSchemeMapping",
    "doNotAutoCompressPictures", "shapeDefaults", "decimalSymbol", "listSeparator",
]  # fmt: skip


def test_settings_note_properties_in_schema_order(tmp_path):
    document = open_document()
    Footnotes.of(document).add(document.add_paragraph("x"))
    Endnotes.of(document).add(document.add_paragraph("y"))
    document.save(str(tmp_path / "s.docx"))
    settings = xml(tmp_path / "s.docx", "word/settings.xml")
    names = [etree.QName(c).localname for c in settings if etree.QName(c).namespace in (W, M)]
    known = [n for n in names if n in SETTINGS_ORDER]
    assert known == sorted(known, key=SETTINGS_ORDER.index)
    assert names.index("footnotePr") + 1 == names.index("endnotePr")
    assert names.index("endnotePr") + 1 == names.index("compat")
    ids = [e.get(w("id")) for e in settings.find("w:footnotePr", NS)]
    assert ids == ["-1", "0"]
    assert len(settings.findall("w:footnotePr", NS)) == 1


@pytest.mark.parametrize(
    "children, expected",
    [
        ("", ["footnotePr"]),
        ("<w:compat/><w14:docId/>", ["footnotePr", "compat", "docId"]),
        ("<w:zoom/><w14:docId/>", ["zoom", "footnotePr", "docId"]),
        ("<w:zoom/><w:endnotePr/><w:rsids/>", ["zoom", "footnotePr", "endnotePr", "rsids"]),
        ("<w:updateFields/><w:listSeparator/>", ["updateFields", "footnotePr", "listSeparator"]),
    ],
)
def test_settings_insertion_position(children, expected):
    from docx.oxml.parser import parse_xml

    settings = parse_xml(
        f'<w:settings xmlns:w="{W}" '
        f'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">{children}</w:settings>'
    )
    ensure_settings_pr(settings, FOOTNOTE, [-1, 0])
    ensure_settings_pr(settings, FOOTNOTE, [-1, 0])  # idempotent
    assert [etree.QName(c).localname for c in settings] == expected


# -- styles ----------------------------------------------------------------------


def _styles_named(styles: etree._Element, name: str) -> list[etree._Element]:
    out = []
    for style in styles.iterfind("w:style", NS):
        name_el = style.find("w:name", NS)
        if name_el is not None and name_el.get(w("val")).casefold() == name:
            out.append(style)
    return out


def test_styles_created_once_by_name(tmp_path):
    document = open_document()
    for _ in range(3):
        Footnotes.of(document)
    document.save(str(tmp_path / "s.docx"))
    styles = xml(tmp_path / "s.docx", "word/styles.xml")
    (text,) = _styles_named(styles, "footnote text")
    (ref,) = _styles_named(styles, "footnote reference")
    assert text.get(w("type")) == "paragraph"
    assert text.find("w:basedOn", NS).get(w("val")) == "Normal"
    assert text.find("w:rPr/w:sz", NS).get(w("val")) == "20"
    assert ref.get(w("type")) == "character"
    assert ref.find("w:rPr/w:vertAlign", NS).get(w("val")) == "superscript"


def _german_template(path: Path, with_note_styles: bool = True) -> Path:
    """A template with German style ids: Normal is "Standard"; note styles optional."""
    document = open_document()
    styles = document.styles.element
    normal = styles.xpath("w:style[@w:styleId='Normal']")[0]
    normal.set(w("styleId"), "Standard")
    if with_note_styles:
        from docx.oxml.parser import parse_xml

        styles.append(parse_xml(
            f'<w:style xmlns:w="{W}" w:type="paragraph" w:styleId="Funotentext">'
            '<w:name w:val="footnote text"/><w:basedOn w:val="Standard"/></w:style>'))
        styles.append(parse_xml(
            f'<w:style xmlns:w="{W}" w:type="character" w:styleId="Funotenzeichen">'
            '<w:name w:val="Footnote Reference"/>'
            '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'))
    document.save(str(path))
    return path


def test_german_style_ids_are_reused_not_duplicated(tmp_path):
    template = _german_template(tmp_path / "de-template.docx")
    path = build(tmp_path / "out.docx", template=template)
    styles = xml(path, "word/styles.xml")
    assert [s.get(w("styleId")) for s in _styles_named(styles, "footnote text")] == ["Funotentext"]
    assert [s.get(w("styleId")) for s in _styles_named(styles, "footnote reference")] == [
        "Funotenzeichen"
    ]
    assert not styles.xpath("w:style[@w:styleId='FootnoteText']", namespaces=NS)
    notes = xml(path, "word/footnotes.xml")
    assert {e.get(w("val")) for e in notes.iterfind(".//w:pStyle", NS)} == {"Funotentext"}
    assert {e.get(w("val")) for e in notes.iterfind(".//w:rStyle", NS)} == {"Funotenzeichen"}
    body = xml(path, "word/document.xml")
    refs = body.findall(".//w:footnoteReference/../w:rPr/w:rStyle", NS)
    assert {e.get(w("val")) for e in refs} == {"Funotenzeichen"}


def test_created_text_style_is_based_on_the_default_paragraph_style(tmp_path):
    template = _german_template(tmp_path / "de.docx", with_note_styles=False)
    path = build(tmp_path / "out.docx", template=template)
    (text,) = _styles_named(xml(path, "word/styles.xml"), "footnote text")
    assert text.find("w:basedOn", NS).get(w("val")) == "Standard"


# -- reopening, CJK, endnotes, determinism -----------------------------------------


def test_reopened_file_continues_ids(tmp_path):
    first = build(tmp_path / "first.docx", texts=("one", "two"))
    document = open_document(str(first))
    notes = Footnotes.of(document)
    assert notes.items() == [(1, "one"), (2, "two")]
    note = notes.add(document.add_paragraph("More."))
    note.paragraph.add_run("three")
    assert note.id == 3
    document.save(str(tmp_path / "second.docx"))
    second = tmp_path / "second.docx"
    root = xml(second, "word/footnotes.xml")
    assert [n.get(w("id")) for n in root] == ["-1", "0", "1", "2", "3"]
    settings = xml(second, "word/settings.xml")
    assert len(settings.findall("w:footnotePr", NS)) == 1
    rels = xml(second, "word/_rels/document.xml.rels")
    assert sum(r.get("Type") == FOOTNOTE.reltype for r in rels) == 1
    assert len(_styles_named(xml(second, "word/styles.xml"), "footnote text")) == 1


def test_cjk_text_survives(tmp_path):
    path = build(tmp_path / "zh.docx", texts=(f"见{CJK}，第3期。",))
    assert CJK in read_part(path, "word/footnotes.xml").decode("utf-8")
    assert Footnotes.of(open_document(str(path))).items() == [(1, f"见{CJK}，第3期。")]


def test_endnotes(tmp_path):
    document = open_document()
    paragraph = document.add_paragraph("Both kinds.")
    Footnotes.of(document).add(paragraph).paragraph.add_run("a footnote")
    endnotes = Endnotes.of(document)
    endnotes.add(paragraph).paragraph.add_run("an endnote")
    endnotes.add(paragraph).paragraph.add_run("another endnote")
    path = tmp_path / "e.docx"
    document.save(str(path))

    overrides = {o.get("PartName"): o.get("ContentType") for o in xml(path, "[Content_Types].xml")}
    assert overrides["/word/endnotes.xml"].endswith("endnotes+xml")
    rels = xml(path, "word/_rels/document.xml.rels")
    targets = [r.get("Target") for r in rels if r.get("Type").endswith("/endnotes")]
    assert targets == ["endnotes.xml"]
    root = xml(path, "word/endnotes.xml")
    assert etree.QName(root).localname == "endnotes"
    assert [n.get(w("id")) for n in root] == ["-1", "0", "1", "2"]
    assert root.find("w:endnote[@w:id='1']//w:endnoteRef", NS) is not None
    assert root.find("w:endnote[@w:id='1']/w:p/w:pPr/w:pStyle", NS).get(w("val")) == "EndnoteText"
    body = xml(path, "word/document.xml")
    assert [r.get(w("id")) for r in body.iterfind(".//w:endnoteReference", NS)] == ["1", "2"]
    assert [r.get(w("id")) for r in body.iterfind(".//w:footnoteReference", NS)] == ["1"]
    styles = xml(path, "word/styles.xml")
    assert len(_styles_named(styles, "endnote text")) == 1
    assert len(_styles_named(styles, "endnote reference")) == 1
    assert xml(path, "word/settings.xml").find("w:endnotePr", NS) is not None
    reopened = Endnotes.of(open_document(str(path)))
    assert reopened.items() == [(1, "an endnote"), (2, "another endnote")]


def test_building_twice_gives_identical_xml(tmp_path):
    a = build(tmp_path / "a.docx", texts=("x", CJK, "z"))
    b = build(tmp_path / "b.docx", texts=("x", CJK, "z"))
    for name in ("word/footnotes.xml", "word/settings.xml", "word/styles.xml",
                 "word/document.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"):
        assert read_part(a, name) == read_part(b, name), name


def test_open_document_loads_the_notes_and_leaves_python_docx_as_it_was(tmp_path):
    from docx.opc.part import PartFactory
    from docx.oxml.parser import oxml_parser

    path = build(tmp_path / "a.docx")
    factory_before = dict(PartFactory.part_type_for)
    assert isinstance(open_document(str(path)).part.part_related_by(FOOTNOTE.reltype), NotesPart)
    assert PartFactory.part_type_for == factory_before  # nothing registered in python-docx
    assert FOOTNOTE.content_type not in PartFactory.part_type_for
    plain = docx.Document(str(path))  # python-docx's own reading: footnotes.xml as a blob
    assert type(oxml_parser.makeelement(qn("w:footnote"))).__name__ != "CT_Note"
    with pytest.raises(RuntimeError, match="open_document"):
        Footnotes.of(plain)


# -- LibreOffice round trips -----------------------------------------------------


def _tool(*names: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    pytest.fail(f"{' / '.join(names)} not found on PATH: install LibreOffice and poppler-utils "
                "(CI installs them); these tests must not be skipped")


def _convert(src: Path, fmt: str, outdir: Path, profile: Path) -> Path:
    soffice = _tool("soffice", "libreoffice")
    outdir.mkdir(exist_ok=True)
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", fmt, "--outdir", str(outdir), str(src)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    out = outdir / f"{src.stem}.{fmt.split(':')[0]}"
    assert result.returncode == 0 and out.exists(), (result.stdout, result.stderr)
    return out


def _pdf_text(pdf: Path) -> str:
    pdftotext = _tool("pdftotext")
    return subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
        check=True, timeout=60,
    ).stdout


@pytest.mark.slow
def test_libreoffice_renders_notes_in_pdf(tmp_path):
    document = open_document()
    paragraph = document.add_paragraph("A claim.")
    Footnotes.of(document).add(paragraph).paragraph.add_run("Footnote alpha")
    Footnotes.of(document).add(paragraph).paragraph.add_run(f"Footnote {CJK}")
    Endnotes.of(document).add(paragraph).paragraph.add_run("Endnote omega")
    src = tmp_path / "notes.docx"
    document.save(str(src))
    text = _pdf_text(_convert(src, "pdf", tmp_path / "pdf", tmp_path / "profile"))
    for expected in ("A claim.", "Footnote alpha", f"Footnote {CJK}", "Endnote omega"):
        assert expected in text


@pytest.mark.slow
def test_libreoffice_resaved_file_works_as_template(tmp_path):
    profile = tmp_path / "profile"
    src = build(tmp_path / "orig.docx", texts=("Old note one", "Old note two"))
    resaved = _convert(src, "docx:MS Word 2007 XML", tmp_path / "lo", profile)
    # LibreOffice renumbers: separators 0/1, real notes from 2
    old_ids = [int(n.get(w("id"))) for n in xml(resaved, "word/footnotes.xml")]
    document = open_document(str(resaved))
    notes = Footnotes.of(document)
    assert [t for _, t in notes.items()] == ["Old note one", "Old note two"]
    note = notes.add(document.add_paragraph("New body."))
    note.paragraph.add_run("New note three")
    assert note.id == max(old_ids) + 1
    out = tmp_path / "again.docx"
    document.save(str(out))
    styles = xml(out, "word/styles.xml")
    assert len(_styles_named(styles, "footnote text")) == 1
    assert len(_styles_named(styles, "footnote reference")) == 1
    assert len(xml(out, "word/settings.xml").findall("w:footnotePr", NS)) == 1
    text = _pdf_text(_convert(out, "pdf", tmp_path / "pdf", profile))
    for expected in ("Old note one", "Old note two", "New note three", "New body."):
        assert expected in text
