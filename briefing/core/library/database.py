"""The claims library: one SQLite file holding sources and claims.

Open it with :meth:`Library.open`; the first open builds it from the curated
bundle, later opens refresh the bundled layer when the bundle changed and leave
the user's own rows alone. Reading returns the frozen dataclasses of
:mod:`briefing.core.model`; searching is in :mod:`briefing.core.library.search`.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.core.errors import (
    LibraryCorruptError,
    LibraryError,
    LibraryForeignError,
    LibraryReadOnlyError,
    UnknownClaimError,
    UnknownSourceError,
    marked,
)
from briefing.core.library import schema
from briefing.core.library.bundle_folder import BundleFolder
from briefing.core.library.connection import Database
from briefing.core.library.sqlite_errors import BUSY_TIMEOUT, classify, is_damage
from briefing.core.model import LEGACY_NOTE, TRANSLATED, Claim, Repeat, Source
from briefing.core.reading import check_regular
from briefing.core.text.fold import fold

if TYPE_CHECKING:  # pragma: no cover  (read only when the bundle changed: see _refresh)
    from briefing.core.library.bundle import Bundle

_SQLITE_MAGIC = b"SQLite format 3\x00"
_BRIEFING_TABLES = frozenset({"meta", "sources", "claims"})  # in every schema since 1
SOURCE_COLUMNS = (
    "id origin title title_short author outlet publisher published date_approximate date_note "
    "language url accessed kind note text repeats title_translated"
).split()
CLAIM_COLUMNS = (
    "id origin source_id statement quote start end kind speaker event_date actors topics status "
    "reader_note curator_note quote_is_translation quote_translated_from quote_translator retired "
    "statement_translations reader_note_translations quote_translated_from_translations"
).split()
CLAIM_SELECT = ", ".join(f'c."{name}"' for name in CLAIM_COLUMNS)
SOURCE_SELECT = ", ".join(f'"{name}"' for name in SOURCE_COLUMNS)


@dataclass(frozen=True)
class BundleUpdate:
    """What refreshing the bundled layer did."""

    from_version: str | None
    to_version: str
    added: int = 0
    updated: int = 0
    retired: int = 0
    kept_local_edits: int = 0


def claim_from_row(row) -> Claim:
    values = dict(zip(CLAIM_COLUMNS, row))
    values["actors"] = tuple(json.loads(values["actors"]))
    values["topics"] = tuple(json.loads(values["topics"]))
    values["retired"] = bool(values["retired"])
    values["quote_is_translation"] = bool(values["quote_is_translation"])
    for name in (f"{field}_translations" for field in TRANSLATED):
        translations = values[name]
        values[name] = () if translations == "{}" else tuple(
            sorted(json.loads(translations).items()))
    return Claim(**values)


def source_from_row(row) -> Source:
    values = dict(zip(SOURCE_COLUMNS, row))
    values["date_approximate"] = bool(values["date_approximate"])
    values["repeats"] = tuple(Repeat(**r) for r in json.loads(values["repeats"]))
    return Source(**values)


def search_text(claim: Claim, source: Source) -> str:
    """The folded text a claim is found by: its own fields (its statement and reader's note
    in every language; both notes: the curator's words find claims too, though they are never exported) and its
    source's names."""
    parts = [claim.statement, claim.quote, claim.reader_note, claim.curator_note, claim.speaker,
             *claim.actors, *claim.topics, *(text for _, text in claim.statement_translations),
             *(text for _, text in claim.reader_note_translations)]
    parts += [source.title, source.title_short, source.author, source.outlet, source.publisher]
    return fold("\n".join(p for p in parts if p))


class Library:
    """An open library file. Not thread-safe: open one per thread."""

    def __init__(self, db: Database, path: Path):
        self.db = db
        self.path = path
        self.last_update: BundleUpdate | None = None

    # ---- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, bundle: Bundle | BundleFolder | None = None, *, create: bool = True,
             progress: Callable[[str], None] | None = None) -> Library:
        """Open (and when ``create``, build) the library at ``path``.

        Raises LibraryError with a sentence a person can act on when the file is
        missing, unreadable, damaged, or from a newer app. ``progress`` hears a sentence
        before the bundled layer is built or refreshed (the step that can take a while).
        """
        path = Path(path)
        _check_file(path, create)
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, check_same_thread=False)
        except sqlite3.Error as exc:
            raise classify(exc, path) from exc
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            _refuse_foreign(conn, path)  # before anything could change another's file
            _wal(conn)
            schema.migrate(conn, str(path))
            conn.execute("SELECT count(*) FROM claims").fetchone()
        except sqlite3.Error as exc:
            conn.close()
            if is_damage(exc):
                raise LibraryCorruptError(marked("core", "The library {path} is damaged or is "
                                                         "not a Briefing library ({detail})."),
                                          path=path, detail=exc) from exc
            error = classify(exc, path)
            if not isinstance(error, LibraryReadOnlyError):
                raise error from exc
            conn = _open_read_only(path, exc)  # searching still works
        except BaseException:
            conn.close()
            raise
        library = cls(Database(conn), path)
        try:
            if bundle is not None:
                library._refresh(bundle, progress)
        except sqlite3.Error as exc:
            error = classify(exc, path)
            if isinstance(error, LibraryReadOnlyError) and library.bundle_version is not None:
                return library  # cannot be written: it keeps the bundled layer it has
            library.close()
            raise error from exc
        except BaseException:  # a bundle that does not read (BundleError)
            library.close()
            raise
        return library

    def _refresh(self, given: Bundle | BundleFolder,
                 progress: Callable[[str], None] | None) -> None:
        """Bring the bundled layer up to ``given``. A ``BundleFolder`` is read only when its
        stamp (its files' sizes and times) differs from the one kept with the bundle's digest
        at the last refresh; the stamp names that digest, so a refresh by another app (an
        older version, which keeps no stamp) is noticed."""
        folder = isinstance(given, BundleFolder)  # (else a Bundle, already read)
        stamp = given.stamp() if folder else ""
        if stamp and self.meta("bundle_stamp") == f"{self.meta('bundle_digest')}|{stamp}":
            return
        bundle = given.load() if folder else given
        if self.meta("bundle_digest") != bundle.digest:
            if progress is not None:
                progress("Building the library…" if self.bundle_version is None
                         else f"Updating the library to the bundled version "
                              f"{bundle.version}…")
            with self.db.atomic():  # one writer refreshes; the others wait, then see it
                if self.meta("bundle_digest") != bundle.digest:
                    self.last_update = self.apply_bundle(bundle)
                if stamp:
                    self._set_meta("bundle_stamp", f"{bundle.digest}|{stamp}")
        elif stamp:
            try:  # the same bundle, other file times (a reinstall): keep the new stamp
                with self.db.atomic():
                    self._set_meta("bundle_stamp", f"{bundle.digest}|{stamp}")
            except sqlite3.Error:
                pass  # (a read-only library: the bundle is read again next time)

    @classmethod
    def open_reader(cls, path: Path) -> Library:
        """Another connection to a library that is already open, for another thread (a
        connection must stay in one thread at a time). It only reads: no build, no migration,
        no bundle refresh, and SQLite refuses writes on it. It sees what other connections
        have committed."""
        path = Path(path)
        conn = None
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True,
                                   timeout=BUSY_TIMEOUT, check_same_thread=False)
            conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            error = classify(exc, path)
            if not isinstance(error, LibraryReadOnlyError):
                raise error from exc
            conn = _open_read_only(path, exc)  # (a read-only folder: see Library.open)
        return cls(Database(conn), path)

    def close(self) -> None:
        self.db.conn.close()

    def interrupt(self) -> None:
        """Stop the query running on this connection (inside ``interruptible`` it raises
        QueryInterrupted); safe to call from another thread, a no-op when nothing runs or
        the connection is closed."""
        try:
            self.db.conn.interrupt()
        except sqlite3.Error:
            pass

    @contextmanager
    def interruptible(self):
        """Queries run in this block that ``interrupt`` stops raise QueryInterrupted; any other
        SQLite error is raised as its typed error (see ``sqlite_errors``)."""
        try:
            yield
        except sqlite3.Error as exc:
            error = classify(exc, self.path)
            if type(error) is LibraryError:
                raise  # not a condition of the file (a bug, e.g. "no such table"): as it is
            raise error from None

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- meta ------------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [key, value])

    @property
    def bundle_version(self) -> str | None:
        return self.meta("bundle_version")

    # ---- reading ---------------------------------------------------------------------------

    def source(self, source_id: str) -> Source:
        row = self.db.execute(f"SELECT {SOURCE_SELECT} FROM sources WHERE id = ?",
                              [source_id]).fetchone()
        if row is None:
            raise UnknownSourceError(marked("core", "There is no source with id '{source_id}' in "
                                                    "the library."), source_id=source_id)
        return source_from_row(row)

    def sources(self) -> list[Source]:
        rows = self.db.execute(f"SELECT {SOURCE_SELECT} FROM sources ORDER BY id").fetchall()
        return [source_from_row(r) for r in rows]

    def source_headings(self) -> list[tuple[str, str, str, str]]:
        """(id, title, outlet, author) of every source, sorted by id, without the texts
        (``sources()`` reads them all: 21 MB at 100k claims)."""
        sql = "SELECT id, title, outlet, author FROM sources ORDER BY id"
        return [tuple(row) for row in self.db.execute(sql)]

    def source_ids(self) -> list[str]:
        """Every source's id, sorted (without reading the texts, as ``sources()`` does)."""
        return [row[0] for row in self.db.execute("SELECT id FROM sources ORDER BY id")]

    def claim(self, claim_id: str) -> Claim:
        row = self.db.execute(f"SELECT {CLAIM_SELECT} FROM claims c WHERE c.id = ?", [claim_id])
        found = row.fetchone()
        if found is None:
            raise UnknownClaimError(marked("core", "There is no claim with id '{claim_id}' in "
                                                   "the library."), claim_id=claim_id)
        return claim_from_row(found)

    def claims(self, *, include_retired: bool = False, source_id: str | None = None) -> list[Claim]:
        where, params = ["1"], []
        if not include_retired:
            where.append("c.retired = 0")
        if source_id is not None:
            self.source(source_id)
            where.append("c.source_id = ?")
            params.append(source_id)
        sql = f"SELECT {CLAIM_SELECT} FROM claims c WHERE {' AND '.join(where)} ORDER BY c.n"
        return [claim_from_row(r) for r in self.db.execute(sql, params).fetchall()]

    def count_claims(self) -> int:
        return self.db.execute("SELECT count(*) FROM claims WHERE retired = 0").fetchone()[0]

    def vocabulary(self, field: str) -> list[tuple[str, int]]:
        """Distinct topics or actors with how many live claims carry each."""
        table, column = {"topic": ("claim_topics", "topic"), "actor": ("claim_actors", "actor")}[field]
        sql = (
            f"SELECT t.{column}, count(*) FROM {table} t JOIN claims c ON c.n = t.claim_n "
            f"WHERE c.retired = 0 GROUP BY t.{column} ORDER BY t.{column} COLLATE NOCASE"
        )
        return [(name, count) for name, count in self.db.execute(sql).fetchall()]

    # ---- writing ---------------------------------------------------------------------------

    def put_source(self, source: Source) -> None:
        row = source.to_json(with_text=True)
        row["repeats"] = json.dumps(row["repeats"], ensure_ascii=False)
        row["date_approximate"] = int(source.date_approximate)
        self.db.upsert("sources", row, key="id")

    def put_claim(self, claim: Claim, source: Source) -> None:
        row = claim.to_json()
        del row[LEGACY_NOTE]  # JSON's alias of reader_note, not a column
        for name, key in TRANSLATED.items():
            del row[key]  # JSON's every-language view: English is the field's own column
            row[f"{name}_translations"] = json.dumps(
                dict(getattr(claim, f"{name}_translations")), ensure_ascii=False)
        row["quote_is_translation"] = int(claim.quote_is_translation)
        row["actors"] = json.dumps(list(claim.actors), ensure_ascii=False)
        row["topics"] = json.dumps(list(claim.topics), ensure_ascii=False)
        row["retired"] = int(claim.retired)
        row["search_text"] = search_text(claim, source)
        existing = self.db.execute("SELECT n FROM claims WHERE id = ?", [claim.id]).fetchone()
        if existing:
            sets = ", ".join(f'"{k}" = ?' for k in row)
            self.db.execute(f"UPDATE claims SET {sets} WHERE n = ?", [*row.values(), existing[0]])
            n = existing[0]
            # (claim_actors and claim_topics are keyed by name first: these scan them, so
            # only a changed claim pays for it; a pack of 200,000 new claims took hours)
            self.db.execute("DELETE FROM claim_actors WHERE claim_n = ?", [n])
            self.db.execute("DELETE FROM claim_topics WHERE claim_n = ?", [n])
        else:
            n = self.db.insert("claims", row)
        for actor in dict.fromkeys(claim.actors):
            self.db.execute("INSERT OR IGNORE INTO claim_actors VALUES (?, ?)", [actor, n])
        for topic in dict.fromkeys(claim.topics):
            self.db.execute("INSERT OR IGNORE INTO claim_topics VALUES (?, ?)", [topic, n])

    def apply_bundle(self, bundle: Bundle) -> BundleUpdate:
        """Refresh the bundled layer from ``bundle`` in one transaction.

        Bundled claims that left the bundle are retired, never deleted, so the
        ids saved briefings use keep resolving. User rows and bundled rows a
        curator edited locally are left as they are.
        """
        before = self.bundle_version
        added = updated = kept = 0
        # One transaction: Database.execute commits each write on its own otherwise.
        with self.db.atomic():
            local = {
                row[0]
                for row in self.db.execute(
                    "SELECT id FROM claims WHERE locally_modified = 1 OR origin = 'user'"
                ).fetchall()
            }
            local_sources = {
                row[0]
                for row in self.db.execute(
                    "SELECT id FROM sources WHERE locally_modified = 1 OR origin = 'user'"
                ).fetchall()
            }
            existing = {row[0] for row in self.db.execute("SELECT id FROM claims").fetchall()}
            by_id = {s.id: s for s in bundle.sources}
            for source in bundle.sources:
                if source.id not in local_sources:
                    self.put_source(source)
            for claim in bundle.claims:
                if claim.id in local:
                    kept += 1
                    continue
                self.put_claim(claim, by_id[claim.source_id])
                if claim.id in existing:
                    updated += 1
                else:
                    added += 1
            bundled_ids = [c.id for c in bundle.claims]
            marks = ",".join("?" * len(bundled_ids)) or "''"
            retired = self.db.execute(
                f"UPDATE claims SET retired = 1 WHERE origin = 'bundled' AND locally_modified = 0 "
                f"AND retired = 0 AND id NOT IN ({marks})",
                bundled_ids,
            ).rowcount
            self._set_meta("bundle_version", bundle.version)
            self._set_meta("bundle_digest", bundle.digest)
        return BundleUpdate(before, bundle.version, added, updated, retired, kept)


