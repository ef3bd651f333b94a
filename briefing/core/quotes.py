"""How a claim's quote and notes are introduced to a reader (export, CLI and GUI alike).

A quote in the source's own words is its "German original"; a quote that is a translation
(``Claim.quote_is_translation``) is said to be one, e.g. "German translation of CNN's
English report of the speech", so a footnote never presents a translated report as the
speaker's words.
"""

from __future__ import annotations

from briefing.core.model import Claim, Source
from briefing.core.text.languages import language_name


def quote_label(claim: Claim, source: Source) -> str:
    """What stands before the quote: "German original", or "German translation [by X] [of Y]"."""
    name = language_name(source.language)
    if not claim.quote_is_translation:
        return f"{name} original" if name else "Original"
    label = f"{name} translation" if name else "Translation"
    if claim.quote_translator:
        label += f" by {claim.quote_translator}"
    if claim.quote_translated_from:
        label += f" of {claim.quote_translated_from}"
    return label


def reader_status(claim: Claim) -> str:
    """The claim's status line for a reader, or "" when nothing is to be said.

    A claim "as reported" says nothing. A disputed or corrected claim always says so, with
    its reader's note; a corroborated one only when it has a reader's note. The curator's
    note is never part of it.
    """
    if claim.status == "as reported" or (claim.status == "corroborated" and not claim.reader_note):
        return ""
    return " ".join(p for p in (f"Status: {claim.status}.", claim.reader_note.strip()) if p)
