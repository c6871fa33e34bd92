/* ent-extractor-clause.c
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
 * The shallow parse the rules stand on: punctuation and counts, the
 * coordinated groups of actors on either side of a cue, verb groups, words
 * that look like nouns, and the commas that open relative clauses.
 */

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

/* A group of the one @actor the story points at from token @at, a guess
 * ("condemned it", "the sanctions", "reacted furiously"). */
void
_ent_run_group_guessed (Group *group,
                        guint  actor,
                        guint  at)
{
  _ent_run_group_init (group);
  group->actors[group->n++] = actor;
  group->coref = TRUE;
  group->first = group->last = at;
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

/* Whether @ref is a possessive pronoun: "its", "their". */
gboolean
_ent_run_possessive_pronoun (Run       *run,
                             const Ref *ref)
{
  return ref->pronoun && _ent_run_tag (run, ref->first) == ENT_TAG_POSS_PRON;
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
  /* ", and Saudi Arabia and the United Arab Emirates followed" */
  return p < (int)run->first || _ent_run_tag (run, p) == ENT_TAG_SUB ||
         _ent_run_is (run, p, "that") || _ent_run_punct_is (run, p, ",;:") ||
         _ent_run_tag (run, p) == ENT_TAG_SAY ||
         (p > (int)run->first && (_ent_run_is (run, p, "and") || _ent_run_is (run, p, "but")) &&
          _ent_run_punct_is (run, p - 1, ","));
}

/* Whether the sentence opens with a clause or a phrase before its
 * subject: "After Russia invaded Ukraine, ...", "Days after ...". */
static gboolean
fronted_clause (Run *run)
{
  static const char *words[] = {
    "after", "before", "since", "despite", "following", "amid", "while", "when", "as", "although",
    "though", "days", "weeks", "months", "hours", "years", "once", "until",
  };
  static EntWordMap *once;
  EntTag tag = _ent_run_tag (run, run->first);

  return tag == ENT_TAG_SUB || tag == ENT_TAG_PREP || tag == ENT_TAG_LOC_PREP ||
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[run->first].hash);
}

/* Whether the comma at @q is the first of a sentence that opens with a
 * phrase before its subject: it ends that phrase ("Within days of Iraq's
 * invasion of Kuwait, Washington and London froze"). */
static gboolean
ends_opening_phrase (Run *run,
                     int  q)
{
  /* not a clause of its own, whose subject may be a list: "When Saudi
   * Arabia, the UAE and Egypt cut ties" */
  if (!fronted_clause (run) || _ent_run_tag (run, run->first) == ENT_TAG_SUB ||
      _ent_run_is (run, run->first, "as") || _ent_run_is (run, run->first, "once") ||
      _ent_run_is (run, run->first, "until") || _ent_run_is (run, run->first, "since"))
    return FALSE;
  for (int p = (int)run->first; p < q; p++)
    if (_ent_run_punct_is (run, p, ","))
      return FALSE;
  return TRUE;
}

/* Whether @ref is the object of a preposition: "of Kuwait", "on the
 * Iraqi capital". */
