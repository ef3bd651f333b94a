"""File › Import Document: the metadata form, pre-filled from what the file itself says."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from briefing.core.errors import BriefingError
from briefing.gui.language import QT_TRANSLATE_NOOP, translate
from briefing.gui.messages import describe

FIELDS = (("title", QT_TRANSLATE_NOOP("ImportDialog", "&Title *")),
          ("title_short", QT_TRANSLATE_NOOP("ImportDialog", "S&hort title")),
          ("author", QT_TRANSLATE_NOOP("ImportDialog", "&Author")),
          ("outlet", QT_TRANSLATE_NOOP("ImportDialog", "&Outlet")),
          ("publisher", QT_TRANSLATE_NOOP("ImportDialog", "Original &publisher")),
          ("date", QT_TRANSLATE_NOOP("ImportDialog", "&Date")),
          ("url", QT_TRANSLATE_NOOP("ImportDialog", "&URL")),
          ("language", QT_TRANSLATE_NOOP("ImportDialog", "&Language")),
          ("accessed", QT_TRANSLATE_NOOP("ImportDialog", "A&ccessed")))


class ImportDialog(QDialog):
    def __init__(self, document, name: str, save, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("ImportDialog", "Import {file}").format(file=name))
        self.save_fn = save
        meta = dict(document.metadata)
        if meta.get("published"):
            meta["date"] = ("c. " if meta.get("date_approximate") else "") + meta["published"]
        meta.setdefault("language", document.language)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, english in FIELDS:
            label = translate("ImportDialog", english)
            edit = QLineEdit(str(meta.get(key, "") or ""))
            edit.setAccessibleName(label.replace("&", "").rstrip(" *"))
            self.edits[key] = edit
            form.addRow(translate("ImportDialog", "{field}:").format(field=label), edit)
        self.edits["date"].setPlaceholderText(translate(
            "ImportDialog", "YYYY-MM-DD, 'c. 2025' or 'unknown'"))
        self.edits["date"].setToolTip(translate(
            "ImportDialog", "Dates read from the file's properties are often the day the file "
            "was made: check them."))
        self.edits["language"].setToolTip(translate(
            "ImportDialog", "Detected from the text; a code like de, en, zh"))
        notes = [translate("ImportDialog", "{format}, {count} characters.").format(
            format=document.format.upper(), count=QLocale().toString(len(document.text)))]
        notes += [translate("core", warning) for warning in document.warnings]
        if document.repeats:
            repeats = len(document.repeats)  # a plain name: lupdate skips len(...) in a call
            notes.append(translate(
                "ImportDialog", "%n passage(s) appear twice in the text; claims should cite "
                "the first.", None, repeats))
        self.info = QLabel("\n".join(notes), wordWrap=True)
        self.preview = QPlainTextEdit(document.text[:3000], readOnly=True)
        self.preview.setAccessibleName(translate("ImportDialog", "Extracted text"))
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #c62828")
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(translate("ImportDialog", "&Import"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 620)
        self.source = None

    def overrides(self) -> dict:
        return {key: edit.text().strip() for key, edit in self.edits.items()
                if edit.text().strip()}

    def try_save(self) -> None:
        try:
            self.source = self.save_fn(self.overrides())
        except BriefingError as exc:
            self.error.setText(describe(exc))
            return
        self.accept()
