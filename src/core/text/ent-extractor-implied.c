/* ent-extractor-implied.c
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
 * What a verb's position says beyond its subject and object: thanks
 * returned ("thanked Oslo for its funding"), those who join in ("followed
 * Saudi Arabia in cutting ties with Iran"), reprisals aimed at whoever
 * struck first ("Tehran retaliated") and backing for another's measures
 * ("backed EU sanctions on Russia").
 */

/* "Kyiv thanked Oslo for a new package of air defence funding", "thanked
 * China and Russia for standing by Harare": thanks for something done say
 * the thanked did it for the thanker, unless it was a mediator's work
 * ("thanked Muscat for its efforts", "for brokering the ceasefire") or
 * only words ("for its kind words"). */
void
_ent_run_thanks_returned (Run         *run,
                          const CueAt *at,
                          Group       *sources,
                          Group       *targets,
                          int          sign)
{
  static const char *words[] = {
    "efforts", "brokering", "mediating", "mediation", "hosting", "facilitating", "role",
    "good", "offices", "hospitality", "words", "remarks", "comments", "message", "messages",
    "call", "wishes", "condolences", "congratulations", "invitation",
  };
  static EntWordMap *once;
  guint q = targets->last;

  if (!g_str_equal (at->cue->phrase, "thank") || targets->coref || q + 1 >= run->last ||
      !_ent_run_is (run, q, "for") || run->tokens[q + 1].kind != ENT_TOKEN_WORD)
    return;
  for (guint k = q + 1; k < run->last && k < q + 4 && run->tokens[k].kind == ENT_TOKEN_WORD; k++)
    if (ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[k].hash))
      return;
  _ent_run_emit (run, targets, sources, sign, at->cue->strength, at);
}

/* "Bahrain followed Saudi Arabia in cutting ties with Iran", "joining
 * Jordan in denouncing": the one who follows or joins @sources, the
 * subject of a gerund at @start, takes the same position toward
 * @targets. */
void
_ent_run_joined_in_gerund (Run         *run,
                           const CueAt *at,
                           guint        start,
                           const Group *sources,
                           Group       *targets,
                           int          sign)
{
  static const char *words[] = {
    "followed", "follows", "following", "joined", "joins", "joining", "join", "follow",
  };
  static EntWordMap *once;
  Group joiners;
  int v;

  if (at->cue->form != ENT_FORM_ING || start != at->start || start < run->first + 3 ||
      !_ent_run_is (run, start - 1, "in") || sources->coref || sources->last != start - 1 ||
      sources->first <= run->first)
    return;
  v = (int)sources->first - 1;
  while (v > (int)run->first && _ent_run_tag (run, v) == ENT_TAG_DET)
    v--;
  if (!ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[v].hash))
    return;
  _ent_run_group_init (&joiners);
  if (_ent_run_subject_of_verb (run, v, &joiners, 0) && joiners.n > 0)
    _ent_run_emit (run, &joiners, targets, sign, at->cue->strength * 0.9, at);
}

/* The reprisal of @sources, with no one named: aimed at the last who
 * turned against them. */
static void
emit_reprisal (Run         *run,
               const CueAt *at,
               Group       *sources,
               double       strength)
{
  Group attacker;
  const char *own;

  _ent_run_group_init (&attacker);
  own = _ent_run_state_of (run, sources->actors[0]);
  for (guint k = run->out->statements->len; k-- > 0 && attacker.n == 0; )
    {
      EntFoundStatement *st = &g_array_index (run->out->statements, EntFoundStatement, k);

      if (st->sign < 0 && _ent_run_state_of (run, st->target) == own &&
          _ent_run_state_of (run, st->source) != own)
        attacker.actors[attacker.n++] = st->source;
    }
  if (attacker.n == 0)
    return;
  attacker.coref = TRUE;
  _ent_run_emit (run, sources, &attacker, -1, strength, at);
}

/* "Israel struck Iran's nuclear sites. Tehran retaliated.", "Malaysia
 * expelled North Korea's ambassador, and Pyongyang retaliated": a reprisal
 * with no one named is aimed at the last who turned against the one who
 * takes it. TRUE when the verb at @at is one. */
gboolean
_ent_run_reprisal (Run         *run,
                   const CueAt *at,
                   Group       *sources)
{
  if (!(g_str_equal (at->cue->phrase, "retaliate") ||
        g_str_equal (at->cue->phrase, "vow to retaliate") ||
        g_str_equal (at->cue->phrase, "vow revenge") ||
        g_str_equal (at->cue->phrase, "vow retaliation")))
    return FALSE;
  if (!sources->coref && sources->n > 0)
    emit_reprisal (run, at, sources, at->cue->strength);
  return TRUE;
}

