/* test-extractor.c — the constructions the extractor must handle
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-core.h"

static EntExtractor *extractor;

typedef struct
{
  char *name;
  char *text;
  char *expected;   /* "RUS+SYR IRN+SYR", state level, sorted; "" for none */
} Case;

static GPtrArray *cases;

static void
case_free (gpointer data)
{
  Case *c = data;

  g_free (c->name);
  g_free (c->text);
  g_free (c->expected);
  g_free (c);
}

/* The cases of extractor-cases.tsv: name, text and expected pairs. */
static void
load_cases (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "extractor-cases.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  cases = g_ptr_array_new_with_free_func (case_free);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = NULL;
      Case *c;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (f), ==, 3);
      c = g_new0 (Case, 1);
      c->name = g_strdup (f[0]);
      c->text = g_strdup (f[1]);
      c->expected = g_strdup (f[2]);
      g_ptr_array_add (cases, c);
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* The positions of @text, each once, sorted; between states, or between
 * the actors found unless @to_states. */
static char *
found_pairs (const char *text,
             gboolean    to_states)
{
  g_autoptr(EntExtraction) x = ent_extractor_run (extractor, text, strlen (text));
  EntGazetteer *gazetteer = ent_extractor_get_gazetteer (extractor);
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < x->statements->len; i++)
    {
      EntFoundStatement *st = &g_array_index (x->statements, EntFoundStatement, i);
      const char *source = ent_gazetteer_get_actor (gazetteer, st->source)->id;
      const char *target = ent_gazetteer_get_actor (gazetteer, st->target)->id;
      char *pair = g_strdup_printf ("%s%c%s",
                                    to_states ? ent_gazetteer_fold_to_state (gazetteer, source) : source,
                                    st->sign > 0 ? '+' : '-',
                                    to_states ? ent_gazetteer_fold_to_state (gazetteer, target) : target);

      if (g_hash_table_contains (seen, pair))
        {
          g_free (pair);
          continue;
        }
      g_hash_table_add (seen, pair);
      g_ptr_array_add (pairs, pair);
    }
  g_ptr_array_sort (pairs, compare_strings);
  g_ptr_array_add (pairs, NULL);
  return g_strjoinv (" ", (char **)pairs->pdata);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *found = found_pairs (c->text, TRUE);

  if (g_strcmp0 (found, c->expected) != 0)
    g_test_message ("%s: “%s” gave “%s”, expected “%s”", c->name, c->text, found, c->expected);
  g_assert_cmpstr (found, ==, c->expected);
}

static void
test_evidence_offsets (void)
{
  const char *text = "😀 Überall: Moscow backs Damascus. Iran supports Syria.";
  g_autoptr(EntExtraction) x = ent_extractor_run (extractor, text, strlen (text));
  EntFoundStatement *st;
  g_autofree char *sentence = NULL;
  g_autofree char *cue = NULL;

  g_assert_cmpuint (x->statements->len, ==, 2);
  if (x->statements->len != 2)
    return;
  st = &g_array_index (x->statements, EntFoundStatement, 1);
  /* Offsets are in characters: the emoji is one. */
  sentence = g_utf8_substring (text, st->sentence_start, st->sentence_end);
  cue = g_utf8_substring (text, st->cue_start, st->cue_end);
  g_assert_cmpstr (sentence, ==, "Iran supports Syria.");
  g_assert_cmpstr (cue, ==, "supports");
  g_assert_cmpstr (st->cue, ==, "supports");
  g_assert_cmpuint (x->mentions->len, ==, 4);
}

/* A title before a name is the name's: in "Syrian President Bashar
 * al-Assad", the story's "he" and "his" are Assad's, not the title's
 * holder now. */
