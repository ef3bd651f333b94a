"""A busy, locked, read-only or full library is not a damaged one (issue 15): each fault is its
own clear error, the file is never moved or rebuilt, and the user's own claims survive. Also
concurrent writers in separate processes, backups that cannot be written, same-second
backups and repairs, and what a repair says."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.core.curation.claims import add_claim
from briefing.core.errors import (
    LibraryCorruptError,
    LibraryForeignError,
    LibraryVersionError,
    QueryTooComplexError,
)
from briefing.core.library import Library, schema
from briefing.core.library import search as searching
from briefing.core.library.safety import LibraryGuard, backups_in_order
from tests.reliability.hostile import REPO, cli

pytestmark = pytest.mark.timeout(120)

QUOTE = "In diesem Jahr nahmen über 800 Unternehmen teil"


def _add(home: Path, statement: str, **kwargs) -> subprocess.CompletedProcess:
    return cli("claims", "add", "--source", "dn-waic", "--quote", QUOTE, "--statement",
               statement, "--kind", "figure", home=home, **kwargs)


def _own_claims(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM claims WHERE origin = 'user' "
                                           "ORDER BY n")]
    finally:
        conn.close()


def _damaged(home: Path) -> list[Path]:
    return sorted(home.glob("library.damaged-*"))


# ---- busy and locked -------------------------------------------------------------------------

HOLD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], timeout=1, isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('held', 'yes')")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def _hold_write_lock(path: Path, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    return holder


@pytest.mark.slow
def test_another_writer_during_the_daily_check_is_not_damage(tmp_path, bundle):
    guard = LibraryGuard(tmp_path / "library.sqlite", tmp_path / "backups")
    library, _ = guard.open(bundle)
    add_claim(library, "dn-waic", QUOTE, "Added a minute ago, after the last backup.", "figure")
    library.db.execute("DELETE FROM meta WHERE key = 'integrity_checked'")  # the check is due
    library.close()
    # longer than sqlite3's default 5 s wait: before, the check's own write then failed with
    # "database is locked", called damage, and the claim above was lost in the rebuild
    holder = _hold_write_lock(tmp_path / "library.sqlite", 8)
    try:
        started = time.monotonic()
        library, message = guard.open(bundle)
        # a reader does not wait for the writer: the check's note of when it ran is left for
        # next time (before, it waited out the busy timeout, and a search took 15 s)
        assert time.monotonic() - started < 6
        assert message is None and not _damaged(tmp_path)
        assert library.claim("dn-waic-u01").statement.startswith("Added a minute ago")
        library.close()
    finally:
        holder.communicate(timeout=30)


@pytest.mark.slow
def test_a_writer_waits_for_another_and_then_succeeds(private_home):
    assert _add(private_home, "First.").returncode == 0
    holder = _hold_write_lock(private_home / "library.sqlite", 2)
    started = time.monotonic()
    result = _add(private_home, "Waited for the other writer.")
    holder.communicate(timeout=30)
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started > 1.5  # it waited rather than failed
    assert _own_claims(private_home / "library.sqlite") == ["dn-waic-u01", "dn-waic-u02"]


@pytest.mark.slow
def test_a_writer_held_up_too_long_is_told_the_library_is_busy(private_home, monkeypatch):
    assert _add(private_home, "First.").returncode == 0
    before = (private_home / "library.sqlite").read_bytes()
    holder = _hold_write_lock(private_home / "library.sqlite", 25)
    try:
        result = _add(private_home, "Cannot get in.", timeout=60)
    finally:
        holder.kill()
        holder.communicate()
    assert result.returncode == 1
    assert "is busy: another Briefing window or command is writing to it" in result.stderr
    assert "damaged" not in result.stderr and not _damaged(private_home)
    assert (private_home / "library.sqlite").read_bytes()[:100] == before[:100]
    assert _own_claims(private_home / "library.sqlite") == ["dn-waic-u01"]


WORKER = """
import sys
from briefing.app import main
for n in range(int(sys.argv[2])):
    code = main(["claims", "add", "--source", "dn-waic", "--quote", sys.argv[3],
                 "--statement", f"Worker {sys.argv[1]} claim {n}.", "--kind", "figure"])
    print("ok" if code == 0 else "FAILED", flush=True)
