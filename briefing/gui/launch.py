"""Build the Qt application, the controller and the main window around an open library."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing.cli import Context
from briefing.core.errors import BriefingError
from briefing.core.paths import Paths
from briefing.core.recovery import Recovery
from briefing.gui.controller import Controller
from briefing.gui.dialogs import Prompter
from briefing.gui.main_window import MainWindow, start_later
from briefing.gui.tasks import Tasks


def build_window(paths: Paths, library, settings: QSettings, prompter: Prompter | None = None,
                 autosave_ms: int = 1200) -> MainWindow:
    context = Context(paths)
    controller = Controller(library, context.templates(), context.styles(),
                            Recovery(paths.data / "recovery"), Tasks(), autosave_ms)
    return MainWindow(controller, prompter or Prompter(), settings)


def app_icon(resources: Path) -> QIcon:
    """The application icon: each PNG size in resources/icons (made by packaging/make_icons.py)."""
    icon = QIcon()
    for png in sorted((resources / "icons").glob("briefing-*.png")):
        icon.addFile(str(png))
    return icon


def install_error_hook(prompter) -> None:
    """An unexpected error in an event handler becomes a dialog; the app and the work go on."""
    previous = sys.excepthook

    def hook(kind, value, trace):
        previous(kind, value, trace)  # keep the details on stderr for a bug report
        message = str(value) if isinstance(value, BriefingError) else (
            f"Something went wrong ({kind.__name__}: {value}). Your briefing is still open; "
            "save it under a new name if in doubt.")
        prompter.error("Briefing", message)

    sys.excepthook = hook


def launch(paths: Paths, library_path: Path | None = None, open_file: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Briefing")
    app.setOrganizationName("Briefing")
    app.setApplicationVersion(__import__("briefing").__version__)
    app.setWindowIcon(app_icon(paths.resources))
    app.setDesktopFileName("briefing")  # Wayland/X11 match the window to briefing.desktop
    context = Context(paths, library_path, announce_repairs=False)
    try:
        library = context.open_library()
    except BriefingError as exc:
        QMessageBox.critical(None, "Briefing", str(exc))
        return 1
    settings = QSettings(str(paths.config / "settings.ini"), QSettings.IniFormat)
    window = build_window(paths, library, settings)
    install_error_hook(window.prompter)
    window.show()
    if context.repair_message:
        QTimer.singleShot(0, lambda: window.prompter.info("Library repaired",
                                                          context.repair_message))
    start_later(window)
    try:
        return app.exec()
    finally:
        window.controller.tasks.wait(10000)
        library.close()
