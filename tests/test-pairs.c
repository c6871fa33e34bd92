/* test-pairs.c — the pair model: two actors of a sentence that the rules
 * left unrelated, scored by data/lexicon/pairs.model.
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "entente-core.h"

static EntExtractor *extractor;

/* Loads @model into the shared lexicon; "zorbled" is a word no cue or
 * rule knows, so whatever it gives is the model's. */
static void
load (const char *model)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ent_lexicon_load_pair_model (ent_extractor_get_lexicon (extractor), model,
                                              strlen (model), "test.model", &error));
  g_assert_no_error (error);
}

/* The positions found in @text, as "KEN+GHA" separated by spaces. */
static char *
positions (const char *text,
           double     *confidence,
           char      **cue)
{
  g_autoptr(EntExtraction) x = ent_extractor_run (extractor, text, strlen (text));
  EntGazetteer *gazetteer = ent_extractor_get_gazetteer (extractor);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < x->statements->len; i++)
    {
      EntFoundStatement *st = &g_array_index (x->statements, EntFoundStatement, i);

      g_string_append_printf (out, "%s%s%c%s", out->len > 0 ? " " : "",
                              ent_gazetteer_get_actor (gazetteer, st->source)->id,
                              st->sign > 0 ? '+' : '-',
                              ent_gazetteer_get_actor (gazetteer, st->target)->id);
      if (confidence != NULL)
        *confidence = st->confidence;
      if (cue != NULL)
        {
          g_free (*cue);
          *cue = g_strdup (st->cue);
        }
    }
  return g_string_free (out, FALSE);
}

static void
test_names_position (void)
{
  g_autofree char *none = NULL;
  g_autofree char *found = NULL;
  g_autofree char *cue = NULL;
  double confidence = 0.0;

  load ("");
  none = positions ("Kenya zorbled Ghana on Tuesday.", NULL, NULL);
  g_assert_cmpstr (none, ==, "");

  load ("# a test model\nthreshold\t0.5\nfw:zorbled\t4\t0\n");
  found = positions ("Kenya zorbled Ghana on Tuesday.", &confidence, &cue);
  /* Only the way the weight points: "rw:zorbled" weighs nothing. */
  g_assert_cmpstr (found, ==, "KEN+GHA");
  g_assert_cmpstr (cue, ==, "zorbled");
  /* Below every rule's confidence. */
  g_assert_cmpfloat (confidence, >, 0.0);
  g_assert_cmpfloat (confidence, <=, 0.3);
}

static void
test_opposition (void)
{
  g_autofree char *found = NULL;

  load ("threshold\t0.5\nfw:zorbled\t0\t4\n");
  found = positions ("Kenya zorbled Ghana on Tuesday.", NULL, NULL);
  g_assert_cmpstr (found, ==, "KEN-GHA");
}

static void
test_below_threshold (void)
{
  g_autofree char *found = NULL;
  g_autofree char *above = NULL;

  /* e^0.5 / (1 + e^0.5 + 1) = 0.45 */
  load ("threshold\t0.5\nfw:zorbled\t0.5\t0\n");
  found = positions ("Kenya zorbled Ghana on Tuesday.", NULL, NULL);
  g_assert_cmpstr (found, ==, "");
  load ("threshold\t0.4\nfw:zorbled\t0.5\t0\n");
  above = positions ("Kenya zorbled Ghana on Tuesday.", NULL, NULL);
  g_assert_cmpstr (above, ==, "KEN+GHA");
}

static void
test_left_to_rules (void)
{
  g_autofree char *negated = NULL;
  g_autofree char *refused = NULL;
  g_autofree char *ruled = NULL;
  g_autofree char *far = NULL;

  load ("threshold\t0.5\nfw:zorble\t4\t0\nfw:zorbled\t4\t0\nfw:condemned\t4\t0\n");
  /* A negation or a refusal between is for the rules to read. */
  negated = positions ("Kenya did not zorble Ghana.", NULL, NULL);
  g_assert_cmpstr (negated, ==, "");
  refused = positions ("Kenya refused to zorble Ghana.", NULL, NULL);
  g_assert_cmpstr (refused, ==, "");
  /* Where the rules found a position, the model adds none. */
  ruled = positions ("Kenya condemned Ghana.", NULL, NULL);
  g_assert_cmpstr (ruled, ==, "KEN-GHA");
  /* Two other actors between: too far to guess. */
  far = positions ("Kenya zorbled Uganda, Tanzania and Ghana.", NULL, NULL);
  g_assert_true (strstr (far, "KEN+UGA") != NULL);
  g_assert_null (strstr (far, "KEN+GHA"));
}

