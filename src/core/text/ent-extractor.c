/* ent-extractor.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ent-extractor-private.h"
#include "ent-word-map.h"

struct _EntExtractor
{
  GObject       parent_instance;

  EntGazetteer *gazetteer;
  EntLexicon   *lexicon;
  EntPairTraceFunc pair_trace;
  gpointer      pair_trace_data;
  /* word hash -> what tagging asks of a word in one lookup: its tag and
   * ENT_LEXICON_MODIFIER in the low 32 bits, its FRAME_ bits in the
   * high 32 */
  EntWordMap    words;
};

G_DEFINE_FINAL_TYPE (EntExtractor, ent_extractor, G_TYPE_OBJECT)


static void
ent_extractor_dispose (GObject *object)
{
  EntExtractor *self = (EntExtractor *)object;

  g_clear_object (&self->gazetteer);
  g_clear_object (&self->lexicon);

  G_OBJECT_CLASS (ent_extractor_parent_class)->dispose (object);
}

static void
ent_extractor_finalize (GObject *object)
{
  EntExtractor *self = (EntExtractor *)object;

  ent_word_map_clear (&self->words);

  G_OBJECT_CLASS (ent_extractor_parent_class)->finalize (object);
}

static void
ent_extractor_class_init (EntExtractorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ent_extractor_dispose;
  G_OBJECT_CLASS (klass)->finalize = ent_extractor_finalize;
  _ent_run_init_nominals ();
}

static void
ent_extractor_init (EntExtractor *self)
{
  ent_word_map_init (&self->words);
}

/* Adds the value of each key of @from, shifted left by @shift, to the
 * key's value in the extractor's map of words. */
static void
merge_words (EntExtractor     *self,
             const EntWordMap *from,
             guint             shift)
{
  for (gsize i = 0; i <= from->mask; i++)
    if (from->slots[i].key != 0)
      {
        guint64 key = from->slots[i].key;
        guint64 value = (guint64)(guintptr)ent_word_map_lookup (&self->words, key);

        value |= (guint64)GPOINTER_TO_UINT (from->slots[i].value) << shift;
        ent_word_map_insert (&self->words, key, (gpointer)(guintptr)value);
      }
}

EntExtractor *
ent_extractor_new (EntGazetteer *gazetteer,
                   EntLexicon   *lexicon)
{
  EntExtractor *self;

  g_return_val_if_fail (ENT_IS_GAZETTEER (gazetteer), NULL);
  g_return_val_if_fail (ENT_IS_LEXICON (lexicon), NULL);

  self = g_object_new (ENT_TYPE_EXTRACTOR, NULL);
  self->gazetteer = g_object_ref (gazetteer);
  self->lexicon = g_object_ref (lexicon);
  merge_words (self, ent_lexicon_get_tags (lexicon), 0);
  merge_words (self, _ent_run_frame_map (), 32);
  return self;
}

/**
 * ent_extractor_new_default:
 *
 * Returns: an extractor on the installed (or source tree) dictionaries
 */
EntExtractor *
ent_extractor_new_default (GError **error)
{
  g_autoptr(EntGazetteer) gazetteer = ent_gazetteer_new_default (error);
  g_autoptr(EntLexicon) lexicon = NULL;

  if (gazetteer == NULL || (lexicon = ent_lexicon_new_default (error)) == NULL)
    return NULL;
  return ent_extractor_new (gazetteer, lexicon);
}

EntGazetteer *
ent_extractor_get_gazetteer (EntExtractor *self)
{
  g_return_val_if_fail (ENT_IS_EXTRACTOR (self), NULL);
  return self->gazetteer;
}

EntLexicon *
ent_extractor_get_lexicon (EntExtractor *self)
{
  g_return_val_if_fail (ENT_IS_EXTRACTOR (self), NULL);
  return self->lexicon;
}

/**
 * ent_extractor_set_pair_trace:
 * @func: (nullable): called with the features of every unrelated pair
 *
 * Not for use while the extractor runs in another thread.
 */
