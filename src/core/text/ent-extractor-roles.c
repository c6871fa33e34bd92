/* ent-extractor-roles.c
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
 * Who takes a position and toward whom: the subject of a cue's clause
 * (through coordination, relative clauses, appositions and participle
 * clauses) and the object or complement after it.
 */

static gboolean possessor_before_noun (Run *run, int p, Group *group);

static gboolean
owns_organ (Run *run,
            Ref *ref)
{
  guint q = ref->last;

  while (q < run->last &&
         (_ent_run_tag (run, q) == ENT_TAG_POSS || _ent_run_tag (run, q) == ENT_TAG_ADJ))
    q++;
  return q < run->last && _ent_run_tag (run, q) == ENT_TAG_ORGAN &&
         _ent_run_ref_at (run, q) == NULL;
}

/* "Zelensky spoke with Aliyev by phone and expressed support": when the
 * verb before a conjunction is not one the lexicon knows, the subject of
 * the sentence's first clause, before @pos. */
gboolean
_ent_run_main_subject (Run   *run,
                       int    pos,
                       Group *group)
{
  for (guint r = 0; r < run->refs->len; r++)
    {
      Ref *ref = &g_array_index (run->refs, Ref, r);

      if ((int)ref->last > pos || ref->first > run->first + MAX_SCAN * 2)
        return FALSE;
      /* A name opening the sentence is its subject whatever verb follows;
       * so is the owner of "Syria's new government". */
      if (_ent_run_usable (ref) && !ref->place && !ref->bare_adjective &&
          (!ref->possessive || owns_organ (run, ref)) &&
          (_ent_run_starts_clause (run, ref) || ref->first <= run->first + 1))
        {
          /* The first name of the sentence heads its group: "Hungary and
           * Slovakia import oil ... and have resisted". */
          _ent_run_collect_right_full (run, ref, group, FALSE);
          return TRUE;
        }
    }
  return FALSE;
}

/* The subject of the verb at @v, for a verb phrase coordinated with it. */
gboolean
_ent_run_subject_of_verb (Run   *run,
                          int    v,
                          Group *group,
                          guint  depth)
{
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  guint start;

  if (v < 0 || depth > 3)
    return FALSE;
  start = _ent_run_verb_group_start (run, v, &negated, &be, &modal);
  return _ent_run_subject_of (run, (int)start - 1, group, depth + 1);
}

/* Whether tokens [from, to) make a time phrase: "late on Monday",
 * "earlier this month", "in 2019". */
static gboolean
time_between (Run  *run,
              guint from,
              guint to)
{
  static const char *words[] = {
    "late", "early", "earlier", "later", "on", "in", "this", "last", "next", "since", "until",
    "mid", "week", "month", "year", "weekend", "morning", "evening", "night", "afternoon",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "today", "yesterday",
  };
  static EntWordMap *once;

  if (from >= to || to > from + 4)
    return FALSE;
  for (guint q = from; q < to; q++)
    if (run->tokens[q].kind != ENT_TOKEN_NUMBER &&
        !ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[q].hash))
      return FALSE;
  return TRUE;
}

/* Skips back over ", which ... ," ", where ... ," or ", an ally of Y," when looking for
 * the subject: returns the token before the opening comma, or -1. */
int
_ent_run_skip_parenthetical (Run *run,
                             int  comma)
{
  for (int q = comma - 1; q >= (int)run->first && q > comma - MAX_SCAN * 2; q--)
    {
      if (_ent_run_punct_is (run, q, ","))
        {
          EntTag tag = q + 1 < comma ? _ent_run_tag (run, q + 1) : ENT_TAG_NONE;

          /* ", which backs", ", an ally of", ", founded by", ", speaking in";
           * ", late on Monday," */
          if (tag == ENT_TAG_REL || tag == ENT_TAG_DET || tag == ENT_TAG_ADV ||
              time_between (run, q + 1, comma) ||
              _ent_run_is (run, q + 1, "whose") || _ent_run_is (run, q + 1, "known") ||
              _ent_run_is (run, q + 1, "where") ||
              run->is_verb[q + 1 - run->first] || tag == ENT_TAG_ADJ || tag == ENT_TAG_PREP ||
              tag == ENT_TAG_LOC_PREP ||
              /* ", two of the producers that joined the case," ", 71," */
              (q + 1 < comma && _ent_run_skip_count (run, (guint)q + 1) > (guint)q + 1) ||
              (q + 1 < comma &&
               (_ent_run_past_tense_word (run, q + 1) || _ent_run_ends_in_ing (run, q + 1)) &&
               !(run->tokens[q + 1].flags & ENT_TOKEN_CAPITALISED)))
            return q - 1;
          return -1;
        }
      if (_ent_run_punct_is (run, q, ";:\"") || _ent_run_is_dash (run, q))
        return -1;
    }
  return -1;
}

/* "deployed troops to Congo to fight": Congo is no object of the verb. */
static gboolean
after_preposition (Run *run,
                   Ref *ref)
{
  int p = (int)ref->first - 1;

  while (p >= (int)run->first && _ent_run_tag (run, p) == ENT_TAG_DET)
    p--;
  return p >= (int)run->first &&
         (_ent_run_tag (run, p) == ENT_TAG_PREP || _ent_run_tag (run, p) == ENT_TAG_LOC_PREP ||
          _ent_run_tag (run, p) == ENT_TAG_TO);
}

