"""Rendered blocks → one standalone HTML file (inline CSS, numbered notes, no external links)."""

from __future__ import annotations

from html import escape

from briefing.export.blocks import NoteRef, Rendered

CSS = """
body { font-family: "Noto Serif", Georgia, serif; max-width: 44em; margin: 2em auto;
       line-height: 1.45; padding: 0 1em; }
.marking { text-align: center; font-weight: bold; letter-spacing: .08em; }
h1.title { font-size: 1.8em; margin-bottom: .2em; }
.subtitle { font-style: italic; color: #444; }
.notes, .bibliography { font-size: .9em; }
.bibliography p { padding-left: 2em; text-indent: -2em; }
sup a { text-decoration: none; }
.checkbox::before { content: "\\2610\\00a0"; }
"""


def _inline(content) -> str:
    out = []
    for piece in content:
        if isinstance(piece, NoteRef):
            n = piece.number
            out.append(f'<sup id="ref{n}"><a href="#note{n}">{n}</a></sup>')
            continue
        text = escape(piece.text)
        if piece.italic:
            text = f"<em>{text}</em>"
        if piece.bold:
            text = f"<strong>{text}</strong>"
        out.append(text)
    return "".join(out)


def body_html(rendered: Rendered, markings: bool = True) -> str:
    """The document body (no <html> wrapper): used by the file writer, previews and the PDF
    (which prints the marking in its page header and footer instead: ``markings=False``)."""
    parts = []
    if rendered.classification and markings:
        parts.append(f'<p class="marking">{escape(rendered.classification)}</p>')
    for block in rendered.blocks:
        text = _inline(block.content)
        if block.kind == "title":
            parts.append(f'<h1 class="title">{text}</h1>')
        elif block.kind == "subtitle":
            parts.append(f'<p class="subtitle">{text}</p>')
        elif block.kind == "heading":
            level = min(block.level + 1, 4)
            parts.append(f"<h{level}>{text}</h{level}>")
        elif block.kind == "bullet":
            parts.append(f"<ul><li>{text}</li></ul>")
        elif block.kind == "checkbox":
            parts.append(f'<p class="checkbox">{text}</p>')
        elif block.kind == "signature":
            parts.append(f"<p>________________________ {text}</p>")
        else:
            parts.append(f'<p class="{block.role or "text"}">{text}</p>')
    if rendered.notes:
        parts.append('<hr><ol class="notes">')
        for note in rendered.notes:
            extra = "".join(f"<br>{_inline(p)}" for p in note.paragraphs)
            parts.append(f'<li id="note{note.number}">{_inline(note.content)}{extra} '
                         f'<a href="#ref{note.number}">↩</a></li>')
        parts.append("</ol>")
    if rendered.bibliography:
        parts.append(f"<h2>{escape(rendered.bibliography_heading)}</h2><div class=\"bibliography\">")
        parts += [f"<p>{_inline(entry)}</p>" for entry in rendered.bibliography]
        parts.append("</div>")
    if rendered.classification and markings:
        parts.append(f'<p class="marking">{escape(rendered.classification)}</p>')
    return "\n".join(parts)


def write_html(rendered: Rendered) -> bytes:
    title = escape(rendered.properties.title or "Briefing")
    page = (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(rendered.properties.language)}"><head><meta charset="utf-8">'
        f"<title>{title}</title>"
        f'<meta name="author" content="{escape(rendered.properties.author)}">'
        f"<style>{CSS}</style></head><body>\n{body_html(rendered)}\n</body></html>\n"
    )
    return page.encode("utf-8")
