/* ent-extractor-mentions.c
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
 * Finding the actors a sentence names: the gazetteer's matches, less
 * places and things named after a state ("Syrian rebels", "the Russian
 * border"), plus surnames, datelines and references.
 */

/* Mentions */

/* "JNIM, an al-Qaida affiliate": the name qualifies a noun for another
 * actor, which "the group" later means. */
static gboolean
names_kin (Run       *run,
           const Ref *ref)
{
  static const char *words[] = {
    "affiliate", "affiliates", "offshoot", "offshoots", "splinter", "branch", "franchise",
    "proxy", "proxies", "ally", "allies", "partner", "partners", "client", "wing",
  };
  static EntWordMap *once;

  return ref->first > run->first && ref->last < run->last &&
         (_ent_run_is (run, ref->first - 1, "a") || _ent_run_is (run, ref->first - 1, "an")) &&
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[ref->last].hash);
}

/* "backed the Moroccan autonomy plan", "rejected Chinese claims": what a
 * state proposes or claims stands for the state. */
static gboolean
stance_noun (Run  *run,
             guint i)
{
  static const char *words[] = {
    "plan", "plans", "proposal", "proposals", "initiative", "bid", "candidacy", "position",
    "stance", "policy", "policies", "claim", "claims", "demand", "demands", "offer", "draft",
    "statement", "statements", "remarks", "comments", "actions", "action", "move", "moves",
    "threat", "threats", "accusations", "allegations", "decision", "decisions", "measures",
    "response",
    "construction", "activities", "activity", "presence", "buildup", "build-up", "militarisation",
    "militarization", "behaviour", "behavior", "conduct", "tactics", "cause",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "British Royal Marines", "the Turkish Armed Forces", "Israeli Special
 * Forces": a word of a unit's name, capitalised, on the way to its noun. */
static gboolean
unit_word (Run  *run,
           guint i)
{
  static const char *words[] = {
    "royal", "air", "armed", "special", "naval", "marine", "revolutionary", "federal",
    "presidential", "republican", "self-defense", "self-defence", "border", "coast", "national",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "the German-Turkish journalist", "a British-Iranian aid worker": a
 * person of two nationalities, the second at @i. */
static gboolean
dual_national (Run   *run,
               guint  i)
{
  static const char *words[] = {
    "journalist", "journalists", "citizen", "citizens", "national", "nationals", "activist",
    "activists", "businessman", "businessmen", "businesswoman", "academic", "academics",
    "student", "students", "researcher", "worker", "workers", "tourist", "tourists", "writer",
  };
  static EntWordMap *once;

  if (i + 2 >= run->last || run->tokens[i].kind != ENT_TOKEN_WORD ||
      !(run->tokens[i].flags & ENT_TOKEN_CAPITALISED))
    return FALSE;
  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i + 1].hash) ||
         (i + 3 < run->last && run->tokens[i + 1].kind == ENT_TOKEN_WORD &&
          !(run->tokens[i + 1].flags & ENT_TOKEN_CAPITALISED) &&
          ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i + 2].hash));
}

/* "MiG-31", "F-35", "B-2", "S-400": a model's designation, a capitalised
 * word and a number joined by a hyphen, at @i (either part). */
static gboolean
designation (Run  *run,
             guint i)
{
  const EntToken *t = &run->tokens[i];

  if (t->kind == ENT_TOKEN_WORD && (t->flags & ENT_TOKEN_CAPITALISED) && i + 1 < run->last)
    return (run->tokens[i + 1].flags & ENT_TOKEN_HYPHEN_BEFORE) &&
           g_ascii_isdigit (run->text[run->tokens[i + 1].start]);
  return i > run->first && (t->flags & ENT_TOKEN_HYPHEN_BEFORE) &&
         g_ascii_isdigit (run->text[t->start]) && run->tokens[i - 1].kind == ENT_TOKEN_WORD &&
         (run->tokens[i - 1].flags & ENT_TOKEN_CAPITALISED);
}

/* "Cuban state media", "Russian state television" at @i ("state"): the
 * state's voice, but not "Russian state media commentators". */
