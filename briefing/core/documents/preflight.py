"""Checks run before every export (and on demand): what a careful reviewer would flag.

Each finding is a warning by default; a strict export fails on any of them. A briefing in
another language than English prints each claim's statement (and reader's note) in that
language: a claim without one is named (code "language"), as the export falls back to
its English text.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.core.documents import (
    FIELD_LABELS,
    Briefing,
    CitedClaim,
    Paragraph,
    briefing_language,
)
from briefing.core.documents.reconcile import changed_fields
from briefing.core.errors import NotFoundError, marked
from briefing.core.text.dates import WRITTEN_FORMS, is_date, parse_date
from briefing.core.text.languages import language_name, primary_language

if TYPE_CHECKING:  # pragma: no cover  (templates import jinja2: not needed to count words)
    from briefing.core.library import Library
    from briefing.core.templates import Template



@dataclass(frozen=True)
class Finding:
    code: str  # status, quote, empty-section, word-limit, metadata, template, drift, language
    message: str  # in English (the GUI translates ``template`` with ``params``)
    section: str = ""
    item: str = ""  # item uid
    field: str = ""  # a metadata finding's field ("title", "author", …)
    template: str = dataclasses.field(default="", compare=False, repr=False)
    params: dict = dataclasses.field(default_factory=dict, compare=False, repr=False)

    def to_json(self) -> dict:
        return {"code": self.code, "message": self.message, "section": self.section,
                "item": self.item, "field": self.field}


def finding(code: str, template: str, /, section: str = "", item: str = "", field: str = "",
            **params) -> Finding:
    """A finding whose message is ``template`` filled with ``params`` (kept for the GUI)."""
    return Finding(code, template.format(**params), section, item, field, template, params)


def words(text: str) -> int:
    return len(text.split())


# Languages whose statement ``briefing claims edit`` sets (--statement-de).
STATEMENT_OPTIONS = ("de",)
# A claim's fields held per language (model.TRANSLATED), as the language finding names them,
# and the `briefing claims edit` option that sets one (--<option>-de) where it is not the name.
_TRANSLATED_WORDS = {"statement": "statement", "reader_note": "reader's note",
                     "quote_translated_from": "note on what the quote translates"}
_TRANSLATED_OPTIONS = {"quote_translated_from": "translated_from"}
# The names of the languages a claim's statement may be in, for messages.


def section_words(items, language: str = "") -> int:
    """The words a section prints: paragraphs, claims' statements (in the briefing's
    ``language``, as the export prints them) and commentary (private notes are never
    printed, so never counted)."""
    total = 0
    for item in items:
        if isinstance(item, Paragraph):
            total += words(item.text)
        else:
            total += words(item.claim.statement_for(language)) + words(item.comment)
    return total


# A page estimate, not a layout: an A4 page of an 11-point briefing holds about 450 words of
# body text; each section heading takes the room of ~15 words, each footnote ~25, the title
# and metadata block ~60. Deliberately on the long side: it warns before the export does.
WORDS_PER_PAGE = 450
_HEADING_WORDS, _NOTE_WORDS, _TITLE_WORDS = 15, 25, 60


@dataclass(frozen=True)
class Length:
    words: int  # printed words of the body
    pages: float  # an estimate

    def describe(self) -> str:
        pages = max(self.pages, 0.1)
        return f"{self.words} words, about {pages:.1f} page{'s' if pages > 1.05 else ''}"


def length(briefing: Briefing, language: str = "") -> Length:
    """The briefing's printed words (in its ``language``) and an estimate of its pages."""
    body = sum(section_words(s.items, language) for s in briefing.sections)
    room = (body + _TITLE_WORDS + _HEADING_WORDS * len(briefing.sections)
            + _NOTE_WORDS * len(briefing.cited()))
    return Length(body, room / WORDS_PER_PAGE)


