"""The one-pass way of formatting a document's citations (bridge.js: `placeCitations`, then
`renderPlacedCitations`) gives exactly what citeproc-js's own batch (`citeAllByBatch`,
rebuildProcessorState) gives.

Random documents over items made to collide (same family names, same titles, same
year: disambiguation, year suffixes), with repeats next to each other and far apart
(ibid, subsequent, near-note), locators with and without labels, in every bundled style
and in a probe style that prints the position, near-note and first note number."""

from __future__ import annotations

import json
import random

import pytest

from briefing.core.citations import bundled_csl_dir
from briefing.core.citations.processor import engine_key

# Minutes in all: random documents formatted twice over every bundled style. The full suite
# (./run-tests) runs them; the fast loop (-m "not slow") does not.
pytestmark = pytest.mark.slow

BUNDLED = sorted(p.stem for p in bundled_csl_dir().glob("*.csl"))

PROBE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="{cls}" version="1.0">
  <info><title>Probe</title><id>probe</id><updated>2025-01-01T00:00:00+00:00</updated></info>
  <citation near-note-distance="2" disambiguate-add-givenname="true" disambiguate-add-names="true">
    <layout delimiter="; ">
      <group delimiter=" ">
        <names variable="author"><name form="short"/></names>
        <text variable="title" form="short"/>
        <choose>
          <if position="first"><text value="FIRST"/></if>
          <else-if position="ibid-with-locator"><text value="IBID-L"/></else-if>
          <else-if position="ibid"><text value="IBID"/></else-if>
          <else-if position="subsequent"><text value="SUBS"/></else-if>
        </choose>
        <choose><if position="near-note"><text value="NEAR"/></if></choose>
        <choose><if disambiguate="true"><text variable="container-title"/></if></choose>
        <text variable="first-reference-note-number" prefix="n"/>
        <label variable="locator" form="short"/>
        <text variable="locator"/>
      </group>
    </layout>
  </citation>
  <bibliography><layout><names variable="author"/><text variable="title" prefix=". "/></layout></bibliography>
</style>"""

FAMILIES = ["Smith", "Smith", "Wang", "Müller"]
GIVENS = ["Jane", "John", "Wei", "Anna"]
TITLES = ["Export controls", "Export controls", "AI rules", "Chips and sanctions"]
KINDS = ["article-newspaper", "book", "webpage", "report"]


def items(rng: random.Random, n: int) -> dict[str, dict]:
    out = {}
    for i in range(n):
        item = {"id": f"i{i}", "type": rng.choice(KINDS), "title": rng.choice(TITLES),
                "container-title": rng.choice(["Politico", "Le Monde", ""]) or "Caixin",
                "issued": {"date-parts": [[2025, rng.choice([3, 7])]]}}
        if rng.random() < 0.85:
            item["author"] = [{"family": rng.choice(FAMILIES), "given": rng.choice(GIVENS)}]
        out[item["id"]] = item
    return out


def citations(rng: random.Random, ids: list[str], n: int, note: bool) -> list[dict]:
    out, last = [], None
    for number in range(1, n + 1):
        item_id = last if last and rng.random() < 0.35 else rng.choice(ids)
        entry: dict = {"id": item_id}
        locator = rng.choice([None, None, "12", "12", "15", "p. 3", "sec. 2"])
        if locator:
            entry["locator"] = locator
            entry["label"] = rng.choice(["page", "page", "paragraph", "section"])
        out.append({"citationID": f"c{number}", "citationItems": [entry],
                    "properties": {"noteIndex": number if note else 0}})
        last = item_id
    return out


def one_pass(host, key: str, items_json: str, cites_json: str) -> str:
    """The texts (JSON) the one-pass way gives, or "null" where it does not cover the cites."""
    if not host.call("placeCitations", key, items_json, cites_json):
        return "null"
    return host.call("renderPlacedCitations", key)


def both(host, key: str, items_json: str, cites: list[dict]) -> tuple:
    args = (key, items_json, json.dumps(cites))
    fast = json.loads(one_pass(host, *args))
    fast_bib = host.call("makeBibliography", key)
    slow = json.loads(host.call("citeAllByBatch", *args))
    slow_bib = host.call("makeBibliography", key)
    return (fast, fast_bib), (slow, slow_bib)


@pytest.fixture
def host(processors):
    """The citations' processor (a QuickJS context with citeproc-js and bridge.js)."""
    return processors.citations


STYLES = [(s, None) for s in BUNDLED] + [("probe-note", "note"), ("probe-in-text", "in-text")]


@pytest.mark.parametrize("style, probe", STYLES)
def test_one_pass_equals_the_batch(style, probe, host):
    if probe:
        xml = PROBE.replace("{cls}", probe)
    else:
        xml = (bundled_csl_dir() / f"{style}.csl").read_text(encoding="utf-8")
    key = engine_key(xml, "en-US", False)
    with host.session_lock:
        host.engine(key, xml, "en-US", False)
        note = 'class="note"' in xml
        rng = random.Random(f"{style}-7")
        seen_positions = set()
        for _ in range(6):
            pool = items(rng, rng.randint(3, 8))
            cites = citations(rng, list(pool), rng.randint(5, 30), note)
            fast, slow = both(host, key, json.dumps(pool), cites)
            assert fast == slow
            seen_positions.update(w for t in fast[0] for w in t.split() if w.isupper())
    if probe:  # the probe saw every position, near and far repeats, disambiguation
        assert {"FIRST", "SUBS", "IBID", "IBID-L", "NEAR"} <= seen_positions


def test_citations_it_does_not_cover_go_to_the_batch(host):
    xml = PROBE.replace("{cls}", "note")
    key = engine_key(xml, "en-US", False)
    pool = json.dumps({"a": {"id": "a", "type": "book", "title": "A"},
                       "b": {"id": "b", "type": "book", "title": "B"}})
    two_items = [{"citationID": "c1", "citationItems": [{"id": "a"}, {"id": "b"}],
                  "properties": {"noteIndex": 1}}]
    going_back = [{"citationID": f"c{n}", "citationItems": [{"id": "a"}],
                   "properties": {"noteIndex": note}} for n, note in ((1, 2), (2, 1))]
    with host.session_lock:
        host.engine(key, xml, "en-US", False)
        for cites in (two_items, going_back):
            assert one_pass(host, key, pool, json.dumps(cites)) == "null"
            assert host.call("registerCitations", key, pool, json.dumps(cites)) is False
