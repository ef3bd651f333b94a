"""The PDF export, read back from the file as a reader's tools read it: poppler's pdftotext,
pdfinfo and pdffonts, and pypdf for the structure tree, languages and bookmarks."""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from briefing.core.documents import CitedClaim, Paragraph, Section, cite
from briefing.export.language import curly
from briefing.export.pdf import count_pages
from briefing.export.pipeline import ExportSettings


def _export(exporter, briefing, path, **options):
    return exporter.export(briefing, path, ExportSettings(format="pdf", **options))


def _run(*args) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=120).stdout


def _pages(path) -> list[str]:
    """Each page's text, whitespace folded; NFKC because pdftotext maps some CJK glyphs to
    Kangxi radicals (⽹ for 网)."""
    text = _run("pdftotext", "-layout", str(path), "-")
    return [unicodedata.normalize("NFKC", " ".join(page.split())) for page in text.split("\f")
            if page.strip()]


def _info(path) -> dict[str, str]:
    lines = _run("pdfinfo", str(path)).splitlines()
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines)}


@pytest.fixture
def pdf(tmp_path, exporter, briefing):
    out = tmp_path / "b.pdf"
    _export(exporter, briefing, out)
    return out


def test_text_marking_pages_and_boxes(pdf):
    pages = _pages(pdf)
    for number, page in enumerate(pages, 1):
        # The marking at the top and at the foot of every page, and "Page X of Y".
        assert page.startswith("OFFICIAL: SENSITIVE"), page[:80]
        assert page.endswith("OFFICIAL: SENSITIVE"), page[-80:]
        assert f"Page {number} of {len(pages)}" in page
    text = " ".join(pages)
    assert "KI-Wettlauf zwischen USA und China" in text
    assert "互联网法律评论" in text and "Mercator Institute for China Studies" in text
    assert "☐ Noted" in text and "☐ Please discuss" in text  # the response block's boxes
    assert "Signature (The Minister)" in text
    assert "German original: „Neben der Warnung" in text


def test_notes_are_footnotes_on_the_page_of_their_reference(pdf):
    pages = _pages(pdf)
    first = next(i for i, p in enumerate(pages) if "Mercator Institute for China Studies)," in p)
    assert "would violate US export controls" in pages[first]  # its claim, on the same page
    assert "Ibid." in " ".join(pages)
    assert "↩" not in " ".join(pages)


def test_endnotes_come_under_notes_before_the_sources(tmp_path, exporter, briefing):
    out = tmp_path / "end.pdf"
    _export(exporter, briefing, out, notes="endnote")
    text = " ".join(_pages(out))
    notes, sources = text.index("Notes 1. MERICS"), text.rindex("Sources")
    assert notes < sources
    assert "5. " not in text[notes:notes + 3] and "4. MERICS" in text[notes:sources]


