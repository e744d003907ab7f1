#!/bin/sh
# Install SpotIt from this folder (the unpacked app): the program, a `spotit`
# command, the menu entry, the icon and the .spotit file type.
#
#   sudo ./install.sh                  for everyone: /usr/local/lib/spotit, /usr/local/bin/spotit
#   ./install.sh                       for you only: ~/.local/lib/spotit, ~/.local/bin/spotit
#   ./install.sh --prefix DIR          DIR/lib/spotit, DIR/bin/spotit, DIR/share/...
#   ./install.sh --uninstall [--prefix DIR]
#
# Nothing outside the prefix is touched. Learner progress lives in each user's
# data folder (~/.local/share/SpotIt) and survives reinstalling and uninstalling.
set -eu

APP_ID=org.spotit.SpotIt
HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)

if [ "$(id -u)" = 0 ]; then PREFIX=/usr/local; else PREFIX="${HOME:?HOME is not set}/.local"; fi
ACTION=install
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
                  PREFIX=$2; shift 2 ;;
        --prefix=*) PREFIX=${1#--prefix=}; shift ;;
        --uninstall) ACTION=uninstall; shift ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done
case "$PREFIX" in
    *[\"\`\$\\]*) echo "install.sh: the prefix may not contain quotes, \` \$ or \\" >&2; exit 2 ;;
    /*) ;;
    *) PREFIX="$(pwd)/$PREFIX" ;;
esac

APP_DIR="$PREFIX/lib/spotit"
BIN="$PREFIX/bin/spotit"
SHARE="$PREFIX/share"
DESKTOP="$SHARE/applications/$APP_ID.desktop"
METAINFO="$SHARE/metainfo/$APP_ID.metainfo.xml"
MIME="$SHARE/mime/packages/$APP_ID.xml"
ICON_SIZES="16 24 32 48 64 128 256 512"

refresh_caches() {
    # Each tool is optional: without it the desktop notices the files at next login.
    if command -v update-mime-database >/dev/null 2>&1 && [ -d "$SHARE/mime/packages" ]; then
        update-mime-database "$SHARE/mime"
    fi
    if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$SHARE/applications" ]; then
        update-desktop-database -q "$SHARE/applications"
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -f -t "$SHARE/icons/hicolor" || true
    fi
}

if [ "$ACTION" = uninstall ]; then
    rm -rf "$APP_DIR"
    rm -f "$BIN" "$DESKTOP" "$METAINFO" "$MIME"
    for size in $ICON_SIZES; do rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"; done
    rm -f "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
    refresh_caches
    echo "SpotIt was removed from $PREFIX (learners' progress was kept)."
    exit 0
fi

[ -x "$HERE/SpotIt" ] || { echo "install.sh: $HERE/SpotIt is missing: run this script from the unpacked SpotIt folder" >&2; exit 1; }
[ -d "$HERE/share" ] || { echo "install.sh: $HERE/share is missing: the SpotIt folder is incomplete" >&2; exit 1; }

# Copy beside the old version, then swap, so a failed copy leaves the old one working.
mkdir -p "$PREFIX/lib" "$PREFIX/bin"
rm -rf "$APP_DIR.new"
cp -R "$HERE" "$APP_DIR.new"
rm -rf "$APP_DIR.old"
if [ -e "$APP_DIR" ]; then mv "$APP_DIR" "$APP_DIR.old"; fi
mv "$APP_DIR.new" "$APP_DIR"
rm -rf "$APP_DIR.old"
ln -sf "$APP_DIR/SpotIt" "$BIN"

mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/mime/packages"
# The menu entry runs the command by its full path: $PREFIX/bin may not be on PATH.
while IFS= read -r line; do
    case "$line" in
        Exec=spotit*) printf 'Exec="%s"%s\n' "$BIN" "${line#Exec=spotit}" ;;
        TryExec=spotit) printf 'TryExec=%s\n' "$BIN" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$HERE/share/applications/$APP_ID.desktop" > "$DESKTOP"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$METAINFO"
cp "$HERE/share/mime/packages/$APP_ID.xml" "$MIME"
for size in $ICON_SIZES; do
    mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
    cp "$HERE/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" "$SHARE/icons/hicolor/${size}x${size}/apps/"
done
mkdir -p "$SHARE/icons/hicolor/scalable/apps"
cp "$HERE/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$SHARE/icons/hicolor/scalable/apps/"
refresh_caches

echo "SpotIt installed in $APP_DIR."
echo "Start it from the menu (Education), with $BIN, or by opening a .spotit file."
