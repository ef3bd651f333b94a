"""The inspector: the selected claim in full (with its source's metadata and "Show in source"),
or the selected paragraph. Curators (View > Curator Mode) also get Edit Claim and Retire."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from briefing.core.model import Claim, Source
from briefing.core.quotes import quote_label


class InspectorPane(QWidget):
    showInSource = Signal(str)  # noqa: N815  claim id
    editRequested = Signal(str)  # noqa: N815
    retireRequested = Signal(str)  # noqa: N815  retire, or restore a retired claim
    linkRequested = Signal(str, str)  # noqa: N815  claim id, similar claim id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Claim details")
        self.browser.setOpenLinks(False)
        self.source_button = QPushButton("Show in &Source")
        self.source_button.setAccessibleName("Show in Source")
        self.source_button.setToolTip("Open the source text with the quote highlighted")
        self.source_button.setEnabled(False)
        self.source_button.clicked.connect(lambda: self.claim and self.showInSource.emit(
            self.claim.id))
        self.edit_button = QPushButton("Edit C&laim…")
        self.edit_button.setToolTip("Change the claim's statement, kind, actors, topics or status")
        self.retire_button = QPushButton("&Retire…")
        self.retire_button.setToolTip("Hide the claim from search; briefings citing it keep it")
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
        where = f" in “{escape(heading)}”" if heading else ""
        text = escape(paragraph.text) if paragraph.text.strip() else "<i>(empty)</i>"
        note = (f"<p><b>Private note</b> (never exported): {escape(paragraph.private_note)}</p>"
                if paragraph.private_note else "")
        self.browser.setHtml(f"<p><b>Your paragraph{where}</b></p>"
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
            self.retire_button.setText("&Restore" if claim.retired else "&Retire…")
            self.retire_button.setToolTip(
                "Show the claim in search again" if claim.retired else
                "Hide the claim from search (asks first; Undo brings it back); briefings "
                "citing it keep it")
        self.source_button.setEnabled(claim is not None and source is not None and bool(
            source.text))
        if claim is None:
            self.browser.setHtml("<p><i>Select a claim to see it in full.</i></p>")
            return
        rows = [("Quote", quote_label(claim, source) if claim.quote_is_translation and source
                  else "translation" if claim.quote_is_translation else ""),
                ("Kind", claim.kind), ("Speaker", claim.speaker), ("Event date", claim.event_date),
                ("Actors", ", ".join(claim.actors)), ("Topics", ", ".join(claim.topics)),
                ("Status", claim.status + (" (retired)" if claim.retired else "")),
                ("Reader note" + ("" if claim.status != "as reported" else
                                  " (not printed while “as reported”)"), claim.reader_note),
                ("Curator note (never exported)", claim.curator_note), ("Claim id", claim.id)]
        if source is not None:
            date = ("c. " if source.date_approximate else "") + (source.published or "n.d.")
            rows += [("Source", source.title), ("Short title", source.title_short),
                     ("Author", source.author),
                     ("Outlet", source.outlet), ("Publisher", source.publisher),
                     ("Published", date), ("Language", source.language), ("URL", source.url)]
        table = "".join(f"<tr><th align='left' valign='top'>{escape(k)}</th>"
                        f"<td>{escape(v)}</td></tr>" for k, v in rows if v)
        warning = f"<p><b>{escape(note)}</b></p>" if note else ""
        if linked:
            table += (f"<tr><th align='left'>Corroborated by</th>"
                      f"<td>{escape(', '.join(linked))}</td></tr>")
        if similar is None:
            table += ("<tr><th align='left' valign='top'>Similar claims</th>"
                      "<td><i>looking…</i></td></tr>")
        elif similar:
            rows_html = "".join(
                f"<li>{escape(s.claim.statement[:120])} ({escape(s.claim.id)}, "
                f"{s.score:.0%} alike) <a href='link:{escape(s.claim.id)}'>link as "
                f"corroborating</a></li>" for s in similar)
            table += f"<tr><th align='left' valign='top'>Similar claims</th><td><ul>{rows_html}</ul></td></tr>"
        self.browser.setHtml(
            f"{warning}<p><b>{escape(claim.statement)}</b></p>"
            f"<blockquote>„{escape(claim.quote)}“</blockquote><table cellspacing='4'>{table}</table>")
