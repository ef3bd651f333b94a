"""A source's full text with one quote highlighted and scrolled into view."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout

from briefing.core.model import Claim, Source


class SourceViewer(QDialog):
    def __init__(self, source: Source, claim: Claim | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(f"Source — {source.title[:80]}")
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setAccessibleName("Source text")
        self.text.setPlainText(source.text)
        label = QLabel(f"<b>{source.title}</b><br>{source.author or source.outlet}")
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(820, 640)
        if claim is not None:
            self.highlight(claim.start, claim.end)

    def highlight(self, start: int, end: int) -> None:
        """Select and colour text[start:end] (Python offsets) and scroll it into view."""
        document = self.text.document()
        # Qt positions count UTF-16 code units; Python offsets count code points.
        text = self.text.toPlainText()
        def qt_pos(offset: int) -> int:
            return len(text[:offset].encode("utf-16-le")) // 2
        cursor = QTextCursor(document)
        cursor.setPosition(qt_pos(start))
        cursor.setPosition(qt_pos(end), QTextCursor.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ffe082"))
        fmt.setForeground(QColor("#000000"))
        selection.format = fmt
        self.text.setExtraSelections([selection])
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
        self.text.centerCursor()

    def highlighted_text(self) -> str:
        selections = self.text.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""
