"""The library's plain data: sources and the claims taken from them.

Frozen dataclasses, no behaviour beyond conversion to the JSON contract the
command line prints (``to_json``). Field names are that contract.

A claim has two notes (library 2026.12): ``reader_note`` is written for the
reader of a briefing and is printed in the claim's footnote when its status is
not "as reported"; ``curator_note`` is for curators (sources checked,
instructions, doubts) and never reaches an export. Before 2026.12 a claim had
one ``note``: :func:`split_legacy_note` says where its words go. JSON keeps
``note`` as a deprecated alias of ``reader_note`` for one version.

A claim's statement and its reader's note are held per language (issue 19): the field
itself (``statement``, ``reader_note``) is the English text, which every briefing can fall
back to; ``statement_translations`` and ``reader_note_translations`` hold the other
languages as (language, text) pairs, keyed by primary language ("de"). JSON keeps
``statement`` and ``reader_note`` as the English text and adds ``statements`` and
``reader_notes``, every language's text keyed by language (``{"en": …, "de": …}``). What
a translated quote translates (``quote_translated_from``, "CNN's English report of the
speech") is held per language too, so a German footnote says it in German ("aus dem
englischen Bericht von CNN über die Rede"); JSON has it under
``quote_translated_from_by_language``. The curator's note and the quote's other fields are
English only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field

from briefing.core.text.languages import primary_language

KINDS = ("fact", "figure", "event", "quote", "assessment")
STATUSES = ("as reported", "corroborated", "disputed", "corrected")
ORIGINS = ("bundled", "user")

# fmt: off
# A source's kind: one of CSL 1.0.2's item types (what a citation style sees).
CSL_TYPES = frozenset({
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book",
    "broadcast", "chapter", "classic", "collection", "dataset", "document",
    "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic",
    "hearing", "interview", "legal_case", "legislation", "manuscript", "map",
    "motion_picture", "musical_score", "pamphlet", "paper-conference", "patent", "performance",
    "periodical", "personal_communication", "post", "post-weblog", "regulation", "report",
    "review", "review-book", "software", "song", "speech", "standard",
    "thesis", "treaty", "webpage",
})
# fmt: on
DEFAULT_KIND = "article-newspaper"  # a source's kind when it names none


@dataclass(frozen=True)
class Repeat:
    """A passage that a source prints twice (offsets into its text)."""

    start: int
    end: int
    repeat_start: int
    repeat_end: int
    verbatim: bool = True  # False: the second copy differs in a few words


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    # What note styles print in subsequent (short) notes instead of the full title.
    title_short: str = ""
    author: str = ""
    outlet: str = ""
    publisher: str = ""  # the original publisher, when the outlet republished it
    # ISO 8601 date or a shorter prefix of one ("2025-07-29", "2025-07", "2025") or "".
    published: str = ""
    # True when `published` is an estimate (cite it as "c." / "ca."); "" published means n.d.
    date_approximate: bool = False
    date_note: str = ""
    language: str = ""
    url: str = ""
    accessed: str = ""
    kind: str = DEFAULT_KIND  # one of CSL_TYPES
    note: str = ""
    # An English translation of a title in another language: citations print it in
    # brackets after the title ("Wandel der Wettbewerbssituation … [Shifts in the …]").
    title_translated: str = ""
    origin: str = "bundled"
    text: str = field(default="", repr=False, compare=False)
    repeats: tuple[Repeat, ...] = ()

    @property
    def short_name(self) -> str:
        """What a list of claims names the source by: its outlet, else author, else title."""
        return self.outlet or self.author or self.title

    def to_json(self, with_text: bool = False) -> dict:
        data = dict(vars(self))  # every field is immutable: no deep copy (asdict's is slow)
        data["repeats"] = [asdict(r) for r in self.repeats]
        if not with_text:
            data.pop("text")
        return data


@dataclass(frozen=True)
class Claim:
    id: str
    source_id: str
    statement: str
    quote: str
    start: int
    end: int
    kind: str
    speaker: str = ""
    event_date: str = ""
    actors: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    status: str = "as reported"
    reader_note: str = ""  # for the briefing's reader: printed unless "as reported"
    curator_note: str = ""  # for curators only: never exported
    # The quote is a translation (e.g. a German translation of an English report of a
    # speech): the footnote says so instead of presenting it as the speaker's words.
    quote_is_translation: bool = False
    quote_translated_from: str = ""  # what it translates, when known: "CNN's English report"
    quote_translator: str = ""  # who translated it, when known
    # The statement and the reader's note in languages other than English: (language, text)
    # pairs sorted by language, each language a primary subtag ("de"); see translations_of.
    statement_translations: tuple[tuple[str, str], ...] = ()
    reader_note_translations: tuple[tuple[str, str], ...] = ()
    # ... and what a translated quote translates, likewise (a German briefing's footnote)
    quote_translated_from_translations: tuple[tuple[str, str], ...] = ()
    origin: str = "bundled"
    retired: bool = False

    @property
    def statements(self) -> dict[str, str]:
        """Every language's statement, English first: ``{"en": …, "de": …}``."""
        return {ENGLISH: self.statement, **dict(self.statement_translations)}

    @property
    def reader_notes(self) -> dict[str, str]:
        """Every language's reader's note, English first."""
        return {ENGLISH: self.reader_note, **dict(self.reader_note_translations)}

    def text_in(self, name: str, language: str) -> str | None:
        """Field ``name`` (one of TRANSLATED) in ``language`` (a code like "de-DE" or "de"),
        or None when the claim has none in it; English (and no language) is the field."""
        code = primary_language(language)
        if code in ("", ENGLISH):
            return getattr(self, name)
        return dict(getattr(self, f"{name}_translations")).get(code)

    def statement_in(self, language: str) -> str | None:
        return self.text_in("statement", language)

    def statement_for(self, language: str) -> str:
        """The statement a briefing in ``language`` prints: the claim's statement in that
        language, or the English one when it has none (the preflight names such claims)."""
        return self.statement_in(language) or self.statement

    def reader_note_for(self, language: str) -> str:
        """The reader's note a briefing in ``language`` prints (English when the claim has
        none in that language)."""
        return self.text_in("reader_note", language) or self.reader_note

    def untranslated(self, language: str) -> tuple[str, ...]:
        """The fields a briefing in ``language`` prints in English for want of a translation:
        "statement", "reader_note" when the claim has one that an export prints (its
        status is not "as reported"), and "quote_translated_from" when the quote is marked
        a translation and says of what."""
        if primary_language(language) in ("", ENGLISH):
            return ()
        printed = {"statement": True, "reader_note": self.status != "as reported",
                   "quote_translated_from": self.quote_is_translation}
        return tuple(name for name in TRANSLATED if printed[name] and getattr(self, name)
                     and self.text_in(name, language) is None)

    def to_json(self) -> dict:
        data = dict(vars(self))  # every field is immutable: no deep copy (asdict's is slow)
        data["actors"] = list(self.actors)
        data["topics"] = list(self.topics)
        data[LEGACY_NOTE] = self.reader_note  # deprecated alias, for one version
        for name, key in TRANSLATED.items():
            del data[f"{name}_translations"]
            data[key] = {ENGLISH: getattr(self, name), **dict(getattr(self, f"{name}_translations"))}
        return data


