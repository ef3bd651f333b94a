"""The command line, run as a user runs it: a real process, real output, real exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from briefing import __version__

CLAIM_KEYS = {"id", "statement", "quote", "source_id", "start", "end", "kind", "speaker",
              "event_date", "actors", "topics", "status", "reader_note", "curator_note",
              "quote_is_translation", "quote_translated_from", "quote_translator",
              "note"}  # note: the deprecated alias of reader_note, kept for one version
SOURCE_KEYS = {"id", "title", "author", "outlet", "publisher", "published", "language", "url"}


def briefing(*args, check=True):
    result = subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True,
                            text=True, timeout=120)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_version_and_help():
    out = briefing("--version").stdout
    assert __version__ in out and "bundled library" in out
    help_text = briefing("--help").stdout
    assert "claims" in help_text and "sources" in help_text and "--library" in help_text


def test_first_run_builds_the_library_in_the_user_data_folder(private_home):
    briefing("claims", "list")
    assert (private_home / "library.sqlite").is_file()


def test_search_json_contract():
    claims = json.loads(briefing("claims", "search", "Ascend", "--json").stdout)
    assert claims
    for claim in claims:
        assert CLAIM_KEYS <= claim.keys()
        assert "Ascend" in claim["quote"] or "ascend" in json.dumps(claim).lower()


def test_search_with_filters_and_limit():
    out = json.loads(briefing("claims", "search", "", "--kind", "quote", "--limit", "2",
                              "--json").stdout)
    assert len(out) == 2 and all(c["kind"] == "quote" for c in out)
    text = briefing("claims", "search", "Nvidia").stdout
    assert "found" in text.splitlines()[0]


def test_search_syntax_as_typed_in_a_shell():
    """The search box's syntax works the same on the command line, typed without quoting
    every word: a word to leave out is not an option, and neither is --sort's -date."""
    def ids(*args):
        return [c["id"] for c in json.loads(briefing("claims", "search", *args, "--json",
                                                     "--limit", "100").stdout)]

    chips = ids("chips")
    without = ids("chips", "-Huawei")
    assert without and set(without) < set(chips)
    assert ids("chips -Huawei") == without  # the same quoted as one argument
    assert ids("-Huawei") and not set(ids("Huawei")) & set(ids("-Huawei"))
    either = ids('"export controls"', "OR", "Ascend")
    assert set(ids('"export controls"')) | set(ids("Ascend")) == set(either)
    newest = ids("chips", "--sort", "-date")
    assert newest == ids("--sort=-date", "chips") and set(newest) == set(chips)
    after = briefing("claims", "search", "--json", "--limit", "100", "--", "-Huawei", "chips")
    assert [c["id"] for c in json.loads(after.stdout)] == without
    bad = briefing("claims", "search", "chips", "--sort", "-colour", check=False)
    assert bad.returncode == 2 and "--sort" in bad.stderr


def test_show_and_list_claims():
    listed = json.loads(briefing("claims", "list", "--json").stdout)
    assert len(listed) >= 45
    first = listed[0]
    shown = json.loads(briefing("claims", "show", first["id"], "--json").stdout)
    assert shown["quote"] == first["quote"]
    assert SOURCE_KEYS <= shown["source"].keys()
    human = briefing("claims", "show", first["id"]).stdout
    assert first["statement"][:30] in human.replace("\n", " ").replace("  ", " ")


def test_sources_list_and_show_with_text():
    sources = json.loads(briefing("sources", "list", "--json").stdout)
    assert {s["id"] for s in sources} == {"merics-ilr", "dn-waic"}
    for source in sources:
        assert SOURCE_KEYS <= source.keys()
    full = json.loads(briefing("sources", "show", "merics-ilr", "--json", "--text").stdout)
    assert "互联网法律评论" in full["text"]
    human = briefing("sources", "show", "dn-waic").stdout
    assert "c. 2025-07" in human


@pytest.mark.parametrize("args, message", [
    (("claims", "show", "no-such-claim"), "no claim with id 'no-such-claim'"),
    (("sources", "show", "nope"), "no source with id 'nope'"),
    (("claims", "search", "x", "--kind", "rumour"), "Unknown kind 'rumour'"),
    (("claims", "search", "x", "--from", "2026", "--to", "2025"), "'from' is after 'to'"),
])
def test_bad_input_is_one_line_and_non_zero(args, message):
    result = briefing(*args, check=False)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("content", [b"garbage" * 500, b"\x00" * 4096])
def test_a_corrupt_library_file_is_one_line(tmp_path, content):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    result = briefing("--library", str(bad), "claims", "list", check=False)
    assert result.returncode == 1
    assert "damaged or is not a Briefing library" in result.stderr
    assert "Traceback" not in result.stderr
    assert bad.read_bytes() == content


def test_a_library_damaged_inside_is_one_line(tmp_path, private_home):
    briefing("claims", "list")
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray((private_home / "library.sqlite").read_bytes())
    page = 4096
    for number in range(2, len(data) // page):  # keep the header page, scramble the rest
        data[number * page:number * page + 200] = bytes(range(200))
    damaged.write_bytes(bytes(data))
    result = briefing("--library", str(damaged), "claims", "search", "Ascend", check=False)
    assert result.returncode == 1
    assert "damaged" in result.stderr and "Traceback" not in result.stderr


def test_arguments_that_are_not_utf8_are_refused():
    result = subprocess.run([sys.executable.encode(), b"-m", b"briefing", b"claims", b"show",
                             b"\xff"], capture_output=True, timeout=60)
    assert result.returncode == 1
    assert b"not valid UTF-8" in result.stderr and b"Traceback" not in result.stderr


def test_library_option_uses_that_file(tmp_path, private_home):
    missing = briefing("--library", str(tmp_path / "none.sqlite"), "claims", "list", check=False)
    assert missing.returncode == 1 and "no library file" in missing.stderr
    briefing("claims", "list")  # builds the default one
    other = tmp_path / "copy.sqlite"
    other.write_bytes((private_home / "library.sqlite").read_bytes())
    assert json.loads(briefing("--library", str(other), "claims", "list", "--json").stdout)


def test_usage_errors_exit_2():
    for limit in ("0", "99999999999999999999"):
        result = briefing("claims", "search", "x", "--limit", limit, check=False)
        assert result.returncode == 2 and "--limit" in result.stderr


def test_search_dates_read_as_people_write_them():
    """--from 26.07.2025 (German) is the day --from 2025-07-26 names, as in the GUI's filter."""
    german = briefing("claims", "search", "--from", "26.07.2025", "--json")
    iso = briefing("claims", "search", "--from", "2025-07-26", "--json")
    assert json.loads(german.stdout) == json.loads(iso.stdout)
    assert json.loads(iso.stdout)  # some claims: the comparison says something
