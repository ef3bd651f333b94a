"""Curators in the real window: import a document, capture claims from a selection, edit,
retire and link them."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox

from briefing.gui.claims_model import ClaimIdRole
from tests.gui.conftest import search_now


@pytest.fixture
def window(make_window, prompter, library):
    """The window in curator mode (View > Curator Mode): curators' actions are offered."""
    built = make_window(prompter, library)
    built.set_curator_mode(True)
    return built


def when_open(get_dialog, act):
    """Run ``act(dialog)`` as soon as a modal dialog is showing (its exec() blocks the test)."""
    timer = QTimer(interval=30)

    def poll():
        dialog = get_dialog()
        if dialog is not None and dialog.isVisible():
            timer.stop()
            try:
                act(dialog)
            finally:  # a failed check must not leave a modal dialog blocking the test run
                if dialog.isVisible():
                    dialog.reject()

    timer.timeout.connect(poll)
    timer.start()
    return timer


def fill_claim(dialog, statement, topics="chips", actors="Huawei", kind="fact"):
    dialog.statement.setPlainText(statement)
    dialog.kind.setCurrentText(kind)
    dialog.topics.setText(topics)
    dialog.actors.setText(actors)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Save).click()


def test_capture_a_claim_from_a_selection(qtbot, window, library):
    source = library.source("dn-waic")
    viewer = window.open_source(source)
    quote = "In diesem Jahr nahmen über 800 Unternehmen teil"
    start = source.text.index(quote)
    viewer.select(start, start + len(quote))
    assert viewer.selection_offsets() == (start, start + len(quote))
    timer = when_open(lambda: getattr(window, "claim_dialog", None),
                      lambda d: fill_claim(d, "More than 800 companies took part this year.",
                                           topics="AI industry", actors="WAIC", kind="figure"))
    qtbot.mouseClick(viewer.capture_button, Qt.LeftButton)
    timer.stop()
    claim = library.claim("dn-waic-u01")
    assert (claim.quote, claim.start, claim.end) == (quote, start, start + len(quote))
    assert claim.statement == "More than 800 companies took part this year."
    assert claim.kind == "figure" and claim.topics == ("AI industry",)
    assert viewer.highlighted_text() == quote
    # The library pane knows the new claim at once.
    search_now(qtbot, window.library_pane, "800 companies took part")
    assert window.library_pane.model.index(0, 0).data(ClaimIdRole) == "dn-waic-u01"


def test_a_rejected_claim_keeps_the_dialog_and_the_text(qtbot, window, library):
    viewer = window.open_source(library.source("merics-ilr"))
    viewer.select(100, 160)
    seen = {}

    def empty_statement(dialog):
        fill_claim(dialog, "   ")
        seen["error"] = dialog.error.text()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    timer = when_open(lambda: getattr(window, "claim_dialog", None), empty_statement)
    viewer.capture_selection()
    timer.stop()
    assert seen["open"] and seen["error"]
    assert library.count_claims() == 69


def test_suggestions_can_be_accepted_or_dismissed(qtbot, window, library):
    viewer = window.open_source(library.source("dn-waic"))
    count = viewer.suggestion_list.count()
    assert count > 5
    viewer.suggestion_list.setCurrentRow(0)
    viewer.dismiss_suggestion()
    assert viewer.suggestion_list.count() == count - 1
    viewer.suggestion_list.setCurrentRow(0)
    suggestion = viewer.suggestions[0]
    timer = when_open(lambda: getattr(window, "claim_dialog", None),
                      lambda d: fill_claim(d, "A suggested sentence, accepted."))
    viewer.accept_suggestion()
    timer.stop()
    claim = library.claim("dn-waic-u01")
    assert claim.start >= suggestion.start and claim.end <= suggestion.end
    assert viewer.suggestion_list.count() == count - 2


