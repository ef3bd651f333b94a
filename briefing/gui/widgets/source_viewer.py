"""A source's full text: one quote highlighted and centred; Find (Ctrl+F, F3, Shift+F3); repeated
passages named in words; for curators, new claims from a selection and suggested sentences to
accept or dismiss."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
from briefing.core.text.fold import find_spans
from briefing.gui.language import QT_TRANSLATE_NOOP, translate
from briefing.gui.widgets.text_box import py_offset, qt_position

QUOTE_COLOUR, REPEAT_COLOUR, SUGGESTION_COLOUR = "#ffe082", "#e0e0e0", "#c8e6c9"
FOUND_COLOUR, CURRENT_FOUND_COLOUR = "#b3e5fc", "#4fc3f7"
__all__ = ["SourceViewer", "py_offset", "qt_position"]
# Why a sentence is suggested (``Suggestion.reasons``), as the list names it.
REASONS = {"figure": QT_TRANSLATE_NOOP("SourceViewer", "figure"),
           "date": QT_TRANSLATE_NOOP("SourceViewer", "date"),
           "actor": QT_TRANSLATE_NOOP("SourceViewer", "actor"),
           "quotation": QT_TRANSLATE_NOOP("SourceViewer", "quotation")}


def _opening(text: str, limit: int = 70) -> str:
    """The first words of a passage, for a person to recognise it."""
    words = " ".join(text.split())
    if len(words) > limit:
        words = words[:limit].rsplit(" ", 1)[0] + "…"
    return words


class SourceViewer(QDialog):
    captureRequested = Signal(int, int)  # noqa: N815  python offsets of the selection

    def __init__(self, source: Source, claim: Claim | None = None, suggestions=(),
                 curating: bool = False, parent=None):
        super().__init__(parent)
        self.source = source
        self.curating = curating
        self.setWindowTitle(translate("SourceViewer", "Source — {title}").format(
            title=source.title[:80]))
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setAccessibleName(translate("SourceViewer", "Source text"))
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.text.setPlainText(source.text)
        label = QLabel(f"<b>{escape(source.title)}</b><br>{escape(source.author or source.outlet)}")
        label.setWordWrap(True)
        self.find_box = QLineEdit(placeholderText=translate("SourceViewer",
                                                            "Find in the text (Ctrl+F)"),
                                  clearButtonEnabled=True)
        self.find_box.setAccessibleName(translate("SourceViewer", "Find in the source text"))
        self.find_next_button = QPushButton(translate("SourceViewer", "&Next"))
        self.find_next_button.setToolTip(translate("SourceViewer", "Next match (F3)"))
        self.find_previous_button = QPushButton(translate("SourceViewer", "Pre&vious"))
        self.find_previous_button.setToolTip(translate("SourceViewer",
                                                       "Previous match (Shift+F3)"))
        self.find_status = QLabel()
        self.find_status.setAccessibleName(translate("SourceViewer", "Matches found"))
        find_row = QHBoxLayout()
        find_row.addWidget(QLabel(translate("SourceViewer", "&Find:"), buddy=self.find_box))
        find_row.addWidget(self.find_box, 1)
        find_row.addWidget(self.find_previous_button)
        find_row.addWidget(self.find_next_button)
        find_row.addWidget(self.find_status)
        self.find_box.textChanged.connect(self._find_changed)
        self.find_box.returnPressed.connect(self.find_next)
        self.find_next_button.clicked.connect(self.find_next)
        self.find_previous_button.clicked.connect(self.find_previous)
        for keys, slot, name in ((QKeySequence.Find, self._focus_find, "find"),
                                 (QKeySequence.FindNext, self.find_next, "findNext"),
                                 (QKeySequence.FindPrevious, self.find_previous, "findPrevious")):
            shortcut = QShortcut(keys, self)
            shortcut.setObjectName(name)
            shortcut.activated.connect(slot)
        self.capture_button = QPushButton(translate("SourceViewer", "New &Claim from Selection"))
        self.capture_button.setToolTip(translate(
            "SourceViewer", "Select the exact words to quote, then make a claim of them"))
        self.capture_button.clicked.connect(self.capture_selection)
        self.suggestion_list = QListWidget()
        self.suggestion_list.setAccessibleName(translate("SourceViewer", "Suggested sentences"))
        self.suggestion_list.setWordWrap(True)
        self.accept_button = QPushButton(translate("SourceViewer", "&Accept"))
        self.accept_button.setToolTip(translate("SourceViewer",
                                                "Make a claim of the suggested sentence"))
        self.dismiss_button = QPushButton(translate("SourceViewer", "&Dismiss"))
        self.dismiss_button.setToolTip(translate("SourceViewer",
                                                 "Remove the suggestion from the list"))
        self.accept_button.clicked.connect(self.accept_suggestion)
        self.dismiss_button.clicked.connect(self.dismiss_suggestion)
        self.suggestion_list.currentRowChanged.connect(self._show_suggestion)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(QLabel(translate("SourceViewer", "&Suggested claims:"),
                                     buddy=self.suggestion_list))
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
        self.repeats_label = QLabel(self._repeats_text())
        self.repeats_label.setWordWrap(True)
        self.repeats_label.setTextFormat(Qt.RichText)
        self.repeats_label.linkActivated.connect(self._show_repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.capture_button, QDialogButtonBox.ActionRole)
        self.capture_button.setVisible(curating)  # (adding it to the box showed it)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(find_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.repeats_label)
        layout.addWidget(buttons)
        self.resize(960 if curating else 820, 640)
        self._quote: tuple[int, int] | None = None
        self._found: list[tuple[int, int]] = []
        self._current_found = -1
        self.suggestions = list(suggestions)
        for suggestion in self.suggestions:
            sentence = " ".join(source.text[suggestion.start:suggestion.end].split())
            reasons = ", ".join(translate("SourceViewer", REASONS.get(r, r))
                                for r in suggestion.reasons)
            item = QListWidgetItem(f"{sentence[:160]}  [{reasons}]")
            self.suggestion_list.addItem(item)
        if claim is not None:
            self.highlight(claim.start, claim.end)
        else:
            self._paint()

    def _repeats_text(self) -> str:
        """Repeated passages in words (which passage, repeated where), each a link to it."""
        if not self.source.repeats:
            return ""
        parts = []
        for number, r in enumerate(self.source.repeats):
            link = f"<a href='repeat:{number}'>{escape(_opening(self.source.text[r.start:r.end]))}</a>"
            parts.append((translate("SourceViewer", "“{passage}” appears again further down")
                          if r.verbatim else translate(
                              "SourceViewer", "“{passage}” appears again further down, with "
                              "small differences")).format(passage=link))
        return translate("SourceViewer",
                         "Repeated passages (shaded grey; cite the first): {passages}.").format(
            passages="; ".join(parts))

    def _show_repeat(self, link: str) -> None:
        if link.startswith("repeat:"):
            repeat = self.source.repeats[int(link.split(":", 1)[1])]
            self.select(repeat.repeat_start, repeat.repeat_end)
            self.text.centerCursor()

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if self._quote is not None:  # centring needs the laid-out, shown widget
            QTimer.singleShot(0, self, self._centre_quote)

    def _centre_quote(self) -> None:
        if self._quote is not None:
            self.text.setTextCursor(self._cursor(*self._quote))
            self.text.centerCursor()

    # ---- find ----------------------------------------------------------------------------

    def _focus_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def _find_changed(self, needle: str) -> None:
        self._found = find_spans(self.source.text, needle) if needle.strip() else []
        self._current_found = -1
        if self._found:
            self.find_next()
        else:
            self.find_status.setText(translate("SourceViewer", "not found") if needle.strip()
                                     else "")
            self._paint()

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        if not self._found:
            if self.find_box.text().strip():
                self.find_status.setText(translate("SourceViewer", "not found"))
            return
        if self._current_found < 0:  # the first match after the cursor
            here = py_offset(self.source.text, self.text.textCursor().selectionStart())
            later = [i for i, (start, _end) in enumerate(self._found) if start >= here]
            self._current_found = later[0] if later and step > 0 else (
                0 if step > 0 else len(self._found) - 1)
        else:
            self._current_found = (self._current_found + step) % len(self._found)
        start, end = self._found[self._current_found]
        self.find_status.setText(translate("SourceViewer", "{number} of {total}").format(
            number=self._current_found + 1, total=len(self._found)))
        self._paint()
        self.select(start, end)
        self.text.centerCursor()

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
        marks += [self._selection(start, end, CURRENT_FOUND_COLOUR if i == self._current_found
                                  else FOUND_COLOUR)
                  for i, (start, end) in enumerate(self._found[:2000])]
        marks += list(extra)
        if self._quote:
            marks.append(self._selection(*self._quote, QUOTE_COLOUR))
        self.text.setExtraSelections(marks)

    def highlight(self, start: int, end: int) -> None:
        """Colour text[start:end] (Python offsets), select it and centre it in view (again
        once the viewer shows: see ``showEvent``). The colour stays when the selection moves."""
        self._quote = (start, end)
        self._paint()
        self.text.setTextCursor(self._cursor(start, end))
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
