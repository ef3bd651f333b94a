"""citeproc-js, the reference CSL processor, run inside QuickJS (no node, no network).

Why not citeproc-py: measured against pandoc's citeproc (3.9) on the library's
two sources and the test items, citeproc-py 0.11.1 got every note and
bibliography entry wrong in some way: "Edition" after every article, the cite's
locator in the bibliography, punctuation left outside quotation marks and
straight inner quotes, "张, 伟" as ". 伟 . 张", the substituted title or outlet
printed twice for items without an author, "J. Smith" for "Jane Smith" in
Chicago notes (initialize="false" ignored), "ibid." in lower case, a wrong
bibliography order and no disambiguation. citeproc-js (npm citeproc 2.4.63)
matched pandoc on all of these; where it did not (punctuation inside quotation
marks within a title, "?,”", mixed person/institution name lists, title-case
stop words, a note's first capital, sorting in QuickJS) `csl_fixes` and the
patches below correct it. This module is the thin host around it:

* two QuickJS contexts per process ("hosts"): one formats citations, the other
  makes bibliographies, so a document's bibliography is made on the second core
  while its citations are formatted. Each is used from one worker thread only
  (QuickJS contexts are not thread-safe; every call is handed to that thread),
  and QuickJS lets go of Python's GIL while it runs;
* one citeproc-js engine per (style text, locale) on a host, built once (a style
  specialised to a document's sources: 0.1-0.2 s) and shared: the `Session` that
  uses an engine resets it and replays its own citations when it takes the
  engine over; `citations.warm` builds them ahead of need;
* a document's citations go to citeproc-js in one pass (`Session.cite_all`,
  `bf_fast`: positions worked out once, each distinct form rendered once), the
  bibliography's engine takes the disambiguation worked out there, and finished
  results are kept per process keyed by everything that decides them, so
  formatting an unchanged document again costs nothing;
* patches to citeproc-js, applied at load time and documented in `_GLUE`: for
  speed (regular expressions compiled once, a fast path for nested braces,
  macro look-up, bibliography sort keys rendered only when the ones before tie)
  and for results (string collation: QuickJS has no Intl; the title-case stop
  words of the CSL specification, as pandoc);
* an output format "briefing" that marks italics, bold and quotation marks with
  private-use characters, turned into runs by `csl_fixes`.

Everything here is pure data in and out (JSON strings); no Qt.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import json
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import quickjs

# Private-use markers the "briefing" output format wraps around formatted text.
ITALIC_ON, ITALIC_OFF = "\ue000", "\ue001"
ROMAN_ON, ROMAN_OFF = "\ue002", "\ue003"  # font-style="normal" inside italics
BOLD_ON, BOLD_OFF = "\ue004", "\ue005"
LIGHT_ON, LIGHT_OFF = "\ue006", "\ue007"  # font-weight="normal"/"light" inside bold
QUOTE_CLOSE_START, QUOTE_CLOSE_END = "\ue008", "\ue009"  # around a closing quotation mark
MARKERS = "".join(chr(c) for c in range(0xE000, 0xE00A))

# Engines kept built at once on a host (specialised to a document's sources, each takes
# tens of MB and 0.1-0.2 s to build).
MAX_ENGINES = 2

# Finished results kept (a document's citations, its bibliography): exporting or
# previewing an unchanged document again does not run citeproc-js (~10 ms a citation).
MAX_RESULTS = 16

_GLUE = r"""
var CSL = module.exports;

// Patch 0 (speed only, same result). citeproc-js builds some regular
// expressions each time it runs, e.g. `new RegExp(ROMANESQUE...)` for every
// piece of text it outputs (18,000 times for 500 citations and their
// bibliography). V8 caches the compiled pattern; QuickJS compiles it again
// (13 µs each, ~0.25 s in all). Keep one compiled copy per pattern and flags
// and hand out clones: QuickJS clones a RegExp without flags by sharing its
// bytecode, and each clone has its own lastIndex.
(function () {
  var Native = RegExp, compiled = {}, size = 0;
  var Cached = function (pattern, flags) {
    if (pattern instanceof Native && flags === undefined) { return new Native(pattern); }
    if (typeof pattern !== "string" && !(pattern instanceof Native)) {
      return new Native(pattern, flags);  // (undefined, objects: not worth a key)
    }
    var key = (pattern instanceof Native ? pattern.source : String(pattern)) + "\u0000"
      + (flags === undefined ? "" : String(flags));
    var re = compiled[key];
    if (re === undefined) {
      re = new Native(pattern, flags);
      if (size >= 2000) { return re; }
      compiled[key] = re;
      size += 1;
    }
    return new Native(re);
  };
  Cached.prototype = Native.prototype;
  RegExp = Cached;
})();

