#!/bin/sh
# Adds Casefile to your applications menu, for you only (no administrator rights needed), running
# the copy in this folder. Copy the folder off the USB stick first (e.g. to ~/.local/opt/), then:
#
#   ./install-desktop-entry.sh            add the menu entry, the icon and a `casefile` command
#   ./install-desktop-entry.sh --remove   take them away again (your vault is not touched)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=$HOME/.local/bin
ICONS="$HERE/_internal/resources/icons"

remove() {
  rm -f "$DATA/applications/casefile.desktop" "$DATA/icons/hicolor/scalable/apps/casefile.svg"
  for png in "$DATA"/icons/hicolor/*/apps/casefile.png; do rm -f "$png"; done
  if [ -L "$BIN/casefile" ]; then rm -f "$BIN/casefile"; fi
  echo "Removed the Casefile menu entry, icons and command link. Your vault was not touched."
}

if [ "${1:-}" = "--remove" ]; then
  remove
  exit 0
fi
[ -x "$HERE/casefile" ] || { echo "No casefile program beside this script in $HERE." >&2; exit 1; }
case "$HERE" in
  *[\"\`\$\\]*) echo "Move this folder to a path without \" \` \$ or \\ in it first." >&2; exit 1 ;;
  /media/*|/run/media/*|/mnt/*)
    echo "Note: this folder is on removable media ($HERE); the menu entry stops working when it is unplugged." ;;
esac

mkdir -p "$DATA/applications" "$BIN"
for dir in "$ICONS"/hicolor/*/apps; do
  size=$(basename "$(dirname "$dir")")
  mkdir -p "$DATA/icons/hicolor/$size/apps"
  cp "$dir/casefile.png" "$DATA/icons/hicolor/$size/apps/casefile.png"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps"
cp "$ICONS/casefile.svg" "$DATA/icons/hicolor/scalable/apps/casefile.svg"
# The menu entry runs this copy by its full path, whatever PATH the desktop session has.
sed "s|^Exec=casefile\$|Exec=\"$HERE/casefile\"|" "$HERE/casefile.desktop" >"$DATA/applications/casefile.desktop"
ln -sfn "$HERE/casefile" "$BIN/casefile"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true

echo "Casefile is in your applications menu (it may take a moment to appear)."
echo "In a terminal, 'casefile' runs it if $BIN is on your PATH; otherwise run $HERE/casefile."
