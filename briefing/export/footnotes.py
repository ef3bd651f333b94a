"""Footnotes and endnotes for python-docx documents (python-docx has no API for them).

Usage::

    doc = open_document(template)     # docx.Document(template), with the notes parts loaded
    notes = Footnotes.of(doc)
    note = notes.add(paragraph)       # reference mark at the end of `paragraph`
    note.paragraph.add_run("Text of the note")

``Endnotes`` has the same interface. Ids are max(existing) + 1, so a template that
already holds notes (Word: separators -1/0, LibreOffice: 0/1) continues after them.

python-docx is not changed for anyone else: `open_document` reads the package with a part
factory and an XML parser of its own (`footnotes_oxml.NotesPartFactory`, `NOTES_PARSER`)
instead of registering classes in python-docx's at import.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, ClassVar, Iterator

from docx.api import _default_docx_path
from docx.blkcntnr import BlockItemContainer
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.package import Unmarshaller
from docx.opc.pkgreader import PackageReader
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.oxml.xmlchemy import BaseOxmlElement
from lxml.etree import SubElement

from briefing.export.footnotes_oxml import (
    ENDNOTE,
    FOOTNOTE,
    CT_Note,
    NoteKind,
    NotesPart,
    NotesPartFactory,
    ensure_note_styles,
    ensure_settings_pr,
)

if TYPE_CHECKING:
    from docx.document import Document
    from docx.oxml.text.paragraph import CT_P
    from docx.parts.document import DocumentPart
    from docx.text.paragraph import Paragraph

__all__ = ["Endnotes", "Footnotes", "Note", "open_document"]


def open_document(docx: str | IO[bytes] | None = None) -> Document:
    """``docx.Document(docx)`` (None: python-docx's default template), with footnotes.xml and
    endnotes.xml loaded as :class:`NotesPart` so that notes a template already holds are kept
    and continued. ValueError if the package is not a Word document."""
    from docx.package import Package

    package = Package()
    Unmarshaller.unmarshal(PackageReader.from_file(_default_docx_path() if docx is None else docx),
                           package, NotesPartFactory)
    document_part = package.main_document_part
    if document_part.content_type != CT.WML_DOCUMENT_MAIN:
        raise ValueError(f"file '{docx}' is not a Word file, content type is "
                         f"'{document_part.content_type}'")
    return document_part.document  # pyright: ignore[reportAttributeAccessIssue]


class Note(BlockItemContainer):
    """One footnote or endnote: a block container like a table cell."""

    def __init__(self, element: CT_Note, part: NotesPart, text_style_id: str):
        super().__init__(element, part)
        self._note = element
        self._text_style_id = text_style_id

    @property
    def id(self) -> int:
        return self._note.id

    @property
    def paragraph(self) -> Paragraph:
        """The first paragraph (after the note mark): add runs to it."""
        return self.paragraphs[0]

    def add_paragraph(self, text: str = "", style=None) -> Paragraph:
        """A further paragraph in this note, in the note text style unless `style` given."""
        paragraph = super().add_paragraph(text, style)
        if style is None:
            paragraph._p.style = self._text_style_id  # pyright: ignore[reportPrivateUsage]
        return paragraph

    @property
    def text(self) -> str:
        """Plain text of the note without the mark and the space after it."""
        text = "\n".join(p.text for p in self.paragraphs)
        return text[1:] if text.startswith(" ") else text

    def __repr__(self) -> str:
        return f"<{type(self).__name__} id={self.id} text={self.text!r}>"


class _Notes:
    """Shared implementation; subclasses only choose the :class:`NoteKind`."""

    kind: ClassVar[NoteKind]

    def __init__(self, part: NotesPart, text_style_id: str, reference_style_id: str):
        self._part = part
        self.text_style_id = text_style_id
        self.reference_style_id = reference_style_id

    @classmethod
    def of(cls, doc: Document) -> _Notes:
        """Get or create the notes part, its relationship, the settings entry and the
        two styles of `doc`; return the collection wrapper. Safe to call repeatedly."""
        kind = cls.kind
        part = cls._get_or_add_part(doc.part, kind)
        separator_ids = [n.id for n in part.notes_element.notes if n.is_separator]
        ensure_settings_pr(doc.settings.element, kind, separator_ids)
        text_id, ref_id = ensure_note_styles(doc.styles.element, kind)
        return cls(part, text_id, ref_id)

    @staticmethod
    def _get_or_add_part(document_part: DocumentPart, kind: NoteKind) -> NotesPart:
        try:
            part = document_part.part_related_by(kind.reltype)
        except KeyError:
            assert document_part.package is not None
            part = NotesPart.default(document_part.package, kind)
            document_part.relate_to(part, kind.reltype)
            return part
        if not isinstance(part, NotesPart):
            raise RuntimeError(
                f"{part.partname} was loaded as {type(part).__name__}: open the document with "
                "briefing.export.footnotes.open_document(), not docx.Document()"
            )
        return part

    def add(self, paragraph: Paragraph) -> Note:
        """Append a reference mark to `paragraph` and return the new, empty note."""
        return self._wrap(self.add_to(paragraph._p))  # pyright: ignore[reportPrivateUsage]

    def add_to(self, body_p: CT_P) -> CT_Note:
        """`add` for writers that build elements directly: a reference mark at the end
        of the ``w:p`` element `body_p`; the new note element (its first ``w:p`` holds
        the note mark and a space: append runs to it).

        The elements are made here rather than through python-docx's setters, which
        took most of the time of a 500-note export; the XML is the same."""
        kind = self.kind
        note = self._part.add_note()
        p = SubElement(note, qn("w:p"))
        SubElement(SubElement(p, qn("w:pPr")), qn("w:pStyle"), {qn("w:val"): self.text_style_id})
        self._styled_run(p).append(OxmlElement(kind.ref_mark_tag))
        space = SubElement(SubElement(p, qn("w:r")), qn("w:t"), {qn("xml:space"): "preserve"})
        space.text = " "
        self._styled_run(body_p).append(
            OxmlElement(kind.reference_tag, {qn("w:id"): str(note.id)}))
        return note

    def _styled_run(self, p: BaseOxmlElement) -> BaseOxmlElement:
        """A new ``w:r`` at the end of `p` in the note reference character style."""
        r = SubElement(p, qn("w:r"))
        rpr = SubElement(r, qn("w:rPr"))
        SubElement(rpr, qn("w:rStyle"), {qn("w:val"): self.reference_style_id})
        return r

    def add_paragraph(self, note: Note) -> Paragraph:
        """A further paragraph in `note`, styled as note text."""
        return note.add_paragraph()

    def get(self, note_id: int) -> Note | None:
        element = self._part.notes_element.get(note_id)
        return None if element is None or element.is_separator else self._wrap(element)

    def _wrap(self, element: CT_Note) -> Note:
        return Note(element, self._part, self.text_style_id)

    def __iter__(self) -> Iterator[Note]:
        """The real notes (separators excluded), in document order of the part."""
        return (self._wrap(n) for n in self._part.notes_element.notes if not n.is_separator)

    def __len__(self) -> int:
        return sum(1 for n in self._part.notes_element.notes if not n.is_separator)

    def items(self) -> list[tuple[int, str]]:
        """(id, text) of every real note."""
        return [(note.id, note.text) for note in self]


class Footnotes(_Notes):
    """Footnotes of a document (``/word/footnotes.xml``)."""

    kind = FOOTNOTE

    @classmethod
    def of(cls, doc: Document) -> Footnotes:
        return super().of(doc)  # pyright: ignore[reportReturnType]


class Endnotes(_Notes):
    """Endnotes of a document (``/word/endnotes.xml``)."""

    kind = ENDNOTE

    @classmethod
    def of(cls, doc: Document) -> Endnotes:
        return super().of(doc)  # pyright: ignore[reportReturnType]
