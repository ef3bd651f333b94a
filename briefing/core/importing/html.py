"""HTML pages: the main text, without scripts, styles, navigation and page furniture.

The stdlib ``html.parser`` reads the page as a stream (no tree, so no recursion:
a page nested 100,000 levels deep is as easy as a flat one). Two of its habits
are quadratic and are avoided here: at the end of the input it tries again, at
every later ``<``, to finish a tag, comment or declaration that never ends (160 KB
of ``<a`` took 12 s), so a page that ends inside an unfinished construct drops
that tail, as browsers do, with a warning; and elements open inside a dropped one
are counted per tag name, not searched in a list (stray end tags under 100,000
open ones took minutes). Its regex for a start tag keeps memory for every attribute
while it matches (a 4 MB tag of 2,000,000 attributes took 1 GB): a tag with more than
1,000 is passed over one attribute at a time and read without them. Text inside
script, style, nav, header, footer, aside, form and similar elements (and
elements whose ARIA role says navigation, banner, footer or complementary) is
dropped. Block elements (p, div, li, headings, table cells, …) end a paragraph;
paragraphs are joined by a blank line, whitespace inside a paragraph is
collapsed as a browser shows it (``pre`` keeps its own) and ``br`` is a line
break. When the page marks its main text with ``main`` or ``article`` and that
holds most of the text, only that is kept.

Meta tags pre-fill the metadata: title (og:title, citation_title, then
``<title>``), author, description (as the note), site name (as the outlet),
publication time, canonical URL and the page's language (``<html lang>``).
"""

from __future__ import annotations

import codecs
import re
from html import parser as _stdlib
from html.parser import HTMLParser

from briefing.core.importing.base import (
    ImportedDocument,
    TextBuilder,
    clean_text,
    decode_text,
    first_line,
    iso_date,
)

_DROP = frozenset(
    "script style noscript template nav header footer aside form button select textarea "
    "iframe object embed svg math canvas video audio map dialog".split()
)
_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen".split()
)
_BLOCK = frozenset(
    "p div section li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote pre table tr td th caption "
    "figure figcaption address details summary hr body main article center".split()
)
_META = {
    "og:title": "title", "citation_title": "title", "dc.title": "title", "twitter:title": "title",
    "author": "author", "article:author": "author", "citation_author": "author",
    "dc.creator": "author", "description": "note", "og:description": "note",
    "og:site_name": "outlet", "citation_journal_title": "outlet", "dc.publisher": "publisher",
    "citation_publisher": "publisher", "article:published_time": "published",
    "citation_publication_date": "published", "dc.date": "published", "date": "published",
    "pubdate": "published", "datepublished": "published", "og:url": "url",
    "og:locale": "language", "dc.language": "language", "content-language": "language",
}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_SPACE = re.compile(r"[^\S\u2028]+")
_LINE = "\u2028"  # stands for <br> until whitespace is collapsed
_UNFINISHED = 4096  # a longer unfinished tail is dropped rather than rescanned at every "<"
# html.parser matches a whole start tag with one regex that keeps ~500 bytes per attribute
# while it runs: 200,000 attributes in one tag (400 KB) took 110 MB. A tag with more than this
# many is read here, attribute by attribute, and taken without its attributes.
_MAX_ATTRIBUTES = 1000


