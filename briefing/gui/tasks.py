"""Run slow work off the GUI thread; its result or error comes back on the GUI thread."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from briefing.core.errors import BriefingError
from briefing.core.library.sqlite_errors import as_typed
from briefing.gui.language import translate
from briefing.gui.messages import describe


def freeze_heap(collect: bool = False) -> None:
    """Move every object alive now out of the garbage collector's sight (``gc.freeze``).

    Called once the long-lived objects are built (the library, templates and styles at
    start; the citation engines after the first preview): a full collection walks every
    tracked object, and over those it took 40 ms and more on the GUI thread, now and then while
    someone typed (measured: a 41 ms generation-2 collection was the 46 ms stall). Whatever
    is frozen is never collected, so ``collect`` first where a pause is harmless (at start):
    garbage is not frozen with the rest."""
    import gc

    if collect:
        gc.collect()
    gc.freeze()


def unexpected(exc: BaseException) -> str:
    """A sentence for an error nobody foresaw (a bug): what it says, never Python's name for
    it; the traceback goes to the error output for a bug report."""
    detail = " ".join(str(exc).split())
    if len(detail) > 200:
        detail = detail[:200] + "…"
    if not detail:
        return translate("Tasks", "Something unexpected went wrong.")
    return translate("Tasks", "Something unexpected went wrong: {detail}").format(
        detail=detail) + ("" if detail.endswith(".") else ".")


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(str)


class Task(QRunnable):
    """``fn(progress)`` runs in the pool; ``done(result)`` or ``failed(message)`` fire after."""

    def __init__(self, fn):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit)
        except BriefingError as exc:
            self.signals.failed.emit(describe(exc))
        except Exception as exc:
            typed = as_typed(exc)  # busy, read-only, full…: said as what it is
            if typed is not None:
                self.signals.failed.emit(describe(typed))
                return
            traceback.print_exc()  # a bug: say so plainly, keep the app alive
            self.signals.failed.emit(unexpected(exc) + " " + translate(
                "Tasks", "Your briefing is unchanged."))
        else:
            self.signals.done.emit(result)


class Tasks:
    """Keeps running tasks alive until they finish (a QRunnable has no parent)."""

    def __init__(self, pool: QThreadPool | None = None):
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def start(self, fn, on_done=None, on_failed=None, on_progress=None) -> Task:
        task = Task(fn)
        self._running.add(task)
        if on_done:
            task.signals.done.connect(on_done)
        if on_failed:
            task.signals.failed.connect(on_failed)
        if on_progress:
            task.signals.progress.connect(on_progress)
        task.signals.done.connect(lambda _r: self._running.discard(task))
        task.signals.failed.connect(lambda _m: self._running.discard(task))
        self.pool.start(task)
        return task

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
