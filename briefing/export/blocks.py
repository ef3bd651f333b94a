"""The intermediate form every writer reads: a briefing rendered to plain blocks.

``render.render`` turns a briefing into a :class:`Rendered`; the docx, Markdown,
HTML and PDF writers only lay these blocks out. Inline content is a tuple of
:class:`Span` (text with bold/italic) and :class:`NoteRef` (a footnote marker).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.core.text.span import Span


@dataclass(frozen=True)
class NoteRef:
    number: int  # 1-based, in document order


Inline = Span | NoteRef


@dataclass(frozen=True)
class Block:
    # title subtitle heading paragraph bullet checkbox signature meta
    kind: str
    content: tuple[Inline, ...] = ()
    level: int = 1  # headings
    role: str = ""  # what produced it: "claim", "comment", "text", "template", "guidance"


@dataclass(frozen=True)
class Note:
    number: int
    content: tuple[Span, ...]
    paragraphs: tuple[tuple[Span, ...], ...] = ()  # further paragraphs (original quote, status)


@dataclass(frozen=True)
class Properties:
    title: str = ""
    subject: str = ""
    author: str = ""
    keywords: str = ""
    comments: str = ""
    date: str = ""  # ISO date: core properties' created/modified, for byte-identical files
    language: str = "en-GB"


@dataclass
class Rendered:
    properties: Properties
    header: str  # one line at the top of every page
    footer: str  # one line at the foot of every page (before "Page X of Y")
    classification: str  # upper case; "" when none
    blocks: list[Block] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    note_kind: str = "footnote"  # footnote | endnote | in-text (no notes; citations inline)
    bibliography_heading: str = "Sources"
    bibliography: list[tuple[Span, ...]] = field(default_factory=list)
    reference_docx: str | None = None  # the template's look, for the docx writer
    page_size: str = "A4"  # A4 | Letter | Legal | A5
    orientation: str = "portrait"

    def plain_text(self) -> str:
        """Everything a reader sees, as text (tests and previews)."""
        def flat(content):
            return "".join(i.text if isinstance(i, Span) else f"[{i.number}]" for i in content)

        lines = [flat(b.content) for b in self.blocks]
        lines += [f"{n.number}. {flat(n.content)}" for n in self.notes]
        lines += [flat(entry) for entry in self.bibliography]
        return "\n".join(lines)
