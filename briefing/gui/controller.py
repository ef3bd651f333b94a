"""The one place user requests reach the core: search, the open briefing, undo, save, export.

Widgets call these methods and listen to the signals; they never touch the
library, files or the export pipeline themselves. Anything that can take long runs
off the GUI thread: searches (``Searcher``), opening the library at start-up, the filter
choices, similar claims, the preview and export (``Tasks``).

The desktop app builds the controller before the library is open (the window shows first);
``open_library`` and ``load_templates`` run off the GUI thread and attach what they load.
Heavy modules (the export pipeline, templates, search) are imported where they are used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from briefing.core.documents import (
    FIELD_LABELS,
    Briefing,
    CitedClaim,
    Metadata,
    Paragraph,
    Section,
    briefing_language,
    cite,
)
from briefing.core.documents import files as documents
from briefing.core.documents.recovery import Recovered, Recovery
from briefing.core.text.controls import strip_controls
from briefing.gui.claims_model import PAGE
from briefing.gui.commands import (
    InsertItems,
    MoveItem,
    RemoveItem,
    SetField,
    SetRetired,
    SetText,
    Typing,
)
from briefing.gui.curation import CurationRequests
from briefing.gui.language import translate
from briefing.gui.page_count import PageCounter
from briefing.gui.searcher import Page, Searcher
from briefing.gui.tasks import Tasks

if TYPE_CHECKING:  # pragma: no cover
    from briefing.core.citations import Processors, Styles
    from briefing.core.context import Context
    from briefing.core.documents.preflight import Finding
    from briefing.core.documents.reconcile import Drift
    from briefing.core.library import Library
    from briefing.core.templates import Templates


def _hits(library, query, filters, offset: int, limit: int) -> list:
    from briefing.core.library import search as searching

    return searching.search(library, query, filters, limit=limit, offset=offset)


def _page(library, query, filters, offset: int, limit: int) -> Page:
    """One page of a search with the Source column's labels (runs on the search thread)."""
    hits = _hits(library, query, filters, offset, limit)
    labels: dict[str, str] = {}
    for hit in hits:
        if hit.claim.source_id not in labels:
            source = library.source(hit.claim.source_id)
            labels[source.id] = source.short_name
    return Page(hits, labels)


def _count(library, query, filters) -> int:
    from briefing.core.library import search as searching

    return searching.count(library, query, filters)


