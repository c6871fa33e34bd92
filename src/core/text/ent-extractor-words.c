/* ent-extractor-words.c
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
 * Single words and marks as the rules read them: counts ("about 40",
 * "more than 85"), hyphens and dashes, and the endings that tell a verb
 * in the past ("-ed") or a gerund ("-ing").
 */

/* "about", "nearly": a word that makes the amount after it approximate */
gboolean
_ent_run_is_approximate (Run   *run,
                         guint  p)
{
  static const char *words[] = {
    "about", "some", "nearly", "almost", "around", "roughly", "approximately", "over",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash);
}

/* "about 40", "more than 85", "at least 12", "an estimated 300": the
 * words that make a number approximate, skipped from @p when a number
 * follows them. */
guint
_ent_run_skip_approximate (Run   *run,
                           guint  p)
{
  guint q = p;

  if (q + 1 < run->last &&
      ((_ent_run_is (run, q, "up") && _ent_run_is (run, q + 1, "to")) ||
       (_ent_run_is (run, q, "at") && _ent_run_is (run, q + 1, "least")) ||
       (_ent_run_is (run, q, "an") && _ent_run_is (run, q + 1, "estimated")) ||
       ((_ent_run_is (run, q, "more") || _ent_run_is (run, q, "fewer") ||
         _ent_run_is (run, q, "less")) &&
        _ent_run_is (run, q + 1, "than"))))
    q += 2;
  else if (q < run->last && _ent_run_is_approximate (run, q))
    q++;
  return q > p && q < run->last && run->tokens[q].kind == ENT_TOKEN_NUMBER ? q : p;
}

/* Whether the word at @i counts what follows it in words: "three",
 * "several", "dozens", "a few". */
gboolean
_ent_run_is_count (Run   *run,
                   guint  i)
{
  static const char *words[] = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "several", "many", "dozen", "dozens", "hundreds", "scores", "few",
    "more",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* Past the article and the count before a noun: "the", "three", "40",
 * "dozens of", "several". */
guint
_ent_run_skip_count (Run   *run,
                     guint  p)
{
  p = _ent_run_skip_approximate (run, p);
  while (p < run->last &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || run->tokens[p].kind == ENT_TOKEN_NUMBER ||
          _ent_run_is_count (run, p) ||
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

/* "applied to join", "agreed to restore": a lower-case word in -ed before
 * "to" is most often a verb that governs the infinitive. */
gboolean
_ent_run_past_tense_word (Run *run,
                          int  v)
{
  const EntToken *t = &run->tokens[v];

  return t->kind == ENT_TOKEN_WORD && _ent_run_tag (run, v) == ENT_TAG_NONE &&
         !(t->flags & ENT_TOKEN_CAPITALISED) && _ent_run_ends_in_ed (run, v);
}

/* "announced", "imposed": a word of five letters or more ending in -ed,
 * whatever its tag. */
gboolean
_ent_run_ends_in_ed (Run *run,
                     int  p)
{
  const EntToken *t = &run->tokens[p];

  return t->end - t->start > 4 && run->text[t->end - 2] == 'e' && run->text[t->end - 1] == 'd';
}

/* "the launches", "North Korea's missile launches": a word that can be a
 * verb is a noun after a determiner, a possessive or an adjective. */
gboolean
_ent_run_ends_in_ing (Run *run,
                      int  p)
{
  const EntToken *t = &run->tokens[p];

  return t->end - t->start > 4 && strncmp (run->text + t->end - 3, "ing", 3) == 0;
}

/* "warned Beijing against supplying weapons to Moscow", "cautioned
 * against sending troops", "warned China against providing lethal aid
 * to Russia": what one is warned against has not been done. */
gboolean
_ent_run_warned_against (Run         *run,
                         const CueAt *at)
{
  int p = (int)at->start - 1;

  if (at->cue->form == ENT_FORM_ING)
    return p >= (int)run->first && _ent_run_is (run, p, "against");
  if (at->cue->pos != ENT_CUE_NOUN)
    return FALSE;
  /* the noun's verb: "providing lethal aid to" */
  while (p > (int)run->first && p + 4 > (int)at->start && !_ent_run_ends_in_ing (run, p) &&
         _ent_run_ref_at (run, p) == NULL && run->tokens[p].kind == ENT_TOKEN_WORD &&
         !(run->tokens[p].flags & ENT_TOKEN_CAPITALISED) &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ ||
          _ent_run_tag (run, p) == ENT_TAG_NONE))
    p--;
  return p > (int)run->first && _ent_run_ends_in_ing (run, p) &&
         _ent_run_is (run, p - 1, "against");
}
