#!/bin/sh
# tests/check-potfiles.sh
#
# Copyright The Entente authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks po/POTFILES.in against the tree, on the model of libadwaita's
# .gitlab-ci/check-potfiles.sh. It fails when a file with translatable
# strings is not listed (so its strings would never reach translators), when
# a listed file does not exist (xgettext would stop `entente-pot`), or when
# the list is not sorted.
#
# Usage: check-potfiles.sh [SOURCE_ROOT]

set -u

cd "${1:-$(dirname "$0")/..}" || exit 1

potfiles=po/POTFILES.in
skipfiles=po/POTFILES.skip

if [ ! -f "$potfiles" ]; then
  echo "$potfiles not found in $(pwd)" >&2
  exit 1
fi

# The entries without comments and blank lines. A space-free path per line is
# what intltool and meson's i18n module expect.
listed=$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$potfiles")

# C sources that call a gettext macro: _(), N_(), C_(), NC_(), Q_(), or a
# gettext function directly. The character before the macro must not be part
# of an identifier, so that foo_( and I_() do not count.
c_files=$(find src -name '*.c' -type f -exec grep -lE \
            '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|Q_)\(|(^|[^A-Za-z0-9_])(g_d?n?p?gettext|n?gettext)[[:space:]]*\(' \
            {} + 2>/dev/null | LC_ALL=C sort)

# Templates with strings marked for translation.
ui_files=$(find resources -name '*.ui' -type f -exec grep -liE \
             'translatable="(yes|true|1)"' {} + 2>/dev/null | LC_ALL=C sort)

# Installed data with translatable fields (STYLE.md, convention 17).
data_files=$(find data -maxdepth 1 -type f \
               \( -name '*.desktop.in*' -o -name '*.metainfo.xml.in*' -o -name '*.gschema.xml' \) |
             LC_ALL=C sort)

status=0

missing=""
for f in $c_files $ui_files $data_files; do
  if [ -f "$skipfiles" ] && grep -qxF "$f" "$skipfiles"; then
    continue
  fi
  if ! printf '%s\n' "$listed" | grep -qxF "$f"; then
    missing="$missing $f"
  fi
done

if [ -n "$missing" ]; then
  echo "These files have translatable strings but are missing from $potfiles:" >&2
  for f in $missing; do
    echo "  $f" >&2
  done
  status=1
fi

absent=""
for f in $listed; do
  if [ ! -f "$f" ]; then
    absent="$absent $f"
  fi
done

if [ -n "$absent" ]; then
  echo "These files are listed in $potfiles but do not exist:" >&2
  for f in $absent; do
    echo "  $f" >&2
  done
  status=1
fi

if ! printf '%s\n' "$listed" | LC_ALL=C sort -c 2>/dev/null; then
  echo "$potfiles is not sorted; sort it with:" >&2
  echo "  LC_ALL=C sort" >&2
  status=1
fi

if [ "$status" -eq 0 ]; then
  echo "$potfiles lists all $(printf '%s\n' "$listed" | wc -l) files with translatable strings"
fi

exit "$status"
