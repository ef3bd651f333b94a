"""The .briefing file: round trips, atomic saves, and clear errors for damaged files."""

from __future__ import annotations

import json
import os

import pytest

from briefing.core.atomic import WriteError
from briefing.core.documents import (
    Briefing,
    BriefingFileError,
    BriefingVersionError,
    Metadata,
    Paragraph,
    Section,
    UnknownSectionError,
    cite,
)
from briefing.core.documents import files as documents


@pytest.fixture
def briefing(library):
    claim = library.claim("merics-ilr-15")
    doc = Briefing(title="KI: USA und China", template="briefing-note",
                   metadata=Metadata(author="A. Officer", classification="Official"),
                   sections=[Section("summary", "Summary"), Section("background", "Background")])
    doc.insert("summary", cite(claim, library.source(claim.source_id), comment="Key point."))
    doc.insert("background", Paragraph("Eigener Text mit 互联网法律评论 und ß."))
    return doc


def test_round_trip_keeps_everything(tmp_path, briefing):
    path = tmp_path / "note.briefing"
    documents.save(briefing, path)
    again = documents.load(path)
    assert again == briefing
    item = again.sections[0].items[0]
    assert item.claim.quote.startswith("Neben der Warnung") or item.claim.quote
    assert item.source.text == ""  # the snapshot leaves the full text in the library
    assert documents.dumps(again) == path.read_bytes()


