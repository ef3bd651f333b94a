"""Recovery files: an autosaved copy of the open briefing, kept until it is saved or closed.

One recovery slot per data folder: ``recovery/current.briefing`` and a small
``recovery/current.json`` naming the file it belongs to. Both are written
atomically, so a crash mid-write leaves the previous autosave.

Unsaved work the user chose not to recover at start-up is not deleted: it is kept
(``kept-<time>.briefing``, the newest ``KEEP`` of them) for File > Recover.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

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


class Recovery:
    def __init__(self, folder: Path):
        self.folder = Path(folder)

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
        found = [self.read(path) for path in [self._document, *self.kept()] if path.is_file()]
        return [f for f in found if f is not None]

    def clear(self) -> None:
        for path in (self._document, self._info):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
