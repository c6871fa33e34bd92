/* ent-extractor-holders.c
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
 * Who holds the position a noun or an adjective names: the owner before
 * it ("Iran's support for"), the subject of its light verb ("expressed
 * support for", "is hostile to"), or of the clause it stands in ("in a
 * show of support for"), past the words that say nothing of the holder.
 */

/* Nouns that count what follows "of": "two days of drills". */
static gboolean
is_quantity (Run *run,
             int  p)
{
  static const char *words[] = {
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "round", "rounds",
    "series", "wave", "waves", "barrage", "string", "spate", "number", "dozens", "hundreds",
    "thousands", "volley", "salvo", "campaign", "decades", "night", "nights", "euros", "dollars",
    "million", "billion", "pounds", "yuan", "rubles", "roubles", "package", "packages", "raft",
    "slew",
    "batch", "tranche", "set",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash);
}

/* "reaffirmed its unwavering support for": a possessive pronoun, the
 * verb's determiner, before adjectives only, holds the noun after them
 * ("its security cooperation with"); not in "most of its own disputes
 * with", nor "its government a vassal of". */
static gboolean
pronoun_before_adjectives (Run   *run,
                           Ref   *ref,
                           guint  noun)
{
  if (!_ent_run_possessive_pronoun (run, ref) ||
      noun > ref->last + 3 ||
      (ref->first > run->first && (_ent_run_tag (run, ref->first - 1) == ENT_TAG_PREP ||
                                   _ent_run_tag (run, ref->first - 1) == ENT_TAG_LOC_PREP)))
    return FALSE;
  /* 'expressed its "full solidarity" with' */
  for (guint q = ref->last; q < noun; q++)
    if (!(_ent_run_tag (run, q) == ENT_TAG_ADJ || _ent_run_tag (run, q) == ENT_TAG_ADV ||
          (run->tokens[q].flags & ENT_TOKEN_QUOTE) ||
          ((_ent_run_tag (run, q) == ENT_TAG_NONE || _ent_run_tag (run, q) == ENT_TAG_ORGAN) &&
           run->tokens[q].kind == ENT_TOKEN_WORD &&
           !(run->tokens[q].flags & ENT_TOKEN_CAPITALISED) && !_ent_run_is (run, q, "own"))))
      return FALSE;
  return TRUE;
}

/* Whether a participle after a text noun ("a resolution demanding",
 * "a statement calling for") comes in the few words before @p. */
static gboolean
text_participle_before (Run *run,
                        int  p)
{
  for (int q = p - 1, k = 0; q > (int)run->first && k < 4; q--, k++)
    if (_ent_run_ends_in_ing (run, q) && _ent_run_is_text_noun (run, (guint)q - 1))
      return TRUE;
  return FALSE;
}

/* Nouns for an act that shows a position: "a show of support for". */
static gboolean
is_gesture (Run *run,
            int  p)
{
  static const char *words[] = {
    "show", "sign", "gesture", "message", "expression", "demonstration", "display", "token",
    "signal",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash);
}

/* Verbs of third parties to a deal: "brokered the truce", "hosted the
 * talks". Their subject is not a party to what the noun names. */
static gboolean
is_mediation (Run *run,
              int  p)
{
  static const char *words[] = {
    "broker", "brokers", "brokered", "brokering", "mediate", "mediates", "mediated", "mediating",
    "facilitate", "facilitated", "facilitates", "host", "hosts", "hosted", "hosting", "monitor",
    "monitors", "monitored", "oversee", "oversees", "oversaw", "guarantee", "guaranteed",
    "guarantees", "arrange", "arranged", "negotiated", "consolidate", "welcome", "welcomed",
    "welcomes", "praised", "hailed", "urged", "called", "demanded",
  };
  static EntWordMap *once;

  return p >= (int)run->first && p < (int)run->last &&
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash);
}

/* "Erdogan hosted Russian and Ukrainian delegations", "hosted the Thai
 * and Cambodian leaders", "hosts American, Chinese and French bases": a
 * host of two states or more brings them together, a venue, and takes
 * none's side. */
gboolean
_ent_run_hosts_sides (Run         *run,
                      const CueAt *at,
                      const Group *guests)
{
  const char *first = NULL;

  if (!g_str_equal (at->cue->phrase, "host") || guests->coref)
    return FALSE;
  for (guint k = 0; k < guests->n; k++)
    {
      const char *state = _ent_run_state_of (run, guests->actors[k]);

      if (first != NULL && state != first)
        return TRUE;
      first = state;
    }
  return FALSE;
}

/* "does not believe the CSTO is a reliable guarantor": the believer, when
 * the clause holding a position is the object of a negated belief. */
