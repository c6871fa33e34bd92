/* ent-extractor-frames.c
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
 * Frames that no single cue word carries: relational nouns ("Iran's ally
 * Syria"), demands ("urged Moscow to withdraw"), labels ("called the group
 * terrorists"), reactions drawn from someone, things moved between actors
 * (aid received, towns taken, arms sold) and feelings caused ("alarming
 * Canberra"). Each builds its own cue and emits through the shared rules.
 */

/* What the frames tried at each token need of its word: one lookup per
 * token finds that most start none. */
enum
{
  FRAME_AT      = 1 << 0,  /* from, feelings, transfers, texts, backing, giving, firing, bids */
  FRAME_LABEL   = 1 << 1,
  FRAME_DEMAND  = 1 << 2,
  FRAME_DRAWING = 1 << 3,
  FRAME_TRIGGER = 1 << 4,  /* transfers, texts, backing, giving to */
};

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
  else if (p + 1 < run->last && ((_ent_run_is (run, p, "such") && _ent_run_is (run, p + 1, "as")) ||
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

static void
rule_relational_nouns (Run *run)
{
  for (guint i = run->first; i < run->last; i++)
    {
      int sign = _ent_run_relational_sign (run, i);
      Group holder, other;
      Ref *possessor = NULL;
      int p = (int)i - 1;
      CueAt at = { i, i + 1, NULL, -1 };
      Ref *after;

      if (sign == 0 || _ent_run_ref_at (run, i) != NULL ||
          (i > run->first && (_ent_run_is (run, i - 1, "trading") || _ent_run_is (run, i - 1, "trade"))))
        continue;
      /* Back over adjectives to the possessor: "Maduro's closest ally",
       * "Israel's main military backer". */
      while (p >= (int)run->first && p > (int)i - 4 && (_ent_run_tag (run, p) == ENT_TAG_ADJ ||
             (_ent_run_tag (run, p) == ENT_TAG_ORGAN && _ent_run_ref_at (run, p) == NULL) ||
             (_ent_run_tag (run, p) == ENT_TAG_NONE && run->tokens[p].kind == ENT_TOKEN_WORD &&
              _ent_run_ref_at (run, p) == NULL)))
        p--;
      if (p >= (int)run->first && _ent_run_tag (run, p) == ENT_TAG_POSS)
        p--;
      possessor = _ent_run_ref_at (run, p);
      if (nationality_partners (run, possessor, i, sign))
        continue;
      /* "Morocco and Algeria are bitter rivals" */
      if (possessor == NULL && p >= (int)run->first && p < (int)i && _ent_run_tag (run, p) != ENT_TAG_POSS)
        {
          plural_relation (run, p, i, sign);
          continue;
        }
      if (!_ent_run_usable (possessor) || !(possessor->possessive || possessor->pronoun))
        continue;
      if (possessor->pronoun && _ent_run_tag (run, possessor->first) != ENT_TAG_POSS_PRON &&
          !possessor->possessive)
        continue;

      _ent_run_group_init (&holder);
      _ent_run_group_init (&other);
      _ent_run_group_add (&other, possessor);
      p = (int)possessor->first - 1;
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
          if (p == (int)run->first && i + 2 < run->last && _ent_run_tag (run, i + 1) == ENT_TAG_BE &&
              _ent_run_usable (_ent_run_ref_at (run, i + 2)) && !_ent_run_ref_at (run, i + 2)->place)
            p = (int)run->first - 1;
          else
            p--;
        }
      while (p >= (int)run->first && _ent_run_tag (run, p) == ENT_TAG_ADV)
        p--;
      after = _ent_run_ref_at (run, i + 1);
      if (after == NULL && p < (int)run->first && i + 2 < run->last &&
          _ent_run_tag (run, i + 1) == ENT_TAG_BE)
        after = _ent_run_ref_at (run, i + 2);
      if (p >= (int)run->first && _ent_run_punct_is (run, p, ",") && _ent_run_usable (_ent_run_ref_at (run, p - 1)))
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
      at.cue = NULL;
      if (holder.n > 0)
        {
          EntCue cue = { "ally", ENT_CUE_NOUN, ENT_FORM_OTHER, sign, sign > 0 ? 0.8 : 0.7, 1, FALSE, FALSE };

          at.cue = &cue;
          _ent_run_emit (run, &holder, &other, sign, cue.strength, &at);
        }
    }
}

/* "called on Kigali to withdraw its forces", "urged Moscow to stop": a
 * demand to cease or leave opposes whoever it is made of. */
static const char *cease_verbs[] = {
  "withdraw", "stop", "halt", "end", "cease", "leave", "pull", "release", "refrain", "abandon",
  "exit", "quit", "disarm", "dismantle", "respect", "reverse", "rein",
};

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
          !_ent_run_is (run, k, "from") && !_ent_run_is (run, k, "any") && !_ent_run_is (run, k, "further"))
        return FALSE;
    }
  return FALSE;
}

static const char *demand_words[] = {
  "called", "calls", "call", "urged", "urges", "urge", "demanded", "demands", "pressed", "told",
  "tells", "ordered", "orders", "asked", "asks", "gave", "gives", "given",
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
  EntWordMap *set = _ent_run_signed_words (&once, words, G_N_ELEMENTS (words), NULL, 0);
  Ref *ref;

  while (p < run->last && (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ))
    p++;
  if (p + 2 >= run->last || ent_word_map_lookup (set, run->tokens[p].hash) == NULL ||
      !(_ent_run_is (run, p + 1, "from") || _ent_run_is (run, p + 1, "of")))
    return FALSE;
  p += 2;
  while (p < run->last && _ent_run_tag (run, p) == ENT_TAG_DET)
    p++;
  ref = _ent_run_ref_at (run, p);
  if (!_ent_run_usable (ref))
    return FALSE;
  _ent_run_collect_right_full (run, ref, group, FALSE);
  return TRUE;
}

