"""No key in the app is ambiguous: every action, shortcut and mnemonic of every window and
dialog answers to a key of its own (see tests/gui/shortcuts.py)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from tests.gui.shortcuts import all_windows, clashes, keys_of, menu_clashes


def test_no_key_is_ambiguous_in_any_window(qtbot, window):
    window.set_curator_mode(True)  # every action there is
    problems = []
    for built in all_windows(window):
        problems += [f"{built.__class__.__name__}: {p}" for p in clashes(built)]
        problems += [f"{built.__class__.__name__}: {p}" for p in menu_clashes(built)]
    assert problems == []


def test_the_walk_finds_a_clash_when_there_is_one(qtbot, window):
    assert keys_of(window)  # it sees the window's keys at all
    extra = QAction("Twice", window)
    extra.setShortcut(QKeySequence("Ctrl+S"))
    window.addAction(extra)
    assert any(p.startswith("Ctrl+S:") for p in clashes(window))
    extra.setShortcuts([QKeySequence("Ctrl+Shift+Y"), QKeySequence("Ctrl+Shift+Y")])
    assert any("given twice" in p for p in clashes(window))
    window.removeAction(extra)
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("&File it", window.composer)  # Alt+F is the File menu's
    button.show()
    assert any(p.startswith("Alt+F:") for p in clashes(window))


def test_help_names_every_key_the_menus_have(qtbot, window, prompter):
    from tests.gui.shortcuts import mnemonic

    window.show_help()
    kind, title, html = prompter.asked[-1]
    assert kind == "text" and title == "Briefing Help"
    for menu in (a.menu() for a in window.menuBar().actions() if a.menu()):
        for action in menu.actions():
            if action.shortcuts() and action.menu() is None:
                name = action.text().replace("&", "").rstrip("…")
                assert name in html, name
                assert action.shortcuts()[0].toString() in html, name
    assert "Ctrl+Shift+Z" in html and "Ctrl+Y" in html and "Ctrl+1" in html
    assert mnemonic("Add &Paragraph") == "Alt+P"
