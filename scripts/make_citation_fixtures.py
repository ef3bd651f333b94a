"""Record pandoc's citeproc output as the reference for briefing's citations.

Command (from the checkout's top; needs pandoc 3, not needed by the tests):

    python3 -m venv /tmp/pandoc-venv && /tmp/pandoc-venv/bin/pip install pypandoc-binary
    .venv/bin/python scripts/make_citation_fixtures.py --pandoc \
        /tmp/pandoc-venv/lib/python3.*/site-packages/pypandoc/files/pandoc

(without --pandoc: $PANDOC, then `pandoc` on PATH, then pypandoc's binary if
pypandoc-binary is installed in this interpreter.) The fixtures were made with
pandoc 3.9 from pypandoc-binary 1.17.

For every bundled style (resources/csl/*.csl) and every scenario below it
writes tests/reference/citations/<style id>.json: for each citation of the
scenario, in order, the text pandoc gives (a footnote for note styles: first
note, subsequent short note, ibid.; the parenthetical for in-text styles) and,
for the scenario, the bibliography. Each text is recorded plain ("text") and
with <i>/<b> around italic/bold runs ("markup"). Sources: the library's real
ones (resources/library/*.toml, their [source] tables) and the extra test
items in tests/reference/citations/sources.json, turned into CSL-JSON by
briefing.core.citations.csl_item (recorded too, as "csl"), so pandoc and
briefing see the same items.

One pandoc run per style and scenario: a Markdown document whose paragraphs
each cite one source ([@id] or [@id, p. 12]); pandoc puts each citation of a
note style in its own footnote. pandoc reads the locator's label in the
document's locale ("S. 12" in German: "p. 12" there is a suffix, not a page), so
the label written is the locale's (PAGE_LABELS).

Forced locales (FORCED_LOCALES): some styles are also run in another locale,
as a document in that language cites them (pandoc's `lang` metadata;
briefing's Citer(locale=...)), with the scenarios above and LOCALE_SCENARIOS,
into tests/reference/citations/<locale>/<style id>.json.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.core.citations import bundled_csl_dir, csl_item  # noqa: E402
from briefing.core.citations.styles import StyleInfo  # noqa: E402
from briefing.core.model import Source  # noqa: E402

OUT = ROOT / "tests" / "reference" / "citations"

# name, sources given to the processor, citations in document order (id, locator)
SCENARIOS = [
    (
        "library",
        ["merics-ilr", "dn-waic"],
        [
            ("merics-ilr", "12"),  # first note, with a locator
            ("dn-waic", None),  # first note
            ("merics-ilr", None),  # subsequent: short note
            ("merics-ilr", None),  # ibid
            ("merics-ilr", "15"),  # ibid with a locator
            ("dn-waic", None),  # subsequent: short note
            ("dn-waic", None),  # ibid
        ],
    ),
    (
        "library-reversed",
        ["merics-ilr", "dn-waic"],
        [
            ("dn-waic", "3"),
            ("merics-ilr", None),  # first note, no locator
            ("dn-waic", None),
            ("merics-ilr", "8"),  # short note with a locator
            ("merics-ilr", None),
        ],
    ),
    ("no-date", ["no-date"], [("no-date", None), ("no-date", "4")]),
    ("cjk-person", ["cjk-person"], [("cjk-person", None), ("cjk-person", None)]),
    ("cjk-literal", ["cjk-literal"], [("cjk-literal", None), ("cjk-literal", None)]),
    (
        "same-author-year",
        ["same-a", "same-b"],
        [("same-a", None), ("same-b", None), ("same-a", "7")],
    ),
    ("quotes-url", ["quotes-url"], [("quotes-url", None), ("quotes-url", None)]),
    ("question-title", ["question"], [("question", None), ("question", "2")]),
    ("translated-title", ["translated"], [("translated", None), ("translated", None)]),
]

# Styles run again with a forced locale, and the scenarios added for that locale.
FORCED_LOCALES = {
    "de-DE": [
        "chicago-notes-bibliography-subsequent-ibid-17th-edition",
        "chicago-notes-bibliography-17th-edition",
        "geistes-und-kulturwissenschaften-heilmann",
    ],
}
LOCALE_SCENARIOS = {
    "de-DE": [
        (
            "german-report",
            ["de-bericht", "merics-ilr"],
            [
                ("de-bericht", "4"),  # first note: a corporate author, URL and access date
                ("de-bericht", "4"),  # ibid with the same locator
                ("merics-ilr", None),
                ("de-bericht", None),  # subsequent: short note
            ],
        ),
    ],
}
# A page locator's label as pandoc reads it, by primary language (default "p.").
PAGE_LABELS = {"de": "S."}


def find_pandoc(given: str | None) -> str:
    candidates = [given, os.environ.get("PANDOC"), shutil.which("pandoc")]
    try:
        import pypandoc  # type: ignore[import-not-found]

        candidates.append(pypandoc.get_pandoc_path())
    except ImportError:  # pypandoc-binary is optional
        pass
    for candidate in candidates:
        if candidate:
            matches = glob.glob(candidate)
            if matches and Path(matches[0]).is_file():
                return matches[0]
    sys.exit("pandoc not found: pass --pandoc PATH (see the top of this script)")


def load_sources() -> dict[str, Source]:
    """The library's real sources (resources/library/*.toml) and the extra test items."""
    fields = set(Source.__dataclass_fields__) - {"text", "repeats", "origin"}
    sources = {}
    for path in sorted((ROOT / "resources" / "library").glob("*.toml")):
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("source")
        if table:
            sources[table["id"]] = Source(**{k: v for k, v in table.items() if k in fields})
    extra = json.loads((OUT / "sources.json").read_text(encoding="utf-8"))["sources"]
    sources.update({s["id"]: Source(**s) for s in extra})
    return sources


