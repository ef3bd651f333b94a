"""A table model over the library's claims (statement, source, date, status)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from briefing.core.model import Claim

COLUMNS = ("Statement", "Source", "Date", "Status")


class ClaimsModel(QAbstractTableModel):
    def __init__(self, claims: list[Claim], source_titles: dict[str, str], parent=None):
        super().__init__(parent)
        self._claims = claims
        self._titles = source_titles

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._claims)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        claim = self._claims[index.row()]
        if role == Qt.DisplayRole:
            return (claim.statement, self._titles.get(claim.source_id, claim.source_id),
                    claim.event_date, claim.status)[index.column()]
        if role == Qt.ToolTipRole:
            return f"{claim.id}: {claim.quote}"
        if role == Qt.UserRole:
            return claim.id
        return None
