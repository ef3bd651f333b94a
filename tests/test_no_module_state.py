"""No module keeps state for the whole process (docs/architecture.md, "No module-level state"):
what lives as long as the app (processors, caches, registrations) is an object that app.py or
the command line's context builds and passes in. Checked on the source, so a cache or a
registry added anywhere in briefing/ later is caught too:

- no ``functools.cache``/``lru_cache`` (a process-wide cache keyed on its arguments);
- no ``global`` statement;
- no module-level dict, list or set that a function of the module changes (a registry);
- no module-level statement that changes another module's objects (a registration done at
  import, like python-docx's part classes).
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "briefing"

MUTATORS = {"append", "extend", "insert", "add", "update", "setdefault", "pop", "popitem",
            "clear", "remove", "discard", "move_to_end", "appendleft", "__setitem__"}
CONTAINERS = {"dict", "list", "set", "OrderedDict", "defaultdict", "deque", "Counter",
              "WeakValueDictionary", "WeakKeyDictionary", "WeakSet"}


def _container(value: ast.AST | None) -> bool:
    if isinstance(value, (ast.Dict, ast.List, ast.Set, ast.DictComp, ast.ListComp, ast.SetComp)):
        return True
    if isinstance(value, ast.Call):
        func = value.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        return name in CONTAINERS
    return False


def _base_name(node: ast.AST) -> str | None:
    while isinstance(node, (ast.Subscript, ast.Attribute)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def problems_in(source: str, where: str) -> list[str]:
    tree = ast.parse(source)
    found = []
    containers = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) else [])
        if targets and _container(node.value):
            containers.update(t.id for t in targets if isinstance(t, ast.Name))
        for target in targets:  # a module-level change of something imported
            if isinstance(target, (ast.Subscript, ast.Attribute)):
                found.append(f"{where}:{node.lineno}: changes {ast.unparse(target)} at import")
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            call = node.value.func
            if isinstance(call, ast.Attribute) and _base_name(call) not in containers:
                found.append(f"{where}:{node.lineno}: calls {ast.unparse(call)} at import")
    for func in ast.walk(tree):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for decorator in func.decorator_list:
            text = ast.unparse(decorator)
            if "lru_cache" in text or text in ("cache", "functools.cache") \
                    or text.startswith(("functools.cache(", "cache(")):
                found.append(f"{where}:{func.lineno}: {func.name} is memoised for the process "
                             f"(@{text})")
        for node in ast.walk(func):
            if isinstance(node, ast.Global):
                found.append(f"{where}:{node.lineno}: global {', '.join(node.names)}")
            elif isinstance(node, (ast.Assign, ast.AugAssign, ast.Delete)):
                targets = node.targets if isinstance(node, (ast.Assign, ast.Delete)) \
                    else [node.target]
                for target in targets:
                    if isinstance(target, ast.Subscript) and _base_name(target) in containers:
                        found.append(f"{where}:{node.lineno}: {func.name} changes the module's "
                                     f"{_base_name(target)}")
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in MUTATORS \
                    and isinstance(node.func.value, ast.Name) \
                    and node.func.value.id in containers:
                found.append(f"{where}:{node.lineno}: {func.name} changes the module's "
                             f"{node.func.value.id}")
    return found


def test_no_module_keeps_state_for_the_process():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        found += problems_in(path.read_text(encoding="utf-8"), str(path.relative_to(REPO)))
    assert not found, "\n".join(found)


def test_the_check_sees_caches_registries_and_registrations():
    source = '''
import functools
from docx.opc.part import PartFactory

_hosts = {}
_seen: list = []
LABELS = {"a": "A"}
PartFactory.part_type_for["x"] = object
PartFactory.register(object)

@functools.lru_cache(maxsize=16)
def header(path):
    return path

def host(key):
    if key not in _hosts:
        _hosts[key] = object()
    _seen.append(key)
    return LABELS[key]

def counter():
    global COUNT
'''
    found = "\n".join(problems_in(source, "m.py"))
    for expected in ("m.py:8: changes PartFactory.part_type_for['x'] at import",
                     "m.py:9: calls PartFactory.register at import",
                     "header is memoised", "host changes the module's _hosts",
                     "host changes the module's _seen", "global COUNT"):
        assert expected in found, found
    assert "LABELS" not in found  # a table only read is no state
