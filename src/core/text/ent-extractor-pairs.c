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

#include "ent-extractor-pair-model.h"

/* Two names further apart than this many tokens are left alone. */
#define MAX_DISTANCE 20
#define MAX_SENTENCE 200
#define MAX_CANDIDATES 48
#define MAX_SAID 32

/* What a word between two names weighs, for the pairs named first
 * one way [0] and the other [1]. */
typedef struct
{
  float score[2][2];
  float cue_weight[2][2];
} TokenScore;

/* What is known of a token of the sentence, in Sentence.known. */
enum
{
  KNOWN_SCORED = 1 << 0,  /* its TokenScore, both ways */
  KNOWN_UNSURE = 1 << 1,  /* a negation or refusal */
  KNOWN_WORD = 1 << 2,    /* its weights looked up in the model */
  KNOWN_CLAUSE = 1 << 3,  /* whether a cue there may take a position */
  KNOWN_TAKES = 1 << 4,   /* ... and it may: no question, nothing denied */
  KNOWN_PATH = 1 << 5,    /* the path of a span starting there */
};

/* The weights of the path of a span between two names, see
 * path_feature(): plain, forward and reverse, NULL for those the model
 * lacks. */
typedef struct
{
  guint        end;    /* the token after the span */
  const float *weight[3];
} PathWeights;

/* What every pair of a sentence asks, found once. */
struct _Sentence
{
  const char **said;             /* the states of the rules' positions in the
                                  * sentence, source and target */
  guint        n_said;
  const char  *said_room[2 * MAX_SAID];
  guint8       known[MAX_SENTENCE]; /* per token, KNOWN_ bits: cleared for
                                     * each sentence, where the arrays
                                     * below are not */
  TokenScore   scores[MAX_SENTENCE]; /* per token */
  const EntPairWord *words[MAX_SENTENCE]; /* per word, its weights or NULL */
  PathWeights  paths[MAX_SENTENCE]; /* per token starting a span */
  double       start[2][2];      /* every pair's score before the words, by
                                  * direction, see sentence_start() */
};

/* The model's weights of the word at @i, or NULL. Most of a sentence's
 * words stand between no two names, and each lookup in the model is a
 * likely cache miss: a word is looked up when a feature first asks. */
static inline const EntPairWord *
sentence_word (Sentence *sentence,
               Run      *run,
               guint     i)
{
  guint at = i - run->first;

  if (!(sentence->known[at] & KNOWN_WORD))
    {
      sentence->words[at] = ent_pair_model_word (run->pair_model, run->tokens[i].hash);
      sentence->known[at] |= KNOWN_WORD;
    }
  return sentence->words[at];
}

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

/* Writes the feature @kind:@word to the trace, as tools/train-pairs.py
 * reads it: lower case, without dots, apostrophes or spaces. */
void
_ent_pairs_trace_feature (Features   *f,
                          const char *kind,
                          const char *word,
                          gsize       length)
{
  g_string_append_printf (f->trace, " %s:", kind);
  for (gsize i = 0; i < length; i++)
    if (word[i] != '.' && word[i] != '\'' && !g_ascii_isspace (word[i]))
      g_string_append_c (f->trace, g_ascii_tolower (word[i]));
}

/* Hashes the @n words of a feature table once, whichever thread asks
 * first; NULL words are skipped. */
