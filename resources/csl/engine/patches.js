/*
Changes to citeproc-js made by Briefing when it loads citeproc.js in QuickJS.

Copyright (c) 2009-2019 Frank Bennett (citeproc-js, parts of which are copied or adapted here)
Copyright (c) 2025-2026 the Briefing authors (the changes)

This file is a modification of citeproc-js and is licensed like citeproc-js, under EITHER

  * the terms of the Common Public Attribution License (CPAL) as published by the Open Source
    Initiative, either version 1 of the CPAL, or (at your option) any later version; OR

  * the terms of the GNU Affero General Public License (AGPL) as published by the Free
    Software Foundation, either version 3 of the AGPL, or (at your option) any later version.

See LICENSE in this folder. It is not covered by the MIT licence of the rest of Briefing.

This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY;
without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.

Loaded after citeproc.js (which sets module.exports) and collation.js, before bridge.js.

Each patch says what it changes, why, what it gains and which parts of citeproc-js it relies
on. "@relies NAME FINGERPRINT" lines are read by tests/core/test_citeproc_canary.py: the
fingerprint is the first 12 hex digits of the SHA-256 of the part's source text as citeproc.js
defines it (before any patch). When a new citeproc-js changes one of them, that test fails
naming the patch: re-read the patch against the new code, measure it again
(docs/citeproc-patches.md) and record the new fingerprint.

Gains are for the benchmark's first export in a process (benchmarks/: a briefing of 500
citations from 100 sources, Chicago notes, .docx), measured with and without the patch:
wall time on this 2-core machine, and CPU time of the processor thread it runs on.
*/

var CSL = module.exports;

// @patch compiled-regexps (speed only, same result)
// citeproc-js builds some regular expressions each time it runs, e.g.
// `new RegExp(ROMANESQUE...)` for every piece of text it outputs (18,000 times for 500
// citations and their bibliography). V8 caches the compiled pattern; QuickJS compiles it
// again (13 µs each). Keep one compiled copy per pattern and flags and hand out clones:
// QuickJS clones a RegExp without flags by sharing its bytecode, and each clone has its own
// lastIndex. Relies on no part of citeproc-js (only on how RegExp is called).
// Gain: GAIN-compiled-regexps
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

// @patch nested-brace-fast-path (speed only, same result)
// Note styles pass the prefix and suffix of every output level through
// checkNestedBrace.update, which splits it on a regular expression to swap nested
// parentheses for brackets (38,000 calls for 500 citations); most are empty or have no
// parenthesis, and for those the split and join give the text back.
// @relies CSL.checkNestedBrace 76752a8220ee
// Gain: GAIN-nested-brace-fast-path
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

// @patch macro-lookup (speed only, same result)
// citeproc-js finds a macro by walking the whole style tree, once per macro call (from
// CSL.expandMacro, with the style's root); Chicago's 6,000 lines made building an engine
// take 12 s in QuickJS. CSL only allows cs:macro as a child of cs:style, so look there.
// @relies CSL.XmlJSON.prototype.getNodesByName 0de070d98cba
// @relies CSL.expandMacro c8ed5d98fada
// Gain: GAIN-macro-lookup
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

// @patch collation (results)
// citeproc-js compares sort keys with localeCompare(a, b, lang, {sensitivity: "base",
// ignorePunctuation: true, numeric: true}); QuickJS has no Intl and ignores those options
// (plain code-point order: "Zeit" before "die", "Z" before "Ä"). collation.js compares as
// ICU's root collation does with those options. CSL.getSortCompare uses CSL.stringCompare
// when it is set.
// @relies CSL.getSortCompare 8236f08cd569
CSL.stringCompare = function (a, b) { return Collation.compare(a, b); };

// @patch title-case-stop-words (results)
// text-case="title" lowercases "stop words"; citeproc-js uses a list of ~140 words
// ("after", "between", "without", ...), CSL 1.0.2 names 26 and pandoc uses those 26: "AI
// Governance After the World AI Conference". Use the specification's list.
// @relies CSL.SKIP_WORDS 80078835f3a2
CSL.SKIP_WORDS = ["a", "an", "and", "as", "at", "but", "by", "down", "for", "from",
  "in", "into", "nor", "of", "on", "onto", "or", "over", "so", "the", "till", "to",
  "up", "via", "with", "yet"];

// @patch lazy-sort-keys (speed only, same order)
// To order the bibliography, citeproc-js renders every sort key of every item: in Chicago
// the keys after the author are whole title and source macros. A key is only read when the
// keys before it tie, so render the first key of every item (the same tokens the whole run
// begins with), then the keys up to the next one only for items that tie with another item
// so far, and so on; the last round renders the whole keys as citeproc-js does. Not for
// styles with a citation-number key (rendering it has a side effect: see buildEngine in
// bridge.js). Bridge.options.lazySortKeys false turns it off (tests compare both ways).
// sortKeysThrough is CSL.getSortKeys and CSL.getCite stopped after a key's closing token.
// @relies CSL.Registry.prototype.setsortkeys 84b16a3975ea
// @relies CSL.getSortKeys 8a35d6e9563c
// @relies CSL.getCite 9ea0ba3f4a30
// @relies CSL.Registry.Comparifier 6e9692489af2
// Gain: GAIN-lazy-sort-keys
function sortKeysThrough(state, Item, end) {
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
    if (!Bridge.options.lazySortKeys || state.briefingLazySortKeys === false || ends.length < 2) {
      return whole.call(this);
    }
    var reg = this.registry, list = this.mylist, last = ends.length - 1;
    for (i = 0; i < list.length; i++) {
      id = list[i];
      if (this.touched[id] || state.tmp.taintedItemIDs[id] || !reg[id].sortkeys) {
        reg[id].sortkeys = sortKeysThrough(state, state.retrieveItem(id), ends[0]);
        reg[id].sortKeysRendered = 0;
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
        if (reg[id].sortKeysRendered > level) { continue; }
        if (level + 1 === last) {
          reg[id].sortkeys = CSL.getSortKeys.call(state, state.retrieveItem(id), "bibliography_sort");
        } else {
          reg[id].sortkeys = sortKeysThrough(state, state.retrieveItem(id), ends[level + 1]);
        }
        reg[id].sortKeysRendered = level + 1;
      }
      candidates = tied;
    }
  };
})();

// @patch skip-disambiguation (speed only: for registerItemsOnly in bridge.js)
// Leave out working out disambiguation while Bridge.skipDisambiguation is set: the engine
// that makes the bibliography takes it from the engine that formatted the citations.
// @relies CSL.Registry.prototype.setdisambigs b82e0b61ad09
// Gain: see disambiguation-handover in bridge.js
(function () {
  var setdisambigs = CSL.Registry.prototype.setdisambigs;
  CSL.Registry.prototype.setdisambigs = function () {
    if (!Bridge.skipDisambiguation) { return setdisambigs.call(this); }
    this.ambigsTouched = {};
    this.akeys = {};
  };
})();

// @patch output-format (results)
// An output format "briefing": citeproc-js's plain-text format plus private-use characters
// around italics, bold and closing quotation marks, which Briefing turns into Word runs
// (briefing/core/citations/fixes.py).
// @relies CSL.Output.Formats.text c55011fc6445
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
