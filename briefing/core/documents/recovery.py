"""Recovery files: an autosaved copy of the open briefing, kept until it is saved or closed.

A recovery slot is ``recovery/current.briefing`` and a small ``recovery/current.json``
naming the file it belongs to. Both are written atomically, so a crash mid-write leaves
the previous autosave.

Each running app has a slot of its own (``Recovery.claim``): the first takes ``recovery/``,
a second one open at the same time on the same data folder ``recovery/window-2/``, and so
on, each holding a lock on its slot (``.in-use``) while it runs. A second app therefore
never offers the first one's unsaved work as "closed without saving", nor overwrites its
autosave; when an app crashes, the operating system lets go of its lock, and the next app
to take that slot offers the work back (File > Recover also lists what slots no running
app holds). The lock is a POSIX record lock, which belongs to the process: windows of one
process share a slot. Where there are no such locks (Windows), every app shares the one
slot, as before.

Unsaved work the user chose not to recover at start-up is not deleted: it is kept
(``kept-<time>.briefing``, the newest ``KEEP`` of them) for File > Recover.
"""

from __future__ import annotations

import json
import os
import time
import weakref
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: one shared slot
    fcntl = None

from briefing.core.atomic import write_atomic
from briefing.core.documents import Briefing
from briefing.core.documents import files as documents
from briefing.core.errors import BriefingError


@dataclass(frozen=True)
class Recovered:
    briefing: Briefing
    original: Path | None  # the file it was an unsaved version of; None for a new briefing
    saved_at: float

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved_at))
        of = f" (unsaved changes to {self.original.name})" if self.original else " (never saved)"
        return f"“{self.briefing.title}”{of}, autosaved {when}"


KEEP = 10
SLOTS = 32  # apps open at once on one data folder, at most, before they share the last slot
_LOCK = ".in-use"


def _take(slot: Path) -> int | None:
    """An open descriptor holding the lock on ``slot``, or None when a running app holds it.
    OSError when the slot cannot be made (a read-only data folder)."""
    slot.mkdir(parents=True, exist_ok=True)
    fd = os.open(slot / _LOCK, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


class Recovery:
    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._root = self.folder  # where every app's slot is (see ``claim``)

    @classmethod
    def claim(cls, root: Path) -> Recovery:
        """The recovery slot of this app in ``root``: the first one no other running app
        holds, locked for as long as this process runs (claim once per process: closing a
        second claim's descriptor would let go of the process's lock on the slot)."""
        root = Path(root)
        if fcntl is None:
            return cls(root)
        for number in range(1, SLOTS + 1):
            slot = root if number == 1 else root / f"window-{number}"
            try:
                fd = _take(slot)
            except OSError:
                break  # cannot be written: autosaving will say so
            if fd is not None:
                recovery = cls(slot)
                recovery._root = root
                weakref.finalize(recovery, os.close, fd)
                return recovery
        recovery = cls(root / f"window-{SLOTS}")
        recovery._root = root
        return recovery

    def _left_behind(self) -> list[Path]:
        """The autosaves of other slots that no running app holds (apps that crashed)."""
        if fcntl is None or not self._root.is_dir():
            return []
        found = []
        for slot in [self._root, *sorted(self._root.glob("window-*"))]:
            document = slot / "current.briefing"
            if slot == self.folder or not document.is_file():
                continue
            try:
                fd = _take(slot)
            except OSError:
                continue
            if fd is not None:
                os.close(fd)  # (this lets go of the lock again: nobody held it)
                found.append(document)
        return found

    @property
    def _document(self) -> Path:
        return self.folder / "current.briefing"

    @property
    def _info(self) -> Path:
        return self.folder / "current.json"

    def save(self, briefing: Briefing, original: Path | None) -> None:
        self.write(documents.dumps(briefing), original)

    def write(self, data: bytes, original: Path | None) -> None:
        """Save a briefing already serialised (``documents.dumps``): the slow part, the
        synced writes, can then run off the GUI thread."""
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self._document, data)
        info = {"original": str(original) if original else None}
        write_atomic(self._info, json.dumps(info).encode("utf-8"))

    def find(self) -> Recovered | None:
        return self.read(self._document)

    def read(self, document: Path) -> Recovered | None:
        """The recovery file ``document`` (None when it is unreadable)."""
        try:
            briefing = documents.load(document)
            saved_at = document.stat().st_mtime
        except (BriefingError, OSError):
            return None  # an unreadable autosave is no help; the next autosave replaces it
        original = None
        try:
            info = document.with_suffix(".json")
            raw = json.loads(info.read_text(encoding="utf-8")).get("original")
            original = Path(raw) if raw else None
        except (OSError, ValueError, AttributeError):
            pass
        return Recovered(briefing, original, saved_at)

    def keep(self) -> None:
        """Set the unsaved work aside instead of deleting it (File > Recover finds it)."""
        if not self._document.is_file():
            return
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.folder / f"kept-{stamp}.briefing"
        number = 1
        while target.exists():
            number += 1
            target = self.folder / f"kept-{stamp}-{number}.briefing"
        self._document.replace(target)
        if self._info.is_file():
            self._info.replace(target.with_suffix(".json"))
        for old in self.kept()[KEEP:]:
            for path in (old, old.with_suffix(".json")):
                path.unlink(missing_ok=True)

    def kept(self) -> list[Path]:
        return sorted(self.folder.glob("kept-*.briefing"), key=lambda p: p.stat().st_mtime,
                      reverse=True)

    def files(self) -> list[Recovered]:
        """Every readable recovery file, newest first: the current autosave, then kept ones."""
        paths = [self._document, *self.kept(), *self._left_behind()]
        found = [self.read(path) for path in paths if path.is_file()]
        return [f for f in found if f is not None]

    def clear(self) -> None:
        for path in (self._document, self._info):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
