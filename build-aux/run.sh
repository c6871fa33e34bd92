#!/bin/sh
# run.sh — install what is missing, build, and start Entente on the bundled
# example article. Without a display it runs the app under Xvfb for a few
# seconds and saves a screenshot instead.
#
# Copyright 2026 The Entente authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu
cd "$(dirname "$0")/.."

sh build-aux/install-deps.sh

BUILD=${BUILD:-_build}
if [ -f "$BUILD/build.ninja" ]; then
  meson setup --reconfigure "$BUILD"
else
  meson setup "$BUILD"
fi
ninja -C "$BUILD"

example="$PWD/data/examples/tehran-summit.txt"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec meson devenv -C "$BUILD" entente "$@" "$example"
fi

shot="$PWD/$BUILD/entente-screenshot.png"
echo "run.sh: no display; starting Entente under Xvfb and saving a screenshot to $shot"
xvfb-run -a -s "-screen 0 1280x800x24 -noreset" sh -c '
  meson devenv -C "$1" entente "$2" &
  app=$!
  sleep 4
  import -window root "$3"
  kill $app
' sh "$BUILD" "$example" "$shot"
echo "run.sh: Entente started and drew its window: $shot"
