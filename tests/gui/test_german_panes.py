"""The composer, the library pane and the source viewer in German: German words shown, the
library still searched with the stored English values, undo steps named in German."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefing.gui.language import value_label
from tests.gui.conftest import search_now


@pytest.fixture
def german(interface_language):
    interface_language.install("de")
    yield
    interface_language.install("en")


def test_the_library_pane_filters_by_the_stored_value_of_a_german_word(qtbot, german,
                                                                      make_window, prompter,
                                                                      library):
    window = make_window(prompter, library)
    pane = window.library_pane
    kind = pane.filters["kind"]
    event = kind.findData("event")  # shown as the Values context has it ("Ereignis")
    assert kind.itemText(0) == "Alle" and kind.itemText(event) == value_label("event")
    kind.setCurrentIndex(event)
    search_now(qtbot, pane)
    assert pane.current_filters().kind == "event"
    assert pane.model.total > 0
    assert all(pane.model.claim_at(row).kind == "event" for row in range(pane.model.rowCount()))
    assert pane.count_label.text() == f"{pane.model.total} Aussagen"
    status = pane.filters["status"]
    status.setCurrentIndex(status.count() - 1)  # the retired claims
    assert status.currentText() == "zurückgezogen (aus der Suche genommen)"
    assert pane.current_filters().retired_only and pane.current_filters().status is None
    model = pane.model
    assert [model.headerData(c, Qt.Horizontal) for c in range(4)] == [
        "Aussage", "Quelle", "Datum", "Status"]


def test_the_composer_names_its_boxes_and_undo_steps_in_german(qtbot, german, make_window,
                                                               prompter, library):
    window = make_window(prompter, library)
    composer, c = window.composer, window.controller
    key = c.document.sections[0].key
    composer.select_section(key)
    composer.add_paragraph()
    assert composer.editor_label.text().startswith("Absatz 1 in „")
    assert composer.note_label.text().startswith("Private Notiz zu diesem Absatz")
    assert c.undo_stack.undoText() == "Absatz hinzufügen"
    qtbot.keyClicks(composer.editor, "Hallo")
    assert c.undo_stack.undoText() == "Eingabe"
    assert composer.length_label.text().startswith("Gesamtes Briefing: ")
    assert "1 Wort, etwa 0,3 Seite" in composer.length_label.text()
    c.add_claims(["dn-waic-06", "merics-ilr-04"], key)
    assert c.undo_stack.undoText() == "2 Aussagen hinzufügen"
    row = window.composer.model.section_index(key)
    assert "Wörter" in row.data()


def test_the_claims_list_shows_the_statement_the_briefing_prints(qtbot, window, library):
    """A German briefing prints German statements: the library list shows them too, and a
    search that matched the English words says so beside the German."""
    from briefing.gui.claims_model import ClaimIdRole

    pane = window.library_pane

    def rows():
        return {pane.model.index(r, 0).data(ClaimIdRole): pane.model.index(r, 0).data()
                for r in range(pane.model.rowCount())}

    pane.search_box.setText("Premier")
    search_now(qtbot, pane)
    english = rows()
    assert english
    window.controller.new_document("leitungsvorlage")
    german = rows()
    assert german.keys() == english.keys()
    beside = 0
    for claim_id, text in german.items():
        statement = library.claim(claim_id).statement_in("de")
        assert text.lstrip("✓ …").startswith(statement[:20]) or statement[:20] in text
        in_english = "premier" in library.claim(claim_id).statement.lower()
        if in_english and "premier" not in statement.lower():  # matched by the English words
            assert " — en: " in text and "Premier" in text.split(" — en: ")[1]
            beside += 1
    assert beside, "no claim matched by its English statement only: the test proves nothing"


def test_the_inspector_heads_a_claim_with_the_statement_the_briefing_prints(window, library):
    claim = library.claim("dn-waic-05")
    window.inspect_library_claim(claim.id)
    page = window.inspector.browser.toPlainText()
    assert page.startswith(claim.statement) and "Statement (German)" in page
    window.controller.new_document("leitungsvorlage")
    window.inspect_library_claim(claim.id)
    page = window.inspector.browser.toPlainText()
    assert page.startswith(claim.statement_in("de"))
    assert "Statement (English)" in page and claim.statement in page


def test_the_date_filters_read_a_date_as_people_write_it(window):
    from briefing.core.text.dates import filter_date as typed_date

    assert typed_date("26.07.2025") == typed_date("26. Juli 2025") == "2025-07-26"
    assert typed_date("2025-07") == "2025-07" and typed_date(" ") is None
    assert typed_date("gestern") == "gestern"  # the search says it is not a date
    pane = window.library_pane
    pane.date_from.setText("26.07.2025")
    assert pane.current_filters().date_from == "2025-07-26"


def test_the_inspector_gives_the_reader_note_the_briefing_prints(window, library):
    claim = library.claim("merics-ilr-15")
    window.controller.new_document("leitungsvorlage")
    window.inspect_library_claim(claim.id)
    page = window.inspector.browser.toPlainText()
    assert claim.text_in("reader_note", "de") in page and claim.reader_note not in page


def test_with_no_briefing_open_a_german_interface_lists_german_statements(
        qtbot, german, make_window, prompter, library):
    from briefing.gui.claims_model import ClaimIdRole

    window = make_window(prompter, library)
    window.close_briefing()
    assert window.controller.document is None
    pane = window.library_pane
    search_now(qtbot, pane, "Aktionsplan")
    row = pane.model.index(0, 0)
    claim = library.claim(row.data(ClaimIdRole))
    assert "Aktionsplan" in claim.statement_in("de") and "Aktionsplan" not in claim.statement
    # the German statement itself, not the English one with the German match beside it
    assert "Aktionsplan" in row.data() and " — de: " not in row.data(), row.data()


def test_a_german_interface_starts_with_a_german_briefing(qtbot, german, make_window,
                                                          prompter, library):
    """A new user's first start in German opened an English briefing note (Summary, Issue…)."""
    window = make_window(prompter, library)
    qtbot.waitUntil(lambda: window.controller.document is not None)
    assert window.controller.document.template == "hintergrundinformation"
    assert window.controller.language() == "de-DE"


