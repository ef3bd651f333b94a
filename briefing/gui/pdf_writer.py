"""Rendered blocks → PDF, drawn by Qt (no office suite): the HTML body laid out on A4 pages
with the classification marking at the top and bottom of every page and "Page X of Y".

Qt is the PDF engine, so this lives with the Qt code; the command line uses it headless.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from briefing.export.blocks import Rendered
from briefing.export.html import CSS, body_html

_NAMESPACE = "{6f1c3d52-2b0e-4a7e-9d55-8f0e5c1b7a21}"


def _application():
    from PySide6.QtWidgets import QApplication  # a full QApplication, so widgets can follow

    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["briefing"])
    return app


def write_pdf(rendered: Rendered) -> bytes:
    _application()
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUuid
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "out.pdf"
        writer = QPdfWriter(str(target))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait,
                                         QMarginsF(20, 22, 20, 22), QPageLayout.Millimeter))
        writer.setResolution(300)
        writer.setTitle(rendered.properties.title)
        writer.setCreator("Briefing")
        writer.setAuthor(rendered.properties.author)
        # A document id derived from the content, not random: equal input, equal bytes.
        writer.setDocumentId(QUuid.createUuidV5(QUuid(_NAMESPACE),
                                                body_html(rendered).encode("utf-8")))
        painter = QPainter(writer)
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        band = writer.resolution() * 0.35  # header/footer band, inches → pixels
        document = QTextDocument()
        document.setDefaultStyleSheet(CSS)
        font = QFont("Noto Serif")
        font.setPointSizeF(10.5)
        document.setDefaultFont(font)
        document.setHtml(body_html(rendered, markings=False))
        document.documentLayout().setPaintDevice(writer)
        body_height = page.height() - 2 * band
        document.setPageSize(QSizeF(page.width(), body_height))
        pages = document.pageCount()
        small = QFont("Noto Sans")
        small.setPointSizeF(8)
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.setFont(small)
            top = QRectF(0, 0, page.width(), band)
            bottom = QRectF(0, page.height() - band, page.width(), band)
            header = [rendered.classification] if rendered.classification else []
            if rendered.header and rendered.header != rendered.classification:
                header.append(rendered.header)
            painter.drawText(top, Qt.AlignHCenter | Qt.AlignTop, "\n".join(header))
            footer = [rendered.footer] if rendered.footer != rendered.classification else []
            footer.append(f"Page {number + 1} of {pages}")
            footer += [rendered.classification] if rendered.classification else []
            painter.drawText(bottom, Qt.AlignHCenter | Qt.AlignBottom,
                             "\n".join(line for line in footer if line))
            painter.translate(0, band - number * body_height)
            document.drawContents(painter, QRectF(0, number * body_height, page.width(),
                                                  body_height))
            painter.restore()
        painter.end()
        return _deterministic(target.read_bytes())


def _deterministic(pdf: bytes) -> bytes:
    """Fix the timestamps Qt writes (Info dictionary and XMP), so equal input gives equal
    bytes. Every replacement keeps its length, so the cross-reference offsets stay right."""
    pdf = re.sub(rb"/(CreationDate|ModDate) \(D:[^)]*\)", lambda m: (
        b"/" + m[1] + b" (D:20000101000000Z" + b" " * len(m[0]))[: len(m[0]) - 1] + b")", pdf)
    return re.sub(rb'(xmp:(?:Create|Modify|Metadata)Date=")(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)',
                  rb"\g<1>2000-01-01T00:00:00", pdf)
