"""A run of formatted text: what a citation style's output becomes (``citations.fixes``) and
what every export writer lays out (``export.blocks``). One class for both, so a citation's
runs go into a document as they are."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A run of text with its formatting; "".join(s.text for s in spans) is the plain text."""

    text: str
    italic: bool = False
    bold: bool = False
    lang: str = ""  # BCP 47 ("de", "zh-Hans") when not the document's language (exports)
    url: str = ""  # a link: the text is shown, the URL is the target (exports)
