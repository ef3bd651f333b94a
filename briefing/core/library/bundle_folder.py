"""The bundled library's folder, read only when a library needs what changed in it.

Apart from ``bundle`` (which reads and checks every file, with the TOML and hash modules) so
that opening an up-to-date library imports neither.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from briefing.core.library.bundle import Bundle


class BundleFolder:
    """The bundled library's folder, read (:meth:`load`) only when the library needs it.

    Reading and checking every file takes a few milliseconds and the TOML and hash modules;
    :meth:`stamp` (every file's name, size and modification time) tells in a tenth of a
    millisecond whether the folder is as it was when a library was last refreshed from it
    (``Library.open`` keeps the stamp beside the bundle's digest), so ``briefing claims
    search`` on an up-to-date library never reads it."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._bundle: Bundle | None = None

    def stamp(self) -> str:
        """The names, sizes and modification times of every file in the folder; "" when it
        cannot be listed (then the library reads the bundle, which says what is wrong)."""
        found = []
        try:
            pending = [self.folder]
            while pending:
                with os.scandir(pending.pop()) as entries:
                    for entry in entries:
                        if entry.is_dir():
                            pending.append(Path(entry.path))
                        else:
                            info = entry.stat()
                            name = os.path.relpath(entry.path, self.folder)
                            found.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
        except OSError:
            return ""
        return "|".join(sorted(found))

    def load(self) -> Bundle:
        """Every file read and checked (:func:`bundle.load_bundle`), once."""
        if self._bundle is None:
            from briefing.core.library.bundle import load_bundle

            self._bundle = load_bundle(self.folder)
        return self._bundle
