#!/bin/sh
# Make the 2026.11 fixtures of tests/fixtures/legacy/ with the app as it was then.
#
#   scripts/make_legacy_fixtures.sh [COMMIT]     (default 70f52e3, library 2026.11.2)
#
# The files are what a user of that version has on disk: a library (schema 3, gzipped, each claim
# with one `note`) holding the bundled claims, the user's own source and claims, a local
# edit of a bundled claim and the hashes a pack import recorded; the pack it exported
# (pack version 1); and a saved briefing (format 1) citing bundled and own claims. The
# migration tests (tests/core/test_legacy.py) open them with today's app. Run from the
# checkout's top with its .venv; the old code is unpacked into a temporary folder.
set -eu
commit=${1:-70f52e3}
top=$(pwd)
out=$top/tests/fixtures/legacy
old=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$old" "$work"' EXIT
git archive "$commit" | tar -x -C "$old"
mkdir -p "$out"
rm -f "$out/library-2026.11.sqlite" "$out/library-2026.11.sqlite.gz" "$out/own-2026.11.pack.json" "$out/waic-2026.11.briefing"

old_briefing() {  # the user's own library of that version, in a folder of its own
    (cd "$old" && BRIEFING_HOME=$work/home "$top/.venv/bin/python" -m briefing "$@")
}

cat > "$work/haushalt.txt" <<'TEXT'
Haushaltsausschuss berät über KI-Rechenzentren

Der Haushaltsausschuss hat am Mittwoch über die Förderung von KI-Rechenzentren beraten. Nach Angaben des Ministeriums sollen bis 2027 rund 1,2 Milliarden Euro bereitstehen. Die Opposition bezweifelt, dass die Summe ausreicht.
TEXT

old_briefing import "$work/haushalt.txt" --title "Haushaltsausschuss berät über KI-Rechenzentren" \
    --outlet "Beispiel-Zeitung" --date 2025-07-30 --language de
source=$(old_briefing sources list --json | "$top/.venv/bin/python" -c \
    'import json,sys; print([s["id"] for s in json.load(sys.stdin) if s["origin"] == "user"][0])')
old_briefing claims add --source "$source" --kind figure \
    --quote "sollen bis 2027 rund 1,2 Milliarden Euro bereitstehen" \
    --statement "According to the ministry, about 1.2 billion euros are to be available by 2027." \
    --actor "German government" --topic "investment" \
    --note "Checked with the ministry's press office on 31 July; figure unchanged."
old_briefing claims add --source "$source" --kind assessment --status disputed \
    --quote "Die Opposition bezweifelt, dass die Summe ausreicht." \
    --statement "The opposition doubts that the sum is enough." \
    --actor "opposition" --topic "investment" \
    --note "The ministry says the sum covers the first phase only."
# A curator's local edit of a bundled claim (as reported: the note was never printed).
old_briefing claims edit dn-waic-10 --note "Local remark: compare with the White House fact sheet."
# A pack of the user's own source; importing it back records the rows' hashes.
old_briefing pack export -o "$out/own-2026.11.pack.json" --source "$source"
old_briefing pack import "$out/own-2026.11.pack.json"

b="$out/waic-2026.11.briefing"
old_briefing new -o "$b" --template briefing-note --title "WAIC 2025 and the AI action plans" \
    --audience Minister --author "Policy unit" --date 2025-08-04 --classification OFFICIAL \
    --action-sought "For information" --contact "Policy unit, ext. 1234"
old_briefing add "$b" --section background dn-waic-06 merics-ilr-15 dn-waic-07 dn-waic-10 \
    merics-ilr-11 --comment "Figures differ between reports."
old_briefing add "$b" --section issue "$source-u01" "$source-u02"
"$top/.venv/bin/python" - "$work/home/library.sqlite" "$out/library-2026.11.sqlite" <<'PY'
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("VACUUM INTO ?", [sys.argv[2]])
conn.close()
PY
gzip -9 -n "$out/library-2026.11.sqlite"  # 500 KB of mostly index pages: 200 KB
ls -l "$out"
