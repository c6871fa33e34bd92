/* ent-extractor-rules.c
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
 * The rules: for each stance cue in a sentence, find who takes the position
 * (the subject of the clause, the possessor of a noun, the agent of a
 * passive) and toward whom (the object, the complement of the cue's
 * preposition), each side a coordinated group of actors. The parse is
 * shallow: verb groups, noun-phrase material, commas that open relative
 * clauses and appositions, and conjunctions that join verb phrases; it
 * lives in ent-extractor-clause.c and ent-extractor-roles.c.
 */

/* Whether an actor is named after @p before the clause ends: "fought for
 * Assad", but not "fought with clubs". */
static gboolean
actor_in_clause (Run   *run,
                 guint  p)
{
  for (; p < run->last; p++)
    {
      if (_ent_run_usable (_ent_run_ref_at (run, p)))
        return TRUE;
      if (_ent_run_punct_is (run, p, ",;:") || _ent_run_tag (run, p) == ENT_TAG_SUB ||
          _ent_run_tag (run, p) == ENT_TAG_CONJ)
        return FALSE;
    }
  return FALSE;
}

/* "must protect itself against the FDLR": the subject acts on itself; what
 * follows is another cue's. */
static gboolean
reflexive_after (Run   *run,
                 guint  p)
{
  return p < run->last &&
         (_ent_run_is (run, p, "itself") || _ent_run_is (run, p, "themselves") ||
          _ent_run_is (run, p, "himself") || _ent_run_is (run, p, "herself") ||
          _ent_run_is (run, p, "ourselves"));
}

/* "Riyadh recalled its ambassador from Tehran. Kuwait recalled its envoy
 * too.": an envoy recalled or ties cut with no one named joins the row. */
static gboolean
row_joined (Run         *run,
            const CueAt *at,
            Group       *sources,
            int          sign)
{
  Group targets;

  if (run->rupture_target < 0 || !_ent_run_is_rupture (at->cue->phrase))
    return FALSE;
  _ent_run_group_init (&targets);
  targets.actors[targets.n++] = (guint)run->rupture_target;
  targets.coref = TRUE;
  _ent_run_emit (run, sources, &targets, sign, at->cue->strength * 0.8, at);
  return TRUE;
}

/* "threatened sanctions unless Kampala repealed the law", "warned of
 * consequences if Manila continued": the threat is aimed at the one the
 * condition is put to. */
static gboolean
threat_on_condition (Run         *run,
                     const CueAt *at,
                     Group       *sources,
                     int          sign)
{
  Group targets;

  if (!g_str_equal (at->cue->phrase, "threaten") && !g_str_equal (at->cue->phrase, "warn"))
    return FALSE;
  for (guint p = at->end; p < run->last && p < at->end + 6; p++)
    {
      if (_ent_run_is (run, p, "unless") || _ent_run_is (run, p, "if"))
        {
          _ent_run_group_init (&targets);
          if (!_ent_run_object_after (run, p + 1, &targets) || targets.coref)
            return FALSE;
          _ent_run_emit (run, sources, &targets, sign, at->cue->strength * 0.8, at);
          return TRUE;
        }
      /* "threatened sanctions": the word right after is a noun */
      if (run->tokens[p].kind != ENT_TOKEN_WORD || _ent_run_ref_at (run, p) != NULL ||
          (run->is_verb[p - run->first] && p > at->end))
        return FALSE;
    }
  return FALSE;
}

/* A hostile verb whose object names no actor: "Indian and Chinese
 * soldiers fought with clubs" is a fight among those named; a harm done
 * to no one named may still be reported; a measure is remembered ("The
 * U.S. vetoed a Security Council resolution. Hamas condemned the veto."). */
static void
verb_without_object (Run         *run,
                     const CueAt *at,
                     Group       *sources,
                     int          sign)
{
  int kind = _ent_run_measure_kind (at->cue);

  if (_ent_run_reprisal (run, at, sources) || _ent_run_angry_reaction (run, at, sources))
    return;
  _ent_run_vetoed_draft (run, at, sources);
  if (sources->n >= 2 &&
      (g_str_equal (at->cue->phrase, "fight") || g_str_equal (at->cue->phrase, "battle")) &&
      !actor_in_clause (run, at->end))
    _ent_run_emit_pairwise (run, sources, sign, at->cue->strength * 0.9, at);
  else if (!threat_on_condition (run, at, sources, sign) &&
           !row_joined (run, at, sources, sign))
    _ent_run_reported_harm (run, sources, at);
  if (kind >= 0 && !sources->coref && sources->n > 0)
    {
      run->measure_by[kind] = (int)sources->actors[0];
      run->measure_on[kind] = -1;
    }
}

/* Verbs whose holders come after them: a reduced relative ("drones fired
 * at Ukraine by Russia") and "Among those condemning Moscow were Germany,
 * France and Britain". TRUE when the verb is one of them. */
