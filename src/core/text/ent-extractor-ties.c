/* ent-extractor-ties.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Relations that change: "relations between Rwanda and Burundi have
 * worsened", "Iran, whose ties with Riyadh are strained", "China's
 * military ties with Russia have deepened". What befalls the relations
 * gives the sign, for both sides. And the sides themselves: "the war
 * between Israel and Hamas", "clashes between the army and the RSF", "the
 * accord was signed by Sudan and Uganda", and a war fought on one side.
 */

#include "config.h"

#include <string.h>

#include "ent-extractor-private.h"
#include "ent-word-map.h"

/* "relations between Rwanda and Burundi have worsened", "ties ... have
 * warmed": how the relation changed, in the few words after @p. */
int
_ent_run_relation_change (Run  *run,
                          guint p)
{
  static const char *better[] = {
    "improved", "improve", "improves", "improving", "warmed", "warming", "thawed", "thawing",
    "strengthened", "deepened", "normalised", "normalized", "recovered", "blossomed", "flourished",
  };
  static const char *worse[] = {
    "worsened", "worsen", "worsens", "worsening", "deteriorated", "deteriorating", "soured",
    "souring", "cooled", "cooling", "frayed", "plunged", "plummeted", "strained", "collapsed",
    "sank", "sunk", "nosedived", "broke", "broken", "ruptured", "tense", "fraught", "hostile",
    "frozen", "froze", "suspended", "severed", "cut",
  };
  static EntWordMap *once;
  EntWordMap *signs =
    _ent_run_signed_words (&once, better, G_N_ELEMENTS (better), worse, G_N_ELEMENTS (worse));

  for (guint q = p, k = 0; q < run->last && k < 5; q++, k++)
    {
      int sign = GPOINTER_TO_INT (ent_word_map_lookup (signs, run->tokens[q].hash));

      if (sign != 0)
        return sign;
      if (run->tokens[q].kind == ENT_TOKEN_PUNCT || _ent_run_ref_at (run, q) != NULL ||
          !(_ent_run_tag (run, q) == ENT_TAG_HAVE || _ent_run_tag (run, q) == ENT_TAG_BE ||
            _ent_run_tag (run, q) == ENT_TAG_ADV || _ent_run_tag (run, q) == ENT_TAG_MODAL ||
            _ent_run_is (run, q, "further") || _ent_run_is (run, q, "sharply")))
        return 0;
    }
  return 0;
}

static const char *ties_words[] = { "relations", "ties", "relationship" };

/* "the rift between Riyadh and Abu Dhabi deepened", "tensions between X
 * and Y worsened": a relation of its own sign that grows or goes the way
 * of its sign still holds (what "relations" do is rule_relation_change()'s). */
gboolean
_ent_run_relation_persists (Run          *run,
                            const EntCue *cue,
                            guint         p)
{
  static const char *growing[] = {
    "deepened", "deepening", "deepens", "widened", "widening", "widens", "grew", "growing",
    "grows", "intensified", "intensifying", "escalated", "escalating", "persisted", "persists",
  };
  static EntWordMap *once;
  int change = _ent_run_relation_change (run, p);

  if (change == 0)
    return TRUE;
  if (_ent_starts_with (cue->phrase, "relation") || _ent_starts_with (cue->phrase, "ties"))
    return FALSE;
  if (change == cue->sign)
    return TRUE;
  for (guint q = p, k = 0; q < run->last && k < 5; q++, k++)
    if (ent_word_set_contains (&once, growing, G_N_ELEMENTS (growing), run->tokens[q].hash))
      return TRUE;
  return FALSE;
}

/* "Iran's relations with Riyadh are strained", "Iran, whose ties with
 * Riyadh have soured": the owner of the relations at @i and the name
 * after "with", into @pair. */
