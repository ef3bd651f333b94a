"""The library's plain data: sources and the claims taken from them.

Frozen dataclasses, no behaviour beyond conversion to the JSON contract the
command line prints (``to_json``). Field names are that contract.

A claim has two notes (library 2026.12): ``reader_note`` is written for the
reader of a briefing and is printed in the claim's footnote when its status is
not "as reported"; ``curator_note`` is for curators (sources checked,
instructions, doubts) and never reaches an export. Before 2026.12 a claim had
one ``note``: :func:`split_legacy_note` says where its words go. JSON keeps
``note`` as a deprecated alias of ``reader_note`` for one version.

The statement and the reader note are English; a later version may hold them
per language (a mapping from language code to text) beside these fields.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

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
    origin: str = "bundled"
    retired: bool = False

    def to_json(self) -> dict:
        data = dict(vars(self))  # every field is immutable: no deep copy (asdict's is slow)
        data["actors"] = list(self.actors)
        data["topics"] = list(self.topics)
        data[LEGACY_NOTE] = self.reader_note  # deprecated alias, for one version
        return data


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
    beside the new keys dropped (``reader_note`` says the same). Other keys are left as
    they are for the caller to check."""
    data = dict(data)
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
