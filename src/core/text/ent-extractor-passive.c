/* ent-extractor-passive.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-extractor-private.h"
#include "ent-word-map.h"

/*
 * Cues in the passive: "was condemned by Turkey", "Russian forces, backed
 * by North Korean troops": the agent after "by" holds the position toward
 * the subject, or toward the act the story told before. And measures
 * that fall on the subject: "was hit with EU sanctions".
 */

/* The subject before the verb group at @start is "the strikes", "the
 * attack": the last attack the text reported. */
static gboolean
event_subject (Run   *run,
               guint  start,
               Group *group)
{
  int q = (int)start - 1;

  while (q > (int)run->first && run->tokens[q].kind == ENT_TOKEN_WORD &&
         _ent_run_ref_at (run, q) == NULL && !(run->tokens[q].flags & ENT_TOKEN_CAPITALISED) &&
         (_ent_run_tag (run, q) == ENT_TAG_NONE || _ent_run_tag (run, q) == ENT_TAG_ADJ))
    q--;
  return q >= (int)run->first && (q == (int)run->first || !_ent_run_punct_is (run, q - 1, ",")) &&
         _ent_run_event_author (run, (guint)q, group);
}

/* "blamed militants backed by Pakistan": a lower-case noun right before
 * the participle at @p, not one of a name's people ("M23 rebels backed by
 * Rwanda", "the Kosovo Serb party backed by Belgrade") */
static gboolean
plain_noun_before (Run  *run,
                   guint p)
{
  const EntToken *t;
  EntTag tag;

  if (p <= run->first)
    return FALSE;
  t = &run->tokens[p - 1];
  tag = _ent_run_tag (run, p - 1);
  return t->kind == ENT_TOKEN_WORD && !(t->flags & ENT_TOKEN_CAPITALISED) &&
         _ent_run_ref_at (run, (int)p - 1) == NULL &&
         (tag == ENT_TAG_NONE || tag == ENT_TAG_PEOPLE) &&
         !(p - 1 > run->first && (_ent_run_ref_at (run, (int)p - 2) != NULL ||
                                  (run->tokens[p - 2].flags & ENT_TOKEN_CAPITALISED)));
}

/* "was condemned by Turkey", "Russian forces, backed by North Korean
 * troops": the agent after "by" holds the position toward the subject.
 * @start is where the verb group begins. */
void
_ent_run_rule_passive (Run         *run,
                       const CueAt *at,
                       guint        start,
                       int          sign)
{
  guint by = at->end;
  Group sources, targets;

  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);

  /* "is designated a terrorist organisation by Turkey", "were struck in
   * April 2018 by U.S. missiles" */
  while (by < run->last && by < at->end + 6 && _ent_run_tag (run, by) != ENT_TAG_BY)
    {
      guint time = ent_lexicon_time_phrase_length (run->tokens, run->last, by);

      if (time > 0)
        by += time;
      else if (_ent_run_tag (run, by) == ENT_TAG_DET || _ent_run_tag (run, by) == ENT_TAG_ADJ ||
               (_ent_run_tag (run, by) == ENT_TAG_NONE && run->tokens[by].kind == ENT_TOKEN_WORD &&
                _ent_run_ref_at (run, by) == NULL))
        by++;
      else
        break;
    }
  if (by >= run->last || _ent_run_tag (run, by) != ENT_TAG_BY ||
      !_ent_run_complement_after (run, by + 1, &sources))
    return;
  /* "the jet crashed in Kazakhstan after being hit by Russian air
   * defences": what was hit is the subject of the clause before, not
   * the place just before "after". */
  if (start > run->first && _ent_run_is (run, start, "being") &&
      (_ent_run_tag (run, start - 1) == ENT_TAG_PREP ||
       _ent_run_tag (run, start - 1) == ENT_TAG_SUB ||
       _ent_run_tag (run, start - 1) == ENT_TAG_LOC_PREP))
    {
      int v = _ent_run_previous_verb (run, (int)start - 2);

      if (v >= 0 ? !_ent_run_subject_of_verb (run, v, &targets, 0)
                 : !_ent_run_main_subject (run, (int)start - 2, &targets))
        return;
    }
  /* "Russian forces, backed by North Korean troops, retook Kursk" */
  else if (start >= run->first + 2 && _ent_run_punct_is (run, start - 1, ",") &&
           _ent_run_usable (_ent_run_ref_at (run, (int)start - 2)) &&
           !_ent_run_ref_at (run, (int)start - 2)->place)
    _ent_run_collect_left (run, _ent_run_ref_at (run, (int)start - 2), &targets);
  /* "a move welcomed by Malaysia and condemned by the United States" */
  else if (_ent_run_shares_passive_subject (run, start, &targets))
    ;
  /* "Israel struck Doha. The strikes were condemned by Qatar." */
  else if (event_subject (run, start, &targets))
    ;
  /* "blamed militants backed by Pakistan": the participle qualifies the
   * plain noun before it, no actor, unless the noun labels one ("called the
   * FDLR a militia backed by Kinshasa") or sums up the clause before */
  else if (start == at->start && plain_noun_before (run, start))
    {
      if (!_ent_run_clause_apposition (run, (int)start - 1, &targets) &&
          !_ent_run_labelled_before (run, (int)start - 1, &targets))
        return;
    }
  /* "paid for the mission, a contribution criticised by Congo" */
  else if (!_ent_run_subject_of (run, (int)start - 1, &targets, 0) &&
           !_ent_run_clause_apposition (run, (int)start - 1, &targets))
    return;
  _ent_run_emit (run, &sources, &targets, sign, at->cue->strength * 0.95, at);
}

