#!/usr/bin/env python3
"""Take screenshots of the app's main states, offscreen, into docs/images/.

    .venv/bin/python scripts/screenshots.py

Uses Qt's offscreen platform (no display needed) and a throwaway data folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "images"


class Quiet:
    """Answers every question with the default, so the script never blocks on a dialog."""

    parent = None

    def __getattr__(self, name):
        return lambda *a, **k: None if name not in ("ask_save_changes",) else "discard"


def settle(app, seconds=0.3):
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="briefing-shots-"))
    os.environ["BRIEFING_HOME"] = str(home)
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from briefing.cli import Context
    from briefing.core.paths import Paths
    from briefing.gui.launch import build_window
    from briefing.gui.widgets.export_dialog import ExportDialog

    app = QApplication([])
    paths = Paths.default()
    library = Context(paths).open_library()
    window = build_window(paths, library, QSettings(str(home / "s.ini"), QSettings.IniFormat),
                          Quiet())
    window.resize(1366, 768)
    window.show()
    window.start()
    c = window.controller
    c.set_field("title", "US–China competition in AI after WAIC 2025")
    c.set_field("classification", "Official")
    c.add_paragraph("summary", "Both governments released AI action plans within days of each "
                    "other; the contest is shifting from chips to rules and alliances.")
    c.add_claims(["merics-ilr-04", "merics-ilr-03"], "issue")
    c.add_claims(["merics-ilr-11", "merics-ilr-15", "dn-waic-06"], "background")
    window.library_pane.search_box.setText("Ascend")
    window.library_pane.run_search()
    settle(app)  # the search runs off the GUI thread
    window.library_pane.view.selectRow(1)
    settle(app)
    OUT.mkdir(parents=True, exist_ok=True)
    shots = []

    def shot(name, widget):
        settle(app, 0.3)
        target = OUT / name
        widget.grab().save(str(target))
        shots.append(target)

    shot("main-window.png", window)
    window.side.setCurrentIndex(1)
    window.preview.refresh()
    c.tasks.wait(60000)
    settle(app, 1.0)
    shot("preview.png", window)
    window.side.setCurrentIndex(0)
    window.show_in_source(window.inspector.claim.id)
    window.source_viewer.resize(900, 600)
    shot("source-viewer.png", window.source_viewer)
    window.source_viewer.close()
    dialog = ExportDialog(c, Quiet(), str(home), window)
    dialog.show()
    shot("export-dialog.png", dialog)
    dialog.close()
    for target in shots:
        print(f"wrote {target.relative_to(REPO)}")
    c.undo_stack.setClean()
    c.tasks.wait(20000)
    library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