/* What the whole text says of the two states weighs with the sentence. */
static void
test_article (void)
{
  const char *twice = "Kenya zorbled Ghana on Monday. Kenya blorfed Ghana on Friday.";
  const char *ruled = "Kenya condemned Ghana on Monday. Kenya zorbled Ghana on Friday.";
  g_autofree char *once = NULL;
  g_autofree char *again = NULL;
  g_autofree char *cue = NULL;
  g_autofree char *added = NULL;
  g_autofree char *said = NULL;
  g_autofree char *alone = NULL;

  /* e^1 / (1 + e^1 + 1) = 0.58: not enough alone */
  load ("threshold\t0.6\nfw:zorbled\t1\t0\nfw:blorfed\t-5\t-5\n");
  once = positions (twice, NULL, NULL);
  g_assert_cmpstr (once, ==, "");
  /* but two sentences pairing the two states make it 0.79 */
  load ("threshold\t0.6\nfw:zorbled\t1\t0\nfw:blorfed\t-5\t-5\nart:cooc2\t1\t0\n");
  again = positions (twice, NULL, &cue);
  g_assert_cmpstr (again, ==, "KEN+GHA");
  g_assert_cmpstr (cue, ==, "zorbled");

  /* A sentence alone weighs its own "art1" features. */
  load ("threshold\t0.6\nfw:zorbled\t1\t0\nart1:cooc1\t1\t0\n");
  alone = positions ("Kenya zorbled Ghana on Monday.", NULL, NULL);
  g_assert_cmpstr (alone, ==, "KEN+GHA");

  /* What the rules found of the pair elsewhere in the text. */
  load ("threshold\t0.5\nfw:zorbled\t4\t0\n");
  added = positions (ruled, NULL, NULL);
  /* each in its sentence's order */
  g_assert_cmpstr (added, ==, "KEN-GHA KEN+GHA");
  load ("threshold\t0.5\nfw:zorbled\t4\t0\nart:same-\t-8\t0\n");
  said = positions (ruled, NULL, NULL);
  g_assert_cmpstr (said, ==, "KEN-GHA");
}

typedef struct
{
  guint  calls;
  char  *features;
  guint  start;
  guint  end;
} Traced;

static void
trace (guint       source,
       guint       target,
       guint       sentence_start,
       guint       sentence_end,
       const char *features,
       gpointer    user_data)
{
  Traced *traced = user_data;
  EntGazetteer *gazetteer = ent_extractor_get_gazetteer (extractor);

  if (g_strcmp0 (ent_gazetteer_get_actor (gazetteer, source)->id, "KEN") == 0 &&
      g_strcmp0 (ent_gazetteer_get_actor (gazetteer, target)->id, "GHA") == 0)
    {
      g_free (traced->features);
      traced->features = g_strdup (features);
      traced->start = sentence_start;
      traced->end = sentence_end;
    }
  traced->calls++;
}