static gboolean
negated_believer (Run   *run,
                  Group *subject,
                  Group *believer)
{
  int p = (int)subject->first - 1;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  guint start;

  if (subject->first == G_MAXUINT)
    return FALSE;
  while (p >= (int)run->first &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_is (run, p, "that")))
    p--;
  if (p < (int)run->first || !(_ent_run_is (run, p, "believe") ||
                               _ent_run_is (run, p, "believes") || _ent_run_is (run, p, "think") ||
                               _ent_run_is (run, p, "thinks") || _ent_run_is (run, p, "consider") ||
                               _ent_run_is (run, p, "considers") || _ent_run_is (run, p, "trust") ||
                               _ent_run_is (run, p, "see") || _ent_run_is (run, p, "sees")))
    return FALSE;
  start = _ent_run_verb_group_start (run, (guint)p, &negated, &be, &modal);
  return negated && _ent_run_subject_of (run, (int)start - 1, believer, 0);
}

/* "broke off its ties", "cut off relations" */
gboolean
_ent_run_particle (Run *run,
                   int  p)
{
  return p > (int)run->first && (_ent_run_is (run, p, "off") || _ent_run_is (run, p, "down") ||
                                 _ent_run_is (run, p, "up"));
}

/* "more than", "fewer than", "at least" ending at @p */
static gboolean
count_words_before (Run *run,
                    int  p)
{
  return p > (int)run->first &&
         ((_ent_run_is (run, p, "than") &&
           (_ent_run_is (run, p - 1, "more") || _ent_run_is (run, p - 1, "fewer") ||
            _ent_run_is (run, p - 1, "less"))) ||
          (_ent_run_is (run, p, "least") && _ent_run_is (run, p - 1, "at")));
}

/* "is among", "is one of", "has emerged as one of" ending at @p: where the
 * verb before them is, or -1. */
static int
membership_before (Run *run,
                   int  p)
{
  int q;

  if (p <= (int)run->first || !(_ent_run_is (run, p, "among") ||
                                (_ent_run_is (run, p, "of") && _ent_run_is (run, p - 1, "one"))))
    return -1;
  q = p - (_ent_run_is (run, p, "among") ? 1 : 2);
  while (q >= (int)run->first && _ent_run_tag (run, q) == ENT_TAG_ADV)
    q--;
  return q >= (int)run->first && (_ent_run_tag (run, q) == ENT_TAG_BE || _ent_run_is (run, q, "as"))
           ? q
           : -1;
}

/* "emerged", "stands out", "serves", "acts": a verb after which "as"
 * says what the subject is. */
static gboolean
standing_as (Run *run,
             int  p)
{
  return _ent_run_is (run, p, "emerged") || _ent_run_is (run, p, "emerges") ||
         _ent_run_is (run, p, "out") || _ent_run_is (run, p, "serves") ||
         _ent_run_is (run, p, "served") || _ent_run_is (run, p, "acts") ||
         _ent_run_is (run, p, "acted");
}

static gboolean
opposed_to (Run *run,
            int  p)
{
  return p >= (int)run->first &&
         (_ent_run_is (run, p, "opposition") || _ent_run_is (run, p, "objection") ||
          _ent_run_is (run, p, "objections") || _ent_run_is (run, p, "resistance") ||
          _ent_run_is (run, p, "hostility"));
}

/* "to protest against the Taliban": after "to", a word that is a verb too
 * is an infinitive, whose subject holds the position; not after
 * "opposition to sanctions". */
static gboolean
infinitive_noun (Run         *run,
                 const CueAt *at,
                 int          p)
{
  const EntCue *verb;

  if (p <= (int)run->first || _ent_run_tag (run, p) != ENT_TAG_TO || at->cue->pos != ENT_CUE_NOUN ||
      opposed_to (run, p - 1))
    return FALSE;
  verb = ent_lexicon_match_cue_except (run->lexicon, run->tokens, run->last, at->start,
                                       ENT_CUE_NOUN, NULL);
  return verb != NULL && verb->pos == ENT_CUE_VERB;
}

/* "in a show of support for Japan", "as a sign of solidarity with": the
 * position of the subject of the clause, when "in" or "as" comes before
 * the gesture at @p - 1. Sets *@handled when it does. */
static gboolean
gesture_holder (Run      *run,
                int       p,
                Group    *group,
                gboolean *handled)
{
  int q = p - 2, v;

  while (q >= (int)run->first &&
         (_ent_run_tag (run, q) == ENT_TAG_DET || _ent_run_tag (run, q) == ENT_TAG_ADJ))
    q--;
  *handled = q >= (int)run->first && (_ent_run_is (run, q, "in") || _ent_run_is (run, q, "as"));
  if (!*handled)
    return FALSE;
  v = _ent_run_previous_verb (run, q - 1);
  return v >= 0 ? _ent_run_subject_of_verb (run, v, group, 0)
                : _ent_run_main_subject (run, q, group);
}

