"""Rendered blocks → one standalone HTML file (inline CSS, numbered notes, no external links).

The page carries the briefing's language (``<html lang>``) and each German or Chinese
span its own (``lang="de"``, ``lang="zh-Hans"``); a run of bullets is one list; notes sit
under a "Notes" heading, each with a back-link a screen reader can name; decision and
signature blocks are tables; printed, the classification marking repeats at the top and
bottom of every page (print CSS).
"""

from __future__ import annotations

import re
from html import escape

from briefing.export.blocks import Block, NoteRef, Rendered, Span
from briefing.export.scripts import script_segments

CSS = """
body { font-family: "Noto Serif", Georgia, serif; max-width: 44em; margin: 2em auto;
       line-height: 1.45; padding: 0 1em; }
.marking { text-align: center; font-weight: bold; letter-spacing: .08em; color: #c00000; }
h1.title { font-size: 1.8em; margin-bottom: .2em; }
.subtitle { font-style: italic; color: #444; }
.notes, .bibliography, .annex { font-size: .9em; }
.bibliography p { padding-left: 2em; text-indent: -2em; }
sup a { text-decoration: none; }
.number { display: inline-block; min-width: 2em; }
p.indented { margin-left: 2em; }
.status { font-weight: bold; }
table.decision { border-collapse: collapse; width: 100%; margin: .5em 0; }
table.decision td { border: 1px solid #808080; padding: .4em .6em; vertical-align: top; }
table.form { border-collapse: collapse; width: 100%; margin: .5em 0; }
table.form td { padding: .5em .4em; vertical-align: bottom; }
table.form td.line { border-bottom: 1px solid #000; width: 65%; }
table.decision, table.form, tr { page-break-inside: avoid; break-inside: avoid; }
.print-marking { display: none; }
@media print {
  .print-marking { display: block; position: fixed; left: 0; right: 0; }
  .print-marking.top { top: 0; }
  .print-marking.bottom { bottom: 0; }
  .marking.screen { display: none; }
  @page { margin: 25mm 20mm; }
}
"""
_SCRIPT_LANGUAGE = {"zh": "zh-Hans", "ja": "ja", "ko": "ko", "he": "he", "ar": "ar"}


def _span(piece: Span) -> str:
    if piece.lang:
        text = f'<span lang="{escape(piece.lang)}">{_text(piece.text)}</span>'
    else:
        text = "".join(
            f'<span lang="{_SCRIPT_LANGUAGE[script]}">{_text(chunk)}</span>'
            if script in _SCRIPT_LANGUAGE else _text(chunk)
            for script, chunk in script_segments(piece.text))
    if piece.italic:
        text = f"<em>{text}</em>"
    if piece.bold:
        text = f"<strong>{text}</strong>"
    if piece.url:
        text = f'<a href="{escape(piece.url)}">{text}</a>'
    return text


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _inline(content) -> str:
    out = []
    for piece in content:
        if isinstance(piece, NoteRef):
            n = piece.number
            out.append(f'<sup id="ref{n}"><a href="#note{n}" aria-label="Note {n}">{n}</a></sup>')
        else:
            out.append(_span(piece))
    return "".join(out)


def _number(block: Block) -> str:
    # (a space after it: the preview's QTextBrowser ignores the inline-block's width)
    return f'<span class="number">{block.number}.</span> ' if block.number else ""


def _block(block: Block) -> str:
    text = _inline(block.content)
    if block.kind == "title":
        return f'<h1 class="title">{text}</h1>'
    if block.kind == "subtitle":
        return f'<p class="subtitle">{text}</p>'
    if block.kind == "heading":
        level = min(block.level + 1, 4)
        return f"<h{level}>{text}</h{level}>"
    if block.kind == "checkbox":
        return f"<p>☐ {text}</p>"
    if block.kind == "signature":
        return f"<p>________________________ {text}</p>"
    if block.kind == "decision":
        boxes = "<br>".join(f"☐ {escape(choice)}" for choice in block.choices)
        return (f'<table class="decision"><tr><td>{_number(block)}{text}</td>'
                f"<td>{boxes}</td></tr></table>")
    if block.kind == "form":
        rows = []
        for line in block.lines:
            inner = _inline(line.content)
            if line.kind == "signature":
                rows.append(f'<tr><td>{inner}</td><td class="line"></td></tr>')
            elif line.kind == "checkbox":
                rows.append(f'<tr><td colspan="2">☐ {inner}</td></tr>')
            else:
                rows.append(f'<tr><td colspan="2">{inner}</td></tr>')
        return f'<table class="form">{"".join(rows)}</table>'
    classes = (block.role or "text") + (" indented" if block.indented else "")
    return f'<p class="{classes}">{_number(block)}{text}</p>'


