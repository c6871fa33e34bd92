/* ent-pair-model.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The pair model's weights, as read from pairs.model: a map from each
 * feature "kind:word" to its two weights, and, for the features that weigh
 * a word of the sentence, one record per word with all of them, so that
 * the extractor looks each token up once and not once per feature, pair
 * and direction.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ent-gazetteer.h"
#include "ent-lexicon.h"
#include "ent-pair-model.h"

typedef struct
{
  guint64 key;
  guint64 word;    /* the hash of its word */
  int     kind;    /* EntPairWordKind, or -1 for a feature of no word */
  int     orientation;
} Line;

void
ent_pair_model_init (EntPairModel *self)
{
  memset (self, 0, sizeof *self);
  ent_word_map_init (&self->features);
  ent_word_map_init (&self->words);
}

void
ent_pair_model_clear (EntPairModel *self)
{
  ent_word_map_clear (&self->features);
  ent_word_map_clear (&self->words);
  g_clear_pointer (&self->weights, g_free);
  g_clear_pointer (&self->records, g_free);
  g_clear_pointer (&self->fixed, g_free);
  self->fixed_once = 0;
  g_clear_pointer (&self->article, g_free);
  self->article_once = 0;
}

/* The word kind and orientation of the feature kind @kind ("fwl" is the
 * last word between, forward), or FALSE for one that weighs no word. */
static gboolean
word_kind_of (const char *kind,
              int        *word_kind,
              int        *orientation)
{
  static const char *names[ENT_PAIR_N_WORD_KINDS] = { "w", "wf", "wl", "p", "a" };

  *orientation = ENT_PAIR_PLAIN;
  if (kind[0] == 'f' || kind[0] == 'r')
    {
      for (guint k = 0; k < ENT_PAIR_N_WORD_KINDS; k++)
        if (strcmp (kind + 1, names[k]) == 0)
          {
            *word_kind = (int)k;
            *orientation = kind[0] == 'f' ? ENT_PAIR_FORWARD : ENT_PAIR_REVERSE;
            return TRUE;
          }
    }
  for (guint k = 0; k < ENT_PAIR_N_WORD_KINDS; k++)
    if (strcmp (kind, names[k]) == 0)
      {
        *word_kind = (int)k;
        return TRUE;
      }
  return FALSE;
}

static gboolean
parse_line (char  *line,
            Line  *out,
            float *weights)
{
  g_auto(GStrv) fields = g_strsplit (line, "\t", -1);
  char *colon, *end;

  if (g_strv_length (fields) != 3 || (colon = strchr (fields[0], ':')) == NULL)
    return FALSE;
  *colon = '\0';
  out->word = ent_text_hash_str (colon + 1);
  out->key = ent_lexicon_pair_key (ent_text_hash_str (fields[0]), out->word);
  if (!word_kind_of (fields[0], &out->kind, &out->orientation))
    out->kind = -1;
  for (guint k = 0; k < 2; k++)
    {
      weights[k] = g_ascii_strtod (fields[k + 1], &end);
      if (end == fields[k + 1] || *end != '\0')
        return FALSE;
    }
  return TRUE;
}

/* One record per word of the features that weigh one. */
static void
gather_words (EntPairModel *self,
              const Line   *lines,
              guint         n)
{
  EntWordMap index;
  guint n_words = 0;

  ent_word_map_init (&index);
  for (guint i = 0; i < n; i++)
    if (lines[i].kind >= 0 && ent_word_map_lookup (&index, lines[i].word) == NULL)
      ent_word_map_insert (&index, lines[i].word, GUINT_TO_POINTER (++n_words));
  self->records = g_new0 (EntPairWord, MAX (n_words, 1));
  for (guint i = 0; i < n; i++)
    if (lines[i].kind >= 0)
      {
        guint r = GPOINTER_TO_UINT (ent_word_map_lookup (&index, lines[i].word)) - 1;
        float *w = self->records[r].weight[lines[i].kind][lines[i].orientation];

        w[0] = self->weights[2 * i];
        w[1] = self->weights[2 * i + 1];
        /* a word's every line names the same record */
        ent_word_map_insert (&self->words, lines[i].word, &self->records[r]);
      }
  ent_word_map_clear (&index);
}

/**
 * ent_pair_model_load:
 * @data: the model, as in pairs.model: "threshold P", then a line per
 *   feature, "kind:word", its weight toward support and toward opposition
 *
 * Replaces the weights with those of @data; on an error, keeps them.
 *
 * Returns: whether @data was a model
 */
gboolean
ent_pair_model_load (EntPairModel  *self,
                     const char    *data,
                     gsize          length,
                     const char    *name,
                     GError       **error)
{
  g_autofree char *copy = NULL;
  char *end, *next;
  g_autofree float *weights = NULL;
  g_autofree Line *lines = NULL;
  guint n = 0, n_lines = 1;
  double threshold = 0.5;

  g_return_val_if_fail (self != NULL && data != NULL, FALSE);
  copy = g_strndup (data, length);
  end = copy + strlen (copy);
  next = copy;
  /* Lines found with memchr(), not g_strsplit(), whose strstr() reads
   * the rest of the text for each line: a megabyte model took seconds
   * under AddressSanitizer, whose strstr() measures it every time. */
  for (const char *p = copy; (p = memchr (p, '\n', (gsize)(end - p))) != NULL; p++)
    n_lines++;
  weights = g_new (float, 2 * n_lines + 2);
  lines = g_new (Line, n_lines + 1);
  for (guint i = 0; i < n_lines; i++)
    {
      char *line = next;
      char *newline = memchr (line, '\n', (gsize)(end - line));

      if (newline != NULL)
        *newline = '\0';
      next = newline != NULL ? newline + 1 : end;
      line = g_strchomp (line);

      if (*line == '\0' || *line == '#')
        continue;
      if (g_str_has_prefix (line, "threshold\t"))
        threshold = g_ascii_strtod (line + strlen ("threshold\t"), NULL);
      else if (!parse_line (line, &lines[n], &weights[2 * n]))
        {
          g_set_error (error, ENT_LEXICON_ERROR, ENT_LEXICON_ERROR_INVALID,
                       _("%s, line %u: expected a feature and two weights"), name, i + 1);
          return FALSE;
        }
      else
        n++;
    }
  if (!(threshold > 0.0 && threshold < 1.0))
    {
      g_set_error (error, ENT_LEXICON_ERROR, ENT_LEXICON_ERROR_INVALID,
                   _("%s: the threshold must lie between 0 and 1"), name);
      return FALSE;
    }
  ent_pair_model_clear (self);
  ent_pair_model_init (self);
  self->weights = g_steal_pointer (&weights);
  for (guint i = 0; i < n; i++)
    ent_word_map_insert (&self->features, lines[i].key, &self->weights[2 * i]);
  gather_words (self, lines, n);
  self->threshold = threshold;
  return TRUE;
}
