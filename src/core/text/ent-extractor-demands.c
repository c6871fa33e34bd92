/* ent-extractor-demands.c
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
 * Frames of demands and labels: "urged Moscow to withdraw", "called for
 * calm", "ordered the French ambassador to leave", "called the group
 * terrorists", "holds X responsible", "listed X as a terrorist
 * organisation".
 */

/* "called on Kigali to withdraw its forces", "urged Moscow to stop", "urged
 * the Taliban to lift a ban": a demand to cease, leave or undo opposes
 * whoever it is made of. */
static const char *cease_verbs[] = {
  "withdraw", "stop", "halt", "end", "cease", "leave", "pull", "release", "refrain", "abandon",
  "exit", "quit", "disarm", "dismantle", "respect", "reverse", "rein", "hand", "extradite",
  "surrender", "lift", "rescind", "revoke", "scrap", "overturn", "free", "reinstate", "close",
  "shut", "wind", "suspend", "terminate",
};

/* "expected Belgrade to implement it", "told Milosevic to accept": a call
 * to comply presses the one called on, but not "both governments" at once,
 * whom the story named before. "Expect" is a demand only with these
 * ("expects Russia to halt gas supplies" is a forecast). */
static const char *comply_verbs[] = {
  "implement", "comply", "abide", "honour", "honor", "accept",
};

/* Whether the verb after the "to" at @q ceases or, also with
 * @comply_only, complies, as @targets are called on to. */
static gboolean
demanded_act (Run          *run,
              guint         q,
              const Group  *targets,
              gboolean      comply_only)
{
  static EntWordMap *once_cease, *once_comply;
  guint64 hash = run->tokens[q + 1].hash;

  if (!comply_only &&
      ent_word_set_contains (&once_cease, cease_verbs, G_N_ELEMENTS (cease_verbs), hash))
    return TRUE;
  return !(targets->n >= 2 && targets->coref) &&
         ent_word_set_contains (&once_comply, comply_verbs, G_N_ELEMENTS (comply_verbs), hash);
}

/* "urged Caracas and Georgetown to avoid an escalation", "called on India
 * and Pakistan to exercise restraint": a call for calm on two or more
 * parties says they are at odds with each other, not with the caller. */
static gboolean
calls_for_calm (Run  *run,
                guint q)
{
  static const char *words[] = {
    "restraint", "escalation", "escalating", "de-escalate", "deescalate", "de-escalation",
    "tensions", "tension", "hostilities", "fighting", "clashes",
  };
  static const char *verbs[] = {
    "avoid", "exercise", "show", "ease", "reduce", "calm", "defuse", "lower", "de-escalate",
    "deescalate", "stop", "end", "cease", "halt", "refrain",
  };
  static EntWordMap *once_words, *once_verbs;

  if (q + 1 >= run->last ||
      !ent_word_set_contains (&once_verbs, verbs, G_N_ELEMENTS (verbs), run->tokens[q + 1].hash))
    return FALSE;
  if (ent_word_set_contains (&once_words, words, G_N_ELEMENTS (words), run->tokens[q + 1].hash))
    return TRUE;
  for (guint k = q + 2; k < run->last && k < q + 6; k++)
    {
      if (ent_word_set_contains (&once_words, words, G_N_ELEMENTS (words), run->tokens[k].hash))
        return TRUE;
      if (_ent_run_tag (run, k) != ENT_TAG_DET && _ent_run_tag (run, k) != ENT_TAG_ADJ &&
          _ent_run_tag (run, k) != ENT_TAG_POSS_PRON && _ent_run_tag (run, k) != ENT_TAG_ADV &&
          !_ent_run_is (run, k, "from") && !_ent_run_is (run, k, "any") &&
          !_ent_run_is (run, k, "further"))
        return FALSE;
    }
  return FALSE;
}

static const char *demand_words[] = {
  "called", "calls", "call", "urged", "urges", "urge", "demanded", "demands", "pressed", "told",
  "tells", "ordered", "orders", "asked", "asks", "gave", "gives", "given", "kicked", "forced",
  "pushed", "drove", "threw", "thrown", "chased", "pay", "pays", "paid", "expected", "expects",
  "expect",
};

/* "diplomats from Argentina, Chile and Peru", "the ambassador of Mexico":
 * the people who stand for an actor, named by where they come from. */
static gboolean
envoys_of (Run   *run,
           guint  p,
           Group *group)
{
  static const char *words[] = {
    "diplomats", "diplomat", "ambassador", "ambassadors", "envoy", "envoys", "troops", "forces",
    "soldiers", "personnel", "officials", "nationals", "staff", "representatives", "observers",
  };
  static EntWordMap *once;
  Ref *ref;

  while (p < run->last &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ))
    p++;
  ref = _ent_run_named_from (run, p,
                             _ent_run_signed_words (&once, words, G_N_ELEMENTS (words), NULL, 0));
  if (!_ent_run_usable (ref))
    return FALSE;
  _ent_run_collect_right_full (run, ref, group, FALSE);
  return TRUE;
}