/* "Israel struck Iran's consulate. Tehran reacted furiously.": an angry
 * reaction with no one named is aimed at the story's act, or the subject
 * of the sentence before. TRUE when the verb at @at is one. */
gboolean
_ent_run_angry_reaction (Run         *run,
                         const CueAt *at,
                         Group       *sources)
{
  Group author;
  int who = run->first_act >= 0 ? run->first_act
                                : (run->aggressor >= 0 ? run->aggressor : run->prev_subject);
  const char *phrase = at->cue->phrase;

  if (!(_ent_starts_with (phrase, "react ") || _ent_starts_with (phrase, "respond ")) ||
      !(strstr (phrase, "angrily") != NULL || strstr (phrase, "furiously") != NULL ||
        strstr (phrase, "sharply") != NULL))
    return FALSE;
  if (sources->coref || sources->n == 0 || who < 0)
    return TRUE;
  _ent_run_group_guessed (&author, (guint)who, at->start);
  _ent_run_emit (run, sources, &author, -1, at->cue->strength, at);
  return TRUE;
}

/* "Russia vetoed a British-drafted resolution", "blocked a text drafted by
 * France": a veto of a text opposes who wrote it. */
void
_ent_run_vetoed_draft (Run         *run,
                       const CueAt *at,
                       Group       *sources)
{
  static const char *words[] = { "drafted", "sponsored", "proposed", "authored", "tabled" };
  static EntWordMap *once;
  Group drafter;

  if (sources->coref || sources->n == 0 ||
      !(g_str_equal (at->cue->phrase, "veto") || g_str_equal (at->cue->phrase, "block")))
    return;
  for (guint q = at->end; q + 1 < run->last && q < at->end + 8; q++)
    {
      Ref *ref = _ent_run_ref_at (run, (int)q);
      gboolean by = _ent_run_tag (run, q) == ENT_TAG_BY && q > at->end &&
                    ent_word_set_contains (&once, words, G_N_ELEMENTS (words),
                                           run->tokens[q - 1].hash);

      /* "drafted by the United States" */
      if (by)
        ref = _ent_run_ref_at (run, (int)q + 1 + (_ent_run_tag (run, q + 1) == ENT_TAG_DET));
      else if (ref != NULL &&
               !(ref->last < run->last &&
                 (run->tokens[ref->last].flags & ENT_TOKEN_HYPHEN_BEFORE) &&
                 ent_word_set_contains (&once, words, G_N_ELEMENTS (words),
                                        run->tokens[ref->last].hash)))
        return;
      if (ref != NULL)
        {
          if (!_ent_run_usable (ref))
            return;
          _ent_run_group_init (&drafter);
          _ent_run_group_add (&drafter, ref);
          _ent_run_emit (run, sources, &drafter, -1, 0.6, at);
          return;
        }
      if (run->tokens[q].kind == ENT_TOKEN_PUNCT || _ent_run_tag (run, q) == ENT_TAG_CONJ)
        return;
    }
}

static const char *answer_verbs[] = {
  "responded", "responds", "respond", "responding", "answered", "answers", "answer", "answering",
  "replied", "replies", "reply", "replying",
};

void
_ent_run_add_answer_frame_words (EntWordMap *map)
{
  _ent_run_add_frame_words (map, answer_verbs, G_N_ELEMENTS (answer_verbs), FRAME_AT);
}

/* What a hostile answer is made with: "with air strikes", "with
 * sanctions of its own". */
static gboolean
hostile_means (Run  *run,
               guint p)
{
  static const char *words[] = {
    "strikes", "airstrikes", "offensive", "attack", "attacks", "missiles", "rockets", "shelling",
    "bombardment", "raids", "sanctions", "tariffs", "countermeasures", "expulsions", "force",
    "barrage", "barrages", "invasion", "incursion", "bombing", "bombings", "drones",
  };
  static EntWordMap *once;

  for (guint k = p; k < run->last && k < p + 5; k++)
    {
      if (ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[k].hash))
        return TRUE;
      if (run->tokens[k].kind == ENT_TOKEN_PUNCT || _ent_run_ref_at (run, (int)k) != NULL ||
          !(_ent_run_tag (run, k) == ENT_TAG_DET || _ent_run_tag (run, k) == ENT_TAG_ADJ ||
            _ent_run_tag (run, k) == ENT_TAG_NONE || _ent_run_tag (run, k) == ENT_TAG_ORGAN ||
            run->tokens[k].kind == ENT_TOKEN_NUMBER))
        return FALSE;
    }
  return FALSE;
}