const guint64 *
_ent_pairs_hashed_once (const char * const *words,
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

typedef enum
{
  SHAPE_BIAS,
  SHAPE_SINGLE,
  SHAPE_QUOTE,
  SHAPE_COMMA,
  SHAPE_SEMICOLON,
  SHAPE_BRACKET,
  SHAPE_DASH,
  SHAPE_CUE_PLUS,
  SHAPE_CUE_MINUS,
  SHAPE_D0,
  SHAPE_D1,
  SHAPE_D2,
  SHAPE_D3,
  SHAPE_REFS0,
  SHAPE_REFS1,
  SHAPE_NORULES,
  SHAPE_SOURCERULES,
  SHAPE_TARGETRULES,
  SHAPE_REVERSERULES,
  SHAPE_SPOSS,
  SHAPE_TPOSS,
  SHAPE_SPRON,
  SHAPE_TPRON,
  SHAPE_SPLACE,
  SHAPE_TPLACE,
  SHAPE_SADJ,
  SHAPE_TADJ,
  SHAPE_SQUOTE,
  SHAPE_TQUOTE,
  SHAPE_SFIRST,
  SHAPE_TFIRST,
  SHAPE_SPERSON,
  SHAPE_TPERSON,
  SHAPE_SORG,
  SHAPE_TORG,
  SHAPE_SGROUP,
  SHAPE_TGROUP,
  N_SHAPES
} ShapeId;

static const char *shape_names[N_SHAPES] = {
  "bias", "single", "quote", "comma", "semicolon", "bracket", "dash", "cue+", "cue-", "d0", "d1",
  "d2", "d3", "refs0", "refs1", "norules", "sourcerules", "targetrules", "reverserules", "sposs",
  "tposs", "spron", "tpron", "splace", "tplace", "sadj", "tadj", "squote", "tquote", "sfirst",
  "tfirst", "sperson", "tperson", "sorg", "torg", "sgroup", "tgroup",
};

/* The names of the tags as the model knows them, by EntTag. */
static const char *tag_names[] = {
  NULL, "det", "pron", "posspron", "prep", "locprep", "conj", "sub", "rel", "be", "have",
  "do", "modal", "neg", "adv", "say", "light", "refuse", "verb", "to", "by", "poss",
  "organ", "people", "adj",
};

#define N_TAGS G_N_ELEMENTS (tag_names)

/* The kinds of a fixed feature: plain, oriented forward and oriented in
 * reverse, for shapes and for tags. */
static const char * const shape_kinds[3] = { "s", "fs", "rs" };
static const char * const tag_kinds[3] = { "t", "ft", "rt" };

/* Fills @slot with the weights of the fixed feature @name for both
 * directions: plain (@kinds[0]) and oriented (@kinds[1] forward,
 * @kinds[2] reverse); 0 for a feature the model lacks. */
static void
fill_slot (const EntWordMap   *map,
           PairShape          *slot,
           const char * const  kinds[3],
           guint64             hash)
{
  for (guint d = 0; d < 2; d++)
    for (guint v = 0; v < 2; v++)
      {
        guint64 kind = ent_text_hash_str (kinds[v == 0 ? 0 : d + 1]);
        const float *w = ent_word_map_lookup (map, ent_lexicon_pair_key (kind, hash));

        for (guint k = 0; k < 2; k++)
          slot->weight[d][v][k] = w != NULL ? w[k] : 0.0f;
      }
}

/* A feature of a fixed set, a shape ("comma", "d0", "sposs") or a word's
 * tag, weighs the same in every pair: its weights are looked up once per
 * model, the shapes' first and the tags' after. The model keeps the table
 * as a cache of its own weights, emptied when it loads others. */
static const PairShape *
fixed_table (const EntPairModel *model)
{
  EntPairModel *cache = (EntPairModel *)model;

  if (g_once_init_enter (&cache->fixed_once))
    {
      static guint64 shape_hashes[N_SHAPES], tag_hashes[N_TAGS];
      static gsize shapes_once, tags_once;
      const guint64 *shapes = _ent_pairs_hashed_once (shape_names, N_SHAPES, shape_hashes,
                                                      &shapes_once);
      const guint64 *tags = _ent_pairs_hashed_once (tag_names, N_TAGS, tag_hashes, &tags_once);
      PairShape *table = g_new0 (PairShape, N_SHAPES + N_TAGS);

      for (guint id = 0; id < N_SHAPES; id++)
        fill_slot (&model->features, &table[id], shape_kinds, shapes[id]);
      for (guint tag = 1; tag < N_TAGS; tag++)
        fill_slot (&model->features, &table[N_SHAPES + tag], tag_kinds, tags[tag]);
      cache->fixed = table;
      g_once_init_leave (&cache->fixed_once, 1);
    }
  return model->fixed;
}

static inline void
add_slot (Features        *f,
          const PairShape *slot)
{
  guint o = f->forward ? 0 : 1;

  for (guint k = 0; k < 2; k++)
    {
      f->score[k] += slot->weight[o][0][k];
      f->score[k] += slot->weight[o][1][k];
    }
}

/* A fixed feature traced: its name written, its two weights, plain
 * (@kinds[0]) and oriented (@kinds[1] forward, @kinds[2] reverse), added
 * one after the other as add_slot() does. A feature counts once as it is
 * and once with the pair's direction: "fs:comma" (the source named first)
 * weighs otherwise than "rs:comma". */
static void
fixed_traced (Features          *f,
              const char * const kinds[3],
              const char        *name)
{
  guint o = f->forward ? 1 : 2;
  guint64 hash = ent_text_hash_str (name);

  add (f, kinds[0], ent_text_hash_str (kinds[0]), name, strlen (name), hash, -1);
  add (f, kinds[o], ent_text_hash_str (kinds[o]), name, strlen (name), hash, -1);
}

/* A shape feature of the pair: from the model's table, or traced. */
static inline void
shape_feature (Features *f,
               ShapeId   id)
{
  if (G_LIKELY (f->trace == NULL))
    add_slot (f, &f->run->pair_shapes[id]);
  else
    fixed_traced (f, shape_kinds, shape_names[id]);
}

#define SHAPE(f, ID) shape_feature ((f), SHAPE_##ID)

/* A word of the sentence as a feature, traced: its name written twice,
 * plain and oriented. */
static void
word_traced (Features   *f,
             const char *name,
             const char *oriented_name,
             guint       i)
{
  const EntToken *t = &f->run->tokens[i];
  const char *s = f->run->text + t->start;

  _ent_pairs_trace_feature (f, name, s, t->end - t->start);
  _ent_pairs_trace_feature (f, oriented_name, s, t->end - t->start);
}

/* A word of the sentence as a feature, traced: plain and oriented, if it
 * is a word. What it weighs untraced, word_feature_both() adds. */
static void
word_feature (Features   *f,
              const char *name,
              const char *oriented_name,
              guint       i)
{
  if (f->run->tokens[i].kind == ENT_TOKEN_WORD)
    word_traced (f, name, oriented_name, i);
}

#define WORD(f, KIND_NAME, i) \
  word_feature ((f), KIND_NAME, (f)->forward ? "f" KIND_NAME : "r" KIND_NAME, (i))

/* The shape of the punctuation mark at @i, or N_SHAPES for one the model
 * does not tell from others. */
static ShapeId
punct_shape (Run   *run,
             guint  i)
{
  if (run->tokens[i].flags & ENT_TOKEN_QUOTE)
    return SHAPE_QUOTE;
  if (_ent_run_punct_is (run, i, ","))
    return SHAPE_COMMA;
  if (_ent_run_punct_is (run, i, ";:"))
    return SHAPE_SEMICOLON;
  if (_ent_run_punct_is (run, i, "()"))
    return SHAPE_BRACKET;
  if (_ent_run_is_dash (run, i))
    return SHAPE_DASH;
  return N_SHAPES;
}

/* The sign of the cue starting at @i, as run->cue_sign keeps it, asked
 * of the lexicon the first time. */
static inline gint8
cue_code (Run   *run,
          guint  i)
{
  gint8 *sign = &run->cue_sign[i - run->first];

  if (*sign == 0)
    *sign = _ent_run_cue_code (ent_lexicon_match_cue (run->lexicon, run->tokens, run->last, i,
                                                      NULL));
  return *sign;
}

/* The features of a word between the two names, traced. */
static void
token_features (Features *f,
                guint     i)
{
  Run *run = f->run;
  guint tag = _ent_run_tag (run, i);
  gint8 sign;

  if (run->tokens[i].kind == ENT_TOKEN_PUNCT && punct_shape (run, i) != N_SHAPES)
    fixed_traced (f, shape_kinds, shape_names[punct_shape (run, i)]);
  /* "did not condemn", "refused to back": for the rules to read. */
  if (tag == ENT_TAG_NEG || tag == ENT_TAG_REFUSE)
    f->unsure = TRUE;
  WORD (f, "w", i);
  if (tag != ENT_TAG_NONE && tag < N_TAGS)
    fixed_traced (f, tag_kinds, tag_names[tag]);
  sign = cue_code (run, i);
  if (sign == 2)
    fixed_traced (f, shape_kinds, shape_names[SHAPE_CUE_PLUS]);
  else if (sign == 3)
    fixed_traced (f, shape_kinds, shape_names[SHAPE_CUE_MINUS]);
}

/* Adds a fixed feature's two weights for the direction @o toward each
 * sign, as add_slot() does; none for a feature that is absent. */
static inline void
add_fixed (double          *score,
           const PairShape *slot,
           guint            o)
{
  if (slot != NULL)
    for (guint k = 0; k < 2; k++)
      {
        score[k] += slot->weight[o][0][k];
        score[k] += slot->weight[o][1][k];
      }
}

/* What token_features() adds for the word at @i, summed for each
 * direction in the same order, kept for all the pairs of the sentence
 * whose names it stands between: the lookups the two directions share are
 * done once. A negation or refusal between ("did not condemn", "refused
 * to back") leaves the pair to the rules. */
static void
token_score (Run      *run,
             Sentence *sentence,
             guint     i)
{
  const EntToken *t = &run->tokens[i];
  TokenScore *ts = &sentence->scores[i - run->first];
  const PairShape *punct = NULL, *tag = NULL, *cue = NULL;
  const EntPairWord *record = NULL;
  gint8 sign;
  guint8 known = KNOWN_SCORED;

  if (t->kind == ENT_TOKEN_PUNCT)
    {
      ShapeId id = punct_shape (run, i);

      punct = id != N_SHAPES ? &run->pair_shapes[id] : NULL;
    }
  if (t->tag == ENT_TAG_NEG || t->tag == ENT_TAG_REFUSE)
    known |= KNOWN_UNSURE;
  if (t->kind == ENT_TOKEN_WORD)
    record = sentence_word (sentence, run, i);
  if (t->tag != ENT_TAG_NONE && t->tag < N_TAGS)
    tag = &run->pair_tags[t->tag];
  sign = cue_code (run, i);
  if (sign == 2 || sign == 3)
    cue = &run->pair_shapes[sign == 2 ? SHAPE_CUE_PLUS : SHAPE_CUE_MINUS];
  /* Each sign's sum is its own, its terms added in the same order. */
  for (guint o = 0; o < 2; o++)
    {
      double score[2] = { 0.0, 0.0 };
      float cue_weight[2] = { 0.0f, 0.0f };

      add_fixed (score, punct, o);
      if (record != NULL)
        for (guint k = 0; k < 2; k++)
          {
            float plain = record->weight[ENT_PAIR_WORD_BETWEEN][ENT_PAIR_PLAIN][k];
            float oriented = record->weight[ENT_PAIR_WORD_BETWEEN][ENT_PAIR_FORWARD + o][k];

            float most = MAX (plain, oriented);

            score[k] += plain;
            score[k] += oriented;
            /* above 0, where it starts, or left there */
            cue_weight[k] = most > 0.0f ? most : 0.0f;
          }
      add_fixed (score, tag, o);
      add_fixed (score, cue, o);
      for (guint k = 0; k < 2; k++)
        {
          ts->score[o][k] = (float)score[k];
          ts->cue_weight[o][k] = cue_weight[k];
        }
    }
  sentence->known[i - run->first] |= known;
}

/* The coarse class of the token at @i, which is no name, for
 * path_feature(). */
static const char *
path_class (Features *f,
            guint     i)
{
  Run *run = f->run;
  guint tag;

  if (run->tokens[i].kind == ENT_TOKEN_PUNCT)
    {
      if (run->tokens[i].flags & ENT_TOKEN_QUOTE)
        return "q";
      if (_ent_run_punct_is (run, i, ","))
        return "comma";
      return _ent_run_is_dash (run, i) ? "dash" : "punct";
    }
  if (run->tokens[i].kind == ENT_TOKEN_NUMBER)
    return "num";
  if (run->cue_sign[i - run->first] == 2)
    return "cue+";
  if (run->cue_sign[i - run->first] == 3)
    return "cue-";
  /* a word with no tag, or one the model has no name for, is a word */
  tag = _ent_run_tag (run, i);
  return tag != ENT_TAG_NONE && tag < N_TAGS ? tag_names[tag] : "w";
}

/* Writes into @path, of @size bytes, the span [@from, @to) between two
 * names as a path of coarse classes, in order: "comma_rel_cue-",
 * "say_sub", a name of several words one "name". Returns its length, or 0
 * when it does not fit. */
static gsize
path_text (Features *f,
           guint     from,
           guint     to,
           char     *path,
           gsize     size)
{
  gsize len = 0;

  for (guint i = from; i < to; i++)
    {
      Ref *ref = _ent_run_ref_at (f->run, (int)i);
      const char *c = ref != NULL ? "name" : path_class (f, i);
      gsize n = strlen (c);

      if (ref != NULL)
        i = MAX (i, ref->last - 1);
      if (len + n + 1 >= size)
        return 0;
      if (len > 0)
        path[len++] = '_';
      memcpy (path + len, c, n);
      len += n;
    }
  return len;
}

/* The weights of the path of the span [@from, @to), found once per span
 * of the sentence: its pairs either way and of every two actors share
 * it. */
static const PathWeights *
path_weights (Features *f,
              guint     from,
              guint     to)
{
  Sentence *sentence = f->sentence;
  guint at = from - f->run->first;
  PathWeights *pw = &sentence->paths[at];

  if (!(sentence->known[at] & KNOWN_PATH) || pw->end != to)
    {
      char path[80];
      gsize len = path_text (f, from, to, path, sizeof path);
      guint64 hash = ent_text_hash (path, (gssize)len);

      pw->end = to;
      pw->weight[0] = len > 0 ? weights_of (f->run, ENT_WORD_HASH ("path"), hash) : NULL;
      pw->weight[1] = len > 0 ? weights_of (f->run, ENT_WORD_HASH ("fpath"), hash) : NULL;
      pw->weight[2] = len > 0 ? weights_of (f->run, ENT_WORD_HASH ("rpath"), hash) : NULL;
      sentence->known[at] |= KNOWN_PATH;
    }
  return pw;
}

/* Adds a feature's two weights @w, as add() does; nothing for NULL. */
static inline void
add_weights (Features    *f,
             const float *w)
{
  if (w != NULL)
    for (guint k = 0; k < 2; k++)
      f->score[k] += w[k];
}

/* The short span between the two names as a path of coarse classes, as
 * path_text() writes it, plain and oriented, traced. Spans of at most
 * four tokens; place_both() adds their weights untraced. */
static void
path_feature (Features  *f,
              const Ref *first,
              const Ref *second)
{
  char path[80];
  gsize len;

  if (second->first <= first->last || second->first - first->last > 4)
    return;
  len = path_text (f, first->last, second->first, path, sizeof path);
  if (len == 0)
    return;
  add (f, "path", 0, path, len, 0, -1);
  add (f, f->forward ? "fpath" : "rpath", 0, path, len, 0, -1);
}

/* The shape of the distance @n, in tokens, between two names. */
static ShapeId
distance_shape (guint n)
{
  return n <= 2 ? SHAPE_D0 : n <= 5 ? SHAPE_D1 : n <= 10 ? SHAPE_D2 : SHAPE_D3;
}

/* The features of the tokens between two names and of their span,
 * traced. */
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
      else
        token_features (f, i);
    }
  if (first->last < second->first)
    {
      WORD (f, "wf", first->last);
      WORD (f, "wl", second->first - 1);
    }
  shape_feature (f, distance_shape (n));
  if (refs == 0)
    SHAPE (f, REFS0);
  else
    SHAPE (f, REFS1);
  path_feature (f, first, second);
}

