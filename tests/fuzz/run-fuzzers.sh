#!/bin/sh
# run-fuzzers.sh SECONDS [TARGET…] — build the libFuzzer targets with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer, and run each for SECONDS
# on its seed corpus. Fails on any crash, leak, timeout or assertion; the
# input that broke a target is kept in tests/fuzz/crashes/. An input times
# out after FUZZ_TIMEOUT seconds of wall time, 30 by default: generous,
# since CI machines are shared.
# With FUZZ_RESULTS set, a line "OK TARGET" or "FAIL TARGET" is added to
# that file for each target.
#
# Copyright 2026 The Entente authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
targets=${*:-"fuzz-project-file fuzz-text-extract fuzz-html-import fuzz-feed fuzz-export"}
build=${FUZZ_BUILD:-_build-fuzz}

if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" -Dapp=false -Dbenchmarks=false -Dfuzzing=true \
    -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debugoptimized
fi
ninja -C "$build"

mkdir -p tests/fuzz/crashes
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ENTENTE_LEXICON_DIR="$PWD/data/lexicon"
status=0
for target in $targets; do
  seeds="tests/fuzz/seeds-${target#fuzz-}"
  work=$(mktemp -d)
  [ -d "$seeds" ] && cp -r "$seeds"/. "$work"/ 2>/dev/null || true
  echo "fuzz: $target for $seconds s"
  if ! "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-30}" -rss_limit_mb=2048 \
       -artifact_prefix="tests/fuzz/crashes/$target-" -print_final_stats=1 "$work" 2>"$work.log"; then
    tail -40 "$work.log"
    status=1
    [ -n "${FUZZ_RESULTS:-}" ] && echo "FAIL $target" >>"$FUZZ_RESULTS"
  else
    grep -E "stat::number_of_executed_units|cov:" "$work.log" | tail -2
    [ -n "${FUZZ_RESULTS:-}" ] && echo "OK $target" >>"$FUZZ_RESULTS"
  fi
  # FUZZ_LOG_DIR keeps each target's log (for the figures of a long run).
  if [ -n "${FUZZ_LOG_DIR:-}" ]; then
    mkdir -p "$FUZZ_LOG_DIR" && cp "$work.log" "$FUZZ_LOG_DIR/$target.log"
  fi
  rm -rf "$work" "$work.log"
done
exit $status
