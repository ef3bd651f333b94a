"""The intermediate form every writer reads: a briefing rendered to plain blocks.

``render.render`` turns a briefing into a :class:`Rendered`; the docx, PDF, Markdown
and HTML writers only lay these blocks out. Inline content is a tuple of :class:`Span`
(text with bold/italic, its language when it differs from the document's, a link) and
:class:`NoteRef` (a note marker). Text may hold "\\n": a line break the writer keeps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.export.look import Look

from briefing.core.text.span import Span


@dataclass(frozen=True)
class NoteRef:
    number: int  # 1-based, in document order


Inline = Span | NoteRef


@dataclass(frozen=True)
class Block:
    """One paragraph-like thing. Kinds:

    title, subtitle, heading (level 1-3), paragraph, bullet, checkbox ("☐ text"),
    signature (a line to write on, labelled by content), decision (a recommendation with
    its boxes: `choices`), form (a block kept together: its `lines` are checkbox,
    signature and paragraph blocks; the writers set it as a table).
    """

    kind: str
    content: tuple[Inline, ...] = ()
    level: int = 1  # headings
    role: str = ""  # what produced it: "claim", "comment", "text", "template", "annex"
    number: int = 0  # the paragraph's number when the template numbers paragraphs
    indented: bool = False  # set in line with numbered paragraphs' text (a claim's commentary)
    choices: tuple[str, ...] = ()  # decision: "Agreed", "Not agreed", ...
    lines: tuple[Block, ...] = ()  # form: its lines


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
    date: str = ""  # ISO date: created/modified, for byte-identical files ("" when unknown)
    language: str = "en-GB"  # BCP 47: the document's language
    classification: str = ""  # also a custom document property in Word


@dataclass
class Rendered:
    properties: Properties
    header: str  # one line at the top of every page
    footer: str  # one line at the foot of every page (before "Page X of Y")
    classification: str  # upper case; "" when none
    marking_color: str = ""  # hex RGB the marking is printed in; "" for the header style's
    blocks: list[Block] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    note_kind: str = "footnote"  # footnote | endnote | in-text (no notes; citations inline)
    notes_heading: str = "Notes"  # above endnotes
    page_label: str = "Page {page} of {pages}"  # at the foot of every page
    bibliography_heading: str = "Sources"
    bibliography: list[tuple[Span, ...]] = field(default_factory=list)
    annex_heading: str = ""  # above the annex ("" when there is none)
    annex: list[Block] = field(default_factory=list)  # originals and verification notes
    reference_docx: str | None = None  # the template's look, for the docx writer
    look: Look | None = None  # the same look, read for the other writers
    page_size: str = "A4"  # A4 | Letter | Legal | A5 | A3
    orientation: str = "portrait"
    page_budget: int = 0  # the template's page limit (0: none)

    def plain_text(self) -> str:
        """Everything a reader sees, as text (tests and previews)."""
        def flat(content):
            return "".join(i.text if isinstance(i, Span) else f"[{i.number}]" for i in content)

        def block_lines(block):
            yield flat(block.content)
            for line in block.lines:
                yield from block_lines(line)
            yield from block.choices

        lines = [text for b in self.blocks for text in block_lines(b)]
        lines += [f"{n.number}. {flat(n.content)}" for n in self.notes]
        lines += [flat(p) for n in self.notes for p in n.paragraphs]
        lines += [flat(entry) for entry in self.bibliography]
        lines += [text for b in self.annex for text in block_lines(b)]
        return "\n".join(lines)
