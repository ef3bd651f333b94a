"""The ``.briefing`` file: versioned JSON, saved atomically; loading never alters the file.

Format 2 (library 2026.12): each claim snapshot has ``reader_note`` and ``curator_note``
(and ``note``, the deprecated alias of ``reader_note``), the translation fields, and each
source snapshot ``title_short``. A format 1 file is read as format 2: its claims' one
``note`` is split as the library's migration splits it (``model.split_legacy_note``: a note
the export printed stays the reader's), so it exports as before; saving writes format 2.
An older app refuses a format 2 file rather than drop the curator's notes on saving it.
"""

from __future__ import annotations

import json
import re
from dataclasses import fields
from pathlib import Path

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
)
from briefing.core.errors import BriefingError
from briefing.core.model import Claim, Repeat, Source, upgrade_claim_json

_SURROGATE = re.compile("[\ud800-\udfff]")
FORMAT = "briefing"
VERSION = 2
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
    # A lone surrogate (pasted from a broken source) cannot be UTF-8: save U+FFFD instead.
    return _SURROGATE.sub("\ufffd", text).encode("utf-8")


def save(briefing: Briefing, path: Path) -> None:
    write_atomic(Path(path), dumps(briefing))


def load(path: Path) -> Briefing:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BriefingFileError(f"There is no briefing file at {path}.") from None
    except IsADirectoryError:
        raise BriefingFileError(f"{path} is a folder, not a briefing file.") from None
    except OSError as exc:
        raise BriefingFileError(f"The briefing {path} cannot be read: {exc.strerror}.") from exc
    return loads(raw, name=path.name)


def loads(raw: bytes, name: str = "the briefing") -> Briefing:
    if not raw.strip():
        raise BriefingFileError(f"{name} is empty: it holds no briefing. Open an earlier copy "
                                "or a recovery file (File > Recover).")
    try:
        # utf-8-sig: a file saved by Windows Notepad starts with a byte-order mark.
        data = _replace_surrogates(json.loads(raw.decode("utf-8-sig")))
    except RecursionError:
        raise BriefingFileError(f"{name} is damaged: it is nested too deeply to be a briefing.") from None
    except UnicodeDecodeError:
        raise BriefingFileError(f"{name} is not a briefing file (it is not UTF-8 text).") from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        if not raw.rstrip().endswith(b"}"):  # every saved briefing ends with its closing brace
            raise BriefingFileError(
                f"{name} is incomplete: it ends at {where}, as if it was cut off while being "
                "written. Open an earlier copy or the recovery file."
            ) from None
        raise BriefingFileError(
            f"{name} is damaged at {where} ({exc.msg}); it may have been edited by hand."
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BriefingFileError(f"{name} is not a briefing file.")
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise BriefingFileError(f"{name} has no valid format version.")
    if version > VERSION:
        raise BriefingVersionError(
            f"{name} was saved by a newer version of Briefing (format {version}; this app "
            f"reads up to {VERSION}). Update the app to open it."
        )
    try:
        return _from_json(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BriefingFileError(f"{name} is damaged: a required entry is missing or malformed "
                                f"({_detail(exc)}).") from None


def _detail(exc: Exception) -> str:
    """What is wrong, in words: a missing key names the entry, not Python's KeyError."""
    if isinstance(exc, KeyError):
        return f"the entry {exc.args[0]!r} is missing" if exc.args else "an entry is missing"
    return str(exc) or "an entry has the wrong kind of value"


def _replace_surrogates(value):
    """Lone surrogates (\\ud800 escapes in hand-edited JSON) cannot be saved as UTF-8."""
    if isinstance(value, str):
        return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in value)
    if isinstance(value, list):
        return [_replace_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_replace_surrogates(k): _replace_surrogates(v) for k, v in value.items()}
    return value


def _kind(value) -> str:
    """A JSON value's kind in words (for messages)."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of entries"
    return "nothing" if value is None else "text"


def _text(value) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {_kind(value)}")
    return value


def _typed(data: dict, cls) -> dict:
    """Check every field of a snapshot against its dataclass's type before building it."""
    checked = {}
    for spec in fields(cls):
        if spec.name not in data:
            continue
        value = data[spec.name]
        kind = spec.type if isinstance(spec.type, str) else spec.type.__name__
        if kind == "str" and not isinstance(value, str):
            raise TypeError(f"{spec.name} should be text, not {_kind(value)}")
        if kind == "int" and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise TypeError(f"{spec.name} should be a whole number")
        if kind == "bool" and not isinstance(value, bool):
            raise TypeError(f"{spec.name} should be true or false")
        if kind == "tuple[str, ...]":
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise TypeError(f"{spec.name} should be a list of text")
            value = tuple(value)
        checked[spec.name] = value
    return checked


def _from_json(data: dict) -> Briefing:
    meta = data.get("metadata", {})
    briefing = Briefing(
        title=_text(data["title"]),
        subtitle=_text(data.get("subtitle", "")),
        template=_text(data["template"]),
        metadata=Metadata(**{k: _text(meta.get(k, "")) for k in METADATA_FIELDS}),
    )
    seen: set[str] = set()
    for section in data["sections"]:
        items = [_item_from_json(i) for i in section["items"]]
        for item in items:
            if item.uid in seen:
                raise ValueError(f"item uid {item.uid} appears twice")
            seen.add(item.uid)
        briefing.sections.append(Section(_text(section["key"]), _text(section["heading"]), items))
    return briefing


def _item_from_json(data: dict) -> Item:
    kind = data["type"]
    uid = _text(data.get("uid") or _uid())
    note = _text(data.get("private_note", ""))
    if kind == "text":
        return Paragraph(text=_text(data["text"]), uid=uid, private_note=note)
    if kind != "claim":
        raise ValueError(f"unknown item type {kind!r}")
    claim_data = _typed(upgrade_claim_json(data["claim"]), Claim)
    source_data = _typed({k: v for k, v in data["source"].items() if k not in ("text", "repeats")},
                         Source)
    source_data["repeats"] = tuple(Repeat(**r) for r in data["source"].get("repeats", ()))
    claim = Claim(**claim_data)
    if claim.end < claim.start:
        raise ValueError(f"claim {claim.id} ends before it starts")
    if claim.id != data["id"]:
        raise ValueError("the claim snapshot does not match the item's id")
    return CitedClaim(claim=claim, source=Source(**source_data),
                      comment=_text(data.get("comment", "")), private_note=note, uid=uid)
