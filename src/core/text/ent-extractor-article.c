/* ent-extractor-article.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The pair model's second half. Each pair the model scored in its
 * sentence (see ent-extractor-pairs.c) waits for the end of the text, and
 * is weighed again by what the whole text says of its two states: in how
 * many sentences they stand as a pair, how central each is to the story,
 * and what the rules found of them.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ent-extractor-pair-model.h"

/* The words of the text's features, hashed once. */
enum
{
  ART_COOC1, ART_COOC2, ART_COOC3, ART_COOC4,
  ART_SRANK1, ART_SRANK2, ART_SRANK3, ART_SRANK4,
  ART_TRANK1, ART_TRANK2, ART_TRANK3, ART_TRANK4,
  ART_SAME_SUPPORT, ART_SAME_OPPOSE, ART_REV_SUPPORT, ART_REV_OPPOSE,
  ART_SSRC, ART_STGT, ART_TSRC, ART_TTGT,
  N_ART
};

static const char *art_words[N_ART] = {
  "cooc1", "cooc2", "cooc3", "cooc4", "srank1", "srank2", "srank3", "srank4",
  "trank1", "trank2", "trank3", "trank4", "same+", "same-", "rev+", "rev-",
  "ssrc", "stgt", "tsrc", "ttgt",
};

static const guint64 *
art_hashes (void)
{
  static guint64 hashes[N_ART];
  static gsize once;

  return _ent_pairs_hashed_once (art_words, N_ART, hashes, &once);
}

/* The weights of the text's features, in an article [0] and in a
 * sentence alone [1], and the most they can add toward each class. */
typedef struct
{
  const float *weights[2][N_ART];
  double       bound[2][2];
} ArticleTable;

/* The most the text's features can add toward class @c: the heaviest of
 * each group that excludes the others, and every positive weight of the
 * rest. */
static double
bound_of (const float * const *weights,
          guint                c)
{
  static const guint groups[][2] = {
    { ART_COOC1, ART_COOC4 }, { ART_SRANK1, ART_SRANK4 }, { ART_TRANK1, ART_TRANK4 },
  };
  double bound = 0.0;

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      double most = 0.0;

      for (guint a = groups[g][0]; a <= groups[g][1]; a++)
        most = MAX (most, weights[a] != NULL ? weights[a][c] : 0.0);
      bound += most;
    }
  for (guint a = ART_SAME_SUPPORT; a < N_ART; a++)
    bound += weights[a] != NULL ? MAX (weights[a][c], 0.0) : 0.0;
  return bound;
}

/* The text's features weigh the same in every pair: their weights are
 * looked up once per model, which keeps the table as a cache of its own
 * weights, emptied when it loads others. */
static const ArticleTable *
article_table (const EntPairModel *model)
{
  EntPairModel *cache = (EntPairModel *)model;

  if (g_once_init_enter (&cache->article_once))
    {
      ArticleTable *table = g_new0 (ArticleTable, 1);

      for (guint single = 0; single < 2; single++)
        {
          guint64 kind = single ? ENT_WORD_HASH ("art1") : ENT_WORD_HASH ("art");

          for (guint k = 0; k < N_ART; k++)
            table->weights[single][k] =
              ent_word_map_lookup (&model->features, ent_lexicon_pair_key (kind, art_hashes ()[k]));
          for (guint c = 0; c < 2; c++)
            table->bound[single][c] = bound_of (table->weights[single], c);
        }
      cache->article = table;
      g_once_init_leave (&cache->article_once, 1);
    }
  return model->article;
}

/* Sets run->pair_bound: the most the text's features can add toward each
 * class, in an article or in a sentence alone. */
void
_ent_run_article_bound (Run *run)
{
  const ArticleTable *table = article_table (run->pair_model);
  guint single = run->out->n_sentences == 1;

  for (guint c = 0; c < 2; c++)
    run->pair_bound[c] = table->bound[single][c];
}

/* What the whole text says of the pairs' states: how often two states
 * stand as a pair the rules left unrelated, how central each state is to
 * the story, and what the rules found of each. */
