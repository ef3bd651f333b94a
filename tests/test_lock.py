"""The lock files cover pyproject.toml, carry hashes, and are what this environment holds
(scripts/bootstrap.sh installs requirements/lock.txt; scripts/update-lock.sh remakes it)."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
import check_lock  # noqa: E402

FIX = "run scripts/update-lock.sh (docs/packaging.md, 'Upgrading a dependency')"


def _requirements() -> dict[str, list[Requirement]]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    groups = {"": project["dependencies"], **project["optional-dependencies"]}
    return {group: [Requirement(r) for r in reqs] for group, reqs in groups.items()}


def test_the_lock_pins_every_dependency_of_pyproject_with_hashes():
    main, bench = check_lock.read_lock(check_lock.LOCK), check_lock.read_lock(
        check_lock.BENCH_LOCK)
    for group, reqs in _requirements().items():
        lock = bench if group == "bench" else main
        for req in reqs:
            pin = lock.get(check_lock.normalise(req.name))
            assert pin is not None, f"{req.name} ({group or 'app'}) is not in the lock: {FIX}"
            assert req.specifier.contains(pin.version, prereleases=True), (
                f"the lock pins {req.name} {pin.version}, outside {req.specifier}: {FIX}")
    for lock in (main, bench):
        for pin in lock.values():
            assert pin.hashes, f"{pin.name} has no hash in the lock: {FIX}"
    # Both lock files agree on the versions they share.
    assert {n: p.version for n, p in main.items()} == {
        n: p.version for n, p in bench.items() if n in main}


def test_this_environment_is_the_lock():
    assert check_lock.differences() == [], "run scripts/bootstrap.sh"


def test_reading_the_lock_sees_markers_and_hashes():
    pins = check_lock.read_lock()
    assert pins["colorama"].marker and pins["colorama"].applies() == (sys.platform == "win32")
    assert all(h.startswith("sha256:") for h in pins["pyside6-essentials"].hashes)
    assert "sqlite-utils" not in pins
