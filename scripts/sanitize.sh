#!/usr/bin/env bash
# Builds Tollgate with AddressSanitizer and UndefinedBehaviorSanitizer (TOLLGATE_SANITIZE) into
# build-asan/ (or $TOLLGATE_ASAN_BUILD_DIR) and runs the tests under them. Any report fails the
# run: UndefinedBehaviorSanitizer aborts on the first finding (-fno-sanitize-recover).
#
#   scripts/sanitize.sh [LABELS]     ctest label regex; default: every test ("" = all)
# CI runs the core, command-line and reliability tests (unit|e2e|cli|reliability); the whole
# suite, GUI included, is run the same way with an empty label (docs/reliability.md).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TOLLGATE_ASAN_BUILD_DIR:-$root/build-asan}
labels=${1:-}

if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTOLLGATE_WERROR=ON \
        -DTOLLGATE_SANITIZE=ON >/dev/null
fi
if [[ -z "$labels" ]]; then
    cmake --build "$build" -- --quiet
else
    # Only the programs the chosen tests run, and what they drive.
    targets=$(cd "$build" && ctest -N -L "$labels" | sed -n 's/^ *Test *#[0-9]*: //p')
    cmake --build "$build" --target tollgate-cli $targets -- --quiet
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizer/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cd "$build"
if [[ -z "$labels" ]]; then
    ctest --output-on-failure --timeout 900 -j2
else
    ctest --output-on-failure --timeout 900 -j2 -L "$labels"
fi
