/* ent-cue-match.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ent-lexicon-private.h"
#include "ent-word-map.h"

/*
 * Matching the cue lexicon at a token: the cues of the token's word, tried
 * longest first. A cue of two words or more is tried only when its second
 * word is one the words after could give it, which the lexicon's pairs of
 * first and second words tell without reading the cues one by one: "in"
 * starts 31 cues, "blame" 19, and most of the words that start one start
 * none that matches there.
 */

/* "tariffs of up to 35.3 percent on", "a fine of $4 billion on": the
 * rate or sum of the cue's noun, at @t on "of"; its length, or 0. */
static guint
rate_length (const EntToken *tokens,
             guint           n_tokens,
             guint           t)
{
  static const char *qualifiers[] = {
    "up", "to", "about", "around", "nearly", "almost", "roughly", "some", "over", "more", "than",
  };
  static const char *units[] = {
    "percent", "%", "per", "cent", "billion", "million", "euros", "dollars", "pounds",
  };
  static EntWordMap *once_qualifiers, *once_units;
  guint q = t + 1;

  if (tokens[t].hash != ENT_WORD_HASH ("of"))
    return 0;
  while (q < n_tokens && q < t + 4 &&
         ent_word_set_contains (&once_qualifiers, qualifiers, G_N_ELEMENTS (qualifiers),
                                tokens[q].hash))
    q++;
  /* "of $4 billion", "of €2 billion" */
  if (q + 1 < n_tokens && ent_token_is_currency (&tokens[q]) &&
      tokens[q + 1].kind == ENT_TOKEN_NUMBER)
    q++;
  if (q >= n_tokens || tokens[q].kind != ENT_TOKEN_NUMBER)
    return 0;
  q++;
  while (q < n_tokens && q < t + 9 &&
         ent_word_set_contains (&once_units, units, G_N_ELEMENTS (units), tokens[q].hash))
    q++;
  return q - t;
}

/* Whether @token is the cue's word @want, or for "its" and "itself" a
 * possessive or reflexive pronoun, which they stand for. */
static gboolean
word_matches (EntLexicon     *self,
              guint64         want,
              const EntToken *token)
{
  EntTag tag;

  if (token->kind == ENT_TOKEN_PUNCT)
    return FALSE;
  if (want == token->hash)
    return TRUE;
  if (want == ENT_WORD_HASH ("its"))
    return ent_lexicon_tag (self, token->hash) == ENT_TAG_POSS_PRON;
  if (want == ENT_WORD_HASH ("itself"))
    {
      tag = ent_lexicon_tag (self, token->hash);
      return tag == ENT_TAG_NONE && token->hash != want &&
             (token->hash == ENT_WORD_HASH ("themselves") ||
              token->hash == ENT_WORD_HASH ("himself") ||
              token->hash == ENT_WORD_HASH ("herself") ||
              token->hash == ENT_WORD_HASH ("ourselves"));
    }
  return FALSE;
}

/* A word that may stand inside a cue's noun phrase ("economic"). */
static inline gboolean
is_modifier (const EntToken *t)
{
  return (t->flags & ENT_TOKEN_MODIFIER) && !(t->flags & ENT_TOKEN_CAPITALISED);
}

/* What a word is to second_words(), in the lexicon's roles: bits. */
enum
{
  ROLE_ARTICLE = 1 << 0,
  ROLE_OF = 1 << 1,
  ROLE_QUANTITY = 1 << 2,   /* "most" of, "part" of: see is_quantity_of() */
  ROLE_AND_OR = 1 << 3,
  ROLE_TIME_HEAD = 1 << 4,  /* see ent_lexicon_time_phrase_length() */
};

/* Fills the lexicon's roles, for second_words() to learn in one lookup
 * per token what it would otherwise compare the token's word with a
 * dozen words for. */
