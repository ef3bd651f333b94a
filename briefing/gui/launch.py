"""Build the Qt application and its main window around an open library."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from briefing.cli import Context
from briefing.core.errors import BriefingError
from briefing.core.paths import Paths
from briefing.gui.main_window import MainWindow


def launch(paths: Paths, library_path: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Briefing")
    app.setOrganizationName("Briefing")
    try:
        library = Context(paths, library_path).open_library()
    except BriefingError as exc:
        QMessageBox.critical(None, "Briefing", str(exc))
        return 1
    window = MainWindow(library)
    window.show()
    try:
        return app.exec()
    finally:
        library.close()
