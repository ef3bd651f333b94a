"""File › Export: format, citation style, options, the preflight findings, then a background export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
)

from briefing.export import with_extension
from briefing.export.pipeline import FORMATS, ExportSettings
from briefing.gui.language import QT_TRANSLATE_NOOP, translate
from briefing.gui.messages import describe

FORMAT_LABELS = {"docx": QT_TRANSLATE_NOOP("ExportDialog", "Word document (.docx)"),
                 "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF (.pdf)"),
                 "md": QT_TRANSLATE_NOOP("ExportDialog", "Markdown (.md)"),
                 "html": QT_TRANSLATE_NOOP("ExportDialog", "Web page (.html)")}


STYLE_KINDS = {"note": QT_TRANSLATE_NOOP("ExportDialog", "note"),
               "in-text": QT_TRANSLATE_NOOP("ExportDialog", "in-text")}


def format_label(key: str) -> str:
    return translate("ExportDialog", FORMAT_LABELS[key])


def style_kind(kind: str) -> str:
    """A citation style's class ("note", "in-text") in the interface's language."""
    return translate("ExportDialog", STYLE_KINDS[kind]) if kind in STYLE_KINDS else kind


class ExportDialog(QDialog):
    finished_export = Signal(object)  # ExportResult
    findingChosen = Signal(str, str, str)  # noqa: N815  a finding's section, item uid, field

    def __init__(self, controller, prompter, folder: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("ExportDialog", "Export Briefing"))
        self.controller, self.prompter, self.folder = controller, prompter, folder
        self.format = QComboBox()
        for key in FORMATS:
            self.format.addItem(format_label(key), key)
        self.style = QComboBox()
        default = controller.template().citation_style
        for style in controller.styles.list():
            self.style.addItem(f"{style.title} ({style_kind(style.kind)})", style.id)
            if style.id == default:
                self.style.setCurrentIndex(self.style.count() - 1)
        self.quotes = QCheckBox(translate(
            "ExportDialog", "Include the original-language &quotes in notes"), checked=True)
        self.endnotes = QCheckBox(translate("ExportDialog", "Use e&ndnotes instead of footnotes"))
        self.annex = QCheckBox(translate(
            "ExportDialog", "Put original quotes and verification notes in an &annex"))
        self.locale = QComboBox()
        self.locale.setAccessibleName(translate("ExportDialog", "Citation locale"))
        for label, value in (
                (translate("ExportDialog", "The style's own"), None),
                (translate("ExportDialog", "English (UK): 4 August 2025"), "en-GB"),
                (translate("ExportDialog", "English (US): August 4, 2025"), "en-US"),
                (translate("ExportDialog", "German: 4. August 2025"), "de-DE")):
            self.locale.addItem(label, value)
        self.strict = QCheckBox(translate(
            "ExportDialog", "S&trict: do not export while there are findings"))
        self.findings = QListWidget()
        self.findings.setAccessibleName(translate("ExportDialog", "Preflight findings"))
        self.findings.setToolTip(translate(
            "ExportDialog", "Click a finding (or press Enter on it) to close this dialog and "
            "go to its item"))
        # The dialog closes: left open, it would hide the item selected behind it.
        self.findings.itemClicked.connect(lambda item: self._go_to(item, close=True))
        self.findings.itemActivated.connect(lambda item: self._go_to(item, close=True))
        self.findings.setWordWrap(True)
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.message = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.export_button = self.buttons.addButton(translate("ExportDialog", "&Export…"),
                                                    QDialogButtonBox.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("ExportDialog", "&Format:"), self.format)
        form.addRow(translate("ExportDialog", "Citation &style:"), self.style)
        form.addRow(translate("ExportDialog", "Citation &locale:"), self.locale)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.quotes, self.endnotes, self.annex, self.strict):
            layout.addWidget(widget)
        layout.addWidget(QLabel(translate("ExportDialog", "&Preflight findings (click one to "
                                          "go to it):"), buddy=self.findings))
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 460)
        found = controller.preflight()
        for finding in found:
            entry = QListWidgetItem(describe(finding))
            entry.setData(Qt.UserRole, (finding.section, finding.item, finding.field))
            self.findings.addItem(entry)
        if not found:
            self.findings.addItem(translate("ExportDialog", "No findings: the briefing is "
                                            "ready to export."))
        self.result = None
        self.open_url = QDesktopServices.openUrl  # (a test puts a system without programs)

    # What the last export used (the window keeps it between runs, as Word keeps "Save as
    # type"): the format and the options; the style and locale follow each template.
    def choices(self) -> dict:
        return {"format": self.format.currentData(), "quotes": self.quotes.isChecked(),
                "endnotes": self.endnotes.isChecked(), "annex": self.annex.isChecked()}

    def use_choices(self, choices: dict) -> None:
        index = self.format.findData(choices.get("format"))
        if index >= 0:
            self.format.setCurrentIndex(index)
        for name in ("quotes", "endnotes", "annex"):
            if isinstance(choices.get(name), bool):
                getattr(self, name).setChecked(choices[name])

    def _go_to(self, entry, close: bool = False) -> None:
        where = entry.data(Qt.UserRole)
        if where and any(where):
            self.findingChosen.emit(*where)
            if close:
                self.reject()

    def settings(self) -> ExportSettings:
        return ExportSettings(format=self.format.currentData(), style=self.style.currentData(),
                              include_quotes=self.quotes.isChecked(),
                              notes="endnote" if self.endnotes.isChecked() else "footnote",
                              strict=self.strict.isChecked(), annex=self.annex.isChecked(),
                              locale=self.locale.currentData())

    def start(self, path: Path | None = None) -> None:
        settings = self.settings()
        if path is None:
            from briefing.core.text.filenames import file_name

            stem = (Path(self.controller.path).stem if self.controller.path
                    else file_name(self.controller.document.title))
            path = self.prompter.save_path(self.folder, f"{stem}.{settings.format}",
                                           format_label(settings.format))
        if path is None:
            return
        chosen = Path(path)
        path = with_extension(chosen, settings.format)  # "notes.v2" → notes.v2.docx
        if path != chosen and path.exists() and not self.prompter.confirm_replace(path):
            return
        self.export_button.setEnabled(False)
        self.progress.show()
        self.message.setText(translate("ExportDialog", "Exporting…"))
        self.controller.export(path, settings, self._done, self._failed, self._progress)

    def _progress(self, message: str) -> None:
        """The exporter's progress (in English in the core): in the interface's language."""
        self.message.setText(translate("core", message))

    def _done(self, result) -> None:
        self.result = result
        self.progress.hide()
        shown = {self.findings.item(i).text() for i in range(self.findings.count())}
        later = [describe(f) for f in result.findings if describe(f) not in shown]
        for message in later:  # found while typesetting: the page budget, missing glyphs
            self.findings.addItem(message)
        from PySide6.QtCore import QLocale

        self.message.setText(translate("ExportDialog", "Exported {path} ({size} bytes).").format(
            path=result.path, size=QLocale().toString(result.size))
                             + (" " + " ".join(later) if later else ""))
        self.finished_export.emit(result)
        choice = self.prompter.exported(result.path)
        if choice == "open" and not self.open_url(QUrl.fromLocalFile(str(result.path))):
            # No program for the file type (Qt: "Unable to detect a launcher"): say so.
            choice = self.prompter.cannot_open(result.path)
        if choice == "folder" and not self.open_url(QUrl.fromLocalFile(str(result.path.parent))):
            self.prompter.error(
                translate("ExportDialog", "Cannot Open the Folder"),
                translate("ExportDialog", "No file manager could be started. The file is "
                          "saved as:\n{path}").format(path=result.path))
        self.accept()

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.message.setText(message)
        self.prompter.error(translate("ExportDialog", "Export failed"), message)

