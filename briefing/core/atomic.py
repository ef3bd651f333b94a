"""Write a file so that it is either the old version or the new one, never torn.

Only regular files are written: a target that is a device, a named pipe, a socket or a folder
is refused (as root, replacing ``/dev/null`` by a regular file would break the system), and a
symbolic link at the target is replaced by the file, never followed. A full disk is said in
words, and the previous version stays as it was.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from briefing.core.errors import BriefingError


class WriteError(BriefingError):
    """A file could not be written; the previous version is untouched."""


class DiskFullError(WriteError):
    """The disk (or the user's quota) is full; the previous version is untouched."""


def check_target(path: Path) -> None:
    """WriteError unless ``path`` is absent, a regular file or a symbolic link (which a write
    replaces)."""
    from briefing.core.reading import kind_of

    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise WriteError(f"Cannot save to {path}: {exc.strerror or exc}.") from None
    if stat.S_ISDIR(mode):
        raise WriteError(f"Cannot save to {path}: it is a folder.")
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise WriteError(f"Cannot save to {path}: it is {kind_of(mode)}, not a regular file; "
                         "Briefing saves only to ordinary files. Choose a file name.")


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, then replace ``path``."""
    path = Path(path)
    check_target(path)

    def fill(out) -> str:
        out.write(data)
        return path.name

    write_streamed(path.parent, fill, what=str(path), prefix=f".{path.name}.")


def write_streamed(folder: Path, fill: Callable[[BinaryIO], str | None],
                   what: str | None = None, prefix: str = ".briefing-") -> Path | None:
    """Write a file in ``folder`` as ``fill(out)`` streams it, atomically: ``fill`` returns the
    file's name (known once written, e.g. from a digest of the content), or None to keep
    nothing. The path written, or None."""
    folder = Path(folder)
    what = what or str(folder)
    if not folder.is_dir():
        raise WriteError(f"Cannot save to {what}: the folder {folder} does not exist.")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _write_error(what, exc) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            name = fill(out)
            out.flush()
            os.fsync(out.fileno())
        if name is None:
            _remove_quietly(temp_name)
            return None
        path = folder / name
        check_target(path)
        # mkstemp makes 0600 files; keep the old file's mode, or the user's umask for a new one.
        os.chmod(temp_name, path.stat().st_mode & 0o777 if path.exists() else _default_mode())
        os.replace(temp_name, path)
    except OSError as exc:
        _remove_quietly(temp_name)
        raise _write_error(what, exc) from exc
    except BaseException:
        _remove_quietly(temp_name)
        raise
    _fsync_folder(folder)
    return path


def _write_error(what: str, exc: OSError) -> WriteError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(f"Cannot save to {what}: the disk is full. Nothing was changed; "
                             "free some space and try again.")
    return WriteError(f"Cannot save to {what}: {exc.strerror or exc}.")


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _remove_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on every platform (Windows); the replace is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
