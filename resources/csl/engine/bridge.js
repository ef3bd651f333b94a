/*
What Briefing's Python code calls in citeproc-js (briefing/core/citations/processor.py).

Copyright (c) 2009-2019 Frank Bennett (citeproc-js, parts of which are copied or adapted here:
the preparation and position rules of CSL.Engine.prototype.processCitationCluster)
Copyright (c) 2025-2026 the Briefing authors (the changes)

This file is a modification of citeproc-js and is licensed like citeproc-js, under EITHER

  * the terms of the Common Public Attribution License (CPAL) as published by the Open Source
    Initiative, either version 1 of the CPAL, or (at your option) any later version; OR

  * the terms of the GNU Affero General Public License (AGPL) as published by the Free
    Software Foundation, either version 3 of the AGPL, or (at your option) any later version.

See LICENSE in this folder. It is not covered by the MIT licence of the rest of Briefing.

This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY;
without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.

Loaded after citeproc.js, collation.js and patches.js. Every function Python calls takes and
returns strings (JSON) or booleans. Engines are kept by a key Python makes (style text, locale).
No function here calls back into Python: QuickJS refuses that while a time limit is set.

"@relies" lines: see patches.js.
*/

var Bridge = {
  items: {},     // the items of the document being worked on, by id (CSL-JSON)
  engines: {},   // CSL.Engine by key
  placed: {},    // citations placed by placeCitations, waiting for renderPlacedCitations, by key
  locales: {},   // locale XML by name, given by Python (setLocale) before an engine needs it
  options: { onePass: true }  // tests compare both ways (setOption)
};

var BRIDGE_SYS = {
  retrieveLocale: function (lang) {
    var xml = Bridge.locales[lang];
    if (xml === undefined) {
      // Python catches this, gives the locale (setLocale) and builds the engine again.
      throw new Error("briefing-locale-wanted:" + lang);
    }
    return xml;
  },
  retrieveItem: function (id) { return Bridge.items[id]; }
};

function setLocale(lang, xml) {
  Bridge.locales[lang] = xml;
  return true;
}

// Facts Python needs about the engine (JSON): its locale, whether punctuation goes inside
// quotation marks, whether the style has a bibliography.
function buildEngine(key, style, lang, forceLang) {
  var engine = new CSL.Engine(BRIDGE_SYS, style, lang, forceLang);
  engine.setOutputFormat("briefing");
  Bridge.engines[key] = engine;

  var opts = (engine.locale[engine.opt.lang] || {}).opts || {};
  return JSON.stringify({
    lang: engine.opt.lang,
    punctuation_in_quote: !!opts["punctuation-in-quote"],
    has_bibliography: !!engine.bibliography && !!engine.bibliography.tokens
      && engine.bibliography.tokens.length > 0
  });
}

function dropEngine(key) {
  delete Bridge.engines[key];
  delete Bridge.placed[key];
  return true;
}

// Turns the one-pass way off ("onePass", false: citeAllByBatch does the work; tests compare
// both ways).
function setOption(name, value) {
  Bridge.options[name] = value;
  return true;
}

// A whole document's citations in one call, in document order, with citeproc-js's own
// batch API (all items registered once, then each citation placed after the ones before it).
// Returns each citation's text. The reference for the one-pass way below, and what is used
// for citations that way does not cover.
function citeAllByBatch(key, items, citations) {
  var engine = Bridge.engines[key];
  Bridge.items = JSON.parse(items);
  engine.restoreProcessorState([]);
  var r = engine.rebuildProcessorState(JSON.parse(citations), "briefing");
  var texts = [];
  for (var i = 0; i < r.length; i++) { texts.push(r[i][2]); }
  return JSON.stringify(texts);
}

// @patch one-pass-citations (speed only, same result)
// The same result as citeAllByBatch in one pass. rebuildProcessorState hands each citation
// to processCitationCluster with every citation before it, which evaluates all their
// positions again (500 citations: 125,000 position checks) and renders each citation.
// Here the items are registered once, positions are worked out in one pass by the rules of
// processCitationCluster ("Position evaluation") for the citations this app makes, the
// registry is left as the batch leaves it (citations by item, citation counts, first note
// numbers, disambiguation re-run), and each distinct form (item, locator, position,
// near-note, first note) is rendered once. Citations outside that subset (several items,
// author-only, legal or parallel cites, note numbers going back) are refused: use
// citeAllByBatch. tests/core/test_csl_fast.py compares the two on random documents.
// @relies CSL.Engine.prototype.processCitationCluster a815fd54fc2d
// @relies CSL.Engine.prototype.rebuildProcessorState 29852dbc5e45
// @relies CSL.Engine.prototype.restoreProcessorState 3bd5c6edd9a7
// @relies CSL.Engine.prototype.updateItems be28c26e4de7
// @relies CSL.Engine.prototype.process_CitationCluster c42f7469d528
// @relies CSL.parseLocator d8f70f794455
// @relies CSL.Disambiguation.prototype.run b835d3a5cfca
// Gain: the benchmark's citations and bibliography 4.3 + 6.0 s -> 1.15 + 1.31 s of CPU on the
// two threads (the wait: 6.0 -> 1.3 s); without it a first export of 500 citations takes
// 26-35 s here instead of 3-13 s (a machine shared by several builds at the time).