class Controller(QObject, CurationRequests):
    libraryReady = Signal()  # noqa: N815 (Qt signal names)  the library is open
    templatesReady = Signal()  # noqa: N815  templates and citation styles are loaded
    documentReplaced = Signal()  # noqa: N815
    libraryChanged = Signal()  # noqa: N815  claims or sources added, edited, retired
    structureChanged = Signal(str)  # noqa: N815  items added, removed, moved: uid to select, or ""
    # One item's text, commentary or private note changed (not its place): its uid, and
    # whether to show it (an Undo or Redo of a text edit; not while it is being typed).
    itemChanged = Signal(str, bool)  # noqa: N815
    metadataChanged = Signal()  # noqa: N815
    dirtyChanged = Signal(bool)  # noqa: N815
    autosaved = Signal()

    def __init__(self, library: Library | None, templates: Templates | None,
                 styles: Styles | None, recovery: Recovery, tasks: Tasks | None = None,
                 autosave_ms: int = 1200, parent=None, *, processors: Processors):
        """``library``, ``templates`` and ``styles`` may be None at first: see
        ``open_library`` and ``load_templates``. ``processors``: the app's citation
        processors (``Context.processors``), used by every preview and export."""
        super().__init__(parent)
        self.library = library
        self.templates = templates
        self.styles = styles
        self.processors = processors
        self.recovery = recovery
        self.tasks = tasks or Tasks()
        self.searcher = Searcher(self._reader, _page, _count, PAGE, self)
        self.document: Briefing | None = None
        self.path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.last_undone = False  # the last change was an Undo (see changed)
        self.revision = 0  # counts the open briefing's changes (and replacements)
        self.page_counter = PageCounter(self)  # its pages, as the PDF has them
        self._dirty = False
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_dirty())
        self.undo_stack.indexChanged.connect(lambda _index: self._update_dirty())
        self._autosave = QTimer(self, singleShot=True, interval=autosave_ms)
        self._autosave.timeout.connect(self.autosave)
        # An autosave writes off the GUI thread (synced writes take tens of ms): one at a time;
        # a save or close meanwhile makes the copy being written stale (see ``autosave``).
        self._autosaving = False
        self._autosave_again = False
        self._recovery_generation = 0
        # The library's topics and actors as last read off the GUI thread (load_choices), for
        # the claim dialogs; None until read, and again after any change to the library.
        self._choices: dict[str, list[str]] | None = None
        self._choices_generation = 0
        self.libraryChanged.connect(self._forget_choices)

    def _document_dirty(self) -> bool:
        """Whether the briefing differs from its file: a briefing edit lies between the saved
        state and now (library changes such as Retire share the history but not the file)."""
        if self.document is None:
            return False
        stack = self.undo_stack
        clean, index = stack.cleanIndex(), stack.index()
        if clean < 0:
            return True  # the saved state is gone from the history (or never was in it)
        low, high = sorted((clean, index))
        return any(getattr(stack.command(i), "touches_document", True) for i in range(low, high))

    def _update_dirty(self) -> None:
        try:
            dirty = self._document_dirty()
        except RuntimeError:  # the stack is being destroyed with the controller
            return
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    # ---- start-up -------------------------------------------------------------------------

    def open_library(self, context: Context, on_progress, on_failed) -> None:
        """Open (build, refresh, check) the library off the GUI thread: building or refreshing
        it and the daily integrity check take seconds. ``libraryReady`` says when it is
        attached; ``on_progress`` hears what is being done."""
        def work(progress):
            progress(translate("Controller", "Opening the library…"))
            return context.open_library(progress, later=True)

        self.tasks.start(work, self.attach_library, on_failed, on_progress)

    def check_library(self, context: Context, on_progress, on_done, on_failed,
                      on_warning=None) -> None:
        """The user's library's daily integrity check and backup, off the GUI thread, once
        the app works (they take seconds on a big library); nothing for another library.
        ``on_failed`` hears only of damage; a backup that could not be written, or a check
        that could not run (busy, read-only), is ``on_warning``'s: the library works on."""
        from briefing.core.errors import LibraryCorruptError, LibraryError
        from briefing.gui.messages import describe

        guard = context.guard
        if guard is None or self.library is None:
            on_done()
            return
        due = guard.check_due(self.library)
        warn = on_warning or on_failed

        def work(progress):
            try:
                return guard.check_and_back_up(due, progress)
            except LibraryCorruptError:
                raise
            except LibraryError as exc:  # not damage: the check runs again next time
                return exc

        def done(result) -> None:
            if isinstance(result, LibraryError):
                warn(describe(result))
            elif due:
                guard.mark_checked(self.library)
            for warning in guard.warnings:
                warn(describe(warning))
            guard.warnings.clear()
            on_done()

        self.tasks.start(work, done, on_failed, on_progress)

    def load_templates(self, context: Context, on_progress, on_failed) -> None:
        """Load the templates and citation styles off the GUI thread (``templatesReady``), and
        import what the preview, the inspector and opening a briefing use next (imported on
        first use, that would be a pause on the GUI thread)."""
        def work(progress):
            progress(translate("Controller", "Loading the templates…"))
            loaded = context.templates(), context.styles()
            import briefing.core.curation.links  # noqa: F401
            import briefing.core.documents.reconcile  # noqa: F401
            import briefing.export.html  # noqa: F401
            import briefing.export.pipeline  # noqa: F401

            return loaded

        self.tasks.start(work, lambda loaded: self.attach_templates(*loaded), on_failed,
                         on_progress)

    @property
    def library_ready(self) -> bool:
        return self.library is not None

    @property
    def templates_ready(self) -> bool:
        return self.templates is not None

    def attach_library(self, library: Library) -> None:
        self.library = library
        self.libraryReady.emit()

    def attach_templates(self, templates: Templates, styles: Styles) -> None:
        self.templates, self.styles = templates, styles
        self.templatesReady.emit()
        self.page_counter.changed()

    def shutdown(self, msecs: int = 10000) -> None:
        """Stop the search thread and wait for running tasks (before the library closes)."""
        self.searcher.close()
        self.tasks.wait(msecs)
        self.page_counter.close()

    def _reader(self):
        """A read-only connection of its own for a worker thread."""
        from briefing.core.library import Library

        return Library.open_reader(self.library.path)

    def _reading(self, work, on_done, on_failed=None) -> None:
        """Run ``work(library)`` on a pool thread with a connection of its own."""
        def run(_progress):
            with self._reader() as library:
                return work(library)

        self.tasks.start(run, on_done, on_failed)

    # ---- the library ---------------------------------------------------------------------

    def start_search(self, query: str, filters) -> int:
        """Search off the GUI thread; the answers (``searcher.pageReady``, ``counted``,
        ``failed``) carry the number returned here."""
        return self.searcher.search(query, filters)

    def fetch_page(self, number: int, offset: int) -> bool:
        """Ask for a further page of search ``number`` (False when it is no longer current)."""
        return self.searcher.fetch(number, offset)

    def search(self, query: str, filters, offset: int, limit: int):
        """Synchronous search on the GUI thread's connection (scripts and checks)."""
        return _hits(self.library, query, filters, offset, limit)

    def count(self, query: str, filters) -> int:
        return _count(self.library, query, filters)

    def load_choices(self, on_done, on_failed=None) -> None:
        """The filter choices (topics, actors, sources as (id, title)) read off the GUI thread:
        counting topics and actors takes half a second on a large library. Kept for
        `vocabulary`."""
        def work(library):
            return {"topic": [name for name, _ in library.vocabulary("topic")],
                    "actor": [name for name, _ in library.vocabulary("actor")],
                    "source": [(source_id, title) for source_id, title, _outlet, _author
                               in sorted(library.source_headings(),
                                         key=lambda h: h[1].casefold())]}

        generation = self._choices_generation

        def done(choices):
            if generation == self._choices_generation:  # no change to the library since
                self._choices = choices
            on_done(choices)

        self._reading(work, done, on_failed)

    def _forget_choices(self) -> None:
        self._choices = None
        self._choices_generation += 1

    def vocabulary(self, field: str) -> list[str]:
        """The library's topics or actors (``field``): as last read off the GUI thread, or
        read now if the library changed since (0.2-0.4 s at 100k claims)."""
        if self._choices is not None:
            return list(self._choices[field])
        return [name for name, _ in self.library.vocabulary(field)]

    def find_similar(self, claim, on_done, on_failed=None) -> None:
        """Claims like ``claim`` from other sources, looked up off the GUI thread."""
        def work(library):
            from briefing.core.curation import links  # (imports the importers: not here)

            return links.similar_claims(library, claim)

        self._reading(work, on_done, on_failed)

    def claim(self, claim_id: str):
        return self.library.claim(claim_id)

    def source(self, source_id: str):
        return self.library.source(source_id)

    # ---- documents -------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._document_dirty()

    def cited_ids(self) -> dict[str, str]:
        """The claims this briefing cites: claim id → the heading of (the first) section."""
        cited: dict[str, str] = {}
        for section in self.document.sections if self.document else ():
            for item in section.items:
                if isinstance(item, CitedClaim):
                    cited.setdefault(item.claim_id, section.heading)
        return cited

    def new_document(self, template_id: str, title: str = "Untitled briefing") -> None:
        template = self.templates.get(template_id)
        doc = Briefing(title=title, template=template.id,
                       metadata=Metadata(language=template.language),
                       sections=[Section(s.key, s.heading) for s in template.sections])
        self._replace(doc, None)

    def open_document(self, path: Path) -> list[Drift]:
        """Open a briefing file. One whose template is not installed here opens too, with its
        sections as saved (``template_missing`` says so; export uses a generic layout)."""
        from briefing.core.documents import reconcile

        doc = documents.load(path)
        self._replace(doc, Path(path))
        return reconcile.drift(doc, self.library, self.language())

    @property
    def template_missing(self) -> bool:
        """The open briefing's template is not installed here (a generic layout stands in)."""
        return self.document is not None and self.template().generic

    def save(self, path: Path | None = None) -> Path:
        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("save() needs a path for a new briefing")
        documents.save(self.document, target)
        self.path = target
        self.undo_stack.setClean()
        self._autosave.stop()
        self._clear_recovery()
        self._update_dirty()
        return target

    def close_document(self) -> None:
        self._autosave.stop()
        self._clear_recovery()
        self.document, self.path = None, None
        self.undo_stack.clear()
        self._new_revision()
        self.documentReplaced.emit()
        self._update_dirty()

    def _replace(self, doc: Briefing, path: Path | None, dirty: bool = False) -> None:
        self._autosave.stop()
        self._recovery_generation += 1  # an autosave of the briefing before is stale
        self.document, self.path = doc, path
        self.undo_stack.clear()
        self._new_revision()
        self.documentReplaced.emit()
        if dirty:  # a recovered document differs from what is on disk
            self.undo_stack.resetClean()
        self._dirty = not self._document_dirty()  # always announce the state
        self._update_dirty()

    def _new_revision(self) -> None:
        """Another briefing (or none): its pages are counted afresh."""
        self.revision += 1
        self.page_counter.forget()
        self.page_counter.changed()

    def template(self):
        """The open briefing's template, or a generic layout when it is not installed."""
        return self.templates.for_briefing(self.document)

    def language(self) -> str:
        """The briefing's language: its own, else its template's (BCP 47)."""
        return briefing_language(self.document, self.template().language)

    # ---- recovery --------------------------------------------------------------------------

    def pending_recovery(self) -> Recovered | None:
        return self.recovery.find()

    def recover(self, recovered: Recovered) -> None:
        self._replace(recovered.briefing, recovered.original, dirty=True)
        self.autosave()

    def discard_recovery(self) -> None:
        """Not recovered now: set aside for File > Recover, not deleted."""
        self.recovery.keep()

    def recovery_files(self) -> list[Recovered]:
        return self.recovery.files()

    def autosave(self) -> None:
        """Write the unsaved briefing to the recovery file: serialised here, written (and
        synced) on a pool thread, so typing never waits for the disk."""
        if self.document is None or not self.dirty:
            return
        if self._autosaving:  # one write at a time; the newest state is written next
            self._autosave_again = True
            return
        data, original = documents.dumps(self.document), self.path
        generation = self._recovery_generation
        self._autosaving = True

        def work(_progress):
            self.recovery.write(data, original)
            return generation

        def finished(written_for) -> None:
            self._autosaving = False
            if written_for != self._recovery_generation:  # saved or closed meanwhile
                self.recovery.clear()
            elif written_for is not None:
                self.autosaved.emit()
            if self._autosave_again:
                self._autosave_again = False
                self.autosave()

        self.tasks.start(work, finished, lambda _message: finished(None))

    def _clear_recovery(self) -> None:
        """The briefing was saved or closed: no recovery file (nor one still being written)."""
        self._recovery_generation += 1
        self._autosave_again = False
        self.recovery.clear()

    # ---- edits (undoable) ------------------------------------------------------------------

    def changed(self, structure=False, metadata=False, select: str = "", item: str = "",
                reveal: bool = False, undone: bool = False):
        """Called by the undo commands after they change the document: its ``structure``
        (then ``select`` is the item to select), its ``metadata``, or one ``item``'s text
        (``reveal``: select it and show the change). ``undone``: the change is an Undo (of an
        add: what it removed comes back with Redo, not with Undo); ``last_undone`` says so to
        whoever the signals reach."""
        self.last_undone = undone
        self.revision += 1
        self.page_counter.changed()
        if structure:
            self.structureChanged.emit(select)
        if item:
            self.itemChanged.emit(item, reveal)
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
            label = (translate("Controller", "Add Claim") if len(items) == 1 else
                     translate("Controller", "Add {count} Claims").format(count=len(items)))
            self.undo_stack.push(InsertItems(self, key, items, index, label))

    def add_paragraph(self, key: str, text: str = "", index: int | None = None) -> str:
        item = Paragraph(text)
        self.undo_stack.push(InsertItems(self, key, [item], index,
                                         translate("Controller", "Add Paragraph")))
        return item.uid

    def set_text(self, uid: str, text: str, field: str = "text") -> None:
        """Set a paragraph's text or a claim's commentary (``field`` "text"), or an item's
        private note ("private_note"), as one step."""
        self.undo_stack.push(SetText(self, uid, strip_controls(text), field))

    def type_text(self, uid: str, field: str, text: str, position: int, removed: int,
                  added: int, label: str = "Typing", fresh: bool = False) -> None:
        """What was typed into the composer's box for ``field`` of item ``uid``: the box
        now holds ``text`` after ``removed`` characters at ``position`` were replaced by
        ``added``. Consecutive keys merge into one undo step (see ``commands.Typing``);
        ``fresh`` starts a new one (the cursor was put there by hand)."""
        self.undo_stack.push(Typing(self, uid, field, text, position, removed, added, label,
                                    fresh))

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
        value = strip_controls(value)
        current = getattr(doc, name) if name in ("title", "subtitle") else getattr(
            doc.metadata, name)
        if current != value:
            self.undo_stack.push(SetField(self, name, value, FIELD_LABELS.get(name, name)))

    def drift_message(self, uid: str) -> str:
        """What changed in the library for one cited item ("" when nothing did)."""
        from briefing.core.documents import reconcile

        return next((d.message() for d in reconcile.drift(self.document, self.library,
                                                         self.language()) if d.item == uid), "")

    def refresh_claims(self, claim_ids: set[str] | None = None) -> list[str]:
        from briefing.core.documents import reconcile

        done = reconcile.refresh(self.document, self.library, claim_ids, self.language())
        if done:  # not undoable: it is a deliberate choice the user confirmed
            self.undo_stack.resetClean()
            self._update_dirty()
            self.changed(structure=True)
        return done

    # ---- checks, preview, export ---------------------------------------------------------------

    def preflight(self) -> list[Finding]:
        """The preflight checks, and (for a template with a page limit) whether the PDF fits
        it, by the page count of the briefing as it is now (the export checks again)."""
        from briefing.core.documents.preflight import check

        template = self.template()
        found = check(self.document, template, self.library)
        pages = self.page_counter.pages()
        if pages is not None and template.page_budget:
            from briefing.export.pipeline import page_budget_findings

            found += page_budget_findings(pages, template)
        return found

    # ---- the library's curation, undoable ------------------------------------------------------

    def set_retired(self, claim_id: str, retired: bool) -> None:
        """Retire (hide from search) or restore a library claim, as a step of the history."""
        label = (translate("Controller", "Retire Claim") if retired else
                 translate("Controller", "Restore Claim"))
        self.undo_stack.push(SetRetired(self, claim_id, retired, label))

    def apply_retired(self, claim_id: str, retired: bool) -> None:
        if retired:
            self.retire_claim(claim_id)
        else:
            self.restore_claim(claim_id)

    def _snapshot(self) -> Briefing:
        return documents.loads(documents.dumps(self.document))

    def render_preview(self, style_id: str | None, on_done, on_failed) -> None:
        """Render the HTML preview off the GUI thread (citation engines take seconds to build)."""
        from briefing.export.html import body_html
        from briefing.export.pipeline import Exporter, ExportSettings

        # Serialised here (a copy the typing cannot change), read back on the pool thread.
        data, templates, styles = documents.dumps(self.document), self.templates, self.styles

        def work(_progress):
            doc = documents.loads(data)
            rendered = Exporter(templates, styles, processors=self.processors).render(
                doc, ExportSettings(style=style_id))
            return body_html(rendered)

        self.tasks.start(work, on_done, on_failed)

    def export(self, path: Path, settings, on_done, on_failed, on_progress=None):
        from briefing.core.library import Library
        from briefing.export.pipeline import Exporter

        doc, templates, styles = self._snapshot(), self.templates, self.styles
        library_path, source_path = self.library.path, self.path

        def work(progress):
            # The worker opens its own connection: SQLite connections stay in their thread.
            with Library.open(library_path, create=False) as library:
                return Exporter(templates, styles, library, processors=self.processors).export(
                    doc, path, settings, progress, source_path)

        return self.tasks.start(work, on_done, on_failed, on_progress)
