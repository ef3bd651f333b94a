"""Every failure the core reports, one class each, with a message a person can act on.

The command line prints ``str(error)`` on one line; the GUI shows it in a dialog.
Nothing here knows about either.
"""


class BriefingError(Exception):
    """Base class: the message is a complete sentence for the user."""


class LibraryError(BriefingError):
    """The library file cannot be used."""


class QueryInterrupted(LibraryError):
    """A query was stopped by ``Library.interrupt`` (a newer search replaced it)."""


class LibraryCorruptError(LibraryError):
    """The library file is damaged or not a library at all."""


class LibraryVersionError(LibraryError):
    """The library file was written by a newer version of Briefing."""


class BundleError(LibraryError):
    """The curated library shipped with the app is malformed."""


class NotFoundError(BriefingError):
    """Something asked for by id does not exist."""


class UnknownClaimError(NotFoundError):
    pass


class UnknownSourceError(NotFoundError):
    pass


class InvalidFilterError(BriefingError):
    """A search filter that can never match or cannot be understood."""
