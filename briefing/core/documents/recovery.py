"""Recovery files: an autosaved copy of the open briefing, kept until it is saved or closed.

One recovery slot per data folder: ``recovery/current.briefing`` and a small
``recovery/current.json`` naming the file it belongs to. Both are written
atomically, so a crash mid-write leaves the previous autosave.
"""

from __future__ import annotations

import json
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
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self._document, documents.dumps(briefing))
        info = {"original": str(original) if original else None}
        write_atomic(self._info, json.dumps(info).encode("utf-8"))

    def find(self) -> Recovered | None:
        if not self._document.is_file():
            return None
        try:
            briefing = documents.load(self._document)
        except BriefingError:
            return None  # an unreadable autosave is no help; the next autosave replaces it
        original = None
        try:
            raw = json.loads(self._info.read_text(encoding="utf-8")).get("original")
            original = Path(raw) if raw else None
        except (OSError, ValueError, AttributeError):
            pass
        return Recovered(briefing, original, self._document.stat().st_mtime)

    def clear(self) -> None:
        for path in (self._document, self._info):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
