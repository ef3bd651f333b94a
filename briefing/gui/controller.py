"""The one place user requests reach the core: search, the open briefing, undo, save, export.

Widgets call these methods and listen to the signals; they never touch the
library, files or the export pipeline themselves.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from briefing.core import documents, reconcile
from briefing.core import search as searching
from briefing.core.citations import Styles
from briefing.core.documents import Briefing, Metadata, Paragraph, Section, cite
from briefing.core.library import Library
from briefing.core.preflight import Finding, check
from briefing.core.recovery import Recovered, Recovery
from briefing.core.templates import Templates
from briefing.export.pipeline import Exporter, ExportSettings
from briefing.gui.commands import InsertItems, MoveItem, RemoveItem, SetField, SetText
from briefing.gui.curation import CurationRequests
from briefing.gui.tasks import Tasks

FIELD_LABELS = {"title": "Title", "subtitle": "Subtitle", "author": "Author",
                "organisation": "Organisation", "contact": "Contact Officer", "date": "Date",
                "reference": "Reference", "audience": "Addressee",
                "action_sought": "Action Sought", "classification": "Classification"}


class Controller(QObject, CurationRequests):
    documentReplaced = Signal()  # noqa: N815 (Qt signal names)
    libraryChanged = Signal()  # noqa: N815  claims or sources added, edited, retired
    structureChanged = Signal(str)  # noqa: N815  uid to select, or ""
    metadataChanged = Signal()  # noqa: N815
    dirtyChanged = Signal(bool)  # noqa: N815
    autosaved = Signal()

    def __init__(self, library: Library, templates: Templates, styles: Styles,
                 recovery: Recovery, tasks: Tasks | None = None, autosave_ms: int = 1200,
                 parent=None):
        super().__init__(parent)
        self.library = library
        self.templates = templates
        self.styles = styles
        self.recovery = recovery
        self.tasks = tasks or Tasks()
        self.document: Briefing | None = None
        self.path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._autosave = QTimer(self, singleShot=True, interval=autosave_ms)
        self._autosave.timeout.connect(self.autosave)

    def _clean_changed(self, clean: bool) -> None:
        self.dirtyChanged.emit(not clean)

    # ---- the library ---------------------------------------------------------------------

    def search(self, query: str, filters: searching.Filters, offset: int, limit: int):
        return searching.search(self.library, query, filters, limit=limit, offset=offset)

    def count(self, query: str, filters: searching.Filters) -> int:
        return searching.count(self.library, query, filters)

    def claim(self, claim_id: str):
        return self.library.claim(claim_id)

    def source(self, source_id: str):
        return self.library.source(source_id)

    # ---- documents -------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.document is not None and not self.undo_stack.isClean()

    def new_document(self, template_id: str, title: str = "Untitled briefing") -> None:
        template = self.templates.get(template_id)
        doc = Briefing(title=title, template=template.id, metadata=Metadata(),
                       sections=[Section(s.key, s.heading) for s in template.sections])
        self._replace(doc, None)

    def open_document(self, path: Path) -> list[reconcile.Drift]:
        doc = documents.load(path)
        self.templates.get(doc.template)  # an unknown template is an error now, not at export
        self._replace(doc, Path(path))
        return reconcile.drift(doc, self.library)

    def save(self, path: Path | None = None) -> Path:
        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("save() needs a path for a new briefing")
        documents.save(self.document, target)
        self.path = target
        self.undo_stack.setClean()
        self._autosave.stop()
        self.recovery.clear()
        self.dirtyChanged.emit(False)
        return target

    def close_document(self) -> None:
        self._autosave.stop()
        self.recovery.clear()
        self.document, self.path = None, None
        self.undo_stack.clear()
        self.documentReplaced.emit()

    def _replace(self, doc: Briefing, path: Path | None, dirty: bool = False) -> None:
        self._autosave.stop()
        self.document, self.path = doc, path
        self.undo_stack.clear()
        self.documentReplaced.emit()
        if dirty:  # a recovered document differs from what is on disk
            self.undo_stack.resetClean()
            self.dirtyChanged.emit(True)
        else:
            self.dirtyChanged.emit(False)

    def template(self):
        return self.templates.get(self.document.template)

    # ---- recovery --------------------------------------------------------------------------

    def pending_recovery(self) -> Recovered | None:
        return self.recovery.find()

    def recover(self, recovered: Recovered) -> None:
        self._replace(recovered.briefing, recovered.original, dirty=True)
        self.autosave()

    def discard_recovery(self) -> None:
        self.recovery.clear()

    def autosave(self) -> None:
        if self.document is not None and self.dirty:
            self.recovery.save(self.document, self.path)
            self.autosaved.emit()

    # ---- edits (undoable) ------------------------------------------------------------------

    def changed(self, structure=False, metadata=False, select: str = "", text_only=False):
        """Called by the undo commands after they change the document."""
        if structure:
            self.structureChanged.emit(select)
        if metadata:
            self.metadataChanged.emit()
        if not self._autosave.isActive():  # never postponed by further typing: at most
            self._autosave.start()         # autosave_ms after the first unsaved change

    def add_claims(self, claim_ids: list[str], key: str, index: int | None = None) -> None:
        items = []
        for claim_id in claim_ids:
            claim = self.library.claim(claim_id)
            items.append(cite(claim, self.library.source(claim.source_id)))
        if items:
            label = "Add Claim" if len(items) == 1 else f"Add {len(items)} Claims"
            self.undo_stack.push(InsertItems(self, key, items, index, label))

    def add_paragraph(self, key: str, text: str = "", index: int | None = None) -> str:
        item = Paragraph(text)
        self.undo_stack.push(InsertItems(self, key, [item], index, "Add Paragraph"))
        return item.uid

    def set_text(self, uid: str, text: str) -> None:
        self.undo_stack.push(SetText(self, uid, text))

    def remove_item(self, uid: str) -> None:
        self.undo_stack.push(RemoveItem(self, uid))

    def move_item(self, uid: str, key: str, index: int) -> None:
        section, current = self.document.find(uid)
        if section.key == key and index > current:
            index -= 1  # the item leaves its old place first
        if (section.key, current) != (key, index):
            self.undo_stack.push(MoveItem(self, uid, key, index))

    def set_field(self, name: str, value: str) -> None:
        doc = self.document
        current = getattr(doc, name) if name in ("title", "subtitle") else getattr(
            doc.metadata, name)
        if current != value:
            self.undo_stack.push(SetField(self, name, value, FIELD_LABELS.get(name, name)))

    def drift_message(self, uid: str) -> str:
        """What changed in the library for one cited item ("" when nothing did)."""
        return next((d.message() for d in reconcile.drift(self.document, self.library)
                     if d.item == uid), "")

    def refresh_claims(self, claim_ids: set[str] | None = None) -> list[str]:
        done = reconcile.refresh(self.document, self.library, claim_ids)
        if done:  # not undoable: it is a deliberate choice the user confirmed
            self.undo_stack.resetClean()
            self.dirtyChanged.emit(True)
            self.changed(structure=True)
        return done

    # ---- checks, preview, export ---------------------------------------------------------------

    def preflight(self) -> list[Finding]:
        return check(self.document, self.template(), self.library)

    def _snapshot(self) -> Briefing:
        return documents.loads(documents.dumps(self.document))

    def render_preview(self, style_id: str | None, on_done, on_failed) -> None:
        """Render the HTML preview off the GUI thread (citation engines take seconds to build)."""
        from briefing.export.html import body_html

        doc, templates, styles = self._snapshot(), self.templates, self.styles

        def work(_progress):
            rendered = Exporter(templates, styles).render(doc, ExportSettings(style=style_id))
            return body_html(rendered)

        self.tasks.start(work, on_done, on_failed)

    def export(self, path: Path, settings: ExportSettings, on_done, on_failed, on_progress=None):
        doc, templates, styles = self._snapshot(), self.templates, self.styles
        library_path, source_path = self.library.path, self.path

        def work(progress):
            # The worker opens its own connection: SQLite connections stay in their thread.
            with Library.open(library_path, create=False) as library:
                return Exporter(templates, styles, library).export(doc, path, settings, progress,
                                                                   source_path)

        return self.tasks.start(work, on_done, on_failed, on_progress)
