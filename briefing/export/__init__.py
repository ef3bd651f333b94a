"""The export: preflight → render → writer → atomic file (``pipeline``). The CLI and the GUI
both call ``pipeline.Exporter``.

``FORMATS`` lives here, not in ``pipeline``, so the command line can list the formats without
importing the export machinery (the templates' Jinja2, the citation engine).
"""

FORMATS = ("docx", "pdf", "md", "html")
