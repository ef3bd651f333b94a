"""A source's full text: one quote highlighted and scrolled into view; for curators, new claims
from a selection, suggested sentences to accept or dismiss, and repeated passages marked."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing.core.model import Claim, Source

QUOTE_COLOUR, REPEAT_COLOUR, SUGGESTION_COLOUR = "#ffe082", "#e0e0e0", "#c8e6c9"


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


class SourceViewer(QDialog):
    captureRequested = Signal(int, int)  # noqa: N815  python offsets of the selection

    def __init__(self, source: Source, claim: Claim | None = None, suggestions=(),
                 curating: bool = False, parent=None):
        super().__init__(parent)
        self.source = source
        self.setWindowTitle(f"Source — {source.title[:80]}")
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setAccessibleName("Source text")
        self.text.setPlainText(source.text)
        label = QLabel(f"<b>{source.title}</b><br>{source.author or source.outlet}")
        label.setWordWrap(True)
        self.capture_button = QPushButton("&New Claim from Selection")
        self.capture_button.setToolTip("Select the exact words to quote, then make a claim of them")
        self.capture_button.setVisible(curating)
        self.capture_button.clicked.connect(self.capture_selection)
        self.suggestion_list = QListWidget()
        self.suggestion_list.setAccessibleName("Suggested sentences")
        self.suggestion_list.setWordWrap(True)
        self.accept_button = QPushButton("&Accept")
        self.accept_button.setToolTip("Make a claim of the suggested sentence")
        self.dismiss_button = QPushButton("&Dismiss")
        self.accept_button.clicked.connect(self.accept_suggestion)
        self.dismiss_button.clicked.connect(self.dismiss_suggestion)
        self.suggestion_list.currentRowChanged.connect(self._show_suggestion)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(QLabel("Suggested claims:"))
        side_layout.addWidget(self.suggestion_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.accept_button)
        row.addWidget(self.dismiss_button)
        side_layout.addLayout(row)
        side.setVisible(curating)
        splitter = QSplitter()
        splitter.addWidget(self.text)
        splitter.addWidget(side)
        splitter.setSizes([640, 260])
        repeats = "; ".join(
            f"characters {r.start}–{r.end} appear again at {r.repeat_start}–{r.repeat_end}"
            + ("" if r.verbatim else " (with small differences)") for r in source.repeats)
        self.repeats_label = QLabel(f"Repeated passages (grey): {repeats}" if repeats else "")
        self.repeats_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.capture_button, QDialogButtonBox.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.repeats_label)
        layout.addWidget(buttons)
        self.resize(960 if curating else 820, 640)
        self._quote: tuple[int, int] | None = None
        self.suggestions = list(suggestions)
        for suggestion in self.suggestions:
            sentence = " ".join(source.text[suggestion.start:suggestion.end].split())
            item = QListWidgetItem(f"{sentence[:160]}  [{', '.join(suggestion.reasons)}]")
            self.suggestion_list.addItem(item)
        if claim is not None:
            self.highlight(claim.start, claim.end)
        else:
            self._paint()

    # ---- highlighting -------------------------------------------------------------------------

    def _cursor(self, start: int, end: int) -> QTextCursor:
        text = self.source.text
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(qt_position(text, start))
        cursor.setPosition(qt_position(text, end), QTextCursor.KeepAnchor)
        return cursor

    def _selection(self, start: int, end: int, colour: str) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self._cursor(start, end)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(colour))
        fmt.setForeground(QColor("#000000"))
        selection.format = fmt
        return selection

    def _paint(self, extra=()) -> None:
        marks = [self._selection(r.repeat_start, r.repeat_end, REPEAT_COLOUR)
                 for r in self.source.repeats]
        marks += list(extra)
        if self._quote:
            marks.append(self._selection(*self._quote, QUOTE_COLOUR))
        self.text.setExtraSelections(marks)

    def highlight(self, start: int, end: int) -> None:
        """Colour text[start:end] (Python offsets), select it and scroll it into view."""
        self._quote = (start, end)
        self._paint()
        self.text.setTextCursor(self._cursor(start, end))
        self.text.ensureCursorVisible()
        self.text.centerCursor()

    def highlighted_text(self) -> str:
        if self._quote is None:
            return ""
        return self.source.text[self._quote[0]:self._quote[1]]

    # ---- curating ---------------------------------------------------------------------------

    def select(self, start: int, end: int) -> None:
        """Select text[start:end] as a user would with the mouse (tests and suggestions)."""
        self.text.setTextCursor(self._cursor(start, end))

    def selection_offsets(self) -> tuple[int, int] | None:
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return None
        text = self.source.text
        return py_offset(text, cursor.selectionStart()), py_offset(text, cursor.selectionEnd())

    def capture_selection(self) -> None:
        offsets = self.selection_offsets()
        if offsets is not None:
            self.captureRequested.emit(*offsets)

    def _show_suggestion(self, row: int) -> None:
        if 0 <= row < len(self.suggestions):
            suggestion = self.suggestions[row]
            self._paint([self._selection(suggestion.start, suggestion.end, SUGGESTION_COLOUR)])
            self.select(suggestion.start, suggestion.end)
            self.text.centerCursor()

    def accept_suggestion(self) -> None:
        row = self.suggestion_list.currentRow()
        if 0 <= row < len(self.suggestions):
            suggestion = self.suggestions[row]
            self.captureRequested.emit(suggestion.start, suggestion.end)

    def dismiss_suggestion(self) -> None:
        row = self.suggestion_list.currentRow()
        if 0 <= row < len(self.suggestions):
            del self.suggestions[row]
            self.suggestion_list.takeItem(row)
            self._paint()

    def remove_suggestion_at(self, start: int, end: int) -> None:
        for row, suggestion in enumerate(self.suggestions):
            if suggestion.start < end and start < suggestion.end:
                del self.suggestions[row]
                self.suggestion_list.takeItem(row)
                return
