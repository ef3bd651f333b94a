"""Wheel build hook: compile the interface's translations (.ts → .qm) before packing.

Runs ``scripts/update-translations.sh --qm`` (pyside6-lrelease) when the building Python can
import PySide6; an isolated build without it (pip's default: the venv's pyside6-lrelease
script is there but cannot import its package) packs the committed .qm files, which
tests/gui/test_translations.py keeps identical to what lrelease makes of the .ts. An editable
install reads the .qm from the checkout and compiles nothing.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        root = Path(self.root)
        tools = Path(sys.executable).parent
        script = root / "scripts" / "update-translations.sh"
        if version == "editable" or importlib.util.find_spec("PySide6") is None:
            return
        if script.is_file() and (tools / "pyside6-lrelease").exists():
            subprocess.run(["bash", str(script), "--qm"], check=True, cwd=root,
                           env={**os.environ, "BRIEFING_QT_BIN": str(tools)})
