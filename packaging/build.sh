#!/usr/bin/env bash
# Build Briefing's one-folder application with PyInstaller (packaging/briefing.spec).
#
#   packaging/build.sh [DIST_DIR]     # default: dist/ at the top of the checkout
#
# The application lands in DIST_DIR/briefing/ (run DIST_DIR/briefing/briefing); on macOS also
# DIST_DIR/Briefing.app. Runs PyInstaller with $PYTHON, else .venv/bin/python, else python3,
# after installing requirements/lock.txt into that Python's environment (pip --require-hashes:
# the versions the tests passed with; a no-op when they are there). Prints the build time and
# the unpacked size.
# BRIEFING_BUILD_DIR keeps PyInstaller's work folder there (default: a temporary one).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dist=$(mkdir -p "${1:-$here/dist}" && cd "${1:-$here/dist}" && pwd)
python=${PYTHON:-}
if [ -z "$python" ]; then
    python=python3
    if [ -x "$here/.venv/bin/python" ]; then python="$here/.venv/bin/python"; fi
fi
"$python" -m pip install -q --disable-pip-version-check --require-hashes \
    -r "$here/requirements/lock.txt"
"$python" "$here/scripts/check_lock.py"
if [ -n "${BRIEFING_BUILD_DIR:-}" ]; then
    work=$BRIEFING_BUILD_DIR
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi

start=$(date +%s)
# The interface's translations (.qm) from their .ts sources, with this Python's pyside6-lrelease.
BRIEFING_QT_BIN=$("$python" -c 'import os, sys; print(os.path.dirname(sys.executable))') \
    "$here/scripts/update-translations.sh" --qm
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" "$here/packaging/briefing.spec"

app="$dist/briefing"
if [ "$(uname -s)" = "Linux" ]; then
    # The desktop entry, its icon and the script that installs both, beside the executable.
    cp "$here/packaging/linux/briefing.desktop" "$here/packaging/linux/install.sh" \
       "$here/packaging/linux/briefing-mime.xml" "$app/"
    cp "$here/resources/icons/briefing-256.png" "$app/briefing.png"
    # The licences of the build machine's libraries the bundle carries (Debian: copyright files).
    "$python" "$here/packaging/system_notices.py" "$app"
fi
seconds=$(( $(date +%s) - start ))
# Unpacked size: every file and symlink, counted once (du -b is not portable to macOS).
bytes=$("$python" - "$app" <<'PY'
import os, sys
total = 0
for folder, dirs, files in os.walk(sys.argv[1]):
    links = [d for d in dirs if os.path.islink(os.path.join(folder, d))]
    total += sum(os.lstat(os.path.join(folder, name)).st_size for name in files + links)
print(total)
PY
)
echo "Built $app in ${seconds} s: $(( bytes / 1000000 )) MB unpacked ($bytes bytes)."
if [ -d "$dist/Briefing.app" ]; then echo "macOS application: $dist/Briefing.app"; fi
