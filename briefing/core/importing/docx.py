"""Word (.docx) files: the body text of word/document.xml, metadata from docProps/core.xml.

Safety, because a .docx is a zip of XML that anyone can hand-craft:

- zip: at most :data:`MAX_MEMBERS` members; a part we read must declare at most
  :data:`MAX_PART_BYTES` uncompressed and a compression ratio of at most
  :data:`MAX_RATIO` (for parts over 1 MiB), and it is streamed with the same byte
  cap, so a part that lies about its size is stopped all the same (zipfile also
  stops at the declared size and then fails the CRC check);
- XML: the stdlib expat parser, fed in chunks, with any DOCTYPE refused: Office
  files never have one, and without it there are no entity declarations (no
  billion laughs) and no external entities (no file or network reads).

Text: each ``w:p`` is a paragraph (paragraphs are joined by a blank line, empty
ones dropped); ``w:t`` is text, ``w:tab`` a tab, ``w:br``/``w:cr`` a line break,
``w:noBreakHyphen`` a hyphen. Deleted text (tracked changes), field codes and the
fallback copies of text boxes (``mc:Fallback``) are left out.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from xml.parsers import expat

from briefing.core.errors import marked
from briefing.core.importing.base import (
    MAX_TEXT_CHARS,
    ImportedDocument,
    clean_text,
    first_line,
    iso_date,
)
from briefing.core.importing.errors import (
    DamagedFileError,
    EncryptedFileError,
    FileTooLargeError,
    UnsafeFileError,
    UnsupportedFileError,
)

MAX_MEMBERS = 2000
MAX_PART_BYTES = 64 * 1024 * 1024
MAX_RATIO = 100
_CHUNK = 64 * 1024
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main "
_MC_FALLBACK = "http://schemas.openxmlformats.org/markup-compatibility/2006 Fallback"
_OTHER_OFFICE = {
    "xl/workbook.xml": "an Excel workbook",
    "ppt/presentation.xml": "a PowerPoint presentation",
    "mimetype": "an OpenDocument file",
}


def read_docx(data: bytes, name: str) -> ImportedDocument:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise DamagedFileError(marked("core", "{name} is damaged or truncated (it is not a "
                                              "readable Word document)."), name=name) from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise UnsafeFileError(marked("core", "{name} holds {count:,} files inside; a Word "
                                                 "document has far fewer, so Briefing does not "
                                                 "open it."), name=name, count=len(members))
        names = {m.filename for m in members}
        if "word/document.xml" not in names:
            kind = next((k for part, k in _OTHER_OFFICE.items() if part in names), "a zip archive")
            raise UnsupportedFileError(marked("core", "{name} is {kind}, not a Word document; "
                                                      "save it as .docx, PDF or text first."),
                                       name=name, kind=kind)
        body = _Body(name)
        _parse(archive, "word/document.xml", name, body)
        text, warnings = clean_text(body.finish())
        metadata = {}
        if "docProps/core.xml" in names:
            core = _Core()
            _parse(archive, "docProps/core.xml", name, core, limit=1024 * 1024)
            metadata = core.metadata()
    return ImportedDocument(text=text, metadata=metadata, format="docx", warnings=warnings)


def _parse(archive: zipfile.ZipFile, part: str, name: str, handler, limit=MAX_PART_BYTES) -> None:
    info = archive.getinfo(part)
    if info.flag_bits & 0x1:
        raise EncryptedFileError(marked("core", "{name} is password-protected; save an "
                                                "unprotected copy first."), name=name)
    if info.file_size > limit or (
        info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1)
    ):
        raise UnsafeFileError(marked("core", "{name} unpacks to {size:,.0f} MB of XML from "
                                             "{packed:,.1f} MB (a zip bomb?); Briefing does "
                                             "not open it."),
                              name=name, size=info.file_size / 1048576,
                              packed=info.compress_size / 1048576)
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse_doctype(name)
    parser.EntityDeclHandler = _refuse_doctype(name)
    parser.ExternalEntityRefHandler = _refuse_doctype(name)
    parser.StartElementHandler = handler.start
    parser.EndElementHandler = handler.end
    parser.CharacterDataHandler = handler.data
    parser.buffer_text = True
    total = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                total += len(chunk)
                if total > limit:
                    raise UnsafeFileError(marked("core", "{name} unpacks to more XML than its "
                                                         "size allows (a zip bomb?); Briefing "
                                                         "does not open it."), name=name)
                parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise DamagedFileError(marked("core", "{name} is damaged: {part} is not well-formed XML "
                                              "({problem}, line {lineno})."),
                               name=name, part=part, problem=expat.ErrorString(exc.code),
                               lineno=exc.lineno) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
        raise DamagedFileError(marked("core", "{name} is damaged or truncated ({part} cannot be "
                                              "unpacked)."), name=name, part=part) \
            from None


def _refuse_doctype(name: str):
    def refuse(*_args):
        raise UnsafeFileError(marked("core", "{name} contains an XML document type declaration, "
                                             "which Word documents never have (it could expand "
                                             "entities or read other files); Briefing does not "
                                             "open it."), name=name)
    return refuse


class _Body:
    """Collects paragraphs from word/document.xml events."""

    def __init__(self, name: str):
        self.name = name
        self.size = 0
        self.kept: list[str] = []
        self.paragraphs: list[list[str]] = []  # open paragraphs (text boxes nest them)
        self.stack: list[str] = []
        self.in_text = 0
        self.fallback = 0

    def start(self, tag, _attrs):
        parent = self.stack[-1] if self.stack else ""
        self.stack.append(tag)
        if tag == _MC_FALLBACK or self.fallback:
            self.fallback += 1
            return
        if not tag.startswith(_W):
            return
        local = tag[len(_W):]
        if local == "p":
            self.paragraphs.append([])
        elif not self.paragraphs:
            return
        elif local == "t":
            self.in_text += 1
        elif parent == _W + "r":
            piece = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}.get(local)
            if piece:
                self._add(piece)

    def end(self, tag):
        self.stack.pop()
        if self.fallback:
            self.fallback -= 1
            return
        if tag == _W + "t":
            self.in_text = max(0, self.in_text - 1)
        elif tag == _W + "p" and self.paragraphs:
            text = "".join(self.paragraphs.pop()).strip()
            if text:
                self.kept.append(text)

    def data(self, text):
        if self.in_text and self.paragraphs and not self.fallback:
            self._add(text)

    def _add(self, piece: str) -> None:
        self.size += len(piece)
        if self.size > MAX_TEXT_CHARS:
            raise FileTooLargeError(marked("core", "{name} holds more than {limit:,} "
                                                   "characters of text; Briefing imports up to "
                                                   "that (import the part you need)."),
                                    name=self.name, limit=MAX_TEXT_CHARS)
        self.paragraphs[-1].append(piece)

    def finish(self) -> str:
        return "\n\n".join(self.kept)


_CORE_FIELDS = {
    "http://purl.org/dc/elements/1.1/ title": "title",
    "http://purl.org/dc/elements/1.1/ creator": "author",
    "http://purl.org/dc/elements/1.1/ language": "language",
    "http://purl.org/dc/terms/ created": "published",
}


class _Core:
    """Reads docProps/core.xml (Dublin Core) into Source fields."""

    def __init__(self):
        self.current: str | None = None
        self.values: dict[str, str] = {}

    def start(self, tag, _attrs):
        self.current = _CORE_FIELDS.get(tag)

    def end(self, _tag):
        self.current = None

    def data(self, text):
        if self.current and len(self.values.get(self.current, "")) < 2000:
            self.values[self.current] = self.values.get(self.current, "") + text

    def metadata(self) -> dict:
        result = {}
        for field, value in self.values.items():
            if field == "published":
                value = iso_date(value)
            elif field == "language":
                value = value.strip().split("-")[0].lower()[:3]
            value = first_line(value)
            if value:
                result[field] = value
        return result
