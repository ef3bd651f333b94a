"""Styles specialised to a document's item types: faster to build, and the same text."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

import pytest
from lxml import etree

from briefing.core import citations
from briefing.core.citations import Citer, Styles, bundled_csl_dir
from briefing.core.csl_prune import CSL, never_taken, specialise
from tests.core.test_citations import CHICAGO, SOURCES

TYPES = frozenset({"article-newspaper"})


def branch(**attrs) -> ET.Element:
    element = ET.Element(CSL + "if", attrs)
    ET.SubElement(element, CSL + "text", {"variable": "title"})
    return element


@pytest.mark.parametrize("attrs, never", [
    ({"type": "legal_case bill"}, True),
    ({"type": "legal_case article-newspaper"}, False),
    ({"type": "book", "variable": "URL"}, True),  # match="all": one false test is enough
    ({"type": "book", "variable": "URL", "match": "any"}, False),  # the URL test may hold
    ({"type": "book chapter", "match": "any"}, True),
    ({"type": "book", "match": "none"}, False),
    ({"variable": "URL"}, False),
    ({"position": "ibid"}, False),
])
def test_a_branch_is_never_taken_only_when_its_type_test_decides(attrs, never):
    assert never_taken(branch(**attrs), TYPES) is never


def test_branches_with_a_conditions_element_are_kept():
    element = branch(type="book")
    ET.SubElement(element, CSL + "conditions", {"match": "any"})
    assert not never_taken(element, TYPES)


def test_the_style_keeps_its_shape_and_empties_only_other_types_branches():
    xml = (bundled_csl_dir() / f"{CHICAGO}.csl").read_text(encoding="utf-8")
    small = specialise(xml, TYPES)
    assert len(small) < 0.85 * len(xml)
    before, after = (etree.fromstring(x.encode("utf-8")) for x in (xml, small))
    tree, emptied = after.getroottree(), 0
    for choose in after.iter(CSL + "choose"):  # every choose left has all its branches
        (twin,) = before.getroottree().xpath(tree.getpath(choose))
        assert [b.tag for b in choose] == [b.tag for b in twin]
        for branch, old in zip(choose, twin):
            if len(branch) != len(old):
                assert not len(branch) and never_taken(old, TYPES)
                emptied += 1
    assert emptied > 50


def test_text_that_is_not_xml_comes_back_as_it_was():
    assert specialise("<style", TYPES) == "<style"


KINDS = ["article-newspaper", "report", "webpage", "book", "legal_case", "chapter", "speech"]


@pytest.mark.parametrize("style_id", [CHICAGO, "apa"])
def test_specialised_and_whole_styles_write_the_same_citations(style_id, monkeypatch):
    real = [s for s in SOURCES.values() if s.author and s.outlet][:len(KINDS)]
    sources = [dataclasses.replace(s, kind=kind) for s, kind in zip(real, KINDS)]
    cites = [(s.id, None) for s in sources] + [(s.id, "12") for s in sources] + [
        (sources[0].id, "3"), (sources[0].id, "4"), (sources[1].id, None)]
    style = Styles([bundled_csl_dir()]).get(style_id)

    def run():
        citer = Citer(style, sources)
        return citer.cite_all(cites), citer.bibliography()

    specialised = run()
    monkeypatch.setattr(citations, "specialise", lambda xml, types: xml)
    assert run() == specialised
