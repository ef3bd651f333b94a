"""Write a file so that it is either the old version or the new one, never torn.

The new content goes to a temporary file beside the target, is synced to disk, and replaces the
target in one rename (``os.replace``: atomic on POSIX and on Windows' NTFS). Portable:

- a new file gets the mode the user's umask gives, from the kernel itself (the temporary file
  is created with mode 0o666, as ``open`` would); the umask is never read or changed, since
  changing it, even for a moment, races with every other thread creating files. A file that
  exists keeps its mode. On Windows modes are only the read-only bit and this changes nothing.
- on macOS ``fsync`` does not flush the drive's cache: ``F_FULLFSYNC`` is used there.
- the folder is synced too where the system allows it (POSIX); Windows cannot open a folder
  as a file and needs no such step for a rename to persist.

Only regular files are written: a target that is a device, a named pipe, a socket or a folder
is refused (as root, replacing ``/dev/null`` by a regular file would break the system), and a
symbolic link at the target is replaced by the file, never followed, unless it links to a
device or a pipe (``/dev/stdout``), which is refused too. A full disk is said in
words, and the previous version stays as it was.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from briefing.core.errors import BriefingError, marked


class WriteError(BriefingError):
    """A file could not be written; the previous version is untouched."""


class DiskFullError(WriteError):
    """The disk (or the user's quota) is full; the previous version is untouched."""


def check_target(path: Path) -> None:
    """WriteError unless ``path`` is absent, a regular file, or a symbolic link to a regular
    file or to nothing (which a write replaces). A link to a device or a pipe is refused:
    ``/dev/stdout`` is one, and replacing it, as root, breaks it for every program."""
    from briefing.core.reading import kind_of

    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise WriteError(marked("core", "Cannot save to {path}: {reason}."),
                         path=path, reason=exc.strerror or exc) from None
    if stat.S_ISDIR(mode):
        raise WriteError(marked("core", "Cannot save to {path}: it is a folder."), path=path)
    if stat.S_ISLNK(mode):
        try:
            points_to = os.stat(path).st_mode
        except OSError:
            return  # a link to nothing (or to where we may not look): replaced
        if not (stat.S_ISREG(points_to) or stat.S_ISDIR(points_to)):
            raise WriteError(marked("core", "Cannot save to {path}: it is a link to {kind}, not "
                                            "a regular file; Briefing saves only to ordinary "
                                            "files. Choose a file name."),
                             path=path, kind=kind_of(points_to))
        return
    if not stat.S_ISREG(mode):
        raise WriteError(marked("core", "Cannot save to {path}: it is {kind}, not a regular "
                                        "file; Briefing saves only to ordinary files. Choose a "
                                        "file name."),
                         path=path, kind=kind_of(mode))


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
        raise WriteError(marked("core", "Cannot save to {what}: the folder {folder} does not "
                                        "exist."),
                         what=what, folder=folder)
    try:
        handle, temp_name = _create_temporary(folder, prefix)
    except OSError as exc:
        raise _write_error(what, exc) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            name = fill(out)
            out.flush()
            _sync(out.fileno())
        if name is None:
            _remove_quietly(temp_name)
            return None
        path = folder / name
        check_target(path)  # not a folder, a device or a pipe
        if path.exists():  # keep its mode; a new file has the one its creation gave it
            os.chmod(temp_name, path.stat().st_mode & 0o7777)
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
        return DiskFullError(marked("core", "Cannot save to {what}: the disk is full. Nothing "
                                            "was changed; free some space and try again."),
                             what=what)
    return WriteError(marked("core", "Cannot save to {what}: {reason}."),
                      what=what, reason=exc.strerror or exc)



_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
          | getattr(os, "O_NOINHERIT", 0) | getattr(os, "O_CLOEXEC", 0))


def _create_temporary(folder: Path, prefix: str) -> tuple[int, str]:
    """A new file in ``folder``, open for writing, with the mode the umask gives 0o666 (unlike
    ``tempfile.mkstemp``, whose files are 0o600)."""
    for _ in range(100):
        name = str(folder / f"{prefix}{os.urandom(6).hex()}.tmp")
        try:
            return os.open(name, _FLAGS, 0o666), name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {folder}")


def _sync(fd: int) -> None:
    """Flush a file's data to the drive (on macOS, past the drive's own cache)."""
    try:
        import fcntl
    except ImportError:  # Windows
        os.fsync(fd)
        return
    if hasattr(fcntl, "F_FULLFSYNC"):
        try:
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
            return
        except OSError:  # a file system without it (network shares): fsync is the best left
            pass
    os.fsync(fd)


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
