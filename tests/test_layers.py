"""The layer rules of docs/architecture.md, checked on the import graph read from the source
(scripts/import_graph.py): every import counts, lazy ones inside functions included."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
from import_graph import Import, all_imports, imports_of, within  # noqa: E402

# (importer's layer, what it must never import, why)
RULES = [
    (("briefing.core", "briefing.export"), ("briefing.gui", "PySide6", "shiboken6"),
     "the core and the export run without Qt (the CLI, the self-test, the tests)"),
    (("briefing.gui",), ("sqlite3", "sqlite_utils", "docx", "jinja2", "lxml"),
     "the GUI is thin: SQL, .docx and templates belong to the core, reached through the "
     "controller"),
    (("briefing.core",), ("briefing.export", "briefing.cli", "briefing.app", "briefing.selftest"),
     "the core is the bottom layer: everything else builds on it"),
    (("briefing.export",), ("briefing.cli", "briefing.app", "briefing.selftest"),
     "the export serves the CLI and the GUI, never the reverse"),
]
# Edges that break a rule today, each with the change that removes it. A known edge that is
# gone makes test_known_exceptions_are_still_there fail: then delete it here.
KNOWN: dict[tuple[str, str], str] = {}


def _violations() -> list[tuple[Import, str]]:
    found = []
    for edge in all_imports():
        for layer, forbidden, why in RULES:
            if within(edge.importer, layer) and within(edge.imported, forbidden):
                found.append((edge, why))
    return found


def test_layer_rules_hold():
    broken = [f"{edge.where()}: {edge.importer} imports {edge.imported}"
              f"{' (lazily)' if edge.lazy else ''}, but {why}"
              for edge, why in _violations()
              if not any(within(edge.importer, (a,)) and within(edge.imported, (b,))
                         for a, b in KNOWN)]
    assert not broken, "\n".join(broken)


def test_known_exceptions_are_gone():
    # (The last one, the export drawing its PDF with Qt in briefing.gui, went with issue 17.)
    seen = {(e.importer, e.imported) for e, _ in _violations()}
    assert not any(edge in seen for edge in KNOWN)


def test_the_graph_sees_lazy_and_relative_imports(tmp_path):
    # The check can fail: a lazy import of Qt inside a core function is an edge.
    package = tmp_path / "briefing" / "core"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    module = package / "thing.py"
    module.write_text("from . import sibling\n\ndef f():\n    from PySide6.QtGui import QFont\n")
    edges = {(e.imported, e.lazy) for e in imports_of(module, root=tmp_path)}
    assert ("briefing.core.sibling", False) in edges
    assert ("PySide6.QtGui.QFont", True) in edges and ("PySide6.QtGui", True) in edges
