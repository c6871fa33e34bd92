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
  gint8       *cue_sign;         /* per token: 1 none, 2 support, 3 opposition; 0 not yet known */
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
  guint tag = _ent_run_tag (f->run, i);

  if (tag == ENT_TAG_NONE || tag >= G_N_ELEMENTS (names))
    return;
  if (G_UNLIKELY (hashes[tag] == 0))
    hashes[tag] = ent_text_hash_str (names[tag]);
  FEATURE (f, "t", names[tag], strlen (names[tag]), hashes[tag], -1);
}

static void
cue_feature (Features *f,
             guint     i)
{
  Run *run = f->run;
  gint8 *sign = &f->sentence->cue_sign[i - run->first];

  if (*sign == 0)
    {
      guint span;
      const EntCue *cue = ent_lexicon_match_cue (run->lexicon, run->tokens, run->last, i, &span);

      *sign = cue == NULL ? 1 : cue->sign > 0 ? 2 : 3;
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

/* Ids are the gazetteer's own strings: one state, one pointer. */
static const char *
state_of (Run   *run,
          guint  actor)
{
  return ent_gazetteer_fold_to_state (run->gazetteer, _ent_run_actor_of (run, actor)->id);
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
                { FALSE, FALSE }, NULL };

  for (guint k = 0; k < 2; k++)
    {
      p.cue_first[k] = f->cue[k] >= 0 ? (guint)f->cue[k] : first->first;
      p.cue_last[k] = f->cue[k] >= 0 ? (guint)f->cue[k] + 1 : second->last;
      p.takes[k] = !_ent_run_question_clause (run, p.cue_first[k]) &&
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
  sentence->cue_sign = g_new0 (gint8, n);
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
  g_free (sentence.cue_sign);
  g_free (sentence.scores);
}

/* What the whole text says of the pairs' states: how often two states
 * stand as a pair the rules left unrelated, how central each state is to
 * the story, and what the rules found of each. */
typedef struct
{
  const char *a;
  const char *b;
  guint       count;     /* sentences */
  guint       last;      /* the last sentence counted, in tokens */
} StatePair;

typedef struct
{
  GHashTable *pairs;     /* unordered StatePair -> itself */
  GHashTable *salience;  /* state -> rank, from 1: how central it is */
  GHashTable *said;      /* ordered StatePair -> itself, count 1 support | 2 opposition */
  GHashTable *roles;     /* state -> 1 a source of the rules' positions | 2 a target */
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
state_pair_get (GHashTable *table,
                const char *a,
                const char *b)
{
  StatePair key = { a, b, 0, 0 }, *p = g_hash_table_lookup (table, &key);

  if (p == NULL)
    {
      p = g_new0 (StatePair, 1);
      p->a = a;
      p->b = b;
      p->last = G_MAXUINT;
      g_hash_table_add (table, p);
    }
  return p;
}

static StatePair *
unordered (GHashTable *table,
           const char *a,
           const char *b)
{
  return (guintptr)a < (guintptr)b ? state_pair_get (table, a, b) : state_pair_get (table, b, a);
}

static int
compare_desc (gconstpointer x,
              gconstpointer y)
{
  guint a = *(const guint *)x, b = *(const guint *)y;

  return a > b ? -1 : a < b ? 1 : 0;
}

/* Ranks the states by the sentences that pair them: 1 for the most
 * central, ties sharing a rank. */
static void
rank_states (Article *article)
{
  g_autoptr(GHashTable) sums = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (guint));
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, article->pairs);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const StatePair *p = key;
      const char *states[2] = { p->a, p->b };

      for (guint k = 0; k < 2; k++)
        g_hash_table_insert (sums, (gpointer)states[k],
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (
                               sums, states[k])) + p->count));
    }
  g_hash_table_iter_init (&iter, sums);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      guint v = GPOINTER_TO_UINT (value);

      g_array_append_val (values, v);
    }
  g_array_sort (values, compare_desc);
  g_hash_table_iter_init (&iter, sums);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint rank = 0;

      while (g_array_index (values, guint, rank) > GPOINTER_TO_UINT (value))
        rank++;
      g_hash_table_insert (article->salience, key, GUINT_TO_POINTER (rank + 1));
    }
}

