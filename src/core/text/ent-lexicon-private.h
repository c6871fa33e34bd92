/* ent-lexicon-private.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-lexicon.h"

G_BEGIN_DECLS

#define MAX_CUE_WORDS 10

/*
 * The cue lexicon: every phrase of cues.tsv, verbs in all their forms, as a
 * sequence of normalised words indexed by the first word, longest first.
 * "its" and "itself" in a phrase stand for any possessive or reflexive
 * pronoun ("throw their weight behind").
 */
typedef struct
{
  guint64 words[MAX_CUE_WORDS];
} CuePattern;

/* A bucket's entry: what the matcher asks of a pattern and its cue,
 * side by side with the other entries, so that it reads the pattern only
 * for a cue of three words or more and the cue only once it matches. */
typedef struct
{
  guint64 second;          /* the pattern's second word, 0 for a one-word cue */
  guint   pattern;         /* index of the pattern and of its cue */
  guint8  pos;             /* EntCuePos */
  guint8  length;
  guint16 noun_mask : MAX_CUE_WORDS;  /* word k is the noun that ends a verb cue, see
                                       * noun_ends() */
  guint16 any_second : 1;  /* a second word "its" or "itself", which stands for others */
  guint16 reciprocal : 1;  /* the cue's */
} CueEntry;

/* The cues of one first word as the matcher reads them, longest first:
 * bit i of @always says that entry i is to be tried whatever the words
 * after the first, as it has no second word to find. The others are
 * found by their first and second words together, in the lexicon's
 * pairs: see ent-cue-match.c. */
typedef struct
{
  guint64  always;
  guint    len;
  gboolean paired;     /* some entry is found by its second word */
  CueEntry entries[];
} CueStart;

struct _EntLexicon
{
  GObject      parent_instance;

  GArray      *cues;       /* EntCue */
  GStringChunk *strings;
  GArray      *patterns;   /* CuePattern */
  EntWordMap   by_first;   /* first word -> EntBucket of CueEntry, longest first */
  EntWordMap   starts;     /* first word -> CueStart, built from by_first */
  EntWordMap   pairs;      /* first and second word -> the entries of its CueStart, among
                            * the first 64, with that second word: a mask, not a pointer */
  EntWordFilter pair_filter; /* on the keys of pairs */
  guint64      start_bits[(1 << ENT_LEXICON_START_BITS) / 64];  /* ent_lexicon_may_start_cue() */
  EntWordMap   tags;       /* word hash -> EntTag */
  EntWordMap   roles;      /* word hash -> what the matcher steps over, see word_role() */
  EntPairModel pair_model;
};

/* "the", "a", "an": optional inside a cue's phrase. */
static inline gboolean
_ent_is_article (guint64 hash)
{
  return hash == ENT_WORD_HASH ("the") || hash == ENT_WORD_HASH ("a") ||
         hash == ENT_WORD_HASH ("an");
}

const char **_ent_time_phrase_heads (guint *n);
void _ent_lexicon_init_roles (EntLexicon *self);
void _ent_lexicon_index_cues (EntLexicon *self);
void _ent_lexicon_clear_index (EntLexicon *self);

G_END_DECLS
