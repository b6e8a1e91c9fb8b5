#!/bin/sh
# Registers the MIME package in a throw-away MIME database, as shared-mime-info does when the
# package is installed, and checks what file managers and file dialogs will read from it:
# *.tollgate names a Tollgate database, which is a kind of SQLite database, shown with the
# Tollgate icon. Any complaint from update-mime-database (a malformed file) fails the test.
# Usage: check-mime.sh io.tollgate.Tollgate.mime.xml
set -eu
xml=$1
type=application/x-tollgate+sqlite

command -v update-mime-database >/dev/null 2>&1 || {
    echo "update-mime-database is not installed: run scripts/install-deps.sh" >&2
    exit 1
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$xml" "$tmp/mime/packages/io.tollgate.Tollgate.xml"

# The throw-away folder on the search path keeps update-mime-database from printing its
# "not in the search path" note, so anything it prints is a real complaint.
XDG_DATA_HOME=$tmp XDG_DATA_DIRS=$tmp update-mime-database "$tmp/mime" >"$tmp/log" 2>&1
if [ -s "$tmp/log" ]; then
    echo "update-mime-database complained:" >&2
    cat "$tmp/log" >&2
    exit 1
fi

failed=0
expect() { # expect FILE LINE: the file of the MIME database holds exactly that line
    if ! grep -qxF "$2" "$tmp/mime/$1" 2>/dev/null; then
        echo "mime/$1 lacks: $2" >&2
        failed=1
    fi
}
expect globs2 "50:$type:*.tollgate"
expect subclasses "$type application/vnd.sqlite3"
expect icons "$type:io.tollgate.Tollgate"
expect "$type.xml" '  <comment>Tollgate portfolio database</comment>'
expect "$type.xml" '  <comment xml:lang="zh_CN">Tollgate 项目组合数据库</comment>'
[ "$failed" -eq 0 ] && echo "MIME type $type: *.tollgate, a kind of SQLite database, icon io.tollgate.Tollgate"
exit "$failed"