static gboolean
state_voice (Run  *run,
             guint i)
{
  const EntToken *after;

  if (!_ent_run_is (run, i, "state") || i + 1 >= run->last ||
      !(_ent_run_is (run, i + 1, "media") || _ent_run_is (run, i + 1, "television") ||
        _ent_run_is (run, i + 1, "tv") || _ent_run_is (run, i + 1, "radio") ||
        _ent_run_is (run, i + 1, "broadcaster") || _ent_run_is (run, i + 1, "newspaper")))
    return FALSE;
  if (i + 2 >= run->last)
    return TRUE;
  after = &run->tokens[i + 2];
  /* "state media commentators", "state television presenters" */
  return !(after->kind == ENT_TOKEN_WORD && !(after->flags & ENT_TOKEN_CAPITALISED) &&
           (_ent_run_tag (run, i + 2) == ENT_TAG_PEOPLE ||
            (_ent_run_tag (run, i + 2) == ENT_TAG_NONE &&
             !_ent_run_past_tense_word (run, (int)i + 2) && run->text[after->end - 1] == 's')));
}

/* "Russian MiG-31 jets struck", "struck by American B-2 bombers": a
 * model named with its maker's nationality is the maker's where it acts,
 * as the subject or the agent, not where someone else flies or fires it
 * ("Ukraine used American F-16 jets", "fired Iranian Quds-1 missiles"). */
static gboolean
flown_by_maker (Run *run,
                Ref *ref)
{
  int p = (int)ref->first - 1;

  while (p >= (int)run->first &&
         (run->tokens[p].kind == ENT_TOKEN_NUMBER || _ent_run_tag (run, p) == ENT_TAG_DET ||
          _ent_run_is_count (run, (guint)p)))
    p--;
  return p < (int)run->first || run->tokens[p].kind == ENT_TOKEN_PUNCT ||
         _ent_run_tag (run, p) == ENT_TAG_BY || _ent_run_is (run, p, "and");
}

/* A nationality word means the state only before a word for its organs:
 * "the Russian government", "Iranian forces", not "Syrian rebels". */
static gboolean
adjective_means_state (Run  *run,
                       Ref  *ref)
{
  guint i = ref->last;
  const EntToken *t = &run->tokens[ref->first];
  const char *end = run->text + t->end;

  /* "Iranian-made drones", but not "the Salvadoran-born gang leader" or
   * "the German-Turkish journalist" */
  if (i < run->last && (run->tokens[i].flags & ENT_TOKEN_HYPHEN_BEFORE))
    return !(_ent_run_is (run, i, "born") || _ent_run_is (run, i, "speaking") ||
             _ent_run_is (run, i, "style") || _ent_run_is (run, i, "era") ||
             dual_national (run, i));
  if (ref->first > run->first && (t->flags & ENT_TOKEN_HYPHEN_BEFORE))
    return !dual_national (run, ref->first);

  for (guint k = 0; k < 4 && i < run->last; k++, i++)
    {
      EntTag tag = _ent_run_tag (run, i);

      if (run->ref_at[i - run->first] >= 0)
        return FALSE;
      /* "the Lebanese resistance," Foreign Minister ...": not past a comma */
      if (run->tokens[i].kind == ENT_TOKEN_PUNCT)
        break;
      if (state_voice (run, i))
        {
          ref->last = i + 2;
          return TRUE;
        }
      /* "a Palestinian state", but "Russian state media" */
      if (tag == ENT_TAG_ORGAN || stance_noun (run, i) ||
          (_ent_run_state_property (run, i) &&
           !(_ent_run_is (run, i, "state") && i + 1 < run->last &&
             run->tokens[i + 1].kind == ENT_TOKEN_WORD &&
             !(run->tokens[i + 1].flags & ENT_TOKEN_CAPITALISED) &&
             (_ent_run_tag (run, i + 1) == ENT_TAG_NONE ||
              _ent_run_tag (run, i + 1) == ENT_TAG_PEOPLE))))
        {
          ref->last = i + 1;
          return TRUE;
        }
      /* "stood with the Palestinian people": the nation, as "the
       * Iranians" are */
      if (k == 0 && _ent_run_is (run, i, "people") && ref->first > run->first &&
          _ent_run_is (run, ref->first - 1, "the"))
        {
          ref->last = i + 1;
          return TRUE;
        }
      /* "Russian oil refinery", "Saudi oil facilities", "Belarusian border
       * guards": a thing or a body of the state's, unlike "Russian oil"
       * or "the Russian border" alone, or "Syrian rebel forces", whose
       * people are not the state. */
      if (tag == ENT_TAG_PEOPLE &&
          !((_ent_run_is (run, i, "oil") || _ent_run_is (run, i, "gas") ||
             _ent_run_is (run, i, "border") || _ent_run_is (run, i, "coast")) &&
            i + 1 < run->last &&
            (_ent_run_tag (run, i + 1) == ENT_TAG_ORGAN || _ent_run_state_property (run, i + 1)) &&
            run->ref_at[i + 1 - run->first] < 0))
        return FALSE;
      if (tag != ENT_TAG_ADJ && tag != ENT_TAG_PEOPLE &&
          !(tag == ENT_TAG_NONE && !(run->tokens[i].flags & ENT_TOKEN_CAPITALISED)) &&
          !unit_word (run, i) && !(designation (run, i) && flown_by_maker (run, ref)))
        break;
    }
  /* A plural standing alone, "the Iranians", is the state. */
  return end[-1] == 's' &&
         (ref->last >= run->last || run->tokens[ref->last].kind == ENT_TOKEN_PUNCT ||
          _ent_run_tag (run, ref->last) != ENT_TAG_NONE);
}