static gboolean
holders_after (Run         *run,
               const CueAt *at,
               guint        start,
               int          sign)
{
  Group sources, targets;

  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  if (_ent_run_reduced_relative (run, at, start))
    {
      if (_ent_run_object_after (run, at->end, &targets) && targets.last < run->last &&
          _ent_run_tag (run, targets.last) == ENT_TAG_BY &&
          _ent_run_complement_after (run, targets.last + 1, &sources))
        _ent_run_emit (run, &sources, &targets, sign, at->cue->strength * 0.95, at);
      return TRUE;
    }
  if (start > run->first && _ent_run_is (run, start - 1, "those"))
    {
      if (_ent_run_object_after (run, at->end, &targets) &&
          _ent_run_those_include (run, targets.last, &sources))
        _ent_run_emit (run, &sources, &targets, sign, at->cue->strength, at);
      return TRUE;
    }
  return FALSE;
}

/* "Fano, an Amhara militia fighting Ethiopia's federal government,",
 * "Kataib Hezbollah, an Iraqi militia aligned with Tehran,": a participle
 * after the noun of an apposition is its head's. */
static gboolean
participle_in_apposition (Run         *run,
                          const CueAt *at,
                          guint        start,
                          Group       *sources)
{
  for (guint q = start; q < at->start; q++)
    if (_ent_run_tag (run, q) != ENT_TAG_ADV)
      return FALSE;
  if (start <= run->first ||
      !(at->cue->form == ENT_FORM_ING || at->cue->form == ENT_FORM_PAST ||
        at->cue->form == ENT_FORM_PARTICIPLE) ||
      !(_ent_run_tag (run, start - 1) == ENT_TAG_PEOPLE ||
        _ent_run_tag (run, start - 1) == ENT_TAG_ORGAN ||
        (_ent_run_tag (run, start - 1) == ENT_TAG_NONE &&
         run->tokens[start - 1].kind == ENT_TOKEN_WORD)))
    return FALSE;
  return _ent_run_appositive_head (run, (int)start - 1, sources);
}

/* "U.S. allies urged Tehran", "Washington's closest allies condemned",
 * "Ukraine's Western partners": the subject found names whose allies act,
 * not who acts. */
static gboolean
allies_of (Run   *run,
           Group *sources,
           guint  verb)
{
  guint q = sources->last;

  if (sources->coref || q >= verb)
    return FALSE;
  if (_ent_run_tag (run, q) == ENT_TAG_POSS)
    q++;
  while (q < verb && (_ent_run_tag (run, q) == ENT_TAG_ADJ ||
                      ((run->tokens[q].flags & ENT_TOKEN_CAPITALISED) &&
                       _ent_run_tag (run, q) == ENT_TAG_NONE &&
                       _ent_run_ref_at (run, (int)q) == NULL)))
    q++;
  return q < verb && _ent_run_relational_sign (run, q) > 0;
}

/* The object of the verb cue @at whose subject is @sources: "blocked EU
 * aid to Ukraine" (help to someone stands for them), "denounced it", the
 * object proper, an act's author, the nearest name, an apposition. */
static gboolean
verb_object (Run         *run,
             const CueAt *at,
             Group       *sources,
             Group       *targets)
{
  guint aid_end;

  return _ent_run_aid_recipient (run, at->end, targets, &aid_end) ||
         _ent_run_relation_partners (run, at->end, targets) ||
         _ent_run_act_pronoun (run, at->end, sources, targets) ||
         _ent_run_object_after (run, at->end, targets) ||
         _ent_run_event_author (run, at->end, targets) ||
         _ent_run_nearest_right (run, at->end, targets) ||
         (_ent_run_object_gap (run, at) &&
          (_ent_run_appositive_head (run, _ent_run_reported_gap (run, (int)sources->first - 1),
                                     targets) ||
           _ent_run_clause_apposition (run, (int)sources->first - 1, targets)));
}

/* "condemned neither Iran nor Syria"; "New Zealand joined Australia in
 * condemning": a fellow, not a side; "designated Kenya a major non-NATO
 * ally": a designation the label makes good; "condemned the attack on
 * Israel": a victim. */
static gboolean
not_a_side (Run         *run,
            const CueAt *at,
            Group       *targets)
{
  if (!targets->coref && _ent_run_none_of (run, targets->first))
    return TRUE;
  if (_ent_run_hosts_sides (run, at, targets))
    return TRUE;
  if (g_str_equal (at->cue->phrase, "designate") && !targets->coref &&
      _ent_run_label_ahead (run, targets->last) > 0)
    return TRUE;
  /* "condemned the attack on Israel", "opposed the sanctions against
   * Iran": whom a hostile act hit is no one this turns against */
  if (at->cue->sign < 0 && targets->first != G_MAXUINT && targets->first > at->end &&
      _ent_run_victim_after (run, at->start, targets->first))
    return TRUE;
  /* "recognised Georgia's breakaway regions": the regions, if named */
  if (_ent_run_breakaway_recognised (run, at, targets) && targets->n == 0)
    return TRUE;
  return _ent_starts_with (at->cue->phrase, "join") && targets->last + 1 < run->last &&
         _ent_run_is (run, targets->last, "in") && _ent_run_ends_in_ing (run, targets->last + 1);
}

