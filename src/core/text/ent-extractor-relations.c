/* ent-extractor-relations.c
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
 * Relational nouns: "Iran's ally Syria", "Cuba, Maduro's closest ally",
 * "Morocco and Algeria are bitter rivals", "Seoul's American allies", and
 * the members a list names after "including".
 */

/* "Ukraine's allies, including Britain and Poland", "such as Iran" */
gboolean
_ent_run_including_after (Run   *run,
                          guint  p,
                          Group *group)
{
  if (p < run->last && _ent_run_punct_is (run, p, ","))
    p++;
  if (p < run->last && (_ent_run_is (run, p, "including") || _ent_run_is (run, p, "notably")))
    p++;
  else if (p + 1 < run->last &&
           ((_ent_run_is (run, p, "such") && _ent_run_is (run, p + 1, "as")) ||
            (_ent_run_is (run, p, "among") && _ent_run_is (run, p + 1, "them"))))
    p += 2;
  else
    return FALSE;
  while (p < run->last && _ent_run_tag (run, p) == ENT_TAG_DET)
    p++;
  if (!_ent_run_usable (_ent_run_ref_at (run, p)) || _ent_run_ref_at (run, p)->place)
    return FALSE;
  _ent_run_collect_right_full (run, _ent_run_ref_at (run, p), group, FALSE);
  return TRUE;
}

static void
plural_relation (Run  *run,
                 int   p,
                 guint noun,
                 int   sign)
{
  Group members;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  guint start;
  CueAt at = { noun, noun + 1, NULL, -1 };
  EntCue cue = { "rivals", ENT_CUE_NOUN, ENT_FORM_OTHER, -1, 0.7, 1, FALSE, FALSE };

  while (p >= (int)run->first && _ent_run_tag (run, p) == ENT_TAG_DET)
    p--;
  if (p < (int)run->first || _ent_run_tag (run, p) != ENT_TAG_BE ||
      run->text[run->tokens[noun].end - 1] != 's')
    return;
  /* "Kuwait and Qatar are critics of Israel": of a third, not each other */
  if (noun + 1 < run->last &&
      (_ent_run_is (run, noun + 1, "of") || _ent_run_is (run, noun + 1, "to")))
    return;
  _ent_run_group_init (&members);
  start = _ent_run_verb_group_start (run, (guint)p + 1, &negated, &be, &modal);
  if (negated || !_ent_run_group_left (run, (int)start - 1, &members) || members.n < 2)
    return;
  cue.sign = sign;
  at.cue = &cue;
  _ent_run_emit_pairwise (run, &members, sign, cue.strength, &at);
}


/* "Britain ... its Canadian partners", "Seoul's American allies": the
 * possessor's view of those it calls its partners. */
static gboolean
nationality_partners (Run  *run,
                      Ref  *nationality,
                      guint noun,
                      int   sign)
{
  Ref *possessor;
  Group one, other;
  CueAt at = { noun, noun + 1, NULL, -1 };
  EntCue cue = { "partners", ENT_CUE_NOUN, ENT_FORM_OTHER, sign, 0.7, 1, FALSE, FALSE };

  /* "its Palestinian ally Hamas": the name after the noun is the ally. */
  if (!_ent_run_usable (nationality) || nationality->name_kind != ENT_NAME_ADJECTIVE ||
      nationality->first == run->first || _ent_run_ref_at (run, (int)noun + 1) != NULL)
    return FALSE;
  possessor = _ent_run_ref_at (run, (int)nationality->first - 1);
  if (possessor == NULL && nationality->first > run->first + 1 &&
      _ent_run_tag (run, nationality->first - 1) == ENT_TAG_POSS)
    possessor = _ent_run_ref_at (run, (int)nationality->first - 2);
  if (!_ent_run_usable (possessor) || possessor->place ||
      !(possessor->possessive || _ent_run_tag (run, possessor->first) == ENT_TAG_POSS_PRON))
    return FALSE;
  _ent_run_group_init (&one);
  _ent_run_group_init (&other);
  _ent_run_group_add (&one, possessor);
  _ent_run_group_add (&other, nationality);
  at.cue = &cue;
  _ent_run_emit (run, &one, &other, sign, cue.strength, &at);
  return TRUE;
}

/* Relations that bind both sides whoever is named first: "rival",
 * "enemy", "foe". */
static gboolean
mutual_relation (Run   *run,
                 guint  i)
{
  static const char *words[] = {
    "rival", "rivals", "enemy", "enemies", "foe", "foes", "adversary", "adversaries", "arch-rival",
    "archrival", "arch-enemy", "archenemy", "nemesis",
  };
  static EntWordMap *once;

  return ent_word_map_lookup (_ent_run_signed_words (&once, words, G_N_ELEMENTS (words), NULL, 0),
                              run->tokens[i].hash) != NULL;
}

/* "China is the closest ally and main arms supplier of Pakistan": a
 * relational noun coordinated with another before "of". */
