"""The briefing's title and metadata as a form; the template's required fields are marked *."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from briefing.core.documents import FIELD_LABELS
from briefing.gui.language import field_label, translate


class MetadataForm(QWidget):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.layout_ = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for name in FIELD_LABELS:
            label = field_label(name)
            edit = QLineEdit()
            edit.setAccessibleName(label)
            edit.editingFinished.connect(lambda n=name: self._commit(n))
            text = QLabel(translate("MetadataForm", "{field}:").format(field=label), buddy=edit)
            self.layout_.addRow(text, edit)
            self.edits[name], self.labels[name] = edit, text
        self.edits["date"].setPlaceholderText(translate("MetadataForm", "YYYY-MM-DD"))
        self.edits["classification"].setPlaceholderText(translate(
            "MetadataForm", "e.g. OFFICIAL, PROTECTED"))
        self.edits["language"].setPlaceholderText(translate(
            "MetadataForm", "e.g. en-GB, de-DE (default: the template's)"))
        controller.documentReplaced.connect(self.load)
        controller.metadataChanged.connect(self.load)
        self.load()

    def _commit(self, name: str) -> None:
        if self.controller.document is not None:
            self.controller.set_field(name, self.edits[name].text())

    def commit_all(self) -> None:
        for name in self.edits:
            self._commit(name)

    def load(self) -> None:
        doc = self.controller.document
        self.setEnabled(doc is not None)
        required = set()
        if doc is not None:
            try:
                required = set(self.controller.template().required_metadata)
            except Exception:
                required = set()
        for name, edit in self.edits.items():
            value = ""
            if doc is not None:
                value = getattr(doc, name) if name in ("title", "subtitle") else getattr(
                    doc.metadata, name)
            if edit.text() != value:
                edit.setText(value)
            mark = " *" if name in required else ""
            self.labels[name].setText(translate("MetadataForm", "{field}:").format(
                field=field_label(name) + mark))
            edit.setToolTip(translate("MetadataForm", "Required by this template") if mark
                            else "")