// Patch 0b (speed only, same result). Note styles pass the prefix and suffix of
// every output level through checkNestedBrace.update, which splits it on a
// regular expression to swap nested parentheses for brackets (38,000 calls for
// 500 citations, ~1.5 µs each in QuickJS); most are empty or have no
// parenthesis, and for those the split and join give the text back.
(function () {
  var Original = CSL.checkNestedBrace;
  CSL.checkNestedBrace = function (state) {
    Original.call(this, state);
    if (state.opt.xclass !== "note") { return; }
    var update = this.update;
    this.update = function (str) {
      if (!str) { return ""; }
      if (typeof str === "string" && str.indexOf("(") === -1 && str.indexOf(")") === -1) {
        return str;
      }
      return update.call(this, str);
    };
  };
  CSL.checkNestedBrace.prototype = Original.prototype;
})();

// Patch 1 (speed only, same result). citeproc-js finds a macro by walking the
// whole style tree, once per macro call; Chicago's 6,000 lines made building
// an engine take 12 s in QuickJS. CSL only allows cs:macro as a child of
// cs:style, so look there.
(function () {
  var walk = CSL.XmlJSON.prototype.getNodesByName;
  CSL.XmlJSON.prototype.getNodesByName = function (node, name, attr, ret) {
    if (name === "macro" && attr && !ret && node && node === this.dataObj
        && node.name === "style" && node.children) {
      var found = [];
      for (var i = 0; i < node.children.length; i++) {
        var c = node.children[i];
        if (c && typeof c === "object" && c.name === "macro" && c.attrs
            && c.attrs.name === attr) {
          found.push(c);
        }
      }
      return found;
    }
    return walk.call(this, node, name, attr, ret);
  };
})();

// Patch 2 (sorting). citeproc-js compares sort keys with localeCompare(a, b,
// lang, {sensitivity: "base", ignorePunctuation: true, numeric: true}); QuickJS
// has no Intl and ignores those options (plain code-point order: "Zeit" before
// "die", "Z" before "Ä"). Python does the comparison instead (py_collate).
CSL.stringCompare = function (a, b) { return py_collate(String(a), String(b)); };

// Patch 3 (title case). text-case="title" lowercases "stop words"; citeproc-js
// uses a list of ~140 words ("after", "between", "without", ...), CSL 1.0.2
// names 26 and pandoc uses those 26: "AI Governance After the World AI
// Conference". Use the specification's list.
CSL.SKIP_WORDS = ["a", "an", "and", "as", "at", "but", "by", "down", "for", "from",
  "in", "into", "nor", "of", "on", "onto", "or", "over", "so", "the", "till", "to",
  "up", "via", "with", "yet"];

// Patch 4 (speed only, same order). To order the bibliography, citeproc-js
// renders every sort key of every item: in Chicago the keys after the author
// are whole title and source macros (79 items: 0.39 s in QuickJS). A key is
// only read when the keys before it tie, so render the first key of every
// item (the same tokens the whole run begins with), then the keys up to the
// next one only for items that tie with another item so far, and so on; the
// last round renders the whole keys as citeproc-js does. Not for styles with a
// citation-number key (rendering it has a side effect: see bf_build). BF.lazyKeys
// false turns this off (tests compare both ways).
function bf_keys(state, Item, end) {
  var area = state.tmp.area, root = state.tmp.root, extension = state.tmp.extension;
  state.tmp.area = "bibliography_sort";
  state.tmp.root = "bibliography";
  state.tmp.extension = "_sort";
  state.tmp.disambig_override = true;
  state.tmp.disambig_request = false;
  state.tmp.suppress_decorations = true;
  // CSL.getCite, stopped after the closing token of a key.
  state.tmp.cite_renders_content = false;
  state.tmp.probably_rendered_something = false;
  state.tmp.prevItemID = undefined;
  CSL.citeStart.call(state, Item);
  state.tmp.name_node = {};
  state.nameOutput = new CSL.NameOutput(state, Item);
  var tokens = state.bibliography_sort.tokens, next = 0;
  while (next <= end) { next = CSL.tokenExec.call(state, tokens[next], Item); }
  CSL.citeEnd.call(state, Item);
  state.tmp.suppress_decorations = false;
  state.tmp.disambig_override = false;
  var keys = state.bibliography_sort.keys;
  for (var i = 0; i < keys.length; i++) { keys[i] = CSL.Util.Sort.strip_prepositions(keys[i]); }
  state.tmp.area = area;
  state.tmp.root = root;
  state.tmp.extension = extension;
  return keys;
}

