"""Keeping the user's library safe: automatic backups of their own work, and recovery from a
damaged library file.

The bundled layer can always be rebuilt from the app; what must never be lost is the user
layer — their own sources and claims and their edits to bundled claims. After every open
that finds the user layer changed, it is written to ``backups/user-<sequence>-<time>-
<digest>.json``; the sequence number orders backups (two written in the same second are
told apart by it, not by their digest), a backup never overwrites another, and the last
five are kept. A backup that cannot be written (a full disk, a read-only folder) is a
warning, never a refused start or a failed search.

Only damage repairs a library: SQLite saying the file is malformed or not a database, or a
failed integrity check (see ``sqlite_errors``). A busy, locked, read-only or full library,
an I/O error or a query limit is reported as what it is and the file is left alone. A
repair moves the damaged file aside under a name no other file has (never deleted, never
overwritten), rebuilds the bundled library, restores the newest readable backup, checks
that what the backup holds is in the library, and tells the user exactly what was restored,
from when, and what could not be (work done after that backup, which is still in the kept
file).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from briefing.core.atomic import WriteError, write_atomic, write_streamed
from briefing.core.errors import LibraryCorruptError, LibraryError, marked
from briefing.core.library import CLAIM_SELECT, Library, claim_from_row
from briefing.core.library.bundle import Bundle
from briefing.core.library.bundle_folder import BundleFolder
from briefing.core.library.sqlite_errors import BUSY_TIMEOUT, classify, is_damage
from briefing.core.model import Claim, Repeat, Source, upgrade_claim_json

KEEP_BACKUPS = 5
_STAMP_WAIT_MS = 250  # how long noting the daily check waits for another writer
CHECK_EVERY_SECONDS = 24 * 3600
# user-<sequence>-<time>-<digest>.json; older backups had no sequence (user-<time>-<digest>)
_BACKUP = re.compile(r"^user-(?:(\d{6,})-)?(\d{8}-\d{6})-([0-9a-f]{16})\.json$")


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


def backups_in_order(folder: Path) -> list[Path]:
    """The backups in ``folder``, oldest first: by sequence number, then time written."""
    found = []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in names:
        match = _BACKUP.match(name)
        if match:
            path = folder / name
            try:
                written = path.stat().st_mtime_ns
            except OSError:
                continue
            found.append(((int(match.group(1) or 0), match.group(2), written), path))
    return [path for _, path in sorted(found)]


def _when(path: Path) -> str:
    """A backup's time as a person reads it (UTC)."""
    stamp = _BACKUP.match(path.name).group(2)
    return f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]} {stamp[9:11]}:{stamp[11:13]}:{stamp[13:]} UTC"


class BackupWarning(LibraryError):
    """The user layer could not be backed up; the library works on (said, never raised)."""

    def __init__(self, reason: BaseException):
        super().__init__(marked("core", "Your own sources and claims could not be backed up "
                                        "({reason}). Briefing works on; the backup is tried "
                                        "again at the next start."),
                         reason=str(reason).rstrip("."))