void
_ent_lexicon_init_roles (EntLexicon *self)
{
  static const struct
  {
    guint       role;
    const char *words[8];
  } lists[] = {
    { ROLE_ARTICLE, { "the", "a", "an" } },
    { ROLE_OF, { "of" } },
    { ROLE_QUANTITY, { "most", "some", "all", "many", "much", "part", "several", "half" } },
    { ROLE_AND_OR, { "and", "or" } },
  };
  const char **heads;
  guint n_heads;

  ent_word_map_init (&self->roles);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint k = 0; k < G_N_ELEMENTS (lists[l].words) && lists[l].words[k] != NULL; k++)
      {
        guint64 hash = ent_text_hash_str (lists[l].words[k]);
        guint role = GPOINTER_TO_UINT (ent_word_map_lookup (&self->roles, hash));

        ent_word_map_insert (&self->roles, hash, GUINT_TO_POINTER (role | lists[l].role));
      }
  heads = _ent_time_phrase_heads (&n_heads);
  for (guint k = 0; k < n_heads; k++)
    {
      guint64 hash = ent_text_hash_str (heads[k]);
      guint role = GPOINTER_TO_UINT (ent_word_map_lookup (&self->roles, hash));

      ent_word_map_insert (&self->roles, hash, GUINT_TO_POINTER (role | ROLE_TIME_HEAD));
    }
}

/* The roles of the word of hash @hash, 0 for most words. */
static inline guint
word_role (EntLexicon *self,
           guint64     hash)
{
  return GPOINTER_TO_UINT (ent_word_map_lookup (&self->roles, hash));
}

/* "lifted most of its sanctions on", "froze part of the assets of": a
 * quantity of the cue's noun, at @t before "of". */
static inline gboolean
is_quantity_of (EntLexicon     *self,
                const EntToken *tokens,
                guint           n_tokens,
                guint           t)
{
  return t + 1 < n_tokens && tokens[t + 1].hash == ENT_WORD_HASH ("of") &&
         (word_role (self, tokens[t].hash) & ROLE_QUANTITY);
}

/* "severed diplomatic and trade ties with": "and" or "or" between two
 * modifiers. */
static inline gboolean
joins_modifiers (const EntToken *tokens,
                 guint           n_tokens,
                 guint           t)
{
  return t > 0 && t + 1 < n_tokens && is_modifier (&tokens[t - 1]) &&
         is_modifier (&tokens[t + 1]) &&
         (tokens[t].hash == ENT_WORD_HASH ("and") || tokens[t].hash == ENT_WORD_HASH ("or"));
}

/* "50 percent tariffs", "25 per cent duties", "10% levies": a word of a
 * rate after its number, which a cue's noun may follow. */
static inline gboolean
percent_after_number (const EntToken *tokens,
                      guint           n_tokens,
                      guint           t)
{
  guint64 hash = tokens[t].hash;

  if (t == 0)
    return FALSE;
  if (hash == ENT_WORD_HASH ("percent") || hash == ENT_WORD_HASH ("%"))
    return tokens[t - 1].kind == ENT_TOKEN_NUMBER;
  if (hash == ENT_WORD_HASH ("per"))
    return tokens[t - 1].kind == ENT_TOKEN_NUMBER && t + 1 < n_tokens &&
           tokens[t + 1].hash == ENT_WORD_HASH ("cent");
  return hash == ENT_WORD_HASH ("cent") && t >= 2 && tokens[t - 1].hash == ENT_WORD_HASH ("per") &&
         tokens[t - 2].kind == ENT_TOKEN_NUMBER;
}

/* Whether the cue matcher may step over token @t, of role @role, looking
 * for a cue's second word, for some cue: see the loop of match_rest(). */
static inline gboolean
may_step_over (const EntToken *tokens,
               guint           n_tokens,
               guint           t,
               guint           role)
{
  const EntToken *token = &tokens[t];

  return (role & ROLE_ARTICLE) || token->tag == ENT_TAG_ADV ||
         token->tag == ENT_TAG_POSS_PRON || token->kind == ENT_TOKEN_NUMBER ||
         (token->flags & ENT_TOKEN_QUOTE) || is_modifier (token) ||
         ((role & ROLE_AND_OR) && joins_modifiers (tokens, n_tokens, t)) ||
         ent_token_is_compound (tokens, n_tokens, t) ||
         percent_after_number (tokens, n_tokens, t);
}

#define MAX_SECOND 12

