"""The self-test's window step: the main window builds, with its icon (Qt code stays here)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from briefing.gui.launch import app_icon, build_window


class SelfTestFailure(Exception):
    pass


def build_main_window(paths, library, template_id: str) -> str:
    app = QApplication.instance() or QApplication(["briefing"])
    icon = app_icon(paths.resources)
    if icon.isNull() or icon.pixmap(32, 32).width() != 32:
        raise SelfTestFailure("no application icon")
    settings = QSettings(str(paths.config / "settings.ini"), QSettings.IniFormat)
    window = build_window(paths, library, settings)
    try:
        window.controller.new_document(template_id)
        app.processEvents()
    finally:
        window.controller.shutdown(10000)
        window.deleteLater()
        app.processEvents()
    return (f"main window built on Qt platform '{app.platformName()}', "
            f"icon in {len(icon.availableSizes())} sizes")
