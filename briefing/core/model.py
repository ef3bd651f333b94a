"""The library's plain data: sources and the claims taken from them.

Frozen dataclasses, no behaviour beyond conversion to the JSON contract the
command line prints (``to_json``). Field names are that contract.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

KINDS = ("fact", "figure", "event", "quote", "assessment")
STATUSES = ("as reported", "corroborated", "disputed", "corrected")
ORIGINS = ("bundled", "user")


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
    kind: str = "article-newspaper"  # a CSL item type
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
        data = asdict(self)
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
    note: str = ""
    origin: str = "bundled"
    retired: bool = False

    def to_json(self) -> dict:
        data = asdict(self)
        data["actors"] = list(self.actors)
        data["topics"] = list(self.topics)
        return data


@dataclass(frozen=True)
class SearchHit:
    claim: Claim
    source_title: str
    rank: float
