"""Keeping the user's library safe: automatic backups of their own work, and recovery from a
damaged library file.

The bundled layer can always be rebuilt from the app; what must never be lost is the user
layer — their own sources and claims and their edits to bundled claims. After every open
that finds the user layer changed, it is written to ``backups/user-<time>.json`` (the last
five are kept). When the library file turns out truncated, zeroed, not SQLite or failing
SQLite's integrity check, it is moved aside (never deleted), the bundled library is
rebuilt, the newest readable backup is restored, and the caller gets a sentence saying so.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from briefing.core.atomic import write_atomic, write_streamed
from briefing.core.errors import LibraryCorruptError
from briefing.core.library import CLAIM_SELECT, Library, claim_from_row
from briefing.core.library.bundle import Bundle
from briefing.core.model import Claim, Repeat, Source, upgrade_claim_json

KEEP_BACKUPS = 5
CHECK_EVERY_SECONDS = 24 * 3600


def _user_layer(library: Library) -> dict:
    """The user layer's parts, each an iterable of JSON values, read as they are written."""
    edited = {row[0] for row in library.db.execute(
        "SELECT id FROM sources WHERE locally_modified = 1").fetchall()}
    own = [row[0] for row in library.db.execute(
        "SELECT id FROM sources WHERE origin = 'user' OR locally_modified = 1 ORDER BY rowid")]
    sources = (library.source(i).to_json(with_text=True) for i in own)
    rows = library.db.execute(
        f"SELECT {CLAIM_SELECT} FROM claims c WHERE c.origin = 'user' OR c.locally_modified = 1 "
        "ORDER BY c.n")
    claims = ({**c.to_json(), "locally_modified": c.id in edited or c.origin == "bundled"}
              for c in map(claim_from_row, rows))
    links = []
    if library.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'claim_links'").fetchone():
        links = [list(row) for row in library.db.execute("SELECT * FROM claim_links").fetchall()]
    counters = [list(row) for row in library.db.execute(
        "SELECT key, value FROM meta WHERE key LIKE 'user_claims:%'").fetchall()]
    return {"sources": sources, "claims": claims, "links": links, "counters": counters}


def _integrity_problem(library: Library) -> str | None:
    """What SQLite's quick check finds wrong with the library file, or None."""
    result = library.db.execute("PRAGMA quick_check").fetchone()[0]
    return None if result == "ok" else f"SQLite's integrity check failed: {result}"


