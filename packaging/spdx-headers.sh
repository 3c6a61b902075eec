#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Gives every source file (C++, CMake, shell, Python) the project's licence
# as an SPDX line at its top:
#   // SPDX-License-Identifier: GPL-3.0-or-later   (C++)
#   # SPDX-License-Identifier: GPL-3.0-or-later    (CMake, shell, Python)
# It is the first line, or the second after a #! line. Files that have one
# are left alone, so it can be run again after every merge.
#
#   spdx-headers.sh [--check] [SOURCE_DIR]
#
# --check changes nothing: it lists the files without the line and exits 1
# if there are any (the spdx_headers test).
set -eu
check=no
if [ "${1:-}" = --check ]; then check=yes; shift; fi
root=${1:-$(dirname "$0")/..}
cd "$root"
licence=GPL-3.0-or-later

# The project's files: git's list where there is one (so build trees and
# untracked files are left out), otherwise everything but build folders.
list() {
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files -z --cached --others --exclude-standard | tr '\0' '\n'
    else
        find . -path './build*' -prune -o -type f -print | sed 's|^\./||'
    fi
}

comment_for() {
    case $1 in
        *.cpp|*.h|*.hpp|*.cc|*.c) echo '//' ;;
        CMakeLists.txt|*/CMakeLists.txt|*.cmake|*.sh|*.py) echo '#' ;;
        *) echo '' ;;
    esac
}

files=$(mktemp)
trap 'rm -f "$files"' EXIT
list | sort >"$files"
missing=0
while IFS= read -r file; do
    [ -f "$file" ] || continue
    comment=$(comment_for "$file")
    [ -n "$comment" ] || continue
    line="$comment SPDX-License-Identifier: $licence"
    first=$(head -n 1 "$file")
    case $first in
        '#!'*) at=2 ;;
        *) at=1 ;;
    esac
    [ "$(sed -n "${at}p" "$file")" = "$line" ] && continue
    if [ $check = yes ]; then
        echo "$file: line $at is not '$line' (run packaging/spdx-headers.sh)"
        missing=$((missing + 1))
        continue
    fi
    tmp=$file.spdx-tmp
    if [ $at = 2 ]; then
        { printf '%s\n%s\n' "$first" "$line"; tail -n +2 "$file"; } >"$tmp"
    else
        { printf '%s\n' "$line"; cat "$file"; } >"$tmp"
    fi
    # Keep the file's mode (scripts stay executable).
    chmod "$(stat -c %a "$file")" "$tmp"
    mv "$tmp" "$file"
    echo "added: $file"
done <"$files"
if [ $check = yes ]; then
    [ $missing -eq 0 ] || { echo "$missing source files lack the SPDX line" >&2; exit 1; }
    echo "every source file starts with SPDX-License-Identifier: $licence"
fi
