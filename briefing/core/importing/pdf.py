"""PDF files: the text layer, read with pypdf (pure Python), page by page.

- pypdf's own limits guard decompression (each stream's output is capped) and
  structure (array sizes, page-tree depth); we add a page limit and the text cap.
- A broken cross-reference table is repaired by pypdf's non-strict reader; the
  result then carries a warning. Anything pypdf cannot read at all is a
  :class:`DamagedFileError`, never an exception from inside pypdf.
- Encrypted files are read when they open with an empty password (permissions
  only); otherwise :class:`EncryptedFileError`.
- Pages are joined by a blank line. Within a page the text is pypdf's, except that
  tabs (pypdf's guess at wide gaps) become spaces and typographic ligatures
  (ﬁ, ﬀ, …) become their letters, so quotes can be typed.
- A PDF with (almost) no letters in its text layer is a scan: :class:`NoTextError`.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
import warnings

from briefing.core.errors import BriefingError
from briefing.core.importing.base import (
    ImportedDocument,
    TextBuilder,
    clean_text,
    first_line,
    iso_date,
)
from briefing.core.importing.errors import (
    DamagedFileError,
    EncryptedFileError,
    FileTooLargeError,
    NoTextError,
)

MAX_PAGES = 2000
MIN_LETTERS = 20  # fewer letters than this in the whole text layer: an image-only PDF
_LIGATURES = re.compile("[\ufb00-\ufb06]")
_TRAILING = re.compile(r"[ \t]+\n")


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def read_pdf(data: bytes, name: str) -> ImportedDocument:
    logger = logging.getLogger("pypdf")
    handler = _Collect()
    saved = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False  # pypdf's repair notes become one warning, not stderr noise
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            text, metadata = _read(data, name)
    except BriefingError:
        raise
    except RecursionError:
        raise DamagedFileError(f"{name} is damaged: its structure nests too deeply to read.") \
            from None
    except Exception as exc:  # pypdf raises many kinds on broken files; none may escape
        reason = str(exc).split("\n")[0][:120] or type(exc).__name__
        raise DamagedFileError(f"{name} is damaged or truncated and cannot be read ({reason}).") \
            from None
    finally:
        logger.removeHandler(handler)
        logger.propagate = saved
    text, notes = clean_text(text)
    if sum(ch.isalnum() for ch in text) < MIN_LETTERS:
        raise NoTextError(
            f"{name} has no text layer (it is probably scanned images); run it through OCR "
            "or import the text another way."
        )
    if handler.messages:
        notes.insert(0, f"{name} has a damaged structure that was repaired on reading; "
                        "check the text against the original.")
    return ImportedDocument(text=text, metadata=metadata, format="pdf", warnings=notes)


def _read(data: bytes, name: str) -> tuple[str, dict]:
    from pypdf import PdfReader  # imported on use: only PDF imports pay for it

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except Exception:
            opened = 0
        if not opened:
            raise EncryptedFileError(
                f"{name} is password-protected; open it, save an unprotected copy and import "
                "that."
            )
    count = len(reader.pages)
    if count > MAX_PAGES:
        raise FileTooLargeError(
            f"{name} has {count:,} pages; Briefing imports PDFs of up to {MAX_PAGES:,} pages."
        )
    out = TextBuilder(name)
    for page in reader.pages:
        page_text = page.extract_text() or ""
        page_text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), page_text)
        page_text = _TRAILING.sub("\n", page_text.replace("\t", " ")).strip()
        if page_text:
            out.add(("\n\n" if out.size else "") + page_text)
    return out.text(), _metadata(reader)


def _metadata(reader) -> dict:
    result = {}
    try:
        info = reader.metadata or {}
        values = {key: str(info.get(key) or "") for key in ("/Title", "/Author", "/CreationDate")}
        lang = str(reader.trailer["/Root"].get("/Lang") or "")
    except Exception:
        return result
    title = values["/Title"].removeprefix("Microsoft Word - ").strip()
    title = re.sub(r"\.docx?$", "", title)
    if first_line(title):
        result["title"] = first_line(title, 300)
    if first_line(values["/Author"]):
        result["author"] = first_line(values["/Author"])
    if iso_date(values["/CreationDate"]):
        result["published"] = iso_date(values["/CreationDate"])
    lang = lang.strip().split("-")[0].lower()
    if re.fullmatch(r"[a-z]{2,3}", lang):
        result["language"] = lang
    return result