class LibraryGuard:
    def __init__(self, library_file: Path, backups: Path):
        self.library_file = Path(library_file)
        self.backups = Path(backups)

    # ---- backups ----------------------------------------------------------------------------

    def backup(self, library: Library) -> Path | None:
        """Write the user layer if it changed since the newest backup; keep the last five.

        Whether anything was written to the library since the last look is told by its write
        counter (schema v3), so an unchanged library costs one query, not a read of its
        whole user layer."""
        seen = self.backups / "last-seen-writes.txt"
        library_id, writes = library.db.execute(
            "SELECT library_id, writes FROM changes").fetchone()
        token = f"{library_id}:{writes}"
        try:
            if seen.read_text(encoding="utf-8") == token:
                return None
        except OSError:
            pass
        self.backups.mkdir(parents=True, exist_ok=True)
        written = self._write_backup(library)
        write_atomic(seen, token.encode("utf-8"))
        return written

    def _write_backup(self, library: Library) -> Path | None:
        """Stream the user layer to a new backup (a claim at a time: 100,000 of the user's
        own claims make ~100 MB of JSON), unless it is empty or the newest backup holds it."""
        layer = _user_layer(library)
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
        newest = sorted(self.backups.glob("user-*.json"))[-1:]

        def fill(out) -> str | None:
            digest, rows = hashlib.sha256(), 0
            out.write(json.dumps({"format": "briefing-user-backup", "version": 1,
                                  "created": stamp})[:-1].encode("utf-8"))
            for part, values in layer.items():
                chunk = f', "{part}": ['
                for n, value in enumerate(values):
                    chunk += ("," if n else "") + json.dumps(value, ensure_ascii=False,
                                                             sort_keys=True)
                    rows += part in ("sources", "claims")
                    if len(chunk) > 1 << 16:
                        data = chunk.encode("utf-8")
                        out.write(data)
                        digest.update(data)
                        chunk = ""
                data = (chunk + "]").encode("utf-8")
                out.write(data)
                digest.update(data)
            out.write(b"}")
            short = digest.hexdigest()[:16]
            if not rows or (newest and newest[0].stem.endswith(short)):
                return None  # nothing of the user's own, or the same as the newest backup
            return f"user-{stamp}-{short}.json"

        target = write_streamed(self.backups, fill, what=f"a backup in {self.backups}")
        if target is not None:
            for old in sorted(self.backups.glob("user-*.json"))[:-KEEP_BACKUPS]:
                old.unlink(missing_ok=True)
        return target

    def restore_newest(self, library: Library) -> Path | None:
        for path in sorted(self.backups.glob("user-*.json"), reverse=True):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                self._restore(library, data)
            except (OSError, ValueError, KeyError, TypeError, sqlite3.Error):
                continue  # a damaged backup: try the one before it
            return path
        return None

    def _restore(self, library: Library, data: dict) -> None:
        with library.db.atomic():
            sources = {}
            for raw in data["sources"]:
                raw = dict(raw)
                raw["repeats"] = tuple(Repeat(**r) for r in raw.get("repeats", ()))
                source = Source(**raw)
                library.put_source(source)
                sources[source.id] = source
            for raw in data["claims"]:
                raw = upgrade_claim_json(raw)  # a backup from before 2026.12 has one note
                edited = raw.pop("locally_modified", False)
                raw["actors"], raw["topics"] = tuple(raw["actors"]), tuple(raw["topics"])
                claim = Claim(**raw)
                source = sources.get(claim.source_id) or library.source(claim.source_id)
                library.put_claim(claim, source)
                if edited:
                    library.db.execute("UPDATE claims SET locally_modified = 1 WHERE id = ?",
                                       [claim.id])
            for row in data.get("links", []):
                library.db.execute(
                    f"INSERT OR IGNORE INTO claim_links VALUES ({','.join('?' * len(row))})", row)
            for key, value in data.get("counters", []):
                library.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                                   [key, value])

    # ---- opening ------------------------------------------------------------------------------

    def open(self, bundle: Bundle, progress: Callable[[str], None] | None = None, *,
             later: bool = False) -> tuple[Library, str | None]:
        """The library, repaired if need be; the second value tells the user what happened.
        ``progress`` hears a sentence before each step that can take a while.

        With ``later``, the daily integrity check and the backup are left to
        ``check_and_back_up`` (the desktop app runs it in the background once the window
        works); a damage it finds is repaired at the next open."""
        marker = self._repair_marker()
        if marker.exists():
            cause = marker.read_text(encoding="utf-8", errors="replace").strip()
            if progress is not None:
                progress("Repairing the library…")
            result = self._recover(bundle, LibraryCorruptError(cause or "found damaged"))
            marker.unlink(missing_ok=True)
            return result
        try:
            library = Library.open(self.library_file, bundle, progress=progress)
            if not later:
                self._check(library, progress)
        except (LibraryCorruptError, sqlite3.DatabaseError) as exc:
            if progress is not None:
                progress("Repairing the library…")
            return self._recover(bundle, exc)
        try:
            library.db.execute("PRAGMA journal_mode = WAL")
        except sqlite3.Error:
            pass  # e.g. a read-only folder: the library still works
        if not later:
            self.backup(library)
        return library, None

    def _repair_marker(self) -> Path:
        return self.backups / "repair-at-next-start.txt"

    def check_due(self, library: Library) -> bool:
        return time.time() - float(library.meta("integrity_checked") or 0) >= CHECK_EVERY_SECONDS

    def mark_checked(self, library: Library) -> None:
        library.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                           ["integrity_checked", str(time.time())])

    def _check(self, library: Library, progress: Callable[[str], None] | None = None) -> None:
        if not self.check_due(library):
            return
        if progress is not None:
            progress("Checking the library file (once a day)…")
        problem = _integrity_problem(library)
        if problem:
            library.close()
            raise LibraryCorruptError(problem)
        self.mark_checked(library)

    def check_and_back_up(self, check: bool,
                          progress: Callable[[str], None] | None = None) -> Path | None:
        """The daily check (when ``check``) and the backup of an open library, on a
        connection of their own (for a background thread); the backup written, if any.

        Raises LibraryCorruptError, with what to do, when the check fails; the library is
        then repaired at the next start (``open``)."""
        reader = Library.open_reader(self.library_file)
        try:
            if check:
                if progress is not None:
                    progress("Checking the library file (once a day)…")
                problem = _integrity_problem(reader)
                if problem:
                    self.backups.mkdir(parents=True, exist_ok=True)
                    write_atomic(self._repair_marker(), problem.encode("utf-8"))
                    raise LibraryCorruptError(
                        f"The library file is damaged ({problem}). "
                        "Quit Briefing and start it again: it will keep the damaged file aside, "
                        "rebuild the library and restore your own sources and claims from the "
                        "newest backup. Until then, new claims may not be kept.")
            if progress is not None:
                progress("Backing up your own sources and claims…")
            return self.backup(reader)
        finally:
            reader.close()

    def _recover(self, bundle: Bundle, cause: Exception) -> tuple[Library, str]:
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
        kept = self.library_file.with_name(f"{self.library_file.stem}.damaged-{stamp}.sqlite")
        self.library_file.replace(kept)
        for suffix in ("-wal", "-shm"):
            side = self.library_file.with_name(self.library_file.name + suffix)
            if side.exists():
                side.replace(kept.with_name(kept.name + suffix))
        library = Library.open(self.library_file, bundle)
        restored = self.restore_newest(library)
        what = (f"your own sources and claims were restored from the backup of "
                f"{restored.stem.split('-')[1]}" if restored
                else "no backup of your own sources and claims was found")
        message = (f"The library file was damaged ({cause}). It was kept aside as {kept.name}, "
                   f"the bundled library was rebuilt, and {what}.")
        self.backup(library)
        return library, message