/* "Israel answered the raid with a massive offensive", "responded to the
 * expulsions with sanctions of its own": a hostile answer, with no one
 * named, is a reprisal against the last who turned on the one answering. */
void
_ent_run_try_answered (Run  *run,
                       guint i)
{
  static EntWordMap *once;
  Group sources;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "answered with", ENT_CUE_VERB, ENT_FORM_PAST, -1, 0.7, 2, FALSE, FALSE };
  guint q, start;

  if (!ent_word_set_contains (&once, answer_verbs, G_N_ELEMENTS (answer_verbs),
                              run->tokens[i].hash))
    return;
  for (q = i + 1; q < run->last && q < i + 6 && !_ent_run_is (run, q, "with"); q++)
    if (run->tokens[q].kind == ENT_TOKEN_PUNCT || _ent_run_ref_at (run, (int)q) != NULL)
      return;
  if (q + 1 >= run->last || !_ent_run_is (run, q, "with") || !hostile_means (run, q + 1))
    return;
  _ent_run_group_init (&sources);
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  if (negated || be || !_ent_run_subject_of (run, (int)start - 1, &sources, 0) ||
      sources.coref || sources.n == 0)
    return;
  at.end = q + 1;
  at.cue = &cue;
  emit_reprisal (run, &at, &sources, cue.strength);
}

/* "Britain welcomed U.S. sanctions on Iran", "backed the EU's new tariffs
 * against China": support for another's measure opposes its target too. */
void
_ent_run_backed_measure (Run         *run,
                         const CueAt *at,
                         Group       *sources,
                         Group       *targets,
                         int          sign)
{
  Group aimed;
  CueAt measure = *at;
  guint q = targets->last, p = at->end;

  /* "strongly supported the sanctions": those the story's measure was
   * aimed at */
  if (sign > 0 && targets->coref && _ent_run_measure_aimed (run, targets->first, &aimed))
    {
      _ent_run_emit (run, sources, &aimed, -1, at->cue->strength * 0.8, at);
      return;
    }

  /* the object right after the verb ("the new U.S. tariffs"), its
   * measure right after it */
  while (p < run->last && p < at->end + 3 &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ))
    p++;
  if (sign <= 0 || targets->coref || q <= run->first || q >= run->last || targets->first != p)
    return;
  if (_ent_run_tag (run, q) == ENT_TAG_POSS)
    q++;
  while (q < run->last && q < targets->last + 3 && _ent_run_tag (run, q) == ENT_TAG_ADJ)
    q++;
  if (q + 2 >= run->last || !_ent_run_is_measure_word (run, q) ||
      !(_ent_run_is (run, q + 1, "on") || _ent_run_is (run, q + 1, "against")))
    return;
  _ent_run_group_init (&aimed);
  if (!_ent_run_object_after (run, q + 2, &aimed))
    return;
  measure.end = q + 2;
  _ent_run_emit (run, sources, &aimed, -1, at->cue->strength * 0.8, &measure);
}

/* "made every effort to settle the dispute", "ending a 27-year dispute":
 * the verb at which a quarrel is settled or ended, or -1. */
int
_ent_run_settling_verb (Run         *run,
                        const CueAt *at)
{
  static const char *words[] = {
    "settle", "settled", "settles", "settling", "resolve", "resolved", "resolves", "resolving",
    "defuse", "defused", "defusing", "overcome", "overcoming", "end", "ends", "ended", "ending",
  };
  static EntWordMap *once;
  int p = (int)at->start - 1;

  /* "agreed to resolve their dispute", "ending a 27-year dispute",
   * "settled their long-running border dispute" */
  while (p >= (int)run->first &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ ||
          _ent_run_tag (run, p) == ENT_TAG_POSS_PRON ||
          run->tokens[p].kind == ENT_TOKEN_NUMBER || _ent_run_is_hyphen (run, p) ||
          ((run->tokens[p].flags & ENT_TOKEN_MODIFIER) &&
           !(run->tokens[p].flags & ENT_TOKEN_CAPITALISED)) ||
          /* a word joined by a hyphen to the next or the one before:
           * "decade" and "long" of "a decade-long rift" */
          (((run->tokens[p].flags | run->tokens[p + 1].flags) & ENT_TOKEN_HYPHEN_BEFORE) &&
           run->tokens[p].kind == ENT_TOKEN_WORD && _ent_run_ref_at (run, p) == NULL)))
    p--;
  if (p >= (int)run->first &&
      ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash))
    return p;
  return -1;
}

