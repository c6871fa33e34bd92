/* ent-extractor-pairs.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The pairs the rules leave. Two actors named in one sentence with no
 * position found between them may still take one, said in words no rule
 * knows. A linear model learnt from annotated sentences
 * (data/lexicon/pairs.model, written by tools/train-pairs.py) scores each
 * ordered pair by the words between and around the two names, the
 * punctuation and grammar between them and what the rules found in the
 * sentence, and names a position, with low confidence, where it is sure
 * enough. Its evidence is the sentence, its cue the word between that
 * weighed most.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ent-extractor-private.h"

/* Two names further apart than this many tokens are left alone. */
#define MAX_DISTANCE 20
#define MAX_SENTENCE 200
#define MAX_CANDIDATES 48

/* What a word between two names weighs, for the pairs named first
 * one way [0] and the other [1]. */
typedef struct
{
  float  score[2][2];
  float  cue_weight[2][2];
  guint8 done;     /* a bit per direction */
  guint8 unsure;
} TokenScore;

/* What every pair of a sentence asks, found once. */
typedef struct
{
  const char **said;             /* the states of the rules' positions in the
                                  * sentence, source and target */
  guint        n_said;
  TokenScore  *scores;           /* per token */
} Sentence;

typedef struct
{
  Run      *run;
  Sentence *sentence;
  GString  *trace;      /* the features as text, when tracing */
  gboolean  forward;    /* the source is named first */
  double    score[2];   /* toward support, toward opposition */
  int       cue[2];     /* the word between weighing most toward each */
  float     cue_weight[2];
  gboolean  unsure;     /* see token_features() */
} Features;

typedef struct
{
  const Ref *source;
  const Ref *target;
  guint      source_actor;
  guint      target_actor;
  const char *source_state;
  const char *target_state;
  guint      distance;
} Candidate;

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

static void
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
      g_string_append_printf (f->trace, " %s:", kind);
      for (gsize i = 0; i < length; i++)
        if (word[i] != '.' && word[i] != '\'' && !g_ascii_isspace (word[i]))
          g_string_append_c (f->trace, g_ascii_tolower (word[i]));
      return;
    }
  w = ent_lexicon_pair_weights (f->run->lexicon, ent_lexicon_pair_key (kind_hash, word_hash));
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

/* A feature, once as it is and once with the pair's direction: "fw:by"
 * (the source named first) weighs otherwise than "rw:by". */
#define FEATURE(f, KIND, word, length, hash, token) \
  G_STMT_START { \
    add ((f), KIND, ENT_WORD_HASH (KIND), (word), (length), (hash), (token)); \
    if ((f)->forward) \
      add ((f), "f" KIND, ENT_WORD_HASH ("f" KIND), (word), (length), (hash), (token)); \
    else \
      add ((f), "r" KIND, ENT_WORD_HASH ("r" KIND), (word), (length), (hash), (token)); \
  } G_STMT_END

#define SHAPE(f, WORD) FEATURE ((f), "s", WORD, strlen (WORD), ENT_WORD_HASH (WORD), -1)

static void
word_feature (Features   *f,
              const char *kind,
              guint64     kind_hash,
              guint64     oriented_hash,
              const char *oriented,
              guint       i,
              gboolean    between)
{
  const EntToken *t = &f->run->tokens[i];
  const char *s = f->run->text + t->start;

  if (t->kind != ENT_TOKEN_WORD)
    return;
  add (f, kind, kind_hash, s, t->end - t->start, t->hash, between ? (int)i : -1);
  add (f, oriented, oriented_hash, s, t->end - t->start, t->hash, between ? (int)i : -1);
}

#define WORD(f, KIND, i, between) \
  word_feature ((f), KIND, ENT_WORD_HASH (KIND), \
                (f)->forward ? ENT_WORD_HASH ("f" KIND) : ENT_WORD_HASH ("r" KIND), \
                (f)->forward ? "f" KIND : "r" KIND, (i), (between))

static void
punct_feature (Features *f,
               guint     i)
{
  Run *run = f->run;

  if (run->tokens[i].flags & ENT_TOKEN_QUOTE)
    SHAPE (f, "quote");
  else if (_ent_run_punct_is (run, i, ","))
    SHAPE (f, "comma");
  else if (_ent_run_punct_is (run, i, ";:"))
    SHAPE (f, "semicolon");
  else if (_ent_run_punct_is (run, i, "()"))
    SHAPE (f, "bracket");
  else if (_ent_run_is_dash (run, i))
    SHAPE (f, "dash");
}