(function () {
  var whole = CSL.Registry.prototype.setsortkeys;
  CSL.Registry.prototype.setsortkeys = function () {
    var state = this.state, tokens = state.bibliography_sort.tokens, ends = [], i, id, level;
    for (i = 0; i < tokens.length; i++) {
      if (tokens[i].name === "key" && tokens[i].tokentype === CSL.END) { ends.push(i); }
    }
    if (BF.lazyKeys === false || state.bf_lazyKeys === false || ends.length < 2) {
      return whole.call(this);
    }
    var reg = this.registry, list = this.mylist, last = ends.length - 1;
    for (i = 0; i < list.length; i++) {
      id = list[i];
      if (this.touched[id] || state.tmp.taintedItemIDs[id] || !reg[id].sortkeys) {
        reg[id].sortkeys = bf_keys(state, state.retrieveItem(id), ends[0]);
        reg[id].bf_level = 0;
      }
    }
    // Ties as the bibliography's comparison sees them (equal, or collating equal).
    var compare = CSL.getSortCompare.call(state, state.opt["default-locale-sort"]);
    var upTo = function (level) {
      return function (a, b) {
        for (var p = 0; p <= level; p++) {
          var x = reg[a].sortkeys[p], y = reg[b].sortkeys[p], c;
          if (x === y) { continue; }
          if (x === undefined) { return 1; }
          if (y === undefined) { return -1; }
          c = compare(x, y);
          if (c) { return c; }
        }
        return 0;
      };
    };
    var candidates = list.slice();
    for (level = 0; level < last && candidates.length > 1; level++) {
      var same = upTo(level), order = candidates.sort(same), tied = [];
      for (i = 0; i < order.length; i++) {
        if ((i > 0 && same(order[i - 1], order[i]) === 0)
            || (i + 1 < order.length && same(order[i], order[i + 1]) === 0)) {
          tied.push(order[i]);
        }
      }
      for (i = 0; i < tied.length; i++) {
        id = tied[i];
        if (reg[id].bf_level > level) { continue; }
        if (level + 1 === last) {
          reg[id].sortkeys = CSL.getSortKeys.call(state, state.retrieveItem(id), "bibliography_sort");
        } else {
          reg[id].sortkeys = bf_keys(state, state.retrieveItem(id), ends[level + 1]);
        }
        reg[id].bf_level = level + 1;
      }
      candidates = tied;
    }
  };
})();

// Output format: the plain-text format plus markers for runs and quotes.
(function () {
  var T = CSL.Output.Formats.text, F = {};
  for (var k in T) { F[k] = T[k]; }
  function wrap(on, off) { return function (state, str) { return on + str + off; }; }
  F["@font-style/italic"] = wrap("\ue000", "\ue001");
  F["@font-style/oblique"] = wrap("\ue000", "\ue001");
  F["@font-style/normal"] = wrap("\ue002", "\ue003");
  F["@font-weight/bold"] = wrap("\ue004", "\ue005");
  F["@font-weight/normal"] = wrap("\ue006", "\ue007");
  F["@font-weight/light"] = wrap("\ue006", "\ue007");
  F["@quotes/true"] = function (state, str) {
    if ("undefined" === typeof str) { return state.getTerm("open-quote"); }
    return state.getTerm("open-quote") + str
      + "\ue008" + state.getTerm("close-quote") + "\ue009";
  };
  F["@quotes/inner"] = function (state, str) {
    if ("undefined" === typeof str) { return "\u2019"; }
    return state.getTerm("open-inner-quote") + str
      + "\ue008" + state.getTerm("close-inner-quote") + "\ue009";
  };
  CSL.Output.Formats.briefing = F;
})();

var BF = { items: {}, engines: {}, prepared: {} };
var BF_SYS = {
  retrieveLocale: function (lang) { return py_locale(String(lang)); },
  retrieveItem: function (id) { return BF.items[id]; }
};

// Patch 5 (for bf_register_items). Leave out working out disambiguation while
// BF.skipDisambig is set.
(function () {
  var setdisambigs = CSL.Registry.prototype.setdisambigs;
  CSL.Registry.prototype.setdisambigs = function () {
    if (!BF.skipDisambig) { return setdisambigs.call(this); }
    this.ambigsTouched = {};
    this.akeys = {};
  };
})();

function bf_build(key, style, lang, force) {
  var eng = new CSL.Engine(BF_SYS, style, lang, force);
  eng.setOutputFormat("briefing");
  BF.engines[key] = eng;
  // Rendering a citation-number sort key sets the numbering's direction: render every key
  // (patch 4 off). Backreferences read the citations' registry (see bf_set_disambig).
  eng.bf_lazyKeys = style.indexOf("citation-number") === -1;
  eng.bf_backreferences = style.indexOf("check-ambiguity-and-backreference") !== -1;

  var opts = (eng.locale[eng.opt.lang] || {}).opts || {};
  return JSON.stringify({
    lang: eng.opt.lang,
    punctuation_in_quote: !!opts["punctuation-in-quote"],
    has_bibliography: !!eng.bibliography && !!eng.bibliography.tokens
      && eng.bibliography.tokens.length > 0
  });
}

function bf_drop(key) {
  delete BF.engines[key];
  return true;
}

// Turns one of the patches above off (tests compare both ways).
function bf_option(name, value) {
  BF[name] = value;
  return true;
}

function bf_reset(key, items) {
  var eng = BF.engines[key];
  BF.items = JSON.parse(items);
  eng.restoreProcessorState([]);
  return true;
}

// A whole document's citations in one call, in document order, on a reset
// engine: citeproc-js's own batch API (all items registered once, then each
// citation placed after the ones before it). Returns each citation's text.
function bf_rebuild(key, items, citations) {
  var eng = BF.engines[key];
  BF.items = JSON.parse(items);
  eng.restoreProcessorState([]);
  var r = eng.rebuildProcessorState(JSON.parse(citations), "briefing");
  var texts = [];
  for (var i = 0; i < r.length; i++) { texts.push(r[i][2]); }
  return JSON.stringify(texts);
}