// The ids of the items cited, each once, in the order first cited.
function citedItemIds(list) {
  var order = [], seen = {}, id;
  for (var i = 0; i < list.length; i++) {
    for (var j = 0; j < list[i].citationItems.length; j++) {
      id = "" + list[i].citationItems[j].id;
      if (!seen[id]) { seen[id] = true; order.push(id); }
    }
  }
  return order;
}

// Registers the items and places the citations (positions, registry, disambiguation) as
// the batch would; the citations, prepared for rendering, or null when the one-pass way
// does not cover them.
function registerAndPlace(key, items, citations) {
  var engine = Bridge.engines[key];
  var list = JSON.parse(citations);
  var i, id, c, src, item, Item, k;
  if (!Bridge.options.onePass) { return null; }
  for (i = 0; i < list.length; i++) {
    c = list[i];
    if (c.citationItems.length !== 1 || c.properties.mode || c.properties.prefix
        || c.properties.suffix) { return null; }
    if (i > 0 && (!c.properties.noteIndex) !== (!list[i - 1].properties.noteIndex)) { return null; }
    if (i > 0 && c.properties.noteIndex < list[i - 1].properties.noteIndex) { return null; }
  }
  if (engine.opt.parallel && engine.opt.parallel.enable) { return null; }
  Bridge.items = JSON.parse(items);
  engine.restoreProcessorState([]);
  engine.updateItems(citedItemIds(list));
  var reg = engine.registry, creg = reg.citationreg;
  creg.citationById = {}; creg.citationByIndex = []; creg.citationsByItemId = {};
  // Each cite as processCitationCluster prepares it.
  for (i = 0; i < list.length; i++) {
    c = list[i];
    src = c.citationItems[0];
    item = {};
    for (k in src) { item[k] = src[k]; }
    Item = engine.retrieveItem("" + item.id);
    if (Item.legislation_id || Item.container_id || item["locator-extra"] || item.parallel) {
      return null;
    }
    if (Item.id) { engine.transform.loadAbbreviation("default", "hereinafter", Item.id, Item.language); }
    item = CSL.parseLocator.call(engine, item);
    if (engine.opt.development_extensions.consolidate_legal_items) {
      engine.remapSectionVariable([[Item, item]]);
    }
    if (engine.opt.development_extensions.locator_label_parse) {
      if (item.locator && ["bill","gazette","legislation","regulation","treaty"].indexOf(Item.type) === -1
          && (!item.label || item.label === 'page')) {
        var m = CSL.LOCATOR_LABELS_REGEXP.exec(item.locator);
        if (m) {
          var tryLabel = CSL.LOCATOR_LABELS_MAP[m[2]];
          if (engine.getTerm(tryLabel)) { item.label = tryLabel; item.locator = m[3]; }
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
  var near = engine.citation.opt["near-note-distance"];
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
  if (engine.opt.xclass === "note" && engine.opt.has_disambiguate) {
    var akeys = {};
    for (id in creg.citationsByItemId) {
      reg.registry[id]["citation-count"] = creg.citationsByItemId[id].length;
      k = reg.registry[id].ambig;
      if (reg.ambigcites[k] && reg.ambigcites[k].length > 1) { akeys[k] = true; }
    }
    for (k in akeys) { engine.disambiguate.run(k); }
  }
  engine.tmp.taintedItemIDs = {};
  engine.tmp.taintedCitationIDs = {};
  return list;
}

// The one-pass way in two calls: placeCitations registers the items and works out positions
// and disambiguation (true), or returns false when the one-pass way does not cover these
// citations (use citeAllByBatch); renderPlacedCitations then renders them (JSON list of texts).
function placeCitations(key, items, citations) {
  var list = registerAndPlace(key, items, citations);
  if (list === null) { return false; }
  Bridge.placed[key] = list;
  return true;
}

function renderPlacedCitations(key) {
  var engine = Bridge.engines[key], list = Bridge.placed[key];
  delete Bridge.placed[key];
  var oldMode = engine.opt.mode;
  engine.setOutputFormat("briefing");
  var done = {}, texts = [];
  for (var i = 0; i < list.length; i++) {
    var c = list[i], item = c.sortedItems[0][1];
    var form = JSON.stringify([item.id, item.locator, item.label, item.position, item["near-note"],
      item["first-reference-note-number"], item["first-container-reference-note-number"]]);
    if (!done.hasOwnProperty(form)) {
      engine.tmp.citation_errors = [];
      engine.tmp.citation_pos = i;
      engine.tmp.citation_note_index = c.properties.noteIndex;
      engine.tmp.citation_id = "" + c.citationID;
      done[form] = engine.process_CitationCluster(c.sortedItems, c);
    }
    texts.push(done[form]);
  }
  engine.setOutputFormat(oldMode);
  return JSON.stringify(texts);
}

// The items of a document registered as the one-pass way leaves them (for the
// bibliography); false when it does not cover these citations (use citeAllByBatch).
function registerCitations(key, items, citations) {
  return registerAndPlace(key, items, citations) !== null;
}

// The bibliography of the items registered (JSON: {ids, entries}, or null without one).
function makeBibliography(key) {
  var engine = Bridge.engines[key];
  var r = engine.makeBibliography();
  if (!r) { return JSON.stringify(null); }
  return JSON.stringify({ ids: r[0].entry_ids, entries: r[1] });
}
