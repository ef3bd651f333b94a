"""Library safety: backups of the user's own work, and recovery from a damaged library file."""

from __future__ import annotations

import json

import pytest

from briefing.core.curation.claims import add_claim, edit_claim
from briefing.core.library import Library
from briefing.core.library.safety import KEEP_BACKUPS, LibraryGuard, backups_in_order


@pytest.fixture
def guard(tmp_path):
    return LibraryGuard(tmp_path / "library.sqlite", tmp_path / "backups")


def _with_user_work(guard, bundle):
    library, message = guard.open(bundle)
    assert message is None
    add_claim(library, "dn-waic", "In diesem Jahr nahmen über 800 Unternehmen teil",
              "More than 800 companies took part this year.", "figure",
              actors=("WAIC",), topics=("AI industry",))
    edit_claim(library, "merics-ilr-01", curator_note="Checked against the Chinese original.")
    library.close()
    library, _ = guard.open(bundle)  # the next start backs the user layer up
    library.close()


def test_the_user_layer_is_backed_up_when_it_changes(guard, bundle, tmp_path):
    _with_user_work(guard, bundle)
    backups = sorted((tmp_path / "backups").glob("user-*.json"))
    assert len(backups) == 1
    data = json.loads(backups[0].read_text(encoding="utf-8"))
    assert [c["id"] for c in data["claims"]] == ["merics-ilr-01", "dn-waic-u01"]
    guard.open(bundle)[0].close()  # unchanged: no new backup
    assert len(list((tmp_path / "backups").glob("user-*.json"))) == 1


def test_backups_rotate_keeping_the_newest(guard, bundle, tmp_path, monkeypatch):
    import briefing.core.library.safety as safety

    library, _ = guard.open(bundle)
    for n in range(KEEP_BACKUPS + 3):
        monkeypatch.setattr(safety.time, "strftime", lambda *_a, n=n: f"20250101-{n:06d}")
        edit_claim(library, "merics-ilr-02", curator_note=f"Revision {n}.")
        guard.backup(library)
    library.close()
    kept = backups_in_order(tmp_path / "backups")
    assert len(kept) == KEEP_BACKUPS
    # ordered by their sequence number, not by name or digest
    assert [int(p.name.split("-")[1]) for p in kept] == list(range(4, KEEP_BACKUPS + 4))
    assert kept[-1].name.startswith(f"user-{KEEP_BACKUPS + 3:06d}-20250101-{KEEP_BACKUPS + 2:06d}")
    newest = json.loads(kept[-1].read_text(encoding="utf-8"))
    assert f"Revision {KEEP_BACKUPS + 2}." in json.dumps(newest)


