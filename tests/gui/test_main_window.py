"""The main window, offscreen: titled Briefing, listing the library's claims."""

from __future__ import annotations

from briefing.gui.main_window import MainWindow


def test_main_window_lists_the_library(qtbot, library):
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Briefing"
    model = window.claims_view.model()
    assert model.rowCount() == library.count_claims()
    statements = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert library.claims()[0].statement in statements
