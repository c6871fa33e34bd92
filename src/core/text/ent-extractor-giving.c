/* ent-extractor-giving.c
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
 * Frames of things given, fired and applied for: "gave Ukraine tanks",
 * "supplied drones to Russia", "fired rockets into northern Israel",
 * "approved Sweden's bid", "added Huawei to its entity list".
 */

static const char *giving_verbs[] = {
  "give", "gives", "gave", "given", "giving", "offer", "offers", "offered", "offering", "send",
  "sends", "sent", "sending", "provide", "provides", "provided", "providing", "grant", "grants",
  "granted", "granting", "lend", "lends", "lent", "lending", "promise", "promised", "promises",
  "pledge", "pledged", "pledges", "sell", "sells", "sold", "selling", "hand", "handed",
  "teach", "teaches", "taught", "teaching", "deal", "deals", "dealt", "dealing", "serve",
  "serves", "served", "serving",
};

/* "teach Haftar a lesson", "dealt Moscow a blow", "gave Serbia an
 * ultimatum": a hostile thing given. */
static gboolean
is_hostile_thing (Run  *run,
                  guint i)
{
  static const char *words[] = {
    "lesson", "blow", "blows", "defeat", "ultimatum", "notice", "setback", "rebuke", "snub",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "took Israel to the International Court of Justice", "dragged China
 * before a WTO panel": a case brought against the one taken. */
static const char *suing_verbs[] = {
  "take", "takes", "took", "taken", "taking", "drag", "drags", "dragged", "dragging", "haul",
  "hauls", "hauled", "hauling",
};

gboolean
_ent_run_is_suing_verb (Run  *run,
                        guint i)
{
  static EntWordMap *once;

  return ent_word_set_contains (&once, suing_verbs, G_N_ELEMENTS (suing_verbs),
                                run->tokens[i].hash);
}

/* "to court", "before the ICJ", "to the World Trade Organization": a
 * court or a body that judges disputes within a few words of @p. */
static gboolean
court_at (Run  *run,
          guint p)
{
  static const char *words[] = {
    "court", "courts", "tribunal", "arbitration", "icj", "icc", "wto", "panel",
  };
  static EntWordMap *once;

  if (p >= run->last || !(_ent_run_is (run, p, "to") || _ent_run_is (run, p, "before")))
    return FALSE;
  for (guint q = p + 1; q < run->last && q < p + 6; q++)
    {
      if (ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[q].hash) ||
          (_ent_run_is (run, q, "trade") && _ent_run_is (run, q - 1, "world")))
        return TRUE;
      if (run->tokens[q].kind == ENT_TOKEN_PUNCT)
        break;
    }
  return FALSE;
}

/* "would give Chisinau emergency funding", "sent Kyiv more tanks": the
 * first object of a verb of giving receives the thing given. */
gboolean
_ent_run_is_giving_verb (Run  *run,
                         guint i)
{
  static EntWordMap *once;

  return ent_word_set_contains (&once, giving_verbs, G_N_ELEMENTS (giving_verbs),
                                run->tokens[i].hash);
}

void
_ent_run_try_giving (Run  *run,
                     guint i)
{
  Ref *receiver = _ent_run_ref_at (run, i + 1);
  Group sources, targets;
  gboolean negated = FALSE, be = FALSE, modal = FALSE, thing = FALSE;
  gboolean suing = _ent_run_is_suing_verb (run, i);
  guint start, q;
  int sign = 1;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "give", ENT_CUE_VERB, ENT_FORM_OTHER, 1, 0.6, 1, FALSE, FALSE };

  if (!_ent_run_usable (receiver) || receiver->place || receiver->possessive ||
      receiver->bare_adjective || receiver->name_kind == ENT_NAME_ADJECTIVE)
    return;
  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  _ent_run_collect_right (run, receiver, &targets);
  /* "provided Kyiv with more than $60 billion in military aid" */
  for (q = targets.last; q < run->last && q < targets.last + 9 && !thing; q++)
    {
      if (suing)
        {
          thing = court_at (run, q);
          sign = -1;
          break;
        }
      /* "funding" is also a verb form: the thing is checked first. */
      if ((thing = _ent_run_is_military_aid (run, q)))
        break;
      if ((thing = is_hostile_thing (run, q)))
        {
          sign = -1;
          break;
        }
      if (_ent_run_ref_at (run, q) != NULL ||
          (run->tokens[q].kind == ENT_TOKEN_PUNCT && !_ent_run_punct_is (run, q, "$")) ||
          run->is_verb[q - run->first])
        break;
    }
  if (!thing)
    return;
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  if (negated || be || !_ent_run_group_left (run, (int)start - 1, &sources))
    return;
  at.end = q + 1;
  cue.sign = sign;
  at.cue = &cue;
  _ent_run_emit (run, &sources, &targets, sign, cue.strength, &at);
}

