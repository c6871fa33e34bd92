#!/bin/sh
# test.sh — install what is missing, build, and run every test suite:
# core and data without a display, ui under Xvfb.
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

status=0
meson test -C "$BUILD" --print-errorlogs --suite core --suite data || status=1
dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24 -noreset" \
  meson test -C "$BUILD" --print-errorlogs --suite ui --logbase ui-testlog || status=1

# The core and CLI again under AddressSanitizer and UndefinedBehaviorSanitizer.
ASAN_BUILD=${ASAN_BUILD:-_build-asan}
if [ ! -f "$ASAN_BUILD/build.ninja" ]; then
  meson setup "$ASAN_BUILD" -Dapp=false -Dbenchmarks=false \
    -Db_sanitize=address,undefined -Db_lundef=false
fi
ninja -C "$ASAN_BUILD"
meson test -C "$ASAN_BUILD" --print-errorlogs --suite core --logbase asan-testlog || status=1
cp "$ASAN_BUILD/meson-logs/asan-testlog.json" "$BUILD/meson-logs/asan-testlog.json" 2>/dev/null || true

# One closing line for every suite together.
python3 - "$BUILD/meson-logs" <<'PY'
import json, sys, os
counts = {"OK": 0, "FAIL": 0, "SKIP": 0}
for name in ("testlog.json", "ui-testlog.json", "asan-testlog.json"):
    path = os.path.join(sys.argv[1], name)
    if not os.path.exists(path):
        continue
    for line in open(path):
        result = json.loads(line)["result"]
        key = "OK" if result in ("OK", "EXPECTEDFAIL") else "SKIP" if result == "SKIP" else "FAIL"
        counts[key] += 1
print("tests: %d passed, %d failed, %d skipped" % (counts["OK"], counts["FAIL"], counts["SKIP"]))
PY
exit $status
