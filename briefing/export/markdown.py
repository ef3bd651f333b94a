"""Rendered blocks → Markdown with footnotes ([^1]), as pandoc and most editors read it.

A note's further paragraphs are indented continuation paragraphs of the same note; typed
line breaks are hard breaks (a backslash at the end of the line); links are links;
numbered paragraphs keep their numbers; a decision block is its recommendation followed
by task-list boxes.
"""

from __future__ import annotations

import re

from briefing.export.blocks import Block, NoteRef, Rendered

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_LINE_START = re.compile(r"^(\s*)(\d+)([.)])(\s)|^(\s*)([-+=])(\s|$)", re.MULTILINE)


def _escape(text: str) -> str:
    text = _SPECIAL.sub(r"\\\1", text)
    # A paragraph must not turn into a list or a heading underline by how it starts.
    return _LINE_START.sub(lambda m: (f"{m[1]}{m[2]}\\{m[3]}{m[4]}" if m[2]
                                      else f"{m[5]}\\{m[6]}{m[7]}"), text)


def _inline(content, indent: str = "") -> str:
    out = []
    for piece in content:
        if isinstance(piece, NoteRef):
            out.append(f"[^{piece.number}]")
            continue
        text = _escape(piece.text)
        if piece.text.strip() and (piece.bold or piece.italic):
            mark = ("**" if piece.bold else "") + ("*" if piece.italic else "")
            lead, core, tail = re.match(r"(\s*)(.*?)(\s*)$", text, re.DOTALL).groups()
            text = f"{lead}{mark}{core}{mark[::-1]}{tail}"
        if piece.url:
            text = f"<{piece.url}>" if piece.text == piece.url else f"[{text}]({piece.url})"
        out.append(text)
    # A typed line break is a hard break: a backslash at the end of the line.
    return "".join(out).replace("\n", "\\\n" + indent)


def _block(block: Block) -> list[str]:
    text = _inline(block.content)
    if block.kind == "title":
        return [f"# {text}", ""]
    if block.kind == "subtitle":
        return [f"*{text}*", ""]
    if block.kind == "heading":
        return [f"{'#' * (block.level + 1)} {text}", ""]
    if block.kind == "bullet":
        return [f"- {_inline(block.content, '  ')}"]
    if block.kind == "checkbox":
        return [f"- [ ] {text}", ""]
    if block.kind == "signature":
        return [f"\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ {text}", ""]
    if block.kind == "decision":
        lead = f"{block.number}. " if block.number else ""
        pad = " " * len(lead) if lead else ""
        lines = [f"{lead}{_inline(block.content, pad)}", ""]
        return lines + [f"{pad}- [ ] {choice}" for choice in block.choices] + [""]
    if block.kind == "form":
        lines = []
        for line in block.lines:
            inner = _inline(line.content)
            if line.kind == "checkbox":
                lines.append(f"- [ ] {inner}")
            elif line.kind == "signature":
                rule = "\\_" * 16
                lines += ["", f"{inner}: {rule}" if inner else rule, ""]
            else:
                lines += ["", inner, ""]
        return lines + [""]
    if block.number:
        lead = f"{block.number}. "
        return [f"{lead}{_inline(block.content, ' ' * len(lead))}", ""]
    if block.indented:  # part of the numbered paragraph before it (a list item's paragraph)
        return ["    " + _inline(block.content, "    "), ""]
    return [text, ""]


def _blocks(blocks: list[Block]) -> list[str]:
    lines: list[str] = []
    for index, block in enumerate(blocks):
        lines += _block(block)
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if block.kind == "bullet" and (following is None or following.kind != "bullet"):
            lines.append("")  # a run of bullets is one list
    return lines


def write_markdown(rendered: Rendered) -> bytes:
    lines: list[str] = []
    if rendered.classification:
        lines += [f"**{_escape(rendered.classification)}**", ""]
    if rendered.header and rendered.header != rendered.classification:
        # The template's header line (beside the marking: "amtlich geheim gehalten")
        lines += [f"**{_escape(rendered.header)}**", ""]
    lines += _blocks(rendered.blocks)
    if rendered.bibliography:
        lines += [f"## {rendered.bibliography_heading}", ""]
        lines += [line for entry in rendered.bibliography for line in (_inline(entry), "")]
    if rendered.annex:
        lines += [f"## {_escape(rendered.annex_heading)}", ""]
        lines += _blocks(rendered.annex)
    for note in rendered.notes:
        lines.append(f"[^{note.number}]: {_inline(note.content, '    ')}")
        for extra in note.paragraphs:  # indented: the same note's next paragraph
            lines += ["", f"    {_inline(extra, '    ')}"]
        lines.append("")
    if rendered.classification:
        lines += ["", f"**{_escape(rendered.classification)}**"]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return (text.strip() + "\n").encode("utf-8")
