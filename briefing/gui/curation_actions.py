"""The curators' actions of the main window: sources, claim capture, edits, imports.

A mixin for MainWindow (it uses the window's controller, prompter, settings,
status bar and inspector), kept apart so each file stays small.
"""

from __future__ import annotations

from pathlib import Path

from briefing.core.errors import BriefingError
from briefing.gui.language import translate
from briefing.gui.messages import describe
from briefing.gui.widgets.claim_dialog import ClaimDialog
from briefing.gui.widgets.import_dialog import ImportDialog
from briefing.gui.widgets.source_viewer import SourceViewer


class CurationActions:
    def open_source(self, source, claim=None, curating: bool | None = None) -> SourceViewer:
        """The source's text; in curator mode, curators select words there to make claims
        and see suggested ones."""
        curating = self.curator_mode if curating is None else curating
        suggestions = self.controller.suggestions(source) if curating else ()
        viewer = SourceViewer(source, claim, suggestions, curating=curating, parent=self)
        viewer.captureRequested.connect(
            lambda start, end, v=viewer: self.capture_claim(v, start, end))
        self.source_viewer = viewer
        viewer.show()
        return viewer

    def capture_claim(self, viewer: SourceViewer, start: int, end: int):
        source = viewer.source
        c = self.controller

        def save(fields):
            return c.capture_claim(source.id, start, end, fields.pop("statement"),
                                   fields.pop("kind"), **fields)

        dialog = ClaimDialog(source.text[start:end], c.vocabulary("actor"), c.vocabulary("topic"),
                             save, parent=viewer)
        self.claim_dialog = dialog
        if dialog.exec() and dialog.result_claim is not None:
            claim = dialog.result_claim
            viewer.remove_suggestion_at(claim.start, claim.end)
            viewer.highlight(claim.start, claim.end)
            self.statusBar().showMessage(translate("CurationActions", "Added claim {claim}")
                                         .format(claim=claim.id), 5000)
            return claim
        return None

    def edit_claim(self, claim_id: str) -> None:
        c = self.controller
        claim = c.claim(claim_id)
        dialog = ClaimDialog(claim.quote, c.vocabulary("actor"), c.vocabulary("topic"),
                             lambda fields: c.edit_claim(claim_id, **fields), claim, self)
        self.claim_dialog = dialog
        if dialog.exec():
            self.inspect_library_claim(claim_id)

    def toggle_retired(self, claim_id: str) -> None:
        """Retire (after asking) or restore a claim; either is a step Edit > Undo takes back."""
        from briefing.core.documents.preflight import claim_name

        try:
            claim = self.controller.claim(claim_id)
            if not claim.retired:
                question = translate(
                    "CurationActions", "Retire {claim}?\n\nSearch will no longer show it "
                    "(Status filter “retired” still does); briefings that cite it keep it. "
                    "Edit > Undo, or Restore, brings it back.").format(claim=claim_name(claim))
                if not self.prompter.confirm(translate("CurationActions", "Retire Claim"),
                                             question, translate("CurationActions", "Retire")):
                    return
            self.controller.set_retired(claim_id, not claim.retired)
        except BriefingError as exc:
            self.prompter.error(translate("CurationActions", "Cannot change the claim"),
                                describe(exc))
            return
        done = (translate("CurationActions", "Restored {claim} — Edit > Undo takes it back")
                if claim.retired else
                translate("CurationActions", "Retired {claim} — Edit > Undo takes it back"))
        self.statusBar().showMessage(done.format(claim=claim_name(claim)), 8000)
        self.inspect_library_claim(claim_id)

    def link_claims(self, first: str, second: str) -> None:
        try:
            self.controller.link_claims(first, second)
        except BriefingError as exc:
            self.prompter.error(translate("CurationActions", "Cannot link the claims"),
                                describe(exc))
            return
        self.inspect_library_claim(first)

    def import_document(self, path: Path | None = None) -> None:
        path = path or self.prompter.import_path(self.last_folder)
        if path is None:
            return
        self.statusBar().showMessage(translate("CurationActions", "Reading {file}…").format(
            file=path.name))
        self.controller.read_document(
            path, lambda document: self._import_read(path, document),
            lambda message: self.prompter.error(
                translate("CurationActions", "Cannot import the document"), message))

    def _import_read(self, path: Path, document) -> None:
        self.statusBar().clearMessage()
        dialog = ImportDialog(document, path.name, lambda overrides: self.controller.add_source(
            document, overrides, path.name), self)
        self.import_dialog = dialog
        if dialog.exec() and dialog.source is not None:
            self.settings.setValue("files/lastFolder", str(path.parent))
            self.open_source(dialog.source, curating=True)  # importing is curating

    def browse_sources(self) -> None:
        headings = self.controller.source_headings()  # (the texts are read for the one chosen)
        labels = [f"{title[:90]} — {outlet or author} ({source_id})"
                  for source_id, title, outlet, author in headings]
        index = self.prompter.choose(translate("CurationActions", "Browse Sources"),
                                     translate("CurationActions", "Source:"), labels)
        if index is not None:
            self.open_source(self.controller.source(headings[index][0]))

