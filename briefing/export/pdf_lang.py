"""Chinese in the PDF tagged with its script, "zh-Hans", as the other formats tag it.

Typst takes a language and a region (``text(lang: "zh", region: "CN")``) and writes
"zh-CN" where the language goes: in the property list of each marked-content sequence
(``/Span <</MCID 20 /Lang (zh-CN)>> BDC``) inside the pages' compressed content streams,
and, for a Chinese briefing, as the catalog's ``/Lang`` and the XMP ``dc:language``. It has
no way to write a script subtag. Chinese is written in two scripts, and a screen reader or
a converter picks its voice or dictionary by them, so the export tags Simplified Chinese
``zh-Hans`` (Traditional ``zh-Hant``) everywhere (docs/pdf.md).

:func:`with_scripts` rewrites those tags after Typst, as an *incremental update*: the
objects that hold one (the content streams of the pages with Chinese text, and the
catalog and metadata when the whole briefing is Chinese) are appended in their new form
with a cross-reference section for them and a trailer pointing back to Typst's. Nothing
Typst wrote is changed or moved: the structure tree, the fonts and every other object stay
byte for byte, so what Typst checked for PDF/UA-1 still holds (only a language tag's text
changes). It is deterministic (the same PDF in gives the same bytes out: no dates, fixed
compression) and costs one pass over the pages with Chinese in them.

pypdf (already the PDF importer's reader) only *reads* here: it finds the pages' content
streams, the catalog and the metadata; the update itself is written below, as a classic
cross-reference table like Typst's own (pypdf's incremental writer drops ``/Info`` from the
new trailer, and with it the document's title in some readers).
"""

from __future__ import annotations

import io
import re
import zlib

# Typst's tag → the tag the export means (briefing.export.language.typst_language).
SCRIPTS = {b"zh-CN": b"zh-Hans", b"zh-TW": b"zh-Hant"}
_IN_CONTENT = re.compile(rb"/Lang\s*\((zh-CN|zh-TW)\)")
_IN_XMP = re.compile(rb"(<rdf:li>)(zh-CN|zh-TW)(</rdf:li>)")


def _stream(number: int, data: bytes, extra: bytes = b"") -> bytes:
    return b"%d 0 obj\n<<%s/Length %d>>\nstream\n%s\nendstream\nendobj\n" % (
        number, extra, len(data), data)


def with_scripts(pdf: bytes) -> bytes:
    """`pdf` with every "zh-CN" language tag written "zh-Hans" ("zh-TW": "zh-Hant"), as an
    incremental update; `pdf` itself when it has none."""
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject, NameObject, TextStringObject

    if not re.search(rb"\strailer\s*<<", pdf[-4096:]):
        # Not the classic cross-reference table Typst writes (a newer Typst writing
        # cross-reference streams would need the update written as one): left as it is,
        # and tests/export/test_pdf.py fails on the zh-CN it keeps.
        return pdf
    reader = PdfReader(io.BytesIO(pdf))
    changed: dict[int, bytes] = {}
    for page in reader.pages:
        contents = page.raw_get("/Contents")
        refs = contents if isinstance(contents, list) else [contents]
        for ref in refs:
            if not isinstance(ref, IndirectObject) or ref.idnum in changed:
                continue
            data = ref.get_object().get_data()
            if _IN_CONTENT.search(data):
                fixed = _IN_CONTENT.sub(lambda m: b"/Lang(" + SCRIPTS[m[1]] + b")", data)
                changed[ref.idnum] = _stream(ref.idnum, zlib.compress(fixed, 6),
                                             b"/Filter/FlateDecode")
    root_ref = reader.trailer.raw_get("/Root")
    catalog = root_ref.get_object()
    lang = catalog.get("/Lang")
    if lang is not None and str(lang).encode() in SCRIPTS:
        catalog[NameObject("/Lang")] = TextStringObject(SCRIPTS[str(lang).encode()].decode())
        out = io.BytesIO()
        catalog.write_to_stream(out)
        changed[root_ref.idnum] = b"%d 0 obj\n%s\nendobj\n" % (root_ref.idnum, out.getvalue())
        meta_ref = catalog.raw_get("/Metadata")
        if isinstance(meta_ref, IndirectObject):
            meta = meta_ref.get_object()
            xmp = _IN_XMP.sub(lambda m: m[1] + SCRIPTS[m[2]] + m[3], meta.get_data())
            changed[meta_ref.idnum] = _stream(meta_ref.idnum, xmp, b"/Type/Metadata/Subtype/XML")
    if not changed:
        return pdf
    return _append(pdf, reader, changed)


def _append(pdf: bytes, reader, objects: dict[int, bytes]) -> bytes:
    """pdf + the objects + their cross-reference section + a trailer whose /Prev is the
    last one's (ISO 32000-1, 7.5.6)."""
    body = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(body)
        body += objects[number]
    xref_at = len(body)
    # The free list's head first, as in Typst's table (readers such as pypdf take a
    # section that starts elsewhere for a damaged one).
    body += b"xref\n0 1\n0000000000 65535 f \n"
    for number in sorted(offsets):  # one subsection per object: simple, and always valid
        body += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    trailer = reader.trailer
    entries = [b"/Size %d" % int(trailer["/Size"]),
               b"/Root %d 0 R" % trailer.raw_get("/Root").idnum]
    if "/Info" in trailer:
        entries.append(b"/Info %d 0 R" % trailer.raw_get("/Info").idnum)
    if "/ID" in trailer:
        ids = b"".join(b"<%s>" % bytes(part.original_bytes).hex().encode()
                       for part in trailer["/ID"])
        entries.append(b"/ID[" + ids + b"]")
    entries.append(b"/Prev %d" % _last_xref(pdf))
    body += b"trailer\n<<" + b"".join(entries) + b">>\nstartxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(body)


def _last_xref(pdf: bytes) -> int:
    found = re.findall(rb"startxref\s+(\d+)", pdf[-1024:])
    if not found:
        raise ValueError("no startxref")
    return int(found[-1])