static gboolean
owned_relations (Run   *run,
                 guint  i,
                 Group *pair)
{
  guint p = i + 2;
  int q = (int)i - 1;
  Ref *other, *owner;

  while (p < run->last && _ent_run_tag (run, p) == ENT_TAG_DET)
    p++;
  other = _ent_run_ref_at (run, (int)p);
  if (i < run->first + 1 || !_ent_run_usable (other) || other->place || other->first != p)
    return FALSE;
  /* "China's military ties with", "whose political ties with" */
  while (q > (int)run->first && q > (int)i - 3 && _ent_run_ref_at (run, q) == NULL &&
         (_ent_run_tag (run, q) == ENT_TAG_ADJ || _ent_run_tag (run, q) == ENT_TAG_ORGAN ||
          (_ent_run_tag (run, q) == ENT_TAG_NONE && run->tokens[q].kind == ENT_TOKEN_WORD &&
           !(run->tokens[q].flags & ENT_TOKEN_CAPITALISED))))
    q--;
  if (_ent_run_is (run, q, "whose"))
    {
      if (!_ent_run_relative_antecedent (run, q, pair))
        return FALSE;
    }
  else if (q > (int)run->first && _ent_run_tag (run, q) == ENT_TAG_POSS &&
           _ent_run_usable (owner = _ent_run_ref_at (run, q - 1)) && !owner->place)
    _ent_run_group_add (pair, owner);
  else
    return FALSE;
  _ent_run_group_add (pair, other);
  return pair->n == 2;
}

void
_ent_run_rule_relation_change (Run           *run,
                               const guint32 *bits)
{
  EntCue cue = { "relations", ENT_CUE_NOUN, ENT_FORM_OTHER, 1, 0.6, 1, TRUE, FALSE };

  for (guint k = 0; k < run->n_frame_hits; k++)
    {
      guint i = run->frame_hits[k];
      Group pair;
      Ref *first;
      guint p = i + 2;
      int sign;
      CueAt at;

      if (i + 3 >= run->last || !(bits[i - run->first] & FRAME_TIES))
        continue;
      at = (CueAt) { i, i + 1, NULL, -1 };
      _ent_run_group_init (&pair);
      if (_ent_run_is (run, i + 1, "with"))
        {
          if (!owned_relations (run, i, &pair))
            continue;
        }
      else
        {
          if (!_ent_run_is (run, i + 1, "between"))
            continue;
          while (p < run->last && _ent_run_tag (run, p) == ENT_TAG_DET)
            p++;
          first = _ent_run_ref_at (run, p);
          if (!_ent_run_usable (first) || first->place)
            continue;
          _ent_run_collect_right_full (run, first, &pair, FALSE);
        }
      if (pair.n < 2 || (sign = _ent_run_relation_change (run, pair.last)) == 0)
        continue;
      cue.sign = sign;
      at.cue = &cue;
      _ent_run_emit_pairwise (run, &pair, sign, cue.strength, &at);
    }
}

/* The words that name relations, for the frame map. */
void
_ent_run_add_ties_frame_words (EntWordMap *map)
{
  _ent_run_add_frame_words (map, ties_words, G_N_ELEMENTS (ties_words), FRAME_TIES);
}

/* "the war between Israel and Hamas began": both sides of "between". */
static gboolean
between_group (Run   *run,
               guint  pos,
               Group *group)
{
  guint p = pos;

  while (p < run->last &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ))
    p++;
  if (!_ent_run_usable (_ent_run_ref_at (run, p)) || _ent_run_ref_at (run, p)->place)
    return FALSE;
  _ent_run_collect_right_full (run, _ent_run_ref_at (run, p), group, FALSE);
  return group->n >= 2;
}

/* "ties between X and Y have soured", "clashes between the army and the
 * RSF": the two sides named after "between", each toward the other with
 * the sign of the cue @at, while the relation lasts. TRUE when "between"
 * names them. */