def test_import_a_document_then_capture_from_it(qtbot, window, library, tmp_path):
    article = tmp_path / "article.html"
    article.write_text(
        "<html lang='en'><head><title>Chip curbs tighten</title>"
        "<meta name='author' content='Jane Reporter'><script>evil()</script></head><body>"
        "<nav>Home | World</nav><article><h1>Chip curbs tighten</h1>"
        "<p>Washington added 12 Chinese firms to its export blacklist on Monday.</p>"
        "<p>Officials said the move targets advanced AI chips.</p></article></body></html>",
        encoding="utf-8")

    def accept_import(dialog):
        assert dialog.edits["title"].text() == "Chip curbs tighten"
        assert dialog.edits["author"].text() == "Jane Reporter"
        dialog.edits["outlet"].setText("The Daily Test")
        dialog.edits["date"].setText("2025-08-04")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()

    timer = when_open(lambda: getattr(window, "import_dialog", None), accept_import)
    window.import_document(article)
    qtbot.waitUntil(lambda: getattr(window, "source_viewer", None) is not None
                    and window.source_viewer.source.title == "Chip curbs tighten", timeout=20000)
    timer.stop()
    source = window.source_viewer.source
    assert source.outlet == "The Daily Test" and source.published == "2025-08-04"
    assert "evil()" not in source.text and "Home | World" not in source.text
    combo = window.library_pane.filters["source"]
    # The Source filter lists the source by its title (its id is the item's data).
    qtbot.waitUntil(lambda: combo.findData(source.id) > 0)
    assert combo.itemText(combo.findData(source.id)) == "Chip curbs tighten"
    # Importing the same file again is noticed.
    window.import_dialog = None
    errors_before = len(window.prompter.asked)
    timer = when_open(lambda: getattr(window, "import_dialog", None), accept_import)
    window.import_document(article)
    qtbot.waitUntil(lambda: window.import_dialog is not None and
                    "already holds this text" in window.import_dialog.error.text(), timeout=20000)
    timer.stop()
    assert len(window.prompter.asked) == errors_before


def test_edit_retire_restore_and_link_from_the_inspector(qtbot, window, library):
    window.inspect_library_claim("dn-waic-03")
    timer = when_open(lambda: getattr(window, "claim_dialog", None),
                      lambda d: fill_claim(d, "China proposed a global AI action plan.",
                                           topics="governance", actors="Chinese government",
                                           kind="event"))
    qtbot.mouseClick(window.inspector.edit_button, Qt.LeftButton)
    timer.stop()
    edited = library.claim("dn-waic-03")
    assert edited.statement == "China proposed a global AI action plan."
    assert edited.id == "dn-waic-03" and edited.quote  # the id and quote are kept
    window.prompter.confirm_answer = False  # Retire asks first: No keeps the claim
    qtbot.mouseClick(window.inspector.retire_button, Qt.LeftButton)
    assert window.prompter.asked[-1][0] == "confirm" and not library.claim("dn-waic-03").retired
    window.prompter.confirm_answer = True
    qtbot.mouseClick(window.inspector.retire_button, Qt.LeftButton)
    assert library.claim("dn-waic-03").retired
    assert window.inspector.retire_button.text() == "&Restore"
    assert not window.isWindowModified()  # the library changed, not the briefing
    window.undo_action.trigger()  # Edit > Undo takes the retirement back
    assert not library.claim("dn-waic-03").retired
    window.redo_action.trigger()
    assert library.claim("dn-waic-03").retired
    # Retired claims can be listed (Status filter) and restored.
    pane = window.library_pane
    pane.filters["status"].setCurrentIndex(pane.filters["status"].count() - 1)
    search_now(qtbot, pane, "")
    assert [pane.model.index(r, 0).data(ClaimIdRole) for r in range(pane.model.rowCount())] \
        == ["dn-waic-03"]
    assert pane.model.index(0, 3).data() == f"{library.claim('dn-waic-03').status} (retired)"
    window.inspect_library_claim("dn-waic-03")
    qtbot.mouseClick(window.inspector.retire_button, Qt.LeftButton)  # Restore: no question
    assert not library.claim("dn-waic-03").retired
    window.link_claims("dn-waic-03", "merics-ilr-04")
    assert "merics-ilr-04" in window.controller.linked("dn-waic-03")
    assert "Corroborated by" in window.inspector.browser.toHtml()


