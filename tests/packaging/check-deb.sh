#!/bin/sh
# Builds the Debian package from the build tree with cpack into a throw-away folder and checks
# it as an IT desk would before rolling it out: the file name, the control fields (Depends from
# dpkg-shlibdeps plus the declared runtime plugins and font), every file in its place with the
# right owner and mode, stripped binaries, icons of the size their folder names, nothing
# stray, and the installed tree accepted by appstreamcli validate-tree.
# Usage: check-deb.sh BUILD_DIR VERSION [CPACK]
set -eu
build=$1
version=$2
cpack=${3:-cpack} # the cpack of the cmake that configured the build
id=io.tollgate.Tollgate

for tool in "$cpack" dpkg dpkg-deb dpkg-shlibdeps file readelf appstreamcli; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "$tool is not installed: run scripts/install-deps.sh" >&2
        exit 1
    }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
fail() {
    echo "FAIL: $*" >&2
    failed=1
}

# gzip instead of the release's xz: same contents, a fraction of the time.
if ! "$cpack" --config "$build/CPackConfig.cmake" -B "$tmp" -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip \
    >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log" >&2
    echo "FAIL: cpack could not build the package" >&2
    exit 1
fi

deb=$tmp/tollgate_${version}_$(dpkg --print-architecture).deb
if [ ! -f "$deb" ]; then
    echo "FAIL: cpack made no $(basename "$deb"); it made:" >&2
    ls "$tmp" >&2
    exit 1
fi

# --- Control fields --------------------------------------------------------------------------
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = tollgate ] || fail "Package is '$(field Package)', not tollgate"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Section)" ] || fail "no Section"
[ -n "$(field Description)" ] || fail "no Description"

# Depends as bare package names, one a line.
field Depends | tr ',' '\n' | sed 's/(.*)//; s/ //g' | grep -v '^$' >"$tmp/depends"
# Found by dpkg-shlibdeps from the binaries, then declared by hand (plugins and the CJK font).
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libxlsxwriter4 \
    libqt6sql6-sqlite libqt6svg6 fonts-wqy-microhei; do
    grep -qxF "$package" "$tmp/depends" || fail "Depends lacks $package: $(field Depends)"
done

# --- Contents --------------------------------------------------------------------------------
dpkg-deb --contents "$deb" >"$tmp/contents"
# "MODE OWNER SIZE DATE TIME PATH" -> "PATH MODE OWNER" for the files (directories end in /).
awk '{ print $6, $1, $2 }' "$tmp/contents" | grep -v '/ ' >"$tmp/files"

expect_file() { # expect_file PATH MODE
    line=$(grep "^\\./usr/$1 " "$tmp/files" || true)
    if [ -z "$line" ]; then
        fail "the package lacks /usr/$1"
    elif [ "$line" != "./usr/$1 $2 root/root" ]; then
        fail "/usr/$1 is '$line', expected mode $2 owned by root/root"
    fi
}
expect_file bin/tollgate -rwxr-xr-x
expect_file bin/tollgate-cli -rwxr-xr-x
expect_file share/applications/$id.desktop -rw-r--r--
expect_file share/metainfo/$id.metainfo.xml -rw-r--r--
expect_file share/mime/packages/$id.xml -rw-r--r--
expect_file share/icons/hicolor/scalable/apps/$id.svg -rw-r--r--
for size in 16 22 24 32 48 64 128 256 512; do
    expect_file share/icons/hicolor/${size}x${size}/apps/$id.png -rw-r--r--
done
expect_file share/doc/tollgate/user-guide.md -rw-r--r--
# The translations the build made (none until the app has them), listed by cmake.
if [ -s "$build/packaging/translations.txt" ]; then
    while read -r qm; do
        [ -n "$qm" ] && expect_file "share/tollgate/translations/$qm" -rw-r--r--
    done <"$build/packaging/translations.txt"
fi

# Nothing stray: no headers, static libraries or files outside the folders the package owns.
grep -v -e '^\./usr/bin/tollgate ' -e '^\./usr/bin/tollgate-cli ' \
    -e "^\\./usr/share/applications/$id\\.desktop " \
    -e "^\\./usr/share/metainfo/$id\\.metainfo\\.xml " \
    -e "^\\./usr/share/mime/packages/$id\\.xml " \
    -e "^\\./usr/share/icons/hicolor/[0-9x]*/apps/$id\\.png " \
    -e "^\\./usr/share/icons/hicolor/scalable/apps/$id\\.svg " \
    -e '^\./usr/share/doc/tollgate/[^/]* ' \
    -e '^\./usr/share/tollgate/translations/[^/]*\.qm ' \
    "$tmp/files" >"$tmp/stray" || true
if [ -s "$tmp/stray" ]; then
    fail "files the package should not hold:"
    cat "$tmp/stray" >&2
fi

# --- The installed tree ----------------------------------------------------------------------
root=$tmp/root
dpkg-deb --extract "$deb" "$root"

for program in tollgate tollgate-cli; do
    binary=$root/usr/bin/$program
    file -b "$binary" | grep -q '^ELF' || fail "/usr/bin/$program is not an ELF program"
    if readelf -S "$binary" | grep -q '\.debug_info'; then
        fail "/usr/bin/$program still carries debug information (not stripped)"
    fi
done

# A PNG's width and height are the big-endian 32-bit numbers at bytes 16 to 23.
png_size() {
    od -An -tu1 -j16 -N8 "$1" |
        awk '{ printf "%dx%d", $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }'
}
for png in "$root"/usr/share/icons/hicolor/*x*/apps/$id.png; do
    folder=$(basename "$(dirname "$(dirname "$png")")")
    [ "$(png_size "$png")" = "$folder" ] || fail "$folder icon is $(png_size "$png") pixels"
done

# appstreamcli checks the tree the way software centres read it: metainfo, launcher, icon.
if ! appstreamcli validate-tree --no-net --strict "$root" >"$tmp/tree.log" 2>&1; then
    cat "$tmp/tree.log" >&2
    fail "appstreamcli validate-tree rejects the installed tree"
fi

if [ "$failed" -eq 0 ]; then
    echo "$(basename "$deb"): $(wc -c <"$deb") bytes (gzip), $(wc -l <"$tmp/files") files"
    echo "Depends: $(field Depends)"
fi
exit "$failed"