static G_ALWAYS_INLINE inline void
ref_features (Features  *f,
              const Ref *ref,
              guint      actor,
              gboolean   source)
{
  Run *run = f->run;
  EntActorKind kind = _ent_run_actor_of (run, actor)->kind;

#define REF_SHAPE(S, T) G_STMT_START { if (source) SHAPE (f, S); else SHAPE (f, T); } G_STMT_END
  if (ref->possessive)
    REF_SHAPE (SPOSS, TPOSS);
  if (ref->pronoun)
    REF_SHAPE (SPRON, TPRON);
  if (ref->place)
    REF_SHAPE (SPLACE, TPLACE);
  if (ref->bare_adjective)
    REF_SHAPE (SADJ, TADJ);
  if (run->in_quote[ref->first - run->first])
    REF_SHAPE (SQUOTE, TQUOTE);
  if (ref == &g_array_index (run->refs, Ref, 0))
    REF_SHAPE (SFIRST, TFIRST);
  if (kind == ENT_ACTOR_KIND_PERSON)
    REF_SHAPE (SPERSON, TPERSON);
  else if (kind == ENT_ACTOR_KIND_ORGANISATION)
    REF_SHAPE (SORG, TORG);
  else if (kind == ENT_ACTOR_KIND_GROUP)
    REF_SHAPE (SGROUP, TGROUP);
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
    SHAPE (f, NORULES);
  if (from_source)
    SHAPE (f, SOURCERULES);
  if (to_target)
    SHAPE (f, TARGETRULES);
  if (reverse)
    SHAPE (f, REVERSERULES);
}