/* "Rwanda's backing of the M23 rebels has strained", "South Africa's case
 * against Israel has drawn": the subject is the possessor of the head
 * noun, not the name inside its prepositional phrase. */
static gboolean
inside_of_phrase (Run      *run,
                  Ref      *ref,
                  Group    *group,
                  gboolean *found)
{
  int p = (int)ref->first - 1, q;
  Ref *qualifier;

  while (p >= (int)run->first && _ent_run_tag (run, p) == ENT_TAG_DET)
    p--;
  /* "assassination of Hamas political chief Ismail Haniyeh": a name and
   * a title before the person's */
  for (q = p; q > (int)run->first && q > p - 3 && run->tokens[q].kind == ENT_TOKEN_WORD &&
              !(run->tokens[q].flags & ENT_TOKEN_CAPITALISED) && _ent_run_ref_at (run, q) == NULL &&
              (_ent_run_tag (run, q) == ENT_TAG_NONE || _ent_run_tag (run, q) == ENT_TAG_ADJ);
       q--)
    ;
  qualifier = q < p ? _ent_run_ref_at (run, q) : NULL;
  if (ref->person && qualifier != NULL && !qualifier->possessive && qualifier->last == (guint)q + 1)
    {
      p = (int)qualifier->first - 1;
      while (p >= (int)run->first && _ent_run_tag (run, p) == ENT_TAG_DET)
        p--;
    }
  if (p <= (int)run->first ||
      !(_ent_run_is (run, p, "of") || _ent_run_is (run, p, "against") ||
        _ent_run_is (run, p, "on") || _ent_run_is (run, p, "with") || _ent_run_is (run, p, "for") ||
        _ent_run_is (run, p, "over")) ||
      _ent_run_tag (run, p - 1) != ENT_TAG_NONE || run->tokens[p - 1].kind != ENT_TOKEN_WORD ||
      (run->tokens[p - 1].flags & ENT_TOKEN_CAPITALISED) || _ent_run_ref_at (run, p - 1) != NULL)
    return FALSE;
  *found = possessor_before_noun (run, p - 1, group);
  return TRUE;
}

/* Whether @ref follows "NOUN to VERB": then the subject is the possessor
 * of the noun, if any ("Chad's decision to expel"). */
static gboolean
object_of_infinitive (Run      *run,
                      Ref      *ref,
                      Group    *group,
                      gboolean *found)
{
  int p = (int)ref->first - 1;

  while (p >= (int)run->first &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ))
    p--;
  if (p <= (int)run->first + 1 || !run->is_verb[p - run->first] ||
      _ent_run_tag (run, p - 1) != ENT_TAG_TO)
    return FALSE;
  *found = possessor_before_noun (run, p - 2, group);
  return TRUE;
}

gboolean
_ent_run_backer_affix (Run *run,
                       Ref *ref)
{
  static const char *words[] = {
    "backed", "aligned", "allied", "sponsored", "funded", "financed", "armed", "trained",
    "supported", "friendly", "leaning",
  };
  static EntWordMap *once;

  return ref->last < run->last && (run->tokens[ref->last].flags & ENT_TOKEN_HYPHEN_BEFORE) &&
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[ref->last].hash);
}

/* "pro-Russian separatists", "anti-American militias": the name after
 * the prefix is what the head leans toward or against, not the head. */
gboolean
_ent_run_stance_prefixed (Run *run,
                          Ref *ref)
{
  return ref->first > run->first && (run->tokens[ref->first].flags & ENT_TOKEN_HYPHEN_BEFORE) &&
         (_ent_run_is (run, ref->first - 1, "pro") || _ent_run_is (run, ref->first - 1, "anti"));
}

/* "Iran-backed", "Russian-led", "U.S.-brokered": a participle joined to
 * the name by a hyphen. */
gboolean
_ent_run_qualifying_affix (Run *run,
                           Ref *ref)
{
  const EntToken *affix = &run->tokens[ref->last];

  if (ref->last + 1 >= run->last || !(affix->flags & ENT_TOKEN_HYPHEN_BEFORE) ||
      affix->kind != ENT_TOKEN_WORD || (affix->flags & ENT_TOKEN_CAPITALISED))
    return FALSE;
  /* "Islamic State-linked insurgents" are that group's own */
  if (_ent_run_actor_of (run, ref->actors[0])->kind == ENT_ACTOR_KIND_GROUP &&
      (_ent_run_is (run, ref->last, "linked") || _ent_run_is (run, ref->last, "affiliated") ||
       _ent_run_is (run, ref->last, "inspired") || _ent_run_is (run, ref->last, "aligned") ||
       _ent_run_is (run, ref->last, "allied")))
    return FALSE;
  /* "a British-flagged tanker" is Britain's, as "a British tanker" is */
  if (_ent_run_is (run, ref->last, "flagged") || _ent_run_is (run, ref->last, "registered"))
    return FALSE;
  return _ent_run_backer_affix (run, ref) || _ent_run_is (run, ref->last, "led") ||
         _ent_run_past_tense_word (run, (int)ref->last);
}

