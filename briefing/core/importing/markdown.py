"""Markdown files, kept as the author wrote them.

Decision: the source text is the file's text with its Markdown markup left in,
not a rendering of it. A reader of the source sees exactly what the file says,
quotes are found by plain search, and offsets stay meaningful against the file.
Only a leading YAML front-matter block (``---`` … ``---``) is taken out: it is
metadata, not content, and pre-fills title, author, date, language, URL and outlet.
Without front matter the first ``#`` heading is the title.
"""

from __future__ import annotations

import re

from briefing.core.importing.base import (
    ImportedDocument,
    clean_text,
    decode_text,
    first_line,
    iso_date,
)

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# The start of a "# Title" line; the title is the rest of the line without its closing #s
# (a regex that took those off too backtracked on every character: a 200 KB heading line of
# "# # # …" took minutes).
_HEADING = re.compile(r"^#[ \t]+(?=[^\n])", re.M)
_KEYS = {
    "title": "title", "author": "author", "authors": "author", "date": "published",
    "published": "published", "lang": "language", "language": "language", "url": "url",
    "link": "url", "outlet": "outlet", "site": "outlet", "publisher": "publisher",
    "description": "note",
}


def read_markdown(data: bytes, name: str) -> ImportedDocument:
    text, warnings = decode_text(data, name)
    text, more = clean_text(text)
    metadata: dict = {}
    front = _FRONT.match(text)
    if front:
        metadata = _front_matter(front.group(1))
        text = text[front.end():].strip()
    if not metadata.get("title"):
        heading = _HEADING.search(text)
        if heading:
            metadata["title"] = first_line(_heading_text(text, heading.end()))
    return ImportedDocument(text=text, metadata=metadata, format="markdown",
                            warnings=warnings + more)


def _heading_text(text: str, start: int) -> str:
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)]
    return line.rstrip(" \t#") or line[:1]


def _front_matter(block: str) -> dict:
    found = {}
    for line in block.splitlines():
        key, sep, value = line.partition(":")
        field = _KEYS.get(key.strip().lower())
        if not sep or field is None or field in found:
            continue
        value = value.strip().strip("\"'")
        if field == "published":
            value = iso_date(value)
        elif field == "language":
            value = value.lower()[:12]
        if value:
            found[field] = first_line(value)
    return found
