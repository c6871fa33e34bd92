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

/* "voting against", "voted no", "voting against it" or "the resolution"
 * at @i: a vote against the decision told before, not against something
 * it names ("voting against the budget", "voting against Israel"). */
static gboolean
vote_against_at (Run  *run,
                 guint i)
{
  static const char *texts[] = {
    "resolution", "text", "draft", "motion", "measure", "decision", "move", "proposal",
  };
  static EntWordMap *once;
  guint q = i + 2;

  if (i + 1 >= run->last || !(_ent_run_is (run, i, "voting") || _ent_run_is (run, i, "voted")) ||
      !(_ent_run_is (run, i + 1, "against") || _ent_run_is (run, i + 1, "no")))
    return FALSE;
  if (q >= run->last || run->tokens[q].kind == ENT_TOKEN_PUNCT || _ent_run_is (run, q, "and") ||
      _ent_run_is (run, q, "it") || _ent_run_is (run, q, "them") || _ent_run_is (run, q, "while"))
    return TRUE;
  return _ent_run_is (run, q, "the") && q + 1 < run->last &&
         ent_word_set_contains (&once, texts, G_N_ELEMENTS (texts), run->tokens[q + 1].hash);
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
      if (p <= (int)run->first || !_ent_run_is (run, p, "joining"))
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
  /* "with the United States", "with only Belarus" */
  for (p = (int)voters->first - 1;
       p > (int)run->first &&
       (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_is (run, p, "only"));
       p--)
    ;
  if (p <= (int)run->first)
    return FALSE;
  if (_ent_run_is (run, p, "with"))
    return TRUE;
  /* "with 18 members in favour, Lebanon and Yemen voting against", "with
   * 12 in favour and Russia voting no" */
  if (!_ent_run_punct_is (run, p, ",") && !_ent_run_is (run, p, "and"))
    return FALSE;
  for (int q = p; q > (int)run->first && q + 10 > p; q--)
    if (_ent_run_is (run, q - 1, "with"))
      return TRUE;
  return FALSE;
}

/* Where the clause that the vote at @before hangs from begins: after the
 * last ";", ", and", ", but" or ", while" before it, or the sentence's
 * start. */
static guint
clause_start (Run   *run,
              guint  before)
{
  for (guint q = before; q > run->first + 1; q--)
    if (_ent_run_punct_is (run, q - 1, ";") ||
        (_ent_run_punct_is (run, q - 2, ",") &&
         (_ent_run_is (run, q - 1, "and") || _ent_run_is (run, q - 1, "but") ||
          _ent_run_is (run, q - 1, "while"))))
      return q;
  return run->first;
}

/* Each decision of the body that is the subject of the clause before
 * @voters, who voted against it at @vote; @sentence is where the
 * sentence's statements begin. */
static void
oppose_decisions (Run   *run,
                  guint  sentence,
                  Group *voters,
                  guint  vote)
{
  guint before = voters->first;
  guint n = run->out->statements->len, start = clause_start (run, before);
  EntCue cue = { "voting against", ENT_CUE_VERB, ENT_FORM_ING, 1, 0.6, 1, FALSE, FALSE };
  CueAt at = { vote, vote + 2, &cue, -1 };
  Group body;

  _ent_run_group_init (&body);
  if (!_ent_run_main_subject (run, (int)before - 1, &body) || body.first < start)
    return;
  for (guint k = sentence; k < n; k++)
    {
      EntFoundStatement st = g_array_index (run->out->statements, EntFoundStatement, k);
      Group target;

      if (st.cue_start >= run->tokens[before].cstart || st.cue_start < run->tokens[start].cstart ||
          st.source != body.actors[0] ||
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

/* Votes against told in a clause of their own, once the sentence's rules
 * have told what was decided. */
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
      oppose_decisions (run, sentence, &voters, i);
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