class LibraryGuard:
    def __init__(self, library_file: Path, backups: Path):
        self.library_file = Path(library_file)
        self.backups = Path(backups)
        self.warnings: list[BackupWarning] = []  # said to the user, nothing failed

    # ---- backups ----------------------------------------------------------------------------

    def backup(self, library: Library) -> Path | None:
        """Write the user layer if it changed since the newest backup; keep the last five.

        Whether anything was written to the library since the last look is told by its write
        counter (schema v3), so an unchanged library costs one query, not a read of its
        whole user layer."""
        # One read transaction: the write counter, the sources and the claims are read as
        # one state of the library, however other processes write to it meanwhile.
        began = not library.db.conn.in_transaction
        if began:
            library.db.execute("BEGIN")
        try:
            seen = self.backups / "last-seen-writes.txt"
            library_id, writes = library.db.execute(
                "SELECT library_id, writes FROM changes").fetchone()
            token = f"{library_id}:{writes}"
            try:
                if seen.read_text(encoding="utf-8") == token:
                    return None
            except OSError:
                pass
            try:
                self.backups.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise WriteError(marked("core", "Cannot save to the backups folder {backups}: "
                                                "{reason}."),
                                 backups=self.backups, reason=exc.strerror or exc) from None
            written = self._write_backup(library, library_id, writes)
        finally:
            if began and library.db.conn.in_transaction:
                library.db.execute("COMMIT")
        write_atomic(seen, token.encode("utf-8"))
        return written

    def try_backup(self, library: Library) -> Path | None:
        """``backup``, with a failure to write it kept as a warning (the library works on)."""
        try:
            return self.backup(library)
        except (WriteError, OSError) as exc:
            self.warnings.append(BackupWarning(exc))
        except sqlite3.Error as exc:
            self.warnings.append(BackupWarning(classify(exc, self.library_file)))
        return None

    def _write_backup(self, library: Library, library_id: str, writes: int) -> Path | None:
        """Stream the user layer to a new backup (a claim at a time: 100,000 of the user's
        own claims make ~100 MB of JSON), unless it is empty or the newest backup holds it."""
        layer = _user_layer(library)
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
        ordered = backups_in_order(self.backups)
        newest = ordered[-1:]

        import hashlib  # (only when a backup is written: not on every command's start)

        def fill(out) -> str | None:
            digest, rows = hashlib.sha256(), 0
            out.write(json.dumps({"format": "briefing-user-backup", "version": 1,
                                  "created": stamp, "library_id": library_id,
                                  "writes": writes})[:-1].encode("utf-8"))
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
            fill.short = short
            return f".pending-{os.getpid()}-{short}.json"

        pending = write_streamed(self.backups, fill, what=f"a backup in {self.backups}")
        if pending is None:
            return None
        target = self._place(pending, stamp, fill.short, library_id, writes)
        for old in backups_in_order(self.backups)[:-KEEP_BACKUPS]:
            old.unlink(missing_ok=True)
        return target

    def _place(self, pending: Path, stamp: str, short: str, library_id: str,
               writes: int) -> Path | None:
        """Give a written backup the next sequence number, never taking another's name (a
        hard link fails when the name exists: another process took it first). A backup of
        an older state of the library than the newest backup's (another process read the
        library later but finished first) is dropped instead: the newest number always
        holds the newest state."""
        try:
            while True:
                newest = backups_in_order(self.backups)[-1:]
                if newest and _same_or_newer(newest[0], library_id, writes):
                    return None
                numbers = [int(m.group(1) or 0) for m in map(_BACKUP.match,
                           os.listdir(self.backups)) if m]
                target = self.backups / f"user-{max(numbers, default=0) + 1:06d}-{stamp}-" \
                                        f"{short}.json"
                try:
                    os.link(pending, target)
                    return target
                except FileExistsError:
                    continue
        finally:
            pending.unlink(missing_ok=True)

    def restore_newest(self, library: Library) -> tuple[Path, dict] | None:
        """Restore the newest readable backup; it and what it held, or None."""
        for path in reversed(backups_in_order(self.backups)):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                self._restore(library, data)
            except (OSError, ValueError, KeyError, TypeError, sqlite3.Error, LibraryError):
                continue  # a damaged backup: try the one before it
            return path, data
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

    def open(self, bundle: Bundle | BundleFolder, progress: Callable[[str], None] | None = None, *,
             later: bool = False) -> tuple[Library, str | None]:
        """The library, repaired if it is damaged; the second value tells the user what
        happened. ``progress`` hears a sentence before each step that can take a while.
        Anything else that goes wrong (busy, read-only, full, not a Briefing library) is
        raised as its own LibraryError and the file is left as it is. Backups that could not
        be written are in ``warnings``.

        With ``later``, the daily integrity check and the backup are left to
        ``check_and_back_up`` (the desktop app runs it in the background once the window
        works); a damage it finds is repaired at the next open."""
        marker = self._repair_marker()
        if marker.exists():
            cause = marker.read_text(encoding="utf-8", errors="replace").strip()
            if progress is not None:
                progress("Repairing the library…")
            result = self._recover(bundle, cause or "found damaged")
            marker.unlink(missing_ok=True)
            return result
        try:
            library = Library.open(self.library_file, bundle, progress=progress)
        except LibraryCorruptError as exc:
            if progress is not None:
                progress("Repairing the library…")
            return self._recover(bundle, _cause(exc))
        try:
            if not later:
                self._check(library, progress)
        except LibraryCorruptError as exc:
            library.close()
            if progress is not None:
                progress("Repairing the library…")
            return self._recover(bundle, _cause(exc))
        except sqlite3.Error as exc:
            library.close()
            if is_damage(exc):
                return self._recover(bundle, str(exc))
            raise classify(exc, self.library_file) from exc
        if not later:
            self.try_backup(library)
        return library, None

    def _repair_marker(self) -> Path:
        return self.backups / "repair-at-next-start.txt"

    def mark_for_repair(self, problem: str) -> None:
        """Damage found while the library was in use: repair it at the next open."""
        try:
            self.backups.mkdir(parents=True, exist_ok=True)
            write_atomic(self._repair_marker(), problem.encode("utf-8"))
        except (WriteError, OSError):
            pass  # the next open finds the damage itself

    def check_due(self, library: Library) -> bool:
        return time.time() - float(library.meta("integrity_checked") or 0) >= CHECK_EVERY_SECONDS

    def mark_checked(self, library: Library) -> None:
        """Note when the check ran, unless another writer holds the library: a command that
        only reads does not wait for it (the check is then simply done again next time)."""
        try:
            library.db.execute(f"PRAGMA busy_timeout = {_STAMP_WAIT_MS}")
            library.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                               ["integrity_checked", str(time.time())])
        except sqlite3.Error:
            pass  # read-only, full or busy
        finally:
            try:
                library.db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
            except sqlite3.Error:
                pass

    def _check(self, library: Library, progress: Callable[[str], None] | None = None) -> None:
        if not self.check_due(library):
            return
        if progress is not None:
            progress("Checking the library file (once a day)…")
        problem = _integrity_problem(library)
        if problem:
            raise LibraryCorruptError(problem)
        self.mark_checked(library)

    def check_and_back_up(self, check: bool,
                          progress: Callable[[str], None] | None = None) -> Path | None:
        """The daily check (when ``check``) and the backup of an open library, on a
        connection of their own (for a background thread); the backup written, if any.

        Raises LibraryCorruptError, with what to do, when the check fails; the library is
        then repaired at the next start (``open``). A backup that cannot be written is a
        warning (in ``warnings``), not an error: the library itself is fine."""
        reader = Library.open_reader(self.library_file)
        try:
            if check:
                if progress is not None:
                    progress("Checking the library file (once a day)…")
                problem = _integrity_problem(reader)
                if problem:
                    self.mark_for_repair(problem)
                    raise LibraryCorruptError(marked("core", "The library file is damaged "
                                                             "({problem}). Quit Briefing and "
                                                             "start it again: it will keep the "
                                                             "damaged file aside, rebuild the "
                                                             "library and restore your own "
                                                             "sources and claims from the "
                                                             "newest backup. Until then, new "
                                                             "claims may not be kept."),
                                              problem=problem)
            if progress is not None:
                progress("Backing up your own sources and claims…")
            try:
                return self.backup(reader)
            except (WriteError, OSError) as exc:  # (an SQLite error is said as what it is)
                self.warnings.append(BackupWarning(exc))
                return None
        except sqlite3.Error as exc:
            if is_damage(exc):
                self.mark_for_repair(str(exc))
            raise classify(exc, self.library_file) from exc
        finally:
            reader.close()

    # ---- repairing ----------------------------------------------------------------------------

    def _recover(self, bundle: Bundle | BundleFolder, cause: str) -> tuple[Library, str]:
        kept = self._keep_aside()
        library = Library.open(self.library_file, bundle)
        restored = self.restore_newest(library)
        if restored is None:
            what = "no backup of your own sources and claims was found"
            missing = _own_ids(kept) if kept else set()
            if missing:
                what += (f"; {len(missing)} of your own claims are only in the kept file "
                         f"({_some(missing)})")
        else:
            what = self._restored(library, kept, *restored)
        message = (f"The library file was damaged ({cause}). It was kept aside as "
                   f"{kept.name if kept else '(nothing: it had gone)'}, the bundled library "
                   f"was rebuilt, and {what}.")
        self.try_backup(library)
        return library, message

    def _keep_aside(self) -> Path | None:
        """Move the damaged file (and its -wal, -shm) to a name no file has; never overwrite."""
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
        if not self.library_file.exists():
            return None
        number = 0
        while True:
            suffix = f"-{number}" if number else ""
            kept = self.library_file.with_name(
                f"{self.library_file.stem}.damaged-{stamp}{suffix}.sqlite")
            try:
                os.link(self.library_file, kept)  # fails if the name exists
            except FileExistsError:
                number += 1
                continue
            except OSError:  # no hard links here (some file systems): rename if still free
                if kept.exists():
                    number += 1
                    continue
                self.library_file.rename(kept)
                break
            self.library_file.unlink()
            break
        for side in ("-wal", "-shm"):
            source = self.library_file.with_name(self.library_file.name + side)
            if source.exists():
                target = kept.with_name(kept.name + side)
                if not target.exists():
                    source.replace(target)
                else:
                    source.unlink()
        return kept

    def _restored(self, library: Library, kept: Path | None, backup: Path, data: dict) -> str:
        """What was restored from ``backup``, checked against the library, and what was not."""
        own_claims = {c["id"] for c in data.get("claims", [])}
        own_sources = {s["id"] for s in data.get("sources", [])}
        present = {row[0] for row in library.db.execute("SELECT id FROM claims")}
        lost = own_claims - present
        said = (f"{len(own_sources)} of your own or edited sources and {len(own_claims)} claims "
                f"were restored from the backup of {_when(backup)}")
        if lost:
            said += f" except {len(lost)} claims ({_some(lost)})"
        newer = _writes_after(kept, data) if kept else None
        if newer is False:
            return said + "; the damaged file held nothing newer, so nothing was lost"
        missing = (_own_ids(kept) - present) if kept else set()
        if newer:
            said += "; changes made after that backup are not in the rebuilt library"
        else:
            said += "; anything changed after that backup is not in the rebuilt library"
        if missing:
            said += f" ({len(missing)} of your claims: {_some(missing)})"
        return said + (f" and may still be read from {kept.name}" if kept else "")


