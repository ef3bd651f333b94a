"""Importing documents: every format from real files the tests write, and hostile files."""

from __future__ import annotations

import datetime
import io
import time
import tracemalloc
import zipfile

import pytest

from briefing.core.importing import (
    DuplicateSourceError,
    build_source,
    import_file,
    read_bytes,
    read_document,
)
from briefing.core.importing.errors import (
    DamagedFileError,
    DocumentImportError,
    EncryptedFileError,
    FileTooLargeError,
    MetadataError,
    NoTextError,
    TextEncodingError,
    UnsafeFileError,
    UnsupportedFileError,
)
from briefing.core.importing.language import detect_language
from briefing.core.importing.repeats import find_repeats
from briefing.core.paths import resources_dir

GERMAN = ("Die USA verhängten am 26. Juli 2025 neue Zölle auf Chips. Das betrifft ca. 5.000 "
          "Firmen, z. B. Huawei und Nvidia. „Wir prüfen das“, sagte ein Sprecher.")
ENGLISH = ("The U.S. Commerce Department said on 1 August 2025 that exports of 5,000 advanced "
           "chips to China were blocked. The decision was made after a review of the rules.")


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def sources_snapshot(library):
    return [(s.id, s.title) for s in library.sources()]


# ---- plain text and encodings ----------------------------------------------------------------


def test_plain_utf8_text_is_kept_verbatim(tmp_path):
    doc = read_document(write(tmp_path, "a.txt", "Titel der Meldung\r\n\r\n" + GERMAN + "\r\n"))
    assert doc.text == "Titel der Meldung\n\n" + GERMAN
    assert doc.format == "text" and doc.language == "de" and doc.warnings == []
    assert doc.metadata["title"] == "Titel der Meldung"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_bom_encodings_are_read(tmp_path, encoding):
    data = GERMAN.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    doc = read_document(write(tmp_path, "a.txt", data))
    assert doc.text == GERMAN and doc.warnings == []


def test_cp1252_falls_back_with_a_warning(tmp_path):
    doc = read_document(write(tmp_path, "a.txt", GERMAN.replace("„", '"').replace("“", '"')
                              .encode("cp1252")))
    assert "Zölle" in doc.text
    assert any("Windows-1252" in w for w in doc.warnings)


def test_bytes_no_encoding_can_read_are_an_error(tmp_path):
    # 0x81 and 0x8d are undefined in Windows-1252 and invalid as UTF-8 here.
    with pytest.raises(TextEncodingError, match="neither UTF-8 nor Windows-1252"):
        read_document(write(tmp_path, "a.txt", b"Zoll \x81\x8d auf Chips " * 10))
    with pytest.raises(TextEncodingError, match="UTF-16"):
        read_document(write(tmp_path, "b.txt", b"\xff\xfe" + b"\x00\xd8a\x00" * 4))


def test_control_characters_are_removed_with_a_warning(tmp_path):
    doc = read_document(write(tmp_path, "a.txt", "Erster\x07 Satz\x1b hier.\x0cZweite Seite."))
    assert doc.text == "Erster Satz hier.\n\nZweite Seite."
    assert any("control character" in w for w in doc.warnings)


@pytest.mark.parametrize("name", ["garbage.txt", "garbage.pdf", "garbage.docx", "garbage"])
def test_binary_garbage_is_refused(tmp_path, name):
    import random
    data = random.Random(5).randbytes(20000)
    with pytest.raises(DocumentImportError) as caught:
        read_document(write(tmp_path, name, data))
    assert isinstance(caught.value, (UnsupportedFileError, DamagedFileError))
    assert name in str(caught.value)


