"""What a new user tripped over in a first session (issue 14's "found in the same trial"),
each checked in the real window offscreen."""

from __future__ import annotations

import json

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QHeaderView

from briefing.core.documents import CitedClaim, Paragraph
from briefing.core.documents import files as documents
from briefing.core.text.filenames import file_name
from briefing.gui.claims_model import IN_BRIEFING, ClaimIdRole
from briefing.gui.window_layout import fitted
from tests.gui.conftest import search_now

# ---- 1. briefing FILE opens the file ------------------------------------------------------------


def _saved(window, prompter, tmp_path, name="start.briefing"):
    window.controller.add_paragraph("summary", "Opened from the command line.")
    prompter.next_save_path = tmp_path / name
    assert window.save()
    return tmp_path / name


def test_a_file_given_at_start_is_opened(qtbot, make_window, prompter, library, tmp_path):
    path = _saved(make_window(prompter, library), prompter, tmp_path)
    second = make_window(prompter, library, open_file=path)
    assert second.controller.path == path
    assert second.controller.document.section("summary").items[0].text == \
        "Opened from the command line."
    missing = make_window(prompter, library, open_file=tmp_path / "missing.briefing")
    kind, _title, message = prompter.asked[-1]
    assert kind == "error" and "There is no briefing file at" in message
    assert missing.controller.document is not None and missing.controller.path is None


# ---- 3. the window fits the screen ------------------------------------------------------------


def test_first_start_fits_the_screen():
    small = QRect(0, 0, 1366, 740)  # a 1366×768 laptop less its panel
    assert fitted(small) == (True, small)
    large = QRect(0, 30, 2560, 1410)
    maximise, rect = fitted(large)
    assert not maximise and large.contains(rect) and rect.width() >= 1600
    assert rect.center() == large.center()


def test_the_window_never_exceeds_the_available_room(qtbot, make_window, prompter, library,
                                                     tmp_path):
    window = make_window(prompter, library)
    available = window.screen().availableGeometry()
    assert window.statusBar().isVisible()
    window.setGeometry(QRect(0, 0, available.width() * 2, available.height() * 2))
    window.save_settings()
    again = make_window(prompter, library)  # the saved geometry is too big for this screen
    assert again.start_maximised or available.contains(again.frameGeometry())


def test_the_window_fits_half_a_laptop_screen_and_statements_stay_readable(qtbot, window):
    """A new user could not make the window narrower than 903 px, and at that width the
    Statement column shrank to "✓…" while Source, Date and Status kept their widths."""
    assert window.minimumSizeHint().width() <= 683
    view = window.library_pane.view
    header = view.horizontalHeader()
    search_now(qtbot, window.library_pane, "Huawei")
    window.resize(683, 740)
    qtbot.waitUntil(lambda: window.width() == 683)
    qtbot.wait(50)
    readable = view.fontMetrics().averageCharWidth() * view.READABLE
    assert header.sectionSize(0) >= readable
    assert header.isSectionHidden(3)  # Status steps aside first
    shown = [c for c in (1, 2, 3) if not header.isSectionHidden(c)]
    assert header.sectionSize(0) + sum(header.sectionSize(c) for c in shown) \
        <= view.viewport().width() + 1
    # the inspector's quote is indented a little, not squeezed into a column of syllables
    claim = window.controller.claim(view.currentIndex().data(ClaimIdRole)
                                    if view.currentIndex().isValid()
                                    else window.library_pane.model.claim_at(0).id)
    window.inspector.show_claim(claim, window.controller.source(claim.source_id))
    document = window.inspector.browser.document()
    block = document.begin()
    while block.isValid() and claim.quote[:20] not in block.text():
        block = block.next()
    assert block.isValid()
    assert block.blockFormat().leftMargin() <= 12 and block.blockFormat().rightMargin() == 0
    window.resize(1366, 740)  # wide again: every column is back, at its width
    qtbot.waitUntil(lambda: window.width() == 1366)
    qtbot.wait(50)
    assert not any(header.isSectionHidden(c) for c in (1, 2, 3))
    assert all(header.sectionSize(c) == view.column_widths[c] for c in (1, 2, 3))


# ---- 4, 5. the library list, the keyboard, screen readers -----------------------------------


