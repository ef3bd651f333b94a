"""The library pane's searches, run on one worker thread so typing never waits for SQLite.

The worker has its own connection to the library file (a SQLite connection stays in one
thread) and does one thing at a time, newest first:

* a new search supersedes everything older: the search or page waiting is dropped and the
  one running is interrupted (``Library.interrupt``), so the thread is free for it;
* a search answers with its first page, then (when the page is full) with its count;
* further pages are fetched on request, for the newest search only.

Every answer carries the number of the search it belongs to; the claims model keeps only the
newest, so an older answer arriving late never replaces a newer one.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from briefing.core.errors import BriefingError, QueryInterrupted
from briefing.gui.language import translate


@dataclass
class Page:
    """Claims of one page (``SearchHit``s) and the Source column's label for their sources."""

    hits: list
    labels: dict[str, str] = field(default_factory=dict)


@dataclass
class _Request:
    number: int
    query: str
    filters: object


class Searcher(QObject):
    """Searches one library off the GUI thread; answers arrive as signals on the GUI thread."""

    pageReady = Signal(int, int, object)  # noqa: N815  search number, offset, Page
    counted = Signal(int, int)  # search number, matching claims
    failed = Signal(int, str)  # search number, a sentence for the user

    def __init__(self, connect: Callable[[], object], run_page: Callable, run_count: Callable,
                 page_size: int, parent=None):
        """``connect()`` opens the worker's connection (called in the worker);
        ``run_page(library, query, filters, offset, limit)`` returns a Page and
        ``run_count(library, query, filters)`` an int."""
        super().__init__(parent)
        self._connect, self._run_page, self._run_count = connect, run_page, run_count
        self.page_size = page_size
        self._lock = threading.Condition()
        self._number = 0
        self._current: _Request | None = None
        self._search: _Request | None = None  # the first page to fetch
        self._fetch: int | None = None  # the offset of a further page to fetch
        self._count: _Request | None = None
        self._running: int | None = None  # the number of the search the worker is busy with
        self._library = None
        self._thread: threading.Thread | None = None
        self._closed = False
        self.searches_run = 0  # first pages actually run (tests: superseded ones are skipped)

    # ---- requests (GUI thread) ----------------------------------------------------------------

    @property
    def latest(self) -> int:
        """The number of the newest search asked for."""
        return self._number

    def search(self, query: str, filters) -> int:
        """Start a search; returns its number (answers name it)."""
        with self._lock:
            self._number += 1
            request = _Request(self._number, query, filters)
            self._current = self._search = request
            self._fetch = self._count = None
            if self._running is not None and self._running != request.number:
                self._interrupt()
            self._start()
            self._lock.notify()
            return request.number

    def fetch(self, number: int, offset: int) -> bool:
        """Ask for the page at ``offset`` of search ``number``; False when that search is no
        longer the newest one."""
        with self._lock:
            if self._current is None or number != self._current.number or self._closed:
                return False
            self._fetch = offset
            self._start()
            self._lock.notify()
            return True

    def close(self, timeout: float = 5.0) -> None:
        """Stop the worker (what it is running is interrupted) and close its connection."""
        with self._lock:
            self._closed = True
            self._search = self._count = self._fetch = None
            self._interrupt()
            self._lock.notify()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def _interrupt(self) -> None:
        if self._library is not None:
            self._library.interrupt()

    def _start(self) -> None:
        if self._thread is None and not self._closed:
            self._thread = threading.Thread(target=self._loop, name="briefing-search",
                                            daemon=True)
            self._thread.start()

    # ---- the worker ------------------------------------------------------------------------

    def _next(self):
        """The next job, newest search first: ("page", request, offset) or ("count", request)."""
        with self._lock:
            while not self._closed and self._search is None and self._fetch is None \
                    and self._count is None:
                self._lock.wait()
            if self._closed:
                return None
            if self._search is not None:
                request, self._search = self._search, None
                job = ("page", request, 0)
            elif self._fetch is not None:
                request, offset, self._fetch = self._current, self._fetch, None
                job = ("page", request, offset)
            else:
                request, self._count = self._count, None
                job = ("count", request)
            self._running = request.number
            return job

    def _loop(self) -> None:
        try:
            while True:
                job = self._next()
                if job is None:
                    return
                try:
                    self._run(job)
                finally:
                    with self._lock:
                        self._running = None
        finally:
            with self._lock:
                library, self._library = self._library, None
            if library is not None:
                library.close()

    def _stale(self, request: _Request) -> bool:
        with self._lock:
            return self._closed or self._current is None or \
                request.number != self._current.number

    def _retry(self, job) -> None:
        """An interrupt meant for an older search can land on this one: run it again."""
        with self._lock:
            if self._closed or self._current is None or job[1].number != self._current.number:
                return
            if job[0] == "count":
                self._count = self._count or job[1]
            elif job[2] == 0:
                self._search = self._search or job[1]
            elif self._fetch is None:
                self._fetch = job[2]

    def _run(self, job) -> None:
        kind, request = job[0], job[1]
        if self._stale(request):
            return
        try:
            if self._library is None:
                library = self._connect()
                with self._lock:
                    self._library = library
            if kind == "page":
                offset = job[2]
                if offset == 0:
                    self.searches_run += 1
                with self._library.interruptible():
                    page = self._run_page(self._library, request.query, request.filters,
                                          offset, self.page_size)
                if offset == 0 and len(page.hits) >= self.page_size:
                    with self._lock:  # a full first page: how many are there in all?
                        if self._current is request and self._count is None:
                            self._count = request
                self.pageReady.emit(request.number, offset, page)
            else:
                with self._library.interruptible():
                    total = self._run_count(self._library, request.query, request.filters)
                self.counted.emit(request.number, total)
        except QueryInterrupted:
            self._retry(job)
        except BriefingError as exc:  # (an invalid date in a filter, say): in the interface's language
            from briefing.gui.messages import describe

            self.failed.emit(request.number, describe(exc))
        except Exception as exc:  # a bug: say so plainly, keep the app alive
            self._fail(request, exc)

    def _fail(self, request: _Request, exc: Exception) -> None:
        traceback.print_exc()
        from briefing.gui.tasks import unexpected

        self.failed.emit(request.number, translate("Searcher", "The search failed. {reason}")
                         .format(reason=unexpected(exc)))