static gboolean
object_of_preposition (Run *run,
                       Ref *ref)
{
  int p = (int)ref->first - 1;

  while (p > (int)run->first &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ))
    p--;
  return p >= (int)run->first &&
         (_ent_run_tag (run, p) == ENT_TAG_PREP || _ent_run_tag (run, p) == ENT_TAG_LOC_PREP ||
          _ent_run_tag (run, p) == ENT_TAG_BY || _ent_run_is (run, p, "of"));
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
      int q = (int)ref->first - 1, crossed;
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
               !ref->possessive && ref->name_kind != ENT_NAME_ADJECTIVE &&
               _ent_run_punct_is (run, q - 1, ",") &&
               _ent_run_usable (_ent_run_ref_at (run, q - 2)))
        q--;
      /* "Russia's and Iran's": skip the possessive of the earlier one. */
      if ((len = coordinator (run, q, TRUE)) == 0)
        return;
      /* "After Russia invaded Ukraine, Trump recognised": a comma with no
       * "and" after it ends a fronted clause, not a list. */
      if (group->n == 1 && _ent_run_punct_is (run, q, ",") && fronted_clause (run))
        return;
      crossed = _ent_run_punct_is (run, q, ",") ? q : -1;
      q -= len;
      if (q >= (int)run->first && (_ent_run_is (run, q, "and") || _ent_run_is (run, q, "or")))
        q--;
      if (q >= (int)run->first && _ent_run_tag (run, q) == ENT_TAG_POSS)
        q--;
      while (q >= (int)run->first && _ent_run_tag (run, q) == ENT_TAG_ORGAN)
        q--;
      prev = _ent_run_ref_at (run, q);
      if (!_ent_run_usable (prev) || prev->place ||
          (crossed >= 0 && ends_opening_phrase (run, crossed) && object_of_preposition (run, prev)))
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
gboolean
_ent_run_starts_clause (Run  *run,
                        Ref  *ref)
{
  guint q = ref->last;

  /* "alarmed Guyana, and Russia's move angered Finland": the possessor
   * of a new clause's subject. */
  if (ref->possessive)
    {
      if (q < run->last && _ent_run_tag (run, q) == ENT_TAG_POSS)
        q++;
      while (q < run->last && _ent_run_tag (run, q) == ENT_TAG_ADJ)
        q++;
      return q + 1 < run->last && run->tokens[q].kind == ENT_TOKEN_WORD &&
             _ent_run_ref_at (run, q) == NULL && _ent_run_ref_at (run, q + 1) == NULL &&
             _ent_run_past_tense_word (run, (int)q + 1);
    }
  while (q < run->last && _ent_run_tag (run, q) == ENT_TAG_ADV)
    q++;
  if (q >= run->last)
    return FALSE;
  /* "lent heavily to La Paz, and Tokyo loaned" */
  return _ent_run_verb_word (run, q);
}

/* Whether the word at @q reads as a verb: a verbal tag, a cue verb, or a
 * past tense not joined to a name ("Iran-backed"). */
gboolean
_ent_run_verb_word (Run   *run,
                    guint  q)
{
  return _ent_run_verbal_tag (_ent_run_tag (run, q)) || run->is_verb[q - run->first] != 0 ||
         (_ent_run_past_tense_word (run, (int)q) &&
          !(run->tokens[q].flags & ENT_TOKEN_HYPHEN_BEFORE));
}


void
_ent_run_collect_right (Run   *run,
                        Ref   *ref,
                        Group *group)
{
  _ent_run_collect_right_full (run, ref, group, TRUE);
}

/* Whether a relational noun follows the possessor @ref: "Ethiopia's
 * rival", "Iran's closest ally". */
static gboolean
possessor_of_relation (Run *run,
                       Ref *ref)
{
  for (guint q = ref->last; q < run->last && q < ref->last + 4; q++)
    {
      if (_ent_run_relational_sign (run, q) != 0)
        return TRUE;
      if (!(_ent_run_tag (run, q) == ENT_TAG_POSS || _ent_run_tag (run, q) == ENT_TAG_ADJ ||
            _ent_run_tag (run, q) == ENT_TAG_ADV))
        return FALSE;
    }
  return FALSE;
}

/* "Afghanistan's Taliban rulers", "Kabul's Taliban rulers": the group
 * that the possessor @named qualifies, or @named itself. */
Ref *
_ent_run_possessors_group (Run *run,
                           Ref *named)
{
  Ref *inner;

  if (!_ent_run_usable (named) || !named->possessive || named->last + 1 >= run->last)
    return named;
  inner = _ent_run_ref_at (run, (int)named->last + 1);
  return _ent_run_usable (inner) && !inner->possessive ? inner : named;
}

/* Where the next name of a list may start after the name ending at @q:
 * past ",", "and", ", and", "as well as" and an article; 0 when no
 * coordinator follows. */
static guint
next_in_list (Run   *run,
              guint  q)
{
  guint len = coordinator (run, (int)q, FALSE);

  if (len == 0)
    return 0;
  q += len;
  /* "Saudi Arabia, Qatar, and Egypt" */
  if (q < run->last && (_ent_run_is (run, q, "and") || _ent_run_is (run, q, "or")))
    q++;
  while (q < run->last && _ent_run_tag (run, q) == ENT_TAG_DET)
    q++;
  return q;
}

/* Whether the list of names that starts at @ref, after a comma and
 * "and", is the subject of a new clause: "recognised the Taliban, and
 * Saudi Arabia and Qatar followed suit". */
