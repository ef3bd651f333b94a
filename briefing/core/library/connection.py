"""The library's SQLite connection, with the three things the code needs beyond ``sqlite3``.

``execute`` commits a write at once unless a transaction is open (``sqlite3`` on its own would
open one implicitly and leave it open); ``atomic()`` makes a block one transaction that takes
the write lock at its start (waiting for another writer up to the busy timeout), nested blocks
savepoints; ``insert``/``upsert`` write a row given as a dict.

Why not sqlite-utils, which the library used for exactly these four calls until December 2026:
measured on this project's 2-core machine, ``import sqlite_utils`` took 100–190 ms of a
``briefing claims search`` process that should start in about 200 ms (it imports click,
pluggy, tabulate, dateutil and importlib.metadata to load its plugins), and it brought 15.8 MB
of packages into the bundle (click, click-default-group, pluggy, python-dateutil, tzdata,
tabulate, sqlite-fts4, and pip, which sqlite-utils 4 requires). Its migrations and table helpers
do not fit here: the schema is hand-written SQL with FTS5 triggers and versioned migrations
(``schema``). These lines keep the transaction semantics of sqlite-utils 4.2's
``Database.execute`` and ``atomic``.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from briefing.core.library.sqlite_errors import BUSY_TIMEOUT, code_of

_TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE")


class Database:
    """One ``sqlite3`` connection (``conn``), in Python's default transaction handling."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        # As sqlite-utils did: "INSERT OR REPLACE" fires the delete triggers of the rows it
        # replaces, so the FTS indexes stay in step with every kind of write.
        conn.execute("PRAGMA recursive_triggers = on")

    def execute(self, sql: str, parameters: Sequence | Mapping = ()) -> sqlite3.Cursor:
        """Run one statement; a write outside ``atomic()`` is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # the failed statement's implicit transaction
            raise
        if (not was_in_transaction and self.conn.in_transaction and cursor.description is None
                and sql.lstrip().split(None, 1)[0].upper() not in _TRANSACTION_CONTROL):
            self.conn.execute("COMMIT")
        return cursor

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """The block is one transaction (a savepoint when one is already open): all of it is
        written, or, when it raises, none of it."""
        if self.conn.in_transaction:
            savepoint = f"briefing_{os.urandom(8).hex()}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it already
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self._begin_immediate()
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def _begin_immediate(self) -> None:
        """Take the write lock at the transaction's start (BEGIN IMMEDIATE), waiting up to the
        busy timeout for another writer. A plain BEGIN takes it at the first write, after
        reads: in WAL mode a writer that committed in between then fails at once with
        "database is locked", which is what four processes adding claims at once saw."""
        deadline = time.monotonic() + BUSY_TIMEOUT
        while True:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if code_of(exc) not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) \
                        or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)  # busy without waiting (a WAL being recovered): try again

    def insert(self, table: str, row: Mapping) -> int:
        """Insert ``row`` (column → value); the new row's rowid."""
        columns = ", ".join(f'"{name}"' for name in row)
        marks = ", ".join("?" for _ in row)
        return self.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})",
                            list(row.values())).lastrowid

    def upsert(self, table: str, row: Mapping, key: str) -> None:
        """Insert ``row``, or update the row with the same ``key`` (its other columns kept)."""
        columns = ", ".join(f'"{name}"' for name in row)
        marks = ", ".join("?" for _ in row)
        sets = ", ".join(f'"{name}" = excluded."{name}"' for name in row if name != key)
        self.execute(f'INSERT INTO {table} ({columns}) VALUES ({marks}) '
                     f'ON CONFLICT("{key}") DO UPDATE SET {sets}', list(row.values()))

    def close(self) -> None:
        self.conn.close()
