"""The composer: the briefing's sections as an outline, and boxes for the selected item's text.

The boxes are always bound to the item selected in the outline and say which one in words.
What is typed reaches the briefing at once, key by key, as undoable edits (consecutive keys
merge into one "Typing" step; see ``commands.Typing``), so nothing is pending: there is no
commit timer, and nothing typed can land in another item or come back after an Undo. A text
edit is not a structure change: the outline updates that one row. The boxes are reloaded only
when the selection moves to another item; an Undo or Redo of a text edit changes just the
characters concerned, in place.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefing.core.documents import CitedClaim, Paragraph, UnknownItemError
from briefing.core.documents.preflight import claim_name, length
from briefing.gui.commands import text_of
from briefing.gui.language import translate
from briefing.gui.messages import length_text, pdf_length_text
from briefing.gui.outline_model import KeyRole, OutlineModel
from briefing.gui.widgets.text_box import TextBox

WARNING_STYLE = "color: #b71c1c; font-weight: bold;"


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the view's width: a long paragraph shows whole."""

    def sizeHint(self, option, index):  # noqa: N802
        size = super().sizeHint(option, index)
        view = self.parent()
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = view.viewport().width() - view.indentation() * (depth + 1) - 12
        text = index.data(Qt.DisplayRole) or ""
        if width <= 40 or not text:
            return size
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 1_000_000),
                                                 Qt.TextWordWrap, text)
        return QSize(size.width(), max(size.height(), bounds.height() + 8))


class OutlineView(QTreeView):
    """Delete removes; Ctrl+Up/Down moves the selected item (across sections at the ends).
    Rows wrap their text; a change of width lays them out again."""

    removeRequested = Signal()  # noqa: N815
    moveRequested = Signal(int)  # noqa: N815

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.scheduleDelayedItemsLayout()

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() == Qt.Key_Delete:
            self.removeRequested.emit()
            return
        if event.modifiers() & Qt.ControlModifier and event.key() in (Qt.Key_Up, Qt.Key_Down):
            self.moveRequested.emit(-1 if event.key() == Qt.Key_Up else 1)
            return
        super().keyPressEvent(event)


