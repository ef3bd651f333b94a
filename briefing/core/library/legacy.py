"""What the library schema's 2026.12 migration (version 4) does beyond SQL.

Pack imports record the hash of each row they wrote (``pack_rows``), so a later import can
tell the library's own edits from what a pack brought. The hash is over the row's JSON, which
2026.12 changed (a claim's ``note`` became ``reader_note`` and ``curator_note``, claims gained
the translation fields, sources ``title_short``). A recorded hash that matches the row as it
was before the migration is rewritten to the row's hash now; any other (the row was edited
since the pack wrote it) is left, so the edit still counts as the library's own.
"""

from __future__ import annotations

import sqlite3

from briefing.core.library.database import (
    CLAIM_COLUMNS,
    SOURCE_COLUMNS,
    claim_from_row,
    source_from_row,
)
from briefing.core.library.packs import content_sha256, json_sha256
from briefing.core.model import LEGACY_NOTE, Claim, Source

# The keys a 2026.11 app hashed (its rows' JSON without "origin"): any key added since is
# left out, whichever migration added it.
_CLAIM_KEYS_2026_11 = ("id", "source_id", "statement", "quote", "start", "end", "kind",
                       "speaker", "event_date", "actors", "topics", "status", LEGACY_NOTE,
                       "retired")
_SOURCE_KEYS_2026_11 = ("id", "title", "author", "outlet", "publisher", "published",
                        "date_approximate", "date_note", "language", "url", "accessed", "kind",
                        "note", "text", "repeats")


def legacy_sha256(row: Claim | Source) -> str:
    """The hash a 2026.11 app gave this row, read back from the migrated row (whose one note
    went to exactly one of the two notes)."""
    if isinstance(row, Source):
        data = row.to_json(with_text=True)
        keys = _SOURCE_KEYS_2026_11
    else:
        data = row.to_json()
        data[LEGACY_NOTE] = row.reader_note or row.curator_note
        keys = _CLAIM_KEYS_2026_11
    return json_sha256({key: data[key] for key in keys})


# What a column added by a later migration holds before it exists.
_LATER = {"statement_translations": "'{}'", "reader_note_translations": "'{}'",
          "quote_translated_from_translations": "'{}'", "title_translated": "''"}


def _select(conn: sqlite3.Connection, table: str, columns: list[str], prefix: str = "") -> str:
    """The columns of ``table`` the model reads today, those a later migration adds (this runs
    at schema 4, before they exist) as their defaults: what a row of that time reads as."""
    present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    return ", ".join(f'{prefix}"{name}"' if name in present else f'{_LATER[name]} AS "{name}"'
                     for name in columns)


def rehash_pack_rows(conn: sqlite3.Connection) -> int:
    """Rewrite the recorded hashes of rows unchanged since a pack wrote them; returns how many."""
    done = 0
    claim_select = _select(conn, "claims", CLAIM_COLUMNS, "c.")
    source_select = _select(conn, "sources", SOURCE_COLUMNS)
    for kind, row_id, recorded in conn.execute("SELECT kind, id, sha256 FROM pack_rows").fetchall():
        if kind == "claim":
            found = conn.execute(f"SELECT {claim_select} FROM claims c WHERE c.id = ?", [row_id])
            make = claim_from_row
        else:
            found = conn.execute(f"SELECT {source_select} FROM sources WHERE id = ?", [row_id])
            make = source_from_row
        row = found.fetchone()
        if row is None:
            continue
        current = make(row)
        if legacy_sha256(current) == recorded:
            conn.execute("UPDATE pack_rows SET sha256 = ? WHERE kind = ? AND id = ?",
                         [content_sha256(current), kind, row_id])
            done += 1
    return done