@pytest.mark.parametrize("damage", ["truncate", "zero", "garbage", "pages"])
def test_a_damaged_library_is_kept_aside_rebuilt_and_restored(guard, bundle, tmp_path, damage):
    _with_user_work(guard, bundle)
    path = tmp_path / "library.sqlite"
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 3]
    elif damage == "zero":
        data = bytearray(len(data))
    elif damage == "garbage":
        data = bytearray(b"not sqlite at all " * 1000)
    else:
        for page in range(1, len(data) // 4096):
            data[page * 4096: page * 4096 + 100] = bytes(range(100))
    path.write_bytes(bytes(data))
    if damage == "pages":  # force the integrity check that normally runs once a day
        conn = __import__("sqlite3").connect(path)
        try:
            conn.execute("DELETE FROM meta WHERE key = 'integrity_checked'")
            conn.commit()
        except Exception:
            pass
        conn.close()
    library, message = guard.open(bundle)
    try:
        assert message and "kept aside" in message and "restored from the backup" in message
        damaged = list(tmp_path.glob("library.damaged-*.sqlite"))
        assert len(damaged) == 1 and damaged[0].read_bytes() == bytes(data)
        assert library.count_claims() == len(bundle.claims) + 1
        assert library.claim("dn-waic-u01").statement.startswith("More than 800")
        assert (library.claim("merics-ilr-01").curator_note
                == "Checked against the Chinese original.")
    finally:
        library.close()


def test_without_a_backup_the_bundled_library_is_rebuilt_and_the_user_told(guard, bundle,
                                                                          tmp_path):
    (tmp_path / "library.sqlite").write_bytes(b"\x00" * 10000)
    library, message = guard.open(bundle)
    assert "no backup of your own sources and claims was found" in message
    assert library.count_claims() == len(bundle.claims)
    library.close()


def test_the_cli_repairs_the_default_library_and_says_so(private_home):
    from tests.test_cli import briefing

    briefing("claims", "list")
    (private_home / "library.sqlite").write_bytes(b"\x00" * 8192)
    result = briefing("claims", "search", "Ascend")
    assert "warning: The library file was damaged" in result.stderr
    assert "claims found" in result.stdout
    assert Library.open(private_home / "library.sqlite").count_claims() == 69


def test_opening_later_leaves_the_check_and_backup_to_the_background(guard, bundle, tmp_path):
    _with_user_work(guard, bundle)
    library, _ = guard.open(bundle)
    edit_claim(library, "merics-ilr-02", curator_note="A later edit.")
    library.close()
    library, message = guard.open(bundle, later=True)
    try:
        assert message is None
        assert len(list((tmp_path / "backups").glob("user-*.json"))) == 1  # not yet
        library.db.execute("DELETE FROM meta WHERE key = 'integrity_checked'")
        assert guard.check_due(library)
        steps = []
        written = guard.check_and_back_up(True, steps.append)
        assert written is not None and written.exists()
        assert steps == ["Checking the library file (once a day)…",
                         "Backing up your own sources and claims…"]
        guard.mark_checked(library)
        assert not guard.check_due(library)
    finally:
        library.close()


def test_damage_found_in_the_background_is_repaired_at_the_next_start(guard, bundle, tmp_path,
                                                                     monkeypatch):
    from briefing.core.errors import LibraryCorruptError

    _with_user_work(guard, bundle)
    library, _ = guard.open(bundle, later=True)

    class Damaged:  # quick_check's answer on a damaged file (real damage: see above)
        def __init__(self, real):
            self.real = real

        def execute(self, sql, *args):
            if sql == "PRAGMA quick_check":
                return self.real.execute("SELECT 'row 7 missing from index claims_n'")
            return self.real.execute(sql, *args)

    reader_open = Library.open_reader

    def open_damaged(path):
        reader = reader_open(path)
        reader.db = Damaged(reader.db)
        reader.close = lambda: None
        return reader

    monkeypatch.setattr(Library, "open_reader", staticmethod(open_damaged))
    with pytest.raises(LibraryCorruptError, match="Quit Briefing and start it again"):
        guard.check_and_back_up(True)
    library.close()
    library, message = guard.open(bundle)
    try:
        assert "row 7 missing" in message and "kept aside" in message
        assert library.claim("dn-waic-u01").statement.startswith("More than 800")
        assert not (tmp_path / "backups" / "repair-at-next-start.txt").exists()
    finally:
        library.close()


def test_an_unchanged_library_is_not_read_again_for_a_backup(guard, bundle, tmp_path,
                                                             monkeypatch):
    import briefing.core.library.safety as safety

    _with_user_work(guard, bundle)
    reads = []
    real = safety._user_layer
    monkeypatch.setattr(safety, "_user_layer", lambda lib: reads.append(1) or real(lib))
    library, _ = guard.open(bundle)
    assert reads == []  # nothing written since the last backup: one query, no read
    edit_claim(library, "merics-ilr-02", curator_note="Changed after the backup.")
    assert guard.backup(library) is not None and reads == [1]
    add_claim(library, "dn-waic", "In diesem Jahr nahmen über 800 Unternehmen teil",
              "Counted twice.", "figure")
    assert guard.backup(library) is not None and reads == [1, 1]
    assert guard.backup(library) is None and reads == [1, 1]
    library.close()