static void
try_demand (Run  *run,
            guint i)
{
  gboolean demand = (_ent_run_is (run, i, "called") || _ent_run_is (run, i, "calls") ||
                     _ent_run_is (run, i, "call")) &&
                    (_ent_run_is (run, i + 1, "on") || _ent_run_is (run, i + 1, "for") ||
                     _ent_run_is (run, i + 1, "upon"));
  /* "demanded that Kyiv withdraw its troops": no "to" before the verb */
  gboolean that = !demand && i + 2 < run->last && _ent_run_is (run, i + 1, "that");
  guint obj = i + (demand || that ? 2 : 1);
  Group sources, targets;
  gboolean negated = FALSE, be = FALSE, modal = FALSE, cease = FALSE;
  guint start, q;
  CueAt at = { i, obj, NULL, -1 };
  EntCue cue = { "call on", ENT_CUE_VERB, ENT_FORM_PAST, -1, 0.5, 2, FALSE, FALSE };
  Ref *named;

  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  /* "ordered the French ambassador to leave", "three Russian diplomats" */
  named = _ent_run_ref_at (run, _ent_run_skip_count (run, obj));
  if (_ent_run_usable (named) && !named->place)
    _ent_run_collect_right (run, named, &targets);
  else if (!envoys_of (run, obj, &targets))
    return;
  q = targets.last;
  while (q < run->last && (_ent_run_tag (run, q) == ENT_TAG_POSS || _ent_run_tag (run, q) == ENT_TAG_ORGAN ||
                           _ent_run_is (run, q, "troops") || _ent_run_is (run, q, "forces")))
    q++;
  /* "gave the French ambassador 48 hours to leave" */
  if (q + 2 < run->last && run->tokens[q].kind == ENT_TOKEN_NUMBER &&
      (_ent_run_is (run, q + 1, "hours") || _ent_run_is (run, q + 1, "days") ||
       _ent_run_is (run, q + 1, "weeks")))
    q += 2;
  if (that && q < run->last && (_ent_run_tag (run, q) == ENT_TAG_MODAL ||
                                _ent_run_tag (run, q) == ENT_TAG_ADV))
    q++;
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

      start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
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
  for (guint k = 0; k < G_N_ELEMENTS (cease_verbs); k++)
    cease |= _ent_run_is_hash (run, q + 1, ent_text_hash_str (cease_verbs[k]));
  if (!cease)
    return;
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  if (negated || !_ent_run_group_left (run, (int)start - 1, &sources))
    return;
  at.cue = &cue;
  _ent_run_emit (run, &sources, &targets, -1, cue.strength, &at);
}

/* "called India a close friend", "branded the group terrorists",
 * "described Pakistan as an ironclad friend", "called Russia's move
 * unconscionable": a label says what the speaker thinks of someone. */
static const char *good_labels[] = {
  "friend", "friends", "partner", "partners", "ally", "allies", "brother", "brothers", "brotherly",
  "friendly", "constructive", "positive", "historic", "courageous", "wise", "reliable", "trusted",
  "important", "valuable", "strategic", "responsible",
};
static const char *bad_labels[] = {
  "terrorist", "terrorists", "terrorism", "threat", "enemy", "enemies", "puppet", "vassal",
  "belligerent", "aggressor", "occupier", "occupation", "unacceptable", "unconscionable", "illegal",
  "irresponsible", "reckless", "dangerous", "provocative", "provocation", "aggressive", "criminal",
  "criminals", "barbaric", "outrageous", "shameful", "deplorable", "hostile", "illegitimate",
  "escalatory", "destabilising", "destabilizing", "slander", "lies", "false", "genocidal",
  "genocide", "regime", "dictator", "dictatorship", "mafia", "gang", "rogue", "pariah", "invader",
  "invaders", "colonial", "neo-colonial", "imperialist", "hypocritical", "absurd", "baseless",
  "grata", "violation", "violations", "breach", "affront", "insult", "corrupt", "communist",
  "fascist", "fascists", "nazi", "nazis", "authoritarian", "tyrant", "tyranny", "despot", "murderer",
  "murderers", "butcher", "thug", "thugs", "traitor", "traitors", "satan", "evil", "bully",
  "extremist", "extremists", "racist", "apartheid", "unlawful", "unfriendly", "mistake", "blunder",
  "sham", "farce", "charade", "propaganda", "smear", "meddling", "interference", "biased", "rigged",
  "fraudulent", "fraud", "hostage-taking", "piracy", "blackmail", "extortion", "invasion",
};

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
  "dubbed", "considers", "regards", "regarded", "sees", "views", "viewed", "deems", "deemed",
  "declared", "declares", "declare", "designated", "designates", "designate", "portray",
  "portrays", "portrayed", "portraying", "depict", "depicts", "depicted", "depicting",
  "hold", "holds", "held", "holding", "listed", "lists", "classified", "classifies", "classify",
};

/* "holds Iran responsible", "held Moscow accountable": the one label
 * "hold" gives. */
static gboolean
is_blame_label (Run  *run,
                guint i)
{
  return _ent_run_is (run, i, "responsible") || _ent_run_is (run, i, "accountable") ||
         _ent_run_is (run, i, "liable") || _ent_run_is (run, i, "culpable");
}

static gboolean
is_hold (Run  *run,
         guint i)
{
  return _ent_run_is (run, i, "hold") || _ent_run_is (run, i, "holds") || _ent_run_is (run, i, "held") ||
         _ent_run_is (run, i, "holding");
}

/* The first label word in the few tokens from @q, or 0; @at is where. */
static int
label_ahead (Run   *run,
             guint  q,
             guint *at)
{
  for (guint steps = 0; q < run->last && steps < 8; steps++, q++)
    {
      int sign;

      if (_ent_run_punct_is (run, q, ",.;:") || run->is_verb[q - run->first])
        break;
      if ((sign = label_sign (run, q)) != 0)
        {
          *at = q;
          return sign;
        }
    }
  return 0;
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

  while (q < run->last && q < label + 4 && !_ent_run_punct_is (run, q, ",.;:") && _ent_run_ref_at (run, q) == NULL)
    q++;
  if (_ent_run_including_after (run, q, targets))
    return TRUE;
  if (!(_ent_run_is (run, verb + 1, "a") || _ent_run_is (run, verb + 1, "an") || label == verb + 1))
    return FALSE;
  return speakers->first != G_MAXUINT && _ent_run_appositive_head (run, (int)speakers->first - 1, targets);
}