static gboolean
list_starts_clause (Run *run,
                    Ref *ref)
{
  for (guint hops = 0; hops < MAX_GROUP; hops++)
    {
      guint q;
      Ref *next;

      if (_ent_run_starts_clause (run, ref))
        return TRUE;
      if (ref->possessive || (q = next_in_list (run, ref->last)) == 0)
        return FALSE;
      next = _ent_run_ref_at (run, (int)q);
      if (!_ent_run_usable (next) || next->first != q)
        return FALSE;
      ref = next;
    }
  return FALSE;
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
      guint q;
      Ref *next;
      gboolean bare_comma, comma;

      if (ref->possessive || (q = next_in_list (run, ref->last)) == 0)
        return;
      /* a comma with no "and" or "or" after it */
      comma = _ent_run_punct_is (run, ref->last, ",");
      bare_comma = comma && !(ref->last + 1 < run->last &&
                              (_ent_run_is (run, ref->last + 1, "and") ||
                               _ent_run_is (run, ref->last + 1, "or")));
      next = _ent_run_ref_at (run, q);
      /* "pledged to defend Taiwan, Beijing regards the island": after a
       * comma, a name that a word other than "and", "or" or a comma
       * follows starts a new clause, not a list. */
      if (bare_comma && next != NULL && next->last < run->last &&
          run->tokens[next->last].kind == ENT_TOKEN_WORD && !_ent_run_is (run, next->last, "and") &&
          !_ent_run_is (run, next->last, "or") && _ent_run_tag (run, next->last) != ENT_TAG_POSS)
        return;
      /* "a pact with Egypt, Ethiopia's rival": an apposition, not a list */
      if (bare_comma && next != NULL && next->possessive && possessor_of_relation (run, next))
        return;
      /* "Helsinki and its NATO allies": the name after the pronoun. */
      if (next != NULL && _ent_run_possessive_pronoun (run, next) &&
          _ent_run_usable (_ent_run_ref_at (run, next->last)))
        next = _ent_run_ref_at (run, next->last);
      if (!_ent_run_usable (next) || next->place ||
          (clauses && _ent_run_starts_clause (run, next)) ||
          (clauses && comma && !bare_comma && list_starts_clause (run, next)) ||
          (clauses && bare_comma && ends_opening_phrase (run, (int)ref->last) &&
           object_of_preposition (run, ref) && list_starts_clause (run, next)))
        return;
      _ent_run_group_add (group, next);
      ref = next;
    }
}

/* The first token of a time phrase ending at @p, or -1: "on Friday",
 * "last month", "earlier this year", "in 2022", "in May", "on Jan. 7". */
int
_ent_run_time_phrase_start (Run *run,
                            int  p)
{
  static const char *days[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  };
  static const char *spans[] = { "week", "weekend", "month", "year" };
  static const char *months[] = {
    "jan", "january", "feb", "february", "march", "april", "may", "june", "july", "aug", "august",
    "sept", "september", "oct", "october", "nov", "november", "dec", "december",
  };
  static EntWordMap *days_once, *spans_once, *months_once;
  int q = p;

  if (p <= (int)run->first)
    return -1;
  if (run->tokens[p].kind == ENT_TOKEN_NUMBER)
    {
      q = p - 1;
      if (_ent_run_punct_is (run, q, ".") && q > (int)run->first)
        q--;
      if (!_ent_run_is (run, q, "in") &&
          !((run->tokens[q].flags & ENT_TOKEN_CAPITALISED) &&
            ent_word_set_contains (&months_once, months, G_N_ELEMENTS (months),
                                   run->tokens[q].hash)))
        return -1;
    }
  else if ((run->tokens[p].flags & ENT_TOKEN_CAPITALISED) &&
           (ent_word_set_contains (&days_once, days, G_N_ELEMENTS (days), run->tokens[p].hash) ||
            ent_word_set_contains (&months_once, months, G_N_ELEMENTS (months),
                                   run->tokens[p].hash)))
    q = p;
  else if (ent_word_set_contains (&spans_once, spans, G_N_ELEMENTS (spans), run->tokens[p].hash) &&
           (_ent_run_is (run, p - 1, "last") || _ent_run_is (run, p - 1, "this") ||
            _ent_run_is (run, p - 1, "next")))
    {
      q = p - 1;
      /* "earlier this month" */
      if (q > (int)run->first &&
          (_ent_run_is (run, q - 1, "earlier") || _ent_run_is (run, q - 1, "later")))
        q--;
      return q;
    }
  else
    return -1;
  if (q > (int)run->first &&
      (_ent_run_is (run, q - 1, "on") || _ent_run_is (run, q - 1, "in") ||
       _ent_run_is (run, q - 1, "last") || _ent_run_is (run, q - 1, "since")))
    q--;
  return q;
}

