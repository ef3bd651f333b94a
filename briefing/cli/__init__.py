"""The ``briefing`` command line: a thin layer over the core API. ``main`` parses argv once and
dispatches; ``library``-reading commands live there too, the commands on briefing files in
``documents``, the curators' in ``curation``, and what every command prints with in ``output``.
"""

from briefing.cli.main import (
    Context,
    build_parser,
    bundled_library_version,
    main,
    parse,
    print_licences,
    run,
)

__all__ = ["Context", "build_parser", "bundled_library_version", "main", "parse",
           "print_licences", "run"]