/* Words between a holder and its noun that say nothing of the holder:
 * "Washington's 1951 Mutual Defense Treaty with", "claimed more than 160
 * attacks on", "two days of drills around", "500 million euros in aid
 * for". Returns how many tokens to step back over, or 0. */
static int
holder_skip (Run      *run,
             int       p,
             gboolean *named)
{
  if (run->tokens[p].kind == ENT_TOKEN_NUMBER ||
      (_ent_run_tag (run, p) == ENT_TAG_NONE && (run->tokens[p].flags & ENT_TOKEN_CAPITALISED) &&
       p > (int)run->first))
    {
      *named |= run->tokens[p].kind != ENT_TOKEN_NUMBER;
      return 1;
    }
  if (count_words_before (run, p))
    return 2;
  if ((_ent_run_is (run, p, "of") || _ent_run_is (run, p, "in")) && p > (int)run->first &&
      is_quantity (run, p - 1))
    return 2;
  /* "froze about $2 billion in security assistance to" */
  if (p + 1 < (int)run->last &&
      ((ent_token_is_currency (&run->tokens[p]) && run->tokens[p + 1].kind == ENT_TOKEN_NUMBER) ||
       (_ent_run_is_approximate (run, (guint)p) &&
        (run->tokens[p + 1].kind == ENT_TOKEN_NUMBER ||
         ent_token_is_currency (&run->tokens[p + 1])))))
    return 1;
  return 0;
}

/* "some of", "part of", "much of": a quantity before the "of" at @q. */
gboolean
_ent_run_quantity_before_of (Run *run,
                             int  q)
{
  static const char *words[] = {
    "some", "part", "much", "most", "all", "half", "portion", "bulk", "rest", "any", "many",
  };
  static EntWordMap *once;

  return q > (int)run->first &&
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[q - 1].hash);
}

/* The actor before the noun holds it when it owns the noun: "Iran's
 * support for", "Russian backing for", "its unwavering support for". */
static gboolean
holder_from_ref (Run         *run,
                 const CueAt *at,
                 Ref         *ref,
                 gboolean     opposed,
                 Group       *group)
{
  int q;

  if (!_ent_run_usable (ref))
    return FALSE;
  if (!(ref->possessive || ref->name_kind == ENT_NAME_ADJECTIVE ||
        pronoun_before_adjectives (run, ref, at->start) ||
        (ref->last == at->start && ref->name_kind != ENT_NAME_SEAT && !ref->place) ||
        (ref->last + 1 == at->start && _ent_run_tag (run, ref->last) == ENT_TAG_POSS)))
    return FALSE;
  _ent_run_collect_left (run, ref, group);
  /* "suspended its partnership with", "lifted U.S. sanctions on", "lifted
   * most US sanctions on", "suspended some of their aid to" */
  q = (int)ref->first - 1;
  while (q > (int)run->first && _ent_run_ref_at (run, q) == NULL)
    {
      if (_ent_run_is (run, q, "of") && _ent_run_quantity_before_of (run, q))
        q -= 2;
      else if (_ent_run_tag (run, q) == ENT_TAG_DET || _ent_run_is (run, q, "most") ||
               _ent_run_is (run, q, "remaining"))
        q--;
      else
        break;
    }
  run->reversed =
    opposed || (q >= (int)run->first && (_ent_run_is_reversal (run, q) ||
                                         (_ent_run_particle (run, q) &&
                                          _ent_run_is_reversal (run, q - 1))));
  return TRUE;
}

/* "announced new sanctions on", "has claimed attacks on": the say verb as
 * a light verb. */
static EntTag
light_say (Run *run,
           int  p)
{
  EntTag tag = _ent_run_tag (run, p);

  if (tag == ENT_TAG_SAY &&
      ((run->tokens[p].end - run->tokens[p].start > 7 &&
        g_ascii_strncasecmp (run->text + run->tokens[p].start, "announc", 7) == 0) ||
       _ent_run_is (run, p, "claimed") || _ent_run_is (run, p, "claims") ||
       _ent_run_is (run, p, "claim")))
    return ENT_TAG_LIGHT;
  return tag;
}

/* "quadrupled tariffs on", "tightened restrictions on": a verb the
 * lexicon does not know, in the past tense, before a measure's noun acts
 * on the measure; not "the proposed sanctions", and not a stance against
 * it ("opposed the sanctions against Iran" holds none of them). */
static gboolean
measure_verb (Run         *run,
              const CueAt *at,
              int          p)
{
  EntTag before;
  guint k;

  if (at->cue->pos != ENT_CUE_NOUN || !_ent_run_past_tense_word (run, p) || p <= (int)run->first ||
      run->cue_sign[p - run->first] == 3)
    return FALSE;
  for (k = at->start; k < at->end && !_ent_run_is_measure_word (run, k); k++)
    ;
  if (k == at->end)
    return FALSE;
  before = _ent_run_tag (run, p - 1);
  return before != ENT_TAG_DET && before != ENT_TAG_ADJ && before != ENT_TAG_PREP &&
         before != ENT_TAG_POSS && before != ENT_TAG_LOC_PREP && before != ENT_TAG_BY;
}

