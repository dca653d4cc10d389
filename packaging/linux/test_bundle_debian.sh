#!/bin/bash
# The Linux bundle as a user gets it, on a clean Debian without Python (run as root).
#
#   packaging/linux/test_bundle_debian.sh dist/stageportfolio-VERSION-linux-x86_64.tar.gz [OUT]
#
# 1. debootstrap a minimal Debian 12 root (once; kept in $ROOTFS) and add only the system
#    libraries a desktop has and Qt needs (the list is the one README "Installeren" gives);
#    check that it has no Python at all;
# 2. unpack the bundle there and run its install.sh as a user would (per user, no root);
# 3. under Xvfb (on the host; the root sees its socket): the demo window (screenshot with
#    ImageMagick's import, time to the first window with xdotool), check on the README's
#    example, export-pdf of the demo (then qpdf --check, pdffonts on the host), and a data
#    folder of the first schema version (tests/data/db/schema-0001.sqlite3) that upgrades;
# 4. sizes and start-up times of the bundle, written to OUT/report.txt with the screenshot.
# Needs on the host: debootstrap, xvfb, imagemagick, xdotool, qpdf, poppler-utils, sqlite3
# module of any Python (for reading the upgraded database).
set -euo pipefail
bundle=$(realpath "$1")
out=$(realpath -m "${2:-build/debian-test}")
repo=$(cd "$(dirname "$0")/../.." && pwd)
ROOTFS=${ROOTFS:-/var/tmp/sp-debian-root}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
DISPLAY_NUMBER=${DISPLAY_NUMBER:-97}
# What Qt needs from the system (the bundle brings Qt itself): GL, fonts, XKB, GLib, D-Bus
# and the xcb libraries of a real window. A desktop has all of these.
LIBS="libgl1 libegl1 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0
libdbus-1-3 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxcb-randr0
libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libxcb-xinerama0 fonts-dejavu-core
shared-mime-info desktop-file-utils"

mkdir -p "$out"
report="$out/report.txt"
: >"$report"
note() { echo "$*" | tee -a "$report"; }
fail() { note "FAIL: $*"; failures=$((failures + 1)); }
failures=0

if [ ! -x "$ROOTFS/usr/bin/apt-get" ]; then
    note "debootstrap: a minimal Debian 12 in $ROOTFS"
    debootstrap --variant=minbase bookworm "$ROOTFS" "$MIRROR" >"$out/debootstrap.log"
fi
marker="$ROOTFS/.stageportfolio-libs-$(echo "$LIBS" | md5sum | cut -c1-8)"
if [ ! -f "$marker" ]; then
    chroot "$ROOTFS" apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive chroot "$ROOTFS" apt-get install -y -qq \
        --no-install-recommends $LIBS >"$out/apt.log"
    touch "$marker"
fi
if chroot "$ROOTFS" sh -c 'command -v python3 || command -v python || ls /usr/lib/python3*' \
    >/dev/null 2>&1; then
    fail "the Debian root has a Python"
else
    note "ok: the Debian root has no Python"
fi

# a user and their home, the bundle unpacked and installed as they would
user_home=/home/lotte
rm -rf "${ROOTFS:?}$user_home" "$ROOTFS/tmp/bundle"
mkdir -p "$ROOTFS$user_home" "$ROOTFS/tmp/bundle" "$ROOTFS/tmp/.X11-unix"
tar -xzf "$bundle" -C "$ROOTFS/tmp/bundle"
top=$(ls "$ROOTFS/tmp/bundle")
in_root() {
    chroot "$ROOTFS" env -i HOME=$user_home PATH=$user_home/.local/bin:/usr/bin:/bin \
        LANG=C.UTF-8 DISPLAY=":$DISPLAY_NUMBER" XDG_RUNTIME_DIR=/tmp "$@"
}
in_root sh -c "cd /tmp/bundle/$top && ./install.sh" | tee -a "$report"
[ -x "$ROOTFS$user_home/.local/opt/stageportfolio/stageportfolio" ] || fail "install.sh"
[ -f "$ROOTFS$user_home/.local/share/applications/be.stageportfolio.Stageportfolio.desktop" ] \
    || fail "no menu entry"

# the desktop now knows the file types, and which program opens a sign-off request
local_share=$ROOTFS$user_home/.local/share
if grep -q "application/x-stageportfolio-signoff-request:\*.aftekenverzoek$" \
    "$local_share/mime/globs2" &&
    grep -q "^application/x-stageportfolio-signoff-request=be.stageportfolio.Stageportfolio.desktop" \
        "$local_share/applications/mimeinfo.cache" &&
    grep -q "^Exec=$user_home/.local/opt/stageportfolio/stageportfolio %f" \
        "$local_share/applications/be.stageportfolio.Stageportfolio.desktop"; then
    note "ok: .aftekenverzoek is a known type and opens with stageportfolio FILE"
else
    fail "the file types are not registered"
fi

version=$(in_root stageportfolio --version) || fail "--version"
note "version: $version"

# check on the README's example, exactly the README's output
cp "$repo/docs/examples/uren-voorbeeld.csv" "$ROOTFS/tmp/uren-voorbeeld.csv"
expected=$(awk '/^\$ \.\/dev run check --list gezondheidszorg/{on=1; next} on && /^```/{exit} on' \
    "$repo/README.md")
set +e
got=$(in_root stageportfolio check --list gezondheidszorg /tmp/uren-voorbeeld.csv)
rc=$?
set -e
if [ "$rc" -eq 1 ] && [ "$got" = "$expected" ]; then
    note "ok: check on the README's example (exit 1, the README's output)"