static void
test_trace (void)
{
  const char *text = "Talks ended. Kenya zorbled Ghana.";
  Traced traced = { 0, NULL, 0, 0 };
  g_autofree char *found = NULL;
  g_auto(GStrv) features = NULL;

  load ("threshold\t0.5\nfw:zorbled\t4\t0\n");
  ent_extractor_set_pair_trace (extractor, trace, &traced);
  found = positions (text, NULL, NULL);
  ent_extractor_set_pair_trace (extractor, NULL, NULL);

  /* Both ways, and the model names nothing while traced. */
  g_assert_cmpuint (traced.calls, ==, 2);
  g_assert_cmpstr (found, ==, "");
  g_assert_nonnull (traced.features);
  features = g_strsplit (traced.features, " ", -1);
  g_assert_true (g_strv_contains ((const char * const *)features, "fw:zorbled"));
  g_assert_true (g_strv_contains ((const char * const *)features, "w:zorbled"));
  g_assert_true (g_strv_contains ((const char * const *)features, "s:bias"));
  /* Two sentences: not one said alone. */
  g_assert_false (g_strv_contains ((const char * const *)features, "s:single"));
  /* What the text says of the pair: named together once, the most central two. */
  g_assert_true (g_strv_contains ((const char * const *)features, "art:cooc1"));
  g_assert_true (g_strv_contains ((const char * const *)features, "art:srank1"));
  g_assert_false (g_strv_contains ((const char * const *)features, "art1:cooc1"));
  g_assert_cmpuint (traced.start, ==, 13);
  g_assert_cmpuint (traced.end, ==, strlen (text));
  g_free (traced.features);
}

static void
test_bad_model (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  EntLexicon *lexicon = ent_extractor_get_lexicon (extractor);
  const char *one_weight = "threshold\t0.5\nfw:zorbled\t4\n";
  const char *no_kind = "zorbled\t4\t0\n";
  const char *bad_threshold = "threshold\t1.5\nfw:zorbled\t4\t0\n";

  load ("threshold\t0.5\nfw:zorbled\t4\t0\n");
  g_assert_false (ent_lexicon_load_pair_model (lexicon, one_weight, strlen (one_weight),
                                               "bad.model", &error));
  g_assert_error (error, ENT_LEXICON_ERROR, ENT_LEXICON_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "bad.model, line 2"));
  g_clear_error (&error);
  g_assert_false (ent_lexicon_load_pair_model (lexicon, no_kind, strlen (no_kind), "bad.model",
                                               &error));
  g_assert_nonnull (strstr (error->message, "line 1"));
  g_clear_error (&error);
  g_assert_false (ent_lexicon_load_pair_model (lexicon, bad_threshold, strlen (bad_threshold),
                                               "bad.model", &error));
  g_assert_nonnull (strstr (error->message, "threshold"));
  /* A model that failed to load leaves the one before. */
  kept = positions ("Kenya zorbled Ghana on Tuesday.", NULL, NULL);
  g_assert_cmpstr (kept, ==, "KEN+GHA");
  g_assert_cmpfloat (ent_lexicon_get_pair_threshold (lexicon), ==, 0.5);
}

/* The pairs a trace names in one text, "SOURCE TARGET START" -> the
 * features it gives them. */
static void
collect_traced (guint       source,
                guint       target,
                guint       sentence_start,
                guint       sentence_end,
                const char *features,
                gpointer    user_data)
{
  g_hash_table_insert (user_data, g_strdup_printf ("%u %u %u", source, target, sentence_start),
                       g_strdup (features));
}

/* The sign and the confidence the model gives a pair whose trace names
 * @features, from the weights of those features added up: what
 * tools/train-pairs.py learns from. Returns the sign, or 0. */
static int
traced_decision (EntLexicon *lexicon,
                 const char *features,
                 double     *confidence)
{
  g_auto(GStrv) names = g_strsplit (features, " ", -1);
  double threshold = ent_lexicon_get_pair_threshold (lexicon);
  double score[2] = { 0.0, 0.0 };
  double none, support, oppose;

  for (guint i = 0; names[i] != NULL; i++)
    {
      char *colon = strchr (names[i], ':');
      const float *w;

      g_assert_nonnull (colon);
      *colon = '\0';
      w = ent_lexicon_pair_weights (lexicon, ent_lexicon_pair_key (ent_text_hash_str (names[i]),
                                                                   ent_text_hash_str (colon + 1)));
      for (guint k = 0; w != NULL && k < 2; k++)
        score[k] += w[k];
    }
  none = 1.0 / (1.0 + exp (score[0]) + exp (score[1]));
  support = exp (score[0]) * none;
  oppose = exp (score[1]) * none;
  *confidence = 0.1 + 0.2 * MAX (support, oppose);
  if (support > threshold && support > oppose)
    return 1;
  return oppose > threshold ? -1 : 0;
}

