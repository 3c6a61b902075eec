#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Huanjiao needs on Debian 12 (as root), builds it, then either
# launches the browser on the bundled content (`run`) or runs every test (`test`):
# the test suite, then the same suite under AddressSanitizer and UBSan, then the fuzzers.
set -eu
what=${1:-}
case "$what" in run|test) ;; *) echo "usage: $0 run|test" >&2; exit 2 ;; esac
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2046 # one package per word is what we want
apt-get install -y -qq --no-install-recommends $(grep -v '^#' packaging/debian12-packages.txt) >/dev/null

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --parallel 2

if [ "$what" = run ]; then
    exec build/bin/huanjiao
fi
(cd build && ctest --output-on-failure --parallel 2)
packaging/check-sanitizers.sh
packaging/check-fuzz.sh
