#!/usr/bin/env bash
# flatpak/build-flatpak.sh
#
# Copyright The Entente authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Proves the Flatpak manifest offline, as CI does. The real org.gnome.Platform
# cannot be downloaded here, so ../shared/tools/flatpak-standin-runtime.sh
# builds a stand-in org.gnome.Sdk/Platform of the same name and version from
# Debian 12's packages. Against it this script:
#
#   1. checks both manifests for unknown keys (--show-manifest with
#      G_DEBUG=fatal-warnings) and for the permissions we promise;
#   2. builds the app with flatpak-builder: sandboxed meson build, the
#      project's tests inside the sandbox (run-tests; the ui suite skips
#      there because the sandbox has no display), install, export;
#   3. installs it into the stand-in's private user installation;
#   4. runs `flatpak run io.github.entente.Entente --help` and the CLI, then
#      starts the app for real and takes a screenshot of its window.
#
# It proves the manifest and the sandboxed build, not the real runtime's
# newer GTK. Run it as root on Debian 12 (it installs packages):
#
#   flatpak/build-flatpak.sh
#
# Environment:
#   WORK          work folder (default /tmp/entente-flatpak, shared with the
#                 stand-in script); the screenshot is written there
#   SHARED_TOOLS  folder holding the shared tools (default ../shared/tools
#                 beside the repository)
#   REUSE_RUNTIME=1  keep an already installed stand-in runtime
#   BUILD_DEVEL=1    also build and install the Devel manifest

set -euo pipefail

started=$(date +%s)
step="starting"

elapsed () {
  echo "$(( $(date +%s) - started )) s"
}

reported=0

fail () {
  reported=1
  echo "build-flatpak.sh: FAILED while $step: $*" >&2
  echo "build-flatpak.sh: gave up after $(elapsed)" >&2
  exit 1
}

# Any other command that fails under `set -e` still names the step.
on_exit () {
  local rc=$?
  if [ $rc -ne 0 ] && [ $reported = 0 ]; then
    echo "build-flatpak.sh: FAILED while $step (exit status $rc, after $(elapsed))" >&2
  fi
}
trap on_exit EXIT

begin () {
  step=$1
  echo "==> $1 [$(elapsed)]"
}

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED_TOOLS=${SHARED_TOOLS:-$REPO/../shared/tools}
SHARED_TOOLS=$(cd "$SHARED_TOOLS" 2>/dev/null && pwd || echo "$SHARED_TOOLS")
export WORK=${WORK:-${TMPDIR:-/tmp}/entente-flatpak}
export FLATPAK_USER_DIR=$WORK/user
APP_ID=io.github.entente.Entente
MANIFEST=$REPO/flatpak/$APP_ID.json
DEVEL_MANIFEST=$REPO/flatpak/$APP_ID.Devel.json
SCREENSHOT=$WORK/flatpak-run.png

# What the app's own build needs beyond the stand-in's default packages:
# libxml-2.0, cairo and pangocairo (src/core/meson.build) and xmllint for the
# data suite. libxml2-dev and iso-codes are the stand-in's own defaults, which
# EXTRA_PKGS replaces, so they are listed again.
export EXTRA_PKGS=${EXTRA_PKGS:-"libxml2-dev libxml2-utils libcairo2-dev libpango1.0-dev iso-codes"}

begin "checking the environment"
[ "$(id -u)" -eq 0 ] || fail "run it as root: it installs packages with apt-get"
[ -f "$MANIFEST" ] || fail "$MANIFEST not found"
for tool in flatpak-standin-runtime.sh screenshot.sh; do
  [ -f "$SHARED_TOOLS/$tool" ] || fail "$SHARED_TOOLS/$tool not found (set SHARED_TOOLS)"
done
mkdir -p "$WORK"