/* "Iran supplied drones to Russia", "sent more tanks to Kyiv": the thing
 * given first, then its receiver after "to". */
static const char *supply_verbs[] = {
  "supplied", "supplies", "supply", "supplying", "delivered", "delivers", "deliver", "delivering",
  "donated", "donates", "donate", "donating",
  "shipped", "ships", "ship", "shipping", "transferred", "transfers", "transfer", "sent", "sends",
  "send", "sending", "provided", "provides", "provide", "providing", "sold", "sells", "sell",
  "selling", "pledged", "pledges", "pledge", "pledging", "promised", "promises", "granted",
  "grants", "lent", "lends", "offered", "offers", "loaned", "loans", "extended", "extends",
  "extend", "extending",
};

/* "lent heavily to La Paz", "loaned $3 billion to Cairo": money lent is
 * the thing given, whatever words name it. */
static gboolean
is_lending_verb (Run  *run,
                 guint i)
{
  return _ent_run_is (run, i, "lent") || _ent_run_is (run, i, "lends") ||
         _ent_run_is (run, i, "loaned") || _ent_run_is (run, i, "loans");
}

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

/* "opposed", "blocked", "halted": a verb that stops the giving after it. */
gboolean
_ent_run_obstructs (Run  *run,
                    guint i)
{
  static const char *words[] = {
    "opposed", "opposes", "oppose", "opposing", "blocked", "blocks", "block", "blocking",
    "halted", "halts", "halt", "stopped", "stops", "stop", "suspended", "suspends", "suspend",
    "resisted", "resists", "resist", "rejected", "rejects", "reject", "ruled", "banned",
    "bans", "ban", "ended", "ends", "end",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash) ||
         _ent_run_bid_verb_sign (run, i) < 0;
}

/* "sanctioned Chinese firms for selling arms to Russia", "praised Tokyo
 * for sending aid to Manila": the object of the verb before "for" gives,
 * not the sentence's subject. Returns 1 with @sources set to it, 0 when
 * the object is no actor ("sanctioned Raytheon for selling"), and -1 when
 * the gerund at @i follows no object. */
static int
object_gives (Run   *run,
              guint  i,
              Group *sources)
{
  Ref *doer;

  if (!_ent_run_ends_in_ing (run, i) || _ent_run_object_before_for (run, i, &doer) < 0)
    return -1;
  if (!_ent_run_usable (doer) || doer->place || doer->possessive)
    return 0;
  _ent_run_collect_right (run, doer, sources);
  return 1;
}