static void
test_title_before_name (void)
{
  g_autofree char *his = found_pairs ("Russia backs Syrian President Bashar al-Assad. "
                                      "Iran is supplying his forces with weapons.", FALSE);
  g_autofree char *he = found_pairs ("Syrian President Bashar al-Assad met Vladimir Putin in Moscow "
                                     "on Tuesday. He thanked Russia for its military support.", FALSE);

  g_assert_cmpstr (his, ==, "IRN+bashar-al-assad RUS+bashar-al-assad");
  g_assert_cmpstr (he, ==, "RUS+bashar-al-assad bashar-al-assad+RUS bashar-al-assad+vladimir-putin");
}

/* Every actor of a position is found in its sentence: a place a position
 * names is a mention ("sent troops into Ukraine"), a place no position
 * names is none ("met in Ankara"), and an actor named as itself elsewhere
 * in the sentence keeps that mention alone. */
static void
test_named_places (void)
{
  const char *text = "Moscow sent troops into Ukraine in February. The leaders met in Ankara. "
                     "Russia struck targets in Ukraine, and Ukraine condemned Russia.";
  g_autoptr(EntExtraction) x = ent_extractor_run (extractor, text, strlen (text));
  g_autoptr(GString) found = g_string_new (NULL);
  gboolean ukraine_named = FALSE;

  for (guint i = 0; i < x->statements->len; i++)
    {
      EntFoundStatement *st = &g_array_index (x->statements, EntFoundStatement, i);

      if (st->sentence_start == 0)
        ukraine_named |= g_strcmp0 (ent_gazetteer_get_actor (ent_extractor_get_gazetteer (extractor),
                                                             st->target)->id, "UKR") == 0;
    }
  g_assert_true (ukraine_named);
  for (guint i = 0; i < x->mentions->len; i++)
    {
      EntFoundMention *m = &g_array_index (x->mentions, EntFoundMention, i);
      g_autofree char *word = g_utf8_substring (text, m->start, m->end);

      if (i > 0)
        g_assert_cmpuint (m->start, >, g_array_index (x->mentions, EntFoundMention, i - 1).start);
      g_string_append_printf (found, "%s%s@%u", found->len > 0 ? " " : "", word, m->start);
    }
  g_assert_cmpstr (found->str, ==, "Moscow@0 Ukraine@24 Russia@72 Ukraine@110 Russia@128");
}

/* A number's separators neither split it nor end its sentence: "35.3
 * percent" and "5,000 troops" are one token, and the sentence goes on. */
static void
test_numbers_in_sentences (void)
{
  const char *text = "Moscow sent 5,000 troops, a rise of 35.3 percent. Iran backs Syria.";
  const char *years = "It rose to 35.3. Votes ran 1,2 and 3.";
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (EntToken));
  g_autoptr(GArray) sentences = g_array_new (FALSE, FALSE, sizeof (EntSentence));
  const char *expected[] = { "Moscow", "sent", "5,000", "troops", ",", "a", "rise", "of", "35.3",
                             "percent", ".", "Iran", "backs", "Syria", "." };

  ent_tokenize (text, strlen (text), tokens, sentences);
  g_assert_cmpuint (tokens->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < MIN (tokens->len, G_N_ELEMENTS (expected)); i++)
    {
      EntToken *t = &g_array_index (tokens, EntToken, i);
      g_autofree char *word = g_strndup (text + t->start, t->end - t->start);

      g_assert_cmpstr (word, ==, expected[i]);
    }
  g_assert_cmpuint (g_array_index (tokens, EntToken, 2).kind, ==, ENT_TOKEN_NUMBER);
  g_assert_cmpuint (g_array_index (tokens, EntToken, 8).kind, ==, ENT_TOKEN_NUMBER);
  /* A number still ends its sentence ("rose to 35.3."), and "1,2" is no
   * thousand. */
  g_assert_cmpuint (sentences->len, ==, 2);
  g_array_set_size (tokens, 0);
  g_array_set_size (sentences, 0);
  ent_tokenize (years, strlen (years), tokens, sentences);
  g_assert_cmpuint (sentences->len, ==, 2);
  g_assert_cmpuint (tokens->len, ==, 13);
}

