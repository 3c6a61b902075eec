#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that each man page documents every long option its program's --help
# lists, and that groff formats it without a warning.
#   check-manpage.sh PAGE PROGRAM [PAGE PROGRAM]...
set -eu
status=0
while [ $# -ge 2 ]; do
    page=$1 program=$2
    shift 2
    options=$(QT_QPA_PLATFORM=offscreen "$program" --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
    if [ -z "$options" ]; then
        echo "$program --help lists no options" >&2
        status=1
    fi
    for option in $options; do
        # In roff source a hyphen is written \-.
        escaped=$(printf '%s' "$option" | sed 's/-/\\-/g')
        if ! grep -qF -- "$escaped" "$page"; then
            echo "$page: $option (in $(basename "$program") --help) is not documented" >&2
            status=1
        fi
    done
    warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
    if [ -n "$warnings" ]; then
        printf '%s: groff warnings:\n%s\n' "$page" "$warnings" >&2
        status=1
    fi
    [ $status -eq 0 ] && echo "$page documents $(echo "$options" | wc -l) options of $(basename "$program")"
done
exit $status