/* The features of where the two names stand in the sentence, named
 * @first and @second in token order: the bias, the words and shapes
 * between them and the words around them. They are the same for every
 * pair of the same two names in the same direction, whatever their
 * actors, and come before the features of the actors. Only a trace asks
 * for them here, see place_both(): kept out of line, out of the way of
 * the pairs that are not traced. */
static G_GNUC_NO_INLINE void
place_features (Features  *f,
                const Ref *first,
                const Ref *second)
{
  Run *run = f->run;

  SHAPE (f, BIAS);
  /* A sentence alone says more of its actors than one of an article. */
  if (run->out->n_sentences == 1)
    SHAPE (f, SINGLE);
  between_features (f, first, second);
  for (guint i = first->first; i > run->first && first->first - i < 2; i--)
    WORD (f, "p", i - 1);
  for (guint i = second->last; i < run->last && i - second->last < 2; i++)
    WORD (f, "a", i);
}

/* The features of the pair's two actors, added after place_features(). */
static void
actor_features (Features        *f,
                const Candidate *c)
{
  ref_features (f, c->source, c->source_actor, TRUE);
  ref_features (f, c->target, c->target_actor, FALSE);
  rule_features (f, c);
}

/* The word at @i between two names weighed for the pairs of both
 * directions, @f[0] the first named the source and @f[1] the second: what
 * token_features() names for each, as token_score() keeps its weights. */