def test_claim_dialogs_take_the_vocabulary_read_in_the_background(qtbot, window, library,
                                                                 monkeypatch):
    """Opening a claim dialog does not count the library's topics and actors on the GUI thread
    (0.2-0.4 s each at 100k claims): the filters' reading is reused until the library changes."""
    pane = window.library_pane
    qtbot.waitUntil(lambda: pane.ready, timeout=10000)
    reads = []  # on the GUI thread (the filters read again in the background after a change)
    vocabulary = type(library).vocabulary

    def counted(self, field):
        if threading.current_thread() is threading.main_thread():
            reads.append(field)
        return vocabulary(self, field)

    monkeypatch.setattr(type(library), "vocabulary", counted)
    seen = {}

    def look(dialog):
        seen["topics"] = dialog.topics.completer_.model().stringList()
        fill_claim(dialog, "More than 800 companies took part.", topics="Trade fairs")

    viewer = window.open_source(library.source("dn-waic"))
    viewer.select(0, 40)
    timer = when_open(lambda: getattr(window, "claim_dialog", None), look)
    viewer.capture_selection()
    timer.stop()
    assert "chips" in seen["topics"] and "Trade fairs" not in seen["topics"]
    assert reads == []  # nothing read on the GUI thread
    # The library changed: the next dialog offers the new topic (read now, or read again).
    viewer.select(50, 90)
    timer = when_open(lambda: getattr(window, "claim_dialog", None),
                      lambda d: seen.update(after=d.topics.completer_.model().stringList()))
    viewer.capture_selection()
    timer.stop()
    assert "Trade fairs" in seen["after"]


def test_browse_sources_lists_them_without_reading_every_text(qtbot, window, library, prompter,
                                                           monkeypatch):
    monkeypatch.setattr(type(library), "sources",
                        lambda self: pytest.fail("read every source's text"))
    source = library.source("merics-ilr")
    prompter.choose_answer = source.title[:40]
    window.browse_sources()
    _kind, title, items = prompter.asked[-1]
    assert title == "Browse Sources" and len(items) == 2
    assert any(item.endswith("(dn-waic)") for item in items)
    assert window.source_viewer.source == source  # its text read for the one chosen
    prompter.choose_answer = None  # cancelled: nothing opens
    window.source_viewer = None
    window.browse_sources()
    assert window.source_viewer is None


def test_the_inspector_and_the_claim_dialog_show_both_notes_labelled(qtbot, window, library):
    window.inspect_library_claim("dn-waic-06")
    text = window.inspector.browser.toPlainText()
    six = library.claim("dn-waic-06")
    assert "Reader note" in text and six.reader_note in text
    assert "Curator note (never exported)" in text and six.curator_note in text

    def edit_notes(dialog):
        assert dialog.reader_note.toPlainText() == six.reader_note
        assert dialog.curator_note.toPlainText() == six.curator_note
        assert not dialog.translation.isChecked() and not dialog.translated_from.isEnabled()
        dialog.reader_note.setPlainText("Reports differ: 30 or 40 countries.")
        dialog.curator_note.setPlainText("Checked against two agency reports.")
        dialog.translation.setChecked(True)
        dialog.translated_from.setText("an English report")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Save).click()

    timer = when_open(lambda: getattr(window, "claim_dialog", None), edit_notes)
    qtbot.mouseClick(window.inspector.edit_button, Qt.LeftButton)
    timer.stop()
    edited = library.claim("dn-waic-06")
    assert (edited.reader_note, edited.curator_note) == (
        "Reports differ: 30 or 40 countries.", "Checked against two agency reports.")
    assert edited.quote_is_translation and edited.quote_translated_from == "an English report"
    text = window.inspector.browser.toPlainText()
    assert "German translation of an English report" in text
    assert "Checked against two agency reports." in text
    # A bundled quote that is a translation says so in the inspector.
    window.inspect_library_claim("dn-waic-07")
    assert "German translation of CNN's English report of the speech" in (
        window.inspector.browser.toPlainText())
    # ... and what a German briefing's footnote says it translates
    assert "Translated from (German)\ndem englischen Bericht von CNN über die Rede" in (
        window.inspector.browser.toPlainText())


