#!/bin/sh
# Install Stageportfolio for this user, without root: the program in
# ~/.local/opt/stageportfolio, the command ~/.local/bin/stageportfolio, the menu entry, the
# icons and the file types (.stageportfolio, .aftekenverzoek, .aftekening, .mentorkaart).
#   ./install.sh              install (or update)
#   ./install.sh --uninstall  remove the program; the portfolio data stays
# PREFIX=/usr/local ./install.sh (as root) installs for every user instead.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
data=${XDG_DATA_HOME:-$prefix/share}
[ "$prefix" = "$HOME/.local" ] || data=$prefix/share
app_id=be.stageportfolio.Stageportfolio
program=$prefix/opt/stageportfolio

refresh() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$program"
    rm -f "$prefix/bin/stageportfolio" "$data/applications/$app_id.desktop" \
        "$data/metainfo/$app_id.metainfo.xml" "$data/mime/packages/$app_id.xml"
    find "$data/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
    refresh
    echo "Stageportfolio is verwijderd. Je portfolio (~/.local/share/stageportfolio) blijft bewaard."
    exit 0
fi

mkdir -p "$prefix/opt" "$prefix/bin"
rm -rf "$program.new"
cp -R "$here/app" "$program.new"
rm -rf "$program"
mv "$program.new" "$program"
ln -sf "$program/stageportfolio" "$prefix/bin/stageportfolio"
(cd "$here/share" && find . -type f) | while read -r file; do
    mkdir -p "$data/$(dirname "$file")"
    cp "$here/share/$file" "$data/$file"
done
# the menu entry starts the installed program, wherever PATH points
sed -i "s|^Exec=stageportfolio|Exec=$program/stageportfolio|" "$data/applications/$app_id.desktop"
refresh
echo "Stageportfolio is geïnstalleerd: in het menu, als commando stageportfolio, en bestanden"
echo "van Stageportfolio openen met een dubbelklik."
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "(Zet $prefix/bin in je PATH voor het commando.)" ;; esac
