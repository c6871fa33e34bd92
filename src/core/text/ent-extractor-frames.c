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
 * Frames that no single cue word carries (reactions drawn from someone
 * have a file of their own, ent-extractor-reactions.c): things moved
 * between actors (aid received, towns taken, arms sold),
 * feelings caused ("alarming Canberra"), support of someone ("with the
 * backing of Russia"); relational nouns, demands, labels, gifts, shots and
 * bids have files of their own. Each builds its own cue and emits through
 * the shared rules.
 */


static const char *drawing_verbs[] = {
  "drew", "draw", "draws", "drawing", "drawn", "prompted", "prompting", "sparked", "sparking",
  "triggered", "triggering", "provoked", "provoking", "earned", "earning", "won", "winning",
  "pushed", "pushing", "pushes", "brought", "bringing", "faced", "faces", "face", "facing", "came",
  "comes", "come", "coming", "despite", "amid", "rejected", "rejects", "rejecting", "dismissed",
  "dismisses", "dismissing", "rebuffed", "rebuffs", "met", "meets", "encountered", "encounters",
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

static const char *from_give_words[] = {
  "received", "receives", "receiving", "obtained", "bought", "buys", "acquired", "import",
  "imports",
  "imported", "importing", "buy", "buying", "purchase", "purchased", "purchases",
};

static const char *from_take_words[] = {
  "seized", "seizes", "seizing", "captured", "captures", "capturing", "recaptured", "retook",
  "retakes", "retaking", "wrested", "wrests", "took", "takes", "taking", "liberated", "seize",
  "capture", "recapture", "recaptures", "recapturing", "retake", "wrest", "wresting", "liberate",
};

/* Who takes or receives, the verb group starting at @start: the names
 * right before it, or the subject of an infinitive ("launched an offensive
 * to retake the town from Armenian forces"). */
static gboolean
from_frame_subject (Run   *run,
                    guint  start,
                    Group *subjects)
{
  guint to;

  if (_ent_run_group_left (run, (int)start - 1, subjects))
    return TRUE;
  /* the infinitive's "to" opens the verb group or stands right before it */
  if (_ent_run_tag (run, start) == ENT_TAG_TO)
    to = start;
  else if (start > run->first && _ent_run_tag (run, start - 1) == ENT_TAG_TO)
    to = start - 1;
  else
    return FALSE;
  _ent_run_group_init (subjects);
  return _ent_run_subject_of (run, (int)to, subjects, 0);
}

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

gboolean
_ent_run_is_military_aid (Run  *run,
                          guint i)
{
  static const char *words[] = {
    "tanks", "weapons", "arms", "aid", "missiles", "drones", "jets", "fighter", "fighters",
    "ammunition", "loans", "loan", "funding", "assistance", "help", "troops", "equipment",
    "systems", "shells", "artillery", "aircraft", "helicopters", "vehicles", "support",
    "supplies", "credit", "grants",
    "crude", "oil", "gas", "energy", "fuel", "grain", "wheat", "electricity", "coal", "uranium",
    "refuge", "asylum", "shelter", "sanctuary", "haven", "protection", "guarantees", "backing",
    "billion", "million", "dollars", "euros", "deliveries", "shipments", "lending", "line", "lines",
    "financing", "swaps",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "bought 36 Rafale fighters from France": weapons, whose seller arms
 * the buyer. */
static gboolean
is_weapon (Run  *run,
           guint i)
{
  static const char *words[] = {
    "weapons", "arms", "fighters", "jets", "tanks", "missiles", "drones", "artillery",
    "howitzers", "submarines", "warships", "frigates", "helicopters", "ammunition", "shells",
    "rifles", "radars", "warplanes", "bombers", "rockets", "munitions",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "curbed", "restricted", "barred" and the verbs that block or stop
 * something: a purchase they stop is stopped */
static gboolean
is_stopping (Run *run,
             int  p)
{
  static const char *words[] = {
    "curbed", "curbs", "curb", "curbing", "restricted", "restricts", "restrict", "restricting",
    "barred", "bars", "bar", "barring",
  };
  static EntWordMap *once;

  return _ent_run_obstructs (run, p) ||
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash);
}

/* "lifted", "eased": reversal verbs that let trade go on */
static gboolean
is_easing (Run *run,
           int  p)
{
  static const char *words[] = {
    "lift", "lifts", "lifted", "lifting", "ease", "eases", "eased", "easing",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash);
}

/* "banned imports of beef from", "halted all imports from": the verb that
 * stops the purchase at @i, or -1. */
int
_ent_run_stopped_before (Run  *run,
                         guint i)
{
  int p = (int)i - 1;

  while (p > (int)run->first &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_POSS_PRON ||
          _ent_run_tag (run, p) == ENT_TAG_ADJ || _ent_run_is (run, p, "all")))
    p--;
  return p >= (int)run->first && run->tokens[p].kind == ENT_TOKEN_WORD &&
         (_ent_run_is_reversal (run, p) || is_stopping (run, p)) && !is_easing (run, p) ? p : -1;
}

/* What a stopped purchase says of the stopper: opposition to the seller. */
static const EntCue stopped_imports = {
  "stopped imports", ENT_CUE_VERB, ENT_FORM_PAST, -1, 0.7, 2, FALSE, FALSE
};

/* "halted imports of Thai fruit", "stopped buying Philippine bananas": the
 * goods of a people named right after the purchase at @i, whose state the
 * stop at @stop opposes. ("Kept buying Russian oil" says nothing of a
 * stance.) */
static gboolean
try_stopped_goods (Run  *run,
                   guint i,
                   int   stop)
{
  Group subjects, holders;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  CueAt at = { (guint)stop, i + 1, &stopped_imports, -1 };
  guint start;

  for (guint q = i + 1; q < run->last && q < i + 4; q++)
    {
      Ref *ref = _ent_run_ref_at (run, q);

      if (ref != NULL)
        {
          if (ref->name_kind != ENT_NAME_ADJECTIVE || ref->possessive || ref->first != q ||
              ref->n_actors != 1 || ref->last >= run->last ||
              run->tokens[ref->last].kind != ENT_TOKEN_WORD ||
              (_ent_run_tag (run, ref->last) != ENT_TAG_NONE &&
               _ent_run_tag (run, ref->last) != ENT_TAG_PEOPLE &&
               _ent_run_tag (run, ref->last) != ENT_TAG_ADJ))
            return FALSE;
          _ent_run_group_init (&subjects);
          _ent_run_group_init (&holders);
          _ent_run_group_add (&holders, ref);
          start = _ent_run_verb_group_start (run, at.start, &negated, &be, &modal);
          if (negated || be || !_ent_run_subject_of (run, (int)start - 1, &subjects, 0))
            return FALSE;
          at.end = ref->last + 1;
          _ent_run_emit (run, &subjects, &holders, stopped_imports.sign, stopped_imports.strength,
                         &at);
          return TRUE;
        }
      if (!_ent_run_is (run, q, "of") && _ent_run_tag (run, q) != ENT_TAG_DET &&
          _ent_run_tag (run, q) != ENT_TAG_ADJ)
        return FALSE;
    }
  return FALSE;
}

static void
try_from_frame (Run  *run,
                guint i,
                int   sign)
{
  Group holders, subjects;
  gboolean negated = FALSE, be = FALSE, modal = FALSE, aid = FALSE, place = FALSE;
  gboolean weapons = FALSE;
  guint q, start;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "from", ENT_CUE_VERB, ENT_FORM_PAST, 1, 0.5, 1, FALSE, FALSE };
  int stop = sign > 0 && is_purchase (run, i) ? _ent_run_stopped_before (run, i) : -1;

  if (stop >= 0 && try_stopped_goods (run, i, stop))
    return;

  for (q = i + 1; q < run->last && q < i + (stop >= 0 ? 24 : 10) && !_ent_run_is (run, q, "from");
       q++)
    {
      Ref *ref = _ent_run_ref_at (run, q);

      /* "banned imports of beef, pork and cheese from": a list of goods */
      if (stop >= 0 && _ent_run_punct_is (run, q, ","))
        continue;
      /* "received support from": the noun, not the verb */
      if (run->tokens[q].kind == ENT_TOKEN_PUNCT ||
          (run->is_verb[q - run->first] && !_ent_run_is_military_aid (run, q)) ||
          (ref != NULL && !ref->place && !ref->pronoun && ref->name_kind != ENT_NAME_SEAT &&
           sign > 0))
        return;
      aid |= _ent_run_is_military_aid (run, q);
      weapons |= is_weapon (run, q);
      place |= ref != NULL || (run->tokens[q].flags & ENT_TOKEN_CAPITALISED) ||
               _ent_run_tag (run, q) == ENT_TAG_PEOPLE;
    }
  /* Aid is received; towns and territory are taken. */
  if (q + 1 >= run->last || !_ent_run_is (run, q, "from") ||
      (sign > 0 ? !aid && stop < 0 : !place))
    return;
  _ent_run_group_init (&holders);
  _ent_run_group_init (&subjects);
  if (!_ent_run_group_right (run, q + 1, &holders))
    return;
  if (stop >= 0)
    at.start = (guint)stop;
  start = _ent_run_verb_group_start (run, at.start, &negated, &be, &modal);
  if (negated || be || !from_frame_subject (run, start, &subjects))
    return;
  at.end = q + 1;
  at.cue = stop >= 0 ? &stopped_imports : &cue;
  /* A purchase stopped: the stopper opposes the seller. Aid received: the
   * giver supports the receiver. Goods bought: the buyer keeps the seller
   * going, and a seller of weapons arms the buyer. */
  if (stop >= 0)
    _ent_run_emit (run, &subjects, &holders, stopped_imports.sign, stopped_imports.strength, &at);
  else if (sign > 0 && is_purchase (run, i))
    {
      _ent_run_emit (run, &subjects, &holders, 1, cue.strength, &at);
      if (weapons)
        _ent_run_emit (run, &holders, &subjects, 1, cue.strength, &at);
    }
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
  EntWordMap *signs =
    _ent_run_signed_words (&once, experiencer_good_words, G_N_ELEMENTS (experiencer_good_words),
                           experiencer_bad_words, G_N_ELEMENTS (experiencer_bad_words));

  return GPOINTER_TO_INT (ent_word_map_lookup (signs, run->tokens[i].hash));
}

/* "Greece, angered by the Turkish-Libyan maritime accord", "Tokyo was
 * alarmed by China's drills": the one moved holds the position toward
 * the actors named right after "by". */
static void
experiencer_passive (Run  *run,
                     guint i,
                     int   sign)
{
  Group movers, moved;
  guint p = i + 2;
  Ref *agent;
  CueAt at = { i, i + 2, NULL, -1 };
  EntCue cue = { "alarmed by", ENT_CUE_VERB, ENT_FORM_PARTICIPLE, -1, 0.5, 1, FALSE, FALSE };

  /* "angered", "alarmed", "upset": the participle, not "angers" */
  if (!_ent_run_is (run, i, "upset") &&
      (run->tokens[i].end - run->tokens[i].start < 4 ||
       g_ascii_strncasecmp (run->text + run->tokens[i].end - 2, "ed", 2) != 0))
    return;
  while (p < run->last &&
         (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADV))
    p++;
  agent = _ent_run_ref_at (run, p);
  if (!_ent_run_usable (agent) || agent->place || agent->first != p)
    return;
  _ent_run_group_init (&movers);
  _ent_run_group_init (&moved);
  _ent_run_collect_right (run, agent, &movers);
  if (i > run->first + 1 && _ent_run_punct_is (run, i - 1, ","))
    {
      if (!_ent_run_group_left (run, (int)i - 2, &moved))
        return;
    }
  else
    {
      gboolean negated = FALSE, be = FALSE, modal = FALSE;
      guint start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);

      if (negated || !be || !_ent_run_group_left (run, (int)start - 1, &moved))
        return;
    }
  cue.sign = sign;
  at.cue = &cue;
  _ent_run_emit (run, &moved, &movers, sign, cue.strength, &at);
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
  guint o = i + 1;
  Ref *object;

  /* "has alarmed neighbouring Guyana" */
  while (o < run->last && o < i + 3 &&
         (_ent_run_is (run, o, "neighbouring") || _ent_run_is (run, o, "neighboring") ||
          _ent_run_is (run, o, "fellow")))
    o++;
  object = _ent_run_ref_at (run, (int)o);
  if (object == NULL && i + 2 < run->last && _ent_run_tag (run, i + 1) == ENT_TAG_BY)
    {
      experiencer_passive (run, i, sign);
      return;
    }
  /* Only with the one moved right after the verb: "alarmed Tokyo",
   * "alarmed its neighbours, including Vietnam". */
  if (!_ent_run_usable (object) || object->place || _ent_run_looks_nominal (run, (int)i))
    return;
  _ent_run_group_init (&movers);
  _ent_run_group_init (&subjects);
  if (!_ent_run_possessive_pronoun (run, object))
    _ent_run_collect_right (run, object, &movers);
  else if (!_ent_run_own_kind_including (run, object->last, &movers))
    return;
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  /* "North Korea's deployment of troops to Russia alarmed Seoul": the
   * deployment's, not Russia's */
  if (negated || be ||
      !(_ent_run_possessor_before_object (run, (int)start, &subjects) ||
        _ent_run_group_left (run, (int)start - 1, &subjects)))
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

  return ent_word_set_contains (&once, transfer_words, G_N_ELEMENTS (transfer_words),
                                run->tokens[i].hash);
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
          run->tokens[p].kind == ENT_TOKEN_NUMBER || _ent_run_is_military_aid (run, (guint)p) ||
          _ent_run_is (run, p, "$") || _ent_run_is (run, p, "billion") ||
          _ent_run_is (run, p, "million") || _ent_run_is (run, p, "new") ||
          _ent_run_is (run, p, "military")))
    p--;
  if (p < (int)run->first)
    return FALSE;
  if (_ent_run_ref_at (run, p) != NULL || _ent_run_tag (run, p) == ENT_TAG_POSS)
    {
      Ref *ref = _ent_run_ref_at (run, _ent_run_tag (run, p) == ENT_TAG_POSS ? p - 1 : p);
      int q;

      if (!_ent_run_usable (ref) || ref->place)
        return FALSE;
      q = (int)ref->first - 1;
      _ent_run_collect_left (run, ref, group);
      /* "cut most of its gas deliveries", "cut off its gas deliveries":
       * its own, ended; "will not cut its deliveries": nothing said */
      while (ref->pronoun && q > (int)run->first)
        {
          if (_ent_run_is (run, q, "of") && _ent_run_quantity_before_of (run, q))
            q -= 2;
          else if (_ent_run_tag (run, q) == ENT_TAG_DET || _ent_run_particle (run, q))
            q--;
          else
            break;
        }
      run->reversed = ref->pronoun && q >= (int)run->first && _ent_run_is_reversal (run, q);
      if (run->reversed)
        _ent_run_verb_group_start (run, (guint)q, negated, &be, &modal);
      return TRUE;
    }
  /* "cut deliveries": a reversing verb in the present or of no -ed too */
  if (!(run->is_verb[p - run->first] || _ent_run_tag (run, p) == ENT_TAG_LIGHT ||
        _ent_run_past_tense_word (run, p) || _ent_run_is_reversal (run, p)))
    return FALSE;
  /* "blocked the sale", "suspended deliveries" */
  run->reversed = _ent_run_is_reversal (run, p) || _ent_run_is (run, p, "blocked") ||
                  _ent_run_is (run, p, "blocks") || _ent_run_is (run, p, "block") ||
                  _ent_run_is (run, p, "banned") || _ent_run_is (run, p, "vetoed");
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
  if (!_ent_run_group_right (run, q + 1, &targets) ||
      !transfer_holder (run, (int)i - 1, &holders, &negated) || negated)
    return;
  at.end = q + 1;
  at.cue = &cue;
  _ent_run_emit (run, &holders, &targets, run->reversed ? -1 : 1, cue.strength, &at);
}

