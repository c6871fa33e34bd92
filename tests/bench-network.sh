#!/bin/sh
# bench-network.sh: builds the network benchmark optimised and runs it,
# with Graphviz sfdp alongside (installed from Debian if missing).
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$here/_build-bench}

if ! command -v sfdp >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get install -y graphviz
  else
    sudo apt-get install -y graphviz
  fi
fi

if [ ! -d "$build" ]; then
  meson setup "$build" "$here" -Dapp=false -Dbenchmarks=true -Dbuildtype=release
fi
ninja -C "$build" tests/bench-network
exec "$build/tests/bench-network"