static void
article_init (Run     *run,
              Article *article)
{
  GArray *pending = run->pending;
  GArray *statements = run->out->statements;

  article->pairs = g_hash_table_new_full (state_pair_hash, state_pair_equal, g_free, NULL);
  article->said = g_hash_table_new_full (state_pair_hash, state_pair_equal, g_free, NULL);
  article->salience = g_hash_table_new (NULL, NULL);
  article->roles = g_hash_table_new (NULL, NULL);
  for (guint k = 0; k < pending->len; k++)
    {
      Pending *p = &g_array_index (pending, Pending, k);
      StatePair *pair = unordered (article->pairs, p->source_state, p->target_state);

      if (pair->last != p->first)
        pair->count++;
      pair->last = p->first;
    }
  rank_states (article);
  for (guint k = 0; k < statements->len; k++)
    {
      EntFoundStatement *st = &g_array_index (statements, EntFoundStatement, k);
      const char *s = state_of (run, st->source), *t = state_of (run, st->target);

      state_pair_get (article->said, s, t)->count |= st->sign > 0 ? 1 : 2;
      g_hash_table_insert (article->roles, (gpointer)s, GUINT_TO_POINTER (
        GPOINTER_TO_UINT (g_hash_table_lookup (article->roles, s)) | 1));
      g_hash_table_insert (article->roles, (gpointer)t, GUINT_TO_POINTER (
        GPOINTER_TO_UINT (g_hash_table_lookup (article->roles, t)) | 2));
    }
}

static void
article_clear (Article *article)
{
  g_hash_table_unref (article->pairs);
  g_hash_table_unref (article->said);
  g_hash_table_unref (article->salience);
  g_hash_table_unref (article->roles);
}

/* A feature of the whole text: "art" in an article, "art1" in a sentence
 * alone, where what the rules found is the sentence's again. */
static void
article_feature (Features   *f,
                 gboolean    single,
                 const char *word)
{
  if (single)
    add (f, "art1", ENT_WORD_HASH ("art1"), word, strlen (word), ent_text_hash_str (word), -1);
  else
    add (f, "art", ENT_WORD_HASH ("art"), word, strlen (word), ent_text_hash_str (word), -1);
}

#define ARTICLE(f, single, word) article_feature ((f), (single), (word))

static void
article_features (Features      *f,
                  const Article *article,
                  const Pending *p)
{
  static const char *cooc[] = { "cooc1", "cooc2", "cooc3", "cooc4" };
  static const char *srank[] = { "srank1", "srank2", "srank3", "srank4" };
  static const char *trank[] = { "trank1", "trank2", "trank3", "trank4" };
  gboolean single = f->run->out->n_sentences == 1;
  StatePair key = { p->source_state, p->target_state, 0, 0 }, *said;
  guint count, rank, roles;

  count = ((StatePair *)unordered (article->pairs, p->source_state, p->target_state))->count;
  ARTICLE (f, single, cooc[MIN (count, 4) - 1]);
  rank = GPOINTER_TO_UINT (g_hash_table_lookup (article->salience, p->source_state));
  ARTICLE (f, single, srank[MIN (rank, 4) - 1]);
  rank = GPOINTER_TO_UINT (g_hash_table_lookup (article->salience, p->target_state));
  ARTICLE (f, single, trank[MIN (rank, 4) - 1]);

  said = g_hash_table_lookup (article->said, &key);
  if (said != NULL && (said->count & 1))
    ARTICLE (f, single, "same+");
  if (said != NULL && (said->count & 2))
    ARTICLE (f, single, "same-");
  key.a = p->target_state;
  key.b = p->source_state;
  said = g_hash_table_lookup (article->said, &key);
  if (said != NULL && (said->count & 1))
    ARTICLE (f, single, "rev+");
  if (said != NULL && (said->count & 2))
    ARTICLE (f, single, "rev-");

  roles = GPOINTER_TO_UINT (g_hash_table_lookup (article->roles, p->source_state));
  if (roles & 1)
    ARTICLE (f, single, "ssrc");
  if (roles & 2)
    ARTICLE (f, single, "stgt");
  roles = GPOINTER_TO_UINT (g_hash_table_lookup (article->roles, p->target_state));
  if (roles & 1)
    ARTICLE (f, single, "tsrc");
  if (roles & 2)
    ARTICLE (f, single, "ttgt");
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
