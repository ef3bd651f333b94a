"""PDF files: the text layer, read with pypdf (pure Python), page by page.

- pypdf's own limits guard decompression (each stream's output is capped) and
  structure (array sizes, page-tree depth); we add a page limit and the text cap.
- The work is bounded per page and per file, because pypdf reads drawing instructions
  at only about 1 MB a second (a typical text page holds 5–50 KB of them): a page whose
  content streams unpack to more than :data:`MAX_PAGE_CONTENT_BYTES`, a file whose
  pages hold more than :data:`MAX_CONTENT_BYTES` in all or need more than
  :data:`MAX_OPERATIONS` operations (form XObjects included), or a file still being
  read after :data:`MAX_SECONDS`, is refused with a message saying so. Pages that
  share their content and resources (one stream drawn on 2,000 pages took 2.5 hours
  before) are read once and their text repeated.
- A broken cross-reference table is repaired by pypdf's non-strict reader; the
  result then carries a warning. Anything pypdf cannot read at all is a
  :class:`DamagedFileError`, never an exception from inside pypdf.
- Encrypted files are read when they open with an empty password (permissions
  only); otherwise :class:`EncryptedFileError`, which says "encrypted". AES needs a
  cipher library: pycryptodome (see pyproject.toml: BSD/public domain, no
  dependencies, 3 MB wheel against cryptography's 5 MB plus cffi); without one an
  AES file is reported as encrypted too, never as damaged.
- Pages are joined by a blank line. Within a page the text is pypdf's, except that
  tabs (pypdf's guess at wide gaps) become spaces and typographic ligatures
  (ﬁ, ﬀ, …) become their letters, so quotes can be typed.
- A PDF with (almost) no letters in its text layer is a scan: :class:`NoTextError`.
"""

from __future__ import annotations

import io
import logging
import re
import time
import unicodedata
import warnings

from briefing.core.errors import BriefingError, marked
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
MAX_PAGE_CONTENT_BYTES = 4 * 1024 * 1024
MAX_CONTENT_BYTES = 16 * 1024 * 1024
MAX_OPERATIONS = 2_000_000
MAX_SECONDS = 60.0
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
    from pypdf.errors import DependencyError  # imported on use: only PDF imports pay for it

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
    except DependencyError:  # AES without a cipher library
        raise EncryptedFileError(marked("core", "{name} is encrypted with AES, which this "
                                                "installation of Briefing cannot read; save an "
                                                "unencrypted copy and import that."), name=name) from None
    except RecursionError:
        raise DamagedFileError(marked("core", "{name} is damaged: its structure nests too deeply "
                                              "to read."), name=name) \
            from None
    except Exception as exc:  # pypdf raises many kinds on broken files; none may escape
        reason = str(exc).split("\n")[0][:120] or type(exc).__name__
        raise DamagedFileError(marked("core", "{name} is damaged or truncated and cannot be read "
                                              "({reason})."), name=name, reason=reason) \
            from None
    finally:
        logger.removeHandler(handler)
        logger.propagate = saved
    text, notes = clean_text(text)
    if sum(ch.isalnum() for ch in text) < MIN_LETTERS:
        raise NoTextError(marked("core", "{name} has no text layer (it is probably scanned "
                                         "images); run it through OCR or import the text "
                                         "another way."), name=name)
    if handler.messages:
        notes.insert(0, f"{name} has a damaged structure that was repaired on reading; "
                        "check the text against the original.")
    return ImportedDocument(text=text, metadata=metadata, format="pdf", warnings=notes)


