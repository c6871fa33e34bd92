/* ent-extractor-reactions.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-extractor-private.h"
#include "ent-word-map.h"

/*
 * Reactions: a stance drawn from someone ("drew condemnation from Japan",
 * "sparked fury in Beijing", "drawing Beijing's fury"), or met despite
 * someone ("despite pressure from Washington"), is their position on the
 * one who drew it.
 */

/* "fired missiles into the sea, drawing condemnation from Japan": a
 * reaction drawn from someone is their position on the subject. */
int
_ent_run_reaction_sign (Run  *run,
                        guint i)
{
  static const char *bad[] = {
    "condemnation", "criticism", "protests", "protest", "rebuke", "rebukes", "anger", "outrage",
    "warnings", "objections", "retaliation", "condemnations", "censure", "fury", "backlash",
    "warning", "threat", "threats", "rebuttal", "reprimand", "angry", "furious", "fierce", "harsh",
    "fire", "pressure", "scrutiny", "accusation", "accusations", "sanctions", "countermeasures",
    "reprisals", "ire", "wrath", "denunciation", "denunciations", "complaint", "complaints",
    "objection", "displeasure", "indignation", "hostility", "reproach", "rebuttals", "veto",
    "vetoes", "opposition", "resistance", "boycott", "boycotts", "ultimatum", "snub", "attack",
    "attacks", "shelling", "bombardment", "assault",
  };
  static const char *good[] = {
    "praise", "support", "backing", "welcome", "approval", "gratitude", "thanks", "plaudits",
    "acclaim", "applause", "endorsement", "congratulations", "solidarity",
    "endorsements",
  };
  static EntWordMap *once;
  EntWordMap *signs =
    _ent_run_signed_words (&once, good, G_N_ELEMENTS (good), bad, G_N_ELEMENTS (bad));

  return GPOINTER_TO_INT (ent_word_map_lookup (signs, run->tokens[i].hash));
}

/* "drawing Beijing's fury", "provoked Moscow's anger": the reaction's
 * owner holds it. */
static gboolean
possessed_reaction (Run   *run,
                    guint  i,
                    Group *holders,
                    guint *end,
                    int   *sign)
{
  Ref *owner = _ent_run_ref_at (run, i + 1);
  guint p;

  if (!_ent_run_usable (owner) || owner->first != i + 1 || !owner->possessive || owner->place)
    return FALSE;
  p = owner->last + 1;
  while (p < run->last && p < owner->last + 3 && _ent_run_tag (run, p) == ENT_TAG_ADJ)
    p++;
  if (p >= run->last || (*sign = _ent_run_reaction_sign (run, p)) == 0)
    return FALSE;
  _ent_run_group_init (holders);
  _ent_run_collect_right (run, owner, holders);
  *end = p;
  return TRUE;
}

/* The holders of a reaction drawn by the verb at @i: "drew condemnation
 * from Japan", "an angry reaction from", "sparked fury in Beijing"; @end
 * is the word before them. */
static gboolean
reaction_holders (Run   *run,
                  guint  i,
                  Group *holders,
                  guint *end,
                  int   *sign)
{
  guint q = i + 1;
  Ref *seat, *named, *group;

  if (possessed_reaction (run, i, holders, end, sign))
    return TRUE;
  *sign = 0;
  /* "came under fire from", "faces mounting pressure from" */
  if (q < run->last && _ent_run_is (run, q, "under"))
    q++;
  /* "drawing a vow of retaliation from" */
  while (q < run->last && q < i + 5 && *sign == 0)
    {
      if (_ent_run_tag (run, q) != ENT_TAG_ADJ && _ent_run_tag (run, q) != ENT_TAG_DET &&
          (*sign = _ent_run_reaction_sign (run, q)) == 0 && run->tokens[q].kind != ENT_TOKEN_WORD)
        return FALSE;
      q++;
    }
  /* "an angry reaction from", "a furious response from", "an accusation
   * of betrayal from" */
  while (*sign != 0 && q < run->last && q < i + 6 && !_ent_run_is (run, q, "from") &&
         run->tokens[q].kind == ENT_TOKEN_WORD &&
         (_ent_run_tag (run, q) == ENT_TAG_NONE || _ent_run_is (run, q, "of")) &&
         !(run->tokens[q].flags & ENT_TOKEN_CAPITALISED) && _ent_run_ref_at (run, q) == NULL)
    q++;
  if (*sign == 0 || q + 1 >= run->last)
    return FALSE;
  /* "sparked fury in Beijing": a seat of government stands for it */
  seat = _ent_run_is (run, q, "in") ? _ent_run_ref_at (run, q + 1) : NULL;
  if (!_ent_run_is (run, q, "from") &&
      (seat == NULL || seat->first != q + 1 || seat->name_kind != ENT_NAME_SEAT))
    return FALSE;
  _ent_run_group_init (holders);
  *end = q;
  /* "a vow of retaliation from Kabul's Taliban rulers" */
  named = _ent_run_ref_at (run, (int)q + 1);
  if ((group = _ent_run_possessors_group (run, named)) != named)
    _ent_run_collect_right (run, group, holders);
  else if (!_ent_run_group_right (run, q + 1, holders))
    return FALSE;
  /* "protests from Beirut and from the UN force": the second adds to the
   * first, as any group collected does */
  if (holders->last + 2 < run->last && _ent_run_is (run, holders->last, "and") &&
      _ent_run_is (run, holders->last + 1, "from"))
    _ent_run_group_right (run, holders->last + 2, holders);
  return TRUE;
}

