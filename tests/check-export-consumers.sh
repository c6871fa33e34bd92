#!/bin/sh
# check-export-consumers.sh — the real consumers read what entente-cli
# exports: networkx (GraphML, GEXF), Graphviz (DOT), librsvg (SVG), poppler
# (PDF), Python's csv and json modules, and a PNG decoder. Every node, edge
# and attribute must arrive, and the images must have the page's size.
#
# Copyright 2026 The Entente authors
# SPDX-License-Identifier: GPL-3.0-or-later

CLI=${ENTENTE_CLI:?ENTENTE_CLI must point at entente-cli}
SRC=${G_TEST_SRCDIR:-$(dirname "$0")}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
n=0

ok () {
  n=$((n + 1))
  if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi
}

skip () {
  n=$((n + 1))
  echo "ok $n # SKIP $1"
}

# Debian's python3-networkx is what the README installs; a Python of one's
# own with networkx of its own is checked as well.
pythons=""
for p in /usr/bin/python3 "$(command -v python3)"; do
  case " $pythons " in *" $p "*) continue ;; esac
  if [ -x "$p" ] && "$p" -c 'import networkx' 2>/dev/null; then pythons="$pythons $p"; fi
done

echo "1..26"

run () {  # name level input
  name=$1; level=$2; input=$3
  for f in json graphml gexf dot svg png pdf entente; do
    "$CLI" analyze --level "$level" --format "$f" --output "$TMP/$name.$f" "$input" || return 1
  done
  "$CLI" analyze --level "$level" --format csv --output "$TMP/$name.csv" "$input" &&
    "$CLI" analyze --level "$level" --format png --scale 2 --output "$TMP/$name@2.png" "$input"
}

check_graphs () {  # name python
  "$2" - "$TMP/$1" <<'PY'
import io, json, re, sys, networkx as nx
base = sys.argv[1]
net = json.load(open(base + ".json", encoding="utf-8"))
# XML cannot carry most control characters: the exporters write U+FFFD.
xml_safe = lambda s: re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", "\ufffd", s)
names = {a["id"]: xml_safe(a["name"]) for a in net["actors"]}
pairs = {frozenset((r["source"], r["target"])): r for r in net["relations"]}

g = nx.read_graphml(base + ".graphml")
assert set(g.nodes) == set(names), "graphml nodes"
assert g.number_of_edges() == len(pairs), "graphml edges"
for v, d in g.nodes(data=True):
    for k in ("label", "kind", "camp", "x", "y", "color", "mentions"):
        assert k in d, ("graphml node attribute", k, v)
    assert d["label"] == names[v], ("graphml label", d["label"], names[v])
    assert isinstance(d["x"], float) and isinstance(d["mentions"], int)
for a, b, d in g.edges(data=True):
    for k in ("sign", "weight", "label", "color"):
        assert k in d, ("graphml edge attribute", k)
    r = pairs[frozenset((a, b))]
    assert d["sign"] == r["sign"] and abs(d["weight"] - r["weight"]) < 1e-5
assert g.graph.get("title"), "graphml title"

gexf = open(base + ".gexf", encoding="utf-8").read()
if int(nx.__version__.split(".")[0]) < 3:
    # networkx 2.8 (Debian 12) predates GEXF 1.3 and finds nothing in its
    # namespace; the elements used here are the same in 1.2.
    gexf = gexf.replace("http://gexf.net/1.3/viz", "http://www.gexf.net/1.2draft/viz")
    gexf = gexf.replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft").replace('version="1.3"', 'version="1.2"')
g = nx.read_gexf(io.BytesIO(gexf.encode("utf-8")))
assert set(g.nodes) == set(names), "gexf nodes"
assert g.number_of_edges() == len(pairs), "gexf edges"
for v, d in g.nodes(data=True):
    assert d["label"] == names[v], ("gexf label", d["label"], names[v])
    for k in ("kind", "camp", "mentions", "viz"):
        assert k in d, ("gexf node attribute", k)
    for k in ("position", "color", "size"):
        assert k in d["viz"], ("gexf viz", k)
for a, b, d in g.edges(data=True):
    r = pairs[frozenset((a, b))]
    assert isinstance(d["weight"], float) and abs(d["weight"] - r["weight"]) < 1e-5
    assert d["sign"] == r["sign"] and d["label"] in ("alliance", "opposition", "neutral")
PY
}

check_tables () {  # name
  python3 - "$TMP/$1" <<'PY'
import csv, json, sys
base = sys.argv[1]
net = json.load(open(base + ".json", encoding="utf-8"))
with open(base + "-nodes.csv", newline="", encoding="utf-8") as f:
    nodes = list(csv.DictReader(f))
with open(base + "-edges.csv", newline="", encoding="utf-8") as f:
    edges = list(csv.DictReader(f))
assert [(n["id"], n["label"]) for n in nodes] == [(a["id"], a["name"]) for a in net["actors"]]
assert len(edges) == len(net["relations"])
for e, r in zip(edges, net["relations"]):
    assert (e["source"], e["target"], int(e["sign"])) == (r["source"], r["target"], r["sign"])
    assert int(e["evidence"]) == len(r["evidence"])
PY
}

