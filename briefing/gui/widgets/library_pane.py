"""The library pane: search as you type, filters, a result count and the claims list."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing.core.errors import BriefingError
from briefing.core.model import KINDS, STATUSES
from briefing.core.search import Filters
from briefing.gui.claims_model import ClaimIdRole, ClaimsModel
from briefing.gui.widgets.highlight import HighlightDelegate

_ANY = "Any"


class ClaimsView(QTableView):
    """Enter adds the selected claims to the current section."""

    addRequested = Signal(list)  # noqa: N815

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            ids = [i.data(ClaimIdRole) for i in self.selectionModel().selectedRows()]
            if ids:
                self.addRequested.emit(ids)
                return
        super().keyPressEvent(event)


class LibraryPane(QWidget):
    claimSelected = Signal(str)  # noqa: N815
    addRequested = Signal(list)  # noqa: N815
    problem = Signal(str)

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.search_box = QLineEdit(placeholderText="Search claims (Ctrl+F)…", clearButtonEnabled=True)
        self.search_box.setAccessibleName("Search claims")
        self.search_box.setToolTip("Every word must match; accents, case and ß/ss do not matter.")
        self.filters = {}
        grid = QGridLayout()
        for position, (name, values) in enumerate(self._choices().items()):
            combo = QComboBox()
            combo.addItem(_ANY)
            combo.addItems(values)
            combo.setAccessibleName(f"Filter by {name}")
            combo.setToolTip(f"Only claims with this {name}")
            combo.currentIndexChanged.connect(self.schedule)
            self.filters[name] = combo
            grid.addWidget(QLabel(f"&{name.capitalize()}:", buddy=combo), position // 3 * 2,
                           position % 3)
            grid.addWidget(combo, position // 3 * 2 + 1, position % 3)
        self.date_from = QLineEdit(placeholderText="from YYYY-MM-DD")
        self.date_to = QLineEdit(placeholderText="to YYYY-MM-DD")
        for edit, label in ((self.date_from, "Event date from"), (self.date_to, "Event date to")):
            edit.setAccessibleName(label)
            edit.setToolTip(label + " (YYYY, YYYY-MM or YYYY-MM-DD)")
            edit.textChanged.connect(self.schedule)
        dates = QWidget()
        dates_layout = QGridLayout(dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.addWidget(self.date_from, 0, 0)
        dates_layout.addWidget(self.date_to, 0, 1)
        grid.addWidget(QLabel("Date:"), 2, 2)
        grid.addWidget(dates, 3, 2)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Result count")
        self.model = ClaimsModel(controller, self)
        self.view = ClaimsView(self)
        self.view.setObjectName("claimsView")
        self.view.setAccessibleName("Library claims")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragOnly)
        self.view.setItemDelegateForColumn(0, HighlightDelegate(lambda: self.model.query, self))
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 8)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.view.addRequested.connect(self.addRequested)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: current.isValid()
            and self.claimSelected.emit(current.data(ClaimIdRole)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addLayout(grid)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(self.schedule)
        self.run_search()

    def _choices(self) -> dict[str, list[str]]:
        return {
            "topic": self.controller.vocabulary("topic"),
            "actor": self.controller.vocabulary("actor"),
            "source": [s.id for s in self.controller.sources()],
            "kind": list(KINDS),
            "status": list(STATUSES),
        }

    def reload(self) -> None:
        """After curators changed the library: new filter choices, the search run again."""
        for name, values in self._choices().items():
            combo = self.filters[name]
            current = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(_ANY)
            combo.addItems(values)
            combo.setCurrentText(current if current in values else _ANY)
            combo.blockSignals(False)
        self.run_search()

    def schedule(self, *_args) -> None:
        self._timer.start()

    def current_filters(self) -> Filters:
        values = {name: (None if combo.currentText() == _ANY else combo.currentText())
                  for name, combo in self.filters.items()}
        values["date_from"] = self.date_from.text().strip() or None
        values["date_to"] = self.date_to.text().strip() or None
        return Filters(**values)

    def run_search(self) -> None:
        self._timer.stop()
        filters = self.current_filters()
        try:  # the core validates filters (dates included) and says what is wrong
            self.model.search(self.search_box.text(), filters)
        except BriefingError as exc:
            self.count_label.setText(str(exc))
            return
        total = self.model.total
        self.count_label.setText(f"{total} claim{'s' if total != 1 else ''}")

    def selected_ids(self) -> list[str]:
        return [i.data(ClaimIdRole) for i in self.view.selectionModel().selectedRows()]
