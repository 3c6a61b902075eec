#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds everything a second time with AddressSanitizer and UndefinedBehaviorSanitizer
# (in build-asan/) and runs the test suite there, leak checking on. Left out:
# the `install` test, which packages the normal build, and the tests labelled
# unsanitized; packaging/debian12.sh runs those in the normal build first.
set -eu
cd "$(dirname "$0")/.."
# Leak checking on; packaging/lsan.supp lists the leaks inside Qt itself that it
# would otherwise report (only Qt frames, never project code).
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$(pwd)/packaging/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# -O1 -g1, as the sanitizers' own documentation suggests: reports keep their
# file:line, and the build takes minutes less than -O2 -g (CI stays under 30).
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHUANJIAO_SANITIZE=ON \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DHUANJIAO_BENCHMARKS=OFF -DHUANJIAO_PRECOMPILED_HEADERS=ON
cmake --build build-asan --parallel 2
cd build-asan
# The tests labelled unsanitized run in the normal build instead
# (tests/CMakeLists.txt says why); a hung test fails after five minutes.
ctest --output-on-failure --parallel 2 --timeout 300 --label-exclude '^(install|unsanitized)$'
