/* ent-extractor-pair-model.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-extractor-private.h"

G_BEGIN_DECLS

/*
 * What the pair model's two halves share: the sentence's, which scores
 * the pairs the rules leave (ent-extractor-pairs.c), and the text's,
 * which decides them once the whole text is read
 * (ent-extractor-article.c).
 */

typedef struct _Sentence Sentence;

/* A pair's score as its features are added. */
typedef struct
{
  Run      *run;
  Sentence *sentence;
  GString  *trace;      /* the features as text, when tracing */
  gboolean  forward;    /* the source is named first */
  double    score[2];   /* toward support, toward opposition */
  int       cue[2];     /* the word between weighing most toward each */
  float     cue_weight[2];
  gboolean  unsure;     /* a negation or refusal between: for the rules */
} Features;

/* A pair scored in its sentence, decided once the whole text is read. */
typedef struct
{
  guint       source_actor;
  guint       target_actor;
  const char *source_state;
  const char *target_state;
  guint       first;          /* its sentence, in tokens */
  guint       last;
  double      score[2];       /* toward support, toward opposition */
  guint       cue_first[2];   /* the cue of each sign, in tokens */
  guint       cue_last[2];
  gboolean    takes[2];       /* the cue's clause may take a position (not a question) */
  char       *trace;          /* the features as text, when tracing */
  gpointer    pair;           /* its StatePair, see article_init() */
} Pending;

/* The two weights of the feature @kind:@word, or %NULL. */
static inline const float *
weights_of (Run     *run,
            guint64  kind,
            guint64  word)
{
  return ent_word_map_lookup (run->pair_map, ent_lexicon_pair_key (kind, word));
}

void _ent_pairs_trace_feature (Features   *f,
                               const char *kind,
                               const char *word,
                               gsize       length);

static inline void
add (Features   *f,
     const char *kind,
     guint64     kind_hash,
     const char *word,
     gsize       length,
     guint64     word_hash,
     int         token)
{
  const float *w;

  if (f->trace != NULL)
    {
      _ent_pairs_trace_feature (f, kind, word, length);
      return;
    }
  w = weights_of (f->run, kind_hash, word_hash);
  if (w == NULL)
    return;
  for (guint k = 0; k < 2; k++)
    {
      f->score[k] += w[k];
      if (token >= 0 && w[k] > f->cue_weight[k])
        {
          f->cue_weight[k] = w[k];
          f->cue[k] = token;
        }
    }
}

const guint64 *_ent_pairs_hashed_once (const char * const *words,
                                       guint               n,
                                       guint64            *hashes,
                                       gsize              *once);
void           _ent_run_article_bound  (Run  *run);

G_END_DECLS
