"""Canary: the parts of citeproc-js that Briefing's patches replace, wrap or copy are still
what the patches were written against.

patches.js and bridge.js (resources/csl/engine/) name each such part on a line
"// @relies NAME FINGERPRINT" beside the patch; the fingerprint is the first 12 hex digits of
the SHA-256 of the part's source text in citeproc.js (for an object of functions: its keys and
their sources; for a list: its JSON). When citeproc.js is replaced by a new release and one of
these changes, this test fails naming the patch: read the patch against the new code, measure
it again (docs/citeproc-patches.md) and write the new fingerprint beside it.
"""

from __future__ import annotations

import hashlib
import json
import re

import pytest
import quickjs

from briefing.core.citations import bundled_csl_dir

ENGINE = bundled_csl_dir() / "engine"
RELIES = re.compile(r"^// @relies (\S+) (\S+)$", re.MULTILINE)
PATCH = re.compile(r"^// @patch (\S+)", re.MULTILINE)

SOURCE_OF = """(function (path) { return JSON.stringify((function () {
  var v;
  try { v = eval(path); } catch (e) { return "missing"; }
  if (typeof v === "function") { return "function:" + String(v); }
  if (Array.isArray(v)) { return "array:" + JSON.stringify(v); }
  if (v && typeof v === "object") {
    return "object:" + Object.keys(v).sort().map(function (k) {
      return k + "=" + String(v[k]);
    }).join("\\n");
  }
  return typeof v;
})()); })"""


def relied_on() -> list[tuple[str, str, str, str]]:
    """(file, patch, part of citeproc-js, fingerprint) for every @relies line."""
    found = []
    for name in ("patches.js", "bridge.js"):
        text = (ENGINE / name).read_text(encoding="utf-8")
        for match in RELIES.finditer(text):
            patches = PATCH.findall(text[: match.start()])
            found.append((name, patches[-1] if patches else "?", match.group(1), match.group(2)))
    return found


def fingerprint(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:12]


@pytest.fixture(scope="module")
def pristine():
    """citeproc.js alone (no patches) in a QuickJS context: the parts' source texts."""
    ctx = quickjs.Context()
    ctx.set_max_stack_size(6 * 1024 * 1024)
    ctx.eval("var module = {exports: {}}; var exports = module.exports;")
    ctx.eval((ENGINE / "citeproc.js").read_text(encoding="utf-8"))
    ctx.eval("var CSL = module.exports;")
    source_of = ctx.eval(SOURCE_OF)
    return lambda path: json.loads(source_of(path))


def test_every_speed_patch_names_what_it_relies_on():
    found = relied_on()
    assert {patch for _, patch, _, _ in found} >= {
        "macro-lookup", "one-pass-citations", "collation", "title-case-stop-words",
        "output-format"}
    assert all(re.fullmatch(r"[0-9a-f]{12}", fp) for _, _, _, fp in found), found


@pytest.mark.parametrize(("where", "patch", "part", "expected"), relied_on(),
                         ids=[f"{p}:{part}" for _, p, part, _ in relied_on()])
def test_citeproc_js_parts_the_patches_rely_on_are_unchanged(pristine, where, patch, part,
                                                            expected):
    source = pristine(part)
    assert source != "missing" and source != "undefined", (
        f"citeproc-js no longer has {part}, which the patch '{patch}' in {where} relies on: "
        f"the patch must be rewritten for this citeproc-js (or removed)")
    got = fingerprint(source)
    assert got == expected, (
        f"citeproc-js changed {part}, which the patch '{patch}' in {where} relies on "
        f"(fingerprint {got}, the patch was written against {expected}): read the patch "
        f"against the new code, measure it again (docs/citeproc-patches.md), then write "
        f"'// @relies {part} {got}' beside it")
