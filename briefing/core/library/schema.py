"""The library's SQLite schema and its migrations.

``PRAGMA user_version`` holds the schema version. Each migration takes the
schema from version N-1 to N inside one transaction; a file from a newer app
is refused rather than guessed at.

Two layers share the tables: rows with ``origin = 'bundled'`` come from the
curated library shipped with the app and are refreshed when it changes; rows
with ``origin = 'user'`` are the user's own and are never touched by that
refresh. ``locally_modified`` marks bundled rows a curator edited, which the
refresh then leaves alone too.

Search uses two FTS5 indexes over ``claims.search_text`` (folded text, see
``textfold.fold``): ``claims_words`` (unicode61, prefix indexes for
as-you-type) and ``claims_tri`` (trigram, substrings inside compounds and
Chinese). Triggers keep both in step with ``claims``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from briefing.core.errors import LibraryVersionError, marked
from briefing.core.model import LEGACY_PRINTED_STATUSES

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL DEFAULT 'user',
    title TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    outlet TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    date_approximate INTEGER NOT NULL DEFAULT 0,
    date_note TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    accessed TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'article-newspaper',
    note TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    repeats TEXT NOT NULL DEFAULT '[]',
    locally_modified INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE claims (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL DEFAULT 'user',
    source_id TEXT NOT NULL REFERENCES sources(id),
    statement TEXT NOT NULL,
    quote TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL,
    speaker TEXT NOT NULL DEFAULT '',
    event_date TEXT NOT NULL DEFAULT '',
    actors TEXT NOT NULL DEFAULT '[]',
    topics TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'as reported',
    note TEXT NOT NULL DEFAULT '',
    retired INTEGER NOT NULL DEFAULT 0,
    locally_modified INTEGER NOT NULL DEFAULT 0,
    search_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX claims_source ON claims(source_id);
CREATE INDEX claims_event_date ON claims(event_date);

CREATE TABLE claim_actors (
    actor TEXT NOT NULL COLLATE NOCASE, claim_n INTEGER NOT NULL,
    PRIMARY KEY (actor, claim_n)
) WITHOUT ROWID;
CREATE TABLE claim_topics (
    topic TEXT NOT NULL COLLATE NOCASE, claim_n INTEGER NOT NULL,
    PRIMARY KEY (topic, claim_n)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE claims_words USING fts5(
    search_text, content='claims', content_rowid='n',
    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
CREATE VIRTUAL TABLE claims_tri USING fts5(
    search_text, content='claims', content_rowid='n', tokenize='trigram'
);

CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
    INSERT INTO claims_words(rowid, search_text) VALUES (new.n, new.search_text);
    INSERT INTO claims_tri(rowid, search_text) VALUES (new.n, new.search_text);
END;
CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
    INSERT INTO claims_words(claims_words, rowid, search_text)
        VALUES ('delete', old.n, old.search_text);
    INSERT INTO claims_tri(claims_tri, rowid, search_text) VALUES ('delete', old.n, old.search_text);
    DELETE FROM claim_actors WHERE claim_n = old.n;
    DELETE FROM claim_topics WHERE claim_n = old.n;
END;
CREATE TRIGGER claims_au AFTER UPDATE OF search_text ON claims BEGIN
    INSERT INTO claims_words(claims_words, rowid, search_text)
        VALUES ('delete', old.n, old.search_text);
    INSERT INTO claims_tri(claims_tri, rowid, search_text) VALUES ('delete', old.n, old.search_text);
    INSERT INTO claims_words(rowid, search_text) VALUES (new.n, new.search_text);
    INSERT INTO claims_tri(rowid, search_text) VALUES (new.n, new.search_text);
END;
"""

# Version 2 (curation): links between claims that corroborate each other (ids in
# order, a < b), and the content hash each row had when a library pack last wrote
# it (and when that pack was made), so a later pack import can tell a curator's
# local edit from its own update, and an older pack from a newer one.
_V2 = """
CREATE TABLE claim_links (
    claim_a TEXT NOT NULL,
    claim_b TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'corroborates',
    PRIMARY KEY (claim_a, claim_b),
    CHECK (claim_a < claim_b)
) WITHOUT ROWID;
CREATE INDEX claim_links_b ON claim_links(claim_b);

CREATE TABLE pack_rows (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    pack_created TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;
"""