def test_library_columns_sort_and_rows_show_the_match(qtbot, window, library):
    pane = window.library_pane
    header = pane.view.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.Stretch  # Statement takes spare width
    assert all(header.sectionResizeMode(c) == QHeaderView.Interactive for c in (1, 2, 3))
    search_now(qtbot, pane, "")
    with qtbot.waitSignal(pane.searchDone, timeout=10000):
        header.sectionClicked.emit(2)  # Date
    dates = [pane.model.claim_at(r).event_date for r in range(pane.model.rowCount())]
    assert pane.order == "date" and dates == sorted(dates)
    with qtbot.waitSignal(pane.searchDone, timeout=10000):
        header.sectionClicked.emit(2)
    dates = [pane.model.claim_at(r).event_date for r in range(pane.model.rowCount())]
    assert pane.order == "-date" and dates == sorted(dates, reverse=True)
    with qtbot.waitSignal(pane.searchDone, timeout=10000):
        header.sectionClicked.emit(2)
    assert pane.order == ""
    # A match late in a long statement: the row starts near it, the tooltip has it all.
    claim = library.claim("merics-ilr-03")
    last_word = claim.statement.rstrip(".").split()[-1]
    search_now(qtbot, pane, f'"{last_word}"')
    row = next(r for r in range(pane.model.rowCount()) if pane.model.claim_at(r).id == claim.id)
    shown = pane.model.index(row, 0).data()
    assert shown.startswith("…") and last_word in shown
    assert claim.statement in pane.model.index(row, 0).data(Qt.ToolTipRole)


def test_source_filter_lists_titles(qtbot, window, library):
    combo = window.library_pane.filters["source"]
    titles = [combo.itemText(i) for i in range(1, combo.count())]
    assert library.source("dn-waic").title[:60] in " ".join(titles)
    assert "dn-waic" not in titles
    combo.setCurrentIndex(combo.findData("dn-waic"))
    search_now(qtbot, window.library_pane)
    ids = {window.library_pane.model.claim_at(r).id
           for r in range(window.library_pane.model.rowCount())}
    assert ids and all(i.startswith("dn-waic") for i in ids)


def test_keyboard_down_into_results_and_target_section_keys(qtbot, window):
    pane, c = window.library_pane, window.controller
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    search_now(qtbot, pane, "Huawei")
    pane.search_box.setFocus()
    qtbot.keyClick(pane.search_box, Qt.Key_Down)
    assert pane.view.hasFocus() and pane.view.currentIndex().row() == 0
    first = pane.view.currentIndex().data(ClaimIdRole)
    # Ctrl+3 makes the third section the target; Enter adds there.
    qtbot.keyClick(pane.view, Qt.Key_3, Qt.ControlModifier)
    third = c.document.sections[2]
    assert pane.target_label.text() == f"Enter adds to: {third.heading}"
    assert pane.view.hasFocus()
    qtbot.keyClick(pane.view, Qt.Key_Return)
    assert [i.claim_id for i in third.items] == [first]
    menu = [a.text() for a in window.target_menu.actions()]
    assert menu[2].startswith("&3 ") and window.target_menu.actions()[2].shortcut().toString() \
        == "Ctrl+3"


def test_down_onto_the_highlighted_row_shows_it_in_the_inspector(qtbot, window):
    """Ctrl+F, then Down onto the row already highlighted: the inspector said "Select a
    claim" and Show in Source stayed disabled."""
    pane, inspector = window.library_pane, window.inspector
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    search_now(qtbot, pane, "Huawei")
    pane.view.selectRow(0)
    claim_id = pane.view.currentIndex().data(ClaimIdRole)
    inspector.show_claim(None, None)  # the inspector moved on (an outline item, nothing)
    assert not inspector.source_button.isEnabled()
    qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    qtbot.waitUntil(lambda: pane.search_box.hasFocus())
    qtbot.keyClick(pane.search_box, Qt.Key_Down)
    assert pane.view.hasFocus() and pane.view.currentIndex().data(ClaimIdRole) == claim_id
    assert inspector.source_button.isEnabled()
    assert "Select a claim" not in inspector.browser.toPlainText()


