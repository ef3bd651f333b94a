"""The ``.briefing`` file: versioned JSON, saved atomically; loading never alters the file.

Format 2 (library 2026.12): each claim snapshot has ``reader_note`` and ``curator_note``
(and ``note``, the deprecated alias of ``reader_note``), the translation fields, and each
source snapshot ``title_short``. A format 1 file is read as format 2: its claims' one
``note`` is split as the library's migration splits it (``model.split_legacy_note``: a note
the export printed stays the reader's), so it exports as before; saving writes format 2.
An older app refuses a format 2 file rather than drop the curator's notes on saving it.

Format 3 (issue 19): each claim snapshot has ``statements`` and ``reader_notes``, the
claim's statement and reader's note per language (``{"en": …, "de": …}``; ``statement`` and
``reader_note`` stay the English ones), which a German briefing exports; the metadata has
the briefing's ``language``. A format 1 or 2 file has English texts only and reads as such
(a German briefing then falls back to English, and the preflight names each claim); an app
that reads only format 2 refuses a format 3 file rather than drop the other languages.

Format 4 (issue 16): each claim snapshot has ``quote_translated_from_by_language``, what a
translated quote translates per language (a German footnote says it in German); a file of
format 3 or before reads with the English one only.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import msgspec

from briefing.core import typed
from briefing.core.atomic import write_atomic
from briefing.core.documents.model import (
    METADATA_FIELDS,
    Briefing,
    CitedClaim,
    Item,
    Metadata,
    Paragraph,
    Section,
    _uid,
    clean_fields,
    clean_item,
)
from briefing.core.errors import BriefingError, marked
from briefing.core.model import Claim, Repeat, Source
from briefing.core.reading import read_regular
from briefing.core.text.dates import DATE_FORMS, is_date

_SURROGATE = re.compile("[\ud800-\udfff]")
FORMAT = "briefing"
VERSION = 4
SUFFIX = ".briefing"


class BriefingFileError(BriefingError):
    """A .briefing file cannot be read: damaged, truncated, or not a briefing."""


class BriefingVersionError(BriefingFileError):
    """A .briefing file from a newer version of the app."""


# ---- JSON -----------------------------------------------------------------------------------


def to_json(briefing: Briefing) -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": briefing.title,
        "subtitle": briefing.subtitle,
        "template": briefing.template,
        "metadata": {name: getattr(briefing.metadata, name) for name in METADATA_FIELDS},
        "sections": [
            {"key": s.key, "heading": s.heading, "items": [_item_json(i) for i in s.items]}
            for s in briefing.sections
        ],
    }


def _item_json(item: Item) -> dict:
    if isinstance(item, Paragraph):
        data = {"type": "text", "uid": item.uid, "text": item.text}
    else:
        data = {
            "type": "claim",
            "uid": item.uid,
            "id": item.claim.id,
            "comment": item.comment,
            "claim": item.claim.to_json(),
            "source": item.source.to_json(),
        }
    if item.private_note:  # written only when there is one: files without stay as they were
        data["private_note"] = item.private_note
    return data


def dumps(briefing: Briefing) -> bytes:
    text = json.dumps(to_json(briefing), ensure_ascii=False, indent=2) + "\n"
    # A lone surrogate (pasted from a broken source) cannot be UTF-8: it is dropped, as
    # typed text drops it (briefing.core.text.controls).
    return _SURROGATE.sub("", text).encode("utf-8")


def save(briefing: Briefing, path: Path) -> None:
    """Write the briefing atomically, after checking that what is written reads back: a file
    this app could not open again (a paragraph over the size a briefing file may hold) is
    refused with the reason, and the file on disk keeps its previous version."""
    data = dumps(briefing)
    try:
        loads(data, name="the briefing")
    except BriefingFileError as exc:
        raise BriefingFileError(marked("core", "Cannot save {file}: the file would not open "
                                               "again ({detail}). Nothing was written; "
                                               "shorten that text and save again."),
                                file=Path(path).name,
                                detail=str(exc).removeprefix("the briefing is damaged: ")) from None
    write_atomic(Path(path), data)


# ---- reading ----------------------------------------------------------------------------------
# The file's shape as typed structs (see briefing.core.typed): every field's type and size is
# checked while the JSON is decoded; the checks between fields follow in _from_file.

MAX_FILE_BYTES = 64 * 1024 * 1024  # a 325-page briefing is about 3 MB
MAX_TEXT = 1_000_000  # characters of one paragraph or commentary
# A quote may be as long as the longest source text (importing.base.MAX_TEXT_CHARS, not
# imported: the desktop start must not load the importers; a test checks they agree).
MAX_QUOTE = 2_000_000

_RepeatStruct = typed.struct_of(Repeat, "Repeat")
_ClaimStruct = typed.claim_struct("Claim", {"quote": typed.text(MAX_QUOTE)})
_SourceStruct = typed.struct_of(Source, "Source", {"repeats": tuple[_RepeatStruct, ...]},
                                leave_out=("text",))
_MetadataStruct = typed.struct_of(Metadata, "Metadata")


class _TextItem(msgspec.Struct, tag_field="type", tag="text", kw_only=True):
    text: typed.text(MAX_TEXT)  # type: ignore[valid-type]
    uid: typed.Text = ""
    private_note: typed.text(MAX_TEXT) = ""  # type: ignore[valid-type]  (never exported)


class _ClaimItem(msgspec.Struct, tag_field="type", tag="claim", kw_only=True):
    id: typed.Text
    claim: _ClaimStruct  # type: ignore[valid-type]
    source: _SourceStruct  # type: ignore[valid-type]
    comment: typed.text(MAX_TEXT) = ""  # type: ignore[valid-type]
    uid: typed.Text = ""
    private_note: typed.text(MAX_TEXT) = ""  # type: ignore[valid-type]  (never exported)


class _Section(msgspec.Struct, kw_only=True):
    key: typed.Text
    heading: typed.Text
    items: list[_TextItem | _ClaimItem]


class _File(msgspec.Struct, kw_only=True):
    title: typed.Text
    template: typed.Text
    sections: list[_Section]
    subtitle: typed.Text = ""
    metadata: _MetadataStruct = msgspec.field(default_factory=_MetadataStruct)  # type: ignore


class _Header(msgspec.Struct):
    format: object = None
    version: object = None


def load(path: Path) -> Briefing:
    path = Path(path)
    raw = read_regular(path, MAX_FILE_BYTES, "briefing file", BriefingFileError)
    return loads(raw, name=path.name)


def loads(raw: bytes, name: str = "the briefing") -> Briefing:
    raw = raw.removeprefix(b"\xef\xbb\xbf")  # a file saved by Windows Notepad starts with a BOM
    if not raw.strip():
        raise BriefingFileError(marked("core", "{name} is empty: it holds no briefing. Open an "
                                               "earlier copy or a recovery file (File > "
                                               "Recover Unsaved Work)."),
                                name=name)
    try:
        header = msgspec.json.decode(raw, type=_Header)
    except msgspec.ValidationError as exc:  # not an object, or a version of 5,000 digits
        if "$." in str(exc):
            raise BriefingFileError(marked("core", "{name} has no valid format version."),
                                    name=name) from None
        raise BriefingFileError(marked("core", "{name} is not a briefing file."), name=name) from None
    except msgspec.DecodeError:  # not JSON msgspec reads: lone surrogates, damage
        found = _with_stdlib(raw, name)
    except RecursionError:
        raise BriefingFileError(marked("core", "{name} is damaged: it is nested too deeply to be "
                                               "a briefing."),
                                name=name) \
            from None
    else:
        _check_header(header, name)
        try:
            found = msgspec.json.decode(raw, type=_File)
        except RecursionError:
            raise BriefingFileError(marked("core", "{name} is damaged: it is nested too deeply "
                                                   "to be a briefing."),
                                    name=name) from None
        except msgspec.ValidationError as exc:
            raise BriefingFileError(marked("core", "{name} is damaged: a required entry is "
                                                   "missing or malformed ({where})."),
                                    name=name, where=typed.where(str(exc))) from None
    try:
        return _from_file(found)
    except ValueError as exc:
        raise BriefingFileError(marked("core", "{name} is damaged: {detail}."), name=name, detail=exc) from None


def _check_header(header: _Header, name: str) -> None:
    if header.format != FORMAT:
        raise BriefingFileError(marked("core", "{name} is not a briefing file."), name=name)
    version = header.version
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BriefingFileError(marked("core", "{name} has no valid format version."), name=name)
    if version > VERSION:
        raise BriefingVersionError(marked("core", "{name} was saved by a newer version of "
                                                  "Briefing (format {version}; this app reads "
                                                  "up to {newest}). Update the app to open it."),
                                   name=name, version=version, newest=VERSION)


def _with_stdlib(raw: bytes, name: str):
    """What msgspec would not decode: lone surrogates (``\\ud800`` escapes in hand-edited
    JSON, replaced by U+FFFD), or JSON that is not valid, told in the stdlib's words."""
    if raw.lstrip()[:1] != b"{":  # every briefing is a JSON object: "hello", /etc/passwd
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            raise BriefingFileError(marked("core", "{name} is not a briefing file (it is not "
                                           "UTF-8 text)."), name=name) from None
        raise BriefingFileError(marked("core", "{name} is not a briefing file."), name=name)
    try:
        data = _replace_surrogates(json.loads(raw.decode("utf-8")))
    except RecursionError:
        raise BriefingFileError(marked("core", "{name} is damaged: it is nested too deeply to be "
                                               "a briefing."),
                                name=name) \
            from None
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":  # cut off inside a character (ä, „)
            text = raw[:exc.start].decode("utf-8", "replace")
            where = f"line {text.count(chr(10)) + 1}, column {len(text) - text.rfind(chr(10))}"
            raise BriefingFileError(marked("core", "{name} is incomplete: it ends at {where}, "
                                                   "as if it was cut off while being written. "
                                                   "Open an earlier copy or the recovery "
                                                   "file."),
                                    name=name, where=where) from None
        raise BriefingFileError(marked("core", "{name} is not a briefing file (it is not UTF-8 "
                                               "text)."), name=name) from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        if not raw.rstrip().endswith(b"}"):  # every saved briefing ends with its closing brace
            raise BriefingFileError(marked("core", "{name} is incomplete: it ends at {where}, as "
                                                   "if it was cut off while being written. "
                                                   "Open an earlier copy or the recovery file."),
                                    name=name, where=where) from None
        raise BriefingFileError(marked("core", "{name} is damaged at {where} ({problem}); it may "
                                               "have been edited by hand."),
                                name=name, where=where, problem=exc.msg) from None
    except ValueError:  # e.g. a number of more than 4,300 digits
        raise BriefingFileError(marked("core", "{name} is damaged: it holds a number too large "
                                               "to be part of a briefing."),
                                name=name) from None
    if not isinstance(data, dict):
        raise BriefingFileError(marked("core", "{name} is not a briefing file."), name=name)
    _check_header(msgspec.convert(data, _Header, strict=False), name)
    try:
        return msgspec.convert(data, _File)
    except msgspec.ValidationError as exc:
        raise BriefingFileError(marked("core", "{name} is damaged: a required entry is missing "
                                               "or malformed ({where})."),
                                name=name, where=typed.where(str(exc))) from None


