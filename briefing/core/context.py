"""What the command line and the desktop app both build from the paths: the templates, the
citation styles and the open library.

Kept apart from ``briefing.cli`` so the desktop app can use it without importing every
command's modules; the heavy imports (jinja2 for templates, the citation engine's host,
the library) happen inside the methods, when they are called.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.core.paths import Paths

if TYPE_CHECKING:  # pragma: no cover
    from briefing.core.citations import Styles
    from briefing.core.library import Library
    from briefing.core.library.safety import LibraryGuard
    from briefing.core.templates import Templates


@dataclass
class Context:
    """What a command (or the app) needs, built by ``app.main`` and passed in."""

    paths: Paths
    library_path: Path | None = None  # --library; None means the user's own library
    announce_repairs: bool = True  # print a repair on stderr (the GUI shows a dialog instead)
    repair_message: str | None = None
    guard: LibraryGuard | None = None  # set when the user's own library was opened

    def templates(self) -> Templates:
        from briefing.core.templates import Templates

        return Templates([self.paths.templates, self.paths.user_templates])

    def styles(self) -> Styles:
        from briefing.core.citations import Styles

        return Styles([self.paths.resources / "csl", self.paths.user_styles])

    def open_library(self, progress: Callable[[str], None] | None = None, *,
                     later: bool = False) -> Library:
        """The library, built, refreshed from the bundle and checked as needed; ``progress``
        hears a sentence before each step that can take a while. With ``later``, the user's
        library is checked and backed up by ``guard`` afterwards (see LibraryGuard.open)."""
        from briefing.core.library import Library
        from briefing.core.library.bundle import load_bundle

        bundle = load_bundle(self.paths.bundled_library)
        if self.library_path is None:
            from briefing.core.library.safety import LibraryGuard

            # The user's own library: backed up, and repaired from the backup when damaged.
            self.guard = LibraryGuard(self.paths.library_file, self.paths.data / "backups")
            library, self.repair_message = self.guard.open(bundle, progress, later=later)
            if self.repair_message and self.announce_repairs:
                print(f"briefing: warning: {self.repair_message}", file=sys.stderr)
            return library
        # An explicit file must exist: a typo should not silently build a new library.
        return Library.open(self.library_path, bundle, create=False, progress=progress)
