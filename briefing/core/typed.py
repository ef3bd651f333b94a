"""Typed checking of JSON that arrives in files (``.briefing`` files, library packs).

The JSON is decoded straight into typed structs that state every field's type and size,
so a wrong type, a missing field, a 5,000-digit number or a 100 MB title is refused while
decoding, with the place it was found, and nothing unchecked reaches the model. The
checks between fields (quotes at their offsets, unique ids, known kinds) stay in the
modules that read each format.

The structs are made from the model's dataclasses (``Claim``, ``Source``, ``Repeat``), so a
field added there is read and checked here too, with the cap for its type; ``caps`` in
:func:`struct_of` set other caps for named fields.

Library: msgspec (0.23, BSD-3-Clause; one 230 KB wheel, 550 KB installed, written in C,
no dependencies; released through 2026). It validates while it decodes, about ten times
faster than ``json.loads`` plus checks in Python, and its ``Raw`` type keeps a part of a
document undecoded (a pack's 200,000 claims are then decoded one at a time). pydantic v2
would do the checking too, but brings pydantic-core (a 2 MB Rust wheel, 5 MB installed)
and two more packages, and decodes to Python objects before checking them.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Annotated, Any

import msgspec

from briefing.core.model import (
    ENGLISH,
    LEGACY_NOTE,
    TRANSLATED,
    Claim,
    split_legacy_note,
    translations_of,
)

MAX_FIELD = 100_000  # characters of any text field not given another cap
# Characters of a claim's or a source's text field in the library (a source's text aside):
# what a pack carries. Curation and import refuse longer values, so that whatever the library
# holds can be packed, cited and saved in a briefing, and read back.
MAX_LIBRARY_FIELD = 20_000
MAX_NAMES = 200  # actors or topics of a claim, each up to MAX_NAME characters
MAX_NAME = 200
MAX_REPEATS = 10_000
MAX_NUMBER = 2**31 - 1  # offsets into a text: far above any text Briefing imports

Text = Annotated[str, msgspec.Meta(max_length=MAX_FIELD)]
Offset = Annotated[int, msgspec.Meta(ge=0, le=MAX_NUMBER)]
Names = Annotated[tuple[Annotated[str, msgspec.Meta(max_length=MAX_NAME)], ...],
                  msgspec.Meta(max_length=MAX_NAMES)]


def overlong(record, cap: int = MAX_LIBRARY_FIELD, skip: tuple[str, ...] = ("text",)) -> str:
    """The first field of the dataclass ``record`` that is over the library's caps (a text over
    ``cap`` characters, more than MAX_NAMES names or a name over MAX_NAME), said in words with
    its field's name ("statement: longer than 20,000 characters"); "" when none is."""
    for spec in dataclasses.fields(record):
        value = getattr(record, spec.name)
        if spec.name in skip:
            continue
        if isinstance(value, str) and len(value) > cap:
            return f"{spec.name}: longer than {cap:,} characters"
        if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
            if len(value) > MAX_NAMES:
                return f"{spec.name}: more than {MAX_NAMES} entries"
            if any(len(v) > MAX_NAME for v in value):
                return f"{spec.name}: an entry longer than {MAX_NAME} characters"
    return ""


def text(limit: int) -> Any:
    """A text field of at most ``limit`` characters."""
    return Annotated[str, msgspec.Meta(max_length=limit)]


_TYPES: dict[str, Any] = {"str": Text, "int": Offset, "bool": bool, "tuple[str, ...]": Names}


def struct_of(cls, name: str, caps: dict[str, Any] | None = None,
              leave_out: tuple[str, ...] = (), text_cap: int = MAX_FIELD,
              extra: tuple = (), defaults: dict | None = None) -> type[msgspec.Struct]:
    """A msgspec struct with the fields of the dataclass ``cls`` (same names, defaults and
    types; text capped at ``text_cap`` characters), unknown fields ignored. ``caps`` gives
    named fields another type, ``defaults`` another default; ``extra`` adds fields, as
    (name, type[, default])."""
    caps, defaults = caps or {}, defaults or {}
    types = {**_TYPES, "str": text(text_cap)}
    fields = list(extra)
    for spec in dataclasses.fields(cls):
        if spec.name in leave_out:
            continue
        kind = spec.type if isinstance(spec.type, str) else spec.type.__name__
        typed = caps.get(spec.name) or types.get(kind)
        if typed is None:
            raise TypeError(f"{cls.__name__}.{spec.name}: no file type for {kind!r}; "
                            "add one to briefing.core.typed or give it in caps")
        if spec.name in defaults:
            fields.append((spec.name, typed, defaults[spec.name]))
        elif spec.default is not dataclasses.MISSING:
            fields.append((spec.name, typed, spec.default))
        elif spec.default_factory is not dataclasses.MISSING:
            fields.append((spec.name, typed, msgspec.field(default_factory=spec.default_factory)))
        else:
            fields.append((spec.name, typed))
    return msgspec.defstruct(name, fields, kw_only=True)


