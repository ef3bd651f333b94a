"""User templates and citation styles built to hang, fill memory or crash: each is refused with
its name and why, in bounded time (issue 15). The engine's own QuickJS limits are tested
with the engine (branch i18b)."""

from __future__ import annotations

import io
import os
import shutil
import time
import zipfile
from pathlib import Path

import pytest

from briefing.core.citations.styles import MAX_STYLE_BYTES, StyleError, StyleInfo, Styles
from tests.reliability.hostile import REPO, cli, run_as_nobody

pytestmark = pytest.mark.timeout(60)

GOOD = (REPO / "resources" / "csl" / "apa.csl").read_text(encoding="utf-8")
HEAD = ('<?xml version="1.0" encoding="utf-8"?>\n<style xmlns="http://purl.org/net/xbiblio/csl"'
        ' class="note" version="1.0"><info><title>Hostile</title><id>h</id></info>')


def _style(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.csl"
    path.write_text(HEAD + body + "</style>", encoding="utf-8")
    return path


def test_a_named_pipe_in_the_users_csl_folder_does_not_hang_styles_list(private_home):
    csl = private_home / "csl"
    csl.mkdir()
    os.mkfifo(csl / "pipe.csl")
    started = time.monotonic()
    result = cli("styles", "list", home=private_home, timeout=30)
    assert result.returncode == 0 and "apa" in result.stdout
    assert "pipe.csl' cannot be used: it is not a regular file (a named pipe)" in result.stderr
    assert time.monotonic() - started < 20


def test_an_oversized_style_is_refused_by_its_size(tmp_path):
    path = tmp_path / "big.csl"
    path.write_text(GOOD.replace("</info>", "</info><!--" + "x" * MAX_STYLE_BYTES + "-->"))
    with pytest.raises(StyleError, match="over the 1,024 KB a style may have"):
        StyleInfo.from_file(path)


def test_a_style_with_a_huge_text_value_is_refused(tmp_path):
    path = _style(tmp_path, "text", '<citation><layout><text value="' + "x" * 500_000 +
                  '"/></layout></citation>')
    with pytest.raises(StyleError, match="more than 10,000 characters"):
        StyleInfo.from_file(path)


def test_macros_that_fan_out_are_refused_before_the_engine_runs(tmp_path):
    """The issue's 1.6 KB style: each macro calls the next ten times (10^10 steps)."""
    macros = "".join(
        f'<macro name="m{n}">' + f'<text macro="m{n + 1}"/>' * 10 + "</macro>" for n in range(10))
    macros += '<macro name="m10"><text value="x"/></macro>'
    path = _style(tmp_path, "fanout", macros + '<citation><layout><text macro="m0"/></layout>'
                                               "</citation>")
    assert path.stat().st_size < 3000
    started = time.monotonic()
    with pytest.raises(StyleError, match="macros call each other so often that its layouts expand"):
        StyleInfo.from_file(path)
    assert time.monotonic() - started < 2


def test_a_macro_that_calls_itself_is_refused(tmp_path):
    path = _style(tmp_path, "loop", '<macro name="a"><text macro="b"/></macro><macro name="b">'
                  '<group><text macro="a"/></group></macro><citation><layout><text macro="a"/>'
                  "</layout></citation>")
    with pytest.raises(StyleError, match="macro 'a' calls itself \\(through a → b\\)"):
        StyleInfo.from_file(path)


def test_a_style_that_cannot_be_read_says_why_in_one_plain_sentence(tmp_path, monkeypatch):
    import briefing.core.reading as reading

    path = tmp_path / "mine.csl"
    path.write_text(GOOD, encoding="utf-8")

    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reading.os, "open", refused)
    with pytest.raises(StyleError) as raised:
        StyleInfo.from_file(path)
    # before: "cannot be read (The citation style file it cannot be read: Permission denied)"
    assert str(raised.value) == f"Citation style file '{path}' cannot be used: it cannot be " \
                                "read (Permission denied)"


def test_the_bundled_styles_pass_the_checks_quickly():
    started = time.monotonic()
    styles = Styles([REPO / "resources" / "csl"])
    assert len(styles.list()) >= 4 and not styles.problems()
    assert time.monotonic() - started < 5


def test_hostile_styles_are_listed_as_problems_through_the_cli(private_home):
    csl = private_home / "csl"
    _style(csl, "loop", '<macro name="a"><text macro="a"/></macro><citation><layout>'
                        '<text macro="a"/></layout></citation>')
    (csl / "doctype.csl").write_text('<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaa">]>'
                                     + HEAD[HEAD.index("<style"):] + "</style>")
    result = cli("styles", "list", home=private_home)
    assert result.returncode == 0
    assert "loop.csl' cannot be used: its macro 'a' calls itself" in result.stderr
    assert "doctype.csl' cannot be used: it has a DOCTYPE" in result.stderr


# ---- reference.docx --------------------------------------------------------------------------


def _template_with_reference(home: Path, reference: bytes) -> None:
    folder = home / "templates" / "bigref"
    shutil.copytree(REPO / "templates" / "briefing-note", folder)
    (folder / "reference.docx").write_bytes(reference)


