"""A CSL style specialised to the item types a document cites.

citeproc-js expands every macro where it is called when it builds a style, so a big style
(Chicago: 6,000 lines with branches for legal cases, patents, films, …) takes 3-4 s and
~200 MB in QuickJS, most of it for types no briefing cites. A branch whose condition can
only hold for other types can never be taken for this document's items, so emptying it
changes no output: ``specialise`` empties such branches (keeping the branch itself, so the
``choose`` keeps its shape and every ``else`` stays where it was). Building Chicago for
newspaper articles then takes 0.8 s and ~40 MB.

A branch is emptied only when its ``type`` test alone decides it is false:
- ``match="all"`` (the default): one false test makes the branch false;
- ``match="any"``: only when ``type`` is its one test.
Branches with ``match="none"`` or a ``cs:conditions`` child are kept whole.
"""

from __future__ import annotations

import functools
from lxml import etree as ET  # keeps the style's namespaces as written (python-docx needs lxml)
from collections.abc import Iterable

CSL = "{http://purl.org/net/xbiblio/csl}"
_BRANCHES = (CSL + "if", CSL + "else-if")


def never_taken(branch: ET.Element, types: frozenset[str]) -> bool:
    """True when ``branch`` (cs:if / cs:else-if) cannot hold for an item of ``types``."""
    if branch.tag not in _BRANCHES or any(c.tag == CSL + "conditions" for c in branch):
        return False
    tests = dict(branch.attrib)
    match = tests.pop("match", "all")
    if "type" not in tests or set(tests.pop("type").split()) & types:
        return False
    return match == "all" or (match == "any" and not tests)


def specialise(style_xml: str, types: Iterable[str]) -> str:
    """``style_xml`` with every branch only other item types take emptied.

    The text comes back unchanged when it is not well-formed XML (citeproc-js then reports
    the fault in its own words)."""
    return _specialise(style_xml, frozenset(types))


@functools.lru_cache(maxsize=16)
def _specialise(style_xml: str, types: frozenset[str]) -> str:
    try:
        root = ET.fromstring(style_xml.encode("utf-8"), ET.XMLParser(resolve_entities=False,
                                                                     no_network=True))
    except ET.XMLSyntaxError:
        return style_xml
    emptied = 0
    for choose in list(root.iter(CSL + "choose")):  # (a live iterator would follow removed nodes)
        for branch in choose:
            if never_taken(branch, types) and len(branch):
                for child in list(branch):
                    branch.remove(child)
                emptied += 1
    if not emptied:
        return style_xml
    return ET.tostring(root, encoding="unicode")