/* "tariffs on Canadian canola", "a ban on Russian oil", "duties on
 * Chinese electric vehicles", "suspended imports of Japanese seafood": a
 * trade measure on a country's goods is aimed at the country. */
static gboolean
after_trade_measure (Run *run,
                     Ref *ref)
{
  static const char *words[] = {
    "tariffs", "tariff", "duties", "duty", "levies", "levy", "ban", "bans", "embargo", "embargoes",
    "restrictions", "curbs", "quotas", "sanctions", "controls", "boycott", "boycotts", "cap",
    "caps",
    "capped", "capping", "surtax", "surtaxes", "surcharge", "surcharges", "measures", "imports",
    "investigation", "investigations", "probe", "probes",
  };
  static const char *buying[] = { "buying", "importing", "purchasing" };
  static EntWordMap *once, *once_buying;
  guint p = ref->first, q = ref->last;

  /* "sanctions on Israeli settlers" are on people, not on the state; "a
   * ban on Russian oil" is on its trade, "sanctions on Russian banks" on
   * its economy. */
  while (q < run->last && (_ent_run_tag (run, q) == ENT_TAG_ADJ ||
                           _ent_run_is (run, q, "seaborne") || _ent_run_is (run, q, "crude")))
    q++;
  if (q < run->last && _ent_run_tag (run, q) == ENT_TAG_PEOPLE && !_ent_run_is (run, q, "oil") &&
      !_ent_run_is (run, q, "gas") && !_ent_run_is (run, q, "banks") &&
      !_ent_run_is (run, q, "companies") && !_ent_run_is (run, q, "firms"))
    return FALSE;
  /* "sanctions on three Iranian oil companies", "on all Russian" */
  while (p > run->first && (_ent_run_tag (run, p - 1) == ENT_TAG_DET ||
                            _ent_run_tag (run, p - 1) == ENT_TAG_ADJ ||
                            _ent_run_is (run, p - 1, "all") ||
                            run->tokens[p - 1].kind == ENT_TOKEN_NUMBER ||
                            _ent_run_is_count (run, p - 1)))
    p--;
  /* "stopped buying Philippine bananas", "halted purchases of", but not
   * "kept buying Russian oil" */
  if (p > run->first + 1 &&
      ent_word_set_contains (&once_buying, buying, G_N_ELEMENTS (buying), run->tokens[p - 1].hash))
    return _ent_run_stopped_before (run, p - 1) >= 0;
  if (p > run->first + 2 && _ent_run_is (run, p - 1, "of") && _ent_run_is (run, p - 2, "purchases"))
    return _ent_run_stopped_before (run, p - 2) >= 0;
  if (p < run->first + 2 ||
      !(_ent_run_is (run, p - 1, "on") || _ent_run_is (run, p - 1, "against") ||
        _ent_run_is (run, p - 1, "of") || _ent_run_is (run, p - 1, "into")))
    return FALSE;
  p -= 2;
  /* "cap the price of Russian oil" */
  if (_ent_run_is (run, p, "price") && p > run->first && _ent_run_is (run, p - 1, "the") &&
      p - 1 > run->first)
    p -= 2;
  /* "new export controls on", "steep tariffs on" */
  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash);
}

/* "condemned Russian aggression": acts that stand for their author even
 * without a preposition after them. */
static gboolean
hostile_act (Run  *run,
             guint i)
{
  static const char *words[] = {
    "aggression", "invasion", "occupation", "annexation", "expansionism", "meddling",
    "interference",
    "provocations", "provocation", "incursions", "incursion", "bombardment", "shelling",
    "airstrikes",
    "coercion", "intimidation", "bullying", "imperialism", "hegemony", "militarism", "revanchism",
    "hostility", "belligerence",
  };
  static EntWordMap *once;

  /* "the Israeli offensive", "the Russian operation" */
  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash) ||
         _ent_run_is_event (run, i);
}