/* "summoned the Indian envoy to protest", "met Putin to discuss": after
 * these verbs, the infinitive tells the subject's purpose; the object
 * does not act. */
static gboolean
purpose_after_object (Run *run,
                      Ref *object)
{
  static const char *words[] = {
    "summoned", "summons", "summon", "summoning", "met", "meets", "meet", "meeting", "visited",
    "visits", "visit", "visiting", "hosted", "hosts", "host", "hosting", "received", "receives",
    "phoned", "phones", "telephoned", "sent", "sends", "dispatched", "deployed", "deploys", "used",
    "uses", "using",
  };
  static EntWordMap *once;
  int q = (int)object->first - 1;

  while (q > (int)run->first && _ent_run_tag (run, q) == ENT_TAG_DET)
    q--;
  return q >= (int)run->first &&
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[q].hash);
}

/* Whether the word at @p comes right after a possessive, and so is a
 * noun whatever else it may be: "Venezuela's claim", "its plan". */
static gboolean
follows_possessive (Run *run,
                    int  p)
{
  return p > (int)run->first && run->tokens[p].kind == ENT_TOKEN_WORD &&
         (_ent_run_tag (run, p - 1) == ENT_TAG_POSS ||
          (_ent_run_ref_at (run, p - 1) != NULL && _ent_run_ref_at (run, p - 1)->possessive));
}

/* The possessor of the noun at @p: "the country's bid", "its plan". */
static gboolean
possessor_before_noun (Run   *run,
                       int    p,
                       Group *group)
{
  Ref *ref;

  if (p <= (int)run->first || run->tokens[p].kind != ENT_TOKEN_WORD ||
      _ent_run_ref_at (run, p) != NULL ||
      (!follows_possessive (run, p) &&
       (_ent_run_tag (run, p) != ENT_TAG_NONE || run->is_verb[p - run->first])))
    return FALSE;
  if (_ent_run_tag (run, p - 1) == ENT_TAG_POSS)
    p--;
  /* "the Israeli military offensive": a nationality stands for its state. */
  for (int k = 0;
       k < 2 && p - 1 > (int)run->first && _ent_run_ref_at (run, p - 1) == NULL &&
       run->tokens[p - 1].kind == ENT_TOKEN_WORD &&
       !(run->tokens[p - 1].flags & ENT_TOKEN_CAPITALISED) &&
       (_ent_run_tag (run, p - 1) == ENT_TAG_NONE || _ent_run_tag (run, p - 1) == ENT_TAG_ADJ);
       k++)
    p--;
  ref = _ent_run_ref_at (run, p - 1);
  if (!_ent_run_usable (ref) || ref->place ||
      !(ref->possessive || _ent_run_tag (run, ref->first) == ENT_TAG_POSS_PRON ||
        (ref->name_kind == ENT_NAME_ADJECTIVE && !ref->pronoun)))
    return FALSE;
  _ent_run_collect_left (run, ref, group);
  return TRUE;
}

/* "Poland joined Lithuania in condemning Belarus": both hold the position
 * of the gerund after "in". */
static gboolean
joined_in (Run   *run,
           int    pos,
           Group *group,
           guint  depth)
{
  Ref *joined;
  int v;

  if (pos <= (int)run->first + 1 || !_ent_run_is (run, pos, "in"))
    return FALSE;
  joined = _ent_run_ref_at (run, pos - 1);
  if (!_ent_run_usable (joined) || joined->place)
    return FALSE;
  v = (int)joined->first - 1;
  while (v > (int)run->first && _ent_run_tag (run, v) == ENT_TAG_DET)
    v--;
  if (v < (int)run->first || !(_ent_run_is (run, v, "joined") || _ent_run_is (run, v, "joins") ||
                               _ent_run_is (run, v, "join") || _ent_run_is (run, v, "joining")))
    return FALSE;
  if (!_ent_run_subject_of_verb (run, v, group, depth))
    return FALSE;
  _ent_run_collect_right (run, joined, group);
  return TRUE;
}

/* "..., while keeping its distance from Iran", "after meeting Xi": a
 * participle clause belongs to the sentence's subject. */
static gboolean
participle_clause_at (Run *run,
                      int  pos)
{
  /* "after" and "before" are prepositions to the lexicon */
  return pos > (int)run->first && pos + 1 < (int)run->last && _ent_run_ends_in_ing (run, pos + 1) &&
         (_ent_run_is (run, pos, "after") || _ent_run_is (run, pos, "before") ||
          (_ent_run_tag (run, pos) == ENT_TAG_SUB &&
           (_ent_run_is (run, pos, "while") || _ent_run_is (run, pos, "when") ||
            _ent_run_is (run, pos, "since"))));
}

/* The actor @ref met going back from the verb: the subject, unless it is
 * inside another phrase of the subject. */
