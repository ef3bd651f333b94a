"""The desktop composer driven offscreen as a user would: keys, clicks, drops, menus."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import QLocale, Qt

from briefing.core.documents import files as documents
from briefing.gui.claims_model import ClaimIdRole
from briefing.gui.language import Language, translate
from tests.gui.conftest import search_now


def _row_of(view, claim_id):
    model = view.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ClaimIdRole) == claim_id:
            return row
    raise AssertionError(f"{claim_id} not listed")


@pytest.fixture(params=["en", "de"])
def interface(request, qapp, paths):
    """The interface's language for one test, installed before the window is built (as the
    app does at start) and removed after it."""
    before = QLocale()
    language = Language(paths.resources)
    language.install(request.param)
    yield request.param
    language.remove()
    QLocale.setDefault(before)


def test_a_whole_session(qtbot, interface, make_window, prompter, tmp_path, library):
    """In English and in German: widgets are found by objectName, texts by translate()."""
    window = make_window(prompter, library)
    lib, composer, c = window.library_pane, window.composer, window.controller
    qtbot.waitUntil(lambda: c.document is not None)
    if interface == "de":  # a German start opens a German template: this session uses the note
        assert c.document.template == "hintergrundinformation"
        c.new_document("briefing-note", translate("MainWindow", "Untitled briefing"))
    assert window.windowTitle().startswith(translate("MainWindow", "Untitled"))
    assert not window.isWindowModified()

    # Search as you type, then narrow by a topic.
    qtbot.keyClicks(lib.search_box, "Ascend")
    # (4: one claim's German statement names Ascend where its English one does not)
    qtbot.waitUntil(lambda: lib.count_label.text() == translate("LibraryPane", "%n claim(s)",
                                                                None, 4))
    lib.filters["topic"].setCurrentText("sanctions")
    qtbot.waitUntil(lambda: lib.model.total < 4 and lib.model.total > 0)
    first = lib.model.index(0, 0).data(ClaimIdRole)

    # Add by the key: select the section, then Enter in the claims list.
    composer.select_section("summary")
    lib.view.setFocus()
    lib.view.selectRow(0)
    qtbot.keyClick(lib.view, Qt.Key_Return)
    assert [i.claim_id for i in c.document.section("summary").items] == [first]

    # Add by a drop from the library onto the Background section.
    lib.filters["topic"].setCurrentIndex(0)  # any topic
    search_now(qtbot, lib, "")
    row = _row_of(lib.view, "dn-waic-06")
    mime = lib.model.mimeData([lib.model.index(row, 0)])
    outline = composer.model
    assert outline.dropMimeData(mime, Qt.CopyAction, -1, 0, outline.section_index("background"))
    row = _row_of(lib.view, "merics-ilr-04")
    mime = lib.model.mimeData([lib.model.index(row, 0)])
    outline.dropMimeData(mime, Qt.CopyAction, -1, 0, outline.section_index("background"))
    background = c.document.section("background")
    assert [i.claim_id for i in background.items] == ["dn-waic-06", "merics-ilr-04"]
    assert window.isWindowModified()

    # Reorder with the keyboard: Ctrl+Up on the second item.
    composer.select_uid(background.items[1].uid)
    qtbot.keyClick(composer.view, Qt.Key_Up, Qt.ControlModifier)
    assert [i.claim_id for i in background.items] == ["merics-ilr-04", "dn-waic-06"]

    # Write a paragraph.
    composer.select_section("issue")
    qtbot.mouseClick(composer.add_text_button, Qt.LeftButton)
    qtbot.keyClicks(composer.editor, "Our own view of the issue.")
    issue = c.document.section("issue").items
    assert issue[0].text == "Our own view of the issue."

    # Undo and redo, with the edit's name in the Edit menu.
    assert translate("Commands", "Typing") in window.undo_action.text()
    window.undo_action.trigger()
    assert c.document.section("issue").items[0].text == ""
    window.redo_action.trigger()
    assert c.document.section("issue").items[0].text == "Our own view of the issue."

    # Save, close, reopen.
    path = tmp_path / "session.briefing"
    prompter.next_save_path = path
    assert window.save()
    assert path.is_file() and not window.isWindowModified()
    assert window.windowTitle().startswith("session.briefing")
    window.close_briefing()
    assert c.document is None
    # nothing open: nothing to save or export
    assert not any(a.isEnabled() for a in (window.save_action, window.save_as_action,
                                           window.export_action))
    assert window.open_briefing(path)
    reopened = documents.load(path)
    assert [i.claim_id for i in reopened.section("background").items] == [
        "merics-ilr-04", "dn-waic-06"]
    assert window.recent_files()[0] == str(path)

    # Export to .docx through the export dialog, off the GUI thread.
    from briefing.gui.widgets.export_dialog import ExportDialog

    out = tmp_path / "session.docx"
    dialog = ExportDialog(c, prompter, str(tmp_path), window)
    assert dialog.findings.count() > 0  # the preflight is shown first
    with qtbot.waitSignal(dialog.finished_export, timeout=60000):
        dialog.start(out)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert library.claim("dn-waic-06").statement in text
    assert "Our own view of the issue." in text
    assert ("exported", out) in prompter.asked


def test_show_in_source_highlights_the_quote(qtbot, window, library):
    lib = window.library_pane
    search_now(qtbot, lib, "互联网法律评论")
    lib.view.selectRow(0)
    claim = library.claim(lib.model.index(0, 0).data(ClaimIdRole))
    assert claim.statement in window.inspector.browser.toPlainText()
    qtbot.mouseClick(window.inspector.source_button, Qt.LeftButton)
    viewer = window.source_viewer
    assert viewer.isVisible()
    assert viewer.highlighted_text().replace("\u2029", "\n") == claim.quote


def test_recovery_after_a_crash(qtbot, make_window, prompter, library):
    first = make_window(prompter, library)
    with qtbot.waitSignal(first.controller.autosaved, timeout=5000):
        first.controller.add_paragraph("summary", "Typed before the crash.")
    # The process dies here: no save, no close. The next start finds the recovery file.
    from tests.gui.conftest import FakePrompter

    second_prompter = FakePrompter()
    second = make_window(second_prompter, library)
    assert "recover" in second_prompter.kinds()
    texts = [i.text for i in second.controller.document.section("summary").items]
    assert texts == ["Typed before the crash."]
    assert second.isWindowModified()


def test_closing_with_unsaved_changes_asks(qtbot, window, prompter):
    window.controller.add_paragraph("summary", "Unsaved words.")
    prompter.save_answer = "cancel"
    assert window.close() is False
    assert window.isVisible() and "save-changes" in prompter.kinds()
    prompter.save_answer = "discard"
    assert window.close() is True


def test_a_corrupt_file_gives_a_clear_error_and_keeps_the_app(qtbot, window, prompter, tmp_path):
    bad = tmp_path / "bad.briefing"
    bad.write_bytes(b'{"format": "briefing", "version": 1, "title": "cut')
    assert window.open_briefing(bad) is False
    kind, title, message = prompter.asked[-1]
    assert kind == "error" and "incomplete" in message
    assert window.controller.document is not None  # the previous briefing is still open
    assert bad.read_bytes().endswith(b'"cut')


def test_library_changes_are_offered_on_open(qtbot, window, prompter, tmp_path, library):
    window.controller.add_claims(["dn-waic-06"], "summary")
    path = tmp_path / "old.briefing"
    prompter.next_save_path = path
    window.save()
    raw = path.read_text(encoding="utf-8").replace("brings together", "gathers")
    path.write_text(raw, encoding="utf-8")
    prompter.refresh_answer = True
    window.open_briefing(path)
    assert prompter.asked[-1][0] == "refresh"
    item = window.controller.document.section("summary").items[0]
    assert item.claim.statement == library.claim("dn-waic-06").statement
    assert window.isWindowModified()


def test_metadata_form_marks_required_fields(qtbot, window):
    form = window.metadata
    assert form.labels["classification"].text().endswith("*:")
    form.edits["classification"].setText("Protected")
    form.edits["classification"].editingFinished.emit()
    assert window.controller.document.metadata.classification == "Protected"
    window.undo_action.trigger()
    assert window.controller.document.metadata.classification == ""


def test_metadata_form_names_fields_as_the_template_prints_them(qtbot, window):
    """A new user typed a 'Subtitle' and found it printed as 'Bezug:': the form shows the
    German template's own names beside the usual ones, and examples in its forms."""
    form = window.metadata
    window.controller.new_document("leitungsvorlage")
    assert form.labels["title"].text() == "Betreff (Title) *:"
    assert form.labels["subtitle"].text() == "Bezug (Subtitle):"
    assert form.labels["contact"].text() == "Telefon (Contact Officer):"
    assert form.edits["title"].accessibleName() == "Betreff (Title)"
    assert "VS-NUR FÜR DEN DIENSTGEBRAUCH" in form.edits["classification"].placeholderText()
    assert "04.08.2025" in form.edits["date"].placeholderText()
    window.controller.new_document("briefing-note")
    assert form.labels["title"].text().startswith("Title")
    assert "OFFICIAL" in form.edits["classification"].placeholderText()