/* What the matcher knows of the words after a cue's first word: found
 * only when a cue of two words or more asks, as most of the first words
 * looked up start none that could match there. */
typedef struct
{
  guint   time;      /* the length of a time phrase after the first word, or NOT_YET */
  guint   n_second;  /* see second_words(), or NOT_YET */
  guint64 second[MAX_SECOND];
} After;

#define NOT_YET G_MAXUINT

/* Every word a cue starting at @at could find as its second: the words
 * from @at + 1, or from after a time phrase there ("condemned on Tuesday
 * the"), up to the first the matcher could not step over. A verb cue
 * jumps the whole phrase or stops at its first word, never inside it. A
 * cue whose second word is none of them cannot match: "in" starts 31
 * cues, "blame" 19. Fills @after's words, and its time phrase on the way
 * if not known yet; how many words, 0 when too many to be worth
 * comparing. */
static guint
second_words (EntLexicon     *self,
              const EntToken *tokens,
              guint           n_tokens,
              guint           at,
              After          *after)
{
  guint64 *words = after->second;
  guint n = 0, rate, time, role;

  if (at + 1 >= n_tokens)
    {
      after->time = 0;
      return after->n_second = 0;
    }
  role = word_role (self, tokens[at + 1].hash);
  if (after->time == NOT_YET)
    after->time = (role & ROLE_TIME_HEAD)
                    ? ent_lexicon_time_phrase_length (tokens, n_tokens, at + 1)
                    : 0;
  time = after->time;
  for (guint pass = 0; pass < (time > 0 ? 2 : 1); pass++)
    for (guint t = pass == 0 ? at + 1 : at + 1 + time; t < n_tokens; t++)
      {
        if (t > at + 1)
          role = word_role (self, tokens[t].hash);
        if (n == MAX_SECOND)
          return after->n_second = 0;
        words[n++] = tokens[t].hash;
        /* a noun's "most of", a "power-sharing": both words stepped over */
        if (((role & ROLE_QUANTITY) && t + 1 < n_tokens &&
             tokens[t + 1].hash == ENT_WORD_HASH ("of")) ||
            ent_token_is_compound (tokens, n_tokens, t))
          {
            if (n == MAX_SECOND)
              return after->n_second = 0;
            words[n++] = tokens[++t].hash;
            continue;
          }
        /* a noun's "of up to 25 percent": the word after it */
        if (t == at + 1 && (role & ROLE_OF) && (rate = rate_length (tokens, n_tokens, t)) > 0)
          {
            if (t + rate < n_tokens)
              words[n++] = tokens[t + rate].hash;
            break;
          }
        if (!may_step_over (tokens, n_tokens, t, role))
          break;
      }
  return after->n_second = n;
}

/* Whether @word is one of the @n @words. */
static gboolean
among (const guint64 *words,
       guint          n,
       guint64        word)
{
  for (guint k = 0; k < n; k++)
    if (words[k] == word)
      return TRUE;
  return FALSE;
}

/* The time phrase after token @at, found once, and only after a word
 * that may start one. */
static guint
time_after (EntLexicon     *self,
            After          *after,
            const EntToken *tokens,
            guint           n_tokens,
            guint           at)
{
  if (after->time == NOT_YET)
    after->time = at + 1 < n_tokens && (word_role (self, tokens[at + 1].hash) & ROLE_TIME_HEAD)
                    ? ent_lexicon_time_phrase_length (tokens, n_tokens, at + 1)
                    : 0;
  return after->time;
}

/* Whether @entry's second word, if it has one, is among those the words
 * after @at could give it: see second_words(). */
static inline gboolean
second_may_match (EntLexicon     *self,
                  After          *after,
                  const CueEntry *entry,
                  const EntToken *tokens,
                  guint           n_tokens,
                  guint           at)
{
  if (entry->length < 2 || entry->any_second)
    return TRUE;
  if (after->n_second == NOT_YET)
    second_words (self, tokens, n_tokens, at, after);
  return after->n_second == 0 || among (after->second, after->n_second, entry->second);
}

/* Word @k of the cue of @entry, past its first: the second is in the
 * entry, the others in the pattern, which only a cue of three words or
 * more reads. */