/* The one who makes the demand at @i opposes @targets. */
static void
emit_demand (Run          *run,
             guint         i,
             Group        *targets,
             CueAt        *at,
             const EntCue *cue)
{
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  guint start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  Group sources;

  _ent_run_group_init (&sources);
  if (negated || !_ent_run_group_left (run, (int)start - 1, &sources))
    return;
  at->cue = cue;
  _ent_run_emit (run, &sources, targets, -1, cue->strength, at);
}

static gboolean reporter_of (Run *run, guint first, Group *group, gboolean *doubted);

/* "said the United States and Britain would pay a heavy price", "will pay
 * dearly": a threat by the speaker to whoever is to pay. */
static void
try_price (Run  *run,
           guint i)
{
  Group speakers, payers;
  gboolean negated = FALSE, be = FALSE, modal = FALSE, price = FALSE;
  guint start, q;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "pay a price", ENT_CUE_VERB, ENT_FORM_OTHER, -1, 0.6, 1, FALSE, FALSE };

  for (q = i + 1; q < run->last && q < i + 5 && !price; q++)
    price = _ent_run_is (run, q, "price") || (q == i + 1 && _ent_run_is (run, q, "dearly"));
  if (!price)
    return;
  _ent_run_group_init (&speakers);
  _ent_run_group_init (&payers);
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  if (negated || !modal || !_ent_run_group_left (run, (int)start - 1, &payers) ||
      payers.first == G_MAXUINT || !reporter_of (run, payers.first, &speakers, NULL))
    return;
  at.end = q;
  at.cue = &cue;
  _ent_run_emit (run, &speakers, &payers, -1, cue.strength, &at);
}

/* "ordered the American envoy in Quito to leave": past where the envoy
 * serves, from @q */
static guint
skip_posting (Run   *run,
              guint  q)
{
  if (q + 2 < run->last && (_ent_run_is (run, q, "in") || _ent_run_is (run, q, "at")) &&
      (run->tokens[q + 1].flags & ENT_TOKEN_CAPITALISED))
    for (q++; q < run->last && (run->tokens[q].flags & ENT_TOKEN_CAPITALISED); q++)
      ;
  return q;
}

/* Whom the demand starting at @obj is made of, into @targets, and in @end
 * the word after them: "ordered the French ambassador to leave", "three
 * Russian diplomats", "urged Afghanistan's Taliban rulers to", "urged
 * the Taliban on Wednesday to lift". */
static gboolean
demand_object (Run   *run,
               guint  obj,
               Group *targets,
               guint *end)
{
  Ref *named = _ent_run_ref_at (run, _ent_run_skip_count (run, obj));
  guint q;

  _ent_run_group_init (targets);
  named = _ent_run_possessors_group (run, named);
  if (_ent_run_usable (named) && !named->place)
    _ent_run_collect_right (run, named, targets);
  else if (!envoys_of (run, obj, targets))
    return FALSE;
  q = targets->last;
  while (q < run->last &&
         (_ent_run_tag (run, q) == ENT_TAG_POSS || _ent_run_tag (run, q) == ENT_TAG_ORGAN ||
          _ent_run_is (run, q, "troops") || _ent_run_is (run, q, "forces")))
    q++;
  q = skip_posting (run, q);
  if (q < run->last)
    q += ent_lexicon_time_phrase_length (run->tokens, run->last, q);
  *end = q;
  return TRUE;
}

