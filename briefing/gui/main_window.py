"""The main window. For now: the library's claims in a table."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QMainWindow, QTableView

from briefing.core.library import Library
from briefing.gui.claims_model import ClaimsModel


class MainWindow(QMainWindow):
    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Briefing")
        titles = {s.id: s.outlet or s.author or s.title for s in library.sources()}
        self.claims_model = ClaimsModel(library.claims(), titles, self)
        self.claims_view = QTableView(self)
        self.claims_view.setObjectName("claimsView")
        self.claims_view.setAccessibleName("Library claims")
        self.claims_view.setModel(self.claims_model)
        self.claims_view.setWordWrap(True)
        header = self.claims_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.resizeSection(1, 170)
        self.setCentralWidget(self.claims_view)
        self.statusBar().showMessage(f"{self.claims_model.rowCount()} claims in the library")
        self.resize(1100, 700)