static gboolean
coordinated_relation (Run   *run,
                      guint  i,
                      int    sign)
{
  Group holder, other;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  int p = (int)i - 1;
  guint q, start;
  Ref *ref = NULL;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = {
    "ally", ENT_CUE_NOUN, ENT_FORM_OTHER, sign, sign > 0 ? 0.8 : 0.7, 1, FALSE, FALSE
  };

  if (i + 3 >= run->last || !_ent_run_is (run, i + 1, "and"))
    return FALSE;
  for (q = i + 2; q < run->last && q < i + 7 && ref == NULL; q++)
    {
      if (_ent_run_ref_at (run, q) != NULL || run->tokens[q].kind != ENT_TOKEN_WORD)
        return FALSE;
      if (_ent_run_is (run, q, "of"))
        {
          guint r = q + 1;

          while (r < run->last && _ent_run_tag (run, r) == ENT_TAG_DET)
            r++;
          ref = _ent_run_ref_at (run, r);
        }
    }
  if (!_ent_run_usable (ref) || ref->place)
    return FALSE;
  while (p >= (int)run->first &&
         (_ent_run_tag (run, p) == ENT_TAG_ADJ || _ent_run_tag (run, p) == ENT_TAG_DET ||
          _ent_run_tag (run, p) == ENT_TAG_ADV))
    p--;
  if (p < (int)run->first || _ent_run_tag (run, p) != ENT_TAG_BE)
    return FALSE;
  start = _ent_run_verb_group_start (run, (guint)p + 1, &negated, &be, &modal);
  _ent_run_group_init (&holder);
  _ent_run_group_init (&other);
  if (negated || !_ent_run_group_left (run, (int)start - 1, &holder))
    return TRUE;
  _ent_run_collect_right (run, ref, &other);
  at.cue = &cue;
  _ent_run_emit (run, &holder, &other, sign, cue.strength, &at);
  return TRUE;
}

/* Back over adjectives to the possessor of the relational noun at @i:
 * "Maduro's closest ally", "Israel's main military backer"; @p ends on
 * the word before them. */
static Ref *
possessor_before (Run  *run,
                  guint i,
                  int  *p)
{
  int q = (int)i - 1;

  while (q >= (int)run->first && q > (int)i - 4 &&
         (_ent_run_tag (run, q) == ENT_TAG_ADJ || _ent_run_is (run, q, "only") ||
          (_ent_run_tag (run, q) == ENT_TAG_ORGAN && _ent_run_ref_at (run, q) == NULL) ||
          (_ent_run_tag (run, q) == ENT_TAG_NONE && run->tokens[q].kind == ENT_TOKEN_WORD &&
           _ent_run_ref_at (run, q) == NULL)))
    q--;
  if (q >= (int)run->first && _ent_run_tag (run, q) == ENT_TAG_POSS)
    q--;
  *p = q;
  return _ent_run_ref_at (run, q);
}

/* The name after the relational noun at @i: "its ally Hamas", "Among
 * Ukraine's backers are Poland" (@opening), "North Korea's only treaty
 * ally, China, said little". */
static Ref *
named_after (Run      *run,
             guint     i,
             gboolean  opening)
{
  Ref *after = _ent_run_ref_at (run, i + 1);

  if (after == NULL && opening && i + 2 < run->last && _ent_run_tag (run, i + 1) == ENT_TAG_BE)
    after = _ent_run_ref_at (run, i + 2);
  /* "its allies in Moscow and Beijing": the governments seated there */
  if (after == NULL && i + 2 < run->last && _ent_run_is (run, i + 1, "in") &&
      (after = _ent_run_ref_at (run, i + 2)) != NULL &&
      (after->place || after->name_kind != ENT_NAME_SEAT))
    after = NULL;
  if (after == NULL && i + 3 < run->last && _ent_run_punct_is (run, i + 1, ",") &&
      (after = _ent_run_ref_at (run, i + 2)) != NULL &&
      !(after->last < run->last && _ent_run_punct_is (run, after->last, ",")))
    after = NULL;
  return after;
}

/* "Israel, a close U.S. ally", "a key American partner": a name right
 * before the noun of an indefinite phrase owns it. */
static gboolean
indefinite_owner (Run  *run,
                  Ref  *owner,
                  guint noun,
                  int  *article)
{
  int p = (int)owner->first - 1;

  if (owner->last != noun || owner->place || owner->person ||
      _ent_run_actor_of (run, owner->actors[0])->kind != ENT_ACTOR_KIND_STATE)
    return FALSE;
  /* "a close", "a key", "a longtime" */
  while (p > (int)run->first && p + 4 > (int)owner->first &&
         (_ent_run_tag (run, p) == ENT_TAG_ADJ || _ent_run_tag (run, p) == ENT_TAG_ADV ||
          (_ent_run_tag (run, p) == ENT_TAG_NONE && run->tokens[p].kind == ENT_TOKEN_WORD &&
           !(run->tokens[p].flags & ENT_TOKEN_CAPITALISED))))
    p--;
  *article = p;
  return p > (int)run->first && (_ent_run_is (run, p, "a") || _ent_run_is (run, p, "an"));
}

