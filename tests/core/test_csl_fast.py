"""The one-pass way of formatting a document's citations (`bf_fast`) gives exactly what
citeproc-js's own batch (`bf_rebuild`, rebuildProcessorState) gives.

Random documents over items made to collide (same family names, same titles, same
year: disambiguation, year suffixes), with repeats next to each other and far apart
(ibid, subsequent, near-note), locators with and without labels, in every bundled style
and in a probe style that prints the position, near-note and first note number."""

from __future__ import annotations

import json
import random

import pytest

from briefing.core.citations import bundled_csl_dir
from briefing.core.citations import processor as csl_engine

# Minutes in all: random documents formatted twice over every bundled style. The full suite
# (./run-tests) runs them; the fast loop (-m "not slow") does not.
pytestmark = pytest.mark.slow

ENGINE_JS, LOCALES = bundled_csl_dir() / "engine" / "citeproc.js", bundled_csl_dir() / "locales"
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


def both(host, key: str, items_json: str, cites: list[dict]) -> tuple:
    args = (key, items_json, json.dumps(cites))
    fast = json.loads(host.call("bf_fast", *args))
    fast_bib = host.call("bf_bibliography", key)
    slow = json.loads(host.call("bf_rebuild", *args))
    slow_bib = host.call("bf_bibliography", key)
    return (fast, fast_bib), (slow, slow_bib)


STYLES = [(s, None) for s in BUNDLED] + [("probe-note", "note"), ("probe-in-text", "in-text")]


@pytest.mark.parametrize("style, probe", STYLES)
def test_one_pass_equals_the_batch(style, probe):
    host = csl_engine.host(ENGINE_JS, LOCALES)
    if probe:
        xml = PROBE.replace("{cls}", probe)
    else:
        xml = (bundled_csl_dir() / f"{style}.csl").read_text(encoding="utf-8")
    key = host.key(xml, "en-US", False)
    with host.session_lock:
        host.engine(key, xml, "en-US", False)
        note = 'class="note"' in xml
        rng = random.Random(f"{style}-7")
        seen_positions = set()
        for _ in range(6):
            pool = items(rng, rng.randint(3, 8))
            cites = citations(rng, list(pool), rng.randint(5, 30), note)
            host.owners.pop(key, None)
            fast, slow = both(host, key, json.dumps(pool), cites)
            assert fast == slow
            seen_positions.update(w for t in fast[0] for w in t.split() if w.isupper())
    if probe:  # the probe saw every position, near and far repeats, disambiguation
        assert {"FIRST", "SUBS", "IBID", "IBID-L", "NEAR"} <= seen_positions


def test_citations_it_does_not_cover_go_to_the_batch():
    host = csl_engine.host(ENGINE_JS, LOCALES)
    xml = PROBE.replace("{cls}", "note")
    key = host.key(xml, "en-US", False)
    pool = json.dumps({"a": {"id": "a", "type": "book", "title": "A"},
                       "b": {"id": "b", "type": "book", "title": "B"}})
    two_items = [{"citationID": "c1", "citationItems": [{"id": "a"}, {"id": "b"}],
                  "properties": {"noteIndex": 1}}]
    going_back = [{"citationID": f"c{n}", "citationItems": [{"id": "a"}],
                   "properties": {"noteIndex": note}} for n, note in ((1, 2), (2, 1))]
    with host.session_lock:
        host.engine(key, xml, "en-US", False)
        for cites in (two_items, going_back):
            host.owners.pop(key, None)
            assert host.call("bf_fast", key, pool, json.dumps(cites)) == "null"
            assert host.call("bf_register", key, pool, json.dumps(cites)) is False


SORTED_PROBE = PROBE.replace(
    "<bibliography>",
    """<macro name="source"><text variable="container-title"/></macro>
  <bibliography><sort><key variable="author"/><key variable="title"/><key macro="source" sort="descending"/>
  <key variable="issued"/></sort>""")


