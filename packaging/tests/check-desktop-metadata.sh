#!/bin/sh
# Checks the desktop entry and the AppStream metainfo the way distributions and
# software centres do, offline, and that the metainfo's newest release is the
# version being built.
#   check-desktop-metadata.sh DESKTOP_FILE METAINFO_FILE VERSION
set -eu
desktop=$1 metainfo=$2 version=$3
status=0

# desktop-file-validate exits 0 on hints; clean means it prints nothing at all.
out=$(desktop-file-validate "$desktop" 2>&1) || status=1
if [ -n "$out" ]; then
    printf '%s\n' "$out"
    status=1
fi

appstreamcli validate --no-net "$metainfo" || status=1

newest=$(sed -n 's/.*<release[^>]* version="\([^"]*\)".*/\1/p' "$metainfo" | head -n 1)
if [ "$newest" != "$version" ]; then
    echo "$metainfo: the newest <release> is '$newest' but the project version is $version;" \
         "add a <release> entry for $version" >&2
    status=1
fi

[ $status -eq 0 ] && echo "desktop entry and metainfo are valid; newest release $newest"
exit $status