typedef struct
{
  const char *a;         /* a < b */
  const char *b;
  guint       count;     /* sentences naming both as a pair */
  guint       last;      /* the last sentence counted, in tokens */
  guint       said;      /* the rules' positions: 1 a+b, 2 a-b, 4 b+a, 8 b-a */
} StatePair;

typedef struct
{
  const char *state;
  guint       sum;       /* sentences pairing it with another state */
  guint       rank;      /* from 1: how central it is, ties sharing a rank */
  guint       roles;     /* the rules' positions: 1 a source, 2 a target */
} StateInfo;

typedef struct
{
  EntWordMap  pairs;     /* pair_key() -> StatePair */
  EntWordMap  states;    /* state_key() -> StateInfo */
  StatePair  *pair_store;
  StateInfo  *state_store;
  guint       n_states;
  StateInfo  *recent[2]; /* the states last found, the latest first */
} Article;

/* Keys for the word maps, which want their low bits well mixed and no
 * key 0: an odd multiplier, then the high half folded onto the low, map
 * distinct numbers to distinct keys, and only 0 to 0. */
static inline guint64
mix (guint64 x)
{
  guint64 y = x * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);

  return y ^ (y >> 32);
}

static inline guint64
state_key (const char *state)
{
  return mix ((guint64)(gsize)state);
}

/* The pair of the states at @x and @y of the state store, either way. */
static inline guint64
pair_key (guint x,
          guint y)
{
  return mix (((guint64)MIN (x, y) + 1) << 32 | ((guint64)MAX (x, y) + 1));
}

/* Makes @map empty with room for @n keys, so that filling it with as
 * many does not grow it. */
static void
map_init_for (EntWordMap *map,
              gsize       n)
{
  gsize size = 16;

  while (size < 2 * n + 2)
    size *= 2;
  map->slots = g_new0 (EntWordSlot, size);
  map->mask = size - 1;
  map->count = 0;
}

/* The state's record, or NULL. The pairs come in turns, each way after
 * the other: the two states last found are tried before the map. */
static inline StateInfo *
find_state (Article    *article,
            const char *state)
{
  StateInfo *info;

  if (article->recent[0] != NULL && article->recent[0]->state == state)
    return article->recent[0];
  if (article->recent[1] != NULL && article->recent[1]->state == state)
    info = article->recent[1];
  else if ((info = ent_word_map_lookup (&article->states, state_key (state))) == NULL)
    return NULL;
  article->recent[1] = article->recent[0];
  article->recent[0] = info;
  return info;
}

/* The state's record, made on first use. */
static StateInfo *
state_info (Article    *article,
            const char *state)
{
  StateInfo *info = find_state (article, state);

  if (info == NULL)
    {
      info = &article->state_store[article->n_states++];
      *info = (StateInfo) { state, 0, 0, 0 };
      ent_word_map_insert (&article->states, state_key (state), info);
      article->recent[1] = article->recent[0];
      article->recent[0] = info;
    }
  return info;
}

static StatePair *
find_pair (Article    *article,
           const char *x,
           const char *y)
{
  StateInfo *a = find_state (article, x), *b = find_state (article, y);

  if (a == NULL || b == NULL)
    return NULL;
  return ent_word_map_lookup (&article->pairs,
                              pair_key (a - article->state_store, b - article->state_store));
}

/* Ranks the states by the sentences that pair them, from 1, ties sharing
 * a rank: one more than the states paired more often. */
static void
rank_states (Article *article)
{
  for (guint k = 0; k < article->n_states; k++)
    {
      StateInfo *info = &article->state_store[k];

      info->rank = 1;
      for (guint m = 0; m < article->n_states; m++)
        info->rank += article->state_store[m].sum > info->sum;
    }
}

/* The record of the pair of the states @x and @y, either way, made on
 * first use; the pair last found is tried before the map. */
