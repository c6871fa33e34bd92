/* ent-extractor.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ent-gazetteer.h"
#include "ent-lexicon.h"

G_BEGIN_DECLS

#define ENT_TYPE_EXTRACTOR (ent_extractor_get_type ())

G_DECLARE_FINAL_TYPE (EntExtractor, ent_extractor, ENT, EXTRACTOR, GObject)

typedef struct
{
  guint actor;   /* gazetteer index */
  guint start;   /* character offsets */
  guint end;
} EntFoundMention;

typedef struct
{
  guint   source;          /* gazetteer indices */
  guint   target;
  int     sign;
  double  confidence;
  guint   sentence_start;  /* character offsets */
  guint   sentence_end;
  guint   cue_start;
  guint   cue_end;
  char   *cue;             /* the cue as written in the text */
} EntFoundStatement;

typedef struct
{
  guint start;   /* character offsets */
  guint end;
} EntFoundSentence;

typedef struct
{
  GArray *sentences;   /* EntFoundSentence */
  GArray *mentions;    /* EntFoundMention */
  GArray *statements;  /* EntFoundStatement */
  guint   n_sentences;
  guint   n_tokens;
} EntExtraction;

/*
 * Finds actor mentions and the positions actors take toward each other in
 * a text, with a shallow parse: dictionaries say who, clause structure says
 * who does what to whom. The extractor only reads its gazetteer and lexicon
 * (but for a table of the pair model's weights it fills once, under a
 * GOnce, in the model), so one extractor may run in several threads at
 * once, as long as nobody changes those: loading another pair model must
 * not overlap an extraction.
 */
EntExtractor  *ent_extractor_new          (EntGazetteer  *gazetteer,
                                           EntLexicon    *lexicon) G_GNUC_WARN_UNUSED_RESULT;
EntExtractor  *ent_extractor_new_default  (GError       **error) G_GNUC_WARN_UNUSED_RESULT;
EntGazetteer  *ent_extractor_get_gazetteer (EntExtractor *self);
EntLexicon    *ent_extractor_get_lexicon   (EntExtractor *self);
EntExtraction *ent_extractor_run          (EntExtractor  *self,
                                           const char    *text,
                                           gsize          length) G_GNUC_WARN_UNUSED_RESULT;
void           ent_extraction_free        (EntExtraction *extraction);

/*
 * Called for each ordered pair of actors of a sentence that the rules left
 * unrelated, with the sentence (in characters) and the features the pair
 * model scores it by ("w:backed s:d1 ..."): how tools/train-pairs.py learns the model. While a trace
 * is set, the model names no positions, so what is traced is the rules'.
 */
typedef void (*EntPairTraceFunc) (guint       source,
                                  guint       target,
                                  guint       sentence_start,
                                  guint       sentence_end,
                                  const char *features,
                                  gpointer    user_data);

void           ent_extractor_set_pair_trace (EntExtractor    *self,
                                             EntPairTraceFunc func,
                                             gpointer         user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntExtraction, ent_extraction_free)

G_END_DECLS
