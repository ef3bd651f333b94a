"""GUI fixtures: the real main window offscreen, with a scripted stand-in for dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from briefing.core.context import Context
from briefing.gui.launch import build_window


class FakePrompter:
    """Answers the app's questions from a script and records what it was asked."""

    def __init__(self):
        self.parent = None
        self.asked: list[tuple] = []
        self.save_answer = "save"
        self.recover_answer = True
        self.refresh_answer = False
        self.next_save_path: Path | None = None
        self.next_open_path: Path | None = None
        self.export_choice = "close"
        self.cannot_open_choice = "close"
        self.choose_answer: str | None = None  # the item to pick, by its label's start
        self.confirm_answer = True


    def error(self, title, message):
        self.asked.append(("error", title, message))

    def info(self, title, message):
        self.asked.append(("info", title, message))

    def show_text(self, title, html):
        self.asked.append(("text", title, html))

    def about(self, summary, licences):
        self.asked.append(("about", summary, licences))

    def ask_save_changes(self, name):
        self.asked.append(("save-changes", name))
        return self.save_answer

    def confirm(self, title, question, action):
        self.asked.append(("confirm", title, question))
        return self.confirm_answer

    def confirm_replace(self, path):
        self.asked.append(("replace", path))
        return self.confirm_answer

    def ask_recover(self, description):
        self.asked.append(("recover", description))
        return self.recover_answer

    def ask_refresh(self, messages):
        self.asked.append(("refresh", messages))
        return self.refresh_answer

    def open_path(self, folder):
        return self.next_open_path

    def save_path(self, folder, suggested, filters=""):
        self.asked.append(("save-path", suggested))
        return self.next_save_path

    def exported(self, path):
        self.asked.append(("exported", path))
        return self.export_choice

    def cannot_open(self, path):
        self.asked.append(("cannot-open", path))
        return self.cannot_open_choice

    def choose(self, title, label, items):
        self.asked.append(("choose", title, items))
        if self.choose_answer is None:
            return None
        return next(i for i, item in enumerate(items) if item.startswith(self.choose_answer))

    def kinds(self):
        return [entry[0] for entry in self.asked]


@pytest.fixture(scope="session", autouse=True)
def interface_language(qapp):
    """The interface in English, as the app installs it at start-up on an English system:
    the English plural forms ("1 claim", "6 claims") come from briefing_en.qm."""
    from briefing.core.paths import resources_dir
    from briefing.gui.language import Language

    language = Language(resources_dir())
    language.install("en")
    yield language
    language.remove()


@pytest.fixture
def prompter():
    return FakePrompter()


def search_now(qtbot, pane, text: str | None = None) -> None:
    """Search the library pane for ``text`` (or its current text) and wait for the answer:
    searches run off the GUI thread."""
    if text is not None:
        pane.search_box.setText(text)
    with qtbot.waitSignal(pane.searchDone, timeout=10000):
        pane.run_search()


@pytest.fixture
def make_window(qtbot, paths, tmp_path, processors):
    """Build (and clean up) main windows on one data folder, as successive app runs would.
    Each is returned once its library pane has the filter choices and the first results
    (both are read off the GUI thread). They share the run's citation processors."""
    built = []

    def make(prompter, library, open_file=None):
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
        window = build_window(paths, library, settings, prompter, autosave_ms=150,
                              context=Context(paths, citation_processors=processors))
        window.open_file = open_file  # as `briefing FILE` does
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.start()
        built.append(window)
        qtbot.waitUntil(lambda: window.library_pane.ready, timeout=10000)
        return window

    yield make
    for window in built:
        window.controller.tasks.wait(20000)
        window.controller.undo_stack.setClean()  # let the window close without asking


@pytest.fixture
def window(make_window, prompter, library):
    return make_window(prompter, library)
