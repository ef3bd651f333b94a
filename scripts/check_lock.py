"""Does this Python environment hold exactly what requirements/lock.txt pins?

    python scripts/check_lock.py            # exit 1, listing the differences, when it does not
    python scripts/check_lock.py --strays   # print installed packages no lock file names

packaging/build.sh runs the first before building the bundle (and installs the lock when it
fails); scripts/bootstrap.sh uses the second to remove what a dependency change left behind.
tests/test_lock.py reads the lock files with ``read_lock``.
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from packaging.markers import Marker

REPO = Path(__file__).resolve().parent.parent
LOCK = REPO / "requirements" / "lock.txt"
BENCH_LOCK = REPO / "requirements" / "lock-bench.txt"
ALWAYS_ALLOWED = {"pip", "briefing", "uv"}  # the installer, the app itself, the lock's tool
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


@dataclass(frozen=True)
class Pin:
    name: str  # normalised
    version: str
    marker: str | None
    hashes: tuple[str, ...]

    def applies(self) -> bool:
        return self.marker is None or Marker(self.marker).evaluate()


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_lock(path: Path = LOCK) -> dict[str, Pin]:
    pins: dict[str, Pin] = {}
    current: list | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line)
        if match:
            current = [normalise(match[1]), match[2], match[3], []]
            pins[current[0]] = current  # type: ignore[assignment]
            continue
        hashed = re.match(r"^\s+--hash=(sha256:[0-9a-f]{64})", line)
        if hashed and current is not None:
            current[3].append(hashed[1])
    return {name: Pin(name, version, marker, tuple(hashes))
            for name, (name, version, marker, hashes) in pins.items()}


def installed() -> dict[str, str]:
    return {normalise(d.metadata["Name"]): d.version for d in metadata.distributions()}


def differences(path: Path = LOCK) -> list[str]:
    have = installed()
    out = []
    for pin in read_lock(path).values():
        if not pin.applies():
            continue
        if pin.name not in have:
            out.append(f"{pin.name}: missing (lock: {pin.version})")
        elif have[pin.name] != pin.version:
            out.append(f"{pin.name}: {have[pin.name]} installed, lock: {pin.version}")
    return out


def strays() -> list[str]:
    named = set(read_lock(LOCK)) | (set(read_lock(BENCH_LOCK)) if BENCH_LOCK.exists() else set())
    return sorted(set(installed()) - named - ALWAYS_ALLOWED)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--strays", action="store_true")
    args = parser.parse_args(argv)
    if args.strays:
        print(" ".join(strays()))
        return 0
    found = differences()
    for line in found:
        print(line, file=sys.stderr)
    if found:
        print(f"This environment differs from {LOCK.relative_to(REPO)}; install it with "
              "scripts/bootstrap.sh (or pip install --require-hashes -r requirements/lock.txt).",
              file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
