"""Word export, inspected as a user's Word would read it: parts, notes, styles, header/footer."""

from __future__ import annotations

import re
import zipfile

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.export.footnotes import Footnotes, open_document
from briefing.export.language import curly, quoted
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
    assert "footnotes" in _xml(out, "word/_rels/document.xml.rels")
    # Each footnote, in order, against the claim it cites: the full Chicago note for a first
    # citation, "Ibid." for the same source again, the claim's original quote, its status.
    texts = [n.text for n in Footnotes.of(open_document(str(out)))]
    assert len(texts) == len(CLAIMS)
    for claim_id, text in zip(CLAIMS, texts):
        claim = library.claim(claim_id)
        # In German quotation marks, quotes inside it in the inner ones (‚…‘), once.
        assert quoted(" ".join(claim.quote.replace("**", "").split()), "de")[:40] in text
        if claim.status in ("corrected", "disputed"):
            assert f"Status: {claim.status}." in text and curly(claim.reader_note)[:30] in text
    assert texts[0].startswith("MERICS (Mercator Institute for China Studies), “Wandel")
    assert "First published by Internet Law Review (互联网法律评论)" in texts[0]
    # ... once per source: not again in the notes of the same source's other claims.
    assert sum("First published by" in t for t in texts) == 1
    assert texts[1].startswith("Ibid.")
    assert texts[2].startswith("“China schlägt globale KI-Governance vor")
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
        assert any(curly(library.claim(claim_id).statement) in t for t in texts)
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Normal"} <= styles
    sources_at = texts.index("Sources")
    bibliography = texts[sources_at + 1:]
    assert len(bibliography) == 2
    assert any(t.startswith("MERICS (Mercator Institute for China Studies). “Wandel")
               for t in bibliography)
    assert any(t.startswith("die-nachrichten.at. “China schlägt") for t in bibliography)
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
    document = docx.Document(str(out))
    body = _xml(out, "word/document.xml")
    assert "Control  characters are pasted" in body and "\ufffd" not in body
    summary = next(p for p in document.paragraphs if p.text.startswith("Kurzfassung"))
    runs = {r.text: r._r.xml for r in summary.runs}
    chinese = next(xml for text, xml in runs.items() if "人工智能" in text)
    assert 'w:eastAsia="zh-CN"' in chinese and 'w:eastAsia="SimSun"' in chinese
    hebrew = next(xml for text, xml in runs.items() if "שלום" in text)
    assert "<w:rtl/>" in hebrew and 'w:bidi="he-IL"' in hebrew
    latin = next(xml for text, xml in runs.items() if text.startswith("Kurzfassung"))
    assert "<w:rtl/>" not in latin and "eastAsia" not in latin  # Ärger stays in the Latin font
    assert "🙂" in body


def test_script_segments():
    from briefing.export.docx_writer import script_segments

    assert script_segments("Meeting with שלום team (2025).") == [
        ("", "Meeting with "), ("he", "שלום "), ("", "team (2025).")]
    # Western punctuation after Chinese starts the Latin text (no full-width comma or quote).
    assert script_segments("互联网法律评论, WeChat") == [("zh", "互联网法律评论"), ("", ", WeChat")]
    assert script_segments("他说“人工智能”很重要。") == [
        ("zh", "他说"), ("", "“"), ("zh", "人工智能"), ("", "”"), ("zh", "很重要。")]
    assert script_segments("") == []


def _per_character(text):
    """script_segments as first written: every character classified on its own."""
    from briefing.export.docx_text import segments_by_character

    return segments_by_character(text)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(codec=None, categories=None), max_size=40)
       | st.lists(st.sampled_from([
           "Ab", "1", " ", ".", "(", "½", "互联", "テスト", "한국", "שלום", "مرحبا", "\u0700",
           "\ufb50", "\ufe70", "\U00020001", "\u3400", "\uf900", "🙂", "\t", "\n",
       ]), max_size=12).map("".join))
def test_script_segments_equal_the_per_character_split(text):
    from briefing.export.docx_writer import script_segments

    assert script_segments(text) == _per_character(text)


@pytest.mark.parametrize("text", ["plain", " lead", "trail ", "a\tb", "line\nbreak\r\nx",
                                  "\t", "\n\n", "  ", "tab\t and  two  spaces "])
@pytest.mark.parametrize(("bold", "italic"), [(False, False), (True, False), (False, True),
                                              (True, True)])
