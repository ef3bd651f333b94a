"""Every question the app asks the user, in one object the tests can replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from briefing.gui.language import translate


class Prompter:
    def __init__(self, parent=None):
        self.parent = parent

    def error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.parent, title, message)

    def info(self, title: str, message: str) -> None:
        QMessageBox.information(self.parent, title, message)

    def show_text(self, title: str, html: str) -> None:
        """A long text (Help) in a scrolling window that fits the screen."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

        dialog = QDialog(self.parent)
        dialog.setWindowTitle(title)
        browser = QTextBrowser()
        browser.setAccessibleName(title)
        browser.setOpenExternalLinks(False)
        browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        screen = (self.parent.screen() if self.parent is not None else dialog.screen())
        room = screen.availableGeometry()
        dialog.resize(min(720, room.width() - 40), min(760, room.height() - 80))
        dialog.exec()

    def about(self, summary: dict, licences: str) -> None:
        from briefing.gui.widgets.about_dialog import AboutDialog

        AboutDialog(summary, licences, self.parent).exec()

    def ask_save_changes(self, name: str) -> str:
        """'save', 'discard' or 'cancel'."""
        answer = QMessageBox.question(
            self.parent, translate("Prompter", "Unsaved changes"),
            translate("Prompter", "Save the changes to {name} before closing?").format(
                name=name),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        return {QMessageBox.Save: "save", QMessageBox.Discard: "discard"}.get(answer, "cancel")

    def confirm(self, title: str, question: str, action: str) -> bool:
        """Ask before doing ``action`` (the button's label); Cancel is the default."""
        box = QMessageBox(QMessageBox.Question, title, question, parent=self.parent)
        yes = box.addButton(action, QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(QMessageBox.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def ask_recover(self, description: str) -> bool:
        answer = QMessageBox.question(
            self.parent, translate("Prompter", "Recover unsaved work"),
            translate("Prompter", "Briefing was closed without saving {briefing}. Recover the "
                      "unsaved changes?").format(briefing=description),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        return answer == QMessageBox.Yes

    def ask_refresh(self, messages: list[str]) -> bool:
        answer = QMessageBox.question(
            self.parent, translate("Prompter", "The library changed"),
            "\n".join(messages) + "\n\n" + translate(
                "Prompter", "Use the library's current text for the changed claims? (No keeps "
                "the saved copies.)"), QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def open_path(self, folder: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent, translate("Prompter", "Open Briefing"), folder,
            translate("Prompter", "Briefings (*.briefing);;All files (*)"))
        return Path(name) if name else None

    def import_path(self, folder: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent, translate("Prompter", "Import Document"), folder,
            translate("Prompter", "Documents (*.txt *.md *.markdown *.html *.htm *.docx *.pdf);;"
                      "All files (*)"))
        return Path(name) if name else None

    def choose(self, title: str, label: str, items: list[str]) -> int | None:
        if not items:
            return None
        chosen, ok = QInputDialog.getItem(self.parent, title, label, items, 0, False)
        return items.index(chosen) if ok else None

    def save_path(self, folder: str, suggested: str, filters: str = ""):
        """``filters``: the file dialog's filter ("" for briefings). A name typed without an
        extension gets the suggested name's, before the dialog asks about replacing a file,
        so "paste-test" is checked as "paste-test.docx"."""
        filters = filters or translate("Prompter", "Briefings (*.briefing)")
        dialog = QFileDialog(self.parent, translate("Prompter", "Save As"),
                             str(Path(folder) / suggested), filters)
        dialog.setAcceptMode(QFileDialog.AcceptSave)
        dialog.setFileMode(QFileDialog.AnyFile)
        dialog.setDefaultSuffix(Path(suggested).suffix.lstrip("."))
        dialog.selectFile(str(Path(folder) / suggested))
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def confirm_replace(self, path: Path) -> bool:
        """The name was completed after the file dialog (its own question saw another name):
        ask before replacing ``path``."""
        return self.confirm(translate("Prompter", "Replace the File?"),
                            translate("Prompter", "{file} already exists in {folder}. Replace "
                                      "it?").format(file=path.name, folder=path.parent),
                            translate("Prompter", "&Replace"))

    def exported(self, path: Path) -> str:
        """After an export: 'open', 'folder' or 'close'."""
        box = QMessageBox(QMessageBox.Information, translate("Prompter", "Export finished"),
                          translate("Prompter", "Exported {file}.").format(file=path.name),
                          parent=self.parent)
        open_button = box.addButton(translate("Prompter", "Open File"), QMessageBox.AcceptRole)
        folder_button = box.addButton(translate("Prompter", "Open Folder"),
                                      QMessageBox.ActionRole)
        box.addButton(QMessageBox.Close)
        box.exec()
        clicked = box.clickedButton()
        return "open" if clicked is open_button else "folder" if clicked is folder_button else "close"

    def cannot_open(self, path: Path) -> str:
        """No program opens ``path``'s type: say where it is. 'folder' or 'close'."""
        box = QMessageBox(QMessageBox.Warning, translate("Prompter", "Cannot Open the File"),
                          translate("Prompter", "No program on this computer opens {file}. The "
                                    "export is saved as:\n{path}").format(file=path.name,
                                                                          path=path),
                          parent=self.parent)
        box.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        folder_button = box.addButton(translate("Prompter", "Show in Folder"),
                                      QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Close)
        box.exec()
        return "folder" if box.clickedButton() is folder_button else "close"