/* "a Russian attack on Ukraine", "U.S. sanctions on Iran": a nationality
 * word right before a noun cue holds the position. */
static gboolean
before_noun_cue (Run *run,
                 Ref *ref)
{
  const EntCue *cue;
  guint i = ref->last;

  while (i < run->last && _ent_run_tag (run, i) == ENT_TAG_ADJ)
    i++;
  if (i >= run->last)
    return FALSE;
  if (hostile_act (run, i))
    return TRUE;
  cue = ent_lexicon_match_cue (run->lexicon, run->tokens, run->last, i, NULL);
  if (cue == NULL)
    return FALSE;
  if (cue->pos == ENT_CUE_NOUN)
    return TRUE;
  /* "condemned the Iranian attack": after an article the verb cue is a noun. */
  return cue->pos == ENT_CUE_VERB && ref->first > run->first &&
         (_ent_run_tag (run, ref->first - 1) == ENT_TAG_DET ||
          _ent_run_tag (run, ref->first - 1) == ENT_TAG_POSS_PRON);
}

/* "Venezuela's government", "Russia's foreign ministry": the state
 * itself, not its possession. */
static void
extend_over_organs (Run *run,
                    Ref *ref)
{
  guint q = ref->last + 1;

  if (!ref->possessive || q >= run->last || _ent_run_tag (run, q) != ENT_TAG_ORGAN)
    return;
  while (q < run->last && _ent_run_tag (run, q) == ENT_TAG_ORGAN && run->ref_at[q - run->first] < 0)
    q++;
  /* "Israel's military offensive": the organ word modifies a noun. */
  if (q < run->last && run->tokens[q].kind == ENT_TOKEN_WORD &&
      _ent_run_tag (run, q) == ENT_TAG_NONE && !(run->tokens[q].flags & ENT_TOKEN_CAPITALISED))
    return;
  ref->last = q;
  ref->possessive = q < run->last && _ent_run_tag (run, q) == ENT_TAG_POSS;
}

/* "European Council President Donald Tusk", "NATO Secretary-General
 * Javier Solana": the body whose office @title names, when the dictionary
 * has the person @ref names act for another now, is the one the story has
 * them act for, there and in the rest of the story. */
static void
acting_for_office (Run       *run,
                   const Ref *title,
                   Ref       *ref)
{
  const EntLexActor *office = _ent_run_actor_of (run, title->actors[0]);
  const EntLexActor *person = _ent_run_actor_of (run, ref->actors[0]);
  int body;

  if (title->former || office->kind != ENT_ACTOR_KIND_PERSON || office->affiliation == NULL ||
      person->affiliation == NULL || g_str_equal (office->affiliation, person->affiliation) ||
      run->n_acting == G_N_ELEMENTS (run->acting_person) ||
      (body = ent_gazetteer_find (run->gazetteer, office->affiliation)) < 0)
    return;
  run->acting_person[run->n_acting] = ref->actors[0];
  run->acting_for[run->n_acting++] = (guint)body;
}

/* "Syrian President Bashar al-Assad" in a story of 2015: the title was
 * remembered as its holder now before the name after it was read; the
 * story's "he" and "the two leaders" are the name's, not @holder's. */
static void
forget_title_holder (Run  *run,
                     guint holder)
{
  if (run->first_person == (int)holder)
    run->first_person = -1;
  if (run->first_subject_person == (int)holder)
    run->first_subject_person = -1;
  if (run->last_person == (int)holder)
    run->last_person = run->person_pair[1] == (int)holder ? run->person_pair[0] : -1;
  if (run->person_pair[1] == (int)holder)
    {
      run->person_pair[1] = run->person_pair[0];
      run->person_pair[0] = -1;
    }
}

static void
add_ref (Run *run,
         Ref *ref)
{
  guint index;

  /* "Iranian President Ebrahim Raisi": the name, not the title's current
   * holder. */
  if (run->refs->len > 0 && ref->person && ref->name_kind == ENT_NAME_ALIAS)
    {
      Ref *prev = &g_array_index (run->refs, Ref, run->refs->len - 1);

      if (prev->last == ref->first && (prev->name_kind == ENT_NAME_TITLE || prev->person ||
                                       prev->name_kind == ENT_NAME_ADJECTIVE))
        {
          if (prev->name_kind == ENT_NAME_TITLE)
            {
              acting_for_office (run, prev, ref);
              forget_title_holder (run, prev->actors[0]);
            }
          ref->first = prev->first;
          ref->former |= prev->former;
          g_array_set_size (run->refs, run->refs->len - 1);
        }
    }
  for (guint k = 0; ref->person && k < run->n_acting; k++)
    if (ref->actors[0] == run->acting_person[k])
      ref->actors[0] = run->acting_for[k];
  index = run->refs->len;

  g_array_append_val (run->refs, *ref);
  for (guint k = ref->first; k < ref->last; k++)
    run->ref_at[k - run->first] = index;
}