def test_claims_load_lazily_a_page_at_a_time(qtbot, make_window, prompter, library):
    from dataclasses import replace

    from briefing.gui.claims_model import PAGE

    seed = library.claim("merics-ilr-15")
    source = library.source(seed.source_id)
    with library.db.atomic():
        for n in range(1200):
            library.put_claim(replace(seed, id=f"bulk-{n:05d}", origin="user"), source)
    window = make_window(prompter, library)
    model = window.library_pane.model
    assert model.total == library.count_claims() > 1200
    assert model.rowCount() == PAGE  # only the first page is loaded
    window.library_pane.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE)
    while model.rowCount() < model.total:  # pages arrive from the search thread
        with qtbot.waitSignal(model.rowsInserted, timeout=10000):
            model.fetchMore()
    assert model.rowCount() == model.total and not model.canFetchMore()


def test_items_move_between_sections_by_drag_and_drop(qtbot, window):
    c, outline = window.controller, window.composer.model
    c.add_claims(["dn-waic-06", "merics-ilr-04"], "summary")
    uid = c.document.section("summary").items[0].uid
    mime = outline.mimeData([outline.item_index(uid)])
    outline.dropMimeData(mime, Qt.MoveAction, 0, 0, outline.section_index("options"))
    assert [i.uid for i in c.document.section("options").items] == [uid]
    assert [i.claim_id for i in c.document.section("summary").items] == ["merics-ilr-04"]
    assert window.undo_action.text() == "&Undo Move Item"
    window.undo_action.trigger()
    assert c.document.section("summary").items[0].uid == uid