static gboolean
subject_ref (Run   *run,
             Ref   *ref,
             Group *group)
{
  gboolean found = FALSE;

  if (inside_of_phrase (run, ref, group, &found))
    return found;
  /* "Iran-backed militias attacked", "pro-Russian separatists
   * attacked": the backer does not act, nor does the one leaned to. */
  if (_ent_run_backer_affix (run, ref) || _ent_run_stance_prefixed (run, ref))
    return FALSE;
  /* "Chad's decision to expel French troops was welcomed": the name is
   * the object of an infinitive inside the subject. */
  if (object_of_infinitive (run, ref, group, &found))
    return found;
  _ent_run_collect_left (run, ref, group);
  return TRUE;
}

/* "issued a joint statement that opposed", "China's statement, which
 * condemned": who wrote the text the relative clause hangs from. */
static gboolean
text_author (Run   *run,
             int    noun,
             Group *group)
{
  int p = noun - 1;
  Ref *ref;

  while (p > (int)run->first && p > noun - 4 && _ent_run_ref_at (run, p) == NULL &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ ||
          _ent_run_is (run, p, "joint")))
    p--;
  ref = _ent_run_ref_at (run, p);
  if (_ent_run_usable (ref) && !ref->place &&
      (ref->possessive || ref->name_kind == ENT_NAME_ADJECTIVE ||
       (p + 1 < (int)run->last && _ent_run_tag (run, p + 1) == ENT_TAG_POSS)))
    {
      _ent_run_collect_left (run, ref, group);
      return TRUE;
    }
  if (ref == NULL && (_ent_run_tag (run, p) == ENT_TAG_LIGHT || _ent_run_past_tense_word (run, p)))
    return _ent_run_subject_of_verb (run, p, group, 0);
  return FALSE;
}

/* The antecedent of the relative pronoun at @p: "Hamas, which",
 * "Tehreek-e-Taliban Pakistan (TTP), which". */
gboolean
_ent_run_relative_antecedent (Run   *run,
                              int    p,
                              Group *group)
{
  int q = p - 1;
  Ref *ref;

  if (q >= (int)run->first && _ent_run_punct_is (run, q, ","))
    q--;
  if (q >= (int)run->first && _ent_run_punct_is (run, q, ")"))
    {
      int open = q;

      while (open > (int)run->first && open > q - 6 && !_ent_run_punct_is (run, open, "("))
        open--;
      if (_ent_run_punct_is (run, open, "(") && _ent_run_usable (_ent_run_ref_at (run, open - 1)))
        q = open - 1;
    }
  if (q >= (int)run->first && _ent_run_is_text_noun (run, (guint)q))
    return text_author (run, q, group);
  ref = _ent_run_ref_at (run, q);
  /* "the Biden administration, which", "the Russian foreign ministry,
   * which": the organ's owner */
  for (int k = 0; ref == NULL && k < 2 && q - k > (int)run->first &&
                  _ent_run_tag (run, q - k) == ENT_TAG_ORGAN;
       k++)
    if ((ref = _ent_run_ref_at (run, q - k - 1)) != NULL && ref->place)
      return FALSE;
  if (!_ent_run_usable (ref))
    return FALSE;
  _ent_run_collect_left (run, ref, group);
  return TRUE;
}

/* The subject of an infinitive whose "to" is at @p, before any noun
 * phrase (@np_started FALSE) or after one. */
static gboolean
infinitive_subject (Run      *run,
                    int       p,
                    gboolean  np_started,
                    Group    *group,
                    guint     depth)
{
  Ref *before = _ent_run_ref_at (run, p - 1);

  /* "summoned the Afghan envoy to protest": the summoner's purpose. */
  if (!np_started && _ent_run_usable (before) && purpose_after_object (run, before))
    return _ent_run_subject_of_verb (run, _ent_run_previous_verb (run, (int)before->first - 1),
                                     group, depth);
  /* "Sweden's bid to join NATO", "its decision to recognise": the
   * possessor of the noun is the subject of the infinitive. */
  if (possessor_before_noun (run, p - 1, group))
    return TRUE;
  /* "prompted Algeria to recall its ambassador": the object of the verb
   * before is the subject of the infinitive. */
  if (!np_started && _ent_run_usable (before) && !before->place && !after_preposition (run, before))
    {
      _ent_run_collect_left (run, before, group);
      return TRUE;
    }
  /* "sent advisers and drones to defend Tripoli": a purpose clause
   * belongs to the subject of the verb before it. */
  if (!np_started)
    return _ent_run_subject_of_verb (run, _ent_run_previous_verb (run, p - 1), group, depth);
  return FALSE;
}

/* "Kwame Osei, a Ghanaian diplomat, accused", "Farid Kazemi, Iran's
 * deputy foreign minister, said": a name the dictionary does not know,
 * opening the sentence, speaks for the state its apposition names. */
