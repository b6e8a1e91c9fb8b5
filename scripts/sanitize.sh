#!/usr/bin/env bash
# Runs the tests under AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer, built by
# scripts/sanitizer-build.sh into build-asan/ (or $TOLLGATE_ASAN_BUILD_DIR). Any report fails the
# run: UndefinedBehaviorSanitizer aborts on the first finding (-fno-sanitize-recover).
#
#   scripts/sanitize.sh [LABELS [EXCLUDED]]    ctest label regexes; default: every test
# scripts/test.sh (and so CI) runs 'unit|e2e|cli|reliability' without 'desktop': the core,
# command-line and reliability tests, which need no GUI library. With no argument the whole
# suite, GUI included (docs/reliability.md).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TOLLGATE_ASAN_BUILD_DIR:-$root/build-asan}
labels=${1:-}
excluded=${2:-}

select=()
[[ -z "$labels" ]] || select+=(-L "$labels")
[[ -z "$excluded" ]] || select+=(-LE "$excluded")
if [[ ${#select[@]} -eq 0 ]]; then
    "$root/scripts/sanitizer-build.sh"
else
    # Configure first, so ctest knows the tests; then only the programs the chosen tests run.
    "$root/scripts/sanitizer-build.sh" tollgate-cli
    targets=$(cd "$build" && ctest -N "${select[@]}" | sed -n 's/^ *Test *#[0-9]*: //p')
    # shellcheck disable=SC2086 # one target a word
    "$root/scripts/sanitizer-build.sh" $targets
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizer/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cd "$build"
ctest --output-on-failure --timeout 900 -j2 "${select[@]}"
