"""The library's claims as a table that loads rows lazily, a page at a time.

A search sets the query and filters; rows arrive through ``fetchMore`` as the
view scrolls, so a library of 100,000 claims costs one page of rows up front.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from briefing.core.search import Filters

COLUMNS = ("Statement", "Source", "Date", "Status")
# One page is what a tall window shows and a little more: the view's ResizeToContents columns
# ask every loaded row for its data on each search, so a smaller page keeps typing smooth.
PAGE = 60
CLAIM_MIME = "application/x-briefing-claim-ids"
STATUS_COLOURS = {"corroborated": "#2e7d32", "disputed": "#c62828", "corrected": "#ef6c00"}
ClaimIdRole = Qt.UserRole + 1
_ROLES = frozenset({Qt.DisplayRole, Qt.ToolTipRole, Qt.ForegroundRole, ClaimIdRole,
                    Qt.AccessibleTextRole})


class ClaimsModel(QAbstractTableModel):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.query = ""
        self.filters = Filters()
        self.total = 0
        self._hits = []
        self._rows = {}  # row → (display values, claim), filled as the view asks
        self._labels = {}

    def search(self, query: str, filters: Filters) -> None:
        """Run a new search (errors from bad filters propagate to the caller)."""
        total = self.controller.count(query, filters)
        first = self.controller.search(query, filters, 0, PAGE)
        self.beginResetModel()
        self.query, self.filters, self.total, self._hits = query, filters, total, first
        self._rows = {}
        self.endResetModel()

    def source_label(self, source_id: str) -> str:
        if source_id not in self._labels:
            source = self.controller.source(source_id)
            self._labels[source_id] = source.outlet or source.author or source.title
        return self._labels[source_id]

    # ---- lazy loading -----------------------------------------------------------------------

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 (Qt API)
        return not parent.isValid() and len(self._hits) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        more = self.controller.search(self.query, self.filters, len(self._hits), PAGE)
        if not more:
            self.total = len(self._hits)
            return
        start = len(self._hits)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._hits.extend(more)
        self.endInsertRows()

    # ---- table ---------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return COLUMNS[section]
        return None

    def claim_at(self, row: int):
        return self._hits[row].claim

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        # Called thousands of times per search (every role of every cell while the view sizes
        # its columns): refuse unused roles first, and build each row's values once.
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        cached = self._rows.get(row)
        if cached is None:
            claim = self._hits[row].claim
            cached = self._rows[row] = (
                (claim.statement, self.source_label(claim.source_id), claim.event_date,
                 claim.status),
                claim,
            )
        values, claim = cached
        if role == Qt.DisplayRole:
            return values[index.column()]
        if role == Qt.ForegroundRole:
            colour = STATUS_COLOURS.get(claim.status) if index.column() == 3 else None
            return QBrush(QColor(colour)) if colour else None
        if role == ClaimIdRole:
            return claim.id
        if role == Qt.ToolTipRole:
            return f"{claim.id} ({claim.kind})\n{claim.statement}\n\n„{claim.quote}“"
        return f"{claim.statement} ({claim.status})"  # AccessibleTextRole

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        return base | Qt.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self):  # noqa: N802
        return [CLAIM_MIME]

    def mimeData(self, indexes):  # noqa: N802
        rows = sorted({i.row() for i in indexes})
        data = QMimeData()
        ids = "\n".join(self._hits[r].claim.id for r in rows)
        data.setData(CLAIM_MIME, ids.encode("utf-8"))
        data.setText(ids)
        return data
