"""Start-up: the command line when a command is given, the desktop app otherwise.

This is the one place that builds the long-lived objects (paths, library,
controller, window) and passes them to whoever needs them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from briefing.core.paths import Paths

SUFFIX = ".briefing"  # (briefing.core.documents.SUFFIX, not imported: it would load the core)


def _is_file_argument(arg: str) -> bool:
    """A file to open, not a command: a .briefing file, or any path with a folder in it (as
    a desktop's "Open with" passes); a missing or bad one is reported by the app."""
    return bool(arg) and not arg.startswith("-") and (
        arg.lower().endswith(SUFFIX) or "/" in arg or "\\" in arg)


def desktop_start(argv: list[str]) -> tuple[Path | None, Path | None] | None:
    """For a start of the desktop app (no arguments, ``--library PATH``, a briefing file to
    open, or both): (library path or None for the user's own, file or None). None for
    anything else, which the full parser reads. Starting the app this way skips importing
    every command's modules (a third of a second)."""
    library = file = None
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--library" and rest and rest[0] and not rest[0].startswith("-") \
                and library is None:
            library = Path(rest.pop(0))
        elif arg.startswith("--library=") and len(arg) > len("--library=") and library is None:
            library = Path(arg.split("=", 1)[1])
        elif file is None and _is_file_argument(arg):
            file = Path(arg)
        else:
            return None
    return library, file


def _desktop_only(argv: list[str]) -> Path | None | bool:
    """The library path of a plain desktop start (no file given); False otherwise."""
    found = desktop_start(argv)
    if found is None or found[1] is not None:
        return False
    return found[0]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    paths = Paths.default()
    start = desktop_start(argv)
    if start is not None and not any(0xD800 <= ord(c) <= 0xDFFF for c in "".join(argv)):
        from briefing.gui.launch import launch

        return launch(paths, *start)
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