// The same result as bf_rebuild in one pass. rebuildProcessorState hands each
// citation to processCitationCluster with every citation before it, which
// evaluates all their positions again (500 citations: 125,000 position checks,
// 2.5 s of 3.1 s in QuickJS) and renders each citation. Here the items are
// registered once, positions are worked out in one pass by the rules of
// processCitationCluster ("Position evaluation") for the citations this app
// makes, the registry is left as the batch leaves it (citations by item,
// citation counts, first note numbers, disambiguation re-run), and each
// distinct form (item, locator, position, near-note, first note) is rendered
// once. Citations outside that subset (several items, author-only, legal or
// parallel cites, note numbers going back) return "null": use bf_rebuild.
// The ids of the items cited, each once, in the order first cited.
function bf_cited(list) {
  var order = [], seen = {}, id;
  for (var i = 0; i < list.length; i++) {
    for (var j = 0; j < list[i].citationItems.length; j++) {
      id = "" + list[i].citationItems[j].id;
      if (!seen[id]) { seen[id] = true; order.push(id); }
    }
  }
  return order;
}

function bf_prepare(key, items, citations) {
  var eng = BF.engines[key];
  var list = JSON.parse(citations);
  var i, id, c, src, item, Item, k;
  for (i = 0; i < list.length; i++) {
    c = list[i];
    if (c.citationItems.length !== 1 || c.properties.mode || c.properties.prefix
        || c.properties.suffix) { return null; }
    if (i > 0 && (!c.properties.noteIndex) !== (!list[i - 1].properties.noteIndex)) { return null; }
    if (i > 0 && c.properties.noteIndex < list[i - 1].properties.noteIndex) { return null; }
  }
  if (eng.opt.parallel && eng.opt.parallel.enable) { return null; }
  BF.items = JSON.parse(items);
  eng.restoreProcessorState([]);
  eng.updateItems(bf_cited(list));
  var reg = eng.registry, creg = reg.citationreg;
  creg.citationById = {}; creg.citationByIndex = []; creg.citationsByItemId = {};
  // Each cite as processCitationCluster prepares it.
  for (i = 0; i < list.length; i++) {
    c = list[i];
    src = c.citationItems[0];
    item = {};
    for (k in src) { item[k] = src[k]; }
    Item = eng.retrieveItem("" + item.id);
    if (Item.legislation_id || Item.container_id || item["locator-extra"] || item.parallel) {
      return null;
    }
    if (Item.id) { eng.transform.loadAbbreviation("default", "hereinafter", Item.id, Item.language); }
    item = CSL.parseLocator.call(eng, item);
    if (eng.opt.development_extensions.consolidate_legal_items) {
      eng.remapSectionVariable([[Item, item]]);
    }
    if (eng.opt.development_extensions.locator_label_parse) {
      if (item.locator && ["bill","gazette","legislation","regulation","treaty"].indexOf(Item.type) === -1
          && (!item.label || item.label === 'page')) {
        var m = CSL.LOCATOR_LABELS_REGEXP.exec(item.locator);
        if (m) {
          var tryLabel = CSL.LOCATOR_LABELS_MAP[m[2]];
          if (eng.getTerm(tryLabel)) { item.label = tryLabel; item.locator = m[3]; }
        }
      }
    }
    src.item = Item;
    c.sortedItems = [[Item, item]];
    c.properties.noteIndex = parseInt(c.properties.noteIndex || 0, 10);
    c.properties.index = i;
    creg.citationById[c.citationID] = c;
    creg.citationByIndex.push(c);
    if (!creg.citationsByItemId[Item.id]) { creg.citationsByItemId[Item.id] = []; }
    creg.citationsByItemId[Item.id].push(c);
  }
  // Positions, as processCitationCluster sets them for one cite per citation.
  var firstRef = {}, lastRef = {}, inNote = {};
  var near = eng.citation.opt["near-note-distance"];
  for (i = 0; i < list.length; i++) {
    c = list[i];
    var note = c.properties.noteIndex;
    Item = c.sortedItems[0][0]; item = c.sortedItems[0][1]; id = Item.id;
    inNote[note] = (inNote[note] || 0) + 1;
    item["first-reference-note-number"] = 0;
    item["first-container-reference-note-number"] = 0;
    item["near-note"] = false;
    if (lastRef[id] === undefined) {
      firstRef[id] = note;
      lastRef[id] = note;
      item.position = CSL.POSITION_FIRST;
    } else {
      var prev = list[i - 1], prevItem = prev.sortedItems[0][1], ibid;
      if (prev.properties.noteIndex !== note) {
        ibid = prev.sortedItems[0][0].id == id && prev.properties.noteIndex >= note - 1
          && (inNote[prev.properties.noteIndex] === 1 || prev.properties.noteIndex === 0);
      } else {
        ibid = prevItem.id == id;
      }
      var prevLoc = prevItem.locator ? "" + prevItem.locator + (prevItem.label || "") : prevItem.locator;
      var curLoc = item.locator ? "" + item.locator + (item.label || "") : item.locator;
      item.position = CSL.POSITION_SUBSEQUENT;
      if (ibid) {
        if (!prevLoc && curLoc) {
          item.position = CSL.POSITION_IBID_WITH_LOCATOR;
        } else if (!prevLoc && !curLoc) {
          item.position = CSL.POSITION_IBID;
        } else if (prevLoc && curLoc === prevLoc) {
          item.position = CSL.POSITION_IBID;
        } else if (prevLoc && curLoc && curLoc !== prevLoc) {
          item.position = CSL.POSITION_IBID_WITH_LOCATOR;
        }
      }
      if (firstRef[id] != note) {
        item["first-container-reference-note-number"] = firstRef[id];
        item["first-reference-note-number"] = firstRef[id];
        reg.registry[id]["first-container-reference-note-number"] = firstRef[id];
        reg.registry[id]["first-reference-note-number"] = firstRef[id];
      }
    }
    if (note) {
      if (item.position !== CSL.POSITION_FIRST && note - lastRef[id] <= near) {
        item["near-note"] = true;
      }
      lastRef[id] = note;
    } else if (item.position !== CSL.POSITION_FIRST) {
      item["near-note"] = true;
    }
  }
  // Note styles with disambiguate="true" count each item's citations and run
  // disambiguation again for the items cited. (An item whose ambiguous form no other
  // item shares has nothing to disambiguate: running it again changes nothing.)
  if (eng.opt.xclass === "note" && eng.opt.has_disambiguate) {
    var akeys = {};
    for (id in creg.citationsByItemId) {
      reg.registry[id]["citation-count"] = creg.citationsByItemId[id].length;
      k = reg.registry[id].ambig;
      if (reg.ambigcites[k] && reg.ambigcites[k].length > 1) { akeys[k] = true; }
    }
    for (k in akeys) { eng.disambiguate.run(k); }
  }
  eng.tmp.taintedItemIDs = {};
  eng.tmp.taintedCitationIDs = {};
  return list;
}

