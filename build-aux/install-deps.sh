#!/bin/sh
# install-deps.sh — install the Debian 12 packages Entente needs to build,
# run and test, and only those that are missing.
#
# Copyright 2026 The Entente authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

packages="
  build-essential meson ninja-build pkg-config gettext python3
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev
  libsoup-3.0-dev libjson-glib-dev libxml2-dev libgraphene-1.0-dev libcairo2-dev
  desktop-file-utils appstream libxml2-utils librsvg2-bin
  xvfb xauth xdotool imagemagick dbus
  adwaita-icon-theme hicolor-icon-theme librsvg2-common fonts-dejavu-core
  iso-codes shared-mime-info
  libpango1.0-dev python3-networkx graphviz poppler-utils
  valgrind clang libclang-rt-14-dev
"

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  echo "install-deps: all packages are present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: these packages are missing:$missing" >&2
  echo "install-deps: run this script as root (or with sudo) to install them" >&2
  exit 1
fi

echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