/* Two cues for one pair in a sentence: the position is the stronger's. */
static void
test_strongest_cue (void)
{
  const char *text = "Yunus visited Beijing in March, where he praised China as a reliable partner.";
  g_autoptr(EntExtraction) x = ent_extractor_run (extractor, text, strlen (text));
  EntFoundStatement *st;
  g_autofree char *cue = NULL;

  g_assert_cmpuint (x->statements->len, ==, 1);
  if (x->statements->len != 1)
    return;
  st = &g_array_index (x->statements, EntFoundStatement, 0);
  cue = g_utf8_substring (text, st->cue_start, st->cue_end);
  g_assert_cmpstr (cue, ==, "praised");
  g_assert_cmpstr (st->cue, ==, "praised");
  g_assert_cmpfloat (st->confidence, >, 0.5);
}

static void
test_apply_keeps_decisions (void)
{
  const char *text = "Russia backs Syria. The United States opposes Syria.";
  g_autoptr(EntProject) project = ent_project_new ();
  g_autoptr(EntDocument) doc = ent_document_new ("doc-1", text);
  g_autoptr(EntExtraction) x = ent_extractor_run (extractor, text, strlen (text));
  EntGazetteer *gazetteer = ent_extractor_get_gazetteer (extractor);
  g_autoptr(EntStatement) first = NULL;
  g_autoptr(EntExtraction) again = NULL;

  ent_project_add_document (project, doc);
  ent_analysis_apply (project, gazetteer, doc, x);
  g_assert_cmpuint (ent_project_get_n_statements (project), ==, 2);
  g_assert_nonnull (ent_project_lookup_actor (project, "RUS"));
  g_assert_nonnull (ent_project_lookup_actor (project, "USA"));
  g_assert_cmpstr (ent_project_get_undo_label (project), ==, "Analyse Article");

  first = g_list_model_get_item (ent_project_get_statements (project), 0);
  ent_project_reject_statement (project, first);

  /* Running again finds the same positions and keeps the rejection. */
  again = ent_extractor_run (extractor, text, strlen (text));
  ent_analysis_apply (project, gazetteer, doc, again);
  g_assert_cmpuint (ent_project_get_n_statements (project), ==, 2);
  g_assert_cmpint (ent_statement_get_state (first), ==, ENT_STATEMENT_STATE_REJECTED);

  /* Undo takes the whole analysis back in one step. */
  while (ent_project_undo (project))
    ;
  g_assert_cmpuint (ent_project_get_n_statements (project), ==, 0);
  g_assert_cmpuint (ent_project_get_n_actors (project), ==, 0);
}

static void
test_person_brings_state (void)
{
  const char *text = "Vladimir Putin praised Kim Jong Un.";
  g_autoptr(EntProject) project = ent_project_new ();
  g_autoptr(EntDocument) doc = ent_document_new ("doc-1", text);
  g_autoptr(EntExtraction) x = ent_extractor_run (extractor, text, strlen (text));
  g_autoptr(EntNetwork) network = NULL;

  ent_project_add_document (project, doc);
  ent_analysis_apply (project, ent_extractor_get_gazetteer (extractor), doc, x);
  g_assert_nonnull (ent_project_lookup_actor (project, "vladimir-putin"));
  g_assert_nonnull (ent_project_lookup_actor (project, "RUS"));
  network = ent_network_new (project, ENT_NETWORK_LEVEL_STATE);
  g_assert_cmpint (ent_network_find_node (network, "RUS"), >=, 0);
  g_assert_cmpint (ent_network_find_node (network, "PRK"), >=, 0);
  g_assert_cmpint (ent_network_find_node (network, "vladimir-putin"), <, 0);
}

/* The id of the target of the position with @cue in @text, or NULL. */
static char *
target_of (const char *text,
           const char *cue)
{
  g_autoptr(EntExtraction) x = ent_extractor_run (extractor, text, strlen (text));
  EntGazetteer *gazetteer = ent_extractor_get_gazetteer (extractor);

  for (guint i = 0; i < x->statements->len; i++)
    {
      EntFoundStatement *st = &g_array_index (x->statements, EntFoundStatement, i);

      if (g_str_equal (st->cue, cue))
        return g_strdup (ent_gazetteer_get_actor (gazetteer, st->target)->id);
    }
  return NULL;
}

