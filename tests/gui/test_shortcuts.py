"""No key in the app is ambiguous: every action, shortcut and mnemonic of every window and
dialog answers to a key of its own (see tests/gui/shortcuts.py)."""

from __future__ import annotations

import html
import re

from PySide6.QtGui import QAction, QKeySequence

from tests.gui.shortcuts import all_windows, clashes, keys_of, menu_clashes
from tests.gui.translations import plain


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


# ---- what the help and the tooltips say about keys ------------------------------------------

_KEY = re.compile(
    r"(?:(?:Ctrl|Shift|Alt)\+)+(?:F\d{1,2}|Up|Down|Left|Right|Home|End|Enter|Return|Tab|"
    r"Delete|[A-Z0-9](?![A-Za-z]))|\bF\d{1,2}\b|\bDelete\b|\bEnter\b|\bDown\b(?= moves)")


def _keys_named(text: str) -> set[str]:
    """Every key ``text`` names ("Ctrl+1…Ctrl+9" is all nine of them)."""
    plain = html.unescape(re.sub(r"<[^>]+>", " ", text))
    found = set(_KEY.findall(plain))
    for low, high in re.findall(r"Ctrl\+(\d)…Ctrl\+(\d)", plain):
        found |= {f"Ctrl+{n}" for n in range(int(low), int(high) + 1)}
    return {QKeySequence(k).toString() for k in found}


def _texts(window) -> list[str]:
    """What a person reads about keys in ``window``: tooltips and placeholder texts."""
    from PySide6.QtWidgets import QWidget

    texts = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window:
            continue  # a dialog's: read with that dialog
        texts.append(widget.toolTip())
        if hasattr(widget, "placeholderText"):
            texts.append(widget.placeholderText())
    return [t for t in texts if t]


def test_every_key_the_help_and_the_tooltips_name_is_a_key_the_app_has(qtbot, window, prompter):
    """Compared mechanically: each key named in Help > Briefing Help, a tooltip or a
    placeholder is bound in that window (a menu action, a shortcut) or is one of the keys a
    widget handles itself, each pressed here to see it do its work."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.gui.conftest import search_now

    window.set_curator_mode(True)
    windows = all_windows(window)
    bound = {w: {QKeySequence(k).toString() for k, _owner, _pages in keys_of(w)}
             for w in windows}
    # Keys widgets handle in their own key handlers: pressed, and their work seen.
    c, pane, composer = window.controller, window.library_pane, window.composer
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    search_now(qtbot, pane, "Huawei")
    pane.search_box.setFocus()
    qtbot.keyClick(pane.search_box, Qt.Key_Down)
    assert pane.view.hasFocus()  # Down moves into the results
    composer.select_section("summary")
    qtbot.keyClick(pane.view, Qt.Key_Enter)
    assert len(c.document.section("summary").items) == 1  # Enter adds to the target
    c.add_paragraph("summary", "Second.")
    first, second = (i.uid for i in c.document.section("summary").items)
    composer.select_uid(second)
    qtbot.keyClick(composer.view, Qt.Key_Up, Qt.ControlModifier)
    assert c.document.section("summary").items[0].uid == second  # Ctrl+Up moves up
    qtbot.keyClick(composer.view, Qt.Key_Down, Qt.ControlModifier)
    assert c.document.section("summary").items[1].uid == second  # Ctrl+Down moves down
    qtbot.keyClick(composer.view, Qt.Key_Delete)
    assert [i.uid for i in c.document.section("summary").items] == [first]  # Delete removes
    handled = {"Down", "Enter", "Ctrl+Up", "Ctrl+Down", "Del"}
    # Ctrl+1…Ctrl+9 choose sections 1–9: as many as the briefing has sections.
    sections = len(c.document.sections)
    targets = {QKeySequence(f"Ctrl+{n}").toString() for n in range(1, 10)}
    assert bound[window] & targets == {f"Ctrl+{n}" for n in range(1, sections + 1)}
    handled |= targets

    window.show_help()
    help_text = prompter.asked[-1][2]
    # Help's key table lists every key: the menus' (above), those the panes handle
    # themselves, the source viewer's and the composer buttons' Alt keys.
    from tests.gui.shortcuts import mnemonic

    tabled = set()
    for cell in re.findall(r"<tr><td>.*?</td><td>.*?</td><td>(.*?)</td></tr>", help_text):
        tabled |= {QKeySequence(k.strip()).toString()
                   for k in re.split(r", | … ", html.unescape(cell))}
    buttons = (composer.add_text_button, composer.up_button, composer.down_button,
               composer.remove_button)
    needed = (handled - targets) | {"F3", "Shift+F3"} | {mnemonic(b.text()) for b in buttons}
    assert None not in needed, "every composer button has an Alt key"
    assert needed - tabled == set(), "keys missing from Help's table"
    everywhere = set().union(*bound.values()) | handled
    problems = [f"Help names {k}" for k in sorted(_keys_named(help_text) - everywhere)]
    for w in windows:
        for text in _texts(w):
            problems += [f"{w.__class__.__name__}: {text!r} names {k}"
                         for k in sorted(_keys_named(text) - bound[w] - handled)]
    assert problems == [], "\n".join(problems)
    # (and the walk is not blind: it reads the keys a tooltip names)
    assert _keys_named("Move the selected item up (Ctrl+Up); F3, Shift+F3, "
                       "Ctrl+1…Ctrl+3") == {"Ctrl+Up", "F3", "Shift+F3", "Ctrl+1", "Ctrl+2",
                                            "Ctrl+3"}
    assert "F3" in _keys_named(help_text), "Help says how to find in a source"


def test_the_menu_items_help_names_are_the_menus_items(qtbot, window, prompter):
    """Help said "File > Recover"; the item is "Recover Unsaved Work…"."""
    window.show_help()
    text = html.unescape(re.sub(r"<[^>]+>", " ", prompter.asked[-1][2]))
    named = re.findall(r"(\w+) > (\w+(?: \w+)*)", text)  # "File > Recover … opens it"
    menus = {plain(a.text()): a.menu() for a in window.menuBar().actions() if a.menu()}
    problems = []
    for menu, words in named:
        items = {plain(a.text()) for a in menus[menu].actions() if a.text()}
        if not any(words == item or words.startswith(item + " ") for item in items):
            problems.append(f"Help names {menu} > {words}; {menu} has {sorted(items)}")
    assert len(named) >= 3 and problems == []
