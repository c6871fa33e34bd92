/* test-corpus.c — extraction quality on the annotated corpus
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Scores precision, recall and F1 of signed, directed actor pairs at state
 * level against tests/corpus/ *.gold, and fails below a floor that is raised
 * as the extractor improves. ENTENTE_EVAL_VERBOSE=1 prints every miss and
 * every false alarm, and every hit with its cue (for counting what a kind
 * of cue gets right); ENTENTE_EVAL_DIR=PATH scores the articles in PATH as
 * well (and prints theirs), for trying a rule on new text.
 */

#include "config.h"

#include <string.h>

#include "entente-core.h"
#include "ent-extractor.h"

#define F1_FLOOR 0.78
#define HELDOUT_FLOOR 0.60
#define SENTENCES_FLOOR 0.79
#define SENTENCES_HELDOUT_FLOOR 0.665

typedef struct
{
  guint tp, fp, fn;
} Score;

static char *
pair_key (const char *source,
          int         sign,
          const char *target)
{
  return g_strdup_printf ("%s %c %s", source, sign > 0 ? '+' : '-', target);
}

static const char *
fold (EntGazetteer *gazetteer,
      const char   *id)
{
  return ent_gazetteer_fold_to_state (gazetteer, id);
}

static void
read_gold (EntGazetteer *gazetteer,
           const char   *path,
           GHashTable   *required,
           GHashTable   *optional)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) f = NULL;
      gboolean opt = FALSE;
      char **fields;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      fields = f;
      if (g_str_equal (fields[0], "?"))
        {
          opt = TRUE;
          fields++;
        }
      if (g_strv_length (fields) < 3)
        continue;
      g_hash_table_add (opt ? optional : required,
                        pair_key (fold (gazetteer, fields[0]), fields[1][0] == '+' ? 1 : -1,
                                  fold (gazetteer, fields[2])));
    }
}

/* Whether both actors of a pair are mentioned in one sentence: a miss
 * where they are is the rules' fault, not the dictionaries'. */
static const char *current_text;

static gboolean
co_mentioned (EntGazetteer  *gazetteer,
              EntExtraction *x,
              const char    *key)
{
  g_auto(GStrv) parts = g_strsplit (key, " ", 3);

  for (guint s = 0; s < x->sentences->len; s++)
    {
      EntFoundSentence *span = &g_array_index (x->sentences, EntFoundSentence, s);
      gboolean a = FALSE, b = FALSE;

      for (guint m = 0; m < x->mentions->len; m++)
        {
          EntFoundMention *mention = &g_array_index (x->mentions, EntFoundMention, m);
          const char *id;

          if (mention->start < span->start || mention->end > span->end)
            continue;
          id = fold (gazetteer, ent_gazetteer_get_actor (gazetteer, mention->actor)->id);
          a |= g_strcmp0 (id, parts[0]) == 0;
          b |= g_strcmp0 (id, parts[2]) == 0;
        }
      if (a && b)
        {
          const char *from = g_utf8_offset_to_pointer (current_text, span->start);
          const char *to = g_utf8_offset_to_pointer (current_text, span->end);

          g_printerr ("      %.*s\n", (int)(to - from), from);
          return TRUE;
        }
    }
  return FALSE;
}

/* Whether @id is mentioned anywhere in the text: a miss where it is not is
 * the dictionaries' fault. */
static gboolean
mentioned (EntGazetteer  *gazetteer,
           EntExtraction *x,
           const char    *id)
{
  for (guint m = 0; m < x->mentions->len; m++)
    {
      EntFoundMention *mention = &g_array_index (x->mentions, EntFoundMention, m);

      if (g_strcmp0 (fold (gazetteer, ent_gazetteer_get_actor (gazetteer, mention->actor)->id),
                     id) == 0)
        return TRUE;
    }
  return FALSE;
}

static const char *
miss_reason (EntGazetteer  *gazetteer,
             EntExtraction *x,
             const char    *key)
{
  g_auto(GStrv) parts = g_strsplit (key, " ", 3);
  gboolean a = mentioned (gazetteer, x, parts[0]), b = mentioned (gazetteer, x, parts[2]);

  if (!a || !b)
    return !a && !b ? "  (neither found)" : !a ? "  (source never found)" : "  (target never found)";
  return co_mentioned (gazetteer, x, key) ? "  (in one sentence)" : "";
}

