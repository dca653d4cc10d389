#!/usr/bin/env bash
# Refresh the English translation from the Dutch source strings, then compile it.
#   1. pyside6-lupdate collects every tr()/translate() string of stageportfolio/ui and app.py
#      into resources/translations/stageportfolio_en.ts (existing translations are kept);
#   2. translate the new (unfinished) entries in Qt Linguist or a text editor;
#   3. pyside6-lrelease compiles the .ts to stageportfolio_en.qm, which the app loads.
# Run from anywhere; uses the project's .venv.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
ts="resources/translations/stageportfolio_en.ts"
qm="resources/translations/stageportfolio_en.qm"
mkdir -p resources/translations
mapfile -t sources < <(find stageportfolio/ui -name '*.py' | sort; echo stageportfolio/app.py)
.venv/bin/pyside6-lupdate -no-obsolete -source-language nl_BE -target-language en_GB \
    "${sources[@]}" -ts "$ts"
.venv/bin/pyside6-lrelease "$ts" -qm "$qm"
unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
echo "$ts: $unfinished unfinished translation(s)"