def test_tab_walks_left_to_right_and_every_control_is_named(qtbot, window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QWidget

    panes = [window.library_pane, window.centre, window.side]

    def pane_of(widget):
        return next((i for i, p in enumerate(panes) if p.isAncestorOf(widget)), None)

    window.composer.select_uid(window.controller.add_paragraph("summary", "Text."))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.library_pane.search_box.setFocus()
    order, seen = [], []
    for _ in range(60):  # real Tab presses, as far as they go round
        widget = QApplication.focusWidget()
        if widget in seen:
            break
        seen.append(widget)
        if pane_of(widget) is not None:
            order.append(pane_of(widget))
        qtbot.keyClick(widget, Qt.Key_Tab)
    walked = "; ".join(f"{w.__class__.__name__} {w.accessibleName() or w.objectName()}"
                       for w in seen)
    assert order == sorted(order) and set(order) == {0, 1, 2}, walked
    # The whole cycle: from the last control of the inspector Tab wraps to the search box.
    assert QApplication.focusWidget() is window.library_pane.search_box, walked
    composer = window.composer
    assert composer.editor in seen and composer.note_editor in seen
    # The text boxes come right after the outline, before its buttons: Tab then typing writes
    # in the box, a space never presses a button.
    at = seen.index(composer.view)
    assert seen[at + 1:at + 3] == [composer.editor, composer.note_editor], walked
    assert seen.index(composer.add_text_button) > at + 2, walked
    # and Shift+Tab from the search box goes back round to the inspector's last control
    qtbot.keyClick(window.library_pane.search_box, Qt.Key_Backtab, Qt.ShiftModifier)
    assert QApplication.focusWidget() is seen[-1], walked
    unnamed = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if widget.focusPolicy() == Qt.NoFocus or widget.parent().inherits("QComboBox"):
            continue
        named = widget.accessibleName() or (isinstance(widget, QAbstractButton)
                                            and widget.text()) or widget.inherits("QTabBar") \
            or widget.inherits("QScrollBar") or widget.inherits("QSplitterHandle")
        if isinstance(widget, QComboBox):
            named = widget.accessibleName()
        if not named:
            unnamed.append(f"{widget.__class__.__name__} {widget.objectName()}")
    assert unnamed == []


# ---- 6. claims already in the briefing ----------------------------------------------------------


def test_claims_in_the_briefing_are_marked_and_adding_again_asks(qtbot, window, prompter):
    pane, c = window.library_pane, window.controller
    search_now(qtbot, pane, "Huawei")
    claim_id = pane.model.claim_at(0).id
    window.add_claims([claim_id], "summary")
    qtbot.waitUntil(lambda: pane.model.index(0, 0).data().startswith(IN_BRIEFING))
    assert "Already in this briefing" in pane.model.index(0, 0).data(Qt.ToolTipRole)
    prompter.confirm_answer = False
    window.add_claims([claim_id], "issue")
    assert prompter.asked[-1][0] == "confirm" and not c.document.section("issue").items
    prompter.confirm_answer = True
    window.add_claims([claim_id], "issue")
    assert [i.claim_id for i in c.document.section("issue").items] == [claim_id]
    window.undo_action.trigger()  # one click takes it back
    assert not c.document.section("issue").items


# ---- 7. length ------------------------------------------------------------------------------


def _counted(qtbot, window):
    """Wait for the composer's page count of the briefing as it is now (a PDF typeset off the
    GUI thread a moment after the last change)."""
    counter = window.controller.page_counter
    qtbot.waitUntil(lambda: counter.pages() is not None, timeout=30000)
    return counter.pages()


def test_length_and_the_one_page_promise(qtbot, make_window, prompter, library):
    from briefing.gui.widgets.export_dialog import ExportDialog

    window = make_window(prompter, library)
    c = window.controller
    c.new_document("key-messages")
    label = window.composer.length_label
    assert label.text().startswith("Whole briefing: 0 words")
    assert _counted(qtbot, window) == 1
    assert "1 page as a PDF" in label.text() and "longer than" not in label.text()
    c.add_paragraph("key_messages", "word " * 130)  # over the section's 120 words
    section_index = window.composer.model.section_index("key_messages")
    assert section_index.data(Qt.ForegroundRole) is not None  # warning colour
    assert "over" in section_index.data()
    c.add_paragraph("supporting_facts", "word " * 1300)  # (730 such words fit on a page)
    assert _counted(qtbot, window) == 2
    assert "2 pages as a PDF" in label.text()
    assert "longer than the 1 page this template allows" in label.text()
    assert "color" in label.styleSheet()
    # The export dialog says so before anything is exported (it used to appear only after).
    dialog = ExportDialog(c, prompter, "", window)
    texts = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert any("fills 2 pages" in t and "1 page" in t for t in texts), texts
    # A long warning wraps: it never widens the composer (it squeezed the library pane).
    assert label.wordWrap()
    assert label.minimumSizeHint().width() < 300


def test_pages_are_counted_on_the_pdf_not_guessed(qtbot, make_window, prompter, library):
    """The words-per-page estimate was wrong both ways: a key-messages note of seven claims
    (estimated 1.2 pages) fits on one page and was warned about; a German Leitungsvorlage
    (estimated 1.1 pages, with its notes and decision block) fills three."""
    from briefing.core.documents.preflight import length

    window = make_window(prompter, library)
    c, label = window.controller, window.composer.length_label
    c.new_document("key-messages")
    ids = [claim.id for claim in library.claims()][:7]
    c.add_claims(ids, "supporting_facts")
    assert length(c.document).pages > 1  # what the estimate said
    assert _counted(qtbot, window) == 1
    assert "longer than" not in label.text() and "color" not in label.styleSheet()
    c.new_document("leitungsvorlage", "Wettbewerb um KI")
    c.add_paragraph("votum", "Billigung des unter IV. vorgeschlagenen Vorgehens.")
    c.add_claims(["dn-waic-03", "merics-ilr-04", "merics-ilr-11", "dn-waic-06"],
                 "sachverhalt")
    c.add_claims(["merics-ilr-10", "merics-ilr-12"], "bewertung")
    c.add_paragraph("vorschlag", "Es wird vorgeschlagen, die Ressortabstimmung bis Ende "
                    "September 2025 abzuschließen.")
    assert length(c.document).pages < 1.5  # what the estimate said
    pages = _counted(qtbot, window)
    assert pages >= 2  # 3 since the PDF sets lines as Word does (Word: 3 pages too)
    assert f"{pages} pages as a PDF" in label.text()


def test_the_page_counts_worker_process_ends_with_the_window(qtbot, paths, library, prompter,
                                                              tmp_path, processors):
    """One Typst worker serves the counts; it must not outlive its window (test windows are
    deleted without being closed: each left a 60 MB process behind)."""
    from PySide6.QtCore import QSettings

    from briefing.core.context import Context
    from briefing.gui.launch import build_window

    window = build_window(paths, library, QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat),
                          prompter, context=Context(paths, citation_processors=processors))
    window.show()
    window.start()
    c = window.controller
    c.new_document("key-messages")
    qtbot.waitUntil(lambda: c.page_counter.pages() is not None, timeout=30000)
    process = c.page_counter._typesetting.exporter.pdf.typesetter._process
    assert process is not None and process.poll() is None
    c.undo_stack.setClean()
    window.deleteLater()
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=10000)
    c.page_counter.changed()  # the controller lives on; its counter counts no more
    c.page_counter.count_now()
    qtbot.wait(1500)
    assert c.page_counter._typesetting.exporter.pdf.typesetter._process is None
    c.tasks.wait(20000)