/* "former Argentine President ...", "the ex-president": the token before
 * @first says the office is no longer held. */
static gboolean
after_former (Run  *run,
              guint first)
{
  return first > run->first && (_ent_run_is (run, first - 1, "former") ||
                                (_ent_run_is (run, first - 1, "ex") &&
                                 (run->tokens[first].flags & ENT_TOKEN_HYPHEN_BEFORE)));
}

/* Where @hash is among the surnames kept, or -1. */
static int
find_surname (Run     *run,
              guint64  hash)
{
  for (guint k = 0; k < MIN (run->n_surnames, G_N_ELEMENTS (run->surname_hash)); k++)
    if (run->surname_hash[k] == hash)
      return (int) k;
  return -1;
}

/* A person named in full, alone or after a title: the last word of the
 * name (the first for family names written first), once capitalised,
 * means them for the rest of the story, even where the dictionary gives
 * it to no one (two people share it: "Dagalo"). The newest wins. */
static void
keep_surname (Run     *run,
              guint64  hash,
              int      actor)
{
  int slot = find_surname (run, hash);

  if (slot < 0)
    slot = (int) (run->n_surnames++ % G_N_ELEMENTS (run->surname_hash));
  run->surname_hash[slot] = hash;
  run->surname_actor[slot] = actor;
}

/* Whether people of @actor's state are written family name first, as
 * news writes Chinese, Korean and Cambodian names: "Kim Jong Un" is
 * then "Kim", "Xi Jinping" "Xi". */
static gboolean
family_name_first (Run   *run,
                   guint  actor)
{
  static const char *states[] = { "CHN", "TWN", "PRK", "KOR", "KHM" };
  const char *state = _ent_run_state_of (run, actor);

  for (guint k = 0; k < G_N_ELEMENTS (states); k++)
    if (g_strcmp0 (state, states[k]) == 0)
      return TRUE;
  return FALSE;
}

static void
remember_surname (Run               *run,
                  const EntMention  *m)
{
  const EntToken *first, *last = &run->tokens[m->last - 1];
  guint name = m->last - 1;

  if (!(m->name_kind == ENT_NAME_ALIAS || m->name_kind == ENT_NAME_TITLE) ||
      m->last - m->first < 2 ||
      !(last->flags & ENT_TOKEN_CAPITALISED) ||
      _ent_run_actor_of (run, m->actor)->kind != ENT_ACTOR_KIND_PERSON)
    return;
  /* "North Korean leader Kim Jong Un": the name after the title */
  while (name > m->first && run->tokens[name - 1].kind == ENT_TOKEN_WORD &&
         (run->tokens[name - 1].flags & ENT_TOKEN_CAPITALISED) &&
         _ent_run_tag (run, name - 1) != ENT_TAG_ORGAN)
    name--;
  if (name + 1 >= m->last && m->name_kind == ENT_NAME_TITLE)
    return;
  first = &run->tokens[name];
  if (family_name_first (run, m->actor) && (first->flags & ENT_TOKEN_CAPITALISED) &&
      first->kind == ENT_TOKEN_WORD && first->end - first->start >= 2)
    keep_surname (run, first->hash, (int) m->actor);
  else if (last->end - last->start >= 4)
    keep_surname (run, last->hash, (int) m->actor);
}

/* Whether tokens [first, last) are two or three capitalised words the
 * dictionary does not know: a person's name. */
static gboolean
unknown_name (Run   *run,
              guint  first,
              guint  last)
{
  if (last <= first || last - first < 2 || last - first > 3 || first < run->first ||
      last > run->last)
    return FALSE;
  for (guint q = first; q < last; q++)
    if (run->tokens[q].kind != ENT_TOKEN_WORD || !(run->tokens[q].flags & ENT_TOKEN_CAPITALISED) ||
        (run->tokens[q].flags & ENT_TOKEN_ALL_CAPS) ||
        run->tokens[q].end - run->tokens[q].start < 3 ||
        ent_gazetteer_match (run->gazetteer, run->text, run->tokens, run->last, q,
                             &(EntMention){ 0 }))
      return FALSE;
  return TRUE;
}