static inline guint64
cue_word (EntLexicon     *self,
          const CueEntry *entry,
          guint           k)
{
  return k == 1 ? entry->second
                : g_array_index (self->patterns, CuePattern, entry->pattern).words[k];
}

/* The words of @entry's cue after its first against the tokens after
 * @at, stepping over what may stand between them. Returns whether they
 * match, and in @end the token after the last. */
static gboolean
match_rest (EntLexicon     *self,
            const CueEntry *entry,
            const EntToken *tokens,
            guint           n_tokens,
            guint           at,
            After          *after,
            guint          *end)
{
  gboolean ok = TRUE;
  guint t = at + 1;

  for (guint k = 1, quotes = 0; ok && k < entry->length; k++, t++)
    {
      guint skipped = 0, rate;
      guint64 word = cue_word (self, entry, k);
      gboolean noun = (entry->noun_mask >> k) & 1;
      gboolean after_noun = (k == 1 && entry->pos == ENT_CUE_NOUN) ||
                            ((entry->noun_mask >> (k - 1)) & 1);

      if (k == 1 && entry->pos == ENT_CUE_VERB && t < n_tokens && word != tokens[t].hash)
        t += time_after (self, after, tokens, n_tokens, at);
      else if (after_noun && k + 1 == entry->length)
        t = ent_lexicon_skip_time_phrase (tokens, n_tokens, t, word);
      /* what this steps over, may_step_over() must allow */
      while (t < n_tokens && word != tokens[t].hash &&
             (_ent_is_article (tokens[t].hash) ||
              (noun && skipped < 2 && ent_token_is_compound (tokens, n_tokens, t) && ++t &&
               ++skipped) ||
              /* "work more closely with", "sided firmly with", "aligned itself
               * closely with" */
              ((k == 1 || cue_word (self, entry, k - 1) == ENT_WORD_HASH ("itself")) &&
               tokens[t].tag == ENT_TAG_ADV && entry->pos == ENT_CUE_VERB) ||
              /* "stood "shoulder to shoulder" with" */
              ((tokens[t].flags & ENT_TOKEN_QUOTE) && quotes++ < 2) ||
              (noun && skipped < 2 && tokens[t].tag == ENT_TAG_POSS_PRON && ++skipped) ||
              /* "sent 5,000 troops to", "exchanged 1,000 prisoners" */
              (noun && skipped < 2 && tokens[t].kind == ENT_TOKEN_NUMBER && ++skipped) ||
              /* "slapped 50 percent tariffs on": the rate's words with its number */
              (noun && percent_after_number (tokens, n_tokens, t)) ||
              /* "lifted most of its sanctions on": "most" here, "of" below */
              (noun && skipped == 0 && is_quantity_of (self, tokens, n_tokens, t) && ++t &&
               ++skipped) ||
              (after_noun && skipped == 0 && (rate = rate_length (tokens, n_tokens, t)) > 0 &&
               (t += rate - 1, TRUE) && ++skipped) ||
              ((k + 1 < entry->length || noun) && skipped < 2 && is_modifier (&tokens[t]) &&
               ++skipped) ||
              (noun && skipped == 1 && joins_modifiers (tokens, n_tokens, t))))
        t++;
      ok = t < n_tokens && word_matches (self, word, &tokens[t]);
    }
  *end = t;
  /* "broke off its ties with Taiwan" is not "X and Y broke off ties". */
  return ok && !(entry->reciprocal && t < n_tokens && tokens[t].hash == ENT_WORD_HASH ("with"));
}

