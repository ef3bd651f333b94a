"""The line markup that template parts render to, and its parser.

Parts (``briefing.core.templates``) produce text; the exporter turns it into Word
paragraphs through :func:`parse_markup`, which gives one :class:`Line` (kind, spans of
(text, bold)) per line. Leading and trailing spaces of a line are ignored::

    # text       kind "title"        title paragraph
    ## text      kind "subtitle"     subtitle
    ### text     kind "heading"      heading
    - text       kind "bullet"       bulleted paragraph
    [ ] text     kind "checkbox"     decision line; the exporter shows it as "☐ text"
    ___ text     kind "signature"    3+ underscores: a line to write on; text is its label
    (empty)      kind "blank"        paragraph break (runs collapse to one; none at the ends)
    other        kind "paragraph"    normal paragraph, one per line

Within any line ``**bold**`` marks bold spans (an unpaired ``**`` stays literal) and
``\\x`` stands for a literal x. :func:`escape_markup` makes any text literal; the
template context is escaped with it, so a user's title or name never becomes markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PREFIXES = (
    ("### ", "heading"),
    ("## ", "subtitle"),
    ("# ", "title"),
    ("- ", "bullet"),
    ("[ ] ", "checkbox"),
)
_SIGNATURE = re.compile(r"_{3,}(?=\s|\Z)\s*")


@dataclass(frozen=True)
class Line:
    kind: str  # title subtitle heading bullet checkbox signature paragraph blank
    spans: tuple[tuple[str, bool], ...] = ()  # (text, bold)

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.spans)


def escape_markup(text: str) -> str:
    """text as a literal in the markup: one line, no markup characters active."""
    text = " ".join(text.splitlines()).strip()
    text = text.replace("\\", "\\\\").replace("*", "\\*")
    return "\\" + text if text[:1] in ("#", "-", "[", "_") else text


def parse_markup(text: str) -> list[Line]:
    lines: list[Line] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            if lines and lines[-1].kind != "blank":
                lines.append(Line("blank"))
            continue
        kind, rest = "paragraph", line
        for prefix, name in _PREFIXES:
            if line.startswith(prefix):
                kind, rest = name, line[len(prefix) :]
                break
        else:
            if line == "[ ]":
                kind, rest = "checkbox", ""
            elif found := _SIGNATURE.match(line):
                kind, rest = "signature", line[found.end() :]
        lines.append(Line(kind, _spans(rest.strip())))
    while lines and lines[-1].kind == "blank":
        lines.pop()
    return lines


def _spans(text: str) -> tuple[tuple[str, bool], ...]:
    tokens: list[str | None] = []  # None: a ** marker
    buffer: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            buffer.append(text[i + 1])
            i += 2
        elif text.startswith("**", i):
            tokens += ["".join(buffer), None]
            buffer, i = [], i + 2
        else:
            buffer.append(text[i])
            i += 1
    tokens.append("".join(buffer))
    markers = [i for i, token in enumerate(tokens) if token is None]
    if len(markers) % 2:
        tokens[markers[-1]] = "**"
    spans: list[tuple[str, bool]] = []
    bold = False
    for token in tokens:
        if token is None:
            bold = not bold
        elif token:
            if spans and spans[-1][1] == bold:
                spans[-1] = (spans[-1][0] + token, bold)
            else:
                spans.append((token, bold))
    return tuple(spans)
