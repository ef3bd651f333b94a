"""File › New: choose a template, seeing each one's description and sections."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout

from briefing.gui.language import translate


class NewBriefingDialog(QDialog):
    def __init__(self, templates, parent=None, preferred: str = ""):
        """``preferred``: the id of the template to preselect (one in the interface's
        language); else the first."""
        super().__init__(parent)
        self.setWindowTitle(translate("NewBriefingDialog", "New Briefing"))
        self.templates = templates
        self.list = QListWidget()
        self.list.setAccessibleName(translate("NewBriefingDialog", "Templates"))
        self.description = QLabel(wordWrap=True)
        self.description.setMinimumHeight(90)
        for template in templates:
            self.list.addItem(template.name)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("NewBriefingDialog", "&Template:"), buddy=self.list))
        layout.addWidget(self.list)
        layout.addWidget(self.description)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._describe)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        ids = [template.id for template in templates]
        self.list.setCurrentRow(ids.index(preferred) if preferred in ids else 0)

    def _describe(self, row: int) -> None:
        if 0 <= row < len(self.templates):
            template = self.templates[row]
            sections = ", ".join(s.heading for s in template.sections)
            self.description.setText(translate(
                "NewBriefingDialog", "{description}\n\nSections: {sections}").format(
                description=template.description, sections=sections))

    def chosen(self):
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None