static void
try_label (Run  *run,
           guint i)
{
  Group speakers, targets;
  gboolean negated = FALSE, be = FALSE, modal = FALSE, named;
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
  if (_ent_run_is (run, obj, "it"))
    return;
  named = _ent_run_usable (_ent_run_ref_at (run, obj)) && !_ent_run_ref_at (run, obj)->place;
  if (named)
    {
      _ent_run_collect_right (run, _ent_run_ref_at (run, obj), &targets);
      obj = targets.last;
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
  else if ((sign = label_ahead (run, obj, &q)) == 0)
    return;
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  if (negated || !_ent_run_group_left (run, (int)start - 1, &speakers))
    return;
  if (!named && !unnamed_label_target (run, i, q, &speakers, &targets))
    return;
  cue.sign = sign;
  at.end = q + 1;
  at.cue = &cue;
  _ent_run_emit (run, &speakers, &targets, sign, cue.strength, &at);
}

/* The speaker of the reported clause that starts at @first: "Kagame said
 * (that) ...", or the speaker of the quotation around it. */
static gboolean
reporter_of (Run   *run,
             guint  first,
             Group *group)
{
  int p = (int)first - 1;

  if (run->in_quote[first - run->first] && run->speaker >= 0)
    {
      group->actors[group->n++] = run->speaker;
      return TRUE;
    }
  while (p >= (int)run->first && (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ))
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
  return _ent_run_group_left (run, p - 1, group);
}

/* "Kagame said the South African-led force was a belligerent force": a
 * label given to an actor after "is" in reported speech is the reporter's
 * position on it. */
static void
try_copula_label (Run  *run,
                  guint i)
{
  Group speakers, subjects;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  guint start, q;
  int sign = 0;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "is", ENT_CUE_VERB, ENT_FORM_OTHER, -1, 0.5, 1, FALSE, FALSE };

  _ent_run_group_init (&speakers);
  _ent_run_group_init (&subjects);
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  if (negated || !_ent_run_group_left (run, (int)start - 1, &subjects) || subjects.first == G_MAXUINT)
    return;
  for (q = i + 1; q < run->last && q < i + 6 && sign == 0; q++)
    {
      if (_ent_run_punct_is (run, q, ",.;:") || run->is_verb[q - run->first] || _ent_run_ref_at (run, q) != NULL ||
          _ent_run_tag (run, q) == ENT_TAG_NEG || _ent_run_is (run, q, "no"))
        return;
      sign = label_sign (run, q);
    }
  if (sign == 0 || !reporter_of (run, subjects.first, &speakers))
    return;
  cue.sign = sign;
  at.end = q;
  at.cue = &cue;
  _ent_run_emit (run, &speakers, &subjects, sign, cue.strength, &at);
}

static void
rule_labels (Run          *run,
             const guint8 *bits)
{
  for (guint i = run->first; i + 2 < run->last; i++)
    if (bits[i - run->first] & FRAME_LABEL)
      try_label (run, i);
    else if (_ent_run_tag (run, i) == ENT_TAG_BE)
      try_copula_label (run, i);
}

/* "fired missiles into the sea, drawing condemnation from Japan": a
 * reaction drawn from someone is their position on the subject. */
static int
reaction_sign (Run  *run,
               guint i)
{
  static const char *bad[] = {
    "condemnation", "criticism", "protests", "protest", "rebuke", "rebukes", "anger", "outrage",
    "warnings", "objections", "retaliation", "condemnations", "censure", "fury", "backlash",
    "warning", "threat", "threats", "rebuttal", "reprimand", "angry", "furious", "fierce", "harsh",
  };
  static const char *good[] = { "praise", "support", "backing", "welcome", "approval", "gratitude" };
  static EntWordMap *once;
  EntWordMap *signs = _ent_run_signed_words (&once, good, G_N_ELEMENTS (good), bad, G_N_ELEMENTS (bad));

  return GPOINTER_TO_INT (ent_word_map_lookup (signs, run->tokens[i].hash));
}

static const char *drawing_verbs[] = {
  "drew", "draw", "draws", "drawing", "drawn", "prompted", "prompting", "sparked", "sparking",
  "triggered", "triggering", "provoked", "provoking", "earned", "earning", "won", "winning",
  "pushed", "pushing", "pushes", "brought", "bringing",
};

/* "has drawn North Korea closer to Moscow", "pushed Armenia closer to the
 * West": the object moves toward the actor after "to". */
static void
try_closer (Run  *run,
            guint i)
{
  Group movers, targets;
  Ref *mover = _ent_run_ref_at (run, (int)i + 1);
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "closer to", ENT_CUE_VERB, ENT_FORM_PAST, 1, 0.5, 1, FALSE, FALSE };
  guint q;

  if (!_ent_run_usable (mover) || mover->place)
    return;
  _ent_run_group_init (&movers);
  _ent_run_group_init (&targets);
  _ent_run_collect_right (run, mover, &movers);
  q = movers.last;
  if (q + 2 >= run->last || !_ent_run_is (run, q, "closer") || !_ent_run_is (run, q + 1, "to") ||
      !_ent_run_group_right (run, q + 2, &targets))
    return;
  at.end = q + 2;
  at.cue = &cue;
  _ent_run_emit (run, &movers, &targets, 1, cue.strength, &at);
}

static void
try_reaction (Run  *run,
              guint i)
{
  Group holders, subjects;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  guint q = i + 1, start;
  int sign = 0;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "drew", ENT_CUE_VERB, ENT_FORM_PAST, -1, 0.6, 1, FALSE, FALSE };

  while (q < run->last && q < i + 4 && sign == 0)
    {
      if (_ent_run_tag (run, q) != ENT_TAG_ADJ && _ent_run_tag (run, q) != ENT_TAG_DET &&
          (sign = reaction_sign (run, q)) == 0 && run->tokens[q].kind != ENT_TOKEN_WORD)
        return;
      q++;
    }
  /* "an angry reaction from", "a furious response from" */
  while (sign != 0 && q < run->last && q < i + 6 && !_ent_run_is (run, q, "from") &&
         run->tokens[q].kind == ENT_TOKEN_WORD && _ent_run_tag (run, q) == ENT_TAG_NONE &&
         !(run->tokens[q].flags & ENT_TOKEN_CAPITALISED) && _ent_run_ref_at (run, q) == NULL)
    q++;
  if (sign == 0 || q + 1 >= run->last || !_ent_run_is (run, q, "from"))
    return;
  _ent_run_group_init (&holders);
  _ent_run_group_init (&subjects);
  if (!_ent_run_group_right (run, q + 1, &holders))
    return;
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  if (negated || !_ent_run_group_left (run, (int)start - 1, &subjects))
    return;
  cue.sign = sign;
  at.end = q + 1;
  at.cue = &cue;
  _ent_run_emit (run, &holders, &subjects, sign, cue.strength, &at);
}

static const char *from_give_words[] = {
  "received", "receives", "receiving", "obtained", "bought", "buys", "acquired", "import", "imports",
  "imported", "importing", "buy", "buying", "purchase", "purchased", "purchases",
};

