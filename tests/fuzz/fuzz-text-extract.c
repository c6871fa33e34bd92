/* fuzz-text-extract.c — libFuzzer target: plain-text import, then
 * extraction, then applying the result to a project
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-core.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static EntExtractor *extractor;

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(EntDocument) document = NULL;
  g_autoptr(EntProject) project = NULL;
  g_autoptr(EntExtraction) x = NULL;
  const char *text;
  glong length;

  if (extractor == NULL)
    extractor = ent_extractor_new_default (NULL);
  g_assert_nonnull (extractor);

  document = ent_text_import_data ((const char *)data, size, "doc-1", "fuzz", NULL);
  if (document == NULL)
    return 0;
  text = ent_document_get_text (document);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  length = ent_document_get_length (document);

  x = ent_extractor_run (extractor, text, strlen (text));
  for (guint i = 0; i < x->statements->len; i++)
    {
      EntFoundStatement *st = &g_array_index (x->statements, EntFoundStatement, i);

      g_assert_cmpuint (st->sentence_start, <=, st->sentence_end);
      g_assert_cmpuint (st->sentence_end, <=, (guint)length);
      g_assert_cmpuint (st->cue_end, <=, (guint)length);
    }
  project = ent_project_new ();
  ent_project_add_document (project, document);
  ent_analysis_apply (project, ent_extractor_get_gazetteer (extractor), document, x);
  return 0;
}
