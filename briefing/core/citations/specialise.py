"""A CSL style specialised to the items a document cites.

citeproc-js expands every macro where it is called when it builds a style, so a big style
(Chicago: 6,000 lines with branches for legal cases, patents, films, DOIs, editors, …)
takes 3-4 s and ~200 MB in QuickJS, most of it for branches no briefing can take. A
branch whose condition cannot hold for this document's items is never taken, and once a
branch always holds, the branches after it in its ``choose`` are never taken either;
emptying those branches changes no output. ``specialise`` empties them (keeping each
branch, so every ``choose`` keeps its shape and every ``else`` stays where it was).
Building Chicago for newspaper articles then takes 0.2 s.

A condition is worked out only from what the items alone decide:
- ``type`` (one test, true when the item is of any listed type): false when no item is of
  a listed type, true when every item is;
- ``variable`` (one test per variable): false when no item has the variable, for the
  plain item variables in ``PLAIN_VARIABLES`` only (citeproc-js derives others such as
  title-short and page-first, or takes them from the cite, such as locator), and only
  when ``variables`` (what the items have) is given;
- every other test (position, locator, is-numeric, disambiguate, …) is unknown;
then combined by ``match`` (all, any, none) in three-valued logic. Branches with a
``cs:conditions`` child are unknown.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree as ET  # keeps the style's namespaces as written (python-docx needs lxml)

CSL = "{http://purl.org/net/xbiblio/csl}"
_BRANCHES = (CSL + "if", CSL + "else-if")

# fmt: off
# CSL 1.0.2 item variables citeproc-js reads from the item as given: it neither derives
# them from other fields (title-short, container-title-short, page-first, language-name,
# jurisdiction, authority, section, title-main) nor takes them from the cite (locator,
# first-reference-note-number, year-suffix, citation-number).
PLAIN_VARIABLES = frozenset({
    "DOI", "ISBN", "ISSN", "PMCID", "PMID", "URL", "abstract", "annote", "archive",
    "archive-place", "archive_collection", "archive_location", "call-number",
    "chapter-number", "collection-number", "collection-title", "dimensions", "division",
    "edition", "event", "event-place", "event-title", "genre", "issue", "medium",
    "number", "number-of-pages", "number-of-volumes", "original-publisher",
    "original-publisher-place", "original-title", "part-number", "part-title",
    "printing-number", "publisher", "publisher-place", "references", "reviewed-genre",
    "reviewed-title", "scale", "source", "status", "supplement-number", "version",
    "volume", "volume-title", "container-title", "language",
    # names
    "author", "chair", "collection-editor", "compiler", "composer", "container-author",
    "contributor", "curator", "director", "editor", "editorial-director",
    "executive-producer", "guest", "host", "illustrator", "interviewer", "narrator",
    "organizer", "original-author", "performer", "producer", "recipient",
    "reviewed-author", "script-writer", "series-creator", "translator",
    # dates
    "accessed", "available-date", "issued", "event-date", "original-date", "submitted",
})
# fmt: on


def _all(values: list[bool | None]) -> bool | None:
    if False in values:
        return False
    return True if all(v is True for v in values) else None


def _any(values: list[bool | None]) -> bool | None:
    if True in values:
        return True
    return False if all(v is False for v in values) else None


def holds(
    branch: ET.Element, types: frozenset[str], variables: frozenset[str] | None = None
) -> bool | None:
    """Whether ``branch`` (cs:if / cs:else-if) holds for every item of the document
    (True), for none (False), or it depends (None). ``types``: the items' CSL types;
    ``variables``: every variable some item has (None: not known)."""
    if branch.tag not in _BRANCHES or any(c.tag == CSL + "conditions" for c in branch):
        return None
    tests: list[bool | None] = []
    for name, value in branch.attrib.items():
        if name == "match":
            continue
        listed = value.split()
        if name == "type":
            if not set(listed) & types:
                tests.append(False)
            else:
                tests.append(True if types <= set(listed) else None)
        elif name == "variable" and variables is not None:
            tests += [False if v in PLAIN_VARIABLES and v not in variables else None
                      for v in listed]
        else:
            tests += [None] * len(listed)
    if not tests:
        return None
    match = branch.get("match", "all")
    if match == "all":
        return _all(tests)
    if match == "any":
        return _any(tests)
    if match == "none":
        found = _any(tests)
        return None if found is None else not found
    return None


def never_taken(branch: ET.Element, types: frozenset[str]) -> bool:
    """True when ``branch`` (cs:if / cs:else-if) cannot hold for an item of ``types``."""
    return holds(branch, types) is False


def specialise(
    style_xml: str, types: Iterable[str], variables: Iterable[str] | None = None
) -> str:
    """``style_xml`` with every branch the document's items cannot take emptied.

    ``types``: the items' CSL types; ``variables``: the variables some item has, or None
    when that is not known (an item with a ``note``, which citeproc-js may read fields
    from). The text comes back unchanged when it is not well-formed XML (citeproc-js then
    reports the fault in its own words)."""
    types = frozenset(types)
    variables = None if variables is None else frozenset(variables)
    try:
        root = ET.fromstring(style_xml.encode("utf-8"), ET.XMLParser(resolve_entities=False,
                                                                     no_network=True))
    except ET.XMLSyntaxError:
        return style_xml
    emptied = 0
    for choose in list(root.iter(CSL + "choose")):  # (a live iterator would follow removed nodes)
        decided = False  # an earlier branch always holds
        for branch in choose:
            if not isinstance(branch.tag, str):  # comments
                continue
            result = None if branch.tag == CSL + "else" else holds(branch, types, variables)
            if (decided or result is False) and len(branch):
                for child in list(branch):
                    branch.remove(child)
                emptied += 1
            decided = decided or result is True
    if not emptied:
        return style_xml
    return ET.tostring(root, encoding="unicode")


# What in a style lets its bibliography change its citations: numbers and year suffixes
# (given only with disambiguate-add-year-suffix) follow the bibliography's order; tracked
# containers change positions.
_FED_BY_BIBLIOGRAPHY = ("citation-number", "disambiguate-add-year-suffix", "track-containers",
                        "consolidate-containers")


def without_bibliography(style_xml: str) -> str:
    """``style_xml`` without its ``cs:bibliography``, for formatting citations only: building
    it and registering items with it skips the bibliography's layout and sort keys
    (Chicago: 0.4 s of 0.65 s for 80 items). The text comes back unchanged when the style
    has no bibliography, when its citations may depend on it (citation numbers, year
    suffixes, tracked containers) or when it is not well-formed XML."""
    if "bibliography" not in style_xml or any(w in style_xml for w in _FED_BY_BIBLIOGRAPHY):
        return style_xml
    try:
        root = ET.fromstring(style_xml.encode("utf-8"), ET.XMLParser(resolve_entities=False,
                                                                     no_network=True))
    except ET.XMLSyntaxError:
        return style_xml
    found = root.find(CSL + "bibliography")
    if found is None:
        return style_xml
    root.remove(found)
    return ET.tostring(root, encoding="unicode")


# A style whose layouts, with every macro call expanded, hold more elements than this is
# refused before the processor builds it. The bundled styles expand to at most 2.4 million
# (the whole of Chicago; specialised to a briefing's sources, far fewer); a style whose
# macros call each other in a fan-out (each calling the next several times) soon expands to
# hundreds of millions. Fan-outs below this are stopped by the processor's limits.
MAX_EXPANDED_ELEMENTS = 10_000_000


class ExpansionError(ValueError):
    """A style whose macros call each other in a loop or expand beyond any real style's."""


