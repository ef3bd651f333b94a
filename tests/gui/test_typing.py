"""Writing in the composer as a person does: keys one at a time into whatever has the focus,
slower than every timer in the app (see tests/gui/typing.py), then the file saved and read
back. These found the scrambled-text bug: a commit timer reloaded the editor mid-typing and
the cursor jumped to the start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefing.core.documents import CitedClaim, Paragraph
from briefing.core.documents import files as documents
from tests.gui.conftest import search_now
from tests.gui.typing import focused, pause_ms, shortcut, type_text

# Each test types key by key with pauses longer than the app's timers (2-26 s each, 100 s in
# all): the whole suite runs them, the fast loop (-m "not slow") does not.
pytestmark = pytest.mark.slow

SENTENCE = "Rules win."


def _ready(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _click_row(qtbot, composer, uid):
    view = composer.view
    rect = view.visualRect(composer.model.item_index(uid))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())


def _save_and_read(window, prompter, tmp_path, name="typed.briefing"):
    path = tmp_path / name
    prompter.next_save_path = path
    window.activateWindow()
    shortcut_target = focused() or window
    from PySide6.QtTest import QTest

    QTest.keyClick(shortcut_target, Qt.Key_S, Qt.ControlModifier)
    assert path.is_file(), "Ctrl+S did not save"
    return documents.load(path)


def _new_paragraph(qtbot, window):
    composer = window.composer
    qtbot.mouseClick(composer.add_text_button, Qt.LeftButton)
    qtbot.wait(50)
    assert focused() is composer.editor, "Add Paragraph leaves the keyboard in its text box"
    return composer.current_item()


def test_a_paragraph_typed_slowly_is_saved_exactly(qtbot, window, prompter, tmp_path):
    _ready(qtbot, window)
    window.composer.select_section("summary")
    _new_paragraph(qtbot, window)
    type_text(qtbot, window, SENTENCE)
    assert window.composer.editor.toPlainText() == SENTENCE
    saved = _save_and_read(window, prompter, tmp_path)
    assert [i.text for i in saved.section("summary").items] == [SENTENCE]


def test_commentary_typed_slowly_is_saved_exactly(qtbot, window, prompter, tmp_path):
    _ready(qtbot, window)
    c, composer = window.controller, window.composer
    c.add_claims(["dn-waic-06"], "background")
    uid = c.document.section("background").items[0].uid
    _click_row(qtbot, composer, uid)
    qtbot.mouseClick(composer.editor.viewport(), Qt.LeftButton)
    assert focused() is composer.editor
    type_text(qtbot, window, SENTENCE)
    saved = _save_and_read(window, prompter, tmp_path)
    item = saved.section("background").items[0]
    assert isinstance(item, CitedClaim) and item.comment == SENTENCE


def test_paste_between_typed_keys(qtbot, window, prompter, tmp_path):
    _ready(qtbot, window)
    window.composer.select_section("summary")
    _new_paragraph(qtbot, window)
    type_text(qtbot, window, "A ")
    QApplication.clipboard().setText("pasted words")
    shortcut(qtbot, window, "Ctrl+V")
    type_text(qtbot, window, " B.")
    saved = _save_and_read(window, prompter, tmp_path)
    assert saved.section("summary").items[0].text == "A pasted words B."


PASTED = "x\x00y\x01\x07\x08\x0b\x0c\x1b[0m\x7f\x85\x9bz\tw\u200dv"


def test_pasted_control_characters_stay_out(qtbot, window, prompter, tmp_path):
    """Word and the PDF print NUL, BEL, ESC, DEL, C1 controls as U+FFFD: a paste into a
    paragraph or the title leaves them out; a tab and a zero-width joiner stay."""
    _ready(qtbot, window)
    window.composer.select_section("summary")
    _new_paragraph(qtbot, window)
    type_text(qtbot, window, "A ")
    QApplication.clipboard().setText(PASTED)
    shortcut(qtbot, window, "Ctrl+V")
    type_text(qtbot, window, " B.")
    assert window.composer.editor.toPlainText() == "A xy[0mz\tw\u200dv B."
    title = window.metadata.edits["title"]
    qtbot.mouseClick(title, Qt.LeftButton)
    title.selectAll()
    shortcut(qtbot, window, "Ctrl+V")
    assert title.text() == "xy[0mz\tw\u200dv"
    qtbot.wait(pause_ms(window))
    qtbot.keyClick(focused(), Qt.Key_Tab)
    saved = _save_and_read(window, prompter, tmp_path)
    assert saved.section("summary").items[0].text == "A xy[0mz\tw\u200dv B."
    assert saved.title == "xy[0mz\tw\u200dv"


def test_undo_and_redo_by_keys_and_menus(qtbot, window, prompter, tmp_path):
    _ready(qtbot, window)
    c, composer = window.controller, window.composer
    composer.select_section("summary")
    _new_paragraph(qtbot, window)
    type_text(qtbot, window, "Draft")
    paragraph = c.document.section("summary").items[0]
    assert paragraph.text == "Draft"
    # Ctrl+Z in the text box undoes the typing as one step, through the app's one history.
    assert window.undo_action.text().replace("&", "") == "Undo Typing"
    shortcut(qtbot, window, "Ctrl+Z")
    assert composer.editor.toPlainText() == "" and paragraph.text == ""
    assert window.undo_action.text().replace("&", "") == "Undo Add Paragraph"
    # Redo by both of the platform's keys.
    shortcut(qtbot, window, "Ctrl+Shift+Z")
    assert composer.editor.toPlainText() == "Draft" and paragraph.text == "Draft"
    shortcut(qtbot, window, "Ctrl+Z")
    shortcut(qtbot, window, "Ctrl+Y")
    assert composer.editor.toPlainText() == "Draft" and paragraph.text == "Draft"
    # Edit > Undo updates the box at once (no timer to wait for).
    window.undo_action.trigger()
    assert composer.editor.toPlainText() == "" and paragraph.text == ""
    # An undone edit never comes back by itself: click another row and back.
    c.add_claims(["dn-waic-06"], "background")
    other = c.document.section("background").items[0].uid
    window.undo_action.trigger()  # the add
    window.redo_action.trigger()
    _click_row(qtbot, composer, other)
    qtbot.wait(pause_ms(window))
    _click_row(qtbot, composer, paragraph.uid)
    qtbot.wait(pause_ms(window))
    assert paragraph.text == "" and composer.editor.toPlainText() == ""
    assert window.redo_action.isEnabled() is False  # the add was redone; nothing else
    saved = _save_and_read(window, prompter, tmp_path)
    assert saved.section("summary").items[0].text == ""


def test_typing_after_the_cursor_was_put_back_by_hand_is_a_step_of_its_own(
        qtbot, window, prompter, tmp_path):
    """Found by a new user: type a sentence, go to the search box, click back at the end of
    the paragraph, type a second sentence, Ctrl+Z: both sentences were gone."""
    _ready(qtbot, window)
    composer = window.composer
    composer.select_section("summary")
    _new_paragraph(qtbot, window)
    type_text(qtbot, window, "One.")
    qtbot.mouseClick(window.library_pane.search_box, Qt.LeftButton)  # the box is left
    qtbot.wait(pause_ms(window))
    qtbot.mouseClick(composer.editor.viewport(), Qt.LeftButton)  # and clicked again
    shortcut(qtbot, window, "Ctrl+End")
    type_text(qtbot, window, " Two.")
    assert composer.editor.toPlainText() == "One. Two."
    shortcut(qtbot, window, "Ctrl+Z")
    assert composer.editor.toPlainText() == "One."
    # An arrow key moves the cursor by hand too: typing after it is another step.
    shortcut(qtbot, window, "Ctrl+Shift+Z")
    shortcut(qtbot, window, "Left")
    shortcut(qtbot, window, "Right")
    type_text(qtbot, window, "!")
    shortcut(qtbot, window, "Ctrl+Z")
    assert composer.editor.toPlainText() == "One. Two."
    # Keys typed on without moving the cursor stay one step, and the file says the same.
    type_text(qtbot, window, " Three")
    shortcut(qtbot, window, "Ctrl+Z")
    assert composer.editor.toPlainText() == "One. Two."
    saved = _save_and_read(window, prompter, tmp_path)
    assert saved.section("summary").items[0].text == "One. Two."


def test_add_paragraph_with_another_paragraph_selected(qtbot, window, prompter, tmp_path):
    _ready(qtbot, window)
    composer = window.composer
    composer.select_section("summary")
    first = _new_paragraph(qtbot, window)
    type_text(qtbot, window, "One.")
    assert composer.current_item() is first
    second = _new_paragraph(qtbot, window)
    assert second is not first and composer.current_item() is second
    type_text(qtbot, window, "Two.")
    QApplication.clipboard().setText(" Three.")
    shortcut(qtbot, window, "Ctrl+V")
    saved = _save_and_read(window, prompter, tmp_path)
    assert [i.text for i in saved.section("summary").items] == ["One.", "Two. Three."]


def test_typing_after_a_drop_goes_to_the_dropped_claim(qtbot, window, prompter, tmp_path,
                                                       library):
    _ready(qtbot, window)
    c, composer, lib = window.controller, window.composer, window.library_pane
    c.add_claims(["dn-waic-06"], "background")
    first = c.document.section("background").items[0]
    _click_row(qtbot, composer, first.uid)
    qtbot.mouseClick(composer.editor.viewport(), Qt.LeftButton)
    type_text(qtbot, window, "A.")
    # Drop another claim from the library onto the outline while the commentary is open.
    search_now(qtbot, lib, "")
    row = next(r for r in range(lib.model.rowCount())
               if lib.model.claim_at(r).id == "merics-ilr-04")
    mime = lib.model.mimeData([lib.model.index(row, 0)])
    outline = composer.model
    assert outline.dropMimeData(mime, Qt.CopyAction, -1, 0, outline.section_index("background"))
    qtbot.wait(pause_ms(window))
    dropped = c.document.section("background").items[1]
    statement = library.claim("merics-ilr-04").statement
    assert composer.current_item() is dropped
    assert statement[:30] in composer.editor_label.text()
    assert "merics-ilr-04" not in composer.editor_label.text()
    qtbot.mouseClick(composer.editor.viewport(), Qt.LeftButton)
    type_text(qtbot, window, "B.")
    saved = _save_and_read(window, prompter, tmp_path)
    assert [i.comment for i in saved.section("background").items] == ["A.", "B."]


def test_undoing_an_add_never_leaves_a_live_box_for_a_missing_item(qtbot, window, prompter,
                                                                   tmp_path):
    _ready(qtbot, window)
    c, composer = window.controller, window.composer
    composer.select_section("summary")
    paragraph = _new_paragraph(qtbot, window)
    type_text(qtbot, window, "Kept.")
    while c.document.section("summary").items:  # Edit > Undo until the paragraph is gone
        assert window.undo_action.isEnabled()
        window.undo_action.trigger()
    qtbot.wait(pause_ms(window))
    # The box is no longer bound to the missing paragraph: disabled, or bound to what is
    # selected now, and says so.
    item = composer.current_item()
    assert item is None or item.uid != paragraph.uid
    if item is None:
        assert not composer.editor.isEnabled()
    # Redo brings back the paragraph and every word typed in it.
    while window.redo_action.isEnabled():
        window.redo_action.trigger()
    qtbot.wait(pause_ms(window))
    items = c.document.section("summary").items
    assert len(items) == 1 and isinstance(items[0], Paragraph) and items[0].text == "Kept."
    saved = _save_and_read(window, prompter, tmp_path)
    assert saved.section("summary").items[0].text == "Kept."


def test_after_undoing_an_add_by_keys_redo_puts_the_keyboard_back_in_the_box(
        qtbot, window, prompter, tmp_path):
    """Found in a real window: Ctrl+Z back past the Add, Ctrl+Y twice, and the next words
    went to the outline (where the Undo had put the keyboard), not into the paragraph."""
    _ready(qtbot, window)
    c, composer = window.controller, window.composer
    composer.select_section("summary")
    _new_paragraph(qtbot, window)
    type_text(qtbot, window, "One")
    shortcut(qtbot, window, "Ctrl+Z")  # the typing
    shortcut(qtbot, window, "Ctrl+Z")  # the Add
    assert c.document.section("summary").items == []
    assert focused() is composer.view
    assert "Redo brings it back" in composer.editor_label.text()
    shortcut(qtbot, window, "Ctrl+Y")
    shortcut(qtbot, window, "Ctrl+Y")
    assert focused() is composer.editor
    type_text(qtbot, window, " two")
    saved = _save_and_read(window, prompter, tmp_path)
    assert [i.text for i in saved.section("summary").items] == ["One two"]


def test_removing_the_item_being_written_says_undo_brings_it_back(qtbot, window):
    """Remove is not an Undo: the box must not say Redo brings the item back."""
    _ready(qtbot, window)
    c, composer = window.controller, window.composer
    composer.select_section("summary")
    _new_paragraph(qtbot, window)
    type_text(qtbot, window, "Gone", pause=0)
    qtbot.mouseClick(composer.remove_button, Qt.LeftButton)
    assert c.document.section("summary").items == []
    label = composer.editor_label.text()
    assert "Undo brings it back" in label and "Redo" not in label
    window.undo_action.trigger()
    assert [i.text for i in c.document.section("summary").items] == ["Gone"]


def test_home_end_arrows_and_a_selection_edit_in_place(qtbot, window, prompter, tmp_path):
    _ready(qtbot, window)
    window.composer.select_section("summary")
    _new_paragraph(qtbot, window)
    pause = 0  # (timers are covered above: this is about where the keys land)
    type_text(qtbot, window, "ac", pause)
    shortcut(qtbot, window, "Left", pause)
    type_text(qtbot, window, "b", pause)
    shortcut(qtbot, window, "Home", pause)
    type_text(qtbot, window, "(", pause)
    shortcut(qtbot, window, "End", pause)
    type_text(qtbot, window, ")", pause)
    assert window.composer.editor.toPlainText() == "(abc)"
    shortcut(qtbot, window, "Ctrl+A", pause)
    type_text(qtbot, window, "XYZ", pause)  # typing over a selection replaces it
    qtbot.wait(pause_ms(window))
    saved = _save_and_read(window, prompter, tmp_path)
    assert saved.section("summary").items[0].text == "XYZ"
    # The replacement and the keys typed on after it are one step (found by a new user: a
    # sentence typed over a selected one left its first letter after Ctrl+Z), and a second
    # Ctrl+Z takes the typing before the selection back.
    shortcut(qtbot, window, "Ctrl+Z")
    assert window.composer.editor.toPlainText() == "(abc)"
    shortcut(qtbot, window, "Ctrl+Z")
    assert window.composer.editor.toPlainText() == "(abc"  # the ")" typed after End


def test_input_method_text_goes_in_where_the_cursor_is(qtbot, window, prompter, tmp_path):
    """Text from an input method (Chinese pinyin, accents by compose): the preedit shows in
    the box without becoming an edit; the committed text goes in at the cursor, once."""
    from PySide6.QtGui import QInputMethodEvent

    _ready(qtbot, window)
    c, composer = window.controller, window.composer
    composer.select_section("summary")
    paragraph = _new_paragraph(qtbot, window)
    type_text(qtbot, window, "AB", pause=0)
    shortcut(qtbot, window, "Left", pause=0)
    box = composer.editor
    steps = c.undo_stack.count()
    QApplication.sendEvent(box, QInputMethodEvent("zhong", []))  # being composed
    qtbot.wait(pause_ms(window))
    assert paragraph.text == "AB" and c.undo_stack.count() == steps
    commit = QInputMethodEvent("", [])
    commit.setCommitString("\u4e2d\u6587")
    QApplication.sendEvent(box, commit)
    qtbot.wait(pause_ms(window))
    assert box.toPlainText() == paragraph.text == "A\u4e2d\u6587B"
    type_text(qtbot, window, "!", pause=0)
    assert paragraph.text == "A\u4e2d\u6587!B"
    saved = _save_and_read(window, prompter, tmp_path)
    assert saved.section("summary").items[0].text == "A\u4e2d\u6587!B"
    shortcut(qtbot, window, "Ctrl+Z")
    assert box.toPlainText() == "AB"  # the composed word and what followed: one step


def test_undo_from_the_menu_shows_the_item_it_changed(qtbot, window):
    _ready(qtbot, window)
    c, composer = window.controller, window.composer
    composer.select_section("summary")
    paragraph = _new_paragraph(qtbot, window)
    type_text(qtbot, window, "Mine.")
    c.add_claims(["dn-waic-06"], "background")  # selects the new claim: the box follows
    assert composer.bound_item() is not paragraph
    window.undo_action.trigger()  # the add
    window.undo_action.trigger()  # the typing, in the paragraph not shown
    assert composer.bound_item() is paragraph and composer.current_item() is paragraph
    assert composer.editor.toPlainText() == "" and paragraph.text == ""
    window.redo_action.trigger()
    assert composer.editor.toPlainText() == "Mine."
