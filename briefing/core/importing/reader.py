"""Reading a file (or bytes) into an ImportedDocument, whatever its format."""

from __future__ import annotations

from pathlib import Path

from briefing.core.errors import marked
from briefing.core.importing import docx, html, markdown, pdf, plain
from briefing.core.importing.base import ImportedDocument, check_text_size, read_limited
from briefing.core.importing.detect import claimed_format, detect
from briefing.core.importing.errors import (
    DamagedFileError,
    NoTextError,
    TextEncodingError,
    UnsupportedFileError,
)
from briefing.core.importing.language import detect_language
from briefing.core.importing.repeats import find_repeats


def read_document(path: Path) -> ImportedDocument:
    path = Path(path)
    return read_bytes(read_limited(path), path.name)


def read_bytes(data: bytes, name: str) -> ImportedDocument:
    """Read a document held in memory; ``name`` is its file name (extension, messages)."""
    fmt, warnings = detect(data, name)
    reader = {"text": plain.read_plain, "markdown": markdown.read_markdown,
              "html": html.read_html, "docx": docx.read_docx, "pdf": pdf.read_pdf}[fmt]
    try:
        document = reader(data, name)
    except (UnsupportedFileError, TextEncodingError) as exc:
        claimed = claimed_format(name)
        if claimed in ("pdf", "docx") and fmt not in ("pdf", "docx"):
            label = "PDF" if claimed == "pdf" else "Word document"
            raise DamagedFileError(marked("core", "{name} is not a {label} (its first bytes are "
                                                  "not a {label}'s) nor text; it is damaged or "
                                                  "another kind of file."), name=name, label=label) from exc
        raise
    if not document.text.strip():
        raise NoTextError(marked("core", "{name} holds no text to import."), name=name)
    check_text_size(document.text, name)
    return ImportedDocument(
        text=document.text,
        metadata=document.metadata,
        language=document.metadata.get("language") or detect_language(document.text),
        format=document.format,
        warnings=warnings + document.warnings,
        repeats=find_repeats(document.text),
    )