def claim_name(claim, limit: int = 60, language: str = "") -> str:
    """A claim named for a person: its statement (in the briefing's ``language``; shortened
    at a word), in quotes."""
    text = " ".join(claim.statement_for(language).split())
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return f"“{text}”"


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
            findings.append(finding("metadata", marked(
                "core", "The template requires the {label}; it is empty."), field=key,
                label=label))
    date = values["date"].strip()
    if date and parse_date(date) is None and not is_date(date):
        findings.append(finding("metadata", marked(
            "core", "The date '{date}' is not a date like {forms}: it is printed as written, "
            "and the document's properties get no date."), field="date",
            date=values["date"], forms=WRITTEN_FORMS))
    if getattr(template, "generic", False):
        findings.append(finding("template", marked(
            "core", "The template '{template}' is not installed here; the export uses a "
            "generic layout."), template=briefing.template))
    specs = {s.key: s for s in template.sections}
    present = {s.key for s in briefing.sections}
    for spec in template.sections:
        if spec.required and spec.key not in present:
            findings.append(finding("empty-section", marked(
                "core", "The required section '{heading}' is missing from this briefing."),
                spec.key, heading=spec.heading))
    for section in briefing.sections:
        spec = specs.get(section.key)
        if spec is None:
            findings.append(finding("template", marked(
                "core", "The section '{heading}' is not part of the template '{template}'."),
                section.key, heading=section.heading, template=template.name))
            findings += [f for item in section.items if isinstance(item, CitedClaim)
                         for f in _claim_findings(section.key, item, library, sources, language)]
            continue
        if spec.required and not section.items:
            findings.append(finding("empty-section", marked(
                "core", "The required section '{heading}' is empty."), section.key,
                heading=section.heading))
        count = section_words(section.items, language)
        if spec.word_limit and count > spec.word_limit:
            findings.append(finding("word-limit", marked(
                "core", "'{heading}' has {count} words; its limit is {limit}."), section.key,
                heading=section.heading, count=count, limit=spec.word_limit))
        for item in section.items:
            if isinstance(item, CitedClaim):
                findings += _claim_findings(section.key, item, library, sources, language)
    return findings


def _claim_findings(key: str, item: CitedClaim, library: Library | None,
                    sources: dict, language: str = "") -> list[Finding]:
    """What is wrong with one cited claim; each finding names it by its statement."""
    claim, found = item.claim, []
    name = f"{claim_name(claim, language=language)} ({claim.id})"

    def add(code: str, template: str, **params) -> None:
        found.append(finding(code, template, key, item.uid, name=name, **params))

    missing = claim.untranslated(language)
    if missing:
        code = primary_language(language)
        tongue = language_name(code) or f"'{code}'"
        what = " and ".join(_TRANSLATED_WORDS[m] for m in missing)
        options = " ".join(f"--{_TRANSLATED_OPTIONS.get(m, m).replace('_', '-')}-{code} …"
                           for m in missing)
        how = f" (briefing claims edit {claim.id} {options})" if code in STATEMENT_OPTIONS \
            else ""
        add("language", marked("core", "{name} has no {tongue} {what}; the export prints the "
                               "English. Add the {tongue} in the library{how} and refresh the "
                               "briefing."), tongue=tongue, what=what, how=how)

    if claim.status not in ("as reported", "corroborated"):
        note = claim.reader_note_for(language)  # as the briefing prints it
        if note:
            add("status", marked("core", "{name} is {status}: {note}"), status=claim.status,
                note=note)
        else:
            add("status", marked("core", "{name} is {status}."), status=claim.status)
    if library is None:
        return found
    try:
        current = library.claim(claim.id)
    except NotFoundError:
        add("drift", marked("core", "{name} is no longer in the library; the briefing cites "
                            "its saved copy."))
    else:
        if current.retired:
            add("drift", marked("core", "{name} was retired by the library's curators."))
        if current.status != claim.status and current.status not in ("as reported",
                                                                     "corroborated"):
            if current.reader_note_for(language):
                add("status", marked("core", "{name} is now {status} in the library: {note}"),
                    status=current.status, note=current.reader_note_for(language))
            else:
                add("status", marked("core", "{name} is now {status} in the library."),
                    status=current.status)
        changed = changed_fields(current, claim, language)
        if changed:
            add("drift", marked("core", "{name} changed in the library ({fields}); refresh it "
                                "to use the current text."), fields=", ".join(changed))
    if claim.source_id not in sources:
        try:
            sources[claim.source_id] = library.source(claim.source_id)
        except NotFoundError:
            sources[claim.source_id] = None
    source = sources[claim.source_id]
    if source is None:
        add("quote", marked("core", "The source of {name} ({source}) is not in this library, "
                            "so its quote cannot be checked."), source=claim.source_id)
        return found
    if source.text[claim.start:claim.end] != claim.quote:
        add("quote", marked("core", "The quote of {name} no longer matches its source text."))

    return found
