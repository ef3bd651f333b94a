"""Atomic writes: the file is the old version or the new one, with the right mode, and the
process umask is never touched (the GUI thread's autosave and pool threads write at once)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading

import pytest

from briefing.core import atomic
from briefing.core.atomic import WriteError, write_atomic, write_streamed

POSIX = os.name == "posix"


def test_write_replaces_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "b.briefing"
    write_atomic(path, b"one")
    write_atomic(path, b"two")
    assert path.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["b.briefing"]


def test_the_umask_is_never_read_or_changed(tmp_path, monkeypatch):
    def forbidden(_mask):
        raise AssertionError("os.umask changes the mode of files other threads create")

    monkeypatch.setattr(os, "umask", forbidden)
    write_atomic(tmp_path / "a.txt", b"x")
    assert write_streamed(tmp_path, lambda out: out.write(b"y") and "b.txt") == tmp_path / "b.txt"


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path, umask, mode):
    code = (f"import os; os.umask({umask}); from briefing.core.atomic import write_atomic; "
            f"write_atomic(__import__('pathlib').Path({str(tmp_path / 'new.txt')!r}), b'x')")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == mode


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_an_existing_file_keeps_its_mode(tmp_path):
    path = tmp_path / "kept.txt"
    path.write_bytes(b"old")
    path.chmod(0o640)
    write_atomic(path, b"new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640 and path.read_bytes() == b"new"


def test_threads_writing_at_once_each_get_their_file(tmp_path):
    errors = []

    def work(n):
        try:
            for i in range(20):
                write_atomic(tmp_path / f"{n}.txt", f"{n}:{i}".encode())
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(p.read_text() for p in tmp_path.iterdir()) == [f"{n}:19" for n in range(6)]


def test_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(WriteError, match="does not exist"):
        write_atomic(tmp_path / "nowhere" / "x.txt", b"x")


def test_temporary_names_do_not_collide(tmp_path, monkeypatch):
    taken = iter(["aa", "aa", "bb"])
    monkeypatch.setattr(atomic.os, "urandom", lambda _n: bytes.fromhex(next(taken) * 3))
    fd1, name1 = atomic._create_temporary(tmp_path, ".x.")
    fd2, name2 = atomic._create_temporary(tmp_path, ".x.")
    os.close(fd1)
    os.close(fd2)
    assert name1.endswith(".x.aaaaaa.tmp") and name2.endswith(".x.bbbbbb.tmp")