void
_ent_run_try_demand (Run  *run,
                     guint i)
{
  gboolean demand = (_ent_run_is (run, i, "called") || _ent_run_is (run, i, "calls") ||
                     _ent_run_is (run, i, "call")) &&
                    (_ent_run_is (run, i + 1, "on") || _ent_run_is (run, i + 1, "for") ||
                     _ent_run_is (run, i + 1, "upon"));
  /* "demanded that Kyiv withdraw its troops": no "to" before the verb */
  gboolean that = !demand && i + 2 < run->last && _ent_run_is (run, i + 1, "that");
  guint obj = i + (demand || that ? 2 : 1);
  Group targets;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  guint q;
  CueAt at = { i, obj, NULL, -1 };
  EntCue cue = { "call on", ENT_CUE_VERB, ENT_FORM_PAST, -1, 0.5, 2, FALSE, FALSE };

  if (_ent_run_is (run, i, "pay") || _ent_run_is (run, i, "pays") || _ent_run_is (run, i, "paid"))
    {
      try_price (run, i);
      return;
    }

  if (!demand_object (run, obj, &targets, &q))
    return;
  /* "gave the French ambassador 48 hours to leave" */
  if (q + 2 < run->last && run->tokens[q].kind == ENT_TOKEN_NUMBER &&
      (_ent_run_is (run, q + 1, "hours") || _ent_run_is (run, q + 1, "days") ||
       _ent_run_is (run, q + 1, "weeks")))
    q += 2;
  /* "ordered French troops out of the country", "kicked the Russian
   * diplomats out": sent away. */
  if (!that && !demand && q < run->last && _ent_run_is (run, q, "out"))
    {
      at.end = q + 1;
      cue.phrase = "ordered out";
      emit_demand (run, i, &targets, &at, &cue);
      return;
    }
  if (that && q < run->last && (_ent_run_tag (run, q) == ENT_TAG_MODAL ||
                                _ent_run_tag (run, q) == ENT_TAG_ADV))
    q++;
  /* "urged Beijing not to use the visit as a pretext": a warning */
  if (!that && q + 2 < run->last && _ent_run_tag (run, q) == ENT_TAG_NEG &&
      _ent_run_tag (run, q + 1) == ENT_TAG_TO && targets.n >= 1)
    {
      at.end = q + 2;
      emit_demand (run, i, &targets, &at, &cue);
      return;
    }
  /* From here @q is the "to" before the verb: one before it after "that". */
  if (that && q > run->first)
    q--;
  else if (q + 1 >= run->last || _ent_run_tag (run, q) != ENT_TAG_TO)
    return;
  if (q + 1 >= run->last)
    return;
  if (targets.n >= 2 && calls_for_calm (run, q))
    {
      EntCue calm = { "urged restraint", ENT_CUE_VERB, ENT_FORM_PAST, -1, 0.3, 2, FALSE, FALSE };

      _ent_run_verb_group_start (run, i, &negated, &be, &modal);
      if (negated)
        return;
      /* "China, Pakistan's ally, called on both sides to exercise
       * restraint": the sides are not those named before the call. */
      if (targets.coref)
        for (guint r = 0; r < run->refs->len; r++)
          {
            Ref *ref = &g_array_index (run->refs, Ref, r);

            if (ref->first < run->first || ref->last > i || ref->pronoun || ref->n_actors != 1)
              continue;
            for (guint t = 0; t < targets.n; t++)
              if (ref->actors[0] == targets.actors[t])
                return;
          }
      at.end = q + 2;
      at.cue = &calm;
      _ent_run_emit_pairwise (run, &targets, -1, calm.strength, &at);
      return;
    }
  if (demanded_act (run, q, &targets,
                    _ent_run_is (run, i, "expected") || _ent_run_is (run, i, "expects") ||
                    _ent_run_is (run, i, "expect")))
    emit_demand (run, i, &targets, &at, &cue);
}

/* "called India a close friend", "branded the group terrorists",
 * "described Pakistan as an ironclad friend", "called Russia's move
 * unconscionable": a label says what the speaker thinks of someone. */
static const char *good_labels[] = {
  "friend", "friends", "partner", "partners", "ally", "allies", "brother", "brothers", "brotherly",
  "friendly", "constructive", "positive", "historic", "courageous", "wise", "reliable", "trusted",
  "important", "valuable", "strategic", "responsible", "trustworthy", "honest", "sincere",
  "dependable", "justified", "lawful", "proportionate", "appropriate", "warranted", "liberation",
  "freedom", "heroes", "heroic", "legitimate",
};
static const char *bad_labels[] = {
  "terrorist", "terrorists", "terrorism", "threat", "enemy", "enemies", "puppet", "vassal",
  "belligerent", "aggressor", "occupier", "occupation", "unacceptable", "unconscionable", "illegal",
  "mastermind", "culprit", "instigator", "stupidity", "folly", "blunder", "betrayal", "treachery",
  "irresponsible", "reckless", "dangerous", "provocative", "provocation", "aggressive", "criminal",
  "criminals", "barbaric", "outrageous", "shameful", "deplorable", "hostile", "illegitimate",
  "escalatory", "destabilising", "destabilizing", "slander", "lies", "false", "genocidal",
  "genocide", "regime", "dictator", "dictatorship", "mafia", "gang", "rogue", "pariah", "invader",
  "invaders", "colonial", "neo-colonial", "imperialist", "hypocritical", "absurd", "baseless",
  "grata", "violation", "violations", "breach", "affront", "insult", "corrupt", "communist",
  "fascist", "fascists", "nazi", "nazis", "authoritarian", "tyrant", "tyranny", "despot",
  "murderer",
  "murderers", "butcher", "thug", "thugs", "traitor", "traitors", "satan", "evil", "bully",
  "extremist", "extremists", "racist", "apartheid", "unlawful", "unfriendly", "mistake",
  "sham", "farce", "charade", "propaganda", "smear", "meddling", "interference", "biased", "rigged",
  "fraudulent", "fraud", "hostage-taking", "piracy", "blackmail", "extortion", "invasion",
  "unjustified", "unjustifiable", "unilateral", "null", "void",
  "disgrace", "disgraceful", "regrettable", "terror", "barbarian", "barbarians", "warmonger",
  "warmongers", "aggressors", "occupiers", "escalation", "menace", "crime", "crimes", "atrocity",
  "foe", "foes", "adversary", "adversaries", "hitler", "holocaust",
  "atrocities", "stunt", "cynical", "senseless", "irrational", "brazen", "untenable", "murder",
  "shameless", "unreliable", "untrustworthy", "untrusted", "dishonest", "insincere",
  "duplicitous", "treacherous", "perfidious", "arrogant", "expansionist", "revanchist",
  "militaristic", "warmongering", "destructive", "irresponsibility", "hypocrisy", "hypocrite",
  "hypocrites", "liar", "liars", "oppressor", "oppressors", "oppressive", "repressive", "junta",
  "usurper", "usurpers", "coup-plotters", "mercenaries", "mercenary", "spoiler", "obstacle",
  "overreaction", "unwarranted", "fabrication", "fabricated", "hysteria",
  "hysterical", "devil", "arbitrary", "unfair", "discriminatory", "protectionist", "bullying",
};