/* Hashes the @n words of a feature table once, whichever thread asks
 * first; NULL words are skipped. */
static const guint64 *
hashed_once (const char * const *words,
             guint               n,
             guint64            *hashes,
             gsize              *once)
{
  if (g_once_init_enter (once))
    {
      for (guint k = 0; k < n; k++)
        if (words[k] != NULL)
          hashes[k] = ent_text_hash_str (words[k]);
      g_once_init_leave (once, 1);
    }
  return hashes;
}

static void
tag_feature (Features *f,
             guint     i)
{
  static const char *names[] = {
    NULL, "det", "pron", "posspron", "prep", "locprep", "conj", "sub", "rel", "be", "have",
    "do", "modal", "neg", "adv", "say", "light", "refuse", "verb", "to", "by", "poss",
    "organ", "people", "adj",
  };
  static guint64 hashes[G_N_ELEMENTS (names)];
  static gsize once;
  guint tag = _ent_run_tag (f->run, i);

  if (tag == ENT_TAG_NONE || tag >= G_N_ELEMENTS (names))
    return;
  FEATURE (f, "t", names[tag], strlen (names[tag]),
           hashed_once (names, G_N_ELEMENTS (names), hashes, &once)[tag], -1);
}

static void
cue_feature (Features *f,
             guint     i)
{
  Run *run = f->run;
  gint8 *sign = &run->cue_sign[i - run->first];

  if (*sign == 0)
    {
      guint span;
      const EntCue *cue = ent_lexicon_match_cue (run->lexicon, run->tokens, run->last, i, &span);

      *sign = _ent_run_cue_code (cue);
    }
  if (*sign == 2)
    SHAPE (f, "cue+");
  else if (*sign == 3)
    SHAPE (f, "cue-");
}

/* The features of a word between the two names. */
static void
token_features (Features *f,
                guint     i)
{
  Run *run = f->run;

  if (run->tokens[i].kind == ENT_TOKEN_PUNCT)
    punct_feature (f, i);
  /* "did not condemn", "refused to back": for the rules to read. */
  if (_ent_run_tag (run, i) == ENT_TAG_NEG || _ent_run_tag (run, i) == ENT_TAG_REFUSE)
    f->unsure = TRUE;
  WORD (f, "w", i, TRUE);
  tag_feature (f, i);
  cue_feature (f, i);
}

/* The same, weighed once per word and direction for all the pairs of the
 * sentence whose names it stands between. */
static void
token_scored (Features *f,
              guint     i)
{
  TokenScore *ts = &f->sentence->scores[i - f->run->first];
  guint o = f->forward ? 0 : 1;

  if (!(ts->done & (1 << o)))
    {
      Features one = { f->run, f->sentence, NULL, f->forward, { 0, 0 }, { -1, -1 }, { 0, 0 },
                       FALSE };

      token_features (&one, i);
      for (guint k = 0; k < 2; k++)
        {
          ts->score[o][k] = one.score[k];
          ts->cue_weight[o][k] = one.cue_weight[k];
        }
      ts->unsure = one.unsure;
      ts->done |= 1 << o;
    }
  for (guint k = 0; k < 2; k++)
    {
      f->score[k] += ts->score[o][k];
      if (ts->cue_weight[o][k] > f->cue_weight[k])
        {
          f->cue_weight[k] = ts->cue_weight[o][k];
          f->cue[k] = i;
        }
    }
  f->unsure |= ts->unsure;
}

static void
between_features (Features  *f,
                  const Ref *first,
                  const Ref *second)
{
  Run *run = f->run;
  guint n = second->first - first->last, refs = 0;

  for (guint i = first->last; i < second->first; i++)
    {
      Ref *ref = _ent_run_ref_at (run, (int)i);

      if (ref != NULL)
        {
          refs++;
          i = MAX (i, ref->last - 1);
        }
      else if (f->trace != NULL)
        token_features (f, i);
      else
        token_scored (f, i);
    }
  if (first->last < second->first)
    {
      WORD (f, "wf", first->last, TRUE);
      WORD (f, "wl", second->first - 1, TRUE);
    }
  if (n <= 2)
    SHAPE (f, "d0");
  else if (n <= 5)
    SHAPE (f, "d1");
  else if (n <= 10)
    SHAPE (f, "d2");
  else
    SHAPE (f, "d3");
  if (refs == 0)
    SHAPE (f, "refs0");
  else
    SHAPE (f, "refs1");
}

