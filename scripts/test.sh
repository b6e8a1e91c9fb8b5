#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: install what is missing, build, run every test; then
# the core, command-line and reliability tests once more under AddressSanitizer and
# UndefinedBehaviorSanitizer, and each fuzz target for 20 s (docs/reliability.md). CI runs
# exactly this. Arguments go to the first ctest (e.g. -R TestCsv) and skip the sanitizer stage.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TOLLGATE_BUILD_DIR:-$root/build}

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
(cd "$build" && ctest --output-on-failure --timeout 600 -j2 "$@")
[[ $# -eq 0 ]] || exit 0

"$root/scripts/sanitize.sh" 'unit|e2e|cli|reliability' desktop
"$root/scripts/fuzz.sh" 20
