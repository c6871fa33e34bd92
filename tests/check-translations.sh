#!/bin/sh
# tests/check-translations.sh
#
# Copyright The Entente authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks every language in po/LINGUAS (STYLE.md, convention 17):
#   - po/LANG.po exists and compiles with `msgfmt --check` (header, plural
#     forms, format specifiers such as %s, %u and %.1f) and keeps the
#     mnemonic underscore of every label that has one;
#   - it has no untranslated and no fuzzy message;
#   - it is up to date with the sources: every message of a template freshly
#     extracted from the files in po/POTFILES.in is in it. The template is
#     made with xgettext and the arguments of meson's 'glib' preset
#     (po/meson.build), in a temporary directory: po/entente.pot is neither
#     needed nor touched.
# After a change to a translatable string, update the catalogues with
# `ninja -C _build entente-pot entente-update-po` and translate what is new.
#
# Usage: check-translations.sh [SOURCE_ROOT]
# Exit status 77 (skip) when the gettext tools are not installed.

set -u

cd "${1:-$(dirname "$0")/..}" || exit 1

for tool in xgettext msgfmt msgattrib msgcmp; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool not found; install gettext" >&2
    exit 77
  fi
done

linguas=po/LINGUAS
if [ ! -f "$linguas" ]; then
  echo "$linguas not found in $(pwd)" >&2
  exit 1
fi
# LINGUAS may hold several languages on a line, and comments.
langs=$(sed -e 's/#.*//' "$linguas")

tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/entente-translations.XXXXXX") || exit 1
trap 'rm -rf "$tmpdir"' EXIT INT TERM

# The same extraction as `ninja -C _build entente-pot`.
if ! xgettext --package-name=entente -f po/POTFILES.in -D . -k_ \
       -o "$tmpdir/entente.pot" \
       --from-code=UTF-8 --add-comments \
       --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
       --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 \
       --keyword=g_dpgettext2:2c,3 \
       --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format \
       --flag=NC_:2:pass-c-format --flag=g_dngettext:2:pass-c-format \
       --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format \
       --flag=g_string_append_printf:2:c-format --flag=g_error_new:3:c-format \
       --flag=g_set_error:4:c-format --flag=g_markup_printf_escaped:1:c-format \
       --flag=g_log:3:c-format --flag=g_print:1:c-format \
       --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
       --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format \
       --flag=g_snprintf:3:c-format \
       2>"$tmpdir/xgettext.log"; then
  cat "$tmpdir/xgettext.log" >&2
  echo "xgettext could not extract the messages from po/POTFILES.in" >&2
  exit 1
fi

status=0
checked=0

fail ()
{
  echo "FAIL: $*" >&2
  status=1
}

for lang in $langs; do
  po="po/$lang.po"
  checked=$((checked + 1))
  if [ ! -f "$po" ]; then
    fail "$lang is in $linguas but $po does not exist"
    continue
  fi

  # Compiles, with a valid header and matching format specifiers.
  if ! msgfmt --check --check-accelerators=_ --statistics -o /dev/null "$po" \
         2>"$tmpdir/msgfmt.log"; then
    cat "$tmpdir/msgfmt.log" >&2
    fail "$po does not pass msgfmt --check (see above)"
    continue
  fi
  printf '%s: ' "$lang"
  cat "$tmpdir/msgfmt.log"

  untranslated=$(msgattrib --untranslated --no-obsolete "$po" 2>&1)
  if [ -n "$untranslated" ]; then
    echo "$untranslated" | grep -E '^(msgctxt|msgid) ' >&2
    fail "$po has untranslated messages"
  fi

  fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$po" 2>&1)
  if [ -n "$fuzzy" ]; then
    echo "$fuzzy" | grep -E '^(msgctxt|msgid) ' >&2
    fail "$po has fuzzy messages"
  fi

  # Every message of the sources is in the catalogue (translated or not:
  # the untranslated ones are reported above).
  if ! msgcmp --use-fuzzy --use-untranslated "$po" "$tmpdir/entente.pot" \
         2>"$tmpdir/msgcmp.log"; then
    cat "$tmpdir/msgcmp.log" >&2
    fail "$po is not up to date with the sources; run ninja -C _build entente-update-po"
  fi
done

if [ "$status" -eq 0 ]; then
  echo "$checked languages in $linguas are complete and up to date"
fi
exit "$status"
