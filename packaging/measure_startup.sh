#!/bin/bash
# Start-up of a stageportfolio program: time to the first visible demo window under Xvfb
# (best of 3 after a warm-up) and of `lists` (5 runs). Needs xvfb and xdotool.
#   packaging/measure_startup.sh .venv/bin/stageportfolio
#   packaging/measure_startup.sh build/dist/stageportfolio/stageportfolio
set -u
prog=$1
export STAGEPORTFOLIO_HOME=/tmp/sp-startup-home DISPLAY=:96
unset QT_QPA_PLATFORM PYTHONDONTWRITEBYTECODE
Xvfb :96 -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 & xv=$!
sleep 1
"$prog" --demo >/dev/null 2>&1 & p=$!; timeout 60 xdotool search --sync --onlyvisible --name Stageportfolio >/dev/null; kill $p; wait $p 2>/dev/null
for i in 1 2 3; do
  s=$(date +%s.%N); "$prog" --demo >/dev/null 2>&1 & p=$!
  timeout 60 xdotool search --sync --onlyvisible --name Stageportfolio >/dev/null; e=$(date +%s.%N)
  kill $p; wait $p 2>/dev/null
  awk "BEGIN {printf \"window %.2f\n\", $e - $s}"
done
for i in 1 2 3 4 5; do s=$(date +%s.%N); "$prog" lists >/dev/null; e=$(date +%s.%N); awk "BEGIN {printf \"lists %.2f\n\", $e - $s}"; done
kill $xv
