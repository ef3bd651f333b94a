"""The Word file's document-wide parts: language, settings, properties, numbering, styles.

What a reader's Word takes from the package rather than the body: the default language
(the briefing's, not the template's en-US) and the fact that nobody has proof-read it yet;
compatibility mode 15 (Word 2013 and later, not 2010's layout); the application name
Briefing; the classification also as a custom document property (so a records system or a
labelling add-in can read it); a numbering definition for numbered paragraphs; the
Hyperlink character style.
"""

from __future__ import annotations

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from lxml import etree

from briefing.export.language import word_language

_WORD = "http://schemas.microsoft.com/office/word"
_EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the user-defined properties' format id
# w:settings children that come before w:compat, w:proofState ... in schema order.
_SETTINGS_ORDER = [
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
    "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts", "embedSystemFonts",
    "saveSubsetFonts", "saveFormsData", "mirrorMargins", "alignBordersAndEdges",
    "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop",
    "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle", "proofState",
    "formsDesign", "attachedTemplate", "linkStyles", "stylePaneFormatFilter",
    "stylePaneSortMethod", "documentType", "mailMerge", "revisionView", "trackRevisions",
    "doNotTrackMoves", "doNotTrackFormatting", "documentProtection", "autoFormatOverride",
    "styleLockTheme", "styleLockQFSet", "defaultTabStop", "autoHyphenation",
    "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps", "showEnvelope",
    "summaryLength", "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders",
    "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets",
    "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing",
    "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin",
    "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning",
    "characterSpacingControl", "printTwoOnOne", "strictFirstAndLastChars", "noLineBreaksAfter",
    "noLineBreaksBefore", "savePreviewPicture", "doNotValidateAgainstSchema", "saveInvalidXml",
    "ignoreMixedContent", "alwaysShowPlaceholderText", "doNotDemarcateInvalidXml",
    "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
    "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr",
    "compat",
]


def _insert_in_order(parent, element, order: list[str]) -> None:
    """Insert element into parent after every child that comes before it in schema order."""
    name = etree.QName(element).localname
    before = {qn(f"w:{n}") for n in order[: order.index(name)]}
    index = 0
    for i, child in enumerate(parent):
        if child.tag in before:
            index = i + 1
    parent.insert(index, element)


# ---- language and proofing ----------------------------------------------------------------