class ComposerPane(QWidget):
    itemSelected = Signal(object)  # noqa: N815  the selected item (CitedClaim, Paragraph) or None

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.model = OutlineModel(controller, self)
        self.view = OutlineView(self)
        self.view.setObjectName("outlineView")
        self.view.setAccessibleName(translate("Composer", "Briefing outline"))
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(True)  # long paragraphs wrap: the whole text shows
        self.view.setItemDelegate(WrappingDelegate(self.view))
        self.view.setTextElideMode(Qt.ElideNone)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.view.setDragDropMode(QAbstractItemView.DragDrop)
        self.view.setDefaultDropAction(Qt.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setAcceptDrops(True)
        self.editor = TextBox()
        self.editor.setObjectName("textBox")
        self.editor.setAccessibleName(translate("Composer", "Paragraph or commentary text"))
        self.editor.setPlaceholderText(translate(
            "Composer", "Select a paragraph to edit it, or a claim to write commentary on it."))
        self.note_editor = TextBox()
        self.note_editor.setObjectName("privateNoteBox")
        self.note_editor.setAccessibleName(translate("Composer", "Private note (never exported)"))
        self.note_editor.setPlaceholderText(translate(
            "Composer", "A reminder for yourself: kept in the file, never exported."))
        self.editor_label = QLabel(translate("Composer", "Text"), buddy=self.editor)
        self.editor_label.setWordWrap(True)
        self.note_label = QLabel(translate("Composer", "Private note"), buddy=self.note_editor)
        self.length_label = QLabel()
        self.length_label.setAccessibleName(translate("Composer", "Length of the briefing"))
        self.length_label.setWordWrap(True)  # a warning never widens the pane
        self.length_label.setToolTip(translate(
            "Composer", "Pages are counted on the PDF export, typeset in the background a "
            "moment after each change (a Word document may break pages a little differently). "
            "Until then, and if no PDF can be made, they are estimated from the words."))
        buttons = QGridLayout()
        self.add_text_button = QPushButton(translate("Composer", "Add &Paragraph"))
        self.add_text_button.setToolTip(translate(
            "Composer", "Add your own paragraph after the selected item (Ctrl+Shift+P)"))
        self.up_button = QPushButton(translate("Composer", "&Move Up"))
        self.up_button.setToolTip(translate("Composer", "Move the selected item up (Ctrl+Up)"))
        self.down_button = QPushButton(translate("Composer", "Move Dow&n"))
        self.down_button.setToolTip(translate("Composer",
                                              "Move the selected item down (Ctrl+Down)"))
        self.remove_button = QPushButton(translate("Composer", "Remove Entr&y"))
        self.remove_button.setToolTip(translate("Composer", "Remove the selected item (Delete)"))
        # Two rows of two: the pane (and the window) can be narrow, as on half a laptop screen.
        for position, button in enumerate((self.add_text_button, self.remove_button,
                                           self.up_button, self.down_button)):
            buttons.addWidget(button, position // 2, position % 2)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view, 1)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.length_label)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.editor_label)
        bottom_layout.addWidget(self.editor, 3)
        bottom_layout.addWidget(self.note_label)
        bottom_layout.addWidget(self.note_editor, 1)
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.setObjectName("composerSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])  # the outline gets the larger share at first
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._bound = None  # the item the boxes show (a CitedClaim or Paragraph), or None
        self._bound_key = None  # its section
        self._gone_while_typing = ""  # the item removed (Undo, Remove) while its box was typed in
        self.editor.edited.connect(lambda *change: self._typed("text", *change))
        self.note_editor.edited.connect(lambda *change: self._typed("private_note", *change))
        self.add_text_button.clicked.connect(self.add_paragraph)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.removeRequested.connect(self.remove_selected)
        self.view.moveRequested.connect(self.move_selected)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        controller.structureChanged.connect(self._after_change)
        controller.itemChanged.connect(self._item_changed)
        controller.documentReplaced.connect(self._after_replace)
        controller.templatesReady.connect(self._update_length)
        controller.page_counter.counted.connect(self._update_length)
        self._bind(None)

    # ---- selection -------------------------------------------------------------------------

    def current_key(self) -> str | None:
        index = self.view.currentIndex()
        key = index.data(KeyRole) if index.isValid() else None
        if key is None and self.controller.document and self.controller.document.sections:
            key = self.controller.document.sections[0].key
        return key

    def current_item(self):
        return self.model.item_at(self.view.currentIndex())

    def bound_item(self):
        """The item the text boxes are bound to (the selected one), or None."""
        return self._bound

    def select_uid(self, uid: str) -> None:
        index = self.model.item_index(uid)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def select_section(self, key: str) -> None:
        index = self.model.section_index(key)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _after_replace(self) -> None:
        self._gone_while_typing = ""
        self.model.reload()
        self.view.expandAll()
        self._bind(None)
        self._update_length()

    def _after_change(self, select: str) -> None:
        """Items were added, removed or moved: the outline is rebuilt, and the selection (and
        with it the boxes) goes to ``select``, else stays on the bound item, else (the bound
        item is gone: an Undo of its Add) to its section, with the boxes disabled."""
        bound, key = self._bound, self._bound_key
        self.model.reload()  # clears the view's current index without a signal
        self.view.expandAll()
        target = select or (bound.uid if bound is not None and self._exists(bound.uid) else "")
        if target and self.model.item_index(target).isValid():
            self.select_uid(target)
            if target == self._gone_while_typing and self.view.hasFocus():
                # Back (Redo, Undo): the keyboard goes back into its box, where it was.
                self.editor.setFocus(Qt.OtherFocusReason)
            self._gone_while_typing = ""
        else:
            gone = bound is not None and not self._exists(bound.uid)
            typing = self.editor.hasFocus() or self.note_editor.hasFocus()
            if key is not None and self.model.section_index(key).isValid():
                self.select_section(key)
            self._bind(self.current_item())
            if gone and typing:  # the keyboard goes to the outline, not somewhere unseen
                self.view.setFocus(Qt.OtherFocusReason)
                self._gone_while_typing = bound.uid
            if gone and self.controller.last_undone:  # an Undo of its Add
                self.editor_label.setText(translate(
                    "Composer", "The item you were writing in was removed (Undo); Redo brings "
                    "it back with its text."))
            elif gone:  # Remove, Delete
                self.editor_label.setText(translate(
                    "Composer", "The item you were writing in was removed; Edit > Undo brings "
                    "it back with its text."))
        self._update_length()

    def _exists(self, uid: str) -> bool:
        try:
            self.controller.document.find(uid)
        except (UnknownItemError, AttributeError):
            return False
        return True

    def _selection_changed(self) -> None:
        item = self.current_item()
        if item is not self._bound:
            self._bind(item)
        elif item is not None:
            self._label()  # the same item, moved: "Paragraph 3 of …" may have changed

    def _bind(self, item) -> None:
        """Show ``item``'s text in the boxes (None: disable them)."""
        self._bound = item
        self._bound_key = None
        if item is not None:
            try:
                self._bound_key = self.controller.document.find(item.uid)[0].key
            except UnknownItemError:
                item = self._bound = None
        editable = item is not None
        self.editor.load(text_of(item, "text") if editable else "")
        self.note_editor.load(item.private_note if editable else "")
        self.editor.setEnabled(editable)
        self.note_editor.setEnabled(editable)
        self._label()
        self.itemSelected.emit(item)

    def _label(self) -> None:
        item = self._bound
        if isinstance(item, CitedClaim):
            self.editor_label.setText(translate(
                "Composer", "Commentary on “{claim}” — printed in the briefing after the claim:"
            ).format(claim=claim_name(item.claim, language=self._language())[1:-1]))
            self.note_label.setText(translate(
                "Composer", "Private note on this claim — kept in the file, never exported:"))
            self.editor.setPlaceholderText(translate(
                "Composer", "No commentary: type here to add one (optional)."))
        elif isinstance(item, Paragraph):
            section, index = self.controller.document.find(item.uid)
            self.editor_label.setText(translate(
                "Composer", "Paragraph {number} of “{section}” — your own text, printed as "
                "written:").format(number=index + 1, section=section.heading))
            self.note_label.setText(translate(
                "Composer", "Private note on this paragraph — kept in the file, never "
                "exported:"))
            self.editor.setPlaceholderText(translate(
                "Composer", "An empty paragraph: type its text here."))
        else:
            self.editor_label.setText(translate(
                "Composer", "Text (select a paragraph or a claim in the outline):"))
            self.note_label.setText(translate("Composer", "Private note:"))
            self.editor.setPlaceholderText(translate(
                "Composer", "Select a paragraph to edit it, or a claim to write commentary on it."))

    def _language(self) -> str:
        """The briefing's language: the outline and the labels name claims by the statement
        the export prints."""
        try:
            return self.controller.language()
        except Exception:  # noqa: BLE001  (its template unreadable: the claim's own words)
            return ""

    # ---- edits -------------------------------------------------------------------------------

    def _typed(self, field: str, text: str, position: int, removed: int, added: int,
               label: str, fresh: bool = False) -> None:
        if self._bound is None:
            return
        self.controller.type_text(self._bound.uid, field, text, position, removed, added, label,
                                  fresh)

    def _item_changed(self, uid: str, reveal: bool) -> None:
        """One item's text changed: typed here (the boxes hold it already), or an Undo or
        Redo (the boxes show the item and the change at once)."""
        self._update_length()
        if reveal and (self._bound is None or self._bound.uid != uid):
            self.select_uid(uid)  # binds the boxes to it, with its current text
            return
        if self._bound is not None and self._bound.uid == uid:
            self.editor.apply(text_of(self._bound, "text"))
            self.note_editor.apply(self._bound.private_note)

    def commit_text(self) -> None:
        """Nothing is ever pending (typing is applied key by key); kept for callers that
        flush edits before saving."""

    def add_paragraph(self) -> None:
        key = self.current_key()
        if key is None:
            return
        item = self.current_item()
        index = None
        if item is not None:
            _section, position = self.controller.document.find(item.uid)
            index = position + 1
        uid = self.controller.add_paragraph(key, "", index)
        self.select_uid(uid)
        self.editor.setFocus(Qt.OtherFocusReason)

    def remove_selected(self) -> None:
        item = self.current_item()
        if item is not None:
            self.controller.remove_item(item.uid)

    def move_selected(self, step: int) -> None:
        item = self.current_item()
        if item is None:
            return
        doc = self.controller.document
        section, index = doc.find(item.uid)
        keys = [s.key for s in doc.sections]
        position = keys.index(section.key)
        if 0 <= index + step < len(section.items):
            target = (section.key, index + step + (1 if step > 0 else 0))
        elif step < 0 and position > 0:
            previous = doc.sections[position - 1]
            target = (previous.key, len(previous.items))
        elif step > 0 and position < len(keys) - 1:
            target = (keys[position + 1], 0)
        else:
            return
        self.controller.move_item(item.uid, *target)

    # ---- length ------------------------------------------------------------------------------

    def _update_length(self) -> None:
        """Words, and pages as the PDF has them (the last count, until the next one is in;
        an estimate before the first count and when no PDF can be made)."""
        doc = self.controller.document
        if doc is None:
            self.length_label.setText("")
            return
        size = length(doc, self._language())
        counter = self.controller.page_counter
        pages = None if counter.unavailable else counter.last_pages()
        text = translate("Composer", "Whole briefing: {length}").format(
            length=length_text(size) if pages is None else pdf_length_text(size.words, pages))
        over = False
        template = self._template()
        budget = template.page_budget if template is not None else 0
        # The estimate warns only when no PDF can be counted: it was wrong both ways.
        if budget and (pages > budget if pages is not None else
                       counter.unavailable and size.pages > budget):
            text += translate("Composer", " — longer than the %n page(s) this template allows",
                              None, budget)
            over = True
        self.length_label.setText(text)
        self.length_label.setStyleSheet(WARNING_STYLE if over else "")

    def _template(self):
        if not self.controller.templates_ready:
            return None
        try:
            return self.controller.template()
        except Exception:  # noqa: BLE001  (a missing template: no promise to warn about)
            return None