def test_a_curator_writes_the_german_statement_in_the_claim_dialog(qtbot, window, library):
    """A German briefing prints the German statement: a curator can write, change and
    clear it in the dialog, as `briefing claims edit --statement-de` does."""
    before = library.claim("dn-waic-05")
    assert before.statement_in("de")

    def german(dialog):
        assert dialog.statement_de.toPlainText() == before.statement_in("de")
        dialog.statement_de.setPlainText("Ministerpräsident Li Qiang stellte Chinas Sicht vor.")
        dialog.reader_note_de.setPlainText("Eine Anmerkung.")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Save).click()

    window.inspect_library_claim("dn-waic-05")
    timer = when_open(lambda: getattr(window, "claim_dialog", None), german)
    qtbot.mouseClick(window.inspector.edit_button, Qt.LeftButton)
    timer.stop()
    edited = library.claim("dn-waic-05")
    assert edited.statement_in("de") == "Ministerpräsident Li Qiang stellte Chinas Sicht vor."
    assert edited.text_in("reader_note", "de") == "Eine Anmerkung."
    assert edited.statement == before.statement  # the English is untouched

    def clear(dialog):
        dialog.statement_de.setPlainText("")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Save).click()

    timer = when_open(lambda: getattr(window, "claim_dialog", None), clear)
    qtbot.mouseClick(window.inspector.edit_button, Qt.LeftButton)
    timer.stop()
    cleared = library.claim("dn-waic-05")
    assert cleared.statement_in("de") is None and cleared.untranslated("de") == ("statement",)
    assert cleared.text_in("reader_note", "de") == "Eine Anmerkung."


def test_the_export_dialog_starts_from_the_last_exports_choices(qtbot, window, prompter,
                                                                tmp_path):
    """A new user exported a PDF, and the next export offered Word again."""
    window.controller.add_paragraph("summary", "Our view.")
    seen = {}

    def first(dialog):
        assert dialog.format.currentData() == "docx"  # nothing remembered yet
        dialog.format.setCurrentIndex(dialog.format.findData("md"))
        dialog.quotes.setChecked(False)
        with qtbot.waitSignal(dialog.finished_export, timeout=60000):
            dialog.start(tmp_path / "first.md")

    def second(dialog):
        seen.update(dialog.choices())

    for act in (first, second):
        timer = when_open(lambda: getattr(window, "export_dialog", None), act)
        window.export()
        timer.stop()
    assert (tmp_path / "first.md").is_file()
    assert seen == {"format": "md", "quotes": False, "endnotes": False, "annex": False}


def test_after_the_export_dialog_the_keyboard_is_back_where_it_was(qtbot, window, prompter,
                                                                   tmp_path):
    """A new user closed "Export finished" with the mouse and the keyboard went nowhere."""
    from PySide6.QtWidgets import QApplication, QWidget

    window.controller.add_paragraph("summary", "Our view.")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.library_pane.search_box.setFocus()
    prompter.export_choice = "close"
    stray = QWidget()  # the window manager activates some other window meanwhile

    def export(dialog):
        with qtbot.waitSignal(dialog.finished_export, timeout=60000):
            dialog.start(tmp_path / "out.md")
        stray.show()
        stray.activateWindow()

    window.settings.setValue("export/last", '{"format": "md"}')
    timer = when_open(lambda: getattr(window, "export_dialog", None), export)
    window.export()
    timer.stop()
    stray.close()
    assert (tmp_path / "out.md").is_file()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    assert QApplication.focusWidget() is window.library_pane.search_box


def test_clicking_a_finding_closes_the_export_dialog_and_shows_the_item(qtbot, window,
                                                                        prompter):
    from PySide6.QtWidgets import QApplication

    c, library = window.controller, window.controller.library
    library.db.execute("UPDATE claims SET retired = 1 WHERE id = 'dn-waic-06'")
    c.add_claims(["dn-waic-06"], "background")  # a retired claim: a finding
    uid = c.document.section("background").items[0].uid
    window.composer.select_section("summary")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.library_pane.search_box.setFocus()
    closed = []

    def click(dialog):
        row = next(i for i in range(dialog.findings.count())
                   if "retired" in dialog.findings.item(i).text())
        rect = dialog.findings.visualItemRect(dialog.findings.item(row))
        qtbot.mouseClick(dialog.findings.viewport(), Qt.LeftButton, pos=rect.center())
        closed.append(not dialog.isVisible())

    timer = when_open(lambda: getattr(window, "export_dialog", None), click)
    window.export()
    timer.stop()
    assert closed == [True]
    assert window.composer.current_item().uid == uid
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.composer.view, timeout=2000)