static gboolean
unknown_name_apposition (Run   *run,
                         int    comma,
                         Group *group)
{
  int open = comma - 1, name;
  Ref *ref = NULL;

  while (open > (int)run->first && open > comma - 12 && !_ent_run_punct_is (run, open, ","))
    {
      if (run->is_verb[open - run->first])
        return FALSE;
      open--;
    }
  if (open <= (int)run->first || !_ent_run_punct_is (run, open, ","))
    return FALSE;
  for (name = (int)run->first; name < open; name++)
    if (run->tokens[name].kind != ENT_TOKEN_WORD ||
        !(run->tokens[name].flags & ENT_TOKEN_CAPITALISED) || _ent_run_ref_at (run, name) != NULL)
      return FALSE;
  for (int q = open + 1; q < comma && ref == NULL; q++)
    {
      ref = _ent_run_ref_at (run, q);
      if (ref == NULL && _ent_run_tag (run, q) != ENT_TAG_DET &&
          _ent_run_tag (run, q) != ENT_TAG_ADJ)
        return FALSE;
    }
  if (!_ent_run_usable (ref) || ref->place || ref->pronoun)
    return FALSE;
  _ent_run_group_add (group, ref);
  return TRUE;
}

/* "pulled out of the summit that Islamabad was to host, blaming": the verb
 * at @q sits in a relative clause of the main clause's object. */
static gboolean
in_relative_clause (Run *run,
                    int  q)
{
  for (int p = q - 1; p > (int)run->first; p--)
    {
      if (run->tokens[p].kind == ENT_TOKEN_PUNCT || run->is_verb[p - run->first])
        return FALSE;
      if ((_ent_run_tag (run, p) == ENT_TAG_REL || _ent_run_is (run, p, "that")) &&
          run->tokens[p - 1].kind == ENT_TOKEN_WORD && _ent_run_tag (run, p - 1) == ENT_TAG_NONE &&
          !run->is_verb[p - 1 - run->first] && _ent_run_ref_at (run, p - 1) == NULL)
        return TRUE;
    }
  return FALSE;
}

/* The subject of the clause before a comma at @p, with no noun phrase
 * started after it. Sets *@p and returns SCAN_ON to go on before a
 * parenthetical. */
static Scan
subject_before_comma (Run   *run,
                      int   *p,
                      Group *group,
                      guint  depth)
{
  int q;

  if (unknown_name_apposition (run, *p, group))
    return SCAN_FOUND;

  /* "ordered the consulate in Poland, in Gdansk, closed, accusing": a
   * participle after the comma belongs to the main clause, not to the
   * aside before it */
  if ((q = _ent_run_skip_parenthetical (run, *p)) >= 0 &&
      !(*p + 1 < (int)run->last && _ent_run_ends_in_ing (run, *p + 1) &&
        !(run->tokens[*p + 1].flags & ENT_TOKEN_CAPITALISED) &&
        _ent_run_tag (run, *p + 1) == ENT_TAG_NONE))
    {
      *p = q;
      return SCAN_ON;
    }
  /* "fired missiles into the sea, drawing condemnation"; "ordered French
   * troops out, ended a military agreement with": verb phrases in a list */
  q = _ent_run_previous_verb (run, *p - 1);
  if (q < 0 && *p + 1 < (int)run->last &&
      (_ent_run_ends_in_ing (run, *p + 1) ||
       ((_ent_run_past_tense_word (run, *p + 1) || run->is_verb[*p + 1 - run->first]) &&
        _ent_run_ref_at (run, *p - 1) == NULL)))
    return _ent_run_main_subject (run, *p, group) ? SCAN_FOUND : SCAN_NONE;
  /* "urged the EU to take a firmer line, describing Turkey's actions as":
   * the participle is the sentence's, not that of the infinitive whose
   * subject is the object before it */
  if (q > (int)run->first + 1 && _ent_run_tag (run, q - 1) == ENT_TAG_TO &&
      _ent_run_ref_at (run, q - 2) != NULL && *p + 1 < (int)run->last &&
      _ent_run_ends_in_ing (run, *p + 1))
    return _ent_run_main_subject (run, *p, group) ? SCAN_FOUND : SCAN_NONE;
  if (q > (int)run->first + 2 && *p + 1 < (int)run->last && _ent_run_ends_in_ing (run, *p + 1) &&
      in_relative_clause (run, q))
    return _ent_run_main_subject (run, *p, group) ? SCAN_FOUND : SCAN_NONE;
  return _ent_run_subject_of_verb (run, q, group, depth) ? SCAN_FOUND : SCAN_NONE;
}

/* The say verb that reports the clause holding the verb at @v, or -1. */
static int
say_verb_before (Run *run,
                 int  v)
{
  for (int p = v - 1; p >= (int)run->first && p > v - 12; p--)
    {
      if (_ent_run_tag (run, p) == ENT_TAG_SAY)
        return p;
      if (_ent_run_punct_is (run, p, ",;:") || _ent_run_tag (run, p) == ENT_TAG_CONJ)
        return -1;
    }
  return -1;
}

/* "responded by imposing asset freezes": "by" and a gerund after a verb,
 * whose subject is the sentence's. */
static gboolean
by_gerund_at (Run *run,
              int  pos)
{
  return pos > (int)run->first && pos + 1 < (int)run->last &&
         _ent_run_tag (run, pos) == ENT_TAG_BY && _ent_run_ends_in_ing (run, pos + 1) &&
         !_ent_run_ends_in_ing (run, pos - 1) &&
         (run->is_verb[pos - 1 - run->first] || _ent_run_past_tense_word (run, pos - 1));
}