def test_runs_are_the_xml_python_docx_makes(text, bold, italic):
    from docx.oxml.ns import qn

    from briefing.export.blocks import Span
    from briefing.export.docx_text import add_plain_run, add_runs, paragraph

    document = docx.Document()
    theirs = document.add_paragraph()
    run = theirs.add_run(text)
    run.bold, run.italic = bold or None, italic or None
    theirs.add_run(text)
    ours = paragraph(document.element.body, None)
    document.element.body.append(ours)
    ours.remove(ours[0])  # python-docx adds w:pPr only with a style
    add_runs(ours, (Span(text, bold=bold, italic=italic),))
    add_plain_run(ours, text)
    assert ours.xml == theirs._p.xml
    styled = paragraph(document.element.body, "Heading1")
    assert styled.find(qn("w:pPr")).find(qn("w:pStyle")).get(qn("w:val")) == "Heading1"


def test_same_briefing_gives_identical_bytes(tmp_path, exporter, briefing):
    one, two = tmp_path / "1.docx", tmp_path / "2.docx"
    _export(exporter, briefing, one)
    _export(exporter, briefing, two)
    assert one.read_bytes() == two.read_bytes()


def test_exporting_again_reuses_the_citations(tmp_path, monkeypatch, exporter, briefing):
    from briefing.core.citations.processor import Processor

    one, two, three = tmp_path / "1.docx", tmp_path / "2.docx", tmp_path / "3.html"
    _export(exporter, briefing, one)
    called = []
    call = Processor.call
    monkeypatch.setattr(Processor, "call", lambda self, name, *args, **kw: called.append(name)
                        or call(self, name, *args, **kw))
    _export(exporter, briefing, two)
    _export(exporter, briefing, three, format="html")  # and the preview, and other formats
    assert called == []
    assert one.read_bytes() == two.read_bytes()
    background = next(s for s in briefing.sections if s.key == "background")
    background.items.reverse()  # another order: worked out again, not reused
    _export(exporter, briefing, two)
    assert sorted(called) == ["makeBibliography", "placeCitations",  # (two threads)
                              "registerCitations", "renderPlacedCitations"]
    notes = [n.text for n in Footnotes.of(open_document(str(two)))]
    assert notes[0].startswith("MERICS") and notes[1].startswith("“China schlägt")
    assert notes[2].startswith("MERICS") and notes[3].startswith("Ibid.")


def test_warm_builds_the_citation_processor_before_the_export(tmp_path, monkeypatch, paths,
                                                               context, library, briefing):
    from briefing.core.citations import bundled_csl_dir
    from briefing.core.citations.processor import Processor
    from briefing.export.pipeline import Exporter

    paths.user_styles.mkdir(parents=True, exist_ok=True)
    chicago = bundled_csl_dir() / "chicago-notes-bibliography-subsequent-ibid-17th-edition.csl"
    (paths.user_styles / "my-chicago.csl").write_text(  # a style no test has built yet
        chicago.read_text(encoding="utf-8").replace("</style>", "<!-- mine --></style>"),
        encoding="utf-8")
    called = []
    call = Processor.call
    monkeypatch.setattr(Processor, "call", lambda self, name, *args, **kw: called.append(name)
                        or call(self, name, *args, **kw))
    exporter = Exporter(context.templates(), context.styles(), library,
                        processors=context.processors())
    exporter.warm(briefing.template, style="my-chicago", briefing=briefing)
    # the citations' engine and the bibliography's (building may drop the engine least
    # used, when others were built before; each processor is given its locales first)
    assert [name for name in called if name not in ("dropEngine", "setLocale")] == [
        "buildEngine", "buildEngine"]
    _export(exporter, briefing, tmp_path / "b.docx", style="my-chicago")
    assert called.count("buildEngine") == 2
    assert len(Footnotes.of(open_document(str(tmp_path / "b.docx")))) == len(CLAIMS)


def test_endnotes_and_author_date_styles(tmp_path, exporter, briefing):
    out = tmp_path / "end.docx"
    _export(exporter, briefing, out, notes="endnote")
    body = _xml(out, "word/document.xml")
    # Endnotes are a "Notes" list before the bibliography, numbered 1, 2, 3, each linked
    # to its reference and back (Word's own endnotes lose the marking in LibreOffice).
    refs = re.findall(r'<w:hyperlink w:anchor="note-(\d+)"', body)
    assert refs == [str(n) for n in range(1, len(CLAIMS) + 1)]
    assert len(re.findall(r'<w:hyperlink w:anchor="ref-(\d+)"', body)) == len(CLAIMS)
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    notes_at, sources_at = texts.index("Notes"), texts.index("Sources")
    assert notes_at < sources_at
    assert texts[notes_at + 1].startswith("1.\tMERICS (Mercator Institute for China Studies)")
    assert "word/endnotes.xml" not in zipfile.ZipFile(out).namelist()
    apa = tmp_path / "apa.docx"
    _export(exporter, briefing, apa, style="apa")
    names = zipfile.ZipFile(apa).namelist()
    assert "word/footnotes.xml" not in names
    texts = [p.text for p in docx.Document(str(apa)).paragraphs]
    assert "References" in texts
    assert any("(Mercator Institute for China Studies [MERICS], 2025)" in t for t in texts)
    # No notes in an author-date style: originals and status notes go to an annex, never
    # into the body's paragraphs.
    annex = texts.index("Annex: original-language quotes and verification notes")
    assert all("German original" not in t for t in texts[:annex])
    assert any(t.startswith("Paragraph ") and "German original: „" in t
               for t in texts[annex:])


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


