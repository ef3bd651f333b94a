"""Briefing + template + citation style → :class:`~briefing.export.blocks.Rendered`.

The one step that decides what the reader sees; the writers only lay it out.

* A cited claim becomes a paragraph with its statement in the briefing's language (the
  English one when the claim has none in it; the preflight names those claims) and a
  note (or, for an author–date style, an in-text citation). The citations are in the
  briefing's language too: a German briefing cites a Chicago style with the de-DE locale
  ("Ebd.", "o. J.", "4. August 2025"). A claim that is not "as reported" or
  "corroborated" is marked in the body too, with the template's status marker
  ("[disputed — see note]").
* The note carries the citation, then — once per claim — the original-language quote
  (in its language's quotation marks, tagged with its language), once per source
  where a republished piece first appeared, and the claim's verification status.
  With ``annex`` (always for author–date styles, which have no notes) the quotes and
  status notes go to an annex after the sources instead, never into body paragraphs.
* The writer's own text keeps its line breaks; straight quotes become the briefing
  language's curly ones. Paragraphs are numbered when the template asks for it.
* A section the template does not require and that holds nothing is left out (no bare
  "Anlagen" heading); an empty required section keeps its heading (the preflight warns).
* In a section whose template asks for a decision, each recommendation becomes a
  decision block (the recommendation beside its boxes); a template part's heading and
  the lines after it (boxes, signature lines) become one form kept together.
* A quote that is a translation is said to be one ("German translation of CNN's
  English report"); a claim's curator's note never reaches a rendered document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefing.core.citations import Citer, Processors, StyleInfo
from briefing.core.documents import Briefing, CitedClaim, Paragraph
from briefing.core.model import Source
from briefing.core.quotes import quote_label
from briefing.core.templates import Template, parse_markup
from briefing.core.templates.manifest import DEFAULT_STATUS_MARKER
from briefing.core.text.dates import as_written, parse_date
from briefing.export.blocks import Block, Inline, Note, NoteRef, Properties, Rendered, Span
from briefing.export.language import (
    curly,
    language_name,
    normalise,
    primary,
    quoted,
    word_language,
    words,
)
from briefing.export.look import read_look
from briefing.export.sanitize import clean

_MARKUP_KINDS = {"title": "title", "subtitle": "subtitle", "heading": "heading",
                 "bullet": "bullet", "checkbox": "checkbox", "signature": "signature",
                 "paragraph": "paragraph"}
_NOT_AS_REPORTED = ("disputed", "corrected")
_URL = re.compile(r"https?://[^\s<>\"“”‘’]+[^\s<>\"“”‘’.,;:!?)\]]")


@dataclass(frozen=True)
class RenderOptions:
    include_quotes: bool = True  # the original-language quote of each claim
    notes: str = "footnote"  # footnote | endnote (note styles only)
    annex: bool = False  # originals and verification notes in an annex, not in the notes
    numbered: bool | None = None  # number paragraphs; None: as the template says
    locale: str | None = None  # the citations' locale ("en-GB"); None: the style's own


def language_of(briefing: Briefing, template: Template) -> str:
    """The briefing's language: its own setting, else its template's (BCP 47)."""
    return normalise(briefing.metadata.language) or normalise(template.language) or "en-GB"


def citation_locale(style: StyleInfo, language: str, asked: str | None,
                    processors: Processors) -> str | None:
    """The locale citations are formatted in: the one asked for; else, in a briefing whose
    language is not English and not the style's own, the briefing's language with its
    region ("de" → "de-DE"), when a locale file for it ships; else None, the style's own
    (an English briefing cites as its style says, and Heilmann cites in German anyway)."""
    if asked:
        return asked
    code = primary(language)
    if code in ("", "en") or code == primary(style.default_locale or "en-US"):
        return None
    tag = word_language(language)
    return tag if (processors.locales_dir / f"locales-{tag}.xml").is_file() else None


def template_context(briefing: Briefing, language: str = "en-GB") -> dict:
    """What template parts see: the fields with curly quotes, the date written out."""
    fields = {"title": briefing.title, "subtitle": briefing.subtitle,
              **vars(briefing.metadata)}
    values = {k: curly(clean(v), language) for k, v in fields.items()}
    values["date"] = as_written(values["date"], language)
    values["language"] = language
    return {
        "briefing": values,
        "sections": [{"key": s.key, "heading": s.heading} for s in briefing.sections],
    }


def linked(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """Spans with every URL in their text split out as a link."""
    out: list[Span] = []
    for span in spans:
        if span.url or "://" not in span.text:
            out.append(span)
            continue
        last = 0
        for found in _URL.finditer(span.text):
            if found.start() > last:
                out.append(replace(span, text=span.text[last:found.start()]))
            out.append(replace(span, text=found[0], url=found[0]))
            last = found.end()
        if last < len(span.text):
            out.append(replace(span, text=span.text[last:]))
    return tuple(out)


def _one_line(markup: str) -> str:
    return " ".join(line.text for line in parse_markup(markup) if line.kind != "blank").strip()


def original_quote(item: CitedClaim) -> str:
    """The claim's quote for a reader: whitespace folded, scraped Markdown ** markers dropped."""
    return " ".join(item.claim.quote.replace("**", "").split())