/* Whether the words ending at @p are an adverbial of two words: "in
 * turn", "in return", "so far", "for weeks". */
gboolean
_ent_run_two_word_adverbial (Run *run,
                             int  p)
{
  if (p <= (int)run->first)
    return FALSE;
  if (_ent_run_is (run, p - 1, "in"))
    return _ent_run_is (run, p, "turn") || _ent_run_is (run, p, "return") ||
           _ent_run_is (run, p, "public") || _ent_run_is (run, p, "private") ||
           _ent_run_is (run, p, "particular");
  if (_ent_run_is (run, p - 1, "so"))
    return _ent_run_is (run, p, "far");
  if (_ent_run_is (run, p - 1, "for"))
    return _ent_run_is (run, p, "weeks") || _ent_run_is (run, p, "months") ||
           _ent_run_is (run, p, "years") || _ent_run_is (run, p, "decades") ||
           _ent_run_is (run, p, "days");
  return FALSE;
}

/* "rule", "ruled", "rules", "ruling": before "out", a refusal. */
gboolean
_ent_run_is_rule_out (Run *run,
                      int  p)
{
  return _ent_run_is (run, p, "rule") || _ent_run_is (run, p, "ruled") ||
         _ent_run_is (run, p, "rules") || _ent_run_is (run, p, "ruling");
}

/* "no plans", "little interest": a will noun after "no" or "little". */
static gboolean
no_will (Run *run,
         int  q)
{
  static const char *nouns[] = {
    "plan", "plans", "intention", "intentions", "intent", "desire", "wish", "interest",
    "appetite", "inclination", "willingness", "reason",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, nouns, G_N_ELEMENTS (nouns), run->tokens[q].hash) &&
         (_ent_run_is (run, q - 1, "no") || _ent_run_is (run, q - 1, "little"));
}

/* "ruled out military action against" takes none, "would not rule out"
 * does not exclude it; "would not hesitate to teach Haftar a lesson"
 * will. TRUE when the words at @p were read, @p then before them. */
static gboolean
double_negation (Run      *run,
                 int      *p,
                 gboolean *negated)
{
  int q = *p;

  if (_ent_run_is (run, q, "out") && q > (int)run->first && _ent_run_is_rule_out (run, q - 1))
    {
      q--;
      if (q > (int)run->first && _ent_run_tag (run, q - 1) == ENT_TAG_NEG)
        q -= 2;
      else
        {
          *negated = TRUE;
          q--;
        }
      *p = q;
      return TRUE;
    }
  /* "has no plans to recognise", "had no interest in improving", "no
   * intention of joining", "little appetite for sanctioning": a will
   * denied is a refusal */
  if ((_ent_run_tag (run, q) == ENT_TAG_TO || _ent_run_is (run, q, "of") ||
       _ent_run_is (run, q, "in") || _ent_run_is (run, q, "for")) &&
      q - 1 > (int)run->first && no_will (run, q - 1))
    {
      *negated = TRUE;
      run->refused = TRUE;
      *p = q - 3;
      return TRUE;
    }
  if (_ent_run_tag (run, q) == ENT_TAG_REFUSE && q > (int)run->first &&
      _ent_run_tag (run, q - 1) == ENT_TAG_NEG &&
      (_ent_run_is (run, q, "hesitate") || _ent_run_is (run, q, "hesitated") ||
       _ent_run_is (run, q, "hesitates")))
    {
      *p = q - 2;
      return TRUE;
    }
  return FALSE;
}

/* "refrained from condemning", "abstained from", "stopped short of
 * recognising": a refusal before a gerund, whose "from" or "of" is at *@p;
 * TRUE, with *@p moved before the refusing verb, when there is one. */
