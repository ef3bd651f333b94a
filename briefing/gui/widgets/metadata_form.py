"""The briefing's title and metadata as a form; the template's required fields are marked *."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from briefing.core.documents import FIELD_LABELS
from briefing.core.text.controls import has_controls, strip_controls
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
            edit.textEdited.connect(lambda text, e=edit: _without_controls(e, text))
            text = QLabel(translate("MetadataForm", "{field}:").format(field=label), buddy=edit)
            self.layout_.addRow(text, edit)
            self.edits[name], self.labels[name] = edit, text
        controller.documentReplaced.connect(self.load)
        controller.metadataChanged.connect(self.load)
        self.load()

    def _hints(self, template) -> None:
        """Examples in the form the briefing's template writes (German markings and dates
        for a German template)."""
        language = str(getattr(template, "language", "") or "")
        german = language.split("-")[0].lower() == "de"
        self.edits["date"].setPlaceholderText(
            translate("MetadataForm", "e.g. 04.08.2025 or 4. August 2025") if german else
            translate("MetadataForm", "e.g. 2025-08-04 or 4 August 2025"))
        self.edits["classification"].setPlaceholderText(
            translate("MetadataForm", "e.g. VS-NUR FÜR DEN DIENSTGEBRAUCH, VS-VERTRAULICH")
            if german else translate("MetadataForm", "e.g. OFFICIAL, PROTECTED"))
        self.edits["language"].setPlaceholderText(translate(
            "MetadataForm", "e.g. en-GB, de-DE (default: the template's)"))

    def _commit(self, name: str) -> None:
        if self.controller.document is not None:
            self.controller.set_field(name, self.edits[name].text())

    def commit_all(self) -> None:
        for name in self.edits:
            self._commit(name)

    def load(self) -> None:
        doc = self.controller.document
        self.setEnabled(doc is not None)
        required, template = set(), None
        if doc is not None:
            try:
                template = self.controller.template()
                required = set(template.required_metadata)
            except Exception:  # noqa: BLE001  (an unreadable template: the usual names)
                template = None
        self._hints(template)
        for name, edit in self.edits.items():
            value = ""
            if doc is not None:
                value = getattr(doc, name) if name in ("title", "subtitle") else getattr(
                    doc.metadata, name)
            if edit.text() != value:
                edit.setText(value)
            mark = " *" if name in required else ""
            self.labels[name].setText(translate("MetadataForm", "{field}:").format(
                field=shown_label(name, template) + mark))
            self.edits[name].setAccessibleName(shown_label(name, template))
            edit.setToolTip(translate("MetadataForm", "Required by this template") if mark
                            else "")


def shown_label(name: str, template) -> str:
    """A field's name in the form: the template's own when it has one ("Betreff (Titel)"),
    else the interface's ("Titel"). The export prints the template's name."""
    usual = field_label(name)
    own = template.label(name) if template is not None else ""
    if not own or own.lower() in (usual.lower(), FIELD_LABELS.get(name, name).lower()):
        return usual
    return translate("MetadataForm", "{own} ({usual})").format(own=own, usual=usual)


def _without_controls(edit: QLineEdit, text: str) -> None:
    """What was pasted or typed into ``edit``, without control characters (Word and the PDF
    print them as "\ufffd"); the cursor stays after what was entered."""
    if has_controls(text):
        position = len(strip_controls(text[:edit.cursorPosition()]))
        edit.setText(strip_controls(text))
        edit.setCursorPosition(position)