static StatePair *
pair_info (Article    *article,
           StatePair **last,
           const char *x,
           const char *y,
           guint      *n_pairs)
{
  StatePair *pair = *last;
  guint64 key;

  if (pair != NULL && ((pair->a == x && pair->b == y) || (pair->a == y && pair->b == x)))
    return pair;
  key = pair_key (state_info (article, x) - article->state_store,
                  state_info (article, y) - article->state_store);
  pair = ent_word_map_lookup (&article->pairs, key);
  if (pair == NULL)
    {
      pair = &article->pair_store[(*n_pairs)++];
      *pair = (StatePair) { MIN (x, y), MAX (x, y), 0, G_MAXUINT, 0 };
      ent_word_map_insert (&article->pairs, key, pair);
    }
  *last = pair;
  return pair;
}

static void
article_init (Run     *run,
              Article *article)
{
  GArray *pending = run->pending;
  GArray *statements = run->out->statements;
  StatePair *last = NULL;
  guint n_pairs = 0;

  /* The pairs come each way, a state in several pairs: room for as many
   * keys as most texts need, more made if one needs them. */
  map_init_for (&article->pairs, pending->len / 2 + 4);
  map_init_for (&article->states, 24);
  /* each record is written whole when made */
  article->pair_store = g_new (StatePair, pending->len);
  article->state_store = g_new (StateInfo, 2 * (pending->len + statements->len));
  article->n_states = 0;
  article->recent[0] = article->recent[1] = NULL;
  for (guint k = 0; k < pending->len; k++)
    {
      Pending *p = &g_array_index (pending, Pending, k);
      StatePair *pair = pair_info (article, &last, p->source_state, p->target_state, &n_pairs);

      if (pair->last != p->first)
        pair->count++;
      pair->last = p->first;
      p->pair = pair;
    }
  for (guint k = 0; k < n_pairs; k++)
    {
      StatePair *pair = &article->pair_store[k];

      state_info (article, pair->a)->sum += pair->count;
      state_info (article, pair->b)->sum += pair->count;
    }
  rank_states (article);
  for (guint k = 0; k < statements->len; k++)
    {
      EntFoundStatement *st = &g_array_index (statements, EntFoundStatement, k);
      const char *s = _ent_run_state_of (run, st->source), *t = _ent_run_state_of (run, st->target);
      StatePair *pair = find_pair (article, s, t);

      if (pair != NULL)
        pair->said |= (st->sign > 0 ? 1 : 2) << (s == pair->a ? 0 : 2);
      state_info (article, s)->roles |= 1;
      state_info (article, t)->roles |= 2;
    }
}

static void
article_clear (Article *article)
{
  ent_word_map_clear (&article->pairs);
  ent_word_map_clear (&article->states);
  g_free (article->pair_store);
  g_free (article->state_store);
}

/* A feature of the whole text: "art" in an article, "art1" in a sentence
 * alone, where what the rules found is the sentence's again. */
static void
article_feature (Features           *f,
                 const ArticleTable *table,
                 gboolean            single,
                 guint               k)
{
  const float *w;

  if (f->trace != NULL)
    {
      _ent_pairs_trace_feature (f, single ? "art1" : "art", art_words[k],
                                strlen (art_words[k]));
      return;
    }
  w = table->weights[single][k];
  if (w != NULL)
    for (guint c = 0; c < 2; c++)
      f->score[c] += w[c];
}

static void
article_features (Features      *f,
                  Article       *article,
                  const Pending *p)
{
  const ArticleTable *table = article_table (f->run->pair_model);
  gboolean single = f->run->out->n_sentences == 1;
  const StatePair *pair = p->pair;
  StateInfo *source = find_state (article, p->source_state);
  StateInfo *target = find_state (article, p->target_state);
  /* the rules' positions of the pair, as source to target and back */
  guint same = p->source_state == pair->a ? pair->said & 3 : pair->said >> 2;
  guint back = p->source_state == pair->a ? pair->said >> 2 : pair->said & 3;

  article_feature (f, table, single, ART_COOC1 + MIN (pair->count, 4) - 1);
  article_feature (f, table, single, ART_SRANK1 + MIN (source->rank, 4) - 1);
  article_feature (f, table, single, ART_TRANK1 + MIN (target->rank, 4) - 1);
  if (same & 1)
    article_feature (f, table, single, ART_SAME_SUPPORT);
  if (same & 2)
    article_feature (f, table, single, ART_SAME_OPPOSE);
  if (back & 1)
    article_feature (f, table, single, ART_REV_SUPPORT);
  if (back & 2)
    article_feature (f, table, single, ART_REV_OPPOSE);
  if (source->roles & 1)
    article_feature (f, table, single, ART_SSRC);
  if (source->roles & 2)
    article_feature (f, table, single, ART_STGT);
  if (target->roles & 1)
    article_feature (f, table, single, ART_TSRC);
  if (target->roles & 2)
    article_feature (f, table, single, ART_TTGT);
}

