#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) in the sanitizer build (scripts/sanitizer-build.sh:
# clang, AddressSanitizer and UndefinedBehaviorSanitizer, build-asan/ or $TOLLGATE_ASAN_BUILD_DIR),
# then runs each target for SECONDS (default 60) over its seed corpus in
# tests/fuzz/corpus/<target>. New inputs go to build-asan/corpus/<target> (the checked-in seeds
# stay as they are); a crash or a broken property leaves its input in build-asan/findings/ and
# makes the script fail. scripts/test.sh (and so CI) runs it for 20 s per target.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      targets: csv-import json-import evaluate
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TOLLGATE_ASAN_BUILD_DIR:-$root/build-asan}
seconds=${1:-60}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(csv-import json-import evaluate)

"$root/scripts/sanitizer-build.sh" "${targets[@]/#/fuzz-}"

mkdir -p "$build/findings"
status=0
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    mkdir -p "$corpus"
    log="$build/fuzz-$target.log"
    echo "== fuzz-$target, $seconds s"
    if ! "$build/tests/fuzz/fuzz-$target" -max_total_time="$seconds" -print_final_stats=1 \
        -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$build/findings/$target-" \
        "$corpus" "$root/tests/fuzz/corpus/$target" >"$log" 2>&1; then
        status=1
        grep -E "ERROR|SUMMARY|property broken|Test unit written" "$log" || tail -20 "$log"
    fi
    grep -E "^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)" \
        "$log" || true
    echo "corpus: $(ls "$corpus" | wc -l) inputs"
done
exit $status
