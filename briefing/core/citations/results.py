"""Finished citeproc-js results kept on disk between runs of the app.

Formatting a document's citations and bibliography is most of the time of its first export in
a process (500 citations in Chicago: about 0.8 s on each of two cores). The results are kept
in memory for the process (`Processor.remember`) and here, on disk, so that exporting a document
again in a new process (the command line: export, edit the prose, export again; the app: a
document opened again the next day) takes them instead of starting the processors.

A result is kept under a key made of everything that decides it: the result's own key (the
style text after specialising, the locale, the CSL items, the citations in order; see
`Session`) and the fingerprint of the processor (its JavaScript and locale files), so a result
is never used for anything else. It is a cache: a file that cannot be read or parsed is a
miss, writing never fails an export, files are replaced whole (written beside and renamed, not
synced: a file torn by a crash is only a miss), and only the `MAX_FILES` used last are kept.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

MAX_FILES = 200
MAX_FILE_BYTES = 32 * 1024 * 1024  # far above a 5,000-citation document's results


class ResultStore:
    """JSON values by key in `folder` (made when first written); `fingerprint` is asked once,
    when the store is first used."""

    def __init__(self, folder: Path, fingerprint: Callable[[], str]) -> None:
        self.folder = Path(folder)
        self._fingerprint = fingerprint
        self._salt: str | None = None

    def _path(self, key: str) -> Path:
        if self._salt is None:
            self._salt = self._fingerprint()
        name = hashlib.sha256(f"{self._salt}\0{key}".encode()).hexdigest()
        return self.folder / f"{name}.json"

    def get(self, key: str) -> Any:
        """The value kept under `key`, or None."""
        path = self._path(key)
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            return None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
                return None
            with os.fdopen(fd, "rb", closefd=False) as file:
                data = file.read(MAX_FILE_BYTES + 1)
        except OSError:
            return None
        finally:
            os.close(fd)
        try:
            value = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None
        try:
            os.utime(path)  # used now: kept longer
        except OSError:
            pass
        return value

    def put(self, key: str, value: Any) -> None:
        """Keep `value` (JSON-able) under `key`; never raises."""
        path = self._path(key)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            data = json.dumps(value, ensure_ascii=False).encode("utf-8")
            if len(data) > MAX_FILE_BYTES:
                return
            fd, temp = tempfile.mkstemp(prefix=".result-", suffix=".tmp", dir=self.folder)
            try:
                with os.fdopen(fd, "wb") as file:
                    file.write(data)
                os.replace(temp, path)
            except BaseException:
                _remove(temp)
                raise
            self._trim()
        except OSError:
            pass

    def _trim(self) -> None:
        files = []
        for entry in os.scandir(self.folder):
            if entry.name.endswith(".json") and entry.is_file(follow_symlinks=False):
                files.append((entry.stat(follow_symlinks=False).st_mtime_ns, entry.path))
        if len(files) > MAX_FILES:
            for _, path in sorted(files)[: len(files) - MAX_FILES]:
                _remove(path)


def _remove(path: str | Path) -> None:
    try:
        os.remove(path)
    except OSError:
        pass
