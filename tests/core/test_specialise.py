"""Styles specialised to a document's item types: faster to build, and the same text."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

import pytest
from lxml import etree

from briefing.core.citations import Citer, Styles, bundled_csl_dir
from briefing.core.citations import citer as citations
from briefing.core.citations.specialise import (
    CSL,
    holds,
    never_taken,
    specialise,
    without_bibliography,
)
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


def test_the_style_keeps_its_shape_and_empties_only_branches_never_taken():
    xml = (bundled_csl_dir() / f"{CHICAGO}.csl").read_text(encoding="utf-8")
    small = specialise(xml, TYPES)
    assert len(small) < 0.85 * len(xml)
    before, after = (etree.fromstring(x.encode("utf-8")) for x in (xml, small))
    tree, emptied = after.getroottree(), 0
    for choose in after.iter(CSL + "choose"):  # every choose left has all its branches
        (twin,) = before.getroottree().xpath(tree.getpath(choose))
        assert [b.tag for b in choose] == [b.tag for b in twin]
        decided = False  # an earlier branch always holds for these types
        for branch, old in zip(choose, twin):
            if len(branch) != len(old):
                assert not len(branch) and (decided or never_taken(old, TYPES))
                emptied += 1
            decided = decided or holds(old, TYPES) is True
    assert emptied > 50


def test_text_that_is_not_xml_comes_back_as_it_was():
    assert specialise("<style", TYPES) == "<style"


KINDS = ["article-newspaper", "report", "webpage", "book", "legal_case", "chapter", "speech"]


@pytest.mark.slow  # tens of seconds: every bundled style, whole and specialised
@pytest.mark.parametrize("style_id", [CHICAGO, "apa"])
def test_specialised_and_whole_styles_write_the_same_citations(style_id, monkeypatch, processors):
    real = [s for s in SOURCES.values() if s.author and s.outlet][:len(KINDS)]
    sources = [dataclasses.replace(s, kind=kind) for s, kind in zip(real, KINDS)]
    cites = [(s.id, None) for s in sources] + [(s.id, "12") for s in sources] + [
        (sources[0].id, "3"), (sources[0].id, "4"), (sources[1].id, None)]
    style = Styles([bundled_csl_dir()]).get(style_id)

    def run():
        citer = Citer(style, sources, processors)
        return citer.cite_all(cites), citer.bibliography()

    specialised = run()
    monkeypatch.setattr(citations, "specialise", lambda xml, *rest: xml)
    assert run() == specialised


# ---- specialised to the items' variables too ------------------------------------------------

def test_a_branch_holds_fails_or_depends_in_three_valued_logic():
    types, have = frozenset({"book"}), frozenset({"title", "URL"})
    cases = [
        ({"variable": "DOI"}, False),  # no item has a DOI
        ({"variable": "DOI URL", "match": "any"}, None),  # the URL test is the item's own
        ({"variable": "DOI", "match": "none"}, True),
        ({"type": "book"}, True),  # every item is a book
        ({"type": "book", "variable": "URL"}, None),
        ({"type": "book", "variable": "DOI", "match": "any"}, True),
        ({"variable": "locator"}, None),  # from the cite, not the item
        ({"variable": "title-short"}, None),  # citeproc-js derives it
        ({"position": "first"}, None),
    ]
    for attrs, expected in cases:
        assert holds(branch(**attrs), types, have) is expected, attrs
    assert holds(branch(variable="DOI"), types, None) is None  # variables not known


def test_branches_after_one_that_always_holds_are_emptied_and_comments_are_no_branches():
    xml = f"""<style xmlns="{CSL[1:-1]}"><macro name="m"><choose>
      <!-- a comment is not a branch that always holds -->
      <if variable="DOI"><text value="doi"/></if>
      <else-if type="book"><text value="book"/></else-if>
      <else-if variable="URL"><text value="url"/></else-if>
      <else><text value="other"/></else>
    </choose></macro></style>"""
    root = etree.fromstring(specialise(xml, {"book"}, {"title"}).encode())
    kept = [len(b) for b in root.iter(CSL + "if", CSL + "else-if", CSL + "else")]
    assert kept == [0, 1, 0, 0]
    assert specialise(xml, {"book", "report"}, None) == xml  # nothing decided


RICH_KINDS = ["article-newspaper", "article-journal", "book", "chapter", "report", "webpage",
              "thesis", "legal_case", "speech", "post-weblog"]
FIELDS = {
    "DOI": "10.1000/xyz", "URL": "https://example.org/a", "publisher": "Acme Press",
    "publisher-place": "Berlin", "volume": "12", "issue": "3", "page": "45-67",
    "edition": "2", "container-title": "Journal of Things", "collection-title": "Series",
    "genre": "Working paper", "medium": "Print", "number": "7", "original-publisher": "ILR",
    "accessed": {"date-parts": [[2025, 8, 1]]}, "issued": {"date-parts": [[2024, 5]]},
    "editor": [{"family": "Ed", "given": "Ann"}], "translator": [{"family": "Tra", "given": "Bo"}],
    "author": [{"family": "Smith", "given": "Jane"}], "language": "de",
    "event-place": "Shanghai", "archive": "State archive", "status": "forthcoming",
}


@pytest.mark.slow  # tens of seconds: every bundled style, whole and specialised
@pytest.mark.parametrize("style_id", sorted(p.stem for p in bundled_csl_dir().glob("*.csl")))
def test_specialised_to_types_and_variables_writes_the_same_as_the_whole_style(style_id,
                                                                               processors,
                                                                               monkeypatch):
    import json
    import random

    from briefing.core.citations import processor
    from briefing.core.citations.items import _variables
    from briefing.core.citations.session import Session

    monkeypatch.setattr(processor, "MAX_ENGINES", 4)  # the whole style's engine stays built
    rng = random.Random(style_id)
    whole = (bundled_csl_dir() / f"{style_id}.csl").read_text(encoding="utf-8")
    note = 'class="note"' in whole
    assert (without_bibliography(whole) == whole) == (style_id == "apa")  # year suffixes
    for _ in range(4):
        items = {}
        for i in range(rng.randint(2, 6)):
            fields = rng.sample(sorted(FIELDS), rng.randint(0, len(FIELDS)))
            items[f"i{i}"] = {"id": f"i{i}", "type": rng.choice(RICH_KINDS),
                              "title": f"Title {i}: a study", **{f: FIELDS[f] for f in fields}}
        cites = [(rng.choice(sorted(items)), rng.choice([None, "12"]), "page") for _ in range(12)]
        types = {item["type"] for item in items.values()}
        small = specialise(whole, types, _variables(items.values()))
        assert len(small) < len(whole)
        out = []
        for xml in (whole, small):
            session = Session(processors, xml, "en-US", False, items, note)
            out.append((session.cite_all(cites), session.bibliography()))
        # as the app runs it: citations without the bibliography
        session = Session(processors, small, "en-US", False, items, note,
                          citing_xml=without_bibliography(small))
        out.append((session.cite_all(cites), session.bibliography()))
        assert out[0] == out[1] == out[2], json.dumps(items)
