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
 * gives the sign, for both sides.
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
    "frozen", "froze", "suspended", "severed",
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
  if (g_str_has_prefix (cue->phrase, "relation") || g_str_has_prefix (cue->phrase, "ties"))
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
                               const guint16 *bits)
{
  EntCue cue = { "relations", ENT_CUE_NOUN, ENT_FORM_OTHER, 1, 0.6, 1, TRUE, FALSE };

  for (guint i = run->first; i + 3 < run->last; i++)
    {
      Group pair;
      Ref *first;
      guint p = i + 2;
      int sign;
      CueAt at;

      if (!(bits[i - run->first] & FRAME_TIES))
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
