"""The inspector: the selected claim in full (with its source's metadata and "Show in source"),
or the selected paragraph. Curators (View > Curator Mode) also get Edit Claim and Retire."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from briefing.core.model import Claim, Source
from briefing.core.text.languages import language_name
from briefing.gui.language import core_word, translate, value_label


class InspectorPane(QWidget):
    showInSource = Signal(str)  # noqa: N815  claim id
    editRequested = Signal(str)  # noqa: N815
    retireRequested = Signal(str)  # noqa: N815  retire, or restore a retired claim
    linkRequested = Signal(str, str)  # noqa: N815  claim id, similar claim id

    def __init__(self, parent=None):
        super().__init__(parent)
        # the open briefing's language: the claim's statement in it heads the page, as the
        # briefing prints it (set by the window)
        self.language = lambda: ""
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(translate("Inspector", "Claim details"))
        self.browser.setOpenLinks(False)
        self.source_button = QPushButton(translate("Inspector", "Show in &Source"))
        self.source_button.setAccessibleName(translate("Inspector", "Show in Source"))
        self.source_button.setToolTip(translate("Inspector", "Open the source text with the "
                                                "quote highlighted"))
        self.source_button.setEnabled(False)
        self.source_button.clicked.connect(lambda: self.claim and self.showInSource.emit(
            self.claim.id))
        self.edit_button = QPushButton(translate("Inspector", "Edit C&laim…"))
        self.edit_button.setToolTip(translate(
            "Inspector", "Change the claim's statement, kind, actors, topics or status"))
        self.retire_button = QPushButton(translate("Inspector", "&Retire…"))
        self.retire_button.setToolTip(translate(
            "Inspector", "Hide the claim from search; briefings citing it keep it"))
        self.edit_button.clicked.connect(lambda: self.claim and self.editRequested.emit(
            self.claim.id))
        self.retire_button.clicked.connect(lambda: self.claim and self.retireRequested.emit(
            self.claim.id))
        self.browser.anchorClicked.connect(self._link_clicked)
        buttons = QHBoxLayout()
        for button in (self.source_button, self.edit_button, self.retire_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addLayout(buttons)
        self.claim: Claim | None = None
        self.from_library = False
        self.paragraph = None
        self.curating = False
        self.set_curating(False)
        self.show_claim(None, None)

    def set_curating(self, on: bool) -> None:
        """Curator actions (Edit Claim, Retire) are shown in curator mode only."""
        self.curating = on
        self.edit_button.setVisible(on)
        self.retire_button.setVisible(on)

    def show_paragraph(self, paragraph, heading: str = "") -> None:
        """The writer's own paragraph (never a claim shown before it)."""
        self.claim, self.paragraph = None, paragraph
        self.from_library = False
        for button in (self.source_button, self.edit_button, self.retire_button):
            button.setEnabled(False)
        where = (translate("Inspector", "Your paragraph in “{section}”").format(
            section=escape(heading)) if heading else translate("Inspector", "Your paragraph"))
        empty = translate("Inspector", "(empty)")
        text = escape(paragraph.text) if paragraph.text.strip() else f"<i>{empty}</i>"
        note = ""
        if paragraph.private_note:
            note = "<p><b>{}</b> {}: {}</p>".format(
                translate("Inspector", "Private note"),
                translate("Inspector", "(never exported)"), escape(paragraph.private_note))
        self.browser.setHtml(f"<p><b>{where}</b></p>"
                             f"<p style='white-space: pre-wrap'>{text}</p>{note}")

    def _link_clicked(self, url) -> None:
        if self.claim is not None and url.scheme() == "link":
            self.linkRequested.emit(self.claim.id, url.path())

    def show_claim(self, claim: Claim | None, source: Source | None, note: str = "",
                   similar=(), linked=(), editable: bool = False) -> None:
        """``similar``: the similar claims found, or None while they are being looked up."""
        self.claim, self.paragraph = claim, None
        self.from_library = claim is not None and editable  # (not a briefing's saved copy)
        self.edit_button.setEnabled(claim is not None and editable)
        self.retire_button.setEnabled(claim is not None and editable)
        if claim is not None:
            self.retire_button.setText(translate("Inspector", "&Restore") if claim.retired
                                       else translate("Inspector", "&Retire…"))
            self.retire_button.setToolTip(
                translate("Inspector", "Show the claim in search again") if claim.retired else
                translate("Inspector", "Hide the claim from search (asks first; Undo brings it "
                          "back); briefings citing it keep it"))
        self.source_button.setEnabled(claim is not None and source is not None and bool(
            source.text))
        if claim is None:
            self.browser.setHtml("<p><i>{}</i></p>".format(
                translate("Inspector", "Select a claim to see it in full.")))
            return
        status = value_label(claim.status) + (
            translate("Inspector", " (retired)") if claim.retired else "")
        heading = claim.statement_for(self.language())
        others = [(translate("Inspector", "Statement ({language})").format(
            language=core_word(language_name(code) or code)), text)
            for code, text in (("en", claim.statement), *claim.statement_translations)
            if text != heading]
        reader_note = (translate("Inspector", "Reader note") if claim.status != "as reported"
                       else translate("Inspector", "Reader note (not printed while “as "
                                      "reported”)"))
        rows = [*others,
                (translate("Inspector", "Quote"),
                 translation_label(claim, source) if claim.quote_is_translation else ""),
                *((translate("Inspector", "Translated from ({language})").format(
                    language=core_word(language_name(code) or code)), text)
                  for code, text in claim.quote_translated_from_translations),
                (translate("Inspector", "Kind"), value_label(claim.kind)),
                (translate("Inspector", "Speaker"), claim.speaker),
                (translate("Inspector", "Event date"), claim.event_date),
                (translate("Inspector", "Actors"), ", ".join(claim.actors)),
                (translate("Inspector", "Topics"), ", ".join(claim.topics)),
                (translate("Inspector", "Status"), status),
                (reader_note, claim.reader_note_for(self.language())),
                (translate("Inspector", "Curator note (never exported)"), claim.curator_note),
                (translate("Inspector", "Claim id"), claim.id)]
        if source is not None:
            date = (translate("Inspector", "c. ") if source.date_approximate else "") + (
                source.published or translate("Inspector", "n.d."))
            rows += [(translate("Inspector", "Source"), source.title),
                     (translate("Inspector", "Short title"), source.title_short),
                     (translate("Inspector", "Author"), source.author),
                     (translate("Inspector", "Outlet"), source.outlet),
                     (translate("Inspector", "Publisher"), source.publisher),
                     (translate("Inspector", "Published"), date),
                     (translate("Inspector", "Language"), source.language),
                     (translate("Inspector", "URL"), source.url)]
        table = "".join(f"<tr><th align='left' valign='top'>{escape(k)}</th>"
                        f"<td>{escape(v)}</td></tr>" for k, v in rows if v)
        warning = f"<p><b>{escape(note)}</b></p>" if note else ""
        if linked:
            corroborated = escape(translate("Inspector", "Corroborated by"))
            table += (f"<tr><th align='left'>{corroborated}</th>"
                      f"<td>{escape(', '.join(linked))}</td></tr>")
        similar_heading = escape(translate("Inspector", "Similar claims"))
        if similar is None:
            looking = escape(translate("Inspector", "looking…"))
            table += (f"<tr><th align='left' valign='top'>{similar_heading}</th>"
                      f"<td><i>{looking}</i></td></tr>")
        elif similar:
            link = escape(translate("Inspector", "link as corroborating"))
            rows_html = "".join(
                "<li>{} ({}) <a href='link:{}'>{}</a></li>".format(
                    escape(s.claim.statement[:120]),
                    escape(translate("Inspector", "{claim}, {percent} alike").format(
                        claim=s.claim.id, percent=percent(s.score))),
                    escape(s.claim.id), link)
                for s in similar)
            table += (f"<tr><th align='left' valign='top'>{similar_heading}</th>"
                      f"<td><ul>{rows_html}</ul></td></tr>")
        self.browser.setHtml(
            f"{warning}<p><b>{escape(heading)}</b></p>"
            f"<p style='margin-left:12px; margin-right:0px'>„{escape(claim.quote)}“</p>"
            f"<table cellspacing='4'>{table}</table>")


def percent(score: float) -> str:
    """A share as the interface's language writes it: "83%", German "83 %"."""
    whole = round(score * 100)
    if QLocale().language() == QLocale.German:
        return f"{QLocale().toString(whole)}\u00a0%"
    return f"{whole}%"


def translation_label(claim: Claim, source: Source | None) -> str:
    """What the Quote row says of a translated quote: into which language (the source's),
    by whom, of what ("German translation by X of Y", as the export's notes say it)."""
    name = language_name(source.language) if source is not None else ""
    if not name:
        label = translate("Inspector", "Translation")
    else:
        label = translate("Inspector", "{language} translation").format(
            language=core_word(name))
    if claim.quote_translator and claim.quote_translated_from:
        return translate("Inspector", "{label} by {translator} of {original}").format(
            label=label, translator=claim.quote_translator,
            original=claim.quote_translated_from)
    if claim.quote_translator:
        return translate("Inspector", "{label} by {translator}").format(
            label=label, translator=claim.quote_translator)
    if claim.quote_translated_from:
        return translate("Inspector", "{label} of {original}").format(
            label=label, original=claim.quote_translated_from)
    return label
