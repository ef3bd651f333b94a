#!/usr/bin/env python3
"""Take screenshots of the app's main states, offscreen, into docs/images/.

    .venv/bin/python scripts/screenshots.py

Uses Qt's offscreen platform (no display needed) and a throwaway library.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "images"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["BRIEFING_HOME"] = tempfile.mkdtemp(prefix="briefing-shots-")
    sys.path.insert(0, str(REPO))
    from PySide6.QtWidgets import QApplication

    from briefing.cli import Context
    from briefing.core.paths import Paths
    from briefing.gui.main_window import MainWindow

    app = QApplication([])
    library = Context(Paths.default()).open_library()
    window = MainWindow(library)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / "main-window.png"
    window.grab().save(str(target))
    print(f"wrote {target.relative_to(REPO)}")
    library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