/* Trust is the one good label whose denial is a position: "does not
 * consider Pakistan a reliable partner", "Moscow cannot be trusted". */
static gboolean
is_trust_word (Run  *run,
               guint i)
{
  static const char *words[] = {
    "reliable", "trustworthy", "trusted", "honest", "sincere", "dependable", "serious",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

static int
label_sign (Run  *run,
            guint i)
{
  static EntWordMap *once;
  EntWordMap *signs = _ent_run_signed_words (&once, good_labels, G_N_ELEMENTS (good_labels),
                                    bad_labels, G_N_ELEMENTS (bad_labels));

  return GPOINTER_TO_INT (ent_word_map_lookup (signs, run->tokens[i].hash));
}

static const char *labelling_verbs[] = {
  "called", "calls", "calling", "call", "described", "describes", "describing", "describe",
  "branded", "brands", "branding", "brand", "labelled", "labeled", "labels", "label", "termed",
  "dubbed", "considers", "consider", "considered", "regards", "regard", "regarded", "sees",
  "views", "view", "viewed", "deems", "deem", "deemed",
  "counts", "counted",
  "declared", "declares", "declare", "designated", "designates", "designate", "portray",
  "portrays", "portrayed", "portraying", "depict", "depicts", "depicted", "depicting",
  "redesignated", "redesignates", "re-designated", "relisted",
  "hold", "holds", "held", "holding", "listed", "lists", "list", "classified", "classifies",
  "classify", "compared", "compares", "comparing", "likened", "likens", "likening",
};

/* "called the FDLR a genocidal militia backed by Kinshasa": the actor a
 * label ending at @p names, the object of the labelling verb before it. */
gboolean
_ent_run_labelled_before (Run   *run,
                          int    p,
                          Group *group)
{
  static EntWordMap *once;
  Ref *named;
  int v;

  while (p > (int)run->first + 1 && run->tokens[p].kind == ENT_TOKEN_WORD &&
         _ent_run_ref_at (run, p) == NULL &&
         (_ent_run_tag (run, p) == ENT_TAG_NONE || _ent_run_tag (run, p) == ENT_TAG_ADJ ||
          _ent_run_tag (run, p) == ENT_TAG_PEOPLE) &&
         !(_ent_run_is (run, p, "a") || _ent_run_is (run, p, "an")))
    p--;
  if (p <= (int)run->first + 1 || !(_ent_run_is (run, p, "a") || _ent_run_is (run, p, "an")) ||
      !_ent_run_usable (named = _ent_run_ref_at (run, p - 1)) || named->place ||
      named->possessive || named->first <= run->first)
    return FALSE;
  v = (int)named->first - 1;
  if (v > (int)run->first && _ent_run_tag (run, v) == ENT_TAG_DET)
    v--;
  if (!ent_word_set_contains (&once, labelling_verbs, G_N_ELEMENTS (labelling_verbs),
                              run->tokens[v].hash))
    return FALSE;
  _ent_run_group_add (group, named);
  return TRUE;
}

/* "holds Iran responsible", "held Moscow accountable": the one label
 * "hold" gives. */
static gboolean
is_blame_label (Run  *run,
                guint i)
{
  return _ent_run_is (run, i, "responsible") || _ent_run_is (run, i, "accountable") ||
         _ent_run_is (run, i, "liable") || _ent_run_is (run, i, "culpable");
}

/* Whether "for" at @q names a harm: "responsible for the murder",
 * "for the downing of MH17", unlike "responsible for security". */
static gboolean
harm_after (Run  *run,
            guint q)
{
  static const char *words[] = {
    "murder", "killing", "killings", "attack", "attacks", "bombing", "bombings", "death",
    "deaths", "massacre", "massacres", "atrocities", "crimes", "violence", "downing", "shooting",
    "assassination", "poisoning", "genocide", "abuses", "war", "invasion", "destruction",
    "explosion", "blast", "crash", "collapse", "crisis", "disappearance", "torture", "shelling",
  };
  static EntWordMap *once;

  if (q >= run->last || !_ent_run_is (run, q, "for"))
    return FALSE;
  for (guint k = q + 1; k < run->last && k < q + 5; k++)
    {
      if (ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[k].hash))
        return TRUE;
      if (_ent_run_tag (run, k) != ENT_TAG_DET && _ent_run_tag (run, k) != ENT_TAG_ADJ &&
          run->tokens[k].kind != ENT_TOKEN_NUMBER)
        return FALSE;
    }
  return FALSE;
}

static gboolean
is_hold (Run  *run,
         guint i)
{
  return _ent_run_is (run, i, "hold") || _ent_run_is (run, i, "holds") ||
         _ent_run_is (run, i, "held") || _ent_run_is (run, i, "holding");
}

/* The first label word in the few tokens from @q, or 0; @at is where. */
static int
label_ahead (Run      *run,
             guint     q,
             guint    *at,
             gboolean *trust)
{
  int found = 0;

  for (guint steps = 0; q < run->last && steps < 8; steps++, q++)
    {
      int sign;

      /* "as allies": a label word may also be a verb form; "an act of
       * strategic stupidity": a bad word in the phrase says it, so "an
       * unreliable partner" is no partner. */
      if ((sign = label_sign (run, q)) != 0)
        {
          /* "declared the prince responsible for the murder": blame */
          if (sign > 0 && is_blame_label (run, q) && harm_after (run, q + 1))
            sign = -1;
          *at = q;
          found = found < 0 ? found : sign;
          *trust |= is_trust_word (run, q);
          if (q + 1 >= run->last || run->tokens[q + 1].kind != ENT_TOKEN_WORD ||
              (run->tokens[q + 1].flags & ENT_TOKEN_CAPITALISED) ||
              _ent_run_tag (run, q + 1) != ENT_TAG_NONE)
            return found;
          continue;
        }
      /* "called U.S. sanctions an unfriendly act": after a name, a noun */
      if (_ent_run_punct_is (run, q, ",.;:") || found != 0 ||
          (run->is_verb[q - run->first] &&
           !(steps == 0 && q > run->first && _ent_run_ref_at (run, (int)q - 1) != NULL)))
        break;
    }
  return found;
}

/* The sign of the label in the few tokens from @q, or 0: "designated
 * Kenya a major non-NATO ally" gives a good one. */
int
_ent_run_label_ahead (Run   *run,
                      guint  q)
{
  guint at = 0;
  gboolean trust = FALSE;

  return label_ahead (run, q, &at, &trust);
}

/* The target of a label whose object names no actor: the members listed
 * after it ("designated six cartels as terrorist organisations, among
 * them the Sinaloa Cartel"), or, when the label stands right after the
 * verb, the head the clause hangs from ("Tren de Aragua, which it
 * designated a terrorist organisation", "a network it branded a terrorist
 * group"). */
static gboolean
unnamed_label_target (Run   *run,
                      guint  verb,
                      guint  label,
                      Group *speakers,
                      Group *targets)
{
  guint q = label + 1;
  Ref *owner = label > verb + 2 ? _ent_run_ref_at (run, (int)label - 1) : NULL;

  /* "called the incursion a deliberate Russian provocation", "a
   * dangerous American provocation" */
  if (!(_ent_run_usable (owner) && owner->last == label) && label + 2 < run->last &&
      _ent_run_ref_at (run, (int)label + 1) != NULL &&
      _ent_run_ref_at (run, (int)label + 1)->last < run->last &&
      run->tokens[_ent_run_ref_at (run, (int)label + 1)->last].kind == ENT_TOKEN_WORD &&
      _ent_run_tag (run, _ent_run_ref_at (run, (int)label + 1)->last) == ENT_TAG_NONE &&
      !(run->tokens[_ent_run_ref_at (run, (int)label + 1)->last].flags & ENT_TOKEN_CAPITALISED))
    owner = _ent_run_ref_at (run, (int)label + 1);
  if (_ent_run_usable (owner) && !owner->place && owner->name_kind == ENT_NAME_ADJECTIVE &&
      owner->first > verb + 2 && owner->first <= label + 1)
    {
      _ent_run_group_add (targets, owner);
      return TRUE;
    }
  /* "called the trip a clear provocation by Washington" */
  if (q + 1 < run->last && (_ent_run_tag (run, q) == ENT_TAG_BY || _ent_run_is (run, q, "from")))
    {
      Ref *agent = _ent_run_ref_at (run, _ent_run_skip_count (run, q + 1));

      if (_ent_run_usable (agent) && !agent->place)
        {
          _ent_run_collect_right (run, agent, targets);
          return TRUE;
        }
    }
  while (q < run->last && q < label + 4 && !_ent_run_punct_is (run, q, ",.;:") &&
         _ent_run_ref_at (run, q) == NULL)
    q++;
  if (_ent_run_including_after (run, q, targets))
    return TRUE;
  /* "called the sanctions an unfriendly act", "called the move a reward
   * for terror": who took the measure or the step */
  if (_ent_run_measure_author (run, verb + 1, targets) ||
      _ent_run_event_author (run, verb + 1, targets))
    return TRUE;
  /* "which Turkey lists as a terrorist organisation" */
  if (_ent_run_is (run, verb + 1, "as"))
    verb++;
  if (!(_ent_run_is (run, verb + 1, "a") || _ent_run_is (run, verb + 1, "an") || label == verb + 1))
    return FALSE;
  /* "vetoed the draft, a move Washington called shameful": the clause's
   * subject */
  return speakers->first != G_MAXUINT &&
         (_ent_run_clause_apposition (run, (int)speakers->first - 1, targets) ||
          _ent_run_appositive_head (run, (int)speakers->first - 1, targets));
}

/* "Saudi Arabia called it unjustified": "it" named right after the verb
 * of a label that follows it is the story's act (see
 * _ent_run_act_pronoun()). */
static gboolean
act_called (Run   *run,
            guint  verb,
            guint  label,
            Group *speakers,
            Group *targets)
{
  return label <= verb + 5 && _ent_run_act_pronoun (run, verb + 1, speakers, targets) &&
         !(targets->n == 1 && speakers->n == 1 && targets->actors[0] == speakers->actors[0]);
}

static void
try_label (Run  *run,
           guint i)
{
  Group speakers, targets;
  gboolean negated = FALSE, be = FALSE, modal = FALSE, named, act, trust = FALSE;
  guint q = 0, start;
  int sign;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "called", ENT_CUE_VERB, ENT_FORM_PAST, -1, 0.6, 1, FALSE, FALSE };
  guint obj = i + 1, counted;

  _ent_run_group_init (&speakers);
  _ent_run_group_init (&targets);
  /* "declared the UAE an aggressor", "branded the group terrorists",
   * "declared three French diplomats persona non grata" */
  counted = _ent_run_skip_count (run, obj);
  if (_ent_run_ref_at (run, counted) != NULL && _ent_run_ref_at (run, counted)->first == counted)
    obj = counted;
  /* "calling it a violation": "it" is most often the act just named. */
  act = _ent_run_is (run, obj, "it");
  named = !act && _ent_run_usable (_ent_run_ref_at (run, obj)) &&
          !_ent_run_ref_at (run, obj)->place;
  if (act)
    obj++;
  else if (named)
    {
      Ref *joined;

      _ent_run_collect_right (run, _ent_run_ref_at (run, obj), &targets);
      obj = targets.last;
      /* "declared the Greek-Egyptian accord null and void" */
      if (obj < run->last && (run->tokens[obj].flags & ENT_TOKEN_HYPHEN_BEFORE) &&
          _ent_run_usable (joined = _ent_run_ref_at (run, obj)) && joined->first == obj)
        {
          _ent_run_group_add (&targets, joined);
          obj = joined->last;
        }
    }
  else if (_ent_run_ref_at (run, obj) != NULL)
    return;
  /* "held Iran responsible": only a named actor, and only that label */
  if (is_hold (run, i))
    {
      q = obj;
      while (q < run->last && q < obj + 2 && _ent_run_tag (run, q) == ENT_TAG_ADV)
        q++;
      if (!named || q >= run->last || !is_blame_label (run, q))
        return;
      sign = -1;
    }
  /* "Russia's move", "the force" — then "as", articles, adjectives, quotes. */
  else if ((sign = label_ahead (run, obj, &q, &trust)) == 0)
    return;
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  if ((negated && !(trust && sign > 0)) || !_ent_run_group_left (run, (int)start - 1, &speakers))
    return;
  if (negated)
    sign = -1;
  /* "Fifteen Russian diplomats were declared persona non grata by
   * Norway": the one labelled is the subject, the labeller after "by" */
  if (be && !named && !act && !_ent_run_ends_in_ing (run, i))
    {
      guint by = q + 1;

      /* "was branded a terrorist group by the European Union" */
      while (by < run->last && by < q + 4 && run->tokens[by].kind == ENT_TOKEN_WORD &&
             _ent_run_ref_at (run, (int)by) == NULL &&
             (_ent_run_tag (run, by) == ENT_TAG_NONE || _ent_run_tag (run, by) == ENT_TAG_ADJ))
        by++;
      targets = speakers;
      _ent_run_group_init (&speakers);
      if (by + 1 >= run->last || _ent_run_tag (run, by) != ENT_TAG_BY ||
          !_ent_run_object_after (run, by + 1, &speakers))
        return;
    }
  else if (act ? !act_called (run, i, q, &speakers, &targets)
          : !named && !unnamed_label_target (run, i, q, &speakers, &targets))
    return;
  cue.sign = sign;
  at.end = q + 1;
  at.cue = &cue;
  _ent_run_emit (run, &speakers, &targets, sign, cue.strength, &at);
}