def test_an_english_interface_starts_with_the_briefing_note(qtbot, window):
    qtbot.waitUntil(lambda: window.controller.document is not None)
    assert window.controller.document.template == "briefing-note"


def test_adding_a_cited_claim_again_quotes_it_in_the_briefings_german(qtbot, german, make_window,
                                                                      prompter, library):
    """A German briefing asks about a claim it already cites with the German statement."""
    window = make_window(prompter, library)
    c = window.controller
    assert c.language().startswith("de")
    key = c.document.sections[0].key
    window.add_claims(["merics-ilr-15"], key)
    prompter.confirm_answer = False
    window.add_claims(["merics-ilr-15"], key)
    kind, title, question = prompter.asked[-1]
    claim = library.claim("merics-ilr-15")
    german_start = " ".join(claim.statement_in("de").split())[:30]
    assert kind == "confirm" and title == "Bereits im Briefing"
    assert german_start in question and claim.statement[:30] not in question


def test_file_new_in_german_preselects_a_german_template(qtbot, german, make_window, prompter,
                                                         library):
    """File › New in a German interface: a German template is chosen and described in
    German, even while an English briefing is open."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from briefing.gui.widgets.new_dialog import NewBriefingDialog

    window = make_window(prompter, library)
    c = window.controller
    c.new_document("briefing-note", "English")  # an English briefing is open
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewBriefingDialog)
        seen.append((dialog.chosen(), dialog.description.text()))
        dialog.reject()

    QTimer.singleShot(200, look)
    window.activateWindow()
    window.new_briefing()
    qtbot.waitUntil(lambda: bool(seen))
    template, description = seen[0]
    assert template.language.startswith("de")
    assert description.startswith(template.description) and "Abschnitte:" in description
