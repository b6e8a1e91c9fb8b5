#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: install what is missing, build, and open Tollgate
# on the bundled sample portfolio (a database in the user's app-data folder, made on first use).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TOLLGATE_BUILD_DIR:-$root/build}

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"

data=${XDG_DATA_HOME:-$HOME/.local/share}/Tollgate
sample="$data/sample-portfolio.tollgate"
if [[ ! -f "$sample" ]]; then
    mkdir -p "$data"
    "$build/app/cli/tollgate-cli" --db "$sample" sample
fi

if [[ -x "$build/ui/tollgate" ]]; then
    exec "$build/ui/tollgate" "$sample" "$@"
fi
# Until the desktop app is built, show the portfolio on the terminal.
exec "$build/app/cli/tollgate-cli" --db "$sample" list
