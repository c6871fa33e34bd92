/* ent-lexicon.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ent-pair-model.h"
#include "ent-tokenizer.h"
#include "ent-word-map.h"

G_BEGIN_DECLS

#define ENT_TYPE_LEXICON (ent_lexicon_get_type ())

G_DECLARE_FINAL_TYPE (EntLexicon, ent_lexicon, ENT, LEXICON, GObject)

typedef enum
{
  ENT_CUE_NONE = -1,
  ENT_CUE_VERB,
  ENT_CUE_NOUN,
  ENT_CUE_ADJ,
  ENT_CUE_PREP,
  ENT_CUE_PHRASE,
  ENT_CUE_PREFIX,   /* "pro-", "anti-" before an actor */
  ENT_CUE_SUFFIX,   /* "-backed", "-allied" after an actor */
} EntCuePos;

typedef enum
{
  ENT_FORM_BASE,
  ENT_FORM_THIRD,    /* supports */
  ENT_FORM_PAST,     /* supported (the simple past) */
  ENT_FORM_PARTICIPLE,
  ENT_FORM_ING,
  ENT_FORM_OTHER,    /* not a verb */
} EntCueForm;

/* Tags of the grammar words the extractor needs to tell apart. */
typedef enum
{
  ENT_TAG_NONE,
  ENT_TAG_DET,       /* the, a, an, this, both */
  ENT_TAG_PRON,      /* he, she, it, they, we, I */
  ENT_TAG_POSS_PRON, /* his, her, its, their, our */
  ENT_TAG_PREP,      /* of, in, on, for, with, by ... */
  ENT_TAG_LOC_PREP,  /* in, at, near, inside ... when followed by a place */
  ENT_TAG_CONJ,      /* and, or, but, nor */
  ENT_TAG_SUB,       /* that, while, although, because, whereas ... */
  ENT_TAG_REL,       /* which, who, whom, whose */
  ENT_TAG_BE,        /* is, was, were, been, being, be, remains ... */
  ENT_TAG_HAVE,
  ENT_TAG_DO,
  ENT_TAG_MODAL,     /* will, would, could, may, must ... */
  ENT_TAG_NEG,       /* not, n't, never, no longer */
  ENT_TAG_ADV,       /* also, still, again, firmly, strongly ... */
  ENT_TAG_SAY,       /* said, told, added, stated ... */
  ENT_TAG_LIGHT,     /* expressed, voiced, pledged (support for) */
  ENT_TAG_REFUSE,    /* refused, declined, failed (to) */
  ENT_TAG_VERB,      /* another verb that governs an infinitive or object */
  ENT_TAG_TO,
  ENT_TAG_BY,
  ENT_TAG_POSS,      /* 's */
  ENT_TAG_ORGAN,     /* government, leader, forces, ministry, president ... */
  ENT_TAG_PEOPLE,    /* rebels, citizens, protesters: a nationality word before them is not the state */
  ENT_TAG_ADJ,
} EntTag;

/* In ent_lexicon_get_tags()'s values, beside the tag: a modifier that may
 * stand inside a cue's noun phrase ("full diplomatic relations"). */
#define ENT_LEXICON_MODIFIER 0x80

typedef struct
{
  const char *phrase;   /* the base phrase, as written in cues.tsv */
  EntCuePos   pos;
  EntCueForm  form;
  int         sign;
  double      strength;
  guint       length;   /* in words, articles not counted */
  gboolean    flip_on_negation;  /* "did not recognise" is opposition */
  gboolean    reciprocal;        /* "clash" from "clash with": X and Y clash */
  gboolean    distrust;          /* "does not trust": any negation opposes */
  gint8       measure;           /* the kind of measure, see ent_cue_phrase_measure(), + 2;
                                  * 0 when not known yet (a cue a rule makes up) */
} EntCue;

int           ent_cue_phrase_measure   (const char     *phrase);
EntLexicon   *ent_lexicon_new          (void) G_GNUC_WARN_UNUSED_RESULT;
EntLexicon   *ent_lexicon_new_default  (GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean      ent_lexicon_load_cues    (EntLexicon     *self,
                                        const char     *data,
                                        gsize           length,
                                        const char     *name,
                                        GError        **error);
guint         ent_lexicon_get_n_cues   (EntLexicon     *self);
const EntCue *ent_lexicon_match_cue    (EntLexicon     *self,
                                        const EntToken *tokens,
                                        guint           n_tokens,
                                        guint           at,
                                        guint          *span);
guint         ent_lexicon_time_phrase_length (const EntToken *tokens,
                                              guint           n_tokens,
                                              guint           t);
guint         ent_lexicon_skip_time_phrase   (const EntToken *tokens,
                                              guint           n_tokens,
                                              guint           t,
                                              guint64         want);
const EntCue *ent_lexicon_match_cue_except (EntLexicon     *self,
                                            const EntToken *tokens,
                                            guint           n_tokens,
                                            guint           at,
                                            EntCuePos       skip,
                                            guint          *span);
const EntCue *ent_lexicon_match_cue_from (EntLexicon     *self,
                                          gconstpointer   start,
                                          const EntToken *tokens,
                                          guint           n_tokens,
                                          guint           at,
                                          EntCuePos       skip,
                                          guint          *span);
EntTag        ent_lexicon_tag          (EntLexicon     *self,
                                        guint64         hash);
EntTag        ent_lexicon_tag_word     (EntLexicon     *self,
                                        guint64         hash,
                                        gboolean       *modifier);
gboolean      ent_lexicon_load_pair_model (EntLexicon  *self,
                                           const char  *data,
                                           gsize        length,
                                           const char  *name,
                                           GError     **error);
const float  *ent_lexicon_pair_weights (EntLexicon     *self,
                                        guint64         key);
const EntPairModel *ent_lexicon_get_pair_model (EntLexicon *self);
const EntWordMap *ent_lexicon_get_tags (EntLexicon *self);
const EntWordMap *ent_lexicon_get_cue_starts (EntLexicon *self);
const guint64 *ent_lexicon_get_cue_start_bits (EntLexicon *self);
double        ent_lexicon_get_pair_threshold (EntLexicon *self);

/**
 * ent_lexicon_pair_key:
 * @kind: the hash of a feature's kind ("w", "fw", "s" ...)
 * @word: the hash of its word
 *
 * Inline: the pair model asks it for every word between two names.
 *
 * Returns: the key of the pair model's feature "kind:word"
 */
static inline guint64
ent_lexicon_pair_key (guint64 kind,
                      guint64 word)
{
  guint64 key = word ^ ((kind << 29) | (kind >> 35)) ^ G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);

  return key != 0 ? key : 1;
}

/* How many high bits of a word's hash ent_lexicon_may_start_cue() reads. */
#define ENT_LEXICON_START_BITS 15

/**
 * ent_lexicon_may_start_cue:
 * @bits: what ent_lexicon_get_cue_start_bits() returns
 *
 * Inline, for every token: FALSE when no cue starts with the word of hash
 * @hash, TRUE when one may, which the lookup of the cue starts tells.
 * Five words in six start none, and a bit tells most of them apart.
 */
static inline gboolean
ent_lexicon_may_start_cue (const guint64 *bits,
                           guint64        hash)
{
  guint64 bit = hash >> (64 - ENT_LEXICON_START_BITS);

  return (bits[bit / 64] >> (bit % 64)) & 1;
}

G_END_DECLS