@pytest.mark.slow
def test_preview_follows_edits(qtbot, window):
    window.controller.add_paragraph("summary", "A sentence before the preview is shown.")
    qtbot.wait(600)
    assert window.preview.html == ""  # hidden: nothing rendered in the background
    window.side.setCurrentWidget(window.preview)
    qtbot.waitUntil(lambda: "before the preview" in window.preview.html, timeout=60000)
    window.controller.add_paragraph("summary", "A sentence for the preview.")
    qtbot.waitUntil(lambda: "A sentence for the preview." in window.preview.html, timeout=60000)
    window.controller.add_claims(["dn-waic-06"], "background")
    qtbot.waitUntil(lambda: 'href="#note1"' in window.preview.html, timeout=60000)
    assert "die-nachrichten.at" in window.preview.html


def test_layout_and_recent_files_persist(qtbot, make_window, prompter, library, tmp_path):
    first = make_window(prompter, library)
    path = tmp_path / "kept.briefing"
    prompter.next_save_path = path
    first.save()
    first.splitter.setSizes([300, 700, 366])
    first.save_settings()
    state = first.splitter.saveState()
    second = make_window(prompter, library)
    assert second.recent_files()[0] == str(path)
    assert second.settings.value("window/splitter") == state
    assert second.settings.value("window/geometry") == first.saveGeometry()
    assert second.last_folder == str(tmp_path)
    assert second.recent_menu.actions()[0].text().endswith("kept.briefing")


def test_shortcuts_and_accessible_names(qtbot, window):
    from PySide6.QtGui import QKeySequence

    shortcuts = {a.text(): a.shortcut().toString() for m in window.menuBar().actions()
                 for a in m.menu().actions()}
    assert shortcuts["&New…"] == QKeySequence(QKeySequence.New).toString()
    assert shortcuts["&Export…"] == "Ctrl+E"
    assert shortcuts["Save &As…"] == "Ctrl+Shift+S"
    redo = [k.toString() for k in window.redo_action.shortcuts()]
    assert "Ctrl+Shift+Z" in redo and "Ctrl+Y" in redo and len(set(redo)) == len(redo)
    window.activateWindow()
    window.composer.view.setFocus()
    find = next(a for m in window.menuBar().actions() for a in m.menu().actions()
                if a.text() == "&Find Claims")
    assert find.shortcut().toString() == "Ctrl+F"
    find.trigger()
    qtbot.waitUntil(lambda: window.library_pane.search_box.hasFocus())
    for widget in (window.library_pane.search_box, window.library_pane.view,
                   window.composer.view, window.inspector.browser, window.preview.browser):
        assert widget.accessibleName()