# Width and height of a PNG from its IHDR chunk, after checking the magic.
png_size () {
  python3 -c '
import struct, sys
d = open(sys.argv[1], "rb").read(24)
assert d[:8] == b"\x89PNG\r\n\x1a\n" and d[12:16] == b"IHDR"
print("%dx%d" % struct.unpack(">II", d[16:24]))' "$1"
}

svg_size () {
  python3 -c '
import sys, xml.etree.ElementTree as ET
r = ET.parse(sys.argv[1]).getroot()
print("%sx%s" % (r.get("width"), r.get("height")))' "$1"
}

for input in "fixture:actor:$SRC/export/fixture.entente" "tehran:state:$SRC/../data/examples/tehran-summit.txt"; do
  name=${input%%:*}; rest=${input#*:}; level=${rest%%:*}; file=${rest#*:}

  run "$name" "$level" "$file"; ok $? "$name: entente-cli exports every format"

  if [ -n "$pythons" ]; then
    status=0
    for p in $pythons; do check_graphs "$name" "$p" || status=1; done
    ok $status "$name: networkx ($pythons) reads every node, edge and attribute of GraphML and GEXF"
  else
    skip "networkx is not installed"
  fi

  check_tables "$name"; ok $? "$name: Python's csv reads both CSV files with every name intact"

  python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$TMP/$name.json"; ok $? "$name: the JSON loads"
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["format"] == "entente-project"' \
    "$TMP/$name.entente"; ok $? "$name: the project file loads"

  if command -v dot >/dev/null; then
    dot -Tsvg "$TMP/$name.dot" >"$TMP/$name-dot.svg" 2>"$TMP/dot.err" && [ ! -s "$TMP/dot.err" ]
    ok $? "$name: Graphviz dot accepts the DOT without a warning"
    neato -n2 -Tsvg "$TMP/$name.dot" >"$TMP/$name-neato.svg" 2>"$TMP/neato.err" && [ ! -s "$TMP/neato.err" ]
    ok $? "$name: neato -n2 draws it at Entente's positions"
  else
    skip "graphviz is not installed"; skip "graphviz is not installed"
  fi

  size=$(png_size "$TMP/$name.png"); ok $? "$name: the PNG decodes ($size)"
  w=${size%x*}; h=${size#*x}
  [ "$(png_size "$TMP/$name@2.png")" = "$((w * 2))x$((h * 2))" ]; ok $? "$name: --scale 2 doubles it"

  if command -v rsvg-convert >/dev/null; then
    [ "$(svg_size "$TMP/$name.svg")" = "$size" ] &&
      rsvg-convert -o "$TMP/$name-svg.png" "$TMP/$name.svg" &&
      [ "$(png_size "$TMP/$name-svg.png")" = "$size" ]
    ok $? "$name: rsvg-convert renders the SVG at the page size"
  else
    skip "librsvg2-bin is not installed"
  fi

  if command -v pdftoppm >/dev/null; then
    pdftoppm -r 96 -png -singlefile "$TMP/$name.pdf" "$TMP/$name-pdf" &&
      [ "$(png_size "$TMP/$name-pdf.png")" = "$size" ]
    ok $? "$name: pdftoppm renders the PDF at the page size"
  else
    skip "poppler-utils is not installed"
  fi
done

"$CLI" analyze --format csv "$SRC/export/fixture.entente" >"$TMP/out" 2>"$TMP/err"
[ $? -eq 1 ] && grep -q -- "--output" "$TMP/err" && [ ! -s "$TMP/out" ]
ok $? "csv to standard output is refused, naming --output"

"$CLI" analyze --format svg --output "$TMP/missing/net.svg" "$SRC/export/fixture.entente" 2>"$TMP/err"
[ $? -eq 1 ] && grep -q "missing/net.svg" "$TMP/err" && [ ! -e "$TMP/missing" ]
ok $? "a missing folder is named and nothing is written"

"$CLI" analyze --format json --scale 2 "$SRC/export/fixture.entente" 2>"$TMP/err" >/dev/null
[ $? -eq 1 ] && grep -q "png format only" "$TMP/err"
ok $? "--scale with another format than png is refused"

"$CLI" analyze --format png --scale 100 --output "$TMP/big.png" "$SRC/export/fixture.entente" 2>"$TMP/err"
[ $? -eq 1 ] && [ ! -e "$TMP/big.png" ]
ok $? "an impossible scale is refused"
