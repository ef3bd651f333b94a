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
from briefing.core.text.dates import WRITTEN_FORMS, is_date, parse_date
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
    field: str = ""  # a metadata finding's field ("title", "author", …)

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
            findings.append(Finding("metadata", f"The template requires the {label}; it is "
                                    "empty.", field=key))
    date = values["date"].strip()
    if date and parse_date(date) is None and not is_date(date):
        findings.append(Finding("metadata", f"The date '{values['date']}' is not a date like "
                                f"{WRITTEN_FORMS}: it is printed as written, and the document's "
                                "properties get no date.", field="date"))
    if getattr(template, "generic", False):
        findings.append(Finding("template", f"The template '{briefing.template}' is not "
                                "installed here; the export uses a generic layout."))
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
                    sources: dict, language: str = "") -> list[Finding]:
    """What is wrong with one cited claim; each finding names it by its statement."""
    claim, found = item.claim, []
    name = f"{claim_name(claim, language=language)} ({claim.id})"

    def add(code: str, message: str) -> None:
        found.append(Finding(code, message, key, item.uid))

    missing = claim.untranslated(language)
    if missing:
        code = primary_language(language)
        tongue = LANGUAGE_NAMES.get(code, f"'{code}'")
        what = " and ".join({"statement": "statement", "reader_note": "reader's note"}[m]
                            for m in missing)
        options = " ".join(f"--{m.replace('_', '-')}-{code} …" for m in missing)
        how = f" (briefing claims edit {claim.id} {options})" if code in STATEMENT_OPTIONS \
            else ""
        add("language", f"{name} has no {tongue} {what}; the export prints the English. Add "
            f"the {tongue} in the library{how} and refresh the briefing.")

    if claim.status not in ("as reported", "corroborated"):
        add("status", f"{name} is {claim.status}"
            + (f": {claim.reader_note}" if claim.reader_note else "."))
    if library is None:
        return found
    try:
        current = library.claim(claim.id)
    except NotFoundError:
        add("drift", f"{name} is no longer in the library; the briefing cites its saved copy.")
    else:
        if current.retired:
            add("drift", f"{name} was retired by the library's curators.")
        if current.status != claim.status and current.status not in ("as reported",
                                                                     "corroborated"):
            add("status", f"{name} is now {current.status} in the library"
                + (f": {current.reader_note}" if current.reader_note else "."))
        changed = changed_fields(current, claim, language)
        if changed:
            add("drift", f"{name} changed in the library ({', '.join(changed)}); refresh it to "
                "use the current text.")
    if claim.source_id not in sources:
        try:
            sources[claim.source_id] = library.source(claim.source_id)
        except NotFoundError:
            sources[claim.source_id] = None
    source = sources[claim.source_id]
    if source is None:
        add("quote", f"The source of {name} ({claim.source_id}) is not in this library, so its "
            "quote cannot be checked.")
        return found
    if source.text[claim.start:claim.end] != claim.quote:
        add("quote", f"The quote of {name} no longer matches its source text.")
    return found