/* "Armenia and Azerbaijan cut ties", "clashed with each other": a
 * reciprocal verb's position between its subjects; @each_other when the
 * sentence says "each other" after it. */
static void
reciprocal_verb (Run         *run,
                 const CueAt *at,
                 Group       *sources,
                 int          sign,
                 gboolean     negated,
                 gboolean     each_other)
{
  /* "Saudi Arabia, the UAE, Bahrain and Egypt severed relations": three
   * or more break with someone else, not with each other */
  if (sources->n >= 2 && (sign > 0 || sources->n == 2 || each_other))
    _ent_run_emit_pairwise (run, sources, sign, at->cue->strength * 0.9, at);
  else if (sign < 0 && !negated)
    row_joined (run, at, sources, sign);
}

/* "to seek support against Ethiopia": "against" says whom it is for (but
 * "Beijing and Moscow stand together against" each other's foes); "helped
 * push Haftar's forces back", "helped fund the rebels": who is helped is
 * not the next name, which is the other verb's. */
static gboolean
object_elsewhere (Run         *run,
                  const CueAt *at,
                  int          sign)
{
  guint p = at->end;

  if (p >= run->last)
    return FALSE;
  if (sign > 0 && _ent_run_is (run, p, "against") && !at->cue->reciprocal)
    return TRUE;
  return g_str_equal (at->cue->phrase, "help") && p + 1 < run->last &&
         run->tokens[p].kind == ENT_TOKEN_WORD && _ent_run_ref_at (run, (int)p) == NULL &&
         !(run->tokens[p].flags & ENT_TOKEN_CAPITALISED) &&
         (_ent_run_tag (run, p) == ENT_TAG_NONE || _ent_run_tag (run, p) == ENT_TAG_VERB);
}

/* "voted to recognise the 1915 massacre of Armenians as genocide",
 * "recognised the Islamic State's atrocities as genocide": recognising a
 * crime as what it is backs none of those named in it. */
static gboolean
recognised_as_crime (Run         *run,
                     const CueAt *at)
{
  static const char *crimes[] = {
    "genocide", "crime", "crimes", "massacre", "atrocity", "atrocities", "holocaust",
  };
  static EntWordMap *once;

  if (!_ent_starts_with (at->cue->phrase, "recogni") || at->cue->sign < 0)
    return FALSE;
  /* the object, then "as" and the crime: not "recognised Palestine as
   * Israel's crimes mounted", nor an "as" after a comma */
  for (guint p = at->end; p < run->last && p < at->end + 12; p++)
    {
      if (run->tokens[p].kind == ENT_TOKEN_PUNCT)
        return FALSE;
      if (!_ent_run_is (run, p, "as"))
        continue;
      for (guint q = p + 1; q < run->last && q < p + 4; q++)
        {
          if (_ent_run_ref_at (run, (int)q) != NULL || _ent_run_tag (run, q) == ENT_TAG_POSS)
            return FALSE;
          if (ent_word_set_contains (&once, crimes, G_N_ELEMENTS (crimes), run->tokens[q].hash))
            return TRUE;
        }
      return FALSE;
    }
  return FALSE;
}

/* "sent troops into Nigeria to help": for the state the troops went to. */
static gboolean
sent_to_help (Run         *run,
              const CueAt *at,
              Group       *targets)
{
  return !targets->coref && _ent_run_sent_to_help (run, at, targets->last);
}

/* A gerund that opens its verb group: "halted talks with" reverses the
 * talks, "opposed sending weapons to Ukraine" the sending (in @sign);
 * TRUE when "accused Iran of arming" has read it already. */
static gboolean
gerund_read (Run         *run,
             const CueAt *at,
             guint        start,
             int         *sign)
{
  if (at->cue->form != ENT_FORM_ING || start != at->start)
    return FALSE;
  *sign *= _ent_run_talks_reversal (run, start);
  if (start > run->first && _ent_run_obstructs (run, start - 1))
    *sign = -*sign;
  return _ent_run_gerund_after_object (run, at, start, *sign);
}

/* A verb cue: its subject's position toward its object, or toward one
 * another for a reciprocal verb, once negation, refusal, passives,
 * demands and reported charges are read. */
