/* ent-extractor-cues.c
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
 * Finding the stance cues of a sentence: the lexicon's longest matches,
 * a noun cue with its agent between ("strikes by Israel on Iran"), less
 * participles used as adjectives ("sanctioned banks") and "back" used as
 * a particle ("send back").
 */

/* "strikes by Israel on Iran", "support from Russia for": a noun cue
 * whose holder comes between the noun and its preposition. @start is
 * what the lexicon's cue starts map the word at @i to. */
static const EntCue *
match_around_agent (Run           *run,
                    guint          i,
                    gconstpointer  start,
                    CueAt         *at)
{
  EntToken window[8];
  Ref *agent;
  guint n = 0, span = 0;
  const EntCue *cue;

  if (i + 3 >= run->last || run->tokens[i].kind != ENT_TOKEN_WORD ||
      !(_ent_run_tag (run, i + 1) == ENT_TAG_BY || _ent_run_is (run, i + 1, "from")))
    return NULL;
  agent = _ent_run_ref_at (run, (int)i + 2);
  if (!_ent_run_usable (agent) || agent->place || agent->possessive)
    return NULL;
  window[n++] = run->tokens[i];
  for (guint k = agent->last; k < run->last && n < G_N_ELEMENTS (window); k++)
    window[n++] = run->tokens[k];
  cue = ent_lexicon_match_cue_from (run->lexicon, start, window, n, 0, ENT_CUE_NONE, &span);
  if (cue == NULL || span < 2 || cue->reciprocal ||
      (cue->pos != ENT_CUE_NOUN &&
       !(cue->pos == ENT_CUE_VERB && _ent_run_looks_nominal (run, (int)i))))
    return NULL;
  at->start = i;
  at->end = agent->last + span - 1;
  at->cue = cue;
  at->agent = (int)agent->first;
  return cue;
}

/* "condemned armed groups", "against sanctioned banks": a participle
 * between a verb, an article or a preposition and a common noun
 * describes the noun. */
static gboolean
participle_as_adjective (Run          *run,
                         guint         i,
                         const EntCue *cue,
                         guint         span)
{
  EntTag before, after;

  if (cue->pos != ENT_CUE_VERB || span != 1 || i == run->first || i + 1 >= run->last ||
      (cue->form != ENT_FORM_PAST && cue->form != ENT_FORM_PARTICIPLE))
    return FALSE;
  before = _ent_run_tag (run, i - 1);
  after = _ent_run_tag (run, i + 1);
  return run->tokens[i + 1].kind == ENT_TOKEN_WORD &&
         !(run->tokens[i + 1].flags & ENT_TOKEN_CAPITALISED) &&
         (after == ENT_TAG_NONE || after == ENT_TAG_ORGAN) &&
         _ent_run_ref_at (run, i + 1) == NULL && _ent_run_ref_at (run, i - 1) == NULL &&
         (before == ENT_TAG_DET || before == ENT_TAG_PREP || before == ENT_TAG_LOC_PREP ||
          before == ENT_TAG_LIGHT || run->is_verb[i - 1 - run->first]);
}

/* "had committed war crimes", "a war zone": a noun cue before the noun it
 * describes names what that noun is, not the cue. */
static gboolean
noun_as_modifier (Run          *run,
                  guint         i,
                  const EntCue *cue,
                  guint         span)
{
  static const char *words[] = {
    "crimes", "crime", "criminal", "criminals", "zone", "zones", "correspondent",
    "correspondents", "veteran", "veterans", "memorial", "memorials", "chest", "dead", "widow",
    "widows", "museum", "reporter", "reporters", "photographer", "refugees", "orphans",
  };
  static EntWordMap *once;

  return cue->pos == ENT_CUE_NOUN && span == 1 && i + 1 < run->last &&
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i + 1].hash);
}

/* "send back", "turned back two planes", "fought back", "backed down":
 * "back" after a verb of motion, or before "down", "away" or "off", is no
 * support. */
static gboolean
back_as_particle (Run  *run,
                  guint i)
{
  static const char *verbs[] = {
    "send", "sends", "sent", "sending", "bring", "brings", "brought", "bringing", "come", "comes",
    "came", "coming", "go", "goes", "went", "going", "get", "gets", "got", "fight", "fights",
    "fought", "fighting", "push", "pushes", "pushed", "pushing", "turn", "turns", "turned",
    "turning", "give", "gives", "gave", "take", "takes", "took", "taking", "pull", "pulls",
    "pulled",
    "pulling", "roll", "rolls", "rolled", "rolling", "scale", "scaled", "scaling", "step",
    "stepped",
    "hit", "hits", "hitting", "strike", "struck", "striking", "hold", "held", "holding", "win",
    "won", "winning", "move", "moved", "fire", "fired", "fall", "fell", "drive", "drove", "driven",
    "claw", "clawed", "cut", "cutting", "write", "wrote", "call", "called", "flew", "fly", "flown",
    "return", "returned", "deport", "deported", "deporting", "ship", "shipped", "shipping",
  };
  static EntWordMap *once;

  if (!(_ent_run_is (run, i, "back") || _ent_run_is (run, i, "backs") ||
        _ent_run_is (run, i, "backed") || _ent_run_is (run, i, "backing")))
    return FALSE;
  if ((_ent_run_is (run, i, "back") || _ent_run_is (run, i, "backs")) && i > run->first &&
      ent_word_set_contains (&once, verbs, G_N_ELEMENTS (verbs), run->tokens[i - 1].hash))
    return TRUE;
  return i + 1 < run->last && (_ent_run_is (run, i + 1, "down") ||
                               _ent_run_is (run, i + 1, "away") || _ent_run_is (run, i + 1, "off"));
}