/* The holder of the relational noun at @at toward its owner; "Egypt,
 * Ethiopia's rival": rivals are rivals of each other; allies are allies
 * of each other; "Israel, a close U.S. ally" (@indefinite) tells of the
 * tie both ways; a speaker's "our ally" (@speaker) only of the speaker's
 * regard. */
static void
emit_relation (Run      *run,
               CueAt    *at,
               Group    *holder,
               Group    *other,
               int       sign,
               gboolean  indefinite,
               gboolean  speaker)
{
  EntCue cue = {
    "ally", ENT_CUE_NOUN, ENT_FORM_OTHER, sign, sign > 0 ? 0.8 : 0.7, 1, FALSE, FALSE
  };
  guint i = at->start;

  if (holder->n == 0)
    return;
  at->cue = &cue;
  _ent_run_emit (run, holder, other, sign, cue.strength, at);
  if (!speaker && (mutual_relation (run, i) || indefinite || _ent_run_is (run, i, "ally") ||
                   _ent_run_is (run, i, "allies")))
    _ent_run_emit (run, other, holder, sign, cue.strength * 0.9, at);
  at->cue = NULL;
}

/* "called for Israel's destruction", "sought Maduro's ouster": a noun
 * whose owner suffers the act; whoever seeks it opposes the owner. */
static const char *patient_nouns[] = {
  "destruction", "ouster", "overthrow", "removal", "downfall", "defeat", "elimination",
  "annihilation", "isolation", "toppling", "disarmament", "eradication", "demise",
  "surrender", "capitulation",
};

static gboolean
is_patient_noun (Run  *run,
                 guint i)
{
  static EntWordMap *once;

  return ent_word_set_contains (&once, patient_nouns, G_N_ELEMENTS (patient_nouns),
                                run->tokens[i].hash);
}

/* A patient noun right after the possessive at @poss ("Israel's
 * destruction"), with no agent of its own after it ("Israel's defeat of
 * Hamas", "Assad's removal by force"). */
static gboolean
owned_patient (Run   *run,
               guint  poss)
{
  guint noun = poss + 1;

  return noun < run->last && _ent_run_tag (run, poss) == ENT_TAG_POSS &&
         is_patient_noun (run, noun) &&
         !(noun + 1 < run->last &&
           (_ent_run_is (run, noun + 1, "of") || _ent_run_tag (run, noun + 1) == ENT_TAG_BY));
}

/* TRUE when the target @targets of the verb @cue is the owner of a
 * patient noun: "backed Assad's removal" is no support for Assad, but
 * "demanded Ukraine's disarmament" is still a demand on Ukraine. */
gboolean
_ent_run_owner_suffers (Run          *run,
                        const EntCue *cue,
                        Group        *targets)
{
  if (_ent_starts_with (cue->phrase, "demand") || _ent_starts_with (cue->phrase, "urge") ||
      _ent_starts_with (cue->phrase, "call"))
    return FALSE;
  return targets->n == 1 && !targets->coref && owned_patient (run, targets->last);
}

/* "called for", "sought", "pushed for": a verb of seeking right before
 * @p, or -1. */
static int
seeking_verb (Run *run,
              int  p)
{
  static const char *words[] = {
    "sought", "seek", "seeks", "seeking", "want", "wants", "wanted", "engineer", "engineered",
    "plotted", "orchestrated", "urged", "vowed", "pursued", "pursue",
  };
  static const char *before_for[] = {
    "call", "calls", "called", "calling", "push", "pushes", "pushed", "pushing", "press",
    "pressed", "lobbied", "campaigned", "appealed",
  };
  static EntWordMap *once, *once_for;

  if (p <= (int)run->first)
    return -1;
  if (_ent_run_is (run, p, "for"))
    return ent_word_set_contains (&once_for, before_for, G_N_ELEMENTS (before_for),
                                  run->tokens[p - 1].hash) ? p - 1 : -1;
  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash) ? p : -1;
}

/* The owner of the patient noun at @i and where its phrase starts:
 * "Israel's destruction", "the overthrow of Assad" (@of). */
static Ref *
patient_of (Run      *run,
            guint     i,
            guint    *np,
            gboolean *of)
{
  Ref *owner;
  int p;

  *of = i + 2 < run->last && _ent_run_is (run, i + 1, "of");
  if (*of)
    {
      owner = _ent_run_ref_at (run, (int)_ent_run_skip_count (run, i + 2));
      for (p = (int)i - 1; p > (int)run->first && (_ent_run_tag (run, p) == ENT_TAG_DET ||
                                                   _ent_run_tag (run, p) == ENT_TAG_ADJ); p--)
        ;
      *np = (guint)p + 1;
      return owner;
    }
  if (!owned_patient (run, i - 1))
    return NULL;
  owner = _ent_run_ref_at (run, (int)i - 2);
  if (owner != NULL)
    *np = owner->first;
  return owner;
}

