"""The app declares what it imports and imports what it declares (deptry over briefing/)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _deptry(*args: str) -> subprocess.CompletedProcess:
    tool = shutil.which("deptry", path=str(Path(sys.executable).parent)) or "deptry"
    return subprocess.run([tool, *args], cwd=REPO, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NO_COLOR": "1"})


def test_imports_and_declared_dependencies_agree():
    done = _deptry(".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_deptry_finds_an_undeclared_import(tmp_path):
    # The check can fail: without lxml in pyproject.toml, the direct lxml imports are flagged.
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.strip().startswith('"lxml'))
    (tmp_path / "pyproject.toml").write_text(text.replace(line, ""), encoding="utf-8")
    done = _deptry(".", "--config", str(tmp_path / "pyproject.toml"))
    out = re.sub(r"\x1b\[[0-9;]*m", "", done.stdout + done.stderr)  # deptry colours anyway
    assert done.returncode == 1 and "DEP003 'lxml' imported but it is a transitive" in out, out
