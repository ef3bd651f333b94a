"""Compare a briefing's claim snapshots with the library; take the library's text on request.

Nothing changes a briefing silently: ``drift`` only reports, ``refresh``
replaces snapshots only for the claims the user chose.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.core.documents import Briefing, cite
from briefing.core.errors import NotFoundError
from briefing.core.library import Library

COMPARED = ("statement", "quote", "start", "end", "kind", "speaker", "event_date", "actors",
            "topics", "status", "reader_note", "curator_note", "quote_is_translation",
            "quote_translated_from", "quote_translator")
SOURCE_COMPARED = ("title", "title_short", "author", "outlet", "publisher", "published",
                   "date_approximate", "language", "url")


@dataclass(frozen=True)
class Drift:
    item: str  # uid
    claim_id: str
    kind: str  # changed | retired | vanished
    fields: tuple[str, ...] = ()

    def message(self) -> str:
        if self.kind == "vanished":
            return (f"Claim {self.claim_id} is no longer in the library; the briefing keeps its "
                    "saved copy.")
        if self.kind == "retired":
            return f"Claim {self.claim_id} was retired by the library's curators."
        return (f"Claim {self.claim_id} changed in the library ({', '.join(self.fields)}); the "
                "briefing keeps its saved copy until you refresh it.")


def drift(briefing: Briefing, library: Library) -> list[Drift]:
    found = []
    for item in briefing.cited():
        try:
            current = library.claim(item.claim_id)
        except NotFoundError:
            found.append(Drift(item.uid, item.claim_id, "vanished"))
            continue
        changed = tuple(f for f in COMPARED if getattr(current, f) != getattr(item.claim, f))
        try:
            source = library.source(current.source_id)
            changed += tuple(f"source {f}" for f in SOURCE_COMPARED
                             if getattr(source, f) != getattr(item.source, f))
        except NotFoundError:
            pass
        if changed:
            found.append(Drift(item.uid, item.claim_id, "changed", changed))
        elif current.retired:
            found.append(Drift(item.uid, item.claim_id, "retired"))
    return found


def refresh(briefing: Briefing, library: Library, claim_ids: set[str] | None = None) -> list[str]:
    """Replace the snapshots of changed claims (all, or those in ``claim_ids``) with the library's
    current text. Returns the ids refreshed; vanished claims keep their snapshot."""
    done = []
    for entry in drift(briefing, library):
        if entry.kind != "changed" or (claim_ids is not None and entry.claim_id not in claim_ids):
            continue
        section, index = briefing.find(entry.item)
        old = section.items[index]
        claim = library.claim(entry.claim_id)
        new = cite(claim, library.source(claim.source_id), old.comment, old.private_note)
        new.uid = old.uid
        section.items[index] = new
        done.append(entry.claim_id)
    return done