/* "Brazil and Chile were among the governments that condemned": the
 * subject of "were among" before the plural noun at @noun. */
static gboolean
among_members (Run   *run,
               int    noun,
               Group *group)
{
  static const char *words[] = {
    "governments", "countries", "states", "nations", "members", "capitals", "leaders", "those",
    "few", "allies", "signatories", "powers",
  };
  static EntWordMap *once;
  int p = noun - 1;

  if (!ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[noun].hash))
    return FALSE;
  /* "one of only 17 countries", "among the few remaining allies" */
  while (p > (int)run->first && p > noun - 5 &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ ||
          _ent_run_tag (run, p) == ENT_TAG_ADV || run->tokens[p].kind == ENT_TOKEN_NUMBER ||
          _ent_run_is (run, p, "few") || _ent_run_is (run, p, "many") ||
          _ent_run_is (run, p, "only") || _ent_run_is (run, p, "remaining")))
    p--;
  /* "among the", "one of the" */
  if (_ent_run_is (run, p, "of") && p > (int)run->first && _ent_run_is (run, p - 1, "one"))
    p--;
  else if (!_ent_run_is (run, p, "among"))
    return FALSE;
  p--;
  if (p < (int)run->first || _ent_run_tag (run, p) != ENT_TAG_BE)
    return FALSE;
  return _ent_run_subject_of_verb (run, p, group, 0);
}

/* "Turkey remains the only country that recognises", "Israel became the
 * first state that": the subject of the copula before "the only" or "the
 * first" and a singular noun at @noun. */
static gboolean
only_one (Run   *run,
          int    noun,
          Group *group)
{
  static const char *nouns[] = {
    "country", "state", "nation", "government", "member", "capital", "one", "leader", "power",
  };
  static const char *ranks[] = {
    "only", "first", "last", "sole", "second", "third", "lone",
  };
  static EntWordMap *once, *once_ranks;
  int p = noun - 1;

  if (!ent_word_set_contains (&once, nouns, G_N_ELEMENTS (nouns), run->tokens[noun].hash))
    return FALSE;
  /* "the first European country" */
  while (p > noun - 3 && p > (int)run->first && run->tokens[p].kind == ENT_TOKEN_WORD &&
         !ent_word_set_contains (&once_ranks, ranks, G_N_ELEMENTS (ranks), run->tokens[p].hash) &&
         (_ent_run_tag (run, p) == ENT_TAG_ADJ || _ent_run_tag (run, p) == ENT_TAG_NONE))
    p--;
  if (p < (int)run->first + 2 ||
      !ent_word_set_contains (&once_ranks, ranks, G_N_ELEMENTS (ranks), run->tokens[p].hash) ||
      !_ent_run_is (run, p - 1, "the"))
    return FALSE;
  p -= 2;
  if (!(_ent_run_tag (run, p) == ENT_TAG_BE || _ent_run_is (run, p, "remains") ||
        _ent_run_is (run, p, "remained") || _ent_run_is (run, p, "became") ||
        _ent_run_is (run, p, "becomes") || _ent_run_is (run, p, "become")))
    return FALSE;
  return _ent_run_subject_of_verb (run, p, group, 0);
}

/* "the PKK, the militant group that has waged an insurgency", "two
 * separatist groups that fight the Pakistani state": the actor a subject
 * relative "that" at @p refers to. */
static gboolean
that_antecedent (Run   *run,
                 int    p,
                 Group *group)
{
  Ref *before = _ent_run_ref_at (run, p - 1);

  if (before != NULL && _ent_run_usable (before) && !before->place && !before->possessive)
    return subject_ref (run, before, group);
  if (before == NULL && _ent_run_is_text_noun (run, (guint)p - 1))
    return text_author (run, p - 1, group);
  if (before == NULL && (among_members (run, p - 1, group) || only_one (run, p - 1, group)))
    return TRUE;
  if (before == NULL && run->tokens[p - 1].kind == ENT_TOKEN_WORD &&
      !(run->tokens[p - 1].flags & ENT_TOKEN_CAPITALISED) &&
      (_ent_run_tag (run, p - 1) == ENT_TAG_NONE || _ent_run_tag (run, p - 1) == ENT_TAG_PEOPLE))
    return _ent_run_appositive_head (run, p - 1, group);
  return FALSE;
}

/* "welcomed what its foreign ministry called aggression and said": the
 * "what" opening the free relative whose verb is @v, or -1. */
static int
free_relative_start (Run *run,
                     int  v)
{
  for (int p = v - 1; p >= (int)run->first && p > v - 6; p--)
    {
      if (_ent_run_is (run, p, "what"))
        return p;
      if (run->tokens[p].kind == ENT_TOKEN_PUNCT || run->is_verb[p - run->first] ||
          _ent_run_tag (run, p) == ENT_TAG_CONJ)
        return -1;
    }
  return -1;
}

/* Whether the reported verb at @v follows "would", "could" or "might" and
 * the word after the "and" at @p is a verb in -ed or one of saying, which
 * cannot share the modal: "said Moscow's decision would compound the
 * anguish and accused it" makes the second verb the speaker's. After "had"
 * a participle may share it ("had violated the deal and imposed
 * sanctions"). Reads the tokens only: no verb group is parsed here. */