void
_ent_run_try_giving_to (Run  *run,
                        guint i)
{
  Group sources, targets;
  gboolean negated = FALSE, be = FALSE, modal = FALSE, thing = is_lending_verb (run, i);
  guint start, q;
  int sign = 1, giver;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "supply to", ENT_CUE_VERB, ENT_FORM_OTHER, 1, 0.6, 1, FALSE, FALSE };

  /* "warned Beijing against supplying weapons to Moscow" */
  if (i > run->first && _ent_run_is (run, i - 1, "against"))
    return;
  for (q = i + 1; q < run->last && q < i + 7; q++)
    {
      /* "$1 billion", "€500 million" */
      if (run->tokens[q].kind == ENT_TOKEN_PUNCT && q + 1 < run->last &&
          run->tokens[q + 1].kind == ENT_TOKEN_NUMBER && !_ent_run_punct_is (run, q, ",.;:"))
        continue;
      if (_ent_run_ref_at (run, q) != NULL || run->tokens[q].kind == ENT_TOKEN_PUNCT ||
          run->is_verb[q - run->first])
        return;
      /* "drones", "F-16s", "Patriot systems" */
      if (_ent_run_is_military_aid (run, q) || ((run->tokens[q].flags & ENT_TOKEN_CAPITALISED) &&
                                                !(run->tokens[q].flags & ENT_TOKEN_QUOTE)))
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
  /* "opposed sending weapons to Ukraine": the gerund's verb says how */
  if (i > run->first && _ent_run_ends_in_ing (run, i) && _ent_run_obstructs (run, i - 1))
    {
      cue.sign = sign = -1;
      i--;
    }
  /* "vetoed a plan to send weapons to Ukraine" */
  if (_ent_run_foiled_attempt (run, i, &sources))
    cue.sign = sign = -1;
  else if ((giver = object_gives (run, i, &sources)) >= 0)
    {
      if (giver == 0)
        return;
    }
  else
    {
      start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
      if (negated || be || !_ent_run_group_left (run, (int)start - 1, &sources))
        return;
    }
  at.end = q + 1;
  at.cue = &cue;
  _ent_run_emit (run, &sources, &targets, sign, cue.strength, &at);
}

static const char *firing_verbs[] = {
  "fire", "fires", "fired", "firing", "launch", "launches", "launched", "launching", "lob", "lobs",
  "lobbed", "lobbing", "shoot", "shoots", "shot", "shooting", "hurl", "hurled", "hurls", "hurling",
};

/* "fired rockets into northern Israel", "launched missiles and drones at
 * Israel", "fired a barrage of rockets toward Kyiv": a weapon shot at an
 * actor is an attack on it, whatever words name the weapon. */
gboolean
_ent_run_is_firing_verb (Run  *run,
                         guint i)
{
  static EntWordMap *once;

  return ent_word_set_contains (&once, firing_verbs, G_N_ELEMENTS (firing_verbs),
                                run->tokens[i].hash);
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
  return _ent_run_is (run, i, "at") || _ent_run_is (run, i, "into") ||
         _ent_run_is (run, i, "toward") || _ent_run_is (run, i, "towards") ||
         _ent_run_is (run, i, "on") || _ent_run_is (run, i, "against");
}

void
_ent_run_try_firing (Run  *run,
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
  "obstructs", "obstructing", "thwarted", "thwarts", "froze", "freezes", "frozen", "freeze",
  "freezing", "torpedoed", "derailed", "shelved", "halted", "paused", "withheld", "withholds",
  "withhold", "withholding",
};

/* "EU aid to Ukraine", "the bloc's aid package for Kyiv", "weapons to
 * Israel": help given to someone, from @pos; TRUE with @targets the
 * receivers and @end the word before them. */
gboolean
_ent_run_aid_recipient (Run   *run,
                        guint  pos,
                        Group *targets,
                        guint *end)
{
  Group found;
  gboolean aid = FALSE;
  guint q;

  for (q = pos; q < run->last && q < pos + 9; q++)
    {
      Ref *ref = _ent_run_ref_at (run, q);

      /* "a $7 billion loan to Pakistan" */
      if (run->tokens[q].kind == ENT_TOKEN_PUNCT && q + 1 < run->last &&
          run->tokens[q + 1].kind == ENT_TOKEN_NUMBER && !_ent_run_punct_is (run, q, ",.;:"))
        continue;
      if (run->tokens[q].kind == ENT_TOKEN_NUMBER)
        continue;
      if (ref != NULL)
        {
          gboolean qualifies = ref->last < run->last && _ent_run_is_military_aid (run, ref->last);

          /* "a 50 billion euro EU aid package for Ukraine" */
          if ((aid && !qualifies) ||
              !(ref->possessive || ref->name_kind == ENT_NAME_ADJECTIVE || qualifies))
            return FALSE;
          q = ref->possessive ? ref->last : ref->last - 1;
          continue;
        }
      if (aid && (_ent_run_is (run, q, "to") || _ent_run_is (run, q, "for")))
        break;
      if (_ent_run_is_military_aid (run, q) || _ent_run_is (run, q, "package"))
        aid = TRUE;
      else if (run->tokens[q].kind != ENT_TOKEN_WORD || run->is_verb[q - run->first] ||
               !(_ent_run_tag (run, q) == ENT_TAG_DET || _ent_run_tag (run, q) == ENT_TAG_ADJ ||
                 _ent_run_tag (run, q) == ENT_TAG_NONE || _ent_run_tag (run, q) == ENT_TAG_ORGAN))
        return FALSE;
    }
  /* "aid to", "its aid package for", but not "arms suppliers to" */
  if (!aid || q + 1 >= run->last || !(_ent_run_is (run, q, "to") || _ent_run_is (run, q, "for")) ||
      !(_ent_run_is_military_aid (run, q - 1) || _ent_run_is (run, q - 1, "package")))
    return FALSE;
  _ent_run_group_init (&found);
  if (!_ent_run_object_after (run, q + 1, &found))
    return FALSE;
  *targets = found;
  *end = q;
  return TRUE;
}

