"""Importers on inputs built to be slow or odd: every one ends, in bounded time, in a document
or one clear error (issue 15). The time limits catch a hang; speed is in the benchmarks."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefing.core.importing import read_bytes
from briefing.core.importing.errors import (
    DocumentImportError,
    EncryptedFileError,
    FileTooLargeError,
    NoTextError,
)
from tests.reliability.hostile import REPO, expensive_pdf, pdf, text_page

pytestmark = pytest.mark.timeout(60)

WORDS = "The ministry said on Monday that exports of chips were halted after the review."


def test_a_line_of_100000_dots_imports():
    doc = read_bytes(("Title\n\n" + "." * 100_000 + "\n\n" + WORDS).encode(), "dots.txt")
    assert doc.text.endswith(WORDS)
    doc = read_bytes(("# Title\n\n" + "." * 100_000 + "!?" * 50_000).encode(), "dots.md")
    assert doc.metadata["title"] == "Title"


def test_a_200_kb_markdown_heading_line_imports():
    doc = read_bytes(("# " + "# " * 100_000 + "x\n\n" + WORDS).encode(), "heading.md")
    assert doc.metadata["title"].startswith("# # #")
    doc = read_bytes(("# Chips  ##\n\n" + WORDS).encode(), "plain.md")
    assert doc.metadata["title"] == "Chips"


@pytest.mark.parametrize("body", [
    "<nav>" + "<div>" * 100_000 + "menu" + "</span>" * 100_000 + "</nav>",  # stray end tags
    "<aside>" + "<b><i>" * 50_000 + "</u>" * 100_000,
])
def test_deeply_nested_html_with_skipped_content_imports(body):
    page = f"<html><body><p>{WORDS}</p>{body}<p>{WORDS}</p></body></html>"
    doc = read_bytes(page.encode(), "nested.html")
    assert WORDS in doc.text and "menu" not in doc.text


@pytest.mark.parametrize("tail", ["<a" * 200_000, "<![CDATA[" * 50_000, "<!-- >" * 80_000,
                                  "</" * 200_000, "<?" * 200_000, "<a b='" + "x " * 200_000])
def test_html_that_ends_inside_an_unfinished_tag_imports(tail):
    page = f"<html><body><p>{WORDS}</p>{tail}"
    doc = read_bytes(page.encode(), "cut.html")
    assert WORDS in doc.text


@pytest.mark.parametrize("tag", [
    "<a" + " b" * 200_000 + ">",  # a finished tag with 200,000 attributes
    "<a title='>'" + " b=1" * 200_000 + ">",  # its first '>' quoted
    "<a b='x" * 200_000,  # unfinished: each quoted value holds the next "<a b="
    "<script" + " b" * 200_000 + ">var x = '<p>';</script>",
])
def test_a_tag_with_a_great_many_attributes_imports_in_bounded_memory(tag):
    """html.parser's regex keeps some 500 bytes for each attribute while it matches a tag:
    200,000 attributes (400 KB) took 110 MB, a 20 MB page would take gigabytes."""
    import tracemalloc

    page = f"<html><body><p>{WORDS}</p>{tag}<p>{WORDS} Again.</p></body></html>"
    tracemalloc.start()
    try:
        doc = read_bytes(page.encode(), "attributes.html")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert WORDS in doc.text
    if not tag.endswith("x"):  # the unfinished tail and what follows it are dropped
        assert f"{WORDS} Again." in doc.text and "var x" not in doc.text
    assert peak < 10 * len(page) + 5_000_000, f"{peak / 1e6:.0f} MB for {len(page) / 1e6:.1f} MB"


def test_a_tag_with_a_few_hundred_attributes_keeps_them():
    attributes = " ".join(f"data-n{n}='{n}'" for n in range(500))
    page = (f'<html lang="de"><body><p>{WORDS}</p><nav {attributes}>menu</nav>'
            f'<div {attributes} hidden>hidden</div><p>{WORDS} Again.</p></body></html>')
    doc = read_bytes(page.encode(), "some.html")
    assert "menu" not in doc.text and "hidden" not in doc.text and doc.language == "de"


@pytest.mark.parametrize("codec", ["base64", "bz2", "hex", "zlib", "uu", "rot13", "punycode",
                                   "undefined", "base64_codec", "quopri", "unicode_escape"])
def test_html_meta_charset_naming_a_non_text_codec_falls_back(codec):
    page = f'<html><head><meta charset="{codec}"><title>Zölle</title></head><body><p>{WORDS}' \
           "</p></body></html>"
    doc = read_bytes(page.encode("utf-8"), "page.html")
    assert WORDS in doc.text and doc.metadata["title"] == "Zölle"


def test_html_meta_charset_of_a_real_text_encoding_is_used():
    page = '<html><head><meta charset="iso-8859-15"></head><body><p>Preis: 5 €</p></body></html>'
    assert "5 €" in read_bytes(page.encode("iso-8859-15"), "euro.html").text


def test_a_pdf_of_2000_pages_sharing_one_content_stream_ends_quickly():
    data = expensive_pdf()
    assert len(data) < 400_000
    with pytest.raises(NoTextError):  # the shared page shows no text
        read_bytes(data, "expensive.pdf")


def test_a_pdf_whose_pages_share_a_text_stream_keeps_every_page():
    data = pdf([b""] * 3, shared=text_page("Same words on every page."))
    doc = read_bytes(data, "same.pdf")
    assert doc.text.count("Same words on every page.") == 3


@pytest.mark.slow
def test_a_pdf_too_expensive_to_read_is_refused_with_a_clear_message(monkeypatch):
    from briefing.core.importing import pdf as pdf_reader

    # 10 pages, each its own 1.2 MB of text objects: over a 4 MB budget (the real one is
    # 16 MB, which takes some 20 s to reach)
    monkeypatch.setattr(pdf_reader, "MAX_CONTENT_BYTES", 4 * 1024 * 1024)
    content = b"".join(b"BT /F1 9 Tf 72 %d Td () Tj ET\n" % (700 - i % 600)
                       for i in range(40_000))
    data = pdf([content + b"%% page %d\n" % n for n in range(10)])
    with pytest.raises(FileTooLargeError, match="too much work.*more than 4 MB"):
        read_bytes(data, "heavy.pdf")


def test_a_pdf_page_with_too_many_drawing_instructions_is_refused_before_reading():
    content = b"BT /F1 9 Tf 72 700 Td (x) Tj ET\n" * 200_000  # 6.2 MB on one page
    with pytest.raises(FileTooLargeError, match="page 2 holds 6.1 MB"):
        read_bytes(pdf([text_page(WORDS), content]), "page.pdf")


def test_a_pdf_needing_too_many_operations_is_refused(monkeypatch):
    from briefing.core.importing import pdf as pdf_reader

    monkeypatch.setattr(pdf_reader, "MAX_OPERATIONS", 10_000)
    content = b"BT /F1 9 Tf 72 700 Td (x) Tj ET\n" * 3_000
    with pytest.raises(FileTooLargeError, match="more than 10,000 drawing operations"):
        read_bytes(pdf([content]), "ops.pdf")


def test_two_long_near_identical_paragraphs_are_compared_in_linear_time():
    import random

    from briefing.core.importing.repeats import find_repeats

    rng = random.Random(1)
    vocabulary = ["".join(rng.choice("abcdefghij") for _ in range(5)) for _ in range(3000)]
    first = [rng.choice(vocabulary) for _ in range(100_000)]
    second = [("zzz" if n % 50 == 0 else word) for n, word in enumerate(first)]
    text = " ".join(first) + ".\n\n" + " ".join(second) + "."
    (repeat,) = find_repeats(text)
    assert not repeat.verbatim and repeat.repeat_start == len(" ".join(first)) + 3


def _encrypted(password: str, algorithm: str) -> bytes:
    import io

    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf([text_page(WORDS)]))))
    writer.encrypt(user_password=password, owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_pdfs_encrypted_with_an_empty_password_open(algorithm):
    doc = read_bytes(_encrypted("", algorithm), "permissions.pdf")
    assert WORDS in doc.text


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_pdfs_locked_with_a_password_say_encrypted(algorithm):
    with pytest.raises(EncryptedFileError, match="encrypted"):
        read_bytes(_encrypted("secret", algorithm), "locked.pdf")


def test_an_aes_pdf_without_the_crypto_library_says_encrypted(tmp_path):
    """Were the AES library missing (a trimmed bundle), the user still hears "encrypted"."""
    path = tmp_path / "aes.pdf"
    path.write_bytes(_encrypted("", "AES-128"))
    code = ("import sys; sys.modules['Crypto'] = None; sys.modules['cryptography'] = None\n"
            "from briefing.core.importing import read_document\n"
            "from briefing.core.importing.errors import EncryptedFileError\n"
            f"try: read_document({str(path)!r})\n"
            "except EncryptedFileError as e: print('ENCRYPTED', e)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=60, check=False)
    assert "ENCRYPTED" in result.stdout and "encrypted" in result.stdout, result.stderr
    assert "cryptography" not in result.stdout


def test_every_hostile_import_through_the_cli_is_one_line(tmp_path, private_home):
    from tests.reliability.hostile import cli

    files = {"dots.txt": "T\n\n" + "." * 100_000, "cut.html": f"<p>{WORDS}</p>" + "<a" * 50_000,
             "charset.html": f'<meta charset="bz2"><p>{WORDS} Again.</p>'}
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    (tmp_path / "heavy.pdf").write_bytes(expensive_pdf())
    result = cli("import", *(str(tmp_path / n) for n in [*files, "heavy.pdf"]),
                 home=private_home)
    assert "Traceback" not in result.stderr
    assert result.stdout.count("Imported ") == 3, result.stderr
    assert "heavy.pdf has no text layer" in result.stderr


def test_import_errors_are_document_import_errors():
    with pytest.raises(DocumentImportError):
        read_bytes(b"%PDF-1.4\n" + b"(" * 100_000, "junk.pdf")
