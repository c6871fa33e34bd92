#!/bin/sh
# tests/check-install.sh
#
# Copyright The Entente authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the build into a temporary DESTDIR and checks that every file a
# GNOME desktop looks for is where it expects it: the binaries, the desktop
# entry, the metainfo, the schema, the MIME type, the icons, the lexicon and
# one .mo file per language in po/LINGUAS. When update-mime-database and gio
# are available it also checks that the installed MIME type recognises a
# project file by name and by content.
#
# data/meson.build runs it with these variables set:
#   MESON              the meson program
#   MESON_BUILD_ROOT   the build directory
#   MESON_SOURCE_ROOT  the source directory
#   APP_ID             io.github.entente.Entente, or .Devel in the development profile
#   BASE_ID            io.github.entente.Entente
#   BINDIR DATADIR LOCALEDIR PKGDATADIR   absolute install directories

set -u

: "${MESON:=meson}"
for var in MESON_BUILD_ROOT MESON_SOURCE_ROOT APP_ID BASE_ID BINDIR DATADIR LOCALEDIR PKGDATADIR; do
  eval "value=\${$var:-}"
  if [ -z "$value" ]; then
    echo "$var is not set; run this test through meson test" >&2
    exit 1
  fi
done

destdir=$(mktemp -d "${TMPDIR:-/tmp}/entente-install.XXXXXX") || exit 1
trap 'rm -rf "$destdir"' EXIT INT TERM

# Without --no-rebuild: `meson test` only builds what tests depend on, so
# the .mo files and the programs may not be built yet. data/meson.build makes
# this test run alone, so this build cannot race with another test.
if ! "$MESON" install -C "$MESON_BUILD_ROOT" --destdir "$destdir" >"$destdir.log" 2>&1; then
  cat "$destdir.log" >&2
  rm -f "$destdir.log"
  echo "meson install failed" >&2
  exit 1
fi
rm -f "$destdir.log"

root="$destdir"
failures=0
count=0

expect_file ()
{
  count=$((count + 1))
  if [ -f "$root$1" ] && [ -s "$root$1" ]; then
    echo "ok $count - $1"
  else
    echo "not ok $count - $1 is missing or empty"
    failures=$((failures + 1))
  fi
}

expect_program ()
{
  count=$((count + 1))
  if [ -f "$root$1" ] && [ -x "$root$1" ]; then
    echo "ok $count - $1"
  else
    echo "not ok $count - $1 is missing or not executable"
    failures=$((failures + 1))
  fi
}

expect_program "$BINDIR/entente"
expect_program "$BINDIR/entente-cli"
expect_file "$DATADIR/applications/$APP_ID.desktop"
expect_file "$DATADIR/metainfo/$APP_ID.metainfo.xml"
expect_file "$DATADIR/glib-2.0/schemas/$BASE_ID.gschema.xml"
expect_file "$DATADIR/mime/packages/$APP_ID.xml"
expect_file "$DATADIR/icons/hicolor/scalable/apps/$APP_ID.svg"
expect_file "$DATADIR/icons/hicolor/symbolic/apps/$APP_ID-symbolic.svg"

# The lexicon: every dictionary in the source tree must be installed.
for f in "$MESON_SOURCE_ROOT"/data/lexicon/*.actors "$MESON_SOURCE_ROOT"/data/lexicon/cues.tsv; do
  [ -f "$f" ] || continue
  expect_file "$PKGDATADIR/lexicon/$(basename "$f")"
done

# One catalogue per language; LINGUAS may list several languages on a line.
if [ -f "$MESON_SOURCE_ROOT/po/LINGUAS" ]; then
  # shellcheck disable=SC2013
  for lang in $(sed -e 's/#.*//' "$MESON_SOURCE_ROOT/po/LINGUAS"); do
    expect_file "$LOCALEDIR/$lang/LC_MESSAGES/entente.mo"
  done
fi

# The desktop entry must point at the installed icon and MIME type.
count=$((count + 1))
desktop="$root$DATADIR/applications/$APP_ID.desktop"
if [ -f "$desktop" ] && grep -qx "Icon=$APP_ID" "$desktop" &&
   grep -q '^MimeType=.*application/x-entente-project;' "$desktop"; then
  echo "ok $count - desktop entry names icon $APP_ID and application/x-entente-project"
else
  echo "not ok $count - desktop entry lacks Icon=$APP_ID or the project MIME type"
  failures=$((failures + 1))
fi

# The MIME type, compiled as a desktop session would, recognises a project by
# its extension and, under another name, by the magic string.
if command -v update-mime-database >/dev/null 2>&1 && command -v gio >/dev/null 2>&1 &&
   [ -f "$root$DATADIR/mime/packages/$APP_ID.xml" ]; then
  mimehome="$destdir/mime-home"
  mkdir -p "$mimehome/mime/packages"
  cp "$root$DATADIR/mime/packages/$APP_ID.xml" "$mimehome/mime/packages/"
  update-mime-database "$mimehome/mime" >/dev/null 2>&1
  printf '{\n  "format": "entente-project",\n  "version": 1\n}\n' >"$destdir/sample.entente"
  cp "$destdir/sample.entente" "$destdir/sample-without-extension"
  for sample in sample.entente sample-without-extension; do
    count=$((count + 1))
    type=$(XDG_DATA_HOME="$mimehome" XDG_DATA_DIRS="${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" \
           gio info -a standard::content-type "$destdir/$sample" 2>/dev/null |
           sed -n 's/^ *standard::content-type: //p')
    if [ "$type" = "application/x-entente-project" ]; then
      echo "ok $count - $sample is application/x-entente-project"
    else
      echo "not ok $count - $sample is '$type', not application/x-entente-project"
      failures=$((failures + 1))
    fi
  done
else
  echo "# update-mime-database or gio not found: MIME detection not checked"
fi

echo "1..$count"
if [ "$failures" -ne 0 ]; then
  echo "# $failures of $count checks failed; installed files:" >&2
  (cd "$destdir" && find . -type f | LC_ALL=C sort) >&2
  exit 1
fi
exit 0