function bf_fast(key, items, citations) {
  if (bf_fast_begin(key, items, citations) === "null") { return "null"; }
  return bf_fast_end(key);
}

// bf_fast in two calls: the first registers the items and works out positions and
// disambiguation (returning the disambiguation, for bf_set_disambig on the engine
// that makes the bibliography), the second renders the citations.
var BF_UNDEFINED = "\u0000undefined";
function bf_fast_begin(key, items, citations) {
  var list = bf_prepare(key, items, citations);
  if (list === null) { return "null"; }
  BF.prepared[key] = list;
  var eng = BF.engines[key], reg = eng.registry.registry, out = {};
  for (var id in reg) { out[id] = reg[id].disambig; }
  // (holes in the lists of given names stay holes: citeproc-js tests for undefined)
  return JSON.stringify({ has_disambiguate: !!eng.opt.has_disambiguate, items: out },
    function (k, v) { return v === undefined ? BF_UNDEFINED : v; });
}

function bf_fast_end(key) {
  var eng = BF.engines[key], list = BF.prepared[key];
  delete BF.prepared[key];
  var oldMode = eng.opt.mode;
  eng.setOutputFormat("briefing");
  var done = {}, texts = [];
  for (var i = 0; i < list.length; i++) {
    var c = list[i], item = c.sortedItems[0][1];
    var form = JSON.stringify([item.id, item.locator, item.label, item.position, item["near-note"],
      item["first-reference-note-number"], item["first-container-reference-note-number"]]);
    if (!done.hasOwnProperty(form)) {
      eng.tmp.citation_errors = [];
      eng.tmp.citation_pos = i;
      eng.tmp.citation_note_index = c.properties.noteIndex;
      eng.tmp.citation_id = "" + c.citationID;
      done[form] = eng.process_CitationCluster(c.sortedItems, c);
    }
    texts.push(done[form]);
  }
  eng.setOutputFormat(oldMode);
  return JSON.stringify(texts);
}

// The items of a document registered as bf_fast leaves them (for the bibliography).
function bf_register(key, items, citations) {
  return bf_prepare(key, items, citations) !== null;
}

// The items of a document registered for its bibliography (as bf_register, but in
// the order alone), without working out their disambiguation: bf_set_disambig then
// takes it from the engine that formatted the citations (bf_fast_begin).
function bf_register_items(key, items, citations) {
  var eng = BF.engines[key], order = bf_cited(JSON.parse(citations));
  BF.items = JSON.parse(items);
  eng.restoreProcessorState([]);
  BF.skipDisambig = true;
  try { eng.updateItems(order); } finally { BF.skipDisambig = false; }
  return true;
}

// False (nothing taken: register the items with bf_register instead) when the two
// engines would not work disambiguation out alike: only one of them tests
// disambiguate="true" (citeproc-js disambiguates further for those), or the
// bibliography reads what bf_register_items leaves out (backreferences).
function bf_set_disambig(key, disambig) {
  var eng = BF.engines[key], reg = eng.registry.registry;
  var taken = JSON.parse(disambig, function (k, v) { return v === BF_UNDEFINED ? undefined : v; });
  if (taken.has_disambiguate !== !!eng.opt.has_disambiguate || eng.bf_backreferences) {
    return false;
  }
  var map = taken.items;
  for (var id in map) {
    if (!reg[id]) { return false; }
    reg[id].disambig = map[id];
  }
  for (id in reg) { if (!map.hasOwnProperty(id)) { return false; } }
  return true;
}

