"""File › Import Document: the metadata form, pre-filled from what the file itself says."""

from __future__ import annotations

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

FIELDS = (("title", "&Title *"), ("title_short", "S&hort title"), ("author", "&Author"),
          ("outlet", "&Outlet"),
          ("publisher", "Original &publisher"), ("date", "&Date"), ("url", "&URL"),
          ("language", "&Language"), ("accessed", "A&ccessed"))


class ImportDialog(QDialog):
    def __init__(self, document, name: str, save, parent=None):
        super().__init__(parent)
        self.setWindowTitle(f"Import {name}")
        self.save_fn = save
        meta = dict(document.metadata)
        if meta.get("published"):
            meta["date"] = ("c. " if meta.get("date_approximate") else "") + meta["published"]
        meta.setdefault("language", document.language)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label in FIELDS:
            edit = QLineEdit(str(meta.get(key, "") or ""))
            edit.setAccessibleName(label.replace("&", "").rstrip(" *"))
            self.edits[key] = edit
            form.addRow(label + ":", edit)
        self.edits["date"].setPlaceholderText("YYYY-MM-DD, 'c. 2025' or 'unknown'")
        self.edits["date"].setToolTip("Dates read from the file's properties are often the "
                                      "day the file was made: check them.")
        self.edits["language"].setToolTip("Detected from the text; a code like de, en, zh")
        notes = [f"{document.format.upper()}, {len(document.text):,} characters."]
        notes += document.warnings
        if document.repeats:
            notes.append(f"{len(document.repeats)} passage(s) appear twice in the text; "
                         "claims should cite the first.")
        self.info = QLabel("\n".join(notes), wordWrap=True)
        self.preview = QPlainTextEdit(document.text[:3000], readOnly=True)
        self.preview.setAccessibleName("Extracted text")
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #c62828")
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText("&Import")
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
            self.error.setText(str(exc))
            return
        self.accept()
