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

from briefing.core.errors import BriefingError


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
        raise error(f"There is no {what} at {path}.") from None
    except IsADirectoryError:
        raise error(f"{path} is a folder, not a {what}.") from None
    except OSError as exc:
        raise error(f"The {what} {path} cannot be read: {exc.strerror or exc}.") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{path} is a folder, not a {what}.")
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{path} is not a regular file ({kind_of(info.st_mode)}); "
                        f"give the path of a {what}.")
        if info.st_size > limit:
            raise error(f"The {what} {path.name} is {_size(info.st_size)}; {what}s can be up "
                        f"to {_size(limit)}.")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew while we read
                raise error(f"The {what} {path.name} is over {_size(limit)}; {what}s can be "
                            f"up to that.")
        return b"".join(chunks)
    except OSError as exc:
        raise error(f"The {what} {path} cannot be read: {exc.strerror or exc}.") from None
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
        raise error(f"The {what} {path} cannot be read: {exc.strerror or exc}.") from None
    if not stat.S_ISREG(mode):
        raise error(f"{path} is not a regular file ({kind_of(mode)}); give the path of a {what}.")
    return True


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / 1048576:,.0f} MB"
    return f"{count / 1024:,.0f} KB"
