"""Every failure the core reports, one class each, with a message a person can act on.

The command line prints ``str(error)`` on one line (in English); the GUI shows it in a dialog,
in the interface's language. Nothing here knows about either.

A message the GUI should translate is written as a template marked with ``marked`` (which
``pyside6-lupdate`` reads as Qt's ``QT_TRANSLATE_NOOP``: scripts/update-translations.sh) and its
parameters: ``raise LibraryBusyError(marked("core", "The library {path} is busy."),
path=path)``. ``str(error)`` is the English sentence, as before; the GUI looks the template
up in its translations (``briefing/gui/messages.py``) and fills in the same parameters. A
message written without parameters is looked up whole; one that is not translated is shown
in English.
"""

from __future__ import annotations


def marked(context: str, text: str) -> str:
    """``text``, marked for translation by the GUI under ``context`` (it changes nothing)."""
    return text


class BriefingError(Exception):
    """Base class: the message is a complete sentence for the user.

    ``BriefingError(template, **params)``: the message is ``template.format(**params)``;
    ``template`` and ``params`` are kept for the GUI's translation."""

    def __init__(self, message: str = "", *args, **params):
        self.template, self.params = str(message), params
        super().__init__(str(message).format(**params) if params else message, *args)


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