static void
rule_verb (Run         *run,
           const CueAt *at)
{
  gboolean negated = FALSE, be = FALSE, modal = FALSE, passive, each_other;
  Group sources, targets;
  guint start;
  int sign;

  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  if (_ent_run_reported_charge (run, at->start) || _ent_run_reduced_blame (run, at) ||
      _ent_run_warned_against (run, at) || _ent_run_question_clause (run, at->start) ||
      recognised_as_crime (run, at))
    return;
  start = _ent_run_verb_group_start (run, at->start, &negated, &be, &modal);
  run->negated_modal = negated && modal;
  passive = _ent_run_is_passive (run, at, be);
  if ((sign = _ent_run_apply_negation (run, at->cue, negated)) == 0 ||
      object_elsewhere (run, at, sign) || _ent_run_fronted_participle (run, at, sign) ||
      (sign < 0 && !negated && _ent_run_conflict_between (run, at)))
    return;
  if (passive)
    {
      _ent_run_rule_passive (run, at, start, sign);
      return;
    }
  if (_ent_run_asked_to (run, start) || _ent_run_demanded (run, at->start) ||
      _ent_run_denied_clause (run, start) ||
      _ent_run_participle_of_noun (run, at, start) || reflexive_after (run, at->end))
    return;
  if (gerund_read (run, at, start, &sign) || holders_after (run, at, start, sign))
    return;
  if (_ent_run_foiled_attempt (run, at->start, &sources))
    sign = -sign;
  else if ((!_ent_run_subject_of (run, (int)start - 1, &sources, 0) &&
            !participle_in_apposition (run, at, start, &sources) &&
            !_ent_run_nearest_left (run, (int)start - 1, &sources)) ||
           _ent_run_none_of (run, sources.first) || allies_of (run, &sources, start) ||
           _ent_run_conditional_subject (run, &sources))
    return;
  if (sources.n >= 2 && sources.first != G_MAXUINT)
    run->last_plural = sources;
  each_other = sources.n >= 2 && _ent_run_each_other (run, at->end);
  if (at->cue->reciprocal || each_other)
    {
      reciprocal_verb (run, at, &sources, sign, negated, each_other);
      return;
    }
  if (!verb_object (run, at, &sources, &targets))
    {
      if (sign < 0 && !negated)
        verb_without_object (run, at, &sources, sign);
      return;
    }
  if (not_a_side (run, at, &targets))
    return;
  /* "joined the fight against al-Shabab", "backed the campaign against
   * Iran": support for a struggle against someone opposes them. */
  if (sign > 0 && _ent_run_against_object (run, at->end, targets.first))
    sign = -sign;
  /* "joined the chorus of condemnation of Quito": joining a stance is
   * taking it */
  else if (sign > 0 && _ent_run_joins_or_backs (at->cue) && targets.first != G_MAXUINT &&
           targets.first > at->end &&
           _ent_run_noun_cue_between (run, at->end, targets.first) < 0)
    sign = -sign;
  if (_ent_run_owner_suffers (run, at->cue, &targets) || sent_to_help (run, at, &targets))
    sign = -sign;
  /* "left ECOWAS", but not "left the country", "left Kabul" or "leaving
   * several EU countries short of fuel" */
  if (g_str_equal (at->cue->phrase, "leave") &&
      (targets.coref ||
       _ent_run_actor_of (run, targets.actors[0])->kind != ENT_ACTOR_KIND_ORGANISATION ||
       (targets.last < run->last &&
        (_ent_run_is (run, targets.last, "countries") ||
         _ent_run_is (run, targets.last, "members") ||
         _ent_run_is (run, targets.last, "states") ||
         _ent_run_is (run, targets.last, "nations")))))
    return;
  /* "Turkey and Iran rejected Trump's recognition of ...": the story's act
   * is the one reacted to, by the owner of its noun. */
  if (run->first_act < 0 && !targets.coref && targets.first < run->last &&
      _ent_run_ref_at (run, (int)targets.first) != NULL &&
      _ent_run_ref_at (run, (int)targets.first)->possessive)
    run->first_act = (int)targets.actors[0];
  _ent_run_thanks_returned (run, at, &sources, &targets, sign);
  _ent_run_emit (run, &sources, &targets, sign, at->cue->strength * (modal ? 0.9 : 1.0), at);
  _ent_run_joined_in_gerund (run, at, start, &sources, &targets, sign);
  _ent_run_backed_measure (run, at, &sources, &targets, sign);
  /* "Egypt signed a defence pact with Somalia", "clashed with". */
  if (sign == at->cue->sign && !modal && _ent_run_is_mutual (run, at))
    _ent_run_emit (run, &targets, &sources, sign, at->cue->strength * 0.8, at);
  /* "condemned the Iranian attack": Iran is the attacker spoken of. */
  if (sign < 0 && !targets.coref && targets.last < run->last &&
      _ent_run_is_event (run, targets.last))
    {
      run->aggressor = (int)targets.actors[0];
      run->aggressor_with = -1;
    }
}

/* "sanctions on Iran imposed by the United States", "the attack on Qatar
 * by Iran": the agent of a noun cue after its complement. */
