"""docs/architecture.md's package diagram is the code's import graph of today."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_the_diagram_is_up_to_date():
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "architecture.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_every_part_of_the_package_is_described():
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import architecture
    finally:
        sys.path.remove(str(REPO / "scripts"))
    doc = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    for module in architecture.modules():
        assert architecture.part_of(module), f"{module} belongs to no part of the diagram"
    for package in sorted((REPO / "briefing" / "core").iterdir()):
        if package.is_dir() and (package / "__init__.py").exists():
            assert f"**`core/{package.name}/`**" in doc, package.name
