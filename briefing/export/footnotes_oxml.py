"""OOXML plumbing for footnotes and endnotes, modelled on python-docx's comments.

Element classes for ``w:footnotes``/``w:endnotes`` and their notes, the part class
python-docx instantiates for ``/word/footnotes.xml`` and ``/word/endnotes.xml``, and
the helpers that touch ``settings.xml`` and ``styles.xml``. Everything here is
parametrised by a :class:`NoteKind`; the public wrapper lives in ``footnotes.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import PartFactory
from docx.oxml.ns import nsdecls, nsmap, qn
from docx.oxml.parser import OxmlElement, element_class_lookup, parse_xml
from docx.oxml.simpletypes import ST_DecimalNumber, ST_String
from docx.oxml.xmlchemy import BaseOxmlElement, OptionalAttribute, RequiredAttribute, ZeroOrMore
from docx.parts.story import StoryPart
from lxml import etree


@dataclass(frozen=True)
class NoteKind:
    """Everything that differs between footnotes and endnotes."""

    name: str  # "footnote" | "endnote"
    content_type: str
    reltype: str

    @property
    def partname(self) -> str:
        return f"/word/{self.name}s.xml"

    @property
    def root_tag(self) -> str:
        return f"w:{self.name}s"

    @property
    def note_tag(self) -> str:
        return f"w:{self.name}"

    @property
    def pr_tag(self) -> str:  # child of w:settings
        return f"w:{self.name}Pr"

    @property
    def reference_tag(self) -> str:  # in the body run
        return f"w:{self.name}Reference"

    @property
    def ref_mark_tag(self) -> str:  # first run of the note's first paragraph
        return f"w:{self.name}Ref"

    @property
    def text_style_name(self) -> str:
        return f"{self.name} text"

    @property
    def reference_style_name(self) -> str:
        return f"{self.name} reference"


FOOTNOTE = NoteKind("footnote", CT.WML_FOOTNOTES, RT.FOOTNOTES)
ENDNOTE = NoteKind("endnote", CT.WML_ENDNOTES, RT.ENDNOTES)
KINDS = {FOOTNOTE.content_type: FOOTNOTE, ENDNOTE.content_type: ENDNOTE}

_SEPARATOR_TYPES = ("separator", "continuationSeparator", "continuationNotice")


class CT_Note(BaseOxmlElement):
    """``w:footnote`` or ``w:endnote``: a story holding paragraphs and tables."""

    id: int = RequiredAttribute("w:id", ST_DecimalNumber)  # pyright: ignore
    type: str | None = OptionalAttribute("w:type", ST_String)  # pyright: ignore

    p = ZeroOrMore("w:p", successors=())
    tbl = ZeroOrMore("w:tbl", successors=())

    add_p: Callable[[], BaseOxmlElement]
    p_lst: list[BaseOxmlElement]

    @property
    def is_separator(self) -> bool:
        return self.type in _SEPARATOR_TYPES

    @property
    def inner_content_elements(self) -> list[BaseOxmlElement]:
        return self.xpath("./w:p | ./w:tbl")


class CT_Notes(BaseOxmlElement):
    """``w:footnotes`` or ``w:endnotes``: the root of a notes part."""

    @property
    def notes(self) -> list[CT_Note]:
        return self.xpath("./w:footnote | ./w:endnote")

    def next_id(self) -> int:
        """Max existing id + 1, never below 1 (Word uses -1/0 for the separators,
        LibreOffice 0/1, so real notes continue after whichever is present)."""
        return max((n.id for n in self.notes), default=0) + 1

    def get(self, note_id: int) -> CT_Note | None:
        found = [n for n in self.notes if n.id == note_id]
        return found[0] if found else None


def _notes_parser() -> etree.XMLParser:
    """An XML parser like python-docx's (same options), whose ``w:footnotes``, ``w:footnote``,
    ``w:endnotes`` and ``w:endnote`` elements are CT_Notes and CT_Note; every other element
    gets python-docx's class. python-docx's own parser is left as it is."""
    lookup = etree.ElementNamespaceClassLookup(element_class_lookup)
    namespace = lookup.get_namespace(nsmap["w"])
    for kind in (FOOTNOTE, ENDNOTE):
        namespace[kind.root_tag[2:]] = CT_Notes
        namespace[kind.note_tag[2:]] = CT_Note
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
    parser.set_element_class_lookup(lookup)
    return parser


NOTES_PARSER = _notes_parser()  # (set up once, never changed)


class NotesPart(StoryPart):
    """``/word/footnotes.xml`` or ``/word/endnotes.xml``; kind follows the content type."""

    @classmethod
    def load(cls, partname, content_type, blob, package):
        return cls(partname, content_type, etree.fromstring(blob, NOTES_PARSER), package)

    @property
    def kind(self) -> NoteKind:
        return KINDS[self.content_type]

    @property
    def notes_element(self) -> CT_Notes:
        return self._element  # pyright: ignore[reportReturnType]

    def add_note(self) -> CT_Note:
        """Append a new, empty note with the next id: max existing id + 1 (`CT_Notes.next_id`).

        The next id is kept between calls instead of rescanning every note (adding n
        notes took n² steps); the notes are counted again when they are not as the last
        call left them (another number of notes or another last note: changed elsewhere)."""
        root = self.notes_element
        kept = getattr(self, "_kept", None)  # (number of notes, last note, next id)
        last = root[-1] if len(root) else None
        if kept is not None and kept[0] == len(root) and kept[1] is last:
            note_id = kept[2]
        else:
            note_id = root.next_id()
        note = root.makeelement(qn(self.kind.note_tag), {qn("w:id"): str(note_id)})
        root.append(note)
        self._kept = (len(root), note, note_id + 1)
        return note  # pyright: ignore[reportReturnType]

    @classmethod
    def default(cls, package, kind: NoteKind) -> NotesPart:
        element = etree.fromstring(default_notes_xml(kind), NOTES_PARSER)
        return cls(PackURI(kind.partname), kind.content_type, element, package)


class NotesPartFactory(PartFactory):
    """python-docx's PartFactory, making NotesPart for footnotes.xml and endnotes.xml (given to
    the package reader by `footnotes.open_document`; python-docx's own factory is unchanged)."""

    @classmethod
    def _part_cls_for(cls, content_type: str):
        if content_type in KINDS:
            return NotesPart
        return super()._part_cls_for(content_type)