static gboolean
agent_after (Run   *run,
             guint  pos,
             Group *group)
{
  guint p = pos;

  /* A participle and its _ent_run_particle: "imposed", "carried out", "launched". */
  if (p < run->last && _ent_run_tag (run, p) != ENT_TAG_BY && _ent_run_ref_at (run, p) == NULL &&
      (_ent_run_past_tense_word (run, (int)p) || _ent_run_tag (run, p) == ENT_TAG_LIGHT))
    {
      p++;
      if (p < run->last && (_ent_run_is (run, p, "out") || _ent_run_is (run, p, "up")))
        p++;
    }
  /* "criticism of Israel from Spanish Prime Minister Pedro Sanchez" */
  if (p + 1 >= run->last ||
      !(_ent_run_tag (run, p) == ENT_TAG_BY || _ent_run_is (run, p, "from")))
    return FALSE;
  return _ent_run_object_after (run, p + 1, group);
}

/* "At their summit in Brussels", "ended their dialogue": a meeting's
 * sides only guessed from a pronoun are not worth a position. */
static gboolean
weak_between_guessed (const CueAt *at,
                      Group       *sources)
{
  return sources->coref && at->cue->strength < 0.4;
}

/* "signed a", "concluded the", "reached an": a deal that was made. */
gboolean
_ent_run_signed_before (Run  *run,
                        guint start)
{
  static const char *words[] = {
    "signed", "signs", "sign", "signing", "concluded", "concludes", "reached", "reaches",
    "initialled",
    "initialed", "initial", "inked", "struck", "agreed", "sealed", "seals", "finalised",
    "finalized",
  };
  static EntWordMap *once;

  for (guint p = start, k = 0; p > run->first && k < 5; p--, k++)
    if (ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p - 1].hash))
      return TRUE;
  return FALSE;
}

/* "opposition to sanctions on Russia": the words before the name are a
 * cue of their own, whose position the first one is about; "Turkey's ties
 * with Israel have soured": what befalls the ties says their sign (see
 * rule_relation_change()). */
static gboolean
cue_between (Run         *run,
             const CueAt *at,
             const Group *targets)
{
  return _ent_run_noun_cue_between (run, at->end, targets->first) != 0 ||
         ((_ent_starts_with (at->cue->phrase, "ties") ||
           _ent_starts_with (at->cue->phrase, "relation")) &&
          _ent_run_relation_change (run, targets->last) != 0);
}

/* "Moscow's war in Ukraine", "has waged an insurgency inside Turkey", but
 * not "to end the war in Yemen": a war in a place is only its owner's. */
static gboolean
unowned_war_in (Run         *run,
                const CueAt *at)
{
  int q = (int)at->start - 1;

  if (!_ent_starts_with (at->cue->phrase, "war in") &&
      !_ent_starts_with (at->cue->phrase, "insurgency in"))
    return FALSE;
  while (q > (int)run->first &&
         (_ent_run_tag (run, q) == ENT_TAG_DET || _ent_run_tag (run, q) == ENT_TAG_ADJ))
    q--;
  return !(q >= (int)run->first &&
           (_ent_run_tag (run, q) == ENT_TAG_POSS || _ent_run_tag (run, q) == ENT_TAG_POSS_PRON ||
            _ent_run_is (run, q, "waged") || _ent_run_is (run, q, "wages") ||
            _ent_run_is (run, q, "waging") || _ent_run_is (run, q, "fought")));
}

/* "urged the EU to take a firmer line toward Ankara": the stance someone
 * is asked to take is not yet theirs (see _ent_run_asked_to()). */
static gboolean
asked_to_take (Run         *run,
               const CueAt *at)
{
  int p = (int)at->start - 1;

  while (p > (int)run->first &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ))
    p--;
  return p > (int)run->first && _ent_run_ref_at (run, p) == NULL &&
         _ent_run_asked_to (run, (guint)p);
}

