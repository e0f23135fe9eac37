#!/bin/sh
# Remove REE Desk installed by install.sh for this user:  ~/.local/lib/ree-desk/uninstall.sh
# Removes the program, the command, the menu entry, its metadata and icons, and the folders
# the install made that are empty now. The ledger, its backups and the settings stay
# (~/.local/share/REE Desk and ~/.config/REE Desk): delete those by hand to remove them too.
set -eu

lib="$HOME/.local/lib/ree-desk"
list="$lib/installed-files"
[ -f "$list" ] || { echo "uninstall.sh: REE Desk is not installed in $lib" >&2; exit 1; }

grep '^file ' "$list" | cut -c6- | while IFS= read -r path; do
    rm -f "$path"
done
dirs=$(grep '^dir ' "$list" | cut -c5- | sort -r)  # deepest first
rm -rf "$lib"
printf '%s\n' "$dirs" | while IFS= read -r dir; do
    [ -n "$dir" ] && rmdir "$dir" 2>/dev/null || true
done
echo "REE Desk removed; the ledger and settings are kept"
