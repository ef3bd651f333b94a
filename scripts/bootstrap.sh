#!/usr/bin/env bash
# Set up what Briefing needs on first use: a local virtual environment (.venv) with
# the package and its test tools, and, for the tests, the Debian packages listed in
# scripts/debian-packages.txt. Safe to run again: it only does what is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

want=${1:-}
python=${PYTHON:-python3}

# --with-system-packages: everything the tests need (scripts/debian-packages.txt);
# --with-app-packages: only what the desktop app needs to start (scripts/debian-app-packages.txt).
# Only on Debian/Ubuntu (dpkg and apt-get present); elsewhere the system must provide them.
list=""
[ "$want" = "--with-system-packages" ] && list=scripts/debian-packages.txt
[ "$want" = "--with-app-packages" ] && list=scripts/debian-app-packages.txt
if ! "$python" -c "import venv, ensurepip" 2>/dev/null; then
    echo "$python has no venv/ensurepip module; on Debian/Ubuntu it is the package python3-venv."
    [ -n "$list" ] || list=/dev/null
    extra_venv=python3-venv
fi
if [ -n "$list" ] && command -v dpkg-query >/dev/null && command -v apt-get >/dev/null; then
    missing=()
    [ -n "${extra_venv:-}" ] && missing+=("$extra_venv")
    while read -r pkg; do
        case "$pkg" in ''|\#*) continue ;; esac
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done < "$list"
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing Debian packages: ${missing[*]}"
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
fi

stamp=.venv/.briefing-installed
digest=$(cat pyproject.toml requirements/lock.txt | sha256sum | cut -c1-16)
if [ ! -x .venv/bin/python ]; then
    echo "Creating the virtual environment in .venv"
    "$python" -m venv .venv
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
    # Exactly the versions the tests passed with (requirements/lock.txt, every file's hash
    # checked), then Briefing itself on top, editable; packages the lock no longer names are
    # removed, so a dependency dropped from pyproject.toml cannot linger here unnoticed.
    echo "Installing Briefing and its test tools into .venv (requirements/lock.txt)"
    .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install -q --disable-pip-version-check --require-hashes \
        -r requirements/lock.txt
    .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e .
    stray=$(.venv/bin/python scripts/check_lock.py --strays)
    if [ -n "$stray" ]; then
        echo "Removing packages the lock does not name: $stray"
        # shellcheck disable=SC2086
        .venv/bin/python -m pip uninstall -q -y $stray
    fi
    echo "$digest" > "$stamp"
fi