void
ent_extractor_set_pair_trace (EntExtractor    *self,
                              EntPairTraceFunc func,
                              gpointer         user_data)
{
  g_return_if_fail (ENT_IS_EXTRACTOR (self));
  self->pair_trace = func;
  self->pair_trace_data = user_data;
}

/* The state an actor stands for, as the gazetteer's own id string: one
 * state, one pointer. The gazetteer keeps it for every actor. */
const char *
_ent_run_state_of (Run  *run,
                   guint actor)
{
  return ent_gazetteer_get_state (run->gazetteer, actor);
}


static void
mark_quotes (Run *run)
{
  gboolean inside = FALSE;

  for (guint i = run->first; i < run->last; i++)
    {
      const EntToken *t = &run->tokens[i];
      const char *s = run->text + t->start;

      if ((t->flags & ENT_TOKEN_QUOTE) && *s != '\'' && strncmp (s, "’", 3) != 0 &&
          strncmp (s, "‘", 3) != 0)
        {
          /* Curly quotes say which way they face; straight ones toggle. */
          if (strncmp (s, "“", 3) == 0 || strncmp (s, "«", 2) == 0)
            inside = TRUE;
          else if (strncmp (s, "”", 3) == 0 || strncmp (s, "»", 2) == 0)
            inside = FALSE;
          else
            inside = !inside;
          run->in_quote[i - run->first] = 0;
          continue;
        }
      run->in_quote[i - run->first] = inside;
    }
}

static void
tag_sentence (Run *run)
{
  const EntWordMap *words = &run->self->words;

  for (guint i = run->first; i < run->last; i++)
    {
      EntToken *t = &run->tokens[i];
      guint64 value = (guint64)(guintptr)ent_word_map_lookup (words, t->hash);

      /* the frames of any token, for _ent_run_find_frame_words() */
      run->frame_bits[i - run->first] = (guint32)(value >> 32);
      t->tag = t->kind == ENT_TOKEN_WORD ? (EntTag)(value & ~ENT_LEXICON_MODIFIER & 0xff)
                                         : ENT_TAG_NONE;
      if (t->kind == ENT_TOKEN_WORD && (value & ENT_LEXICON_MODIFIER))
        t->flags |= ENT_TOKEN_MODIFIER;
      /* "US" and "IS" in capitals are names, not pronouns or verbs; a
       * headline's "PM" is the prime minister */
      if ((t->flags & ENT_TOKEN_ALL_CAPS) && t->tag != ENT_TAG_NONE &&
          !(t->tag == ENT_TAG_ORGAN && t->hash == ENT_WORD_HASH ("pm")))
        t->tag = ENT_TAG_NONE;
      /* "a long-running dispute", "a hard-fought truce": no verb */
      if ((t->flags & ENT_TOKEN_HYPHEN_BEFORE) && t->tag == ENT_TAG_LIGHT)
        t->tag = ENT_TAG_NONE;
    }
}

/* "Pakistan Downgrades Ties, Suspends Trade With India": a headline in
 * title case, once its names are found, reads as prose, where a capital
 * marks a name. */
static void
lower_headline (Run *run)
{
  guint upper = 0;
  const EntToken *end = &run->tokens[run->last - 1];

  /* a headline has no full stop, and two capitalised words that are no
   * names after its first */
  if (run->last - run->first < 3 ||
      (end->kind == ENT_TOKEN_PUNCT && strchr (".?!\"", run->text[end->start]) != NULL) ||
      !_ent_run_title_case (run))
    return;
  for (guint i = run->first + 1; i < run->last && upper < 2; i++)
    {
      const EntToken *t = &run->tokens[i];

      upper += t->kind == ENT_TOKEN_WORD && t->cend - t->cstart >= 4 &&
               (t->flags & ENT_TOKEN_CAPITALISED) && _ent_run_ref_at (run, (int)i) == NULL;
    }
  if (upper < 2)
    return;
  for (guint i = run->first + 1; i < run->last; i++)
    if (_ent_run_ref_at (run, (int)i) == NULL && !(run->tokens[i].flags & ENT_TOKEN_ALL_CAPS))
      run->tokens[i].flags &= ~ENT_TOKEN_CAPITALISED;
}