_HEADER = re.compile(rb'"library_id": "([0-9a-f]+)", "writes": (\d+)')


def _same_or_newer(backup: Path, library_id: str, writes: int) -> bool:
    """Whether ``backup`` holds this library at ``writes`` writes or later (its header says)."""
    try:
        with backup.open("rb") as handle:
            found = _HEADER.search(handle.read(512))
    except OSError:
        return False
    return bool(found) and found.group(1).decode() == library_id and \
        int(found.group(2)) >= writes


def _cause(exc: LibraryCorruptError) -> str:
    text = str(exc)
    found = re.search(r"\((.*)\)\.?$", text)
    return found.group(1) if found and "damaged" in text else text


def _some(ids: set[str], shown: int = 5) -> str:
    listed = sorted(ids)
    return ", ".join(listed[:shown]) + (", …" if len(listed) > shown else "")


def _read_damaged(kept: Path, sql: str) -> list | None:
    """Rows from the kept damaged file, or None when it cannot be read."""
    try:
        conn = sqlite3.connect(f"{kept.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _own_ids(kept: Path) -> set[str]:
    """Ids of the user's own claims the damaged file can still tell (often none)."""
    rows = _read_damaged(kept, "SELECT id FROM claims WHERE origin = 'user' OR "
                               "locally_modified = 1")
    return {row[0] for row in rows or []}


def _writes_after(kept: Path, data: dict) -> bool | None:
    """Whether the damaged file says it was written to after the backup (None: cannot tell)."""
    rows = _read_damaged(kept, "SELECT library_id, writes FROM changes")
    if not rows or "writes" not in data:
        return None
    library_id, writes = rows[0]
    return library_id != data.get("library_id") or writes > data["writes"]


__all__ = ["KEEP_BACKUPS", "BackupWarning", "LibraryError", "LibraryGuard", "backups_in_order"]
