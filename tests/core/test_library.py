"""The SQLite library: building, reopening, refreshing the bundled layer, bad files."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from briefing.core.errors import (
    BundleError,
    LibraryCorruptError,
    LibraryError,
    LibraryForeignError,
    LibraryIOError,
    LibraryVersionError,
    UnknownClaimError,
    UnknownSourceError,
)
from briefing.core.library import Library, schema
from briefing.core.library.bundle import load_bundle
from briefing.core.model import Claim
from tests.support import claim_entry, write_bundle


def test_first_open_builds_every_bundled_claim(library, bundle):
    assert library.count_claims() == len(bundle.claims)
    assert {s.id for s in library.sources()} == {s.id for s in bundle.sources}
    assert library.bundle_version == bundle.version
    first = bundle.claims[0]
    assert library.claim(first.id) == first


def test_sources_keep_their_full_text_verbatim(library, bundle):
    for source in bundle.sources:
        stored = library.source(source.id)
        assert stored.text == source.text
        assert stored.repeats == source.repeats


def test_reopening_an_unchanged_bundle_does_not_rewrite(tmp_path, bundle):
    path = tmp_path / "lib.sqlite"
    Library.open(path, bundle).close()
    with Library.open(path, bundle) as again:
        assert again.last_update is None


def test_unknown_ids_raise_typed_errors(library):
    with pytest.raises(UnknownClaimError, match="no claim with id 'nope'"):
        library.claim("nope")
    with pytest.raises(UnknownSourceError):
        library.source("nope")


def test_bundle_update_adds_changes_and_retires_but_keeps_ids(tmp_path):
    v1 = load_bundle(write_bundle(tmp_path / "b1", [
        claim_entry("src-01", "Die Exportkontrollen der USA gelten seit 2025."),
        claim_entry("src-02", "Huawei baut Ascend-Chips."),
    ], version="1"))
    path = tmp_path / "lib.sqlite"
    with Library.open(path, v1) as lib:
        assert lib.last_update.added == 2
    v2 = load_bundle(write_bundle(tmp_path / "b2", [
        claim_entry("src-01", "Die Exportkontrollen der USA gelten seit 2025.",
                    statement="US export controls apply since 2025."),
        claim_entry("src-03", "互联网法律评论 berichtet."),
    ], version="2"))
    with Library.open(path, v2) as lib:
        report = lib.last_update
        assert (report.from_version, report.to_version) == ("1", "2")
        assert (report.added, report.updated, report.retired) == (1, 1, 1)
        assert lib.claim("src-01").statement == "US export controls apply since 2025."
        gone = lib.claim("src-02")  # a saved briefing still resolves it
        assert gone.retired
        assert [c.id for c in lib.claims()] == ["src-01", "src-03"]


def test_bundle_update_leaves_user_rows_and_local_edits_alone(tmp_path):
    entry = claim_entry("src-01", "Huawei baut Ascend-Chips.")
    v1 = load_bundle(write_bundle(tmp_path / "b1", [entry], version="1"))
    path = tmp_path / "lib.sqlite"
    with Library.open(path, v1) as lib:
        source = lib.source("src")
        mine = Claim(id="user-01", source_id="src", statement="Mine.", quote="Huawei", start=47,
                     end=53, kind="fact", actors=("Huawei",), topics=("chips",), origin="user")
        lib.put_claim(mine, source)
        lib.db.execute("UPDATE claims SET statement = 'Edited.', locally_modified = 1 "
                       "WHERE id = 'src-01'")
        lib.db.conn.commit()
    v2 = load_bundle(write_bundle(tmp_path / "b2", [dict(entry, statement="New text.")],
                                  version="2"))
    with Library.open(path, v2) as lib:
        assert lib.last_update.kept_local_edits == 1
        assert lib.claim("src-01").statement == "Edited."
        assert lib.claim("user-01").statement == "Mine."
        assert not lib.claim("user-01").retired


def test_a_bundle_whose_quote_is_not_at_its_offsets_is_refused(tmp_path):
    entry = claim_entry("src-01", "Huawei baut Ascend-Chips.")
    entry["start"] += 1
    with pytest.raises(BundleError, match="src-01"):
        load_bundle(write_bundle(tmp_path / "b", [entry]))


@pytest.mark.parametrize("content", [
    b"this is not a database at all" * 100,
    b"\x00" * 8192,
])
def test_a_file_that_is_not_a_library_is_reported(tmp_path, bundle, content):
    path = tmp_path / "bad.sqlite"
    path.write_bytes(content)
    with pytest.raises(LibraryCorruptError, match="damaged or is not a Briefing library"):
        Library.open(path, bundle)
    assert path.read_bytes() == content  # nothing was written to it


def test_a_truncated_library_is_reported(tmp_path, bundle):
    path = tmp_path / "lib.sqlite"
    Library.open(path, bundle).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(LibraryCorruptError):
        with Library.open(path, bundle) as lib:
            lib.claims()  # pragma: no cover - open already fails


def test_someone_elses_sqlite_file_is_refused_and_untouched(tmp_path, bundle):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x (a)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryForeignError, match="not a Briefing library.*left untouched"):
        Library.open(path, bundle)
    assert path.read_bytes() == before


def test_a_library_from_a_newer_app_is_refused(tmp_path, bundle):
    path = tmp_path / "lib.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(LibraryVersionError, match="newer version of Briefing"):
        Library.open(path, bundle)


def test_migrations_run_in_order_from_an_empty_file(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        version = lib.db.execute("PRAGMA user_version").fetchone()[0]
        assert version == schema.SCHEMA_VERSION
        assert lib.count_claims() == 0


def test_missing_file_or_folder_paths_give_clear_errors(tmp_path, bundle):
    with pytest.raises(LibraryError, match="no library file"):
        Library.open(tmp_path / "absent.sqlite", bundle, create=False)
    with pytest.raises(LibraryError, match="is a folder"):
        Library.open(tmp_path, bundle)


def test_vocabulary_counts_live_claims(library):
    topics = dict(library.vocabulary("topic"))
    actors = dict(library.vocabulary("actor"))
    assert topics and actors
    assert sum(topics.values()) >= library.count_claims()


def test_a_bundle_update_that_fails_halfway_changes_nothing(tmp_path, monkeypatch):
    entries = [claim_entry("src-01", "Huawei baut Ascend-Chips."),
               claim_entry("src-02", "Die Exportkontrollen der USA gelten seit 2025.")]
    path = tmp_path / "lib.sqlite"
    Library.open(path, load_bundle(write_bundle(tmp_path / "b1", entries, version="1"))).close()
    changed = [dict(e, statement="Changed.") for e in entries]
    v2 = load_bundle(write_bundle(tmp_path / "b2", changed, version="2"))
    calls = []
    original = Library.put_claim

    def failing(self, claim, source):
        calls.append(claim.id)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return original(self, claim, source)

    monkeypatch.setattr(Library, "put_claim", failing)
    with pytest.raises(LibraryIOError, match="disk reported an error"):
        Library.open(path, v2)
    monkeypatch.undo()
    with Library.open(path) as lib:
        assert lib.bundle_version == "1"
        assert [c.statement for c in lib.claims()] == ["Statement of src-01.",
                                                       "Statement of src-02."]


def test_a_reader_connection_sees_commits_and_cannot_write(library, bundle):
    reader = Library.open_reader(library.path)
    try:
        assert reader.source_ids() == sorted(s.id for s in library.sources())
        before = reader.count_claims()
        claim = library.claim("dn-waic-06")
        library.put_claim(replace(claim, id="dn-waic-copy", origin="user"),
                          library.source(claim.source_id))
        assert reader.count_claims() == before + 1  # the writer's commit is visible
        with pytest.raises(sqlite3.OperationalError, match="readonly|read-only|query_only"):
            reader.db.execute("DELETE FROM claims")
        reader.interrupt()  # nothing running: a no-op
        assert reader.count_claims() == before + 1
    finally:
        reader.close()


def test_opening_says_when_the_library_is_built(tmp_path, bundle):
    heard = []
    Library.open(tmp_path / "new.sqlite", bundle, progress=heard.append).close()
    assert heard == ["Building the library…"]
    heard.clear()
    Library.open(tmp_path / "new.sqlite", bundle, progress=heard.append).close()
    assert heard == []  # unchanged bundle: nothing slow to announce


def test_an_interrupted_query_raises_query_interrupted(library):
    import threading

    from briefing.core.errors import QueryInterrupted

    endless = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
               "SELECT count(*) FROM n")
    timer = threading.Timer(0.2, library.interrupt)
    timer.start()
    with pytest.raises(QueryInterrupted), library.interruptible():
        library.db.execute(endless).fetchone()
    timer.join()
    with pytest.raises(sqlite3.OperationalError, match="no such table"), library.interruptible():
        library.db.execute("SELECT * FROM no_such_table")  # other faults pass through as they are
    reader = Library.open_reader(library.path)
    reader.close()
    reader.interrupt()  # closed: still a no-op
