/* ent-extractor-votes.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Votes told in a clause of their own: "The Arab League suspended Syria,
 * with Lebanon and Yemen voting against", "..., with the United States
 * and Israel among those voting against", "with Belarus and Syria joining
 * Russia in voting no". Those who voted against a body's decision take
 * the other side toward whom it concerned.
 */

#include "config.h"

#include "ent-extractor-private.h"

/* "voting against", "voted no" at @i. */
static gboolean
vote_against_at (Run  *run,
                 guint i)
{
  return i + 1 < run->last &&
         (_ent_run_is (run, i, "voting") || _ent_run_is (run, i, "voted")) &&
         (_ent_run_is (run, i + 1, "against") || _ent_run_is (run, i + 1, "no")) &&
         !(i + 2 < run->last && _ent_run_usable (_ent_run_ref_at (run, (int)i + 2)));
}

/* The voters before "voting" at @v, after "with": "with G voting", "with G
 * among those voting", "with G among the 14 countries voting", "with G
 * alone voting", "G joining Russia in voting"; @joined is Russia's. */
static gboolean
voters_before (Run    *run,
               guint   v,
               Group  *voters,
               Ref   **joined)
{
  int p = (int)v - 1;
  Ref *last;

  *joined = NULL;
  if (p > (int)run->first && (_ent_run_is (run, p, "alone") || _ent_run_is (run, p, "also")))
    p--;
  if (p > (int)run->first + 2 && _ent_run_is (run, p, "in") &&
      _ent_run_usable (_ent_run_ref_at (run, p - 1)))
    {
      *joined = _ent_run_ref_at (run, p - 1);
      p = (int)(*joined)->first - 1;
      if (!_ent_run_is (run, p, "joining"))
        return FALSE;
      p--;
    }
  else
    {
      /* "among those", "among the 14 countries" */
      int among = p;

      while (among > (int)run->first && among > p - 5 && !_ent_run_is (run, among, "among") &&
             _ent_run_ref_at (run, among) == NULL && run->tokens[among].kind != ENT_TOKEN_PUNCT)
        among--;
      if (_ent_run_is (run, among, "among"))
        p = among - 1;
    }
  last = p >= (int)run->first ? _ent_run_ref_at (run, p) : NULL;
  if (!_ent_run_usable (last) || last->place || last->last != (guint)p + 1)
    return FALSE;
  _ent_run_group_init (voters);
  _ent_run_collect_left (run, last, voters);
  if (voters->first <= run->first)
    return FALSE;
  if (_ent_run_is (run, voters->first - 1, "with"))
    return TRUE;
  /* "with 18 members in favour, Lebanon and Yemen voting against" */
  if (!_ent_run_punct_is (run, voters->first - 1, ","))
    return FALSE;
  for (guint q = voters->first - 1; q > run->first && q + 10 > voters->first; q--)
    if (_ent_run_is (run, q - 1, "with"))
      return TRUE;
  return FALSE;
}

/* Each body's decision told before @before in the sentence, and those
 * who voted against it; @sentence is where the sentence's statements
 * begin. */
static void
oppose_decisions (Run   *run,
                  guint  sentence,
                  guint  before,
                  Group *voters,
                  guint  vote)
{
  guint n = run->out->statements->len;
  EntCue cue = { "voting against", ENT_CUE_VERB, ENT_FORM_ING, 1, 0.6, 1, FALSE, FALSE };
  CueAt at = { vote, vote + 2, &cue, -1 };

  for (guint k = sentence; k < n; k++)
    {
      EntFoundStatement st = g_array_index (run->out->statements, EntFoundStatement, k);
      Group target;

      if (st.cue_start >= run->tokens[before].cstart ||
          _ent_run_actor_of (run, st.source)->kind != ENT_ACTOR_KIND_ORGANISATION)
        continue;
      _ent_run_group_init (&target);
      target.actors[target.n++] = st.target;
      cue.sign = -st.sign;
      _ent_run_emit (run, voters, &target, -st.sign, cue.strength, &at);
    }
}

/* The words that start a vote against, for the frame map. */
void
_ent_run_add_vote_frame_words (EntWordMap *map)
{
  static const char *words[] = { "voting", "voted" };

  _ent_run_add_frame_words (map, words, G_N_ELEMENTS (words), FRAME_VOTE);
}

void
_ent_run_votes (Run *run)
{
  guint sentence = run->out->statements->len;
  gboolean counted = FALSE;

  for (guint k = 0; k < run->n_frame_hits; k++)
    {
      guint i = run->frame_hits[k];
      Group voters;
      Ref *joined;

      if (!(run->frame_bits[i - run->first] & FRAME_VOTE) || i < run->first + 2 ||
          !vote_against_at (run, i) || !voters_before (run, i, &voters, &joined))
        continue;
      /* where the sentence's statements begin, found once */
      while (!counted && sentence > 0 &&
             g_array_index (run->out->statements, EntFoundStatement,
                            sentence - 1).sentence_start == run->tokens[run->first].cstart)
        sentence--;
      counted = TRUE;
      oppose_decisions (run, sentence, voters.first, &voters, i);
      if (joined != NULL)
        {
          EntCue cue = { "joining", ENT_CUE_VERB, ENT_FORM_ING, 1, 0.6, 1, FALSE, FALSE };
          CueAt at = { i, i + 2, &cue, -1 };
          Group partner;

          _ent_run_group_init (&partner);
          _ent_run_group_add (&partner, joined);
          _ent_run_emit (run, &voters, &partner, 1, cue.strength, &at);
        }
    }
}