/* "India backed a resolution condemning Pakistan", "approved a statement
 * supporting Kyiv": who backs a text takes the position the text takes,
 * and who vetoes it the opposite one. */
static const char *text_nouns[] = {
  "resolution", "resolutions", "motion", "statement", "statements", "declaration", "communique",
  "text", "bill", "letter", "draft", "proposal", "declarations", "letters", "motions",
  "decree", "decrees", "order", "orders", "law", "laws", "edict", "directive", "ordinance",
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
  /* "issued a joint statement condemning", "voted for both Security
   * Council resolutions imposing" */
  while (p >= (int)run->first)
    {
      Ref *ref = _ent_run_ref_at (run, p);

      if (ref != NULL && !ref->possessive && ref->n_actors == 1 &&
          _ent_run_actor_of (run, ref->actors[0])->kind == ENT_ACTOR_KIND_ORGANISATION)
        p = (int)ref->first - 1;
      else if (_ent_run_tag (run, p) == ENT_TAG_DET || _ent_run_tag (run, p) == ENT_TAG_ADJ ||
               run->tokens[p].kind == ENT_TOKEN_NUMBER || _ent_run_is (run, p, "joint"))
        p--;
      else
        break;
    }
  /* "voted for", and "voted against the resolution deploring the
   * invasion", which takes the other side */
  if (p > (int)run->first && (_ent_run_is (run, p, "for") || _ent_run_is (run, p, "against")) &&
      (_ent_run_is (run, p - 1, "voted") || _ent_run_is (run, p - 1, "votes") ||
       _ent_run_is (run, p - 1, "vote") || _ent_run_is (run, p - 1, "voting")))
    {
      verb_sign = _ent_run_is (run, p, "for") ? 1 : -1;
      p--;
    }
  else if ((verb_sign = text_verb_sign (run, p)) == 0)
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
  if (noun + 1 >= run->last ||
      !ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[noun].hash) ||
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


/* Nouns of support that "of" may follow with its giver: "the backing of
 * the Emirates"; they also start the frame (see frame_map()). */
static const char *support_nouns[] = {
  "backing", "support", "help", "assistance", "blessing", "protection", "patronage",
};

/* Verbs whose subject has someone's support: "enjoys the support of",
 * "won the backing of", "relied on the help of". */
static gboolean
has_support_verb (Run *run,
                  int  q)
{
  static const char *words[] = {
    "enjoys", "enjoyed", "enjoy", "enjoying", "won", "wins", "win", "winning", "gained", "gains",
    "secured", "secures", "received", "receives", "has", "had", "have", "having", "retains",
    "retained", "sought", "seeks", "obtained", "got",
  };
  static EntWordMap *once;

  if (q >= (int)run->first + 1 && _ent_run_is (run, q, "on"))
    return _ent_run_is (run, q - 1, "relied") || _ent_run_is (run, q - 1, "relies") ||
           _ent_run_is (run, q - 1, "rely") || _ent_run_is (run, q - 1, "relying") ||
           _ent_run_is (run, q - 1, "counted") || _ent_run_is (run, q - 1, "counts") ||
           _ent_run_is (run, q - 1, "depended") || _ent_run_is (run, q - 1, "depends");
  return q >= (int)run->first &&
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[q].hash);
}

