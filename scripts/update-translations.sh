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
    "$bin/pyside6-lupdate" -silent -no-obsolete -locations none -extensions py \
        -tr-function-alias QT_TRANSLATE_NOOP+=marked \
        briefing -ts "$folder/briefing_de.ts"
    "$bin/pyside6-lupdate" -silent -no-obsolete -locations none -pluralonly -extensions py \
        -tr-function-alias QT_TRANSLATE_NOOP+=marked briefing -ts "$folder/briefing_en.ts"
fi
for ts in "$folder"/briefing_*.ts; do
    "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
