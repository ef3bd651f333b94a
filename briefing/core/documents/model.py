"""A briefing in memory: metadata, the template it follows, and its sections of items.

Each section holds items in order: a cited claim (id plus a snapshot of the claim and its source
as they were when inserted, so the file exports on a laptop whose library differs, with an
optional commentary attached) or the writer's own paragraph.

Two kinds of the writer's own words go with an item:

* a claim's *commentary* is part of the briefing: it is printed after the claim;
* a *private note* (on a claim or a paragraph) is the writer's reminder to themselves ("check
  the figure with Treasury"): it is kept in the .briefing file and shown in the composer, and
  never exported, previewed or counted against a section's word limit.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields

from briefing.core.errors import BriefingError, marked
from briefing.core.model import Claim, Source
from briefing.core.text.controls import strip_controls
from briefing.core.text.languages import is_language_code, primary_language


class UnknownSectionError(BriefingError):
    pass


class UnknownItemError(BriefingError):
    pass


@dataclass
class Metadata:
    author: str = ""
    organisation: str = ""
    contact: str = ""
    date: str = ""
    reference: str = ""
    audience: str = ""
    action_sought: str = ""
    classification: str = ""
    language: str = ""  # BCP 47 ("en-GB", "de-DE"); "" means the template's language


METADATA_FIELDS = tuple(f.name for f in fields(Metadata))

# The briefing's fields, as templates see them (their `briefing` mapping) and a person reads
# them: the title, the subtitle and the metadata, each with the label the Details form shows
# (the preflight's messages use it in lower case). The one list of these fields.
FIELD_LABELS = {"title": "Title", "subtitle": "Subtitle", "author": "Author",
                "organisation": "Organisation", "contact": "Contact Officer", "date": "Date",
                "reference": "Reference Number", "audience": "Addressee",
                "action_sought": "Action Sought", "classification": "Classification",
                "language": "Language"}
BRIEFING_FIELDS = tuple(FIELD_LABELS)
if BRIEFING_FIELDS != ("title", "subtitle", *METADATA_FIELDS):  # pragma: no cover
    raise AssertionError("FIELD_LABELS must name the title, the subtitle and every Metadata "
                         "field, in that order")


# A briefing's language when neither it nor its template names one.
DEFAULT_LANGUAGE = "en-GB"


def briefing_language(briefing: Briefing, template_language: str = "") -> str:
    """The language a briefing is written in (BCP 47): its own, else its template's
    (``Template.language``), else British English. A setting that is no language code
    ("Deutsch") counts as none (the export does the same)."""
    for tag in (briefing.metadata.language, template_language):
        tag = tag.strip().replace("_", "-")
        if is_language_code(primary_language(tag) + tag[len(tag.split("-")[0]):]):
            return tag
    return DEFAULT_LANGUAGE


def _uid() -> str:
    return os.urandom(6).hex()  # 48 random bits, as uuid4().hex[:12] gave (without uuid's import)


@dataclass
class CitedClaim:
    claim: Claim  # snapshot as inserted
    source: Source  # snapshot, without the source's full text
    comment: str = ""  # commentary: printed after the claim
    private_note: str = ""  # never exported
    uid: str = field(default_factory=_uid)

    @property
    def claim_id(self) -> str:
        return self.claim.id


@dataclass
class Paragraph:
    text: str
    uid: str = field(default_factory=_uid)
    private_note: str = ""  # never exported


Item = CitedClaim | Paragraph


@dataclass
class Section:
    key: str
    heading: str
    items: list[Item] = field(default_factory=list)


@dataclass
class Briefing:
    title: str
    template: str
    subtitle: str = ""
    metadata: Metadata = field(default_factory=Metadata)
    sections: list[Section] = field(default_factory=list)

    # ---- finding --------------------------------------------------------------------------

    def section(self, key: str) -> Section:
        for section in self.sections:
            if section.key == key:
                return section
        keys = ", ".join(s.key for s in self.sections)
        raise UnknownSectionError(marked("core", "This briefing has no section '{key}'. Its "
                                                 "sections: {keys}."), key=key, keys=keys)

    def find(self, uid: str) -> tuple[Section, int]:
        for section in self.sections:
            for index, item in enumerate(section.items):
                if item.uid == uid:
                    return section, index
        raise UnknownItemError(marked("core", "This briefing has no item '{uid}'."),
                               uid=uid)

    def cited(self) -> list[CitedClaim]:
        return [i for s in self.sections for i in s.items if isinstance(i, CitedClaim)]

    # ---- editing (the GUI's undo commands call these too) ----------------------------------

    def insert(self, key: str, item: Item, index: int | None = None) -> Item:
        items = self.section(key).items
        clean_item(item)
        items.insert(len(items) if index is None else index, item)
        return item

    def remove(self, uid: str) -> tuple[str, int, Item]:
        section, index = self.find(uid)
        return section.key, index, section.items.pop(index)

    def move(self, uid: str, key: str, index: int) -> None:
        _, _, item = self.remove(uid)
        self.insert(key, item, index)


def clean_item(item: Item) -> Item:
    """The writer's words in ``item`` without control characters (``strip_controls``)."""
    if isinstance(item, Paragraph):
        item.text = strip_controls(item.text)
    else:
        item.comment = strip_controls(item.comment)
    item.private_note = strip_controls(item.private_note)
    return item


def clean_fields(briefing: Briefing) -> Briefing:
    """The title, subtitle and metadata of ``briefing`` without control characters."""
    briefing.title, briefing.subtitle = (strip_controls(briefing.title),
                                         strip_controls(briefing.subtitle))
    for name in METADATA_FIELDS:
        setattr(briefing.metadata, name, strip_controls(getattr(briefing.metadata, name)))
    return briefing


def cite(claim: Claim, source: Source, comment: str = "", private_note: str = "") -> CitedClaim:
    """A cited-claim item holding snapshots of ``claim`` and ``source`` (text left out)."""
    return CitedClaim(claim=claim, source=_without_text(source), comment=comment,
                      private_note=private_note)


def _without_text(source: Source) -> Source:
    data = source.to_json()
    data["repeats"] = ()
    return Source(**data)