def set_language(document, tag: str) -> None:
    """The document's default language (styles' docDefaults) and the theme's, from the
    briefing's language; Chinese text in the East Asian slot as Simplified Chinese."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = styles.makeelement(qn("w:docDefaults"), {})
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = defaults.makeelement(qn("w:rPrDefault"), {})
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = rpr_default.makeelement(qn("w:rPr"), {})
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = rpr.makeelement(qn("w:lang"), {})
        rpr.append(lang)  # w:lang is the last of the children a default run may have here
    lang.set(qn("w:val"), word_language(tag))
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ar-SA")
    settings = document.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), word_language(tag))
        theme.set(qn("w:eastAsia"), "zh-CN")


def settings(document) -> None:
    """Not proof-read; compatibility mode 15."""
    element = document.settings.element
    for proof in element.findall(qn("w:proofState")):
        element.remove(proof)
    compat = element.find(qn("w:compat"))
    if compat is None:
        compat = element.makeelement(qn("w:compat"), {})
        _insert_in_order(element, compat, _SETTINGS_ORDER)
    for setting in compat.findall(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
            break
    else:
        compat.append(compat.makeelement(qn("w:compatSetting"), {
            qn("w:name"): "compatibilityMode", qn("w:uri"): _WORD, qn("w:val"): "15"}))


# ---- package properties -------------------------------------------------------------------


def _replace_or_add(package, reltype: str, partname: str, content_type: str, blob: bytes):
    for rel in package.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            part = rel.target_part
            part._blob = blob  # a generic Part: its bytes are what is saved
            return part
    part = Part(PackURI(partname), content_type, blob, package)
    package.relate_to(part, reltype)
    return part


def app_properties(document) -> None:
    """docProps/app.xml naming Briefing as the application (not the template's Word)."""
    root = etree.Element(f"{{{_EXTENDED}}}Properties", nsmap={None: _EXTENDED, "vt": _VT})
    for name, value in (("Application", "Briefing"), ("DocSecurity", "0"),
                        ("ScaleCrop", "false"), ("LinksUpToDate", "false"),
                        ("SharedDoc", "false"), ("HyperlinksChanged", "false")):
        etree.SubElement(root, f"{{{_EXTENDED}}}{name}").text = value
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    _replace_or_add(document.part.package, RT.EXTENDED_PROPERTIES, "/docProps/app.xml",
                    CT.OFC_EXTENDED_PROPERTIES, blob)


def custom_properties(document, values: dict[str, str]) -> None:
    """docProps/custom.xml holding `values` as text properties (e.g. Classification)."""
    root = etree.Element(f"{{{_CUSTOM}}}Properties", nsmap={None: _CUSTOM, "vt": _VT})
    for pid, (name, value) in enumerate(sorted(values.items()), start=2):
        prop = etree.SubElement(root, f"{{{_CUSTOM}}}property",
                                {"fmtid": _FMTID, "pid": str(pid), "name": name})
        etree.SubElement(prop, f"{{{_VT}}}lpwstr").text = value
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    _replace_or_add(document.part.package, RT.CUSTOM_PROPERTIES, "/docProps/custom.xml",
                    CT.OFC_CUSTOM_PROPERTIES, blob)


# ---- numbering and styles -----------------------------------------------------------------


def paragraph_numbering(document) -> str:
    """The w:numId of a new decimal numbering ("1.", hanging 1 cm) for numbered paragraphs."""
    numbering = document.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abstract_id, num_id = max(abstract_ids, default=-1) + 1, max(num_ids, default=0) + 1
    abstract = numbering.makeelement(qn("w:abstractNum"), {qn("w:abstractNumId"): str(abstract_id)})
    etree.SubElement(abstract, qn("w:multiLevelType"), {qn("w:val"): "singleLevel"})
    level = etree.SubElement(abstract, qn("w:lvl"), {qn("w:ilvl"): "0"})
    for tag, value in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1."),
                       ("w:lvlJc", "left")):
        etree.SubElement(level, qn(tag), {qn("w:val"): value})
    ppr = etree.SubElement(level, qn("w:pPr"))
    etree.SubElement(ppr, qn("w:ind"), {qn("w:left"): "567", qn("w:hanging"): "567"})
    # Every w:abstractNum comes before the first w:num.
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = etree.SubElement(numbering, qn("w:num"), {qn("w:numId"): str(num_id)})
    etree.SubElement(num, qn("w:abstractNumId"), {qn("w:val"): str(abstract_id)})
    return str(num_id)


def hyperlink_style(document) -> str:
    """The styleId of the Hyperlink character style, added (blue, underlined) if missing."""
    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        name = style.find(qn("w:name"))
        if style.get(qn("w:type")) == "character" and name is not None and \
                (name.get(qn("w:val")) or "").casefold() == "hyperlink":
            return style.get(qn("w:styleId"))
    style = etree.SubElement(styles, qn("w:style"), {qn("w:type"): "character",
                                                     qn("w:styleId"): "Hyperlink"})
    etree.SubElement(style, qn("w:name"), {qn("w:val"): "Hyperlink"})
    etree.SubElement(style, qn("w:uiPriority"), {qn("w:val"): "99"})
    etree.SubElement(style, qn("w:unhideWhenUsed"))
    rpr = etree.SubElement(style, qn("w:rPr"))
    etree.SubElement(rpr, qn("w:color"), {qn("w:val"): "0563C1"})
    etree.SubElement(rpr, qn("w:u"), {qn("w:val"): "single"})
    return "Hyperlink"
