#!/usr/bin/env bash
# Screenshots of the main screens for docs/screenshots/: the app runs on the bundled sample
# portfolio in a real X server (Xvfb) at 1366×768 and 1920×1080, in English and Chinese.
# Builds first if needed. Settings and the sample database go to a throw-away folder, so the
# user's own are never touched.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TOLLGATE_BUILD_DIR:-$root/build}
out=${1:-$root/docs/screenshots}

if [[ ! -x "$build/ui/tollgate" ]]; then
    "$root/scripts/build.sh"
fi
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
mkdir -p "$out" "$XDG_CONFIG_HOME/Tollgate"
# The analyst whose own scorecard the form shows: one of the sample portfolio's analysts.
printf '[analyst]\nname=陈思远\n' >"$XDG_CONFIG_HOME/Tollgate/Tollgate.conf"

for size in 1366x768 1920x1080; do
    for lang in en zh_CN; do
        xvfb-run -a -s "-screen 0 ${size}x24" \
            "$build/ui/tollgate" --lang "$lang" --screenshots "$out" --size "$size"
    done
done
