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

/* Where a scan for a subject or an object stands after a word: it found
 * it, found there is none, or goes on at the next word. */
typedef enum
{
  SCAN_NONE,
  SCAN_FOUND,
  SCAN_ON,
} Scan;

static gboolean possessor_before_noun (Run *run, int p, Group *group);

static gboolean
owns_organ (Run *run,
            Ref *ref)
{
  guint q = ref->last;

  while (q < run->last && (_ent_run_tag (run, q) == ENT_TAG_POSS || _ent_run_tag (run, q) == ENT_TAG_ADJ))
    q++;
  return q < run->last && _ent_run_tag (run, q) == ENT_TAG_ORGAN && _ent_run_ref_at (run, q) == NULL;
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

/* Skips back over ", which ... ," or ", an ally of Y," when looking for
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

          /* ", which backs", ", an ally of", ", founded by", ", speaking in" */
          if (tag == ENT_TAG_REL || tag == ENT_TAG_DET || tag == ENT_TAG_ADV ||
              _ent_run_is (run, q + 1, "whose") || _ent_run_is (run, q + 1, "known") || run->is_verb[q + 1 - run->first] ||
              tag == ENT_TAG_ADJ || tag == ENT_TAG_PREP || tag == ENT_TAG_LOC_PREP ||
              (q + 1 < comma && (_ent_run_past_tense_word (run, q + 1) || _ent_run_ends_in_ing (run, q + 1)) &&
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
  return p >= (int)run->first && (_ent_run_tag (run, p) == ENT_TAG_PREP || _ent_run_tag (run, p) == ENT_TAG_LOC_PREP ||
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
  int p = (int)ref->first - 1;

  while (p >= (int)run->first && _ent_run_tag (run, p) == ENT_TAG_DET)
    p--;
  if (p <= (int)run->first ||
      !(_ent_run_is (run, p, "of") || _ent_run_is (run, p, "against") || _ent_run_is (run, p, "on") ||
        _ent_run_is (run, p, "with") || _ent_run_is (run, p, "for") || _ent_run_is (run, p, "over")) ||
      _ent_run_tag (run, p - 1) != ENT_TAG_NONE ||
      run->tokens[p - 1].kind != ENT_TOKEN_WORD || (run->tokens[p - 1].flags & ENT_TOKEN_CAPITALISED) ||
      _ent_run_ref_at (run, p - 1) != NULL)
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

  while (p >= (int)run->first && (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ))
    p--;
  if (p <= (int)run->first + 1 || !run->is_verb[p - run->first] || _ent_run_tag (run, p - 1) != ENT_TAG_TO)
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

/* The possessor of the noun at @p: "the country's bid", "its plan". */
static gboolean
possessor_before_noun (Run   *run,
                       int    p,
                       Group *group)
{
  Ref *ref;

  if (p <= (int)run->first || run->tokens[p].kind != ENT_TOKEN_WORD || _ent_run_tag (run, p) != ENT_TAG_NONE ||
      _ent_run_ref_at (run, p) != NULL || run->is_verb[p - run->first])
    return FALSE;
  if (_ent_run_tag (run, p - 1) == ENT_TAG_POSS)
    p--;
  /* "the Israeli military offensive": a nationality stands for its state. */
  for (int k = 0; k < 2 && p - 1 > (int)run->first && _ent_run_ref_at (run, p - 1) == NULL &&
       run->tokens[p - 1].kind == ENT_TOKEN_WORD && !(run->tokens[p - 1].flags & ENT_TOKEN_CAPITALISED) &&
       (_ent_run_tag (run, p - 1) == ENT_TAG_NONE || _ent_run_tag (run, p - 1) == ENT_TAG_ADJ); k++)
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
  if (v < (int)run->first ||
      !(_ent_run_is (run, v, "joined") || _ent_run_is (run, v, "joins") || _ent_run_is (run, v, "join") ||
        _ent_run_is (run, v, "joining")))
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
  return pos > (int)run->first && pos + 1 < (int)run->last && _ent_run_tag (run, pos) == ENT_TAG_SUB &&
         _ent_run_ends_in_ing (run, pos + 1) &&
         (_ent_run_is (run, pos, "while") || _ent_run_is (run, pos, "after") || _ent_run_is (run, pos, "before") ||
          _ent_run_is (run, pos, "when") || _ent_run_is (run, pos, "since"));
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
  /* "Iran-backed militias attacked": the backer does not act. */
  if (_ent_run_backer_affix (run, ref))
    return FALSE;
  /* "Chad's decision to expel French troops was welcomed": the name is
   * the object of an infinitive inside the subject. */
  if (object_of_infinitive (run, ref, group, &found))
    return found;
  _ent_run_collect_left (run, ref, group);
  return TRUE;
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
  ref = _ent_run_ref_at (run, q);
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
    return _ent_run_subject_of_verb (run, _ent_run_previous_verb (run, (int)before->first - 1), group, depth);
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

  if ((q = _ent_run_skip_parenthetical (run, *p)) >= 0)
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
      _ent_run_ref_at (run, q - 2) != NULL && *p + 1 < (int)run->last && _ent_run_ends_in_ing (run, *p + 1))
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

gboolean
_ent_run_subject_of (Run   *run,
                     int    pos,
                     Group *group,
                     guint  depth)
{
  gboolean np_started = FALSE, organs_only = TRUE;

  if (joined_in (run, pos, group, depth))
    return TRUE;
  /* "after meeting Xi", "responded by imposing asset freezes" */
  if (participle_clause_at (run, pos) ||
      (pos > (int)run->first && pos + 1 < (int)run->last && _ent_run_tag (run, pos) == ENT_TAG_BY &&
       _ent_run_ends_in_ing (run, pos + 1) && !_ent_run_ends_in_ing (run, pos - 1) &&
       (run->is_verb[pos - 1 - run->first] || _ent_run_past_tense_word (run, pos - 1))))
    return _ent_run_main_subject (run, pos, group);

  for (int p = pos, steps = 0; p >= (int)run->first && steps < MAX_SCAN; steps++)
    {
      Ref *ref = _ent_run_ref_at (run, p);
      EntTag tag = _ent_run_tag (run, p);
      int time;

      if (ref != NULL)
        {
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
      if (_ent_run_punct_is (run, p, ","))
        {
          Scan scan = np_started ? SCAN_NONE : subject_before_comma (run, &p, group, depth);

          if (scan != SCAN_ON)
            return scan == SCAN_FOUND;
          continue;
        }
      if (tag == ENT_TAG_CONJ)
        {
          int v;

          /* "Mexican troops and police have stepped up" */
          if (np_started && organs_only && _ent_run_is (run, p, "and") && p > (int)run->first &&
              _ent_run_usable (_ent_run_ref_at (run, p - 1)) && !_ent_run_ref_at (run, p - 1)->place)
            return subject_ref (run, _ent_run_ref_at (run, p - 1), group);
          if (np_started)
            return FALSE;
          v = _ent_run_previous_verb (run, p - 1);
          if (v < 0)
            return _ent_run_main_subject (run, p, group);
          /* "said shipments should carry on ... and accused Moscow": the
           * speaker's verb, when the reported clause has no actor */
          return _ent_run_subject_of_verb (run, v, group, depth) ||
                 ((v = say_verb_before (run, v)) >= 0 && _ent_run_subject_of_verb (run, v, group, depth));
        }
      if ((run->is_verb[p - run->first] || tag == ENT_TAG_LIGHT || tag == ENT_TAG_VERB) &&
          !_ent_run_looks_nominal (run, p))
        return _ent_run_subject_of_verb (run, p, group, depth);
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


/* Whether a relational noun with a name after it follows: "ally Hamas". */
static gboolean
relational_ahead (Run  *run,
                  guint p)
{
  for (guint q = p; q < run->last && q < p + 3; q++)
    if (_ent_run_relational_sign (run, q) != 0)
      return _ent_run_ref_at (run, q + 1) != NULL;
  return FALSE;
}

/* "Taiwan's rival, China", "Iran's ally Hezbollah": the name a
 * possessor's relational noun at most two words after @p stands for. */
static Ref *
relational_object (Run  *run,
                   guint p)
{
  for (guint q = p; q < run->last && q < p + 3; q++)
    if (_ent_run_relational_sign (run, q) != 0)
      {
        Ref *next = q + 1 < run->last && _ent_run_punct_is (run, q + 1, ",") && q + 2 < run->last
                    ? _ent_run_ref_at (run, q + 2) : _ent_run_ref_at (run, q + 1);

        return _ent_run_usable (next) && !next->place ? next : NULL;
      }
  return NULL;
}


static gboolean
is_link_word (Run  *run,
              guint i)
{
  static const char *words[] = {
    "linked", "tied", "connected", "belonging", "bound", "affiliated", "owned", "headed", "flagged",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

static gboolean
object_of_noun (Run   *run,
                guint  noun,
                Group *group)
{
  guint p = noun + 2;
  Ref *ref;

  if (ent_lexicon_match_cue (run->lexicon, run->tokens, run->last, noun, NULL) != NULL)
    return FALSE;
  while (p < run->last && _ent_run_tag (run, p) == ENT_TAG_DET)
    p++;
  ref = _ent_run_ref_at (run, p);
  if (!_ent_run_usable (ref) || ref->place || ref->name_kind == ENT_NAME_SEAT)
    return FALSE;
  _ent_run_collect_right (run, ref, group);
  return TRUE;
}

/* The cue an -ing word at @p starts, as in "a resolution condemning
 * Pakistan", or NULL; @span gets its length in tokens. */
const EntCue *
_ent_run_participle_cue (Run   *run,
                         guint  p,
                         guint *span)
{
  if (p >= run->last || _ent_run_tag (run, p) != ENT_TAG_NONE || run->tokens[p].kind != ENT_TOKEN_WORD ||
      run->text[run->tokens[p].end - 1] != 'g')
    return NULL;
  return ent_lexicon_match_cue (run->lexicon, run->tokens, run->last, p, span);
}

/* "condemned what it called China's provocations", "bombed what New
 * Delhi said was a training camp": the object comes after "what X
 * called" or "what X said was". */
static guint
skip_what_called (Run   *run,
                  guint  p)
{
  Ref *ref;
  guint q;

  if (p + 2 >= run->last || !_ent_run_is (run, p, "what"))
    return p;
  ref = _ent_run_ref_at (run, p + 1);
  if (ref == NULL && _ent_run_tag (run, p + 1) != ENT_TAG_PRON)
    return p;
  q = ref != NULL ? ref->last : p + 2;
  if (q + 1 < run->last && (_ent_run_is (run, q, "said") || _ent_run_is (run, q, "says") ||
                            _ent_run_is (run, q, "claimed")) &&
      (_ent_run_is (run, q + 1, "was") || _ent_run_is (run, q + 1, "were") || _ent_run_is (run, q + 1, "is") ||
       _ent_run_is (run, q + 1, "are")))
    return q + 2;
  if (q < run->last && (_ent_run_is (run, q, "called") || _ent_run_is (run, q, "calls") ||
                        _ent_run_is (run, q, "described") || _ent_run_is (run, q, "termed")))
    {
      q++;
      if (q < run->last && _ent_run_is (run, q, "as"))
        q++;
      return q;
    }
  return p;
}

/* "vetoed a Security Council resolution": the body names the text, and
 * is not itself the object. */
gboolean
_ent_run_names_a_text (Run *run,
                       Ref *ref)
{
  return !ref->possessive && ref->last < run->last && _ent_run_is_text_noun (run, ref->last) &&
         _ent_run_actor_of (run, ref->actors[0])->kind == ENT_ACTOR_KIND_ORGANISATION;
}

/* The actor @ref met at @p while looking for the object after @pos. */
static Scan
object_ref (Run   *run,
            guint  pos,
            guint *p,
            Ref   *ref,
            guint  nouns,
            Group *group)
{
  if (!_ent_run_usable (ref))
    return SCAN_NONE;
  /* "drills around Taiwan", "an incursion into Ukraine": the preposition
   * belongs to the cue, the name is its target. */
  if (ref->place && nouns == 0 &&
      !(ref->first == _ent_run_skip_count (run, pos) && pos > run->first &&
        _ent_run_tag (run, pos - 1) == ENT_TAG_LOC_PREP))
    return SCAN_NONE;
  /* "its ally Hamas": the possessive pronoun is a determiner here. */
  if (((ref->pronoun && _ent_run_tag (run, ref->first) == ENT_TAG_POSS_PRON) ||
       (ref->name_kind == ENT_NAME_ADJECTIVE && *p > pos)) &&
      relational_ahead (run, ref->last))
    {
      *p = ref->last;
      return SCAN_ON;
    }
  /* "refuge to the anti-Taliban National Resistance Front": a name after
   * "anti-" or "pro-" qualifies the noun it comes before. */
  if (ref->first > run->first + 1 && ref->first == *p && (run->tokens[*p].flags & ENT_TOKEN_HYPHEN_BEFORE) &&
      (_ent_run_is (run, *p - 1, "anti") || _ent_run_is (run, *p - 1, "pro")) &&
      ref->last < run->last && run->tokens[ref->last].kind == ENT_TOKEN_WORD &&
      !run->is_verb[ref->last - run->first])
    {
      *p = ref->last;
      return SCAN_ON;
    }
  if (_ent_run_names_a_text (run, ref))
    return SCAN_NONE;
  /* "re-established relations with Taiwan's rival, China" */
  if (ref->possessive && ref->first == *p && relational_object (run, ref->last) != NULL)
    {
      _ent_run_collect_right (run, relational_object (run, ref->last), group);
      return SCAN_FOUND;
    }
  if (ref->pronoun && _ent_run_tag (run, ref->first) == ENT_TAG_POSS_PRON && ref->last < run->last)
    {
      Ref *next = _ent_run_ref_at (run, ref->last);

      /* "met his Iranian counterpart": the name after the pronoun. */
      if (_ent_run_usable (next) && !next->place)
        {
          *p = ref->last;
          return SCAN_ON;
        }
      /* "along their border": a pronoun's thing, unless it is its
       * government or forces. */
      if (_ent_run_tag (run, ref->last) != ENT_TAG_ORGAN && next == NULL &&
          run->tokens[ref->last].kind == ENT_TOKEN_WORD)
        return SCAN_NONE;
    }
  _ent_run_collect_right (run, ref, group);
  return SCAN_FOUND;
}

/* "ships linked to Israel", "vessels bound for Russia": after a noun, the
 * name a link word ties it to. */
static gboolean
linked_object (Run   *run,
               guint  p,
               Group *group)
{
  Ref *ref;

  if (p + 2 >= run->last || !is_link_word (run, p) ||
      !(_ent_run_tag (run, p + 1) == ENT_TAG_TO || _ent_run_tag (run, p + 1) == ENT_TAG_PREP ||
        _ent_run_tag (run, p + 1) == ENT_TAG_BY))
    return FALSE;
  ref = _ent_run_ref_at (run, p + 2);
  if (!_ent_run_usable (ref) || ref->place)
    return FALSE;
  _ent_run_collect_right (run, ref, group);
  return TRUE;
}

/* "fighters from Russia's Wagner group", "troops from Rwanda": armed men
 * named by whom they come from. */
static gboolean
fighters_from (Run   *run,
               guint  p,
               Group *group)
{
  static const char *words[] = {
    "fighters", "troops", "soldiers", "mercenaries", "forces", "militants", "units", "instructors",
    "advisers", "advisors", "contractors", "paramilitaries", "commandos", "gunmen", "diplomats",
    "envoys", "officials", "delegates", "representatives", "ministers",
  };
  static EntWordMap *once;
  EntWordMap *set = _ent_run_signed_words (&once, words, G_N_ELEMENTS (words), NULL, 0);
  Ref *ref;

  if (p + 2 >= run->last || ent_word_map_lookup (set, run->tokens[p].hash) == NULL ||
      !(_ent_run_is (run, p + 1, "from") || _ent_run_is (run, p + 1, "of")))
    return FALSE;
  p += 2;
  while (p < run->last && _ent_run_tag (run, p) == ENT_TAG_DET)
    p++;
  ref = _ent_run_ref_at (run, p);
  if (!_ent_run_usable (ref) || ref->place)
    return FALSE;
  /* "Russia's Wagner group": the group, not its owner */
  if (ref->possessive && _ent_run_usable (_ent_run_ref_at (run, ref->last + 1)))
    ref = _ent_run_ref_at (run, ref->last + 1);
  _ent_run_collect_right (run, ref, group);
  return TRUE;
}

/* "the government of Syria", "the regime in Damascus": an organ noun at
 * @p, and the name it belongs to. */
static Scan
object_of_organ (Run   *run,
                 guint *p,
                 Group *group)
{
  if (fighters_from (run, *p, group))
    return SCAN_FOUND;
  (*p)++;
  /* "the government and people of Mali" */
  if (*p + 2 < run->last && _ent_run_is (run, *p, "and") && run->tokens[*p + 1].kind == ENT_TOKEN_WORD &&
      _ent_run_ref_at (run, *p + 1) == NULL && _ent_run_is (run, *p + 2, "of"))
    *p += 2;
  if (*p < run->last && (_ent_run_is (run, *p, "of") || _ent_run_is (run, *p, "in")))
    {
      Ref *next = _ent_run_ref_at (run, *p + 1);

      if (_ent_run_usable (next))
        {
          _ent_run_collect_right (run, next, group);
          return SCAN_FOUND;
        }
      (*p)++;
    }
  return SCAN_ON;
}

/* A plain noun at @p: only its agent or its owner can be the target, "the
 * strikes by Israel", "the policy of the United States", but not "the
 * invasion of Ukraine", which is a stance of its own. */
static Scan
object_of_plain_noun (Run   *run,
                      guint *p,
                      Group *group)
{
  if (fighters_from (run, *p, group))
    return SCAN_FOUND;
  if (*p + 1 < run->last && _ent_run_tag (run, *p + 1) == ENT_TAG_BY &&
      _ent_run_usable (_ent_run_ref_at (run, *p + 2)))
    {
      _ent_run_collect_right (run, _ent_run_ref_at (run, *p + 2), group);
      return SCAN_FOUND;
    }
  if (*p + 1 < run->last && _ent_run_is (run, *p + 1, "of") && object_of_noun (run, *p, group))
    return SCAN_FOUND;
  (*p)++;
  if (*p < run->last && _ent_run_tag (run, *p) != ENT_TAG_NONE && _ent_run_tag (run, *p) != ENT_TAG_ORGAN &&
      _ent_run_tag (run, *p) != ENT_TAG_PEOPLE && !(run->tokens[*p].flags & ENT_TOKEN_HYPHEN_BEFORE))
    return SCAN_NONE;
  return SCAN_ON;
}

/* "sanctions on James Kabarebe, Rwanda's minister of state": a name the
 * dictionary does not know, and the office after it that says whose
 * official it is. */
static gboolean
official_in_apposition (Run   *run,
                        guint  p,
                        Group *group)
{
  Ref *ref;

  while (p < run->last && (run->tokens[p].flags & ENT_TOKEN_CAPITALISED) && _ent_run_ref_at (run, p) == NULL &&
         run->tokens[p].kind == ENT_TOKEN_WORD)
    p++;
  if (p + 1 >= run->last || !_ent_run_punct_is (run, p, ","))
    return FALSE;
  p++;
  while (p < run->last && _ent_run_tag (run, p) == ENT_TAG_DET)
    p++;
  ref = _ent_run_ref_at (run, p);
  if (!_ent_run_usable (ref) || ref->place || ref->first != p || _ent_run_tag (run, ref->last - 1) != ENT_TAG_ORGAN)
    return FALSE;
  _ent_run_group_add (group, ref);
  return TRUE;
}

/* One word of the noun phrase after the verb, @nouns plain nouns so far. */
static Scan
object_word (Run   *run,
             guint  pos,
             guint *p,
             guint *nouns,
             Group *group)
{
  EntTag tag = _ent_run_tag (run, *p);

  if ((run->tokens[*p].flags & ENT_TOKEN_QUOTE) && *nouns == 0)
    {
      (*p)++;
      return SCAN_ON;
    }
  if (*nouns > 0 && linked_object (run, *p, group))
    return SCAN_FOUND;
  /* "the self-declared republic": the word after a hyphen belongs to the
   * word before, whatever it would be alone. */
  if (*p > pos && _ent_run_is_hyphen (run, *p) && *p + 1 < run->last &&
      run->tokens[*p + 1].kind == ENT_TOKEN_WORD && _ent_run_ref_at (run, *p + 1) == NULL)
    {
      *p += 2;
      return SCAN_ON;
    }
  if ((run->tokens[*p].flags & ENT_TOKEN_HYPHEN_BEFORE) && *p > pos && run->tokens[*p].kind == ENT_TOKEN_WORD)
    {
      (*p)++;
      return SCAN_ON;
    }
  /* "struck militias, including Kataib Hezbollah": the members named. */
  if (*nouns > 0 && _ent_run_including_after (run, *p, group))
    return SCAN_FOUND;
  if (run->tokens[*p].kind == ENT_TOKEN_PUNCT || run->is_verb[*p - run->first])
    return SCAN_NONE;
  /* "backed a resolution condemning Pakistan": the name after belongs to
   * the participle's position, not to the verb's. */
  if (*nouns > 0 && _ent_run_participle_cue (run, *p, NULL) != NULL)
    return SCAN_NONE;
  switch (tag)
    {
    case ENT_TAG_DET:
    case ENT_TAG_ADJ:
    case ENT_TAG_ADV:
      (*p)++;
      return SCAN_ON;
    case ENT_TAG_ORGAN:
      (*nouns)++;
      return object_of_organ (run, p, group);
    case ENT_TAG_NONE:
    case ENT_TAG_PEOPLE:
      if (run->tokens[*p].kind != ENT_TOKEN_NUMBER && (run->tokens[*p].flags & ENT_TOKEN_CAPITALISED))
        {
          if (*nouns == 0 && official_in_apposition (run, *p, group))
            return SCAN_FOUND;
          /* "the Venezuelan gang Tren de Aragua": a capitalised modifier */
          if (*nouns == 0 && *p > pos && *p + 1 < run->last && run->tokens[*p + 1].kind == ENT_TOKEN_WORD &&
              !(run->tokens[*p + 1].flags & ENT_TOKEN_CAPITALISED) && !run->is_verb[*p + 1 - run->first] &&
              (_ent_run_tag (run, *p + 1) == ENT_TAG_PEOPLE || _ent_run_tag (run, *p + 1) == ENT_TAG_NONE))
            {
              (*p)++;
              return SCAN_ON;
            }
          return SCAN_NONE;
        }
      if (++(*nouns) > 3)
        return SCAN_NONE;
      return object_of_plain_noun (run, p, group);
    default:
      return SCAN_NONE;
    }
}

/* The object after position @pos: "Syria", "the Syrian government", "the
 * government of Syria", "Russia's invasion", "the attack by Russia". */
gboolean
_ent_run_object_after (Run   *run,
                       guint  pos,
                       Group *group)
{
  guint p = skip_what_called (run, pos);
  guint nouns = 0;

  for (guint steps = 0; p < run->last && steps < MAX_SCAN; steps++)
    {
      Ref *ref = _ent_run_ref_at (run, p);
      Scan scan = ref != NULL ? object_ref (run, pos, &p, ref, nouns, group)
                              : object_word (run, pos, &p, &nouns, group);

      if (scan != SCAN_ON)
        return scan == SCAN_FOUND;
    }
  return FALSE;
}

/* The group right after @pos, allowing only determiners before it. */
gboolean
_ent_run_complement_after (Run   *run,
                           guint  pos,
                           Group *group)
{
  return _ent_run_object_after (run, pos, group);
}

/* "Those opposed to X include Y": the holders come after the complement. */
gboolean
_ent_run_those_include (Run   *run,
                        guint  after,
                        Group *group)
{
  for (guint p = after; p < run->last && p < after + 8; p++)
    if (_ent_run_is (run, p, "include") || _ent_run_is (run, p, "includes") ||
        _ent_run_is (run, p, "included") || _ent_run_is (run, p, "are") || _ent_run_is (run, p, "were"))
      return _ent_run_object_after (run, p + 1, group);
  return FALSE;
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
          (run->tokens[p - 1].flags & ENT_TOKEN_HYPHEN_BEFORE) && !(run->tokens[p - 1].flags & ENT_TOKEN_CAPITALISED) &&
          run->tokens[p - 1].kind == ENT_TOKEN_WORD)
        continue;
      if (_ent_run_punct_is (run, p, ",") || tag == ENT_TAG_REL || _ent_run_is (run, p, "that"))
        {
          if (_ent_run_punct_is (run, p, ",") && steps == 0)
            return FALSE;
          /* "Iran, which Israel attacked" */
          if (!_ent_run_punct_is (run, p, ",") && p - 1 >= (int)run->first && _ent_run_punct_is (run, p - 1, ","))
            p--;
          ref = _ent_run_ref_at (run, p - 1);
          /* "the M23 rebels, whom" */
          if (ref == NULL && p - 2 >= (int)run->first && run->tokens[p - 1].kind == ENT_TOKEN_WORD &&
              !(run->tokens[p - 1].flags & ENT_TOKEN_CAPITALISED) &&
              (_ent_run_tag (run, p - 1) == ENT_TAG_PEOPLE || _ent_run_tag (run, p - 1) == ENT_TAG_ORGAN))
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
      if (_ent_run_ref_at (run, p) != NULL || run->is_verb[p - run->first])
        return FALSE;
      if (run->tokens[p].kind == ENT_TOKEN_NUMBER || tag == ENT_TAG_DET || tag == ENT_TAG_ADJ ||
          tag == ENT_TAG_ADV || tag == ENT_TAG_ORGAN || tag == ENT_TAG_PEOPLE || _ent_run_is (run, p, "of") ||
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
  "member",
};
static const char *hostile_nouns[] = {
  "enemy", "enemies", "foe", "foes", "rival", "rivals", "adversary", "adversaries", "nemesis",
  "arch-rival", "archrival", "arch-enemy", "archenemy", "critic", "critics", "opponent", "opponents",
};

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
