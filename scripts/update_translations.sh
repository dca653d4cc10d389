#!/usr/bin/env bash
# Refresh the translations from the Dutch source strings, then compile them.
#   1. pyside6-lupdate collects every tr()/translate() string of stageportfolio/ui and app.py
#      into resources/translations/stageportfolio_en.ts (existing translations are kept);
#   2. the screens a mentor reads (scripts/update_mentor_catalogues.py --qt-sources) also go
#      into stageportfolio_fr.ts (French), and their plural forms into stageportfolio_nl.ts
#      (Dutch is the source language: lupdate -pluralonly);
#   3. scripts/update_mentor_catalogues.py collects what a mentor reads below the screens
#      (items, weeks, passphrase hints, the mentor-* commands) into the gettext catalogues
#      resources/locale/{en,fr}/LC_MESSAGES/mentor.po and compiles them to .mo;
#   4. translate the new (unfinished, or empty msgstr) entries in Qt Linguist, Poedit or a
#      text editor, and run this again;
#   5. pyside6-lrelease compiles each .ts to the .qm the app loads.
# Run from anywhere; uses the project's .venv.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dir="resources/translations"
mkdir -p "$dir"
mapfile -t sources < <(find stageportfolio/ui -name '*.py' | sort; echo stageportfolio/app.py)
mapfile -t mentor < <(.venv/bin/python scripts/update_mentor_catalogues.py --qt-sources)
# A process substitution hides a failure: without this check an empty list would make lupdate
# -no-obsolete drop every French translation.
if [ "${#mentor[@]}" -eq 0 ]; then
    echo "scripts/update_mentor_catalogues.py --qt-sources listed nothing (is the [test] extra installed?)" >&2
    exit 1
fi
.venv/bin/pyside6-lupdate -no-obsolete -source-language nl_BE -target-language en_GB \
    "${sources[@]}" -ts "$dir/stageportfolio_en.ts"
.venv/bin/pyside6-lupdate -no-obsolete -source-language nl_BE -target-language fr_BE \
    "${mentor[@]}" -ts "$dir/stageportfolio_fr.ts"
# Dutch plural forms: for the whole app (it loads them in Dutch) and for the mentor's screens.
mapfile -t plural_sources < <(printf '%s\n' "${sources[@]}" "${mentor[@]}" | sort -u)
.venv/bin/pyside6-lupdate -no-obsolete -pluralonly -source-language nl_BE \
    -target-language nl_BE "${plural_sources[@]}" -ts "$dir/stageportfolio_nl.ts"
for lang in en fr nl; do
    .venv/bin/pyside6-lrelease "$dir/stageportfolio_$lang.ts" -qm "$dir/stageportfolio_$lang.qm"
    unfinished=$(grep -c 'type="unfinished"' "$dir/stageportfolio_$lang.ts" || true)
    echo "$dir/stageportfolio_$lang.ts: $unfinished unfinished translation(s)"
done
.venv/bin/python scripts/update_mentor_catalogues.py
