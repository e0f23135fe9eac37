#!/bin/sh
# Install REE Desk for this user into ~/.local (no root, no Python needed):
#   tar xzf ree-desk-<version>-linux-x86_64.tar.gz && ree-desk-<version>-linux-x86_64/install.sh
# The program goes to ~/.local/lib/ree-desk, the command to ~/.local/bin/ree-desk, and the menu
# entry, its metadata and icons under ~/.local/share. Run it again to update; the ledger and
# settings are never touched. ~/.local/lib/ree-desk/uninstall.sh removes what this put in place.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
app_id=cn.reedesk.ReeDesk
prefix="$HOME/.local"
share="${XDG_DATA_HOME:-$prefix/share}"
lib="$prefix/lib/ree-desk"
bin="$prefix/bin"

[ -x "$here/ree-desk/ree-desk" ] || { echo "install.sh: no program beside me ($here/ree-desk/ree-desk)" >&2; exit 1; }

# An update keeps the list of folders the first install made, so that the
# uninstall still removes them.
made=""
if [ -f "$lib/installed-files" ]; then
    made=$(grep '^dir ' "$lib/installed-files" || true)
fi

make_dir() {  # mkdir -p, remembering each folder made, deepest last
    [ -d "$1" ] && return 0
    make_dir "$(dirname "$1")"
    mkdir "$1"
    made="$made
dir $1"
}

make_dir "$prefix/lib"
rm -rf "$lib.new"
cp -R "$here/ree-desk" "$lib.new"
cp "$here/uninstall.sh" "$lib.new/uninstall.sh"
rm -rf "$lib"
mv "$lib.new" "$lib"

placed=""
place() {  # place SOURCE TARGET: copy one file, remembering it
    make_dir "$(dirname "$2")"
    cp "$1" "$2"
    placed="$placed
file $2"
}

make_dir "$bin"
ln -sfn "$lib/ree-desk" "$bin/ree-desk"
placed="$placed
file $bin/ree-desk"

# The menu starts the program by its full path: ~/.local/bin is not on every desktop's PATH.
make_dir "$share/applications"
sed -e "s|^Exec=.*|Exec=\"$lib/ree-desk\"|" -e "s|^TryExec=.*||" \
    "$here/share/applications/$app_id.desktop" > "$share/applications/$app_id.desktop"
placed="$placed
file $share/applications/$app_id.desktop"
place "$here/share/metainfo/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
for icon in "$here"/share/icons/hicolor/*/apps/"$app_id".*; do
    size=$(basename "$(dirname "$(dirname "$icon")")")
    place "$icon" "$share/icons/hicolor/$size/apps/$(basename "$icon")"
done

printf '%s\n' "$placed" "$made" | sed '/^$/d' > "$lib/installed-files"

echo "REE Desk $("$lib/ree-desk" --version | sed 's/^ree-desk //') installed in $lib"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "add $bin to PATH to run ree-desk from a terminal (the menu entry works as it is)" ;;
esac
