"""What the core reports, in the interface's language: errors, preflight findings, changes in
the library, recovery files.

The core's errors and findings keep an English template and its parameters
(``briefing.core.errors``); the German template is looked up under the context "core"
(``resources/translations/briefing_de.ts``) and filled with the same parameters. A parameter
that is itself a word of the library (a claim's status, a field's name) is translated too.
Anything not translated (a rare error's wording, a detail quoted from the system or from
SQLite) stays in English: a sentence is never lost or left empty.
"""

from __future__ import annotations

import re

from briefing.gui.language import (
    QT_TRANSLATE_NOOP,
    core_word,
    field_label,
    translate,
    value_label,
)

# Parameters whose values are words of the library or the briefing, not names or numbers.
_VALUE_PARAMS = {"status", "kind"}
_FIELDS_PARAMS = {"fields"}  # compared claim fields, joined: "statement, quote"
# The forms a date may take, as the core's messages list them (core/text/dates.py's
# DATE_FORMS and WRITTEN_FORMS: tests/gui/test_messages_de.py checks they are these).
# What the system says when a file cannot be written (os.strerror on Linux and macOS), in the
# interface's language; anything else stays as the system wrote it.
SYSTEM_REASONS = (
    QT_TRANSLATE_NOOP("SystemErrors", "Read-only file system"),
    QT_TRANSLATE_NOOP("SystemErrors", "Permission denied"),
    QT_TRANSLATE_NOOP("SystemErrors", "No space left on device"),
    QT_TRANSLATE_NOOP("SystemErrors", "Disk quota exceeded"),
    QT_TRANSLATE_NOOP("SystemErrors", "No such file or directory"),
    QT_TRANSLATE_NOOP("SystemErrors", "Is a directory"),
    QT_TRANSLATE_NOOP("SystemErrors", "Not a directory"),
    QT_TRANSLATE_NOOP("SystemErrors", "File name too long"),
    QT_TRANSLATE_NOOP("SystemErrors", "Input/output error"),
    QT_TRANSLATE_NOOP("SystemErrors", "Operation not permitted"),
    QT_TRANSLATE_NOOP("SystemErrors", "Text file busy"),
)
DATE_FORM_LISTS = (
    QT_TRANSLATE_NOOP("core", "2025-07-29, 2025-07 or 2025"),
    QT_TRANSLATE_NOOP("core", "2025-08-04, 4 August 2025, August 4, 2025 or 04.08.2025"),
)
# Parameters whose values are the core's own words ("a folder", "German", "reader's note";
# language.CORE_WORDS), joined by " and " where there are several.
_WORD_PARAMS = {"what", "kind", "label", "tongue", "name", "field"}
_WHERE = re.compile(r"line (\d+), column (\d+)")  # where a JSON file is damaged

_LANGUAGE_SUFFIX = re.compile(r"(.+?)( \([a-z]{2,3}(?:-[A-Za-z0-9]+)?\))")


def _claim_field(name: str) -> str:
    """A claim's field named in a message ("statement", "source title", "statement (de)")."""
    found = _LANGUAGE_SUFFIX.fullmatch(name)
    if found:  # a translation of a field: "statement (de)"
        return translate("ClaimFields", found.group(1)) + found.group(2)
    return translate("ClaimFields", name)


def _words(value: str) -> str:
    """``value`` ("statement and reader's note") with each of the core's words translated."""
    parts = value.split(" and ")
    if not all(core_word(p) != p or p == "" for p in parts):
        return core_word(value)  # not a list of known words: the whole, if known
    return translate("core", " and ").join(core_word(p) for p in parts)


def _params(params: dict) -> dict:
    shown = {}
    for key, value in params.items():
        if key in _VALUE_PARAMS and isinstance(value, str) and value_label(value) != value:
            value = value_label(value)
        elif key == "where" and isinstance(value, str) and _WHERE.fullmatch(value):
            line, column = _WHERE.fullmatch(value).groups()
            value = translate("core", "line {line}, column {column}").format(line=line,
                                                                           column=column)
        elif key in _WORD_PARAMS and isinstance(value, str) and _words(value) != value:
            value = _words(value)
        elif key == "label" and isinstance(value, str):  # a briefing field, as "title"
            from briefing.core.documents import FIELD_LABELS

            base, own = (value.split(" (", 1) + [""])[:2]  # "title (Betreff)": the template's
            name = next((n for n, label in FIELD_LABELS.items() if label.lower() == base), "")
            if name:
                usual = field_label(name)
                own = own.rstrip(")")
                # "Datum (Datum)": the template's name is the interface's own word
                value = usual + (f" ({own})" if own and own.lower() != usual.lower() else "")
        elif key == "name" and isinstance(value, str) and value.startswith("“") and (
                "”" in value) and translate("core", "“{text}”") != "“{text}”":
            # a claim named by its statement, in the interface's quotation marks („…“)
            inner, _, rest = value[1:].partition("”")
            value = translate("core", "“{text}”").format(text=inner) + rest
        elif key == "reason" and isinstance(value, str) and value in SYSTEM_REASONS:
            value = translate("SystemErrors", value)  # the system's words (strerror)
        elif key == "forms" and value in DATE_FORM_LISTS:
            value = translate("core", value)
        elif key in _FIELDS_PARAMS and isinstance(value, str):
            value = ", ".join(_claim_field(v) for v in value.split(", "))
        shown[key] = value
    return shown


