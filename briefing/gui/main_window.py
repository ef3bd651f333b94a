"""The main window: library, composer and inspector/preview side by side; menus; all wiring."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QSplitter, QTabWidget

from briefing import __version__
from briefing.core import notices
from briefing.core.documents import SUFFIX, CitedClaim, Paragraph
from briefing.core.documents.preflight import claim_name
from briefing.core.errors import BriefingError, NotFoundError
from briefing.core.text.filenames import file_name
from briefing.gui.curation_actions import CurationActions
from briefing.gui.help_text import help_html
from briefing.gui.language import (
    LANGUAGES,
    NAMES,
    NEXT_START,
    SETTING,
    interface_language,
    stored,
    translate,
)
from briefing.gui.messages import describe, describe_recovered
from briefing.gui.widgets.composer import ComposerPane
from briefing.gui.widgets.inspector import InspectorPane
from briefing.gui.widgets.library_pane import LibraryPane
from briefing.gui.widgets.metadata_form import MetadataForm
from briefing.gui.widgets.new_dialog import NewBriefingDialog
from briefing.gui.widgets.preview import PreviewPane
from briefing.gui.window_keys import WindowKeys
from briefing.gui.window_layout import WindowLayout

MAX_RECENT = 8
CURATOR_SETTING = "view/curator"
EXPORT_SETTING = "export/last"  # the last export's format and options (JSON)


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo keys, each once, with both Ctrl+Shift+Z and Ctrl+Y (people coming
    from either convention press theirs)."""
    keys: list[QKeySequence] = []
    for key in [*QKeySequence.keyBindings(QKeySequence.Redo), QKeySequence("Ctrl+Shift+Z"),
                QKeySequence("Ctrl+Y")]:
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


def menu_text(text: str) -> str:
    """User text in a menu: "&" shows as itself, not as a mnemonic."""
    return text.replace("&", "&&")


