"""Telling a file's format from its first bytes; the extension only breaks ties.

PDF and zip files are known by their magic numbers, HTML by its opening tags;
what decodes as text is plain text, or Markdown when its name says .md. A file
whose name claims another format than its content is read by its content and
the result carries a warning; formats Briefing does not read are named in the
error so the user knows what to convert.
"""

from __future__ import annotations

import re

from briefing.core.errors import marked
from briefing.core.importing.errors import EncryptedFileError, UnsupportedFileError

FORMATS = ("text", "markdown", "html", "docx", "pdf")
_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".htm": "html", ".html": "html", ".xhtml": "html", ".docx": "docx", ".pdf": "pdf",
}
_HTML = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b",
                   re.I | re.S)
_KNOWN_BINARY = (
    (b"{\\rtf", "a Rich Text (RTF) file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x7fELF", "a program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
)


def claimed_format(name: str) -> str | None:
    """The format a file's extension claims, if it is one Briefing knows."""
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return _EXTENSIONS.get(suffix)


def detect(data: bytes, name: str) -> tuple[str, list[str]]:
    """The format to read ``data`` as, and warnings (a misleading extension)."""
    claimed = claimed_format(name)
    head = data[:1024]
    if b"%PDF-" in head:
        found = "pdf"
    elif data.startswith(b"PK\x03\x04"):
        found = "docx"  # the docx reader names other zip formats precisely
    elif data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise EncryptedFileError(marked("core", "{name} is a password-protected Office "
                                                    "document; save an unprotected copy as "
                                                    ".docx and import that."), name=name)
        raise UnsupportedFileError(marked("core", "{name} is an old Office document (.doc); save "
                                                  "it as .docx and import that."), name=name)
    else:
        for magic, what in _KNOWN_BINARY:
            if data.startswith(magic):
                raise UnsupportedFileError(marked("core", "{name} is {what}; Briefing imports "
                                                          "plain text, Markdown, HTML, Word "
                                                          "(.docx) and PDF files."),
                                           name=name, what=what)
        sample = _as_ascii(data[:4096])
        if _HTML.match(sample) or (claimed == "html" and b"<" in sample):
            found = "html"
        elif claimed == "markdown":
            found = "markdown"
        else:
            found = "text"
    warnings = []
    if claimed and claimed != found and {claimed, found} != {"text", "markdown"}:
        if claimed in ("pdf", "docx") and found in ("text", "markdown", "html"):
            warnings.append(f"{name} is named like a {claimed.upper()} file but holds "
                            f"{_LABEL[found]}; it was read as {_LABEL[found]}.")
        else:
            warnings.append(f"{name} is named like {_LABEL[claimed]} but is {_LABEL[found]}; "
                            f"it was read as {_LABEL[found]}.")
    return found, warnings


_LABEL = {"text": "plain text", "markdown": "Markdown", "html": "HTML",
          "docx": "a Word document", "pdf": "a PDF"}


def _as_ascii(sample: bytes) -> bytes:
    """UTF-16 text with a BOM seen as bytes a regex can match (drop the zero bytes)."""
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return sample[2:].replace(b"\x00", b"")
    return sample.removeprefix(b"\xef\xbb\xbf")