static gboolean
refrained_before (Run      *run,
                  int      *p,
                  gboolean *negated)
{
  int q = *p, verb;

  if (q <= (int)run->first + 1)
    return FALSE;
  if (_ent_run_is (run, q, "from"))
    verb = q - 1;
  else if (_ent_run_is (run, q, "of") && _ent_run_is (run, q - 1, "short"))
    verb = q - 2;
  else
    return FALSE;
  if (_ent_run_tag (run, verb) != ENT_TAG_REFUSE)
    return FALSE;
  *negated = TRUE;
  run->refused = TRUE;
  *p = verb - 1;
  return TRUE;
}

/* The "to" at *@p of an infinitive on the way back to its verb group's
 * start: 1 when the group goes on before it, 2 when it goes on from the
 * new *@p ("has yet to condemn": not yet done, so @negated), 0 when the
 * group starts after it. "to" continues the group only after a verb
 * that governs it; "a wish not to antagonise" is negated. */
static int
infinitive_to (Run      *run,
               int      *p,
               gboolean *negated)
{
  int v = *p - 1;

  if (v >= (int)run->first && (_ent_run_tag (run, v) == ENT_TAG_NEG))
    *negated = TRUE;
  if (v > (int)run->first && _ent_run_is (run, v, "yet") &&
      (_ent_run_tag (run, v - 1) == ENT_TAG_HAVE || _ent_run_tag (run, v - 1) == ENT_TAG_BE))
    {
      *negated = TRUE;
      *p = v - 1;
      return 2;
    }
  while (v >= (int)run->first && _ent_run_tag (run, v) == ENT_TAG_ADV)
    v--;
  return v >= (int)run->first &&
         (run->is_verb[v - run->first] || _ent_run_tag (run, v) == ENT_TAG_VERB ||
          _ent_run_tag (run, v) == ENT_TAG_REFUSE || _ent_run_tag (run, v) == ENT_TAG_LIGHT ||
          _ent_run_tag (run, v) == ENT_TAG_BE || _ent_run_past_tense_word (run, v));
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

      if (double_negation (run, &p, negated) || refrained_before (run, &p, negated))
        continue;
      if (tag == ENT_TAG_NEG)
        {
          *negated = TRUE;
          /* "has never recognised", "does not recognise", "said they did
           * not recognise": a standing refusal, unlike "has not yet
           * recognised" */
          if (_ent_run_is (run, p, "never") ||
              (p > (int)run->first &&
               (_ent_run_is (run, p - 1, "does") || _ent_run_is (run, p - 1, "do") ||
                _ent_run_is (run, p - 1, "did"))))
            run->refused = TRUE;
          /* "cannot" is "can not" */
          *modal |= _ent_run_is (run, p, "cannot");
        }
      else if (_ent_run_is (run, p, "longer") && p > (int)run->first &&
               _ent_run_is (run, p - 1, "no"))
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
          int step = infinitive_to (run, &p, negated);

          if (step == 0)
            break;
          if (step == 2)
            continue;
        }
      /* 'Tehran "strongly condemns"': scare quotes between the subject and
       * its verb */
      else if (tag == ENT_TAG_DO || tag == ENT_TAG_HAVE || tag == ENT_TAG_ADV ||
               ((run->tokens[p].flags & ENT_TOKEN_QUOTE) && p > (int)run->first &&
                _ent_run_ref_at (run, p - 1) != NULL))
        ;
      /* "have all sent troops", "have both condemned": a quantifier
       * floating after the auxiliary */
      else if ((_ent_run_is (run, p, "all") || _ent_run_is (run, p, "both") ||
                _ent_run_is (run, p, "each")) && p > (int)run->first &&
               (_ent_run_tag (run, p - 1) == ENT_TAG_HAVE ||
                _ent_run_tag (run, p - 1) == ENT_TAG_MODAL ||
                _ent_run_tag (run, p - 1) == ENT_TAG_BE || _ent_run_ref_at (run, p - 1) != NULL))
        ;
      /* "has since fallen out with" */
      else if (_ent_run_is (run, p, "since") && p > (int)run->first &&
               _ent_run_tag (run, p - 1) == ENT_TAG_HAVE)
        ;
      /* "has in turn blamed", "has so far refused", "had for weeks
       * threatened": an adverbial of two words */
      else if (_ent_run_two_word_adverbial (run, p))
        p--;
      else if ((tag == ENT_TAG_VERB || tag == ENT_TAG_LIGHT || run->is_verb[p - run->first] ||
                _ent_run_past_tense_word (run, p)) &&
               p + 1 < (int)run->last && _ent_run_tag (run, p + 1) == ENT_TAG_TO)
        ;
      /* "abstained without condemning Russia", "ended the summit without
       * signing any agreement": what was left undone */
      else if (_ent_run_is (run, p, "without"))
        {
          *negated = TRUE;
          break;
        }
      else
        break;
      p--;
    }
  return (guint)(p + 1);
}

