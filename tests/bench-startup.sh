#!/usr/bin/env bash
# bench-startup.sh — cold start of the app to its first frame.
#
# Copyright 2026 The Entente authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   tests/bench-startup.sh [BUILDDIR] [FILE] [RUNS]
#
# Runs the built `entente` on FILE (default: the bundled example article)
# RUNS times (default 10) under Xvfb with ENTENTE_BENCH_FIRST_FRAME set. The
# app prints "first-frame: <seconds since process start> s" once the first
# frame with FILE loaded is painted, and quits. Prints every run and the
# median. A benchmark, not a test: it is not registered with meson.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
builddir=${1:-$root/_build}
file=${2:-$root/data/examples/tehran-summit.txt}
runs=${3:-10}
app=$builddir/src/app/entente

[ -x "$app" ] || { echo "no app at $app; build first (meson setup, ninja)" >&2; exit 1; }
if [ ! -e "$file" ]; then
  echo "note: $file not found, using the UI test article" >&2
  file=$root/tests/ui/data/article.txt
fi

export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR=$builddir/data
export GTK_A11Y=none NO_AT_BRIDGE=1 GSK_RENDERER=${GSK_RENDERER:-cairo}
export ENTENTE_BENCH_FIRST_FRAME=1

# One X server and one session bus for all runs, as on a desktop where both
# are already up; each run is a fresh process of the app.
loop='for i in $(seq "$2"); do
  timeout 30 "$0" "$1" 2>/dev/null | sed -n "s/^first-frame: \([0-9.]*\) s$/\1/p"
done'
times=$(dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24 -noreset" \
          bash -c "$loop" "$app" "$file" "$runs" 2>/dev/null)

n=$(printf '%s\n' "$times" | grep -c . || true)
[ "$n" -gt 0 ] || { echo "no first-frame time was printed" >&2; exit 1; }
printf '%s\n' "$times" | awk '{ printf "run %d: %.3f s\n", NR, $1 }'
printf '%s\n' "$times" | sort -n | awk '
  { v[NR] = $1 }
  END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "median first-frame over %d runs: %.3f s\n", NR, m
  }'
