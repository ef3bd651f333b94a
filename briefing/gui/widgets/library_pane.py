"""The library pane: search as you type, filters, a result count and the claims list.

Searching never blocks typing: the controller runs each search off the GUI thread and the
list changes when the answer arrives (``resultsReady``); the count follows (``searchDone``).
The filter choices are read off the GUI thread too. Until the library is open (the window
shows first at start-up) the pane says so and waits."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
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

from briefing.core.model import KINDS, STATUSES
from briefing.gui.claims_model import ClaimIdRole, ClaimsModel
from briefing.gui.widgets.highlight import HighlightDelegate

_ANY = "Any"
SLOW_MS = 250  # say "Searching…" when a search's answer takes longer than this


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


class _AfterPaint(QObject):
    """Calls ``then`` once, just after ``widget`` next paints (or after ``limit_ms`` if it
    does not paint, e.g. hidden). Work started there does not compete with that paint."""

    def __init__(self, widget, then, limit_ms: int = 500):
        super().__init__(widget)
        self._then, self._widget = then, widget
        widget.installEventFilter(self)
        QTimer.singleShot(limit_ms, self, self._fire)

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Paint:
            QTimer.singleShot(0, self, self._fire)  # after this paint is done
        return False

    def _fire(self) -> None:
        if self._then is not None:
            then, self._then = self._then, None
            self._widget.removeEventFilter(self)
            self.deleteLater()
            then()


class LibraryPane(QWidget):
    claimSelected = Signal(str)  # noqa: N815
    addRequested = Signal(list)  # noqa: N815
    problem = Signal(str)
    resultsReady = Signal()  # noqa: N815  the newest search's first page is in the list
    searchDone = Signal()  # noqa: N815  ... and its count (or its error) is in the label
    choicesLoaded = Signal()  # noqa: N815  the filters offer the library's topics and actors
    firstResultsShown = Signal()  # noqa: N815  once, after the first results are painted

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.search_box = QLineEdit(placeholderText="Search claims (Ctrl+F)…", clearButtonEnabled=True)
        self.search_box.setAccessibleName("Search claims")
        self.search_box.setToolTip("Every word must match; accents, case and ß/ss do not matter.")
        self.filters = {}
        grid = QGridLayout()
        for position, (name, values) in enumerate(self._static_choices().items()):
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
        self.model.resultsReady.connect(self._results_ready)
        self.model.countReady.connect(self._count_ready)
        self.model.searchFailed.connect(self._search_failed)
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
        # Fixed widths from the font, not ResizeToContents: sizing to contents asks every
        # loaded row for its data on each search (a GUI-thread stall per keystroke), and
        # columns that jump with every search are harder to read. The user can resize them.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        metrics = self.fontMetrics()
        for column, sample in ((1, "Politico Europe"), (2, "2025-12-31"),
                               (3, max(STATUSES, key=metrics.horizontalAdvance))):
            header.setSectionResizeMode(column, QHeaderView.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
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
        self._slow = QTimer(self, singleShot=True, interval=SLOW_MS)
        self._slow.timeout.connect(self._still_searching)
        self.search_box.textChanged.connect(self.schedule)
        self._choices_loaded = False
        self._first_shown = False
        self.firstResultsShown.connect(self.load_choices)  # not beside the first search
        self._waiting = False  # a search was started and its count or error is not in yet
        if controller.library_ready:
            self._library_ready()
        else:
            self.count_label.setText("Opening the library…")
            self.view.setEnabled(False)
            controller.libraryReady.connect(self._library_ready)

    def _library_ready(self) -> None:
        self.view.setEnabled(True)
        self.run_search()

    @staticmethod
    def _static_choices() -> dict[str, list[str]]:
        """The choices known without the library; topics, actors and sources come later."""
        return {"topic": [], "actor": [], "source": [], "kind": list(KINDS),
                "status": list(STATUSES)}

    @property
    def ready(self) -> bool:
        """The filters hold the library's choices and the newest search is fully answered."""
        return self._choices_loaded and not self._waiting and not self._timer.isActive()

    def load_choices(self) -> None:
        """Fill the topic, actor and source filters from the library (off the GUI thread)."""
        self._choices_loaded = False
        self.controller.load_choices(self._set_choices,
                                     lambda message: self.count_label.setText(message))

    def _set_choices(self, choices: dict[str, list[str]]) -> None:
        changed = False
        for name, values in choices.items():
            combo = self.filters[name]
            current = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(_ANY)
            combo.addItems(values)
            combo.setCurrentText(current if current in values else _ANY)
            changed |= combo.currentText() != current
            combo.blockSignals(False)
        self._choices_loaded = True
        if changed:  # a chosen topic (say) is gone from the library
            self.run_search()
        self.choicesLoaded.emit()

    def reload(self) -> None:
        """After curators changed the library: new filter choices, the search run again."""
        self.run_search()
        self.load_choices()

    def schedule(self, *_args) -> None:
        self._timer.start()

    def current_filters(self):
        from briefing.core.library.search import Filters

        values = {name: (None if combo.currentText() == _ANY else combo.currentText())
                  for name, combo in self.filters.items()}
        values["date_from"] = self.date_from.text().strip() or None
        values["date_to"] = self.date_to.text().strip() or None
        return Filters(**values)

    def run_search(self) -> None:
        """Search now (typing waits for a pause first); the list changes when the answer
        comes. The core validates the filters (dates included): what is wrong arrives as
        the answer."""
        self._timer.stop()
        if not self.controller.library_ready:
            return
        self._waiting = True
        self.model.search(self.search_box.text(), self.current_filters())
        self._slow.start()

    def _still_searching(self) -> None:
        if self.model.searching:
            self.count_label.setText("Searching…")
        elif not self.model.counted:
            self.count_label.setText(f"{self.model.total}+ claims, counting…")

    def _first_answer(self) -> None:
        """Work that waits for the first results (filter choices, at start-up the templates)
        starts once they are painted: beside the first search and paint it would slow them
        (Python threads share one interpreter lock)."""
        if not self._first_shown:
            self._first_shown = True
            _AfterPaint(self.view.viewport(), self.firstResultsShown.emit)

    def _results_ready(self) -> None:
        self._first_answer()
        self.resultsReady.emit()
        if not self.model.counted and not self._slow.isActive():
            self._still_searching()

    def _count_ready(self, total: int) -> None:
        self._slow.stop()
        self._waiting = False
        self.count_label.setText(f"{total} claim{'s' if total != 1 else ''}")
        self.searchDone.emit()

    def _search_failed(self, message: str) -> None:
        self._slow.stop()
        self._waiting = False
        self._first_answer()
        self.count_label.setText(message)
        self.searchDone.emit()

    def selected_ids(self) -> list[str]:
        return [i.data(ClaimIdRole) for i in self.view.selectionModel().selectedRows()]