/* A title names the office's holder now, unless the story has named a
 * former holder: then it is them. */
static void
test_title_former_holder (void)
{
  g_autofree char *now = target_of ("Washington criticised Russia for propping up the Syrian "
                                     "leader.", "propping up");
  g_autofree char *then = target_of ("Bashar al-Assad flew to Tehran. Washington criticised "
                                      "Russia for propping up the Syrian leader.", "propping up");
  g_autofree char *other = target_of ("Bashar al-Assad flew to Moscow. Iran praised the "
                                       "Russian president.", "praised");

  g_assert_cmpstr (now, ==, "ahmed-al-sharaa");
  g_assert_cmpstr (then, ==, "bashar-al-assad");
  g_assert_cmpstr (other, ==, "vladimir-putin");
}

/* A cue listed twice would have its first strength silently replaced. */
static void
test_cues_listed_once (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "lexicon", "cues.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      char *key;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", 3);
      g_assert_cmpuint (g_strv_length (fields), >=, 2);
      key = g_strconcat (fields[0], " ", fields[1], NULL);
      if (g_hash_table_contains (seen, key))
        g_test_message ("cues.tsv, line %u: “%s” again", i + 1, key);
      g_assert_false (g_hash_table_contains (seen, key));
      g_hash_table_add (seen, key);
    }
  g_assert_cmpuint (g_hash_table_size (seen), >=, 300);
}

/* The lookups the extractor makes inline to skip a call must never skip
 * a token the call would have matched: every token of every case. */
static void
test_quick_rejects (void)
{
  EntGazetteer *gazetteer = ent_extractor_get_gazetteer (extractor);
  EntLexicon *lexicon = ent_extractor_get_lexicon (extractor);
  const EntWordMap *names = ent_gazetteer_get_name_starts (gazetteer);
  const EntWordMap *cues = ent_lexicon_get_cue_starts (lexicon);
  const char *misspelt[] = {
    "Khemenei warned Washington.", "Khamnei warned Washington.", "Khameneii warned Washington.",
  };
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (EntToken));
  guint names_found = 0, cues_found = 0;
  EntMention m;

  for (guint c = 0; c < cases->len; c++)
    {
      const char *text = ((Case *)g_ptr_array_index (cases, c))->text;
      const EntToken *t;

      g_array_set_size (tokens, 0);
      ent_tokenize (text, strlen (text), tokens, NULL);
      t = (const EntToken *)(gpointer)tokens->data;
      for (guint i = 0; i < tokens->len; i++)
        {
          gboolean name = ent_gazetteer_match (gazetteer, text, t, tokens->len, i, &m);
          gboolean cue = ent_lexicon_match_cue (lexicon, t, tokens->len, i, NULL) != NULL;

          if (name)
            g_assert_true (ent_gazetteer_may_match (names, &t[i]));
          if (cue)
            g_assert_nonnull (ent_word_map_lookup (cues, t[i].hash));
          names_found += name;
          cues_found += cue;
        }
    }
  g_assert_cmpuint (names_found, >, 1000);
  g_assert_cmpuint (cues_found, >, 500);

  /* a misspelt name starts no name, and is still looked for: a letter
   * changed, one missing and one too many */
  for (guint k = 0; k < G_N_ELEMENTS (misspelt); k++)
    {
      g_array_set_size (tokens, 0);
      ent_tokenize (misspelt[k], strlen (misspelt[k]), tokens, NULL);
      g_assert_null (ent_word_map_lookup (names, g_array_index (tokens, EntToken, 0).hash));
      g_assert_true (ent_gazetteer_may_match (names, &g_array_index (tokens, EntToken, 0)));
      g_assert_true (ent_gazetteer_match (gazetteer, misspelt[k],
                                          (const EntToken *)(gpointer)tokens->data, tokens->len, 0,
                                          &m));
      g_assert_cmpint (m.name_kind, ==, ENT_NAME_FUZZY);
      g_assert_cmpstr (ent_gazetteer_get_actor (gazetteer, m.actor)->id, ==, "ali-khamenei");
    }

  /* the hash the fuzzy match extends letter by letter is the word's */
  g_assert_cmpuint (ent_text_hash_extend (ENT_TEXT_HASH_EMPTY, "khamenei", 8), ==,
                    ent_text_hash_str ("Khamenei"));
  g_assert_cmpuint (ent_text_hash_extend (ent_text_hash_extend (ENT_TEXT_HASH_EMPTY, "kha", 3),
                                          "menei", 5), ==, ent_text_hash_str ("khamenei"));
}