/* A verb that reverses the noun's position at @p, or a past verb after
 * one and "or" or "and": "withheld or redirected aid to Uganda". */
static gboolean
reversal_at (Run *run,
             int  p)
{
  return _ent_run_is_reversal (run, p) ||
         (p > (int)run->first + 1 && _ent_run_past_tense_word (run, p) &&
          (_ent_run_is (run, p - 1, "or") || _ent_run_is (run, p - 1, "and")) &&
          _ent_run_is_reversal (run, p - 2));
}

/* The verb at @p before the noun: "expressed support for", "broke off
 * ties with", "brokered the truce". Its subject holds the position. */
static gboolean
holder_of_verb (Run         *run,
                int          p,
                EntTag       tag,
                gboolean     named,
                gboolean     opposed,
                Group       *group,
                gboolean    *negated)
{
  gboolean be = FALSE, modal = FALSE, found, rule_out;
  gboolean reversal = reversal_at (run, p);
  guint start;

  /* "condemned the attack on Kabul": the attacker is someone else; but
   * "signed the Prespa agreement with Greece" */
  if ((named && !_ent_run_signed_before (run, (guint)p + 1)) ||
      (run->is_verb[p - run->first] && tag != ENT_TAG_LIGHT && tag != ENT_TAG_BE && !reversal &&
       !is_mediation (run, p)))
    return FALSE;
  /* "voted against the resolution demanding an end to the embargo on
   * Cuba": the text holds it, not who votes on the text. */
  if (reversal && text_participle_before (run, p))
    return FALSE;
  /* "ruled out military action against", "would not rule out": the
   * group ends after "out", and its start reads the pair. */
  rule_out = _ent_run_is_rule_out (run, p) && p + 1 < (int)run->last &&
             _ent_run_is (run, p + 1, "out");
  start = _ent_run_verb_group_start (run, (guint)p + (rule_out ? 2 : 0), negated, &be, &modal);

  run->mediator = is_mediation (run, p);
  found = _ent_run_subject_of (run, (int)start - 1, group, 0);
  run->reversed = reversal || opposed;
  if (found && tag == ENT_TAG_BE)
    {
      _ent_run_group_init (&run->believer);
      if (!negated_believer (run, group, &run->believer))
        run->believer.n = 0;
    }
  return found;
}

/* "sanctioned two Israeli ministers for (inciting) violence against
 * Palestinians", "blamed Lashkar-e-Taiba for the attack on", "held Iran
 * responsible for": the object of the verb before "for", at @p, did what
 * the noun names. The object ends right before "for", or before a word
 * of blame; a meeting or a truce is others' ("hosted the two leaders for
 * ceasefire talks"). */
static gboolean
object_before_for_holds (Run         *run,
                         const CueAt *at,
                         int          p,
                         Group       *group)
{
  static const char *blame[] = { "responsible", "accountable", "liable", "culpable" };
  static EntWordMap *once;
  int end = p - 1;
  Ref *doer;
  int v;

  if (at->cue->reciprocal || at->cue->sign > 0)
    return FALSE;
  if (end > (int)run->first &&
      ent_word_set_contains (&once, blame, G_N_ELEMENTS (blame), run->tokens[end].hash))
    end--;
  if (end > (int)run->first && _ent_run_tag (run, end) == ENT_TAG_ADV)
    end--;
  if (_ent_run_ref_at (run, end) == NULL ||
      (v = _ent_run_object_before_for (run, (guint)p + 1, &doer)) < 0 ||
      !_ent_run_usable (doer) || doer->place || doer->possessive)
    return FALSE;
  return _ent_run_object_after (run, (guint)v + 1, group) && group->last <= (guint)p;
}

/* "is locked in a dispute with", "was engaged in talks with", "is seen as
 * a close ally of", "has emerged as one of the critics of". */
static gboolean
is_in_or_as (Run      *run,
             int       p,
             gboolean  named)
{
  return (_ent_run_is (run, p, "in") || _ent_run_is (run, p, "as")) && p > (int)run->first &&
         !named &&
         (_ent_run_past_tense_word (run, p - 1) || _ent_run_tag (run, p - 1) == ENT_TAG_BE ||
          _ent_run_is (run, p - 1, "seen") || standing_as (run, p - 1));
}

