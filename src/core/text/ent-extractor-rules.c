/* ent-extractor-rules.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ent-extractor-private.h"
#include "ent-word-map.h"

/*
 * The rules: for each stance cue in a sentence, find who takes the position
 * (the subject of the clause, the possessor of a noun, the agent of a
 * passive) and toward whom (the object, the complement of the cue's
 * preposition), each side a coordinated group of actors. The parse is
 * shallow: verb groups, noun-phrase material, commas that open relative
 * clauses and appositions, and conjunctions that join verb phrases.
 */

#define MAX_SCAN 16

gboolean
_ent_run_punct_is (Run        *run,
          guint       i,
          const char *chars)
{
  const EntToken *t = &run->tokens[i];

  return t->kind == ENT_TOKEN_PUNCT && strchr (chars, run->text[t->start]) != NULL;
}

/* Past the article and the count before a noun: "the", "three", "40",
 * "dozens of", "several". */
guint
_ent_run_skip_count (Run   *run,
                     guint  p)
{
  static const char *words[] = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "several", "many", "dozens", "hundreds", "scores", "few", "more",
  };
  static EntWordMap *once;

  while (p < run->last &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || run->tokens[p].kind == ENT_TOKEN_NUMBER ||
          ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash) ||
          (_ent_run_is (run, p, "of") && p > run->first &&
           (_ent_run_is (run, p - 1, "dozens") || _ent_run_is (run, p - 1, "hundreds") ||
            _ent_run_is (run, p - 1, "scores")))))
    p++;
  return p;
}

gboolean
_ent_run_is_hyphen (Run  *run,
                 guint i)
{
  return run->tokens[i].kind == ENT_TOKEN_PUNCT && run->text[run->tokens[i].start] == '-' &&
         run->tokens[i].end - run->tokens[i].start == 1;
}

gboolean
_ent_run_is_dash (Run  *run,
                  guint i)
{
  const EntToken *t = &run->tokens[i];
  const char *s = run->text + t->start;

  return t->kind == ENT_TOKEN_PUNCT &&
         (strncmp (s, "--", 2) == 0 || strncmp (s, "—", 3) == 0 || strncmp (s, "–", 3) == 0);
}

Ref *
_ent_run_ref_at (Run *run,
        int  i)
{
  int r;

  if (i < (int)run->first || i >= (int)run->last)
    return NULL;
  r = run->ref_at[i - run->first];
  return r < 0 ? NULL : &g_array_index (run->refs, Ref, r);
}

void
_ent_run_group_add (Group *group,
           Ref   *ref)
{
  /* A former office holder speaks and is spoken to for no state. */
  if (ref->former)
    return;
  for (guint k = 0; k < ref->n_actors; k++)
    {
      gboolean dup = FALSE;

      for (guint j = 0; j < group->n; j++)
        dup |= group->actors[j] == ref->actors[k];
      if (!dup && group->n < MAX_GROUP)
        group->actors[group->n++] = ref->actors[k];
    }
  group->coref |= ref->pronoun;
  group->first = MIN (group->first, ref->first);
  group->last = MAX (group->last, ref->last);
}

void
_ent_run_group_init (Group *group)
{
  memset (group, 0, sizeof *group);
  group->first = G_MAXUINT;
}

/* Is token i a coordinator inside a list of actors: "and", "or", ",", "&",
 * "as well as" (returns its length in tokens, counted from i backwards when
 * @backwards). */
static guint
coordinator (Run      *run,
             int       i,
             gboolean  backwards)
{
  if (i < (int)run->first || i >= (int)run->last)
    return 0;
  if (_ent_run_is (run, i, "and") || _ent_run_is (run, i, "or") || _ent_run_punct_is (run, i, ",&"))
    return 1;
  if (backwards && i >= (int)run->first + 2 && _ent_run_is (run, i, "as") &&
      _ent_run_is (run, i - 1, "well") && _ent_run_is (run, i - 2, "as"))
    return 3;
  /* "Venezuela, along with Cuba and Nicaragua," */
  if (backwards && i >= (int)run->first + 2 && _ent_run_is (run, i, "with") &&
      (_ent_run_is (run, i - 1, "along") || _ent_run_is (run, i - 1, "together")))
    return _ent_run_punct_is (run, i - 2, ",") ? 3 : 2;
  if (!backwards && _ent_run_is (run, i, "as") && _ent_run_is (run, i + 1, "well") &&
      _ent_run_is (run, i + 2, "as"))
    return 3;
  return 0;
}

gboolean
_ent_run_usable (Ref *ref)
{
  return ref != NULL && ref->n_actors > 0;
}

/* Whether the "and" at @q ends a list: "X, Y and". */
static gboolean
in_list (Run *run,
         int  q)
{
  Ref *before;

  if (q <= (int)run->first || !_ent_run_is (run, q, "and"))
    return FALSE;
  before = _ent_run_ref_at (run, q - 1);
  return _ent_run_usable (before) && before->first > run->first + 1 &&
         _ent_run_punct_is (run, before->first - 1, ",") &&
         _ent_run_usable (_ent_run_ref_at (run, (int)before->first - 2));
}

/* Whether the "and" at @q follows a name that opens its clause: "Pakistan
 * and the Taliban have clashed", unlike "attacked Ukraine and the United
 * States condemned". */
static gboolean
opening_pair (Run *run,
              int  q)
{
  Ref *before;
  int p;

  if (q <= (int)run->first || !_ent_run_is (run, q, "and"))
    return FALSE;
  before = _ent_run_ref_at (run, q - 1);
  if (!_ent_run_usable (before) || before->place || before->possessive)
    return FALSE;
  p = (int)before->first - 1;
  while (p >= (int)run->first && _ent_run_tag (run, p) == ENT_TAG_DET)
    p--;
  return p < (int)run->first || _ent_run_tag (run, p) == ENT_TAG_SUB || _ent_run_is (run, p, "that") ||
         _ent_run_punct_is (run, p, ",;:") || _ent_run_tag (run, p) == ENT_TAG_SAY;
}

/* Collects the coordinated group whose last member is @ref. */
void
_ent_run_collect_left (Run   *run,
              Ref   *ref,
              Group *group)
{
  _ent_run_group_add (group, ref);
  for (;;)
    {
      int q = (int)ref->first - 1;
      guint len;
      Ref *prev;

      /* "Pakistan and Afghanistan's Taliban government": the possessor
       * belongs to the name. */
      if (q > (int)run->first && _ent_run_tag (run, q) == ENT_TAG_POSS &&
          _ent_run_usable (_ent_run_ref_at (run, q - 1)))
        q = (int)_ent_run_ref_at (run, q - 1)->first - 1;
      /* "Japan, South Korea and the United States": an article after the
       * last "and" of a list of names, never after a lone "and", which may
       * start a clause ("Russia attacked Ukraine and the United States"). */
      if (q > (int)run->first && _ent_run_tag (run, q) == ENT_TAG_DET &&
          (in_list (run, q - 1) || opening_pair (run, q - 1)))
        q--;
      /* "Congo, the United States and France": a list already closed by
       * "and" takes an article after a comma too. */
      else if (q > (int)run->first + 1 && _ent_run_tag (run, q) == ENT_TAG_DET && group->n >= 2 &&
               !ref->possessive && ref->name_kind != ENT_NAME_ADJECTIVE && _ent_run_punct_is (run, q - 1, ",") &&
               _ent_run_usable (_ent_run_ref_at (run, q - 2)))
        q--;
      /* "Russia's and Iran's": skip the possessive of the earlier one. */
      if ((len = coordinator (run, q, TRUE)) == 0)
        return;
      q -= len;
      if (q >= (int)run->first && (_ent_run_is (run, q, "and") || _ent_run_is (run, q, "or")))
        q--;
      if (q >= (int)run->first && _ent_run_tag (run, q) == ENT_TAG_POSS)
        q--;
      while (q >= (int)run->first && _ent_run_tag (run, q) == ENT_TAG_ORGAN)
        q--;
      prev = _ent_run_ref_at (run, q);
      if (!_ent_run_usable (prev) || prev->place)
        return;
      /* "According to Israeli officials, Iran has supplied": a fronted
       * attribution ends at its comma. */
      if (_ent_run_punct_is (run, ref->first - 1, ",") && prev->first > run->first &&
          _ent_run_tag (run, prev->first - 1) == ENT_TAG_TO)
        return;
      _ent_run_group_add (group, prev);
      ref = prev;
    }
}

/* Is the ref at @q followed by a verb, so that it starts a new clause? */
static gboolean
starts_clause (Run  *run,
               Ref  *ref)
{
  guint q = ref->last;

  if (ref->possessive)
    return FALSE;
  while (q < run->last && _ent_run_tag (run, q) == ENT_TAG_ADV)
    q++;
  if (q >= run->last)
    return FALSE;
  switch (_ent_run_tag (run, q))
    {
    case ENT_TAG_SAY:
    case ENT_TAG_BE:
    case ENT_TAG_HAVE:
    case ENT_TAG_MODAL:
    case ENT_TAG_DO:
    case ENT_TAG_REFUSE:
    case ENT_TAG_LIGHT:
    case ENT_TAG_VERB:
      return TRUE;
    default:
      return run->is_verb[q - run->first] != 0;
    }
}


void
_ent_run_collect_right (Run   *run,
               Ref   *ref,
               Group *group)
{
  _ent_run_collect_right_full (run, ref, group, TRUE);
}

/* With @clauses, "X and Y began" stops before Y, which starts a clause;
 * "between X and Y began" takes both. */
void
_ent_run_collect_right_full (Run      *run,
                    Ref      *ref,
                    Group    *group,
                    gboolean  clauses)
{
  _ent_run_group_add (group, ref);
  for (;;)
    {
      guint q = ref->last;
      guint len;
      Ref *next;
      gboolean bare_comma;

      if (ref->possessive)
        return;
      if ((len = coordinator (run, q, FALSE)) == 0)
        return;
      bare_comma = len == 1 && _ent_run_punct_is (run, q, ",");
      q += len;
      if (q < run->last && (_ent_run_is (run, q, "and") || _ent_run_is (run, q, "or")))
        {
          q++;
          bare_comma = FALSE;
        }
      while (q < run->last && _ent_run_tag (run, q) == ENT_TAG_DET)
        q++;
      next = _ent_run_ref_at (run, q);
      /* "pledged to defend Taiwan, Beijing regards the island": after a
       * comma, a name that a word other than "and", "or" or a comma
       * follows starts a new clause, not a list. */
      if (bare_comma && next != NULL && next->last < run->last &&
          run->tokens[next->last].kind == ENT_TOKEN_WORD && !_ent_run_is (run, next->last, "and") &&
          !_ent_run_is (run, next->last, "or") && _ent_run_tag (run, next->last) != ENT_TAG_POSS)
        return;
      /* "Helsinki and its NATO allies": the name after the pronoun. */
      if (next != NULL && next->pronoun && _ent_run_tag (run, next->first) == ENT_TAG_POSS_PRON &&
          _ent_run_usable (_ent_run_ref_at (run, next->last)))
        next = _ent_run_ref_at (run, next->last);
      if (!_ent_run_usable (next) || next->place || (clauses && starts_clause (run, next)))
        return;
      _ent_run_group_add (group, next);
      ref = next;
    }
}

/* "applied to join", "agreed to restore": a lower-case word in -ed before
 * "to" is most often a verb that governs the infinitive. */
gboolean
_ent_run_past_tense_word (Run *run,
                 int  v)
{
  const EntToken *t = &run->tokens[v];

  return t->kind == ENT_TOKEN_WORD && _ent_run_tag (run, v) == ENT_TAG_NONE &&
         !(t->flags & ENT_TOKEN_CAPITALISED) && t->end - t->start > 4 &&
         run->text[t->end - 2] == 'e' && run->text[t->end - 1] == 'd';
}

/* The start of the verb group ending just before @c0: auxiliaries, modals,
 * negation, adverbs, and infinitive chains ("refused to recognise",
 * "threatened to strike"). */
guint
_ent_run_verb_group_start (Run      *run,
                  guint     c0,
                  gboolean *negated,
                  gboolean *be,
                  gboolean *modal)
{
  int p = (int)c0 - 1;

  run->refused = FALSE;
  run->negated_modal = FALSE;
  while (p >= (int)run->first)
    {
      EntTag tag = _ent_run_tag (run, p);

      if (tag == ENT_TAG_NEG)
        {
          *negated = TRUE;
          /* "cannot" is "can not" */
          *modal |= _ent_run_is (run, p, "cannot");
        }
      else if (_ent_run_is (run, p, "longer") && p > (int)run->first && _ent_run_is (run, p - 1, "no"))
        {
          /* "can no longer rely on": both words */
          *negated = TRUE;
          p--;
        }
      else if (tag == ENT_TAG_REFUSE)
        {
          *negated = TRUE;
          run->refused = TRUE;
        }
      else if (_ent_run_is (run, p, "neither") || _ent_run_is (run, p, "nor"))
        {
          /* "neither supports nor opposes" gives no position. */
          *negated = TRUE;
          break;
        }
      else if (tag == ENT_TAG_BE)
        *be = TRUE;
      else if (tag == ENT_TAG_MODAL)
        *modal = TRUE;
      else if (tag == ENT_TAG_TO)
        {
          /* "to" continues the group only after a verb that governs it. */
          int v = p - 1;

          while (v >= (int)run->first && _ent_run_tag (run, v) == ENT_TAG_ADV)
            v--;
          if (v < (int)run->first ||
              !(run->is_verb[v - run->first] || _ent_run_tag (run, v) == ENT_TAG_VERB ||
                _ent_run_tag (run, v) == ENT_TAG_REFUSE || _ent_run_tag (run, v) == ENT_TAG_LIGHT ||
                _ent_run_tag (run, v) == ENT_TAG_BE || _ent_run_past_tense_word (run, v)))
            break;
        }
      /* 'Tehran "strongly condemns"': scare quotes between the subject and
       * its verb */
      else if (tag == ENT_TAG_DO || tag == ENT_TAG_HAVE || tag == ENT_TAG_ADV ||
               ((run->tokens[p].flags & ENT_TOKEN_QUOTE) && p > (int)run->first &&
                _ent_run_ref_at (run, p - 1) != NULL))
        ;
      /* "has since fallen out with" */
      else if (_ent_run_is (run, p, "since") && p > (int)run->first && _ent_run_tag (run, p - 1) == ENT_TAG_HAVE)
        ;
      else if ((tag == ENT_TAG_VERB || tag == ENT_TAG_LIGHT || run->is_verb[p - run->first] ||
                _ent_run_past_tense_word (run, p)) &&
               p + 1 < (int)run->last && _ent_run_tag (run, p + 1) == ENT_TAG_TO)
        ;
      else
        break;
      p--;
    }
  return (guint)(p + 1);
}

/* "the launches", "North Korea's missile launches": a word that can be a
 * verb is a noun after a determiner, a possessive or an adjective. */
static gboolean
ends_in_ing (Run *run,
             int  p)
{
  const EntToken *t = &run->tokens[p];

  return t->end - t->start > 4 && strncmp (run->text + t->end - 3, "ing", 3) == 0;
}

