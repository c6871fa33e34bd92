/* extract-debug.c — print what the extractor finds in a text, sentence by
 * sentence: a developer's tool, not a test.
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "ent-extractor.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntExtractor) extractor = ent_extractor_new_default (&error);
  EntGazetteer *gazetteer;
  g_autofree char *text = NULL;
  g_autoptr(EntExtraction) x = NULL;
  gsize length;

  if (extractor == NULL || argc < 2 || !g_file_get_contents (argv[1], &text, &length, &error))
    {
      g_printerr ("usage: extract-debug FILE (%s)\n", error ? error->message : "");
      return 1;
    }
  gazetteer = ent_extractor_get_gazetteer (extractor);
  x = ent_extractor_run (extractor, text, length);

  printf ("mentions:");
  for (guint i = 0; i < x->mentions->len; i++)
    {
      EntFoundMention *m = &g_array_index (x->mentions, EntFoundMention, i);
      const char *from = g_utf8_offset_to_pointer (text, m->start);
      const char *to = g_utf8_offset_to_pointer (text, m->end);

      printf (" [%.*s=%s]", (int)(to - from), from, ent_gazetteer_get_actor (gazetteer, m->actor)->id);
    }
  printf ("\n\n");
  for (guint i = 0; i < x->statements->len; i++)
    {
      EntFoundStatement *st = &g_array_index (x->statements, EntFoundStatement, i);
      const char *from = g_utf8_offset_to_pointer (text, st->sentence_start);
      const char *to = g_utf8_offset_to_pointer (text, st->sentence_end);

      printf ("%s %c %s  (%s, %.2f)\n    %.*s\n",
              ent_gazetteer_get_actor (gazetteer, st->source)->id, st->sign > 0 ? '+' : '-',
              ent_gazetteer_get_actor (gazetteer, st->target)->id, st->cue, st->confidence,
              (int)(to - from), from);
    }
  return 0;
}