begin "installing the host tools"
export DEBIAN_FRONTEND=noninteractive
if ! ls /var/lib/apt/lists/*_Packages >/dev/null 2>&1; then
  apt-get update -qq || fail "apt-get update"
fi
# flatpak-builder needs elfutils (eu-strip) on the host; screenshot.sh needs
# Xvfb, xdotool and ImageMagick; xprop relabels the sandboxed window.
apt-get install -y -qq --no-install-recommends \
  flatpak flatpak-builder elfutils python3 dbus \
  xvfb xauth xdotool x11-utils imagemagick >/dev/null \
  || fail "apt-get install of the host tools"

begin "checking that bubblewrap can sandbox here"
# flatpak-builder builds inside bubblewrap. In a plain chroot (as
# shared/tools/fresh-machine-test.sh uses) it cannot bind /proc/self/fd and
# no flatpak build is possible at all: say so plainly and stop without
# claiming a result either way. On a real machine, VM or CI host it works.
if ! bash -c 'exec 5</etc/hostname; bwrap --ro-bind / / --dev /dev --proc /proc --tmpfs /run \
       --ro-bind /proc/self/fd/5 /run/fd-check true' 2>"$WORK/bwrap.log"; then
  echo "build-flatpak.sh: SKIPPED: bubblewrap cannot create a sandbox on this system ($(head -1 "$WORK/bwrap.log"))."
  echo "build-flatpak.sh: the Flatpak build was NOT checked here; run this script on a real machine or VM."
  exit 0
fi

begin "building the stand-in GNOME runtime"
if [ "${REUSE_RUNTIME:-0}" = 1 ] && flatpak --user info org.gnome.Sdk//50 >/dev/null 2>&1 &&
   flatpak --user info org.gnome.Platform//50 >/dev/null 2>&1; then
  echo "reusing the installed stand-in runtime"
else
  bash "$SHARED_TOOLS/flatpak-standin-runtime.sh" || fail "flatpak-standin-runtime.sh"
fi

begin "checking the manifests"
manifests=("$MANIFEST")
[ -f "$DEVEL_MANIFEST" ] && manifests+=("$DEVEL_MANIFEST")
for m in "${manifests[@]}"; do
  # --show-manifest exits 0 on unknown keys unless warnings are fatal.
  G_DEBUG=fatal-warnings flatpak-builder --show-manifest "$m" >/dev/null \
    || fail "$m has unknown keys or does not parse"
  python3 - "$m" <<'PY' || fail "$m differs from the promised permissions or build settings (see above)"
import json, sys
m = json.load(open(sys.argv[1]))
want = ["--share=network", "--share=ipc", "--socket=wayland",
        "--socket=fallback-x11", "--device=dri"]
errors = []
if m.get("finish-args") != want:
    errors.append("finish-args are %s, expected exactly %s" % (m.get("finish-args"), want))
for key, value in (("runtime", "org.gnome.Platform"), ("sdk", "org.gnome.Sdk"),
                   ("runtime-version", "50"), ("command", "entente")):
    if m.get(key) != value:
        errors.append("%s is %r, expected %r" % (key, m.get(key), value))
app = m["modules"][-1]
for key, value in (("buildsystem", "meson"), ("builddir", True), ("run-tests", True)):
    if app.get(key) != value:
        errors.append("app module: %s is %r, expected %r" % (key, app.get(key), value))
for e in errors:
    print(sys.argv[1] + ": " + e, file=sys.stderr)
sys.exit(1 if errors else 0)
PY
done

build_and_install () {
  local manifest=$1 name
  name=$(basename "$manifest" .json)
  begin "building $name in the sandbox (meson build and tests)"
  flatpak-builder --user --disable-download --disable-rofiles-fuse --force-clean \
    --install --state-dir="$WORK/state" --repo="$WORK/apprepo" \
    "$WORK/build-$name" "$manifest" >"$WORK/build-$name.log" 2>&1 \
    || { tail -40 "$WORK/build-$name.log" >&2; fail "flatpak-builder (log: $WORK/build-$name.log)"; }
  # The test summary proves that the tests ran inside the sandbox.
  grep -E '^(Ok|Expected Fail|Fail|Unexpected Pass|Skipped|Timeout): ' "$WORK/build-$name.log" || true
  grep -Eq '^Ok: +[1-9]' "$WORK/build-$name.log" \
    || fail "no test passed in the sandbox (log: $WORK/build-$name.log)"
  flatpak --user info "$name" >/dev/null || fail "$name is not installed"
}

build_and_install "$MANIFEST"
if [ "${BUILD_DEVEL:-0}" = 1 ] && [ -f "$DEVEL_MANIFEST" ]; then
  build_and_install "$DEVEL_MANIFEST"
fi

begin "running the installed app"
export GTK_A11Y=none NO_AT_BRIDGE=1 GSETTINGS_BACKEND=memory
help=$(flatpak run "$APP_ID" --help 2>&1) || { echo "$help" >&2; fail "flatpak run $APP_ID --help"; }
echo "$help" | grep -q -- '--help' || { echo "$help" >&2; fail "--help printed no usage"; }
cli=$(flatpak run --command=entente-cli "$APP_ID" --version 2>&1) \
  || { echo "$cli" >&2; fail "flatpak run --command=entente-cli $APP_ID --version"; }
echo "$cli"

begin "starting the app in a private X server (screenshot)"
# Inside the sandbox the app has its own PID namespace, so the _NET_WM_PID on
# its window never matches the host PID that screenshot.sh looks for. The
# wrapper starts `flatpak run`, waits for the app's window and labels it with
# its own PID, which is the one screenshot.sh knows.
wrapper=$WORK/flatpak-run-labelled.sh
cat >"$wrapper" <<'SH'
#!/bin/sh
flatpak run "$@" & child=$!
trap 'kill $child 2>/dev/null' TERM INT
i=0
while [ $i -lt 150 ] && kill -0 $child 2>/dev/null; do
  win=$(xdotool search --onlyvisible --name . 2>/dev/null | head -1)
  if [ -n "$win" ]; then
    xprop -id "$win" -f _NET_WM_PID 32c -set _NET_WM_PID $$
    break
  fi
  i=$((i + 1)); sleep 0.1
done
wait $child
SH
chmod +x "$wrapper"
rm -f "$SCREENSHOT"
# A session bus, as on a desktop: flatpak run starts its session helper on it.
dbus-run-session -- "$SHARED_TOOLS/screenshot.sh" "$SCREENSHOT" -- "$wrapper" "$APP_ID" \
  2>"$WORK/screenshot.log" \
  || { tail -20 "$WORK/screenshot.log" >&2; fail "the app opened no window under flatpak run"; }
[ -s "$SCREENSHOT" ] || fail "no screenshot was written"
colours=$(identify -format '%k' "$SCREENSHOT" 2>/dev/null || echo 0)
[ "$colours" -gt 16 ] || fail "the screenshot is blank ($colours colours): $SCREENSHOT"

step="done"
echo "build-flatpak.sh: OK in $(elapsed): $APP_ID built, tested, installed and started"
echo "screenshot: $SCREENSHOT"
echo "to use the installation: export FLATPAK_USER_DIR=$FLATPAK_USER_DIR"
