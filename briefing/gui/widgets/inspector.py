"""The inspector: one claim in full, with its source's metadata and "Show in source"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QTextBrowser, QVBoxLayout, QWidget

from briefing.core.model import Claim, Source


class InspectorPane(QWidget):
    showInSource = Signal(str)  # noqa: N815  claim id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Claim details")
        self.browser.setOpenLinks(False)
        self.source_button = QPushButton("Show in &Source")
        self.source_button.setToolTip("Open the source text with the quote highlighted")
        self.source_button.setEnabled(False)
        self.source_button.clicked.connect(lambda: self.claim and self.showInSource.emit(
            self.claim.id))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.source_button)
        self.claim: Claim | None = None
        self.show_claim(None, None)

    def show_claim(self, claim: Claim | None, source: Source | None, note: str = "") -> None:
        self.claim = claim
        self.source_button.setEnabled(claim is not None and source is not None and bool(
            source.text))
        if claim is None:
            self.browser.setHtml("<p><i>Select a claim to see it in full.</i></p>")
            return
        rows = [("Kind", claim.kind), ("Speaker", claim.speaker), ("Event date", claim.event_date),
                ("Actors", ", ".join(claim.actors)), ("Topics", ", ".join(claim.topics)),
                ("Status", claim.status + (" (retired)" if claim.retired else "")),
                ("Curator note", claim.note), ("Claim id", claim.id)]
        if source is not None:
            date = ("c. " if source.date_approximate else "") + (source.published or "n.d.")
            rows += [("Source", source.title), ("Author", source.author),
                     ("Outlet", source.outlet), ("Publisher", source.publisher),
                     ("Published", date), ("Language", source.language), ("URL", source.url)]
        table = "".join(f"<tr><th align='left' valign='top'>{escape(k)}</th>"
                        f"<td>{escape(v)}</td></tr>" for k, v in rows if v)
        warning = f"<p><b>{escape(note)}</b></p>" if note else ""
        self.browser.setHtml(
            f"{warning}<p><b>{escape(claim.statement)}</b></p>"
            f"<blockquote>„{escape(claim.quote)}“</blockquote><table cellspacing='4'>{table}</table>")
