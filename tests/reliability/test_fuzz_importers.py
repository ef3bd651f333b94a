"""Fuzzing the importers (hypothesis, bounded): any bytes give a document or a clear
DocumentImportError — never another exception, never a hang.

test_saved_regressions replays every file in fuzz_regressions/: hostile inputs written by hand
(``seed-*``) and any input the fuzzing ever found (``crash-*``). A failing input found here is
written to the temporary folder the failure names (never into tests/): copy it into
fuzz_regressions/ with the fix, so it is replayed forever after."""

from __future__ import annotations

import io
import os
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.core.importing.errors import DocumentImportError
from briefing.core.importing.reader import read_bytes

REGRESSIONS = Path(__file__).with_name("fuzz_regressions")
BUDGET = settings(max_examples=400, deadline=None, derandomize=True, database=None,
                  suppress_health_check=[HealthCheck.too_slow])


def _findings() -> Path:
    """Where a crashing input is kept for the developer: outside the checkout."""
    return Path(os.environ.get("BRIEFING_FUZZ_FINDINGS")
                or Path(tempfile.gettempdir()) / "briefing-fuzz-findings")
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
    except Exception as exc:  # a finding: keep the input for a regression test
        kept = _findings() / f"crash-{zlib.crc32(data):08x}-{name}"
        kept.parent.mkdir(parents=True, exist_ok=True)
        kept.write_bytes(data)
        raise AssertionError(f"{name}: {exc.__class__.__name__}: {exc} (input kept in {kept}; "
                             f"copy it into {REGRESSIONS} with the fix)") from exc
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


SAVED = sorted(REGRESSIONS.glob("*"))


@pytest.mark.parametrize("path", SAVED, ids=[p.name for p in SAVED])
def test_saved_regressions(path):
    _check(path.read_bytes(), path.name.split("-", 2)[-1])


def test_there_are_saved_regressions_and_a_crash_is_kept_outside_the_tests(monkeypatch, tmp_path):
    assert len(SAVED) >= 10  # the hand-written hostile inputs at least
    # The check can fail: an importer that raises anything but DocumentImportError fails it,
    # and the input is kept where the failure says, not in tests/.
    import tests.reliability.test_fuzz_importers as me

    def broken(data, name):
        raise ValueError("boom")

    monkeypatch.setattr(me, "read_bytes", broken)
    monkeypatch.setenv("BRIEFING_FUZZ_FINDINGS", str(tmp_path))
    before = sorted(REGRESSIONS.glob("*"))
    with pytest.raises(AssertionError, match=r"x\.pdf: ValueError: boom \(input kept in"):
        _check(b"%PDF-1.4 bad", "x.pdf")
    assert [p.read_bytes() for p in tmp_path.iterdir()] == [b"%PDF-1.4 bad"]
    assert sorted(REGRESSIONS.glob("*")) == before
