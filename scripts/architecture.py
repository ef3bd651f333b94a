"""Draw the package diagram in docs/architecture.md from the code's import graph.

    .venv/bin/python scripts/architecture.py           # rewrite the diagram in the doc
    .venv/bin/python scripts/architecture.py --check   # exit 1 when the doc's diagram is stale

The graph is read from the source by scripts/import_graph.py (lazy imports included). Modules
are grouped into the parts docs/architecture.md describes; an arrow A --> B means some module
of A imports some module of B, a dotted arrow that every such import is lazy (inside a function
or for type checking only). No counts: the diagram changes only when the structure does. The
outside packages each part imports are listed in its box. The diagram is Mermaid, which GitHub
and most Markdown viewers draw.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from import_graph import REPO, all_imports, modules, within  # noqa: E402

DOC = REPO / "docs" / "architecture.md"
START, END = "<!-- diagram: made by scripts/architecture.py -->", "<!-- diagram end -->"
# Parts, most specific first: a module belongs to the first part whose prefix it has.
PARTS = [
    ("app", "briefing.app", "app.py / __main__"),
    ("app", "briefing.__main__", ""),
    ("selftest", "briefing.selftest", "selftest"),
    ("cli", "briefing.cli", "cli/"),
    ("gui", "briefing.gui", "gui/ (and gui/widgets/)"),
    ("export", "briefing.export", "export/"),
    ("library", "briefing.core.library", "core/library/"),
    ("citations", "briefing.core.citations", "core/citations/"),
    ("templates", "briefing.core.templates", "core/templates/"),
    ("documents", "briefing.core.documents", "core/documents/"),
    ("importing", "briefing.core.importing", "core/importing/"),
    ("curation", "briefing.core.curation", "core/curation/"),
    ("text", "briefing.core.text", "core/text/"),
    ("base", "briefing.core", "core/*.py (model, errors, paths, context, atomic, quotes, notices)"),
    ("base", "briefing", ""),
]
LABELS = {key: label for key, _prefix, label in PARTS if label}
OUTSIDE = {"PySide6": "PySide6", "shiboken6": "PySide6", "docx": "python-docx",
           "jinja2": "Jinja2", "markupsafe": "Jinja2", "lxml": "lxml", "quickjs": "QuickJS",
           "pypdf": "pypdf", "sqlite3": "sqlite3", "platformdirs": "platformdirs"}


def part_of(module: str) -> str | None:
    for key, prefix, _label in PARTS:
        if within(module, (prefix,)):
            return key
    return None


def graph() -> tuple[dict[tuple[str, str], list[bool]], dict[str, set[str]]]:
    known = set(modules())
    edges: dict[tuple[str, str], dict[tuple[str, str], bool]] = defaultdict(dict)
    outside: dict[str, set[str]] = defaultdict(set)
    for edge in all_imports():
        source = part_of(edge.importer)
        top = edge.imported.split(".")[0]
        if top in OUTSIDE:
            outside[source].add(OUTSIDE[top])
            continue
        if edge.imported not in known:  # a name inside a module (from a import b)
            continue
        target = part_of(edge.imported)
        if target and target != source:
            pair = (edge.importer, edge.imported)
            edges[(source, target)][pair] = edges[(source, target)].get(pair, True) and edge.lazy
    return {k: list(v.values()) for k, v in edges.items()}, outside


def mermaid() -> str:
    edges, outside = graph()
    lines = ["```mermaid", "flowchart TD"]
    for key in dict.fromkeys(k for k, _p, label in PARTS if label):
        extra = f"<br/><small>{', '.join(sorted(outside[key]))}</small>" if outside[key] else ""
        lines.append(f'    {key}["<b>{LABELS[key]}</b>{extra}"]')
    for (source, target), lazies in sorted(edges.items()):
        arrow = "-.->" if all(lazies) else "-->"
        lines.append(f"    {source} {arrow} {target}")
    lines.append("```")
    return "\n".join(lines)


def rewrite(text: str) -> str:
    head, rest = text.split(START, 1)
    _old, tail = rest.split(END, 1)
    return f"{head}{START}\n{mermaid()}\n{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    text = DOC.read_text(encoding="utf-8")
    new = rewrite(text)
    if args.check:
        if new != text:
            print("docs/architecture.md's diagram is out of date: run "
                  ".venv/bin/python scripts/architecture.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(new, encoding="utf-8")
    print(f"wrote the diagram in {DOC.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