/* Whether a time phrase ends at @p that opens a clause: "and in 2024",
 * "In March 2022", not "a resolution in October 2011". */
static gboolean
time_opens_clause (Run *run,
                   int  p)
{
  int start = _ent_run_time_phrase_start (run, p);

  return start >= 0 && (start == (int)run->first || _ent_run_tag (run, start - 1) == ENT_TAG_CONJ ||
                        _ent_run_punct_is (run, start - 1, ","));
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
  if (p > (int)run->first && !_ent_run_ends_in_ing (run, p) &&
      (_ent_run_tag (run, p - 1) == ENT_TAG_PREP || _ent_run_tag (run, p - 1) == ENT_TAG_LOC_PREP ||
       _ent_run_tag (run, p - 1) == ENT_TAG_BY))
    return TRUE;
  /* "five days of fighting", but "accused Kigali of backing". */
  if (p > (int)run->first + 1 && _ent_run_is (run, p - 1, "of") &&
      _ent_run_ref_at (run, p - 2) == NULL && run->tokens[p - 2].kind == ENT_TOKEN_WORD)
    return TRUE;
  /* "no longer supports" */
  if (p > (int)run->first + 1 && _ent_run_is (run, p - 1, "longer") &&
      _ent_run_is (run, p - 2, "no"))
    return FALSE;
  /* "Ukraine's decision angered Moscow", "its allies imposed sanctions":
   * a past form between a plain noun and a name, an article or another
   * plain noun is that noun's verb. */
  if (p > (int)run->first &&
      (_ent_run_past_tense_word (run, p) ||
       (_ent_run_tag (run, p) == ENT_TAG_LIGHT && _ent_run_ends_in_ed (run, p))) &&
      _ent_run_tag (run, p - 1) == ENT_TAG_NONE && run->tokens[p - 1].kind == ENT_TOKEN_WORD &&
      _ent_run_ref_at (run, p - 1) == NULL &&
      !(run->tokens[p - 1].flags & (ENT_TOKEN_MODIFIER | ENT_TOKEN_CAPITALISED)) &&
      !run->is_verb[p - 1 - run->first] && !_ent_run_past_tense_word (run, p - 1) &&
      !_ent_run_ends_in_ing (run, p - 1) &&
      _ent_run_skip_count (run, (guint)p - 1) == (guint)p - 1 && p + 1 < (int)run->last &&
      (_ent_run_ref_at (run, p + 1) != NULL || _ent_run_tag (run, p + 1) == ENT_TAG_DET ||
       _ent_run_tag (run, p + 1) == ENT_TAG_POSS_PRON ||
       (_ent_run_tag (run, p + 1) == ENT_TAG_NONE && run->tokens[p + 1].kind == ENT_TOKEN_WORD &&
        !(run->tokens[p + 1].flags & ENT_TOKEN_CAPITALISED) &&
        run->text[run->tokens[p - 1].end - 1] == 's')))
    return FALSE;
  for (int q = p - 1, steps = 0; q >= (int)run->first && steps < 4; q--, steps++)
    {
      EntTag tag = _ent_run_tag (run, q);
      Ref *ref = _ent_run_ref_at (run, q);

      /* "two more air strikes", but "the G7 issued" and "and in 2024
       * signed", a verb after a time phrase that opens its clause */
      if (run->tokens[q].kind == ENT_TOKEN_NUMBER && ref == NULL)
        return q != p - 1 || !time_opens_clause (run, q);

      /* "its NATO allies": a name after a possessive pronoun modifies
       * the word. */
      if (ref != NULL)
        return ref->possessive || ref->bare_adjective || tag == ENT_TAG_POSS_PRON ||
               (ref->first > run->first && !ref->pronoun &&
                _ent_run_tag (run, ref->first - 1) == ENT_TAG_POSS_PRON);
      /* "those condemning Moscow" is a verb; "the bombing of" a noun. */
      if (_ent_run_is (run, q, "those"))
        return FALSE;
      /* "France and Russia both accused Ankara", "they have each
       * condemned": a quantifier floating after the subject. */
      if ((_ent_run_is (run, q, "both") || _ent_run_is (run, q, "each") ||
           _ent_run_is (run, q, "all")) &&
          q > (int)run->first &&
          (_ent_run_ref_at (run, q - 1) != NULL || _ent_run_tag (run, q - 1) == ENT_TAG_PRON ||
           _ent_run_tag (run, q - 1) == ENT_TAG_HAVE || _ent_run_tag (run, q - 1) == ENT_TAG_MODAL))
        return FALSE;
      if (tag == ENT_TAG_DET || tag == ENT_TAG_POSS_PRON || tag == ENT_TAG_POSS ||
          tag == ENT_TAG_ADJ)
        return TRUE;
      if (tag == ENT_TAG_NONE && run->tokens[q].kind == ENT_TOKEN_WORD &&
          !run->is_verb[q - run->first])
        continue;
      /* "millions of artillery shells": a compound after a preposition */
      if (q < p - 1 && _ent_run_is (run, q, "of") && !_ent_run_ends_in_ing (run, p))
        return TRUE;
      /* "suspended peace talks", "imposed trade sanctions", "broke off
       * peace talks": a noun compound is the object of the verb (and its
       * particle) before it. */
      {
        int v = q < p - 1 && q > (int)run->first && _ent_run_particle (run, q) ? q - 1 : q;

        return q < p - 1 && !(run->tokens[q + 1].flags & ENT_TOKEN_CAPITALISED) &&
               (run->is_verb[v - run->first] || _ent_run_tag (run, v) == ENT_TAG_LIGHT ||
                _ent_run_past_tense_word (run, v));
      }
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

/* "would consider", "would not rule out", "did not rule out": a plain
 * word right after a modal or "did", with "not" between, is a verb. */
static gboolean
after_modal (Run *run,
             int  p)
{
  int q = p - 1;

  if (run->tokens[p].kind != ENT_TOKEN_WORD || _ent_run_tag (run, p) != ENT_TAG_NONE ||
      (run->tokens[p].flags & ENT_TOKEN_CAPITALISED))
    return FALSE;
  while (q >= (int)run->first && (_ent_run_tag (run, q) == ENT_TAG_NEG ||
                                  _ent_run_tag (run, q) == ENT_TAG_ADV))
    q--;
  return q >= (int)run->first &&
         (_ent_run_tag (run, q) == ENT_TAG_MODAL || _ent_run_tag (run, q) == ENT_TAG_DO);
}

int
_ent_run_previous_verb (Run *run,
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
          !(run->tokens[p + 1].flags & ENT_TOKEN_CAPITALISED) &&
          _ent_run_ends_in_ing (run, p + 1) && _ent_run_ref_at (run, p + 1) == NULL)
        return p + 1;
      if ((run->is_verb[p - run->first] || tag == ENT_TAG_LIGHT || tag == ENT_TAG_VERB ||
           tag == ENT_TAG_SAY ||
           /* "Russia attacked", "Guinea's junta delayed", but not "the
            * UN-patrolled zone" */
           (_ent_run_past_tense_word (run, p) && p > (int)run->first &&
            (_ent_run_ref_at (run, p - 1) != NULL || _ent_run_tag (run, p - 1) == ENT_TAG_ORGAN) &&
            !(run->tokens[p].flags & ENT_TOKEN_HYPHEN_BEFORE)) ||
           after_modal (run, p)) &&
          !_ent_run_looks_nominal (run, p))
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

/* "X and Y accused each other of", "have fought one another", "each side
 * accused the other" */
gboolean
_ent_run_each_other (Run  *run,
                     guint p)
{
  if (p + 1 < run->last && _ent_run_is (run, p, "the") && _ent_run_is (run, p + 1, "other"))
    for (guint q = p; q-- > run->first && q + 8 > p; )
      if (_ent_run_is (run, q, "each"))
        return TRUE;
  return p + 1 < run->last &&
         ((_ent_run_is (run, p, "each") && _ent_run_is (run, p + 1, "other")) ||
          (_ent_run_is (run, p, "one") && _ent_run_is (run, p + 1, "another")));
}
