"""A claim's fields for a curator: new from a selection, or editing an existing claim."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from briefing.core.errors import BriefingError
from briefing.core.model import KINDS, STATUSES


class ListEdit(QLineEdit):
    """Comma-separated names with completion of the last one from a vocabulary."""

    def __init__(self, vocabulary: list[str], parent=None):
        super().__init__(parent)
        completer = QCompleter(vocabulary, self)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        completer.setWidget(self)
        completer.activated.connect(self._complete)
        self.textEdited.connect(lambda text: self._suggest(completer, text))
        self.completer_ = completer

    def _suggest(self, completer, text: str) -> None:
        last = text.split(",")[-1].strip()
        if last:
            completer.setCompletionPrefix(last)
            completer.complete()

    def _complete(self, chosen: str) -> None:
        parts = [p.strip() for p in self.text().split(",")[:-1] if p.strip()]
        self.setText(", ".join(parts + [chosen]) + ", ")

    def values(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.strip() for p in self.text().split(",") if p.strip()))


class ClaimDialog(QDialog):
    """Collects the fields; ``save`` is the caller's function that applies them (may raise)."""

    def __init__(self, quote: str, actors: list[str], topics: list[str], save, claim=None,
                 parent=None):
        super().__init__(parent)
        self.setWindowTitle("Edit Claim" if claim else "New Claim from Selection")
        self.save_fn = save
        self.quote = QPlainTextEdit(quote, readOnly=True)
        self.quote.setAccessibleName("Quote")
        self.quote.setMaximumHeight(90)
        self.statement = QPlainTextEdit()
        self.statement.setAccessibleName("Statement")
        self.statement.setPlaceholderText("The claim in plain English, faithful to the quote")
        self.kind = QComboBox()
        self.kind.addItems(KINDS)
        self.speaker = QLineEdit()
        self.event_date = QLineEdit(placeholderText="YYYY, YYYY-MM or YYYY-MM-DD")
        self.actors = ListEdit(actors)
        self.topics = ListEdit(topics)
        self.status = QComboBox()
        self.status.addItems(STATUSES)
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(70)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #c62828")
        form = QFormLayout()
        for label, widget in (("Quote:", self.quote), ("&Statement:", self.statement),
                              ("&Kind:", self.kind), ("S&peaker:", self.speaker),
                              ("Event &date:", self.event_date), ("&Actors:", self.actors),
                              ("&Topics:", self.topics), ("Stat&us:", self.status),
                              ("Curator &note:", self.note)):
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 560)
        self.result_claim = None
        if claim is not None:
            self.statement.setPlainText(claim.statement)
            self.kind.setCurrentText(claim.kind)
            self.speaker.setText(claim.speaker)
            self.event_date.setText(claim.event_date)
            self.actors.setText(", ".join(claim.actors))
            self.topics.setText(", ".join(claim.topics))
            self.status.setCurrentText(claim.status)
            self.note.setPlainText(claim.note)

    def fields(self) -> dict:
        return {"statement": self.statement.toPlainText().strip(),
                "kind": self.kind.currentText(), "speaker": self.speaker.text().strip(),
                "event_date": self.event_date.text().strip(), "actors": self.actors.values(),
                "topics": self.topics.values(), "status": self.status.currentText(),
                "note": self.note.toPlainText().strip()}

    def try_save(self) -> None:
        try:
            self.result_claim = self.save_fn(self.fields())
        except BriefingError as exc:
            self.error.setText(str(exc))  # stay open: nothing the curator typed is lost
            return
        self.accept()