static gboolean
holder_in_or_as (Run      *run,
                 int       p,
                 Group    *group,
                 gboolean *negated)
{
  gboolean be = FALSE, modal = FALSE;
  guint start = _ent_run_verb_group_start (run, (guint)p - 1, negated, &be, &modal);

  /* "Cairo, locked in a long dispute with Addis Ababa, has sided" */
  if (!be && start == (guint)p - 1 && start >= run->first + 2 &&
      _ent_run_punct_is (run, start - 1, ",") && _ent_run_past_tense_word (run, (int)start))
    {
      Ref *ref = _ent_run_ref_at (run, (int)start - 2);

      if (!_ent_run_usable (ref) || ref->place)
        return FALSE;
      _ent_run_collect_left (run, ref, group);
      return TRUE;
    }
  be |= _ent_run_is (run, p, "as") && standing_as (run, p - 1);
  return be && _ent_run_subject_of (run, (int)start - 1, group, 0);
}

/* "took part in", "participated in": the verb before "in" at @p + 1 whose
 * subject joins in the act, or -1. */
static int
part_in_verb (Run *run,
              int  p)
{
  static const char *words[] = {
    "participated", "participates", "participate", "participating", "joined", "engaged",
  };
  static EntWordMap *once;

  if (p < (int)run->first)
    return -1;
  if (ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash))
    return p;
  if (_ent_run_is (run, p, "part") && p > (int)run->first &&
      (_ent_run_is (run, p - 1, "took") || _ent_run_is (run, p - 1, "take") ||
       _ent_run_is (run, p - 1, "takes") || _ent_run_is (run, p - 1, "taking") ||
       _ent_run_is (run, p - 1, "taken")))
    return p - 1;
  return -1;
}

/* "vowed retaliation against", "promised support for"; "wants tougher
 * sanctions on", "demanded an embargo on": a verb at @p whose subject
 * holds the noun of the cue @at after it, for a wish only when that is
 * not something done together ("sought a truce"). */
static gboolean
vow_or_wish (Run         *run,
             const CueAt *at,
             int          p)
{
  static const char *vows[] = {
    "vow", "vows", "vowed", "vowing", "promise", "promises", "promised", "promising",
  };
  static const char *wishes[] = {
    "want", "wants", "wanted", "wanting", "seek", "seeks", "sought", "seeking", "demand",
    "demands", "demanded", "demanding",
  };
  static EntWordMap *once;
  EntWordMap *kinds = _ent_run_signed_words (&once, vows, G_N_ELEMENTS (vows), wishes,
                                             G_N_ELEMENTS (wishes));

  int kind = GPOINTER_TO_INT (ent_word_map_lookup (kinds, run->tokens[p].hash));

  return kind > 0 || (kind < 0 && !at->cue->reciprocal);
}

/* "called for sanctions on Russia", "pushed for an embargo on": a verb
 * of asking before "for" at @p, or -1. */
static int
asked_for (Run *run,
           int  p)
{
  static const char *words[] = {
    "called", "calls", "call", "calling", "pushed", "pushes", "push", "pushing", "pressed",
    "presses", "press", "pressing", "lobbied", "lobbies", "lobby", "lobbying", "appealed",
    "appeals", "appeal", "appealing",
  };
  static EntWordMap *once;

  int q = p - 2;

  if (p <= (int)run->first || !_ent_run_is (run, p, "for") ||
      !ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p - 1].hash))
    return -1;
  /* "rejected calls for sanctions", "the calls for", "his appeals for":
   * the noun, not the verb */
  if (q >= (int)run->first &&
      (_ent_run_tag (run, q) == ENT_TAG_DET || _ent_run_tag (run, q) == ENT_TAG_POSS ||
       _ent_run_tag (run, q) == ENT_TAG_POSS_PRON || _ent_run_past_tense_word (run, q) ||
       _ent_run_obstructs (run, (guint)q)))
    return -1;
  return p - 1;
}

/* A plain lower-case word: "sweeping", "trade". */
static gboolean
is_plain_word (Run *run,
               int  p)
{
  EntTag tag = _ent_run_tag (run, p);

  return p >= (int)run->first && run->tokens[p].kind == ENT_TOKEN_WORD &&
         !(run->tokens[p].flags & ENT_TOKEN_CAPITALISED) && _ent_run_ref_at (run, p) == NULL &&
         (tag == ENT_TAG_ADJ || tag == ENT_TAG_NONE || tag == ENT_TAG_ORGAN);
}

/* Words a holder's noun phrase may hold before the noun: "agreed to a
 * ceasefire", "the 'no limits' partnership", "sweeping trade and
 * financial sanctions". */
static gboolean
noun_phrase_word (Run    *run,
                  int     p,
                  EntTag  tag)
{
  if ((_ent_run_is (run, p, "and") || _ent_run_punct_is (run, p, ",")) &&
      is_plain_word (run, p - 1) && is_plain_word (run, p + 1))
    return TRUE;
  return tag == ENT_TAG_DET || tag == ENT_TAG_ADJ || tag == ENT_TAG_ADV || tag == ENT_TAG_ORGAN ||
         tag == ENT_TAG_TO || (run->tokens[p].flags & ENT_TOKEN_QUOTE) ||
         (tag == ENT_TAG_PEOPLE && !(run->tokens[p].flags & ENT_TOKEN_CAPITALISED)) ||
         (tag == ENT_TAG_NONE && run->tokens[p].kind == ENT_TOKEN_WORD &&
          !(run->tokens[p].flags & ENT_TOKEN_CAPITALISED));
}