def unique_authors(rng: random.Random, n: int) -> dict[str, dict]:
    """Items as `items` makes them, some with an author nobody else has."""
    out = items(rng, n)
    for item in out.values():
        if "author" in item and rng.random() < 0.4:
            item["author"] = [{"family": f"Author{rng.randint(0, 999)}", "given": "Ann"}]
    return out


def twins(rng: random.Random, n: int) -> dict[str, dict]:
    """Items as `items` makes them, half of them copies of another but for the date:
    only the last sort key tells them apart."""
    out = items(rng, n)
    ids = list(out)
    for i, item_id in enumerate(ids[1::2]):
        twin = dict(out[ids[2 * i]], id=item_id)
        twin["issued"] = {"date-parts": [[rng.choice([2019, 2031]), rng.randint(1, 12)]]}
        out[item_id] = twin
    return out


# Sorted by title, then by citation number from the end: rendering that key sets the
# numbering's direction (so every key must be rendered, even where titles differ).
NUMBERED_PROBE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Numbered</title><id>numbered</id><updated>2025-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="citation-number"/></layout></citation>
  <bibliography><sort><key variable="title"/><key variable="citation-number" sort="descending"/>
  </sort><layout><text variable="citation-number" suffix=". "/><text variable="title"/></layout>
  </bibliography>
