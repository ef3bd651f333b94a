"""Undoable edits of the open briefing: each wraps one core operation and its inverse.

A step's name (Edit → Undo "Typing", the undo history) is given in English by whoever makes
the step and shown in the interface's language: ``step_name`` looks it up under the context
"Commands", where every name is listed below (``STEP_NAMES``).
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from briefing.core.documents import Briefing, CitedClaim, Item, Paragraph
from briefing.gui.language import QT_TRANSLATE_NOOP, translate

# Every step's name, for the translation (the controller and the text box name steps too).
STEP_NAMES = (
    QT_TRANSLATE_NOOP("Commands", "Typing"), QT_TRANSLATE_NOOP("Commands", "Paste"),
    QT_TRANSLATE_NOOP("Commands", "Cut"), QT_TRANSLATE_NOOP("Commands", "Drop"),
    QT_TRANSLATE_NOOP("Commands", "Add Claim"), QT_TRANSLATE_NOOP("Commands", "Add Paragraph"),
    QT_TRANSLATE_NOOP("Commands", "Remove Item"), QT_TRANSLATE_NOOP("Commands", "Move Item"),
    QT_TRANSLATE_NOOP("Commands", "Edit Paragraph"),
    QT_TRANSLATE_NOOP("Commands", "Edit Commentary"),
    QT_TRANSLATE_NOOP("Commands", "Edit Private Note"),
    QT_TRANSLATE_NOOP("Commands", "Retire Claim"), QT_TRANSLATE_NOOP("Commands", "Restore Claim"),
)


def step_name(text: str) -> str:
    """A step's English name as the interface shows it."""
    return translate("Commands", text)


class _Edit(QUndoCommand):
    touches_document = True  # False: a change to the library, which does not make the file dirty

    def __init__(self, controller, text: str):
        super().__init__(step_name(text))
        self.controller = controller

    @property
    def doc(self) -> Briefing:
        return self.controller.document


TEXT_FIELDS = ("text", "comment", "private_note")  # a paragraph's text; a claim's commentary


def text_of(item: Item, field: str) -> str:
    """``field`` of an item: "text" is a paragraph's words or a claim's commentary."""
    if field == "text":
        return item.text if isinstance(item, Paragraph) else item.comment
    return getattr(item, field)


def _set_text_of(item: Item, field: str, value: str) -> None:
    if field == "text" and isinstance(item, CitedClaim):
        item.comment = value
    else:
        setattr(item, field, value)


class InsertItems(_Edit):
    def __init__(self, controller, key: str, items: list[Item], index: int | None, text: str):
        """``text`` names the step; claims added several at once are named by their number."""
        super().__init__(controller, text)
        if len(items) > 1 and all(isinstance(item, CitedClaim) for item in items):
            count = len(items)  # a plain name: lupdate skips a call with a call in it
            self.setText(translate("Commands", "Add %n Claims", None, count))
        self.key, self.items = key, items
        self.index = len(controller.document.section(key).items) if index is None else index

    def redo(self):
        for offset, item in enumerate(self.items):
            self.doc.insert(self.key, item, self.index + offset)
        self.controller.changed(structure=True, select=self.items[-1].uid)

    def undo(self):
        for item in self.items:
            self.doc.remove(item.uid)
        self.controller.changed(structure=True, undone=True)


