#!/bin/sh
# test-cli.sh — entente-cli from the outside: exit codes, outputs, errors.
#
# Copyright 2026 The Entente authors
# SPDX-License-Identifier: GPL-3.0-or-later

CLI=${ENTENTE_CLI:?ENTENTE_CLI must point at entente-cli}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
n=0
failed=0

ok () {
  n=$((n + 1))
  if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=1; fi
}

json_get () {
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"
}

echo "1..20"

"$CLI" --help >"$TMP/help" 2>&1
ok $? "--help exits 0"
grep -q "entente-cli analyze" "$TMP/help"; ok $? "--help shows the analyze command"

"$CLI" --version | grep -Eq '^entente-cli [0-9]+\.[0-9]+'; ok $? "--version prints the version"

printf 'Moscow and Tehran back Damascus\n\nTEHRAN (Wire) -- Russia and Iran back Syria.\n' >"$TMP/a.txt"
printf 'Washington opposes Damascus\n\nThe United States opposes Syria.\n' >"$TMP/b.txt"

"$CLI" analyze --format entente --output "$TMP/p.entente" "$TMP/a.txt" "$TMP/b.txt"
ok $? "analyze --format entente writes a project"
[ "$(json_get "$TMP/p.entente" 'len(d["documents"])')" = 2 ]; ok $? "the project holds both articles"
[ "$(json_get "$TMP/p.entente" 'd["documents"][0]["title"]')" = "Moscow and Tehran back Damascus" ]
ok $? "the first line is the title"

"$CLI" analyze --format json "$TMP/p.entente" >"$TMP/net.json"
ok $? "analyze --format json reads the project"
[ "$(json_get "$TMP/net.json" 'd["format"], d["version"], type(d["actors"]).__name__, type(d["relations"]).__name__, type(d["camps"]).__name__')" = "('entente-network', 1, 'list', 'list', 'list')" ]
ok $? "the JSON network has the documented shape"

"$CLI" analyze "$TMP/a.txt" | python3 -c 'import json,sys; json.load(sys.stdin)'
ok $? "json is the default format, on standard output"

cp "$TMP/p.entente" "$TMP/before.entente"
"$CLI" analyze --format entente --output "$TMP/p.entente" "$TMP/p.entente" 2>"$TMP/err"
[ $? -eq 1 ] && grep -q "also an input" "$TMP/err" && cmp -s "$TMP/p.entente" "$TMP/before.entente"
ok $? "never overwrites an input"

"$CLI" analyze --output "$TMP/out.json" "$TMP/a.txt" "$TMP/missing.txt" 2>"$TMP/err"
[ $? -eq 1 ] && grep -q "missing.txt" "$TMP/err" && [ ! -e "$TMP/out.json" ]
ok $? "a missing input fails, names the file, writes nothing"

echo '{"format": "entente-project", "version": 1, "documents": [' >"$TMP/old.json"
"$CLI" analyze --output "$TMP/old.json" "$TMP/a.txt" "$TMP/bad.entente" 2>/dev/null
[ $? -eq 1 ] && grep -q '"documents": \[' "$TMP/old.json"
ok $? "an existing output is untouched on failure"

printf '{"format": "entente-project",\n "version": 1, "documents": [}\n' >"$TMP/bad.entente"
"$CLI" analyze "$TMP/bad.entente" >"$TMP/out" 2>"$TMP/err"
[ $? -eq 1 ] && grep -q "line 2, column" "$TMP/err" && [ ! -s "$TMP/out" ]
ok $? "a malformed project names line and column"

printf '{"format": "entente-project", "version": 7}' >"$TMP/new.entente"
"$CLI" analyze "$TMP/new.entente" 2>"$TMP/err" >/dev/null
[ $? -eq 1 ] && grep -q "newer version of Entente" "$TMP/err"
ok $? "a newer format version is refused"

head -c 3000 /dev/urandom | tr -d '\n' | sed 's/^/\x00/' >"$TMP/binary.txt"
printf '\0\1\2\3' >>"$TMP/binary.txt"
"$CLI" analyze "$TMP/binary.txt" 2>"$TMP/err" >/dev/null
[ $? -eq 1 ] && grep -q "not a text file" "$TMP/err"
ok $? "a binary file is refused"

"$CLI" analyze --format svg --output "$TMP/full.svg" "$TMP/p.entente" &&
"$CLI" analyze --format svg --no-labels --no-legend --output "$TMP/bare.svg" "$TMP/p.entente"
ok $? "analyze --no-labels --no-legend writes an image"
grep -q ">Syria<" "$TMP/full.svg" && grep -q ">Opposition<" "$TMP/full.svg" &&
! grep -q ">Syria<" "$TMP/bare.svg" && ! grep -q ">Opposition<" "$TMP/bare.svg"
ok $? "the image has neither the actors' names nor the legend"

"$CLI" analyze --format json --no-legend "$TMP/p.entente" 2>"$TMP/err" >/dev/null
[ $? -eq 1 ] && grep -q -- "--no-legend" "$TMP/err"
ok $? "--no-legend is refused for a format that does not draw"

"$CLI" analyze --format gif "$TMP/a.txt" 2>"$TMP/err" >/dev/null
[ $? -eq 1 ] && grep -q "unknown format" "$TMP/err"
ok $? "an unknown format is refused"

"$CLI" analyze "javascript:alert(1)" 2>"$TMP/err" >/dev/null
[ $? -eq 1 ] && grep -q "javascript:" "$TMP/err"
ok $? "an unknown URL scheme is refused"

exit $failed