def test_tagged_accessible_with_languages_title_and_bookmarks(pdf):
    info = _info(pdf)
    assert info["Tagged"] == "yes"
    assert info["Title"] == "KI-Wettlauf zwischen USA und China"
    assert info["Author"] == "A. Officer"
    structure = _run("pdfinfo", "-struct", str(pdf))
    for tag in ("Document", "H1", "H2", "P", "Note", "Table", "Lbl"):
        assert re.search(rf"^\s*{tag}\b", structure, re.MULTILINE), tag
    reader = PdfReader(pdf)
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "en-GB"
    assert bool(catalog["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in catalog
    assert bool(catalog["/ViewerPreferences"]["/DisplayDocTitle"])
    content = b"".join(page.get_contents().get_data() for page in reader.pages)
    assert b"/Lang(de)" in content  # the German original quotes
    assert b"/Lang(zh-CN)" in content  # Chinese text (Typst writes zh-Hans as zh-CN)
    def flat(outline, depth=0):
        for item in outline:
            if isinstance(item, list):
                yield from flat(item, depth + 1)
            else:
                yield depth, item.title

    bookmarks = list(flat(reader.outline))
    assert bookmarks[0] == (0, "KI-Wettlauf zwischen USA und China")
    assert {(1, "Summary"), (1, "Background"), (1, "Sources")} <= set(bookmarks)


def test_fonts_are_the_bundled_ones_embedded(pdf, tmp_path, exporter, briefing):
    def fonts(path):
        rows = _run("pdffonts", str(path)).splitlines()[2:]
        assert rows and all(row.split()[-5] == "yes" for row in rows)  # emb column
        return {row.split()[0].split("+", 1)[1] for row in rows}

    assert fonts(pdf) >= {"LiberationSans", "LiberationSans-Bold",
                          "NotoSansCJKsc-Regular-Identity-H"}
    briefing.template = "meeting-brief"
    out = tmp_path / "meeting.pdf"
    _export(exporter, briefing, out)
    assert {"Carlito", "Carlito-Bold"} <= fonts(out)
    briefing.template = "decision-memo"
    _export(exporter, briefing, out)
    assert {"Caladea-Regular", "NotoSerif-Bold"} <= fonts(out)
    briefing.template = "key-messages"
    _export(exporter, briefing, out)
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts(out)


def test_same_input_gives_the_same_bytes(tmp_path, exporter, briefing, pdf):
    again = tmp_path / "again.pdf"
    _export(exporter, briefing, tmp_path / "other.pdf", notes="endnote")  # something between
    _export(exporter, briefing, again)
    assert again.read_bytes() == pdf.read_bytes()


def test_decision_blocks_are_kept_together(tmp_path, exporter, briefing):
    briefing.template = "decision-memo"
    for n in range(1, 26):  # enough decisions, of uneven length, that pages end among them
        briefing.insert("recommendation", Paragraph(f"That you agree to measure {n} of the plan, "
                                                    "which is described in the options above."
                                                    + " It is urgent." * (n % 4)))
    out = tmp_path / "decision.pdf"
    _export(exporter, briefing, out)
    pages = _pages(out)
    assert len(pages) >= 2
    for n in range(1, 26):
        holding = [p for p in pages if f"measure {n} of" in p]
        assert len(holding) == 1
        block = holding[0][holding[0].index(f"measure {n} of"):]
        for choice in ("☐ Agreed", "☐ Not agreed", "☐ Noted", "☐ Please discuss"):
            assert choice in block, (n, choice)
    signature = [p for p in pages if "Signature" in p]
    assert len(signature) == 1 and "Comments:" in signature[0]


def test_a_character_no_font_has_is_replaced_and_reported(tmp_path, exporter, briefing):
    out = tmp_path / "emoji.pdf"
    result = _export(exporter, briefing, out)
    found = [f for f in result.findings if f.code == "font"]
    assert len(found) == 1 and "🙂 (U+1F642)" in found[0].message
    assert "emoji \ufffd" in " ".join(_pages(out))


def test_page_budget_of_a_one_page_template(context, exporter, briefing):
    briefing.template = "key-messages"
    briefing.sections = [Section(s.key, s.heading)
                         for s in context.templates().get("key-messages").sections]
    briefing.insert("key_messages", Paragraph("One message."))
    assert not [f for f in exporter.preflight(briefing) if f.code == "page-budget"]
    for _ in range(40):
        briefing.insert("supporting_facts", Paragraph("Another supporting fact, stated at "
                                                      "length so that the note grows. " * 3))
    found = [f for f in exporter.preflight(briefing) if f.code == "page-budget"]
    assert len(found) == 1
    assert re.match(r"The briefing fills \d+ pages; the template 'Key messages' is meant to "
                    r"fit on 1 page", found[0].message)


HOSTILE = [
    '#import "@preview/cetz:0.3.0": *', '#read("/etc/passwd")', "$x^2$ *bold* _em_ `raw`",
    "= Heading\n== Another", "<label> @label #label", "#{ while true {} }", "\\ \\ \\",
    "] [ } { ) (", "// comment /* open", "#set page(width: 1mm)", '#link("https://x.org")[x]',
    "#panic()", 'sys.inputs.data', "#let x = 1; #x", "~ -- --- ... '' \"\"",
]


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.sampled_from(HOSTILE) | st.text(alphabet="#$*_`<>@[]{}()\\/=~-\"' abcé中", max_size=40))
def test_user_text_is_never_read_as_typst(exporter, briefing, text):
    """Every piece of user text reaches Typst as data: markup and code stay literal text,
    and nothing is read from disk or fetched."""
    briefing.title = text
    briefing.metadata.reference = text
    briefing.insert("options", Paragraph(text))
    data = exporter.pdf.write(exporter.render(briefing, ExportSettings(format="pdf")))
    assert count_pages(data) >= 1
    page_text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "root:x:0:0" not in page_text
    visible = [c for c in curly(text) if not c.isspace()]  # straight quotes come out curly
    folded = "".join(unicodedata.normalize("NFKC", page_text).split())
    for part in ("#import", "#read", "$x^2$", "#panic()", "@label", "#set"):
        if part in text:
            assert part in folded
    assert len(visible) == 0 or any(c in folded for c in visible)


def test_a_claim_cited_twice_prints_its_original_once(tmp_path, exporter, briefing, library):
    claim = library.claim("merics-ilr-15")
    briefing.insert("options", cite(claim, library.source(claim.source_id)))
    rendered = exporter.render(briefing, ExportSettings(format="pdf"))
    originals = [n for n in rendered.notes
                 if any("Neben der Warnung" in s.text for p in n.paragraphs for s in p)]
    assert len(originals) == 1
    assert sum(isinstance(i, CitedClaim) and i.claim.id == "merics-ilr-15"
               for s in briefing.sections for i in s.items) == 2


def test_a_run_of_bullets_is_one_tagged_list(tmp_path, exporter, briefing):
    briefing.insert("options", Paragraph("- first point\n- second point\n- third point"))
    out = tmp_path / "list.pdf"
    _export(exporter, briefing, out)
    structure = _run("pdfinfo", "-struct-text", str(out))
    lists = re.findall(r"^\s*L \(block\)", structure, re.MULTILINE)
    assert len(lists) == 1
    assert len(re.findall(r"^\s*LI\b", structure, re.MULTILINE)) == 3