static const char *from_take_words[] = {
  "seized", "seizes", "seizing", "captured", "captures", "capturing", "recaptured", "retook",
  "retakes", "retaking", "wrested", "wrests", "took", "takes", "taking", "liberated",
};

/* "received 50 tanks from Poland" (support), "retook Kursk from
 * Ukraine" (opposition): a thing moved from an actor to the subject. */
static int
from_frame_sign (Run  *run,
                 guint i)
{
  static EntWordMap *once;
  EntWordMap *signs = _ent_run_signed_words (&once, from_give_words, G_N_ELEMENTS (from_give_words),
                                             from_take_words, G_N_ELEMENTS (from_take_words));

  return GPOINTER_TO_INT (ent_word_map_lookup (signs, run->tokens[i].hash));
}

static gboolean
is_purchase (Run  *run,
             guint i)
{
  static const char *words[] = {
    "bought", "buys", "import", "imports", "imported", "importing", "buy", "buying", "purchase",
    "purchased", "purchases",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

static gboolean
is_military_aid (Run  *run,
                 guint i)
{
  static const char *words[] = {
    "tanks", "weapons", "arms", "aid", "missiles", "drones", "jets", "fighter", "ammunition",
    "loans", "loan", "funding", "assistance", "help", "troops", "equipment", "systems", "shells",
    "artillery", "aircraft", "helicopters", "vehicles", "support", "supplies", "credit", "grants",
    "crude", "oil", "gas", "energy", "fuel", "grain", "wheat", "electricity", "coal", "uranium",
    "refuge", "asylum", "shelter", "sanctuary", "haven", "protection", "guarantees", "backing",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

static void
try_from_frame (Run  *run,
                guint i,
                int   sign)
{
  Group holders, subjects;
  gboolean negated = FALSE, be = FALSE, modal = FALSE, aid = FALSE, place = FALSE;
  guint q, start;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "from", ENT_CUE_VERB, ENT_FORM_PAST, 1, 0.5, 1, FALSE, FALSE };

  for (q = i + 1; q < run->last && q < i + 8 && !_ent_run_is (run, q, "from"); q++)
    {
      Ref *ref = _ent_run_ref_at (run, q);

      if (run->tokens[q].kind == ENT_TOKEN_PUNCT || run->is_verb[q - run->first] ||
          (ref != NULL && !ref->place && !ref->pronoun && ref->name_kind != ENT_NAME_SEAT && sign > 0))
        return;
      aid |= is_military_aid (run, q);
      place |= ref != NULL || (run->tokens[q].flags & ENT_TOKEN_CAPITALISED) || _ent_run_tag (run, q) == ENT_TAG_PEOPLE;
    }
  /* Aid is received; towns and territory are taken. */
  if (q + 1 >= run->last || !_ent_run_is (run, q, "from") || (sign > 0 ? !aid : !place))
    return;
  _ent_run_group_init (&holders);
  _ent_run_group_init (&subjects);
  if (!_ent_run_group_right (run, q + 1, &holders))
    return;
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  if (negated || be || !_ent_run_group_left (run, (int)start - 1, &subjects))
    return;
  at.end = q + 1;
  at.cue = &cue;
  /* Aid received: the giver supports the receiver. Goods bought: the
   * buyer keeps the seller going. */
  if (sign > 0 && is_purchase (run, i))
    _ent_run_emit (run, &subjects, &holders, 1, cue.strength, &at);
  else if (sign > 0)
    _ent_run_emit (run, &holders, &subjects, 1, cue.strength, &at);
  else
    _ent_run_emit (run, &subjects, &holders, -1, 0.8, &at);
}

static const char *experiencer_bad_words[] = {
  "alarm", "alarms", "alarmed", "alarming", "anger", "angers", "angered", "angering", "infuriate",
  "infuriates", "infuriated", "infuriating", "outrage", "outrages", "outraged", "enrage", "enraged",
  "enraging", "irritate", "irritated", "irritating", "alienate", "alienated", "alienating", "upset",
  "upsetting", "worry", "worried", "worrying", "antagonise", "antagonised", "antagonize",
  "antagonized", "rattle", "rattled", "rattling", "unsettle", "unsettled", "unsettling", "dismay",
  "dismayed", "dismaying", "frustrate", "frustrated", "frustrating",
};

static const char *experiencer_good_words[] = {
  "please", "pleased", "pleasing", "delight", "delighted", "delighting", "reassure", "reassured",
  "reassuring",
};

/* "signs a pact with China, alarming Canberra", "the move angered
 * Washington": the one alarmed takes the position, toward the subject. */
static int
experiencer_sign (Run  *run,
                  guint i)
{
  static EntWordMap *once;
  EntWordMap *signs = _ent_run_signed_words (&once, experiencer_good_words,
                                             G_N_ELEMENTS (experiencer_good_words),
                                             experiencer_bad_words, G_N_ELEMENTS (experiencer_bad_words));

  return GPOINTER_TO_INT (ent_word_map_lookup (signs, run->tokens[i].hash));
}

static void
try_experiencer (Run  *run,
                 guint i,
                 int   sign)
{
  Group movers, subjects;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  guint start;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "alarmed", ENT_CUE_VERB, ENT_FORM_PAST, -1, 0.5, 1, FALSE, FALSE };
  Ref *object = _ent_run_ref_at (run, (int)i + 1);

  /* Only with the one moved right after the verb: "alarmed Tokyo". */
  if (!_ent_run_usable (object) || object->place || _ent_run_looks_nominal (run, (int)i))
    return;
  _ent_run_group_init (&movers);
  _ent_run_group_init (&subjects);
  _ent_run_collect_right (run, object, &movers);
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  if (negated || be || !_ent_run_group_left (run, (int)start - 1, &subjects))
    return;
  cue.sign = sign;
  at.cue = &cue;
  _ent_run_emit (run, &movers, &subjects, sign, cue.strength, &at);
}

/* "approved the sale of F-16 fighter jets to Ankara", "the delivery of
 * air defences to Kyiv": the subject of the verb supplies the actor after
 * "to". */
static const char *transfer_words[] = {
  "sale", "sales", "delivery", "deliveries", "transfer", "transfers", "shipment", "shipments",
  "supply", "provision", "export", "exports", "supplies",
};

static gboolean
is_transfer (Run  *run,
             guint i)
{
  static EntWordMap *once;

  return ent_word_set_contains (&once, transfer_words, G_N_ELEMENTS (transfer_words), run->tokens[i].hash);
}

/* The one who approves, blocks or carries out the transfer: the subject
 * of the verb before "the sale", or its possessor ("Russia's delivery"). */
static gboolean
transfer_holder (Run      *run,
                 int       p,
                 Group    *group,
                 gboolean *negated)
{
  gboolean be = FALSE, modal = FALSE;
  guint start;

  run->reversed = FALSE;
  /* "a $2 billion arms sale", "new weapons deliveries" */
  while (p >= (int)run->first && _ent_run_ref_at (run, p) == NULL &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ ||
          run->tokens[p].kind == ENT_TOKEN_NUMBER || is_military_aid (run, (guint)p) ||
          _ent_run_is (run, p, "$") || _ent_run_is (run, p, "billion") || _ent_run_is (run, p, "million") ||
          _ent_run_is (run, p, "new") || _ent_run_is (run, p, "military")))
    p--;
  if (p < (int)run->first)
    return FALSE;
  if (_ent_run_ref_at (run, p) != NULL || _ent_run_tag (run, p) == ENT_TAG_POSS)
    {
      Ref *ref = _ent_run_ref_at (run, _ent_run_tag (run, p) == ENT_TAG_POSS ? p - 1 : p);

      if (!_ent_run_usable (ref) || ref->place)
        return FALSE;
      _ent_run_collect_left (run, ref, group);
      return TRUE;
    }
  if (!(run->is_verb[p - run->first] || _ent_run_tag (run, p) == ENT_TAG_LIGHT || _ent_run_past_tense_word (run, p)))
    return FALSE;
  /* "blocked the sale", "suspended deliveries" */
  run->reversed = _ent_run_is_reversal (run, p) || _ent_run_is (run, p, "blocked") || _ent_run_is (run, p, "blocks") ||
                  _ent_run_is (run, p, "block") || _ent_run_is (run, p, "banned") || _ent_run_is (run, p, "vetoed");
  start = _ent_run_verb_group_start (run, (guint)p, negated, &be, &modal);
  return _ent_run_group_left (run, (int)start - 1, group);
}

static void
try_transfer (Run  *run,
              guint i)
{
  Group holders, targets;
  gboolean negated = FALSE;
  guint q;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "sale of", ENT_CUE_NOUN, ENT_FORM_OTHER, 1, 0.6, 1, FALSE, FALSE };

  /* "the sale of F-16 jets to Ankara", "an arms sale to Taiwan" */
  if (i + 2 >= run->last || !(_ent_run_is (run, i + 1, "of") || _ent_run_is (run, i + 1, "to")))
    return;
  for (q = i + 1; q < run->last && q < i + 10 && !_ent_run_is (run, q, "to"); q++)
    if (run->tokens[q].kind == ENT_TOKEN_PUNCT && !_ent_run_is_hyphen (run, q))
      return;
  if (q + 1 >= run->last || !_ent_run_is (run, q, "to"))
    return;
  _ent_run_group_init (&holders);
  _ent_run_group_init (&targets);
  if (!_ent_run_group_right (run, q + 1, &targets) || !transfer_holder (run, (int)i - 1, &holders, &negated) || negated)
    return;
  at.end = q + 1;
  at.cue = &cue;
  _ent_run_emit (run, &holders, &targets, run->reversed ? -1 : 1, cue.strength, &at);
}

