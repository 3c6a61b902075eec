#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks a package's copyright file the way Debian reads it (machine-readable
# format, DEP-5): the Format line; every Files paragraph has a Copyright and a
# License; every licence named there has its text, in full or as a file in
# /usr/share/common-licenses that exists; no licence paragraph is unused; no
# configure placeholder is left; and it names the licences given.
#   check-copyright.sh COPYRIGHT_FILE LICENCE...
set -eu
file=$1
shift
status=0
bad() { echo "$file: $*" >&2; status=1; }

[ "$(head -n 1 "$file")" = "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" ] ||
    bad "the first line is not the DEP-5 Format line"
if grep -n '@[A-Za-z_][A-Za-z0-9_]*@' "$file" >&2; then bad "a configure placeholder is left"; fi
# An empty contact is what a first configure left when the maintainer was set too late.
grep -q '^Upstream-Contact: *[^ ]' "$file" || bad "Upstream-Contact is missing or empty"

# One line per paragraph fact: "files LICENCE COPYRIGHT?" or "text LICENCE LINES".
facts=$(awk '
    function flush() {
        if (kind == "files") print "files", licence, (copyright ? "yes" : "no")
        else if (kind == "text") print "text", licence, body
        kind = ""; licence = ""; copyright = 0; body = 0
    }
    /^$/ { flush(); next }
    /^Files:/ { kind = "files" }
    /^Copyright:/ { copyright = 1 }
    /^License:/ { licence = $2; if (kind == "") kind = "text" }
    /^ / { body++ }
    END { flush() }' "$file")

used=$(echo "$facts" | awk '$1 == "files" { print $2 }' | sort -u)
texts=$(echo "$facts" | awk '$1 == "text" && $3 > 0 { print $2 }' | sort)
[ -n "$used" ] || bad "no Files paragraph"
echo "$facts" | awk '$1 == "files" && $3 == "no"' | grep -q . && bad "a Files paragraph has no Copyright"
for licence in $used; do
    echo "$texts" | grep -qx "$licence" || bad "licence $licence has no paragraph with its text"
done
for licence in $texts; do
    echo "$used" | grep -qx "$licence" || bad "licence paragraph $licence is used by no Files paragraph"
done
[ "$(echo "$texts" | uniq -d)" = "" ] || bad "a licence has two text paragraphs"
for common in $(grep -o '/usr/share/common-licenses/[A-Za-z0-9.+-]*' "$file" | sort -u); do
    [ -f "$common" ] || bad "refers to $common, which this system does not have"
done
for licence in "$@"; do
    echo "$used" | grep -qx "$licence" || bad "no Files paragraph is licensed $licence"
done
[ $status -eq 0 ] && echo "$file: machine-readable; licences $(echo $used)"
exit $status
