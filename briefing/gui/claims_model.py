"""The library's claims as a table that loads rows lazily, a page at a time.

A search sets the query and filters; the controller runs it off the GUI thread and the
first page replaces the rows when it arrives (``resultsReady``), the count after it
(``countReady``). Further pages are asked for through ``fetchMore`` as the view scrolls
and are appended when they arrive, so a library of 100,000 claims costs one page up front.
Every answer names its search: an answer to an older search is dropped, so it can never
replace the results of a newer one.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from briefing.core.text.fold import snippet
from briefing.gui.language import QT_TRANSLATE_NOOP, translate, value_label

COLUMNS = (QT_TRANSLATE_NOOP("ClaimsModel", "Statement"), QT_TRANSLATE_NOOP("ClaimsModel", "Source"),
           QT_TRANSLATE_NOOP("ClaimsModel", "Date"), QT_TRANSLATE_NOOP("ClaimsModel", "Status"))
# Each heading's tooltip (clicking a heading sorts by its column).
SORT_TIPS = (
    QT_TRANSLATE_NOOP("ClaimsModel", "Sort by statement (click again to reverse, a third time "
                      "for best match first)"),
    QT_TRANSLATE_NOOP("ClaimsModel", "Sort by source (click again to reverse, a third time "
                      "for best match first)"),
    QT_TRANSLATE_NOOP("ClaimsModel", "Sort by date (click again to reverse, a third time for "
                      "best match first)"),
    QT_TRANSLATE_NOOP("ClaimsModel", "Sort by status (click again to reverse, a third time "
                      "for best match first)"),
)
SORT_KEYS = ("statement", "source", "date", "status")  # Filters.order of each column
IN_BRIEFING = "✓ "  # before the statement of a claim the open briefing cites
# One page is what a tall window shows and a little more: the view's ResizeToContents columns
# ask every loaded row for its data on each search, so a smaller page keeps typing smooth.
PAGE = 60
CLAIM_MIME = "application/x-briefing-claim-ids"
STATUS_COLOURS = {"corroborated": "#2e7d32", "disputed": "#c62828", "corrected": "#ef6c00"}
ClaimIdRole = Qt.UserRole + 1
_ROLES = frozenset({Qt.DisplayRole, Qt.ToolTipRole, Qt.ForegroundRole, ClaimIdRole,
                    Qt.AccessibleTextRole})
# Looked up once: reading ``Qt.DisplayRole`` costs microseconds, and data() runs ~600 times
# per repaint of the list, on the GUI thread.
_DISPLAY, _FOREGROUND, _TOOLTIP = Qt.DisplayRole, Qt.ForegroundRole, Qt.ToolTipRole
_FLAGS = (Qt.ItemIsSelectable | Qt.ItemIsEnabled | Qt.ItemNeverHasChildren
          | Qt.ItemIsDragEnabled)


def _has_match(text: str, query: str) -> bool:
    from briefing.core.text.fold import highlight_spans

    return bool(highlight_spans(text, query))


class ClaimsModel(QAbstractTableModel):
    resultsReady = Signal()  # noqa: N815  the first page of the newest search is shown
    countReady = Signal(int)  # noqa: N815  how many claims the newest search matches
    searchFailed = Signal(str)  # noqa: N815  why the newest search could not run

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.query = ""  # of the rows shown (the highlighter marks its words)
        self.filters = None
        self.total = 0  # matching claims: the count once known, else the rows loaded so far
        self.counted = False  # whether ``total`` is the count of the shown search
        self.searching = False  # a search was asked for and its first page is not here yet
        self._number = 0  # the newest search asked for; answers to others are dropped
        self._shown = 0  # the search whose rows are shown
        self._exhausted = True  # every matching row is loaded
        self._fetching: int | None = None  # the offset of the page asked for
        self._hits = []
        self._rows = {}  # row → (display values, claim), filled as the view asks
        self._labels = {}
        # claim id → the heading of the section of the open briefing citing it ("" if none);
        # set by the window
        self.in_briefing = lambda _claim_id: ""
        # the open briefing's language: rows show the statement it prints (set by the window)
        self.language = lambda: ""
        searcher = controller.searcher
        searcher.pageReady.connect(self._page_ready)
        searcher.counted.connect(self._counted)
        searcher.failed.connect(self._failed)

    def search(self, query: str, filters) -> int:
        """Start a new search; the rows change when its first page arrives."""
        self.searching = True
        self._number = self.controller.start_search(query, filters)
        self._pending = (query, filters)
        return self._number

    def _page_ready(self, number: int, offset: int, page) -> None:
        if number != self._number:
            return  # an older search's answer: never shown over a newer one
        self._labels.update(page.labels)
        if offset == 0:
            self.beginResetModel()
            self.query, self.filters = self._pending
            self._shown, self._hits, self._rows = number, list(page.hits), {}
            self._exhausted = len(page.hits) < self.controller.searcher.page_size
            self.total, self.counted = len(self._hits), self._exhausted
            self._fetching = None
            self.searching = False
            self.endResetModel()
            self.resultsReady.emit()
            if self.counted:
                self.countReady.emit(self.total)
            return
        if number != self._shown or offset != len(self._hits) or offset != self._fetching:
            return
        self._fetching = None
        if len(page.hits) < self.controller.searcher.page_size:
            self._exhausted = True
        if page.hits:
            start = len(self._hits)
            self.beginInsertRows(QModelIndex(), start, start + len(page.hits) - 1)
            self._hits.extend(page.hits)
            self.endInsertRows()
        if not self.counted:
            self.total = len(self._hits)
            if self._exhausted:
                self.counted = True
                self.countReady.emit(self.total)

    def _counted(self, number: int, total: int) -> None:
        if number != self._number or number != self._shown:
            return
        self.total, self.counted = max(total, len(self._hits)), True
        if len(self._hits) >= total:
            self._exhausted = True
        self.countReady.emit(self.total)

    def _failed(self, number: int, message: str) -> None:
        if number != self._number:
            return
        self.searching = False
        if self._fetching is not None and number == self._shown:
            self._fetching = None
            self._exhausted = True  # do not ask again and again
        self.searchFailed.emit(message)

    def briefing_changed(self) -> None:
        """Claims were added to or removed from the briefing: the ✓ marks change."""
        self._rows = {}
        if self._hits:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._hits) - 1, 0))

    def source_label(self, source_id: str) -> str:
        if source_id not in self._labels:  # the search thread sends each page's labels
            source = self.controller.source(source_id)
            self._labels[source_id] = source.short_name
        return self._labels[source_id]

    # ---- lazy loading -----------------------------------------------------------------------

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 (Qt API)
        return not parent.isValid() and not self._exhausted and self._shown == self._number

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        """Ask for the next page; it is appended when it arrives (one request at a time)."""
        if not self.canFetchMore(parent) or self._fetching is not None:
            return
        offset = len(self._hits)
        if self.controller.fetch_page(self._shown, offset):
            self._fetching = offset

    @property
    def fetching(self) -> bool:
        return self._fetching is not None

    # ---- table ---------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return translate("ClaimsModel", COLUMNS[section])
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole:
            return translate("ClaimsModel", SORT_TIPS[section])
        return None

    def claim_at(self, row: int):
        return self._hits[row].claim

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        # Called hundreds of times per repaint (every role of every visible cell): refuse
        # unused roles first, and build each row's values once.
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        cached = self._rows.get(row)
        if cached is None:
            claim = self._hits[row].claim
            section = self.in_briefing(claim.id)
            statement = claim.statement_for(self.language())  # as the briefing prints it
            shown = snippet(statement, self.query)
            if self.query and not _has_match(statement, self.query):
                cut = "…" if len(statement) > 90 else ""
                quoted = snippet(claim.quote, self.query, 90)  # the words are in the quote?
                if _has_match(quoted, self.query):
                    shown = translate("ClaimsModel", "{statement} — “{quote}”").format(
                        statement=statement[:90] + cut, quote=quoted)
                # ... or in the statement in another language (English, German)?
                for language, text in (("en", claim.statement), *claim.statement_translations):
                    found = snippet(text, self.query, 90)
                    if text != statement and _has_match(found, self.query):
                        shown = f"{statement[:90]}{cut} — {language}: {found}"
                        break
            status = (translate("ClaimsModel", "{status} (retired)") if claim.retired
                      else "{status}").format(status=value_label(claim.status))
            cached = self._rows[row] = (
                ((IN_BRIEFING if section else "") + shown, self.source_label(claim.source_id),
                 claim.event_date, status),
                claim, section,
            )
        values, claim, section = cached
        if role == _DISPLAY:
            return values[index.column()]
        if role == _FOREGROUND:
            colour = STATUS_COLOURS.get(claim.status) if index.column() == 3 else None
            return QBrush(QColor(colour)) if colour else None
        if role == ClaimIdRole:
            return claim.id
        if role == _TOOLTIP:
            cited = "\n\n" + translate("ClaimsModel", "Already in this briefing (“{section}”)."
                                        ).format(section=section) if section else ""
            quote = translate("ClaimsModel", "“{quote}”").format(quote=claim.quote)
            statement = claim.statement_for(self.language())
            return f"{claim.id} ({value_label(claim.kind)})\n{statement}\n\n{quote}{cited}"
        statement = claim.statement_for(self.language())
        if section:  # AccessibleTextRole
            return translate("ClaimsModel", "{statement} ({status}, already in the briefing)"
                             ).format(statement=statement, status=values[3])
        return f"{statement} ({values[3]})"

    def flags(self, index: QModelIndex):
        return _FLAGS if index.isValid() else Qt.NoItemFlags

    def mimeTypes(self):  # noqa: N802
        return [CLAIM_MIME]

    def mimeData(self, indexes):  # noqa: N802
        rows = sorted({i.row() for i in indexes})
        data = QMimeData()
        ids = "\n".join(self._hits[r].claim.id for r in rows)
        data.setData(CLAIM_MIME, ids.encode("utf-8"))
        data.setText(ids)
        return data
