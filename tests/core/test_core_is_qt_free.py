"""The core and export packages run without Qt: importing them with PySide6 blocked works."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import briefing.core
import briefing.export

BLOCK_QT = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
            raise ImportError("PySide6 is blocked in this test")
sys.meta_path.insert(0, Block())
"""
BLOCKER = BLOCK_QT + """
import importlib
for name in sys.argv[1:]:
    importlib.import_module(name)
print("imported", len(sys.argv) - 1)
"""


def _modules(package) -> list[str]:
    return [
        f"{package.__name__}.{info.name}"
        for info in pkgutil.iter_modules(package.__path__)
    ]


def test_core_export_and_cli_import_with_pyside6_blocked():
    names = _modules(briefing.core) + _modules(briefing.export) + ["briefing.cli", "briefing.app"]
    result = subprocess.run([sys.executable, "-c", BLOCKER, *names], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"imported {len(names)}" in result.stdout


def test_the_blocker_really_blocks_qt():
    result = subprocess.run([sys.executable, "-c", BLOCKER, "briefing.gui.main_window"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "PySide6 is blocked" in result.stderr


def _imports(path) -> list[str]:
    """Every module a file imports, at the top or inside a function (lazily)."""
    import ast

    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module)
    return names


def test_core_and_export_never_import_the_gui_or_qt_even_lazily():
    from pathlib import Path

    package = Path(briefing.core.__file__).parent.parent
    offenders = []
    for layer in ("core", "export"):
        for path in sorted((package / layer).rglob("*.py")):
            for name in _imports(path):
                if name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith(
                        "briefing.gui"):
                    offenders.append(f"{path.relative_to(package)} imports {name}")
    assert not offenders, offenders


def test_a_pdf_is_exported_with_pyside6_blocked(tmp_path):
    script = BLOCK_QT + """
from pathlib import Path
from briefing.cli import Context
from briefing.core.documents import Briefing, Metadata, Paragraph, Section
from briefing.core.paths import Paths
from briefing.export.pipeline import Exporter, ExportSettings
context = Context(Paths.default())
template = context.templates().get("briefing-note")
doc = Briefing(title="Qt-free", template=template.id, metadata=Metadata(classification="Official"),
               sections=[Section(s.key, s.heading) for s in template.sections])
doc.insert("summary", Paragraph("Made without Qt."))
out = Path(sys.argv[-1])
Exporter(context.templates(), context.styles(), processors=context.processors()).export(
    doc, out, ExportSettings(format="pdf"))
print("pdf", out.read_bytes()[:5].decode())
"""
    import os

    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "out.pdf")],
                            capture_output=True, text=True, timeout=300,
                            env={**os.environ, "BRIEFING_HOME": str(tmp_path / "home")})
    assert result.returncode == 0, result.stderr
    assert "pdf %PDF-" in result.stdout
