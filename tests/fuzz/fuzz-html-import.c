/* fuzz-html-import.c — libFuzzer target: the HTML article extractor
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-core.h"
#include "ent-html-importer.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntDocument) doc = ent_html_import_data ((const char *)data, size, NULL,
                                                     "https://example.org/a", "doc-1", &error);

  if (doc != NULL)
    g_assert_true (g_utf8_validate (ent_document_get_text (doc), -1, NULL));
  else
    g_assert_nonnull (error);
  return 0;
}