/* "Turkey approved Sweden's bid to join NATO", "Hungary delayed Sweden's
 * NATO membership": what a government does with another's bid to join
 * says how it stands toward it, for verbs that say nothing otherwise. */
int
_ent_run_bid_verb_sign (Run  *run,
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

void
_ent_run_try_bid (Run  *run,
                  guint i,
                  int   sign)
{
  Group sources, targets;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "approve a bid", ENT_CUE_VERB, ENT_FORM_OTHER, 1, 0.6, 2, FALSE, FALSE };
  guint start, q;
  Ref *ref;

  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  q = i + 1;
  while (q < run->last && _ent_run_tag (run, q) == ENT_TAG_DET)
    q++;
  ref = _ent_run_ref_at (run, q);
  /* "froze military aid to Ukraine", "withheld funding for the
   * agency": what befalls help to someone says how one stands toward
   * them. */
  if (_ent_run_aid_recipient (run, i + 1, &targets, &q))
    ;
  else if (!_ent_run_usable (ref) || ref->place || !ref->possessive)
    return;
  else
    {
      /* "Sweden's bid", "Sweden's NATO membership" */
      q = ref->last + 1;
      if (q < run->last && _ent_run_ref_at (run, q) != NULL)
        q = _ent_run_ref_at (run, q)->last;
      if (q >= run->last || !is_bid_noun (run, q))
        return;
      _ent_run_group_add (&targets, ref);
    }
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

/* Putting someone on a list or taking them off: "added Huawei to its
 * entity list", "put Cuba back on its list of state sponsors of
 * terrorism", "took Cuba off the terrorism list", "dropped Uganda from its
 * AGOA trade programme". */
static const char *listing_verbs[] = {
  "added", "adds", "add", "adding", "put", "puts", "putting", "placed", "places", "place",
  "placing", "removed", "removes", "remove", "removing", "took", "takes", "take", "taking",
  "dropped", "drops", "drop", "dropping", "delisted", "delists", "delist", "struck", "strikes",
  "restored", "restores", "returned", "returns",
};

/* +1 for a list one is glad to be on (a trade programme, a white list),
 * -1 for a black list, 0 for no list: the words up to its noun from @q. */
static int
list_sign (Run  *run,
           guint q)
{
  static const char *bad[] = {
    "terror", "terrorism", "terrorist", "sponsors", "entity", "sanctions", "black", "grey", "gray",
    "watch", "blacklist", "watchlist", "blacklists", "denied",
  };
  static const char *lists[] = { "list", "lists", "register", "registry" };
  static const char *good[] = { "programme", "program", "scheme", "whitelist" };
  static EntWordMap *bad_once, *lists_once, *good_once;
  gboolean black = FALSE;

  for (guint k = 0; q < run->last && k < 8; q++, k++)
    {
      guint64 h = run->tokens[q].hash;

      if (run->tokens[q].kind == ENT_TOKEN_PUNCT)
        return 0;
      black |= ent_word_set_contains (&bad_once, bad, G_N_ELEMENTS (bad), h);
      if (_ent_run_is (run, q, "blacklist") || _ent_run_is (run, q, "watchlist"))
        return -1;
      if (ent_word_set_contains (&lists_once, lists, G_N_ELEMENTS (lists), h))
        {
          /* "its list of state sponsors of terrorism" */
          for (guint r = q + 1; r < run->last && r < q + 6 && !black; r++)
            black |= ent_word_set_contains (&bad_once, bad, G_N_ELEMENTS (bad),
                                            run->tokens[r].hash);
          return black ? -1 : _ent_run_is (run, q - 1, "white") ? 1 : 0;
        }
      if (ent_word_set_contains (&good_once, good, G_N_ELEMENTS (good), h))
        return black ? 0 : 1;
    }
  return 0;
}

void
_ent_run_try_listing (Run  *run,
                      guint i)
{
  Group sources, targets;
  gboolean negated = FALSE, be = FALSE, modal = FALSE, off;
  guint q = i + 1, start;
  int sign;
  Ref *ref;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "added", ENT_CUE_VERB, ENT_FORM_PAST, -1, 0.6, 1, FALSE, FALSE, FALSE };

  if (_ent_run_is (run, q, "back"))
    q++;
  q = _ent_run_skip_count (run, q);
  if (!_ent_run_usable (ref = _ent_run_ref_at (run, (int)q)) || ref->first != q || ref->place ||
      ref->possessive)
    return;
  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  _ent_run_collect_right (run, ref, &targets);
  q = targets.last;
  if (_ent_run_is (run, q, "back"))
    q++;
  if (q + 1 >= run->last)
    return;
  off = _ent_run_is (run, q, "from") || _ent_run_is (run, q, "off");
  if (!off && !_ent_run_is (run, q, "to") && !_ent_run_is (run, q, "on") &&
      !_ent_run_is (run, q, "onto"))
    return;
  if ((sign = list_sign (run, q + 1)) == 0)
    return;
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  if (negated || be || !_ent_run_group_left (run, (int)start - 1, &sources))
    return;
  sign = off ? -sign : sign;
  cue.sign = sign;
  at.cue = &cue;
  _ent_run_emit (run, &sources, &targets, sign, cue.strength, &at);
}

