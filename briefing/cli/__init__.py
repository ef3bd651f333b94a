"""The ``briefing`` command line: a thin layer over the core API (``main``), with the commands
on briefing files (``documents``) and on the library's curation (``curation``).
"""

from briefing.cli.main import Context, build_parser, bundled_library_version, main

__all__ = ["Context", "build_parser", "bundled_library_version", "main"]