static void
rule_noun_or_adjective (Run         *run,
                        const CueAt *at)
{
  gboolean negated = FALSE;
  Group sources, targets;
  int sign;

  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  if (at->cue->reciprocal)
    {
      /* "the war between Armenia and Azerbaijan", "X and Y signed a deal";
       * "the Turkish-Libyan maritime accord" */
      int before = (int)at->start - 1, settler;
      Ref *second, *first;

      while (
        before > (int)at->start - 3 && before > (int)run->first &&
        _ent_run_ref_at (run, before) == NULL && run->tokens[before].kind == ENT_TOKEN_WORD &&
        !(run->tokens[before].flags & ENT_TOKEN_CAPITALISED) &&
        (_ent_run_tag (run, before) == ENT_TAG_ADJ || _ent_run_tag (run, before) == ENT_TAG_NONE))
        before--;
      second = _ent_run_ref_at (run, before);
      first = second ? _ent_run_ref_at (run, (int)second->first - 1) : NULL;
      /* "ties between X and Y have soured": the frame of the change. */
      if (_ent_run_deal_undone (run, at))
        ;
      else if (_ent_run_sides_between (run, at))
        ;
      else if (_ent_run_usable (first) && _ent_run_usable (second) && first != second &&
               (run->tokens[second->first].flags & ENT_TOKEN_HYPHEN_BEFORE))
        {
          /* "the Israel-Hezbollah ceasefire", "India-Pakistan tensions" */
          _ent_run_group_add (&targets, first);
          _ent_run_group_add (&targets, second);
          _ent_run_emit_pairwise (run, &targets, at->cue->sign, at->cue->strength * 0.9, at);
        }
      else if ((settler = _ent_run_settling_verb (run, at)) >= 0)
        _ent_run_settled_together (run, at, settler);
      else if (at->cue->sign > 0 && _ent_run_signed_by_after (run, at->end, &sources))
        _ent_run_emit_pairwise (run, &sources, 1, at->cue->strength * 0.9, at);
      else if (_ent_run_holder_of (run, at, &sources, &negated) &&
               sources.n >= 2 && !run->mediator &&
               !weak_between_guessed (at, &sources) && !_ent_run_war_on_one_side (run, at) &&
               _ent_run_apply_negation (run, at->cue, negated) != 0)
        _ent_run_emit_pairwise (run, &sources, _ent_run_apply_negation (run, at->cue, negated),
                                at->cue->strength * 0.9, at);
      return;
    }
  if ((at->cue->sign > 0 && at->end < run->last && _ent_run_is (run, at->end, "against")) ||
      !(_ent_run_complement_after (run, at->end, &targets) ||
        (at->cue->sign < 0 && _ent_run_event_author (run, at->end, &targets))) ||
      cue_between (run, at, &targets) || unowned_war_in (run, at) ||
      _ent_run_hypothetical_noun (run, at, &targets) || _ent_run_measure_undone (run, at, &targets))
    return;
  run->believer.n = 0;
  run->reversed = FALSE;
  if (at->agent >= 0)
    _ent_run_collect_right (run, _ent_run_ref_at (run, at->agent), &sources);
  else if (at->start > run->first && _ent_run_is (run, at->start - 1, "those"))
    {
      if (!_ent_run_those_include (run, targets.last, &sources))
        return;
    }
  else if (asked_to_take (run, at) || _ent_run_warned_against (run, at) ||
           (!agent_after (run, targets.last, &sources) &&
            !_ent_run_holder_of (run, at, &sources, &negated) &&
            !_ent_run_fronted_head (run, at->start, targets.last, &sources)))
    return;
  if (run->believer.n > 0)
    {
      /* Doubting that X is a reliable guarantor opposes X. */
      if (at->cue->sign > 0 && !negated)
        _ent_run_emit (run, &run->believer, &sources, -1, at->cue->strength * 0.8, at);
      return;
    }
  if ((sign = _ent_run_apply_negation (run, at->cue, negated)) == 0)
    return;
  /* "lifted sanctions on" ends a hostility; "ending its war against"
   * still tells of the fighting. */
  if (run->reversed && !(sign < 0 && at->cue->strength >= 0.9))
    sign = -sign;
  _ent_run_emit (run, &sources, &targets, sign, at->cue->strength, at);
  /* "signed a security pact with China", "its war with Russia". */
  if (sign == at->cue->sign && !run->reversed && _ent_run_is_mutual (run, at))
    _ent_run_emit (run, &targets, &sources, sign, at->cue->strength * 0.8, at);
}

/* "would not let its ports be used against India", "will never allow
 * its soil to be used against": a verb of permission, negated, in the
 * eight tokens before @end (the cue), within its clause. */
static gboolean
negated_permission (Run  *run,
                    guint end)
{
  static const char *words[] = {
    "let", "lets", "allow", "allows", "allowed", "allowing", "permit", "permits", "permitted",
    "tolerate", "tolerates",
  };
  static EntWordMap *once;

  for (int p = (int)end - 1; p >= (int)run->first && p >= (int)end - 8; p--)
    {
      gboolean negated = FALSE, be = FALSE, modal = FALSE;

      if (_ent_run_clause_boundary (run, (guint)p) || _ent_run_punct_is (run, (guint)p, ","))
        return FALSE;
      if (ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash))
        {
          _ent_run_verb_group_start (run, (guint)p, &negated, &be, &modal);
          return negated;
        }
    }
  return FALSE;
}

/* "fought alongside France against AQIM", "fought with Russia against the
 * rebels": the partner named just before "against" fights too, and the
 * subject stands with it. */
