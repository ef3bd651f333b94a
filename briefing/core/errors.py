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
    """The library file is damaged: SQLite says it is not a database or is malformed, or its
    integrity check failed. Only this error ever moves a library aside and rebuilds it."""


class LibraryForeignError(LibraryError):
    """The file at the library path is another program's SQLite database; it is left alone."""


class LibraryBusyError(LibraryError):
    """Another program (another Briefing window or command) held the library longer than the
    wait allows. The file is fine; try again."""


class LibraryReadOnlyError(LibraryError):
    """The library file or its folder cannot be written; reading still works."""


class LibraryFullError(LibraryError):
    """The disk holding the library is full; the change was not made."""


class LibraryIOError(LibraryError):
    """The disk reported an error reading or writing the library file."""


class QueryTooComplexError(BriefingError):
    """A search SQLite cannot run as asked (too many words); the library is fine."""


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
