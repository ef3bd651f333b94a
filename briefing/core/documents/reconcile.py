"""Compare a briefing's claim snapshots with the library; take the library's text on request.

Nothing changes a briefing silently: ``drift`` only reports, ``refresh``
replaces snapshots only for the claims the user chose.

The statement and the reader's note are compared per language: English always, and each
other language that the saved snapshot has or that the briefing is written in (a German
briefing is told when the library has a German statement its snapshot lacks; an English one
is not). Such a change is named "statement (de)" or "reader_note (de)".
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.core.documents import Briefing, cite
from briefing.core.errors import NotFoundError
from briefing.core.library import Library
from briefing.core.model import ENGLISH, TRANSLATED, Claim
from briefing.core.text.languages import primary_language

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


def changed_fields(current: Claim, saved: Claim, language: str = "") -> list[str]:
    """The fields of the library's claim ``current`` that differ from the briefing's snapshot
    ``saved``, for a briefing in ``language``; see the module docstring."""
    changed = [f for f in COMPARED if getattr(current, f) != getattr(saved, f)]
    for name in TRANSLATED:
        languages = {code for code, _ in getattr(saved, f"{name}_translations")}
        languages |= {primary_language(language)} - {"", ENGLISH}
        changed += [f"{name} ({code})" for code in sorted(languages)
                    if current.text_in(name, code) != saved.text_in(name, code)]
    return changed


def drift(briefing: Briefing, library: Library, language: str = "") -> list[Drift]:
    """What changed in the library since the briefing's claims were cited; ``language``: the
    briefing's (its statement in that language is compared too)."""
    found = []
    for item in briefing.cited():
        try:
            current = library.claim(item.claim_id)
        except NotFoundError:
            found.append(Drift(item.uid, item.claim_id, "vanished"))
            continue
        changed = tuple(changed_fields(current, item.claim, language))
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


def refresh(briefing: Briefing, library: Library, claim_ids: set[str] | None = None,
            language: str = "") -> list[str]:
    """Replace the snapshots of changed claims (all, or those in ``claim_ids``) with the library's
    current text. Returns the ids refreshed; vanished claims keep their snapshot."""
    done = []
    for entry in drift(briefing, library, language):
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
