"""The preview: the briefing rendered by the export pipeline, as HTML, refreshed after edits.

It renders off the GUI thread, one render at a time, and only while it is shown (a hidden
preview catches up when it is shown). It follows typing: a render starts after a pause of
``PAUSE_MS``, and at the latest ``LIVE_MS`` after a change while someone types on."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from briefing.export.html import CSS
from briefing.gui.language import translate

PAUSE_MS = 400  # a render after this pause in the changes
LIVE_MS = 1000  # ... or this long after the first change not yet shown, while typing goes on


class PreviewPane(QWidget):
    def __init__(self, controller, style_source, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.style_source = style_source  # callable: the citation style id chosen, or None
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(translate("PreviewPane", "Preview"))
        self.browser.document().setDefaultStyleSheet(CSS)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.browser, 1)
        self._timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        self._live = QTimer(self, singleShot=True, interval=LIVE_MS)
        self._live.timeout.connect(self.refresh)
        self._busy = False
        self._again = False
        self._stale = True
        self.html = ""
        for signal in (controller.structureChanged, controller.metadataChanged,
                       controller.documentReplaced, controller.itemChanged):
            signal.connect(lambda *_: self._changed())

    def _changed(self) -> None:
        self._stale = True
        if not self.isVisible():
            return  # rendered when shown
        self._timer.start()  # (again: after a pause)
        if not self._live.isActive():  # never postponed for good by typing
            self._live.start()

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._changed()

    def refresh(self) -> None:
        self._timer.stop()
        self._live.stop()
        self._stale = False
        if self.controller.document is None:
            self.browser.setHtml("<p><i>{}</i></p>".format(
                translate("PreviewPane", "No briefing open.")))
            return
        if self._busy:  # one render at a time; the latest edit renders next
            self._again = True
            return
        self._busy = True
        self.status.setText(translate("PreviewPane", "Updating preview…"))
        self.controller.render_preview(self.style_source(), self._show, self._failed)

    def _show(self, html: str) -> None:
        if not self.html:  # the first render built the citation engines: long-lived
            from briefing.gui.tasks import freeze_heap

            freeze_heap()
        self.html = html
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(html)
        self.browser.verticalScrollBar().setValue(scroll)
        self.status.setText(translate("PreviewPane", "Preview (as exported)"))
        self._done()

    def _failed(self, message: str) -> None:
        self.status.setText(translate("PreviewPane", "Preview unavailable: {reason}").format(
            reason=message))
        self._done()

    def _done(self) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self._changed()