/* "Hamas is a terrorist organisation that must be destroyed, Netanyahu
 * told the Knesset": a clause opening the sentence, reported by the
 * speaker named after its comma. */
static gboolean
said_after (Run   *run,
            guint  first)
{
  gboolean comma = FALSE;

  if (first > run->first + 1)
    return FALSE;
  for (guint q = first; q < run->last; q++)
    {
      if (_ent_run_punct_is (run, q, ","))
        comma = TRUE;
      else if (comma && _ent_run_tag (run, q) == ENT_TAG_CONJ)
        return FALSE;
      else if (comma && _ent_run_tag (run, q) == ENT_TAG_SAY)
        return q > run->first && _ent_run_ref_at (run, (int)q - 1) != NULL;
    }
  return FALSE;
}

/* The speaker of the reported clause that starts at @first: "Kagame said
 * (that) ...", or the speaker of the quotation around it. */
static gboolean
reporter_of (Run      *run,
             guint     first,
             Group    *group,
             gboolean *doubted)
{
  int p = (int)first - 1;

  if ((run->in_quote[first - run->first] || said_after (run, first)) && run->speaker >= 0)
    {
      group->actors[group->n++] = run->speaker;
      return TRUE;
    }
  while (p >= (int)run->first &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ))
    p--;
  if (p >= (int)run->first && _ent_run_is (run, p, "that"))
    p--;
  while (p >= (int)run->first && _ent_run_tag (run, p) == ENT_TAG_ADV)
    p--;
  /* "said on X that" */
  for (int k = 0; k < 3 && p >= (int)run->first && _ent_run_tag (run, p) != ENT_TAG_SAY &&
       _ent_run_ref_at (run, p) == NULL && !_ent_run_punct_is (run, p, ",;:"); k++)
    p--;
  if (p < (int)run->first || _ent_run_tag (run, p) != ENT_TAG_SAY)
    return FALSE;
  /* "does not believe Pakistan is trustworthy" */
  if (doubted != NULL)
    {
      gboolean be = FALSE, modal = FALSE;
      guint start = _ent_run_verb_group_start (run, (guint)p, doubted, &be, &modal);

      if (*doubted)
        return _ent_run_group_left (run, (int)start - 1, group);
    }
  return _ent_run_group_left (run, p - 1, group);
}

