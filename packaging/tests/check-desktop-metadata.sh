#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the desktop entry and the AppStream metainfo the way distributions and
# software centres do, offline; that the metainfo has the project's licences
# and screenshots only at a public address; and that its newest release is the
# version being built. Further desktop entries (the content manager's) are
# validated the same way.
#   check-desktop-metadata.sh DESKTOP_FILE METAINFO_FILE VERSION [DESKTOP_FILE]...
set -eu
desktop=$1 metainfo=$2 version=$3
shift 3
status=0

# desktop-file-validate exits 0 on hints; clean means it prints nothing at all.
for entry in "$desktop" "$@"; do
    out=$(desktop-file-validate "$entry" 2>&1) || status=1
    if [ -n "$out" ]; then
        printf '%s\n' "$out"
        status=1
    fi
done

appstreamcli validate --no-net "$metainfo" || status=1

# The licences the project decided: the metadata is CC0, the program GPL 3 or later.
for licence in 'metadata_license>CC0-1.0<' 'project_license>GPL-3.0-or-later<'; do
    grep -q "<$licence" "$metainfo" || { echo "$metainfo: no <$licence/...>" >&2; status=1; }
done
# Screenshots only with a public address for them (HUANJIAO_SCREENSHOT_BASE_URL).
if grep -q '<image>' "$metainfo" && ! grep -q '<image>https://' "$metainfo"; then
    echo "$metainfo: a screenshot's <image> is not a public https:// address" >&2
    status=1
fi

newest=$(sed -n 's/.*<release[^>]* version="\([^"]*\)".*/\1/p' "$metainfo" | head -n 1)
if [ "$newest" != "$version" ]; then
    echo "$metainfo: the newest <release> is '$newest' but the project version is $version;" \
         "add a <release> entry for $version" >&2
    status=1
fi

[ $status -eq 0 ] && echo "desktop entry and metainfo are valid; newest release $newest"
exit $status
