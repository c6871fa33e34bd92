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
  /* With ENTENTE_DEBUG_SENTENCES set, the actors named in each sentence,
   * for scripts that ask whether two actors ever meet in one. */
  if (g_getenv ("ENTENTE_DEBUG_SENTENCES") != NULL)
    for (guint s = 0, m = 0; s < x->sentences->len; s++)
      {
        EntFoundSentence *span = &g_array_index (x->sentences, EntFoundSentence, s);

        printf ("sentence %u:", s);
        for (; m < x->mentions->len; m++)
          {
            EntFoundMention *mention = &g_array_index (x->mentions, EntFoundMention, m);

            if (mention->start >= span->end)
              break;
            printf (" %s", ent_gazetteer_get_actor (gazetteer, mention->actor)->id);
          }
        printf ("\n");
      }
  return 0;
}
