"""The GUI thread stays free: searches run on their own thread and only the newest answer is
shown; at start-up the window shows first and the library opens behind it, with progress."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QSettings, QTimer

from briefing.core.context import Context
from briefing.core.errors import LibraryError
from briefing.gui.claims_model import ClaimIdRole
from briefing.gui.launch import build_window
from briefing.gui.searcher import Page
from tests.gui.conftest import search_now


def _ids(model) -> list[str]:
    return [model.index(row, 0).data(ClaimIdRole) for row in range(model.rowCount())]


def _slowed(searcher, slow_query: str, seconds: float):
    """Make the search thread take ``seconds`` over ``slow_query`` (as a huge library would)."""
    real = searcher._run_page
    runs = []

    def run_page(library, query, filters, offset, limit):
        runs.append(query)
        if query == slow_query:
            time.sleep(seconds)
        return real(library, query, filters, offset, limit)

    searcher._run_page = run_page
    return runs


def test_an_older_search_never_replaces_a_newer_one(qtbot, window, library):
    pane, model, searcher = window.library_pane, window.library_pane.model, \
        window.controller.searcher
    runs = _slowed(searcher, "Ascend", 0.6)
    shown = []
    pane.resultsReady.connect(lambda: shown.append(model.query))
    pane.search_box.setText("Ascend")
    pane.run_search()  # slow: still running while the user types on
    qtbot.wait(100)
    for text in ("Hu", "Hua", "Huawei"):  # each supersedes the one before
        pane.search_box.setText(text)
        pane.run_search()
    qtbot.waitUntil(lambda: pane.ready, timeout=10000)
    qtbot.wait(700)  # well past the slow answer
    assert shown == ["Huawei"] and model.query == "Huawei"
    # 4 say "Huawei" in their statement, quote or actors, 2 more in their notes (library 2026.12)
    assert pane.count_label.text() == "6 claims"
    huawei = _ids(model)

    def words(claim) -> str:
        return " ".join([claim.statement, claim.quote, claim.reader_note, claim.curator_note,
                         *claim.actors])

    assert len(huawei) == 6 and all("Huawei" in words(library.claim(i)) for i in huawei)
    # "Hu" and "Hua" were superseded while they waited: never run.
    assert runs == ["Ascend", "Huawei"]

    # An answer to an older search that arrives late is dropped, page and count alike.
    stale = searcher.latest - 1
    ascend = window.controller.search("Ascend", pane.current_filters(), 0, 60)
    searcher.pageReady.emit(stale, 0, Page(ascend))
    searcher.counted.emit(stale, 3)
    qtbot.wait(50)
    assert _ids(model) == huawei and pane.count_label.text() == "6 claims"


def test_a_slow_search_leaves_the_gui_thread_free(qtbot, window):
    pane = window.library_pane
    _slowed(window.controller.searcher, "Ascend", 1.0)
    beats = []
    heart = QTimer(interval=10)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))
    heart.start()
    started = time.perf_counter()
    pane.search_box.setText("Ascend")
    pane.run_search()
    asked = time.perf_counter() - started
    assert pane.count_label.text() != "4 claims"  # not answered yet: it is still running
    # (4 claims: search reads the German statements too, and one of them names Ascend)
    qtbot.waitUntil(lambda: pane.count_label.text() == "4 claims", timeout=10000)
    heart.stop()
    assert asked < 0.1  # run_search only asks
    assert time.perf_counter() - started >= 1.0
    gaps = [b - a for a, b in zip(beats, beats[1:])]
    assert len(beats) > 40 and max(gaps) < 0.3, max(gaps)


def test_a_new_search_interrupts_one_that_would_never_end(qtbot, window):
    pane, searcher = window.library_pane, window.controller.searcher
    real = searcher._run_page

    def run_page(library, query, filters, offset, limit):
        if query == "forever":  # an endless query: only an interrupt stops it
            library.db.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                               "FROM c) SELECT count(*) FROM c").fetchone()
        return real(library, query, filters, offset, limit)

    searcher._run_page = run_page
    pane.search_box.setText("forever")
    pane.run_search()
    qtbot.wait(200)
    started = time.perf_counter()
    search_now(qtbot, pane, "Ascend")
    assert time.perf_counter() - started < 5
    assert pane.model.query == "Ascend" and pane.count_label.text() == "4 claims"


def test_pages_load_off_the_gui_thread_for_the_newest_search_only(qtbot, window):
    pane, model = window.library_pane, window.library_pane.model
    search_now(qtbot, pane, "")
    assert model.rowCount() == 60 and model.canFetchMore()
    model.fetchMore()
    assert model.fetching and model.rowCount() == 60  # asked, not yet here
    qtbot.waitUntil(lambda: not model.fetching, timeout=10000)
    assert model.rowCount() == min(120, model.total)
    # A page asked for just before a new search is dropped with it.
    search_now(qtbot, pane, "")
    model.fetchMore()
    assert model.fetching
    search_now(qtbot, pane, "Ascend")
    qtbot.wait(200)
    assert model.rowCount() == 4 and model.query == "Ascend" and not model.canFetchMore()


def _launch_window(qtbot, paths, prompter, tmp_path):
    window = build_window(paths, None, QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat),
                          prompter)
    qtbot.addWidget(window)
    messages = []
    window.statusBar().messageChanged.connect(messages.append)
    window.show()
    qtbot.waitExposed(window)
    return window, messages


def test_the_window_shows_first_and_the_library_opens_behind_it(qtbot, paths, prompter,
                                                                  tmp_path, monkeypatch):
    gate = threading.Event()
    real_open = Context.open_library

    def held_open(self, progress=None, later=False):  # a slow disk, a big library: held
        gate.wait(20)
        return real_open(self, progress, later=later)

    monkeypatch.setattr(Context, "open_library", held_open)
    window, messages = _launch_window(qtbot, paths, prompter, tmp_path)
    c, pane = window.controller, window.library_pane
    try:
        context = Context(paths, announce_repairs=False)
        window.start_up(context)
        qtbot.wait(200)  # the GUI thread runs on (this wait is its event loop)
        assert window.isVisible() and c.library is None and c.document is None
        assert window.statusBar().currentMessage() == "Opening the library…"
        assert pane.count_label.text() == "Opening the library…"
        assert not any(a.isEnabled() for a in (window.open_action, window.new_action,
                                                 window.import_action, window.export_action))
        gate.set()
        qtbot.waitUntil(lambda: c.document is not None, timeout=20000)  # then a new briefing
        assert pane.model.rowCount() > 0 and c.templates_ready
        assert window.open_action.isEnabled() and window.import_action.isEnabled()
        # A first start builds the library from the bundle, and says so.
        assert "Building the library…" in messages and messages.index(
            "Building the library…") < messages.index("Loading the templates…")
        assert "Ready" in messages
        qtbot.waitUntil(lambda: pane.ready, timeout=10000)
        assert pane.count_label.text() == "69 claims"
        # The daily check runs last, in the background, once the app works.
        qtbot.waitUntil(lambda: not context.guard.check_due(c.library), timeout=20000)
        check = messages.index("Checking the library file (once a day)…")
        assert check > messages.index("Loading the templates…")
    finally:
        gate.set()
        c.undo_stack.setClean()
        c.shutdown()
        if c.library is not None:
            c.library.close()


def test_a_library_that_cannot_open_is_reported_and_the_app_quits(qtbot, paths, prompter,
                                                                   tmp_path, monkeypatch):
    def fail(self, progress=None, later=False):
        raise LibraryError("The library /nowhere cannot be read: Permission denied.")

    monkeypatch.setattr(Context, "open_library", fail)
    quits = []
    monkeypatch.setattr("briefing.gui.main_window.QApplication.exit",
                        lambda code=0: quits.append(code))
    window, _messages = _launch_window(qtbot, paths, prompter, tmp_path)
    window.start_up(Context(paths))
    qtbot.waitUntil(lambda: quits == [1], timeout=10000)
    assert prompter.asked[-1][0] == "error" and "Permission denied" in prompter.asked[-1][2]
    window.controller.shutdown()