def status_note(item: CitedClaim, language: str = "en-GB") -> str:
    """The claim's status line for a reader ("" when nothing is to be said), in the
    briefing's language: a disputed or corrected claim always says so, with its reader's
    note; a corroborated one only when it has a reader's note (``core.quotes.reader_status``).
    The curator's note is never part of it."""
    claim = item.claim
    note = claim.reader_note_for(language).strip()
    if claim.status == "as reported" or (claim.status == "corroborated" and not note):
        return ""
    word = words(language)
    status = word["status"].format(status=word.get(claim.status, claim.status))
    return clean(" ".join(p for p in (status, note) if p))


class _Renderer:
    """One rendering: the counters and what has been printed once already."""

    def __init__(self, briefing: Briefing, template: Template, style: StyleInfo,
                 processors: Processors, options: RenderOptions):
        self.briefing, self.template, self.options = briefing, template, options
        self.language = language_of(briefing, template)
        self.words = words(self.language)
        sources, cites = cited_sources(briefing)
        self.citer = Citer(style, sources, processors,
                           locale=citation_locale(style, self.language, options.locale,
                                                  processors))
        self.in_text = self.citer.kind != "note"
        self.annexed = options.annex or self.in_text
        # Cite everything first: disambiguation (2025a/b) can change earlier citations.
        self.citations = iter(self.citer.cite_all(cites))
        self.numbered = (template.numbered_paragraphs if options.numbered is None
                         else options.numbered)
        self.paragraph_number = 0
        self.quoted: set[str] = set()  # claims whose original was printed
        self.published: set[str] = set()  # sources whose first publisher was named
        self.rendered: Rendered | None = None

    # ---- text ---------------------------------------------------------------------------

    def body(self, text: str) -> str:
        return curly(clean(text), self.language)

    def number(self) -> int:
        if not self.numbered:
            return 0
        self.paragraph_number += 1
        return self.paragraph_number

    def text_blocks(self, text: str, role: str, decision: tuple[str, ...] = ()) -> list[Block]:
        """The writer's own text: blank lines separate paragraphs; lines starting "- " are
        bullets; other line breaks are kept."""
        blocks = []
        for paragraph in _paragraphs(text):
            lines = paragraph.splitlines()
            if all(_BULLET.match(line) for line in lines):
                for line in lines:
                    content = linked((Span(self.body(_BULLET.sub("", line))),))
                    blocks.append(self.paragraph_block(content, role, "bullet", decision))
            else:
                joined = "\n".join(line.strip() for line in lines)
                content = linked((Span(self.body(joined)),))
                blocks.append(self.paragraph_block(content, role, "paragraph", decision))
        return blocks

    def paragraph_block(self, content: tuple[Inline, ...], role: str, kind: str = "paragraph",
                        decision: tuple[str, ...] = ()) -> Block:
        if decision:
            return Block("decision", content, role=role, number=self.number(), choices=decision)
        if kind == "bullet":
            return Block("bullet", content, role=role)
        if role == "comment":  # the writer's commentary goes with the claim's number, its
            return Block("paragraph", content, role=role, indented=bool(self.numbered))  # text
        return Block("paragraph", content, role=role, number=self.number())

    # ---- claims -------------------------------------------------------------------------

    def marker(self, item: CitedClaim) -> tuple[Span, ...]:
        if item.claim.status not in _NOT_AS_REPORTED:
            return ()
        word = self.words
        where = word["annex"] if self.annexed else word["note"]
        status = word.get(item.claim.status, item.claim.status)
        marker = self.template.status_marker
        if marker == DEFAULT_STATUS_MARKER and primary(self.language) == "de":
            marker = "[{status} – siehe {where}]"
        text = marker.format(status=status, where=where)
        return (Span(" "), Span(clean(text), bold=True))

    def extras(self, item: CitedClaim) -> list[tuple[Span, ...]]:
        """The note's paragraphs after the citation: original (once per claim), first
        publisher (once per source), status."""
        extras = []
        language = primary(item.source.language)
        if (self.options.include_quotes and item.claim.quote and language not in ("", "en")
                and item.claim.id not in self.quoted):
            self.quoted.add(item.claim.id)
            tag = normalise(item.source.language)
            if primary(self.language) == "en":  # "German original", "German translation of …"
                label = quote_label(item.claim, item.source) + ": "
            else:
                label = self.quote_label(item)
            extras.append((Span(clean(label)),
                           Span(clean(quoted(original_quote(item), tag)), lang=tag)))
        if item.source.publisher and item.source.id not in self.published:
            self.published.add(item.source.id)
            extras.append((Span(self.body(self.words["first_published"].format(
                publisher=item.source.publisher))),))
        status = status_note(item, self.language)
        if status:
            extras.append((Span(curly(status, self.language), italic=True),))
        return extras

    def quote_label(self, item: CitedClaim) -> str:
        """What stands before the quote in a briefing that is not in English: "Wortlaut im
        Original: ", or "Übersetzung (Deutsch) aus dem englischen Bericht von CNN über die
        Rede: " for a translated quote (what it translates in the briefing's language, else
        the English one, which the preflight names)."""
        claim, language = item.claim, primary(item.source.language)
        name = language_name(language, self.language)
        if not claim.quote_is_translation:
            same = language == primary(self.language)
            return self.words["original_same" if same else "original"].format(language=name)
        original = (claim.text_in("quote_translated_from", self.language)
                    or claim.quote_translated_from)
        key = "translation" + ("_by" if claim.quote_translator else "") + (
            "_of" if original else "")
        return self.words[key].format(language=name, translator=claim.quote_translator,
                                      original=original)

    def claim_blocks(self, item: CitedClaim, decision: tuple[str, ...]) -> list[Block]:
        rendered = self.rendered
        citation = linked(tuple(Span(clean(s.text), bold=s.bold, italic=s.italic)
                                for s in next(self.citations)))
        statement = self.body(item.claim.statement_for(self.language)).strip()
        marker = self.marker(item)
        extras = self.extras(item)
        if self.in_text:
            body, end = (statement[:-1], ".") if statement.endswith(".") else (statement, "")
            content = (Span(body + " "), *citation, Span(end), *marker)
        else:
            number = len(rendered.notes) + 1
            notes_extras = () if self.annexed else tuple(extras)
            rendered.notes.append(Note(number, citation, notes_extras))
            content = (Span(statement), *marker, NoteRef(number))
        block = self.paragraph_block(content, "claim", "paragraph", decision)
        if self.annexed and extras:
            self.annex_entry(item, block, extras)
        return [block]

    def annex_entry(self, item: CitedClaim, block: Block, extras) -> None:
        rendered = self.rendered
        if not rendered.annex:
            rendered.annex_heading = self.words["annex_heading"]
        if not self.in_text:
            label = self.words["note_label"].format(number=len(rendered.notes))
        elif block.number:
            label = self.words["paragraph_label"].format(number=block.number)
        else:
            words = item.claim.statement_for(self.language).split()
            label = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
            label = self.body(label)
        first, *rest = extras
        rendered.annex.append(Block("paragraph", (Span(f"{label}: ", bold=True), *first),
                                    role="annex"))
        rendered.annex += [Block("paragraph", extra, role="annex") for extra in rest]

    # ---- the document -------------------------------------------------------------------

    def render(self) -> Rendered:
        briefing, template = self.briefing, self.template
        context = template_context(briefing, self.language)
        in_text = self.in_text
        header = clean(_one_line(template.render("header", context)))
        classification = clean(briefing.metadata.classification).upper()
        footer = _without_marking(clean(_one_line(template.render("footer", context))),
                                  classification)
        self.rendered = rendered = Rendered(
            properties=_properties(briefing, template, self.language),
            header=header,
            footer=footer,
            classification=classification,
            marking_color=template.marking_colour(classification),
            note_kind="in-text" if in_text else self.options.notes,
            notes_heading=self.words["notes"],
            bibliography_heading=self.words["references" if in_text else "sources"],
            page_label=self.words["page"],
            reference_docx=str(template.reference_docx) if template.reference_docx else None,
            look=read_look(template.reference_docx),
            page_size=template.page_size,
            orientation=template.orientation,
            page_budget=template.page_budget,
        )
        blocks = rendered.blocks
        blocks += _markup_blocks(template.render("title", context), "template")
        blocks += _markup_blocks(template.render("metadata", context), "template")
        specs = {s.key: s for s in template.sections}
        action = briefing.metadata.action_sought
        for section in briefing.sections:
            spec = specs.get(section.key)
            if not section.items and spec is not None and not spec.required:
                continue  # an optional section left empty: nothing to print, not even its heading
            decision = spec.decision if spec is not None and spec.decides(action) else ()
            blocks.append(Block("heading", (Span(self.body(section.heading)),), level=1,
                                role="section"))
            for item in section.items:
                if isinstance(item, Paragraph):
                    blocks += self.text_blocks(item.text, "text", decision)
                    continue
                blocks += self.claim_blocks(item, decision)
                blocks += self.text_blocks(item.comment, "comment")
        blocks += _forms(_markup_blocks(template.render("closing", context), "template"))
        rendered.bibliography = [
            linked(tuple(Span(clean(s.text), bold=s.bold, italic=s.italic) for s in entry))
            for entry in self.citer.bibliography()
        ]
        return rendered