/* The words that start a gift, a supply, a shot, a bid or a listing, for
 * the frame map. */
void
_ent_run_add_giving_frame_words (EntWordMap *map)
{
  _ent_run_add_frame_words (map, giving_verbs, G_N_ELEMENTS (giving_verbs), FRAME_AT);
  _ent_run_add_frame_words (map, firing_verbs, G_N_ELEMENTS (firing_verbs), FRAME_AT);
  _ent_run_add_frame_words (map, bid_yes_verbs, G_N_ELEMENTS (bid_yes_verbs), FRAME_AT);
  _ent_run_add_frame_words (map, bid_no_verbs, G_N_ELEMENTS (bid_no_verbs), FRAME_AT);
  _ent_run_add_frame_words (map, supply_verbs, G_N_ELEMENTS (supply_verbs),
                            FRAME_AT | FRAME_TRIGGER);
  _ent_run_add_frame_words (map, listing_verbs, G_N_ELEMENTS (listing_verbs), FRAME_LIST);
}

/* Verbs that end what the noun names: "suspended its partnership with",
 * "lifted sanctions on". */
gboolean
_ent_run_is_reversal (Run *run,
                      int  p)
{
  static const char *words[] = {
    "suspend", "suspends", "suspended", "suspending", "end", "ends", "ended", "ending", "cut",
    "cuts", "cutting", "halt", "halts", "halted", "freeze", "froze", "frozen", "freezes", "cancel",
    "cancelled", "canceled", "cancels", "scrap", "scrapped", "scraps", "terminate", "terminated",
    "break", "broke", "broken", "breaks", "downgrade", "downgraded", "abandon", "abandoned",
    "sever", "severed", "lift", "lifted", "lifts", "ease", "eased", "eases", "drop", "dropped",
    "revoke", "revoked", "quit", "renounce", "renounced", "withdrew", "withdraw", "withdrawn",
    "strain", "strained", "strains", "straining", "sour", "soured", "sours", "souring", "damage",
    "damaged", "damages", "damaging", "worsen", "worsened", "worsens", "poison", "poisoned",
    "poisons",
    "undermine", "undermined", "undermines", "undermining", "jeopardise", "jeopardised",
    "jeopardize", "jeopardized", "tear", "tears", "tore", "torn", "tearing", "annul", "annuls",
    "annulled", "revokes", "revoking", "freezing", "halting", "lifting", "easing", "dropping",
    "scrapping", "cancelling", "canceling", "terminating", "abandoning", "severing",
    "withdrawing", "renouncing", "downgrading", "banned", "banning", "paused", "pausing",
    "withhold", "withholds", "withheld", "withholding",
  };
  /* nouns too ("China's seafood ban"): verbs only after "to" or a modal */
  static const char *bare[] = { "ban", "pause" };
  static const char *compounds[] = {
    "asset", "assets", "budget", "aid", "spending", "tax", "price", "rate", "troop", "funding",
  };
  static EntWordMap *once, *once_bare, *once_compounds;
  EntWordMap *set = _ent_run_signed_words (&once, words, G_N_ELEMENTS (words), NULL, 0);

  if (p < (int)run->first || p >= (int)run->last)
    return FALSE;
  if (ent_word_set_contains (&once_bare, bare, G_N_ELEMENTS (bare), run->tokens[p].hash))
    return p > (int)run->first && (_ent_run_tag (run, (guint)p - 1) == ENT_TAG_TO ||
                                   _ent_run_tag (run, (guint)p - 1) == ENT_TAG_MODAL);
  /* "imposing asset freezes and travel bans": a noun compound */
  if (p > (int)run->first &&
      ent_word_set_contains (&once_compounds, compounds, G_N_ELEMENTS (compounds),
                             run->tokens[p - 1].hash))
    return FALSE;
  return ent_word_map_lookup (set, run->tokens[p].hash) != NULL;
}

