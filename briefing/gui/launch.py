"""Build the Qt application, the controller and the main window.

``launch`` (the desktop app) shows the window first and then opens the library and loads the
templates off the GUI thread, with progress in the status bar; ``build_window`` (tests,
scripts, the self-test) builds a window around a library that is already open.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from briefing.core.context import Context
from briefing.core.documents.recovery import Recovery
from briefing.core.errors import BriefingError
from briefing.core.paths import Paths
from briefing.gui.controller import Controller
from briefing.gui.dialogs import Prompter
from briefing.gui.language import Language, chosen, translate
from briefing.gui.main_window import MainWindow
from briefing.gui.messages import describe
from briefing.gui.tasks import Tasks, unexpected


def build_window(paths: Paths, library, settings: QSettings, prompter: Prompter | None = None,
                 autosave_ms: int = 1200, context: Context | None = None) -> MainWindow:
    """A window around an open ``library`` (None: attached later, see ``launch``); the
    controller takes the citation processors of ``context`` (default: a context of its own)."""
    context = context or Context(paths)
    templates, styles = (context.templates(), context.styles()) if library is not None else (
        None, None)
    controller = Controller(library, templates, styles, Recovery.claim(paths.data / "recovery"),
                            Tasks(), autosave_ms, processors=context.processors())
    return MainWindow(controller, prompter or Prompter(), settings, resources=paths.resources)


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
        message = describe(value) if isinstance(value, BriefingError) else (
            unexpected(value) + " " + translate(
                "Launch", "Your briefing is still open; save it under a new name if in doubt."))
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
    settings = QSettings(str(paths.config / "settings.ini"), QSettings.IniFormat)
    # The interface's language (View → Language, else the system's), before any widget.
    language = Language(paths.resources)
    language.install(chosen(settings))
    window = build_window(paths, None, settings, context=context)
    window.open_file = open_file  # opened once the library and templates are in
    install_error_hook(window.prompter)
    window.show_fitted()
    # Everything slow (opening, building or refreshing the library, its daily check, the
    # templates) runs off the GUI thread once the window is up; see MainWindow.start_up.
    window.start_up(context)
    try:
        return app.exec()
    finally:
        window.controller.shutdown(10000)
        if window.controller.library is not None:
            window.controller.library.close()
        context.close()
