"""Checks run before every export (and on demand): what a careful reviewer would flag.

Each finding is a warning by default; a strict export fails on any of them. A briefing in
another language than English prints each claim's statement (and reader's note) in that
language: a claim without one is named (code "language"), as the export falls back to
its English text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from briefing.core.documents import (
    FIELD_LABELS,
    Briefing,
    CitedClaim,
    Paragraph,
    briefing_language,
)
from briefing.core.documents.reconcile import changed_fields
from briefing.core.errors import NotFoundError
from briefing.core.text.dates import DATE_FORMS, is_date
from briefing.core.text.languages import primary_language

if TYPE_CHECKING:  # pragma: no cover  (templates import jinja2: not needed to count words)
    from briefing.core.library import Library
    from briefing.core.templates import Template



@dataclass(frozen=True)
class Finding:
    code: str  # status, quote, empty-section, word-limit, metadata, template, drift, language
    message: str
    section: str = ""
    item: str = ""  # item uid

    def to_json(self) -> dict:
        return asdict(self)


def words(text: str) -> int:
    return len(text.split())


# Languages whose statement ``briefing claims edit`` sets (--statement-de).
STATEMENT_OPTIONS = ("de",)
# The names of the languages a claim's statement may be in, for messages.
LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish",
                  "it": "Italian", "zh": "Chinese"}


def section_words(items, language: str = "") -> int:
    total = 0
    for item in items:
        if isinstance(item, Paragraph):
            total += words(item.text)
        else:
            total += words(item.claim.statement_for(language)) + words(item.comment)
    return total


def check(briefing: Briefing, template: Template, library: Library | None = None) -> list[Finding]:
    findings: list[Finding] = []
    sources: dict = {}  # source id -> Source, or None when not in the library (read once)
    language = briefing_language(briefing, template.language)
    values = {"title": briefing.title, "subtitle": briefing.subtitle, **vars(briefing.metadata)}
    for key in template.required_metadata:
        if not values.get(key, "").strip():
            label = FIELD_LABELS[key].lower() if key in FIELD_LABELS else key
            own = template.label(key)
            if own.lower() != label:  # what the template calls it: "the title (Betreff)"
                label += f" ({own})"
            findings.append(Finding("metadata", f"The template requires the {label}; it is empty."))
    if values["date"].strip() and not is_date(values["date"].strip()):
        findings.append(Finding("metadata", f"The date '{values['date']}' is not a date like "
                                f"{DATE_FORMS}: it is printed as written, and the document's "
                                "properties get no date."))
    specs = {s.key: s for s in template.sections}
    present = {s.key for s in briefing.sections}
    for spec in template.sections:
        if spec.required and spec.key not in present:
            findings.append(Finding("empty-section", f"The required section '{spec.heading}' is "
                                    "missing from this briefing.", spec.key))
    for section in briefing.sections:
        spec = specs.get(section.key)
        if spec is None:
            findings.append(Finding("template", f"The section '{section.heading}' is not part of "
                                    f"the template '{template.name}'.", section.key))
            findings += [f for item in section.items if isinstance(item, CitedClaim)
                         for f in _claim_findings(section.key, item, library, sources, language)]
            continue
        if spec.required and not section.items:
            findings.append(Finding("empty-section",
                                    f"The required section '{section.heading}' is empty.",
                                    section.key))
        count = section_words(section.items, language)
        if spec.word_limit and count > spec.word_limit:
            findings.append(Finding(
                "word-limit",
                f"'{section.heading}' has {count} words; its limit is {spec.word_limit}.",
                section.key))
        for item in section.items:
            if isinstance(item, CitedClaim):
                findings += _claim_findings(section.key, item, library, sources, language)
    return findings


def _claim_findings(key: str, item: CitedClaim, library: Library | None,
                    sources: dict, language: str) -> list[Finding]:
    claim, found = item.claim, []
    missing = claim.untranslated(language)
    if missing:
        code = primary_language(language)
        name = LANGUAGE_NAMES.get(code, f"'{code}'")
        what = " and ".join({"statement": "statement", "reader_note": "reader's note"}[m]
                            for m in missing)
        options = " ".join(f"--{m.replace('_', '-')}-{code} …" for m in missing)
        how = f" (briefing claims edit {claim.id} {options})" if code in STATEMENT_OPTIONS \
            else ""
        found.append(Finding(
            "language", f"Claim {claim.id} has no {name} {what}; the export prints the "
            f"English. Add the {name} in the library{how} and refresh the briefing.",
            key, item.uid))
    if claim.status not in ("as reported", "corroborated"):
        found.append(Finding(
            "status", f"Claim {claim.id} is {claim.status}: {claim.reader_note}".strip(),
            key, item.uid))
    if library is None:
        return found
    try:
        current = library.claim(claim.id)
    except NotFoundError:
        found.append(Finding("drift", f"Claim {claim.id} is no longer in the library; the briefing "
                                      "cites its saved copy.", key, item.uid))
    else:
        if current.retired:
            found.append(Finding("drift", f"Claim {claim.id} was retired by the library's curators.",
                                 key, item.uid))
        if current.status != claim.status and current.status not in ("as reported",
                                                                     "corroborated"):
            found.append(Finding("status", f"Claim {claim.id} is now {current.status} in the "
                                 f"library: {current.reader_note}".strip(), key, item.uid))
        changed = changed_fields(current, claim, language)
        if changed:
            found.append(Finding("drift", f"Claim {claim.id} changed in the library "
                                 f"({', '.join(changed)}); refresh it to use the current text.",
                                 key, item.uid))
    if claim.source_id not in sources:
        try:
            sources[claim.source_id] = library.source(claim.source_id)
        except NotFoundError:
            sources[claim.source_id] = None
    source = sources[claim.source_id]
    if source is None:
        found.append(Finding("quote", f"The source of claim {claim.id} ({claim.source_id}) is not "
                                      "in this library, so its quote cannot be checked.", key, item.uid))
        return found
    if source.text[claim.start:claim.end] != claim.quote:
        found.append(Finding("quote", f"The quote of claim {claim.id} no longer matches its source "
                                      f"text at {claim.start}–{claim.end}.", key, item.uid))
    return found