/* "Kagame said the South African-led force was a belligerent force": a
 * label given to an actor after "is" in reported speech is the reporter's
 * position on it. */
static gboolean
behind_an_act (Run  *run,
               guint p)
{
  for (guint q = p; q < run->last && q < p + 4; q++)
    if (_ent_run_is_event (run, q) || _ent_run_is (run, q, "sabotage") ||
        _ent_run_is (run, q, "plot") || _ent_run_is (run, q, "assassination") ||
        _ent_run_is (run, q, "coup") || _ent_run_is (run, q, "explosion") ||
        _ent_run_is (run, q, "explosions") || _ent_run_is (run, q, "hack") ||
        _ent_run_is (run, q, "cyberattack"))
      return TRUE;
  return FALSE;
}

/* "said the strike was illegal", "said the action was fully justified":
 * the act the story told of, ending at @p, stands for its author. */
static gboolean
act_before (Run   *run,
            int    p,
            Group *group)
{
  int d = p;

  while (d > (int)run->first && d > p - 3 && run->tokens[d].kind == ENT_TOKEN_WORD &&
         !(run->tokens[d].flags & ENT_TOKEN_CAPITALISED) && _ent_run_ref_at (run, d) == NULL &&
         (_ent_run_tag (run, d) == ENT_TAG_NONE || _ent_run_tag (run, d) == ENT_TAG_ADJ))
    d--;
  if (d < (int)run->first || d == p || _ent_run_tag (run, d) != ENT_TAG_DET)
    return FALSE;
  _ent_run_group_init (group);
  return _ent_run_event_author (run, (guint)d, group);
}

