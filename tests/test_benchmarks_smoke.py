"""The benchmarks' quick mode runs end to end on a tiny library (so the suite never rots).

Benchmark figures are not pass/fail; this only checks the report is written with every row.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

EXPECTED_ROWS = [
    "| search | selective |", "| search | typical |", "| search | broad |",
    "| search | prefix 1 letter |", "| search | prefix 2 letters |",
    "| GUI | keystroke → results painted |", "| GUI | longest GUI-thread stall while typing |",
    "| editor | paragraph box: keystroke → painted |",
    "| editor | paragraph box: longest GUI-thread stall |",
    "| start-up | process start → main window shown |",
    "| start-up | process start → library results shown |",
    "| start-up | `briefing claims search` process, start to exit |",
    "| export | python-docx floor", "| export | docx (", "| export | pdf (", "| export | md (",
    "| export | html (",
]


@pytest.mark.slow  # a minute or more: every benchmark, once, each in its own process
def test_quick_benchmark_writes_every_row(tmp_path):
    out = tmp_path / "performance.md"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "run", "--quick", "--sizes", "600",
         "--cache", str(tmp_path / "cache"), "--out", str(out)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    report = out.read_text(encoding="utf-8")
    assert "## Machine" in report and "SQLite" in report and "PySide6" in report
    for row in EXPECTED_ROWS:
        assert row in report, f"missing row {row!r}"
    assert "| 600 |" in report
    from benchmarks.generate import GENERATOR_VERSION

    assert (tmp_path / "cache" / f"library-600-v{GENERATOR_VERSION}.sqlite").exists()