/* "has relied on the backing of the Emirates", "enjoys the support of
 * Russia", "with the blessing of Washington": the actor after "of" backs
 * whoever has its support. */
static void
try_support_of (Run  *run,
                guint i)
{
  static EntWordMap *once;
  Group backers, backed;
  guint p = i + 2;
  int q = (int)i - 1;
  Ref *ref;
  CueAt at = { i, i + 2, NULL, -1 };
  EntCue cue = { "support of", ENT_CUE_NOUN, ENT_FORM_OTHER, 1, 0.6, 2, FALSE, FALSE };

  if (i + 2 >= run->last || !_ent_run_is (run, i + 1, "of") ||
      !ent_word_set_contains (&once, support_nouns, G_N_ELEMENTS (support_nouns),
                              run->tokens[i].hash))
    return;
  while (p < run->last && _ent_run_tag (run, p) == ENT_TAG_DET)
    p++;
  ref = _ent_run_ref_at (run, p);
  if (!_ent_run_usable (ref) || ref->place || ref->first != p)
    return;
  while (q >= (int)run->first &&
         (_ent_run_tag (run, q) == ENT_TAG_DET || _ent_run_tag (run, q) == ENT_TAG_ADJ ||
          _ent_run_tag (run, q) == ENT_TAG_ADV))
    q--;
  _ent_run_group_init (&backers);
  _ent_run_group_init (&backed);
  _ent_run_collect_right (run, ref, &backers);
  if (q >= (int)run->first && _ent_run_is (run, q, "with"))
    {
      /* "With the backing of Russia, Assad retook Aleppo" */
      if (q == (int)run->first && backers.last + 1 < run->last &&
          _ent_run_punct_is (run, backers.last, ","))
        {
          if (!_ent_run_group_right (run, backers.last + 1, &backed))
            return;
        }
      else if (q == (int)run->first || !_ent_run_main_subject (run, q, &backed))
        return;
    }
  else if (has_support_verb (run, q))
    {
      gboolean negated = FALSE, be = FALSE, modal = FALSE;
      int v = _ent_run_is (run, q, "on") ? q - 1 : q;
      guint start = _ent_run_verb_group_start (run, (guint)v, &negated, &be, &modal);

      if (negated || !_ent_run_group_left (run, (int)start - 1, &backed))
        return;
    }
  else
    return;
  at.cue = &cue;
  _ent_run_emit (run, &backers, &backed, 1, cue.strength, &at);
}

