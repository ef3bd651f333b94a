"""What every format reader shares: the result type, the limits, decoding and cleaning text.

Decisions (documented here because every reader follows them):

- A source keeps its extracted text verbatim: claims point into exactly the text
  stored, so nothing is reflowed after import. The only changes made to any text
  are the ones :func:`clean_text` lists (line ends, Unicode NFC, characters a Word
  document cannot hold), each reported as a warning when it changed anything.
- Bytes are decoded as UTF-8 (a BOM is allowed), then as UTF-16/32 when a BOM
  says so. Text that is not UTF-8 and holds no NUL byte falls back to
  Windows-1252, the usual encoding of older Western files, and the result carries
  a warning saying so; bytes Windows-1252 cannot map are an error. NUL bytes or
  many control bytes mean the file is binary, not text: an error.
- Limits: files over :data:`MAX_FILE_BYTES` are refused before they are read, and
  text over :data:`MAX_TEXT_CHARS` characters is refused after extraction.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from briefing.core.errors import marked
from briefing.core.importing.errors import (
    FileTooLargeError,
    TextEncodingError,
    UnsupportedFileError,
)
from briefing.core.model import Repeat
from briefing.core.reading import check_regular

MAX_FILE_BYTES = 20 * 1024 * 1024  # 20 MiB: far above any article, report or book chapter
MAX_TEXT_CHARS = 2_000_000  # about 300,000 words

# Characters XML 1.0 (so Word) cannot hold, plus DEL and C1 controls (mis-decoding marks)
# and the BOM / non-characters. Tab and newline stay.
UNWANTED = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff]"
)
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


@dataclass(frozen=True)
class ImportedDocument:
    """A file read into text, before it becomes a source.

    ``metadata`` holds :class:`~briefing.core.model.Source` field values the file
    itself states (title, author, published, url, …); the caller's own values win.
    """

    text: str
    metadata: dict = field(default_factory=dict)
    language: str = ""  # detected; "" when unsure
    format: str = "text"  # text, markdown, html, docx, pdf
    warnings: list[str] = field(default_factory=list)
    repeats: tuple[Repeat, ...] = ()


def read_limited(path: Path) -> bytes:
    """The file's bytes, refusing anything over the size limit before reading it."""
    try:
        size = path.stat().st_size
        check_regular(path, "document to import", UnsupportedFileError)  # a pipe, a device…
        if size > MAX_FILE_BYTES:
            raise FileTooLargeError(marked("core", "{file} is {size:.1f} MB; Briefing imports "
                                                   "files up to {limit} MB (split it or "
                                                   "extract the part you need)."),
                                    file=path.name, size=size / 1048576,
                                    limit=MAX_FILE_BYTES // 1048576)
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise UnsupportedFileError(marked("core", "There is no file {path}."),
                                   path=path) from None
    except OSError as exc:
        raise UnsupportedFileError(marked("core", "{path} cannot be read: {reason}."),
                                   path=path, reason=exc.strerror or exc) from None
    if len(data) > MAX_FILE_BYTES:  # it grew while we looked
        raise FileTooLargeError(marked("core", "{file} is over the {limit} MB limit."),
                                file=path.name, limit=MAX_FILE_BYTES // 1048576)
    return data


def looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    return len(_BINARY_BYTES.findall(sample)) > max(8, len(sample) // 100)


def decode_text(data: bytes, name: str) -> tuple[str, list[str]]:
    """Bytes to text by the rules in the module docstring; returns text and warnings."""
    boms = (
        (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"),
        (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
        (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
        (b"\xff\xfe", "utf-16", "UTF-16"),
        (b"\xfe\xff", "utf-16", "UTF-16"),
    )
    for bom, codec, label in boms:
        if data.startswith(bom):
            try:
                return data.decode(codec), []
            except UnicodeDecodeError as exc:
                raise TextEncodingError(marked("core", "{name} starts with a {label} byte-order "
                                                       "mark but is not valid {label} (bad "
                                                       "bytes at position {start}); save it "
                                                       "again as UTF-8."),
                                        name=name, label=label, start=exc.start) from None
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    if looks_binary(data):
        raise UnsupportedFileError(marked("core", "{name} is not a text file (it holds binary "
                                                  "data); Briefing imports plain text, "
                                                  "Markdown, HTML, Word (.docx) and PDF files."),
                                   name=name)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise TextEncodingError(marked("core", "{name} is neither UTF-8 nor Windows-1252 text "
                                               "(byte 0x{data:02x} at position {start}); save "
                                               "it as UTF-8 and import it again."),
                                name=name, data=data[exc.start], start=exc.start) from None
    return text, [
        f"{name} is not UTF-8: it was read as Windows-1252 (Western European); "
        "check that accented letters and quotation marks came out right."
    ]


def clean_text(text: str) -> tuple[str, list[str]]:
    """Normalise line ends and Unicode (NFC), drop characters Word cannot hold, trim the ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x0c", "\n\n")
    text = text.replace("\x0b", "\n")
    warnings = []
    removed = len(UNWANTED.findall(text))
    if removed:
        text = UNWANTED.sub("", text)
        warnings.append(
            f"Removed {removed} control character{'s' if removed != 1 else ''} "
            "a document cannot hold."
        )
    text = unicodedata.normalize("NFC", text).strip()
    return text, warnings


def check_text_size(text: str, name: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise FileTooLargeError(marked("core", "{name} holds {count:,} characters of text; "
                                               "Briefing imports up to {limit:,} "
                                               "(import the part you need)."),
                                name=name, count=len(text), limit=MAX_TEXT_CHARS)


class TextBuilder:
    """Collects extracted text with a hard cap, so a hostile file cannot fill memory."""

    def __init__(self, name: str, limit: int = MAX_TEXT_CHARS):
        self.name = name
        self.limit = limit
        self.parts: list[str] = []
        self.size = 0

    def add(self, piece: str) -> None:
        self.size += len(piece)
        if self.size > self.limit:
            raise FileTooLargeError(marked("core", "{name} holds more than {limit:,} characters "
                                                   "of text; Briefing imports up to that "
                                                   "(import the part you need)."),
                                    name=self.name, limit=self.limit)
        self.parts.append(piece)

    def text(self) -> str:
        return "".join(self.parts)


_ISO_PREFIX = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_PDF_DATE = re.compile(r"^\s*D:(\d{4})(\d{2})?(\d{2})?")


def iso_date(value: str) -> str:
    """The date part of an ISO 8601 or PDF date ("2025-07-29T10:00Z" -> "2025-07-29"), or ""."""
    match = _PDF_DATE.match(value) or _ISO_PREFIX.match(value)
    if not match:
        return ""
    year, month, day = match.groups()
    if month and not 1 <= int(month) <= 12 or day and not 1 <= int(day) <= 31:
        return year
    return "-".join(p for p in (year, month, day if month else None) if p)


def first_line(value: str, limit: int = 500) -> str:
    """Metadata text on one line, trimmed (file metadata can hold anything)."""
    return " ".join(clean_text(value)[0].split())[:limit]