function bf_cite(key, citation, pre) {
  var eng = BF.engines[key];
  var r = eng.processCitationCluster(JSON.parse(citation), JSON.parse(pre), []);
  return JSON.stringify({ errors: r[0].citation_errors || [], updates: r[1] });
}

function bf_bibliography(key) {
  var eng = BF.engines[key];
  var r = eng.makeBibliography();
  if (!r) { return JSON.stringify(null); }
  return JSON.stringify({ ids: r[0].entry_ids, entries: r[1] });
}
"""


class JsError(RuntimeError):
    """citeproc-js raised (bad style, bad data); the message is citeproc-js's."""


def collate_key(text: str) -> tuple:
    """Sort key close to ICU's root collation with the options citeproc-js asks for.

    sensitivity "base" (ignore case and accents), ignorePunctuation (ignore
    punctuation and spaces), numeric (digit runs compare as numbers).
    """
    decomposed = unicodedata.normalize("NFKD", text)
    chars = [
        c
        for c in decomposed
        if not unicodedata.combining(c)
        and not unicodedata.category(c).startswith(("P", "Z"))
        and not c.isspace()
    ]
    folded = "".join(chars).casefold()
    key: list[tuple[int, Any]] = []
    digits = ""
    for c in folded:
        if c.isdigit() and c.isascii():
            digits += c
            continue
        if digits:
            key.append((0, int(digits)))
            digits = ""
        key.append((1, c))
    if digits:
        key.append((0, int(digits)))
    return tuple(key)


def _collate(a: str, b: str) -> int:
    ka, kb = collate_key(a), collate_key(b)
    return (ka > kb) - (ka < kb)


class _Host:
    """The process's QuickJS context with citeproc-js loaded; one worker thread."""

    def __init__(self, engine_js: Path, locales_dir: Path) -> None:
        self._locales_dir = locales_dir
        self._locale_cache: dict[str, str] = {}
        old = threading.stack_size()
        try:
            threading.stack_size(8 * 1024 * 1024)  # citeproc-js recurses deeply
            self._pool = concurrent.futures.ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="citeproc-js"
            )
            self._pool.submit(lambda: None).result()
        finally:
            threading.stack_size(old)
        self._lock = threading.Lock()
        # Held for a whole Session operation (take the engine over, then use it).
        self.session_lock = threading.RLock()
        self.owners: dict[str, object] = {}
        self.built: OrderedDict[str, dict] = OrderedDict()
        self.results: OrderedDict[str, list[str]] = OrderedDict()
        # Results being worked out by a job started with `background`, by result key.
        self.pending: dict[str, concurrent.futures.Future] = {}
        self.pending_lock = threading.Lock()
        self._jobs: concurrent.futures.ThreadPoolExecutor | None = None
        self._jobs_lock = threading.Lock()  # (not _lock: that one is held during calls)
        # Loaded on the worker thread, before any call (the worker takes tasks in order).
        self._loading = self._pool.submit(self._load, engine_js)
        self._ctx: quickjs.Context | None = None

    def _load(self, engine_js: Path) -> quickjs.Context:
        ctx = quickjs.Context()
        ctx.set_max_stack_size(6 * 1024 * 1024)
        ctx.add_callable("py_locale", self._locale)
        ctx.add_callable("py_collate", _collate)
        ctx.eval("var module = {exports: {}}; var exports = module.exports;")
        ctx.eval(engine_js.read_text(encoding="utf-8"))
        ctx.eval(_GLUE)
        return ctx

    def _locale(self, lang: str) -> str:
        """CSL locale XML for citeproc-js; en-US when the locale is not shipped."""
        if lang not in self._locale_cache:
            path = self._locales_dir / f"locales-{lang}.xml"
            if not path.is_file():
                path = self._locales_dir / "locales-en-US.xml"
            self._locale_cache[lang] = path.read_text(encoding="utf-8")
        return self._locale_cache[lang]

    def _run(self, fn: Callable[[], Any]) -> Any:
        with self._lock:
            return self._pool.submit(fn).result()

    def call(self, name: str, *args: Any) -> Any:
        def go() -> Any:
            if self._ctx is None:
                self._ctx = self._loading.result()
            try:
                return self._ctx.get(name)(*args)
            except quickjs.JSException as exc:
                raise JsError(str(exc)) from None

        return self._run(go)

    def background(self, job: Callable[[], Any]) -> concurrent.futures.Future:
        """Run `job` (which uses this host) on a thread of its own; its future."""
        with self._jobs_lock:
            if self._jobs is None:
                self._jobs = concurrent.futures.ThreadPoolExecutor(
                    max_workers=1, thread_name_prefix="citeproc-js-job"
                )
            return self._jobs.submit(job)

    @staticmethod
    def key(style_xml: str, lang: str, force: bool) -> str:
        digest = hashlib.sha256(style_xml.encode("utf-8")).hexdigest()[:16]
        return f"{digest}:{lang}:{int(force)}"

    def engine(self, key: str, style_xml: str, lang: str, force: bool) -> dict:
        """Facts of the engine for this style text and locale, built if need be.

        citeproc-js expands every macro where it is called, so an engine takes tens
        of MB even for a specialised style (the whole of Chicago: ~200 MB): only the
        MAX_ENGINES used last are kept."""
        if key in self.built:
            self.built.move_to_end(key)
            return self.built[key]
        info = json.loads(self.call("bf_build", key, style_xml, lang, force))
        self.built[key] = info
        while len(self.built) > MAX_ENGINES:
            old, _ = self.built.popitem(last=False)
            self.owners.pop(old, None)
            self.call("bf_drop", old)
            self._run(lambda: self._ctx.gc())
        return info

    def recall(self, key: str) -> list[str] | None:
        """A result kept by `remember` (callers hold session_lock)."""
        if key not in self.results:
            return None
        self.results.move_to_end(key)
        return self.results[key]

    def remember(self, key: str, texts: list[str]) -> None:
        self.results[key] = texts
        while len(self.results) > MAX_RESULTS:
            self.results.popitem(last=False)