/* The sign the model gives the pair, or 0: two classes against none,
 * whose score is 0. */
static int
decide (Run          *run,
        const double  score[2],
        double       *p)
{
  double none, support, oppose;

  /* Each class's probability is below its score's logistic: one score
   * below the threshold's by 1 gives one far below the threshold, which
   * no rounding brings back. */
  if (score[0] < run->pair_logit - 1.0 && score[1] < run->pair_logit - 1.0)
    {
      *p = 0.0;
      return 0;
    }
  none = 1.0 / (1.0 + exp (score[0]) + exp (score[1]));
  support = exp (score[0]) * none;
  oppose = exp (score[1]) * none;

  *p = MAX (support, oppose);
  if (support > run->pair_threshold && support > oppose)
    return 1;
  if (oppose > run->pair_threshold)
    return -1;
  return 0;
}

/* Puts the model's positions among the rules', each after those of its
 * sentence. */
static void
merge (Run    *run,
       GArray *found)
{
  GArray *rules = run->out->statements;
  GArray *all = g_array_sized_new (FALSE, FALSE, sizeof (EntFoundStatement),
                                   rules->len + found->len);
  guint r = 0;

  for (guint k = 0; k < found->len; k++)
    {
      EntFoundStatement *st = &g_array_index (found, EntFoundStatement, k);
      guint from = r;

      while (r < rules->len &&
             g_array_index (rules, EntFoundStatement, r).sentence_start <= st->sentence_start)
        r++;
      if (r > from)
        g_array_append_vals (all, &g_array_index (rules, EntFoundStatement, from), r - from);
      g_array_append_val (all, *st);
    }
  if (r < rules->len)
    g_array_append_vals (all, &g_array_index (rules, EntFoundStatement, r), rules->len - r);
  g_array_unref (rules);
  run->out->statements = all;
}

/* Once the whole text is read: each pair the model scored in its sentence,
 * weighed again with what the text says of its two states, becomes a
 * position or is traced. */
void
_ent_run_decide_pairs (Run             *run,
                       EntPairTraceFunc trace,
                       gpointer         trace_data)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (EntFoundStatement));
  g_autoptr(GString) text = trace != NULL ? g_string_new (NULL) : NULL;
  Article article;

  article_init (run, &article);
  for (guint k = 0; k < run->pending->len; k++)
    {
      Pending *p = &g_array_index (run->pending, Pending, k);
      Features f = { run, NULL, text, TRUE, { p->score[0], p->score[1] }, { -1, -1 }, { 0, 0 },
                     FALSE };
      double prob;
      int sign, s;

      /* Neither sign can pass: the text's weights are not needed. */
      if (!p->takes[0] && !p->takes[1] && text == NULL)
        continue;
      if (text != NULL)
        g_string_assign (text, p->trace);
      article_features (&f, &article, p);
      if (trace != NULL)
        {
          trace (p->source_actor, p->target_actor, run->tokens[p->first].cstart,
                 run->tokens[p->last - 1].cend, text->str, trace_data);
          g_free (p->trace);
          continue;
        }
      sign = decide (run, f.score, &prob);
      s = sign > 0 ? 0 : 1;
      if (sign != 0 && p->takes[s])
        {
          EntFoundStatement st;

          /* Below every rule's: what a model guessed is the first to doubt. */
          run->first = p->first;
          run->last = p->last;
          _ent_run_statement_init (run, &st, p->source_actor, p->target_actor, sign,
                                   0.1 + 0.2 * prob, p->cue_first[s], p->cue_last[s]);
          g_array_append_val (found, st);
        }
    }
  article_clear (&article);
  g_clear_pointer (&run->pending, g_array_unref);
  if (found->len > 0)
    merge (run, found);
}
