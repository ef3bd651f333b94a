"""Importing documents into the library as new sources.

``read_document(path)`` reads a file into an :class:`ImportedDocument` (text,
metadata the file states, detected language, warnings, repeated passages);
``build_source`` turns that plus the curator's values into a user-origin
:class:`~briefing.core.model.Source`; ``add_source`` stores it, refusing a text
the library already holds. ``import_file`` does all three. Formats: plain text,
Markdown, HTML, Word (.docx) and PDF, told apart by content (see ``detect``).
Every failure is a :class:`DocumentImportError` with a sentence for the user,
and nothing is written unless everything succeeded.
"""

from __future__ import annotations

from briefing.core.importing.base import ImportedDocument
from briefing.core.importing.errors import DocumentImportError, DuplicateSourceError
from briefing.core.importing.reader import read_bytes, read_document
from briefing.core.importing.sources import add_source, build_source, content_hash, import_file

__all__ = [
    "ImportedDocument", "DocumentImportError", "DuplicateSourceError", "read_document",
    "read_bytes", "build_source", "add_source", "import_file", "content_hash",
]