/* "helped to end", "tried to settle": a third party's part in it. */
static gboolean
third_party (Run *run,
             int  p)
{
  static const char *words[] = {
    "help", "helped", "helping", "helps", "tried", "tries", "try", "trying", "sought", "seeks",
    "seek", "seeking", "urged", "urging", "pushed", "pushing", "pressed", "pressing", "resolved",
  };
  static EntWordMap *once;

  return p >= (int)run->first &&
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash);
}

/* Whether a possessive pronoun comes between @verb and @noun. */
static gboolean
owned_between (Run *run,
               int  verb,
               guint noun)
{
  for (guint q = (guint)verb + 1; q < noun; q++)
    if (_ent_run_tag (run, q) == ENT_TAG_POSS_PRON)
      return TRUE;
  return FALSE;
}

/* "in Libya", "over Kashmir": a place or a thing named after @p, not a
 * time ("in 2024"). */
static gboolean
elsewhere_after (Run   *run,
                 guint  p)
{
  if (p + 1 >= run->last ||
      !(_ent_run_is (run, p, "in") || _ent_run_is (run, p, "over") || _ent_run_is (run, p, "of")))
    return FALSE;
  p++;
  if (_ent_run_tag (run, p) == ENT_TAG_DET && p + 1 < run->last)
    p++;
  return _ent_run_ref_at (run, (int)p) != NULL ||
         (run->tokens[p].kind == ENT_TOKEN_WORD && (run->tokens[p].flags & ENT_TOKEN_CAPITALISED) &&
          _ent_run_time_phrase_start (run, (int)p) < 0);
}

/* "Ecuador and Peru settled their border dispute", "Turkey and Egypt ended
 * a decade-long rift": those who end their quarrel together make peace.
 * Not a third party's urging or help ("urged the two to settle the
 * quarrel", "helping end their conflict"), nor one side's victory ("troops
 * overran the last stronghold, ending the war"). */
void
_ent_run_settled_together (Run         *run,
                           const CueAt *at,
                           int          verb)
{
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  Group subjects;
  guint start;

  if (at->cue->sign >= 0 || verb <= (int)run->first + 1 || third_party (run, verb - 1) ||
      (_ent_run_tag (run, (guint)verb - 1) == ENT_TAG_TO && third_party (run, verb - 2)))
    return;
  /* theirs ("their border dispute", "a decade-long rift"), but not one
   * somewhere else ("the conflict in Libya") */
  if (!owned_between (run, verb, at->start) && elsewhere_after (run, at->end))
    return;
  start = _ent_run_verb_group_start (run, (guint)verb, &negated, &be, &modal);
  if (negated || (start == (guint)verb && _ent_run_tag (run, verb - 1) == ENT_TAG_TO))
    return;
  _ent_run_group_init (&subjects);
  if (_ent_run_subject_of (run, (int)start - 1, &subjects, 0) && subjects.n >= 2)
    _ent_run_emit_pairwise (run, &subjects, 1, 0.5, at);
}

/* "Armed by Iran, the Houthis fired", "Armed and guided by Rwanda and
 * Uganda, the AFDL rebels marched": a participle that opens the sentence
 * with its agent is the agent's stance toward the clause's subject.
 * TRUE when the sentence opens so. */
gboolean
_ent_run_fronted_participle (Run         *run,
                             const CueAt *at,
                             int          sign)
{
  Group agents, subjects;
  guint p = at->end;

  if (at->start != run->first || at->cue->pos != ENT_CUE_VERB ||
      !(at->cue->form == ENT_FORM_PAST || at->cue->form == ENT_FORM_PARTICIPLE))
    return FALSE;
  /* "armed and guided by" */
  if (p + 2 < run->last && _ent_run_is (run, p, "and") &&
      _ent_run_past_tense_word (run, (int)p + 1))
    p += 2;
  if (p + 1 >= run->last || _ent_run_tag (run, p) != ENT_TAG_BY)
    return FALSE;
  _ent_run_group_init (&agents);
  _ent_run_group_init (&subjects);
  if (!_ent_run_group_right (run, p + 1, &agents) || agents.coref ||
      agents.last + 1 >= run->last || !_ent_run_punct_is (run, agents.last, ","))
    return TRUE;
  if (_ent_run_group_right (run, agents.last + 1, &subjects) && !subjects.coref)
    _ent_run_emit (run, &agents, &subjects, sign, at->cue->strength * 0.9, at);
  return TRUE;
}

