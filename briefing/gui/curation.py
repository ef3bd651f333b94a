"""Curation requests: import documents, capture, edit, retire and link claims.

A mixin for the controller, kept apart so each file stays small. Every change
goes through the core's curation API and then announces ``libraryChanged``.
"""

from __future__ import annotations

from pathlib import Path

# The core's curation and importing modules are imported where they are used: they pull in
# the document readers and the citation styles, which the window does not need to show.


class CurationRequests:
    """Needs ``self.library``, ``self.tasks``, ``self.vocabulary`` and a ``libraryChanged``
    signal."""

    def read_document(self, path: Path, on_done, on_failed) -> None:
        """Read and extract a file off the GUI thread (PDFs and big files take a moment)."""
        from briefing.core.importing.reader import read_document

        self.tasks.start(lambda _progress: read_document(Path(path)), on_done, on_failed)

    def add_source(self, document, overrides: dict, name: str = ""):
        from briefing.core.importing.sources import add_source, build_source

        source = add_source(self.library, build_source(document, overrides, name))
        self.libraryChanged.emit()
        return source

    def capture_claim(self, source_id: str, start: int, end: int, statement: str,
                      kind: str, **fields):
        from briefing.core.curation import claims as curation

        claim = curation.add_claim_at(self.library, source_id, start, end, statement, kind,
                                      **fields)
        self.libraryChanged.emit()
        return claim

    def edit_claim(self, claim_id: str, **changes):
        from briefing.core.curation import claims as curation

        claim = curation.edit_claim(self.library, claim_id, **changes)
        self.libraryChanged.emit()
        return claim

    def retire_claim(self, claim_id: str):
        from briefing.core.curation import claims as curation

        claim = curation.retire_claim(self.library, claim_id)
        self.libraryChanged.emit()
        return claim

    def restore_claim(self, claim_id: str):
        from briefing.core.curation import claims as curation

        claim = curation.restore_claim(self.library, claim_id)
        self.libraryChanged.emit()
        return claim

    def similar_claims(self, claim):
        from briefing.core.curation import links

        return links.similar_claims(self.library, claim)

    def link_claims(self, first: str, second: str) -> list[str]:
        from briefing.core.curation import links

        done = links.link_claims(self.library, first, second)
        self.libraryChanged.emit()
        return done

    def linked(self, claim_id: str) -> list[str]:
        from briefing.core.curation import links

        return links.linked(self.library, claim_id)

    def suggestions(self, source):
        from briefing.core.curation.suggest import suggest_claims

        return suggest_claims(source.text, self.vocabulary("actor"))

    def source_headings(self):
        return self.library.source_headings()