/* Whether the sentence is a headline in title case: prose has two
 * longer words in lower case at least ("supplied", "missiles"). */
gboolean
_ent_run_title_case (Run *run)
{
  guint lower = 0;

  for (guint i = run->first; i < run->last && lower < 2; i++)
    {
      const EntToken *t = &run->tokens[i];

      lower += t->kind == ENT_TOKEN_WORD && t->cend - t->cstart >= 5 &&
               !(t->flags & ENT_TOKEN_CAPITALISED);
    }
  return lower < 2;
}

static gboolean
capitalised_word (Run  *run,
                  guint i)
{
  return run->tokens[i].kind == ENT_TOKEN_WORD && (run->tokens[i].flags & ENT_TOKEN_CAPITALISED);
}

/* "Storm Shadow missiles", "Operation Desert Storm": inside a sentence
 * of prose, a capitalised cue word next to another capitalised word is
 * part of a name, and no stance. A name may end in a noun of agreement,
 * which is one still ("the Abraham Accords with Israel"). */
static gboolean
inside_name (Run          *run,
             guint         i,
             const EntCue *cue,
             int          *title)
{
  gboolean next_named, previous_named;

  if (i == run->first || !capitalised_word (run, i) ||
      (run->tokens[i].flags & ENT_TOKEN_ALL_CAPS) ||
      (run->tokens[i - 1].flags & ENT_TOKEN_QUOTE) || _ent_run_punct_is (run, i - 1, ":("))
    return FALSE;
  next_named = i + 1 < run->last && capitalised_word (run, i + 1) &&
               _ent_run_ref_at (run, i + 1) == NULL;
  previous_named = i - 1 > run->first && capitalised_word (run, i - 1) &&
                   _ent_run_ref_at (run, i - 1) == NULL;
  if (!(next_named || (cue->pos != ENT_CUE_NOUN && previous_named)))
    return FALSE;
  if (*title < 0)
    *title = _ent_run_title_case (run);
  return !*title;
}

GArray *
_ent_run_find_cues (Run *run)
{
  const guint64 *start_bits = ent_lexicon_get_cue_start_bits (run->lexicon);
  GArray *cues = run->cues;
  int title = -1;

  if (cues == NULL)
    cues = run->cues = g_array_sized_new (FALSE, FALSE, sizeof (CueAt), 16);
  g_array_set_size (cues, 0);

  for (guint i = run->first; i < run->last; )
    {
      gconstpointer start;
      const EntCue *cue;
      guint span = 0;
      CueAt at;
      Ref *ref;

      /* most words are in no name and start no cue: known without a
       * call, most without a lookup */
      if (run->ref_at[i - run->first] < 0 &&
          !ent_lexicon_may_start_cue (start_bits, run->tokens[i].hash))
        {
          run->cue_sign[i - run->first] = _ent_run_cue_code (NULL);
          i++;
          continue;
        }
      ref = _ent_run_ref_at (run, i);
      if (ref != NULL && !ref->pronoun)
        {
          i = ref->last;
          continue;
        }
      start = ent_word_map_lookup (run->cue_starts, run->tokens[i].hash);
      if (start == NULL)
        {
          run->cue_sign[i - run->first] = _ent_run_cue_code (NULL);
          i++;
          continue;
        }
      at.agent = -1;
      if (match_around_agent (run, i, start, &at) != NULL)
        {
          g_array_append_val (cues, at);
          i = at.end;
          continue;
        }
      cue = ent_lexicon_match_cue_from (run->lexicon, start, run->tokens, run->last, i,
                                        ENT_CUE_NONE, &span);
      if (cue != NULL && inside_name (run, i, cue, &title))
        cue = NULL;
      /* for the pair model, which asks again */
      run->cue_sign[i - run->first] = _ent_run_cue_code (cue);
      if (cue == NULL)
        {
          i++;
          continue;
        }
      at.start = i;
      at.end = i + span;
      at.cue = cue;
      if (participle_as_adjective (run, i, cue, span) || back_as_particle (run, i) ||
          noun_as_modifier (run, i, cue, span))
        {
          i = at.end;
          continue;
        }
      if (cue->pos == ENT_CUE_VERB && _ent_run_looks_nominal (run, (int)i))
        {
          /* "the attack", "Russia's support": a noun with no frame here,
           * unless the words make a noun cue: "peace talks with", or
           * one between two sides: "in clashes between". */
          cue = ent_lexicon_match_cue_except (run->lexicon, run->tokens, run->last, i, ENT_CUE_VERB,
                                              &span);
          if (cue == NULL ||
              (cue->reciprocal && !(cue->sign < 0 && i + span < run->last &&
                                     _ent_run_is (run, i + span, "between"))) ||
              (cue->pos != ENT_CUE_NOUN && cue->pos != ENT_CUE_ADJ))
            {
              i = at.end;
              continue;
            }
          at.end = i + span;
          at.cue = cue;
        }
      g_array_append_val (cues, at);
      if (cue->pos == ENT_CUE_VERB || cue->pos == ENT_CUE_PHRASE)
        run->is_verb[i - run->first] = 1;
      i = at.end;
    }
  return cues;
}
