"""Reading a file the user named: only a regular file, and never more than a size cap.

A named pipe given as a file blocks a plain ``open`` until some other program writes to
it, and ``/dev/zero`` never ends; reading either whole hangs or fills memory. Here the
file is opened without blocking, checked to be a regular file on the open handle (so it
cannot be swapped between the check and the read), and read up to its cap.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from briefing.core.errors import BriefingError, marked


def kind_of(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_regular(path: Path, limit: int, what: str = "file",
                 error: type[Exception] = BriefingError) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them; otherwise
    ``error`` with a sentence naming ``what`` the file was meant to be."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise _error(error, marked("core", "There is no {what} at {path}."), what=what, path=path) from None
    except IsADirectoryError:
        raise _error(error, marked("core", "{path} is a folder, not a {what}."), path=path, what=what) from None
    except OSError as exc:
        raise _error(error, marked("core", "The {what} {path} cannot be read: {reason}."),
                    what=what, path=path, reason=exc.strerror or exc) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _error(error, marked("core", "{path} is a folder, not a {what}."),
                        path=path, what=what)
        if not stat.S_ISREG(info.st_mode):
            raise _error(error, marked("core", "{path} is not a regular file ({kind}); give the path "
                                       "of a {what}."),
                        path=path, kind=kind_of(info.st_mode), what=what)
        if info.st_size > limit:
            raise _error(error, marked("core", "The {what} {file} is {size}; {what}s can be up to "
                                       "{size2}."),
                        what=what, file=path.name, size=_size(info.st_size), size2=_size(limit))
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew while we read
                raise _error(error, marked("core", "The {what} {file} is over {size}; {what}s can be up "
                                           "to that."),
                            what=what, file=path.name, size=_size(limit))
        return b"".join(chunks)
    except OSError as exc:
        raise _error(error, marked("core", "The {what} {path} cannot be read: {reason}."),
                    what=what, path=path, reason=exc.strerror or exc) from None
    finally:
        os.close(fd)


def check_regular(path: Path, what: str = "file",
                  error: type[Exception] = BriefingError) -> bool:
    """True when ``path`` is a regular file, False when nothing is there; ``error`` when it is
    something else (a folder, a named pipe, a device)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise _error(error, marked("core", "The {what} {path} cannot be read: {reason}."),
                    what=what, path=path, reason=exc.strerror or exc) from None
    if not stat.S_ISREG(mode):
        raise _error(error, marked("core", "{path} is not a regular file ({kind}); give the path of a "
                                   "{what}."), path=path, kind=kind_of(mode), what=what)
    return True


def _error(error: type[Exception], template: str, **params) -> Exception:
    """``error`` with ``template`` filled: a BriefingError keeps both for the GUI."""
    if issubclass(error, BriefingError):
        return error(template, **params)
    return error(template.format(**params))


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / 1048576:,.0f} MB"
    return f"{count / 1024:,.0f} KB"
