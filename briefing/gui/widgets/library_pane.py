"""The library pane: search as you type, filters, a result count and the claims list.

Searching never blocks typing: the controller runs each search off the GUI thread and the
list changes when the answer arrives (``resultsReady``); the count follows (``searchDone``).
The filter choices are read off the GUI thread too. Until the library is open (the window
shows first at start-up) the pane says so and waits.

Keyboard: Down in the search box moves into the results; Enter there adds the selected claims
to the target section (named above the list). Clicking a column heading sorts by it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing.core.model import KINDS, STATUSES
from briefing.core.text.dates import filter_date
from briefing.gui.claims_model import SORT_KEYS, ClaimIdRole, ClaimsModel
from briefing.gui.language import QT_TRANSLATE_NOOP, translate, value_label
from briefing.gui.widgets.highlight import HighlightDelegate

SLOW_MS = 250  # say "Searching…" when a search's answer takes longer than this
# Each filter's label, and what its tooltip and screen-reader name say (translated where shown).
FILTER_LABELS = {"topic": QT_TRANSLATE_NOOP("LibraryPane", "&Topic:"),
                 "actor": QT_TRANSLATE_NOOP("LibraryPane", "&Actor:"),
                 "source": QT_TRANSLATE_NOOP("LibraryPane", "S&ource:"),
                 "kind": QT_TRANSLATE_NOOP("LibraryPane", "&Kind:"),
                 "status": QT_TRANSLATE_NOOP("LibraryPane", "Stat&us:")}
FILTER_NAMES = {"topic": QT_TRANSLATE_NOOP("LibraryPane", "Filter by topic"),
                "actor": QT_TRANSLATE_NOOP("LibraryPane", "Filter by actor"),
                "source": QT_TRANSLATE_NOOP("LibraryPane", "Filter by source"),
                "kind": QT_TRANSLATE_NOOP("LibraryPane", "Filter by kind"),
                "status": QT_TRANSLATE_NOOP("LibraryPane", "Filter by status")}
FILTER_TIPS = {"topic": QT_TRANSLATE_NOOP("LibraryPane", "Only claims with this topic"),
               "actor": QT_TRANSLATE_NOOP("LibraryPane", "Only claims with this actor"),
               "source": QT_TRANSLATE_NOOP("LibraryPane", "Only claims from this source"),
               "kind": QT_TRANSLATE_NOOP("LibraryPane", "Only claims of this kind"),
               "status": QT_TRANSLATE_NOOP(
                   "LibraryPane", "Only claims with this status; “retired” lists the claims "
                   "curators hid from search")}
# A combo's entries show translated words; the value searched for is the entry's data:
# None for "Any", RETIRED for the Status filter's entry for retired claims.
RETIRED = "retired"


class SearchBox(QLineEdit):
    """Down moves into the results."""

    downPressed = Signal()  # noqa: N815

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() == Qt.Key_Down and not event.modifiers():
            self.downPressed.emit()
            return
        super().keyPressEvent(event)


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when narrow, and never holds its pane wide; its text
    (and what a screen reader reads) stays whole."""

    def minimumSizeHint(self):  # noqa: N802
        return QSize(1, super().minimumSizeHint().height())

    def paintEvent(self, _event):  # noqa: N802
        painter = QPainter(self)
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.ElideRight, room.width())
        self.style().drawItemText(painter, room, int(self.alignment()), self.palette(),
                                  self.isEnabled(), shown, self.foregroundRole())