def test_known_binary_formats_are_named(tmp_path):
    with pytest.raises(UnsupportedFileError, match="PNG image"):
        read_document(write(tmp_path, "a.txt", b"\x89PNG\r\n\x1a\n" + b"\0" * 100))
    with pytest.raises(UnsupportedFileError, match="old Office document"):
        read_document(write(tmp_path, "a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600))


def test_files_over_the_limit_are_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(30 * 1024 * 1024)
    started = time.monotonic()
    with pytest.raises(FileTooLargeError, match="20 MB"):
        read_document(path)
    assert time.monotonic() - started < 1


def test_too_much_text_is_refused(tmp_path):
    with pytest.raises(FileTooLargeError, match="characters"):
        read_document(write(tmp_path, "a.txt", "Wort " * 450_000))


def test_empty_and_missing_files(tmp_path):
    with pytest.raises(NoTextError):
        read_document(write(tmp_path, "a.txt", "  \n\n "))
    with pytest.raises(UnsupportedFileError, match="no file"):
        read_document(tmp_path / "absent.txt")


# ---- Markdown --------------------------------------------------------------------------------


def test_markdown_keeps_its_markup_and_reads_front_matter(tmp_path):
    body = "# Chips und Zölle\n\n" + GERMAN + "\n\n* Punkt **eins**\n"
    text = "---\ntitle: \"Zölle: eine Übersicht\"\nauthor: Erika M.\ndate: 2025-07-27\n" \
           "lang: de\n---\n" + body
    doc = read_document(write(tmp_path, "note.md", text))
    assert doc.format == "markdown"
    assert doc.text == body.strip()
    assert doc.metadata == {"title": "Zölle: eine Übersicht", "author": "Erika M.",
                            "published": "2025-07-27", "language": "de"}
    plain = read_document(write(tmp_path, "plain.md", body))
    assert plain.metadata["title"] == "Chips und Zölle" and plain.text == body.strip()


# ---- HTML ------------------------------------------------------------------------------------


PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Chip curbs | The Daily</title>
<meta property="og:title" content="US tightens chip curbs">
<meta name="author" content="Jane Doe"><meta property="og:site_name" content="The Daily">
<meta name="description" content="Exports blocked.">
<meta property="article:published_time" content="2025-08-01T10:00:00+02:00">
<link rel="canonical" href="https://example.org/chips">
<script>var tracking = "<p>not text</p>";</script><style>p { color: red }</style></head>
<body><nav><ul><li>Home</li><li>World</li></ul></nav><header><p>Site header</p></header>
<div role="navigation">Skip links</div>
<article><h1>US tightens   chip curbs</h1>
<p>The U.S. Commerce Department said on 1 August 2025 that exports of
   5,000 advanced chips to China were blocked.</p><p>Line one<br>line two &amp; more</p>
<aside>Related stories</aside><pre>  keep
  this</pre></article>
<footer>Copyright</footer><script>alert(1)</script></body></html>"""


def test_html_main_text_and_metadata(tmp_path):
    doc = read_document(write(tmp_path, "page.html", PAGE))
    assert doc.format == "html"
    assert doc.text == (
        "US tightens chip curbs\n\nThe U.S. Commerce Department said on 1 August 2025 that "
        "exports of 5,000 advanced chips to China were blocked.\n\nLine one\nline two & more"
        "\n\n  keep\n  this")
    for dropped in ("Home", "Site header", "Skip links", "Related", "Copyright", "tracking",
                    "color", "alert"):
        assert dropped not in doc.text
    assert doc.metadata == {
        "title": "US tightens chip curbs", "author": "Jane Doe", "outlet": "The Daily",
        "note": "Exports blocked.", "published": "2025-08-01",
        "url": "https://example.org/chips", "language": "en"}
    assert doc.language == "en"


def test_html_without_main_uses_the_whole_body_and_title_tag(tmp_path):
    page = b"<html><head><meta charset='windows-1252'><title>Z\xf6lle</title></head><body>" \
           b"<div><p>Erster Absatz \xfcber Z\xf6lle.</p><p>Zweiter.</p></div></body></html>"
    doc = read_document(write(tmp_path, "p.htm", page))
    assert doc.text == "Erster Absatz über Zölle.\n\nZweiter."
    assert doc.metadata["title"] == "Zölle" and doc.warnings == []


def test_deeply_nested_html_has_no_recursion_limit(tmp_path):
    page = "<html><body>" + "<div>" * 5000 + "<p>Tief unten steht der Text.</p>" + \
        "</div>" * 5000 + "</body></html>"
    started = time.monotonic()
    doc = read_document(write(tmp_path, "deep.html", page))
    assert doc.text == "Tief unten steht der Text."
    assert time.monotonic() - started < 5


def test_html_named_txt_is_read_as_html_with_a_warning(tmp_path):
    doc = read_document(write(tmp_path, "page.pdf", PAGE))
    assert doc.format == "html"
    assert any("named like a PDF" in w for w in doc.warnings)


# ---- Word ------------------------------------------------------------------------------------


def make_docx(path, paragraphs, **properties):
    import docx

    document = docx.Document()
    for key, value in properties.items():
        setattr(document.core_properties, key, value)
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(path)
    return path


def test_docx_written_by_python_docx(tmp_path, library):
    path = make_docx(tmp_path / "note.docx", ["Zölle auf Chips", "", GERMAN, ENGLISH[:60]],
                     title="Zölle auf Chips", author="Erika Mustermann", language="de-DE",
                     created=datetime.datetime(2025, 7, 26, 9, 30))
    import docx
    extra = docx.Document(path)
    run = extra.paragraphs[2].add_run()
    run.add_tab()
    run.add_text("Mit Tab.")
    table = extra.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Zelle eins", "Zelle zwei"
    extra.save(path)
    doc = read_document(path)
    assert doc.format == "docx"
    assert doc.text == "\n\n".join(["Zölle auf Chips", GERMAN + "\tMit Tab.", ENGLISH[:60],
                                    "Zelle eins", "Zelle zwei"])
    assert doc.metadata == {"title": "Zölle auf Chips", "author": "Erika Mustermann",
                            "language": "de", "published": "2025-07-26"}
    source = import_file(library, path, {"outlet": "Testblatt"})
    quote = "am 26. Juli 2025 neue Zölle"
    start = source.text.index(quote)
    assert source.text[start:start + len(quote)] == quote
    assert source.outlet == "Testblatt" and source.origin == "user"


def raw_docx(document_xml: bytes, *, extra=None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.mark.slow
def test_docx_zip_bomb_is_refused_quickly(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(1024):  # 1 GB of zeros, about 1 MB compressed
                member.write(chunk)
    assert path.stat().st_size < 5 * 1024 * 1024
    started = time.monotonic()
    tracemalloc.start()
    try:
        with pytest.raises(UnsafeFileError, match="zip bomb"):
            read_document(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 2
    assert peak < 32 * 1024 * 1024


def test_docx_whose_zip_lies_about_its_size_is_stopped(tmp_path):
    body = b"<w:document " + W + b"><w:body><w:p><w:r><w:t>" + b"a" * 3_000_000 + \
        b"</w:t></w:r></w:p></w:body></w:document>"
    data = bytearray(raw_docx(body))
    # Patch the declared uncompressed size of word/document.xml down to 1,000 bytes,
    # in its local header (offset 22) and its central directory entry (offset 24).
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    data[info.header_offset + 22:info.header_offset + 26] = (1000).to_bytes(4, "little")
    central = bytes(data).index(b"PK\x01\x02", bytes(data).index(b"PK\x01\x02") + 4)
    data[central + 24:central + 28] = (1000).to_bytes(4, "little")
    with pytest.raises(DocumentImportError):
        read_bytes(bytes(data), "liar.docx")


@pytest.mark.parametrize("prolog", [
    b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>',
    b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    b'<!DOCTYPE x SYSTEM "http://example.invalid/x.dtd">',
])
def test_docx_with_entity_tricks_is_refused(tmp_path, prolog):
    body = b'<?xml version="1.0"?>' + prolog + b"<w:document " + W + \
        b"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"
    with pytest.raises(UnsafeFileError, match="document type declaration"):
        read_bytes(raw_docx(body), "evil.docx")


def test_truncated_and_malformed_docx(tmp_path):
    path = make_docx(tmp_path / "a.docx", [GERMAN])
    data = path.read_bytes()
    with pytest.raises(DamagedFileError, match="damaged or truncated"):
        read_bytes(data[: len(data) // 2], "half.docx")
    with pytest.raises(DamagedFileError, match="not well-formed XML"):
        read_bytes(raw_docx(b"<w:document " + W + b"><w:body><w:p>"), "broken.docx")


def test_other_zip_files_are_named(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnsupportedFileError, match="Excel workbook"):
        read_bytes(buffer.getvalue(), "sheet.docx")


def test_docx_with_too_many_members_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for number in range(2100):
            archive.writestr(f"f{number}", b"")
    with pytest.raises(UnsafeFileError, match="2,100 files"):
        read_bytes(buffer.getvalue(), "many.docx")


# ---- PDF -------------------------------------------------------------------------------------


def make_pdf(path, text: str | None, title: str = "", author: str = ""):
    from PySide6.QtGui import QColor, QPainter, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator(author)
    if text is None:  # a page with a drawing and no text: what a scan looks like to us
        painter = QPainter(writer)
        painter.fillRect(100, 100, 3000, 2000, QColor("darkblue"))
        painter.end()
    else:
        document = QTextDocument()
        document.setPlainText(text)
        document.print_(writer)
    del writer
    return path


def test_pdf_written_by_qt(tmp_path, qapp, library):
    path = make_pdf(tmp_path / "report.pdf", GERMAN + "\n\n" + ENGLISH, title="Zölle 2025")
    doc = read_document(path)
    assert doc.format == "pdf"
    assert doc.metadata["title"] == "Zölle 2025"
    assert "neue Zölle auf Chips" in doc.text and "5.000" in doc.text
    assert "\t" not in doc.text
    source = import_file(library, path, {"date": "c. 2025"})
    assert source.published == "2025" and source.date_approximate
    start = source.text.index("5.000")
    assert source.text[start:start + 5] == "5.000"


def test_image_only_pdf_is_refused(tmp_path, qapp):
    with pytest.raises(NoTextError, match="no text layer"):
        read_document(make_pdf(tmp_path / "scan.pdf", None))


def test_encrypted_pdf_is_refused(tmp_path, qapp):
    import pypdf

    plain = make_pdf(tmp_path / "plain.pdf", GERMAN)
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(plain))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    with open(tmp_path / "locked.pdf", "wb") as out:
        writer.write(out)
    with pytest.raises(EncryptedFileError, match="password-protected"):
        read_document(tmp_path / "locked.pdf")


def test_truncated_pdf_and_broken_xref(tmp_path, qapp):
    data = make_pdf(tmp_path / "a.pdf", GERMAN).read_bytes()
    with pytest.raises(DocumentImportError):
        read_bytes(data[: len(data) // 3], "cut.pdf")
    broken = data.replace(b"startxref\n", b"startxref\n9").replace(b"xref\n0 ", b"xrex\n0 ")
    doc = read_bytes(broken, "broken.pdf")  # repaired on reading, with a warning
    assert "neue Zölle" in doc.text
    assert any("repaired" in w for w in doc.warnings)
    with pytest.raises(DocumentImportError):
        read_bytes(b"%PDF-1.7\n" + b"garbage " * 500, "junk.pdf")


# ---- building and storing the source ---------------------------------------------------------


def test_ids_are_stable_and_duplicates_are_refused(tmp_path, library):
    path = write(tmp_path, "a.txt", GERMAN)
    before = sources_snapshot(library)
    source = import_file(library, path, {"title": "Zölle: Überblick", "date": "2025-07-26"})
    assert source.id.startswith("zolle-uberblick-") and len(source.id.rsplit("-", 1)[1]) == 8
    assert source == build_source(read_document(path), {"title": "Zölle: Überblick",
                                                        "date": "2025-07-26"})
    copy = write(tmp_path, "copy.md", GERMAN + "\n")
    with pytest.raises(DuplicateSourceError, match=source.id) as caught:
        import_file(library, copy, {"title": "Other title"})
    assert caught.value.existing_id == source.id
    assert sources_snapshot(library) == sorted(before + [(source.id, source.title)])


@pytest.mark.parametrize("overrides, message", [
    ({"date": "26.7.2025"}, r"not a date like .* \(prefix 'c\.' for an approximate date"),
    # (an access date is exact: the message does not offer 'c.' or 'unknown', which it refuses)
    ({"accessed": "c. 2025-02-01"}, r"The access date 'c\. 2025-02-01' is not a date like "
                                    r"2025-07-29, 2025-07 or 2025\.$"),
    ({"language": "German"}, "not a language code"),
    ({"kind": "tweet"}, "not a citation item type"),
    ({"colour": "red"}, "Unknown source field"),
])
def test_bad_metadata_is_refused_and_nothing_is_written(tmp_path, library, overrides, message):
    before = sources_snapshot(library)
    with pytest.raises(MetadataError, match=message):
        import_file(library, write(tmp_path, "a.txt", GERMAN), overrides)
    assert sources_snapshot(library) == before


def test_date_forms(tmp_path):
    doc = read_document(write(tmp_path, "a.txt", GERMAN))
    assert build_source(doc, {"date": "unknown"}).published == ""
    approx = build_source(doc, {"date": "ca. 2025-07"})
    assert (approx.published, approx.date_approximate) == ("2025-07", True)


def test_hostile_files_leave_the_library_unchanged(tmp_path, library):
    before = sources_snapshot(library)
    bad = [write(tmp_path, "x.pdf", b"%PDF-1.4\n" + b"\0" * 100),
           write(tmp_path, "x.docx", b"PK\x03\x04" + b"\0" * 100),
           write(tmp_path, "x.txt", bytes(range(256)) * 10)]
    for path in bad:
        with pytest.raises(DocumentImportError):
            import_file(library, path)
    assert sources_snapshot(library) == before


# ---- language and repeats --------------------------------------------------------------------


@pytest.mark.parametrize("text, language", [
    (GERMAN, "de"), (ENGLISH, "en"),
    ("Le gouvernement a annoncé que les exportations de puces sont bloquées pour la Chine.", "fr"),
    ("El gobierno anunció que las exportaciones de chips a China están bloqueadas por la ley.",
     "es"),
    ("中国政府宣布成立世界人工智能合作组织，总部设在上海。", "zh"),
    ("12345 67890", ""),
])
def test_language_detection(text, language):
    assert detect_language(text) == language


def test_repeats_in_the_real_merics_text():
    text = (resources_dir() / "library" / "merics-ilr.txt").read_text(encoding="utf-8")
    repeats = find_repeats(text)
    assert [(r.start, r.end, r.repeat_start, r.repeat_end, r.verbatim) for r in repeats] == [
        (3295, 3993, 5979, 6653, False), (3995, 4809, 6655, 7469, True)]
    assert text[3995:4809] == text[6655:7469]


def test_repeats_found_on_import_and_sentence_runs(tmp_path, library):
    passage = ("Die Regierung kündigte am Montag neue Regeln an. Sie gelten ab Januar für alle "
               "Hersteller von Chips. ")
    text = "Anfang des Textes. " + passage + "Dazwischen steht etwas anderes. " + passage
    source = import_file(library, write(tmp_path, "r.txt", text), {"title": "Wiederholung"})
    assert len(source.repeats) == 1
    r = source.repeats[0]
    assert source.text[r.start:r.end] == source.text[r.repeat_start:r.repeat_end]
    assert r.verbatim and r.end - r.start >= 80
    assert find_repeats("Kurz. Kurz. Kurz.") == ()