/* "Iranian Foreign Minister Farid Kazemi", "Kwame Osei, Ghana's
 * ambassador,": an official the dictionary does not know, named with
 * the office that says whose; "Kazemi" later stands for that state. */
static void
remember_unknown_official (Run *run,
                           Ref *ref)
{
  guint q = ref->last, end;
  int state;

  if (ref->place ||
      !(ref->name_kind == ENT_NAME_TITLE || _ent_run_tag (run, ref->last - 1) == ENT_TAG_ORGAN))
    return;
  state = ent_gazetteer_find (run->gazetteer, _ent_run_state_of (run, ref->actors[0]));
  if (state < 0 || _ent_run_actor_of (run, state)->kind != ENT_ACTOR_KIND_STATE)
    return;
  /* after the office */
  for (end = q; end < run->last && end < q + 4 && (run->tokens[end].flags & ENT_TOKEN_CAPITALISED);
       end++)
    ;
  if (unknown_name (run, q, end) && (end == run->last || run->tokens[end].kind == ENT_TOKEN_PUNCT ||
                                     !(run->tokens[end].flags & ENT_TOKEN_CAPITALISED)))
    {
      keep_surname (run, run->tokens[end - 1].hash, state);
      run->official_state = state;
      run->official_latest = TRUE;
      return;
    }
  /* before it, in apposition: "Kwame Osei, Ghana's ambassador,", "Farid
   * Kazemi, a spokesman for the Iranian foreign ministry" */
  q = ref->first;
  while (q > run->first && q + 6 > ref->first && run->tokens[q - 1].kind == ENT_TOKEN_WORD &&
         !(run->tokens[q - 1].flags & ENT_TOKEN_CAPITALISED) && !run->is_verb[q - 1 - run->first] &&
         (_ent_run_tag (run, q - 1) == ENT_TAG_DET || _ent_run_tag (run, q - 1) == ENT_TAG_ADJ ||
          _ent_run_tag (run, q - 1) == ENT_TAG_ORGAN || _ent_run_tag (run, q - 1) == ENT_TAG_PREP ||
          _ent_run_tag (run, q - 1) == ENT_TAG_NONE))
    q--;
  if (q >= run->first + 3 && _ent_run_punct_is (run, q - 1, ",") &&
      unknown_name (run, q >= run->first + 4 && unknown_name (run, q - 4, q - 1) ? q - 4 : q - 3,
                    q - 1))
    {
      keep_surname (run, run->tokens[q - 2].hash, state);
      run->official_state = state;
      run->official_latest = TRUE;
    }
}

/* A surname kept at token @i, alone (not a word of another name, as in
 * "Dagalo Street"), as a mention of its person. */
static gboolean
match_surname (Run        *run,
               guint       i,
               EntMention *m)
{
  const EntToken *token = &run->tokens[i];
  int k;

  if (token->kind != ENT_TOKEN_WORD || !(token->flags & ENT_TOKEN_CAPITALISED))
    return FALSE;
  if (i + 1 < run->last && run->tokens[i + 1].kind == ENT_TOKEN_WORD &&
      (run->tokens[i + 1].flags & ENT_TOKEN_CAPITALISED))
    return FALSE;
  if ((k = find_surname (run, token->hash)) < 0)
    return FALSE;
  m->first = i;
  m->last = i + 1;
  m->actor = (guint) run->surname_actor[k];
  m->name_kind = ENT_NAME_ALIAS;
  return TRUE;
}

/* match_surname() asked only of the capitalised words, inline: most
 * words of a text are not. */
static inline gboolean
surname_at (Run        *run,
            guint       i,
            EntMention *m)
{
  return (run->tokens[i].flags & ENT_TOKEN_CAPITALISED) && match_surname (run, i, m);
}

/* "American and British strikes", "American, British and French
 * warships": a nationality word joined to the next one by "and", "or" or
 * a comma means what that one means. */
