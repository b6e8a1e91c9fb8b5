#!/usr/bin/env bash
# Installs the Debian 12 packages Tollgate needs to build, test, run and package (SPEC §10, plus
# the validators and dpkg-dev for the packaging tests, and clang with its sanitizer and libFuzzer
# runtimes for scripts/sanitize.sh and scripts/fuzz.sh), and only those that are missing. Quiet
# when everything is present.
set -euo pipefail

packages=(
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    ninja-build cmake g++ xvfb xauth fonts-wqy-microhei poppler-utils sqlite3
    desktop-file-utils appstream dpkg-dev file shared-mime-info
    libxlsxwriter-dev pkg-config python3-openpyxl
    clang libclang-rt-dev
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