static gboolean
tense_breaks (Run *run,
              int  v,
              int  p)
{
  gboolean modal = FALSE;
  int q = p + 1;

  for (int k = v - 1; k >= (int)run->first && k >= v - 3 && !modal; k--)
    {
      modal = _ent_run_is (run, (guint)k, "would") || _ent_run_is (run, (guint)k, "could") ||
              _ent_run_is (run, (guint)k, "might");
      if (!modal && _ent_run_tag (run, (guint)k) != ENT_TAG_ADV &&
          _ent_run_tag (run, (guint)k) != ENT_TAG_NEG)
        break;
    }
  while (q < (int)run->last && _ent_run_tag (run, (guint)q) == ENT_TAG_ADV)
    q++;
  return modal && q < (int)run->last && _ent_run_tag (run, (guint)q) != ENT_TAG_HAVE &&
         _ent_run_tag (run, (guint)q) != ENT_TAG_MODAL &&
         _ent_run_tag (run, (guint)q) != ENT_TAG_BE &&
         (_ent_run_ends_in_ed (run, q) || _ent_run_tag (run, (guint)q) == ENT_TAG_SAY) &&
         _ent_run_ref_at (run, q) == NULL;
}

/* The subject of a verb phrase after the conjunction at @p: "Mexican
 * troops and police have stepped up" (a body with its organs), or that of
 * the verb phrase before it ("said shipments should carry on ... and
 * accused Moscow": the speaker's, when the reported clause has no actor). */
static gboolean
subject_at_conjunction (Run      *run,
                        int       p,
                        gboolean  np_started,
                        gboolean  organs_only,
                        Group    *group,
                        guint     depth)
{
  Ref *before = p > (int)run->first ? _ent_run_ref_at (run, p - 1) : NULL;
  int v, say;

  if (np_started && organs_only && _ent_run_is (run, p, "and") && _ent_run_usable (before) &&
      !before->place)
    return subject_ref (run, before, group);
  if (np_started)
    return FALSE;
  v = _ent_run_previous_verb (run, p - 1);
  if (v >= 0 && free_relative_start (run, v) >= 0)
    v = _ent_run_previous_verb (run, free_relative_start (run, v) - 1);
  if (v < 0)
    return _ent_run_main_subject (run, p, group);
  if (_ent_run_is (run, p, "and") && tense_breaks (run, v, p) &&
      (say = say_verb_before (run, v)) >= 0 && _ent_run_subject_of_verb (run, say, group, depth))
    return TRUE;
  return _ent_run_subject_of_verb (run, v, group, depth) ||
         ((v = say_verb_before (run, v)) >= 0 && _ent_run_subject_of_verb (run, v, group, depth));
}

/* "Bush's decision to sell jets to Taiwan", "Ankara's plan to buy": an
 * infinitive after an intent that someone owns (@pos is "to") is theirs. */
static gboolean
intent_owner (Run   *run,
              int    pos,
              Group *group)
{
  static const char *intents[] = {
    "decision", "plan", "plans", "move", "bid", "offer", "pledge", "promise", "refusal",
    "attempt", "attempts", "effort", "efforts", "threat", "willingness", "readiness", "vow",
    "intention", "agreement", "determination",
  };
  static EntWordMap *once;
  Ref *owner;
  int p = pos - 1;

  if (pos < (int)run->first + 3 || _ent_run_tag (run, pos) != ENT_TAG_TO)
    return FALSE;
  /* "Washington's recent decision to" */
  if (!ent_word_set_contains (&once, intents, G_N_ELEMENTS (intents), run->tokens[p].hash))
    return FALSE;
  p--;
  if (_ent_run_tag (run, p) == ENT_TAG_ADJ && p > (int)run->first + 1)
    p--;
  /* "the U.S. decision to", "the Chinese plan to" */
  owner = _ent_run_ref_at (run, p);
  if (_ent_run_usable (owner) && !owner->place && owner->last == (guint)p + 1 &&
      owner->first > run->first && _ent_run_is (run, owner->first - 1, "the"))
    return subject_ref (run, owner, group);
  if (_ent_run_tag (run, p) != ENT_TAG_POSS)
    return FALSE;
  owner = _ent_run_ref_at (run, p - 1);
  if (!_ent_run_usable (owner) || owner->place)
    return FALSE;
  return subject_ref (run, owner, group);
}

/* "Italy becomes the first G7 nation to sign up to", "was the only
 * member to vote against": the infinitive after an ordinal predicate is
 * the copula's subject's; @pos is its "to". */
