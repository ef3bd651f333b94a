"""The import graph of the ``briefing`` package, read from the source (no module is imported).

Every ``import`` and ``from … import`` counts, wherever it stands: at the top of a module, inside
a function (a lazy import) or under ``if TYPE_CHECKING`` (marked lazy too: it never runs).
tests/test_layers.py checks the layer rules on it; scripts/architecture.py draws
docs/architecture.md's diagram from it.

    .venv/bin/python scripts/import_graph.py            # every edge: importer → imported (line)
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "briefing"


@dataclass(frozen=True)
class Import:
    importer: str  # module name, e.g. briefing.export.pipeline
    imported: str  # module (or name inside a module) as written, absolute
    line: int
    lazy: bool  # not run when the module is imported: inside a function, or `if TYPE_CHECKING`

    def where(self) -> str:
        path = self.importer.replace(".", "/")
        return f"{path}.py:{self.line}"


def module_name(path: Path, root: Path = REPO) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, root: Path = REPO) -> list[Import]:
    """The imports of one source file (``root``: the folder holding the ``briefing`` package)."""
    name = module_name(path, root)
    is_package = path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[Import] = []

    def visit(node: ast.AST, lazy: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = lazy or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef,
                                               ast.Lambda)) or _type_checking(child)
            if isinstance(child, ast.Import):
                found.extend(Import(name, alias.name, child.lineno, lazy) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = _absolute(name, is_package, child.module, child.level)
                for alias in child.names:
                    # "from a import b": b may be a module (a.b) or a name in a; both are
                    # recorded as a.b, and a itself is imported either way.
                    found.append(Import(name, f"{base}.{alias.name}" if base else alias.name,
                                        child.lineno, lazy))
                found.append(Import(name, base, child.lineno, lazy))
            visit(child, inner)

    visit(tree, False)
    return found


def _type_checking(node: ast.AST) -> bool:
    if not isinstance(node, ast.If):
        return False
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _absolute(importer: str, is_package: bool, module: str | None, level: int) -> str:
    if level == 0:
        return module or ""
    parts = importer.split(".")
    if not is_package:
        parts.pop()
    parts = parts[: len(parts) - (level - 1)]
    return ".".join(parts + ([module] if module else []))


def all_imports(root: Path = PACKAGE) -> list[Import]:
    out: list[Import] = []
    for path in sorted(root.rglob("*.py")):
        out.extend(imports_of(path))
    return out


def modules(root: Path = PACKAGE) -> list[str]:
    return sorted(module_name(path) for path in root.rglob("*.py"))


def within(name: str, prefixes: tuple[str, ...]) -> bool:
    """``name`` is one of ``prefixes`` or inside one of them (``a.b`` is within ``a``)."""
    return any(name == p or name.startswith(p + ".") for p in prefixes)


if __name__ == "__main__":
    for edge in all_imports():
        lazy = " (lazy)" if edge.lazy else ""
        print(f"{edge.importer} → {edge.imported}  {edge.where()}{lazy}")
    sys.exit(0)