def values(struct: msgspec.Struct) -> dict:
    """A struct's fields as a dict (nested structs stay structs)."""
    return msgspec.structs.asdict(struct)


MAX_LANGUAGES = 50  # statements of a claim, one per language
LanguageKey = Annotated[str, msgspec.Meta(max_length=35)]


def claim_struct(name: str, caps: dict[str, Any] | None = None, **options) -> type:
    """The struct of a claim in a file: ``struct_of(Claim)`` that also reads the pre-2026.12
    ``note`` and tells a missing ``reader_note``/``curator_note`` from an empty one, so
    :func:`claim_values` can split an old note as ``model.upgrade_claim_json`` does. The
    statement in other languages is read from JSON's ``statements`` (``{"en": …, "de": …}``;
    absent in files from before issue 19), the reader's note in other languages from
    ``reader_notes``, and what a translated quote translates from
    ``quote_translated_from_by_language`` (absent before format 4 and pack version 4)."""
    cap = options.get("text_cap", MAX_FIELD)
    maybe = text(cap) | None
    caps = {"reader_note": maybe, "curator_note": maybe, **(caps or {})}
    per_language = Annotated[dict[LanguageKey, text(cap)],
                             msgspec.Meta(max_length=MAX_LANGUAGES)]
    options["leave_out"] = (*options.get("leave_out", ()),
                            *(f"{field}_translations" for field in TRANSLATED))
    return struct_of(Claim, name, caps,
                     extra=((LEGACY_NOTE, maybe, None),
                            *((key, per_language, {}) for key in TRANSLATED.values())),
                     defaults={"reader_note": None, "curator_note": None}, **options)


def claim_values(found: msgspec.Struct) -> dict:
    """A claim struct's fields for ``Claim(**…)``: a legacy ``note`` without the new keys is
    split by ``model.split_legacy_note`` (a note the export printed stays the reader's);
    ``statements`` becomes ``statement_translations`` (English is ``statement``, which wins
    over a different ``statements["en"]``), ``reader_notes`` ``reader_note_translations``,
    ``quote_translated_from_by_language`` ``quote_translated_from_translations``.
    ValueError for a malformed language."""
    data = values(found)
    note = data.pop(LEGACY_NOTE)
    if note is not None and data["reader_note"] is None and data["curator_note"] is None:
        data["reader_note"], data["curator_note"] = split_legacy_note(note, data["status"])
    data["reader_note"] = data["reader_note"] or ""
    data["curator_note"] = data["curator_note"] or ""
    for field, key in TRANSLATED.items():
        texts = data.pop(key)
        texts.pop(ENGLISH, None)
        try:
            data[f"{field}_translations"] = translations_of(texts)
        except ValueError as exc:
            raise ValueError(f"'{key}': {exc}") from None
    return data


_PATH = re.compile(r"\[(\d+)\]|\.(\w+)")


def where(message: str) -> str:
    """msgspec's "Expected `int`, got `str` - at `$.sections[0].items[2].claim.start`" as
    "sections 1, item 3, claim, start: expected a whole number, found text"."""
    what, _, path = message.partition(" - at `")
    path = path.rstrip("`")
    parts = []
    for index, key in _PATH.findall(path.removeprefix("$")):
        if index:
            if parts:
                parts[-1] = f"{parts[-1].removesuffix('s')} {int(index) + 1}"
            else:
                parts.append(f"entry {int(index) + 1}")
        else:
            parts.append(key)
    words = {"`str`": "text", "`int`": "a whole number", "`bool`": "true or false",
             "`array`": "a list", "`object`": "an object", "`float`": "a number with a point",
             "`null`": "null"}
    for code, word in words.items():
        what = what.replace(code, word)
    what = what.replace("Expected", "expected").replace("got", "found")
    what = re.sub(r"expected text of length <= (\d+)",
                  lambda m: f"it is longer than {int(m.group(1)):,} characters", what)
    what = re.sub(r"expected `array` of length <= (\d+)|expected a list of length <= (\d+)",
                  lambda m: f"it has more than {int(m.group(1) or m.group(2)):,} entries", what)
    what = what.replace("Integer value out of range", "the number is too large")
    what = re.sub(r"Object missing required field `(\w+)`", r"'\1' is missing", what)
    what = re.sub(r"Invalid value '([^']{0,40})[^']*'", r"the value '\1' is not one this app knows",
                  what)
    return f"{', '.join(parts)}: {what}" if parts else what