static gboolean
joined_to_adjective (Run   *run,
                     Ref   *ref,
                     guint  depth)
{
  EntMention m;
  Ref next = { 0 };
  guint i = ref->last;

  if (depth > 4 || i + 1 >= run->last)
    return FALSE;
  /* "American, British, and French" */
  if (_ent_run_punct_is (run, i, ",") &&
      (_ent_run_is (run, i + 1, "and") || _ent_run_is (run, i + 1, "or")))
    i++;
  if (i + 1 >= run->last || !(_ent_run_punct_is (run, i, ",") || _ent_run_is (run, i, "and") ||
                              _ent_run_is (run, i, "or")) ||
      !ent_gazetteer_match (run->gazetteer, run->text, run->tokens, run->last, i + 1, &m) ||
      m.name_kind != ENT_NAME_ADJECTIVE)
    return FALSE;
  next.first = m.first;
  next.last = m.last;
  next.actors[0] = m.actor;
  next.n_actors = 1;
  next.name_kind = m.name_kind;
  return adjective_means_state (run, &next) || before_noun_cue (run, &next) ||
         joined_to_adjective (run, &next, depth + 1);
}

/* "Bashar al-Assad ... the Syrian leader": a title of the office names
 * its former holder when the story has named them, not its holder now.
 * The holder the dictionary gives for the title is @actor. */
static guint
former_holder (Run              *run,
               const EntMention *m)
{
  const EntLexActor *now = _ent_run_actor_of (run, m->actor);
  gboolean premier = FALSE;

  if (m->name_kind != ENT_NAME_TITLE || now->kind != ENT_ACTOR_KIND_PERSON ||
      now->affiliation == NULL)
    return m->actor;
  for (guint q = m->first; q < m->last; q++)
    premier |= _ent_run_is (run, q, "minister") || _ent_run_is (run, q, "premier") ||
               _ent_run_is (run, q, "pm");
  for (guint k = 0; k < MIN (run->n_surnames, G_N_ELEMENTS (run->surname_actor)); k++)
    {
      const EntLexActor *then = _ent_run_actor_of (run, (guint)run->surname_actor[k]);

      if ((guint)run->surname_actor[k] == m->actor || then->kind != ENT_ACTOR_KIND_PERSON ||
          g_strcmp0 (then->affiliation, now->affiliation) != 0 || then->role == NULL ||
          !g_str_has_prefix (then->role, "Former "))
        continue;
      if (premier ? strstr (then->role, "Prime Minister") != NULL
                  : (strstr (then->role, "President") != NULL ||
                     strstr (then->role, "leader") != NULL || strstr (then->role, "ruler") != NULL))
        return (guint)run->surname_actor[k];
    }
  return m->actor;
}

/* Whether the word at @i is a group's noun after a backer's affix that
 * follows "the": "the Iran-backed group", "the Russian-led separatists". */
static gboolean
affixed_group (Run  *run,
               guint i)
{
  static const char *heads[] = {
    "group", "militia", "militias", "movement", "rebels", "fighters", "separatists", "insurgents",
    "proxies", "proxy", "faction", "paramilitaries", "militants", "guerrillas",
  };
  static EntWordMap *heads_once;
  Ref *backer;

  if (i < run->first + 3 || !(run->tokens[i - 1].flags & ENT_TOKEN_HYPHEN_BEFORE) ||
      (run->tokens[i].flags & ENT_TOKEN_CAPITALISED) ||
      !ent_word_set_contains (&heads_once, heads, G_N_ELEMENTS (heads), run->tokens[i].hash))
    return FALSE;
  backer = _ent_run_ref_at (run, (int)i - 2);
  return _ent_run_usable (backer) && backer->last == i - 1 && backer->first > run->first &&
         _ent_run_is (run, backer->first - 1, "the") &&
         (_ent_run_backer_affix (run, backer) || _ent_run_is (run, i - 1, "led"));
}