static void
ref_features (Features  *f,
              const Ref *ref,
              guint      actor,
              gboolean   source)
{
  Run *run = f->run;
  EntActorKind kind = _ent_run_actor_of (run, actor)->kind;

#define REF_SHAPE(S, T) G_STMT_START { if (source) SHAPE (f, S); else SHAPE (f, T); } G_STMT_END
  if (ref->possessive)
    REF_SHAPE ("sposs", "tposs");
  if (ref->pronoun)
    REF_SHAPE ("spron", "tpron");
  if (ref->place)
    REF_SHAPE ("splace", "tplace");
  if (ref->bare_adjective)
    REF_SHAPE ("sadj", "tadj");
  if (run->in_quote[ref->first - run->first])
    REF_SHAPE ("squote", "tquote");
  if (ref == &g_array_index (run->refs, Ref, 0))
    REF_SHAPE ("sfirst", "tfirst");
  if (kind == ENT_ACTOR_KIND_PERSON)
    REF_SHAPE ("sperson", "tperson");
  else if (kind == ENT_ACTOR_KIND_ORGANISATION)
    REF_SHAPE ("sorg", "torg");
  else if (kind == ENT_ACTOR_KIND_GROUP)
    REF_SHAPE ("sgroup", "tgroup");
#undef REF_SHAPE
}

/* What the rules found in the sentence about the pair's two actors. */
static void
rule_features (Features        *f,
               const Candidate *c)
{
  const Sentence *sentence = f->sentence;
  gboolean from_source = FALSE, to_target = FALSE, reverse = FALSE;

  for (guint k = 0; k < sentence->n_said; k++)
    {
      const char *s = sentence->said[2 * k], *t = sentence->said[2 * k + 1];

      from_source |= s == c->source_state;
      to_target |= t == c->target_state;
      reverse |= s == c->target_state && t == c->source_state;
    }
  if (sentence->n_said == 0)
    SHAPE (f, "norules");
  if (from_source)
    SHAPE (f, "sourcerules");
  if (to_target)
    SHAPE (f, "targetrules");
  if (reverse)
    SHAPE (f, "reverserules");
}

static void
pair_features (Features        *f,
               const Candidate *c)
{
  Run *run = f->run;
  const Ref *first = f->forward ? c->source : c->target;
  const Ref *second = f->forward ? c->target : c->source;

  SHAPE (f, "bias");
  /* A sentence alone says more of its actors than one of an article. */
  if (run->out->n_sentences == 1)
    SHAPE (f, "single");
  between_features (f, first, second);
  for (guint i = first->first; i > run->first && first->first - i < 2; i--)
    WORD (f, "p", i - 1, FALSE);
  for (guint i = second->last; i < run->last && i - second->last < 2; i++)
    WORD (f, "a", i, FALSE);
  ref_features (f, c->source, c->source_actor, TRUE);
  ref_features (f, c->target, c->target_actor, FALSE);
  rule_features (f, c);
}

/* Ids are the gazetteer's own strings: one state, one pointer. A text
 * names few actors, each many times: the last ones asked are kept. */
static const char *
state_of (Run   *run,
          guint  actor)
{
  guint slot = actor % G_N_ELEMENTS (run->state_key);

  if (run->state_key[slot] != actor)
    {
      run->state_key[slot] = actor;
      run->state_value[slot] =
        ent_gazetteer_fold_to_state (run->gazetteer, _ent_run_actor_of (run, actor)->id);
    }
  return run->state_value[slot];
}

static void
add_candidate (Candidate *candidates,
               guint     *n,
               Candidate *c)
{
  for (guint k = 0; k < *n; k++)
    if (candidates[k].source_state == c->source_state &&
        candidates[k].target_state == c->target_state)
      {
        if (c->distance < candidates[k].distance)
          candidates[k] = *c;
        return;
      }
  if (*n < MAX_CANDIDATES)
    candidates[(*n)++] = *c;
}