/* Scores the positions found in @text against @required and @optional. */
static void
score_text (EntExtractor *extractor,
            const char   *text,
            gsize         length,
            GHashTable   *required,
            GHashTable   *optional,
            const char   *shown,
            Score        *total,
            gboolean      verbose)
{
  EntGazetteer *gazetteer = ent_extractor_get_gazetteer (extractor);
  g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(EntExtraction) extraction = ent_extractor_run (extractor, text, length);
  GHashTableIter iter;
  gpointer key, value;

  current_text = text;

  for (guint i = 0; i < extraction->statements->len; i++)
    {
      EntFoundStatement *st = &g_array_index (extraction->statements, EntFoundStatement, i);
      const char *s = fold (gazetteer, ent_gazetteer_get_actor (gazetteer, st->source)->id);
      const char *t = fold (gazetteer, ent_gazetteer_get_actor (gazetteer, st->target)->id);
      char *k;
      g_autofree char *sentence = NULL;
      const char *from, *to;

      if (g_strcmp0 (s, t) == 0)
        continue;
      k = pair_key (s, st->sign, t);
      from = g_utf8_offset_to_pointer (text, st->sentence_start);
      to = g_utf8_offset_to_pointer (text, st->sentence_end);
      sentence = g_strdup_printf ("[%s] %.*s", st->cue, (int)MIN (to - from, 160), from);
      g_hash_table_insert (found, k, g_steal_pointer (&sentence));
    }

  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (g_hash_table_contains (required, key))
        {
          total->tp++;
          if (verbose)
            g_printerr ("  TP %s: %s\n    %s\n", shown, (char *)key, (char *)value);
        }
      else if (!g_hash_table_contains (optional, key))
        {
          total->fp++;
          if (verbose)
            g_printerr ("  FP %s: %s\n    %s\n", shown,
                        (char *)key, (char *)value);
        }
    }
  g_hash_table_iter_init (&iter, required);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (found, key))
      {
        total->fn++;
        if (verbose)
          g_printerr ("  FN %s: %s%s\n", shown, (char *)key,
                      miss_reason (gazetteer, extraction, key));
      }
}

static void
score_file (EntExtractor *extractor,
            const char   *txt_path,
            Score        *total,
            gboolean      verbose)
{
  EntGazetteer *gazetteer = ent_extractor_get_gazetteer (extractor);
  g_autofree char *base = g_strndup (txt_path, strlen (txt_path) - 4);
  g_autofree char *gold_path = g_strconcat (base, ".gold", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GHashTable) required = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) optional = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gsize length;

  g_assert_true (g_file_get_contents (txt_path, &text, &length, NULL));
  read_gold (gazetteer, gold_path, required, optional);
  score_text (extractor, text, length, required, optional, strrchr (txt_path, '/') + 1, total,
              verbose);
}

/* Adds the pairs "SRC+TGT SRC-TGT" of a sentence line to @required. An id
 * may hold a hyphen ("al-shabab"), so the sign is the one that splits the
 * pair into two known actors. */
static void
read_pairs (EntGazetteer *gazetteer,
            const char   *pairs,
            GHashTable   *required)
{
  g_auto(GStrv) items = g_strsplit (pairs, " ", -1);

  for (guint i = 0; items[i]; i++)
    for (const char *c = items[i] + 1; *c; c++)
      {
        g_autofree char *source = g_strndup (items[i], c - items[i]);

        if ((*c == '+' || *c == '-') && ent_gazetteer_lookup (gazetteer, source) != NULL &&
            ent_gazetteer_lookup (gazetteer, c + 1) != NULL)
          {
            g_hash_table_add (required, pair_key (fold (gazetteer, source), *c == '+' ? 1 : -1,
                                                  fold (gazetteer, c + 1)));
            break;
          }
      }
}

/* tests/sentences/ *.tsv: one news sentence a line and the positions it
 * states, "SENTENCE<TAB>SRC+TGT SRC-TGT", written by people who had not
 * seen the rules. Returns F1. */
static double
score_sentences (const char *dir_name,
                 guint       min_sentences)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntExtractor) extractor = ent_extractor_new_default (&error);
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, dir_name, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  gboolean verbose = g_getenv ("ENTENTE_EVAL_VERBOSE") != NULL;
  Score total = { 0 };
  guint n = 0;
  const char *name;
  double precision, recall, f1;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *contents = NULL;
      g_auto(GStrv) lines = NULL;

      if (!g_str_has_suffix (name, ".tsv"))
        continue;
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      lines = g_strsplit (contents, "\n", -1);
      for (guint i = 0; lines[i]; i++)
        {
          g_auto(GStrv) f = g_strsplit (lines[i], "\t", 2);
          g_autoptr(GHashTable) required =
            g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_autoptr(GHashTable) optional =
            g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_autofree char *shown = g_strdup_printf ("%s:%u", name, i + 1);

          if (f[0] == NULL || f[1] == NULL)
            continue;
          read_pairs (ent_extractor_get_gazetteer (extractor), f[1], required);
          score_text (extractor, f[0], strlen (f[0]), required, optional, shown, &total, verbose);
          n++;
        }
    }
  g_assert_cmpuint (n, >=, min_sentences);
  precision = total.tp + total.fp ? (double)total.tp / (total.tp + total.fp) : 0;
  recall = total.tp + total.fn ? (double)total.tp / (total.tp + total.fn) : 0;
  f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  g_test_message ("%s: %u, tp %u fp %u fn %u: precision %.3f recall %.3f F1 %.3f", dir_name, n,
                  total.tp, total.fp, total.fn, precision, recall, f1);
  g_printerr ("%s: %u, tp %u fp %u fn %u: precision %.3f recall %.3f F1 %.3f\n", dir_name, n,
              total.tp, total.fp, total.fn, precision, recall, f1);
  return f1;
}