static inline void
token_scored_both (Features *f,
                   guint     i)
{
  guint at = i - f->run->first;
  const TokenScore *ts = &f->sentence->scores[at];

  if (!(f->sentence->known[at] & KNOWN_SCORED))
    token_score (f->run, f->sentence, i);
  for (guint o = 0; o < 2; o++)
    for (guint k = 0; k < 2; k++)
      {
        f[o].score[k] += ts->score[o][k];
        if (ts->cue_weight[o][k] > f[o].cue_weight[k])
          {
            f[o].cue_weight[k] = ts->cue_weight[o][k];
            f[o].cue[k] = i;
          }
      }
  if (f->sentence->known[at] & KNOWN_UNSURE)
    f[0].unsure = f[1].unsure = TRUE;
}

/* The word at @i as a feature of @kind for the pairs of both directions,
 * @f[0] the first named the source and @f[1] the second, not traced:
 * what word_feature() names for each, its record read once. A word
 * between the two names may be the pair's cue; a feature the model lacks
 * weighs 0, which adds nothing and, the cue's weight never being below 0,
 * names no cue. */
static inline void
word_feature_both (Features        *f,
                   EntPairWordKind  kind,
                   guint            i,
                   gboolean         between)
{
  const EntPairWord *record;

  if (f->run->tokens[i].kind != ENT_TOKEN_WORD)
    return;
  record = sentence_word (f->sentence, f->run, i);
  if (record == NULL)
    return;
  for (guint o = 0; o < 2; o++)
    for (guint k = 0; k < 2; k++)
      {
        float plain = record->weight[kind][ENT_PAIR_PLAIN][k];
        float oriented = record->weight[kind][ENT_PAIR_FORWARD + o][k];

        f[o].score[k] += plain;
        f[o].score[k] += oriented;
        if (between && MAX (plain, oriented) > f[o].cue_weight[k])
          {
            f[o].cue_weight[k] = MAX (plain, oriented);
            f[o].cue[k] = (int)i;
          }
      }
}