else
    fail "check gave exit $rc and:"$'\n'"$got"
fi

# the demo window under Xvfb: time to the window, then a screenshot
Xvfb ":$DISPLAY_NUMBER" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; umount "$ROOTFS/tmp/.X11-unix" 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -S "/tmp/.X11-unix/X$DISPLAY_NUMBER" ] && break; sleep 0.1; done
mount --bind /tmp/.X11-unix "$ROOTFS/tmp/.X11-unix"
export DISPLAY=":$DISPLAY_NUMBER"
for run in first second; do
    start=$(date +%s.%N)
    (exec chroot "$ROOTFS" env -i HOME=$user_home LANG=C.UTF-8 DISPLAY=":$DISPLAY_NUMBER" \
        XDG_RUNTIME_DIR=/tmp "$user_home/.local/bin/stageportfolio" --demo \
        >"$out/demo-$run.log" 2>&1) &
    app=$!
    if timeout 90 xdotool search --sync --onlyvisible --name "Stageportfolio" >/dev/null 2>&1
    then
        end=$(date +%s.%N)
        note "demo window shown after $(awk "BEGIN {printf \"%.2f\", $end - $start}") s ($run start)"
    else
        fail "no demo window"
    fi
    sleep 2
    if [ "$run" = second ]; then
        import -window root "$out/demo.png"
        note "screenshot: $out/demo.png"
    fi
    kill "$app" 2>/dev/null || true  # the app itself (exec'd), as a logout would end it
    wait "$app" 2>/dev/null || true
done

# export-pdf of the demo portfolio the window made, then the host checks it
demo=$user_home/.local/share/stageportfolio/demo
if in_root env STAGEPORTFOLIO_HOME=$demo stageportfolio export-pdf --out /tmp/portfolio.pdf \
    | tee -a "$report"; then
    cp "$ROOTFS/tmp/portfolio.pdf" "$out/portfolio.pdf"
    if qpdf --check "$out/portfolio.pdf" >"$out/qpdf.log" 2>&1; then
        note "ok: qpdf --check accepts the PDF"
    else
        fail "qpdf --check: $(tail -3 "$out/qpdf.log")"
    fi
    unembedded=$(pdffonts "$out/portfolio.pdf" | awk 'NR > 2 && $(NF-4) != "yes"' | wc -l)
    [ "$unembedded" -eq 0 ] && note "ok: every font embedded" || fail "$unembedded fonts not embedded"
else
    fail "export-pdf"
fi

# a sign-off request, opened as the file manager does on a double-click: the mentor screen
if in_root env STAGEPORTFOLIO_HOME=$demo stageportfolio signoff-request \
    --out /tmp/Lotte.aftekenverzoek >/dev/null; then
    (exec chroot "$ROOTFS" env -i HOME=$user_home LANG=C.UTF-8 DISPLAY=":$DISPLAY_NUMBER" \
        XDG_RUNTIME_DIR=/tmp "$user_home/.local/opt/stageportfolio/stageportfolio" \
        /tmp/Lotte.aftekenverzoek >"$out/request.log" 2>&1) &
    app=$!
    if timeout 60 xdotool search --sync --onlyvisible --name "mentormodus" >/dev/null 2>&1; then
        sleep 1
        import -window root "$out/request.png"
        note "ok: a double-clicked .aftekenverzoek opens the mentor screen ($out/request.png)"
    else
        fail "a .aftekenverzoek did not open the mentor screen"
    fi
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
else
    fail "signoff-request"
fi

# a data folder of the first schema version upgrades (with a backup first)
old=$user_home/oud
mkdir -p "$ROOTFS$old"
cp "$repo/tests/data/db/schema-0001.sqlite3" "$ROOTFS$old/portfolio.sqlite3"
set +e
in_root env STAGEPORTFOLIO_HOME=$old stageportfolio status >"$out/upgrade.log" 2>&1
rc=$?
set -e
head -2 "$out/upgrade.log" | tee -a "$report"
head_revision=$(ls "$repo/stageportfolio/store/migrations/versions" | grep -E '^[0-9]{4}_' \
    | sort | tail -1 | cut -d_ -f1)
stored=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(
'select version_num from alembic_version').fetchone()[0])" "$ROOTFS$old/portfolio.sqlite3")
backups=$(ls "$ROOTFS$old/backups" 2>/dev/null | wc -l)
if [ "$rc" -le 1 ] && [ "$stored" = "$head_revision" ] && [ "$backups" -ge 1 ]; then
    note "ok: schema-0001 data folder upgraded to $stored, $backups backup(s) kept"
else
    fail "upgrade: exit $rc, revision $stored (want $head_revision), $backups backups"
fi

# sizes and start-up of commands
installed=$ROOTFS$user_home/.local/opt/stageportfolio
note "bundle: $(du -sm "$installed" | cut -f1) MB installed, $(du -m "$bundle" | cut -f1) MB download"
for i in 1 2 3; do
    start=$(date +%s.%N)
    in_root stageportfolio lists >/dev/null
    end=$(date +%s.%N)
    awk "BEGIN {printf \"%.2f\\n\", $end - $start}" >>"$out/times"
done
note "stageportfolio lists: $(sort -n "$out/times" | head -1) s (best of 3)"
rm -f "$out/times"

if [ "$failures" -eq 0 ]; then
    note "bundle test on Debian without Python: all passed"
else
    note "bundle test: $failures failed"
    exit 1
fi
