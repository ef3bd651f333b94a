"""Start-up: the command line when a command is given, the desktop app otherwise.

This is the one place that builds the long-lived objects (paths, library,
controller, window) and passes them to whoever needs them.
"""

from __future__ import annotations

import sys

from briefing import cli
from briefing.core.paths import Paths


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    paths = Paths.default()
    args = cli.build_parser(paths).parse_args(argv)
    if args.self_test:  # headless, before the GUI/CLI split; works in the bundle too
        from briefing import selftest

        return selftest.run()
    if args.command is not None:
        return cli.main(argv, paths)
    # Qt is imported only for the GUI, so scripts and tests of the CLI never load it.
    from briefing.gui.launch import launch

    return launch(paths, args.library)
