#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (in build-fuzz/): fuzz_query,
# fuzz_source, fuzz_interchange, fuzz_uri and fuzz_database (a built content
# database, mutated and opened). Runs each for
# HUANJIAO_FUZZ_SECONDS (30 by default) from its seed corpus in tests/fuzz/corpus/.
# A crash, a sanitizer report or a leak fails; the input is left in
# build-fuzz/tests/fuzz/findings/<target>/. packaging/debian12.sh test runs this.
set -eu
cd "$(dirname "$0")/.."
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHUANJIAO_FUZZ=ON \
    -DHUANJIAO_FUZZ_SECONDS="${HUANJIAO_FUZZ_SECONDS:-30}"
cmake --build build-fuzz --target huanjiao_fuzzers --parallel 2
cd build-fuzz
ctest --output-on-failure --parallel 2 --label-regex fuzz