gboolean
_ent_run_sides_between (Run         *run,
                        const CueAt *at)
{
  Group sides;

  _ent_run_group_init (&sides);
  if (at->end >= run->last || !_ent_run_is (run, at->end, "between") ||
      !between_group (run, at->end + 1, &sides))
    return FALSE;
  if (_ent_run_relation_persists (run, at->cue, sides.last))
    _ent_run_emit_pairwise (run, &sides, at->cue->sign, at->cue->strength * 0.9, at);
  return TRUE;
}

/* "died in clashes between the army and the RSF", "fighting between
 * Armenia and Azerbaijan": a one-word verb of conflict told as a noun,
 * with both sides after "between". TRUE when @at is one (and the sides
 * are emitted). */
gboolean
_ent_run_conflict_between (Run         *run,
                           const CueAt *at)
{
  return (at->cue->reciprocal || at->cue->form == ENT_FORM_ING) && at->cue->length == 1 &&
         _ent_run_sides_between (run, at);
}

/* "The accord was signed by Sudan and Uganda", "a pact, signed by
 * Armenia and Azerbaijan in August": the parties to an agreement named
 * after it, in @group (untouched when there are none). */
gboolean
_ent_run_signed_by_after (Run   *run,
                          guint  pos,
                          Group *group)
{
  static const char *verbs[] = {
    "signed", "concluded", "initialled", "initialed", "inked", "agreed", "reached", "ratified",
  };
  static const char *auxiliaries[] = { "was", "were", "is", "are", "has", "have", "had", "been" };
  static EntWordMap *verb_set, *auxiliary_set;
  guint p = pos;
  Group parties;

  if (p < run->last && _ent_run_punct_is (run, p, ","))
    p++;
  while (p < run->last && p < pos + 4 &&
         (ent_word_set_contains (&auxiliary_set, auxiliaries, G_N_ELEMENTS (auxiliaries),
                                 run->tokens[p].hash) ||
          _ent_run_tag (run, p) == ENT_TAG_ADV))
    p++;
  if (p + 2 >= run->last ||
      !ent_word_set_contains (&verb_set, verbs, G_N_ELEMENTS (verbs), run->tokens[p].hash) ||
      _ent_run_tag (run, p + 1) != ENT_TAG_BY)
    return FALSE;
  _ent_run_group_init (&parties);
  if (!_ent_run_complement_after (run, p + 2, &parties) || parties.n < 2 || parties.coref)
    return FALSE;
  *group = parties;
  return TRUE;
}

/* "accused Minsk and Moscow of waging a hybrid war", "propped up Assad
 * through 13 years of civil war": a war its holders fight on the same
 * side, or one inside a state that a phrase of time names, is no war
 * between them ("locked in a civil war", "waged a proxy war" are). */
gboolean
_ent_run_war_on_one_side (Run         *run,
                          const CueAt *at)
{
  static const char *kinds[] = { "hybrid", "joint", "common", "shared" };
  static const char *times[] = { "through", "throughout", "during", "amid", "after" };
  static EntWordMap *kind_set, *time_set;
  int p = (int)at->start - 1;
  gboolean civil = FALSE;

  for (; p >= (int)run->first && p > (int)at->start - 6; p--)
    {
      if (ent_word_set_contains (&kind_set, kinds, G_N_ELEMENTS (kinds), run->tokens[p].hash))
        return TRUE;
      if (_ent_run_is (run, p, "civil") || _ent_run_is (run, p, "proxy"))
        civil = TRUE;
      else if (ent_word_set_contains (&time_set, times, G_N_ELEMENTS (times), run->tokens[p].hash))
        return civil;
      else if (!(_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ ||
                 run->tokens[p].kind == ENT_TOKEN_NUMBER || _ent_run_is (run, p, "of") ||
                 _ent_run_is (run, p, "years") || _ent_run_is (run, p, "decades")))
        return FALSE;
    }
  return FALSE;
}

/* "talks in Istanbul hosted by Turkey", "a summit hosted jointly by Saudi
 * Arabia and the United States", "Nazarbayev hosted Syria peace talks":
 * whoever hosts the meeting of others brings them together and, like a
 * mediator, takes no side. The meeting is named a few words before a
 * passive "hosted by", or is the object of the active verb, an
 * organisation's own too ("hosted the BRICS summit"). */