class MainWindow(QMainWindow, CurationActions, WindowLayout):
    def __init__(self, controller, prompter, settings, parent=None, resources: Path | None = None):
        super().__init__(parent)
        self.controller, self.prompter, self.settings = controller, prompter, settings
        self.resources = resources  # for the licences in Help → About
        prompter.parent = self
        self.setObjectName("mainWindow")
        # The composer's page count ends with the window (its Typst worker process too), even
        # when the window is deleted without being closed.
        self.destroyed.connect(lambda *_, counter=controller.page_counter: counter.close())
        self.open_file: Path | None = None  # given on the command line: opened at start
        self._focus_after_dialog = None  # where the keyboard goes when the Export dialog closes
        self.library_pane = LibraryPane(controller)
        self.composer = ComposerPane(controller)
        self.metadata = MetadataForm(controller)
        self.inspector = InspectorPane()
        self.preview = PreviewPane(controller, lambda: None)
        self.centre = QTabWidget()
        self.centre.addTab(self.composer, translate("MainWindow", "&Composer"))
        self.centre.addTab(self.metadata, translate("MainWindow", "&Details"))
        self.centre.setAccessibleName(translate("MainWindow", "Composer and details"))
        self.side = QTabWidget()
        self.side.addTab(self.inspector, translate("MainWindow", "&Inspector"))
        self.side.addTab(self.preview, translate("MainWindow", "Previe&w"))
        self.side.setAccessibleName(translate("MainWindow", "Inspector and preview"))
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        for pane in (self.library_pane, self.centre, self.side):
            self.splitter.addWidget(pane)
        self.splitter.setSizes([520, 460, 380])
        self.setCentralWidget(self.splitter)
        # there from the start: messages land here
        self.statusBar().showMessage(translate("MainWindow", "Starting…"))
        self.statusBar().setAccessibleName(translate("MainWindow", "Status"))
        self.curator_mode = False
        self._build_menus()
        self.window_keys = WindowKeys(self)  # Ctrl+E from the search box exports
        self.window_keys.install(QApplication.instance())
        # CPAL-1.0 §14 (citeproc-js formats the citations): its attribution is shown whenever
        # the app runs, at the right of the status bar (stepping aside only while a message too
        # long to fit beside it is shown). It is the licence's notice, word for word: not
        # translated.
        self.attribution = QLabel(f"{notices.ATTRIBUTION_PHRASE} · "
                                  f"{notices.ATTRIBUTION_COPYRIGHT} · {notices.ATTRIBUTION_URL}")
        self.attribution.setObjectName("attribution")
        self.attribution.setEnabled(False)  # drawn in the quiet colour of secondary text
        self.statusBar().addPermanentWidget(self.attribution)
        self.statusBar().messageChanged.connect(self._make_room)
        self._wire()
        self._restore_settings()
        self._tab_order()
        self.update_title()

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        return self.wrap_focus(forward, super().focusNextPrevChild)

    # ---- menus -------------------------------------------------------------------------------

    def _action(self, menu, text, slot, shortcut=None, tip=""):
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        action.setStatusTip(action.toolTip())
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.new_action = self._action(file_menu, translate("MainWindow", "&New…"),
                                       self.new_briefing, QKeySequence.New)
        self.open_action = self._action(file_menu, translate("MainWindow", "&Open…"),
                                        self.open_briefing, QKeySequence.Open)
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
        self.recover_action = self._action(
            file_menu, translate("MainWindow", "Reco&ver Unsaved Work…"), self.recover_briefing,
            tip=translate("MainWindow", "Open an autosaved copy of unsaved work (kept when not "
                          "recovered at start)"))
        file_menu.addSeparator()
        self.save_action = self._action(file_menu, translate("MainWindow", "&Save"), self.save,
                                        QKeySequence.Save)
        self.save_as_action = self._action(file_menu, translate("MainWindow", "Save &As…"),
                                           self.save_as, "Ctrl+Shift+S")
        self.export_action = self._action(file_menu, translate("MainWindow", "&Export…"),
                                          self.export, "Ctrl+E")
        file_menu.addSeparator()
        self.import_action = self._action(
            file_menu, translate("MainWindow", "&Import Document…"), self.import_document,
            "Ctrl+I", translate("MainWindow", "Add a text, Markdown, HTML, Word or PDF "
                                "document to the library"))
        self.browse_action = self._action(
            file_menu, translate("MainWindow", "&Browse Sources…"), self.browse_sources,
            "Ctrl+B", translate("MainWindow", "Open a source's text to read it or capture "
                                "claims from it"))
        file_menu.addSeparator()
        self._action(file_menu, translate("MainWindow", "&Close"), self.close_briefing,
                     QKeySequence.Close)
        self._action(file_menu, translate("MainWindow", "&Quit"), self.close,
                     QKeySequence.Quit)
        edit = bar.addMenu(translate("MainWindow", "&Edit"))
        self.undo_action = self.controller.undo_stack.createUndoAction(
            self, translate("MainWindow", "&Undo"))
        self.undo_action.setShortcuts(QKeySequence.Undo)
        self.redo_action = self.controller.undo_stack.createRedoAction(
            self, translate("MainWindow", "&Redo"))
        self.redo_action.setShortcuts(redo_keys())
        self._name_undo_steps()
        self.undo_action.setProperty("help_name", translate("MainWindow", "&Undo"))
        self.redo_action.setProperty("help_name", translate("MainWindow", "&Redo"))
        for box in (self.composer.editor, self.composer.note_editor):
            box.undo_actions = (self.undo_action, self.redo_action)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self._action(edit, translate("MainWindow", "&Find Claims"), self.focus_search, QKeySequence.Find)
        self.add_paragraph_action = self._action(
            edit, translate("MainWindow", "Add &Paragraph"), self.composer.add_paragraph,
            "Ctrl+Shift+P")
        self.target_menu = edit.addMenu(translate("MainWindow", "&Target Section"))
        self.target_menu.setToolTip(translate("MainWindow", "The section Enter in the library "
                                              "adds claims to"))
        self._target_group = QActionGroup(self)
        view = bar.addMenu(translate("MainWindow", "&View"))
        self.curator_action = QAction(translate("MainWindow", "&Curator Mode"), self,
                                      checkable=True)
        self.curator_action.setToolTip(translate(
            "MainWindow", "Offer the curators' actions: edit and retire claims, capture claims "
            "and suggestions in the source viewer"))
        self.curator_action.setStatusTip(self.curator_action.toolTip())
        self.curator_action.toggled.connect(self.set_curator_mode)
        view.addAction(self.curator_action)
        self._build_language_menu(view)
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self._action(help_menu, translate("MainWindow", "Briefing &Help"), self.show_help,
                     QKeySequence.HelpContents)
        self._action(help_menu, translate("MainWindow", "&About Briefing"), self.show_about)
        self.library_pane.view.setContextMenuPolicy(Qt.CustomContextMenu)
        self.library_pane.view.customContextMenuRequested.connect(self._library_menu)

    def _name_undo_steps(self) -> None:
        """Edit > Undo and Redo name the step as the language puts it ("&Undo Typing",
        German "&Rückgängig: Eingabe"); QUndoStack would only join prefix and step."""
        self.controller.undo_stack.undoTextChanged.connect(self._name_undo)
        self.controller.undo_stack.redoTextChanged.connect(self._name_redo)

    def _name_undo(self, step: str) -> None:
        self._name_step(self.undo_action, translate("MainWindow", "&Undo {step}").format(
            step=step) if step else translate("MainWindow", "&Undo"))

    def _name_redo(self, step: str) -> None:
        self._name_step(self.redo_action, translate("MainWindow", "&Redo {step}").format(
            step=step) if step else translate("MainWindow", "&Redo"))

    @staticmethod
    def _name_step(action, text: str) -> None:
        try:
            action.setText(text)
        except RuntimeError:  # the undo stack outlives the window's actions at the end
            pass

    def _build_language_menu(self, view) -> None:
        """View > Language: the system's, English or German; remembered, used from the next
        start."""
        self.language_menu = view.addMenu(translate("MainWindow", "&Language"))
        self.language_menu.setToolTip(translate(
            "MainWindow", "The language of the menus and dialogs (from the next start)"))
        group = QActionGroup(self)
        current = stored(self.settings)
        self.language_actions = {}
        choices = [("", translate("MainWindow", "&System Language"))] + [
            (code, f"&{NAMES[code]}") for code in LANGUAGES]
        for code, text in choices:
            action = QAction(text, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    def choose_language(self, code: str) -> None:
        """Remember the interface's language ("" for the system's); it is used from the next
        start, which the message says in the language chosen."""
        from briefing.gui.language import system_language

        if stored(self.settings) == code:
            return
        self.settings.setValue(SETTING, code)
        self.settings.sync()
        self.prompter.info(NAMES[code or system_language()], NEXT_START[code or
                                                                        system_language()])

    def _rebuild_targets(self) -> None:
        """Edit > Target Section: one entry per section, Ctrl+1 … Ctrl+9 for the first nine."""
        for action in self.target_menu.actions():
            self._target_group.removeAction(action)
        self.target_menu.clear()
        doc = self.controller.document
        self.target_menu.setEnabled(doc is not None)
        if doc is None:
            return
        current = self.composer.current_key()
        for number, section in enumerate(doc.sections, 1):
            action = QAction(f"&{number} {menu_text(section.heading)}" if number <= 9
                             else menu_text(section.heading), self, checkable=True)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setChecked(section.key == current)
            action.triggered.connect(lambda _c=False, k=section.key: self.choose_target(k))
            self._target_group.addAction(action)
            self.target_menu.addAction(action)

    def choose_target(self, key: str) -> None:
        """Make section ``key`` the one Enter in the library adds to (it is selected in the
        outline); the keyboard focus stays where it is."""
        self.composer.select_section(key)

    def _target_changed(self) -> None:
        doc = self.controller.document
        key = self.composer.current_key()
        heading = next((s.heading for s in doc.sections if s.key == key), "") if doc else ""
        self.library_pane.set_target(heading)
        keys = [s.key for s in doc.sections] if doc else []
        for action, section_key in zip(self.target_menu.actions(), keys, strict=False):
            action.setChecked(section_key == key)

    def set_curator_mode(self, on: bool) -> None:
        """Curator mode (View menu, remembered): Edit Claim, Retire, and capture and
        suggestions in the source viewer. A writer is not offered them by default."""
        self.curator_mode = bool(on)
        if self.curator_action.isChecked() != self.curator_mode:
            self.curator_action.setChecked(self.curator_mode)
        self.inspector.set_curating(self.curator_mode)
        stored = self.settings.value(CURATOR_SETTING, False) in (True, "true", "1", 1)
        if stored != self.curator_mode:  # remembered at once (a crash must not forget it)
            self.settings.setValue(CURATOR_SETTING, self.curator_mode)
            self.settings.sync()

    def _library_menu(self, position) -> None:
        ids = self.library_pane.selected_ids()
        if not ids or self.controller.document is None:
            return
        menu = QMenu(self)
        for section in self.controller.document.sections:
            action = menu.addAction(translate("MainWindow", "Add to {section}").format(
                section=menu_text(section.heading)))
            action.triggered.connect(lambda _c=False, k=section.key: self.add_claims(ids, k))
        menu.exec(self.library_pane.view.viewport().mapToGlobal(position))

    def _wire(self) -> None:
        c = self.controller
        c.dirtyChanged.connect(lambda _d: self.update_title())
        c.documentReplaced.connect(self.update_title)
        c.documentReplaced.connect(self._rebuild_targets)
        c.structureChanged.connect(lambda _uid: self._rebuild_targets())
        c.itemChanged.connect(self._item_changed)
        self.library_pane.addRequested.connect(lambda ids: self.add_claims(ids))
        self.library_pane.claimSelected.connect(self.inspect_library_claim)
        self.library_pane.model.in_briefing = self._in_briefing
        self.library_pane.model.language = self._briefing_language
        self.inspector.language = self._briefing_language
        self.composer.itemSelected.connect(self.inspect_item)
        self.composer.itemSelected.connect(lambda _item: self._target_changed())
        self.composer.view.selectionModel().currentChanged.connect(
            lambda *_: self._target_changed())
        self.composer.model.claimsDropped.connect(self.add_claims)
        self.inspector.showInSource.connect(self.show_in_source)
        self.inspector.editRequested.connect(self.edit_claim)
        self.inspector.retireRequested.connect(self.toggle_retired)
        self.inspector.linkRequested.connect(self.link_claims)
        c.libraryChanged.connect(self.library_pane.reload)
        c.libraryChanged.connect(self._library_changed)
        c.libraryReady.connect(self.update_title)
        c.templatesReady.connect(self.update_title)
        self._cited_ids: dict[str, str] | None = None  # claim id → section; None: read again
        for signal in (c.structureChanged, c.documentReplaced, c.metadataChanged):
            signal.connect(lambda *_: self._briefing_changed())

    def _make_room(self, message: str) -> None:
        """A message longer than the room beside the attribution (a German status tip)
        shows whole: the attribution steps aside until it is gone."""
        bar = self.statusBar()
        needed = bar.fontMetrics().horizontalAdvance(message) + 40
        self.attribution.setVisible(
            needed + self.attribution.sizeHint().width() <= bar.width())

    def _library_changed(self) -> None:
        """A library claim shown in the inspector is shown as it is now (after Undo of a
        Retire, say)."""
        if self.inspector.claim is not None and self.inspector.from_library:
            self.inspect_library_claim(self.inspector.claim.id)

    def _in_briefing(self, claim_id: str) -> str:
        """The section citing ``claim_id`` ("" when the briefing does not)."""
        if self.controller.document is None:
            return ""
        return self._cited().get(claim_id, "")

    def _briefing_language(self) -> str:
        """The open briefing's language; with none open, the interface's (a German interface
        lists the German statements); "" when its template is unreadable."""
        if self.controller.document is None:
            return interface_language()
        try:
            return self.controller.language()
        except BriefingError:
            return ""

    def _cited(self) -> dict[str, str]:
        if self._cited_ids is None:
            self._cited_ids = self.controller.cited_ids()
        return self._cited_ids

    def _briefing_changed(self) -> None:
        self._cited_ids = None
        self.library_pane.model.briefing_changed()

    # ---- title and settings -------------------------------------------------------------------

    def update_title(self) -> None:
        """The title, and which actions can run now (at start-up the library and the
        templates arrive a moment after the window shows)."""
        c = self.controller
        has_doc = c.document is not None
        name = c.path.name if c.path else translate("MainWindow", "Untitled")
        self.setWindowTitle(f"{name}[*] — Briefing" if has_doc else "Briefing")
        self.setWindowModified(c.dirty)
        self.save_action.setEnabled(has_doc)
        self.save_as_action.setEnabled(has_doc)
        self.export_action.setEnabled(has_doc and c.library_ready)
        self.new_action.setEnabled(c.templates_ready)
        self.open_action.setEnabled(c.templates_ready and c.library_ready)
        self.recover_action.setEnabled(c.templates_ready and c.library_ready)
        self.add_paragraph_action.setEnabled(has_doc)
        self.recent_menu.setEnabled(bool(self.recent_files()) and c.templates_ready
                                    and c.library_ready)
        for action in (self.import_action, self.browse_action):
            action.setEnabled(c.library_ready)

    def _restore_settings(self) -> None:
        self._restore_geometry()
        state = self.settings.value("window/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        composer = self.settings.value("window/composerSplitter")
        if isinstance(composer, QByteArray):
            self.composer.splitter.restoreState(composer)
        self.set_curator_mode(self.settings.value(CURATOR_SETTING, False) in (True, "true", "1", 1))
        self._rebuild_recent()

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/composerSplitter", self.composer.splitter.saveState())
        self.settings.setValue(CURATOR_SETTING, self.curator_mode)
        self.settings.sync()

    @property
    def last_folder(self) -> str:
        return str(self.settings.value("files/lastFolder", str(Path.home())))

    def recent_files(self) -> list[str]:
        value = self.settings.value("files/recent", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _remember(self, path: Path) -> None:
        self.settings.setValue("files/lastFolder", str(path.parent))
        recent = [str(path)] + [p for p in self.recent_files() if p != str(path)]
        self.settings.setValue("files/recent", recent[:MAX_RECENT])
        self._rebuild_recent()

    def _rebuild_recent(self) -> None:
        self.recent_menu.clear()
        for number, name in enumerate(self.recent_files(), 1):
            action = self.recent_menu.addAction(f"&{number} {menu_text(Path(name).name)}")
            action.setToolTip(name)
            action.triggered.connect(lambda _c=False, n=name: self.open_briefing(Path(n)))
        self.update_title()

    # ---- start-up -------------------------------------------------------------------------------

    def start_up(self, context) -> None:
        """With the window showing: open the library off the GUI thread, saying in the status
        bar what is being done; once its first results are painted, load the templates (also
        off the GUI thread), then ``start``. One step at a time: work running beside the
        first search and paint would slow them (Python threads share one lock)."""
        c = self.controller

        def status(message: str) -> None:  # the core's progress, in the interface's language
            self.statusBar().showMessage(translate("core", message))

        status(translate("MainWindow", "Opening the library…"))

        self.library_pane.firstResultsShown.connect(
            lambda: c.load_templates(context, status, self._start_up_failed))
        c.templatesReady.connect(lambda: self._started(context))
        c.open_library(context, status, self._start_up_failed)

    def _started(self, context) -> None:
        status = self.statusBar().showMessage
        status(translate("MainWindow", "Ready"), 3000)
        if context.repair_message:
            self.prompter.info(translate("MainWindow", "Library repaired"),
                               context.repair_message)
        self.start()
        self.controller.check_library(
            context, status, lambda: status(translate("MainWindow", "Ready"), 3000),
            lambda message: self._check_failed(message),
            lambda message: self.prompter.error("Briefing", message))

    def _check_failed(self, message: str) -> None:
        """The daily check found the library damaged (a backup that could not be written, a
        busy or read-only library are only said, in a dialog: the library is not damaged)."""
        self.statusBar().showMessage(translate("MainWindow", "The library file is damaged"))
        self.prompter.error("Briefing", message)

    def _start_up_failed(self, message: str) -> None:
        self.statusBar().showMessage(message)
        self.prompter.error("Briefing", message)
        QApplication.exit(1)

    def start(self) -> None:
        """After the window shows: offer recovery; open the file given on the command line;
        else start a new briefing."""
        from briefing.gui.tasks import freeze_heap

        freeze_heap(collect=True)  # the library, templates and styles are in: long-lived now
        self.statusBar().showMessage(translate("MainWindow", "Ready"), 3000)
        recovered = self.controller.pending_recovery()
        if recovered is not None:
            what = translate("MainWindow", "“{title}”").format(title=recovered.briefing.title)
            if self.prompter.ask_recover(what):
                self.controller.recover(recovered)
                self._notice_missing_template()
                return
            self.controller.discard_recovery()
        if self.open_file is not None and self.controller.document is None:
            path, self.open_file = self.open_file, None
            if self.open_briefing(path):
                return
        if self.controller.document is None:
            self.controller.new_document(self._first_template(),
                                         translate("MainWindow", "Untitled briefing"))

    def _first_template(self, language: str | None = None) -> str:
        """The template of the briefing a start opens: the first in the interface's language
        (the Hintergrundinformation for a German interface), else the first. File › New
        preselects the same (``language``: the interface's, whatever briefing is open)."""
        templates = self.controller.templates.list()
        if language is None:
            language = self._briefing_language()  # none open: the interface's
        wanted = language.split("-")[0]
        for template in templates:
            if wanted and str(template.language or "").split("-")[0].lower() == wanted:
                return template.id
        return templates[0].id

    # ---- file actions -----------------------------------------------------------------------

    def _flush_edits(self) -> None:
        self.composer.commit_text()
        self.metadata.commit_all()

    def maybe_keep_changes(self) -> bool:
        """True when it is safe to drop the open briefing (saved, discarded, or none)."""
        self._flush_edits()
        if not self.controller.dirty:
            return True
        name = self.controller.path.name if self.controller.path else translate(
            "MainWindow", "this new briefing")
        answer = self.prompter.ask_save_changes(name)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def new_briefing(self) -> None:
        if not self.maybe_keep_changes():
            return
        dialog = NewBriefingDialog(self.controller.templates.list(), self,
                                   preferred=self._first_template(interface_language()))
        if dialog.exec() and dialog.chosen() is not None:
            self.controller.new_document(dialog.chosen().id,
                                         translate("MainWindow", "Untitled briefing"))

    def open_briefing(self, path: Path | None = None) -> bool:
        if not self.maybe_keep_changes():
            return False
        path = path or self.prompter.open_path(self.last_folder)
        if path is None:
            return False
        try:
            changes = self.controller.open_document(path)
        except BriefingError as exc:
            self.prompter.error(translate("MainWindow", "Cannot open the briefing"),
                                describe(exc))
            return False
        self._remember(Path(path))
        self._notice_missing_template()
        if changes:
            if self.prompter.ask_refresh([describe(c) for c in changes]):
                self.controller.refresh_claims()
        return True

    def _notice_missing_template(self) -> None:
        if self.controller.document is not None and self.controller.template_missing:
            template = self.controller.document.template
            message = translate(
                "MainWindow", "This briefing was written with the template “{template}”, "
                "which is not installed here. Its sections are kept as saved; the preview and "
                "exports use a generic layout until the template is installed.").format(
                template=template)
            self.statusBar().showMessage(translate(
                "MainWindow", "Template “{template}” is not installed: generic layout").format(
                template=template))
            self.prompter.info(translate("MainWindow", "Template not installed"), message)

    def recover_briefing(self) -> bool:
        """File > Recover: open an autosaved copy of unsaved work."""
        found = self.controller.recovery_files()
        if not found:
            self.prompter.info(translate("MainWindow", "Recover Unsaved Work"), translate(
                "MainWindow", "There is no unsaved work to recover: every briefing was saved "
                "or closed without changes."))
            return False
        index = self.prompter.choose(translate("MainWindow", "Recover Unsaved Work"),
                                     translate("MainWindow", "Unsaved work:"),
                                     [describe_recovered(f) for f in found])
        if index is None or not self.maybe_keep_changes():
            return False
        self.controller.recover(found[index])
        self._notice_missing_template()
        self.statusBar().showMessage(translate("MainWindow", "Recovered: save it to keep it"),
                                     6000)
        return True

    def save(self) -> bool:
        if self.controller.document is None:
            return False
        if self.controller.path is None:
            return self.save_as()
        return self._save_to(self.controller.path)

    def suggested_name(self) -> str:
        """A file name for Save As: the file's own, else one made safe from the title."""
        if self.controller.path:
            return self.controller.path.name
        return file_name(self.controller.document.title, SUFFIX)

    def save_as(self) -> bool:
        if self.controller.document is None:
            return False
        self._flush_edits()  # a title still being typed names the file
        path = self.prompter.save_path(self.last_folder, self.suggested_name())
        if path is None:
            return False
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
            if path.exists() and not self.prompter.confirm_replace(path):
                return False
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        self._flush_edits()
        try:
            self.controller.save(path)
        except BriefingError as exc:
            self.prompter.error(translate("MainWindow", "Cannot save"), describe(exc))
            return False
        self._remember(path)
        self.update_title()
        self.statusBar().showMessage(translate("MainWindow", "Saved {path}").format(path=path),
                                     4000)
        return True

    def close_briefing(self) -> None:
        if self.maybe_keep_changes():
            self.controller.close_document()

    def export(self) -> None:
        if self.controller.document is None or not self.controller.library_ready:
            return
        from briefing.gui.widgets.export_dialog import ExportDialog

        self._flush_edits()
        previous = QApplication.focusWidget()
        self._focus_after_dialog = None  # a chosen finding's item: focus goes there
        try:
            dialog = ExportDialog(self.controller, self.prompter, self.last_folder, self)
        except BriefingError as exc:
            self.prompter.error(translate("MainWindow", "Cannot export"), describe(exc))
            return
        self.export_dialog = dialog
        dialog.use_choices(self._export_choices())
        dialog.findingChosen.connect(self.go_to_finding)
        dialog.exec()
        if dialog.result is not None:  # exported: the next export starts from these
            self.settings.setValue(EXPORT_SETTING, json.dumps(dialog.choices()))
        self.back_from_dialog(self._focus_after_dialog or previous)

    def back_from_dialog(self, widget) -> None:
        """After a modal dialog closed: the window active again and the keyboard where it was
        (a window manager may leave the focus with the dialog's destroyed window)."""
        self.activateWindow()
        self.raise_()
        if widget is not None and widget.window() is self and widget.isVisible():
            widget.setFocus(Qt.OtherFocusReason)

    def _export_choices(self) -> dict:
        try:
            choices = json.loads(str(self.settings.value(EXPORT_SETTING, "") or "{}"))
        except ValueError:
            return {}
        return choices if isinstance(choices, dict) else {}

    def go_to_finding(self, section: str, uid: str, field: str = "") -> None:
        """A preflight finding was clicked: select its item (or section) in the composer, or
        show its metadata field."""
        if field and field in self.metadata.edits:
            self.centre.setCurrentWidget(self.metadata)
            self._focus_after_dialog = self.metadata.edits[field]
            self.metadata.edits[field].setFocus()
            return
        self.centre.setCurrentWidget(self.composer)
        if uid:
            self.composer.select_uid(uid)
        elif section:
            self.composer.select_section(section)
        self._focus_after_dialog = self.composer.view
        self.composer.view.setFocus()

    def closeEvent(self, event):  # noqa: N802
        if self.maybe_keep_changes():
            self.controller.close_document()
            self.save_settings()
            self.controller.searcher.close()
            event.accept()
        else:
            event.ignore()

    # ---- composing -----------------------------------------------------------------------------

    def add_claims(self, ids: list[str], key: str | None = None, index: int | None = None) -> None:
        """Add library claims to section ``key`` (default: the target section); a claim the
        briefing already cites is added again only if the user says so."""
        if self.controller.document is None:
            return
        key = key or self.composer.current_key()
        cited = self._cited()
        again = [claim_id for claim_id in ids if claim_id in cited]
        if again:
            names = []
            for claim_id in again:
                try:
                    names.append(translate("MainWindow", "{claim} (in “{section}”)").format(
                        claim=claim_name(self.controller.claim(claim_id),
                                         language=self._briefing_language()),
                        section=cited[claim_id]))
                except NotFoundError:
                    names.append(claim_id)
            count = len(again)  # a plain name: lupdate skips a call with a call in it
            question = translate(
                "MainWindow", "These claims are already in the briefing:\n{claims}\n\nAdd "
                "them again?", None, count).format(claims="\n".join(names))
            if not self.prompter.confirm(translate("MainWindow", "Already in the briefing"),
                                         question, translate("MainWindow", "Add Again")):
                ids = [claim_id for claim_id in ids if claim_id not in cited]
                if not ids:
                    return
        try:
            self.controller.add_claims(ids, key, index)
        except BriefingError as exc:
            self.prompter.error(translate("MainWindow", "Cannot add the claim"), describe(exc))

    def focus_search(self) -> None:
        self.library_pane.search_box.setFocus()
        self.library_pane.search_box.selectAll()

    def _item_changed(self, uid: str, _reveal: bool) -> None:
        paragraph = self.inspector.paragraph
        if paragraph is not None and paragraph.uid == uid:
            self.inspect_item(paragraph)

    def inspect_library_claim(self, claim_id: str) -> None:
        """The claim at once; its similar claims when the lookup (off the GUI thread: a
        third of a second on a large library) answers, if the claim is still shown."""
        c = self.controller
        try:
            claim = c.claim(claim_id)
            source, linked = c.source(claim.source_id), c.linked(claim.id)
        except NotFoundError:
            self.inspector.show_claim(None, None)
            return
        self.inspector.show_claim(claim, source, similar=None, linked=linked, editable=True)

        def found(similar):
            if self.inspector.claim is claim:
                self.inspector.show_claim(claim, source, similar=similar, linked=linked,
                                          editable=True)

        c.find_similar(claim, found)

    def inspect_item(self, item) -> None:
        """What is selected in the outline, in the inspector: a claim, a paragraph, or (a
        section) nothing: never what was shown before."""
        if isinstance(item, Paragraph):
            try:
                section, _index = self.controller.document.find(item.uid)
            except BriefingError:
                return
            self.inspector.show_paragraph(item, section.heading)
            return
        if not isinstance(item, CitedClaim):
            self.inspector.show_claim(None, None)
            return
        try:
            source = self.controller.source(item.source.id)
        except NotFoundError:
            source = item.source
        self.inspector.show_claim(item.claim, source, self.controller.drift_message(item.uid))

    def show_in_source(self, claim_id: str) -> None:
        claim = self.inspector.claim
        try:
            source = self.controller.source(claim.source_id)
        except NotFoundError as exc:
            self.prompter.error(translate("MainWindow", "Source not available"), describe(exc))
            return
        self.open_source(source, claim)

    def show_help(self) -> None:
        composer = self.composer
        self.prompter.show_text(translate("MainWindow", "Briefing Help"), help_html(
            [a.menu() for a in self.menuBar().actions() if a.menu() is not None],
            [composer.add_text_button, composer.up_button, composer.down_button,
             composer.remove_button]))

    def show_about(self) -> None:
        library = (self.controller.library.bundle_version if self.controller.library_ready
                   else None) or translate("MainWindow", "unknown")
        try:
            licences = notices.everything(self.resources) if self.resources else ""
        except OSError as exc:
            licences = translate("MainWindow", "The licence files are missing ({error}); this "
                                 "installation is incomplete.").format(error=exc)

        summary = {"version": __version__, "library": library, "attribution": {
            "phrase": notices.ATTRIBUTION_PHRASE, "copyright": notices.ATTRIBUTION_COPYRIGHT,
            "url": notices.ATTRIBUTION_URL}}
        self.prompter.about(summary, licences)
