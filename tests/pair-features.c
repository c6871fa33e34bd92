/* pair-features.c — print, for tools/train-pairs.py, the features of every
 * pair of actors the rules leave unrelated, and the positions the rules
 * find, in annotated sentences (.tsv) and articles (.txt).
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ent-extractor.h"

static const char *
state_of (EntGazetteer *gazetteer,
          guint         actor)
{
  return ent_gazetteer_fold_to_state (gazetteer, ent_gazetteer_get_actor (gazetteer, actor)->id);
}

typedef struct
{
  EntGazetteer *gazetteer;
  const char   *text;
} Trace;

/* Each pair with its sentence, where the trainer looks for the words a
 * gold file quotes as its evidence. */
static void
print_pair (guint       source,
            guint       target,
            guint       sentence_start,
            guint       sentence_end,
            const char *features,
            gpointer    user_data)
{
  Trace *trace = user_data;
  const char *from = g_utf8_offset_to_pointer (trace->text, sentence_start);
  const char *to = g_utf8_offset_to_pointer (trace->text, sentence_end);
  g_autofree char *sentence = g_strndup (from, to - from);

  g_strdelimit (sentence, "\t\n", ' ');
  printf ("pair\t%s\t%s\t%s\t%s\n", state_of (trace->gazetteer, source),
          state_of (trace->gazetteer, target), features, sentence);
}

static void
run_text (EntExtractor *extractor,
          const char   *text,
          gsize         length)
{
  EntGazetteer *gazetteer = ent_extractor_get_gazetteer (extractor);
  g_autoptr(EntExtraction) x = ent_extractor_run (extractor, text, length);

  for (guint i = 0; i < x->statements->len; i++)
    {
      EntFoundStatement *st = &g_array_index (x->statements, EntFoundStatement, i);

      printf ("rule\t%s\t%c\t%s\n", state_of (gazetteer, st->source), st->sign > 0 ? '+' : '-',
              state_of (gazetteer, st->target));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntExtractor) extractor = ent_extractor_new_default (&error);
  Trace trace = { NULL, NULL };

  if (extractor == NULL || argc < 2)
    {
      g_printerr ("usage: pair-features [--no-trace] FILE.tsv|FILE.txt ... (%s)\n",
                  error ? error->message : "");
      return 1;
    }
  /* With --no-trace, the model speaks and only the positions are printed. */
  if (strcmp (argv[1], "--no-trace") != 0)
    {
      trace.gazetteer = ent_extractor_get_gazetteer (extractor);
      ent_extractor_set_pair_trace (extractor, print_pair, &trace);
    }
  for (int a = 1; a < argc; a++)
    {
      g_autofree char *text = NULL;
      gsize length;

      if (strcmp (argv[a], "--no-trace") == 0)
        continue;
      if (!g_file_get_contents (argv[a], &text, &length, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      if (!g_str_has_suffix (argv[a], ".tsv"))
        {
          printf ("file\t%s\n", argv[a]);
          trace.text = text;
          run_text (extractor, text, length);
          continue;
        }
      for (char *line = text, *next; line != NULL && *line != '\0'; line = next)
        {
          char *tab;

          next = strchr (line, '\n');
          if (next != NULL)
            *next++ = '\0';
          if ((tab = strchr (line, '\t')) == NULL)
            continue;
          *tab = '\0';
          printf ("sentence\t%s\t%s\n", argv[a], tab + 1);
          trace.text = line;
          run_text (extractor, line, strlen (line));
        }
    }
  return 0;
}
