"""The core and export packages run without Qt: importing them with PySide6 blocked works."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import briefing.core
import briefing.export

BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
            raise ImportError("PySide6 is blocked in this test")
sys.meta_path.insert(0, Block())
import importlib
for name in sys.argv[1:]:
    importlib.import_module(name)
print("imported", len(sys.argv) - 1)
"""


def _modules(package) -> list[str]:
    return [
        f"{package.__name__}.{info.name}"
        for info in pkgutil.iter_modules(package.__path__)
    ]


def test_core_export_and_cli_import_with_pyside6_blocked():
    names = _modules(briefing.core) + _modules(briefing.export) + ["briefing.cli", "briefing.app"]
    result = subprocess.run([sys.executable, "-c", BLOCKER, *names], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"imported {len(names)}" in result.stdout


def test_the_blocker_really_blocks_qt():
    result = subprocess.run([sys.executable, "-c", BLOCKER, "briefing.gui.main_window"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "PySide6 is blocked" in result.stderr