void
_ent_run_rule_patient_nouns (Run           *run,
                             const guint32 *bits)
{
  static const EntCue cue = { "downfall", ENT_CUE_NOUN, ENT_FORM_OTHER, -1, 0.7, 1, FALSE, FALSE };

  for (guint k = 0; k < run->n_frame_hits; k++)
    {
      guint i = run->frame_hits[k];
      CueAt at;
      Group sources, targets;
      gboolean negated = FALSE, of;
      Ref *owner;
      guint np = 0;
      int v;

      if (i < run->first + 2 || !(bits[i - run->first] & FRAME_PATIENT) ||
          !_ent_run_usable (owner = patient_of (run, i, &np, &of)) || owner->place ||
          np <= run->first)
        continue;
      at = (CueAt) { i, i + 1, &cue, -1 };
      _ent_run_group_init (&sources);
      _ent_run_group_init (&targets);
      _ent_run_group_add (&targets, owner);
      at.start = np;
      at.end = of ? owner->last : i + 1;
      if ((v = seeking_verb (run, (int)np - 1)) >= 0)
        {
          gboolean be = FALSE, modal = FALSE;
          guint start = _ent_run_verb_group_start (run, (guint)v, &negated, &be, &modal);

          run->reversed = FALSE;
          if (negated || be || !_ent_run_subject_of (run, (int)start - 1, &sources, 0))
            continue;
          at.start = (guint)v;
        }
      /* a cue verb reads its own object (see _ent_run_owner_suffers()),
       * and a noun cue "the overthrow of" its holder */
      else if (of || run->is_verb[np - 1 - run->first] ||
               !_ent_run_holder_of (run, &at, &sources, &negated) || negated)
        continue;
      /* "sought to end Russia's isolation" */
      _ent_run_emit (run, &sources, &targets, run->reversed ? 1 : -1, cue.strength, &at);
    }
}

void
_ent_run_rule_relational_nouns (Run           *run,
                                const guint32 *bits)
{
  for (guint k = 0; k < run->n_frame_hits; k++)
    {
      guint i = run->frame_hits[k];
      int sign = bits[i - run->first] & FRAME_RELATED ? _ent_run_relational_sign (run, i) : 0;
      Group holder, other;
      Ref *possessor;
      int p;
      CueAt at = { i, i + 1, NULL, -1 };
      Ref *after;

      if (sign == 0 || _ent_run_ref_at (run, i) != NULL ||
          (i > run->first &&
           (_ent_run_is (run, i - 1, "trading") || _ent_run_is (run, i - 1, "trade"))))
        continue;
      possessor = possessor_before (run, i, &p);
      if (nationality_partners (run, possessor, i, sign) || coordinated_relation (run, i, sign))
        continue;
      /* "Iran and its Lebanese ally Hezbollah": the nationality is the
       * ally's, the possessor comes before it. */
      if (_ent_run_usable (possessor) && possessor->name_kind == ENT_NAME_ADJECTIVE &&
          !possessor->possessive && possessor->first > run->first &&
          _ent_run_usable (_ent_run_ref_at (run, (int)i + 1)))
        {
          p = (int)possessor->first - 1;
          if (_ent_run_tag (run, p) == ENT_TAG_POSS && p > (int)run->first)
            p--;
          possessor = _ent_run_ref_at (run, p);
        }
      /* "Morocco and Algeria are bitter rivals" */
      if (possessor == NULL && p >= (int)run->first && p < (int)i &&
          _ent_run_tag (run, p) != ENT_TAG_POSS)
        {
          plural_relation (run, p, i, sign);
          continue;
        }
      if (!_ent_run_usable (possessor))
        continue;
      p = (int)possessor->first - 1;
      if (!(possessor->possessive || possessor->pronoun ||
            indefinite_owner (run, possessor, i, &p)))
        continue;
      if (possessor->pronoun && _ent_run_tag (run, possessor->first) != ENT_TAG_POSS_PRON &&
          !possessor->possessive)
        continue;

      _ent_run_group_init (&holder);
      _ent_run_group_init (&other);
      _ent_run_group_add (&other, possessor);
      /* "is the Kremlin's closest ally" */
      while (p >= (int)run->first && (_ent_run_tag (run, p) == ENT_TAG_ADV ||
                                      _ent_run_tag (run, p) == ENT_TAG_DET))
        p--;
      /* "is among Kyiv's staunchest supporters", "one of Moscow's few
       * friends": one of the possessor's allies is an ally still. */
      if (p > (int)run->first && _ent_run_is (run, p, "of") && _ent_run_is (run, p - 1, "one"))
        p -= 2;
      else if (p >= (int)run->first && _ent_run_is (run, p, "among"))
        {
          /* "Among Ukraine's staunchest backers are Poland and Britain" */
          if (p == (int)run->first && i + 2 < run->last &&
              _ent_run_tag (run, i + 1) == ENT_TAG_BE &&
              _ent_run_usable (_ent_run_ref_at (run, i + 2)) &&
              !_ent_run_ref_at (run, i + 2)->place)
            p = (int)run->first - 1;
          else
            p--;
        }
      while (p >= (int)run->first && _ent_run_tag (run, p) == ENT_TAG_ADV)
        p--;
      after = named_after (run, i, p < (int)run->first);
      if (p >= (int)run->first && _ent_run_punct_is (run, p, ",") &&
          _ent_run_usable (_ent_run_ref_at (run, p - 1)))
        _ent_run_collect_left (run, _ent_run_ref_at (run, p - 1), &holder);
      else if (p >= (int)run->first && _ent_run_tag (run, p) == ENT_TAG_BE)
        {
          gboolean negated = FALSE, be = FALSE, modal = FALSE;
          guint start = _ent_run_verb_group_start (run, (guint)p + 1, &negated, &be, &modal);

          if (negated || !_ent_run_group_left (run, (int)start - 1, &holder))
            continue;
        }
      else if (_ent_run_usable (after) && !after->place)
        _ent_run_collect_right (run, after, &holder);
      else if (!_ent_run_including_after (run, i + 1, &holder))
        continue;
      /* '"China is our most reliable friend," the Pakistani prime
       * minister said': the speaker's regard for China */
      if (possessor->pronoun && (_ent_run_is (run, possessor->first, "our") ||
                                 _ent_run_is (run, possessor->first, "my")))
        emit_relation (run, &at, &other, &holder, sign, FALSE, TRUE);
      else
        emit_relation (run, &at, &holder, &other, sign,
                       !possessor->possessive && !possessor->pronoun, FALSE);
    }
}

