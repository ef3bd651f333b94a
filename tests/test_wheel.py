"""An installed wheel carries resources/ and templates/ and finds them at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                    str(out), str(REPO)], check=True, capture_output=True, timeout=300)
    (found,) = out.glob("briefing-*.whl")
    return found


@pytest.mark.slow
def test_wheel_contains_resources_and_templates(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (REPO / "resources").rglob("*"):
        if path.is_file():
            assert f"briefing/resources/{path.relative_to(REPO / 'resources').as_posix()}" in names
    for path in (REPO / "templates").rglob("*"):
        if path.is_file():
            assert f"briefing/templates/{path.relative_to(REPO / 'templates').as_posix()}" in names
    assert not any(name.startswith("tests/") for name in names)
    for qm in ("briefing_de.qm", "briefing_en.qm"):  # the interface's translations
        assert f"briefing/resources/translations/{qm}" in names


@pytest.mark.slow
def test_installed_wheel_finds_its_own_resources(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
                    "--target", str(target), str(wheel)], check=True, capture_output=True,
                   timeout=300)
    probe = (
        "import briefing, briefing.core.paths as p; from briefing.core.library.bundle import load_bundle;"
        "b = load_bundle(p.resources_dir() / 'library');"
        "print(briefing.__file__); print(p.resources_dir()); print(p.templates_dir());"
        "print(len(b.claims))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            cwd=tmp_path, env={"PYTHONPATH": str(target), "PATH": "/usr/bin"},
                            timeout=120)
    assert result.returncode == 0, result.stderr
    module, resources, templates, claims = result.stdout.split("\n")[:4]
    for line in (module, resources, templates):
        assert line.startswith(str(target)), line
    assert int(claims) >= 45


@pytest.mark.slow
def test_wheel_carries_the_licences(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names), sorted(names)[-10:]
    for path in (REPO / "resources" / "licenses").iterdir():
        assert f"briefing/resources/licenses/{path.name}" in names, path.name
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "License-Expression: MIT" in text