class _Extractor(HTMLParser):
    def __init__(self, name: str):
        super().__init__(convert_charrefs=True)
        self.out = TextBuilder(name)
        self.skipping: list[str] = []  # open elements inside a dropped one
        self.skipped: dict[str, int] = {}  # how many of each tag name are in self.skipping
        self.current: list[str] = []
        self.blocks: list[tuple[str, bool]] = []  # (paragraph, inside main/article)
        self.main_depth = self.pre_depth = 0
        self.in_title = self.in_head = False
        self.title: list[str] = []
        self.meta: dict[str, str] = {}
        self.warnings: list[str] = []

    # ---- tags --------------------------------------------------------------------------------

    def parse_starttag(self, i):
        rawdata = self.rawdata
        name = _stdlib.tagfind_tolerant.match(rawdata, i + 1)
        if name is None:
            return super().parse_starttag(i)
        k = name.end()
        for _ in range(_MAX_ATTRIBUTES):  # one small match per attribute: no regex memory
            found = _stdlib.attrfind_tolerant.match(rawdata, k)
            if found is None:
                return super().parse_starttag(i)  # an ordinary tag: html.parser's own way
            k = found.end()
        return self._crowded_tag(i, k, name.group(1).lower())

    def _crowded_tag(self, i: int, k: int, tag: str) -> int:
        """A start tag with more than _MAX_ATTRIBUTES attributes (from ``rawdata[i]``, the
        first of them read up to ``k``): passed over attribute by attribute and taken without
        them; its end, or -1 when the input ends inside it (``finish`` drops that tail)."""
        rawdata = self.rawdata
        while (found := _stdlib.attrfind_tolerant.match(rawdata, k)) is not None:
            k = found.end()
        end = rawdata.find(">", k)
        if end < 0:
            return -1
        self.lasttag = tag
        self.warnings.append(f"{self.out.name} has a <{tag}> tag with more than "
                             f"{_MAX_ATTRIBUTES:,} attributes; they were left out.")
        if rawdata[k:end].rstrip().endswith("/"):
            self.handle_startendtag(tag, [])
        else:
            self.handle_starttag(tag, [])
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return end + 1

    def handle_starttag(self, tag, attrs):
        attributes = {k.lower(): (v or "") for k, v in attrs}
        if self.skipping:
            if tag not in _VOID:
                self._skip(tag)
            return
        if tag == "meta":
            self._meta(attributes)
        elif tag == "html" and attributes.get("lang"):
            self.meta.setdefault("html-lang", attributes["lang"])
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self.meta.setdefault("canonical", attributes.get("href", ""))
        elif tag == "title":
            self.in_title = True
            return
        elif tag in ("head", "body"):
            self.in_head = tag == "head"
        if tag in _DROP or attributes.get("role", "").lower() in _DROP_ROLES or (
            "hidden" in attributes and tag not in _VOID
        ):
            if tag not in _VOID:
                self._skip(tag)
            return
        if tag in _BLOCK:
            self._flush()
        if tag == "br":
            self._add(_LINE)
        elif tag in ("main", "article"):
            self.main_depth += 1
        elif tag == "pre":
            self.pre_depth += 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)  # <br/>, <meta/>: nothing to close

    def handle_endtag(self, tag):
        if self.skipping:
            if self.skipped.get(tag):
                while (closed := self.skipping.pop()) != tag:
                    self.skipped[closed] -= 1
                self.skipped[tag] -= 1
            return
        if tag == "title":
            self.in_title = False
            return
        if tag == "head":
            self.in_head = False
        if tag in _BLOCK:
            self._flush()
        if tag in ("main", "article"):
            self.main_depth = max(0, self.main_depth - 1)
        elif tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)

    def handle_data(self, data):
        if self.in_title:
            if sum(map(len, self.title)) < 2000:
                self.title.append(data)
        elif not self.skipping and not self.in_head:
            self._add(data)

    def _skip(self, tag: str) -> None:
        self.skipping.append(tag)
        self.skipped[tag] = self.skipped.get(tag, 0) + 1

    # ---- text --------------------------------------------------------------------------------

    def _add(self, data: str) -> None:
        # Raw text is bounded by the file size limit; the kept text by self.out's limit.
        self.current.append(data)

    def _flush(self) -> None:
        if not self.current:
            return
        text = "".join(self.current)
        self.current = []
        if self.pre_depth:
            text = text.replace(_LINE, "\n").strip("\n")
        else:
            text = _SPACE.sub(" ", text)
            text = "\n".join(line.strip() for line in text.split(_LINE)).strip()
        if text.strip():
            self.out.add(text)
            self.blocks.append((text, self.main_depth > 0))

    def finish(self) -> str:
        tail = self.rawdata  # what feed() left: an unfinished construct that runs to the end
        if len(tail) > _UNFINISHED:
            self.rawdata = ""
            self.warnings.append(
                f"{self.out.name} ends inside an unfinished tag or comment; the last "
                f"{len(tail):,} characters, from “{tail[:20]}…”, were left out.")
        self.close()
        self._flush()
        main = [text for text, in_main in self.blocks if in_main]
        everything = [text for text, _ in self.blocks]
        if main and sum(map(len, main)) >= 0.25 * sum(map(len, everything)):
            return "\n\n".join(main)
        return "\n\n".join(everything)

    def _meta(self, attributes: dict) -> None:
        key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop")
               or attributes.get("http-equiv") or "").strip().lower()
        value = attributes.get("content", "")
        if key in _META and value.strip():
            self.meta.setdefault(key, value)


def read_html(data: bytes, name: str) -> ImportedDocument:
    text, warnings = _decode(data, name)
    parser = _Extractor(name)
    parser.feed(text)
    body, more = clean_text(parser.finish())
    metadata = _metadata(parser)
    return ImportedDocument(text=body, metadata=metadata, format="html",
                            warnings=warnings + parser.warnings + more)


def _decode(data: bytes, name: str) -> tuple[str, list[str]]:
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_text(data, name)
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            info = codecs.lookup(declared.group(1).decode("ascii"))
            # Only text encodings: base64, bz2, rot13, punycode, "undefined"… are codecs too.
            codec = info.name if getattr(info, "_is_text_encoding", True) else ""
        except LookupError:
            codec = ""
        if codec in ("undefined", "unicode-escape", "raw-unicode-escape", "idna", "punycode",
                     "mbcs", "oem", "utf-7"):
            codec = ""  # text encodings by Python's flag, but not a page's character set
        if codec in ("latin-1", "iso8859-1", "ascii"):
            codec = "cp1252"  # what browsers do, per the HTML standard
        if codec and codec != "utf-8":
            try:
                return data.decode(codec), []
            except (UnicodeError, ValueError, LookupError):
                pass
    return decode_text(data, name)


def _metadata(parser: _Extractor) -> dict:
    meta = parser.meta
    found: dict = {}
    for key, value in meta.items():
        field = _META.get(key)
        if field and field not in found:
            found[field] = value
    title = found.get("title") or "".join(parser.title)
    result = {"title": first_line(title, 300)} if title.strip() else {}
    for field in ("author", "outlet", "publisher", "note"):
        value = found.get(field, "")
        if value.strip() and not value.strip().startswith(("http://", "https://")):
            result[field] = first_line(value)
    if found.get("published") and iso_date(found["published"]):
        result["published"] = iso_date(found["published"])
    url = meta.get("canonical") or found.get("url", "")
    if url.strip().startswith(("http://", "https://")):
        result["url"] = first_line(url, 2000)
    language = meta.get("html-lang") or found.get("language", "")
    language = re.split(r"[-_]", language.strip(), maxsplit=1)[0].lower()
    if re.fullmatch(r"[a-z]{2,3}", language):
        result["language"] = language
    return result
