"""A delegate that draws a cell's text with the search words highlighted."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPalette, QTextDocument, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from briefing.core.text.fold import highlight_spans


def highlighted_html(text: str, query: str) -> str:
    out, last = [], 0
    for start, end in highlight_spans(text, query):
        out.append(escape(text[last:start]))
        out.append(f"<b><u>{escape(text[start:end])}</u></b>")
        last = end
    out.append(escape(text[last:]))
    return "".join(out)


def _blocks(document: QTextDocument):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


class HighlightDelegate(QStyledItemDelegate):
    """Paints on the GUI thread for every visible cell on every repaint: each cell's text
    document is built once per query and kept, so a repaint only draws it."""

    CACHED = 400  # documents kept: a few screens of rows
    LINES = 2  # a row shows this many lines; longer text ends in "…" (the tooltip has it all)

    def __init__(self, query_source, parent=None):
        super().__init__(parent)
        self.query_source = query_source  # callable returning the current query
        self._documents: dict[tuple, QTextDocument] = {}
        self._query = None

    def _document(self, text: str, query: str, font, width: int, colour: str) -> QTextDocument:
        if query != self._query or len(self._documents) >= self.CACHED:
            self._documents.clear()
            self._query = query
        key = (text, width, font.key(), colour)
        document = self._documents.get(key)
        if document is None:
            document = QTextDocument()
            document.setUndoRedoEnabled(False)
            document.setDefaultFont(font)
            document.setDocumentMargin(2)
            document.setTextWidth(width - 4)
            shown = self._fitted(text, font, width - 8)
            for _ in range(12):  # the highlighted (bold) words are wider: check the real thing
                document.setHtml(f'<span style="color:{colour}">'
                                 f"{highlighted_html(shown, query)}</span>")
                document.size()  # lays the document out
                lines = sum(block.layout().lineCount() for block in _blocks(document))
                if lines <= self.LINES or " " not in shown.strip():
                    break
                shown = shown[:shown.rstrip("…").rfind(" ")].rstrip(" ,;:") + "…"
            self._documents[key] = document
        return document

    def _fitted(self, text: str, font, width: int) -> str:
        """``text`` cut at a word to fit the row's ``LINES`` lines at ``width``, ending in
        "…" when cut (a half-shown third line is hard to read)."""
        if width <= 20:
            return text
        ends = self._line_ends(text, font, width)
        if len(ends) <= self.LINES:
            return text
        from briefing.gui.widgets.text_box import py_offset

        cut = py_offset(text, ends[self.LINES - 1])
        for _ in range(8):  # the "…" may push the last word down: cut a word more
            cut = max(text.rfind(" ", 0, cut - 1), 1)
            shown = text[:cut].rstrip(" ,;:") + "…"
            if len(self._line_ends(shown, font, width)) <= self.LINES:
                return shown
        return shown

    def _line_ends(self, text: str, font, width: int) -> list[int]:
        layout = QTextLayout(text, font)
        layout.beginLayout()
        ends = []
        while len(ends) <= self.LINES:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            ends.append(line.textStart() + line.textLength())
        layout.endLayout()
        return ends

    def paint(self, painter, option, index):
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        text = options.text
        options.text = ""
        style = options.widget.style() if options.widget else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, options, painter, options.widget)
        colour = options.palette.color(
            QPalette.HighlightedText if options.state & QStyle.State_Selected else QPalette.Text)
        document = self._document(text, self.query_source(), options.font, options.rect.width(),
                                  colour.name())
        painter.save()
        painter.translate(options.rect.left() + 2, options.rect.top())
        painter.setClipRect(QRectF(0, 0, options.rect.width() - 4, options.rect.height()))
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option, index):  # noqa: N802
        size = super().sizeHint(option, index)
        size.setHeight(max(size.height(), option.fontMetrics.height() * 2 + 6))
        return size