_hosts: dict[str, _Host] = {}
_host_lock = threading.Lock()


def host(engine_js: Path, locales_dir: Path, role: str = "citations") -> _Host:
    """The process's host for `role`: "citations", or "bibliography" (a second QuickJS
    context on a thread of its own, so a document's bibliography is worked out on the
    second core while its citations are formatted). Loading one takes ~0.1 s, done on
    its own thread: this returns at once."""
    with _host_lock:
        if role not in _hosts:
            _hosts[role] = _Host(engine_js, locales_dir)
        return _hosts[role]


class Session:
    """One document's citations on a shared engine (position tracking: first,
    subsequent, ibid; disambiguation; the bibliography of what was cited).

    `cite` adds one citation (as it reads when made); `cite_all` adds many in
    one call to citeproc-js and gives every citation in its final form. Whole
    results are kept on the host, keyed by everything that decides them (the
    engine's style text and locale, the items, the citations in order), so an
    unchanged document is formatted once per process.

    Citations may be formatted with `citing_xml`, the style without what only the
    bibliography needs (`csl_prune.without_bibliography`: faster to build and to
    register items with), and the bibliography is made on `bibliographer`, a second
    host: `cite_all` starts it there before formatting the citations. The
    bibliographer registers and orders the items meanwhile, then waits for the
    disambiguation the citations' pass works out (the first 0.25 s of its 0.8 s for
    500 citations) and makes the bibliography while the citations are rendered."""

    def __init__(
        self, h: _Host, style_xml: str, lang: str, force: bool, items: dict[str, dict],
        note: bool, citing_xml: str | None = None, bibliographer: _Host | None = None,
        build: bool = True,
    ) -> None:
        self._h = h
        self._spec = (citing_xml or style_xml, lang, force)
        self._key = h.key(*self._spec)
        self._b = bibliographer or h
        self._bib_spec = (style_xml, lang, force)
        self._bib_key = self._b.key(*self._bib_spec)
        self._items_json = json.dumps(items, ensure_ascii=False, sort_keys=True)
        self._note = note
        self._citations: list[dict] = []
        self._full = False  # the engine (when ours) can take one more citation
        self.rendered: list[str] = []
        self._prebuilt: concurrent.futures.Future | None = None
        if self._b is not h:  # build the bibliography's engine meanwhile
            self._prebuilt = self._b.background(
                lambda: self._build(self._b, self._bib_key, self._bib_spec))
        if build:
            with h.session_lock:
                self.facts = h.engine(self._key, *self._spec)
        else:  # only building ahead of need (warm): no facts, nothing waits
            h.background(lambda: self._build(h, self._key, self._spec))

    @staticmethod
    def _build(h: _Host, key: str, spec: tuple) -> None:
        with h.session_lock:
            h.engine(key, *spec)

    def ready(self) -> None:
        """Wait for the bibliography's engine (built in the background); raises what
        building it raised."""
        if self._prebuilt is not None:
            self._prebuilt.result()

    def _take(self) -> None:
        """Make the shared engine hold our citations, so `cite` can add one more:
        (re)build it if need be, reset it, replay our citations."""
        self._h.engine(self._key, *self._spec)
        if self._h.owners.get(self._key) is self and self._full:
            return
        self.rendered = self._rebuild(self._citations, full=True)

    def _rebuild(self, citations: list[dict], full: bool = False,
                 disambig: concurrent.futures.Future | None = None) -> list[str]:
        """Reset the engine to exactly `citations` (one call); their texts.

        `bf_fast` gives the same texts as citeproc-js's batch (`bf_rebuild`) in a third
        of the time but leaves the engine unable to take one more citation; `full`
        asks for the batch. `disambig` gets the disambiguation bf_fast worked out (for
        the bibliography's engine) as soon as it is known, or None."""
        self._h.owners.pop(self._key, None)  # reset: whatever it held is gone, even on error
        args = (self._key, self._items_json, json.dumps(citations, ensure_ascii=False))
        texts = None
        if not full:
            worked_out = self._h.call("bf_fast_begin", *args)
            if disambig is not None:
                disambig.set_result(None if worked_out == "null" else worked_out)
            if worked_out != "null":
                texts = json.loads(self._h.call("bf_fast_end", self._key))
        self._full = texts is None
        if texts is None:
            texts = json.loads(self._h.call("bf_rebuild", *args))
        self._h.owners[self._key] = self
        return texts

    def _result_key(self, kind: str, engine_key: str, citations: list[dict]) -> str:
        text = json.dumps(
            [kind, engine_key, self._items_json, citations], ensure_ascii=False, sort_keys=True
        )
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def _process(self, citation: dict) -> None:
        pre = [[c["citationID"], c["properties"]["noteIndex"]] for c in self._citations]
        out = json.loads(
            self._h.call(
                "bf_cite", self._key, json.dumps(citation, ensure_ascii=False), json.dumps(pre)
            )
        )
        self._citations.append(citation)
        self.rendered.append("")
        for index, text, _cid in out["updates"]:
            self.rendered[index] = text

    def _citation(self, n: int, item_id: str, locator: str | None, label: str) -> dict:
        """The n-th citation (1-based) of the document: one item, its own note."""
        entry: dict[str, Any] = {"id": item_id}
        if locator:
            entry["locator"] = locator
            entry["label"] = label
        return {
            "citationID": f"c{n}",
            "citationItems": [entry],
            "properties": {"noteIndex": n if self._note else 0},
        }

    def cite(self, item_id: str, locator: str | None, label: str) -> str:
        with self._h.session_lock:
            self._take()
            self._process(self._citation(len(self._citations) + 1, item_id, locator, label))
            return self.rendered[-1]

    def cite_all(self, cites: list[tuple[str, str | None, str]]) -> list[str]:
        """Add (item id, locator, label) citations; every citation's final text."""
        with self._h.session_lock:
            citations = list(self._citations)
            for item_id, locator, label in cites:
                citations.append(self._citation(len(citations) + 1, item_id, locator, label))
            key = self._result_key("citations", self._key, citations)
            texts = self._h.recall(key)
            if texts is None:
                disambig: concurrent.futures.Future = concurrent.futures.Future()
                try:
                    self._bibliography_job(citations, disambig)  # on the other host, meanwhile
                    self._h.engine(self._key, *self._spec)
                    texts = self._rebuild(citations, disambig=disambig)
                finally:
                    if not disambig.done():
                        disambig.set_result(None)
                self._h.remember(key, texts)
            elif self._h.owners.get(self._key) is self:
                del self._h.owners[self._key]  # the engine no longer holds all our citations
            self._citations, self.rendered = citations, list(texts)
            return list(texts)

    def _bibliography_job(
        self, citations: list[dict], disambig: concurrent.futures.Future | None = None
    ) -> concurrent.futures.Future | None:
        """Start working out the bibliography of `citations` on the bibliographer, unless
        it is known or under way; its future (None when known). `disambig`: see
        `_make_bibliography`."""
        b, key = self._b, self._result_key("bibliography", self._bib_key, citations)
        with b.pending_lock:  # (not session_lock: the bibliographer may be busy for a while)
            if key in b.results:
                return None
            if key not in b.pending:
                b.pending[key] = b.background(
                    lambda: self._make_bibliography(citations, key, disambig))
            return b.pending[key]

    def _make_bibliography(self, citations: list[dict], key: str,
                           disambig: concurrent.futures.Future | None = None) -> list[str]:
        """The bibliography of `citations`. With `disambig` (the disambiguation the
        citations' engine works out meanwhile, or None if it could not), the items are
        registered without working it out again (0.1 s of 0.9 s for 500 citations)."""
        b = self._b
        with b.session_lock:
            try:
                entries = b.recall(key)
                if entries is None:
                    b.engine(self._bib_key, *self._bib_spec)
                    b.owners.pop(self._bib_key, None)  # reset below
                    args = (self._bib_key, self._items_json, json.dumps(citations, ensure_ascii=False))
                    taken = False
                    if disambig is not None and b is not self._h:
                        b.call("bf_register_items", *args)
                        worked_out = disambig.result()
                        taken = worked_out is not None and b.call(
                            "bf_set_disambig", self._bib_key, worked_out)
                    if not taken and not b.call("bf_register", *args):
                        b.call("bf_rebuild", *args)
                    out = json.loads(b.call("bf_bibliography", self._bib_key))
                    entries = [] if out is None else list(out["entries"])
                    b.remember(key, entries)
                return entries
            finally:
                with b.pending_lock:
                    b.pending.pop(key, None)

    def bibliography(self) -> list[str]:
        """The entries of the items cited so far, in the style's order."""
        future = self._bibliography_job(self._citations)
        key = self._result_key("bibliography", self._bib_key, self._citations)
        entries = future.result() if future is not None else None
        if entries is None:
            with self._b.session_lock:
                entries = self._b.recall(key)
        if entries is None:  # (dropped from the kept results in between: work it out here)
            entries = self._make_bibliography(self._citations, key)
        return list(entries)