gboolean
_ent_run_looks_nominal (Run *run,
               int  p)
{
  /* "a contribution criticised by Congo": a participle with its agent. */
  if (p + 1 < (int)run->last && _ent_run_tag (run, p + 1) == ENT_TAG_BY &&
      run->tokens[p].end - run->tokens[p].start > 3 && run->text[run->tokens[p].end - 1] == 'd' &&
      run->text[run->tokens[p].end - 2] == 'e')
    return FALSE;
  /* "asked Washington for help against", "spoke by phone": after a
   * preposition a verb form other than a gerund is a noun. */
  if (p > (int)run->first && !ends_in_ing (run, p) &&
      (_ent_run_tag (run, p - 1) == ENT_TAG_PREP || _ent_run_tag (run, p - 1) == ENT_TAG_LOC_PREP ||
       _ent_run_tag (run, p - 1) == ENT_TAG_BY))
    return TRUE;
  /* "five days of fighting", but "accused Kigali of backing". */
  if (p > (int)run->first + 1 && _ent_run_is (run, p - 1, "of") && _ent_run_ref_at (run, p - 2) == NULL &&
      run->tokens[p - 2].kind == ENT_TOKEN_WORD)
    return TRUE;
  /* "no longer supports" */
  if (p > (int)run->first + 1 && _ent_run_is (run, p - 1, "longer") && _ent_run_is (run, p - 2, "no"))
    return FALSE;
  /* "Ukraine's decision angered Moscow": a past form between a plain noun
   * and a name or an article is that noun's verb. */
  if (p > (int)run->first && _ent_run_past_tense_word (run, p) && _ent_run_tag (run, p - 1) == ENT_TAG_NONE &&
      run->tokens[p - 1].kind == ENT_TOKEN_WORD && _ent_run_ref_at (run, p - 1) == NULL &&
      !(run->tokens[p - 1].flags & (ENT_TOKEN_MODIFIER | ENT_TOKEN_CAPITALISED)) &&
      !run->is_verb[p - 1 - run->first] &&
      !_ent_run_past_tense_word (run, p - 1) && !ends_in_ing (run, p - 1) &&
      _ent_run_skip_count (run, (guint)p - 1) == (guint)p - 1 && p + 1 < (int)run->last &&
      (_ent_run_ref_at (run, p + 1) != NULL || _ent_run_tag (run, p + 1) == ENT_TAG_DET ||
       _ent_run_tag (run, p + 1) == ENT_TAG_POSS_PRON))
    return FALSE;
  for (int q = p - 1, steps = 0; q >= (int)run->first && steps < 4; q--, steps++)
    {
      EntTag tag = _ent_run_tag (run, q);
      Ref *ref = _ent_run_ref_at (run, q);

      /* "two more air strikes" */
      if (run->tokens[q].kind == ENT_TOKEN_NUMBER)
        return TRUE;

      /* "its NATO allies": a name after a possessive pronoun modifies
       * the word. */
      if (ref != NULL)
        return ref->possessive || ref->bare_adjective || tag == ENT_TAG_POSS_PRON ||
               (ref->first > run->first && !ref->pronoun &&
                _ent_run_tag (run, ref->first - 1) == ENT_TAG_POSS_PRON);
      /* "those condemning Moscow" is a verb; "the bombing of" a noun. */
      if (_ent_run_is (run, q, "those"))
        return FALSE;
      if (tag == ENT_TAG_DET || tag == ENT_TAG_POSS_PRON || tag == ENT_TAG_POSS || tag == ENT_TAG_ADJ)
        return TRUE;
      if (tag == ENT_TAG_NONE && run->tokens[q].kind == ENT_TOKEN_WORD &&
          !run->is_verb[q - run->first])
        continue;
      /* "suspended peace talks", "imposed trade sanctions": a noun
       * compound is the object of the verb before it. */
      return q < p - 1 && !(run->tokens[q + 1].flags & ENT_TOKEN_CAPITALISED) &&
             (run->is_verb[q - run->first] || tag == ENT_TAG_LIGHT);
    }
  return FALSE;
}

/* The comma before the relative clause holding the verb at @v, when the
 * clause closes before @end: "boycott the council, which Russia chairs,
 * in protest". */
static int
relative_clause_start (Run *run,
                       int  v,
                       int  end)
{
  gboolean closed = FALSE;

  for (int q = v + 1; q <= end && q < (int)run->last; q++)
    if (_ent_run_punct_is (run, q, ","))
      {
        closed = TRUE;
        break;
      }
  if (!closed)
    return -1;
  for (int q = v - 1; q > (int)run->first && q > v - 6; q--)
    {
      if (_ent_run_tag (run, q) == ENT_TAG_REL && _ent_run_punct_is (run, q - 1, ","))
        return q - 1;
      if (_ent_run_punct_is (run, q, ",;:") || run->is_verb[q - run->first])
        return -1;
    }
  return -1;
}

static int
previous_verb (Run *run,
               int  p)
{
  int end = p;

  for (; p >= (int)run->first; p--)
    {
      EntTag tag = _ent_run_tag (run, p);

      /* "the United States": a word of a name is no verb. */
      if (_ent_run_ref_at (run, p) != NULL)
        {
          p = (int)_ent_run_ref_at (run, p)->first;
          continue;
        }
      /* "it was acting in support of": a progressive the lexicon does
       * not know is still the verb. */
      if (tag == ENT_TAG_BE && p + 1 <= end && run->tokens[p + 1].kind == ENT_TOKEN_WORD &&
          !(run->tokens[p + 1].flags & ENT_TOKEN_CAPITALISED) && ends_in_ing (run, p + 1) &&
          _ent_run_ref_at (run, p + 1) == NULL)
        return p + 1;
      if ((run->is_verb[p - run->first] || tag == ENT_TAG_LIGHT || tag == ENT_TAG_VERB ||
           tag == ENT_TAG_SAY) && !_ent_run_looks_nominal (run, p))
        {
          int skip = relative_clause_start (run, p, end);

          if (skip < 0)
            return p;
          p = skip;
          continue;
        }
      if (_ent_run_punct_is (run, p, ";:") || _ent_run_is_dash (run, p) || tag == ENT_TAG_SUB)
        return -1;
    }
  return -1;
}

static gboolean subject_of (Run *run, int pos, Group *group, guint depth);
static gboolean backer_affix (Run *run, Ref *ref);
static gboolean clause_apposition (Run *run, int pos, Group *group);
static gboolean those_include (Run *run, guint after, Group *group);
static gboolean each_other (Run *run, guint p);
static gboolean possessor_before_noun (Run *run, int p, Group *group);

static gboolean
owns_organ (Run *run,
            Ref *ref)
{
  guint q = ref->last;

  while (q < run->last && (_ent_run_tag (run, q) == ENT_TAG_POSS || _ent_run_tag (run, q) == ENT_TAG_ADJ))
    q++;
  return q < run->last && _ent_run_tag (run, q) == ENT_TAG_ORGAN && _ent_run_ref_at (run, q) == NULL;
}

/* "Zelensky spoke with Aliyev by phone and expressed support": when the
 * verb before a conjunction is not one the lexicon knows, the subject of
 * the sentence's first clause, before @pos. */
static gboolean
main_subject (Run   *run,
              int    pos,
              Group *group)
{
  for (guint r = 0; r < run->refs->len; r++)
    {
      Ref *ref = &g_array_index (run->refs, Ref, r);

      if ((int)ref->last > pos || ref->first > run->first + MAX_SCAN * 2)
        return FALSE;
      /* A name opening the sentence is its subject whatever verb follows;
       * so is the owner of "Syria's new government". */
      if (_ent_run_usable (ref) && !ref->place && !ref->bare_adjective &&
          (!ref->possessive || owns_organ (run, ref)) &&
          (starts_clause (run, ref) || ref->first <= run->first + 1))
        {
          /* The first name of the sentence heads its group: "Hungary and
           * Slovakia import oil ... and have resisted". */
          _ent_run_collect_right_full (run, ref, group, FALSE);
          return TRUE;
        }
    }
  return FALSE;
}

/* The subject of the verb at @v, for a verb phrase coordinated with it. */
static gboolean
subject_of_verb (Run   *run,
                 int    v,
                 Group *group,
                 guint  depth)
{
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  guint start;

  if (v < 0 || depth > 3)
    return FALSE;
  start = _ent_run_verb_group_start (run, v, &negated, &be, &modal);
  return subject_of (run, (int)start - 1, group, depth + 1);
}

/* Skips back over ", which ... ," or ", an ally of Y," when looking for
 * the subject: returns the token before the opening comma, or -1. */
static int
skip_parenthetical (Run *run,
                    int  comma)
{
  for (int q = comma - 1; q >= (int)run->first && q > comma - MAX_SCAN * 2; q--)
    {
      if (_ent_run_punct_is (run, q, ","))
        {
          EntTag tag = q + 1 < comma ? _ent_run_tag (run, q + 1) : ENT_TAG_NONE;

          /* ", which backs", ", an ally of", ", founded by", ", speaking in" */
          if (tag == ENT_TAG_REL || tag == ENT_TAG_DET || tag == ENT_TAG_ADV ||
              _ent_run_is (run, q + 1, "whose") || _ent_run_is (run, q + 1, "known") || run->is_verb[q + 1 - run->first] ||
              tag == ENT_TAG_ADJ || tag == ENT_TAG_PREP || tag == ENT_TAG_LOC_PREP ||
              (q + 1 < comma && (_ent_run_past_tense_word (run, q + 1) || ends_in_ing (run, q + 1)) &&
               !(run->tokens[q + 1].flags & ENT_TOKEN_CAPITALISED)))
            return q - 1;
          return -1;
        }
      if (_ent_run_punct_is (run, q, ";:\"") || _ent_run_is_dash (run, q))
        return -1;
    }
  return -1;
}

/* "deployed troops to Congo to fight": Congo is no object of the verb. */
static gboolean
after_preposition (Run *run,
                   Ref *ref)
{
  int p = (int)ref->first - 1;

  while (p >= (int)run->first && _ent_run_tag (run, p) == ENT_TAG_DET)
    p--;
  return p >= (int)run->first && (_ent_run_tag (run, p) == ENT_TAG_PREP || _ent_run_tag (run, p) == ENT_TAG_LOC_PREP ||
                                  _ent_run_tag (run, p) == ENT_TAG_TO);
}

/* "Rwanda's backing of the M23 rebels has strained", "South Africa's case
 * against Israel has drawn": the subject is the possessor of the head
 * noun, not the name inside its prepositional phrase. */
static gboolean
inside_of_phrase (Run      *run,
                  Ref      *ref,
                  Group    *group,
                  gboolean *found)
{
  int p = (int)ref->first - 1;

  while (p >= (int)run->first && _ent_run_tag (run, p) == ENT_TAG_DET)
    p--;
  if (p <= (int)run->first ||
      !(_ent_run_is (run, p, "of") || _ent_run_is (run, p, "against") || _ent_run_is (run, p, "on") ||
        _ent_run_is (run, p, "with") || _ent_run_is (run, p, "for") || _ent_run_is (run, p, "over")) ||
      _ent_run_tag (run, p - 1) != ENT_TAG_NONE ||
      run->tokens[p - 1].kind != ENT_TOKEN_WORD || (run->tokens[p - 1].flags & ENT_TOKEN_CAPITALISED) ||
      _ent_run_ref_at (run, p - 1) != NULL)
    return FALSE;
  *found = possessor_before_noun (run, p - 1, group);
  return TRUE;
}

/* Whether @ref follows "NOUN to VERB": then the subject is the possessor
 * of the noun, if any ("Chad's decision to expel"). */
static gboolean
object_of_infinitive (Run      *run,
                      Ref      *ref,
                      Group    *group,
                      gboolean *found)
{
  int p = (int)ref->first - 1;

  while (p >= (int)run->first && (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ))
    p--;
  if (p <= (int)run->first + 1 || !run->is_verb[p - run->first] || _ent_run_tag (run, p - 1) != ENT_TAG_TO)
    return FALSE;
  *found = possessor_before_noun (run, p - 2, group);
  return TRUE;
}

static gboolean
backer_affix (Run *run,
              Ref *ref)
{
  static const char *words[] = {
    "backed", "aligned", "allied", "sponsored", "funded", "financed", "armed", "trained",
    "supported", "friendly", "leaning",
  };
  static EntWordMap *once;

  return ref->last < run->last && (run->tokens[ref->last].flags & ENT_TOKEN_HYPHEN_BEFORE) &&
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[ref->last].hash);
}

/* "summoned the Indian envoy to protest", "met Putin to discuss": after
 * these verbs, the infinitive tells the subject's purpose; the object
 * does not act. */
static gboolean
purpose_after_object (Run *run,
                      Ref *object)
{
  static const char *words[] = {
    "summoned", "summons", "summon", "summoning", "met", "meets", "meet", "meeting", "visited",
    "visits", "visit", "visiting", "hosted", "hosts", "host", "hosting", "received", "receives",
    "phoned", "phones", "telephoned", "sent", "sends", "dispatched", "deployed", "deploys", "used",
    "uses", "using",
  };
  static EntWordMap *once;
  int q = (int)object->first - 1;

  while (q > (int)run->first && _ent_run_tag (run, q) == ENT_TAG_DET)
    q--;
  return q >= (int)run->first &&
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[q].hash);
}

/* The possessor of the noun at @p: "the country's bid", "its plan". */
static gboolean
possessor_before_noun (Run   *run,
                       int    p,
                       Group *group)
{
  Ref *ref;

  if (p <= (int)run->first || run->tokens[p].kind != ENT_TOKEN_WORD || _ent_run_tag (run, p) != ENT_TAG_NONE ||
      _ent_run_ref_at (run, p) != NULL || run->is_verb[p - run->first])
    return FALSE;
  if (_ent_run_tag (run, p - 1) == ENT_TAG_POSS)
    p--;
  /* "the Israeli military offensive": a nationality stands for its state. */
  for (int k = 0; k < 2 && p - 1 > (int)run->first && _ent_run_ref_at (run, p - 1) == NULL &&
       run->tokens[p - 1].kind == ENT_TOKEN_WORD && !(run->tokens[p - 1].flags & ENT_TOKEN_CAPITALISED) &&
       (_ent_run_tag (run, p - 1) == ENT_TAG_NONE || _ent_run_tag (run, p - 1) == ENT_TAG_ADJ); k++)
    p--;
  ref = _ent_run_ref_at (run, p - 1);
  if (!_ent_run_usable (ref) || ref->place ||
      !(ref->possessive || _ent_run_tag (run, ref->first) == ENT_TAG_POSS_PRON ||
        (ref->name_kind == ENT_NAME_ADJECTIVE && !ref->pronoun)))
    return FALSE;
  _ent_run_collect_left (run, ref, group);
  return TRUE;
}

/* "Poland joined Lithuania in condemning Belarus": both hold the position
 * of the gerund after "in". */