</style>"""


@pytest.mark.parametrize("style", BUNDLED + ["sorted-probe", "numbered-probe"])
def test_bibliography_order_from_first_keys_equals_every_key(style):
    """Patch 4 renders a sort key only when the keys before it tie; the bibliography
    (order and text) is what rendering every key gives. Each way has an engine of its own
    (rendering a key can leave state on the engine)."""
    host = csl_engine.host(ENGINE_JS, LOCALES)
    if style == "sorted-probe":
        xml = SORTED_PROBE.replace("{cls}", "note")
    elif style == "numbered-probe":
        xml = NUMBERED_PROBE
    else:
        xml = (bundled_csl_dir() / f"{style}.csl").read_text(encoding="utf-8")
    rng = random.Random(f"{style}-keys")
    with host.session_lock:
        try:
            for round_ in range(9):
                pool = (items, unique_authors, twins)[round_ % 3](rng, rng.randint(2, 14))
                cites = citations(rng, list(pool), rng.randint(3, 20), 'class="note"' in xml)
                # (the small probe on new engines each round, with titles of their own)
                fresh = f"<!-- {round_} -->" if style == "numbered-probe" else ""
                if fresh and round_ % 2:
                    for item in pool.values():
                        item["title"] += f" {item['id']}"
                engines = {lazy: (xml + fresh + mark, host.key(xml + fresh + mark, "en-US", False))
                           for lazy, mark in ((True, ""), (False, "<!-- every key -->"))}
                out = []
                for lazy, (text, key) in engines.items():
                    host.engine(key, text, "en-US", False)
                    host.call("bf_option", "lazyKeys", lazy)
                    host.owners.pop(key, None)
                    assert host.call("bf_register", key, json.dumps(pool), json.dumps(cites))
                    out.append(json.loads(host.call("bf_bibliography", key)))
                assert out[0] == out[1], (pool, out)
                assert len(out[0]["ids"]) == len({c["citationItems"][0]["id"] for c in cites})
        finally:
            host.call("bf_option", "lazyKeys", True)


def test_regexps_from_the_cache_are_separate_objects():
    """Patch 0 hands out copies of compiled patterns: each has its own lastIndex, and
    flags are kept apart (same source, other flags)."""
    host = csl_engine.host(ENGINE_JS, LOCALES)
    js = """(function () {
      var a = new RegExp("x", "g"); a.exec("xx");
      var b = new RegExp("x", "g"), c = new RegExp("X", "i"), d = new RegExp("X");
      return JSON.stringify([a === b, a.lastIndex, b.lastIndex, b.exec("axb").index,
        c.test("x"), d.test("x"), new RegExp(a).global, new RegExp(a, "").global,
        b instanceof RegExp, "a-b".split(new RegExp("-")).length]);
    })()"""
    assert json.loads(host.call("eval", js)) == [False, 1, 0, 1, True, False, True, False, True, 2]


def crowds(rng: random.Random, n: int) -> dict[str, dict]:
    """Items as `items` makes them, most with two or three authors (et al.)."""
    out = items(rng, n)
    for item in out.values():
        if "author" in item and rng.random() < 0.7:
            item["author"] = [{"family": rng.choice(FAMILIES), "given": rng.choice(GIVENS)}
                              for _ in range(rng.randint(2, 3))]
    return out


# The probe, with a bibliography that shows what disambiguation decided.
DISAMBIG_PROBE = PROBE.replace(
    "<bibliography><layout>",
    '<bibliography et-al-min="2" et-al-use-first="1"><layout>'
    '<choose><if disambiguate="true"><text value="DIS "/></if></choose>')
# Only the bibliography tests disambiguate="true" (citeproc-js then disambiguates further
# on that engine than on the citations' one), or it prints backreferences, which read the
# citations: the bibliography's engine must not take the citations' disambiguation.
BIB_ONLY_PROBE = DISAMBIG_PROBE.replace(
    '<choose><if disambiguate="true"><text variable="container-title"/></if></choose>', "")
BACKREF_PROBE = PROBE.replace(
    "<bibliography><layout>",
    '<bibliography><layout><choose><if disambiguate="check-ambiguity-and-backreference">'
    '<text value="BACKREF "/></if></choose>')
PROBES = {"probe-note": (DISAMBIG_PROBE, "note"), "probe-in-text": (DISAMBIG_PROBE, "in-text"),
          "bib-only-note": (BIB_ONLY_PROBE, "note"), "bib-only-in-text": (BIB_ONLY_PROBE, "in-text"),
          "backref-note": (BACKREF_PROBE, "note")}


@pytest.mark.parametrize("style", BUNDLED + list(PROBES))
def test_bibliography_with_the_citing_engines_disambiguation_equals_its_own(style):
    """The bibliography's engine takes the disambiguation the citations' engine worked out
    (bf_fast_begin → bf_set_disambig) instead of working it out again where that gives the
    same bibliography, and refuses it (the caller registers the items itself) where not."""
    from briefing.core.citations.specialise import without_bibliography

    host = csl_engine.host(ENGINE_JS, LOCALES)
    if style in PROBES:
        xml = PROBES[style][0].replace("{cls}", PROBES[style][1])
    else:
        xml = (bundled_csl_dir() / f"{style}.csl").read_text(encoding="utf-8")
    citing_xml = without_bibliography(xml)
    key, citing = host.key(xml, "en-US", False), host.key(citing_xml, "en-US", False)
    rng = random.Random(f"{style}-disambig")
    refused = style.startswith(("bib-only", "backref"))
    with host.session_lock:
        host.engine(key, xml, "en-US", False)
        host.engine(citing, citing_xml, "en-US", False)
        shown = set()
        for round_ in range(8):
            pool = (items, crowds, twins, unique_authors)[round_ % 4](rng, rng.randint(2, 10))
            cites = citations(rng, list(pool), rng.randint(3, 25), 'class="note"' in xml)
            pool_json, cites_json = json.dumps(pool), json.dumps(cites)
            host.owners.pop(key, None)
            host.owners.pop(citing, None)
            assert host.call("bf_register", key, pool_json, cites_json)
            own = json.loads(host.call("bf_bibliography", key))
            disambig = host.call("bf_fast_begin", citing, pool_json, cites_json)
            host.call("bf_fast_end", citing)
            assert host.call("bf_register_items", key, pool_json, cites_json)
            taken = host.call("bf_set_disambig", key, disambig)
            assert taken is not refused
            if not taken:  # as Session does
                assert host.call("bf_register", key, pool_json, cites_json)
            assert json.loads(host.call("bf_bibliography", key)) == own, (pool, cites)
            shown.update(w for entry in own["entries"] for w in entry.split() if w.isupper())
    if style.startswith("bib-only"):  # the case the refusal is for did come up
        assert "DIS" in shown