def _bomb(styles_bytes: int) -> bytes:
    import docx

    plain = io.BytesIO()
    docx.Document().save(plain)
    source = zipfile.ZipFile(io.BytesIO(plain.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/styles.xml":
                head, tail = data.rsplit(b"</w:styles>", 1)
                data = head + b"<!--" + b" " * styles_bytes + b"--></w:styles>" + tail
            package.writestr(info.filename, data)
    return out.getvalue()


@pytest.mark.parametrize("size", [40 * 1024 * 1024, 1536 * 1024 * 1024])
def test_a_reference_docx_that_unpacks_too_far_is_refused(private_home, size):
    if size > 100 * 1024 * 1024:  # 1.5 GB of styles.xml: a directory entry that says so
        reference = _lying_size(_bomb(0), "word/styles.xml", size)
    else:
        reference = _bomb(size)
    _template_with_reference(private_home, reference)
    note = private_home / "n.briefing"
    assert cli("new", "-o", str(note), "--template", "bigref", "--title", "T",
               home=private_home).returncode == 0
    started = time.monotonic()
    result = cli("export", str(note), "-o", str(private_home / "n.docx"), home=private_home)
    assert result.returncode == 1 and "unpacks to" in result.stderr, result.stderr
    assert "word/styles.xml" in result.stderr and "Traceback" not in result.stderr
    assert time.monotonic() - started < 30


def _lying_size(package: bytes, name: str, size: int) -> bytes:
    """The package with ``name``'s declared unpacked size set to ``size`` (a zip that claims
    far more than it holds: refused from its directory, before unpacking)."""
    import struct

    data = bytearray(package)
    offset, found = data.find(b"PK\x01\x02"), False  # walk the central directory
    while offset != -1:
        length = struct.unpack_from("<H", data, offset + 28)[0]
        if data[offset + 46: offset + 46 + length] == name.encode():
            struct.pack_into("<I", data, offset + 24, size)
            found = True
        offset = data.find(b"PK\x01\x02", offset + 46)
    assert found
    return bytes(data)


def test_a_pipe_or_a_device_as_a_templates_manifest_or_reference_is_named(tmp_path):
    """Before, a named pipe as manifest.toml was "has no manifest.toml", and a link to
    /dev/zero as reference.docx was silently left out (the export took the default look)."""
    from briefing.core.templates import Templates

    for name in ("piped", "zeroed"):
        shutil.copytree(REPO / "templates" / "briefing-note", tmp_path / name)
    (tmp_path / "piped" / "manifest.toml").unlink()
    os.mkfifo(tmp_path / "piped" / "manifest.toml")
    (tmp_path / "zeroed" / "reference.docx").unlink()
    (tmp_path / "zeroed" / "reference.docx").symlink_to("/dev/zero")
    problems = {p.template_id: str(p) for p in Templates([tmp_path]).problems}
    assert "manifest.toml is not a regular file (a named pipe)" in problems["piped"]
    assert "reference.docx is not a regular file (a device)" in problems["zeroed"]


# ---- unreadable folders ----------------------------------------------------------------------


@pytest.mark.slow
def test_an_unreadable_user_template_folder_is_reported_not_a_traceback(tmp_path):
    home = Path("/tmp") / f"briefing-i15-templates-{os.getpid()}"
    shutil.rmtree(home, ignore_errors=True)
    (home / "templates").mkdir(parents=True)
    os.chmod(home, 0o777)
    locked = home / "templates" / "locked"
    shutil.copytree(REPO / "templates" / "briefing-note", locked)
    os.chmod(locked, 0o000)
    try:
        env = {**os.environ, "BRIEFING_HOME": str(home), "HOME": str(home)}
        listed = run_as_nobody(["-m", "briefing", "templates", "list"], env)
        if listed is None:
            pytest.skip("no unprivileged Python 3.11 to run the app as another user")
        assert listed.returncode == 0, listed.stderr
        assert "Traceback" not in listed.stderr and "briefing-note" in listed.stdout
        note = str(home / "n.briefing")
        made = run_as_nobody(["-m", "briefing", "new", "-o", note, "--template", "locked",
                              "--title", "T"], env)
        assert made.returncode == 1 and "Traceback" not in made.stderr
        assert "cannot be read" in made.stderr and "make it readable" in made.stderr
        made = run_as_nobody(["-m", "briefing", "new", "-o", note, "--template",
                              "briefing-note", "--title", "T"], env)
        assert made.returncode == 0, made.stderr
        exported = run_as_nobody(["-m", "briefing", "export", note, "-o",
                                  str(home / "n.md")], env)
        assert exported.returncode == 0 and "Traceback" not in exported.stderr, exported.stderr
        os.chmod(home / "templates", 0o000)  # the whole folder of the user's templates
        listed = run_as_nobody(["-m", "briefing", "templates", "list"], env)
        assert listed.returncode == 0 and "briefing-note" in listed.stdout, listed.stderr
        assert "cannot read the folder" in listed.stderr and "Permission denied" in listed.stderr
        assert "[Errno" not in listed.stderr and "Traceback" not in listed.stderr
    finally:
        os.chmod(home / "templates", 0o755)
        os.chmod(locked, 0o755)
        shutil.rmtree(home, ignore_errors=True)