/* Whether the rules found a position of one state toward the other. */
static gboolean
said (const Sentence *sentence,
      const char     *source,
      const char     *target)
{
  for (guint k = 0; k < sentence->n_said; k++)
    if (sentence->said[2 * k] == source && sentence->said[2 * k + 1] == target)
      return TRUE;
  return FALSE;
}

/* Every ordered pair of actors of two names of the sentence, of two
 * states, that the rules left unrelated; the closest two names of each.
 * Names far apart, or with two others between (the names are in token
 * order), are left alone: what the rules did not find there, the model
 * does not guess either. */
static guint
find_candidates (Run            *run,
                 const Sentence *sentence,
                 const char    **states,
                 Candidate      *candidates)
{
  guint n = 0;

  /* Names are in token order: j ≤ i + 2 leaves at most one between. */
  for (guint i = 0; i < run->refs->len; i++)
    for (guint j = i + 1; j < run->refs->len && j <= i + 2; j++)
      {
        const Ref *first = &g_array_index (run->refs, Ref, i);
        const Ref *second = &g_array_index (run->refs, Ref, j);
        guint distance = second->first - first->last;

        if (first->former || second->former || distance > MAX_DISTANCE)
          continue;
        for (guint a = 0; a < first->n_actors; a++)
          for (guint b = 0; b < second->n_actors; b++)
            {
              const char *x = states[i * MAX_GROUP + a], *y = states[j * MAX_GROUP + b];
              Candidate one = { first, second, first->actors[a], second->actors[b], x, y,
                                distance };
              Candidate other = { second, first, second->actors[b], first->actors[a], y, x,
                                  distance };

              if (x == y)
                continue;
              if (!said (sentence, x, y))
                add_candidate (candidates, &n, &one);
              if (!said (sentence, y, x))
                add_candidate (candidates, &n, &other);
            }
      }
  return n;
}

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

  return hashed_once (art_words, N_ART, hashes, &once);
}

/* The weight of the text's feature @k toward each class, or NULL. */
static const float *
art_weights (Run      *run,
             gboolean  single,
             guint     k)
{
  guint64 kind = single ? ENT_WORD_HASH ("art1") : ENT_WORD_HASH ("art");

  return ent_lexicon_pair_weights (run->lexicon, ent_lexicon_pair_key (kind, art_hashes ()[k]));
}

/* The most the text's features can add toward class @k: the heaviest of
 * each group that excludes the others, and every positive weight of the
 * rest. */
static double
article_bound (Run  *run,
               guint k)
{
  static const guint groups[][2] = {
    { ART_COOC1, ART_COOC4 }, { ART_SRANK1, ART_SRANK4 }, { ART_TRANK1, ART_TRANK4 },
  };

  if (!run->pair_bound_known)
    {
      gboolean single = run->out->n_sentences == 1;

      for (guint c = 0; c < 2; c++)
        {
          double bound = 0.0;

          for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
            {
              double most = 0.0;

              for (guint a = groups[g][0]; a <= groups[g][1]; a++)
                {
                  const float *w = art_weights (run, single, a);

                  most = MAX (most, w != NULL ? w[c] : 0.0);
                }
              bound += most;
            }
          for (guint a = ART_SAME_SUPPORT; a < N_ART; a++)
            {
              const float *w = art_weights (run, single, a);

              bound += w != NULL ? MAX (w[c], 0.0) : 0.0;
            }
          run->pair_bound[c] = bound;
        }
      run->pair_bound_known = TRUE;
    }
  return run->pair_bound[k];
}

/* Keeps the pair and its score for _ent_run_decide_pairs(). */
static void
pend (Run             *run,
      const Candidate *c,
      const Features  *f)
{
  const Ref *first = f->forward ? c->source : c->target;
  const Ref *second = f->forward ? c->target : c->source;
  Pending p = { c->source_actor, c->target_actor, c->source_state, c->target_state,
                run->first, run->last, { f->score[0], f->score[1] }, { 0, 0 }, { 0, 0 },
                { FALSE, FALSE }, NULL, NULL };

  for (guint k = 0; k < 2; k++)
    {
      p.cue_first[k] = f->cue[k] >= 0 ? (guint)f->cue[k] : first->first;
      p.cue_last[k] = f->cue[k] >= 0 ? (guint)f->cue[k] + 1 : second->last;
      /* Only a sign the text's weights could still carry over the
       * threshold needs its clause read. */
      p.takes[k] = (f->trace != NULL ||
                    f->score[k] + article_bound (run, k) > run->pair_logit - 1e-6) &&
                   !_ent_run_question_clause (run, p.cue_first[k]) &&
                   !_ent_run_denied_clause (run, p.cue_first[k]);
    }
  if (f->trace != NULL)
    p.trace = g_strdup (f->trace->str + 1);
  if (run->pending == NULL)
    run->pending = g_array_new (FALSE, FALSE, sizeof (Pending));
  g_array_append_val (run->pending, p);
}

