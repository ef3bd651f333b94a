#!/usr/bin/env bash
# Refresh the translation sources from the code, then compile them for the app.
#
#   scripts/update-translations.sh          lupdate (new strings into the .ts) + lrelease (.qm)
#   scripts/update-translations.sh --qm     lrelease only (what the build and the bundle run)
#
# Strings are found in briefing/ (Python): translate(context, text), QT_TRANSLATE_NOOP and the
# core's marked(context, text) (an alias of QT_TRANSLATE_NOOP for lupdate). German texts are
# written in resources/translations/briefing_de.ts (Qt Linguist, or by hand: <translation>);
# briefing_en.ts holds the English plural forms of %n. Strings no longer in the code are dropped.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
bin=${BRIEFING_QT_BIN:-.venv/bin}  # where pyside6-lupdate and pyside6-lrelease are
folder=resources/translations
if [[ "${1:-}" != "--qm" ]]; then
    keep=$(mktemp -d)
    trap 'rm -rf "$keep"' EXIT
    cp "$folder/briefing_de.ts" "$folder/briefing_en.ts" "$keep/" 2>/dev/null || true
    "$bin/pyside6-lupdate" -silent -no-obsolete -locations none -extensions py \
        -tr-function-alias QT_TRANSLATE_NOOP+=marked \
        briefing -ts "$folder/briefing_de.ts" 2>&1 |
        { grep -v -e "^Removed plural forms" -e "^If this sounds wrong" || true; }
    # lupdate (PySide6 6.11) does not see that counted messages are plural: put the forms back
    # (scripts/plural_forms.py); the English file holds only the plural forms.
    "$bin/python" scripts/plural_forms.py "$folder/briefing_de.ts" "$keep/briefing_de.ts"
    cp "$folder/briefing_de.ts" "$keep/all.ts"
    sed -i 's/language="de_DE"/language="en_US"/' "$keep/all.ts"
    "$bin/python" scripts/plural_forms.py "$keep/all.ts" "$keep/briefing_en.ts" --only-plural
    cp "$keep/all.ts" "$folder/briefing_en.ts"
fi
for ts in "$folder"/briefing_*.ts; do
    "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