static void
try_copula_label (Run  *run,
                  guint i)
{
  Group speakers, subjects;
  gboolean negated = FALSE, be = FALSE, modal = FALSE, doubted = FALSE, trust = FALSE;
  guint start, q;
  int sign = 0;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "is", ENT_CUE_VERB, ENT_FORM_OTHER, -1, 0.5, 1, FALSE, FALSE };

  _ent_run_group_init (&speakers);
  _ent_run_group_init (&subjects);
  /* "is to handle complaints of violations": no label */
  if (_ent_run_tag (run, i + 1) == ENT_TAG_TO)
    return;
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  if ((!_ent_run_group_left (run, (int)start - 1, &subjects) || subjects.first == G_MAXUINT) &&
      !act_before (run, (int)start - 1, &subjects))
    return;
  for (q = i + 1; q < run->last && q < i + 6 && sign == 0; q++)
    {
      /* "is not a reliable partner", "cannot be trusted" */
      if (is_trust_word (run, q))
        {
          sign = 1;
          trust = TRUE;
          q++;
          break;
        }
      if (_ent_run_tag (run, q) == ENT_TAG_NEG && !negated)
        {
          negated = TRUE;
          continue;
        }
      if (_ent_run_punct_is (run, q, ",.;:") || run->is_verb[q - run->first] ||
          _ent_run_ref_at (run, q) != NULL || _ent_run_tag (run, q) == ENT_TAG_NEG ||
          _ent_run_is (run, q, "no"))
        return;
      sign = label_sign (run, q);
      /* "Russia was behind a sabotage attack": the culprit */
      if (sign == 0 && q == i + 1 && _ent_run_is (run, q, "behind") && behind_an_act (run, q + 1))
        sign = -1;
    }
  if (sign == 0 || !reporter_of (run, subjects.first, &speakers, &doubted) ||
      ((negated || doubted) && !trust))
    return;
  /* a bad word before the trust word: "is an unreliable partner" */
  if (trust && label_sign (run, q - 2) < 0)
    sign = -1;
  if (negated != doubted && trust)
    sign = -sign;
  cue.sign = sign;
  at.end = q;
  at.cue = &cue;
  _ent_run_emit (run, &speakers, &subjects, sign, cue.strength, &at);
}

/* "Tehran said the United States and Israel bore full responsibility for
 * the strikes": the speaker blames them. */
