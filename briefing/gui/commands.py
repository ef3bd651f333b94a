"""Undoable edits of the open briefing: each wraps one core operation and its inverse."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from briefing.core.documents import Briefing, CitedClaim, Item, Paragraph


class _Edit(QUndoCommand):
    def __init__(self, controller, text: str):
        super().__init__(text)
        self.controller = controller

    @property
    def doc(self) -> Briefing:
        return self.controller.document


class InsertItems(_Edit):
    def __init__(self, controller, key: str, items: list[Item], index: int | None, text: str):
        super().__init__(controller, text)
        self.key, self.items = key, items
        self.index = len(controller.document.section(key).items) if index is None else index

    def redo(self):
        for offset, item in enumerate(self.items):
            self.doc.insert(self.key, item, self.index + offset)
        self.controller.changed(structure=True, select=self.items[-1].uid)

    def undo(self):
        for item in self.items:
            self.doc.remove(item.uid)
        self.controller.changed(structure=True)


class RemoveItem(_Edit):
    def __init__(self, controller, uid: str):
        super().__init__(controller, "Remove Item")
        self.uid = uid
        self.key = self.index = self.item = None

    def redo(self):
        self.key, self.index, self.item = self.doc.remove(self.uid)
        self.controller.changed(structure=True)

    def undo(self):
        self.doc.insert(self.key, self.item, self.index)
        self.controller.changed(structure=True, select=self.uid)


class MoveItem(_Edit):
    def __init__(self, controller, uid: str, key: str, index: int):
        super().__init__(controller, "Move Item")
        section, old_index = controller.document.find(uid)
        self.uid, self.old = uid, (section.key, old_index)
        self.new = (key, index)

    def redo(self):
        self.doc.move(self.uid, *self.new)
        self.controller.changed(structure=True, select=self.uid)

    def undo(self):
        self.doc.move(self.uid, *self.old)
        self.controller.changed(structure=True, select=self.uid)


class SetText(_Edit):
    """A paragraph's text or a claim's commentary; typing merges into one undo step."""

    ID = 1001

    def __init__(self, controller, uid: str, text: str):
        section, index = controller.document.find(uid)
        item = section.items[index]
        label = "Edit Paragraph" if isinstance(item, Paragraph) else "Edit Commentary"
        super().__init__(controller, label)
        self.uid = uid
        self.before = item.text if isinstance(item, Paragraph) else item.comment
        self.after = text

    def id(self):
        return self.ID

    def mergeWith(self, other):  # noqa: N802 (Qt API)
        if not isinstance(other, SetText) or other.uid != self.uid:
            return False
        self.after = other.after
        return True

    def _set(self, text: str):
        section, index = self.doc.find(self.uid)
        item = section.items[index]
        if isinstance(item, CitedClaim):
            item.comment = text
        else:
            item.text = text
        self.controller.changed(structure=True, select=self.uid, text_only=True)

    def redo(self):
        self._set(self.after)

    def undo(self):
        self._set(self.before)


class SetField(_Edit):
    """Title, subtitle or a metadata field."""

    ID = 1002

    def __init__(self, controller, name: str, value: str, label: str):
        super().__init__(controller, f"Edit {label}")
        self.name = name
        self.before = self._get(controller.document)
        self.after = value

    def _get(self, doc):
        return getattr(doc, self.name) if self.name in ("title", "subtitle") else getattr(
            doc.metadata, self.name)

    def id(self):
        return self.ID

    def mergeWith(self, other):  # noqa: N802
        if not isinstance(other, SetField) or other.name != self.name:
            return False
        self.after = other.after
        return True

    def _set(self, value: str):
        target = self.doc if self.name in ("title", "subtitle") else self.doc.metadata
        setattr(target, self.name, value)
        self.controller.changed(metadata=True)

    def redo(self):
        self._set(self.after)

    def undo(self):
        self._set(self.before)