static void
partner_against (Run         *run,
                 const CueAt *at,
                 int          v,
                 Group       *sources)
{
  Group partners;
  CueAt with = *at;
  EntCue cue = { "alongside", ENT_CUE_PREP, ENT_FORM_BASE, 1, 0.7, 1, FALSE, FALSE, FALSE };
  int q = (int)at->start - 1;
  Ref *ref;

  if (!g_str_equal (at->cue->phrase, "against"))
    return;
  while (q > v && _ent_run_ref_at (run, q) == NULL && (_ent_run_tag (run, q) == ENT_TAG_ADJ ||
                                                       _ent_run_tag (run, q) == ENT_TAG_ORGAN))
    q--;
  if (q <= v || !_ent_run_usable (ref = _ent_run_ref_at (run, q)) || ref->place)
    return;
  q = (int)ref->first - 1;
  while (q > v && _ent_run_tag (run, q) == ENT_TAG_DET)
    q--;
  if (q <= v || !(_ent_run_is (run, q, "alongside") || _ent_run_is (run, q, "with")))
    return;
  _ent_run_group_init (&partners);
  _ent_run_collect_left (run, ref, &partners);
  if (_ent_run_is (run, q, "with") && q == v + 1)
    {
      with.start = (guint)q;
      with.end = (guint)q + 1;
      with.cue = &cue;
      _ent_run_emit (run, sources, &partners, 1, cue.strength, &with);
    }
  for (guint k = 0; k < partners.n && sources->n < MAX_GROUP; k++)
    sources->actors[sources->n++] = partners.actors[k];
}

static void
rule_preposition (Run         *run,
                  const CueAt *at)
{
  Group sources, targets;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  int v = _ent_run_previous_verb (run, (int)at->start - 1);
  guint start;
  int sign;

  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  /* "normalised relations with Israel, alongside the United Arab
   * Emirates": after a comma, "alongside" is "as well as" */
  if (g_str_equal (at->cue->phrase, "alongside") && at->start > run->first &&
      _ent_run_punct_is (run, at->start - 1, ","))
    return;
  if (v < 0 || !_ent_run_complement_after (run, at->end, &targets))
    return;
  /* "ruled out using force against", "would not rule out": the group
   * ends after "out", and its start reads the pair. */
  if (_ent_run_is (run, v, "out") && v > (int)run->first && _ent_run_is_rule_out (run, v - 1))
    v++;
  else if (_ent_run_is_rule_out (run, v) && _ent_run_is (run, v + 1, "out"))
    v += 2;
  start = _ent_run_verb_group_start (run, (guint)v, &negated, &be, &modal);
  if ((sign = _ent_run_apply_negation (run, at->cue, negated)) == 0 ||
      negated_permission (run, at->start))
    return;
  if (!_ent_run_subject_of (run, (int)start - 1, &sources, 0))
    return;
  partner_against (run, at, v, &sources);
  /* "filled the dam over the objections of Cairo": the objection is
   * Cairo's, against whoever acted */
  if (_ent_starts_with (at->cue->phrase, "over the objections"))
    _ent_run_emit (run, &targets, &sources, sign, at->cue->strength * 0.85, at);
  else
    _ent_run_emit (run, &sources, &targets, sign, at->cue->strength * 0.85, at);
}

/* "adopted a sharply anti-French line", "pursues a pro-Russian policy":
 * the subject of the verb whose object the affixed phrase is. */
static gboolean
stance_holder (Run   *run,
               int    pos,
               Group *group)
{
  int p = pos;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  guint start;

  while (p >= (int)run->first && p > pos - 4 &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADV ||
          _ent_run_tag (run, p) == ENT_TAG_ADJ || _ent_run_is (run, p, "more")))
    p--;
  if (p < (int)run->first || p == pos || _ent_run_tag (run, p) != ENT_TAG_LIGHT)
    return FALSE;
  start = _ent_run_verb_group_start (run, (guint)p, &negated, &be, &modal);
  return !negated && _ent_run_subject_of (run, (int)start - 1, group, 0);
}

/* "Haiti's U.S.-backed interim government": the possessor before the
 * backer @before owns the organ the affix qualifies. */
static gboolean
possessor_of_affixed (Run         *run,
                      const Ref   *before,
                      const CueAt *at,
                      Group       *targets)
{
  Ref *owner;
  guint q = at->end;

  if (before->first < run->first + 2 || _ent_run_tag (run, before->first - 1) != ENT_TAG_POSS)
    return FALSE;
  owner = _ent_run_ref_at (run, (int)before->first - 2);
  while (q < run->last && q < at->end + 3 && _ent_run_tag (run, q) != ENT_TAG_ORGAN &&
         run->tokens[q].kind == ENT_TOKEN_WORD && _ent_run_ref_at (run, (int)q) == NULL)
    q++;
  if (!_ent_run_usable (owner) || owner->place || q >= run->last ||
      _ent_run_tag (run, q) != ENT_TAG_ORGAN)
    return FALSE;
  _ent_run_group_add (targets, owner);
  return TRUE;
}

/* "Iran-backed Houthis": the actor before the affix backs the one after.
 * "pro-Russian separatists": the head is pro the actor after the prefix. */
