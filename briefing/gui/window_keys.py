"""The window's menu keys win over a one-line text field's own Emacs-style keys.

On Linux (X11, Wayland) Qt's one-line fields take Ctrl+E for "end of line" (and Ctrl+K,
Ctrl+U …) before the menus see it: with the cursor in the search box, where it is at
start-up, or in a Details field, File › Export (Ctrl+E) did nothing and said nothing. Qt asks
the focused field first (a ShortcutOverride event); this filter answers "no" for the keys of
the window's own actions, except the editing keys a text field must keep (copy, paste, undo,
select all, the arrows …), so the menu's action runs. Multi-line boxes are not concerned: they
do not bind these keys.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit

# What a text field keeps even when a menu has the same key.
_EDITING = (QKeySequence.Copy, QKeySequence.Cut, QKeySequence.Paste, QKeySequence.Undo,
            QKeySequence.Redo, QKeySequence.SelectAll, QKeySequence.Delete,
            QKeySequence.DeleteStartOfWord, QKeySequence.DeleteEndOfWord,
            QKeySequence.MoveToNextWord, QKeySequence.MoveToPreviousWord,
            QKeySequence.SelectNextWord, QKeySequence.SelectPreviousWord,
            QKeySequence.MoveToStartOfLine, QKeySequence.SelectStartOfLine,
            QKeySequence.SelectEndOfLine, QKeySequence.Backspace)


def menu_keys(window) -> set[QKeySequence]:
    """The shortcuts of the window's actions that are not a text field's editing keys."""
    editing = {key for standard in _EDITING for key in QKeySequence.keyBindings(standard)}
    return {key for action in window.findChildren(QAction) for key in action.shortcuts()
            if not key.isEmpty() and key not in editing}


class WindowKeys(QObject):
    """Installed on the application by the main window (``install``)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.keys: set[QKeySequence] = set()

    def install(self, app) -> None:
        self.keys = menu_keys(self.window)
        app.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.ShortcutOverride and isinstance(watched, QLineEdit) and (
                watched.window() is self.window):
            if QKeySequence(event.keyCombination()) in self.keys:
                event.ignore()  # not the field's: the menu's shortcut runs
                return True
        return False