/* Whether the verb at @at, after a form of "be" when @be, is passive. */
gboolean
_ent_run_is_passive (Run         *run,
                     const CueAt *at,
                     gboolean     be)
{
  gboolean by = at->end < run->last && _ent_run_tag (run, at->end) == ENT_TAG_BY;

  /* "retaliated by barring Malaysians": "by" and a gerund say how */
  if (!be && by && at->end + 1 < run->last && _ent_run_ends_in_ing (run, at->end + 1))
    return FALSE;
  /* "after being hit by": a verb whose forms are all alike */
  return ((at->cue->form == ENT_FORM_PAST || at->cue->form == ENT_FORM_PARTICIPLE ||
           (at->cue->pos == ENT_CUE_PHRASE && at->end == at->start + 1 &&
            _ent_run_past_tense_word (run, (int)at->start))) &&
          (be || by)) ||
         (be && by);
}

/* The words of measures whose owner may be named before them after "hit
 * with" or "placed under", for the frame map. */
void
_ent_run_add_measure_frame_words (EntWordMap *map)
{
  static const char *words[] = {
    "sanctions", "tariffs", "embargo", "penalties", "duties", "bans",
  };

  _ent_run_add_frame_words (map, words, G_N_ELEMENTS (words), FRAME_MEASURE);
}

/* "hit", "slapped", "punished": a verb that brings a measure down on its
 * object, at @q. */
static gboolean
measure_verb (Run *run,
              int  q)
{
  static const char *words[] = {
    "hit", "hits", "hitting", "slap", "slaps", "slapped", "slapping", "punish", "punishes",
    "punished", "punishing", "targeted", "targets", "target", "targeting",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[q].hash);
}

/* "was hit with", "placed under", "came under": a participle after which
 * a measure falls on the subject, at @q. */
static gboolean
falls_on_subject (Run *run,
                  int  q)
{
  static const char *words[] = {
    "hit", "slapped", "placed", "put", "targeted", "came", "punished",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[q].hash);
}

/* "was hit with U.S. sanctions", "slapped with EU tariffs", "placed
 * under UN sanctions", "Washington hit Caracas with new sanctions": the
 * measure at @i, its owner named before it (or else the verb's subject),
 * and the one it falls on, the passive's subject or the verb's object. */
void
_ent_run_try_measure_with (Run  *run,
                           guint i)
{
  EntCue cue = { "sanctions", ENT_CUE_NOUN, ENT_FORM_OTHER, -1, 0.7, 1, FALSE, FALSE };
  CueAt at = { i, i + 1, &cue, -1 };
  Group sources, targets;
  Ref *owner = NULL, *object;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  int p = (int)i - 1;
  guint start;

  if (p > (int)run->first && _ent_run_usable (_ent_run_ref_at (run, p)) &&
      _ent_run_ref_at (run, p)->last == i && !_ent_run_ref_at (run, p)->place)
    {
      owner = _ent_run_ref_at (run, p);
      p = (int)owner->first - 1;
    }
  while (p > (int)run->first &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ ||
          _ent_run_is (run, p, "new")))
    p--;
  if (p <= (int)run->first + 1 || !(_ent_run_is (run, p, "with") || _ent_run_is (run, p, "under")))
    return;
  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  object = _ent_run_ref_at (run, p - 1);
  if (_ent_run_is (run, p, "with") && _ent_run_usable (object) && !object->place &&
      object->first > run->first && measure_verb (run, (int)object->first - 1))
    {
      /* "Washington slapped Caracas with sanctions" */
      start = _ent_run_verb_group_start (run, object->first - 1, &negated, &be, &modal);
      _ent_run_collect_right (run, object, &targets);
      if (owner != NULL)
        _ent_run_group_add (&sources, owner);
      else if (!_ent_run_subject_of (run, (int)start - 1, &sources, 0))
        return;
    }
  else if (owner != NULL && falls_on_subject (run, p - 1))
    {
      /* "Zimbabwe was hit with EU sanctions", "came under U.S. sanctions" */
      start = _ent_run_verb_group_start (run, (guint)p - 1, &negated, &be, &modal);
      if (!(be || _ent_run_is (run, p - 1, "came")) ||
          !_ent_run_subject_of (run, (int)start - 1, &targets, 0))
        return;
      _ent_run_group_add (&sources, owner);
    }
  else
    return;
  if (negated || modal)
    return;
  _ent_run_emit (run, &sources, &targets, -1, cue.strength, &at);
}