/* "Despite pressure from Washington, India increased its purchases",
 * "pressed ahead amid criticism from Brussels": the critics' stance on
 * the subject of the clause the phrase belongs to. */
void
_ent_run_try_despite (Run  *run,
                      guint i)
{
  Group holders, subjects;
  guint q = i + 1, comma;
  int sign = 0, v;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "despite", ENT_CUE_PREP, ENT_FORM_OTHER, -1, 0.5, 1, FALSE, FALSE };

  while (q < run->last && q < i + 4 && (sign = _ent_run_reaction_sign (run, q)) == 0 &&
         (_ent_run_tag (run, q) == ENT_TAG_DET || _ent_run_tag (run, q) == ENT_TAG_ADJ ||
          (_ent_run_tag (run, q) == ENT_TAG_NONE && run->tokens[q].kind == ENT_TOKEN_WORD &&
           !(run->tokens[q].flags & ENT_TOKEN_CAPITALISED))))
    q++;
  if (sign == 0 || q + 2 >= run->last || !_ent_run_is (run, q + 1, "from"))
    return;
  _ent_run_group_init (&holders);
  _ent_run_group_init (&subjects);
  if (!_ent_run_group_right (run, q + 2, &holders))
    return;
  /* a fronted phrase: the clause after its comma */
  comma = holders.last;
  while (comma < run->last && comma < holders.last + 4 && !_ent_run_punct_is (run, comma, ","))
    comma++;
  if (comma + 1 < run->last && _ent_run_punct_is (run, comma, ",") &&
      _ent_run_group_right (run, comma + 1, &subjects) && subjects.first == comma + 1)
    ;
  else if (i == run->first || (v = _ent_run_previous_verb (run, (int)i - 1)) < 0 ||
           !_ent_run_subject_of_verb (run, v, &subjects, 0))
    return;
  cue.sign = sign;
  at.end = q + 2;
  at.cue = &cue;
  _ent_run_emit (run, &holders, &subjects, sign, cue.strength, &at);
}

/* "Ankara's loud support for Baku drew protests from Yerevan": before
 * the verb at @v, a possessor's noun with its object ("support for",
 * "ties with"); the reaction is to the possessor. */
gboolean
_ent_run_possessor_before_object (Run   *run,
                                  int    v,
                                  Group *group)
{
  Ref *object = _ent_run_ref_at (run, v - 1), *owner;
  int p;

  if (object == NULL || object->first < run->first + 4)
    return FALSE;
  p = (int)object->first - 1;
  if (!(_ent_run_tag (run, p) == ENT_TAG_PREP || _ent_run_is (run, p, "for") ||
        _ent_run_is (run, p, "with") || _ent_run_is (run, p, "to")))
    return FALSE;
  /* the noun and up to two words before it, or its own object:
   * "deployment of troops to" */
  for (p--; p > (int)run->first && p >= (int)object->first - 6; p--)
    {
      if (_ent_run_tag (run, p) == ENT_TAG_POSS)
        {
          owner = _ent_run_ref_at (run, p - 1);
          if (!_ent_run_usable (owner) || owner->place)
            return FALSE;
          _ent_run_collect_left (run, owner, group);
          return TRUE;
        }
      if (run->tokens[p].kind != ENT_TOKEN_WORD || _ent_run_ref_at (run, p) != NULL ||
          (run->tokens[p].flags & ENT_TOKEN_CAPITALISED) ||
          !(_ent_run_tag (run, p) == ENT_TAG_NONE || _ent_run_tag (run, p) == ENT_TAG_ADJ ||
            _ent_run_tag (run, p) == ENT_TAG_ADV || _ent_run_is (run, p, "of") ||
            (_ent_run_tag (run, p) == ENT_TAG_ORGAN && _ent_run_is (run, p - 1, "of"))))
        return FALSE;
    }
  return FALSE;
}

/* "Iran executed a cleric. The execution drew condemnation from
 * Baghdad": an act the story told of, named right before the verb, is
 * its author's. */
static gboolean
act_before (Run   *run,
            guint  start,
            Group *group)
{
  for (guint d = start; d > run->first && d + 4 >= start; d--)
    if (_ent_run_event_author (run, d - 1, group))
      return group->first + 1 == start;
  return FALSE;
}

void
_ent_run_try_reaction (Run  *run,
                       guint i)
{
  Group holders, subjects;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  guint q, start;
  int sign;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "drew", ENT_CUE_VERB, ENT_FORM_PAST, -1, 0.6, 1, FALSE, FALSE };

  if (!reaction_holders (run, i, &holders, &q, &sign))
    return;
  _ent_run_group_init (&subjects);
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  /* "vetoed the draft, a decision that drew condemnation from" */
  if (negated || !(_ent_run_clause_apposition (run, (int)start - 1, &subjects) ||
                   _ent_run_possessor_before_object (run, (int)start, &subjects) ||
                   _ent_run_group_left (run, (int)start - 1, &subjects) ||
                   act_before (run, start, &subjects)))
    return;
  cue.sign = sign;
  at.end = q + 1;
  at.cue = &cue;
  _ent_run_emit (run, &holders, &subjects, sign, cue.strength, &at);
}