/* "to help separatists in the Donbas", "to support South Ossetian
 * separatists": help for the state's armed foes, in the words from @q. */
static gboolean
helps_insurgents (Run  *run,
                  guint q)
{
  static const char *foes[] = {
    "separatists", "separatist", "rebels", "rebel", "insurgents", "militants", "militias",
    "militia", "secessionists", "fighters", "guerrillas",
  };
  static EntWordMap *once;

  for (guint r = q; r < run->last && r < q + 4; r++)
    {
      Ref *ref = _ent_run_ref_at (run, (int)r);

      if (ent_word_set_contains (&once, foes, G_N_ELEMENTS (foes), run->tokens[r].hash) ||
          (_ent_run_usable (ref) &&
           _ent_run_actor_of (run, ref->actors[0])->kind == ENT_ACTOR_KIND_GROUP))
        return TRUE;
      /* "to help drive out Boko Haram": a verb, whose object is fought */
      if (ref == NULL && _ent_run_tag (run, r) != ENT_TAG_DET &&
          _ent_run_tag (run, r) != ENT_TAG_ADJ &&
          !(run->tokens[r].flags & ENT_TOKEN_CAPITALISED))
        return FALSE;
    }
  return FALSE;
}

/* "Chad sent troops into Nigeria to help drive Boko Haram out", "sent
 * troops into the country at the request of its government", "crossed
 * into eastern Congo for a joint offensive with the Congolese army":
 * troops sent to help are sent for the state, not against it. TRUE when
 * the clause after the targets, ending at @end, says so. */