/* "responded with", "retaliated with", "struck back with": the noun after
 * is the subject's. */
static gboolean
responded (Run *run,
           int  p)
{
  static const char *words[] = {
    "responded", "responds", "respond", "answered", "answers", "retaliated", "retaliates",
    "retaliate", "replied", "replies", "reacted", "reacts",
  };
  static const char *back[] = {
    "hit", "hits", "struck", "strikes", "strike", "fought", "fights", "fight", "fired", "fires",
  };
  static EntWordMap *once, *back_once;

  /* "struck back with", "hit back with" */
  if (_ent_run_is (run, p, "back") && p > (int)run->first)
    return ent_word_set_contains (&back_once, back, G_N_ELEMENTS (back), run->tokens[p - 1].hash);
  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash);
}

/* The verb of leaving before "from" or "of" at @p ("withdrew from",
 * "pulled out of", "walked away from"), or -1. */
static int
exit_verb_before (Run *run,
                  int  p)
{
  static const char *leave[] = {
    "withdrew", "withdraw", "withdraws", "withdrawn", "withdrawing", "exited", "exit", "exits",
    "exiting", "retreated", "retreat",
  };
  static const char *away[] = {
    "pulled", "pull", "pulls", "pulling", "walked", "walk", "walks", "walking", "backed",
    "backing", "opted", "opting", "dropped", "dropping",
  };
  static EntWordMap *once_leave, *once_away;

  if (p <= (int)run->first || !(_ent_run_is (run, p, "from") || _ent_run_is (run, p, "of")))
    return -1;
  if (_ent_run_is (run, p, "from") &&
      ent_word_set_contains (&once_leave, leave, G_N_ELEMENTS (leave), run->tokens[p - 1].hash))
    return p - 1;
  if (p - 1 > (int)run->first &&
      ((_ent_run_is (run, p, "of") && _ent_run_is (run, p - 1, "out")) ||
       (_ent_run_is (run, p, "from") && _ent_run_is (run, p - 1, "away"))) &&
      ent_word_set_contains (&once_away, away, G_N_ELEMENTS (away), run->tokens[p - 2].hash))
    return p - 2;
  return -1;
}

/* How many tokens before the noun at @p belong to it through a hyphen,
 * or 0: "agreed a Russia-brokered deal" (the name qualifies the noun),
 * "counter-tariffs", "anti-dumping duties" (a word joined to the next is
 * part of the noun, even one like a verb). */
static int
hyphened_before (Run *run,
                 int  p)
{
  Ref *joined;

  if (p > (int)run->first && (run->tokens[p].flags & ENT_TOKEN_HYPHEN_BEFORE) &&
      (joined = _ent_run_ref_at (run, p - 1)) != NULL && _ent_run_qualifying_affix (run, joined))
    return p - (int)joined->first + 1;
  if (p + 1 < (int)run->last && run->tokens[p].kind == ENT_TOKEN_WORD &&
      (run->tokens[p + 1].flags & ENT_TOKEN_HYPHEN_BEFORE) &&
      !(run->tokens[p].flags & ENT_TOKEN_CAPITALISED))
    return 1;
  return 0;
}

/* How many words at @p, before the noun of @at, belong to its phrase and
 * are stepped over, or 0: a word joined to it by a hyphen, a capital that
 * names it ("signed the Oslo accords", as "Prespa" does; @named is then
 * set), a number or a count. */
static int
words_to_skip (Run         *run,
               const CueAt *at,
               int          p,
               gboolean    *named)
{
  Ref *ref = _ent_run_ref_at (run, p);

  if (ref == NULL)
    {
      int skip = hyphened_before (run, p);

      return skip > 0 ? skip : holder_skip (run, p, named);
    }
  if (ref->name_kind == ENT_NAME_SEAT && ref->last == at->start && !ref->possessive &&
      (run->tokens[ref->first].flags & ENT_TOKEN_CAPITALISED))
    {
      *named = TRUE;
      return p - (int)ref->first + 1;
    }
  return 0;
}

/* The verb before a particle or a preposition at @p that opens the
 * noun's phrase, or -1: "withdrew from", "pulled out of" and "broke off"
 * (@leaving: leaving what binds the sides opposes them), "is ruling out". */
