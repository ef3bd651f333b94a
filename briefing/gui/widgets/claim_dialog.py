"""A claim's fields for a curator: new from a selection, or editing an existing claim."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
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
from briefing.gui.language import translate, value_label
from briefing.gui.messages import describe


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
        self.setWindowTitle(translate("ClaimDialog", "Edit Claim") if claim else
                            translate("ClaimDialog", "New Claim from Selection"))
        self.save_fn = save
        self.quote = QPlainTextEdit(quote, readOnly=True)
        self.quote.setAccessibleName(translate("ClaimDialog", "Quote"))
        self.quote.setMaximumHeight(90)
        self.translation = QCheckBox(translate(
            "ClaimDialog", "The quote is a t&ranslation (the footnote says so)"))
        self.translated_from = QLineEdit(placeholderText=translate(
            "ClaimDialog", "what it translates, e.g. CNN's English report of the speech"))
        self.translator = QLineEdit(placeholderText=translate(
            "ClaimDialog", "who translated it, when known"))
        self.translation.toggled.connect(self._translation_toggled)
        self.statement = QPlainTextEdit()
        self.statement.setAccessibleName(translate("ClaimDialog", "Statement"))
        self.statement.setPlaceholderText(translate(
            "ClaimDialog", "The claim in plain English, faithful to the quote"))
        self.statement.setMaximumHeight(80)
        # The German of the statement and the reader's note: a German briefing prints them
        # (the English when there is none, which its preflight names).
        self.statement_de = QPlainTextEdit()
        self.statement_de.setMaximumHeight(80)
        self.statement_de.setPlaceholderText(translate(
            "ClaimDialog", "The same claim in German, faithful to the quote (optional)"))
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(value_label(kind), kind)
        self.speaker = QLineEdit()
        self.event_date = QLineEdit(placeholderText=translate(
            "ClaimDialog", "YYYY, YYYY-MM or YYYY-MM-DD"))
        self.actors = ListEdit(actors)
        self.topics = ListEdit(topics)
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(value_label(status), status)
        self.reader_note = QPlainTextEdit()
        self.reader_note.setMaximumHeight(50)
        self.reader_note.setPlaceholderText(translate(
            "ClaimDialog", "Short and neutral, for the minister: printed in the footnote "
            "unless the status is \"as reported\""))
        self.reader_note_de = QPlainTextEdit()
        self.reader_note_de.setMaximumHeight(50)
        self.reader_note_de.setPlaceholderText(translate(
            "ClaimDialog", "The reader note in German (optional)"))
        self.curator_note = QPlainTextEdit()
        self.curator_note.setMaximumHeight(50)
        self.curator_note.setPlaceholderText(translate(
            "ClaimDialog", "For curators: sources checked, doubts, instructions. Never "
            "exported."))
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #c62828")
        form = QFormLayout()
        for label, widget in ((translate("ClaimDialog", "Quote:"), self.quote),
                              ("", self.translation),
                              (translate("ClaimDialog", "Translated &from:"),
                               self.translated_from),
                              (translate("ClaimDialog", "Translated &by:"), self.translator),
                              (translate("ClaimDialog", "&Statement:"), self.statement),
                              (translate("ClaimDialog", "Statement in &German:"),
                               self.statement_de),
                              (translate("ClaimDialog", "&Kind:"), self.kind),
                              (translate("ClaimDialog", "S&peaker:"), self.speaker),
                              (translate("ClaimDialog", "Event &date:"), self.event_date),
                              (translate("ClaimDialog", "&Actors:"), self.actors),
                              (translate("ClaimDialog", "&Topics:"), self.topics),
                              (translate("ClaimDialog", "Stat&us:"), self.status),
                              (translate("ClaimDialog", "R&eader note:"), self.reader_note),
                              (translate("ClaimDialog", "Reader note in Ger&man:"),
                               self.reader_note_de),
                              (translate("ClaimDialog", "Curator &note:"), self.curator_note)):
            if label:
                widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 700)
        self.result_claim = None
        if claim is not None:
            self.statement.setPlainText(claim.statement)
            self.statement_de.setPlainText(claim.statement_in("de") or "")
            self.reader_note_de.setPlainText(claim.text_in("reader_note", "de") or "")
            self.kind.setCurrentIndex(max(self.kind.findData(claim.kind), 0))
            self.speaker.setText(claim.speaker)
            self.event_date.setText(claim.event_date)
            self.actors.setText(", ".join(claim.actors))
            self.topics.setText(", ".join(claim.topics))
            self.status.setCurrentIndex(max(self.status.findData(claim.status), 0))
            self.reader_note.setPlainText(claim.reader_note)
            self.curator_note.setPlainText(claim.curator_note)
            self.translation.setChecked(claim.quote_is_translation)
            self.translated_from.setText(claim.quote_translated_from)
            self.translator.setText(claim.quote_translator)
        self._had_de = (bool(claim and claim.statement_in("de")),
                        bool(claim and claim.text_in("reader_note", "de")))
        self._translation_toggled(self.translation.isChecked())

    def _translation_toggled(self, on: bool) -> None:
        self.translated_from.setEnabled(on)
        self.translator.setEnabled(on)

    def fields(self) -> dict:
        translation = self.translation.isChecked()
        return {"statement": self.statement.toPlainText().strip(),
                "kind": self.kind.currentData(), "speaker": self.speaker.text().strip(),
                "event_date": self.event_date.text().strip(), "actors": self.actors.values(),
                "topics": self.topics.values(), "status": self.status.currentData(),
                "reader_note": self.reader_note.toPlainText().strip(),
                "curator_note": self.curator_note.toPlainText().strip(),
                "quote_is_translation": translation,
                # kept in the fields while unticked only as "": the core refuses a source of
                # translation for a quote that is not one
                "quote_translated_from": self.translated_from.text().strip() if translation
                else "",
                "quote_translator": self.translator.text().strip() if translation else "",
                **self._german()}

    def _german(self) -> dict:
        """The German statement and reader's note: named when typed, or when an existing
        one was cleared ("" removes it); a new claim without them names neither."""
        fields = {}
        for key, box, had in (("statements", self.statement_de, self._had_de[0]),
                              ("reader_notes", self.reader_note_de, self._had_de[1])):
            text = box.toPlainText().strip()
            if text or had:
                fields[key] = {"de": text}
        return fields

    def try_save(self) -> None:
        try:
            self.result_claim = self.save_fn(self.fields())
        except BriefingError as exc:
            self.error.setText(describe(exc))  # stay open: nothing the curator typed is lost

            return
        self.accept()