/* A place a sentence names, kept until the text's positions are known. */
typedef struct
{
  EntFoundMention mention;
  guint           sentence_start;   /* character offsets */
  guint           first_mention;    /* the sentence's mentions, [first, last) */
  guint           last_mention;
} PlaceAt;

static void
emit_mentions (Run *run)
{
  guint first_mention = run->out->mentions->len;

  for (guint r = 0; r < run->refs->len; r++)
    {
      Ref *ref = &g_array_index (run->refs, Ref, r);
      EntFoundMention m;

      /* "the former foreign minister" is no mention of the minister. */
      if (ref->pronoun || (ref->former && ref->name_kind == ENT_NAME_TITLE))
        continue;
      m.actor = ref->actors[0];
      m.start = run->tokens[ref->first].cstart;
      m.end = run->tokens[ref->last - 1].cend;
      /* Nor is a place ("strikes in Syria"), unless a position of the
       * sentence names it ("sent troops into Ukraine"), see
       * emit_named_places(). */
      if (ref->place)
        {
          PlaceAt at = { m, run->tokens[run->first].cstart, first_mention, 0 };

          if (run->places == NULL)
            run->places = g_array_sized_new (FALSE, FALSE, sizeof (PlaceAt), 64);
          g_array_append_val (run->places, at);
          continue;
        }
      g_array_append_val (run->out->mentions, m);
    }
  for (guint p = run->places != NULL ? run->places->len : 0; p > 0; p--)
    {
      PlaceAt *at = &g_array_index (run->places, PlaceAt, p - 1);

      if (at->first_mention != first_mention || at->last_mention != 0)
        break;
      at->last_mention = run->out->mentions->len;
    }
}

/* Merges @extra into @mentions, both in text order. */
static void
merge_mentions (GArray *mentions,
                GArray *extra)
{
  guint n = mentions->len, e = extra->len;

  g_array_set_size (mentions, n + e);
  /* from the end, so that nothing is moved twice */
  for (guint k = n + e; e > 0; k--)
    {
      EntFoundMention *last = &g_array_index (extra, EntFoundMention, e - 1);

      if (n > 0 && g_array_index (mentions, EntFoundMention, n - 1).start > last->start)
        g_array_index (mentions, EntFoundMention, k - 1) = g_array_index (mentions, EntFoundMention, --n);
      else
        {
          g_array_index (mentions, EntFoundMention, k - 1) = *last;
          e--;
        }
    }
}

/* Once the text's positions are known: a place one of them names, whose
 * actor the sentence names nowhere else, is that actor's mention there
 * ("since Moscow sent troops into Ukraine"), so that every actor of a
 * position is found in its sentence. */
static void
emit_named_places (Run *run)
{
  GArray *statements = run->out->statements;
  GArray *mentions = run->out->mentions;
  g_autoptr(GArray) extra = NULL;
  guint s = 0;

  for (guint p = 0; run->places != NULL && p < run->places->len; p++)
    {
      const PlaceAt *at = &g_array_index (run->places, PlaceAt, p);
      gboolean named = FALSE;

      /* both in text order: the sentence's positions start here */
      while (s < statements->len &&
             g_array_index (statements, EntFoundStatement, s).sentence_start < at->sentence_start)
        s++;
      for (guint k = s; k < statements->len && !named; k++)
        {
          const EntFoundStatement *st = &g_array_index (statements, EntFoundStatement, k);

          if (st->sentence_start != at->sentence_start)
            break;
          named = st->source == at->mention.actor || st->target == at->mention.actor;
        }
      for (guint m = at->first_mention; m < at->last_mention && named; m++)
        named = g_array_index (mentions, EntFoundMention, m).actor != at->mention.actor;
      for (guint q = 0; q < p && named; q++)
        {
          const PlaceAt *before = &g_array_index (run->places, PlaceAt, p - 1 - q);

          if (before->sentence_start != at->sentence_start)
            break;
          named = before->mention.actor != at->mention.actor;
        }
      if (named && extra == NULL)
        extra = g_array_new (FALSE, FALSE, sizeof (EntFoundMention));
      if (named)
        g_array_append_val (extra, at->mention);
    }
  if (extra != NULL)
    merge_mentions (mentions, extra);
}