gboolean
_ent_run_hosted_event (Run         *run,
                       const CueAt *at)
{
  static const char *events[] = {
    "talks", "summit", "summits", "meeting", "meetings", "conference", "conferences",
    "gathering", "negotiations", "round", "rounds", "session", "sessions", "forum",
    "dialogue", "ceremony", "games", "consultations", "congress", "assembly",
  };
  static EntWordMap *once;
  guint p = at->end;

  if (!g_str_equal (at->cue->phrase, "host"))
    return FALSE;
  while (p < run->last && _ent_run_tag (run, p) == ENT_TAG_ADV)
    p++;
  if (p < run->last && _ent_run_is (run, p, "by"))
    {
      /* "Abbas ..., was hosted by": a clause's subject is the guest */
      if (at->start > run->first && (_ent_run_tag (run, at->start - 1) == ENT_TAG_BE ||
                                     _ent_run_tag (run, at->start - 1) == ENT_TAG_HAVE))
        return FALSE;
      for (p = at->start; p > run->first && at->start - p < 12; p--)
        if (ent_word_set_contains (&once, events, G_N_ELEMENTS (events),
                                   run->tokens[p - 1].hash))
          return TRUE;
      return FALSE;
    }
  for (p = at->end; p < run->last && p < at->end + 6; p++)
    {
      Ref *ref = _ent_run_ref_at (run, (int)p);

      if (ent_word_set_contains (&once, events, G_N_ELEMENTS (events), run->tokens[p].hash))
        return TRUE;
      if (run->tokens[p].kind == ENT_TOKEN_PUNCT || run->is_verb[p - run->first])
        return FALSE;
      /* "hosted Syria peace talks", but "hosted Lavrov for talks": a
       * name the meeting's noun does not follow is the guest */
      if (ref != NULL)
        {
          p = ref->last;
          if (p >= run->last || run->tokens[p].kind != ENT_TOKEN_WORD ||
              !(_ent_run_tag (run, p) == ENT_TAG_NONE || _ent_run_tag (run, p) == ENT_TAG_ADJ))
            return FALSE;
          p--;
        }
    }
  return FALSE;
}

/* "opposed any official contact with Taiwan", "welcomed closer ties with
 * Seoul", "condemned any dealings between Washington and Taipei": a stance
 * on someone's relations, the object at @pos, is a stance on the other
 * side of them. TRUE with @targets the actors after "with" or
 * "between". */
gboolean
_ent_run_relation_partners (Run   *run,
                            guint  pos,
                            Group *targets)
{
  static const char *relations[] = {
    "contact", "contacts", "ties", "relations", "dealings", "engagement", "cooperation",
    "exchanges", "links", "rapprochement",
  };
  static EntWordMap *once;
  guint q = pos;

  while (q < run->last && q < pos + 4 && _ent_run_ref_at (run, (int)q) == NULL &&
         run->tokens[q].kind == ENT_TOKEN_WORD && !run->is_verb[q - run->first] &&
         !ent_word_set_contains (&once, relations, G_N_ELEMENTS (relations),
                                 run->tokens[q].hash) &&
         (_ent_run_tag (run, q) == ENT_TAG_DET || _ent_run_tag (run, q) == ENT_TAG_ADJ ||
          _ent_run_tag (run, q) == ENT_TAG_ADV || _ent_run_tag (run, q) == ENT_TAG_NONE ||
          _ent_run_is (run, q, "official")))
    q++;
  if (q + 2 >= run->last ||
      !ent_word_set_contains (&once, relations, G_N_ELEMENTS (relations), run->tokens[q].hash) ||
      !(_ent_run_is (run, q + 1, "with") || _ent_run_is (run, q + 1, "between")))
    return FALSE;
  return _ent_run_object_after (run, q + 2, targets);
}
