"""A plain-text box whose edits go to the app's one undo history.

Each change the user makes (a key, a paste, a cut, a drop, input-method text) is reported at
once with where it happened (``edited``); the box keeps no undo history of its own, and its
Undo and Redo keys and context-menu entries are the app's. A change from elsewhere (Undo,
Redo) is applied with ``apply``: only the characters that differ are replaced, so the cursor
stays where the user was, or goes to where the change was made. Loading another item's text is
``load``. Neither reports an edit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from briefing.core.text.controls import has_controls, strip_controls

UNDO_KEYS = (QKeySequence.Undo, QKeySequence.Redo)
EXTRA_REDO = ("Ctrl+Shift+Z", "Ctrl+Y")  # the platform's Redo keys, whatever it prefers


def qt_position(text: str, offset: int) -> int:
    """Qt counts UTF-16 code units; Python offsets count code points."""
    return len(text[:offset].encode("utf-16-le")) // 2


def py_offset(text: str, position: int) -> int:
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def change_between(old: str, new: str, cursor: int | None = None) -> tuple[int, int, int]:
    """(position, removed, added) turning ``old`` into ``new``: the shortest change, or with
    the changed part ending at the ``cursor`` (Python offset in ``new``) where that fits:
    typing "l" into "he|lo" is an insertion at 2, not at 3 as the shortest change says."""
    tail = -1 if cursor is None else len(new) - cursor
    if 0 <= tail <= len(old) and new[cursor:] == old[len(old) - tail:]:
        old_head, new_head = old[:len(old) - tail], new[:cursor]
    else:
        suffix = 0
        limit = min(len(old), len(new))
        while suffix < limit and old[-1 - suffix] == new[-1 - suffix]:
            suffix += 1
        old_head, new_head = old[:len(old) - suffix], new[:len(new) - suffix]
    prefix = 0
    limit = min(len(old_head), len(new_head))
    while prefix < limit and old_head[prefix] == new_head[prefix]:
        prefix += 1
    return prefix, len(old_head) - prefix, len(new_head) - prefix


def _is_undo_key(event) -> bool:
    if any(event.matches(key) for key in UNDO_KEYS):
        return True
    pressed = QKeySequence(event.keyCombination())
    return any(pressed.matches(QKeySequence(key)) == QKeySequence.ExactMatch for key in EXTRA_REDO)


_MODIFIERS = {Qt.Key_Shift, Qt.Key_Control, Qt.Key_Alt, Qt.Key_Meta, Qt.Key_AltGr,
              Qt.Key_CapsLock}
_DEAD_KEYS = (0x01001250, 0x0100127F)  # Qt.Key_Dead_Grave …: the accent waits for its letter


class TextBox(QPlainTextEdit):
    # text, position, removed, added, label, fresh (the first change after the cursor was put
    # somewhere by hand or the box was left: it starts an undo step of its own)
    edited = Signal(str, int, int, int, str, bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document().setUndoRedoEnabled(False)  # the app's history, not the box's
        self.setTabChangesFocus(True)  # Tab leaves the box (keyboard users); Ctrl+Tab types one
        self._text = ""  # what the box held after the last reported change
        self._loading = False
        self._label = ""  # of the change under way: "Paste", "Cut", "Drop" (else "Typing")
        self._fresh = True  # the next change starts a new "Typing" step
        self.undo_actions = ()  # the app's Undo and Redo, for the context menu
        self.textChanged.connect(self._changed)

    # ---- loading and applying changes from elsewhere ------------------------------------------

    def load(self, text: str) -> None:
        """Show another item's ``text``: the cursor goes to its end."""
        self._loading = True
        try:
            self.setPlainText(text)
            self.moveCursor(QTextCursor.End)
        finally:
            self._loading = False
        self._text = text
        self._fresh = True

    def apply(self, text: str) -> None:
        """Show ``text`` changed elsewhere (Undo, Redo): only what differs is replaced; the
        cursor goes to the end of the change."""
        if text == self._text and text == self.toPlainText():
            return
        old = self.toPlainText()
        position, removed, added = change_between(old, text)
        cursor = QTextCursor(self.document())
        cursor.setPosition(qt_position(old, position))
        cursor.setPosition(qt_position(old, position + removed), QTextCursor.KeepAnchor)
        self._loading = True
        try:
            cursor.insertText(text[position:position + added])
        finally:
            self._loading = False
        self._text = text
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # ---- what the user does ---------------------------------------------------------------

    def _changed(self) -> None:
        if self._loading:
            return
        text = self.toPlainText()
        if text == self._text:
            return  # a format change, or input-method preedit
        cursor = py_offset(text, self.textCursor().position())
        position, removed, added = change_between(self._text, text, cursor)
        label, self._label = self._label or "Typing", ""
        fresh, self._fresh = self._fresh, False
        self._text = text
        self.edited.emit(text, position, removed, added, label, fresh)

    # Typing goes on in one undo step until the cursor is put elsewhere by hand: a click, an
    # arrow, Home or End (even back to where it was), or the box is left. Word does the same.
    def focusOutEvent(self, event):  # noqa: N802 (Qt API)
        self._fresh = True
        super().focusOutEvent(event)

    def mousePressEvent(self, event):  # noqa: N802
        self._fresh = True
        super().mousePressEvent(event)

    def insertFromMimeData(self, source):  # noqa: N802 (Qt API)
        # A paste or a drop: control characters stay out (Word and the PDF print them as
        # "\ufffd"); tabs and line breaks stay (briefing.core.text.controls).
        self._label = self._label or "Paste"
        if source.hasText() and has_controls(source.text()):
            cleaned = QMimeData()
            cleaned.setText(strip_controls(source.text()))
            source = cleaned
        super().insertFromMimeData(source)
        self._label = ""

    def cut(self):
        self._label = "Cut"
        super().cut()
        self._label = ""

    def dropEvent(self, event):  # noqa: N802
        self._label = "Drop"
        super().dropEvent(event)
        self._label = ""

    def event(self, event):
        # Undo and Redo belong to the window's Edit menu: let its shortcuts have the keys.
        if event.type() == QEvent.ShortcutOverride and _is_undo_key(event):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event):  # noqa: N802
        if _is_undo_key(event):
            event.ignore()  # nothing to undo or redo (the window's action is disabled)
            return
        if event.matches(QKeySequence.Cut):
            self._label = "Cut"
        elif not event.text() and event.key() not in _MODIFIERS and not (
                _DEAD_KEYS[0] <= event.key() <= _DEAD_KEYS[1]):
            self._fresh = True  # an arrow, Home, End, Page Up: the cursor goes elsewhere
        super().keyPressEvent(event)
        self._label = ""

    def contextMenuEvent(self, event):  # noqa: N802
        menu = self.createStandardContextMenu(event.pos())
        replacements = dict(zip(("edit-undo", "edit-redo"), self.undo_actions, strict=False))
        for action in menu.actions():
            if action.objectName() in replacements:
                menu.insertAction(action, replacements[action.objectName()])
                menu.removeAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()