# Version 3 (backups): a counter of writes to what a backup holds, and an id for this file,
# so opening an unchanged library does not read its whole user layer to find out
# (LibraryGuard.backup: 5 s and 700 MB at 100,000 claims of the user's own).
_V3 = """
CREATE TABLE changes (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    library_id TEXT NOT NULL,
    writes INTEGER NOT NULL
);
INSERT INTO changes VALUES (1, lower(hex(randomblob(8))), 0);
""" + "".join(
    f"""
CREATE TRIGGER changes_{table}_{event[0]} AFTER {event} ON {table}{when} BEGIN
    UPDATE changes SET writes = writes + 1;
END;"""
    for table in ("claims", "sources", "claim_links", "meta")
    for event in ("INSERT", "UPDATE", "DELETE")
    # of meta, only the counters of the user's own claim ids are backed up
    for when in [" WHEN {}.key LIKE 'user_claims:%'".format("old" if event == "DELETE" else "new")
                 if table == "meta" else ""]
)

# Version 4 (library 2026.12): a claim's one note becomes two, the reader's (printed in the
# footnote) and the curator's (never exported); a note only disputed and corrected claims
# printed stays the reader's, every other note was never printed and becomes the curator's
# (``model.split_legacy_note``, the same rule for saved briefings and packs). Claims can mark
# their quote a translation; sources get a short title for subsequent notes. The hashes
# earlier pack imports recorded are rewritten for the new rows (``legacy.rehash_pack_rows``),
# so the next import still tells the library's own edits from what a pack brought.
_V4_STATEMENTS = [
    'ALTER TABLE claims RENAME COLUMN note TO reader_note',
    "ALTER TABLE claims ADD COLUMN curator_note TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE claims ADD COLUMN quote_is_translation INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE claims ADD COLUMN quote_translated_from TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE claims ADD COLUMN quote_translator TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sources ADD COLUMN title_short TEXT NOT NULL DEFAULT ''",
    "UPDATE claims SET curator_note = reader_note, reader_note = '' WHERE reader_note != '' "
    f"AND status NOT IN ({', '.join(repr(s) for s in LEGACY_PRINTED_STATUSES)})",
]


def _v4(conn: sqlite3.Connection) -> None:
    for statement in _V4_STATEMENTS:
        conn.execute(statement)
    from briefing.core.library.legacy import rehash_pack_rows  # reads rows as the model does

    rehash_pack_rows(conn)


# Version 5 (issue 17): a source's title translated into English, printed in brackets after
# the title in citations.
_V5 = """
ALTER TABLE sources ADD COLUMN title_translated TEXT NOT NULL DEFAULT '';
"""

# Version 6 (issue 19): a claim's statement and reader's note in other languages than
# English, as JSON (``{"de": "…"}``, see ``model.Claim.statement_translations``). Search finds
# claims by those words too: they are part of ``search_text``, which the bundled refresh rewrites (the
# translations are part of the bundle's digest) and curation writes for the user's claims;
# a claim without translations keeps the search text it had.
_V6 = """
ALTER TABLE claims ADD COLUMN statement_translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE claims ADD COLUMN reader_note_translations TEXT NOT NULL DEFAULT '{}';
"""

# Version 7 (issue 16, German briefings): what a translated quote translates, in other
# languages than English (``{"de": "dem englischen Bericht von CNN über die Rede"}``), so a
# German footnote says it in German.
_V7 = """
ALTER TABLE claims ADD COLUMN quote_translated_from_translations TEXT NOT NULL DEFAULT '{}';
"""

# Index i holds what brings a file from version i to i + 1: a script, or a function run in
# the migration's transaction.
MIGRATIONS: list[str | Callable[[sqlite3.Connection], None]] = [_V1, _V2, _V3, _v4, _V5, _V6,
                                                                 _V7]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, path_for_messages: str) -> int:
    """Bring the schema up to date; returns the version the file had before.

    Each step takes the write lock first (BEGIN IMMEDIATE) and reads the version again under
    it: two processes opening a new library at once then build it once, the second waiting
    for the first instead of failing on tables that now exist."""
    found = before = conn.execute("PRAGMA user_version").fetchone()[0]
    refuse_newer(found, path_for_messages)
    while found < SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            refuse_newer(version, path_for_messages)
            if version < SCHEMA_VERSION:
                step = MIGRATIONS[version]
                if callable(step):
                    step(conn)
                else:
                    _run_script(conn, step)
                conn.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
        found = conn.execute("PRAGMA user_version").fetchone()[0]
    return before


def refuse_newer(found: int, path_for_messages: str) -> None:
    if found > SCHEMA_VERSION:
        raise LibraryVersionError(marked("core", "The library {path} was written by "
                                                 "a newer version of Briefing (schema {found}, "
                                                 "this app reads up to {newest}). "
                                                 "Update the app."),
                                  path=path_for_messages, found=found, newest=SCHEMA_VERSION)


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run a script statement by statement inside the open transaction (``executescript``
    would commit it first)."""
    statement = ""
    for piece in script.split(";"):
        statement += piece + ";"
        if sqlite3.complete_statement(statement):  # (a trigger's body holds ";" too)
            if statement.strip(" \n;"):
                conn.execute(statement)
            statement = ""
