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

Gains were measured with and without the patch on the benchmark's document (benchmarks/: 500
citations from 100 sources, Chicago notes), its citations and bibliography on new processors as
in a first export, as CPU time of the processor thread that takes longest (the two run side by
side: that thread is the wait). Speed patches worth 0.1 s or less were removed (December 2026:
compiled regular expressions, a nested-brace fast path, lazy bibliography sort keys, the
disambiguation handed to the bibliography's engine); docs/citeproc-patches.md has the table.
*/

var CSL = module.exports;

// @patch macro-lookup (speed only, same result)
// citeproc-js finds a macro by walking the whole style tree, once per macro call (from
// CSL.expandMacro, with the style's root); Chicago's 6,000 lines made building an engine
// take 12 s in QuickJS. CSL only allows cs:macro as a child of cs:style, so look there.
// @relies CSL.XmlJSON.prototype.getNodesByName 0de070d98cba
// @relies CSL.expandMacro c8ed5d98fada
// Gain: building the whole of Chicago 8.6-10.1 s -> 2.9-3.5 s of CPU (a style as a user adds
// it, or a document citing every kind of source); the benchmark's styles, specialised to its
// sources, 0.16 s (the bibliography's thread, 1.47 -> 1.31 s).
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
