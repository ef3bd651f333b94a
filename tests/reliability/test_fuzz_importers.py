"""Fuzzing the importers (hypothesis, bounded): any bytes give a document or a clear
DocumentImportError — never another exception, never a hang. A failing input found here is
saved in fuzz_regressions/ and replayed by test_saved_regressions forever after."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.core.importing.errors import DocumentImportError
from briefing.core.importing.reader import read_bytes

REGRESSIONS = Path(__file__).with_name("fuzz_regressions")
BUDGET = settings(max_examples=400, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.too_slow])
NAMES = st.sampled_from(["x.txt", "x.md", "x.html", "x.docx", "x.pdf", "x", "x.htm"])


def _docx(xml: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", xml)
    return out.getvalue()


PREFIXES = st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe",
                            b"<!DOCTYPE html><html><body>", b"---\ntitle: x\n---\n", b"{\\rtf1"])
BYTES = st.builds(lambda p, b: p + b, PREFIXES, st.binary(max_size=4000))
DOCX_XML = st.builds(
    lambda body: _docx(b'<w:document xmlns:w="http://schemas.openxmlformats.org/'
                       b'wordprocessingml/2006/main"><w:body>' + body + b"</w:body></w:document>"),
    st.binary(max_size=600) | st.sampled_from([
        b"<w:p><w:r><w:t>Hallo</w:t></w:r></w:p>", b"<w:p>" * 2000,
        b'<!DOCTYPE x [<!ENTITY a "aaaa">]><w:p>&a;</w:p>', b"<w:p><w:r><w:t>\x00</w:t>"]))
HTML = st.builds(lambda body: ("<html><body>" + body + "</body></html>").encode("utf-8"),
                 st.text(alphabet="<>/=\"' abcdivpscriptnav&;#x0123456789\n", max_size=800))


def _check(data: bytes, name: str) -> None:
    started = time.monotonic()
    try:
        document = read_bytes(data, name)
    except DocumentImportError as exc:
        assert str(exc) and "\n" not in str(exc).strip()
    except Exception as exc:  # pragma: no cover - a finding: keep it as a regression
        REGRESSIONS.mkdir(exist_ok=True)
        (REGRESSIONS / f"crash-{abs(hash(data)) % 10**10}-{name}").write_bytes(data)
        raise AssertionError(f"{name}: {exc.__class__.__name__}: {exc}") from exc
    else:
        assert isinstance(document.text, str)
    assert time.monotonic() - started < 5


@BUDGET
@given(data=BYTES, name=NAMES)
def test_any_bytes(data, name):
    _check(data, name)


@BUDGET
@given(data=DOCX_XML)
def test_docx_like_packages(data):
    _check(data, "x.docx")


@BUDGET
@given(data=HTML)
def test_html_soup(data):
    _check(data, "x.html")


@pytest.mark.parametrize("path", sorted(REGRESSIONS.glob("*")) or [None],
                         ids=lambda p: p.name if p else "none-yet")
def test_saved_regressions(path):
    if path is None:
        return  # no input has ever crashed the importers
    _check(path.read_bytes(), path.name.split("-", 2)[-1])
