#!/usr/bin/env bash
# Add Briefing to this user's application menu: run it from the unpacked bundle folder.
#
#   ./install.sh            # desktop entry, icons and ~/.local/bin/briefing for this user
#   ./install.sh --remove   # take them away again (the bundle folder stays)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
icons="$here/_internal/resources/icons"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$data/applications/briefing.desktop" "$HOME/.local/bin/briefing"
    rm -f "$data/mime/packages/briefing-mime.xml"
    command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
    rm -f "$data"/icons/hicolor/*/apps/briefing.png "$data/icons/hicolor/scalable/apps/briefing.svg"
    echo "Removed Briefing's desktop entry."
    exit 0
fi
[ -x "$here/briefing" ] || { echo "Run this from the unpacked Briefing folder." >&2; exit 1; }
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps" "$HOME/.local/bin"
for png in "$icons"/briefing-*.png; do
    size=$(basename "$png" .png); size=${size#briefing-}
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$data/icons/hicolor/${size}x${size}/apps/briefing.png"
done
cp "$icons/briefing.svg" "$data/icons/hicolor/scalable/apps/briefing.svg"
sed -e "s|^Exec=briefing|Exec=\"$here/briefing\"|" -e "s|^TryExec=briefing|TryExec=$here/briefing|" \
    "$here/briefing.desktop" > "$data/applications/briefing.desktop"
# .briefing files open with Briefing (the desktop entry's %f receives the file).
mkdir -p "$data/mime/packages"
cp "$here/briefing-mime.xml" "$data/mime/packages/briefing-mime.xml"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
ln -sf "$here/briefing" "$HOME/.local/bin/briefing"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
echo "Briefing is in the application menu; 'briefing' is linked into ~/.local/bin."