static gboolean
is_switch_verb (Run  *run,
                guint i)
{
  static const char *words[] = { "switch", "switches", "switched", "switching" };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "Kiribati switched recognition from Taipei to Beijing", "as Kiribati
 * switches to Beijing": the old partner dropped, the new one taken. */
static void
try_switch (Run  *run,
            guint i)
{
  Group sources, old, chosen;
  gboolean negated = FALSE, be = FALSE, modal = FALSE, named = FALSE;
  guint q = i + 1, start;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "switched", ENT_CUE_VERB, ENT_FORM_PAST, 1, 0.7, 1, FALSE, FALSE };

  _ent_run_group_init (&sources);
  _ent_run_group_init (&old);
  _ent_run_group_init (&chosen);
  if (q < run->last && _ent_run_tag (run, q) == ENT_TAG_POSS_PRON)
    q++;
  if (q < run->last && _ent_run_is (run, q, "diplomatic"))
    q++;
  if (q < run->last && (_ent_run_is (run, q, "recognition") || _ent_run_is (run, q, "allegiance") ||
                        _ent_run_is (run, q, "ties") || _ent_run_is (run, q, "relations")))
    {
      named = TRUE;
      q++;
    }
  if (q + 1 < run->last && _ent_run_is (run, q, "from") && _ent_run_group_right (run, q + 1, &old))
    q = old.last;
  if (q + 1 >= run->last || !_ent_run_is (run, q, "to") ||
      !_ent_run_group_right (run, q + 1, &chosen))
    return;
  /* "switched to Beijing", but not "switched to Russian gas" */
  if (!named && old.n == 0 &&
      _ent_run_ref_at (run, (int)chosen.first)->name_kind == ENT_NAME_ADJECTIVE)
    return;
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  if (negated || be || !_ent_run_group_left (run, (int)start - 1, &sources))
    return;
  at.end = chosen.first;
  at.cue = &cue;
  _ent_run_emit (run, &sources, &chosen, 1, cue.strength, &at);
  if (old.n > 0)
    {
      cue.sign = -1;
      cue.strength = 0.6;
      at.end = old.first;
      _ent_run_emit (run, &sources, &old, -1, cue.strength, &at);
    }
}

/* The verb before "similar" when it says what someone did in turn:
 * "announced similar measures", "issued a similar statement"; or
 * G_MAXUINT ("similar to", "in a similar vein"). */
static guint
similar_verb (Run  *run,
              guint i)
{
  guint v = i - 1;
  const EntToken *t;

  if (i + 1 >= run->last || i < run->first + 2 || run->tokens[i + 1].kind != ENT_TOKEN_WORD ||
      _ent_run_is (run, i + 1, "to") || _ent_run_tag (run, i + 1) != ENT_TAG_NONE)
    return G_MAXUINT;
  if (_ent_run_is (run, v, "a"))
    v--;
  t = &run->tokens[v];
  if (v <= run->first || t->kind != ENT_TOKEN_WORD || (t->flags & ENT_TOKEN_CAPITALISED) ||
      _ent_run_ref_at (run, (int)v) != NULL)
    return G_MAXUINT;
  if (_ent_run_ends_in_ed (run, (int)v) || _ent_run_is (run, v, "took") ||
      _ent_run_is (run, v, "made") || _ent_run_is (run, v, "sent"))
    return v;
  return G_MAXUINT;
}

/* "Sudan followed in October", "Chad followed weeks later", "Niger
 * followed.": "followed" with no object, where the clause ends or a time
 * is told. */
