"""The preview: the briefing rendered by the export pipeline, as HTML, refreshed after edits.

It follows typing too: a change starts the refresh timer unless it is running already, so
while someone types on the preview catches up every ``interval`` ms or so (one render at a time,
off the GUI thread), rather than waiting for a pause."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from briefing.export.html import CSS


class PreviewPane(QWidget):
    def __init__(self, controller, style_source, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.style_source = style_source  # callable: the citation style id chosen, or None
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Preview")
        self.browser.document().setDefaultStyleSheet(CSS)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.browser, 1)
        self._timer = QTimer(self, singleShot=True, interval=400)
        self._timer.timeout.connect(self.refresh)
        self._busy = False
        self._again = False
        self.html = ""
        for signal in (controller.structureChanged, controller.metadataChanged,
                       controller.documentReplaced, controller.itemChanged):
            signal.connect(lambda *_: self._changed())

    def _changed(self) -> None:
        if not self._timer.isActive():  # not postponed by every key: live while typing
            self._timer.start()

    def refresh(self) -> None:
        if self.controller.document is None:
            self.browser.setHtml("<p><i>No briefing open.</i></p>")
            return
        if self._busy:  # one render at a time; the latest edit renders next
            self._again = True
            return
        self._busy = True
        self.status.setText("Updating preview…")
        self.controller.render_preview(self.style_source(), self._show, self._failed)

    def _show(self, html: str) -> None:
        self.html = html
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(html)
        self.browser.verticalScrollBar().setValue(scroll)
        self.status.setText("Preview (as exported)")
        self._done()

    def _failed(self, message: str) -> None:
        self.status.setText(f"Preview unavailable: {message}")
        self._done()

    def _done(self) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self._changed()
