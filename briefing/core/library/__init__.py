"""The claims library: one SQLite file (``database``: ``Library``), its schema and migrations
(``schema``), search (``search``), the curated bundle it is built from (``bundle``), the guard
that checks, backs up and repairs the user's library (``safety``) and claim packs (``packs``,
checked by ``pack_check``).

``Library`` and the row helpers are re-exported here: ``from briefing.core.library import
Library``.
"""

from briefing.core.library.database import CLAIM_SELECT, BundleUpdate, Library, claim_from_row

__all__ = ["CLAIM_SELECT", "BundleUpdate", "Library", "claim_from_row"]