class ClaimsView(QTableView):
    """Enter adds the selected claims to the current section. In a narrow window the
    Statement column stays readable: Status, then Date, then Source step aside (hidden) while
    it would get less than ``READABLE`` average characters."""

    addRequested = Signal(list)  # noqa: N815
    READABLE = 28  # characters of a statement per line, at least, while other columns show

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        widths = getattr(self, "column_widths", {})
        if not widths:
            return
        room = self.viewport().width() - self.fontMetrics().averageCharWidth() * self.READABLE
        shown = []
        for column in sorted(widths):  # Source, Date, Status: the first ones matter most
            room -= widths[column]
            shown.append(room >= 0)
        for column, visible in zip(sorted(widths), shown, strict=True):
            if header.isSectionHidden(column) == visible:
                header.setSectionHidden(column, not visible)
                if visible:
                    header.resizeSection(column, widths[column])

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
        self.search_box = SearchBox(
            placeholderText=translate("LibraryPane", "Search claims (Ctrl+F)…"),
            clearButtonEnabled=True)
        self.search_box.setAccessibleName(translate("LibraryPane", "Search claims"))
        self.search_box.setToolTip(translate(
            "LibraryPane", 'Every word must match; accents, case and ß/ss do not matter. '
            '"exact phrase" finds words together, -word leaves out claims with it, OR between '
            "words finds either. Down moves into the results."))
        self.search_box.downPressed.connect(self.focus_results)
        self.filters = {}
        grid = QGridLayout()
        for position, (name, values) in enumerate(self._static_choices().items()):
            combo = QComboBox()
            self._add_any(combo)
            for value in values:  # kinds and statuses: the interface's words for them
                combo.addItem(value_label(value), value)
            combo.setAccessibleName(translate("LibraryPane", FILTER_NAMES[name]))
            combo.setToolTip(translate("LibraryPane", FILTER_TIPS[name]))
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(3)  # the window can be narrow (half a laptop)
            combo.currentIndexChanged.connect(self.schedule)
            self.filters[name] = combo
            grid.addWidget(QLabel(translate("LibraryPane", FILTER_LABELS[name]), buddy=combo),
                           position // 3 * 2,
                           position % 3)
            grid.addWidget(combo, position // 3 * 2 + 1, position % 3)
        self.filters["status"].addItem(translate("LibraryPane", "retired (hidden from search)"),
                                       RETIRED)
        self.date_from = QLineEdit(placeholderText=translate("LibraryPane", "from YYYY-MM-DD"))
        self.date_to = QLineEdit(placeholderText=translate("LibraryPane", "to YYYY-MM-DD"))
        for edit, label, tip in (
                (self.date_from, translate("LibraryPane", "Event date from"),
                 translate("LibraryPane", "Event date from (YYYY, YYYY-MM or YYYY-MM-DD)")),
                (self.date_to, translate("LibraryPane", "Event date to"),
                 translate("LibraryPane", "Event date to (YYYY, YYYY-MM or YYYY-MM-DD)"))):
            edit.setAccessibleName(label)
            edit.setToolTip(tip)
            edit.textChanged.connect(self.schedule)
        dates = QWidget()
        dates_layout = QGridLayout(dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.addWidget(self.date_from, 0, 0)
        dates_layout.addWidget(self.date_to, 0, 1)
        grid.addWidget(QLabel(translate("LibraryPane", "Date:")), 2, 2)
        grid.addWidget(dates, 3, 2)
        self.count_label = QLabel(wordWrap=True)  # a long error wraps, never widens the pane
        self.count_label.setMinimumWidth(1)
        self.count_label.setAccessibleName(translate("LibraryPane", "Result count"))
        self.target_label = ElidedLabel(alignment=Qt.AlignRight | Qt.AlignVCenter)
        self.target_label.setAccessibleName(translate("LibraryPane", "Target section"))
        self.target_label.setToolTip(translate(
            "LibraryPane", "Enter adds the selected claims to this section; choose another "
            "with Ctrl+1…Ctrl+9 or by selecting it in the outline"))
        self.model = ClaimsModel(controller, self)
        self.model.resultsReady.connect(self._results_ready)
        self.model.countReady.connect(self._count_ready)
        self.model.searchFailed.connect(self._search_failed)
        self.view = ClaimsView(self)
        self.view.setObjectName("claimsView")
        self.view.setAccessibleName(translate("LibraryPane", "Library claims"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragOnly)
        self.view.setItemDelegateForColumn(0, HighlightDelegate(lambda: self.model.query, self))
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 8)
        self.view.verticalHeader().hide()
        # Fixed widths from the font, not ResizeToContents: sizing to contents asks every
        # loaded row for its data on each search (a GUI-thread stall per keystroke), and
        # columns that jump with every search are harder to read. Every column can be resized
        # by dragging its heading's edge; the Statement column takes the width left over.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setMinimumSectionSize(40)
        metrics = self.fontMetrics()
        statuses = [value_label(status) for status in STATUSES]
        for column, sample in ((1, "Politico Eu"), (2, "2025-12-31"),
                               (3, max(statuses, key=metrics.horizontalAdvance))):
            header.setSectionResizeMode(column, QHeaderView.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 18)
        self.view.column_widths = {column: header.sectionSize(column) for column in (1, 2, 3)}
        header.sectionResized.connect(  # a column dragged wider or narrower keeps that width
            lambda column, _old, new: new > 0 and column in self.view.column_widths
            and self.view.column_widths.__setitem__(column, new))
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self._sort_clicked)
        self.order = ""  # Filters.order: "" best match first
        self.view.addRequested.connect(self.addRequested)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: current.isValid()
            and self.claimSelected.emit(current.data(ClaimIdRole)))
        # A click on the row already current shows it again (the inspector may be showing an
        # item of the briefing since).
        self.view.clicked.connect(lambda index: index.isValid()
                                  and self.claimSelected.emit(index.data(ClaimIdRole)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addLayout(grid)
        counts = QHBoxLayout()
        counts.addWidget(self.count_label, 1)
        counts.addWidget(self.target_label, 1)
        layout.addLayout(counts)
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
            self.count_label.setText(translate("LibraryPane", "Opening the library…"))
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

    def _set_choices(self, choices: dict[str, list]) -> None:
        """Topics and actors are names; sources are (id, title) pairs: the list shows titles."""
        changed = False
        for name, values in choices.items():
            combo = self.filters[name]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            self._add_any(combo)
            if name == "source":
                for source_id, title in values:
                    shown = title if len(title) <= 70 else title[:69] + "…"
                    combo.addItem(shown, source_id)
                    combo.setItemData(combo.count() - 1, f"{title} ({source_id})", Qt.ToolTipRole)
                index = combo.findData(current) if current else 0
                combo.setCurrentIndex(max(index, 0))
                changed |= combo.currentData() != current
            else:
                for value in values:  # topics and actors: names, shown as they are
                    combo.addItem(value, value)
                index = combo.findData(current) if current else 0
                combo.setCurrentIndex(max(index, 0))
                changed |= combo.currentData() != current
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

        values = {name: combo.currentData() for name, combo in self.filters.items()}
        values["retired_only"] = values["status"] == RETIRED
        if values["retired_only"]:
            values["status"] = None
        values["date_from"] = filter_date(self.date_from.text())
        values["date_to"] = filter_date(self.date_to.text())
        values["order"] = self.order
        return Filters(**values)

    # ---- sorting, keyboard, target ---------------------------------------------------------

    def _sort_clicked(self, column: int) -> None:
        """A heading click sorts by its column; again reverses; a third time: best match."""
        key = SORT_KEYS[column]
        header = self.view.horizontalHeader()
        if self.order == key:
            self.order = f"-{key}"
            header.setSortIndicator(column, Qt.DescendingOrder)
        elif self.order == f"-{key}":
            self.order = ""
        else:
            self.order = key
            header.setSortIndicator(column, Qt.AscendingOrder)
        header.setSortIndicatorShown(bool(self.order))
        self.run_search()

    def focus_results(self) -> None:
        """From the search box into the results, on the first row (or the one selected)."""
        self.view.setFocus(Qt.OtherFocusReason)
        if self.model.rowCount() > 0 and not self.view.selectionModel().selectedRows():
            row = max(self.view.currentIndex().row(), 0)
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.selectRow(row)
        # The row already highlighted counts as chosen: the inspector shows it (it may be
        # showing an item of the briefing, or nothing, since).
        current = self.view.currentIndex()
        if current.isValid():
            self.claimSelected.emit(current.data(ClaimIdRole))

    def set_target(self, heading: str) -> None:
        """Name the section Enter adds to."""
        self.target_label.setText(translate("LibraryPane", "Enter adds to: {section}").format(
            section=heading) if heading else "")

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
            self.count_label.setText(translate("LibraryPane", "Searching…"))
        elif not self.model.counted:
            total = self.model.total  # a plain name: lupdate skips a call with a dot in it
            self.count_label.setText(translate("LibraryPane", "%n+ claims, counting…", None,
                                               total))

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
        self.count_label.setText(translate("LibraryPane", "%n claim(s)", None, total))
        self.searchDone.emit()

    def _search_failed(self, message: str) -> None:
        self._slow.stop()
        self._waiting = False
        self._first_answer()
        self.count_label.setText(message)
        self.searchDone.emit()

    @staticmethod
    def _add_any(combo: QComboBox) -> None:
        combo.addItem(translate("LibraryPane", "Any"), None)

    def selected_ids(self) -> list[str]:
        return [i.data(ClaimIdRole) for i in self.view.selectionModel().selectedRows()]