static gboolean
followed_alone (Run  *run,
                guint i)
{
  static const char *words[] = {
    "in", "on", "later", "shortly", "soon", "weeks", "days", "months", "a", "within", "the",
    "last", "this", "that",
  };
  static EntWordMap *once;
  guint q = i + 1;

  if (q >= run->last || _ent_run_punct_is (run, q, ",.;:"))
    return TRUE;
  if (!ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[q].hash))
    return FALSE;
  /* "followed the talks", "followed the advice of": "the" must start a
   * time ("the next day", "the following week"). */
  if (_ent_run_is (run, q, "the") || _ent_run_is (run, q, "a") || _ent_run_is (run, q, "this") ||
      _ent_run_is (run, q, "that") || _ent_run_is (run, q, "last"))
    return q + 1 < run->last && _ent_run_time_phrase_start (run, (int)q + 1) >= 0;
  /* "followed in October", "within days", not "followed in the
   * footsteps of" */
  if (_ent_run_is (run, q, "in") || _ent_run_is (run, q, "on") || _ent_run_is (run, q, "within"))
    return q + 1 < run->last &&
           (_ent_run_time_phrase_start (run, (int)q + 1) >= 0 ||
            (_ent_run_is (run, q, "within") &&
             (_ent_run_is (run, q + 1, "days") || _ent_run_is (run, q + 1, "weeks") ||
              _ent_run_is (run, q + 1, "months") || _ent_run_is (run, q + 1, "hours"))));
  return TRUE;
}

/* "Spain recognised Palestine, as did Ireland and Norway": the names after
 * "as did" take the position just found. */
static gboolean
as_did (Run   *run,
        guint  i,
        Group *sources)
{
  Ref *ref;

  if (i <= run->first || !_ent_run_is (run, i - 1, "as") ||
      !(_ent_run_is (run, i, "did") || _ent_run_is (run, i, "do")) ||
      !_ent_run_usable (ref = _ent_run_ref_at (run, (int)i + 1)) || ref->first != i + 1 ||
      ref->place)
    return FALSE;
  _ent_run_collect_right (run, ref, sources);
  return TRUE;
}

/* "Cyprus echoed the criticism", "Rome echoed those concerns": a stance
 * repeated. */
static gboolean
echoed_stance (Run   *run,
               guint  i,
               guint *end)
{
  static const char *nouns[] = {
    "criticism", "criticisms", "condemnation", "condemnations", "concern", "concerns", "call",
    "calls", "warning", "warnings", "sentiment", "sentiments", "position", "view", "views",
    "stance", "praise", "support", "demand", "demands", "appeal", "appeals", "objections",
    "complaint", "complaints", "charge", "charges", "accusation", "accusations", "message",
  };
  static EntWordMap *once;
  guint q = i + 1;

  if (!(_ent_run_is (run, i, "echoed") || _ent_run_is (run, i, "echoes")))
    return FALSE;
  while (q < run->last && q < i + 3 &&
         (_ent_run_tag (run, q) == ENT_TAG_DET || _ent_run_tag (run, q) == ENT_TAG_ADJ ||
          _ent_run_is (run, q, "those") || _ent_run_is (run, q, "these")))
    q++;
  *end = q + 1;
  return q < run->last &&
         ent_word_set_contains (&once, nouns, G_N_ELEMENTS (nouns), run->tokens[q].hash);
}

/* "Bahrain followed suit", "Sudan did the same", "Britain announced
 * similar measures", "Cyprus echoed the criticism": the last position
 * found in the text, taken by someone else. */
static void
try_followed_suit (Run  *run,
                   guint i)
{
  Group sources, targets;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  guint start;
  CueAt at = { i, i + 2, NULL, -1 };
  EntCue cue = { "followed suit", ENT_CUE_VERB, ENT_FORM_PAST, 1, 0.5, 2, FALSE, FALSE };
  EntCue also = cue;
  int also_target;

  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  if (_ent_run_is (run, i, "similar"))
    {
      /* "Britain announced similar measures", "issued similar statements" */
      at.start = similar_verb (run, i);
      if (at.start == G_MAXUINT)
        return;
      i = at.start;
    }
  else if (as_did (run, i, &sources))
    {
      /* the position must be this sentence's */
      if (run->out->statements->len == 0 ||
          g_array_index (run->out->statements, EntFoundStatement,
                         run->out->statements->len - 1).sentence_start !=
          run->tokens[run->first].cstart)
        return;
      at.end = sources.last;
    }
  else if (!((_ent_run_is (run, i, "followed") &&
              (_ent_run_is (run, i + 1, "suit") || followed_alone (run, i))) ||
             /* "..., with Bahrain and Egypt following suit" */
             (_ent_run_is (run, i, "following") && _ent_run_is (run, i + 1, "suit")) ||
             (i + 2 < run->last && (_ent_run_is (run, i, "did") || _ent_run_is (run, i, "do")) &&
              _ent_run_is (run, i + 1, "the") && _ent_run_is (run, i + 2, "same")) ||
             ((_ent_run_is (run, i, "did") || _ent_run_is (run, i, "followed")) &&
              _ent_run_is (run, i + 1, "likewise")) ||
             echoed_stance (run, i, &at.end)))
    return;
  if (run->last_target < 0)
    return;
  /* the subject of "followed suit"; "as did" named its own */
  if (sources.n == 0)
    {
      start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
      if (negated || modal || !_ent_run_group_left (run, (int)start - 1, &sources))
        return;
    }
  targets.actors[targets.n++] = (guint)run->last_target;
  targets.coref = TRUE;
  cue.sign = run->last_sign;
  at.cue = &cue;
  /* "Kiribati did the same": from Taiwan to China, as the other; kept
   * before the emission, which remembers its own */
  also_target = run->also_target;
  also.sign = run->also_sign;
  _ent_run_emit (run, &sources, &targets, run->last_sign, cue.strength, &at);
  if (also_target >= 0)
    {
      targets.actors[0] = (guint)also_target;
      at.cue = &also;
      _ent_run_emit (run, &sources, &targets, also.sign, also.strength, &at);
    }
}

