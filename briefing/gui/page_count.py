"""The open briefing's pages as its PDF has them, counted off the GUI thread after a pause.

The composer's length line used to give only a words-per-page estimate, and it was wrong both
ways: a German Leitungsvorlage estimated at 1.1 pages prints on 3 (its notes carry the original
quotes, and the decision block and the Zeichnungsleiste go on a page of their own), while a
key-messages note estimated at 1.2 pages fits on 1, so the one-page warning cried wolf.
Typst typesets a briefing in tens of milliseconds, in its own worker process
(``briefing.export.typesetter``), so the count is the PDF export's own: rendered with the
template's default settings, ``PAUSE_MS`` after the last change, one count at a time.
The PDF sets its lines by the Word export's measures, so the two agree on the briefings tried
(docs/pdf.md); the composer still says the count is the PDF's.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

PAUSE_MS = 1000  # a count after this pause in the changes (typing goes on without counts)


class _Typesetting:
    """The exporter whose PDF engine (and Typst worker process) serves the counts."""

    def __init__(self):
        self.exporter = None

    def close(self) -> None:
        if self.exporter is not None:
            self.exporter.pdf.close()


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
        self._typesetting = _Typesetting()  # kept: its worker process serves every count
        self._closed = False
        self._result: tuple[int, int] | None = None  # (revision counted, pages)
        self._release = False  # end the worker process once the running count is in
        self.unavailable = False  # the last count failed (the estimate stands in)

    def changed(self) -> None:
        """The briefing changed (or another was opened): count again after a pause."""
        if self._closed:
            return
        if self.controller.document is None:
            self._timer.stop()
            self._result, self.unavailable = None, False
            self.release()  # nothing to count: the worker process need not wait
            self.counted.emit()
            return
        self._timer.start()

    def close(self) -> None:
        """No more counts (the window is gone, the app closing): the worker process ends.
        Closing twice does nothing (the app closes it, then its window goes)."""
        if self._closed:
            return
        self._closed = True
        try:
            self._timer.stop()
        except RuntimeError:  # the timer went first (the controller is being deleted)
            pass
        self.release()  # (after the running count, if one is)

    def release(self) -> None:
        """End the typesetter's worker process (no briefing open, the app closing); the next
        count starts another."""
        if self._busy:
            self._release = True
        else:
            self._typesetting.close()

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
        if self._closed or c.document is None or not c.templates_ready:
            return
        if self._busy:  # one count at a time; the latest change is counted next
            self._again = True
            return
        self._busy = True
        from briefing.core.documents import files as documents

        # Serialised here (a copy the typing cannot change), read back on the pool thread.
        data, revision = documents.dumps(c.document), c.revision

        typesetting = self._typesetting

        def work(_progress):
            from briefing.export.pipeline import Exporter

            if typesetting.exporter is None:
                typesetting.exporter = Exporter(c.templates, c.styles, processors=c.processors)
            rendered = typesetting.exporter.render(documents.loads(data))
            return revision, typesetting.exporter.pdf.page_count(rendered)

        c.tasks.start(work, self._done, self._failed)

    def _done(self, result: tuple[int, int]) -> None:
        self._result, self.unavailable = result, False
        self._finish()

    def _failed(self, _message: str) -> None:
        self.unavailable = True  # (the export itself reports what stops a PDF)
        self._finish()

    def _finish(self) -> None:
        self._busy = False
        if self._release:
            self._release = False
            self.release()
        self.counted.emit()
        if self._again and not self._closed:
            self._again = False
            self._timer.start()