def test_file_is_readable_json_with_format_and_version(tmp_path, briefing):
    path = tmp_path / "note.briefing"
    documents.save(briefing, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "briefing" and data["version"] == documents.VERSION
    assert data["sections"][0]["items"][0]["claim"]["status"] == "corrected"
    assert "互联网法律评论" in path.read_text(encoding="utf-8")  # not \u-escaped


def test_editing_operations(briefing):
    uid = briefing.sections[1].items[0].uid
    briefing.move(uid, "summary", 0)
    assert briefing.sections[0].items[0].uid == uid and not briefing.sections[1].items
    key, index, item = briefing.remove(uid)
    assert (key, index, item.uid) == ("summary", 0, uid)
    with pytest.raises(UnknownSectionError, match="no section 'options'"):
        briefing.insert("options", Paragraph("x"))


def test_a_failed_save_leaves_the_previous_file_intact(tmp_path, briefing, monkeypatch):
    path = tmp_path / "note.briefing"
    documents.save(briefing, path)
    before = path.read_bytes()
    briefing.title = "Changed"

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(WriteError, match="the disk is full"):
        documents.save(briefing, path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(".note.briefing.*"))  # no temp file left behind


def test_saving_into_a_missing_folder_says_so(tmp_path, briefing):
    with pytest.raises(WriteError, match="does not exist"):
        documents.save(briefing, tmp_path / "nope" / "x.briefing")


CURRENT = f'"version": {documents.VERSION}'.encode()


@pytest.mark.parametrize("mangle, message", [
    (lambda raw: raw[: len(raw) // 2], "is incomplete"),
    # cut off inside a character (ü is two bytes in UTF-8): incomplete, not "not UTF-8"
    (lambda raw: raw[: raw.index("ü".encode()) + 1], "is incomplete: it ends at line"),
    (lambda raw: raw.replace(b'"title"', b"title", 1), "is damaged at line"),
    (lambda raw: b"\xff\xfe garbage", "not UTF-8"),
    (lambda raw: b"[1, 2, 3]", "is not a briefing file"),
    (lambda raw: b"hello\n", "is not a briefing file"),  # a text file, opened by mistake
    (lambda raw: b"root:x:0:0:root:/root:/bin/bash\n", "is not a briefing file"),
    (lambda raw: b"<html><body>", "is not a briefing file"),
    (lambda raw: raw.replace(CURRENT, b'"version": 99'), "newer version of Briefing"),
    (lambda raw: raw.replace(CURRENT, b'"version": "one"'), "no valid format version"),
    (lambda raw: raw.replace(b'"sections"', b'"sektionen"'), "is damaged: a required entry"),
    (lambda raw: raw.replace(b'"title": "KI', b'"title": 5, "x": "KI'), "is damaged"),
    (lambda raw: raw.replace(b'"type": "text"', b'"type": "video"'), "is damaged"),
])
def test_damaged_files_give_one_clear_sentence_and_stay_untouched(tmp_path, briefing, mangle,
                                                                   message):
    path = tmp_path / "note.briefing"
    documents.save(briefing, path)
    damaged = mangle(path.read_bytes())
    path.write_bytes(damaged)
    with pytest.raises(BriefingFileError, match=message) as raised:
        documents.load(path)
    assert "\n" not in str(raised.value)
    assert path.read_bytes() == damaged


def test_newer_version_is_its_own_error(tmp_path, briefing):
    path = tmp_path / "note.briefing"
    newer = f'"version": {documents.VERSION + 1}'.encode()
    path.write_bytes(documents.dumps(briefing).replace(CURRENT, newer))
    with pytest.raises(BriefingVersionError):
        documents.load(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(BriefingFileError, match="no briefing file"):
        documents.load(tmp_path / "absent.briefing")
    with pytest.raises(BriefingFileError, match="is a folder"):
        documents.load(tmp_path)


def _claim_field(raw: bytes, field: str, value: str) -> bytes:
    data = json.loads(raw)
    data["sections"][0]["items"][0]["claim"][field] = json.loads(value)
    return json.dumps(data).encode()


@pytest.mark.parametrize("field, value", [
    ("start", '"abc"'), ("statement", "123"), ("topics", "[1, 2]"), ("end", "-5"),
    ("retired", '"yes"'), ("actors", '"US"'),
])
def test_snapshot_fields_of_the_wrong_type_are_caught_on_open(tmp_path, briefing, field, value):
    path = tmp_path / "note.briefing"
    path.write_bytes(_claim_field(documents.dumps(briefing), field, value))
    with pytest.raises(BriefingFileError, match="is damaged"):
        documents.load(path)


def test_deep_nesting_bom_and_lone_surrogates(tmp_path, briefing):
    deep = tmp_path / "deep.briefing"
    deep.write_bytes(b"[" * 100_000)
    with pytest.raises(BriefingFileError):
        documents.load(deep)
    bom = tmp_path / "bom.briefing"
    bom.write_bytes(b"\xef\xbb\xbf" + documents.dumps(briefing))
    assert documents.load(bom) == briefing
    lone = tmp_path / "lone.briefing"
    lone.write_bytes(documents.dumps(briefing).replace(b"Eigener Text", b"\\ud800 Text"))
    loaded = documents.load(lone)
    documents.save(loaded, lone)  # saving what was loaded never fails
    saved = lone.read_text(encoding="utf-8")
    assert '"\\ud800 Text' not in saved and '" Text mit' in saved and "\ufffd" not in saved


PASTED = "a\x00b\x01c\x07d\x08e\x0bf\x0cg\x1bh\x7fi\x85j\x9bk\ud800l\ufffem"
KEPT = "tab\there\nline\r\nZWJ \u200d ZWNJ \u200c RLO \u202e LRM \u200e"


def test_control_characters_never_enter_a_briefing(tmp_path, briefing):
    """Pasted control characters print as U+FFFD in Word and the PDF: they are dropped where
    text enters a briefing (insert, load); tab, line breaks and format characters stay."""
    paragraph = briefing.insert("background", Paragraph(PASTED + KEPT, private_note="n\x1bo"))
    assert paragraph.text == "abcdefghijklm" + KEPT and paragraph.private_note == "no"
    claim = briefing.cited()[0]
    claim.comment = "hand\x07 edited"  # as an older version may have saved it
    briefing.title = "Title\x7f\x9f"
    briefing.metadata.author = "A.\x00 Officer"
    path = tmp_path / "c.briefing"
    documents.save(briefing, path)
    loaded = documents.load(path)
    assert loaded.cited()[0].comment == "hand edited"
    assert (loaded.title, loaded.metadata.author) == ("Title", "A. Officer")
    assert loaded.sections[1].items[-1].text == "abcdefghijklm" + KEPT
