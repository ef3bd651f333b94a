"""The PDF worker measures its memory on every system (export/typesetter.py's ``_rss_kb``,
which decides when the worker is replaced): /proc on Linux, ``ru_maxrss`` elsewhere (bytes on
macOS, KB on Linux), the working set on Windows, which has neither /proc nor ``resource``."""

from __future__ import annotations

import resource
import sys

from briefing.export import typesetter


def _no_proc(monkeypatch):
    def no_such_file(*args, **kwargs):
        raise FileNotFoundError("/proc/self/statm")

    monkeypatch.setattr(typesetter, "open", no_such_file, raising=False)


def test_linux_reads_what_is_resident():
    assert 1_000 < typesetter._rss_kb() < 16 * 1024 * 1024  # KB: more than 1 MB, less than 16 GB


def test_macos_peak_is_in_bytes(monkeypatch):
    _no_proc(monkeypatch)
    monkeypatch.setattr(sys, "platform", "darwin")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # (Linux's unit: KB)
    assert typesetter._rss_kb() == peak_kb // 1024


def test_windows_without_proc_or_resource_still_answers(monkeypatch):
    _no_proc(monkeypatch)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "resource", None)  # import resource: ImportError
    assert typesetter._rss_kb() == 0  # (no psapi here; on Windows its working set)
