/* bench-extraction.c — extraction throughput on a generated 50 MB corpus
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds about 50 MB of news text by recombining the paragraphs of the
 * test corpus (tests/corpus/ *.txt) in a fixed pseudo-random order, then
 * runs the extractor over it on one thread and on every core, and prints
 * MB/s, sentences/s, positions found and the peak resident memory.
 *
 * Each is timed in three passes over the same corpus, and the median pass
 * is the figure: on a shared machine one pass may lose a second to a
 * neighbour, which says nothing of the extractor. Every pass is printed,
 * and the fastest beside the median.
 *
 *   bench-extraction [MEGABYTES] [CORPUS_DIR]
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "ent-extractor.h"

typedef struct
{
  EntExtractor *extractor;
  GPtrArray    *documents;
  guint         first;
  guint         step;
  guint64       sentences;
  guint64       statements;
} Work;

static GPtrArray *
load_paragraphs (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    g_error ("cannot open %s", dir_path);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;
      g_auto(GStrv) parts = NULL;

      if (!g_str_has_suffix (name, ".txt") || g_str_has_suffix (name, "-ids.txt"))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      if (!g_file_get_contents (path, &text, NULL, NULL))
        continue;
      parts = g_strsplit (text, "\n\n", -1);
      for (guint i = 0; parts[i]; i++)
        if (strlen (parts[i]) > 80)
          g_ptr_array_add (paragraphs, g_strdup (parts[i]));
    }
  return paragraphs;
}

static GPtrArray *
generate (GPtrArray *paragraphs,
          gsize      bytes,
          gsize     *total)
{
  GPtrArray *documents = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GString) doc = g_string_new (NULL);

  *total = 0;
  while (*total < bytes)
    {
      g_string_truncate (doc, 0);
      for (guint k = 0; k < 8; k++)
        {
          g_string_append (doc, g_ptr_array_index (paragraphs, g_rand_int_range (rand, 0, paragraphs->len)));
          g_string_append (doc, "\n\n");
        }
      *total += doc->len;
      /* a copy of its own length, as a file read into memory is: a
       * GString's spare room would count as input that is not there */
      g_ptr_array_add (documents, g_strndup (doc->str, doc->len));
    }
  return documents;
}

static gpointer
work_thread (gpointer data)
{
  Work *work = data;

  for (guint i = work->first; i < work->documents->len; i += work->step)
    {
      const char *text = g_ptr_array_index (work->documents, i);
      EntExtraction *x = ent_extractor_run (work->extractor, text, strlen (text));

      work->sentences += x->n_sentences;
      work->statements += x->statements->len;
      ent_extraction_free (x);
    }
  return NULL;
}

#define PASSES 3

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
run (EntExtractor *extractor,
     GPtrArray    *documents,
     guint         threads,
     guint64      *sentences,
     guint64      *statements)
{
  g_autofree Work *works = g_new0 (Work, threads);
  g_autofree GThread **handles = g_new0 (GThread *, threads);
  gint64 start = g_get_monotonic_time ();

  for (guint t = 0; t < threads; t++)
    {
      works[t] = (Work) { extractor, documents, t, threads, 0, 0 };
      handles[t] = g_thread_new ("extract", work_thread, &works[t]);
    }
  *sentences = *statements = 0;
  for (guint t = 0; t < threads; t++)
    {
      g_thread_join (handles[t]);
      *sentences += works[t].sentences;
      *statements += works[t].statements;
    }
  return (g_get_monotonic_time () - start) / 1e6;
}

/* Runs the corpus PASSES times on @threads threads, printing each pass;
 * returns the median time and sets @best to the shortest. */
static double
timed_passes (EntExtractor *extractor,
              GPtrArray    *documents,
              guint         threads,
              gsize         total,
              guint64      *sentences,
              guint64      *statements,
              double       *best)
{
  double seconds[PASSES];

  for (guint k = 0; k < PASSES; k++)
    {
      seconds[k] = run (extractor, documents, threads, sentences, statements);
      printf ("  %u %s, pass %u: %.2f s  %.1f MB/s\n", threads, threads == 1 ? "thread" : "threads",
              k + 1, seconds[k], total / 1e6 / seconds[k]);
    }
  qsort (seconds, PASSES, sizeof (double), compare_doubles);
  *best = seconds[0];
  return seconds[PASSES / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntExtractor) extractor = NULL;
  g_autoptr(GPtrArray) paragraphs = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  const char *corpus = argc > 2 ? argv[2] : SOURCE_LEXICON_DIR "/../../tests/corpus";
  gsize megabytes = argc > 1 ? (gsize)atoi (argv[1]) : 50;
  guint cores = g_get_num_processors ();
  gsize total;
  guint64 sentences, statements;
  double seconds, best;
  struct rusage usage;
  long before_kib;

  extractor = ent_extractor_new_default (&error);
  if (extractor == NULL)
    g_error ("%s", error->message);
  paragraphs = load_paragraphs (corpus);
  documents = generate (paragraphs, megabytes * 1000 * 1000, &total);
  getrusage (RUSAGE_SELF, &usage);
  before_kib = usage.ru_maxrss;

  printf ("corpus: %u documents, %.1f MB, from %u paragraphs of the test corpus\n",
          documents->len, total / 1e6, paragraphs->len);

  seconds = timed_passes (extractor, documents, 1, total, &sentences, &statements, &best);
  printf ("1 thread:   %.2f s  %.1f MB/s  %.0f sentences/s  (%" G_GUINT64_FORMAT " sentences, %"
          G_GUINT64_FORMAT " positions; median of %u passes, fastest %.1f MB/s)\n",
          seconds, total / 1e6 / seconds, sentences / seconds, sentences, statements, PASSES,
          total / 1e6 / best);

  seconds = timed_passes (extractor, documents, cores, total, &sentences, &statements, &best);
  printf ("%u threads:  %.2f s  %.1f MB/s  %.0f sentences/s  (median of %u passes, fastest %.1f MB/s)\n",
          cores, seconds, total / 1e6 / seconds, sentences / seconds, PASSES, total / 1e6 / best);

  getrusage (RUSAGE_SELF, &usage);
  printf ("peak resident memory: %.1f MB (%.1f MB before extraction; input %.1f MB; peak/input %.2f)\n",
          usage.ru_maxrss / 1024.0, before_kib / 1024.0, total / 1e6, usage.ru_maxrss * 1024.0 / total);
  return 0;
}