/* "India backed a resolution condemning Pakistan", "approved a statement
 * supporting Kyiv": who backs a text takes the position the text takes,
 * and who vetoes it the opposite one. */
static const char *text_nouns[] = {
  "resolution", "resolutions", "motion", "statement", "declaration", "communique", "text",
  "bill", "letter", "draft", "proposal",
};

gboolean
_ent_run_is_text_noun (Run  *run,
                       guint i)
{
  static EntWordMap *once;

  return ent_word_set_contains (&once, text_nouns, G_N_ELEMENTS (text_nouns), run->tokens[i].hash);
}

/* +1 for a verb that adopts a text ("backed", "approved"), -1 for one
 * that stops it ("vetoed": the opposite position), else 0. */
static int
text_verb_sign (Run *run,
                int  p)
{
  static const char *adopting[] = {
    "backed", "backs", "back", "backing", "supported", "supports", "support", "supporting",
    "approved", "approves", "approve", "adopted", "adopts", "adopt", "passed", "passes", "pass",
    "sponsored", "co-sponsored", "drafted", "drafts", "tabled", "introduced", "signed", "signs",
    "endorsed", "endorses", "issued", "issues",
  };
  static const char *rejecting[] = {
    "vetoed", "vetoes", "veto", "vetoing", "blocked", "blocks", "block", "rejected", "rejects",
    "reject", "opposed", "opposes", "oppose",
  };
  static EntWordMap *once;
  EntWordMap *signs = _ent_run_signed_words (&once, adopting, G_N_ELEMENTS (adopting),
                                             rejecting, G_N_ELEMENTS (rejecting));

  if (p < (int)run->first)
    return 0;
  return GPOINTER_TO_INT (ent_word_map_lookup (signs, run->tokens[p].hash));
}

static void
try_text_position (Run  *run,
                   guint i)
{
  Group holders, targets;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  const EntCue *cue;
  guint span = 0, start;
  int p = (int)i - 1, verb_sign;
  CueAt at = { 0, 0, NULL, -1 };

  if (i + 2 >= run->last || (cue = _ent_run_participle_cue (run, i + 1, &span)) == NULL ||
      cue->pos != ENT_CUE_VERB)
    return;
  while (p >= (int)run->first && (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ))
    p--;
  if ((verb_sign = text_verb_sign (run, p)) == 0)
    return;
  _ent_run_group_init (&holders);
  _ent_run_group_init (&targets);
  start = _ent_run_verb_group_start (run, (guint)p, &negated, &be, &modal);
  if (negated || be || !_ent_run_group_right (run, i + 1 + span, &targets) ||
      !_ent_run_group_left (run, (int)start - 1, &holders))
    return;
  at.start = i + 1;
  at.end = i + 1 + span;
  at.cue = cue;
  _ent_run_emit (run, &holders, &targets, verb_sign * cue->sign, cue->strength * 0.8, &at);
}

/* "Azerbaijan, with Turkish backing, retook Karabakh", "With Iran's
 * support, the Houthis ...": the backer of whoever acts. */