static gboolean
joined_in (Run   *run,
           int    pos,
           Group *group,
           guint  depth)
{
  Ref *joined;
  int v;

  if (pos <= (int)run->first + 1 || !_ent_run_is (run, pos, "in"))
    return FALSE;
  joined = _ent_run_ref_at (run, pos - 1);
  if (!_ent_run_usable (joined) || joined->place)
    return FALSE;
  v = (int)joined->first - 1;
  while (v > (int)run->first && _ent_run_tag (run, v) == ENT_TAG_DET)
    v--;
  if (v < (int)run->first ||
      !(_ent_run_is (run, v, "joined") || _ent_run_is (run, v, "joins") || _ent_run_is (run, v, "join") ||
        _ent_run_is (run, v, "joining")))
    return FALSE;
  if (!subject_of_verb (run, v, group, depth))
    return FALSE;
  _ent_run_collect_right (run, joined, group);
  return TRUE;
}

static gboolean
subject_of (Run   *run,
            int    pos,
            Group *group,
            guint  depth)
{
  gboolean np_started = FALSE;

  if (joined_in (run, pos, group, depth))
    return TRUE;
  /* "..., while keeping its distance from Iran", "after meeting Xi": a
   * participle clause belongs to the sentence's subject. */
  if (pos > (int)run->first && pos + 1 < (int)run->last && _ent_run_tag (run, pos) == ENT_TAG_SUB &&
      ends_in_ing (run, pos + 1) &&
      (_ent_run_is (run, pos, "while") || _ent_run_is (run, pos, "after") ||
       _ent_run_is (run, pos, "before") ||
       _ent_run_is (run, pos, "when") || _ent_run_is (run, pos, "since")))
    return main_subject (run, pos, group);

  for (int p = pos, steps = 0; p >= (int)run->first && steps < MAX_SCAN; steps++)
    {
      Ref *ref = _ent_run_ref_at (run, p);
      EntTag tag = _ent_run_tag (run, p);

      if (ref != NULL)
        {
          gboolean found = FALSE;

          if (!_ent_run_usable (ref) || (ref->place && !np_started))
            {
              p = (int)ref->first - 1;
              continue;
            }
          if (inside_of_phrase (run, ref, group, &found))
            return found;
          /* "Iran-backed militias attacked": the backer does not act. */
          if (backer_affix (run, ref))
            return FALSE;
          /* "Chad's decision to expel French troops was welcomed": the name
           * is the object of an infinitive inside the subject. */
          if (object_of_infinitive (run, ref, group, &found))
            return found;
          _ent_run_collect_left (run, ref, group);
          return TRUE;
        }
      if (tag == ENT_TAG_REL)
        {
          int q = p - 1;

          if (q >= (int)run->first && _ent_run_punct_is (run, q, ","))
            q--;
          /* "Tehreek-e-Taliban Pakistan (TTP), which" */
          if (q >= (int)run->first && _ent_run_punct_is (run, q, ")"))
            {
              int open = q;

              while (open > (int)run->first && open > q - 6 && !_ent_run_punct_is (run, open, "("))
                open--;
              if (_ent_run_punct_is (run, open, "(") && _ent_run_usable (_ent_run_ref_at (run, open - 1)))
                q = open - 1;
            }
          ref = _ent_run_ref_at (run, q);
          if (_ent_run_usable (ref))
            {
              _ent_run_collect_left (run, ref, group);
              return TRUE;
            }
          return FALSE;
        }
      if (_ent_run_punct_is (run, p, ","))
        {
          int q;

          if (np_started)
            return FALSE;
          if ((q = skip_parenthetical (run, p)) >= 0)
            {
              p = q;
              continue;
            }
          /* "fired missiles into the sea, drawing condemnation" */
          if ((q = previous_verb (run, p - 1)) < 0 && p + 1 < (int)run->last && ends_in_ing (run, p + 1))
            return main_subject (run, p, group);
          return subject_of_verb (run, q, group, depth);
        }
      if (tag == ENT_TAG_CONJ)
        {
          int v;

          if (np_started)
            return FALSE;
          v = previous_verb (run, p - 1);
          if (v < 0)
            return main_subject (run, p, group);
          return subject_of_verb (run, v, group, depth);
        }
      if ((run->is_verb[p - run->first] || tag == ENT_TAG_LIGHT || tag == ENT_TAG_VERB) &&
          !_ent_run_looks_nominal (run, p))
        return subject_of_verb (run, p, group, depth);
      switch (tag)
        {
        case ENT_TAG_DET:
        case ENT_TAG_ADJ:
        case ENT_TAG_ORGAN:
        case ENT_TAG_PEOPLE:
        case ENT_TAG_NONE:
        case ENT_TAG_POSS:
        case ENT_TAG_PREP:
        case ENT_TAG_LOC_PREP:
          if (run->tokens[p].kind == ENT_TOKEN_PUNCT)
            return FALSE;
          np_started = TRUE;
          p--;
          continue;
        case ENT_TAG_ADV:
          p--;
          continue;
        case ENT_TAG_TO:
          /* "summoned the Afghan envoy to protest": the summoner's purpose. */
          if (!np_started && _ent_run_usable (_ent_run_ref_at (run, p - 1)) &&
              purpose_after_object (run, _ent_run_ref_at (run, p - 1)))
            return subject_of_verb (run, previous_verb (run, (int)_ent_run_ref_at (run, p - 1)->first - 1),
                                    group, depth);
          /* "Sweden's bid to join NATO", "its decision to recognise": the
           * possessor of the noun is the subject of the infinitive. */
          if (possessor_before_noun (run, p - 1, group))
            return TRUE;
          /* "prompted Algeria to recall its ambassador": the object of the
           * verb before is the subject of the infinitive. */
          if (!np_started && _ent_run_usable (_ent_run_ref_at (run, p - 1)) && !_ent_run_ref_at (run, p - 1)->place &&
              !after_preposition (run, _ent_run_ref_at (run, p - 1)))
            {
              _ent_run_collect_left (run, _ent_run_ref_at (run, p - 1), group);
              return TRUE;
            }
          /* "sent advisers and drones to defend Tripoli": a purpose clause
           * belongs to the subject of the verb before it. */
          if (!np_started)
            return subject_of_verb (run, previous_verb (run, p - 1), group, depth);
          return FALSE;
        default:
          return FALSE;
        }
    }
  return FALSE;
}


/* Whether a relational noun with a name after it follows: "ally Hamas". */
static gboolean
relational_ahead (Run  *run,
                  guint p)
{
  for (guint q = p; q < run->last && q < p + 3; q++)
    if (_ent_run_relational_sign (run, q) != 0)
      return _ent_run_ref_at (run, q + 1) != NULL;
  return FALSE;
}

/* "Taiwan's rival, China", "Iran's ally Hezbollah": the name a
 * possessor's relational noun at most two words after @p stands for. */
static Ref *
relational_object (Run  *run,
                   guint p)
{
  for (guint q = p; q < run->last && q < p + 3; q++)
    if (_ent_run_relational_sign (run, q) != 0)
      {
        Ref *next = q + 1 < run->last && _ent_run_punct_is (run, q + 1, ",") && q + 2 < run->last
                    ? _ent_run_ref_at (run, q + 2) : _ent_run_ref_at (run, q + 1);

        return _ent_run_usable (next) && !next->place ? next : NULL;
      }
  return NULL;
}

static gboolean object_after (Run *run, guint pos, Group *group);

