"""Start-up: the command line when a command is given, the desktop app otherwise.

This is the one place that builds the long-lived objects (paths, library,
controller, window) and passes them to whoever needs them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from briefing.core.paths import Paths


def _desktop_only(argv: list[str]) -> Path | None | bool:
    """For a plain start of the desktop app (no arguments, or only ``--library PATH``): the
    library path (None: the user's own). False for anything else, which the full parser reads.
    Starting the app this way skips importing every command's modules (a third of a second)."""
    if not argv:
        return None
    if len(argv) == 2 and argv[0] == "--library" and argv[1] and not argv[1].startswith("-"):
        return Path(argv[1])
    if len(argv) == 1 and argv[0].startswith("--library=") and len(argv[0]) > len("--library="):
        return Path(argv[0].split("=", 1)[1])
    return False


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    paths = Paths.default()
    library = _desktop_only(argv)
    if library is not False and not any(0xD800 <= ord(c) <= 0xDFFF for c in "".join(argv)):
        from briefing.gui.launch import launch

        return launch(paths, library)
    from briefing import cli

    args = cli.parse(argv, paths)  # the one parse: usage errors exit here
    if args.self_test:  # headless, before the GUI/CLI split; works in the bundle too
        from briefing import selftest

        return selftest.run()
    if args.licenses:
        return cli.print_licences(paths)
    if args.command is not None:
        return cli.run(args, paths)
    # Qt is imported only for the GUI, so scripts and tests of the CLI never load it.
    from briefing.gui.launch import launch

    return launch(paths, args.library)
