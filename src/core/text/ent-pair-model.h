/* ent-pair-model.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ent-word-map.h"

G_BEGIN_DECLS

/* The kinds of the pair model's features that weigh a word of the
 * sentence: "w" a word between the two names, "wf" and "wl" the first and
 * last of them, "p" one of the two before the first name, "a" one of the
 * two after the second. */
typedef enum
{
  ENT_PAIR_WORD_BETWEEN,
  ENT_PAIR_WORD_FIRST,
  ENT_PAIR_WORD_LAST,
  ENT_PAIR_WORD_BEFORE,
  ENT_PAIR_WORD_AFTER,
  ENT_PAIR_N_WORD_KINDS
} EntPairWordKind;

/* How a feature weighs in either direction: as it is ("w:by"), and only
 * when the source is named first ("fw:by") or second ("rw:by"). */
typedef enum
{
  ENT_PAIR_PLAIN,
  ENT_PAIR_FORWARD,
  ENT_PAIR_REVERSE,
  ENT_PAIR_N_ORIENTATIONS
} EntPairOrientation;

/* Every weight of one word, toward support [0] and opposition [1]; 0 for
 * a feature the model does not have. Found with one lookup per token. */
typedef struct
{
  float weight[ENT_PAIR_N_WORD_KINDS][ENT_PAIR_N_ORIENTATIONS][2];
} EntPairWord;

/* The linear model of pairs.model (written by tools/train-pairs.py). */
typedef struct
{
  EntWordMap   features;  /* ent_lexicon_pair_key() -> float[2] */
  float       *weights;
  EntWordMap   words;     /* word hash -> EntPairWord */
  EntPairWord *records;
  double       threshold;
  gsize        fixed_once; /* the weights of the extractor's fixed features, */
  gpointer     fixed;      /* found on first use (ent-extractor-pairs.c) */
  gsize        article_once; /* the weights of the text's features, */
  gpointer     article;      /* found on first use (ent-extractor-article.c) */
} EntPairModel;

void     ent_pair_model_init  (EntPairModel  *self);
void     ent_pair_model_clear (EntPairModel  *self);
gboolean ent_pair_model_load  (EntPairModel  *self,
                               const char    *data,
                               gsize          length,
                               const char    *name,
                               GError       **error);

/**
 * ent_pair_model_word:
 * @hash: a token's hash
 *
 * Returns: (nullable): the weights of every feature of the word, or %NULL
 *   when the model weighs it in none
 */
static inline const EntPairWord *
ent_pair_model_word (const EntPairModel *self,
                     guint64             hash)
{
  return ent_word_map_lookup (&self->words, hash);
}

G_END_DECLS
