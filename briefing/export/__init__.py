"""The export: preflight → render → writer → atomic file (``pipeline``). The CLI and the GUI
both call ``pipeline.Exporter``.

``FORMATS`` lives here, not in ``pipeline``, so the command line can list the formats without
importing the export machinery (the templates' Jinja2, the citation engine).
"""

import os

FORMATS = ("docx", "pdf", "md", "html")

# The file extensions each format is known by (the first is the one added to a bare name).
EXTENSIONS = {"docx": ("docx",), "pdf": ("pdf",), "md": ("md", "markdown"),
              "html": ("html", "htm")}


def with_extension(path, fmt: str):
    """``path`` with the extension of ``fmt`` added when its name has none of a format's own
    ("paste-test" → "paste-test.docx", "notes.v2" → "notes.v2.docx"). A name that ends in a
    format's extension is kept as the user gave it, even another format's: they chose it.
    So is a name that is there already and is not a regular file (``-o /dev/null``, a pipe):
    the writer refuses it, rather than writing "null.md" beside it."""
    known = {ext for exts in EXTENSIONS.values() for ext in exts}
    if path.suffix.lower().lstrip(".") in known:
        return path
    if os.path.lexists(path) and not os.path.isfile(path):
        return path
    return path.with_name(f"{path.name}.{EXTENSIONS[fmt][0]}")