/* Verbs whose object's stance their subject takes: "joined", "backed",
 * "endorsed", "supported". */
gboolean
_ent_run_joins_or_backs (const EntCue *cue)
{
  return _ent_starts_with (cue->phrase, "join") || _ent_starts_with (cue->phrase, "back") ||
         _ent_starts_with (cue->phrase, "endorse") || _ent_starts_with (cue->phrase, "support");
}

/* "the end of the blockade", "lifting the sanctions": a word between
 * @from and the noun at @p that ends what the noun names (the reversal
 * words hold "end" too). */
static gboolean
ended_before (Run   *run,
              guint  from,
              guint  p)
{
  int q = (int)p - 1;

  while (q > (int)from && _ent_run_tag (run, (guint)q) == ENT_TAG_DET)
    q--;
  if (q > (int)from && _ent_run_is (run, (guint)q, "of"))
    q--;
  return q >= (int)from && _ent_run_is_reversal (run, q);
}

/* The sign of the first noun cue between @from and @to that ends before
 * @to, or 0; "the end of", "the lifting of" and the like before it turn
 * it ("welcomed the end of the blockade of Qatar"). */
int
_ent_run_noun_cue_between (Run   *run,
                           guint  from,
                           guint  to)
{
  for (guint p = from; p < to && p < run->last; p++)
    {
      guint span = 0;
      const EntCue *cue = ent_lexicon_match_cue (run->lexicon, run->tokens, run->last, p, &span);

      if (cue != NULL && cue->pos == ENT_CUE_NOUN && p + span <= to)
        return ended_before (run, from, p) ? -cue->sign : cue->sign;
    }
  return 0;
}

/* "condemned the attack on Israel", "opposed the sanctions against Iran":
 * whether a verb of opposition in [@from, @to) has for object a hostile
 * act against the name at @to, who is then its victim, not its target. */
gboolean
_ent_run_victim_after (Run   *run,
                       guint  from,
                       guint  to)
{
  static const char *words[] = {
    "condemned", "condemns", "condemn", "condemning", "opposed", "opposes", "oppose", "opposing",
    "rejected", "rejects", "reject", "rejecting", "criticised", "criticises", "criticise",
    "criticising", "criticized", "criticizes", "criticize", "criticizing", "denounced",
    "denounces", "denounce", "denouncing", "deplored", "deplores", "deplore", "decried",
    "decries", "decry", "protested", "protests", "protest", "dismissed", "dismisses", "dismiss",
  };
  static EntWordMap *once;
  guint p = from, q, end, span;
  const EntCue *cue;

  while (p < to && !(run->is_verb[p - run->first] &&
                     ent_word_set_contains (&once, words, G_N_ELEMENTS (words),
                                            run->tokens[p].hash)))
    p++;
  /* the verb's object, in its clause ("NATO's air war against", "a
   * resolution authorising the use of force against"): a hostile noun
   * and, right after it, the name */
  for (q = p + 1; q < to && q < p + 10; q++)
    {
      Ref *owner = _ent_run_ref_at (run, (int)q);

      if (owner != NULL && owner->possessive)
        {
          q = owner->last;
          continue;
        }
      if (run->tokens[q].kind == ENT_TOKEN_PUNCT || _ent_run_tag (run, q) == ENT_TAG_CONJ ||
          owner != NULL)
        return FALSE;
      cue = ent_lexicon_match_cue (run->lexicon, run->tokens, run->last, q, &span);
      if (cue == NULL || cue->pos != ENT_CUE_NOUN)
        continue;
      for (end = q + span; end < to && (_ent_run_tag (run, end) == ENT_TAG_DET ||
                                        _ent_run_tag (run, end) == ENT_TAG_ADJ); end++)
        ;
      return cue->sign < 0 && end == to;
    }
  return FALSE;
}

/* "agreement", "pact", "treaty": a cue that names a deal */
static gboolean
has_deal_head (const EntCue *cue)
{
  static const char *heads[] = {
    "agreement", "deal", "pact", "treaty", "accord", "alliance", "partnership", "memorandum",
    "declaration",
  };

  for (guint k = 0; k < G_N_ELEMENTS (heads); k++)
    if (strstr (cue->phrase, heads[k]) != NULL)
      return TRUE;
  return FALSE;
}

