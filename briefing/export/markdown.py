"""Rendered blocks → Markdown with footnotes ([^1]), as pandoc and most editors read it."""

from __future__ import annotations

import re

from briefing.export.blocks import NoteRef, Rendered

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


_LINE_START = re.compile(r"^(\s*)(\d+)([.)])(\s)|^(\s*)([-+=])(\s|$)")


def _escape(text: str) -> str:
    text = _SPECIAL.sub(r"\\\1", text)
    # A paragraph must not turn into a list or a heading underline by how it starts.
    return _LINE_START.sub(lambda m: (f"{m[1]}{m[2]}\\{m[3]}{m[4]}" if m[2]
                                      else f"{m[5]}\\{m[6]}{m[7]}"), text)


def _inline(content) -> str:
    out = []
    for piece in content:
        if isinstance(piece, NoteRef):
            out.append(f"[^{piece.number}]")
            continue
        text = _escape(piece.text)
        if piece.text.strip() and (piece.bold or piece.italic):
            mark = ("**" if piece.bold else "") + ("*" if piece.italic else "")
            lead, core, tail = re.match(r"(\s*)(.*?)(\s*)$", text, re.S).groups()
            text = f"{lead}{mark}{core}{mark[::-1]}{tail}"
        out.append(text)
    return "".join(out).replace("\n", " ")


def write_markdown(rendered: Rendered) -> bytes:
    lines: list[str] = []
    if rendered.classification:
        lines += [f"**{_escape(rendered.classification)}**", ""]
    for block in rendered.blocks:
        text = _inline(block.content)
        if block.kind == "title":
            lines += [f"# {text}", ""]
        elif block.kind == "subtitle":
            lines += [f"*{text}*", ""]
        elif block.kind == "heading":
            lines += [f"{'#' * (block.level + 1)} {text}", ""]
        elif block.kind == "bullet":
            lines += [f"- {text}", ""]
        elif block.kind == "checkbox":
            lines += [f"- [ ] {text}", ""]
        elif block.kind == "signature":
            lines += [f"\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ {text}", ""]
        else:
            lines += [text, ""]
    if rendered.bibliography:
        lines += [f"## {rendered.bibliography_heading}", ""]
        lines += [line for entry in rendered.bibliography for line in (_inline(entry), "")]
    for note in rendered.notes:
        lines.append(f"[^{note.number}]: {_inline(note.content)}")
        lines += [f"    {_inline(extra)}" for extra in note.paragraphs]
    if rendered.classification:
        lines += ["", f"**{_escape(rendered.classification)}**"]
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")