gboolean
_ent_run_sent_to_help (Run         *run,
                       const CueAt *at,
                       guint        end)
{
  static const char *helping[] = {
    "help", "assist", "support", "aid", "shore", "prop", "defend", "protect", "bolster",
  };
  static EntWordMap *once;

  if (at->cue->sign >= 0 || !(_ent_starts_with (at->cue->phrase, "send troops") ||
                               _ent_starts_with (at->cue->phrase, "cross")))
    return FALSE;
  for (guint q = end; q + 1 < run->last && q < end + 12; q++)
    {
      if (_ent_run_punct_is (run, q, ";") || _ent_run_is (run, q, "but"))
        return FALSE;
      if (_ent_run_is (run, q, "joint"))
        return TRUE;
      if (_ent_run_is (run, q, "to") &&
          ent_word_set_contains (&once, helping, G_N_ELEMENTS (helping), run->tokens[q + 1].hash))
        return !helps_insurgents (run, q + 2);
      /* "at the request of", "at Bamako's invitation" */
      if (_ent_run_is (run, q, "at"))
        for (guint r = q + 1; r < run->last && r < q + 5; r++)
          if (_ent_run_is (run, r, "request") || _ent_run_is (run, r, "invitation"))
            return TRUE;
    }
  return FALSE;
}

/* Lists of the bad: "placed Tren de Aragua on the list of terrorist
 * organisations", "added Huawei to its entity list". */
static const char *placing_verbs[] = {
  "placed", "places", "place", "placing", "put", "puts", "putting", "added", "adds", "add",
  "adding",
};

/* The verbs that place on a list, for the frame map: labels. */
void
_ent_run_add_placing_frame_words (EntWordMap *map)
{
  _ent_run_add_frame_words (map, placing_verbs, G_N_ELEMENTS (placing_verbs), FRAME_LABEL);
}

/* Whether the word at @i places something somewhere: "placed", "added". */
gboolean
_ent_run_is_placing_verb (Run  *run,
                          guint i)
{
  static EntWordMap *once;

  return ent_word_set_contains (&once, placing_verbs, G_N_ELEMENTS (placing_verbs),
                                run->tokens[i].hash);
}

/* "on the list", "to its entity list": the list word after the
 * preposition at @on, or 0. */
static guint
list_word_after (Run   *run,
                 guint  on)
{
  for (guint q = on + 1; q < run->last && q < on + 6; q++)
    {
      if (_ent_run_is (run, q, "list") || _ent_run_is (run, q, "blacklist") ||
          _ent_run_is (run, q, "lists"))
        return q;
      if (run->tokens[q].kind != ENT_TOKEN_WORD || _ent_run_ref_at (run, q) != NULL)
        return 0;
    }
  return 0;
}

/* "placed Tren de Aragua and MS-13 on the list of terrorist
 * organisations", "added Huawei to its entity list": a blacklist; "put
 * China on notice": a warning. */
void
_ent_run_try_placing (Run  *run,
                      guint i)
{
  Group sources, targets;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  guint start, q;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "placed on the list", ENT_CUE_VERB, ENT_FORM_PAST, -1, 0.7, 2, FALSE, FALSE };

  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  if (!_ent_run_object_after (run, i + 1, &targets))
    return;
  /* "the Venezuelan gang Tren de Aragua and the Salvadoran-born MS-13
   * on the list", "Cuba back on the list" */
  for (q = targets.last; q < run->last && q < targets.last + 9; q++)
    {
      if (_ent_run_is (run, q, "on") || _ent_run_is (run, q, "to"))
        break;
      if ((run->tokens[q].kind == ENT_TOKEN_PUNCT && !_ent_run_is_hyphen (run, q)) ||
          (run->is_verb[q - run->first] && !_ent_run_is (run, q, "back") &&
           !(run->tokens[q].flags & ENT_TOKEN_HYPHEN_BEFORE)))
        return;
    }
  if (q >= run->last || !(_ent_run_is (run, q, "on") || _ent_run_is (run, q, "to")))
    return;
  /* "put China on notice": a warning */
  if (q + 1 < run->last && _ent_run_is (run, q, "on") && _ent_run_is (run, q + 1, "notice"))
    {
      cue.phrase = "put on notice";
      cue.strength = 0.6;
      q++;
    }
  else if ((q = list_word_after (run, q)) == 0)
    return;
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  if (negated || be || !_ent_run_group_left (run, (int)start - 1, &sources))
    return;
  at.end = q + 1;
  at.cue = &cue;
  _ent_run_emit (run, &sources, &targets, -1, cue.strength, &at);
}
