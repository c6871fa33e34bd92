/* ent-time-phrase.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-lexicon.h"
#include "ent-lexicon-private.h"
#include "ent-word-map.h"

/*
 * The time phrases that the cue matcher and the rules step over between a
 * verb and what follows it: "on Friday", "since late 2021", "in May".
 */

static gboolean
is_date_word (const EntToken *token)
{
  static const char *words[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "week", "month", "year", "weekend", "summer", "winter", "spring",
    "autumn",
  };
  static EntWordMap *once;

  return token->kind == ENT_TOKEN_NUMBER ||
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), token->hash);
}

/* The words a time phrase starts with. */
static const char *heads[] = { "on", "since", "in", "last", "this", "until", "late", "early" };

/* For the cue matcher, which looks them up with others: the words a time
 * phrase starts with, @n of them. */
const char **
_ent_time_phrase_heads (guint *n)
{
  *n = G_N_ELEMENTS (heads);
  return heads;
}

/**
 * ent_lexicon_time_phrase_length:
 *
 * "lined up on Friday behind", "has relied since late 2021 on",
 * "rejected on Tuesday Trump's recognition": the number of tokens of a
 * time phrase at @t, or 0.
 */
guint
ent_lexicon_time_phrase_length (const EntToken *tokens,
                                guint           n_tokens,
                                guint           t)
{
  static const char *qualifiers[] = { "late", "early", "mid", "last", "this" };
  static EntWordMap *once_heads, *once_qualifiers;
  guint q = t + 1;

  if (q >= n_tokens ||
      !ent_word_set_contains (&once_heads, heads, G_N_ELEMENTS (heads), tokens[t].hash))
    return 0;
  if (ent_word_set_contains (&once_qualifiers, qualifiers, G_N_ELEMENTS (qualifiers),
                             tokens[q].hash))
    q++;
  if (q >= n_tokens || !is_date_word (&tokens[q]))
    return 0;
  q++;
  if (q < n_tokens && tokens[q].kind == ENT_TOKEN_NUMBER)
    q++;
  return q - t;
}

/**
 * ent_lexicon_skip_time_phrase:
 *
 * "imposed sanctions in October 2022 on", "sanctions on Friday on": past
 * a time phrase at @t when the word @want follows it.
 *
 * Returns: the token of @want after the phrase, or @t
 */
guint
ent_lexicon_skip_time_phrase (const EntToken *tokens,
                              guint           n_tokens,
                              guint           t,
                              guint64         want)
{
  guint length;

  /* "on Friday on Iran": the time's "on" is not the cue's */
  if (t >= n_tokens || (length = ent_lexicon_time_phrase_length (tokens, n_tokens, t)) == 0)
    return t;
  return t + length < n_tokens && tokens[t + length].hash == want ? t + length : t;
}