static int
verb_before_particle (Run         *run,
                      const CueAt *at,
                      int          p,
                      gboolean    *leaving)
{
  int verb;

  *leaving = at->cue->sign > 0;
  /* "withdrew from the nuclear deal with Iran", "pulled out of the
   * treaty with Moscow" */
  if (*leaving && (verb = exit_verb_before (run, p)) >= 0)
    return verb;
  /* "broke off peace talks with" */
  if (*leaving && _ent_run_is (run, p, "off") && p > (int)run->first &&
      _ent_run_is_reversal (run, p - 1))
    return p - 1;
  *leaving = FALSE;
  /* "took over the air campaign against", "stepped up its support for" */
  if ((_ent_run_is (run, p, "over") || _ent_run_is (run, p, "up")) && p > (int)run->first &&
      (_ent_run_is (run, p - 1, "took") || _ent_run_is (run, p - 1, "takes") ||
       _ent_run_is (run, p - 1, "taking") || _ent_run_past_tense_word (run, p - 1)))
    return p - 1;
  /* "is ruling out a ceasefire with": "ruling" is no noun here. */
  if (_ent_run_is (run, p, "out") && p > (int)run->first && _ent_run_is_rule_out (run, p - 1))
    return p - 1;
  return -1;
}

/* Who holds the position a noun or an adjective names: "Iran's support
 * for", "expressed support for", "is hostile to", "Y, an ally of". */
gboolean
_ent_run_holder_of (Run         *run,
                    const CueAt *at,
                    Group       *group,
                    gboolean    *negated)
{
  int p = (int)at->start - 1, before;
  gboolean named = FALSE, opposed = FALSE, verb_passed = FALSE, leaving;

  run->reversed = FALSE;
  run->mediator = FALSE;
  run->believer.n = 0;

  if (infinitive_noun (run, at, p))
    return _ent_run_subject_of (run, p, group, 0);

  for (guint steps = 0; p >= (int)run->first && steps < 8; steps++)
    {
      Ref *ref = _ent_run_ref_at (run, p);
      EntTag tag;
      int skip;

      if ((skip = words_to_skip (run, at, p, &named)) > 0)
        {
          p -= skip;
          continue;
        }
      if (ref != NULL)
        return holder_from_ref (run, at, ref, opposed, group);
      if (_ent_run_is (run, p, "of") && p > (int)run->first && is_gesture (run, p - 1))
        {
          gboolean handled, found = gesture_holder (run, p, group, &handled);

          if (handled)
            return found;
          p -= 2;
          continue;
        }
      /* "the ICC, whose warrant against Putin" */
      if (_ent_run_is (run, p, "whose"))
        return _ent_run_relative_antecedent (run, p, group);
      /* "answered with missile barrages on Israeli cities" */
      if (_ent_run_is (run, p, "with") && p > (int)run->first && responded (run, p - 1))
        return holder_of_verb (run, p - 1, ENT_TAG_LIGHT, named, opposed, group, negated);
      if (_ent_run_is (run, p, "no"))
        *negated = TRUE;
      /* "Orban's opposition to military aid for Ukraine": the holder is
       * against the aid. */
      if (p + 1 < (int)at->start && _ent_run_tag (run, p + 1) == ENT_TAG_TO && opposed_to (run, p))
        opposed = TRUE;
      /* "Among the strongest critics of Russia were Poland and Lithuania" */
      if (_ent_run_is (run, p, "among") && p == (int)run->first)
        return _ent_run_those_include (run, at->end, group);
      /* "is among the main backers of", "is one of the few allies of" */
      if (!named && (before = membership_before (run, p)) >= 0)
        {
          p = before;
          continue;
        }
      if ((before = verb_before_particle (run, at, p, &leaving)) >= 0)
        return holder_of_verb (run, before, ENT_TAG_LIGHT, named, opposed || leaving, group,
                               negated);
      tag = light_say (run, p);
      if (measure_verb (run, at, p))
        tag = ENT_TAG_LIGHT;
      if (tag == ENT_TAG_VERB && vow_or_wish (run, at, p))
        tag = ENT_TAG_LIGHT;
      if (tag == ENT_TAG_POSS)
        {
          p--;
          continue;
        }
      if (tag == ENT_TAG_LIGHT || tag == ENT_TAG_BE || tag == ENT_TAG_HAVE ||
          run->is_verb[p - run->first] || reversal_at (run, p) || is_mediation (run, p))
        return holder_of_verb (run, p, tag, named, opposed, group, negated);
      if (_ent_run_punct_is (run, p, ","))
        {
          ref = _ent_run_ref_at (run, p - 1);
          /* "the four countries, the US, Egypt and the UAE, proposed a
           * truce": the names before a verb are its subject's */
          if (!_ent_run_usable (ref) || verb_passed)
            return FALSE;
          _ent_run_collect_left (run, ref, group);
          return TRUE;
        }
      /* "took part in joint exercises with" */
      if (_ent_run_is (run, p, "in") && !named && (before = part_in_verb (run, p - 1)) >= 0)
        return holder_of_verb (run, before, ENT_TAG_LIGHT, named, opposed, group, negated);
      if (is_in_or_as (run, p, named))
        return holder_in_or_as (run, p, group, negated);
      if (_ent_run_is (run, p, "for") && object_before_for_holds (run, at, p, group))
        return TRUE;
      if (!at->cue->reciprocal && (before = asked_for (run, p)) >= 0)
        return holder_of_verb (run, before, ENT_TAG_LIGHT, named, opposed, group, negated);
      if (!noun_phrase_word (run, p, tag))
        return FALSE;
      verb_passed |= _ent_run_past_tense_word (run, p) && p > (int)run->first &&
                     _ent_run_tag (run, p - 1) != ENT_TAG_DET &&
                     _ent_run_tag (run, p - 1) != ENT_TAG_ADJ;
      p--;
    }
  return FALSE;
}