static void
rule_demands (Run          *run,
              const guint32 *bits)
{
  for (guint k = 0; k < run->n_frame_hits; k++)
    {
      guint i = run->frame_hits[k];

      if (i + 3 < run->last && (bits[i - run->first] & FRAME_DEMAND))
        _ent_run_try_demand (run, i);
    }
}

/* Adds @words to the frame map @map with @bit. */
void
_ent_run_add_frame_words (EntWordMap  *map,
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

/* The map of every word that may start a frame or names an act to its
 * FRAME_ bits, built once and shared by every thread: for the
 * extractor's map of words, which looks them up with the words' tags as
 * it tags the sentence. */
const EntWordMap *
_ent_run_frame_map (void)
{
  static EntWordMap *once;

  if (g_once_init_enter (&once))
    {
      static const char *with[] = { "with" };
      static const char *side_preps[] = { "to", "on", "by", "at", "in" };
      static const char *share_verbs[] = {
        "share", "shares", "shared", "sharing", "echo", "echoes", "echoed", "echoing",
      };
      static const char *admit_verbs[] = { "admit", "admits", "admitted", "admitting" };
      const struct { const char **words; guint n; guint bit; } lists[] = {
        { from_give_words, G_N_ELEMENTS (from_give_words), FRAME_AT },
        { from_take_words, G_N_ELEMENTS (from_take_words), FRAME_AT },
        { experiencer_bad_words, G_N_ELEMENTS (experiencer_bad_words), FRAME_AT },
        { experiencer_good_words, G_N_ELEMENTS (experiencer_good_words), FRAME_AT },
        { transfer_words, G_N_ELEMENTS (transfer_words), FRAME_AT | FRAME_TRIGGER },
        { text_nouns, G_N_ELEMENTS (text_nouns), FRAME_AT | FRAME_TRIGGER },
        { with, G_N_ELEMENTS (with), FRAME_AT | FRAME_TRIGGER },
        { support_nouns, G_N_ELEMENTS (support_nouns), FRAME_AT },
        { drawing_verbs, G_N_ELEMENTS (drawing_verbs), FRAME_DRAWING },
        { side_preps, G_N_ELEMENTS (side_preps), FRAME_SIDE },
        { share_verbs, G_N_ELEMENTS (share_verbs), FRAME_SHARE },
        { admit_verbs, G_N_ELEMENTS (admit_verbs), FRAME_ADMIT },
      };
      EntWordMap *map = g_new0 (EntWordMap, 1);

      ent_word_map_init (map);
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        _ent_run_add_frame_words (map, lists[l].words, lists[l].n, lists[l].bit);
      _ent_run_add_demand_frame_words (map);
      _ent_run_add_giving_frame_words (map);
      _ent_run_add_suit_frame_words (map);
      _ent_run_add_facing_frame_words (map);
      _ent_run_add_act_frame_words (map);
      _ent_run_add_answer_frame_words (map);
      _ent_run_add_relation_frame_words (map);
      _ent_run_add_related_frame_words (map);
      _ent_run_add_ties_frame_words (map);
      _ent_run_add_act_bits (map);
      g_once_init_leave (&once, map);
    }
  return once;
}

/**
 * _ent_run_find_frame_words:
 *
 * Adds, for every word of the sentence, whether it is a form of "be" to
 * the frames it may start and the act it names, which tagging wrote into
 * run->frame_bits; lists in run->frame_hits, in order, the words that
 * have any of these, which are all that the frames and the acts visit.
 */
void
_ent_run_find_frame_words (Run *run)
{
  guint32 *bits = run->frame_bits;
  guint *hits = run->frame_hits;

  run->n_frame_hits = 0;
  for (guint i = run->first; i < run->last; i++)
    {
      guint32 b = bits[i - run->first];

      if (_ent_run_tag (run, i) == ENT_TAG_BE)
        b |= FRAME_BE;
      bits[i - run->first] = b;
      if (b != 0)
        hits[run->n_frame_hits++] = i;
    }
}

/* The frames that start at @i, a word with FRAME_AT among its @bits:
 * things given, taken, felt, moved, written, backed, fired and bid. */
static void
frame_at (Run    *run,
          guint   i,
          guint32 bits)
{
  int sign;

  if ((sign = from_frame_sign (run, i)) != 0)
    try_from_frame (run, i, sign);
  if ((sign = experiencer_sign (run, i)) != 0)
    try_experiencer (run, i, sign);
  if (bits & FRAME_TRIGGER)
    {
      gboolean transfer = is_transfer (run, i), text = _ent_run_is_text_noun (run, i);

      if (transfer)
        try_transfer (run, i);
      if (text)
        try_text_position (run, i);
      if (_ent_run_is (run, i, "with"))
        try_with_backing (run, i);
      else if (!transfer && !text)
        _ent_run_try_giving_to (run, i);
    }
  if (_ent_run_ref_at (run, (int)i + 1) != NULL &&
      (_ent_run_is_giving_verb (run, i) || _ent_run_is_suing_verb (run, i)))
    _ent_run_try_giving (run, i);
  if (_ent_run_is_firing_verb (run, i))
    _ent_run_try_firing (run, i);
  if (_ent_run_is (run, i + 1, "of"))
    try_support_of (run, i);
  if ((sign = _ent_run_bid_verb_sign (run, i)) != 0)
    _ent_run_try_bid (run, i, sign);
  _ent_run_try_facing (run, i);
  _ent_run_try_answered (run, i);
}

/* The frames that are not one cue word: relational nouns, demands,
 * labels, reactions, things moved between actors, feelings caused. */
void
_ent_extractor_apply_frames (Run *run)
{
  const guint32 *bits = run->frame_bits;

  _ent_run_rule_relational_nouns (run, bits);
  _ent_run_rule_patient_nouns (run, bits);
  _ent_run_rule_switches (run, bits);
  _ent_run_rule_charges (run, bits);
  _ent_run_rule_measures_imposed (run);
  rule_demands (run, bits);
  _ent_run_rule_labels (run, bits);
  _ent_run_rule_relation_change (run, bits);
  _ent_run_try_protest_after (run, bits);
  _ent_run_try_prompted (run, bits);
  for (guint k = 0; k < run->n_frame_hits; k++)
    {
      guint i = run->frame_hits[k];

      if (i + 1 < run->last && (bits[i - run->first] & FRAME_AT))
        frame_at (run, i, bits[i - run->first]);
    }
  for (guint k = 0; k < run->n_frame_hits; k++)
    {
      guint i = run->frame_hits[k];
      guint32 b = bits[i - run->first];

      if ((b & FRAME_LIST) && i > run->first && i + 3 < run->last)
        _ent_run_try_listing (run, i);
    }
  for (guint k = 0; k < run->n_frame_hits; k++)
    {
      guint i = run->frame_hits[k];
      guint32 b = bits[i - run->first];

      if ((b & FRAME_SIDE) && i > run->first && i + 2 < run->last &&
          _ent_run_ref_at (run, (int)i + 1) != NULL)
        _ent_run_try_possessor_side (run, i);
    }
  for (guint k = 0; k < run->n_frame_hits; k++)
    {
      guint i = run->frame_hits[k];
      guint32 b = bits[i - run->first];

      if ((b & FRAME_SHARE) && i > run->first && i + 3 < run->last &&
          _ent_run_ref_at (run, (int)i + 1) != NULL)
        _ent_run_try_shared_view (run, i);
    }
  for (guint k = 0; k < run->n_frame_hits; k++)
    {
      guint i = run->frame_hits[k];

      if ((bits[i - run->first] & FRAME_ADMIT) && i > run->first && i + 1 < run->last)
        _ent_run_try_admitted (run, i);
    }
  for (guint k = 0; k < run->n_frame_hits; k++)
    {
      guint i = run->frame_hits[k];

      if (!(bits[i - run->first] & FRAME_DRAWING) || i + 3 >= run->last)
        continue;
      if (_ent_run_is (run, i, "despite") || _ent_run_is (run, i, "amid"))
        _ent_run_try_despite (run, i);
      else
        {
          _ent_run_try_reaction (run, i);
          try_closer (run, i);
        }
    }
}