def _read(data: bytes, name: str) -> tuple[str, dict]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except Exception:
            opened = 0
        if not opened:
            raise EncryptedFileError(marked("core", "{name} is encrypted (password-protected); "
                                                    "open it, save an unprotected copy and "
                                                    "import that."), name=name)
    count = len(reader.pages)
    if count > MAX_PAGES:
        raise FileTooLargeError(marked("core", "{name} has {count:,} pages; Briefing imports "
                                               "PDFs of up to {limit:,} pages."),
                                name=name, count=count, limit=MAX_PAGES)
    out = TextBuilder(name)
    budget = _Budget(name)
    seen: dict[tuple, str] = {}  # pages with the same content and resources: read once
    for number, page in enumerate(reader.pages, 1):
        key = _page_key(page)
        if key is None or key not in seen:
            budget.page(number, _content_size(page))
            page_text = page.extract_text(visitor_operand_before=budget.count) or ""
            page_text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()),
                                       page_text)
            page_text = _TRAILING.sub("\n", page_text.replace("\t", " ")).strip()
            if key is not None:
                seen[key] = page_text
        else:
            page_text = seen[key]
        if page_text:
            out.add(("\n\n" if out.size else "") + page_text)
    return out.text(), _metadata(reader)


class _Budget:
    """Counts the work text extraction does and stops it past the limits."""

    def __init__(self, name: str):
        self.name = name
        self.operations = 0
        self.bytes = 0
        self.deadline = time.monotonic() + MAX_SECONDS

    def page(self, number: int, size: int) -> None:
        self.bytes += size
        if size > MAX_PAGE_CONTENT_BYTES:
            self._stop(f"page {number} holds {size / 1048576:,.1f} MB of drawing instructions "
                       f"(Briefing reads up to {MAX_PAGE_CONTENT_BYTES // 1048576} MB a page)")
        if self.bytes > MAX_CONTENT_BYTES:
            self._stop(f"its pages hold more than {MAX_CONTENT_BYTES // 1048576} MB of drawing "
                       "instructions")
        self._clock()

    def count(self, *_args) -> None:
        self.operations += 1
        if self.operations > MAX_OPERATIONS:
            self._stop(f"its pages need more than {MAX_OPERATIONS:,} drawing operations")
        if not self.operations % 4096:
            self._clock()

    def _clock(self) -> None:
        if time.monotonic() > self.deadline:
            self._stop(f"reading it took more than {MAX_SECONDS:.0f} seconds")

    def _stop(self, why: str):
        raise FileTooLargeError(marked("core", "{name} is too much work to read: {why}. Print it "
                                               "to a new PDF, or save its text another way, "
                                               "and import that."), name=self.name, why=why)


def _shape(value, budget: list[int]):
    """A hashable summary of a page's entry that tells shared objects apart by their object
    numbers, looking at most ``budget[0]`` items deep; None when it is too big to tell."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    budget[0] -= 1
    if budget[0] < 0:
        return None
    if isinstance(value, IndirectObject):
        return ("ref", value.idnum, value.generation)
    if isinstance(value, DictionaryObject):
        items = tuple((str(k), _shape(value.raw_get(k), budget)) for k in sorted(value))
        return None if budget[0] < 0 else ("dict", items)
    if isinstance(value, ArrayObject):
        items = tuple(_shape(item, budget) for item in value)
        return None if budget[0] < 0 else ("array", items)
    return ("value", repr(value)[:200])


def _page_key(page) -> tuple | None:
    """What decides a page's text: its content streams and resources, told apart by object
    number (None when they are too big to compare, or a page has no content)."""
    if "/Contents" not in page:
        return None
    budget = [200]
    resources = page.raw_get("/Resources") if "/Resources" in page else None
    key = (_shape(page.raw_get("/Contents"), budget), _shape(resources, budget))
    return None if budget[0] < 0 or key[0] is None or key[0][0] == "dict" else key


def _content_size(page) -> int:
    """How many bytes the page's content streams unpack to."""
    contents = page.get("/Contents")
    if contents is None:
        return 0
    contents = contents.get_object()
    streams = list(contents) if isinstance(contents, list) else [contents]
    total = 0
    for stream in streams:
        try:
            total += len(stream.get_object().get_data())
        except AttributeError:
            continue
    return total


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