/* "Tokyo shared Washington's concern about the reclamation", "Paris
 * echoed Moscow's call for talks": whoever shares the possessor's view,
 * at @i the verb, sides with the possessor. */
void
_ent_run_try_shared_view (Run  *run,
                          guint i)
{
  static const char *views[] = {
    "concern", "concerns", "view", "views", "position", "assessment", "stance", "fears",
    "worries", "misgivings", "reservations", "criticism", "call", "calls", "demand", "demands",
    "opposition", "anger", "outrage", "frustration", "alarm", "unease", "objections",
  };
  static EntWordMap *once;
  Ref *owner = _ent_run_ref_at (run, (int)i + 1);
  Group sources, targets;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  guint q, start;
  CueAt at = { i, 0, NULL, -1 };
  EntCue cue = { "share the view of", ENT_CUE_VERB, ENT_FORM_OTHER, 1, 0.5, 1, FALSE, FALSE };

  if (!_ent_run_usable (owner) || owner->first != i + 1 || !owner->possessive ||
      owner->last + 1 >= run->last)
    return;
  q = owner->last + 1;
  while (q + 1 < run->last && _ent_run_tag (run, q) == ENT_TAG_ADJ)
    q++;
  if (!ent_word_set_contains (&once, views, G_N_ELEMENTS (views), run->tokens[q].hash))
    return;
  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  if (negated || !_ent_run_group_left (run, (int)start - 1, &sources))
    return;
  _ent_run_group_add (&targets, owner);
  at.end = q + 1;
  at.cue = &cue;
  _ent_run_emit (run, &sources, &targets, 1, cue.strength, &at);
}

/* "The Arctic Council admitted China and India as observers", "Finland
 * was admitted to NATO": a body that admits a member, at @i the verb,
 * backs it. Only a body admits in this sense ("admitted the Polisario
 * leader to a hospital" is something else), and only a member, not a
 * clause ("admitted Russia had concerns"). */
void
_ent_run_try_admitted (Run  *run,
                       guint i)
{
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  Group bodies, members;
  guint start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "admit", ENT_CUE_VERB, ENT_FORM_OTHER, 1, 0.6, 1, FALSE, FALSE };
  Ref *body;

  _ent_run_group_init (&bodies);
  _ent_run_group_init (&members);
  if (negated || modal)
    return;
  if (be)
    {
      guint q = i + 1;

      /* "was admitted as a full member of the SCO" */
      if (q + 3 < run->last && _ent_run_is (run, q, "as"))
        {
          for (q++; q < run->last && q < i + 5 && !_ent_run_is (run, q, "of"); q++)
            ;
          if (q >= run->last || !_ent_run_is (run, q - 1, "member"))
            return;
        }
      /* "was admitted to NATO", "were admitted into the bloc" */
      if (q + 1 >= run->last ||
          !(_ent_run_is (run, q, "to") || _ent_run_is (run, q, "into") ||
            _ent_run_is (run, q, "of")))
        return;
      body = _ent_run_ref_at (run, (int)q + 1);
      if (body == NULL && q + 2 < run->last && _ent_run_tag (run, q + 1) == ENT_TAG_DET)
        body = _ent_run_ref_at (run, (int)q + 2);
      if (!_ent_run_usable (body) || !_ent_run_group_left (run, (int)start - 1, &members))
        return;
      _ent_run_group_add (&bodies, body);
    }
  else if (!_ent_run_group_left (run, (int)start - 1, &bodies) ||
           !_ent_run_group_right (run, i + 1, &members) ||
           /* "NATO admitted Russia had legitimate concerns": a clause */
           (members.last < run->last && _ent_run_verb_word (run, members.last)))
    return;
  for (guint k = 0; k < bodies.n; k++)
    if (_ent_run_actor_of (run, bodies.actors[k])->kind != ENT_ACTOR_KIND_ORGANISATION)
      return;
  at.cue = &cue;
  _ent_run_emit (run, &bodies, &members, 1, cue.strength, &at);
}
