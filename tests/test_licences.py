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
            assert len(text) > 500, name  # ISC, the shortest, is 823 characters
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
    assert "Third-party code inside Qt" in out and "Full text: PCRE2-LICENCE.txt" in out
    assert "Rust crates in Typst under MIT: copyright notices" in out
    assert "Full text: MIT.txt" in out and "Full text: LLVM-exception.txt" in out
    assert "sqlite-utils" not in out  # dropped: not shipped, so not listed


def test_pyinstallers_licence_is_the_installed_versions():
    # The bundle's bootloader is PyInstaller's: its licence file is shipped as it is installed.
    from importlib import metadata

    dist = metadata.distribution("pyinstaller")
    (installed,) = [f for f in dist.files if f.name == "COPYING.txt"]
    assert (LICENSES / "PyInstaller-COPYING.txt").read_text(encoding="utf-8") == \
        installed.read_text(encoding="utf-8"), "copy PyInstaller's COPYING.txt again"
    assert "Bootloader Exception" in installed.read_text(encoding="utf-8")


def _script(name: str):
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        return __import__(name)
    finally:
        sys.path.remove(str(REPO / "scripts"))


def test_every_rust_crate_in_typst_has_its_notice():
    # Every crate of the installed typst's SBOM is named with the licence used, and each whose
    # licence asks for it has copyright lines in typst-crates.toml (a new typst fails here).
    crates = _script("typst_crates")
    assert crates.missing() == [], "run scripts/typst_crates.py --collect"
    assert crates.missing({}) != []  # the check bites when the data lacks a crate
    text = (LICENSES / "NOTICES.txt").read_text(encoding="utf-8")
    data = crates.load_data()
    everything = crates.crates()
    assert len(everything) == 334  # typst 0.15.2's SBOM; a new typst: update this figure
    for crate in everything:
        chosen = crates.choose(crates.expression(crate))
        assert f"\n{crate['name']} {crate['version']}: " in text, crate["name"]
        for name in crates.texts_of(chosen):
            assert (LICENSES / name).is_file(), (crate["name"], name)
        if crates.needs_notice(chosen):
            for line in data[crate["name"]]["copyright"]:
                assert line in text, (crate["name"], line)


def test_a_crate_offered_under_apache_is_used_under_it():
    crates = _script("typst_crates")
    assert crates.choose("MIT OR Apache-2.0") == ["Apache-2.0"]
    assert crates.choose("Apache-2.0 WITH LLVM-exception OR Apache-2.0 OR MIT") == ["Apache-2.0"]
    assert crates.choose("(MIT OR Apache-2.0) AND Unicode-3.0") == ["Apache-2.0", "Unicode-3.0"]
    assert crates.choose("Unlicense OR MIT") == ["MIT"]
    assert crates.choose("ISC") == ["ISC"]
    assert crates.texts_of(["Apache-2.0 WITH LLVM-exception"]) == ["Apache-2.0.txt",
                                                                   "LLVM-exception.txt"]


def test_the_third_party_code_inside_qt_is_named_with_its_licence_texts():
    make_notices = _script("make_notices")
    parts = make_notices.qt_third_party()
    assert len(parts) >= 39
    names = {p["name"] for p in parts}
    for expected in ("HarfBuzz-NG", "PCRE2", "LibPNG", "LibJPEG-turbo", "MD4C", "XSVG",
                     "XDG Shell"):
        assert any(expected in n for n in names), expected
    text = (LICENSES / "NOTICES.txt").read_text(encoding="utf-8")
    for part in parts:
        assert part["name"] in text and part["source"] in text, part["name"]
        assert part["copyright"] and all(line in text for line in part["copyright"])
        for spdx in make_notices.qt_licence_ids(part["licence"]):
            texts = make_notices.QT_TEXTS[spdx]  # KeyError: an id with no text mapped
            assert texts or spdx == "LicenseRef-ICC-License", spdx  # the one known gap
            for name in texts:
                assert (LICENSES / name).is_file(), name
    assert make_notices.missing_texts() == []


def test_every_licence_text_says_where_it_came_from():
    sources = tomllib.loads((LICENSES / "texts-sources.toml").read_text(encoding="utf-8"))
    for path in notices.licence_texts(REPO / "resources"):
        assert path.name in sources and sources[path.name]["source"], path.name
