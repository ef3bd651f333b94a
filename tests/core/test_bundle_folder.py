"""An up-to-date library does not read the bundled library (``BundleFolder``): its files' stamp
is kept with the bundle's digest; a changed file, or a refresh by an app that keeps no stamp,
makes the next open read it again."""

from __future__ import annotations

import shutil

import pytest

from briefing.core.library import Library
from briefing.core.library import bundle as bundles
from briefing.core.library.bundle_folder import BundleFolder
from briefing.core.paths import resources_dir


@pytest.fixture
def folder(tmp_path):
    copy = tmp_path / "library"
    shutil.copytree(resources_dir() / "library", copy)
    return copy


def _open(path, folder, reads):
    given = BundleFolder(folder)
    real = given.load

    def counted():
        reads.append(1)
        return real()

    given.load = counted
    return Library.open(path, given)


def test_an_unchanged_bundle_is_not_read(tmp_path, folder):
    reads: list[int] = []
    with _open(tmp_path / "l.sqlite", folder, reads) as library:  # built: read once
        claims = len(library.claims())
    assert len(reads) == 1
    with _open(tmp_path / "l.sqlite", folder, reads) as library:
        assert len(library.claims()) == claims and library.last_update is None
    assert len(reads) == 1


def test_a_changed_file_is_read_and_applied(tmp_path, folder):
    reads: list[int] = []
    _open(tmp_path / "l.sqlite", folder, reads).close()
    index = folder / "library.toml"
    index.write_text(index.read_text(encoding="utf-8").replace(
        'version = "', 'version = "9', 1), encoding="utf-8")
    with _open(tmp_path / "l.sqlite", folder, reads) as library:
        assert library.bundle_version.startswith("9") and library.last_update is not None
    assert len(reads) == 2
    with _open(tmp_path / "l.sqlite", folder, reads):  # stamped again
        pass
    assert len(reads) == 2


def test_the_same_files_with_new_times_are_read_once_then_stamped(tmp_path, folder):
    reads: list[int] = []
    _open(tmp_path / "l.sqlite", folder, reads).close()
    for path in folder.rglob("*"):  # a reinstall: same content, other times
        if path.is_file():
            path.touch()
    with _open(tmp_path / "l.sqlite", folder, reads) as library:
        assert library.last_update is None  # nothing to apply
    with _open(tmp_path / "l.sqlite", folder, reads):
        pass
    assert len(reads) == 2


def test_a_refresh_by_an_app_that_keeps_no_stamp_is_noticed(tmp_path, folder):
    reads: list[int] = []
    path = tmp_path / "l.sqlite"
    _open(path, folder, reads).close()
    with Library.open(path) as library:  # an older app applied its own bundle
        library.db.execute("UPDATE meta SET value = 'other' WHERE key = 'bundle_digest'")
        library.db.conn.commit()
    with _open(path, folder, reads) as library:
        assert library.meta("bundle_digest") == bundles.load_bundle(folder).digest
    assert len(reads) == 2