def default_notes_xml(kind: NoteKind) -> bytes:
    """A notes part holding Word's separator (-1) and continuation separator (0)."""
    seps = "".join(
        f'<{kind.note_tag} w:type="{sep_type}" w:id="{note_id}"><w:p><w:pPr>'
        f'<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        f"<w:r><w:{sep_type}/></w:r></w:p></{kind.note_tag}>"
        for note_id, sep_type in ((-1, "separator"), (0, "continuationSeparator"))
    )
    return f'<{kind.root_tag} {nsdecls("w", "r")}>{seps}</{kind.root_tag}>'.encode()


# -- settings.xml ----------------------------------------------------------------

# CT_Settings children up to w:endnotePr, in ECMA-376 schema order (same list as
# python-docx's docx/oxml/settings.py); only the predecessors matter for insertion.
_SETTINGS_PREDECESSORS = (
    "writeProtection view zoom removePersonalInformation removeDateAndTime "
    "doNotDisplayPageBoundaries displayBackgroundShape printPostScriptOverText "
    "printFractionalCharacterWidth printFormsData embedTrueTypeFonts embedSystemFonts "
    "saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges "
    "bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors "
    "hideGrammaticalErrors activeWritingStyle proofState formsDesign attachedTemplate "
    "linkStyles stylePaneFormatFilter stylePaneSortMethod documentType mailMerge "
    "revisionView trackRevisions doNotTrackMoves doNotTrackFormatting documentProtection "
    "autoFormatOverride styleLockTheme styleLockQFSet defaultTabStop autoHyphenation "
    "consecutiveHyphenLimit hyphenationZone doNotHyphenateCaps showEnvelope summaryLength "
    "clickAndTypeStyle defaultTableStyle evenAndOddHeaders bookFoldRevPrinting "
    "bookFoldPrinting bookFoldPrintingSheets drawingGridHorizontalSpacing "
    "drawingGridVerticalSpacing displayHorizontalDrawingGridEvery "
    "displayVerticalDrawingGridEvery doNotUseMarginsForDrawingGridOrigin "
    "drawingGridHorizontalOrigin drawingGridVerticalOrigin doNotShadeFormData "
    "noPunctuationKerning characterSpacingControl printTwoOnOne strictFirstAndLastChars "
    "noLineBreaksAfter noLineBreaksBefore savePreviewPicture doNotValidateAgainstSchema "
    "saveInvalidXml ignoreMixedContent alwaysShowPlaceholderText doNotDemarcateInvalidXml "
    "saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags alwaysMergeEmptyNamespace "
    "updateFields hdrShapeDefaults footnotePr endnotePr"
).split()


