#!/usr/bin/env bash
# Runs the bundled sample's planned meeting from the keyboard in a real X server (Xvfb) at
# 1920×1080 (gui.TestSampleMeeting on the xcb platform) and keeps its screenshots in
# docs/screenshots/: meetings.png (the Meetings tab) and present-mode.png (present mode with
# votes, a decision and conditions being recorded), then the same in Chinese (meetings-zh_CN.png,
# present-mode-zh_CN.png). Builds the test first if needed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TOLLGATE_BUILD_DIR:-$root/build}
out=${1:-$root/docs/screenshots}
test_binary="$build/tests/gui.TestSampleMeeting"

if [[ ! -x "$test_binary" ]]; then
    cmake --build "$build" --target gui.TestSampleMeeting
fi
command -v xvfb-run >/dev/null || { echo "meeting-screenshots.sh: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$out"
for lang in en zh_CN; do
    QT_QPA_PLATFORM=xcb TOLLGATE_SCREENSHOT_DIR="$scratch" TOLLGATE_SCREENSHOT_LANG="$lang" \
        xvfb-run -a -s "-screen 0 1920x1080x24" "$test_binary"
done
for name in meetings present-mode meetings-zh_CN present-mode-zh_CN; do
    cp "$scratch/$name.png" "$out/"
    echo "meeting-screenshots.sh: wrote $out/$name.png"
done