# ---- 9. curator mode ---------------------------------------------------------------------------


def test_curator_actions_are_offered_in_curator_mode_only(qtbot, make_window, prompter, library):
    window = make_window(prompter, library)
    assert not window.curator_mode and not window.curator_action.isChecked()
    assert window.inspector.edit_button.isHidden() and window.inspector.retire_button.isHidden()
    viewer = window.open_source(library.source("dn-waic"))
    assert viewer.capture_button.isHidden() and viewer.suggestion_list.count() == 0
    viewer.close()
    window.curator_action.trigger()
    assert not window.inspector.edit_button.isHidden()
    window.save_settings()
    again = make_window(prompter, library)
    assert again.curator_mode and again.curator_action.isChecked()


# ---- 10. file names (the names themselves: tests/core/test_filenames.py) ---------------------


def test_save_as_suggests_a_safe_name_in_the_chosen_folder(qtbot, window, prompter, tmp_path):
    window.controller.set_field("title", "R&D: US/China?")
    window.settings.setValue("files/lastFolder", str(tmp_path))
    prompter.next_save_path = None
    window.save_as()
    suggested = file_name("R&D: US/China?", ".briefing")
    assert prompter.asked[-1] == ("save-path", suggested)
    assert "/" not in suggested and ":" not in suggested and "?" not in suggested
    prompter.next_save_path = tmp_path / suggested
    assert window.save_as()
    assert window.recent_menu.actions()[0].text() == f"&1 {suggested.replace('&', '&&')}"


