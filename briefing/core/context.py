"""What the command line and the desktop app both build from the paths: the templates, the
citation styles, the citation processors and the open library.

Kept apart from ``briefing.cli`` so the desktop app can use it without importing every
command's modules; the heavy imports (jinja2 for templates, the citation processors,
the library) happen inside the methods, when they are called. The styles and the processors
are built once per context and kept: they hold what makes a second export fast (the style
headers read, the citation engines built, the results worked out).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.core.paths import Paths

if TYPE_CHECKING:  # pragma: no cover
    from briefing.core.citations import Processors, Styles
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
    # Built on first use by styles() and processors(); given, they are used as they are
    # (tests share one set of processors).
    citation_styles: Styles | None = None
    citation_processors: Processors | None = None

    def templates(self) -> Templates:
        from briefing.core.templates import Templates

        return Templates([self.paths.templates, self.paths.user_templates])

    def styles(self) -> Styles:
        if self.citation_styles is None:
            from briefing.core.citations import Styles

            self.citation_styles = Styles([self.paths.resources / "csl", self.paths.user_styles])
        return self.citation_styles

    def processors(self) -> Processors:
        """The citation processors (citeproc-js in QuickJS), loaded when first used; results
        are kept on disk in the user's cache folder."""
        if self.citation_processors is None:
            from briefing.core.citations import Processors

            self.citation_processors = Processors(self.paths.resources / "csl",
                                                  results_dir=self.paths.citation_results)
        return self.citation_processors

    def close(self) -> None:
        """End the citation processors' threads, if they were started."""
        if self.citation_processors is not None:
            self.citation_processors.close()

    def open_library(self, progress: Callable[[str], None] | None = None, *,
                     later: bool = False) -> Library:
        """The library, built, refreshed from the bundle and checked as needed; ``progress``
        hears a sentence before each step that can take a while. With ``later``, the user's
        library is checked and backed up by ``guard`` afterwards (see LibraryGuard.open)."""
        from briefing.core.library import Library
        from briefing.core.library.bundle_folder import BundleFolder

        bundle = BundleFolder(self.paths.bundled_library)  # read only when it changed
        if self.library_path is None:
            from briefing.core.library.safety import LibraryGuard

            # The user's own library: backed up, and repaired from the backup when damaged.
            self.guard = LibraryGuard(self.paths.library_file, self.paths.data / "backups")
            library, self.repair_message = self.guard.open(bundle, progress, later=later)
            if self.announce_repairs:
                for message in [self.repair_message, *self.guard.warnings]:
                    if message:
                        print(f"briefing: warning: {message}", file=sys.stderr)
            return library
        # An explicit file must exist: a typo should not silently build a new library.
        return Library.open(self.library_path, bundle, create=False, progress=progress)
