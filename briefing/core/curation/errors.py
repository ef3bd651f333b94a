"""What can go wrong capturing or editing claims; each message says what to do."""

from __future__ import annotations

from briefing.core.errors import BriefingError


class ClaimInputError(BriefingError):
    """A claim field is missing or malformed (kind, status, date, empty statement)."""


class QuoteNotFoundError(ClaimInputError):
    """The quote does not occur verbatim in the source text (or not at the given offset)."""


class AmbiguousQuoteError(ClaimInputError):
    """The quote occurs more than once; the offsets say where."""

    def __init__(self, message: str, offsets: list[int], **params):
        super().__init__(message, **params)
        self.offsets = offsets


class ClaimInUseError(BriefingError):
    """A claim cannot be deleted (bundled, or cited by briefings): retire it instead."""


class LinkError(BriefingError):
    """Two claims cannot be linked as they were asked to be."""
