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
  meson test -C "$BUILD" --print-errorlogs --suite ui --suite ui-gl --logbase ui-testlog || status=1

# Everything again under AddressSanitizer and UndefinedBehaviorSanitizer:
# the core and CLI, and the UI under Xvfb (tests/ui/lsan.supp names the
# toolkit's one-time allocations, and only those).
ASAN_BUILD=${ASAN_BUILD:-_build-asan}
if [ ! -f "$ASAN_BUILD/build.ninja" ]; then
  meson setup "$ASAN_BUILD" -Dbenchmarks=false \
    -Db_sanitize=address,undefined -Db_lundef=false
else
  meson configure "$ASAN_BUILD" -Dapp=true
fi
ninja -C "$ASAN_BUILD"
meson test -C "$ASAN_BUILD" --print-errorlogs --timeout-multiplier 3 --suite core --logbase asan-testlog || status=1
dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24 -noreset" \
  meson test -C "$ASAN_BUILD" --print-errorlogs --timeout-multiplier 3 --suite ui --logbase asan-ui-testlog || status=1
cp "$ASAN_BUILD/meson-logs/asan-testlog.json" "$ASAN_BUILD/meson-logs/asan-ui-testlog.json" \
  "$BUILD/meson-logs/" 2>/dev/null || true

# The core and CLI under valgrind memcheck: no memory error and no definite
# leak (reports in meson-logs/valgrind/PID.log).
rm -rf "$BUILD/meson-logs/valgrind"
mkdir -p "$BUILD/meson-logs/valgrind"
if ! meson test -C "$BUILD" --setup valgrind --suite core --num-processes 2 \
     --print-errorlogs --logbase valgrind-testlog; then
  status=1
  grep -l -E "ERROR SUMMARY: [1-9]" "$BUILD"/meson-logs/valgrind/*.log 2>/dev/null | head -3 | xargs -r cat
fi

# Each libFuzzer target for FUZZ_SECONDS (60 by default) on its seed corpus:
# a crash, leak or timeout fails it. FUZZ_SECONDS=0 skips fuzzing.
rm -f "$BUILD/meson-logs/fuzz-results.txt"
if [ "${FUZZ_SECONDS:-60}" -gt 0 ]; then
  FUZZ_RESULTS="$PWD/$BUILD/meson-logs/fuzz-results.txt" \
    sh tests/fuzz/run-fuzzers.sh "${FUZZ_SECONDS:-60}" || status=1
fi

# One closing line for every suite together.
python3 - "$BUILD/meson-logs" <<'PY'
import json, sys, os
sys.stdout.reconfigure(errors="replace")
counts = {"OK": 0, "FAIL": 0, "SKIP": 0}
failures = []
for name in ("testlog.json", "ui-testlog.json", "asan-testlog.json", "asan-ui-testlog.json",
             "valgrind-testlog-valgrind.json"):
    path = os.path.join(sys.argv[1], name)
    if not os.path.exists(path):
        continue
    for line in open(path):
        test = json.loads(line)
        result = test["result"]
        key = "OK" if result in ("OK", "EXPECTEDFAIL") else "SKIP" if result == "SKIP" else "FAIL"
        counts[key] += 1
        if key == "FAIL":
            failures.append((name, test))
# (meson adds the setup's name to the valgrind run's log name.)
# One line per fuzz target: "OK fuzz-feed" or "FAIL fuzz-feed".
path = os.path.join(sys.argv[1], "fuzz-results.txt")
if os.path.exists(path):
    for line in open(path):
        if not line.strip():
            continue
        ok = line.startswith("OK ")
        counts["OK" if ok else "FAIL"] += 1
        if not ok:
            failures.append(("fuzz-results.txt", {"name": line.split()[-1], "result": "FAIL"}))
# Each failure again, with the end of its output, next to the closing line:
# a long log is often seen only from its end.
for log, test in failures:
    print("FAILED: %s (%s, %s, %.0f s)"
          % (test["name"], log, test["result"], test.get("duration") or 0))
    output = (test.get("stdout") or "") + (test.get("stderr") or "")
    for text in output.splitlines()[-25:]:
        print("  | " + text[:300])
print("tests: %d passed, %d failed, %d skipped" % (counts["OK"], counts["FAIL"], counts["SKIP"]))
PY
exit $status