static const char *suit_words[] = {
  "followed", "did", "do", "switch", "switches", "switched", "switching", "similar", "echoed",
  "echoes", "following",
};

/* The words that start a switch of recognition or a "followed suit", for
 * the frame map. */
void
_ent_run_add_suit_frame_words (EntWordMap *map)
{
  _ent_run_add_frame_words (map, suit_words, G_N_ELEMENTS (suit_words), FRAME_SUIT);
}

void
_ent_run_rule_switches (Run          *run,
                        const guint32 *bits)
{
  for (guint k = 0; k < run->n_frame_hits; k++)
    {
      guint i = run->frame_hits[k];

      if (i + 1 >= run->last || !(bits[i - run->first] & FRAME_SUIT))
        continue;
      if (i + 2 < run->last && is_switch_verb (run, i))
        try_switch (run, i);
      else
        try_followed_suit (run, i);
    }
}

static const char *charge_nouns[] = {
  "accusation", "accusations", "allegation", "allegations", "charge", "charges",
};

/* The words that start a patient noun or a charge, for the frame map. */
void
_ent_run_add_relation_frame_words (EntWordMap *map)
{
  _ent_run_add_frame_words (map, patient_nouns, G_N_ELEMENTS (patient_nouns), FRAME_PATIENT);
  _ent_run_add_frame_words (map, charge_nouns, G_N_ELEMENTS (charge_nouns), FRAME_CHARGE);
}

/* "Donald Trump's accusation that Pretoria was persecuting white farmers",
 * "Kyiv's allegations that Russia had used chemical weapons": an accuser's charge
 * against the subject of the clause. */
void
_ent_run_rule_charges (Run           *run,
                       const guint32 *bits)
{
  static const EntCue cue = {
    "accusation", ENT_CUE_NOUN, ENT_FORM_OTHER, -1, 0.5, 1, FALSE, FALSE
  };

  for (guint k = 0; k < run->n_frame_hits; k++)
    {
      guint i = run->frame_hits[k];
      Ref *accuser, *accused;
      Group sources, targets;
      CueAt at;
      guint q = i + 2;

      /* "accusation", "allegations" */
      if (i < run->first + 1 || i + 2 >= run->last || !(bits[i - run->first] & FRAME_CHARGE) ||
          _ent_run_tag (run, i - 1) != ENT_TAG_POSS ||
          !_ent_run_is (run, i + 1, "that"))
        continue;
      at = (CueAt) { i, i + 1, NULL, -1 };
      accuser = _ent_run_ref_at (run, (int)i - 2);
      while (q < run->last && _ent_run_tag (run, q) == ENT_TAG_DET)
        q++;
      accused = _ent_run_ref_at (run, (int)q);
      if (!_ent_run_usable (accuser) || !_ent_run_usable (accused) || accused->place ||
          accused->possessive || accuser->place)
        continue;
      _ent_run_group_init (&sources);
      _ent_run_group_init (&targets);
      _ent_run_group_add (&sources, accuser);
      _ent_run_collect_right (run, accused, &targets);
      at.cue = &cue;
      _ent_run_emit (run, &sources, &targets, -1, cue.strength, &at);
    }
}