# The language of the claim's own fields: every claim has its statement in English.
ENGLISH = "en"
STATEMENT_LANGUAGE = ENGLISH
# The claim's fields held per language, and the key JSON gives every language's text under.
TRANSLATED = {"statement": "statements", "reader_note": "reader_notes",
              "quote_translated_from": "quote_translated_from_by_language"}
_LANGUAGE_KEY = re.compile(r"[a-z]{2,3}")


def translations_of(texts: Mapping[str, str] | Iterable[tuple[str, str]]
                    ) -> tuple[tuple[str, str], ...]:
    """A ``…_translations`` field from a mapping of language code to text (JSON's
    ``statements``): codes reduced to their primary language ("de-DE" → "de"), English left
    out (it is the field itself), empty texts dropped, sorted by language. ValueError for a
    code that is not a language or a language given twice."""
    pairs = texts.items() if isinstance(texts, Mapping) else texts
    found: dict[str, str] = {}
    for code, text in pairs:
        language = primary_language(str(code))
        if not _LANGUAGE_KEY.fullmatch(language):
            raise ValueError(f"'{code}' is not a language code like de or de-DE")
        if language in found:
            raise ValueError(f"the language '{language}' is given twice")
        if not isinstance(text, str):
            raise ValueError(f"the text in '{language}' is not text")
        if language != ENGLISH and text:
            found[language] = text
    return tuple(sorted(found.items()))


# The pre-2026.12 name of ``reader_note`` that JSON still carries (deprecated).
LEGACY_NOTE = "note"
# Statuses whose note an export printed before 2026.12.
LEGACY_PRINTED_STATUSES = ("disputed", "corrected")


def split_legacy_note(note: str, status: str) -> tuple[str, str]:
    """``(reader_note, curator_note)`` for a claim's single note from before 2026.12.

    The words go where they were seen: the export printed the note only for a
    disputed or corrected claim, so that note stays the reader's; any other note
    was never printed and becomes the curator's. Nothing is dropped, and an old
    briefing exports as it did.
    """
    return (note, "") if status in LEGACY_PRINTED_STATUSES else ("", note)


def upgrade_claim_json(data: dict) -> dict:
    """A claim's JSON as this version reads it: a pre-2026.12 ``note`` (no ``reader_note``
    or ``curator_note`` beside it) split by :func:`split_legacy_note`; the alias ``note``
    beside the new keys dropped (``reader_note`` says the same); ``statements`` and
    ``reader_notes`` (absent before issue 19) as ``…_translations``. Other keys are left as
    they are for the caller to check."""
    data = dict(data)
    for name, key in TRANSLATED.items():
        data[f"{name}_translations"] = translations_of(data.pop(key, {}))
    note = data.pop(LEGACY_NOTE, None)
    if note is not None and "reader_note" not in data and "curator_note" not in data:
        if not isinstance(note, str):
            raise TypeError(f"{LEGACY_NOTE} should be text, not {type(note).__name__}")
        status = data.get("status", "as reported")
        data["reader_note"], data["curator_note"] = split_legacy_note(note, str(status))
    return data


@dataclass(frozen=True)
class SearchHit:
    claim: Claim
    source_title: str
    rank: float