def _user_template(paths, name, **files):
    import shutil

    folder = paths.user_templates / name
    shutil.copytree(paths.templates / "briefing-note", folder)
    manifest = (folder / "manifest.toml").read_text(encoding="utf-8")
    (folder / "manifest.toml").write_text(manifest.replace('name = "Briefing note"',
                                                           f'name = "{name}"'), encoding="utf-8")
    for filename, content in files.items():
        path = folder / filename.replace("_", ".", 1) if "_" in filename else folder / filename
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def test_template_output_with_control_characters_is_cleaned(tmp_path, paths, context, library,
                                                            briefing):
    from briefing.export.pipeline import Exporter

    _user_template(paths, "odd", title_j2='# Title {{ "\\x0b\\x01" }} end\n')
    briefing.template = "odd"
    exporter = Exporter(context.templates(), context.styles(), library,
                        processors=context.processors())
    out = tmp_path / "odd.docx"
    exporter.export(briefing, out, ExportSettings())
    assert "Title  end" in _xml(out, "word/document.xml")


@pytest.mark.parametrize("content", [b"not a zip at all", b"PK\x05\x06" + b"\x00" * 18])
def test_a_broken_reference_docx_is_a_clear_error(tmp_path, paths, context, library, briefing,
                                                  content):
    from briefing.export.docx_writer import ReferenceDocxError
    from briefing.export.pipeline import Exporter

    _user_template(paths, "broken", reference_docx=content)
    briefing.template = "broken"
    out = tmp_path / "b.docx"
    out.write_bytes(b"earlier export")
    exporter = Exporter(context.templates(), context.styles(), library,
                        processors=context.processors())
    with pytest.raises(ReferenceDocxError, match="reference document .* is not a usable Word"):
        exporter.export(briefing, out, ExportSettings())
    assert out.read_bytes() == b"earlier export"


def test_manifest_page_size_and_orientation_apply(tmp_path, paths, context, library, briefing):
    from briefing.export.pipeline import Exporter

    folder = _user_template(paths, "wide")
    (folder / "reference.docx").unlink()
    manifest = (folder / "manifest.toml").read_text(encoding="utf-8")
    manifest = manifest.replace('orientation = "portrait"', 'orientation = "landscape"')
    (folder / "manifest.toml").write_text(manifest, encoding="utf-8")
    briefing.template = "wide"
    out = tmp_path / "wide.docx"
    Exporter(context.templates(), context.styles(), library,
             processors=context.processors()).export(briefing, out, ExportSettings())
    section = docx.Document(str(out)).sections[0]
    assert round(section.page_width.mm) == 297 and round(section.page_height.mm) == 210


def test_an_impossible_date_does_not_break_the_export(tmp_path, exporter, briefing):
    briefing.metadata.date = "2025-02-30"
    out = tmp_path / "b.docx"
    _export(exporter, briefing, out)
    assert docx.Document(str(out)).core_properties.created.year == 2000


def test_preflight_sees_missing_sections_and_library_changes(exporter, briefing, library):
    del briefing.sections[1]  # "Issue" gone from the file altogether
    assert any("'Issue' is missing" in f.message for f in exporter.preflight(briefing))
    briefing.sections[0].key = "zzz"  # an unknown section still has its claims checked
    library.db.execute("UPDATE claims SET status = 'disputed', reader_note = 'Denied by X.' "
                       "WHERE id = 'merics-ilr-04'")
    library.db.execute("UPDATE claims SET retired = 1 WHERE id = 'merics-ilr-16'")
    messages = [f.message for f in exporter.preflight(briefing)]
    assert any("(merics-ilr-04) is now disputed in the library: Denied by X." in m for m in messages)
    assert any("(merics-ilr-04) changed in the library (status, reader_note)" in m
               for m in messages)
    assert any("(merics-ilr-16) was retired" in m for m in messages)
    assert any("not part of the template" in m for m in messages)