static void
test_sentences (void)
{
  g_assert_cmpfloat (score_sentences ("sentences", 7380), >=, SENTENCES_FLOOR);
}

/* Sentences whose misses have never been read. */
static void
test_sentences_heldout (void)
{
  g_assert_cmpfloat (score_sentences ("sentences-heldout", 4300), >=, SENTENCES_HELDOUT_FLOOR);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static double score_dir (EntExtractor *extractor, const char *dir_name, guint min_files, gboolean verbose);

static void
test_corpus (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntExtractor) extractor = ent_extractor_new_default (&error);
  gboolean verbose = g_getenv ("ENTENTE_EVAL_VERBOSE") != NULL;
  double f1;

  g_assert_no_error (error);
  f1 = score_dir (extractor, "corpus", 432, verbose);
  g_assert_cmpfloat (f1, >=, F1_FLOOR);
}

/* The held-out set was written by people who had not seen the extractor,
 * and its texts are never read when rules are written; only its total
 * score guides which rules stay. h-01 to h-45 came first; h-46 to h-70
 * and h-71 to h-113 were each scored once as they arrived. h-96 to h-113
 * were written for two tuning sets (g-, i-) but tell of the same events as
 * h-71 to h-95, so they were held out with them. */
static void
test_heldout (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntExtractor) extractor = ent_extractor_new_default (&error);
  double f1;

  g_assert_no_error (error);
  f1 = score_dir (extractor, "heldout", 507, g_getenv ("ENTENTE_EVAL_HELDOUT_VERBOSE") != NULL);
  g_assert_cmpfloat (f1, >=, HELDOUT_FLOOR);
}

static double
score_dir (EntExtractor *extractor,
           const char   *dir_name,
           guint         min_files,
           gboolean      verbose)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir_path = g_path_is_absolute (dir_name) ? g_strdup (dir_name)
                                                              : g_test_build_filename (G_TEST_DIST, dir_name, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  Score total = { 0 };
  const char *name;
  double precision, recall, f1;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt") && !g_str_has_suffix (name, "-ids.txt") &&
        !g_str_has_prefix (name, "ids-"))
      g_ptr_array_add (files, g_build_filename (dir_path, name, NULL));
  g_ptr_array_sort (files, compare_paths);
  g_assert_cmpuint (files->len, >=, min_files);

  for (guint i = 0; i < files->len; i++)
    score_file (extractor, g_ptr_array_index (files, i), &total, verbose);

  precision = total.tp + total.fp ? (double)total.tp / (total.tp + total.fp) : 0;
  recall = total.tp + total.fn ? (double)total.tp / (total.tp + total.fn) : 0;
  f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  g_test_message ("%s: %u articles, tp %u fp %u fn %u: precision %.3f recall %.3f F1 %.3f",
                  dir_name, files->len, total.tp, total.fp, total.fn, precision, recall, f1);
  g_printerr ("%s: %u articles, tp %u fp %u fn %u: precision %.3f recall %.3f F1 %.3f\n",
              dir_name, files->len, total.tp, total.fp, total.fn, precision, recall, f1);
  return f1;
}

static void
test_extra_dir (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntExtractor) extractor = ent_extractor_new_default (&error);

  g_assert_no_error (error);
  score_dir (extractor, g_getenv ("ENTENTE_EVAL_DIR"), 1, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/entente/extraction/corpus", test_corpus);
  g_test_add_func ("/entente/extraction/heldout", test_heldout);
  g_test_add_func ("/entente/extraction/sentences", test_sentences);
  g_test_add_func ("/entente/extraction/sentences-heldout", test_sentences_heldout);
  if (g_getenv ("ENTENTE_EVAL_DIR") != NULL)
    g_test_add_func ("/entente/extraction/extra", test_extra_dir);
  return g_test_run ();
}