def render(briefing: Briefing, template: Template, style: StyleInfo, processors: Processors,
           options: RenderOptions = RenderOptions()) -> Rendered:
    return _Renderer(briefing, template, style, processors, options).render()


def _markup_blocks(markup: str, role: str) -> list[Block]:
    blocks = []
    for line in parse_markup(clean(markup)):
        if line.kind == "blank":
            continue
        # Template output is text like any other: a hostile template cannot smuggle
        # characters into the document that Word cannot hold.
        spans = tuple(Span(clean(text), bold=bold) for text, bold in line.spans if text)
        level = 2 if line.kind == "heading" else 1
        blocks.append(Block(_MARKUP_KINDS[line.kind], linked(spans), level=level, role=role))
    return blocks


_FORM_LINES = ("checkbox", "signature", "paragraph", "bullet")


def _forms(blocks: list[Block]) -> list[Block]:
    """A heading's following lines (boxes, signature lines, labels) as one form block, so
    the writers keep them together (and with the heading); other blocks as they are."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind == "heading" or block.kind in ("checkbox", "signature"):
            start = i + 1 if block.kind == "heading" else i
            end = start
            while end < len(blocks) and blocks[end].kind in _FORM_LINES:
                end += 1
            lines = tuple(blocks[start:end])
            if block.kind == "heading":
                out.append(block)
            if any(line.kind in ("checkbox", "signature") for line in lines):
                out.append(Block("form", lines=lines, role=block.role))
            else:
                out += lines
            i = max(end, i + 1)
            continue
        out.append(block)
        i += 1
    return out


def _without_marking(footer: str, classification: str) -> str:
    """The footer line without the classification marking: the writers print the marking
    once, at the foot of every page, in the marking's own colour and weight."""
    if not classification:
        return footer
    parts = [p.strip() for p in re.split(r"\s+\|\s+|\s{2,}\|\s{2,}", footer)]
    kept = [p for p in parts if p and p.upper() != classification]
    return "  |  ".join(kept)


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", clean(text).replace("\r\n", "\n"))
            if p.strip()]


_BULLET = re.compile(r"^\s*[-•*]\s+")


def cited_sources(briefing: Briefing) -> tuple[list[Source], list[tuple[str, None]]]:
    """The sources a briefing cites (each once) and its citations, as `Citer.cite_all` takes
    them, in document order."""
    cited = briefing.cited()
    sources = list({item.source.id: item.source for item in cited}.values())
    return sources, [(item.source.id, None) for item in cited]


def _properties(briefing: Briefing, template: Template, language: str) -> Properties:
    topics = sorted({t for item in briefing.cited() for t in item.claim.topics})
    date = parse_date(briefing.metadata.date)
    return Properties(
        title=clean(briefing.title),
        subject=clean(briefing.subtitle or template.name),
        author=clean(briefing.metadata.author),
        keywords=clean(", ".join(topics)),
        comments=clean(briefing.metadata.classification.upper()),
        date=date.isoformat() if date else "",
        language=language,
        classification=clean(briefing.metadata.classification).upper(),
    )
