"""What an SQLite error means: one typed error each, with what to do, and what happens to the
library file.

Only a file SQLite says is malformed or not a database (``SQLITE_CORRUPT``,
``SQLITE_NOTADB``), or one that fails the integrity check, is damaged; only that moves a
library aside and rebuilds it (``safety.LibraryGuard``). Every other error leaves the file
as it is:

=================================== ======================================== =================
SQLite error                         the user reads                           the library file
=================================== ======================================== =================
SQLITE_CORRUPT, SQLITE_NOTADB,       damaged: kept aside, rebuilt, own work   moved aside
failed ``PRAGMA quick_check``        restored from the newest backup, and     (never deleted,
                                     what was not restored                    never overwritten)
SQLITE_BUSY, SQLITE_LOCKED           busy: another window or command is       untouched
(after waiting ``BUSY_TIMEOUT``)     writing to it; try again
SQLITE_READONLY, SQLITE_PERM,        read-only: make it (or its folder)       untouched; reading
SQLITE_CANTOPEN                      writable; searching still works          still works
SQLITE_FULL                          the disk is full: free space, try again  untouched (the
                                                                              change rolled back)
SQLITE_IOERR                         the disk reported an error: check it     untouched
SQLITE_TOOBIG, "too large",          the search has too many words            untouched
"too many" (query limits)
SQLITE_INTERRUPT                     (a newer search replaced it)             untouched
=================================== ======================================== =================
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefing.core.errors import (
    BriefingError,
    LibraryBusyError,
    LibraryCorruptError,
    LibraryError,
    LibraryFullError,
    LibraryIOError,
    LibraryReadOnlyError,
    QueryInterrupted,
    QueryTooComplexError,
    marked,
)

BUSY_TIMEOUT = 15.0  # seconds a writer waits for another to finish (sqlite3's busy handler)

_PRIMARY = 0xFF  # an extended result code's primary part (SQLITE_IOERR_WRITE -> SQLITE_IOERR)


def _no_room(path: Path | str, code: int | None) -> bool:
    """An I/O error or a file SQLite cannot open, on a disk with no room left: a full disk
    (SQLite cannot make its -shm or journal file there)."""
    if code not in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, None):
        return False
    import shutil  # (only once an error happened: not on every command's start)

    try:
        return shutil.disk_usage(Path(path).parent).free < 256 * 1024
    except OSError:
        return False


def code_of(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & _PRIMARY


def is_damage(exc: BaseException) -> bool:
    """True only when SQLite says the file is malformed or not a database."""
    if isinstance(exc, LibraryCorruptError):
        return True
    if not isinstance(exc, sqlite3.Error):
        return False
    code = code_of(exc)
    if code is not None:
        return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    text = str(exc).lower()  # errors raised without a code (older Pythons)
    return "malformed" in text or "not a database" in text


def as_typed(exc: BaseException, path: Path | str = "in use") -> BriefingError | None:
    """The typed error for any exception that is an SQLite error (for code that must not know
    sqlite3, such as the GUI's task runner), else None."""
    return classify(exc, path) if isinstance(exc, sqlite3.Error) else None


def classify(exc: sqlite3.Error, path: Path | str) -> BriefingError:
    """The typed error, with a message a person can act on, for an SQLite error on the
    library at ``path``."""
    code = code_of(exc)
    text = str(exc)
    lower = text.lower()
    if is_damage(exc):
        return LibraryCorruptError(marked("core", "The library {path} is damaged ({detail}). Start "
                                                  "Briefing (or run the command) again: it "
                                                  "will keep the damaged file aside, rebuild "
                                                  "the library and restore your own sources "
                                                  "and claims from the newest backup."),
                                   path=path, detail=text)
    if code == sqlite3.SQLITE_INTERRUPT or "interrupt" in lower:
        return QueryInterrupted(marked("core", "A query on {path} was interrupted."),
                                path=path)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in lower or \
            "busy" in lower:
        return LibraryBusyError(marked("core", "The library {path} is busy: another Briefing "
                                               "window or command is writing to it and did not "
                                               "finish within {seconds:.0f} seconds. "
                                               "Nothing was changed; try again in a moment."),
                                path=path, seconds=BUSY_TIMEOUT)
    if code == sqlite3.SQLITE_FULL or "disk is full" in lower or _no_room(path, code):
        return LibraryFullError(marked("core", "The disk holding the library {path} is full. "
                                               "Nothing was changed; free some space and try "
                                               "again (the library needs no repair)."), path=path)
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN) or \
            "readonly" in lower or "read-only" in lower or "unable to open" in lower:
        return LibraryReadOnlyError(marked("core", "The library {path} cannot be written "
                                                   "({detail}): the file or its folder is "
                                                   "read-only, or belongs to another user. "
                                                   "Nothing was changed; searching still "
                                                   "works. Make the file and its folder "
                                                   "writable to add or change claims."),
                                    path=path, detail=text)
    if code == sqlite3.SQLITE_IOERR or "disk i/o error" in lower:
        return LibraryIOError(marked("core", "The disk reported an error while using the library "
                                             "{path} ({detail}). Nothing was changed; check the "
                                             "disk (is it full, removed, or failing?) and try "
                                             "again."), path=path, detail=text)
    if code == sqlite3.SQLITE_TOOBIG or "too large" in lower or "too many" in lower or \
            "too big" in lower:
        return QueryTooComplexError(marked("core", "The search is too long for the library to "
                                                   "run (it has too many words); search with "
                                                   "fewer words."))
    return LibraryError(marked("core", "The library {path} reported an error: {detail}."),
                        path=path, detail=text)