void
_ent_run_find_refs (Run *run)
{
  for (guint i = run->first; i < run->last; )
    {
      EntMention m;
      Ref ref;
      RefWant want;
      guint len;

      /* A surname met earlier in this text beats a guess at a misspelling,
       * and a family's name the dictionary gives one of its members: the
       * story's "George Bush", then "Bush". */
      if ((ent_gazetteer_may_match (run->name_starts, &run->tokens[i]) &&
           ent_gazetteer_match (run->gazetteer, run->text, run->tokens, run->last, i, &m) &&
           !((m.name_kind == ENT_NAME_FUZZY ||
              (m.last == m.first + 1 && m.name_kind == ENT_NAME_ALIAS &&
               _ent_run_actor_of (run, m.actor)->kind == ENT_ACTOR_KIND_PERSON)) &&
             surname_at (run, i, &m))) ||
          surname_at (run, i, &m))
        {
          if (_ent_run_inside_other_name (run, &m))
            {
              i = m.last;
              continue;
            }
          m.actor = former_holder (run, &m);
          ref = (Ref){ 0 };
          ref.first = m.first;
          ref.last = m.last;
          ref.actors[0] = m.actor;
          ref.n_actors = 1;
          ref.name_kind = m.name_kind;
          ref.person = _ent_run_actor_of (run, m.actor)->kind == ENT_ACTOR_KIND_PERSON;
          remember_surname (run, &m);
          if (m.name_kind != ENT_NAME_ADJECTIVE || adjective_means_state (run, &ref) ||
              (ref.bare_adjective = before_noun_cue (run, &ref)) ||
              (ref.bare_adjective = joined_to_adjective (run, &ref, 0)) ||
              (ref.bare_adjective = after_trade_measure (run, &ref)))
            {
              gboolean dateline = _ent_run_is_dateline (run, &ref);

              ref.place = (dateline || _ent_run_names_place (run, &ref, m.actor)) && !ref.person;
              /* a city's own state ("COX'S BAZAR, Bangladesh") is where
               * the story was filed, not whose army "the military" is */
              if (dateline && run->dateline_state < 0 && ref.first == run->first &&
                  _ent_run_actor_of (run, m.actor)->kind == ENT_ACTOR_KIND_STATE)
                run->dateline_state = (int)m.actor;
              ref.possessive = ref.last < run->last && _ent_run_tag (run, ref.last) == ENT_TAG_POSS;
              ref.former = after_former (run, ref.first);
              extend_over_organs (run, &ref);
              _ent_run_remember_organ (run, &ref);
              remember_unknown_official (run, &ref);
              add_ref (run, &ref);
              /* the body a person acts for here, if add_ref() found one */
              m.actor = ref.actors[0];
              if (!ref.place && !ref.former && !names_kin (run, &ref))
                _ent_run_remember (run, m.actor);
              if (!ref.place && !ref.possessive && ref.person && run->first_subject_person < 0 &&
                  _ent_run_subject_like (run, &ref))
                run->first_subject_person = m.actor;
              if (!ref.place && !ref.possessive && ref.person && run->first_person < 0)
                run->first_person = m.actor;
              else if (!ref.place && ref.possessive && ref.person && run->first_owner < 0)
                run->first_owner = m.actor;
              else if (!ref.place && !ref.person && run->first_other < 0 &&
                       m.name_kind != ENT_NAME_ADJECTIVE)
                run->first_other = m.actor;
            }
          i = m.last;
          continue;
        }

      /* "the Iran-backed group", "the Saudi-funded militia": the group the
       * story named last, which the backer's affix describes */
      if (affixed_group (run, i))
        {
          ref = (Ref){ 0 };
          ref.first = i;
          ref.last = i + 1;
          ref.pronoun = TRUE;
          if (_ent_run_resolve (run, REF_GROUP, i, &ref))
            add_ref (run, &ref);
          i++;
          continue;
        }
      if ((len = _ent_run_match_nominal (run, i, &want)) > 0)
        {
          ref = (Ref){ 0 };
          ref.first = i;
          ref.last = i + len;
          ref.pronoun = TRUE;
          if (_ent_run_resolve (run, want, i, &ref))
            {
              ref.possessive = ref.last < run->last && _ent_run_tag (run, ref.last) == ENT_TAG_POSS;
              add_ref (run, &ref);
            }
          i += len;
          continue;
        }
      i++;
    }
}

/* The last list of two or more actors in the sentence ("Mali, Burkina Faso
 * and Niger") is what "the three countries" and "they" refer to next. */
void
_ent_run_remember_coordination (Run *run)
{
  Group group = { { 0 }, 0, 0, 0, FALSE };

  for (guint r = 0; r < run->refs->len; r++)
    {
      Ref *ref = &g_array_index (run->refs, Ref, r);
      Ref *prev = r > 0 ? &g_array_index (run->refs, Ref, r - 1) : NULL;
      gboolean joined = FALSE;

      if (prev != NULL && ref->first >= prev->last && ref->first - prev->last <= 2)
        {
          joined = TRUE;
          for (guint k = prev->last; k < ref->first; k++)
            joined &= _ent_run_is (run, k, "and") || _ent_run_punct_is (run, k, ",") ||
                      _ent_run_is (run, k, "or");
          joined &= ref->first > prev->last;
        }
      if (!joined)
        {
          if (group.n >= 2)
            run->last_plural = group;
          group.n = 0;
        }
      for (guint k = 0; k < ref->n_actors && group.n < MAX_GROUP && !ref->place; k++)
        group.actors[group.n++] = ref->actors[k];
    }
  if (group.n >= 2)
    run->last_plural = group;
}