def test_save_as_names_the_file_after_the_title_still_being_typed(qtbot, window, prompter,
                                                                   tmp_path):
    """Found in a real window: a new briefing's title typed in Details, Ctrl+S with the cursor
    still in the field, and the suggested name was 'Untitled briefing.briefing'."""
    from tests.gui.typing import shortcut, type_text

    window.controller.new_document(window.controller.templates.list()[0].id)
    window.settings.setValue("files/lastFolder", str(tmp_path))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.centre.setCurrentWidget(window.metadata)
    title = window.metadata.edits["title"]
    title.setFocus()
    title.selectAll()
    type_text(qtbot, window, "Q3/Q4: AI", pause=0)
    prompter.next_save_path = None
    shortcut(qtbot, window, "Ctrl+S", pause=0)
    assert prompter.asked[-1] == ("save-path", file_name("Q3/Q4: AI", ".briefing"))


# ---- 11. missing templates, empty files, recovery ---------------------------------------------


def test_a_briefing_whose_template_is_missing_opens_and_exports(qtbot, window, prompter,
                                                                tmp_path):
    c = window.controller
    c.add_claims(["dn-waic-06"], "background")
    prompter.next_save_path = tmp_path / "away.briefing"
    window.save()
    data = json.loads((tmp_path / "away.briefing").read_text(encoding="utf-8"))
    data["template"] = "ministry-special"
    (tmp_path / "away.briefing").write_text(json.dumps(data), encoding="utf-8")
    assert window.open_briefing(tmp_path / "away.briefing")
    notice = [a for a in prompter.asked if a[0] == "info"][-1]
    assert "ministry-special" in notice[2] and "generic layout" in notice[2]
    assert [s.key for s in c.document.sections] == [s["key"] for s in data["sections"]]
    assert any(f.code == "template" and "not installed" in f.message for f in c.preflight())
    from briefing.gui.widgets.export_dialog import ExportDialog

    out = tmp_path / "away.md"
    dialog = ExportDialog(c, prompter, str(tmp_path), window)
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    with qtbot.waitSignal(dialog.finished_export, timeout=60000):
        dialog.start(out)
    assert c.document.section("background").items[0].claim.statement[:30] in \
        out.read_text(encoding="utf-8")


def test_an_empty_file_is_called_empty(qtbot, window, prompter, tmp_path):
    empty = tmp_path / "empty.briefing"
    empty.write_bytes(b"")
    assert not window.open_briefing(empty)
    message = prompter.asked[-1][2]
    assert "is empty" in message and "cut off" not in message
    assert "Error" not in message  # never a Python exception's name


def test_file_recover_opens_unsaved_work_set_aside_at_start(qtbot, make_window, prompter,
                                                            library):
    first = make_window(prompter, library)
    with qtbot.waitSignal(first.controller.autosaved, timeout=5000):
        first.controller.add_paragraph("summary", "Written, never saved.")
    prompter.recover_answer = False  # the next start: "not now"
    second = make_window(prompter, library)
    assert second.controller.document.section("summary").items == []
    prompter.choose_answer = "“Untitled briefing”"
    assert second.recover_briefing()
    texts = [i.text for i in second.controller.document.section("summary").items]
    assert texts == ["Written, never saved."] and second.isWindowModified()


# ---- 12. preflight names claims and jumps to them ------------------------------------------------


def test_preflight_names_claims_and_a_click_goes_to_the_item(qtbot, window, prompter, library):
    from briefing.gui.widgets.export_dialog import ExportDialog

    c = window.controller
    library.db.execute("UPDATE claims SET retired = 1 WHERE id = 'dn-waic-06'")
    c.add_claims(["dn-waic-06"], "background")
    uid = c.document.section("background").items[0].uid
    window.composer.select_section("summary")
    dialog = ExportDialog(c, prompter, "", window)
    dialog.findingChosen.connect(window.go_to_finding)
    row = next(i for i in range(dialog.findings.count())
               if "retired" in dialog.findings.item(i).text())
    text = dialog.findings.item(row).text()
    assert library.claim("dn-waic-06").statement[:25] in text
    dialog.findings.itemClicked.emit(dialog.findings.item(row))
    assert window.composer.current_item().uid == uid