static void
run_sentence (Run         *run,
              EntSentence *sentence)
{
  guint n = sentence->last - sentence->first;

  run->first = sentence->first;
  run->last = sentence->last;
  if (n + 1 > run->capacity)
    {
      run->capacity = MAX (n + 1, 2 * run->capacity);
      run->ref_at = g_renew (int, run->ref_at, run->capacity);
      run->is_verb = g_renew (guint8, run->is_verb, run->capacity);
      run->in_quote = g_renew (guint8, run->in_quote, run->capacity);
      run->cue_sign = g_renew (gint8, run->cue_sign, run->capacity);
      run->frame_bits = g_renew (guint32, run->frame_bits, run->capacity);
      run->frame_hits = g_renew (guint, run->frame_hits, run->capacity);
    }
  memset (run->ref_at, 0xff, (n + 1) * sizeof (int));
  memset (run->is_verb, 0, n + 1);
  memset (run->cue_sign, 0, n + 1);
  g_array_set_size (run->refs, 0);
  g_hash_table_remove_all (run->seen);
  /* Whom the next sentence's "he" is: the first person a verb follows
   * ("Turning to Japan, whose prime minister, Shinzo Abe, is due in
   * Moscow, Lavrov said ... He"), else the first named, else an owner,
   * the topic when no one else is named ("The rift comes as Petro's own
   * policy lies in ruins. In January he suspended talks"). */
  if (run->first_subject_person >= 0)
    run->prev_first_person = run->first_subject_person;
  else if (run->first_person >= 0)
    run->prev_first_person = run->first_person;
  else if (run->first_owner >= 0)
    run->prev_first_person = run->first_owner;
  if (run->first_other >= 0)
    run->prev_first_other = run->first_other;
  run->first_person = run->first_other = run->first_owner = run->first_subject_person = -1;
  run->speaker = -1;

  if (run->tokens[run->first].flags & ENT_TOKEN_PARA_BEFORE)
    run->paragraph_speaker = run->prev_subject = -1;

  {
    EntFoundSentence span = { run->tokens[run->first].cstart, run->tokens[run->last - 1].cend };
    g_array_append_val (run->out->sentences, span);
  }
  tag_sentence (run);
  mark_quotes (run);
  _ent_run_find_refs (run);
  _ent_run_remember_coordination (run);
  emit_mentions (run);
  lower_headline (run);
  /* No name and no pronoun: no side a rule could start from, and nothing
   * for the story's memory. */
  if (run->refs->len == 0)
    {
      run->prev_subject = -1;
      return;
    }
  _ent_extractor_apply_rules (run);
  if (run->pair_threshold > 0.0 || run->self->pair_trace != NULL)
    _ent_run_classify_pairs (run, run->self->pair_trace);
  run->prev_subject = _ent_run_lead_subject (run, run->last);
}

/**
 * ent_extractor_run:
 *
 * Returns: (transfer full): the mentions and positions found in @text
 */
