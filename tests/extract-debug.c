/* extract-debug.c — print what the extractor finds in a text, sentence by
 * sentence: a developer's tool, not a test.
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ent-extractor.h"

/* Prints the mentions and positions found in @text. */
static void
print_extraction (EntExtractor *extractor,
                  const char   *text,
                  gsize         length)
{
  EntGazetteer *gazetteer = ent_extractor_get_gazetteer (extractor);
  g_autoptr(EntExtraction) x = ent_extractor_run (extractor, text, length);

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
}

/* With --lines, every line of FILE is a text of its own: the annotated
 * sentences and the extractor's cases in one run, to compare the output of
 * two builds. */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntExtractor) extractor = ent_extractor_new_default (&error);
  gboolean lines = argc > 1 && g_strcmp0 (argv[1], "--lines") == 0;
  const char *path = lines ? argv[2] : argv[1];
  g_autofree char *text = NULL;
  gsize length;

  if (extractor == NULL || argc < (lines ? 3 : 2) ||
      !g_file_get_contents (path, &text, &length, &error))
    {
      g_printerr ("usage: extract-debug [--lines] FILE (%s)\n", error ? error->message : "");
      return 1;
    }
  if (!lines)
    print_extraction (extractor, text, length);
  else
    {
      g_auto(GStrv) each = g_strsplit (text, "\n", -1);

      for (guint i = 0; each[i] != NULL; i++)
        if (each[i][0] != '\0')
          {
            printf ("## %s\n", each[i]);
            print_extraction (extractor, each[i], strlen (each[i]));
          }
    }
  return 0;
}