# ---- 2. the source viewer -------------------------------------------------------------------


def test_source_viewer_centres_the_quote_finds_and_names_repeats(qtbot, window, library):
    claim = next(c for c in library.claims() if c.source_id == "merics-ilr"
                 and c.start > 4000)
    viewer = window.open_source(library.source("merics-ilr"), claim)
    qtbot.waitExposed(viewer)
    qtbot.wait(50)
    rect = viewer.text.cursorRect()
    height = viewer.text.viewport().height()
    assert height * 0.2 < rect.center().y() < height * 0.8  # centred, not at an edge
    assert "appears again further down" in viewer.repeats_label.text()
    assert "characters" not in viewer.repeats_label.text()
    viewer.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is viewer)
    qtbot.keyClick(viewer.text, Qt.Key_F, Qt.ControlModifier)
    assert viewer.find_box.hasFocus()
    viewer.find_box.setText("china")  # the first match after the quote (the cursor)
    first, total = (int(n) for n in viewer.find_status.text().split(" of "))
    assert total > 2 and viewer._found[first - 1][0] >= claim.start
    qtbot.keyClick(viewer.text, Qt.Key_F3)
    assert viewer.find_status.text() == f"{first % total + 1} of {total}"
    qtbot.keyClick(viewer.text, Qt.Key_F3, Qt.ShiftModifier)
    assert viewer.find_status.text() == f"{first} of {total}"
    selected = viewer.text.textCursor().selectedText()
    assert selected.lower() == "china"
    viewer.close()


# ---- the inspector and the outline ------------------------------------------------------------


def test_inspector_shows_the_selected_item_never_a_stale_one(qtbot, window, library):
    c, composer = window.controller, window.composer
    c.add_claims(["dn-waic-06"], "background")
    claim_uid = c.document.section("background").items[0].uid
    composer.select_uid(claim_uid)
    assert window.inspector.claim.id == "dn-waic-06"
    paragraph_uid = c.add_paragraph("summary", "My own words.")
    composer.select_uid(paragraph_uid)
    assert window.inspector.claim is None
    assert "My own words." in window.inspector.browser.toPlainText()
    composer.editor.setFocus()
    composer.editor.moveCursor(composer.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(composer.editor, " More")
    assert "My own words. More" in window.inspector.browser.toPlainText()
    composer.select_section("issue")
    assert window.inspector.claim is None and "My own" not in window.inspector.browser.toPlainText()


def test_outline_marks_private_notes_and_wraps_long_paragraphs(qtbot, window):
    c, composer = window.controller, window.composer
    long_text = "A long paragraph of the writer's own words. " * 12
    uid = c.add_paragraph("summary", long_text)
    index = composer.model.item_index(uid)
    one_line = composer.view.fontMetrics().height()
    qtbot.waitUntil(lambda: composer.view.visualRect(composer.model.item_index(uid)).height()
                    > 3 * one_line)
    composer.select_uid(uid)
    composer.note_editor.setFocus()
    qtbot.keyClicks(composer.note_editor, "Check this")
    item = c.document.section("summary").items[0]
    assert isinstance(item, Paragraph) and item.private_note == "Check this"
    index = composer.model.item_index(uid)
    assert "✎ Private note (not exported): Check this" in index.data()
    assert window.undo_action.text() == "&Undo Typing"
    c.add_claims(["dn-waic-06"], "background")
    claim = c.document.section("background").items[0]
    assert isinstance(claim, CitedClaim)
    composer.select_uid(claim.uid)
    assert "printed in the briefing after the claim" in composer.editor_label.text()
    assert "never exported" in composer.note_label.text()


def test_saving_keeps_private_notes_in_the_file(qtbot, window, prompter, tmp_path):
    c = window.controller
    uid = c.add_paragraph("summary", "Text.")
    c.set_text(uid, "Only for me.", "private_note")
    prompter.next_save_path = tmp_path / "notes.briefing"
    window.save()
    saved = documents.load(tmp_path / "notes.briefing")
    assert saved.section("summary").items[0].private_note == "Only for me."
