"""Plain text files: decoded (see ``base.decode_text``), cleaned, otherwise verbatim."""

from __future__ import annotations

from briefing.core.importing.base import ImportedDocument, clean_text, decode_text


def read_plain(data: bytes, name: str) -> ImportedDocument:
    text, warnings = decode_text(data, name)
    text, more = clean_text(text)
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    metadata = {"title": title[:300]} if 0 < len(title) <= 300 else {}
    return ImportedDocument(text=text, metadata=metadata, format="text", warnings=warnings + more)
