"""The composer: the briefing's sections as an outline, and an editor for the selected text."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefing.core.documents import CitedClaim, Paragraph
from briefing.gui.outline_model import KeyRole, OutlineModel


class OutlineView(QTreeView):
    """Delete removes; Ctrl+Up/Down moves the selected item (across sections at the ends)."""

    removeRequested = Signal()  # noqa: N815
    moveRequested = Signal(int)  # noqa: N815

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
        self.view.setAccessibleName("Briefing outline")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setWordWrap(True)
        self.view.setDragDropMode(QAbstractItemView.DragDrop)
        self.view.setDefaultDropAction(Qt.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setAcceptDrops(True)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName("Paragraph or commentary text")
        self.editor.setPlaceholderText("Select a paragraph to edit it, or a claim to add commentary.")
        self.editor.setEnabled(False)
        self.editor_label = QLabel("Text")
        buttons = QHBoxLayout()
        self.add_text_button = QPushButton("Add &Paragraph")
        self.add_text_button.setToolTip("Add your own paragraph to the current section")
        self.up_button = QPushButton("Move &Up")
        self.up_button.setToolTip("Move the selected item up (Ctrl+Up)")
        self.down_button = QPushButton("Move &Down")
        self.down_button.setToolTip("Move the selected item down (Ctrl+Down)")
        self.remove_button = QPushButton("&Remove")
        self.remove_button.setToolTip("Remove the selected item (Delete)")
        for button in (self.add_text_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.editor_label)
        layout.addWidget(self.editor, 1)
        self._edit_timer = QTimer(self, singleShot=True, interval=600)
        self._edit_timer.timeout.connect(self.commit_text)
        self._editing_uid = None
        self._loading = False
        self.editor.textChanged.connect(self._text_typed)
        self.add_text_button.clicked.connect(self.add_paragraph)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.removeRequested.connect(self.remove_selected)
        self.view.moveRequested.connect(self.move_selected)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        controller.structureChanged.connect(self._after_change)
        controller.documentReplaced.connect(self._after_replace)

    # ---- selection -------------------------------------------------------------------------

    def current_key(self) -> str | None:
        index = self.view.currentIndex()
        key = index.data(KeyRole) if index.isValid() else None
        if key is None and self.controller.document and self.controller.document.sections:
            key = self.controller.document.sections[0].key
        return key

    def current_item(self):
        return self.model.item_at(self.view.currentIndex())

    def select_uid(self, uid: str) -> None:
        index = self.model.item_index(uid)
        if index.isValid():
            self.view.setCurrentIndex(index)

    def select_section(self, key: str) -> None:
        index = self.model.section_index(key)
        if index.isValid():
            self.view.setCurrentIndex(index)

    def _after_replace(self) -> None:
        self.view.expandAll()
        self._selection_changed()

    def _after_change(self, uid: str) -> None:
        self.view.expandAll()
        if uid:
            self._loading = True  # keep the editor's cursor while the user types
            self.select_uid(uid)
            self._loading = False
        if not self._editing_uid:
            self._selection_changed()

    def _selection_changed(self) -> None:
        if self._loading:
            return
        self.commit_text()
        item = self.current_item()
        self._loading = True
        if isinstance(item, Paragraph):
            self.editor_label.setText("Paragraph:")
            self.editor.setPlainText(item.text)
            self.editor.setEnabled(True)
        elif isinstance(item, CitedClaim):
            self.editor_label.setText(f"Commentary on {item.claim_id}:")
            self.editor.setPlainText(item.comment)
            self.editor.setEnabled(True)
        else:
            self.editor_label.setText("Text")
            self.editor.clear()
            self.editor.setEnabled(False)
        self._editing_uid = item.uid if item is not None else None
        self._loading = False
        self.itemSelected.emit(item)

    # ---- edits -------------------------------------------------------------------------------

    def _text_typed(self) -> None:
        if not self._loading and self._editing_uid and not self._edit_timer.isActive():
            self._edit_timer.start()  # not restarted per keystroke: typing reaches the
            # document (and the autosave) within 0.6 s even while the user keeps typing

    def commit_text(self) -> None:
        """Apply pending typing as one undoable edit (also called before save and on switch)."""
        self._edit_timer.stop()
        uid = self._editing_uid
        if not uid or self.controller.document is None:
            return
        try:
            section, index = self.controller.document.find(uid)
        except Exception:
            self._editing_uid = None
            return
        item = section.items[index]
        current = item.text if isinstance(item, Paragraph) else item.comment
        text = self.editor.toPlainText()
        if text != current:
            editing, self._editing_uid = self._editing_uid, None
            self.controller.set_text(uid, text)
            self._editing_uid = editing

    def add_paragraph(self) -> None:
        key = self.current_key()
        if key is None:
            return
        item = self.current_item()
        index = None
        if item is not None:
            section, position = self.controller.document.find(item.uid)
            index = position + 1
        uid = self.controller.add_paragraph(key, "", index)
        self.select_uid(uid)
        self.editor.setFocus()

    def remove_selected(self) -> None:
        item = self.current_item()
        if item is not None:
            self._editing_uid = None
            self.controller.remove_item(item.uid)

    def move_selected(self, step: int) -> None:
        item = self.current_item()
        if item is None:
            return
        self.commit_text()
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