@pytest.mark.slow
def test_continuous_typing_is_autosaved_within_two_seconds(qtbot, paths, library, prompter,
                                                           tmp_path):
    """Typing without a pause must not postpone the autosave forever."""
    import time

    from PySide6.QtCore import QSettings

    from briefing.core.documents.recovery import Recovery
    from briefing.gui.launch import build_window

    window = build_window(paths, library, QSettings(str(tmp_path / "s.ini"),
                                                    QSettings.IniFormat), prompter)
    qtbot.addWidget(window)
    window.show()
    window.start()
    composer = window.composer
    composer.select_section("summary")
    composer.add_paragraph()
    started = time.monotonic()
    typed = ""
    while time.monotonic() - started < 3.5:  # a key every 50 ms, no pause
        typed += "a"
        composer.editor.insertPlainText("a")
        qtbot.wait(50)
        if time.monotonic() - started > 2.1:
            saved = Recovery(paths.data / "recovery").find()
            assert saved is not None, "nothing autosaved after 2 s of typing"
    saved = Recovery(paths.data / "recovery").find()
    text = saved.briefing.section("summary").items[0].text
    assert len(text) >= len(typed) - 45  # at most ~2 s of keystrokes not yet autosaved
    window.controller.undo_stack.setClean()


def test_inspector_says_when_a_cited_claim_changed_in_the_library(qtbot, window, prompter,
                                                                  tmp_path):
    window.controller.add_claims(["dn-waic-06"], "summary")
    path = tmp_path / "old.briefing"
    prompter.next_save_path = path
    window.save()
    path.write_text(path.read_text(encoding="utf-8").replace("brings together", "gathers"),
                    encoding="utf-8")
    prompter.refresh_answer = False  # keep the saved copy
    window.open_briefing(path)
    item = window.controller.document.section("summary").items[0]
    window.inspect_item(item)
    assert "changed in the library (statement)" in window.inspector.browser.toPlainText()
    window.library_pane.date_from.setText("2025-13")
    window.library_pane.run_search()
    qtbot.waitUntil(lambda: "not a real date" in window.library_pane.count_label.text())


def test_export_adds_the_extension_and_says_when_no_program_opens_the_file(
        qtbot, window, prompter, tmp_path):
    """A name typed without an extension gets the format's; "Open File" on a system with
    no program for the type says so and offers the folder (it used to fail silently)."""
    from briefing.gui.widgets.export_dialog import ExportDialog

    c = window.controller
    c.add_paragraph(c.document.sections[0].key, "Our own view.")
    dialog = ExportDialog(c, prompter, str(tmp_path), window)
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    opened = []
    dialog.open_url = lambda url: opened.append(url.toLocalFile()) or url.toLocalFile() == str(
        tmp_path)  # a file manager, but no program for .docx
    prompter.next_save_path = tmp_path / "paste-test"
    prompter.export_choice, prompter.cannot_open_choice = "open", "folder"
    with qtbot.waitSignal(dialog.finished_export, timeout=60000):
        dialog.start()
    out = tmp_path / "paste-test.docx"
    assert out.is_file() and not (tmp_path / "paste-test").exists()
    assert ("cannot-open", out) in prompter.asked
    assert opened == [str(out), str(tmp_path)]
    # Again to a name whose completed form exists: asked before it is replaced, kept on No.
    before = out.read_bytes()
    c.add_paragraph(c.document.sections[0].key, "A second thought.")
    prompter.next_save_path, prompter.confirm_answer = tmp_path / "paste-test", False
    dialog.start()
    assert ("replace", out) in prompter.asked and out.read_bytes() == before


def test_the_save_dialog_completes_a_bare_name_before_asking_to_replace(qtbot, tmp_path):
    """The real file dialog: a name typed without an extension gets the suggested one's, so
    its own "replace?" question sees the file that would be replaced."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

    from briefing.gui.dialogs import Prompter

    def type_bare_name():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QFileDialog) and w.isVisible())
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.setText("paste-test")
        dialog.accept()

    QTimer.singleShot(500, type_bare_name)
    got = Prompter().save_path(str(tmp_path), "Untitled.docx", "Word document (*.docx)")
    assert got == tmp_path / "paste-test.docx"