static void
sentence_init (Run      *run,
               Sentence *sentence)
{
  guint n = run->last - run->first;
  guint first = run->out->statements->len;

  while (first > 0 &&
         g_array_index (run->out->statements, EntFoundStatement, first - 1).sentence_start ==
           run->tokens[run->first].cstart)
    first--;
  sentence->n_said = run->out->statements->len - first;
  sentence->said = g_new (const char *, 2 * sentence->n_said + 1);
  for (guint k = 0; k < sentence->n_said; k++)
    {
      EntFoundStatement *st = &g_array_index (run->out->statements, EntFoundStatement, first + k);

      sentence->said[2 * k] = state_of (run, st->source);
      sentence->said[2 * k + 1] = state_of (run, st->target);
    }
  sentence->scores = g_new0 (TokenScore, n);
}

void
_ent_run_classify_pairs (Run             *run,
                         EntPairTraceFunc trace)
{
  Candidate candidates[MAX_CANDIDATES];
  Sentence sentence;
  g_autofree const char **states = NULL;
  g_autoptr(GString) text = NULL;
  guint n;

  /* A "sentence" longer than any in the news is a list or a broken file:
   * the model, learnt from prose, has nothing to say of it. */
  if (run->refs->len < 2 || run->last - run->first > MAX_SENTENCE)
    return;
  states = g_new (const char *, run->refs->len * MAX_GROUP);
  for (guint r = 0; r < run->refs->len; r++)
    {
      Ref *ref = &g_array_index (run->refs, Ref, r);

      for (guint a = 0; a < ref->n_actors; a++)
        states[r * MAX_GROUP + a] = state_of (run, ref->actors[a]);
    }
  sentence_init (run, &sentence);
  n = find_candidates (run, &sentence, states, candidates);
  text = trace != NULL && n > 0 ? g_string_new (NULL) : NULL;
  for (guint k = 0; k < n; k++)
    {
      Candidate *c = &candidates[k];
      Features f = { run, &sentence, text, c->source->first < c->target->first, { 0, 0 },
                     { -1, -1 }, { 0, 0 }, FALSE };

      if (text != NULL)
        g_string_truncate (text, 0);
      pair_features (&f, c);
      if (!f.unsure)
        pend (run, c, &f);
    }
  g_free (sentence.said);
  g_free (sentence.scores);
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
  GHashTable *pairs;     /* StatePair -> itself */
  GHashTable *states;    /* state -> StateInfo */
  StatePair  *pair_store;
  StateInfo  *state_store;
  guint       n_states;
} Article;

static guint
state_pair_hash (gconstpointer key)
{
  const StatePair *p = key;

  return g_direct_hash (p->a) * 31 + g_direct_hash (p->b);
}

static gboolean
state_pair_equal (gconstpointer x,
                  gconstpointer y)
{
  const StatePair *p = x, *q = y;

  return p->a == q->a && p->b == q->b;
}

static StatePair *
find_pair (Article    *article,
           const char *x,
           const char *y)
{
  StatePair key = { MIN (x, y), MAX (x, y), 0, 0, 0 };

  return g_hash_table_lookup (article->pairs, &key);
}

static StateInfo *
state_info (Article    *article,
            const char *state)
{
  StateInfo *info = g_hash_table_lookup (article->states, state);

  if (info == NULL)
    {
      info = &article->state_store[article->n_states++];
      info->state = state;
      g_hash_table_insert (article->states, (gpointer)state, info);
    }
  return info;
}

static int
compare_sums (gconstpointer x,
              gconstpointer y)
{
  const StateInfo *a = *(StateInfo * const *)x, *b = *(StateInfo * const *)y;

  return a->sum > b->sum ? -1 : a->sum < b->sum ? 1 : 0;
}