class RemoveItem(_Edit):
    def __init__(self, controller, uid: str):
        super().__init__(controller, "Remove Item")
        self.uid = uid
        self.key = self.index = self.item = None

    def redo(self):
        section, index = self.doc.find(self.uid)
        items = section.items
        # The neighbour takes the selection: the next item, else the one before.
        neighbour = (items[index + 1].uid if index + 1 < len(items)
                     else items[index - 1].uid if index > 0 else "")
        self.key, self.index, self.item = self.doc.remove(self.uid)
        self.controller.changed(structure=True, select=neighbour)

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
    """A paragraph's text, a claim's commentary or an item's private note, set as a whole
    (scripts, the command line's equivalents). Typing in the composer is ``Typing``."""

    def __init__(self, controller, uid: str, text: str, field: str = "text"):
        section, index = controller.document.find(uid)
        item = section.items[index]
        label = {"private_note": "Edit Private Note"}.get(field) or (
            "Edit Paragraph" if isinstance(item, Paragraph) else "Edit Commentary")
        super().__init__(controller, label)
        self.uid, self.field = uid, field
        self.before = text_of(item, field)
        self.after = text

    def _set(self, text: str, reveal: bool = True):
        section, index = self.doc.find(self.uid)
        _set_text_of(section.items[index], self.field, text)
        self.controller.changed(item=self.uid, reveal=reveal)

    def redo(self):
        self._set(self.after)

    def undo(self):
        self._set(self.before)


class Typing(SetText):
    """Keys typed into the composer's text box, applied as they are typed.

    Consecutive typing in one box merges into one "Typing" step, as word processors do: each
    key continues where the last one ended (typing on, Backspace, Delete). A step ends when
    the cursor goes elsewhere, another box or item is edited, any other edit comes between,
    or the file is saved (Qt does not merge into the saved state). A key typed over a
    selection starts a step that the keys after it continue (one Undo gives the selection
    back, as in Word and Qt's own boxes), and a word an input method commits is typing like
    any key; a paste, a cut or a drop is a step of its own.
    """

    ID = 1001

    def __init__(self, controller, uid: str, field: str, text: str, position: int,
                 removed: int, added: int, label: str = "Typing", fresh: bool = False):
        super().__init__(controller, uid, text, field)
        self.setText(step_name(label))
        self.start, self.end = position, position + added
        self.removed, self.added = removed, added
        # One key, or a word an input method composed: it may continue a step (typing on,
        # Backspace, Delete) ...
        self.mergeable = label == "Typing" and (
            (removed, added) == (1, 0) or (removed == 0 and added >= 1))
        # ... and a step may go on after it, also after a key that replaced a selection.
        self.continuable = label == "Typing" and (added >= 1 or (removed, added) == (1, 0))
        self.fresh = fresh  # the cursor was put here by hand: a step of its own
        self._pushed = False

    def id(self):
        return self.ID

    def mergeWith(self, other):  # noqa: N802 (Qt API)
        if not (isinstance(other, Typing) and self.continuable and other.mergeable
                and not other.fresh and other.uid == self.uid and other.field == self.field):
            return False
        typed_on = other.added and other.start == self.end
        backspace = other.removed and other.start + other.removed == self.end
        delete = other.removed and other.start == self.end
        if not (typed_on or backspace or delete):
            return False
        self.after, self.end = other.after, other.end
        if self.after == self.before:
            self.setObsolete(True)  # typed and rubbed out: no step left
        return True

    def redo(self):
        # The first time, the box already shows the text (it was typed there): the box must
        # not be reloaded. Later (Redo) the box is updated and the item shown.
        self._set(self.after, reveal=self._pushed)
        self._pushed = True


class SetField(_Edit):
    """Title, subtitle or a metadata field."""

    ID = 1002

    def __init__(self, controller, name: str, value: str, label: str):
        super().__init__(controller, "")
        self.setText(translate("Commands", "Edit {field}").format(field=translate("Fields", label)))
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


class SetRetired(QUndoCommand):
    """Retire a library claim (hide it from search), or restore it: a change to the library,
    undoable from the same Edit menu as the briefing's edits."""

    touches_document = False

    def __init__(self, controller, claim_id: str, retired: bool, label: str):
        super().__init__(step_name(label))
        self.controller, self.claim_id, self.retired = controller, claim_id, retired

    def redo(self):
        self.controller.apply_retired(self.claim_id, self.retired)

    def undo(self):
        self.controller.apply_retired(self.claim_id, not self.retired)
