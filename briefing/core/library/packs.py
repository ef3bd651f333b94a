"""Library packs: a library, or part of it, as one file to carry to other laptops.

A pack is one UTF-8 JSON file::

    {"format": "briefing-library-pack", "version": 4, "created": "...", "app": "...",
     "sources": [{...Source fields..., "text": "...", "text_sha256": "..."}],
     "claims": [{...Claim fields...}], "links": [["claim-a", "claim-b"], ...]}

Claims carry both notes, ``reader_note`` and ``curator_note`` (a pack moves the library
between curators, so the curator's note travels with it), and ``note``, the deprecated alias
of ``reader_note`` for scripts that read packs; on import ``note`` is read only from a
version 1 pack, whose one note per claim is split as the library's migration splits it.
Claims carry ``statements``, their statement per language (``{"en": …, "de": …}``; version 3,
issue 19); ``statement`` stays the English one. A pack of version 2 or before has English
statements only. Version 4 (issue 16): claims carry ``quote_translated_from_by_language``
too, what a translated quote translates per language; a pack before it leaves the
library's translations of that as they are.

Sources carry their full text (and its SHA-256), so claims' offsets can be
checked on arrival. Importing merges by stable id and content:

- a row the library lacks is added (as the user's own: the bundled refresh never
  retires or overwrites it);
- a row identical to the library's is skipped;
- a row that is exactly what a pack brought before, or comes from a pack older
  than the one that last wrote the library's row, is skipped (the library's is
  newer);
- a row that differs replaces the library's only when the library's is "clean":
  bundled and not edited here, or exactly as a pack last wrote it (the
  ``pack_rows`` table keeps the hash each pack import wrote, and the pack's time).
  Otherwise the library's row is the curator's own edit: it is left as it is and
  reported as a conflict. A claim whose quote is not at its offsets in the
  library's text of its source (because that source is in conflict) is a
  conflict too; so is a source whose text the library holds under another id,
  and a source whose text differs from the library's (claims point into that
  text, so a pack never changes it: only a source's metadata travels).

The pack is checked entry by entry as it is merged, in one transaction: the first
problem rolls everything back, so a bad pack changes nothing. Claims are decoded one at
a time (see ``pack_check``) and sources are read from the library once each, so a 61 MB
pack of 200,000 claims imports in bounded memory (figures in docs/reliability.md); a
``progress`` callback hears how far it got. A second import of the same pack adds and
updates nothing.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from briefing import __version__
from briefing.core.atomic import write_atomic
from briefing.core.errors import marked
from briefing.core.importing.sources import find_by_text
from briefing.core.library import Library
from briefing.core.library.pack_check import FORMAT, VERSION, PackError, PackReader
from briefing.core.model import TRANSLATED, Claim, Source

__all__ = ["FORMAT", "VERSION", "PackError", "PackReport", "export_pack", "import_pack"]


@dataclass
class Conflict:
    kind: str  # "source" or "claim"
    id: str
    reason: str


@dataclass
class PackReport:
    added: list[str] = field(default_factory=list)  # "source:<id>", "claim:<id>"
    updated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    links_added: int = 0

    def to_json(self) -> dict:
        return {"added": self.added, "updated": self.updated, "skipped": self.skipped,
                "conflicts": [asdict(c) for c in self.conflicts],
                "links_added": self.links_added}


def content_sha256(row: Source | Claim) -> str:
    """The hash of what a row says (origin excluded: it is where it came from, not content)."""
    data = row.to_json(with_text=True) if isinstance(row, Source) else row.to_json()
    data.pop("origin")
    if isinstance(row, Source) and not data.get("title_translated"):
        # Added by schema 5 (issue 17): a source without a translated title hashes as it
        # did before, so what packs recorded still matches it.
        data.pop("title_translated", None)
    if isinstance(row, Claim):
        # Added by schema 6 (issue 19): a claim in English only hashes as it did before, so
        # the hashes earlier imports recorded still match it.
        for name, key in TRANSLATED.items():
            if not getattr(row, f"{name}_translations"):
                data.pop(key)
    return json_sha256(data)


def json_sha256(data: dict) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


# ---- export ----------------------------------------------------------------------------------


def export_pack(library: Library, path: Path, source_ids=(), topic: str | None = None) -> dict:
    """Write the chosen part of the library to ``path``; returns counts of what it holds.

    ``source_ids``: those sources and all their claims; ``topic``: claims with that
    topic and their sources; both: that topic's claims among those sources;
    neither: everything. Retired claims go too, so retirement travels.
    """
    sources = {s.id: s for s in (library.source(i) for i in dict.fromkeys(source_ids))} \
        if source_ids else {s.id: s for s in library.sources()}
    claims = library.claims(include_retired=True)
    claims = [c for c in claims if c.source_id in sources]
    if topic is not None:
        known = {name.casefold(): name for name, _ in library.vocabulary("topic")}
        if topic.casefold() not in known:
            raise PackError(marked("core", "No claim has the topic '{topic}'. Known: {names}."),
                            topic=topic, names=', '.join(sorted(known.values())) or 'none')
        claims = [c for c in claims if topic.casefold() in {t.casefold() for t in c.topics}]
        sources = {i: s for i, s in sources.items() if any(c.source_id == i for c in claims)}
    ids = {c.id for c in claims}
    links = [[a, b] for a, b in library.db.execute(
        "SELECT claim_a, claim_b FROM claim_links ORDER BY 1, 2").fetchall()
        if a in ids and b in ids]
    pack = {
        "format": FORMAT, "version": VERSION, "app": f"briefing {__version__}",
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "sources": [_source_json(s) for s in sorted(sources.values(), key=lambda s: s.id)],
        "claims": [c.to_json() for c in claims],
        "links": links,
    }
    data = json.dumps(pack, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    write_atomic(Path(path), data)
    return {"sources": len(sources), "claims": len(claims), "links": len(links),
            "bytes": len(data)}


def _source_json(source: Source) -> dict:
    data = source.to_json(with_text=True)
    data["text_sha256"] = hashlib.sha256(source.text.encode("utf-8")).hexdigest()
    return data


# ---- import ----------------------------------------------------------------------------------


def import_pack(library: Library, path: Path,
                progress: Callable[[int, int], None] | None = None) -> PackReport:
    """Merge the pack at ``path`` into ``library`` (see the module docstring). ``progress``
    hears (claims done, claims in the pack) every 1,000 claims."""
    pack = PackReader(Path(path))
    merge = _Merge(library, pack.created, pack.version)
    with library.db.atomic():
        blocked = {s.id for s in pack.sources if not merge.source(s)}
        for done, claim in enumerate(pack.claims()):
            if progress is not None and done % 1000 == 0:
                progress(done, pack.claim_count)
            if claim.source_id in blocked:
                merge.report.conflicts.append(Conflict(
                    "claim", claim.id, f"its source '{claim.source_id}' is in conflict"))
            else:
                merge.claim(claim)
        for a, b in pack.links():
            if _exists(library, a) and _exists(library, b):
                merge.report.links_added += library.db.execute(
                    "INSERT OR IGNORE INTO claim_links(claim_a, claim_b) VALUES (?, ?)",
                    sorted((a, b))).rowcount
    if progress is not None:
        progress(pack.claim_count, pack.claim_count)
    return merge.report


def _exists(library: Library, claim_id: str) -> bool:
    return library.db.execute("SELECT 1 FROM claims WHERE id = ?", [claim_id]).fetchone() \
        is not None


class _Merge:
    def __init__(self, library: Library, created: str, version: int = VERSION):
        self.library = library
        self.created = created  # when the pack was written ("" if unknown)
        # A pack before version 3 has no statements but the English: it says nothing about
        # the others, so the library's stay (a claim is not changed by their absence); nor
        # has one before version 4 what a translated quote translates in other languages.
        self.english_only = version < 3
        self.no_translated_from = version < 4
        self.report = PackReport()
        self.sources: dict[str, Source] = {}  # the library's, read once each

    def state(self, kind: str, row_id: str):
        """(origin, locally_modified, hash a pack wrote, that pack's time) or None."""
        table = "sources" if kind == "source" else "claims"
        row = self.library.db.execute(
            f"SELECT origin, locally_modified FROM {table} WHERE id = ?", [row_id]).fetchone()
        if row is None:
            return None
        recorded = self.library.db.execute(
            "SELECT sha256, pack_created FROM pack_rows WHERE kind = ? AND id = ?",
            [kind, row_id]).fetchone() or (None, "")
        return row[0], row[1], recorded[0], recorded[1]

    def decide(self, kind: str, row_id: str, current, incoming) -> str:
        """"add" or "update" (to do), or "skip" or "conflict" (reported here)."""
        state = self.state(kind, row_id)
        if state is None:
            return "add"
        origin, modified, recorded, recorded_time = state
        here, there = content_sha256(current), content_sha256(incoming)
        older = bool(self.created and recorded_time and self.created < recorded_time)
        if here == there or recorded == there or (older and recorded == here):
            # Identical; or what a pack already brought (the library's row is newer);
            # or an older pack than the one that wrote this row.
            self.report.skipped.append(f"{kind}:{row_id}")
            if here == there and recorded != here:
                self.record(kind, row_id, here)
            return "skip"
        if (origin == "bundled" and not modified) or recorded == here:
            return "update"
        self.report.conflicts.append(Conflict(kind, row_id, "it was changed in this library; "
                                              "the library's version was kept"))
        return "conflict"

    def source(self, source: Source) -> bool:
        """Merge one source; False when it is in conflict (its claims are then skipped)."""
        library = self.library
        state = self.state("source", source.id)
        if state is None:
            twin = find_by_text(library, source.text)
            if twin is not None:
                self.report.conflicts.append(Conflict(
                    "source", source.id, f"the library holds the same text as source '{twin}'"))
                return False
        current = library.source(source.id) if state else None
        if current is not None and current.text != source.text:
            # Claims here (the pack's or not) point into this text: a pack never changes it.
            self.report.conflicts.append(Conflict(
                "source", source.id, "its text differs from this library's text of it"))
            return False
        action = self.decide("source", source.id, current, source)
        if action in ("skip", "conflict"):
            return action == "skip"
        origin = state[0] if state else "user"
        stored = Source(**{**source.to_json(with_text=True), "repeats": source.repeats,
                           "origin": origin})
        library.put_source(stored)
        if origin == "bundled":
            library.db.execute("UPDATE sources SET locally_modified = 1 WHERE id = ?",
                               [source.id])
        self.record("source", source.id, content_sha256(stored))
        (self.report.added if state is None else self.report.updated).append(
            f"source:{source.id}")
        return True

    def claim(self, claim: Claim) -> None:
        library = self.library
        source = self.sources.get(claim.source_id)
        if source is None:  # a source of 2,000,000 characters: read it once, not per claim
            source = self.sources[claim.source_id] = library.source(claim.source_id)
        if source.text[claim.start:claim.end] != claim.quote:
            self.report.conflicts.append(Conflict(
                "claim", claim.id, "its quote is not at its offsets in this library's text of "
                f"'{claim.source_id}'"))
            return
        current = library.claim(claim.id) if _exists(library, claim.id) else None
        if current is not None and current.source_id != claim.source_id:
            self.report.conflicts.append(Conflict(
                "claim", claim.id, f"this library has a claim with that id from source "
                f"'{current.source_id}'"))
            return
        if self.english_only and current is not None:
            claim = replace(claim, statement_translations=current.statement_translations,
                            reader_note_translations=current.reader_note_translations)
        if self.no_translated_from and current is not None:
            claim = replace(claim, quote_translated_from_translations=(
                current.quote_translated_from_translations))
        action = self.decide("claim", claim.id, current, claim)
        if action in ("skip", "conflict"):
            return
        origin = "user" if current is None else current.origin
        stored = replace(claim, origin=origin)
        library.put_claim(stored, source)
        if origin == "bundled":
            library.db.execute("UPDATE claims SET locally_modified = 1 WHERE id = ?", [claim.id])
        self.record("claim", claim.id, content_sha256(stored))
        (self.report.added if current is None else self.report.updated).append(
            f"claim:{claim.id}")

    def record(self, kind: str, row_id: str, digest: str) -> None:
        self.library.db.execute(
            "INSERT OR REPLACE INTO pack_rows(kind, id, sha256, pack_created) VALUES (?, ?, ?, ?)",
            [kind, row_id, digest, self.created])