class Runs:
    """Plain text and <i>/<b> markup from pandoc inlines."""

    def __init__(self) -> None:
        self.runs: list[tuple[str, bool, bool]] = []

    def add(self, text: str, italic: bool, bold: bool) -> None:
        if self.runs and self.runs[-1][1:] == (italic, bold):
            self.runs[-1] = (self.runs[-1][0] + text, italic, bold)
        else:
            self.runs.append((text, italic, bold))

    def walk(self, inlines: list, italic: bool = False, bold: bool = False) -> None:
        for node in inlines:
            t, c = node["t"], node.get("c")
            if t == "Str":
                self.add(c, italic, bold)
            elif t in ("Space", "SoftBreak", "LineBreak"):
                self.add(" ", italic, bold)
            elif t == "Emph":
                self.walk(c, not italic, bold)
            elif t == "Strong":
                self.walk(c, italic, True)
            elif t == "Quoted":
                single = c[0]["t"] == "SingleQuote"
                self.add("‘" if single else "“", italic, bold)
                self.walk(c[1], italic, bold)
                self.add("’" if single else "”", italic, bold)
            elif t == "Span":
                attrs = dict(c[0][2])
                style = attrs.get("style", "")
                self.walk(
                    c[1],
                    False if "font-style:normal" in style else italic,
                    False if "font-weight:normal" in style else bold,
                )
            elif t in ("SmallCaps", "Superscript", "Subscript", "Underline", "Strikeout"):
                self.walk(c, italic, bold)
            elif t == "Link":
                self.walk(c[1], italic, bold)
            elif t == "Code":
                self.add(c[1], italic, bold)
            elif t == "Note":
                for block in c:
                    self.walk(block.get("c", []), italic, bold)
            elif t == "Cite":
                self.walk(c[1], italic, bold)
            elif t == "RawInline":
                continue
            else:
                raise ValueError(f"unexpected pandoc inline {t}")

    def result(self) -> dict:
        text = " ".join("".join(r[0] for r in self.runs).split())
        markup = ""
        for run_text, italic, bold in self.runs:
            part = run_text
            if bold:
                part = f"<b>{part}</b>"
            if italic:
                part = f"<i>{part}</i>"
            markup += part
        return {"text": text, "markup": " ".join(markup.split())}