def _replace_surrogates(value):
    """Lone surrogates (\\ud800 escapes in hand-edited JSON) cannot be saved as UTF-8: they
    are dropped, as ``strip_controls`` drops them from typed text."""
    if isinstance(value, str):
        return "".join(c for c in value if not 0xD800 <= ord(c) <= 0xDFFF)
    if isinstance(value, list):
        return [_replace_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_replace_surrogates(k): _replace_surrogates(v) for k, v in value.items()}
    return value


def _from_file(found: _File) -> Briefing:
    """The briefing in ``found``; control characters in the writer's words (pasted by hand
    into the file, or saved by an older version) are dropped (``strip_controls``)."""
    briefing = clean_fields(Briefing(title=found.title, subtitle=found.subtitle,
                                     template=found.template,
                                     metadata=Metadata(**typed.values(found.metadata))))
    seen: set[str] = set()
    for section in found.sections:
        items = [clean_item(_item(i)) for i in section.items]
        for item in items:
            if item.uid in seen:
                raise ValueError(f"item uid {item.uid} appears twice")
            seen.add(item.uid)
        briefing.sections.append(Section(section.key, section.heading, items))
    return briefing


def _item(found: _TextItem | _ClaimItem) -> Item:
    uid = found.uid or _uid()
    if isinstance(found, _TextItem):
        return Paragraph(text=found.text, uid=uid, private_note=found.private_note)
    claim = Claim(**typed.claim_values(found.claim))  # a format 1 'note' split
    source = typed.values(found.source)
    source["repeats"] = tuple(Repeat(**typed.values(r)) for r in source["repeats"])
    if claim.end < claim.start:
        raise ValueError(f"claim {claim.id} ends before it starts")
    if claim.id != found.id:
        raise ValueError("the claim snapshot does not match the item's id")
    # The one check of a date the app takes (briefing.core.text.dates), as for a pack's.
    for what, key, value in ((f"claim {claim.id}", "event_date", claim.event_date),
                             (f"source {source['id']}", "published", source["published"]),
                             (f"source {source['id']}", "accessed", source["accessed"])):
        if value and not is_date(value):
            raise ValueError(f"{what}: {key} '{value[:40]}' is not a date like {DATE_FORMS}")
    return CitedClaim(claim=claim, source=Source(**source), comment=found.comment,
                      private_note=found.private_note, uid=uid)
