#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer
# (g++, in build-asan or $SKOPS_SANITIZE_BUILD) and runs the whole test suite
# in it. Any sanitizer report fails the test that caused it.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SKOPS_SANITIZE_BUILD:-build-asan}

# No -Werror here: the normal build enforces warnings, and GCC's analyses
# under ASan at -O2 give false stringop/uninitialized warnings.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSKOPS_SANITIZE=ON > /dev/null
cmake --build "$build"

export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
# libdbus keeps a small allocation for the life of the process (toolchain notes).
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tools/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure -j2
