"""Decision and signature blocks as Word tables that stay together on one page.

A decision block is the Australian form: one table per recommendation, the (numbered)
recommendation on the left and its boxes (☐ Agreed, ☐ Not agreed, ☐ Noted, ☐ Please
discuss) on the right. A form (the template's response or decision part: boxes, lines to
sign and date, labels) is a two-column table without borders: a label, and a line to write
on. Every row is ``w:cantSplit`` and every paragraph but the last ``w:keepNext``, so Word
and LibreOffice move the whole block to the next page rather than split it.
"""

from __future__ import annotations

from docx.oxml.ns import qn
from lxml import etree

from briefing.export.blocks import Block
from briefing.export.docx_text import add_plain_run, paragraph

_GREY = "808080"


def _el(parent, tag: str, **attributes):
    element = etree.SubElement(parent, qn(tag), {qn(f"w:{k}"): v for k, v in attributes.items()})
    return element


class Tables:
    def __init__(self, body, text_width: int):
        self.body = body  # docx_writer._Body
        self.width = text_width  # twips

    def _table(self, columns: list[int], borders: bool):
        table = etree.Element(qn("w:tbl"))
        pr = _el(table, "w:tblPr")
        _el(pr, "w:tblW", w=str(sum(columns)), type="dxa")
        edges = _el(pr, "w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            if borders:
                _el(edges, f"w:{side}", val="single", sz="4", space="0", color=_GREY)
            else:
                _el(edges, f"w:{side}", val="nil")
        _el(pr, "w:tblLayout", type="fixed")
        margins = _el(pr, "w:tblCellMar")
        for side, size in (("top", "60"), ("left", "108"), ("bottom", "60"), ("right", "108")):
            _el(margins, f"w:{side}", w=size, type="dxa")
        _el(pr, "w:tblLook", val="0000", firstRow="0", lastRow="0", firstColumn="0",
            lastColumn="0", noHBand="1", noVBand="1")
        grid = _el(table, "w:tblGrid")
        for width in columns:
            _el(grid, "w:gridCol", w=str(width))
        self.body.place(table)
        return table

    def _row(self, table):
        row = _el(table, "w:tr")
        _el(_el(row, "w:trPr"), "w:cantSplit")
        return row

    def _cell(self, row, width: int, span: int = 1, line: bool = False):
        cell = _el(row, "w:tc")
        pr = _el(cell, "w:tcPr")
        _el(pr, "w:tcW", w=str(width), type="dxa")
        if span > 1:
            _el(pr, "w:gridSpan", val=str(span))
        if line:  # a line to write on: the cell's bottom border
            _el(_el(pr, "w:tcBorders"), "w:bottom", val="single", sz="6", space="0",
                color="000000")
        _el(pr, "w:vAlign", val="bottom" if line else "top")
        return cell

    def _paragraph(self, cell, style: str = "Normal"):
        p = paragraph(cell, self.body.style_id(style))
        cell.append(p)
        return p

    @staticmethod
    def _keep_together(table) -> None:
        """keepNext on every paragraph but the table's last (w:keepNext follows w:pStyle)."""
        paragraphs = list(table.iter(qn("w:p")))
        for p in paragraphs[:-1]:
            ppr = p[0]
            keep = ppr.makeelement(qn("w:keepNext"), {})
            style = ppr.find(qn("w:pStyle"))
            ppr.insert(1 if style is not None else 0, keep)

    def decision(self, block: Block) -> None:
        right = max(min(self.width * 3 // 10, 3200), 2400)
        table = self._table([self.width - right, right], borders=True)
        row = self._row(table)
        text = self._paragraph(self._cell(row, self.width - right))
        if block.number:
            self.body.number(text)
        self.body.content(text, block.content)
        boxes = self._cell(row, right)
        for choice in block.choices or ("",):
            add_plain_run(self._paragraph(boxes), f"☐ {choice}")
        self._keep_together(table)
        self.body.place(paragraph(self.body._body, None))  # Word needs a paragraph between tables

    def form(self, block: Block) -> None:
        label = max(min(self.width * 35 // 100, 3600), 2000)
        columns = [label, self.width - label]
        table = self._table(columns, borders=False)
        for line in block.lines:
            row = self._row(table)
            if line.kind == "signature":
                self.body.content(self._paragraph(self._cell(row, label)), line.content)
                self._paragraph(self._cell(row, columns[1], line=True))
            else:
                p = self._paragraph(self._cell(row, self.width, span=2))
                if line.kind == "checkbox":
                    add_plain_run(p, "☐ ")
                self.body.content(p, line.content)
        self._keep_together(table)
