"""The open briefing as a two-level tree: template sections, and the items in each.

Drops of library claims and moves of items are turned into controller
requests; the model itself never changes the document. The composer rebuilds it when items
are added, removed or moved (``reload``); a change to one item's text updates that row and its
section's word count only (``item_changed``).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from briefing.core.documents import CitedClaim
from briefing.core.documents.preflight import section_words
from briefing.gui.claims_model import CLAIM_MIME
from briefing.gui.language import translate

ITEM_MIME = "application/x-briefing-item-uid"
UidRole = Qt.UserRole + 2
KeyRole = Qt.UserRole + 3
_SECTION = 0  # internalId of section rows; an item's is its section's row + 1
OVER_LIMIT_COLOUR = "#b71c1c"  # a section over its word limit


class OutlineModel(QAbstractItemModel):
    # Library claims dropped on the outline: ids, section key, index. The window adds them
    # (and asks first about claims the briefing already cites).
    claimsDropped = Signal(list, str, int)  # noqa: N815

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        controller.itemChanged.connect(lambda uid, _reveal: self.item_changed(uid))

    def reload(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def item_changed(self, uid: str) -> None:
        """The text of item ``uid`` changed: its row, and its section's word count."""
        index = self.item_index(uid)
        if index.isValid():
            self.dataChanged.emit(index, index)
            parent = index.parent()
            self.dataChanged.emit(parent, parent)

    @property
    def _sections(self):
        doc = self.controller.document
        return doc.sections if doc else []

    def _language(self) -> str:
        try:
            return self.controller.language()
        except Exception:  # noqa: BLE001  (no briefing open, or its template unreadable)
            return ""

    def _specs(self):
        try:
            return {s.key: s for s in self.controller.template().sections}
        except Exception:  # a template missing on this laptop: the outline still shows
            return {}

    # ---- structure -------------------------------------------------------------------------

    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _SECTION)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index):
        if not index.isValid() or index.internalId() == _SECTION:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _SECTION)

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() == _SECTION:
            return len(self._sections[parent.row()].items)
        return 0

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 1

    def section_index(self, key: str) -> QModelIndex:
        for row, section in enumerate(self._sections):
            if section.key == key:
                return self.index(row, 0)
        return QModelIndex()

    def item_index(self, uid: str) -> QModelIndex:
        for row, section in enumerate(self._sections):
            for item_row, item in enumerate(section.items):
                if item.uid == uid:
                    return self.index(item_row, 0, self.index(row, 0))
        return QModelIndex()

    def item_at(self, index: QModelIndex):
        if not index.isValid() or index.internalId() == _SECTION:
            return None
        return self._sections[index.internalId() - 1].items[index.row()]

    def section_key(self, index: QModelIndex) -> str | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _SECTION else index.internalId() - 1
        return self._sections[row].key

    # ---- data ------------------------------------------------------------------------------

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _SECTION:
            section = self._sections[index.row()]
            spec = self._specs().get(section.key)
            if role == Qt.DisplayRole:
                words = section_words(section.items, self._language())
                mark = " *" if spec and spec.required else ""
                if spec and spec.word_limit:
                    count = (translate("OutlineModel", "{words}/{limit} words — over the limit")
                             if words > spec.word_limit else
                             translate("OutlineModel", "{words}/{limit} words")).format(
                        words=words, limit=spec.word_limit)
                else:
                    count = translate("OutlineModel", "%n word(s)", None, words)
                return f"{section.heading}{mark}   ({count})"
            if role == Qt.ToolTipRole and spec:
                return spec.guidance or None
            if role == Qt.ForegroundRole and spec and spec.word_limit:
                if section_words(section.items, self._language()) > spec.word_limit:
                    return QBrush(QColor(OVER_LIMIT_COLOUR))
            if role == KeyRole:
                return section.key
            return None
        item = self.item_at(index)
        if role == Qt.DisplayRole:
            if isinstance(item, CitedClaim):
                # the statement the export prints: in the briefing's language
                text = f"{item.claim.statement_for(self._language())}  [{item.claim_id}]"
                if item.comment:
                    text += "\n    " + translate("OutlineModel", "↳ Commentary: {text}").format(
                        text=item.comment)
            else:
                text = "¶ " + (item.text or translate("OutlineModel", "(empty paragraph)"))
            if item.private_note:
                text += "\n    " + translate(
                    "OutlineModel", "✎ Private note (not exported): {text}").format(
                    text=item.private_note)
            return text
        if role == Qt.ToolTipRole:
            tip = (translate("OutlineModel", "“{quote}”\n— {source}").format(
                quote=item.claim.quote, source=item.source.title) if isinstance(item, CitedClaim)
                else item.text)
            if item.private_note:
                tip += "\n\n" + translate(
                    "OutlineModel", "Private note (never exported): {text}").format(
                    text=item.private_note)
            return tip or None
        if role == Qt.AccessibleTextRole:
            return self.data(index, Qt.DisplayRole).replace("\n", ". ")
        if role == UidRole:
            return item.uid
        if role == KeyRole:
            return self.section_key(index)
        return None

    # ---- drag and drop ---------------------------------------------------------------------

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemIsDropEnabled
        if index.internalId() == _SECTION:
            return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDropEnabled
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled

    def supportedDropActions(self):  # noqa: N802
        return Qt.MoveAction | Qt.CopyAction

    def supportedDragActions(self):  # noqa: N802
        return Qt.MoveAction

    def mimeTypes(self):  # noqa: N802
        return [ITEM_MIME, CLAIM_MIME]

    def mimeData(self, indexes):  # noqa: N802
        uids = [self.item_at(i).uid for i in indexes if self.item_at(i) is not None]
        data = QMimeData()
        data.setData(ITEM_MIME, "\n".join(uids).encode("utf-8"))
        return data

    def drop_target(self, row: int, parent: QModelIndex) -> tuple[str, int] | None:
        """(section key, index) for a drop at ``row`` under ``parent``."""
        if not parent.isValid():
            if not self._sections:
                return None
            if row == 0:
                return self._sections[0].key, 0
            # Between sections: the end of the one above; on empty space: the last section.
            section = self._sections[-1 if row < 0 else min(row, len(self._sections)) - 1]
            return section.key, len(section.items)
        if parent.internalId() != _SECTION:  # dropped onto an item: insert after it
            section = self._sections[parent.internalId() - 1]
            return section.key, parent.row() + 1
        section = self._sections[parent.row()]
        return section.key, len(section.items) if row < 0 else row

    def dropMimeData(self, data, action, row, column, parent):  # noqa: N802
        target = self.drop_target(row, parent)
        if target is None:
            return False
        key, index = target
        if data.hasFormat(CLAIM_MIME):
            ids = bytes(data.data(CLAIM_MIME)).decode("utf-8").split()
            self.claimsDropped.emit(ids, key, index)
            return True
        if data.hasFormat(ITEM_MIME):
            for uid in bytes(data.data(ITEM_MIME)).decode("utf-8").split():
                self.controller.move_item(uid, key, index)
            # The controller rebuilt the model; tell the view not to remove anything itself.
            return False
        return False
