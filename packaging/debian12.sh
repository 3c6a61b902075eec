#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Huanjiao needs on Debian 12 (as root), builds it, then either
# launches the browser on the bundled content (`run`) or runs every test (`test`):
# the tests of the normal build, the suite under AddressSanitizer and UBSan, the fuzzers.
set -eu
what=${1:-}
case "$what" in run|test) ;; *) echo "usage: $0 run|test" >&2; exit 2 ;; esac
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2046 # one package per word is what we want
apt-get install -y -qq --no-install-recommends $(grep -v '^#' packaging/debian12-packages.txt) >/dev/null

# The test command's normal build compiles only the tests the sanitizer build
# cannot run (tests/CMakeLists.txt); the launch command's builds them all, as
# a developer's build/ does.
only_unsanitized=OFF
[ "$what" = test ] && only_unsanitized=ON
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHUANJIAO_PRECOMPILED_HEADERS=ON \
    -DHUANJIAO_UNSANITIZED_TESTS_ONLY=$only_unsanitized
cmake --build build --parallel 2

if [ "$what" = run ]; then
    exec build/bin/huanjiao
fi
# Every test runs once. The sanitizer build runs the suite; this build runs the
# install test, which packages it, and the few the sanitizers cannot run
# (labelled unsanitized; tests/CMakeLists.txt says why).
(cd build && ctest --output-on-failure --parallel 2 --timeout 300 --label-regex '^(install|unsanitized)$')
packaging/check-sanitizers.sh
packaging/check-fuzz.sh
