#!/bin/sh
# Builds everything a second time with AddressSanitizer and UndefinedBehaviorSanitizer
# (in build-asan/) and runs the whole test suite there, leak checking on. The
# `install` test is left out: it installs the packages system-wide, once is enough.
# packaging/debian12.sh test runs this after the normal tests.
set -eu
cd "$(dirname "$0")/.."
# Leak checking needs no suppressions: Qt, fontconfig and the tests leak nothing it reports.
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHUANJIAO_SANITIZE=ON
cmake --build build-asan --parallel 2
cd build-asan
ctest --output-on-failure --parallel 2 --label-exclude install