static void
rule_affix (Run         *run,
            const CueAt *at)
{
  Group sources, targets;
  Ref *before, *after;

  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  if (at->cue->pos == ENT_CUE_SUFFIX)
    {
      /* "Viktor Orban, the most Kremlin-friendly leader in the EU": the
       * apposition's head before a name after the noun */
      before = _ent_run_ref_at (run, (int)at->start - 1);
      if (!_ent_run_usable (before) ||
          !(_ent_run_appositive_head (run, (int)before->first - 1, &targets) ||
            _ent_run_object_after (run, at->end, &targets) ||
            possessor_of_affixed (run, before, at, &targets)))
        return;
      _ent_run_group_add (&sources, before);
      /* "China-bashing politicians": the one after bashes the one before;
       * "Iran-aligned militias" lean toward Iran, which backs them. */
      if (g_str_equal (at->cue->phrase, "-bashing"))
        {
          _ent_run_emit (run, &targets, &sources, at->cue->sign, at->cue->strength, at);
          return;
        }
      if (g_str_equal (at->cue->phrase, "-aligned") || g_str_equal (at->cue->phrase, "-friendly") ||
          g_str_equal (at->cue->phrase, "-leaning") || g_str_equal (at->cue->phrase, "-allied"))
        _ent_run_emit (run, &targets, &sources, at->cue->sign, at->cue->strength, at);
    }
  else
    {
      after = _ent_run_ref_at (run, at->end);
      if (!_ent_run_usable (after) ||
          !(_ent_run_object_after (run, after->last, &sources) ||
            _ent_run_appositive_head (run, (int)at->start - 1, &sources) ||
            stance_holder (run, (int)at->start - 1, &sources)))
        return;
      _ent_run_group_add (&targets, after);
    }
  _ent_run_emit (run, &sources, &targets, at->cue->sign, at->cue->strength, at);
}

static void
find_speaker (Run *run)
{
  for (guint i = run->first; i < run->last; i++)
    {
      Group group;

      if (_ent_run_tag (run, i) != ENT_TAG_SAY || run->in_quote[i - run->first] ||
          _ent_run_ref_at (run, i) != NULL)
        continue;
      _ent_run_group_init (&group);
      if (_ent_run_subject_of (run, (int)i - 1, &group, 0) ||
          _ent_run_object_after (run, i + 1, &group))
        {
          run->speaker = group.actors[0];
          run->paragraph_speaker = run->speaker;
          return;
        }
    }
}

static void
fill_speaker_refs (Run *run)
{
  int speaker = run->speaker >= 0 ? run->speaker : run->paragraph_speaker;

  for (guint r = 0; r < run->refs->len; r++)
    {
      Ref *ref = &g_array_index (run->refs, Ref, r);

      if (ref->pronoun && ref->n_actors == 0 && speaker >= 0)
        {
          ref->actors[0] = speaker;
          ref->n_actors = 1;
        }
    }
}

/* "met resistance from Turkey", "met with criticism from": a reaction met
 * is no meeting (_ent_run_try_reaction() reads it). */
static gboolean
met_reaction (Run         *run,
              const CueAt *at)
{
  guint p = at->start + 1;

  if (!_ent_starts_with (at->cue->phrase, "meet"))
    return FALSE;
  if (p < run->last && _ent_run_is (run, p, "with"))
    p++;
  while (p < run->last && _ent_run_tag (run, p) == ENT_TAG_ADJ)
    p++;
  return p < run->last && _ent_run_reaction_sign (run, p) != 0;
}

/* "brokered the truce", "a deal brokered by China": a mediator takes no
 * side. The cues stay in the lexicon so that the clause parses. */
static gboolean
mediator_cue (const EntCue *cue)
{
  return _ent_starts_with (cue->phrase, "broker") || _ent_starts_with (cue->phrase, "mediat");
}

void
_ent_extractor_apply_rules (Run *run)
{
  GArray *cues = _ent_run_find_cues (run);

  _ent_run_find_frame_words (run);
  find_speaker (run);
  fill_speaker_refs (run);
  _ent_run_remember_acts (run);

  for (guint c = 0; c < cues->len; c++)
    {
      const CueAt *at = &g_array_index (cues, CueAt, c);

      if (at->agent >= 0)
        {
          rule_noun_or_adjective (run, at);
          continue;
        }
      switch (at->cue->pos)
        {
        case ENT_CUE_VERB:
        case ENT_CUE_PHRASE:
          if (!mediator_cue (at->cue) && !_ent_run_hosted_event (run, at) &&
              !met_reaction (run, at))
            rule_verb (run, at);
          break;
        case ENT_CUE_NOUN:
        case ENT_CUE_ADJ:
          rule_noun_or_adjective (run, at);
          break;
        case ENT_CUE_PREP:
          rule_preposition (run, at);
          break;
        case ENT_CUE_PREFIX:
        case ENT_CUE_SUFFIX:
          rule_affix (run, at);
          break;
        default:
          break;
        }
    }
  _ent_extractor_apply_frames (run);
  _ent_run_votes (run);
}
