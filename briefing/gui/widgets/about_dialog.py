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

from briefing.gui.language import translate


class AboutDialog(QDialog):
    def __init__(self, summary: dict, licences: str, parent=None):
        """``summary``: version, library, attribution (phrase, copyright, url); ``licences``:
        the text ``briefing --licenses`` prints."""
        super().__init__(parent)
        self.setWindowTitle(translate("AboutDialog", "About Briefing"))
        self.resize(720, 560)
        credit = summary["attribution"]
        about = QLabel(
            f"<h3>Briefing {escape(summary['version'])}</h3>"
            "<p>{}<br>{}</p><p>{}</p>".format(
                escape(translate("AboutDialog", "An offline composer of cited briefing notes.")),
                escape(translate("AboutDialog", "Bundled library {version}.").format(
                    version=summary["library"])),
                escape(translate("AboutDialog", "Briefing is free software under the MIT "
                                 "licence.")))
            # the attribution CPAL-1.0 §14 asks for: the licence's words, not translated
            + f"<p><b>{escape(credit['phrase'])}</b><br>{escape(credit['copyright'])} · "
            f"<a href=\"{escape(credit['url'])}\">{escape(credit['url'])}</a></p>"
            + "<p>{}</p>".format(translate(
                "AboutDialog", "Briefing also ships Qt (LGPL-3.0), the CSL styles and locales "
                "(CC BY-SA 3.0), QuickJS (MIT) and the Python packages named on the "
                "<i>Licences</i> tab, each under its own licence.")))
        about.setWordWrap(True)
        about.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        about.setContentsMargins(16, 12, 16, 12)
        about.setOpenExternalLinks(False)  # the app never opens the network
        about.setObjectName("aboutText")
        self.about = about
        self.licences = QPlainTextEdit(licences)
        self.licences.setReadOnly(True)
        self.licences.setObjectName("licencesText")
        self.licences.setAccessibleName(translate("AboutDialog", "Licences"))
        self.licences.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        tabs = QTabWidget()
        tabs.addTab(about, translate("AboutDialog", "&About"))
        tabs.addTab(self.licences, translate("AboutDialog", "&Licences"))
        self.tabs = tabs
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
