/* ent-extractor-hypothetical.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Positions a sentence speaks of without taking them: a condition's
 * subject ("if it attacked Israel"), an act spoken of as a possibility ("a
 * Chinese attack on Taiwan could"), a deal undone ("suspended the
 * agreement") and a measure wished away ("wants sanctions on Russia
 * lifted").
 */

#include "config.h"

#include "ent-extractor-private.h"
#include "ent-word-map.h"

/* "would strike Iran if it attacked Israel", "unless Moscow withdraws",
 * "if the United States attacks", "if, as expected, China attacks", "if
 * and when Russia attacks": a subject that opens a condition acts only in
 * a hypothesis. */
gboolean
_ent_run_conditional_subject (Run   *run,
                              Group *sources)
{
  guint p = sources->first;

  if (p == G_MAXUINT || p <= run->first)
    return FALSE;
  while (p > run->first + 1 && _ent_run_tag (run, p - 1) == ENT_TAG_DET)
    p--;
  /* a parenthetical between commas */
  if (p > run->first + 2 && _ent_run_punct_is (run, p - 1, ","))
    for (guint q = p - 2; q > run->first && q + 6 > p; q--)
      if (_ent_run_punct_is (run, q, ","))
        {
          p = q;
          break;
        }
  if (p > run->first + 2 && _ent_run_is (run, p - 1, "when") && _ent_run_is (run, p - 2, "and"))
    p -= 2;
  return _ent_run_is (run, p - 1, "if") || _ent_run_is (run, p - 1, "unless");
}

/* "a Chinese attack on Taiwan could justify", "any attack on Niger would
 * be treated as": an act spoken of as a possibility, not one done. */
gboolean
_ent_run_hypothetical_noun (Run         *run,
                            const CueAt *at,
                            Group       *targets)
{
  int p = (int)at->start - 1;
  guint q = targets->last;

  while (p > (int)run->first && (_ent_run_tag (run, p) == ENT_TAG_ADJ ||
                                 (_ent_run_ref_at (run, p) != NULL &&
                                  _ent_run_ref_at (run, p)->name_kind == ENT_NAME_ADJECTIVE)))
    p = _ent_run_ref_at (run, p) != NULL ? (int)_ent_run_ref_at (run, p)->first - 1 : p - 1;
  if (p < (int)run->first ||
      !(_ent_run_is (run, p, "a") || _ent_run_is (run, p, "an") || _ent_run_is (run, p, "any")))
    return FALSE;
  return q != G_MAXUINT && q < run->last &&
         (_ent_run_is (run, q, "could") || _ent_run_is (run, q, "would") ||
          _ent_run_is (run, q, "might"));
}

/* "wants sanctions on Russia lifted", "wants fewer sanctions on": a
 * measure wished away, not imposed. */
gboolean
_ent_run_measure_undone (Run         *run,
                         const CueAt *at,
                         Group       *targets)
{
  static const char *undone[] = {
    "lifted", "eased", "removed", "scrapped", "dropped", "relaxed", "ended", "suspended",
  };
  static EntWordMap *once;
  guint q = targets->last;

  if (at->cue->sign > 0 || _ent_run_measure_kind (at->cue) < 0)
    return FALSE;
  if (at->start > run->first &&
      (_ent_run_is (run, at->start - 1, "fewer") || _ent_run_is (run, at->start - 1, "less")))
    return TRUE;
  return q != G_MAXUINT && q < run->last &&
         ent_word_set_contains (&once, undone, G_N_ELEMENTS (undone), run->tokens[q].hash);
}

/* "India and Pakistan suspended the agreement", "tore up the deal", "no
 * agreement between Serbia and Kosovo": a deal undone or never made binds
 * no one. */
gboolean
_ent_run_deal_undone (Run         *run,
                      const CueAt *at)
{
  static const char *undoing[] = {
    "no", "suspended", "suspends", "suspend", "abandoned", "abandons", "abandon", "scrapped",
    "scraps", "scrap", "tore", "torn", "withdrew", "withdrawn", "withdraw", "violated",
    "violates", "breached", "rejected", "rejects", "cancelled", "canceled", "quit", "exited",
    "repudiated", "annulled", "without",
  };
  static EntWordMap *once;
  int p = (int)at->start - 1;

  for (guint k = 0; p >= (int)run->first && k < 4; k++, p--)
    {
      if (ent_word_set_contains (&once, undoing, G_N_ELEMENTS (undoing), run->tokens[p].hash))
        return TRUE;
      if (run->tokens[p].kind != ENT_TOKEN_WORD || _ent_run_ref_at (run, p) != NULL ||
          !(_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ ||
            _ent_run_tag (run, p) == ENT_TAG_NONE || _ent_run_is (run, p, "from") ||
            _ent_run_is (run, p, "up")))
        return FALSE;
    }
  return FALSE;
}
