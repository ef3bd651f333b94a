#!/usr/bin/env bash
# Set up what Briefing needs on first use: a local virtual environment (.venv) with
# the package and its test tools, and, for the tests, the Debian packages listed in
# scripts/debian-packages.txt. Safe to run again: it only does what is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

want_system=${1:-}
python=${PYTHON:-python3}

if [ "$want_system" = "--with-system-packages" ]; then
    missing=()
    while read -r pkg; do
        case "$pkg" in ''|\#*) continue ;; esac
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done < scripts/debian-packages.txt
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing Debian packages the tests need: ${missing[*]}"
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
fi

stamp=.venv/.briefing-installed
digest=$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -x .venv/bin/python ]; then
    echo "Creating the virtual environment in .venv"
    "$python" -m venv .venv
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
    echo "Installing Briefing and its test tools into .venv"
    .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
    echo "$digest" > "$stamp"
fi