def expanded_size(xml: str) -> int:
    """The number of elements in the style's citation and bibliography with every macro call
    expanded where it is made (as citeproc-js builds it); ExpansionError for a macro that
    calls itself, directly or not."""
    return expanded_size_of(ET.fromstring(xml.encode("utf-8")))


def expanded_size_of(root) -> int:
    """`expanded_size` of a parsed style (an lxml or an xml.etree element: both are walked
    the same way)."""
    macros = {m.get("name"): m for m in root.iter(CSL + "macro")}
    sizes: dict[str, int] = {}
    calling: list[str] = []  # the macros being expanded, outermost first

    def size(node) -> int:
        total = 0
        for element in node.iter():
            if not isinstance(element.tag, str):
                continue
            total += 1
            name = element.get("macro")
            if name is not None and name in macros:
                total += macro_size(name)
            if total > MAX_EXPANDED_ELEMENTS:
                return total
        return total

    def macro_size(name: str) -> int:
        if name in sizes:
            return sizes[name]
        if name in calling:
            loop = " → ".join(calling[calling.index(name):])
            raise ExpansionError(f"its macro '{name}' calls itself (through {loop})")
        calling.append(name)
        sizes[name] = size(macros[name])
        calling.pop()
        return sizes[name]

    return sum(size(node) for node in (root.find(CSL + "citation"), root.find(CSL + "bibliography"))
               if node is not None)


def check_expansion(xml: str) -> None:
    """ExpansionError if the style's macros call each other in a loop, or expand beyond
    `MAX_EXPANDED_ELEMENTS` (a fan-out)."""
    check_expansion_of(ET.fromstring(xml.encode("utf-8")))


def check_expansion_of(root) -> None:
    """`check_expansion` of a parsed style (lxml or xml.etree)."""
    total = expanded_size_of(root)
    if total > MAX_EXPANDED_ELEMENTS:
        raise ExpansionError(
            f"its macros call each other so often that its layouts expand to more than "
            f"{MAX_EXPANDED_ELEMENTS:,} elements (the whole of Chicago: 2.4 million)")