static void
try_with_backing (Run  *run,
                  guint i)
{
  static const char *words[] = {
    "backing", "support", "help", "assistance", "blessing", "encouragement",
  };
  static EntWordMap *once;
  Group backers, backed;
  Ref *ref = _ent_run_ref_at (run, (int)i + 1);
  guint noun;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "with backing", ENT_CUE_NOUN, ENT_FORM_OTHER, 1, 0.6, 2, FALSE, FALSE };

  if (!_ent_run_usable (ref) || ref->place || ref->first != i + 1)
    return;
  noun = ref->last;
  if (noun < run->last && _ent_run_tag (run, noun) == ENT_TAG_POSS)
    noun++;
  if (noun + 1 >= run->last || !ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[noun].hash) ||
      !_ent_run_punct_is (run, noun + 1, ","))
    return;
  _ent_run_group_init (&backers);
  _ent_run_group_init (&backed);
  _ent_run_group_add (&backers, ref);
  if (i > run->first + 1 && _ent_run_punct_is (run, i - 1, ","))
    {
      if (!_ent_run_group_left (run, (int)i - 2, &backed))
        return;
    }
  else if (i == run->first)
    {
      if (!_ent_run_group_right (run, noun + 2, &backed))
        return;
    }
  else
    return;
  at.end = noun + 1;
  at.cue = &cue;
  _ent_run_emit (run, &backers, &backed, 1, cue.strength, &at);
}

static const char *giving_verbs[] = {
  "give", "gives", "gave", "given", "giving", "offer", "offers", "offered", "offering", "send",
  "sends", "sent", "sending", "provide", "provides", "provided", "providing", "grant", "grants",
  "granted", "granting", "lend", "lends", "lent", "lending", "promise", "promised", "promises",
  "pledge", "pledged", "pledges", "sell", "sells", "sold", "selling", "hand", "handed",
};

/* "would give Chisinau emergency funding", "sent Kyiv more tanks": the
 * first object of a verb of giving receives the thing given. */
gboolean
_ent_run_is_giving_verb (Run  *run,
                         guint i)
{
  static EntWordMap *once;

  return ent_word_set_contains (&once, giving_verbs, G_N_ELEMENTS (giving_verbs), run->tokens[i].hash);
}

static void
try_giving (Run  *run,
            guint i)
{
  Ref *receiver = _ent_run_ref_at (run, i + 1);
  Group sources, targets;
  gboolean negated = FALSE, be = FALSE, modal = FALSE, thing = FALSE;
  guint start, q;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "give", ENT_CUE_VERB, ENT_FORM_OTHER, 1, 0.6, 1, FALSE, FALSE };

  if (!_ent_run_usable (receiver) || receiver->place || receiver->possessive || receiver->bare_adjective ||
      receiver->name_kind == ENT_NAME_ADJECTIVE)
    return;
  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  _ent_run_collect_right (run, receiver, &targets);
  for (q = targets.last; q < run->last && q < targets.last + 4 && !thing; q++)
    {
      /* "funding" is also a verb form: the thing is checked first. */
      if ((thing = is_military_aid (run, q)))
        break;
      if (_ent_run_ref_at (run, q) != NULL || run->tokens[q].kind == ENT_TOKEN_PUNCT || run->is_verb[q - run->first])
        break;
    }
  if (!thing)
    return;
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  if (negated || be || !_ent_run_group_left (run, (int)start - 1, &sources))
    return;
  at.end = q + 1;
  at.cue = &cue;
  _ent_run_emit (run, &sources, &targets, 1, cue.strength, &at);
}

/* "Iran supplied drones to Russia", "sent more tanks to Kyiv": the thing
 * given first, then its receiver after "to". */
static const char *supply_verbs[] = {
  "supplied", "supplies", "supply", "supplying", "delivered", "delivers", "deliver", "delivering",
  "donated", "donates", "donate", "donating",
  "shipped", "ships", "ship", "shipping", "transferred", "transfers", "transfer", "sent", "sends",
  "send", "sending", "provided", "provides", "provide", "providing", "sold", "sells", "sell",
  "selling",
};

/* "to protest against", "to help": an infinitive, not a receiver. */
static gboolean
verb_after_to (Run  *run,
               guint p)
{
  const EntCue *cue;

  if (run->is_verb[p - run->first] || _ent_run_tag (run, p) == ENT_TAG_VERB ||
      _ent_run_tag (run, p) == ENT_TAG_LIGHT)
    return TRUE;
  /* "protest against" is a noun cue too: a verb one is wanted. */
  cue = ent_lexicon_match_cue_except (run->lexicon, run->tokens, run->last, p, ENT_CUE_NOUN, NULL);
  return cue != NULL && (cue->pos == ENT_CUE_VERB || cue->pos == ENT_CUE_PHRASE);
}

static void
try_giving_to (Run  *run,
               guint i)
{
  Group sources, targets;
  gboolean negated = FALSE, be = FALSE, modal = FALSE, thing = FALSE;
  guint start, q;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "supply to", ENT_CUE_VERB, ENT_FORM_OTHER, 1, 0.6, 1, FALSE, FALSE };

  /* "warned Beijing against supplying weapons to Moscow" */
  if (i > run->first && _ent_run_is (run, i - 1, "against"))
    return;
  for (q = i + 1; q < run->last && q < i + 7; q++)
    {
      if (_ent_run_ref_at (run, q) != NULL || run->tokens[q].kind == ENT_TOKEN_PUNCT || run->is_verb[q - run->first])
        return;
      /* "drones", "F-16s", "Patriot systems" */
      if (is_military_aid (run, q) ||
          ((run->tokens[q].flags & ENT_TOKEN_CAPITALISED) && !(run->tokens[q].flags & ENT_TOKEN_QUOTE)))
        thing = TRUE;
      else if (thing && _ent_run_is (run, q, "to"))
        break;
    }
  /* "sent drones to protest against Israel": "to" starts a purpose. */
  if (!thing || q + 1 >= run->last || !_ent_run_is (run, q, "to") || verb_after_to (run, q + 1))
    return;
  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  if (!_ent_run_group_right (run, q + 1, &targets) || targets.coref)
    return;
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  if (negated || be || !_ent_run_group_left (run, (int)start - 1, &sources))
    return;
  at.end = q + 1;
  at.cue = &cue;
  _ent_run_emit (run, &sources, &targets, 1, cue.strength, &at);
}

static const char *firing_verbs[] = {
  "fire", "fires", "fired", "firing", "launch", "launches", "launched", "launching", "lob", "lobs",
  "lobbed", "lobbing", "shoot", "shoots", "shot", "shooting", "hurl", "hurled", "hurls", "hurling",
};

/* "fired rockets into northern Israel", "launched missiles and drones at
 * Israel", "fired a barrage of rockets toward Kyiv": a weapon shot at an
 * actor is an attack on it, whatever words name the weapon. */
