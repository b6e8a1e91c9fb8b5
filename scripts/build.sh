#!/usr/bin/env bash
# Configures and builds Tollgate into build/ (or $TOLLGATE_BUILD_DIR). Warnings are errors.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TOLLGATE_BUILD_DIR:-$root/build}

if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DTOLLGATE_WERROR=ON >/dev/null
fi
cmake --build "$build" -- --quiet
