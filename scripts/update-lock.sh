#!/usr/bin/env bash
# Regenerate the lock files from pyproject.toml, install them into .venv and rewrite the
# licence notices: the one command to run after adding, removing or bounding a dependency.
#
#   scripts/update-lock.sh                     # keep every pinned version that still fits
#   scripts/update-lock.sh --upgrade           # newest versions pyproject.toml allows
#   scripts/update-lock.sh --upgrade-package jinja2
#
# requirements/lock.txt: the app, the test tools and PyInstaller, for every platform
# (markers), each with the hashes of all its files on the index; scripts/bootstrap.sh and
# packaging/build.sh install from it with pip --require-hashes. requirements/lock-bench.txt:
# the same plus the benchmarks' extras (pandoc), installed by hand when benchmarking.
# Then run the whole suite (./run-tests): tests/test_lock.py checks the lock covers
# pyproject.toml, and the canary tests check the internals the code relies on
# (docs/packaging.md, "Upgrading a dependency").
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
[ -x .venv/bin/python ] || ./scripts/bootstrap.sh
if [ ! -x .venv/bin/uv ]; then
    .venv/bin/python -m pip install -q --disable-pip-version-check "uv>=0.5,<1"
fi
compile() {  # OUT CONSTRAINTS EXTRAS...
    local out=$1 constraints=$2; shift 2
    local extras=()
    for extra in "$@"; do extras+=(--extra "$extra"); done
    .venv/bin/uv pip compile pyproject.toml "${extras[@]}" --universal --python-version 3.11 \
        --generate-hashes --quiet --custom-compile-command "scripts/update-lock.sh" \
        ${constraints:+--constraint "$constraints"} "${UPGRADE[@]}" -o "$out"
}
UPGRADE=("$@")
mkdir -p requirements
compile requirements/lock.txt "" test bundle
compile requirements/lock-bench.txt requirements/lock.txt test bundle bench  # same versions
./scripts/bootstrap.sh
.venv/bin/python scripts/make_notices.py
echo "Locked: requirements/lock.txt ($(grep -c '==' requirements/lock.txt) packages)," \
     "requirements/lock-bench.txt ($(grep -c '==' requirements/lock-bench.txt))."
