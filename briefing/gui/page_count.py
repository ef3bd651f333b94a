"""The open briefing's pages as its PDF has them, counted off the GUI thread after a pause.

The composer's length line used to give only a words-per-page estimate, and it was wrong both
ways: a German Leitungsvorlage estimated at 1.1 pages prints on 2 (its notes carry the original
quotes, and the decision block and the Zeichnungsleiste take a third of a page), while a
key-messages note estimated at 1.2 pages fits on 1, so the one-page warning cried wolf.
Typst typesets a briefing in tens of milliseconds, in its own worker process
(``briefing.export.typesetter``), so the count is the PDF export's own: rendered with the
template's default settings, ``PAUSE_MS`` after the last change, one count at a time.
Word may break pages a little differently; the composer says the count is the PDF's.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

PAUSE_MS = 1000  # a count after this pause in the changes (typing goes on without counts)


class PageCounter(QObject):
    """``counted`` fires after each count (or failed count); ``pages()`` is the count of the
    briefing as it is now, ``last_pages()`` the last count even if the briefing changed since
    (shown until the next count is in)."""

    counted = Signal()

    def __init__(self, controller):
        super().__init__(controller)
        self.controller = controller
        self._timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._timer.setObjectName("pageCount")
        self._timer.timeout.connect(self.count_now)
        self._busy = False
        self._again = False
        self._exporter = None  # kept: its PDF engine (and worker process) serves every count
        self._result: tuple[int, int] | None = None  # (revision counted, pages)
        self.unavailable = False  # the last count failed (the estimate stands in)

    def changed(self) -> None:
        """The briefing changed (or another was opened): count again after a pause."""
        if self.controller.document is None:
            self._timer.stop()
            self._result, self.unavailable = None, False
            self.counted.emit()
            return
        self._timer.start()

    def pages(self) -> int | None:
        if self._result is not None and self._result[0] == self.controller.revision:
            return self._result[1]
        return None

    def last_pages(self) -> int | None:
        return None if self._result is None else self._result[1]

    def forget(self) -> None:
        """Another briefing: the last count was someone else's."""
        self._result, self.unavailable = None, False

    def count_now(self) -> None:
        self._timer.stop()
        c = self.controller
        if c.document is None or not c.templates_ready:
            return
        if self._busy:  # one count at a time; the latest change is counted next
            self._again = True
            return
        self._busy = True
        from briefing.core.documents import files as documents

        # Serialised here (a copy the typing cannot change), read back on the pool thread.
        data, revision = documents.dumps(c.document), c.revision

        def work(_progress):
            from briefing.export.pipeline import Exporter

            if self._exporter is None:
                self._exporter = Exporter(c.templates, c.styles, processors=c.processors)
            rendered = self._exporter.render(documents.loads(data))
            return revision, self._exporter.pdf.page_count(rendered)

        c.tasks.start(work, self._done, self._failed)

    def _done(self, result: tuple[int, int]) -> None:
        self._result, self.unavailable = result, False
        self._finish()

    def _failed(self, _message: str) -> None:
        self.unavailable = True  # (the export itself reports what stops a PDF)
        self._finish()

    def _finish(self) -> None:
        self._busy = False
        self.counted.emit()
        if self._again:
            self._again = False
            self._timer.start()