/* The nouns of measures taken against someone: "sanctions", "tariffs". */
gboolean
_ent_run_is_measure_word (Run  *run,
                          guint i)
{
  static const char *words[] = {
    "sanctions", "tariffs", "penalties", "restrictions", "embargo", "duties", "curbs", "measures",
    "tariff", "duty", "levies", "levy", "surtax", "surcharge", "ban", "bans", "controls",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

static gboolean
is_imposing_verb (Run  *run,
                  guint i)
{
  static const char *words[] = {
    "imposed", "placed", "slapped", "levied", "put", "introduced", "announced", "imposes",
    "places", "levies",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "the sanctions the EU imposed on Kosovo", "criticised the tariffs
 * Washington had placed on Chinese goods", "the embargo that Washington
 * placed on Cuba": a measure, its author in a relative clause, and its
 * target. A pronoun there ("urged China to lift the sanctions it imposed")
 * is not resolved well enough to be the author. */
void
_ent_run_rule_measures_imposed (Run *run)
{
  for (guint r = 0; r < run->refs->len; r++)
    {
      Ref *author = &g_array_index (run->refs, Ref, r);
      Group sources, targets;
      guint i, v, q;
      CueAt at = { 0, 0, NULL, -1 };
      EntCue cue = { "sanctions", ENT_CUE_NOUN, ENT_FORM_OTHER, -1, 0.7, 1, FALSE, FALSE };

      if (author->first < run->first + 1 || !_ent_run_usable (author) || author->possessive ||
          author->place || author->pronoun)
        continue;
      i = author->first - 1;
      if (_ent_run_is (run, i, "the") && i > run->first)
        i--;
      if ((_ent_run_is (run, i, "that") || _ent_run_is (run, i, "which")) && i > run->first)
        i--;
      if (!_ent_run_is_measure_word (run, i))
        continue;
      v = author->last;
      if (v < run->last && (_ent_run_is (run, v, "had") || _ent_run_is (run, v, "has")))
        v++;
      if (v + 2 >= run->last || !is_imposing_verb (run, v))
        continue;
      for (q = v + 1; q < run->last && q < v + 4; q++)
        if (_ent_run_is (run, q, "on") || _ent_run_is (run, q, "against"))
          break;
      _ent_run_group_init (&sources);
      _ent_run_group_init (&targets);
      if (q + 1 >= run->last || !(_ent_run_is (run, q, "on") || _ent_run_is (run, q, "against")) ||
          !_ent_run_object_after (run, q + 1, &targets))
        continue;
      _ent_run_collect_right (run, author, &sources);
      at.start = i;
      at.end = q + 1;
      at.cue = &cue;
      _ent_run_emit (run, &sources, &targets, -1, cue.strength, &at);
    }
}

/* "rushed to Azerbaijan's defence", "stood firmly on Israel's side",
 * "came to Kyiv's aid": whoever takes the possessor's side backs it. */
static gboolean
is_side_noun (Run  *run,
              guint i,
              guint prep)
{
  static const char *to_words[] = {
    "defence", "defense", "aid", "rescue", "assistance", "help",
  };
  static EntWordMap *once;

  if (_ent_run_is (run, prep, "to"))
    return ent_word_set_contains (&once, to_words, G_N_ELEMENTS (to_words), run->tokens[i].hash);
  return _ent_run_is (run, i, "side") || _ent_run_is (run, i, "corner");
}

void
_ent_run_try_possessor_side (Run  *run,
                             guint i)
{
  Ref *owner = _ent_run_ref_at (run, (int)i + 1);
  Group sources, targets;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  guint q, start;
  int v = (int)i - 1;
  CueAt at = { i, 0, NULL, -1 };
  EntCue cue = { "side with", ENT_CUE_VERB, ENT_FORM_OTHER, 1, 0.7, 1, FALSE, FALSE };

  if (!_ent_run_usable (owner) || owner->first != i + 1 || v < (int)run->first)
    return;
  /* the "'s" after the name, or inside it: "Israel's side" may be one
   * name, as "the Israeli side" is */
  for (q = owner->first + 1; q < owner->last && _ent_run_tag (run, q) != ENT_TAG_POSS; q++)
    ;
  if (q >= run->last || _ent_run_tag (run, q) != ENT_TAG_POSS)
    return;
  q++;
  while (q < run->last && _ent_run_tag (run, q) == ENT_TAG_ADJ)
    q++;
  /* "on Israel's side of the border" is a place */
  if (q >= run->last || !is_side_noun (run, q, i) ||
      (q + 1 < run->last && _ent_run_is (run, q + 1, "of")))
    return;
  while (v > (int)run->first && _ent_run_tag (run, v) == ENT_TAG_ADV)
    v--;
  if (_ent_run_is (run, v, "down") && v > (int)run->first)
    v--;
  if (run->tokens[v].kind != ENT_TOKEN_WORD || _ent_run_ref_at (run, v) != NULL ||
      !(run->is_verb[v - run->first] || _ent_run_past_tense_word (run, v) ||
        _ent_run_tag (run, v) == ENT_TAG_BE || _ent_run_is (run, v, "stand") ||
        _ent_run_is (run, v, "stood") || _ent_run_is (run, v, "came") ||
        _ent_run_is (run, v, "stands") || _ent_run_is (run, v, "come") ||
        _ent_run_is (run, v, "comes") || _ent_run_is (run, v, "remain") ||
        _ent_run_is (run, v, "remains")))
    return;
  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  start = _ent_run_verb_group_start (run, (guint)v, &negated, &be, &modal);
  if (negated || !_ent_run_group_left (run, (int)start - 1, &sources))
    return;
  _ent_run_group_add (&targets, owner);
  at.start = (guint)v;
  at.end = q + 1;
  at.cue = &cue;
  _ent_run_emit (run, &sources, &targets, 1, cue.strength, &at);
}