static gboolean
is_link_word (Run  *run,
              guint i)
{
  static const char *words[] = {
    "linked", "tied", "connected", "belonging", "bound", "affiliated", "owned", "headed", "flagged",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

static gboolean
object_of_noun (Run   *run,
                guint  noun,
                Group *group)
{
  guint p = noun + 2;
  Ref *ref;

  if (ent_lexicon_match_cue (run->lexicon, run->tokens, run->last, noun, NULL) != NULL)
    return FALSE;
  while (p < run->last && _ent_run_tag (run, p) == ENT_TAG_DET)
    p++;
  ref = _ent_run_ref_at (run, p);
  if (!_ent_run_usable (ref) || ref->place || ref->name_kind == ENT_NAME_SEAT)
    return FALSE;
  _ent_run_collect_right (run, ref, group);
  return TRUE;
}

/* The cue an -ing word at @p starts, as in "a resolution condemning
 * Pakistan", or NULL; @span gets its length in tokens. */
const EntCue *
_ent_run_participle_cue (Run   *run,
                         guint  p,
                         guint *span)
{
  if (p >= run->last || _ent_run_tag (run, p) != ENT_TAG_NONE || run->tokens[p].kind != ENT_TOKEN_WORD ||
      run->text[run->tokens[p].end - 1] != 'g')
    return NULL;
  return ent_lexicon_match_cue (run->lexicon, run->tokens, run->last, p, span);
}

/* The object after position @pos: "Syria", "the Syrian government", "the
 * government of Syria", "Russia's invasion", "the attack by Russia". */
static gboolean
object_after (Run   *run,
              guint  pos,
              Group *group)
{
  guint p = pos;
  guint nouns = 0;

  /* "condemned what it called China's provocations" */
  if (p + 2 < run->last && _ent_run_is (run, p, "what") &&
      (_ent_run_tag (run, p + 1) == ENT_TAG_PRON || _ent_run_ref_at (run, p + 1) != NULL) &&
      (_ent_run_is (run, p + 2, "called") || _ent_run_is (run, p + 2, "calls") ||
       _ent_run_is (run, p + 2, "described") || _ent_run_is (run, p + 2, "termed")))
    {
      p += 3;
      if (p < run->last && _ent_run_is (run, p, "as"))
        p++;
    }

  for (guint steps = 0; p < run->last && steps < MAX_SCAN; steps++)
    {
      Ref *ref = _ent_run_ref_at (run, p);
      EntTag tag = _ent_run_tag (run, p);

      if (ref != NULL)
        {
          if (!_ent_run_usable (ref))
            return FALSE;
          /* "drills around Taiwan", "an incursion into Ukraine": the
           * preposition belongs to the cue, the name is its target. */
          if (ref->place && nouns == 0 && !(p == pos && ref->first == pos && pos > run->first &&
                                            _ent_run_tag (run, pos - 1) == ENT_TAG_LOC_PREP))
            return FALSE;
          /* "its ally Hamas": the possessive pronoun is a determiner here. */
          if (((ref->pronoun && _ent_run_tag (run, ref->first) == ENT_TAG_POSS_PRON) ||
               (ref->name_kind == ENT_NAME_ADJECTIVE && p > pos)) &&
              relational_ahead (run, ref->last))
            {
              p = ref->last;
              continue;
            }
          /* "refuge to the anti-Taliban National Resistance Front": a name
           * after "anti-" or "pro-" qualifies the noun it comes before. */
          if (ref->first > run->first + 1 && ref->first == p && (run->tokens[p].flags & ENT_TOKEN_HYPHEN_BEFORE) &&
              (_ent_run_is (run, p - 1, "anti") || _ent_run_is (run, p - 1, "pro")) &&
              ref->last < run->last && run->tokens[ref->last].kind == ENT_TOKEN_WORD &&
              !run->is_verb[ref->last - run->first])
            {
              p = ref->last;
              continue;
            }
          /* "re-established relations with Taiwan's rival, China" */
          if (ref->possessive && ref->first == p && relational_object (run, ref->last) != NULL)
            {
              _ent_run_collect_right (run, relational_object (run, ref->last), group);
              return TRUE;
            }
          /* "met his Iranian counterpart": the name after the pronoun. */
          if (ref->pronoun && _ent_run_tag (run, ref->first) == ENT_TAG_POSS_PRON && ref->last < run->last &&
              _ent_run_usable (_ent_run_ref_at (run, ref->last)) && !_ent_run_ref_at (run, ref->last)->place)
            {
              p = ref->last;
              continue;
            }
          /* "along their border": a pronoun's thing, unless it is its
           * government or forces. */
          if (ref->pronoun && _ent_run_tag (run, ref->first) == ENT_TAG_POSS_PRON && ref->last < run->last &&
              _ent_run_tag (run, ref->last) != ENT_TAG_ORGAN && _ent_run_ref_at (run, ref->last) == NULL &&
              run->tokens[ref->last].kind == ENT_TOKEN_WORD)
            return FALSE;
          _ent_run_collect_right (run, ref, group);
          return TRUE;
        }
      if ((run->tokens[p].flags & ENT_TOKEN_QUOTE) && nouns == 0)
        {
          p++;
          continue;
        }
      /* "ships linked to Israel", "vessels bound for Russia" */
      if (nouns > 0 && p + 2 < run->last && is_link_word (run, p) &&
          (_ent_run_tag (run, p + 1) == ENT_TAG_TO || _ent_run_tag (run, p + 1) == ENT_TAG_PREP ||
           _ent_run_tag (run, p + 1) == ENT_TAG_BY) &&
          _ent_run_usable (_ent_run_ref_at (run, p + 2)) && !_ent_run_ref_at (run, p + 2)->place)
        {
          _ent_run_collect_right (run, _ent_run_ref_at (run, p + 2), group);
          return TRUE;
        }
      /* "the self-declared republic": the word after a hyphen belongs to
       * the word before, whatever it would be alone. */
      if (p > pos && _ent_run_is_hyphen (run, p) && p + 1 < run->last && run->tokens[p + 1].kind == ENT_TOKEN_WORD &&
          _ent_run_ref_at (run, p + 1) == NULL)
        {
          p += 2;
          continue;
        }
      if ((run->tokens[p].flags & ENT_TOKEN_HYPHEN_BEFORE) && p > pos && run->tokens[p].kind == ENT_TOKEN_WORD)
        {
          p++;
          continue;
        }
      /* "struck militias, including Kataib Hezbollah": the members named. */
      if (nouns > 0 && _ent_run_including_after (run, p, group))
        return TRUE;
      if (run->tokens[p].kind == ENT_TOKEN_PUNCT || run->is_verb[p - run->first])
        return FALSE;
      /* "backed a resolution condemning Pakistan": the name after belongs
       * to the participle's position, not to the verb's. */
      if (nouns > 0 && _ent_run_participle_cue (run, p, NULL) != NULL)
        return FALSE;
      switch (tag)
        {
        case ENT_TAG_DET:
        case ENT_TAG_ADJ:
        case ENT_TAG_ADV:
          p++;
          continue;
        case ENT_TAG_ORGAN:
          nouns++;
          p++;
          /* "the government of Syria", "the regime in Damascus" */
          if (p < run->last && (_ent_run_is (run, p, "of") || _ent_run_is (run, p, "in")))
            {
              Ref *next = _ent_run_ref_at (run, p + 1);

              if (_ent_run_usable (next))
                {
                  _ent_run_collect_right (run, next, group);
                  return TRUE;
                }
              p++;
            }
          continue;
        case ENT_TAG_NONE:
        case ENT_TAG_PEOPLE:
          if (run->tokens[p].kind == ENT_TOKEN_NUMBER || !(run->tokens[p].flags & ENT_TOKEN_CAPITALISED))
            {
              /* A plain noun: only its agent can be the target. */
              nouns++;
              if (nouns > 3)
                return FALSE;
              if (p + 1 < run->last && _ent_run_tag (run, p + 1) == ENT_TAG_BY &&
                  _ent_run_usable (_ent_run_ref_at (run, p + 2)))
                {
                  _ent_run_collect_right (run, _ent_run_ref_at (run, p + 2), group);
                  return TRUE;
                }
              /* "the policy of the United States", but not "the invasion
               * of Ukraine", which is a stance of its own. */
              if (p + 1 < run->last && _ent_run_is (run, p + 1, "of") && object_of_noun (run, p, group))
                return TRUE;
              p++;
              if (p < run->last && _ent_run_tag (run, p) != ENT_TAG_NONE &&
                  _ent_run_tag (run, p) != ENT_TAG_ORGAN && _ent_run_tag (run, p) != ENT_TAG_PEOPLE &&
                  !(run->tokens[p].flags & ENT_TOKEN_HYPHEN_BEFORE))
                return FALSE;
              continue;
            }
          return FALSE;
        default:
          return FALSE;
        }
    }
  return FALSE;
}

/* The group right after @pos, allowing only determiners before it. */
static gboolean
complement_after (Run   *run,
                  guint  pos,
                  Group *group)
{
  return object_after (run, pos, group);
}

/* Emits source × target pairs. */
static gboolean question_clause (Run *run, guint c0);
static gboolean denied_clause (Run *run, guint start);

void
_ent_run_emit (Run          *run,
      Group        *sources,
      Group        *targets,
      int           sign,
      double        confidence,
      const CueAt  *at)
{
  /* "did not say whether Iran had supplied", "dismissed reports that it
   * had sold": a question or a denied report takes no position, whatever
   * rule or frame found the words. */
  if (question_clause (run, at->start) || denied_clause (run, at->start))
    return;
  /* "Hungary and Slovakia, which ... voted against it": a pronoun or a
   * guess that lands on one of the sources means the parse went astray;
   * the other sources hold no position toward it. */
  if (targets->coref)
    for (guint s = 0; s < sources->n; s++)
      for (guint t = 0; t < targets->n; t++)
        if (sources->actors[s] == targets->actors[t] && sources->n > 1)
          return;

  for (guint s = 0; s < sources->n; s++)
    for (guint t = 0; t < targets->n; t++)
      {
        guint a = sources->actors[s], b = targets->actors[t];
        const char *fa, *fb;
        gpointer key, value;
        EntFoundStatement st;

        if (a == b)
          continue;
        fa = ent_gazetteer_fold_to_state (run->gazetteer, ent_gazetteer_get_actor (run->gazetteer, a)->id);
        fb = ent_gazetteer_fold_to_state (run->gazetteer, ent_gazetteer_get_actor (run->gazetteer, b)->id);
        if (g_strcmp0 (fa, fb) == 0)
          continue;

        key = GSIZE_TO_POINTER (((gsize)a << 33) | ((gsize)b << 1) | (sign > 0));
        st.source = a;
        st.target = b;
        st.sign = sign;
        st.confidence = CLAMP (confidence * ((sources->coref || targets->coref) ? 0.85 : 1.0), 0.05, 1.0);
        st.sentence_start = run->tokens[run->first].cstart;
        st.sentence_end = run->tokens[run->last - 1].cend;
        st.cue_start = run->tokens[at->start].cstart;
        st.cue_end = run->tokens[at->end - 1].cend;
        /* One position per pair and sign in a sentence: the one its
         * strongest cue gives ("visited Beijing, where he praised China"). */
        if (g_hash_table_lookup_extended (run->seen, key, NULL, &value))
          {
            EntFoundStatement *old = &g_array_index (run->out->statements, EntFoundStatement,
                                                     GPOINTER_TO_UINT (value));

            if (st.confidence <= old->confidence)
              continue;
            g_free (old->cue);
            st.cue = g_strndup (run->text + run->tokens[at->start].start,
                                run->tokens[at->end - 1].end - run->tokens[at->start].start);
            *old = st;
          }
        else
          {
            g_hash_table_insert (run->seen, key, GUINT_TO_POINTER (run->out->statements->len));
            st.cue = g_strndup (run->text + run->tokens[at->start].start,
                                run->tokens[at->end - 1].end - run->tokens[at->start].start);
            g_array_append_val (run->out->statements, st);
          }
        /* "Israel struck Doha. Egypt condemned the attack." */
        if (sign < 0 && at->cue != NULL && at->cue->strength >= 0.85 && !sources->coref)
          run->aggressor = (int)a;
      }
}

/* Every member of @group toward every other: "X and Y restored ties". */
void
_ent_run_emit_pairwise (Run         *run,
               Group       *group,
               int          sign,
               double       confidence,
               const CueAt *at)
{
  for (guint i = 0; i < group->n; i++)
    {
      Group one, others;

      _ent_run_group_init (&one);
      _ent_run_group_init (&others);
      one.actors[one.n++] = group->actors[i];
      one.coref = others.coref = group->coref;
      for (guint j = 0; j < group->n; j++)
        if (j != i)
          others.actors[others.n++] = group->actors[j];
      _ent_run_emit (run, &one, &others, sign, confidence, at);
    }
}

/* A negated cue gives no position, except that refusing to recognise or
 * to trust someone is opposition to them: "refused to recognise", "will
 * not recognise" (a decision, unlike "has not recognised"). */
static int
apply_negation (Run          *run,
                const EntCue *cue,
                gboolean      negated)
{
  if (!negated)
    return cue->sign;
  /* "will not recognise" refuses, "has not recognised" only has not yet;
   * but "does not trust", "can no longer rely on" say distrust. */
  return cue->flip_on_negation && cue->sign > 0 &&
         (run->refused || run->negated_modal || cue->distrust) ? -1 : 0;
}

/* Fallbacks when the parse finds no subject or object: the nearest actor
 * in the same clause, at a distance, never a place. They trade a little
 * precision for the long noun phrases the shallow parse cannot walk. */
static gboolean
clause_boundary (Run  *run,
                 guint i)
{
  EntTag tag = _ent_run_tag (run, i);

  return tag == ENT_TAG_SUB || tag == ENT_TAG_REL || tag == ENT_TAG_SAY || _ent_run_punct_is (run, i, ";:.?!") ||
         _ent_run_is_dash (run, i) || (run->tokens[i].flags & ENT_TOKEN_QUOTE) != 0;
}

static gboolean
nearest_left (Run   *run,
              int    pos,
              Group *group)
{
  for (int p = pos; p >= (int)run->first && p > pos - 12; p--)
    {
      Ref *ref = _ent_run_ref_at (run, p);
      int skip;

      if (ref == NULL && (clause_boundary (run, (guint)p) || run->is_verb[p - run->first]))
        return FALSE;
      /* "after protesters stormed the embassy": people who are no actor
       * are the subject, unless an actor names them ("Houthi fighters"). */
      if (ref == NULL && _ent_run_tag (run, p) == ENT_TAG_PEOPLE &&
          !(run->tokens[p].flags & ENT_TOKEN_CAPITALISED) && run->tokens[p].kind == ENT_TOKEN_WORD)
        {
          Ref *owner = p > (int)run->first ? _ent_run_ref_at (run, p - 1) : NULL;

          if (!_ent_run_usable (owner) || owner->place || backer_affix (run, owner))
            return FALSE;
          _ent_run_collect_left (run, owner, group);
          group->coref = TRUE;
          return TRUE;
        }
      if (ref != NULL && backer_affix (run, ref))
        return FALSE;
      /* "The militants, known locally as al-Shabab, pledged" */
      if (_ent_run_punct_is (run, (guint)p, ",") && (skip = skip_parenthetical (run, p)) >= 0)
        {
          p = skip + 1;
          continue;
        }
      if (_ent_run_usable (ref) && !ref->place)
        {
          _ent_run_collect_left (run, ref, group);
          group->coref = TRUE;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
nearest_right (Run   *run,
               guint  pos,
               Group *group)
{
  for (guint p = pos; p < run->last && p < pos + 10; p++)
    {
      Ref *ref = _ent_run_ref_at (run, p);

      EntTag tag = _ent_run_tag (run, p);

      if ((ref == NULL && clause_boundary (run, p)) || run->is_verb[p - run->first] || _ent_run_punct_is (run, p, ",") ||
          ((tag == ENT_TAG_PREP || tag == ENT_TAG_LOC_PREP || tag == ENT_TAG_TO) && !_ent_run_is (run, p, "of")))
        return FALSE;
      /* "backed a resolution condemning Pakistan" (see object_after()) */
      if (ref == NULL && p > pos && _ent_run_participle_cue (run, p, NULL) != NULL)
        return FALSE;
      /* "promised to stand by their ally": a determiner, not the target. */
      if (ref != NULL && ref->pronoun && _ent_run_tag (run, ref->first) == ENT_TAG_POSS_PRON)
        return FALSE;
      if (_ent_run_usable (ref) && !ref->place)
        {
          _ent_run_collect_right (run, ref, group);
          group->coref = TRUE;
          return TRUE;
        }
    }
  return FALSE;
}

/* "accused Ethiopia of violating its sovereignty": the charge is the
 * accuser's claim, not a position of the accused. */
static gboolean
reported_charge (Run  *run,
                 guint c0)
{
  Ref *accused;
  int p;

  if (c0 < run->first + 3 || !_ent_run_is (run, c0 - 1, "of"))
    return FALSE;
  accused = _ent_run_ref_at (run, (int)c0 - 2);
  if (accused == NULL)
    return FALSE;
  p = (int)accused->first - 1;
  /* "accused by Kinshasa of backing": the accuser stands there. */
  if (p > (int)run->first && _ent_run_tag (run, p) == ENT_TAG_BY)
    p--;
  return p >= (int)run->first &&
         (_ent_run_is (run, p, "accused") || _ent_run_is (run, p, "accuses") || _ent_run_is (run, p, "accuse") ||
          _ent_run_is (run, p, "accusing") || _ent_run_is (run, p, "suspected") || _ent_run_is (run, p, "suspects") ||
          _ent_run_is (run, p, "charged") || _ent_run_is (run, p, "blamed"));
}

/* "warned Beijing against supplying weapons to Moscow", "cautioned
 * against sending troops": what one is warned against has not been done. */
static gboolean
warned_against (Run         *run,
                const CueAt *at)
{
  return at->cue->form == ENT_FORM_ING && at->start > run->first &&
         _ent_run_is (run, at->start - 1, "against");
}

/* "asked whether Serbia would recognise Kosovo": a question is not a
 * position taken. (A condition often is one the story takes for granted:
 * "could respond if China attacked Taiwan".) */
static gboolean
question_clause (Run   *run,
                 guint  c0)
{
  for (int p = (int)c0 - 1, k = 0; p >= (int)run->first && k < 8; p--, k++)
    {
      if (_ent_run_is (run, p, "whether"))
        return TRUE;
      if (_ent_run_punct_is (run, p, ",;:") || _ent_run_tag (run, p) == ENT_TAG_SUB ||
          _ent_run_tag (run, p) == ENT_TAG_REL || _ent_run_tag (run, p) == ENT_TAG_CONJ ||
          _ent_run_tag (run, p) == ENT_TAG_SAY)
        return FALSE;
    }
  return FALSE;
}

/* "the killing of the commander, blamed on Israel": a participle that
 * names who is blamed but not who blames. */
static gboolean
reduced_blame (Run         *run,
               const CueAt *at)
{
  EntTag before;

  if (!g_str_has_prefix (at->cue->phrase, "blame") || at->start == run->first ||
      (at->cue->form != ENT_FORM_PAST && at->cue->form != ENT_FORM_PARTICIPLE))
    return FALSE;
  before = _ent_run_tag (run, at->start - 1);
  return _ent_run_punct_is (run, at->start - 1, ",") ||
         (before == ENT_TAG_NONE && _ent_run_ref_at (run, (int)at->start - 1) == NULL &&
          !(run->tokens[at->start - 1].flags & ENT_TOKEN_CAPITALISED));
}

/* Whether the object of the verb is missing where it should be: the verb
 * ends its clause or a preposition follows ("two groups New Delhi has
 * accused of attacks", "Iran, which Israel attacked in June"). */
static gboolean
object_gap (Run         *run,
            const CueAt *at)
{
  guint q = at->end;

  while (q < run->last && _ent_run_tag (run, q) == ENT_TAG_ADV)
    q++;
  return q >= run->last || _ent_run_punct_is (run, q, ",.;:") ||
         _ent_run_tag (run, q) == ENT_TAG_PREP || _ent_run_tag (run, q) == ENT_TAG_LOC_PREP ||
         _ent_run_tag (run, q) == ENT_TAG_SUB || _ent_run_tag (run, q) == ENT_TAG_CONJ;
}

static gboolean
is_event (Run  *run,
          guint i)
{
  static const char *events[] = {
    "attack", "attacks", "strike", "strikes", "raid", "raids", "offensive", "invasion", "incursion",
    "assault", "bombing", "bombings", "shelling", "bombardment", "killing", "killings", "airstrike",
    "airstrikes", "intrusion", "incursions", "operation", "aggression", "massacre",
    "crackdown", "blockade", "seizure", "annexation", "storming", "shootdown",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, events, G_N_ELEMENTS (events), run->tokens[i].hash);
}

/* "condemned the attack", "denounced the raid": with no author named,
 * the attack is the last one the text reported. */
static gboolean
event_author (Run   *run,
              guint  pos,
              Group *group)
{
  guint p = pos;

  if (run->aggressor < 0 || p >= run->last || !(_ent_run_is (run, p, "the") || _ent_run_is (run, p, "this") ||
                                                _ent_run_is (run, p, "these")))
    return FALSE;
  p++;
  while (p < run->last && (_ent_run_tag (run, p) == ENT_TAG_ADJ || _ent_run_is (run, p, "latest") ||
                           _ent_run_is (run, p, "deadly") || _ent_run_is (run, p, "air") ||
                           _ent_run_is (run, p, "drone") || _ent_run_is (run, p, "missile")))
    p++;
  if (p >= run->last || !is_event (run, p))
    return FALSE;
  /* "the attack on Kabul by gunmen", "the strikes in Syria": said here. */
  if (p + 1 < run->last && (_ent_run_tag (run, p + 1) == ENT_TAG_PREP || _ent_run_tag (run, p + 1) == ENT_TAG_BY ||
                            _ent_run_tag (run, p + 1) == ENT_TAG_LOC_PREP))
    return FALSE;
  group->actors[group->n++] = (guint)run->aggressor;
  group->coref = TRUE;
  group->first = group->last = p;
  return TRUE;
}

/* "dismissed reports that", "denied claims that", "rejected allegations
 * that": a report ending at @p that the sentence denies. */
static gboolean
dismissed_report (Run *run,
                  int  p)
{
  static const char *reports[] = {
    "reports", "report", "claims", "claim", "allegations", "allegation", "rumours", "rumors",
    "suggestions", "speculation", "accusations",
  };
  static const char *denials[] = {
    "dismissed", "dismisses", "dismiss", "rejected", "rejects", "reject", "refuted", "refutes",
    "denied", "denies", "deny", "brushed",
  };
  static EntWordMap *reports_once, *denials_once;

  if (p <= (int)run->first ||
      !ent_word_set_contains (&reports_once, reports, G_N_ELEMENTS (reports), run->tokens[p].hash))
    return FALSE;
  for (int q = p - 1, k = 0; q >= (int)run->first && k < 3; q--, k++)
    if (ent_word_set_contains (&denials_once, denials, G_N_ELEMENTS (denials), run->tokens[q].hash))
      return TRUE;
  return FALSE;
}

/* "denied that his government supports the M23": a clause someone denies
 * is no position. The clause's subject starts within a few tokens of
 * "that" after the denying verb. */
static gboolean
denied_clause (Run   *run,
               guint  start)
{
  for (int p = (int)start - 1, k = 0; p > (int)run->first && k < 6; p--, k++)
    {
      if (_ent_run_is (run, p, "that"))
        return _ent_run_tag (run, p - 1) == ENT_TAG_REFUSE ||
               (p - 2 >= (int)run->first && _ent_run_tag (run, p - 2) == ENT_TAG_REFUSE &&
                _ent_run_tag (run, p - 1) == ENT_TAG_ADV) ||
               dismissed_report (run, p - 1);
      if (run->tokens[p].kind == ENT_TOKEN_PUNCT || run->is_verb[p - run->first] ||
          _ent_run_tag (run, p) == ENT_TAG_SAY)
        return FALSE;
    }
  return FALSE;
}

/* "abstained from a vote condemning Russia": a participle after a plain
 * noun says what the noun does; with no actor in that noun phrase
 * ("a U.N. resolution condemning"), nobody takes the position. */
static gboolean
participle_of_noun (Run         *run,
                    const CueAt *at,
                    guint        start)
{
  int p = (int)start - 1;

  if (at->cue->form != ENT_FORM_ING || start != at->start || p <= (int)run->first)
    return FALSE;
  if (run->tokens[p].kind != ENT_TOKEN_WORD || (run->tokens[p].flags & ENT_TOKEN_CAPITALISED) ||
      !(_ent_run_tag (run, p) == ENT_TAG_NONE || _ent_run_tag (run, p) == ENT_TAG_VERB) ||
      _ent_run_ref_at (run, p) != NULL || run->is_verb[p - run->first] ||
      _ent_run_past_tense_word (run, p) || ends_in_ing (run, p))
    return FALSE;
  for (int q = p - 1, k = 0; q >= (int)run->first && k < 4; q--, k++)
    {
      Ref *ref = _ent_run_ref_at (run, q);

      if (ref != NULL)
        return FALSE;
      if (_ent_run_tag (run, q) == ENT_TAG_DET)
        return TRUE;
      if (!(_ent_run_tag (run, q) == ENT_TAG_ADJ || (_ent_run_tag (run, q) == ENT_TAG_NONE &&
                                                    run->tokens[q].kind == ENT_TOKEN_WORD)))
        return FALSE;
    }
  return FALSE;
}

/* "shot down drones fired at Israel by Iran": a past participle after
 * the object of another verb starts a reduced relative clause; whoever
 * acts is the agent after "by", or nobody named. */
static gboolean
reduced_relative (Run         *run,
                  const CueAt *at,
                  guint        start)
{
  int p = (int)start - 1;

  if (!(at->cue->form == ENT_FORM_PAST || at->cue->form == ENT_FORM_PARTICIPLE) ||
      start != at->start || p <= (int)run->first)
    return FALSE;
  /* "drones", "missiles", "fighters", "aid" */
  if (run->tokens[p].kind != ENT_TOKEN_WORD || (run->tokens[p].flags & ENT_TOKEN_CAPITALISED) ||
      !(_ent_run_tag (run, p) == ENT_TAG_NONE || _ent_run_tag (run, p) == ENT_TAG_ORGAN ||
        _ent_run_tag (run, p) == ENT_TAG_PEOPLE) || _ent_run_ref_at (run, p) != NULL ||
      run->is_verb[p - run->first] || _ent_run_past_tense_word (run, p) || ends_in_ing (run, p))
    return FALSE;
  for (int q = p - 1, k = 0; q >= (int)run->first && k < 4; q--, k++)
    {
      if (_ent_run_ref_at (run, q) != NULL)
        return FALSE;
      /* "intercepted", "shot down", "was tracking" */
      if (run->is_verb[q - run->first] || _ent_run_tag (run, q) == ENT_TAG_LIGHT ||
          _ent_run_past_tense_word (run, q) || ends_in_ing (run, q) || _ent_run_is (run, q, "shot"))
        return TRUE;
      if (!(_ent_run_tag (run, q) == ENT_TAG_ADJ || _ent_run_tag (run, q) == ENT_TAG_DET ||
            run->tokens[q].kind == ENT_TOKEN_NUMBER ||
            (_ent_run_tag (run, q) == ENT_TAG_NONE && run->tokens[q].kind == ENT_TOKEN_WORD &&
             !(run->tokens[q].flags & ENT_TOKEN_CAPITALISED))))
        return FALSE;
    }
  return FALSE;
}

/* "Tokyo and Canberra signed a pact, a move Beijing criticised": a noun
 * for the act in apposition to the clause; its target is the clause's
 * subject. */
static gboolean
clause_apposition (Run   *run,
                   int    pos,
                   Group *group)
{
  static const char *words[] = {
    "move", "step", "decision", "deal", "action", "measure", "gesture", "visit", "trip", "plan",
    "contribution", "deployment", "sale", "policy",
  };
  static EntWordMap *once;
  int p = pos;

  if (p >= (int)run->first && _ent_run_is (run, p, "that"))
    p--;
  if (p < (int)run->first + 2 || !ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash))
    return FALSE;
  p--;
  while (p > (int)run->first && _ent_run_tag (run, p) == ENT_TAG_ADJ)
    p--;
  if (_ent_run_tag (run, p) != ENT_TAG_DET || !_ent_run_punct_is (run, p - 1, ","))
    return FALSE;
  return main_subject (run, p - 1, group);
}

/* "urged Tbilisi to align with", "asked Ankara to back": what someone is
 * asked to do is not yet their position. */
static gboolean
asked_to (Run   *run,
          guint  start)
{
  static const char *words[] = {
    "urged", "urges", "urge", "urging", "asked", "asks", "ask", "asking", "pressed", "presses",
    "press", "pressing", "encouraged", "encourages", "encourage", "invited", "invites", "invite",
    "called", "calls", "call", "told", "tells", "pushed", "pushes", "pressured", "pressuring",
  };
  static EntWordMap *once;
  Ref *asked;
  int p;

  if (start < run->first + 3 || _ent_run_tag (run, start - 1) != ENT_TAG_TO)
    return FALSE;
  asked = _ent_run_ref_at (run, (int)start - 2);
  if (!_ent_run_usable (asked))
    return FALSE;
  p = (int)asked->first - 1;
  if (p > (int)run->first && (_ent_run_is (run, p, "on") || _ent_run_is (run, p, "upon")))
    p--;
  return p >= (int)run->first && ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash);
}

/* "the M23, whom Congo says Rwanda supports": the relative pronoun before
 * a reporting clause, or @pos itself. */
static int
reported_gap (Run *run,
              int  pos)
{
  if (pos <= (int)run->first || _ent_run_tag (run, pos) != ENT_TAG_SAY)
    return pos;
  for (int q = pos - 1; q >= (int)run->first && q > pos - 10; q--)
    {
      if (_ent_run_tag (run, q) == ENT_TAG_REL || _ent_run_is (run, q, "that"))
        return q;
      if (run->tokens[q].kind == ENT_TOKEN_PUNCT || run->is_verb[q - run->first])
        break;
    }
  return pos;
}

/* Verbs of harm done to no one named: "threatened the peace of the
 * region", "undermined stability". */
static gboolean
is_harm_verb (Run  *run,
              guint i)
{
  static const char *words[] = {
    "threaten", "threatens", "threatened", "threatening", "undermine", "undermines", "undermined",
    "undermining", "violate", "violates", "violated", "violating", "destabilise", "destabilises",
    "destabilised", "destabilising", "destabilize", "destabilizes", "destabilized", "destabilizing",
    "endanger", "endangers", "endangered", "endangering", "jeopardise", "jeopardised", "jeopardize",
    "jeopardized", "provoke", "provoked", "provokes", "provoking", "escalate", "escalated",
    "escalates", "escalating", "inflame", "inflamed", "inflames", "stoke", "stoked", "stokes",
    "stoking", "sabotage", "sabotaged", "sabotaging", "harm", "harmed", "harms", "disrupt",
    "disrupted", "disrupts", "disrupting",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "Cuba said the U.S. deployment threatened the peace of the region",
 * "China said Washington was undermining stability": harm the speaker
 * reports, done to no actor named, is the speaker's charge against whoever
 * did it. @agents is the subject of the verb at @at. */
static void
reported_harm (Run         *run,
               Group       *agents,
               const CueAt *at)
{
  Group speakers;

  if (!is_harm_verb (run, at->start) || agents->coref || agents->first == G_MAXUINT)
    return;
  _ent_run_group_init (&speakers);
  for (int p = (int)agents->first - 1; p >= (int)run->first && p >= (int)agents->first - 4; p--)
    {
      if (_ent_run_tag (run, p) == ENT_TAG_SAY)
        {
          if (!subject_of_verb (run, p, &speakers, 0) || speakers.coref)
            return;
          _ent_run_emit (run, &speakers, agents, -1, at->cue->strength * 0.6, at);
          return;
        }
      if (!_ent_run_is (run, p, "that") && _ent_run_tag (run, p) != ENT_TAG_DET &&
          _ent_run_tag (run, p) != ENT_TAG_ADJ && _ent_run_tag (run, p) != ENT_TAG_ADV)
        return;
    }
}

static gboolean clause_apposition (Run *run, int pos, Group *group);

/* "a move welcomed by Malaysia and condemned by the United States", "was
 * praised by Egypt but criticised by Ethiopia": a passive joined to
 * another shares its subject. */
static gboolean
shares_passive_subject (Run   *run,
                        guint  start,
                        Group *targets)
{
  int p = (int)start - 1;

  if (p <= (int)run->first || !(_ent_run_is (run, p, "and") || _ent_run_is (run, p, "but")))
    return FALSE;
  for (int q = p - 1, k = 0; q > (int)run->first && k < 8; q--, k++)
    {
      if (_ent_run_tag (run, q) == ENT_TAG_BY)
        {
          gboolean negated = FALSE, be = FALSE, modal = FALSE;
          guint first;

          if (!(run->is_verb[q - 1 - run->first] || _ent_run_past_tense_word (run, q - 1)))
            return FALSE;
          first = _ent_run_verb_group_start (run, (guint)q - 1, &negated, &be, &modal);
          return subject_of (run, (int)first - 1, targets, 0) ||
                 clause_apposition (run, (int)first - 1, targets);
        }
      if (clause_boundary (run, (guint)q))
        return FALSE;
    }
  return FALSE;
}

static gboolean
against_object (Run   *run,
                guint  after_cue,
                guint  object)
{
  static const char *words[] = {
    "fight", "war", "campaign", "struggle", "battle", "offensive", "coalition", "crackdown",
    "operation", "operations", "effort", "efforts", "push", "resistance", "alliance", "sanctions",
  };
  static EntWordMap *once;
  guint p = object;

  if (object == G_MAXUINT || object < after_cue + 2)
    return FALSE;
  while (p > after_cue && _ent_run_tag (run, p - 1) == ENT_TAG_DET)
    p--;
  if (!_ent_run_is (run, p - 1, "against"))
    return FALSE;
  for (guint q = after_cue; q + 1 < p; q++)
    if (ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[q].hash))
      return TRUE;
  return FALSE;
}

/* "suspended talks on joining the EU", "froze plans for buying": -1
 * when ending the talks reverses the gerund at @start they are about. */
static int
talks_reversal (Run   *run,
                guint  start)
{
  int v = (int)start - 3;

  if (start <= run->first + 2 ||
      !(_ent_run_is (run, start - 1, "on") || _ent_run_is (run, start - 1, "about") ||
        _ent_run_is (run, start - 1, "for") || _ent_run_is (run, start - 1, "of")) ||
      !(_ent_run_is (run, start - 2, "talks") || _ent_run_is (run, start - 2, "negotiations") ||
        _ent_run_is (run, start - 2, "plans") || _ent_run_is (run, start - 2, "process") ||
        _ent_run_is (run, start - 2, "efforts") || _ent_run_is (run, start - 2, "bid")))
    return 1;
  while (v >= (int)run->first && (_ent_run_tag (run, v) == ENT_TAG_DET ||
                                  _ent_run_tag (run, v) == ENT_TAG_POSS_PRON ||
                                  _ent_run_tag (run, v) == ENT_TAG_ADJ))
    v--;
  return v >= (int)run->first && _ent_run_is_reversal (run, v) ? -1 : 1;
}

/* "sanctioned Chinese firms for supplying Russia", "praised Qatar for
 * mediating": the object of the verb before "for" does what the gerund
 * at @start says. Returns TRUE when it did, or is no actor; FALSE for
 * the sentence's subject to do it ("was criticised for backing"). */
static gboolean
gerund_after_object (Run         *run,
                     const CueAt *at,
                     guint        start,
                     int          sign)
{
  Group sources, targets;
  gboolean object = FALSE;
  Ref *doer = NULL;
  int v;

  if (start <= run->first + 1 || !_ent_run_is (run, start - 1, "for"))
    return FALSE;
  v = previous_verb (run, (int)start - 2);
  for (guint p = v >= 0 ? (guint)v + 1 : start - 1; p < start - 1 && doer == NULL; p++)
    {
      doer = _ent_run_ref_at (run, p);
      object |= run->tokens[p].kind == ENT_TOKEN_WORD && _ent_run_tag (run, p) != ENT_TAG_ADV;
    }
  if (!object && doer == NULL)
    return FALSE;
  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  if (_ent_run_usable (doer) && !doer->place && !doer->possessive &&
      object_after (run, (guint)v + 1, &sources) && sources.last <= start - 1 &&
      object_after (run, at->end, &targets))
    _ent_run_emit (run, &sources, &targets, sign, at->cue->strength * 0.9, at);
  return TRUE;
}

static gboolean is_mutual (Run *run, const CueAt *at);

static void
rule_verb (Run         *run,
           const CueAt *at)
{
  gboolean negated = FALSE, be = FALSE, modal = FALSE, passive;
  Group sources, targets;
  guint start;
  int sign;

  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  if (reported_charge (run, at->start) || reduced_blame (run, at) || warned_against (run, at) ||
      question_clause (run, at->start))
    return;
  start = _ent_run_verb_group_start (run, at->start, &negated, &be, &modal);
  run->negated_modal = negated && modal;
  passive = (at->cue->form == ENT_FORM_PAST || at->cue->form == ENT_FORM_PARTICIPLE ||
             (at->cue->pos == ENT_CUE_PHRASE && at->end == at->start + 1 && _ent_run_past_tense_word (run, (int)at->start))) &&
            (be || (at->end < run->last && _ent_run_tag (run, at->end) == ENT_TAG_BY));
  /* "after being hit by": a verb whose forms are all alike */
  passive |= be && at->end < run->last && _ent_run_tag (run, at->end) == ENT_TAG_BY;
  if ((sign = apply_negation (run, at->cue, negated)) == 0)
    return;
  /* "to seek support against Ethiopia": "against" says whom it is for. */
  if (sign > 0 && at->end < run->last && _ent_run_is (run, at->end, "against"))
    return;

  if (passive)
    {
      guint by = at->end;

      /* "is designated a terrorist organisation by Turkey" */
      while (by < run->last && by < at->end + 6 && _ent_run_tag (run, by) != ENT_TAG_BY &&
             (_ent_run_tag (run, by) == ENT_TAG_DET || _ent_run_tag (run, by) == ENT_TAG_ADJ ||
              (_ent_run_tag (run, by) == ENT_TAG_NONE && run->tokens[by].kind == ENT_TOKEN_WORD &&
               _ent_run_ref_at (run, by) == NULL)))
        by++;
      if (by >= run->last || _ent_run_tag (run, by) != ENT_TAG_BY ||
          !complement_after (run, by + 1, &sources))
        return;
      /* "the jet crashed in Kazakhstan after being hit by Russian air
       * defences": what was hit is the subject of the clause before, not
       * the place just before "after". */
      if (start > run->first && _ent_run_is (run, start, "being") &&
          (_ent_run_tag (run, start - 1) == ENT_TAG_PREP || _ent_run_tag (run, start - 1) == ENT_TAG_SUB ||
           _ent_run_tag (run, start - 1) == ENT_TAG_LOC_PREP))
        {
          int v = previous_verb (run, (int)start - 2);

          if (v >= 0 ? !subject_of_verb (run, v, &targets, 0) : !main_subject (run, (int)start - 2, &targets))
            return;
        }
      /* "Russian forces, backed by North Korean troops, retook Kursk" */
      else if (start >= run->first + 2 && _ent_run_punct_is (run, start - 1, ",") &&
          _ent_run_usable (_ent_run_ref_at (run, (int)start - 2)) &&
          !_ent_run_ref_at (run, (int)start - 2)->place)
        _ent_run_collect_left (run, _ent_run_ref_at (run, (int)start - 2), &targets);
      /* "a move welcomed by Malaysia and condemned by the United States" */
      else if (shares_passive_subject (run, start, &targets))
        ;
      /* "paid for the mission, a contribution criticised by Congo" */
      else if (!subject_of (run, (int)start - 1, &targets, 0) &&
               !clause_apposition (run, (int)start - 1, &targets))
        return;
      _ent_run_emit (run, &sources, &targets, sign, at->cue->strength * 0.95, at);
      return;
    }

  if (asked_to (run, start) || denied_clause (run, start) || participle_of_noun (run, at, start))
    return;
  if (at->cue->form == ENT_FORM_ING && start == at->start)
    {
      sign *= talks_reversal (run, start);
      if (gerund_after_object (run, at, start, sign))
        return;
    }
  if (reduced_relative (run, at, start))
    {
      if (object_after (run, at->end, &targets) && targets.last < run->last &&
          _ent_run_tag (run, targets.last) == ENT_TAG_BY &&
          complement_after (run, targets.last + 1, &sources))
        _ent_run_emit (run, &sources, &targets, sign, at->cue->strength * 0.95, at);
      return;
    }
  if (start > run->first && _ent_run_is (run, start - 1, "those"))
    {
      /* "Among those condemning Moscow were Germany, France and Britain" */
      if (object_after (run, at->end, &targets) && those_include (run, targets.last, &sources))
        _ent_run_emit (run, &sources, &targets, sign, at->cue->strength, at);
      return;
    }
  if (!subject_of (run, (int)start - 1, &sources, 0) &&
      !nearest_left (run, (int)start - 1, &sources))
    return;
  if (sources.n >= 2 && sources.first != G_MAXUINT)
    run->last_plural = sources;
  if (at->cue->reciprocal || (sources.n >= 2 && each_other (run, at->end)))
    {
      if (sources.n >= 2)
        _ent_run_emit_pairwise (run, &sources, sign, at->cue->strength * 0.9, at);
      return;
    }
  if (!object_after (run, at->end, &targets) && !(sign < 0 && event_author (run, at->end, &targets)) &&
      !nearest_right (run, at->end, &targets) &&
      !(object_gap (run, at) && (_ent_run_appositive_head (run, reported_gap (run, (int)sources.first - 1), &targets) ||
                                 clause_apposition (run, (int)sources.first - 1, &targets))))
    {
      if (sign < 0 && !negated)
        reported_harm (run, &sources, at);
      return;
    }
  /* "joined the fight against al-Shabab", "backed the campaign against
   * Iran": support for a struggle against someone opposes them. */
  if (sign > 0 && against_object (run, at->end, targets.first))
    sign = -sign;
  _ent_run_emit (run, &sources, &targets, sign, at->cue->strength * (modal ? 0.9 : 1.0), at);
  /* "Egypt signed a defence pact with Somalia", "clashed with". */
  if (sign == at->cue->sign && !modal && is_mutual (run, at))
    _ent_run_emit (run, &targets, &sources, sign, at->cue->strength * 0.8, at);
  /* "condemned the Iranian attack": Iran is the attacker spoken of. */
  if (sign < 0 && !targets.coref && targets.last < run->last && is_event (run, targets.last))
    run->aggressor = (int)targets.actors[0];
}

/* Who holds the position a noun or an adjective names: "Iran's support
 * for", "expressed support for", "is hostile to", "Y, an ally of". */
static void
word_set (const char **words,
          guint        n,
          int          value,
          EntWordMap  *set)
{
  for (guint k = 0; k < n; k++)
    ent_word_map_insert (set, ent_text_hash_str (words[k]), GINT_TO_POINTER (value));
}

/* A map of words to +1 or -1, built once and shared by every thread. */
EntWordMap *
_ent_run_build_signed_words (EntWordMap  **once,
                             const char  **good,
                             guint         n_good,
                             const char  **bad,
                             guint         n_bad)
{
  if (g_once_init_enter (once))
    {
      EntWordMap *set = g_new0 (EntWordMap, 1);

      ent_word_map_init (set);
      word_set (good, n_good, 1, set);
      word_set (bad, n_bad, -1, set);
      g_once_init_leave (once, set);
    }
  return *once;
}

/* Verbs that end what the noun names: "suspended its partnership with",
 * "lifted sanctions on". */
gboolean
_ent_run_is_reversal (Run *run,
             int  p)
{
  static const char *words[] = {
    "suspend", "suspends", "suspended", "suspending", "end", "ends", "ended", "ending", "cut",
    "cuts", "cutting", "halt", "halts", "halted", "freeze", "froze", "frozen", "freezes", "cancel",
    "cancelled", "canceled", "cancels", "scrap", "scrapped", "scraps", "terminate", "terminated",
    "break", "broke", "broken", "breaks", "downgrade", "downgraded", "abandon", "abandoned",
    "sever", "severed", "lift", "lifted", "lifts", "ease", "eased", "eases", "drop", "dropped",
    "revoke", "revoked", "quit", "renounce", "renounced", "withdrew", "withdraw", "withdrawn",
    "strain", "strained", "strains", "straining", "sour", "soured", "sours", "souring", "damage",
    "damaged", "damages", "damaging", "worsen", "worsened", "worsens", "poison", "poisoned", "poisons",
    "undermine", "undermined", "undermines", "undermining", "jeopardise", "jeopardised",
    "jeopardize", "jeopardized",
  };

  static EntWordMap *once;
  EntWordMap *set = _ent_run_signed_words (&once, words, G_N_ELEMENTS (words), NULL, 0);

  return p >= (int)run->first && p < (int)run->last &&
         ent_word_map_lookup (set, run->tokens[p].hash) != NULL;
}

/* Nouns that count what follows "of": "two days of drills". */
static gboolean
is_quantity (Run *run,
             int  p)
{
  static const char *words[] = {
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "round", "rounds",
    "series", "wave", "waves", "barrage", "string", "spate", "number", "dozens", "hundreds",
    "thousands", "volley", "salvo", "campaign", "decades", "night", "nights", "euros", "dollars",
    "million", "billion", "pounds", "yuan", "rubles", "roubles", "package", "packages", "raft", "slew",
    "batch", "tranche", "set",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash);
}

/* "reaffirmed its unwavering support for": a possessive pronoun, the
 * verb's determiner, before adjectives only, holds the noun after them;
 * not in "most of its own disputes with", nor "its government a vassal of". */
static gboolean
pronoun_before_adjectives (Run   *run,
                           Ref   *ref,
                           guint  noun)
{
  if (!ref->pronoun || _ent_run_tag (run, ref->first) != ENT_TAG_POSS_PRON || noun > ref->last + 3 ||
      (ref->first > run->first && (_ent_run_tag (run, ref->first - 1) == ENT_TAG_PREP ||
                                   _ent_run_tag (run, ref->first - 1) == ENT_TAG_LOC_PREP)))
    return FALSE;
  for (guint q = ref->last; q < noun; q++)
    if (!(_ent_run_tag (run, q) == ENT_TAG_ADJ || _ent_run_tag (run, q) == ENT_TAG_ADV ||
          (_ent_run_tag (run, q) == ENT_TAG_NONE && run->tokens[q].kind == ENT_TOKEN_WORD &&
           !(run->tokens[q].flags & ENT_TOKEN_CAPITALISED) && !_ent_run_is (run, q, "own"))))
      return FALSE;
  return TRUE;
}

/* Whether a participle after a text noun ("a resolution demanding",
 * "a statement calling for") comes in the few words before @p. */
static gboolean
text_participle_before (Run *run,
                        int  p)
{
  for (int q = p - 1, k = 0; q > (int)run->first && k < 4; q--, k++)
    if (ends_in_ing (run, q) && _ent_run_is_text_noun (run, (guint)q - 1))
      return TRUE;
  return FALSE;
}

/* Nouns for an act that shows a position: "a show of support for". */
static gboolean
is_gesture (Run *run,
            int  p)
{
  static const char *words[] = {
    "show", "sign", "gesture", "message", "expression", "demonstration", "display", "token",
    "signal",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash);
}

/* Verbs of third parties to a deal: "brokered the truce", "hosted the
 * talks". Their subject is not a party to what the noun names. */
static gboolean
is_mediation (Run *run,
              int  p)
{
  static const char *words[] = {
    "broker", "brokers", "brokered", "brokering", "mediate", "mediates", "mediated", "mediating",
    "facilitate", "facilitated", "facilitates", "host", "hosts", "hosted", "hosting", "monitor",
    "monitors", "monitored", "oversee", "oversees", "oversaw", "guarantee", "guaranteed",
    "guarantees", "arrange", "arranged", "negotiated", "consolidate", "welcome", "welcomed",
    "welcomes", "praised", "hailed", "urged", "called", "demanded",
  };
  static EntWordMap *once;

  return p >= (int)run->first && p < (int)run->last &&
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash);
}

/* "does not believe the CSTO is a reliable guarantor": the believer, when
 * the clause holding a position is the object of a negated belief. */
static gboolean
negated_believer (Run   *run,
                  Group *subject,
                  Group *believer)
{
  int p = (int)subject->first - 1;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  guint start;

  if (subject->first == G_MAXUINT)
    return FALSE;
  while (p >= (int)run->first && (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_is (run, p, "that")))
    p--;
  if (p < (int)run->first ||
      !(_ent_run_is (run, p, "believe") || _ent_run_is (run, p, "believes") || _ent_run_is (run, p, "think") ||
        _ent_run_is (run, p, "thinks") || _ent_run_is (run, p, "consider") || _ent_run_is (run, p, "considers") ||
        _ent_run_is (run, p, "trust") || _ent_run_is (run, p, "see") || _ent_run_is (run, p, "sees")))
    return FALSE;
  start = _ent_run_verb_group_start (run, (guint)p, &negated, &be, &modal);
  return negated && subject_of (run, (int)start - 1, believer, 0);
}

/* "broke off its ties", "cut off relations" */
static gboolean
particle (Run *run,
          int  p)
{
  return p > (int)run->first && (_ent_run_is (run, p, "off") || _ent_run_is (run, p, "down") ||
                                 _ent_run_is (run, p, "up"));
}

/* "more than", "fewer than", "at least" ending at @p */
static gboolean
count_words_before (Run *run,
                    int  p)
{
  return p > (int)run->first &&
         ((_ent_run_is (run, p, "than") && (_ent_run_is (run, p - 1, "more") || _ent_run_is (run, p - 1, "fewer") ||
                                            _ent_run_is (run, p - 1, "less"))) ||
          (_ent_run_is (run, p, "least") && _ent_run_is (run, p - 1, "at")));
}

/* "is among", "is one of", "has emerged as one of" ending at @p: where the
 * verb before them is, or -1. */
static int
membership_before (Run *run,
                   int  p)
{
  int q;

  if (p <= (int)run->first || !(_ent_run_is (run, p, "among") ||
                                (_ent_run_is (run, p, "of") && _ent_run_is (run, p - 1, "one"))))
    return -1;
  q = p - (_ent_run_is (run, p, "among") ? 1 : 2);
  while (q >= (int)run->first && _ent_run_tag (run, q) == ENT_TAG_ADV)
    q--;
  return q >= (int)run->first && (_ent_run_tag (run, q) == ENT_TAG_BE || _ent_run_is (run, q, "as")) ? q : -1;
}

/* "emerged", "stands out", "serves", "acts": a verb after which "as"
 * says what the subject is. */
static gboolean
standing_as (Run *run,
             int  p)
{
  return _ent_run_is (run, p, "emerged") || _ent_run_is (run, p, "emerges") || _ent_run_is (run, p, "out") ||
         _ent_run_is (run, p, "serves") || _ent_run_is (run, p, "served") || _ent_run_is (run, p, "acts") ||
         _ent_run_is (run, p, "acted");
}

static gboolean
opposed_to (Run *run,
            int  p)
{
  return p >= (int)run->first &&
         (_ent_run_is (run, p, "opposition") || _ent_run_is (run, p, "objection") ||
          _ent_run_is (run, p, "objections") || _ent_run_is (run, p, "resistance") ||
          _ent_run_is (run, p, "hostility"));
}

static gboolean
holder_of (Run         *run,
           const CueAt *at,
           Group       *group,
           gboolean    *negated)
{
  int p = (int)at->start - 1, before;
  gboolean named = FALSE, opposed = FALSE;

  run->reversed = FALSE;
  run->mediator = FALSE;
  run->believer.n = 0;

  /* "to protest against the Taliban": after "to", a word that is a verb
   * too is an infinitive, whose subject holds the position; not after
   * "opposition to sanctions". */
  if (p > (int)run->first && _ent_run_tag (run, p) == ENT_TAG_TO && at->cue->pos == ENT_CUE_NOUN &&
      !opposed_to (run, p - 1))
    {
      const EntCue *verb = ent_lexicon_match_cue_except (run->lexicon, run->tokens, run->last, at->start,
                                                         ENT_CUE_NOUN, NULL);

      if (verb != NULL && verb->pos == ENT_CUE_VERB)
        return subject_of (run, p, group, 0);
    }

  for (guint steps = 0; p >= (int)run->first && steps < 8; steps++)
    {
      Ref *ref = _ent_run_ref_at (run, p);
      EntTag tag = _ent_run_tag (run, p);

      /* "in a show of support for Japan", "as a sign of solidarity with":
       * the position of the subject of the clause. */
      if (ref == NULL && _ent_run_is (run, p, "of") && p > (int)run->first && is_gesture (run, p - 1))
        {
          int q = p - 2;

          while (q >= (int)run->first && (_ent_run_tag (run, q) == ENT_TAG_DET || _ent_run_tag (run, q) == ENT_TAG_ADJ))
            q--;
          if (q >= (int)run->first && (_ent_run_is (run, q, "in") || _ent_run_is (run, q, "as")))
            {
              int v = previous_verb (run, q - 1);

              return v >= 0 ? subject_of_verb (run, v, group, 0) : main_subject (run, q, group);
            }
          p -= 2;
          continue;
        }
      /* "Washington's 1951 Mutual Defense Treaty with Manila" */
      if (ref == NULL && (run->tokens[p].kind == ENT_TOKEN_NUMBER ||
                          (tag == ENT_TAG_NONE && (run->tokens[p].flags & ENT_TOKEN_CAPITALISED) &&
                           p > (int)run->first)))
        {
          named |= run->tokens[p].kind != ENT_TOKEN_NUMBER;
          p--;
          continue;
        }
      /* "claimed more than 160 attacks on", "at least 20 strikes on" */
      if (ref == NULL && count_words_before (run, p))
        {
          p -= 2;
          continue;
        }
      /* "launched two days of drills around", "a wave of strikes on",
       * "pledged 500 million euros in military aid for" */
      if (ref == NULL && (_ent_run_is (run, p, "of") || _ent_run_is (run, p, "in")) && p > (int)run->first &&
          is_quantity (run, p - 1))
        {
          p -= 2;
          continue;
        }

      if (ref != NULL)
        {
          if (!_ent_run_usable (ref))
            return FALSE;
          if (ref->possessive || ref->name_kind == ENT_NAME_ADJECTIVE ||
              pronoun_before_adjectives (run, ref, at->start) ||
              (ref->last == at->start && ref->name_kind != ENT_NAME_SEAT && !ref->place) ||
              (ref->last + 1 == at->start && _ent_run_tag (run, ref->last) == ENT_TAG_POSS))
            {
              _ent_run_collect_left (run, ref, group);
              /* "suspended its partnership with", "lifted U.S. sanctions on" */
              run->reversed = opposed ||
                              (ref->first > run->first &&
                               (_ent_run_is_reversal (run, (int)ref->first - 1) ||
                                (particle (run, (int)ref->first - 1) &&
                                 _ent_run_is_reversal (run, (int)ref->first - 2))));
              return TRUE;
            }
          return FALSE;
        }
      if (_ent_run_is (run, p, "no"))
        *negated = TRUE;
      /* "Orban's opposition to military aid for Ukraine": the holder is
       * against the aid. */
      if (ref == NULL && p + 1 < (int)at->start && _ent_run_tag (run, p + 1) == ENT_TAG_TO &&
          opposed_to (run, p))
        opposed = TRUE;
      /* "is among the main backers of", "is one of the few allies of" */
      if (ref == NULL && !named && (before = membership_before (run, p)) >= 0)
        {
          p = before;
          continue;
        }
      if (tag == ENT_TAG_POSS)
        {
          p--;
          continue;
        }
      /* "announced new sanctions on", "has claimed attacks on": the say
       * verb as a light verb. */
      if (tag == ENT_TAG_SAY &&
          ((run->tokens[p].end - run->tokens[p].start > 7 &&
            g_ascii_strncasecmp (run->text + run->tokens[p].start, "announc", 7) == 0) ||
           _ent_run_is (run, p, "claimed") || _ent_run_is (run, p, "claims") ||
           _ent_run_is (run, p, "claim")))
        tag = ENT_TAG_LIGHT;
      if (tag == ENT_TAG_LIGHT || tag == ENT_TAG_BE || tag == ENT_TAG_HAVE || run->is_verb[p - run->first] ||
          _ent_run_is_reversal (run, p) || is_mediation (run, p))
        {
          gboolean be = FALSE, modal = FALSE, found;
          gboolean reversal = _ent_run_is_reversal (run, p);
          guint start;

          /* "condemned the attack on Kabul": the attacker is someone else. */
          if (named || (run->is_verb[p - run->first] && tag != ENT_TAG_LIGHT && tag != ENT_TAG_BE &&
                        !reversal && !is_mediation (run, p)))
            return FALSE;
          /* "voted against the resolution demanding an end to the embargo
           * on Cuba": the text holds it, not who votes on the text. */
          if (reversal && text_participle_before (run, p))
            return FALSE;
          start = _ent_run_verb_group_start (run, (guint)p, negated, &be, &modal);

          run->mediator = is_mediation (run, p);
          found = subject_of (run, (int)start - 1, group, 0);
          run->reversed = reversal || opposed;
          if (found && tag == ENT_TAG_BE)
            {
              _ent_run_group_init (&run->believer);
              if (!negated_believer (run, group, &run->believer))
                run->believer.n = 0;
            }
          return found;
        }
      if (_ent_run_punct_is (run, p, ","))
        {
          ref = _ent_run_ref_at (run, p - 1);
          if (_ent_run_usable (ref))
            {
              _ent_run_collect_left (run, ref, group);
              return TRUE;
            }
          return FALSE;
        }
      /* "is locked in a dispute with", "was engaged in talks with", "is
       * seen as a close ally of" */
      if ((_ent_run_is (run, p, "in") || _ent_run_is (run, p, "as")) && p > (int)run->first && !named &&
          (_ent_run_past_tense_word (run, p - 1) || _ent_run_tag (run, p - 1) == ENT_TAG_BE ||
           _ent_run_is (run, p - 1, "seen") || standing_as (run, p - 1)))
        {
          gboolean be = FALSE, modal = FALSE;
          guint start = _ent_run_verb_group_start (run, (guint)p - 1, negated, &be, &modal);

          /* "has emerged as one of the critics of", "stands out as" */
          be |= _ent_run_is (run, p, "as") && standing_as (run, p - 1);
          return be && subject_of (run, (int)start - 1, group, 0);
        }
      if (tag == ENT_TAG_DET || tag == ENT_TAG_ADJ || tag == ENT_TAG_ADV || tag == ENT_TAG_ORGAN ||
          tag == ENT_TAG_TO || (run->tokens[p].flags & ENT_TOKEN_QUOTE) ||
          (tag == ENT_TAG_PEOPLE && !(run->tokens[p].flags & ENT_TOKEN_CAPITALISED)) ||
          (tag == ENT_TAG_NONE && run->tokens[p].kind == ENT_TOKEN_WORD &&
           !(run->tokens[p].flags & ENT_TOKEN_CAPITALISED)))
        {
          /* "agreed to a ceasefire", "the 'no limits' partnership" */
          p--;
          continue;
        }
      return FALSE;
    }
  return FALSE;
}

/* "the war between Israel and Hamas began": both sides of "between". */
static gboolean
between_group (Run   *run,
               guint  pos,
               Group *group)
{
  guint p = pos;

  while (p < run->last && (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ))
    p++;
  if (!_ent_run_usable (_ent_run_ref_at (run, p)) || _ent_run_ref_at (run, p)->place)
    return FALSE;
  _ent_run_collect_right_full (run, _ent_run_ref_at (run, p), group, FALSE);
  return group->n >= 2;
}

/* "sanctions on Iran imposed by the United States", "the attack on Qatar
 * by Iran": the agent of a noun cue after its complement. */
static gboolean
agent_after (Run   *run,
             guint  pos,
             Group *group)
{
  guint p = pos;

  /* A participle and its particle: "imposed", "carried out", "launched". */
  if (p < run->last && _ent_run_tag (run, p) != ENT_TAG_BY && _ent_run_ref_at (run, p) == NULL &&
      (_ent_run_past_tense_word (run, (int)p) || _ent_run_tag (run, p) == ENT_TAG_LIGHT))
    {
      p++;
      if (p < run->last && (_ent_run_is (run, p, "out") || _ent_run_is (run, p, "up")))
        p++;
    }
  if (p + 1 >= run->last || _ent_run_tag (run, p) != ENT_TAG_BY)
    return FALSE;
  return object_after (run, p + 1, group);
}

/* "Those opposed to X include Y": the holders come after the complement. */
static gboolean
those_include (Run   *run,
               guint  after,
               Group *group)
{
  for (guint p = after; p < run->last && p < after + 8; p++)
    if (_ent_run_is (run, p, "include") || _ent_run_is (run, p, "includes") ||
        _ent_run_is (run, p, "included") || _ent_run_is (run, p, "are") || _ent_run_is (run, p, "were"))
      return object_after (run, p + 1, group);
  return FALSE;
}

/* "signed a", "concluded the", "reached an": a deal that was made. */
static gboolean
signed_before (Run  *run,
               guint start)
{
  static const char *words[] = {
    "signed", "signs", "sign", "signing", "concluded", "concludes", "reached", "reaches", "initialled",
    "initialed", "initial", "inked", "struck", "agreed", "sealed", "seals", "finalised", "finalized",
  };
  static EntWordMap *once;

  for (guint p = start, k = 0; p > run->first && k < 5; p--, k++)
    if (ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p - 1].hash))
      return TRUE;
  return FALSE;
}

/* A relation that binds both sides, whoever the sentence names first: a
 * pact or a treaty signed with Y is Y's too, and so is a war or a clash
 * with Y, or relations restored with Y. Breaking ties, keeping them or
 * wanting closer ones is one side's act. */
static gboolean
has_deal_head (const EntCue *cue)
{
  static const char *heads[] = {
    "agreement", "deal", "pact", "treaty", "accord", "alliance", "partnership", "memorandum",
  };

  for (guint k = 0; k < G_N_ELEMENTS (heads); k++)
    if (strstr (cue->phrase, heads[k]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
is_mutual (Run         *run,
           const CueAt *at)
{
  static const char *mending[] = {
    "restore ", "establish ", "normalise ", "normalize ", "resume ", "mend ", "re-establish ",
    "reestablish ",
  };
  static const char *fights[] = {
    "war with", "hostilities with", "conflict with", "clash with", "clashes with",
  };
  const EntCue *cue = at->cue;

  if (!g_str_has_suffix (cue->phrase, " with"))
    return FALSE;
  if (cue->pos == ENT_CUE_NOUN)
    {
      for (guint k = 0; k < G_N_ELEMENTS (fights); k++)
        if (g_str_equal (cue->phrase, fights[k]))
          return TRUE;
      return has_deal_head (cue) && signed_before (run, at->start);
    }
  if (cue->pos != ENT_CUE_VERB)
    return FALSE;
  if (g_str_has_prefix (cue->phrase, "sign ") || g_str_has_prefix (cue->phrase, "clash "))
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (mending); k++)
    if (g_str_has_prefix (cue->phrase, mending[k]) &&
        (strstr (cue->phrase, "relations") != NULL || strstr (cue->phrase, "ties") != NULL))
      return TRUE;
  return FALSE;
}

/* "opposition to sanctions on Russia": the words before the name are a
 * cue of their own, whose position the first one is about. */
static gboolean
cue_between (Run   *run,
             guint  from,
             guint  to)
{
  for (guint p = from; p < to && p < run->last; p++)
    {
      guint span = 0;
      const EntCue *cue = ent_lexicon_match_cue (run->lexicon, run->tokens, run->last, p, &span);

      if (cue != NULL && cue->pos == ENT_CUE_NOUN && p + span <= to)
        return TRUE;
    }
  return FALSE;
}

static void
rule_noun_or_adjective (Run         *run,
                        const CueAt *at)
{
  gboolean negated = FALSE;
  Group sources, targets;
  int sign;

  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  if (at->cue->reciprocal)
    {
      /* "the war between Armenia and Azerbaijan", "X and Y signed a deal" */
      Ref *second = _ent_run_ref_at (run, (int)at->start - 1);
      Ref *first = second ? _ent_run_ref_at (run, (int)second->first - 1) : NULL;

      /* "ties between X and Y have soured": the frame of the change. */
      if (at->end < run->last && _ent_run_is (run, at->end, "between") &&
          between_group (run, at->end + 1, &targets))
        {
          if (_ent_run_relation_change (run, targets.last) == 0)
            _ent_run_emit_pairwise (run, &targets, at->cue->sign, at->cue->strength * 0.9, at);
        }
      else if (_ent_run_usable (first) && _ent_run_usable (second) && first != second &&
               (run->tokens[second->first].flags & ENT_TOKEN_HYPHEN_BEFORE))
        {
          /* "the Israel-Hezbollah ceasefire", "India-Pakistan tensions" */
          _ent_run_group_add (&targets, first);
          _ent_run_group_add (&targets, second);
          _ent_run_emit_pairwise (run, &targets, at->cue->sign, at->cue->strength * 0.9, at);
        }
      else if (holder_of (run, at, &sources, &negated) && sources.n >= 2 &&
               !run->mediator && apply_negation (run, at->cue, negated) != 0)
        _ent_run_emit_pairwise (run, &sources, apply_negation (run, at->cue, negated), at->cue->strength * 0.9, at);
      return;
    }
  if ((at->cue->sign > 0 && at->end < run->last && _ent_run_is (run, at->end, "against")) ||
      !complement_after (run, at->end, &targets) || cue_between (run, at->end, targets.first))
    return;
  run->believer.n = 0;
  run->reversed = FALSE;
  if (at->agent >= 0)
    _ent_run_collect_right (run, _ent_run_ref_at (run, at->agent), &sources);
  else if (at->start > run->first && _ent_run_is (run, at->start - 1, "those"))
    {
      if (!those_include (run, targets.last, &sources))
        return;
    }
  else if (!agent_after (run, targets.last, &sources) &&
           !holder_of (run, at, &sources, &negated))
    return;
  if (run->believer.n > 0)
    {
      /* Doubting that X is a reliable guarantor opposes X. */
      if (at->cue->sign > 0 && !negated)
        _ent_run_emit (run, &run->believer, &sources, -1, at->cue->strength * 0.8, at);
      return;
    }
  if ((sign = apply_negation (run, at->cue, negated)) == 0)
    return;
  /* "lifted sanctions on" ends a hostility; "ending its war against"
   * still tells of the fighting. */
  if (run->reversed && !(sign < 0 && at->cue->strength >= 0.9))
    sign = -sign;
  _ent_run_emit (run, &sources, &targets, sign, at->cue->strength, at);
  /* "signed a security pact with China", "its war with Russia". */
  if (sign == at->cue->sign && !run->reversed && is_mutual (run, at))
    _ent_run_emit (run, &targets, &sources, sign, at->cue->strength * 0.8, at);
}

/* "would not let its ports be used against India", "will never allow
 * its soil to be used against": a verb of permission, negated, in the
 * eight tokens before @end (the cue), within its clause. */
static gboolean
negated_permission (Run  *run,
                    guint end)
{
  static const char *words[] = {
    "let", "lets", "allow", "allows", "allowed", "allowing", "permit", "permits", "permitted",
    "tolerate", "tolerates",
  };
  static EntWordMap *once;

  for (int p = (int)end - 1; p >= (int)run->first && p >= (int)end - 8; p--)
    {
      gboolean negated = FALSE, be = FALSE, modal = FALSE;

      if (clause_boundary (run, (guint)p) || _ent_run_punct_is (run, (guint)p, ","))
        return FALSE;
      if (ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash))
        {
          _ent_run_verb_group_start (run, (guint)p, &negated, &be, &modal);
          return negated;
        }
    }
  return FALSE;
}

static void
rule_preposition (Run         *run,
                  const CueAt *at)
{
  Group sources, targets;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  int v = previous_verb (run, (int)at->start - 1);
  guint start;
  int sign;

  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  if (v < 0 || !complement_after (run, at->end, &targets))
    return;
  start = _ent_run_verb_group_start (run, (guint)v, &negated, &be, &modal);
  if ((sign = apply_negation (run, at->cue, negated)) == 0 || negated_permission (run, at->start))
    return;
  if (!subject_of (run, (int)start - 1, &sources, 0))
    return;
  _ent_run_emit (run, &sources, &targets, sign, at->cue->strength * 0.85, at);
}

/* "the M23, a Rwanda-backed rebel group", "the FDLR, a militia that
 * Kigali regards as a threat": the actor a noun phrase ending at @pos
 * stands in apposition to, or the antecedent of a relative "that". */
gboolean
_ent_run_appositive_head (Run   *run,
                          int    pos,
                          Group *group)
{
  for (int p = pos, steps = 0; p >= (int)run->first && steps < 8; p--, steps++)
    {
      EntTag tag = _ent_run_tag (run, p);
      Ref *ref;

      if (_ent_run_punct_is (run, p, ",") || tag == ENT_TAG_REL || _ent_run_is (run, p, "that"))
        {
          if (_ent_run_punct_is (run, p, ",") && steps == 0)
            return FALSE;
          /* "Iran, which Israel attacked" */
          if (!_ent_run_punct_is (run, p, ",") && p - 1 >= (int)run->first && _ent_run_punct_is (run, p - 1, ","))
            p--;
          ref = _ent_run_ref_at (run, p - 1);
          /* "the M23 rebels, whom" */
          if (ref == NULL && p - 2 >= (int)run->first && run->tokens[p - 1].kind == ENT_TOKEN_WORD &&
              !(run->tokens[p - 1].flags & ENT_TOKEN_CAPITALISED) &&
              (_ent_run_tag (run, p - 1) == ENT_TAG_PEOPLE || _ent_run_tag (run, p - 1) == ENT_TAG_ORGAN))
            ref = _ent_run_ref_at (run, p - 2);
          if (!_ent_run_usable (ref) || ref->place || ref->possessive)
            return FALSE;
          _ent_run_collect_left (run, ref, group);
          return TRUE;
        }
      if (_ent_run_ref_at (run, p) != NULL || run->is_verb[p - run->first])
        return FALSE;
      if (run->tokens[p].kind == ENT_TOKEN_NUMBER || tag == ENT_TAG_DET || tag == ENT_TAG_ADJ ||
          tag == ENT_TAG_ORGAN || tag == ENT_TAG_PEOPLE || _ent_run_is (run, p, "of") ||
          (tag == ENT_TAG_NONE && run->tokens[p].kind == ENT_TOKEN_WORD &&
           !(run->tokens[p].flags & ENT_TOKEN_CAPITALISED)))
        continue;
      return FALSE;
    }
  return FALSE;
}

/* "adopted a sharply anti-French line", "pursues a pro-Russian policy":
 * the subject of the verb whose object the affixed phrase is. */
static gboolean
stance_holder (Run   *run,
               int    pos,
               Group *group)
{
  int p = pos;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  guint start;

  while (p >= (int)run->first && p > pos - 4 &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADV ||
          _ent_run_tag (run, p) == ENT_TAG_ADJ || _ent_run_is (run, p, "more")))
    p--;
  if (p < (int)run->first || p == pos || _ent_run_tag (run, p) != ENT_TAG_LIGHT)
    return FALSE;
  start = _ent_run_verb_group_start (run, (guint)p, &negated, &be, &modal);
  return !negated && subject_of (run, (int)start - 1, group, 0);
}

/* "Iran-backed Houthis": the actor before the affix backs the one after.
 * "pro-Russian separatists": the head is pro the actor after the prefix. */
static void
rule_affix (Run         *run,
            const CueAt *at)
{
  Group sources, targets;
  Ref *before, *after;

  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  if (at->cue->pos == ENT_CUE_SUFFIX)
    {
      before = _ent_run_ref_at (run, (int)at->start - 1);
      if (!_ent_run_usable (before) ||
          !(object_after (run, at->end, &targets) || _ent_run_appositive_head (run, (int)before->first - 1, &targets)))
        return;
      _ent_run_group_add (&sources, before);
    }
  else
    {
      after = _ent_run_ref_at (run, at->end);
      if (!_ent_run_usable (after) ||
          !(object_after (run, after->last, &sources) || _ent_run_appositive_head (run, (int)at->start - 1, &sources) ||
            stance_holder (run, (int)at->start - 1, &sources)))
        return;
      _ent_run_group_add (&targets, after);
    }
  _ent_run_emit (run, &sources, &targets, at->cue->sign, at->cue->strength, at);
}

static void
find_speaker (Run *run)
{
  for (guint i = run->first; i < run->last; i++)
    {
      Group group;

      if (_ent_run_tag (run, i) != ENT_TAG_SAY || run->in_quote[i - run->first] || _ent_run_ref_at (run, i) != NULL)
        continue;
      _ent_run_group_init (&group);
      if (subject_of (run, (int)i - 1, &group, 0) || object_after (run, i + 1, &group))
        {
          run->speaker = group.actors[0];
          run->paragraph_speaker = run->speaker;
          return;
        }
    }
}

static void
fill_speaker_refs (Run *run)
{
  int speaker = run->speaker >= 0 ? run->speaker : run->paragraph_speaker;

  for (guint r = 0; r < run->refs->len; r++)
    {
      Ref *ref = &g_array_index (run->refs, Ref, r);

      if (ref->pronoun && ref->n_actors == 0 && speaker >= 0)
        {
          ref->actors[0] = speaker;
          ref->n_actors = 1;
        }
    }
}

/* "strikes by Israel on Iran", "support from Russia for": a noun cue
 * whose holder comes between the noun and its preposition. */
static const EntCue *
match_around_agent (Run   *run,
                    guint  i,
                    CueAt *at)
{
  EntToken window[8];
  Ref *agent;
  guint n = 0, span = 0;
  const EntCue *cue;

  if (i + 3 >= run->last || run->tokens[i].kind != ENT_TOKEN_WORD ||
      !(_ent_run_tag (run, i + 1) == ENT_TAG_BY || _ent_run_is (run, i + 1, "from")))
    return NULL;
  agent = _ent_run_ref_at (run, (int)i + 2);
  if (!_ent_run_usable (agent) || agent->place || agent->possessive)
    return NULL;
  window[n++] = run->tokens[i];
  for (guint k = agent->last; k < run->last && n < G_N_ELEMENTS (window); k++)
    window[n++] = run->tokens[k];
  cue = ent_lexicon_match_cue (run->lexicon, window, n, 0, &span);
  if (cue == NULL || span < 2 || cue->reciprocal ||
      (cue->pos != ENT_CUE_NOUN && !(cue->pos == ENT_CUE_VERB && _ent_run_looks_nominal (run, (int)i))))
    return NULL;
  at->start = i;
  at->end = agent->last + span - 1;
  at->cue = cue;
  at->agent = (int)agent->first;
  return cue;
}

/* "condemned armed groups", "against sanctioned banks": a participle
 * between a verb, an article or a preposition and a common noun
 * describes the noun. */
static gboolean
participle_as_adjective (Run          *run,
                         guint         i,
                         const EntCue *cue,
                         guint         span)
{
  EntTag before, after;

  if (cue->pos != ENT_CUE_VERB || span != 1 || i == run->first || i + 1 >= run->last ||
      (cue->form != ENT_FORM_PAST && cue->form != ENT_FORM_PARTICIPLE))
    return FALSE;
  before = _ent_run_tag (run, i - 1);
  after = _ent_run_tag (run, i + 1);
  return run->tokens[i + 1].kind == ENT_TOKEN_WORD && !(run->tokens[i + 1].flags & ENT_TOKEN_CAPITALISED) &&
         (after == ENT_TAG_NONE || after == ENT_TAG_ORGAN) && _ent_run_ref_at (run, i + 1) == NULL &&
         _ent_run_ref_at (run, i - 1) == NULL &&
         (before == ENT_TAG_DET || before == ENT_TAG_PREP || before == ENT_TAG_LOC_PREP ||
          run->is_verb[i - 1 - run->first]);
}

/* "send back", "turned back two planes", "fought back", "backed down":
 * "back" after a verb of motion, or before "down", "away" or "off", is no
 * support. */
static gboolean
back_as_particle (Run  *run,
                  guint i)
{
  static const char *verbs[] = {
    "send", "sends", "sent", "sending", "bring", "brings", "brought", "bringing", "come", "comes",
    "came", "coming", "go", "goes", "went", "going", "get", "gets", "got", "fight", "fights",
    "fought", "fighting", "push", "pushes", "pushed", "pushing", "turn", "turns", "turned",
    "turning", "give", "gives", "gave", "take", "takes", "took", "taking", "pull", "pulls", "pulled",
    "pulling", "roll", "rolls", "rolled", "rolling", "scale", "scaled", "scaling", "step", "stepped",
    "hit", "hits", "hitting", "strike", "struck", "striking", "hold", "held", "holding", "win",
    "won", "winning", "move", "moved", "fire", "fired", "fall", "fell", "drive", "drove", "driven",
    "claw", "clawed", "cut", "cutting", "write", "wrote", "call", "called", "flew", "fly", "flown",
    "return", "returned", "deport", "deported", "deporting", "ship", "shipped", "shipping",
  };
  static EntWordMap *once;

  if (!(_ent_run_is (run, i, "back") || _ent_run_is (run, i, "backs") || _ent_run_is (run, i, "backed") ||
        _ent_run_is (run, i, "backing")))
    return FALSE;
  if ((_ent_run_is (run, i, "back") || _ent_run_is (run, i, "backs")) && i > run->first &&
      ent_word_set_contains (&once, verbs, G_N_ELEMENTS (verbs), run->tokens[i - 1].hash))
    return TRUE;
  return i + 1 < run->last && (_ent_run_is (run, i + 1, "down") || _ent_run_is (run, i + 1, "away") ||
                               _ent_run_is (run, i + 1, "off"));
}

static GArray *
find_cues (Run *run)
{
  GArray *cues = g_array_new (FALSE, FALSE, sizeof (CueAt));

  for (guint i = run->first; i < run->last; )
    {
      Ref *ref = _ent_run_ref_at (run, i);
      const EntCue *cue;
      guint span = 0;
      CueAt at;

      if (ref != NULL && !ref->pronoun)
        {
          i = ref->last;
          continue;
        }
      at.agent = -1;
      if (match_around_agent (run, i, &at) != NULL)
        {
          g_array_append_val (cues, at);
          i = at.end;
          continue;
        }
      cue = ent_lexicon_match_cue (run->lexicon, run->tokens, run->last, i, &span);
      if (cue == NULL)
        {
          i++;
          continue;
        }
      at.start = i;
      at.end = i + span;
      at.cue = cue;
      if (participle_as_adjective (run, i, cue, span) || back_as_particle (run, i))
        {
          i = at.end;
          continue;
        }
      if (cue->pos == ENT_CUE_VERB && _ent_run_looks_nominal (run, (int)i))
        {
          /* "the attack", "Russia's support": a noun with no frame here,
           * unless the words make a noun cue: "peace talks with". */
          cue = ent_lexicon_match_cue_except (run->lexicon, run->tokens, run->last, i, ENT_CUE_VERB, &span);
          if (cue == NULL || cue->reciprocal || (cue->pos != ENT_CUE_NOUN && cue->pos != ENT_CUE_ADJ))
            {
              i = at.end;
              continue;
            }
          at.end = i + span;
          at.cue = cue;
        }
      g_array_append_val (cues, at);
      if (cue->pos == ENT_CUE_VERB || cue->pos == ENT_CUE_PHRASE)
        run->is_verb[i - run->first] = 1;
      i = at.end;
    }
  return cues;
}

/* "Cuba, Maduro's closest ally", "Iran's ally Syria", "X is Y's main
 * rival": a relational noun after a possessor. */
static const char *allied_nouns[] = {
  "ally", "allies", "partner", "partners", "friend", "friends", "backer", "backers", "patron",
  "protector", "supporter", "supporters", "sponsor", "proxy", "proxies", "client", "champion",
  "supplier", "suppliers", "creditor", "lender", "donor", "donors", "benefactor", "guarantor",
  "member",
};
static const char *hostile_nouns[] = {
  "enemy", "enemies", "foe", "foes", "rival", "rivals", "adversary", "adversaries", "nemesis",
  "arch-rival", "archrival", "arch-enemy", "archenemy", "critic", "critics", "opponent", "opponents",
};

int
_ent_run_relational_sign (Run  *run,
                 guint i)
{
  static EntWordMap *once;
  EntWordMap *signs = _ent_run_signed_words (&once, allied_nouns, G_N_ELEMENTS (allied_nouns),
                                    hostile_nouns, G_N_ELEMENTS (hostile_nouns));

  if (run->tokens[i].tag != ENT_TAG_NONE || run->tokens[i].kind != ENT_TOKEN_WORD)
    return 0;
  return GPOINTER_TO_INT (ent_word_map_lookup (signs, run->tokens[i].hash));
}

/* "X and Y accused each other of", "have fought one another" */
static gboolean
each_other (Run  *run,
            guint p)
{
  return p + 1 < run->last && ((_ent_run_is (run, p, "each") && _ent_run_is (run, p + 1, "other")) ||
                               (_ent_run_is (run, p, "one") && _ent_run_is (run, p + 1, "another")));
}

void
_ent_extractor_apply_rules (Run *run)
{
  g_autoptr(GArray) cues = find_cues (run);

  find_speaker (run);
  fill_speaker_refs (run);

  for (guint c = 0; c < cues->len; c++)
    {
      const CueAt *at = &g_array_index (cues, CueAt, c);

      if (at->agent >= 0)
        {
          rule_noun_or_adjective (run, at);
          continue;
        }
      switch (at->cue->pos)
        {
        case ENT_CUE_VERB:
        case ENT_CUE_PHRASE:
          rule_verb (run, at);
          break;
        case ENT_CUE_NOUN:
        case ENT_CUE_ADJ:
          rule_noun_or_adjective (run, at);
          break;
        case ENT_CUE_PREP:
          rule_preposition (run, at);
          break;
        case ENT_CUE_PREFIX:
        case ENT_CUE_SUFFIX:
          rule_affix (run, at);
          break;
        default:
          break;
        }
    }
  _ent_extractor_apply_frames (run);
}

gboolean
_ent_run_group_left (Run   *run,
                     int    pos,
                     Group *group)
{
  return subject_of (run, pos, group, 0);
}

gboolean
_ent_run_group_right (Run   *run,
                      guint  pos,
                      Group *group)
{
  return object_after (run, pos, group);
}