/* Ranks the states by the sentences that pair them. */
static void
rank_states (Article *article)
{
  g_autofree StateInfo **order = g_new (StateInfo *, article->n_states);

  for (guint k = 0; k < article->n_states; k++)
    order[k] = &article->state_store[k];
  qsort (order, article->n_states, sizeof (StateInfo *), compare_sums);
  for (guint k = 0; k < article->n_states; k++)
    order[k]->rank = k > 0 && order[k]->sum == order[k - 1]->sum ? order[k - 1]->rank : k + 1;
}

static void
article_init (Run     *run,
              Article *article)
{
  GArray *pending = run->pending;
  GArray *statements = run->out->statements;
  guint n_pairs = 0;

  article->pairs = g_hash_table_new (state_pair_hash, state_pair_equal);
  article->states = g_hash_table_new (NULL, NULL);
  article->pair_store = g_new0 (StatePair, pending->len);
  article->state_store = g_new0 (StateInfo, 2 * (pending->len + statements->len));
  article->n_states = 0;
  for (guint k = 0; k < pending->len; k++)
    {
      Pending *p = &g_array_index (pending, Pending, k);
      StatePair *pair = find_pair (article, p->source_state, p->target_state);

      if (pair == NULL)
        {
          pair = &article->pair_store[n_pairs++];
          pair->a = MIN (p->source_state, p->target_state);
          pair->b = MAX (p->source_state, p->target_state);
          pair->last = G_MAXUINT;
          g_hash_table_add (article->pairs, pair);
        }
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
      const char *s = state_of (run, st->source), *t = state_of (run, st->target);
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
  g_hash_table_unref (article->pairs);
  g_hash_table_unref (article->states);
  g_free (article->pair_store);
  g_free (article->state_store);
}

/* A feature of the whole text: "art" in an article, "art1" in a sentence
 * alone, where what the rules found is the sentence's again. */
static void
article_feature (Features *f,
                 gboolean  single,
                 guint     k)
{
  if (single)
    add (f, "art1", ENT_WORD_HASH ("art1"), art_words[k], strlen (art_words[k]),
         art_hashes ()[k], -1);
  else
    add (f, "art", ENT_WORD_HASH ("art"), art_words[k], strlen (art_words[k]),
         art_hashes ()[k], -1);
}

static void
article_features (Features      *f,
                  Article       *article,
                  const Pending *p)
{
  gboolean single = f->run->out->n_sentences == 1;
  const StatePair *pair = p->pair;
  StateInfo *source = g_hash_table_lookup (article->states, p->source_state);
  StateInfo *target = g_hash_table_lookup (article->states, p->target_state);
  /* the rules' positions of the pair, as source to target and back */
  guint same = p->source_state == pair->a ? pair->said & 3 : pair->said >> 2;
  guint back = p->source_state == pair->a ? pair->said >> 2 : pair->said & 3;

  article_feature (f, single, ART_COOC1 + MIN (pair->count, 4) - 1);
  article_feature (f, single, ART_SRANK1 + MIN (source->rank, 4) - 1);
  article_feature (f, single, ART_TRANK1 + MIN (target->rank, 4) - 1);
  if (same & 1)
    article_feature (f, single, ART_SAME_SUPPORT);
  if (same & 2)
    article_feature (f, single, ART_SAME_OPPOSE);
  if (back & 1)
    article_feature (f, single, ART_REV_SUPPORT);
  if (back & 2)
    article_feature (f, single, ART_REV_OPPOSE);
  if (source->roles & 1)
    article_feature (f, single, ART_SSRC);
  if (source->roles & 2)
    article_feature (f, single, ART_STGT);
  if (target->roles & 1)
    article_feature (f, single, ART_TSRC);
  if (target->roles & 2)
    article_feature (f, single, ART_TTGT);
}

/* The sign the model gives the pair, or 0: two classes against none,
 * whose score is 0. */
static int
decide (Run          *run,
        const double  score[2],
        double       *p)
{
  double none = 1.0 / (1.0 + exp (score[0]) + exp (score[1]));
  double support = exp (score[0]) * none;
  double oppose = exp (score[1]) * none;

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

      while (r < rules->len &&
             g_array_index (rules, EntFoundStatement, r).sentence_start <= st->sentence_start)
        g_array_append_val (all, g_array_index (rules, EntFoundStatement, r++));
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