/* The first name ent_gazetteer_match() finds in @text, as "id first-last"
 * in tokens, or "" for none. */
static char *
first_name_in (EntGazetteer *gazetteer,
               const char   *text)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (EntToken));
  EntMention m;

  ent_tokenize (text, strlen (text), tokens, NULL);
  for (guint i = 0; i < tokens->len; i++)
    if (ent_gazetteer_match (gazetteer, text, (const EntToken *)(gpointer)tokens->data,
                             tokens->len, i, &m))
      return g_strdup_printf ("%s %u-%u", ent_gazetteer_get_actor (gazetteer, m.actor)->id,
                              m.first, m.last);
  return g_strdup ("");
}

/* Actors loaded or added later, as a user's project adds them: their
 * names are matched longest first, a name given again by a stronger kind
 * goes to it, and an affiliation to an actor added after still leads to
 * its state. */
static void
test_added_actors (void)
{
  static const char data[] =
    "[blue-chief]\nname=Blue Chief\nkind=person\naffiliation=blue-front\n"
    "titles=Blue Lions leader\n"
    "[ZZA]\nname=Zedland\nkind=state\n";
  g_autoptr(EntGazetteer) gazetteer = ent_gazetteer_new ();
  const char *aliases[] = { "Blue Lions", "Blue Lions leader", NULL };
  g_autoptr(GError) error = NULL;
  char *found;

  g_assert_true (ent_gazetteer_load_data (gazetteer, data, strlen (data), "test", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ent_gazetteer_fold_to_state (gazetteer, "blue-chief"), ==, "blue-chief");
  found = first_name_in (gazetteer, "The Blue Lions leader spoke.");
  g_assert_cmpstr (found, ==, "blue-chief 1-4");
  g_free (found);

  ent_gazetteer_add_actor (gazetteer, "blue-front", "Blue Lions Front", ENT_ACTOR_KIND_GROUP,
                           "ZZA", aliases);
  g_assert_cmpstr (ent_gazetteer_fold_to_state (gazetteer, "blue-chief"), ==, "ZZA");
  g_assert_cmpstr (ent_gazetteer_fold_to_state (gazetteer, "blue-front"), ==, "ZZA");
  g_assert_cmpstr (ent_gazetteer_fold_to_state (gazetteer, "nobody"), ==, "nobody");
  g_assert_true (ent_gazetteer_fold_to_state (gazetteer, "blue-chief") ==
                 ent_gazetteer_get_actor (gazetteer, ent_gazetteer_find (gazetteer, "ZZA"))->id);
  /* the alias is stronger than the title of the same words */
  found = first_name_in (gazetteer, "The Blue Lions leader spoke.");
  g_assert_cmpstr (found, ==, "blue-front 1-4");
  g_free (found);
  found = first_name_in (gazetteer, "The Blue Lions Front spoke.");
  g_assert_cmpstr (found, ==, "blue-front 1-4");
  g_free (found);
  found = first_name_in (gazetteer, "The Blue Lions spoke.");
  g_assert_cmpstr (found, ==, "blue-front 1-3");
  g_free (found);
  found = first_name_in (gazetteer, "The Blue Chief and Zedland spoke.");
  g_assert_cmpstr (found, ==, "blue-chief 1-3");
  g_free (found);
  found = first_name_in (gazetteer, "The blue lions spoke.");
  g_assert_cmpstr (found, ==, "");
  g_free (found);
}

/* The bits that spare finding the cues most lookups must be set for every
 * word that starts a cue; and a word that starts more than 64 cues, past
 * those the matcher finds by their second word, still has them all. */
static void
test_cue_starts (void)
{
  EntLexicon *lexicon = ent_extractor_get_lexicon (extractor);
  const guint64 *bits = ent_lexicon_get_cue_start_bits (lexicon);
  const EntWordMap *cues = ent_lexicon_get_cue_starts (lexicon);
  g_autoptr(EntLexicon) many = ent_lexicon_new ();
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (EntToken));
  g_autoptr(GError) error = NULL;

  for (gsize s = 0; s <= cues->mask; s++)
    if (cues->slots[s].key != 0)
      g_assert_true (ent_lexicon_may_start_cue (bits, cues->slots[s].key));

  /* "hail ba", "hail bb" ... "hail dr": 70 cues of two words */
  for (guint k = 0; k < 70; k++)
    g_string_append_printf (lines, "prep\thail %c%c\t+\t0.5\n", 'b' + k / 26, 'a' + k % 26);
  g_assert_true (ent_lexicon_load_cues (many, lines->str, lines->len, "many", &error));
  g_assert_no_error (error);
  for (guint k = 0; k < 70; k += 23)
    {
      g_autofree char *phrase = g_strdup_printf ("hail %c%c", 'b' + k / 26, 'a' + k % 26);
      g_autofree char *text = g_strconcat ("we ", phrase, " today", NULL);
      const EntCue *cue;
      guint span = 0;

      g_array_set_size (tokens, 0);
      ent_tokenize (text, strlen (text), tokens, NULL);
      cue = ent_lexicon_match_cue (many, (const EntToken *)(gpointer)tokens->data, tokens->len, 1,
                                   &span);
      g_assert_nonnull (cue);
      g_assert_cmpstr (cue->phrase, ==, phrase);
      g_assert_cmpuint (span, ==, 2);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();
  extractor = ent_extractor_new_default (&error);
  g_assert_no_error (error);
  /* The cases are the rules'; the pair model has tests of its own
   * (test-pairs.c), and an empty model turns it off. */
  g_assert_true (ent_lexicon_load_pair_model (ent_extractor_get_lexicon (extractor), "", 0,
                                              "none", &error));

  load_cases ();
  for (guint i = 0; i < cases->len; i++)
    {
      Case *c = g_ptr_array_index (cases, i);
      g_autofree char *path = g_strdup_printf ("/entente/extractor/%s", c->name);

      g_test_add_data_func (path, c, test_case);
    }
  g_test_add_func ("/entente/extractor/evidence-offsets", test_evidence_offsets);
  g_test_add_func ("/entente/extractor/cues-listed-once", test_cues_listed_once);
  g_test_add_func ("/entente/extractor/apply-keeps-decisions", test_apply_keeps_decisions);
  g_test_add_func ("/entente/extractor/strongest-cue", test_strongest_cue);
  g_test_add_func ("/entente/extractor/numbers-in-sentences", test_numbers_in_sentences);
  g_test_add_func ("/entente/extractor/person-brings-state", test_person_brings_state);
  g_test_add_func ("/entente/extractor/title-former-holder", test_title_former_holder);
  g_test_add_func ("/entente/extractor/quick-rejects", test_quick_rejects);
  g_test_add_func ("/entente/extractor/added-actors", test_added_actors);
  g_test_add_func ("/entente/extractor/cue-starts", test_cue_starts);
  g_test_add_func ("/entente/extractor/named-places", test_named_places);
  g_test_add_func ("/entente/extractor/title-before-name", test_title_before_name);

  status = g_test_run ();
  g_object_unref (extractor);
  g_ptr_array_unref (cases);
  return status;
}