/* "deepen ties with", "upgrade its partnership with": a verb that grows
 * ties, cooperation or a partnership. */
static gboolean
growing_ties (const EntCue *cue)
{
  static const char *verbs[] = {
    "deepen ", "strengthen ", "upgrade ", "elevate ", "expand ", "boost ", "improve ",
  };
  static const char *ties[] = { "ties", "relations", "relationship", "cooperation", "partnership" };
  gboolean grows = FALSE;

  for (guint k = 0; k < G_N_ELEMENTS (verbs) && !grows; k++)
    grows = g_str_has_prefix (cue->phrase, verbs[k]);
  for (guint k = 0; k < G_N_ELEMENTS (ties) && grows; k++)
    if (strstr (cue->phrase, ties[k]) != NULL)
      return TRUE;
  return FALSE;
}

/* A relation that binds both sides, whoever the sentence names first: a
 * pact or a treaty signed with Y is Y's too, and so is a war or a clash
 * with Y, or relations restored or deepened with Y. Breaking ties,
 * keeping them or wanting closer ones is one side's act. */
gboolean
_ent_run_is_mutual (Run         *run,
                    const CueAt *at)
{
  static const char *mending[] = {
    "restore ", "establish ", "normalise ", "normalize ", "resume ", "mend ", "re-establish ",
    "reestablish ",
  };
  static const char *fights[] = {
    "war with", "hostilities with", "conflict with", "clash with", "clashes with", "rivalry with",
    "standoff with",
  };
  const EntCue *cue = at->cue;

  if (!g_str_has_suffix (cue->phrase, " with"))
    return FALSE;
  if (cue->pos == ENT_CUE_NOUN)
    {
      for (guint k = 0; k < G_N_ELEMENTS (fights); k++)
        if (g_str_equal (cue->phrase, fights[k]))
          return TRUE;
      /* "held joint exercises with", "a joint offensive with": drills
       * and joint acts are held together */
      if (_ent_starts_with (cue->phrase, "joint ") ||
          g_str_has_suffix (cue->phrase, "exercises with") ||
          g_str_has_suffix (cue->phrase, "drills with"))
        return TRUE;
      return has_deal_head (cue) && _ent_run_signed_before (run, at->start);
    }
  if (cue->pos != ENT_CUE_VERB)
    return FALSE;
  /* "signed a pact with", "clashed with", "traded accusations with",
   * "exchanged prisoners with": each does it to the other */
  if (_ent_starts_with (cue->phrase, "sign ") || _ent_starts_with (cue->phrase, "clash ") ||
      _ent_starts_with (cue->phrase, "trade ") || _ent_starts_with (cue->phrase, "exchange ") ||
      g_str_has_suffix (cue->phrase, " war with"))
    return TRUE;
  /* "struck a peace deal with", "reached an agreement with", "sealed a
   * pact with": a deal made is both sides' */
  if ((_ent_starts_with (cue->phrase, "strike ") || _ent_starts_with (cue->phrase, "reach ") ||
       _ent_starts_with (cue->phrase, "conclude ") || _ent_starts_with (cue->phrase, "seal ") ||
       _ent_starts_with (cue->phrase, "ink ")) &&
      has_deal_head (cue))
    return TRUE;
  /* "formed an alliance with", "forged a coalition with" */
  if ((_ent_starts_with (cue->phrase, "form ") || _ent_starts_with (cue->phrase, "forge ") ||
       _ent_starts_with (cue->phrase, "enter ")) &&
      (strstr (cue->phrase, "alliance") != NULL || strstr (cue->phrase, "coalition") != NULL ||
       strstr (cue->phrase, "bloc") != NULL))
    return TRUE;
  /* "deepened security ties with", "upgraded relations with": ties grown
   * are both sides', once done; "has been expanding cooperation with",
   * "to deepen ties with" are one side's wish or work */
  if ((cue->form == ENT_FORM_PAST || cue->form == ENT_FORM_PARTICIPLE) && growing_ties (cue))
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (mending); k++)
    if (g_str_has_prefix (cue->phrase, mending[k]) &&
        (strstr (cue->phrase, "relations") != NULL || strstr (cue->phrase, "ties") != NULL ||
         strstr (cue->phrase, "fences") != NULL))
      return TRUE;
  return FALSE;
}
