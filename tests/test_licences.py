"""Everything Briefing ships has its licence with it: the MIT LICENSE, the notices made from
the installed distributions, the full text of each licence named, and `briefing --licenses`."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tomllib
from pathlib import Path

from briefing.core import notices

REPO = Path(__file__).resolve().parent.parent
LICENSES = REPO / "resources" / "licenses"


def _components() -> list[dict]:
    return tomllib.loads((LICENSES / "components.toml").read_text(encoding="utf-8"))["component"]


def test_briefing_is_mit_licensed():
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "WITHOUT WARRANTY OF ANY KIND" in text
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]


def test_notices_match_the_installed_distributions():
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "make_notices.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_every_licence_named_has_its_full_text():
    for part in _components():
        for name in part["texts"]:
            text = (LICENSES / name).read_text(encoding="utf-8")
            assert len(text) > 1000, name
    cpal = (LICENSES / "CPAL-1.0.txt").read_text(encoding="utf-8")
    # citeproc-js's own copy: its Exhibit B is the attribution the app shows.
    assert "Attribution Copyright Notice: (c) Frank Bennett" in cpal
    assert f"Attribution Phrase (not exceeding 10 words): {notices.ATTRIBUTION_PHRASE}" in cpal
    assert f"Attribution URL: {notices.ATTRIBUTION_URL}" in cpal
    assert "GNU AFFERO GENERAL PUBLIC LICENSE" in (LICENSES / "AGPL-3.0.txt").read_text()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (LICENSES / "LGPL-3.0.txt").read_text()


def test_vendored_files_are_the_versions_recorded():
    for part in _components():
        for name, digest in part.get("sha256", {}).items():
            actual = hashlib.sha256((REPO / name).read_bytes()).hexdigest()
            assert actual == digest, (
                f"{name} changed: record its new version and sha256 for {part['name']} in "
                "resources/licenses/components.toml, then run scripts/make_notices.py")


def test_licence_files_beside_resources_are_in_the_notices(tmp_path):
    text = (LICENSES / "NOTICES.txt").read_text(encoding="utf-8")
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import make_notices
    finally:
        sys.path.remove(str(REPO / "scripts"))
    found = make_notices.found_beside_resources()
    assert REPO / "resources" / "csl" / "engine" / "LICENSE" in found
    for path in found:
        assert path.read_text(encoding="utf-8").strip()[:200] in text, path


def test_licenses_option_prints_everything():
    done = subprocess.run([sys.executable, "-m", "briefing", "--licenses"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("Briefing ") and "MIT License" in out
    assert notices.ATTRIBUTION_PHRASE in out and notices.ATTRIBUTION_COPYRIGHT in out
    for part in _components():
        assert part["name"] in out
        for name in part["texts"]:
            assert f"Full text: {name}" in out
    assert "Python package Jinja2" in out and "Python package lxml" in out
    assert "sqlite-utils" not in out  # dropped: not shipped, so not listed


def test_pyinstallers_licence_is_the_installed_versions():
    # The bundle's bootloader is PyInstaller's: its licence file is shipped as it is installed.
    from importlib import metadata

    dist = metadata.distribution("pyinstaller")
    (installed,) = [f for f in dist.files if f.name == "COPYING.txt"]
    assert (LICENSES / "PyInstaller-COPYING.txt").read_text(encoding="utf-8") == \
        installed.read_text(encoding="utf-8"), "copy PyInstaller's COPYING.txt again"
    assert "Bootloader Exception" in installed.read_text(encoding="utf-8")