def _fill(template: str, params: dict, english: str) -> str:
    """The translated ``template`` with ``params``; ``english`` if it cannot be filled."""
    text = translate("core", template)
    if text == template and template.endswith(".") and not template.endswith(".."):
        shorter = translate("core", template[:-1])  # a template's error adds the full stop
        if shorter != template[:-1]:
            text = shorter if shorter.endswith((".", "?", "!")) else shorter + "."
    if not params:
        return text
    try:
        return text.format(**_params(params))
    except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder
        return english


def describe(thing) -> str:
    """An error, a preflight finding or a change in the library, as a sentence to show."""
    from briefing.core.documents.preflight import Finding
    from briefing.core.documents.reconcile import Drift

    if isinstance(thing, Drift):
        return describe_drift(thing)
    if isinstance(thing, Finding):
        template = getattr(thing, "template", "") or thing.message
        return _fill(template, getattr(thing, "params", {}) or {}, thing.message)
    english = str(thing)
    template = getattr(thing, "template", "")
    if not template:
        return english
    text = _fill(template, getattr(thing, "params", {}), english)
    where = getattr(thing, "where", None)  # a template's error: "Template 'x', line 3: …"
    if where and text != english:
        place = ", ".join(_fill(part, values, part.format(**values)) for part, values in where)
        text = translate("core", "{where}: {detail}").format(where=place, detail=text)
    return text


def describe_drift(drift) -> str:
    """What changed in the library for one cited claim (``reconcile.Drift``)."""
    if drift.kind == "vanished":
        return translate("core", "Claim {claim} is no longer in the library; the briefing "
                         "keeps its saved copy.").format(claim=drift.claim_id)
    if drift.kind == "retired":
        return translate("core", "Claim {claim} was retired by the library's "
                         "curators.").format(claim=drift.claim_id)
    return translate("core", "Claim {claim} changed in the library ({fields}); the briefing "
                     "keeps its saved copy until you refresh it.").format(
        claim=drift.claim_id, fields=", ".join(_claim_field(f) for f in drift.fields))


def describe_recovered(recovered) -> str:
    """One autosaved copy in File > Recover's list (``recovery.Recovered``)."""
    import time

    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(recovered.saved_at))
    if recovered.original:
        return translate("core", "“{title}” (unsaved changes to {file}), autosaved "
                         "{when}").format(title=recovered.briefing.title,
                                          file=recovered.original.name, when=when)
    return translate("core", "“{title}” (never saved), autosaved {when}").format(
        title=recovered.briefing.title, when=when)


def length_text(size) -> str:
    """A briefing's length (``preflight.Length``): words and an estimate of pages."""
    pages, words = max(size.pages, 0.1), size.words  # plain names for lupdate
    if pages > 1.05:
        text = translate("core", "%n word(s), about {pages} pages", None, words)
    else:
        text = translate("core", "%n word(s), about {pages} page", None, words)
    return text.format(pages=_decimal(pages))


def pdf_length_text(words: int, pages: int) -> str:
    """A briefing's length: words, and the pages its PDF has."""
    return translate("Composer", "{words}, {pages} as a PDF").format(
        words=translate("Composer", "%n word(s)", None, words),
        pages=translate("Composer", "%n page(s)", None, pages))


def _decimal(number: float) -> str:
    """``number`` with one decimal, as the interface's language writes it (0.5 / 0,5)."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(float(number), "f", 1)


# The names of a claim's fields (and its source's) as the core's messages name them
# (reconcile.COMPARED, SOURCE_COMPARED): tests/gui/test_translations.py checks all are here.
CLAIM_FIELD_NAMES = (
    QT_TRANSLATE_NOOP("ClaimFields", "statement"), QT_TRANSLATE_NOOP("ClaimFields", "quote"),
    QT_TRANSLATE_NOOP("ClaimFields", "start"), QT_TRANSLATE_NOOP("ClaimFields", "end"),
    QT_TRANSLATE_NOOP("ClaimFields", "kind"), QT_TRANSLATE_NOOP("ClaimFields", "speaker"),
    QT_TRANSLATE_NOOP("ClaimFields", "event_date"), QT_TRANSLATE_NOOP("ClaimFields", "actors"),
    QT_TRANSLATE_NOOP("ClaimFields", "topics"), QT_TRANSLATE_NOOP("ClaimFields", "status"),
    QT_TRANSLATE_NOOP("ClaimFields", "reader_note"),
    QT_TRANSLATE_NOOP("ClaimFields", "curator_note"),
    QT_TRANSLATE_NOOP("ClaimFields", "quote_is_translation"),
    QT_TRANSLATE_NOOP("ClaimFields", "quote_translated_from"),
    QT_TRANSLATE_NOOP("ClaimFields", "quote_translator"),
    QT_TRANSLATE_NOOP("ClaimFields", "source title"),
    QT_TRANSLATE_NOOP("ClaimFields", "source title_short"),
    QT_TRANSLATE_NOOP("ClaimFields", "source author"),
    QT_TRANSLATE_NOOP("ClaimFields", "source outlet"),
    QT_TRANSLATE_NOOP("ClaimFields", "source publisher"),
    QT_TRANSLATE_NOOP("ClaimFields", "source published"),
    QT_TRANSLATE_NOOP("ClaimFields", "source date_approximate"),
    QT_TRANSLATE_NOOP("ClaimFields", "source language"),
    QT_TRANSLATE_NOOP("ClaimFields", "source url"),
)
