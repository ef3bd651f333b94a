"""Typing as a person does: one key event at a time, to whatever has the keyboard focus, with
a pause after each key longer than every timer in the app.

The pause is read from the running app, not guessed: every single-shot QTimer the window and
its controller own (the autosave, the preview refresh, the library's search debounce, and any
commit timer an editor may have) is given time to fire between two keys, so each key lands
after whatever those timers do.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

MARGIN_MS = 60


def app_timers(window) -> dict[str, int]:
    """Every single-shot timer of the window and its controller: name → interval (ms)."""
    timers = {}
    for owner in (window, window.controller):
        for timer in owner.findChildren(QTimer):
            if timer.isSingleShot():
                name = f"{timer.parent().__class__.__name__}.{timer.objectName() or id(timer)}"
                timers[name] = timer.interval()
    return timers


def pause_ms(window) -> int:
    """Longer than the longest of the app's timers."""
    return max(app_timers(window).values()) + MARGIN_MS


def focused():
    return QApplication.focusWidget()


def type_text(qtbot, window, text: str, pause: int | None = None) -> None:
    """Type ``text`` (ASCII) into the focused widget, one key at a time, pausing after each
    key longer than every app timer (or ``pause`` ms)."""
    pause = pause_ms(window) if pause is None else pause
    for char in text:
        widget = focused()
        assert widget is not None, "nothing has the keyboard focus"
        qtbot.keyClick(widget, char)
        qtbot.wait(pause)


def press(qtbot, window, key, modifier=None, pause: int | None = None) -> None:
    """One key (with a modifier) to the focused widget, then the same pause as typing."""
    from PySide6.QtCore import Qt

    widget = focused()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier or Qt.NoModifier)
    qtbot.wait(pause_ms(window) if pause is None else pause)


def shortcut(qtbot, window, sequence: str, pause: int | None = None) -> None:
    """A key sequence such as "Ctrl+Shift+Z" sent to the focused widget, as a keyboard
    would: the window's shortcuts see it first, as they do for real keys."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    combo = QKeySequence(sequence)[0]
    widget = focused()
    assert widget is not None, "nothing has the keyboard focus"
    QTest.keyClick(widget, combo.key(), combo.keyboardModifiers())
    qtbot.wait(pause_ms(window) if pause is None else pause)