def ensure_settings_pr(settings: BaseOxmlElement, kind: NoteKind, separator_ids: list[int]):
    """Add ``<w:footnotePr>`` (or endnotePr) to ``w:settings`` at its schema position,
    listing the separator notes the way Word does. An existing one is left alone."""
    if settings.find(qn(kind.pr_tag)) is not None:
        return
    pr = OxmlElement(kind.pr_tag)
    for note_id in separator_ids:
        pr.append(OxmlElement(kind.note_tag, {qn("w:id"): str(note_id)}))
    position = _SETTINGS_PREDECESSORS.index(kind.pr_tag[2:])
    before = {qn(f"w:{name}") for name in _SETTINGS_PREDECESSORS[:position]}
    index = 0  # insert right after the last schema predecessor present
    for i, child in enumerate(settings):
        if child.tag in before:
            index = i + 1
    settings.insert(index, pr)


# -- styles.xml ------------------------------------------------------------------


def find_style_id(styles: BaseOxmlElement, style_type: str, name: str) -> str | None:
    """styleId of the style of `style_type` whose ``w:name`` is `name` (case-insensitive)."""
    for style in styles.iterchildren(qn("w:style")):
        name_el = style.find(qn("w:name"))
        if style.get(qn("w:type")) == style_type and name_el is not None:
            if (name_el.get(qn("w:val")) or "").casefold() == name.casefold():
                return style.get(qn("w:styleId"))
    return None


def _default_style_id(styles: BaseOxmlElement, style_type: str) -> str | None:
    for style in styles.iterchildren(qn("w:style")):
        if style.get(qn("w:type")) == style_type and style.get(qn("w:default")) in ("1", "true"):
            return style.get(qn("w:styleId"))
    return None


def _unique_style_id(styles: BaseOxmlElement, wanted: str) -> str:
    used = {s.get(qn("w:styleId")) for s in styles.iterchildren(qn("w:style"))}
    candidate, n = wanted, 1
    while candidate in used:
        candidate, n = f"{wanted}{n}", n + 1
    return candidate


def ensure_note_styles(styles: BaseOxmlElement, kind: NoteKind) -> tuple[str, str]:
    """(text style id, reference style id), creating the styles only if no style
    of that name exists: text 10pt based on Normal, reference superscript."""
    text_id = find_style_id(styles, "paragraph", kind.text_style_name)
    if text_id is None:
        text_id = _unique_style_id(styles, f"{kind.name.capitalize()}Text")
        based_on = _default_style_id(styles, "paragraph")
        styles.append(
            parse_xml(
                f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="{text_id}">'
                f'<w:name w:val="{kind.text_style_name}"/>'
                + (f'<w:basedOn w:val="{based_on}"/>' if based_on else "")
                + '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
                '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
            )
        )
    ref_id = find_style_id(styles, "character", kind.reference_style_name)
    if ref_id is None:
        ref_id = _unique_style_id(styles, f"{kind.name.capitalize()}Reference")
        based_on = _default_style_id(styles, "character")
        styles.append(
            parse_xml(
                f'<w:style {nsdecls("w")} w:type="character" w:styleId="{ref_id}">'
                f'<w:name w:val="{kind.reference_style_name}"/>'
                + (f'<w:basedOn w:val="{based_on}"/>' if based_on else "")
                + '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
                '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
            )
        )
    return text_id, ref_id