static void
try_responsibility (Run  *run,
                    guint i)
{
  Group speakers, subjects;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  int v = (int)i - 1;
  guint start;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "responsibility", ENT_CUE_NOUN, ENT_FORM_OTHER, -1, 0.5, 1, FALSE, FALSE };

  while (v > (int)run->first && v + 3 > (int)i &&
         (_ent_run_tag (run, v) == ENT_TAG_ADJ || _ent_run_is (run, v, "full") ||
          _ent_run_is (run, v, "direct") || _ent_run_is (run, v, "sole")))
    v--;
  if (v <= (int)run->first || i + 2 >= run->last || !_ent_run_is (run, i + 1, "for") ||
      !(_ent_run_is (run, v, "bore") || _ent_run_is (run, v, "bears") ||
        _ent_run_is (run, v, "bear")) ||
      !behind_an_act (run, i + 2))
    return;
  _ent_run_group_init (&speakers);
  _ent_run_group_init (&subjects);
  start = _ent_run_verb_group_start (run, (guint)v, &negated, &be, &modal);
  if (negated || !_ent_run_group_left (run, (int)start - 1, &subjects) ||
      subjects.first == G_MAXUINT || !reporter_of (run, subjects.first, &speakers, NULL))
    return;
  at.cue = &cue;
  _ent_run_emit (run, &speakers, &subjects, -1, cue.strength, &at);
}

void
_ent_run_rule_labels (Run          *run,
                      const guint32 *bits)
{
  for (guint k = 0; k < run->n_frame_hits; k++)
    {
      guint i = run->frame_hits[k];
      guint32 b = bits[i - run->first];

      if (b & FRAME_MEASURE)
        _ent_run_try_measure_with (run, i);
      if (i + 2 >= run->last)
        continue;
      if (b & FRAME_RESPONSIBILITY)
        try_responsibility (run, i);
      else if (b & FRAME_LABEL)
        {
          if (_ent_run_is_placing_verb (run, i))
            _ent_run_try_placing (run, i);
          else
            try_label (run, i);
        }
      else if (b & FRAME_BE)
        try_copula_label (run, i);
    }
}

/* The words that start a demand or a label, for the frame map. */
void
_ent_run_add_demand_frame_words (EntWordMap *map)
{
  static const char *responsibility[] = { "responsibility" };

  _ent_run_add_frame_words (map, labelling_verbs, G_N_ELEMENTS (labelling_verbs), FRAME_LABEL);
  _ent_run_add_frame_words (map, responsibility, 1, FRAME_RESPONSIBILITY);
  _ent_run_add_measure_frame_words (map);
  _ent_run_add_vote_frame_words (map);
  _ent_run_add_placing_frame_words (map);
  _ent_run_add_frame_words (map, demand_words, G_N_ELEMENTS (demand_words), FRAME_DEMAND);
}

/* "resisted Western pressure to exclude Russia", "rejected calls to
 * condemn Moscow": the verb at @v after "to" and a noun of demand is what
 * others want done, not yet anyone's position. */
gboolean
_ent_run_demanded (Run   *run,
                   guint  v)
{
  static const char *words[] = {
    "pressure", "pressures", "calls", "call", "demands", "demand", "appeals", "appeal",
    "requests", "request", "pleas", "plea", "urging", "invitation", "invitations",
  };
  static const char *taking[] = {
    "accepted", "accepts", "accept", "accepting", "heeded", "heeds", "heed", "answered",
  };
  static EntWordMap *once, *once_taking;
  int q;

  if (v < run->first + 2 || _ent_run_tag (run, v - 1) != ENT_TAG_TO ||
      !ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[v - 2].hash))
    return FALSE;
  /* "renewed its call to sanction Russia", "Georgia's request to join",
   * "accepted the invitation to join": the subject's own, or taken up */
  q = (int)v - 3;
  while (q >= (int)run->first && (_ent_run_tag (run, q) == ENT_TAG_ADJ ||
                                  _ent_run_tag (run, q) == ENT_TAG_DET))
    q--;
  return !(q >= (int)run->first &&
           (_ent_run_tag (run, q) == ENT_TAG_POSS_PRON || _ent_run_tag (run, q) == ENT_TAG_POSS ||
            ent_word_set_contains (&once_taking, taking, G_N_ELEMENTS (taking),
                                   run->tokens[q].hash)));
}

/* "urged Tbilisi to align with", "asked Ankara to back": what someone is
 * asked to do is not yet their position. */
gboolean
_ent_run_asked_to (Run   *run,
                   guint  start)
{
  static const char *words[] = {
    "urged", "urges", "urge", "urging", "asked", "asks", "ask", "asking", "pressed", "presses",
    "press", "pressing", "encouraged", "encourages", "encourage", "invited", "invites", "invite",
    "called", "calls", "call", "told", "tells", "pushed", "pushes", "pressured", "pressuring",
  };
  static EntWordMap *once;
  Ref *asked;
  int p;

  if (start < run->first + 3 || _ent_run_tag (run, start - 1) != ENT_TAG_TO)
    return FALSE;
  asked = _ent_run_ref_at (run, (int)start - 2);
  if (!_ent_run_usable (asked))
    return FALSE;
  p = (int)asked->first - 1;
  /* "urged the European Union to" */
  while (p > (int)run->first && _ent_run_tag (run, p) == ENT_TAG_DET)
    p--;
  if (p > (int)run->first && (_ent_run_is (run, p, "on") || _ent_run_is (run, p, "upon")))
    p--;
  return p >= (int)run->first &&
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash);
}