EntExtraction *
ent_extractor_run (EntExtractor *self,
                   const char   *text,
                   gsize         length)
{
  /* About one token for every five bytes of news text. */
  g_autoptr(GArray) tokens = g_array_sized_new (FALSE, FALSE, sizeof (EntToken), length / 5 + 16);
  g_autoptr(GArray) sentences = g_array_sized_new (FALSE, FALSE, sizeof (EntSentence),
                                                   length / 100 + 4);
  EntExtraction *out = g_new0 (EntExtraction, 1);
  Run run = { 0 };

  g_return_val_if_fail (ENT_IS_EXTRACTOR (self), NULL);

  if (length > 0)
    ent_tokenize (text, length, tokens, sentences);
  /* Room for a mention every eight tokens and a position every other sentence. */
  out->sentences = g_array_sized_new (FALSE, FALSE, sizeof (EntFoundSentence), sentences->len);
  out->mentions = g_array_sized_new (FALSE, FALSE, sizeof (EntFoundMention), tokens->len / 8);
  out->statements = g_array_sized_new (FALSE, FALSE, sizeof (EntFoundStatement),
                                       sentences->len / 2);
  if (length == 0)
    return out;

  out->n_tokens = tokens->len;
  out->n_sentences = sentences->len;

  run.self = self;
  run.gazetteer = self->gazetteer;
  run.actors = ent_gazetteer_get_actors (self->gazetteer);
  run.name_starts = ent_gazetteer_get_name_starts (self->gazetteer);
  run.lexicon = self->lexicon;
  run.text = text;
  run.tokens = (EntToken *)(gpointer)tokens->data;
  run.n_tokens = tokens->len;
  run.refs = g_array_sized_new (FALSE, FALSE, sizeof (Ref), 16);
  run.seen = g_hash_table_new (NULL, NULL);
  run.out = out;
  run.last_person = run.last_state = run.last_other = run.last_group = run.last_org = -1;
  run.official_state = -1;
  run.pair[0] = run.pair[1] = -1;
  run.person_pair[0] = run.person_pair[1] = -1;
  run.first_subject_person = run.first_person = run.first_other = run.first_owner =
    run.prev_first_person = run.prev_first_other = -1;
  run.paragraph_speaker = -1;
  run.prev_subject = -1;
  run.aggressor = run.aggressor_with = run.first_act = run.rupture_target = run.last_target = -1;
  run.also_target = run.last_source = -1;
  for (guint k = 0; k < N_MEASURES; k++)
    run.measure_by[k] = run.measure_on[k] = -1;
  for (guint k = 0; k < N_ACTS; k++)
    run.act_by[k] = -1;
  _ent_run_group_init (&run.parties);
  run.dateline_state = -1;
  run.army_state = -1;
  run.government_state = -1;
  run.pair_threshold = ent_lexicon_get_pair_threshold (self->lexicon);
  run.pair_model = ent_lexicon_get_pair_model (self->lexicon);
  run.pair_map = &run.pair_model->features;
  run.cue_starts = ent_lexicon_get_cue_starts (self->lexicon);
  if (run.pair_threshold > 0.0)
    run.pair_logit = log (run.pair_threshold / (1.0 - run.pair_threshold));

  for (guint s = 0; s < sentences->len; s++)
    run_sentence (&run, &g_array_index (sentences, EntSentence, s));
  if (run.pending != NULL)
    _ent_run_decide_pairs (&run, self->pair_trace, self->pair_trace_data);
  emit_named_places (&run);

  g_array_unref (run.refs);
  g_hash_table_unref (run.seen);
  g_free (run.ref_at);
  g_free (run.is_verb);
  g_free (run.in_quote);
  g_free (run.cue_sign);
  g_free (run.frame_bits);
  g_free (run.frame_hits);
  g_clear_pointer (&run.cues, g_array_unref);
  g_clear_pointer (&run.places, g_array_unref);
  return out;
}

void
ent_extraction_free (EntExtraction *extraction)
{
  if (extraction == NULL)
    return;
  for (guint i = 0; i < extraction->statements->len; i++)
    g_free (g_array_index (extraction->statements, EntFoundStatement, i).cue);
  g_array_unref (extraction->sentences);
  g_array_unref (extraction->mentions);
  g_array_unref (extraction->statements);
  g_free (extraction);
}
