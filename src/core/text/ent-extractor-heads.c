/* ent-extractor-heads.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-extractor-private.h"
#include "ent-word-map.h"

/*
 * Holders named around a noun rather than as a clause's subject: "those
 * opposed to X include Y", "Y, an ally of X" (the head of an apposition),
 * the relational nouns ("allies", "foes") and the groups of names on
 * either side of a word.
 */

/* "Those opposed to X include Y": the holders come after the complement. */
gboolean
_ent_run_those_include (Run   *run,
                        guint  after,
                        Group *group)
{
  for (guint p = after; p < run->last && p < after + 8; p++)
    if (_ent_run_is (run, p, "include") || _ent_run_is (run, p, "includes") ||
        _ent_run_is (run, p, "included") || _ent_run_is (run, p, "are") ||
        _ent_run_is (run, p, "were") || _ent_run_is (run, p, "is") || _ent_run_is (run, p, "was"))
      return _ent_run_object_after (run, p + 1, group);
  return FALSE;
}

/* "A vocal critic of the Kremlin, Estonian Prime Minister Kaja Kallas
 * ...", "A close ally of Moscow, Belarus ...": a noun phrase that opens the
 * sentence and ends at a comma describes the subject named after it.
 * @start is the cue's first token, @after the token after its
 * complement. */
gboolean
_ent_run_fronted_head (Run   *run,
                       guint  start,
                       guint  after,
                       Group *group)
{
  Ref *head;

  /* "Once a close ally of Moscow, ...", "A former ally of": no more */
  for (guint p = run->first; p < start; p++)
    if (_ent_run_is (run, p, "once") || _ent_run_is (run, p, "former") ||
        _ent_run_is (run, p, "onetime") || _ent_run_is (run, p, "erstwhile") ||
        !(_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ ||
          _ent_run_tag (run, p) == ENT_TAG_ADV ||
          (run->tokens[p].kind == ENT_TOKEN_WORD && _ent_run_tag (run, p) == ENT_TAG_NONE &&
           _ent_run_ref_at (run, (int)p) == NULL && p + 1 == start)))
      return FALSE;
  /* "A fierce critic of Israel's conduct of the war in Gaza, ..." */
  for (; after < run->last && !_ent_run_punct_is (run, after, ","); after++)
    if (after > start + 12 || run->is_verb[after - run->first] ||
        _ent_run_tag (run, after) == ENT_TAG_SUB || _ent_run_tag (run, after) == ENT_TAG_REL ||
        _ent_run_tag (run, after) == ENT_TAG_SAY || run->tokens[after].kind == ENT_TOKEN_PUNCT)
      return FALSE;
  if (after + 1 >= run->last || !_ent_run_usable (head = _ent_run_ref_at (run, (int)after + 1)) ||
      head->place || head->possessive || head->first != after + 1)
    return FALSE;
  _ent_run_collect_right (run, head, group);
  return TRUE;
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

      /* "accused India of backing the TTP, a charge New Delhi rejects":
       * a charge stands for what was said, not for an actor. */
      if (_ent_run_is_report_noun (run, p))
        return FALSE;
      /* "the Iran-aligned, anti-American factions": a comma between two
       * adjectives */
      if (_ent_run_punct_is (run, p, ",") && p > (int)run->first &&
          (run->tokens[p - 1].flags & ENT_TOKEN_HYPHEN_BEFORE) &&
          !(run->tokens[p - 1].flags & ENT_TOKEN_CAPITALISED) &&
          run->tokens[p - 1].kind == ENT_TOKEN_WORD)
        continue;
      if (_ent_run_punct_is (run, p, ",") || tag == ENT_TAG_REL || _ent_run_is (run, p, "that"))
        {
          if (_ent_run_punct_is (run, p, ",") && steps == 0)
            return FALSE;
          /* "Iran, which Israel attacked" */
          if (!_ent_run_punct_is (run, p, ",") && p - 1 >= (int)run->first &&
              _ent_run_punct_is (run, p - 1, ","))
            p--;
          ref = _ent_run_ref_at (run, p - 1);
          /* "the M23 rebels, whom" */
          if (ref == NULL && p - 2 >= (int)run->first &&
              run->tokens[p - 1].kind == ENT_TOKEN_WORD &&
              !(run->tokens[p - 1].flags & ENT_TOKEN_CAPITALISED) &&
              (_ent_run_tag (run, p - 1) == ENT_TAG_PEOPLE ||
               _ent_run_tag (run, p - 1) == ENT_TAG_ORGAN))
            ref = _ent_run_ref_at (run, p - 2);
          if (!_ent_run_usable (ref) || ref->place || ref->possessive)
            return FALSE;
          _ent_run_collect_left (run, ref, group);
          return TRUE;
        }
      /* "the Iran-aligned, anti-American factions": a name and its affix */
      ref = p > (int)run->first ? _ent_run_ref_at (run, p - 1) : NULL;
      if (ref != NULL && (run->tokens[p].flags & ENT_TOKEN_HYPHEN_BEFORE) &&
          !(run->tokens[p].flags & ENT_TOKEN_CAPITALISED) && run->tokens[p].kind == ENT_TOKEN_WORD)
        {
          p = (int)ref->first;
          continue;
        }
      /* "Fano, an Amhara militia", "an Iraqi militia": a proper
       * adjective before the head noun */
      if (steps > 0 && p + 1 < (int)run->last && run->tokens[p].kind == ENT_TOKEN_WORD &&
          (run->tokens[p].flags & ENT_TOKEN_CAPITALISED) &&
          !(run->tokens[p + 1].flags & ENT_TOKEN_CAPITALISED) &&
          (_ent_run_ref_at (run, p) == NULL
             ? tag == ENT_TAG_NONE
             : _ent_run_ref_at (run, p)->name_kind == ENT_NAME_ADJECTIVE))
        continue;
      if (_ent_run_ref_at (run, p) != NULL || run->is_verb[p - run->first])
        return FALSE;
      if (run->tokens[p].kind == ENT_TOKEN_NUMBER || tag == ENT_TAG_DET || tag == ENT_TAG_ADJ ||
          tag == ENT_TAG_ADV || tag == ENT_TAG_ORGAN || tag == ENT_TAG_PEOPLE ||
          _ent_run_is (run, p, "of") ||
          (tag == ENT_TAG_NONE && run->tokens[p].kind == ENT_TOKEN_WORD &&
           !(run->tokens[p].flags & ENT_TOKEN_CAPITALISED)))
        continue;
      return FALSE;
    }
  return FALSE;
}