static gboolean
ordinal_subject (Run   *run,
                 int    pos,
                 Group *group,
                 guint  depth)
{
  static const char *ordinals[] = {
    "first", "second", "third", "last", "only", "latest", "next", "sole",
  };
  static EntWordMap *once;
  int p;

  if (pos <= (int)run->first + 2 || _ent_run_tag (run, (guint)pos) != ENT_TAG_TO)
    return FALSE;
  pos--;
  for (p = pos; p > (int)run->first && p > pos - 6; p--)
    if (ent_word_set_contains (&once, ordinals, G_N_ELEMENTS (ordinals), run->tokens[p].hash))
      break;
  if (p <= (int)run->first || p <= pos - 6 || p == pos)
    return FALSE;
  if (_ent_run_tag (run, (guint)p - 1) == ENT_TAG_DET && p - 1 > (int)run->first)
    p--;
  p--;
  return (_ent_run_tag (run, (guint)p) == ENT_TAG_BE || _ent_run_is (run, (guint)p, "becomes") ||
          _ent_run_is (run, (guint)p, "became") || _ent_run_is (run, (guint)p, "become")) &&
         _ent_run_subject_of_verb (run, p, group, depth);
}

gboolean
_ent_run_subject_of (Run   *run,
                     int    pos,
                     Group *group,
                     guint  depth)
{
  gboolean np_started = FALSE, organs_only = TRUE, plain_noun = FALSE;

  if (joined_in (run, pos, group, depth) || intent_owner (run, pos, group) ||
      ordinal_subject (run, pos, group, depth))
    return TRUE;
  /* "after meeting Xi", "responded by imposing asset freezes" */
  if (participle_clause_at (run, pos) || by_gerund_at (run, pos))
    return _ent_run_main_subject (run, pos, group);

  for (int p = pos, steps = 0; p >= (int)run->first && steps < MAX_SCAN; steps++)
    {
      Ref *ref = _ent_run_ref_at (run, p);
      EntTag tag = _ent_run_tag (run, p);
      int time;

      if (ref != NULL)
        {
          /* "the main Kosovo Serb party backed by Belgrade": a name
           * before a people's name and a plain noun only qualifies it. */
          if (plain_noun && !ref->possessive && ref->last < run->last &&
              run->tokens[ref->last].kind == ENT_TOKEN_WORD &&
              (run->tokens[ref->last].flags & ENT_TOKEN_CAPITALISED) &&
              _ent_run_ref_at (run, ref->last) == NULL)
            return _ent_run_appositive_head (run, (int)ref->first - 1, group);
          /* "M23 rebels backed by Rwanda seized Goma": a reduced passive
           * relative stands between the subject and its verb. */
          if (!np_started && ref->first >= run->first + 3 &&
              _ent_run_tag (run, ref->first - 1) == ENT_TAG_BY &&
              _ent_run_past_tense_word (run, (int)ref->first - 2) &&
              _ent_run_ref_at (run, (int)ref->first - 2) == NULL)
            {
              p = (int)ref->first - 3;
              continue;
            }
          if (_ent_run_usable (ref) && (!ref->place || np_started))
            return subject_ref (run, ref, group);
          p = (int)ref->first - 1;
          continue;
        }
      /* "and on Friday sanctioned Petro" */
      if (!np_started && (time = _ent_run_time_phrase_start (run, p)) >= 0)
        {
          p = time - 1;
          continue;
        }
      if (tag == ENT_TAG_REL)
        return _ent_run_relative_antecedent (run, p, group);
      if (!np_started && _ent_run_is (run, p, "that") && p > (int)run->first &&
          that_antecedent (run, p, group))
        return TRUE;
      if (_ent_run_punct_is (run, p, ","))
        {
          Scan scan = np_started ? SCAN_NONE : subject_before_comma (run, &p, group, depth);

          if (scan != SCAN_ON)
            return scan == SCAN_FOUND;
          continue;
        }
      if (tag == ENT_TAG_CONJ)
        return subject_at_conjunction (run, p, np_started, organs_only, group, depth);
      if ((run->is_verb[p - run->first] || tag == ENT_TAG_LIGHT || tag == ENT_TAG_VERB) &&
          !_ent_run_looks_nominal (run, p))
        return _ent_run_subject_of_verb (run, p, group, depth);
      /* "Venezuela's claim alarmed Guyana", "Venezuela's claim to
       * Essequibo alarmed": a word after a possessive is its noun. */
      if (follows_possessive (run, p))
        tag = ENT_TAG_NONE;
      switch (tag)
        {
        case ENT_TAG_DET:
        case ENT_TAG_ADJ:
        case ENT_TAG_ORGAN:
        case ENT_TAG_PEOPLE:
        case ENT_TAG_NONE:
        case ENT_TAG_POSS:
        case ENT_TAG_PREP:
        case ENT_TAG_LOC_PREP:
          if (run->tokens[p].kind == ENT_TOKEN_PUNCT)
            return FALSE;
          np_started = TRUE;
          organs_only &= tag == ENT_TAG_ORGAN || tag == ENT_TAG_ADJ;
          plain_noun |=
            tag == ENT_TAG_NONE && run->tokens[p].kind == ENT_TOKEN_WORD &&
            !(run->tokens[p].flags & (ENT_TOKEN_CAPITALISED | ENT_TOKEN_HYPHEN_BEFORE)) &&
            !(run->tokens[p + 1].flags & ENT_TOKEN_HYPHEN_BEFORE);
          p--;
          continue;
        case ENT_TAG_ADV:
          p--;
          continue;
        case ENT_TAG_TO:
          return infinitive_subject (run, p, np_started, group, depth);
        default:
          return FALSE;
        }
    }
  return FALSE;
}
