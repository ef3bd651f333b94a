"""Briefing + template + citation style → :class:`~briefing.export.blocks.Rendered`.

The one step that decides what the reader sees; the writers only lay it out.
A cited claim becomes a paragraph with its statement and a note (or, for an
author–date style, an in-text citation); the note may carry the original
quote (said to be a translation when it is one) and, when it is not "as
reported", the claim's verification status with its reader's note. A claim's
curator's note never reaches a rendered document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.core.citations import Citer, StyleInfo
from briefing.core.documents import Briefing, CitedClaim, Paragraph
from briefing.core.quotes import quote_label, reader_status
from briefing.core.templates import Template, parse_markup
from briefing.core.text.dates import full_date
from briefing.export.blocks import Block, Note, NoteRef, Properties, Rendered, Span
from briefing.export.sanitize import clean

_QUOTES = {"de": ("„", "“"), "fr": ("« ", " »"), "zh": ("「", "」"), "ja": ("「", "」")}
_MARKUP_KINDS = {"title": "title", "subtitle": "subtitle", "heading": "heading",
                 "bullet": "bullet", "checkbox": "checkbox", "signature": "signature",
                 "paragraph": "paragraph"}


@dataclass(frozen=True)
class RenderOptions:
    include_quotes: bool = True  # the original-language quote in each note
    notes: str = "footnote"  # footnote | endnote (note styles only)


def template_context(briefing: Briefing) -> dict:
    fields = {"title": briefing.title, "subtitle": briefing.subtitle,
              **vars(briefing.metadata)}
    return {
        "briefing": {k: clean(v) for k, v in fields.items()},
        "sections": [{"key": s.key, "heading": s.heading} for s in briefing.sections],
    }


def _markup_blocks(markup: str, role: str) -> list[Block]:
    blocks = []
    for line in parse_markup(clean(markup)):
        if line.kind == "blank":
            continue
        # Template output is text like any other: a hostile template cannot smuggle
        # characters into the document that Word cannot hold.
        spans = tuple(Span(clean(text), bold=bold) for text, bold in line.spans if text)
        level = 2 if line.kind == "heading" else 1
        blocks.append(Block(_MARKUP_KINDS[line.kind], spans, level=level, role=role))
    return blocks


def _one_line(markup: str) -> str:
    return " ".join(line.text for line in parse_markup(markup) if line.kind != "blank").strip()


def original_quote(item: CitedClaim) -> str:
    """The claim's quote for a reader: whitespace folded, scraped Markdown ** markers dropped."""
    return " ".join(item.claim.quote.replace("**", "").split())


def _note_extras(item: CitedClaim, options: RenderOptions) -> list[tuple[Span, ...]]:
    extras = []
    language = item.source.language.split("-")[0].lower()
    if options.include_quotes and item.claim.quote and language != "en":
        opening, closing = _QUOTES.get(language, ("“", "”"))
        extras.append((Span(clean(f"{quote_label(item.claim, item.source)}: ")),
                       Span(clean(f"{opening}{original_quote(item)}{closing}"))))
    if item.source.publisher:  # a republished piece: name where it first appeared
        extras.append((Span(clean(f"First published by {item.source.publisher}.")),))
    status = reader_status(item.claim)
    if status:
        extras.append((Span(clean(status), italic=True),))
    return extras


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", clean(text)) if p.strip()]


_BULLET = re.compile(r"^\s*[-•*]\s+")


def _text_blocks(text: str, role: str) -> list[Block]:
    """The writer's own text: blank lines separate paragraphs; lines starting "- " are bullets."""
    blocks = []
    for paragraph in _paragraphs(text):
        lines = paragraph.splitlines()
        if all(_BULLET.match(line) for line in lines):
            blocks += [Block("bullet", (Span(_BULLET.sub("", line)),), role=role) for line in lines]
        else:
            blocks.append(Block("paragraph", (Span(" ".join(x.strip() for x in lines)),), role=role))
    return blocks


def render(briefing: Briefing, template: Template, style: StyleInfo,
           options: RenderOptions = RenderOptions()) -> Rendered:
    context = template_context(briefing)
    cited = briefing.cited()
    sources = list({item.source.id: item.source for item in cited}.values())
    citer = Citer(style, sources)
    in_text = citer.kind != "note"
    # Cite everything first: disambiguation (2025a/b) can change earlier citations.
    citations = iter(citer.cite_all((item.source.id, None) for item in cited))

    rendered = Rendered(
        properties=_properties(briefing, template),
        header=clean(_one_line(template.render("header", context))),
        footer=clean(_one_line(template.render("footer", context))),
        classification=clean(briefing.metadata.classification).upper(),
        note_kind="in-text" if in_text else options.notes,
        bibliography_heading="References" if in_text else "Sources",
        reference_docx=str(template.reference_docx) if template.reference_docx else None,
        page_size=template.page_size,
        orientation=template.orientation,
    )
    blocks = rendered.blocks
    blocks += _markup_blocks(template.render("title", context), "template")
    blocks += _markup_blocks(template.render("metadata", context), "template")
    for section in briefing.sections:
        blocks.append(Block("heading", (Span(clean(section.heading)),), level=1, role="section"))
        for item in section.items:
            if isinstance(item, Paragraph):
                blocks += _text_blocks(item.text, "text")
                continue
            citation = tuple(Span(clean(s.text), bold=s.bold, italic=s.italic)
                             for s in next(citations))
            statement = clean(item.claim.statement).strip()
            if in_text:
                body, end = (statement[:-1], ".") if statement.endswith(".") else (statement, "")
                content = (Span(body + " "), *citation, Span(end))
                extras = _note_extras(item, options)
                if extras:  # in-text styles have no notes: status and quote follow in brackets
                    flat = " ".join("".join(s.text for s in e) for e in extras)
                    content += (Span(f" [{flat}]", italic=True),)
                blocks.append(Block("paragraph", content, role="claim"))
            else:
                number = len(rendered.notes) + 1
                rendered.notes.append(Note(number, citation, tuple(_note_extras(item, options))))
                blocks.append(Block("paragraph", (Span(statement), NoteRef(number)), role="claim"))
            blocks += _text_blocks(item.comment, "comment")
    blocks += _markup_blocks(template.render("closing", context), "template")
    rendered.bibliography = [
        tuple(Span(clean(s.text), bold=s.bold, italic=s.italic) for s in entry)
        for entry in citer.bibliography()
    ]
    return rendered


def _properties(briefing: Briefing, template: Template) -> Properties:
    topics = sorted({t for item in briefing.cited() for t in item.claim.topics})
    date = briefing.metadata.date if full_date(briefing.metadata.date) else ""
    return Properties(
        title=clean(briefing.title),
        subject=clean(briefing.subtitle or template.name),
        author=clean(briefing.metadata.author),
        keywords=clean(", ".join(topics)),
        comments=clean(briefing.metadata.classification.upper()),
        date=date,
    )
