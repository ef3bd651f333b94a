"""Wheel build hook: compile the interface's translations (.ts → .qm) before packing.

Runs ``scripts/update-translations.sh --qm`` (pyside6-lrelease) when the building Python has
PySide6's tools; an isolated build without PySide6 packs the committed .qm files, which
tests/gui/test_translations.py keeps identical to what lrelease makes of the .ts.
"""

from __future__ import annotations

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
        if script.is_file() and (tools / "pyside6-lrelease").exists():
            subprocess.run(["bash", str(script), "--qm"], check=True, cwd=root,
                           env={**os.environ, "BRIEFING_QT_BIN": str(tools)})