def find(node, kind: str, out: list) -> list:
    """All nodes of a kind, in document order (not looking inside found ones)."""
    if isinstance(node, dict):
        if node.get("t") == kind:
            out.append(node)
            return out
        for value in node.values():
            find(value, kind, out)
    elif isinstance(node, list):
        for value in node:
            find(value, kind, out)
    return out


def style_locale(style: Path) -> str:
    """The style's default-locale, else en-US (as pandoc and briefing take it)."""
    head = style.read_text(encoding="utf-8")[:2000]
    found = re.search(r'<style\b[^>]*\bdefault-locale="([^"]+)"', head)
    return found.group(1) if found else "en-US"


def run_pandoc(
    pandoc: str, style: Path, items: list[dict], cites: list, lang: str | None = None
) -> dict:
    label = PAGE_LABELS.get((lang or style_locale(style)).split("-")[0], "p.")
    lines = []
    for n, (source_id, locator) in enumerate(cites, 1):
        ref = f"@{source_id}, {label} {locator}" if locator else f"@{source_id}"
        lines.append(f"Paragraph {n} [{ref}].\n")
    with tempfile.TemporaryDirectory() as tmp:
        bib = Path(tmp) / "items.json"
        bib.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
        doc = Path(tmp) / "doc.md"
        doc.write_text("\n".join(lines), encoding="utf-8")
        result = subprocess.run(
            [
                pandoc,
                str(doc),
                "--citeproc",
                "--csl",
                str(style),
                "--bibliography",
                str(bib),
                "-f",
                "markdown",
                "-t",
                "json",
                *(["-M", f"lang={lang}"] if lang else []),
            ],
            check=True,
            capture_output=True,
            text=True,
            encoding="utf-8",
        )
    ast = json.loads(result.stdout)
    found = find(ast["blocks"], "Cite", [])
    assert len(found) == len(cites), (len(found), len(cites))
    texts = []
    for cite in found:
        runs = Runs()
        runs.walk([cite])
        texts.append(runs.result())
    entries = []
    for div in find(ast["blocks"], "Div", []):
        if div["c"][0][0] != "refs":
            continue
        for entry in div["c"][1]:
            runs = Runs()
            for block in entry["c"][1]:
                runs.walk(block.get("c", []))
            entries.append(runs.result())
    return {"cites": texts, "bibliography": entries}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pandoc", help="the pandoc binary (a glob is fine)")
    args = parser.parse_args()
    pandoc = find_pandoc(args.pandoc)
    version = subprocess.run(
        [pandoc, "--version"], capture_output=True, text=True, check=True
    ).stdout
    version = version.splitlines()[0]
    sources = load_sources()
    runs = [(style, None) for style in sorted(bundled_csl_dir().glob("*.csl"))]
    for locale, style_ids in FORCED_LOCALES.items():
        runs += [(bundled_csl_dir() / f"{style_id}.csl", locale) for style_id in style_ids]
    for style, locale in runs:
        fixture = {
            "_comment": "Made by scripts/make_citation_fixtures.py; do not edit by hand.",
            "generator": f"{version} --citeproc",
            "style": style.stem,
            "style_sha256": hashlib.sha256(style.read_bytes()).hexdigest(),
            **({"locale": locale} if locale else {}),
            "scenarios": [],
        }
        for name, ids, cites in SCENARIOS + LOCALE_SCENARIOS.get(locale, []):
            # The items Briefing gives this style (APA gets its own form of some fields).
            language = locale or StyleInfo.from_file(style).default_locale or "en-US"
            items = [csl_item(sources[i], apa=style.stem.startswith("apa"), language=language)
                     for i in ids]
            out = run_pandoc(pandoc, style, items, cites, locale)
            fixture["scenarios"].append(
                {
                    "name": name,
                    "sources": ids,
                    "csl": items,
                    "cites": [
                        {"id": i, "locator": loc, **text}
                        for (i, loc), text in zip(cites, out["cites"])
                    ],
                    "bibliography": out["bibliography"],
                }
            )
        path = (OUT / locale if locale else OUT) / f"{style.stem}.json"
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(fixture, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