"""


@pytest.mark.slow
@pytest.mark.timeout(400)
def test_four_processes_adding_25_claims_each_at_once_all_succeed(private_home):
    assert cli("claims", "list", home=private_home).returncode == 0  # build it first
    env = {**os.environ, "BRIEFING_HOME": str(private_home)}
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, str(w), "25", QUOTE], cwd=REPO,
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True) for w in range(4)]
    results = [w.communicate(timeout=380) for w in workers]
    outcomes = [line for out, _ in results for line in out.split()]
    errors = [err for _, err in results if err.strip()]
    assert outcomes.count("ok") == 100, (outcomes.count("FAILED"), errors[:2])
    ids = _own_claims(private_home / "library.sqlite")
    assert len(ids) == len(set(ids)) == 100
    assert not _damaged(private_home)


def test_a_new_library_opened_by_two_processes_at_once_is_built_once(private_home):
    env = {**os.environ, "BRIEFING_HOME": str(private_home)}
    runs = [subprocess.Popen([sys.executable, "-m", "briefing", "claims", "search", "Ascend"],
                             cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(3)]
    for run in runs:
        out, err = run.communicate(timeout=100)
        assert run.returncode == 0 and "claims found" in out, err
    assert not _damaged(private_home)


# ---- read-only, foreign and query limits ------------------------------------------------------


@contextlib.contextmanager
def read_only(path: Path):
    """``path`` (a file or a folder) read-only even for root: a read-only bind mount of it.
    (As root, file permissions mean nothing, and the venv's interpreter lives in /root, which
    an unprivileged user cannot reach.)"""
    bind = subprocess.run(["mount", "--bind", str(path), str(path)], capture_output=True,
                          check=False)
    if bind.returncode != 0:
        pytest.skip(f"cannot make a read-only mount here ({bind.stderr.decode().strip()})")
    try:
        remount = subprocess.run(["mount", "-o", "remount,bind,ro", str(path), str(path)],
                                 capture_output=True, check=False)
        if remount.returncode != 0:
            pytest.skip(f"cannot remount read-only here ({remount.stderr.decode().strip()})")
        yield path
    finally:
        subprocess.run(["umount", str(path)], capture_output=True, check=False)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_library_searches_and_refuses_changes_without_repair(private_home, what):
    assert _add(private_home, "Mine.").returncode == 0
    library = private_home / "library.sqlite"
    before = library.read_bytes()
    with read_only(library if what == "file" else private_home):
        searched = cli("claims", "search", "Unternehmen", home=private_home)
        added = _add(private_home, "Refused.")
    assert "Traceback" not in searched.stderr + added.stderr
    assert added.returncode == 1 and "read-only" in added.stderr, added.stderr
    assert "damaged" not in searched.stderr + added.stderr
    # (a read-only folder: SQLite cannot make the -shm file WAL reads need; before, even the
    # search failed, with a message saying "searching still works")
    assert searched.returncode == 0 and "claims found" in searched.stdout, searched.stderr
    assert library.read_bytes() == before and not _damaged(private_home)
    assert _own_claims(library) == ["dn-waic-u01"]
    assert _add(private_home, "Writable again.").returncode == 0


def test_a_read_only_library_with_an_older_bundled_layer_still_searches(private_home):
    """After an update of the app the bundled layer is refreshed on open: a library that
    cannot be written keeps the one it has (before, every command failed)."""
    assert _add(private_home, "Mine.").returncode == 0
    library = private_home / "library.sqlite"
    conn = sqlite3.connect(library)
    conn.execute("UPDATE meta SET value = 'an older bundle' WHERE key = 'bundle_digest'")
    conn.commit()
    conn.close()
    before = library.read_bytes()
    with read_only(private_home):
        searched = cli("claims", "search", "Unternehmen", home=private_home)
        shown = cli("claims", "show", "dn-waic-u01", home=private_home)
        added = _add(private_home, "Refused.")
    assert searched.returncode == 0 and "claims found" in searched.stdout, searched.stderr
    assert shown.returncode == 0 and "Mine." in shown.stdout, shown.stderr
    assert added.returncode == 1 and "read-only" in added.stderr, added.stderr
    assert library.read_bytes() == before and not _damaged(private_home)


def test_a_read_only_backups_folder_is_a_warning_not_a_failure(private_home):
    assert cli("claims", "list", home=private_home).returncode == 0
    (private_home / "backups").mkdir(exist_ok=True)
    with read_only(private_home / "backups"):
        added = _add(private_home, "Kept though not backed up.")
        assert added.returncode == 0, added.stderr
        searched = cli("claims", "search", "Unternehmen", home=private_home)
    assert searched.returncode == 0 and "claims found" in searched.stdout
    assert "could not be backed up" in searched.stderr


def test_another_programs_sqlite_file_is_left_untouched(private_home):
    path = private_home / "library.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    result = cli("claims", "search", "chips", home=private_home)
    assert result.returncode == 1 and "left untouched" in result.stderr
    assert path.read_bytes() == before and not _damaged(private_home)


@pytest.mark.parametrize("version", [1, 3, 6, 99])
def test_another_programs_sqlite_file_with_a_schema_version_is_left_untouched(tmp_path, bundle,
                                                                           version):
    """Many programs number their schema in ``PRAGMA user_version`` too: such a file was
    switched to WAL and half-migrated (Briefing's tables added to it), then reported as
    "no such table: claims" or "written by a newer version of Briefing"."""
    path = tmp_path / "photos.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (name TEXT)")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryForeignError, match="not a Briefing library; it was left untouched"):
        Library.open(path, bundle)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photos.sqlite"]  # no -wal, -shm


def test_a_library_from_a_newer_briefing_is_refused_unchanged(tmp_path, bundle):
    path = tmp_path / "library.sqlite"
    Library.open(path, bundle).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryVersionError, match="newer version of Briefing"):
        Library.open(path, bundle)
    assert path.read_bytes() == before  # not even switched to WAL


def test_a_search_of_2000_words_is_a_clear_error_not_damage(library, private_home):
    words = " ".join(f"wort{n}" for n in range(2000))
    try:
        searching.search(library, words)
    except QueryTooComplexError as exc:
        assert "fewer words" in str(exc)
    except sqlite3.Error as exc:  # pragma: no cover - the failure this test guards against
        pytest.fail(f"raw SQLite error: {exc}")
    result = cli("claims", "search", words, home=private_home)
    assert "damaged" not in result.stderr and "Traceback" not in result.stderr
    assert result.returncode == 0 or "fewer words" in result.stderr
    assert not _damaged(private_home)


# ---- backups and repairs ---------------------------------------------------------------------


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096: page * 4096 + 100] = bytes(range(100))
    path.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)


def test_same_second_backups_restore_the_newest(tmp_path, bundle):
    guard = LibraryGuard(tmp_path / "library.sqlite", tmp_path / "backups")
    library, _ = guard.open(bundle)
    for n in range(4):
        add_claim(library, "dn-waic", QUOTE, f"Claim {n}.", "figure")
        guard.backup(library)  # all within a second or two: same-second names
    library.close()
    assert len(backups_in_order(tmp_path / "backups")) == 4
    for trial in range(3):
        shutil.copy(tmp_path / "library.sqlite", tmp_path / f"good-{trial}.sqlite")
    _damage(tmp_path / "library.sqlite")
    conn = sqlite3.connect(tmp_path / "library.sqlite")
    try:
        conn.execute("DELETE FROM meta WHERE key = 'integrity_checked'")
        conn.commit()
    except sqlite3.Error:
        pass
    conn.close()
    library, message = guard.open(bundle)
    try:
        assert message and "4 claims were restored from the backup of" in message
        assert [c.statement for c in library.claims() if c.origin == "user"] == \
            [f"Claim {n}." for n in range(4)]
    finally:
        library.close()


def test_a_backup_of_an_older_state_never_becomes_the_newest(tmp_path, bundle):
    """Two processes back up at once: the one that read the library first may finish last.
    Its backup must not then take the newest number (a repair would restore it and lose the
    other's claims)."""
    guard = LibraryGuard(tmp_path / "library.sqlite", tmp_path / "backups")
    library, _ = guard.open(bundle)
    add_claim(library, "dn-waic", QUOTE, "Claim 1.", "figure")
    guard.backup(library)
    slow = Library.open_reader(tmp_path / "library.sqlite")
    slow.db.execute("BEGIN")  # this process has read the library as it was
    slow.db.execute("SELECT count(*) FROM claims").fetchone()
    add_claim(library, "dn-waic", QUOTE, "Claim 2.", "figure")
    guard.backup(library)  # another process backs up the newer state first
    (guard.backups / "last-seen-writes.txt").unlink()
    guard.backup(slow)  # ...and the slow one finishes after it
    slow.db.execute("COMMIT")
    slow.close()
    library.close()
    guard.mark_for_repair("SQLite's integrity check failed: row 3 missing")
    library, message = guard.open(bundle)
    try:
        assert [c.statement for c in library.claims() if c.origin == "user"] == \
            ["Claim 1.", "Claim 2."], message
    finally:
        library.close()


def test_two_repairs_in_the_same_second_keep_both_damaged_files(tmp_path, bundle, monkeypatch):
    import briefing.core.library.safety as safety

    monkeypatch.setattr(safety.time, "strftime", lambda *_args: "20261207-120000")
    guard = LibraryGuard(tmp_path / "library.sqlite", tmp_path / "backups")
    for content in (b"\x00" * 8192, b"garbage " * 2000):
        (tmp_path / "library.sqlite").write_bytes(content)
        library, message = guard.open(bundle)
        library.close()
        assert "kept aside" in message
        # the cause once, not the whole of another message in brackets
        assert message.startswith("The library file was damaged (its first bytes are not an "
                                  "SQLite file's). It was kept aside as library.damaged-"), message
    kept = sorted(p.read_bytes() for p in tmp_path.glob("library.damaged-*.sqlite"))
    assert kept == sorted([b"\x00" * 8192, b"garbage " * 2000])


def test_a_repair_says_what_was_restored_from_when_and_what_was_not(tmp_path, bundle):
    guard = LibraryGuard(tmp_path / "library.sqlite", tmp_path / "backups")
    library, _ = guard.open(bundle)
    add_claim(library, "dn-waic", QUOTE, "Backed up.", "figure")
    guard.backup(library)
    add_claim(library, "dn-waic", QUOTE, "Added after the backup.", "figure")
    library.close()
    guard.mark_for_repair("SQLite's integrity check failed: row 3 missing")  # found later
    library, message = guard.open(bundle)
    try:
        assert "1 claims were restored from the backup of" in message
        assert "changes made after that backup are not in the rebuilt library" in message
        assert "dn-waic-u02" in message and "may still be read from library.damaged-" in message
        assert [c.id for c in library.claims() if c.origin == "user"] == ["dn-waic-u01"]
        kept = next(tmp_path.glob("library.damaged-*.sqlite"))
        assert _own_claims(kept) == ["dn-waic-u01", "dn-waic-u02"]  # still there to read
    finally:
        library.close()


def test_a_repair_with_nothing_newer_says_nothing_was_lost(tmp_path, bundle):
    guard = LibraryGuard(tmp_path / "library.sqlite", tmp_path / "backups")
    library, _ = guard.open(bundle)
    add_claim(library, "dn-waic", QUOTE, "Backed up.", "figure")
    guard.backup(library)
    library.close()
    guard.mark_for_repair("SQLite's integrity check failed: row 3 missing")
    library, message = guard.open(bundle)
    library.close()
    assert "held nothing newer, so nothing was lost" in message


def test_damage_found_by_a_command_is_repaired_by_the_next(private_home):
    assert _add(private_home, "Mine.").returncode == 0
    assert cli("claims", "list", home=private_home).returncode == 0  # backs it up
    _damage(private_home / "library.sqlite")
    first = cli("claims", "show", "dn-waic-u01", home=private_home)
    second = cli("claims", "show", "dn-waic-u01", home=private_home)
    assert "Traceback" not in first.stderr + second.stderr
    assert second.returncode == 0 and "Mine." in second.stdout
    assert "kept aside" in first.stderr + second.stderr


# ---- a full disk -----------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 6 MB file system: room for the library and a little more."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here ({done.stderr.decode().strip()})")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with open(filler, "wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError:
            pass
    return filler


def test_a_full_disk_loses_nothing_and_the_next_command_works(small_disk, tmp_path):
    home = small_disk
    assert _add(home, "Before the disk filled.").returncode == 0
    briefing = home / "note.briefing"
    assert cli("new", "-o", str(briefing), "--template", "briefing-note", "--title", "Chips",
               home=home).returncode == 0
    assert cli("add", str(briefing), "--section", "summary", "dn-waic-u01",
               home=home).returncode == 0
    document = tmp_path / "doc.txt"
    document.write_text("A document to import.\n\n" + "Some words of text. " * 2000)
    saved = briefing.read_bytes()
    filler = _fill(home)

    search = cli("claims", "search", "Unternehmen", home=home)
    # WAL needs 32 KB for its shared-memory file to read: on a full disk even a search may
    # only say so
    assert (search.returncode == 0 and "claims found" in search.stdout) or \
        "is full" in search.stderr, search.stderr
    added = _add(home, "While the disk is full.")
    imported = cli("import", str(document), home=home)
    edited = cli("add-text", str(briefing), "--section", "summary", "More text " * 500,
                 home=home)
    exported = cli("export", str(briefing), "-o", str(home / "note.docx"), home=home)
    for result in (added, imported, edited, exported):
        assert result.returncode == 1, result.stdout
        assert "full" in result.stderr, result.stderr
        assert "damaged" not in result.stderr and "Traceback" not in result.stderr
    assert briefing.read_bytes() == saved and not (home / "note.docx").exists()
    assert not list(home.glob(".*.tmp")) and not _damaged(home)

    filler.unlink()
    assert _own_claims(home / "library.sqlite") == ["dn-waic-u01"]
    again = _add(home, "After space was freed.")
    assert again.returncode == 0 and "damaged" not in again.stderr, again.stderr
    assert _own_claims(home / "library.sqlite") == ["dn-waic-u01", "dn-waic-u02"]
    assert cli("import", str(document), home=home).returncode == 0
    assert cli("export", str(briefing), "-o", str(home / "note.docx"), home=home).returncode == 0


def test_a_full_disk_at_the_first_start_is_a_clear_error(small_disk):
    filler = _fill(small_disk)
    result = cli("claims", "search", "chips", home=small_disk)
    assert result.returncode == 1 and "full" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and not _damaged(small_disk)
    filler.unlink()
    result = cli("claims", "search", "Ascend", home=small_disk)
    assert result.returncode == 0 and "claims found" in result.stdout, result.stderr


def test_the_user_is_never_told_to_move_a_library_aside_for_a_non_damage(tmp_path):
    """The old advice for any SQLite error ("Move it aside and start again to rebuild") would
    have lost the user's own claims; no message may say it."""
    source = (REPO / "briefing" / "cli" / "main.py").read_text(encoding="utf-8")
    assert "Move it aside and start again" not in source
    assert json.dumps({"ok": True})  # (keeps json imported for the helpers above)
    with pytest.raises(LibraryCorruptError):
        (tmp_path / "x.sqlite").write_bytes(b"x" * 5000)
        Library.open(tmp_path / "x.sqlite")
