"""Help → About: the version, Briefing's licence, citeproc-js's attribution (CPAL-1.0 §14 asks
for it to be shown) and, on a second tab, every licence of what the app ships."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
)


class AboutDialog(QDialog):
    def __init__(self, summary: dict, licences: str, parent=None):
        """``summary``: version, library, attribution (phrase, copyright, url); ``licences``:
        the text ``briefing --licenses`` prints."""
        super().__init__(parent)
        self.setWindowTitle("About Briefing")
        self.resize(720, 560)
        credit = summary["attribution"]
        about = QLabel(
            f"<h3>Briefing {escape(summary['version'])}</h3>"
            f"<p>An offline composer of cited briefing notes.<br>"
            f"Bundled library {escape(summary['library'])}.</p>"
            "<p>Briefing is free software under the MIT licence.</p>"
            f"<p><b>{escape(credit['phrase'])}</b><br>{escape(credit['copyright'])} · "
            f"<a href=\"{escape(credit['url'])}\">{escape(credit['url'])}</a></p>"
            "<p>Briefing also ships Qt (LGPL-3.0), the CSL styles and locales (CC BY-SA 3.0), "
            "QuickJS (MIT) and the Python packages named on the <i>Licences</i> tab, each under "
            "its own licence.</p>")
        about.setWordWrap(True)
        about.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        about.setContentsMargins(16, 12, 16, 12)
        about.setOpenExternalLinks(False)  # the app never opens the network
        about.setObjectName("aboutText")
        self.about = about
        self.licences = QPlainTextEdit(licences)
        self.licences.setReadOnly(True)
        self.licences.setObjectName("licencesText")
        self.licences.setAccessibleName("Licences")
        self.licences.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        tabs = QTabWidget()
        tabs.addTab(about, "&About")
        tabs.addTab(self.licences, "&Licences")
        self.tabs = tabs
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