/* The key of a cue's first and second words in the lexicon's pairs. */
static inline guint64
pair_key (guint64 first,
          guint64 second)
{
  guint64 key = first ^ (second * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  key ^= key >> 32;
  return key != 0 ? key : 1;
}

/* Frees the index that _ent_lexicon_index_cues() built. */
void
_ent_lexicon_clear_index (EntLexicon *self)
{
  ent_word_map_clear_full (&self->starts, g_free);
  ent_word_map_clear (&self->pairs);
}

/* Adds entry @i of the cues starting with @first, which has @second for
 * second word, to the lexicon's pairs. */
static void
add_pair (EntLexicon *self,
          guint64     first,
          guint64     second,
          guint       i)
{
  guint64 key = pair_key (first, second);
  guint64 mask = (guint64)(guintptr)ent_word_map_lookup (&self->pairs, key);

  mask |= G_GUINT64_CONSTANT (1) << i;
  ent_word_map_insert (&self->pairs, key, (gpointer)(guintptr)mask);
  ent_word_filter_add (self->pair_filter, key);
}

/* Builds, from the cues as loaded so far, what the matcher reads: the
 * cues of each first word, the bits of ent_lexicon_may_start_cue(), and
 * the pairs of first and second words. The
 * first 64 cues of a word are found in the pairs, any after by comparing
 * their second words. */
void
_ent_lexicon_index_cues (EntLexicon *self)
{
  guint64 its = ENT_WORD_HASH ("its"), itself = ENT_WORD_HASH ("itself");

  _ent_lexicon_clear_index (self);
  ent_word_map_init (&self->starts);
  ent_word_map_init (&self->pairs);
  memset (self->start_bits, 0, sizeof self->start_bits);
  memset (self->pair_filter, 0, sizeof self->pair_filter);
  for (gsize s = 0; s <= self->by_first.mask; s++)
    {
      const EntWordSlot *slot = &self->by_first.slots[s];
      const EntBucket *bucket = slot->value;
      CueStart *start;
      guint64 bit;

      if (slot->key == 0)
        continue;
      start = g_malloc (sizeof (CueStart) + bucket->len * sizeof (CueEntry));
      start->always = 0;
      start->len = bucket->len;
      start->paired = FALSE;
      memcpy (start->entries, bucket->data, bucket->len * sizeof (CueEntry));
      for (guint i = 0; i < start->len; i++)
        {
          CueEntry *entry = &start->entries[i];

          entry->any_second = entry->length >= 2 &&
                              (entry->second == its || entry->second == itself);
          if (entry->length >= 2 && !entry->any_second)
            {
              start->paired = TRUE;
              if (i < 64)
                add_pair (self, slot->key, entry->second, i);
            }
          else if (i < 64)
            start->always |= G_GUINT64_CONSTANT (1) << i;
        }
      ent_word_map_insert (&self->starts, slot->key, start);
      bit = slot->key >> (64 - ENT_LEXICON_START_BITS);
      self->start_bits[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
    }
}

/* The entries of @start, among its first 64, whose second word the words
 * after @at may give: those of each word second_words() finds, or all
 * when it finds too many to be worth looking up. */
static guint64
paired_entries (EntLexicon     *self,
                const CueStart *start,
                const EntToken *tokens,
                guint           n_tokens,
                guint           at,
                After          *after)
{
  guint64 entries = 0;

  /* most often the next word alone: a word of no role starts no time
   * phrase, and second_words() would stop at it */
  if (at + 1 < n_tokens && word_role (self, tokens[at + 1].hash) == 0 &&
      !may_step_over (tokens, n_tokens, at + 1, 0))
    {
      after->time = 0;
      after->second[0] = tokens[at + 1].hash;
      after->n_second = 1;
    }
  else if (second_words (self, tokens, n_tokens, at, after) == 0)
    return start->len >= 64 ? G_MAXUINT64 : (G_GUINT64_CONSTANT (1) << start->len) - 1;
  for (guint k = 0; k < after->n_second; k++)
    {
      guint64 key = pair_key (tokens[at].hash, after->second[k]);

      if (ent_word_filter_may_contain (self->pair_filter, key))
        entries |= (guint64)(guintptr)ent_word_map_lookup (&self->pairs, key);
    }
  return entries;
}

/* @entry, one of the cues starting at @at, if it matches there. */
static const EntCue *
try_entry (EntLexicon     *self,
           const CueEntry *entry,
           const EntToken *tokens,
           guint           n_tokens,
           guint           at,
           EntCuePos       skip,
           After          *after,
           guint          *span)
{
  guint end;

  /* a cue longer than the sentence's rest cannot match */
  if (at + entry->length > n_tokens)
    return NULL;
  /* "backed" is an affix only in "Iran-backed", "pro" only in "pro-Iran". */
  if (entry->pos == ENT_CUE_SUFFIX && !(tokens[at].flags & ENT_TOKEN_HYPHEN_BEFORE))
    return NULL;
  if (entry->pos == ENT_CUE_PREFIX &&
      (at + 1 >= n_tokens || !(tokens[at + 1].flags & ENT_TOKEN_HYPHEN_BEFORE)))
    return NULL;
  /* "pro-sanctions", "anti-war" name no sanctions and no war, but
   * "counter-tariffs on" are tariffs. */
  if ((tokens[at].flags & ENT_TOKEN_HYPHEN_BEFORE) && entry->pos != ENT_CUE_SUFFIX &&
      !(entry->pos == ENT_CUE_NOUN && at > 0 && tokens[at - 1].hash == ENT_WORD_HASH ("counter")))
    return NULL;
  if (entry->pos == skip)
    return NULL;
  if (!match_rest (self, entry, tokens, n_tokens, at, after, &end))
    return NULL;
  if (span != NULL)
    *span = end - at;
  return &g_array_index (self->cues, EntCue, entry->pattern);
}

/**
 * ent_lexicon_match_cue_from:
 * @start: what ent_lexicon_get_cue_starts() maps the word of token @at to
 * @skip: a part of speech whose cues are not wanted, or %ENT_CUE_NONE
 *
 * ent_lexicon_match_cue_except(), for a caller that has already looked
 * the word up.
 *
 * Returns: (nullable): the longest cue starting at token @at
 */
const EntCue *
ent_lexicon_match_cue_from (EntLexicon     *self,
                            gconstpointer   start,
                            const EntToken *tokens,
                            guint           n_tokens,
                            guint           at,
                            EntCuePos       skip,
                            guint          *span)
{
  const CueStart *cues = start;
  const EntCue *cue;
  guint64 entries;
  After after;

  if (cues == NULL || tokens[at].kind == ENT_TOKEN_PUNCT)
    return NULL;
  after.time = after.n_second = NOT_YET;
  entries = cues->always;
  if (cues->paired)
    entries |= paired_entries (self, cues, tokens, n_tokens, at, &after);
  /* in order, the longest first */
  for (; entries != 0; entries &= entries - 1)
    if ((cue = try_entry (self, &cues->entries[__builtin_ctzll (entries)], tokens, n_tokens, at,
                          skip, &after, span)) != NULL)
      return cue;
  for (guint i = 64; i < cues->len; i++)
    if (second_may_match (self, &after, &cues->entries[i], tokens, n_tokens, at) &&
        (cue = try_entry (self, &cues->entries[i], tokens, n_tokens, at, skip, &after,
                          span)) != NULL)
      return cue;
  return NULL;
}

/**
 * ent_lexicon_match_cue_except:
 * @skip: a part of speech whose cues are not wanted, or %ENT_CUE_NONE
 *
 * "the peace talks with": where the verb cue starting at @at is a noun
 * here, the noun cue of the same words.
 *
 * Returns: (nullable): the longest cue starting at token @at
 */
const EntCue *
ent_lexicon_match_cue_except (EntLexicon     *self,
                              const EntToken *tokens,
                              guint           n_tokens,
                              guint           at,
                              EntCuePos       skip,
                              guint          *span)
{
  guint64 hash = tokens[at].hash;

  /* the bits are set for every key of the starts, in _ent_lexicon_index_cues() */
  if (!ent_lexicon_may_start_cue (self->start_bits, hash))
    return NULL;
  return ent_lexicon_match_cue_from (self, ent_word_map_lookup (&self->starts, hash), tokens,
                                     n_tokens, at, skip, span);
}

/**
 * ent_lexicon_match_cue:
 *
 * Returns: (nullable): the longest cue starting at token @at
 */
const EntCue *
ent_lexicon_match_cue (EntLexicon     *self,
                       const EntToken *tokens,
                       guint           n_tokens,
                       guint           at,
                       guint          *span)
{
  return ent_lexicon_match_cue_except (self, tokens, n_tokens, at, ENT_CUE_NONE, span);
}