/* Checks the positions the model names in @text against what its trace
 * of the same text gives; returns how many it named. */
static guint
check_trace_agrees (EntExtractor *model,
                    const char   *text)
{
  EntLexicon *lexicon = ent_extractor_get_lexicon (model);
  g_autoptr(GHashTable) traced = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(EntExtraction) x = NULL;
  guint named = 0;

  ent_extractor_set_pair_trace (model, collect_traced, traced);
  x = ent_extractor_run (model, text, strlen (text));
  ent_extractor_set_pair_trace (model, NULL, NULL);
  g_clear_pointer (&x, ent_extraction_free);
  x = ent_extractor_run (model, text, strlen (text));
  for (guint i = 0; i < x->statements->len; i++)
    {
      EntFoundStatement *st = &g_array_index (x->statements, EntFoundStatement, i);
      g_autofree char *key = g_strdup_printf ("%u %u %u", st->source, st->target,
                                              st->sentence_start);
      const char *features = g_hash_table_lookup (traced, key);
      double confidence;

      /* the rules' positions: the model never weighs their pairs */
      if (features == NULL)
        continue;
      g_assert_cmpint (traced_decision (lexicon, features, &confidence), ==, st->sign);
      g_assert_cmpfloat_with_epsilon (st->confidence, confidence, 1e-5);
      named++;
    }
  return named;
}

/* The model scores a pair by the features its trace names, which is what
 * it was learnt from: over articles and sentences of the corpus, every
 * position it names has the sign and the confidence that the weights of
 * its traced features give. The two are written apart in
 * ent-extractor-pairs.c, for speed; this keeps them one. */
static void
test_trace_agrees (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntExtractor) model = ent_extractor_new_default (&error);
  g_autofree char *corpus = g_test_build_filename (G_TEST_DIST, "corpus", NULL);
  g_autofree char *probes = g_test_build_filename (G_TEST_DIST, "sentences-heldout",
                                                   "probes-21.tsv", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  const char *name;
  guint named = 0, articles = 0;

  g_assert_no_error (error);
  dir = g_dir_open (corpus, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL && articles < 80)
    {
      g_autofree char *path = g_build_filename (corpus, name, NULL);
      g_autofree char *text = NULL;

      if (!g_str_has_suffix (name, ".txt"))
        continue;
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      named += check_trace_agrees (model, text);
      articles++;
    }
  g_assert_true (g_file_get_contents (probes, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 2);

      if (fields[0] != NULL && fields[1] != NULL)
        named += check_trace_agrees (model, fields[0]);
    }
  g_test_message ("%u positions of the model checked against their traces", named);
  /* enough for the check to mean something */
  g_assert_cmpuint (named, >=, 50);
}

static void
test_default_model (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntLexicon) lexicon = ent_lexicon_new_default (&error);
  double threshold;

  g_assert_no_error (error);
  threshold = ent_lexicon_get_pair_threshold (lexicon);
  g_assert_cmpfloat (threshold, >, 0.0);
  g_assert_cmpfloat (threshold, <, 1.0);
  /* The model learnt that a word between may mean support. */
  g_assert_nonnull (ent_lexicon_pair_weights (lexicon,
                                              ent_lexicon_pair_key (ent_text_hash_str ("s"),
                                                                    ent_text_hash_str ("bias"))));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  extractor = ent_extractor_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/entente/pairs/names-position", test_names_position);
  g_test_add_func ("/entente/pairs/opposition", test_opposition);
  g_test_add_func ("/entente/pairs/below-threshold", test_below_threshold);
  g_test_add_func ("/entente/pairs/left-to-rules", test_left_to_rules);
  g_test_add_func ("/entente/pairs/article", test_article);
  g_test_add_func ("/entente/pairs/trace", test_trace);
  g_test_add_func ("/entente/pairs/trace-agrees", test_trace_agrees);
  g_test_add_func ("/entente/pairs/bad-model", test_bad_model);
  g_test_add_func ("/entente/pairs/default-model", test_default_model);

  status = g_test_run ();
  g_object_unref (extractor);
  return status;
}