/* What place_features() adds for two names, @first and @second in token
 * order, in both directions: [0] with the first named the source, [1]
 * with the second. Found once for all the pairs of their actors either
 * way: the score, the cues and whether a negation stands between. */
typedef struct
{
  const Ref *first;
  const Ref *second;
  double     score[2][2];
  int        cue[2][2];
  float      cue_weight[2][2];
  gboolean   unsure;
} Place;

/* Fills @p with the features of the places of @first and @second, not
 * traced, in both directions at once: each direction's sums are those of
 * place_features(), done in the same order from where sentence_start()
 * leaves them, so that they are the same to the bit; the tokens between
 * are walked once for both. */
static void
place_both (Run        *run,
            Sentence   *sentence,
            const Ref  *first,
            const Ref  *second,
            Place      *p)
{
  Features f[2] = {
    { run, sentence, NULL, TRUE, { sentence->start[0][0], sentence->start[0][1] }, { -1, -1 },
      { 0, 0 }, FALSE },
    { run, sentence, NULL, FALSE, { sentence->start[1][0], sentence->start[1][1] }, { -1, -1 },
      { 0, 0 }, FALSE },
  };
  guint n = second->first - first->last, refs = 0;
  ShapeId distance = distance_shape (n);
  const PathWeights *pw = NULL;

  for (guint i = first->last; i < second->first; i++)
    {
      Ref *ref = _ent_run_ref_at (run, (int)i);

      if (ref != NULL)
        {
          refs++;
          i = MAX (i, ref->last - 1);
        }
      else
        token_scored_both (f, i);
    }
  if (first->last < second->first)
    {
      word_feature_both (f, ENT_PAIR_WORD_FIRST, first->last, TRUE);
      word_feature_both (f, ENT_PAIR_WORD_LAST, second->first - 1, TRUE);
    }
  /* The short span's path, see path_feature(): once its words are
   * weighed, which finds the signs of the cues among them that its path
   * names. */
  if (second->first > first->last && second->first - first->last <= 4)
    pw = path_weights (&f[0], first->last, second->first);
  for (guint o = 0; o < 2; o++)
    {
      shape_feature (&f[o], distance);
      shape_feature (&f[o], refs == 0 ? SHAPE_REFS0 : SHAPE_REFS1);
      if (pw != NULL)
        {
          add_weights (&f[o], pw->weight[0]);
          add_weights (&f[o], pw->weight[1 + o]);
        }
    }
  for (guint i = first->first; i > run->first && first->first - i < 2; i--)
    word_feature_both (f, ENT_PAIR_WORD_BEFORE, i - 1, FALSE);
  for (guint i = second->last; i < run->last && i - second->last < 2; i++)
    word_feature_both (f, ENT_PAIR_WORD_AFTER, i, FALSE);
  p->first = first;
  p->second = second;
  for (guint o = 0; o < 2; o++)
    for (guint k = 0; k < 2; k++)
      {
        p->score[o][k] = f[o].score[k];
        p->cue[o][k] = f[o].cue[k];
        p->cue_weight[o][k] = f[o].cue_weight[k];
      }
  p->unsure = f[0].unsure;
}