static gboolean
is_firing_verb (Run  *run,
                guint i)
{
  static EntWordMap *once;

  return ent_word_set_contains (&once, firing_verbs, G_N_ELEMENTS (firing_verbs), run->tokens[i].hash);
}

static gboolean
is_projectile (Run  *run,
               guint i)
{
  static const char *words[] = {
    "missile", "missiles", "rocket", "rockets", "drone", "drones", "shell", "shells", "mortar",
    "mortars", "rounds", "projectiles", "projectile", "artillery", "barrage", "salvo",
    "salvoes", "salvos", "volley", "volleys", "munitions", "bombs", "grenades", "torpedo",
    "torpedoes",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

static gboolean
is_firing_prep (Run  *run,
                guint i)
{
  return _ent_run_is (run, i, "at") || _ent_run_is (run, i, "into") || _ent_run_is (run, i, "toward") ||
         _ent_run_is (run, i, "towards") || _ent_run_is (run, i, "on") || _ent_run_is (run, i, "against");
}

static void
try_firing (Run  *run,
            guint i)
{
  Group sources, targets;
  gboolean negated = FALSE, be = FALSE, modal = FALSE, weapon = FALSE;
  guint start, q;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "fire at", ENT_CUE_VERB, ENT_FORM_OTHER, -1, 0.9, 2, FALSE, FALSE };

  for (q = i + 1; q < run->last && q < i + 8; q++)
    {
      if (_ent_run_ref_at (run, q) != NULL || run->is_verb[q - run->first] ||
          (run->tokens[q].kind == ENT_TOKEN_PUNCT && !_ent_run_is_hyphen (run, q)))
        return;
      if (is_projectile (run, q))
        weapon = TRUE;
      else if (weapon && is_firing_prep (run, q))
        break;
    }
  if (!weapon || q + 1 >= run->last || !is_firing_prep (run, q))
    return;
  /* "into northern Israel", "at southern Lebanon": the part is the whole. */
  if (q + 2 < run->last && _ent_run_ref_at (run, q + 1) == NULL &&
      (_ent_run_is (run, q + 1, "northern") || _ent_run_is (run, q + 1, "southern") ||
       _ent_run_is (run, q + 1, "eastern") || _ent_run_is (run, q + 1, "western") ||
       _ent_run_is (run, q + 1, "central")))
    q++;
  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  if (!_ent_run_group_right (run, q + 1, &targets) || targets.coref)
    return;
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  if (negated || be || !_ent_run_group_left (run, (int)start - 1, &sources))
    return;
  at.end = q + 1;
  at.cue = &cue;
  _ent_run_emit (run, &sources, &targets, -1, cue.strength, &at);
}

static const char *bid_yes_verbs[] = {
  "approved", "approves", "approve", "approving", "greenlit", "greenlighted", "cleared", "clears",
  "accepted", "accepts", "unblocked", "unblocks", "fast-tracked", "championed", "champions",
};

static const char *bid_no_verbs[] = {
  "delayed", "delays", "delay", "delaying", "stalled", "stalls", "stalling", "obstructed",
  "obstructs", "obstructing", "thwarted", "thwarts", "froze", "freezes", "torpedoed", "derailed",
};

/* "Turkey approved Sweden's bid to join NATO", "Hungary delayed Sweden's
 * NATO membership": what a government does with another's bid to join
 * says how it stands toward it, for verbs that say nothing otherwise. */
static int
bid_verb_sign (Run  *run,
               guint i)
{
  static EntWordMap *once;
  EntWordMap *signs = _ent_run_signed_words (&once, bid_yes_verbs, G_N_ELEMENTS (bid_yes_verbs),
                                             bid_no_verbs, G_N_ELEMENTS (bid_no_verbs));

  return GPOINTER_TO_INT (ent_word_map_lookup (signs, run->tokens[i].hash));
}

static gboolean
is_bid_noun (Run  *run,
             guint i)
{
  static const char *words[] = {
    "bid", "bids", "membership", "accession", "application", "candidacy", "admission", "entry",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

static void
try_bid (Run  *run,
         guint i,
         int   sign)
{
  Group sources, targets;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "approve a bid", ENT_CUE_VERB, ENT_FORM_OTHER, 1, 0.6, 2, FALSE, FALSE };
  guint start, q;
  Ref *ref;

  q = i + 1;
  while (q < run->last && _ent_run_tag (run, q) == ENT_TAG_DET)
    q++;
  ref = _ent_run_ref_at (run, q);
  if (!_ent_run_usable (ref) || ref->place || !ref->possessive)
    return;
  /* "Sweden's bid", "Sweden's NATO membership" */
  q = ref->last + 1;
  if (q < run->last && _ent_run_ref_at (run, q) != NULL)
    q = _ent_run_ref_at (run, q)->last;
  if (q >= run->last || !is_bid_noun (run, q))
    return;
  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  _ent_run_group_add (&targets, ref);
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  if (be || !_ent_run_group_left (run, (int)start - 1, &sources))
    return;
  if (negated)
    sign = -sign;
  cue.sign = sign;
  at.end = q + 1;
  at.cue = &cue;
  _ent_run_emit (run, &sources, &targets, sign, cue.strength, &at);
}

/* "relations between Rwanda and Burundi have worsened", "ties ... have
 * warmed": how the relation changed, in the few words after @p. */
int
_ent_run_relation_change (Run  *run,
                          guint p)
{
  static const char *better[] = {
    "improved", "improve", "improves", "improving", "warmed", "warming", "thawed", "thawing",
    "strengthened", "deepened", "normalised", "normalized", "recovered", "blossomed", "flourished",
  };
  static const char *worse[] = {
    "worsened", "worsen", "worsens", "worsening", "deteriorated", "deteriorating", "soured",
    "souring", "cooled", "cooling", "frayed", "plunged", "plummeted", "strained", "collapsed",
    "sank", "sunk", "nosedived", "broke", "broken", "ruptured", "tense", "fraught", "hostile",
  };
  static EntWordMap *once;
  EntWordMap *signs = _ent_run_signed_words (&once, better, G_N_ELEMENTS (better), worse, G_N_ELEMENTS (worse));

  for (guint q = p, k = 0; q < run->last && k < 5; q++, k++)
    {
      int sign = GPOINTER_TO_INT (ent_word_map_lookup (signs, run->tokens[q].hash));

      if (sign != 0)
        return sign;
      if (run->tokens[q].kind == ENT_TOKEN_PUNCT || _ent_run_ref_at (run, q) != NULL ||
          !(_ent_run_tag (run, q) == ENT_TAG_HAVE || _ent_run_tag (run, q) == ENT_TAG_BE ||
            _ent_run_tag (run, q) == ENT_TAG_ADV || _ent_run_tag (run, q) == ENT_TAG_MODAL ||
            _ent_run_is (run, q, "further") || _ent_run_is (run, q, "sharply")))
        return 0;
    }
  return 0;
}

static void
rule_relation_change (Run *run)
{
  for (guint i = run->first; i + 3 < run->last; i++)
    {
      Group pair;
      Ref *first;
      guint p = i + 2;
      int sign;
      CueAt at = { i, i + 1, NULL, -1 };
      EntCue cue = { "relations", ENT_CUE_NOUN, ENT_FORM_OTHER, 1, 0.6, 1, TRUE, FALSE };

      if (!_ent_run_is (run, i + 1, "between") ||
          !(_ent_run_is (run, i, "relations") || _ent_run_is (run, i, "ties") ||
            _ent_run_is (run, i, "relationship")))
        continue;
      while (p < run->last && _ent_run_tag (run, p) == ENT_TAG_DET)
        p++;
      first = _ent_run_ref_at (run, p);
      if (!_ent_run_usable (first) || first->place)
        continue;
      _ent_run_group_init (&pair);
      _ent_run_collect_right_full (run, first, &pair, FALSE);
      if (pair.n < 2 || (sign = _ent_run_relation_change (run, pair.last)) == 0)
        continue;
      cue.sign = sign;
      at.cue = &cue;
      _ent_run_emit_pairwise (run, &pair, sign, cue.strength, &at);
    }
}

static void
rule_demands (Run          *run,
              const guint8 *bits)
{
  for (guint i = run->first; i + 3 < run->last; i++)
    if (bits[i - run->first] & FRAME_DEMAND)
      try_demand (run, i);
}

static void
add_frame_words (EntWordMap  *map,
                 const char **words,
                 guint        n,
                 guint        bit)
{
  for (guint k = 0; k < n; k++)
    {
      guint64 hash = ent_text_hash_str (words[k]);
      guint bits = GPOINTER_TO_UINT (ent_word_map_lookup (map, hash));

      ent_word_map_insert (map, hash, GUINT_TO_POINTER (bits | bit));
    }
}

static guint
frame_bits (Run  *run,
            guint i)
{
  static EntWordMap *once;

  if (g_once_init_enter (&once))
    {
      static const char *with[] = { "with" };
      const struct { const char **words; guint n; guint bit; } lists[] = {
        { from_give_words, G_N_ELEMENTS (from_give_words), FRAME_AT },
        { from_take_words, G_N_ELEMENTS (from_take_words), FRAME_AT },
        { experiencer_bad_words, G_N_ELEMENTS (experiencer_bad_words), FRAME_AT },
        { experiencer_good_words, G_N_ELEMENTS (experiencer_good_words), FRAME_AT },
        { giving_verbs, G_N_ELEMENTS (giving_verbs), FRAME_AT },
        { firing_verbs, G_N_ELEMENTS (firing_verbs), FRAME_AT },
        { bid_yes_verbs, G_N_ELEMENTS (bid_yes_verbs), FRAME_AT },
        { bid_no_verbs, G_N_ELEMENTS (bid_no_verbs), FRAME_AT },
        { transfer_words, G_N_ELEMENTS (transfer_words), FRAME_AT | FRAME_TRIGGER },
        { text_nouns, G_N_ELEMENTS (text_nouns), FRAME_AT | FRAME_TRIGGER },
        { supply_verbs, G_N_ELEMENTS (supply_verbs), FRAME_AT | FRAME_TRIGGER },
        { with, G_N_ELEMENTS (with), FRAME_AT | FRAME_TRIGGER },
        { labelling_verbs, G_N_ELEMENTS (labelling_verbs), FRAME_LABEL },
        { demand_words, G_N_ELEMENTS (demand_words), FRAME_DEMAND },
        { drawing_verbs, G_N_ELEMENTS (drawing_verbs), FRAME_DRAWING },
      };
      EntWordMap *map = g_new0 (EntWordMap, 1);

      ent_word_map_init (map);
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        add_frame_words (map, lists[l].words, lists[l].n, lists[l].bit);
      g_once_init_leave (&once, map);
    }
  return GPOINTER_TO_UINT (ent_word_map_lookup (once, run->tokens[i].hash));
}

/* The frames that are not one cue word: relational nouns, demands,
 * labels, reactions, things moved between actors, feelings caused. */
void
_ent_extractor_apply_frames (Run *run)
{
  guint n = run->last - run->first;
  guint8 stack[256];
  g_autofree guint8 *heap = n > G_N_ELEMENTS (stack) ? g_malloc (n) : NULL;
  guint8 *bits = heap != NULL ? heap : stack;

  for (guint i = run->first; i < run->last; i++)
    bits[i - run->first] = (guint8) frame_bits (run, i);

  rule_relational_nouns (run);
  rule_demands (run, bits);
  rule_labels (run, bits);
  rule_relation_change (run);
  for (guint i = run->first; i + 1 < run->last; i++)
    {
      int sign;

      if (!(bits[i - run->first] & FRAME_AT))
        continue;
      if ((sign = from_frame_sign (run, i)) != 0)
        try_from_frame (run, i, sign);
      if ((sign = experiencer_sign (run, i)) != 0)
        try_experiencer (run, i, sign);
      if (bits[i - run->first] & FRAME_TRIGGER)
        {
          gboolean transfer = is_transfer (run, i), text = _ent_run_is_text_noun (run, i);

          if (transfer)
            try_transfer (run, i);
          if (text)
            try_text_position (run, i);
          if (_ent_run_is (run, i, "with"))
            try_with_backing (run, i);
          else if (!transfer && !text)
            try_giving_to (run, i);
        }
      if (_ent_run_ref_at (run, (int)i + 1) != NULL && _ent_run_is_giving_verb (run, i))
        try_giving (run, i);
      if (is_firing_verb (run, i))
        try_firing (run, i);
      if ((sign = bid_verb_sign (run, i)) != 0)
        try_bid (run, i, sign);
    }
  for (guint i = run->first; i + 3 < run->last; i++)
    if (bits[i - run->first] & FRAME_DRAWING)
      {
        try_reaction (run, i);
        try_closer (run, i);
      }
}