def _blocks(blocks: list[Block]) -> list[str]:
    """Blocks as HTML, a run of bullets as one list."""
    parts: list[str] = []
    bullets: list[str] = []
    for block in blocks:
        if block.kind == "bullet":
            bullets.append(f"<li>{_inline(block.content)}</li>")
            continue
        if bullets:
            parts.append("<ul>" + "".join(bullets) + "</ul>")
            bullets = []
        parts.append(_block(block))
    if bullets:
        parts.append("<ul>" + "".join(bullets) + "</ul>")
    return parts


def marking_colour(rendered: Rendered) -> str:
    """The colour the marking is printed in, as Word and the PDF print it: the template's
    colour for this marking (GEHEIM in red), else its header style's ("" for the CSS's)."""
    look = rendered.look.style("header").color if rendered.look is not None else ""
    for colour in (rendered.marking_color, look):
        if re.fullmatch(r"[0-9A-Fa-f]{6}", colour or ""):
            return colour.upper()
    return ""


def body_html(rendered: Rendered, markings: bool = True) -> str:
    """The document body (no <html> wrapper): used by the file writer and the preview."""
    parts = []
    colour = marking_colour(rendered)
    style = f' style="color: #{colour}"' if colour else ""
    marking = f'<p class="marking screen"{style}>'
    if rendered.classification and markings:
        parts.append(f"{marking}{escape(rendered.classification)}</p>")
    if _header_line(rendered) and markings:
        parts.append(f"{marking}{escape(_header_line(rendered))}</p>")
    parts += _blocks(rendered.blocks)
    if rendered.notes:
        parts.append(f'<h2 id="notes">{escape(rendered.notes_heading)}</h2>'
                     '<ol class="notes">')
        for note in rendered.notes:
            n = note.number
            extra = "".join(f"<br>{_inline(p)}" for p in note.paragraphs)
            parts.append(f'<li id="note{n}">{_inline(note.content)}{extra} '
                         f'<a href="#ref{n}" aria-label="Back to reference {n}">↩</a></li>')
        parts.append("</ol>")
    if rendered.bibliography:
        parts.append(f"<h2>{escape(rendered.bibliography_heading)}</h2>"
                     '<div class="bibliography">')
        parts += [f"<p>{_inline(entry)}</p>" for entry in rendered.bibliography]
        parts.append("</div>")
    if rendered.annex:
        parts.append(f'<h2>{escape(rendered.annex_heading)}</h2><div class="annex">')
        parts += _blocks(rendered.annex)
        parts.append("</div>")
    if rendered.classification and markings:
        parts.append(f"{marking}{escape(rendered.classification)}</p>")
    return "\n".join(parts)


def _header_line(rendered: Rendered) -> str:
    """The template's header line when it is more than the marking ("amtlich geheim
    gehalten" beside VS-VERTRAULICH), else ""."""
    header = rendered.header
    return header if header and header != rendered.classification else ""


def write_html(rendered: Rendered) -> bytes:
    info = rendered.properties
    title = escape(info.title or "Briefing")
    marking = escape(rendered.classification)
    top = "<br>".join(escape(line) for line in (rendered.classification, _header_line(rendered))
                      if line)
    printed = (f'<div class="print-marking top marking" aria-hidden="true">{top}</div>'
               f'<div class="print-marking bottom marking" aria-hidden="true">{marking}</div>\n'
               if marking else "")
    colour = f" .marking {{ color: #{marking_colour(rendered)}; }}" \
        if marking_colour(rendered) else ""
    meta = f'<meta name="author" content="{escape(info.author)}">'
    if marking:
        meta += f'<meta name="classification" content="{marking}">'
    page = (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(info.language)}"><head><meta charset="utf-8">'
        f"<title>{title}</title>{meta}"
        f"<style>{CSS}{colour}</style></head><body>\n{printed}{body_html(rendered)}\n"
        "</body></html>\n"
    )
    return page.encode("utf-8")