/* The features of the candidate @c added to @f. Untraced, the features
 * of the names' places are taken from @places, of @n_places, where a
 * pair of the same two names found them, and found for both directions
 * and added to it otherwise; the actors' are added after them, as
 * place_features() leaves them. */
static void
pair_features (Features        *f,
               const Candidate *c,
               Place           *places,
               guint           *n_places)
{
  const Ref *first = f->forward ? c->source : c->target;
  const Ref *second = f->forward ? c->target : c->source;
  guint o = f->forward ? 0 : 1;
  Place *p = NULL;

  if (f->trace != NULL)
    {
      place_features (f, first, second);
      actor_features (f, c);
      return;
    }
  for (guint k = *n_places; k > 0 && p == NULL; k--)
    if (places[k - 1].first == first && places[k - 1].second == second)
      p = &places[k - 1];
  if (p == NULL)
    {
      p = &places[(*n_places)++];
      place_both (f->run, f->sentence, first, second, p);
    }
  for (guint k = 0; k < 2; k++)
    {
      f->score[k] = p->score[o][k];
      f->cue[k] = p->cue[o][k];
      f->cue_weight[k] = p->cue_weight[o][k];
    }
  f->unsure = p->unsure;
  actor_features (f, c);
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

/* The candidates of the names at @i and @j of the sentence, added to
 * @candidates: each ordered pair of their actors, of two states, that the
 * rules left unrelated. Whether a verb of opposition between the names
 * has a victim for object, which leaves them alone, is asked only when
 * there is a pair to add. */
static void
name_pair_candidates (Run            *run,
                      const Sentence *sentence,
                      const char    **states,
                      guint           i,
                      guint           j,
                      Candidate      *candidates,
                      guint          *n)
{
  const Ref *first = &g_array_index (run->refs, Ref, i);
  const Ref *second = &g_array_index (run->refs, Ref, j);
  guint distance = second->first - first->last;
  int victim = -1;   /* not asked yet */

  if (first->former || second->former || distance > MAX_DISTANCE)
    return;
  for (guint a = 0; a < first->n_actors; a++)
    for (guint b = 0; b < second->n_actors; b++)
      {
        const char *x = states[i * MAX_GROUP + a], *y = states[j * MAX_GROUP + b];
        gboolean forth, back;

        if (x == y)
          continue;
        forth = !said (sentence, x, y);
        back = !said (sentence, y, x);
        if (!forth && !back)
          continue;
        if (victim < 0)
          victim = _ent_run_victim_after (run, first->last, second->first);
        if (victim)
          return;
        if (forth)
          {
            Candidate one = { first, second, first->actors[a], second->actors[b], x, y,
                              distance };

            add_candidate (candidates, n, &one);
          }
        if (back)
          {
            Candidate other = { second, first, second->actors[b], first->actors[a], y, x,
                                distance };

            add_candidate (candidates, n, &other);
          }
      }
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
      name_pair_candidates (run, sentence, states, i, j, candidates, &n);
  return n;
}

/* Whether a position cued at @cue may be taken there: neither asked
 * ("asked whether") nor denied ("denied that"). Found once per token of
 * the sentence. */
static gboolean
clause_takes (Run      *run,
              Sentence *sentence,
              guint     cue)
{
  guint8 *known = &sentence->known[cue - run->first];

  if (!(*known & KNOWN_CLAUSE))
    {
      *known |= KNOWN_CLAUSE;
      if (!_ent_run_question_clause (run, cue) && !_ent_run_denied_clause (run, cue))
        *known |= KNOWN_TAKES;
    }
  return (*known & KNOWN_TAKES) != 0;
}

/* Writes into @p the pair and its score, kept for
 * _ent_run_decide_pairs(). */
static void
pend (Run             *run,
      const Candidate *c,
      const Features  *f,
      Pending         *p)
{
  const Ref *first = f->forward ? c->source : c->target;
  const Ref *second = f->forward ? c->target : c->source;

  *p = (Pending) { c->source_actor, c->target_actor, c->source_state, c->target_state,
                   run->first, run->last, { f->score[0], f->score[1] }, { 0, 0 }, { 0, 0 },
                   { FALSE, FALSE }, NULL, NULL };
  for (guint k = 0; k < 2; k++)
    {
      p->cue_first[k] = f->cue[k] >= 0 ? (guint)f->cue[k] : first->first;
      p->cue_last[k] = f->cue[k] >= 0 ? (guint)f->cue[k] + 1 : second->last;
      /* Only a sign the text's weights could still carry over the
       * threshold needs its clause read. */
      p->takes[k] = (f->trace != NULL ||
                     f->score[k] + run->pair_bound[k] > run->pair_logit - 1e-6) &&
                    clause_takes (run, f->sentence, p->cue_first[k]);
    }
  if (f->trace != NULL)
    p->trace = g_strdup (f->trace->str + 1);
}

/* Sets @sentence->start: the score of every pair of the sentence before
 * the words between and around its names, as place_features() begins
 * it, the same for all. */
static void
sentence_start (Run      *run,
                Sentence *sentence)
{
  for (guint o = 0; o < 2; o++)
    {
      Features f = { run, sentence, NULL, o == 0, { 0, 0 }, { -1, -1 }, { 0, 0 }, FALSE };

      SHAPE (&f, BIAS);
      if (run->out->n_sentences == 1)
        SHAPE (&f, SINGLE);
      for (guint k = 0; k < 2; k++)
        sentence->start[o][k] = f.score[k];
    }
}

static void
sentence_init (Run      *run,
               Sentence *sentence)
{
  guint first = run->out->statements->len;

  while (first > 0 &&
         g_array_index (run->out->statements, EntFoundStatement, first - 1).sentence_start ==
           run->tokens[run->first].cstart)
    first--;
  sentence->n_said = run->out->statements->len - first;
  sentence->said = sentence->n_said <= MAX_SAID ? sentence->said_room
                                                : g_new (const char *, 2 * sentence->n_said);
  for (guint k = 0; k < sentence->n_said; k++)
    {
      EntFoundStatement *st = &g_array_index (run->out->statements, EntFoundStatement, first + k);

      sentence->said[2 * k] = _ent_run_state_of (run, st->source);
      sentence->said[2 * k + 1] = _ent_run_state_of (run, st->target);
    }
}

void
_ent_run_classify_pairs (Run             *run,
                         EntPairTraceFunc trace)
{
  Candidate candidates[MAX_CANDIDATES];
  Pending kept[MAX_CANDIDATES];
  Place places[MAX_CANDIDATES];
  guint n_kept = 0, n_places = 0;
  Sentence sentence;
  const char *states_room[32 * MAX_GROUP];
  g_autofree const char **states_heap = NULL;
  const char **states = states_room;
  g_autoptr(GString) text = NULL;
  guint n;

  /* A "sentence" longer than any in the news is a list or a broken file:
   * the model, learnt from prose, has nothing to say of it. */
  if (run->refs->len < 2 || run->last - run->first > MAX_SENTENCE)
    return;
  if (run->pair_shapes == NULL)
    {
      run->pair_shapes = fixed_table (run->pair_model);
      run->pair_tags = run->pair_shapes + N_SHAPES;
      _ent_run_article_bound (run);
    }
  if (run->refs->len > 32)
    states = states_heap = g_new (const char *, run->refs->len * MAX_GROUP);
  for (guint r = 0; r < run->refs->len; r++)
    {
      Ref *ref = &g_array_index (run->refs, Ref, r);

      for (guint a = 0; a < ref->n_actors; a++)
        states[r * MAX_GROUP + a] = _ent_run_state_of (run, ref->actors[a]);
    }
  sentence_init (run, &sentence);
  n = find_candidates (run, &sentence, states, candidates);
  if (n > 0)
    {
      memset (sentence.known, 0, run->last - run->first);
      sentence_start (run, &sentence);
    }
  text = trace != NULL && n > 0 ? g_string_new (NULL) : NULL;
  for (guint k = 0; k < n; k++)
    {
      Candidate *c = &candidates[k];
      Features f = { run, &sentence, text, c->source->first < c->target->first, { 0, 0 },
                     { -1, -1 }, { 0, 0 }, FALSE };

      if (text != NULL)
        g_string_truncate (text, 0);
      pair_features (&f, c, places, &n_places);
      if (!f.unsure)
        pend (run, c, &f, &kept[n_kept++]);
    }
  if (n_kept > 0)
    {
      if (run->pending == NULL)
        run->pending = g_array_sized_new (FALSE, FALSE, sizeof (Pending), 64);
      g_array_append_vals (run->pending, kept, n_kept);
    }
  if (sentence.said != sentence.said_room)
    g_free (sentence.said);
}