/* "Cuba, Maduro's closest ally", "Iran's ally Syria", "X is Y's main
 * rival": a relational noun after a possessor. */
static const char *allied_nouns[] = {
  "ally", "allies", "partner", "partners", "friend", "friends", "backer", "backers", "patron",
  "protector", "supporter", "supporters", "sponsor", "proxy", "proxies", "client", "champion",
  "supplier", "suppliers", "creditor", "lender", "donor", "donors", "benefactor", "guarantor",
  "member", "lifeline", "enabler", "enablers",
};
static const char *hostile_nouns[] = {
  "enemy", "enemies", "foe", "foes", "rival", "rivals", "adversary", "adversaries", "nemesis",
  "arch-rival", "archrival", "arch-enemy", "archenemy", "critic", "critics", "opponent",
  "opponents",
};

void
_ent_run_add_related_frame_words (EntWordMap *map)
{
  _ent_run_add_frame_words (map, allied_nouns, G_N_ELEMENTS (allied_nouns), FRAME_RELATED);
  _ent_run_add_frame_words (map, hostile_nouns, G_N_ELEMENTS (hostile_nouns), FRAME_RELATED);
}

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

gboolean
_ent_run_group_left (Run   *run,
                     int    pos,
                     Group *group)
{
  return _ent_run_subject_of (run, pos, group, 0);
}


gboolean
_ent_run_group_right (Run   *run,
                      guint  pos,
                      Group *group)
{
  return _ent_run_object_after (run, pos, group);
}