def _refuse_foreign(conn: sqlite3.Connection, path: Path) -> None:
    """A SQLite file with tables but without a Briefing schema version, or without the
    tables every Briefing library has had since schema 1, is someone else's database (many
    programs number their schema in ``user_version`` too): not damage, so it is never moved,
    rebuilt, migrated or switched to WAL. A Briefing library from a newer app is refused
    here too, before anything could change it."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master "
                                             "WHERE type = 'table'")}
    if tables and (version == 0 or not _BRIEFING_TABLES <= tables):
        raise LibraryForeignError(marked("core", "The file {path} is a SQLite database but not a "
                                                 "Briefing library; it was left untouched. "
                                                 "Move it elsewhere to let Briefing build its "
                                                 "library there, or give Briefing another "
                                                 "library file with --library."), path=path)
    schema.refuse_newer(version, str(path))


def _open_read_only(path: Path, cause: sqlite3.Error) -> sqlite3.Connection:
    """A connection that only reads, to a library that cannot be written (searching still
    works; every write says "read-only"). In a read-only folder SQLite cannot make the -shm
    file a WAL library needs even to be read: without a -wal file (nobody has it open to
    write) the file is read as it is (``immutable``). Raises LibraryReadOnlyError when it
    cannot be read either, or needs an update of its schema first."""
    uri = path.resolve().as_uri()
    tries = [f"{uri}?mode=ro"]
    if not os.access(path.parent, os.W_OK) and not Path(f"{path}-wal").exists():
        tries.append(f"{uri}?mode=ro&immutable=1")
    for target in tries:
        try:
            conn = sqlite3.connect(target, uri=True, timeout=BUSY_TIMEOUT,
                                   check_same_thread=False)
        except sqlite3.Error:
            continue
        try:
            conn.execute("PRAGMA query_only = ON")
            _refuse_foreign(conn, path)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version < schema.SCHEMA_VERSION:
                raise LibraryReadOnlyError(marked("core", "The library {path} must be updated "
                                                          "for this version of Briefing, but it "
                                                          "cannot be written ({detail}): the "
                                                          "file or its folder is read-only, or "
                                                          "belongs to another user. Nothing was "
                                                          "changed. Make the file and its folder "
                                                          "writable and start again."),
                                           path=path, detail=cause)
            conn.execute("SELECT count(*) FROM claims").fetchone()
            return conn
        except sqlite3.Error:
            conn.close()
        except BaseException:
            conn.close()
            raise
    raise LibraryReadOnlyError(marked("core", "The library {path} cannot be opened ({detail}): "
                                              "the file or its folder is read-only, or belongs "
                                              "to another user. Nothing was changed. Make the "
                                              "file and its folder writable."),
                               path=path, detail=cause)


def _wal(conn: sqlite3.Connection) -> None:
    """Write-ahead logging: readers go on while one writer writes, and writers queue (with
    the busy timeout) instead of failing; a second window or the command line can share the
    library. A read-only file cannot switch: it still reads."""
    try:
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError as exc:
        if is_damage(exc):
            raise


def _check_file(path: Path, create: bool) -> None:
    if path.is_dir():
        raise LibraryError(marked("core", "The library path {path} is a folder, not a library "
                                          "file."), path=path)
    exists = check_regular(path, "library file", LibraryError)  # not a pipe or a device
    if not exists:
        if not create:
            raise LibraryError(marked("core", "There is no library file at {path}."),
                               path=path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(marked("core", "Cannot create the folder for the library {path}: "
                                              "{reason}."), path=path, reason=exc.strerror) from exc
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise LibraryError(marked("core", "The library {path} cannot be read: {reason}."),
                           path=path, reason=exc.strerror) from exc
    if header and header != _SQLITE_MAGIC:
        raise LibraryCorruptError(marked("core", "The library {path} is damaged or is not a "
                                                 "Briefing library ({detail})."), path=path,
                                  detail="its first bytes are not an SQLite file's")
