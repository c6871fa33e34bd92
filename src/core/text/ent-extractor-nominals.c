/* ent-extractor-nominals.c
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
 * What the extractor remembers of an article as it reads it (the states,
 * groups, people and pairs named so far), and the nominal references
 * that point back into it: "the two countries", "the junta", "it".
 */

/* Discourse memory */

/* How often each state has been named: "the two countries" are most
 * often the two the text is about. */
static void
count_state (Run  *run,
             guint actor)
{
  guint k;

  for (k = 0; k < run->n_salient; k++)
    if (run->salient[k] == actor)
      {
        run->salient_count[k]++;
        return;
      }
  if (run->n_salient < G_N_ELEMENTS (run->salient))
    {
      run->salient[run->n_salient] = actor;
      run->salient_count[run->n_salient++] = 1;
    }
}

/* Words for a state's army or its government, which "the army" and "the
 * government" with no name refer to through the state last named with
 * them (see _ent_run_home_state()). */
typedef enum
{
  ORGAN_NONE,
  ORGAN_ARMY,
  ORGAN_GOVERNMENT,
} OrganWord;

static OrganWord
organ_word (Run  *run,
            guint k)
{
  if (_ent_run_is (run, k, "army") || _ent_run_is (run, k, "military") ||
      _ent_run_is (run, k, "armed"))
    return ORGAN_ARMY;
  if (_ent_run_is (run, k, "government") || _ent_run_is (run, k, "authorities") ||
      _ent_run_is (run, k, "junta") || _ent_run_is (run, k, "regime"))
    return ORGAN_GOVERNMENT;
  return ORGAN_NONE;
}

/* "In Tehran, the foreign ministry said": the state of the place that
 * opens the sentence before a comma, whose government then speaks. */
static int
scene_state (Run  *run,
             guint at)
{
  Ref *place;

  if (!_ent_run_is (run, run->first, "in") || run->first + 1 >= at)
    return -1;
  place = _ent_run_ref_at (run, (int)run->first + 1);
  if (!_ent_run_usable (place) || place->first != run->first + 1 || place->n_actors != 1 ||
      place->last >= at || !_ent_run_punct_is (run, place->last, ",") ||
      _ent_run_actor_of (run, place->actors[0])->kind != ENT_ACTOR_KIND_STATE)
    return -1;
  return (int)place->actors[0];
}

/* The state whose government or army "the government", "government
 * forces" or "the army" with no name mean: the state of the place the
 * sentence opens with ("In Baghdad, the government"), the last one the
 * story named with that word ("Sudan's army", "the Syrian government"),
 * or else the state of its dateline. */
int
_ent_run_home_state (Run  *run,
                     guint at)
{
  gboolean army = FALSE;
  int scene = scene_state (run, at);

  if (scene >= 0)
    return scene;

  for (guint k = at; k < run->last && k < at + 3; k++)
    {
      OrganWord word = organ_word (run, k);

      if (word == ORGAN_GOVERNMENT)
        break;
      army |= word == ORGAN_ARMY;
    }
  if (army && run->army_state >= 0)
    return run->army_state;
  if (!army && run->government_state >= 0)
    return run->government_state;
  return run->dateline_state;
}

/* Remembers a state named with its army or government: "Sudan's army",
 * "the Syrian government", "Malian armed forces". */
void
_ent_run_remember_organ (Run *run,
                         Ref *ref)
{
  if (ref->place || ref->person || ref->n_actors != 1 ||
      _ent_run_actor_of (run, ref->actors[0])->kind != ENT_ACTOR_KIND_STATE)
    return;
  for (guint k = ref->first; k < run->last && k < ref->last + 2; k++)
    switch (organ_word (run, k))
      {
      case ORGAN_ARMY:
        run->army_state = (int)ref->actors[0];
        break;
      case ORGAN_GOVERNMENT:
        run->government_state = (int)ref->actors[0];
        break;
      case ORGAN_NONE:
        break;
      }
}

/* The two states named most often so far, or FALSE. */
gboolean
_ent_run_salient_pair (Run *run,
                       Ref *ref)
{
  int best = -1, next = -1;

  for (guint k = 0; k < run->n_salient; k++)
    if (best < 0 || run->salient_count[k] > run->salient_count[best])
      {
        next = best;
        best = (int)k;
      }
    else if (next < 0 || run->salient_count[k] > run->salient_count[next])
      next = (int)k;
  if (best < 0 || next < 0 || run->salient_count[next] < 2)
    return FALSE;
  ref->actors[0] = run->salient[best];
  ref->actors[1] = run->salient[next];
  ref->n_actors = 2;
  return TRUE;
}

void
_ent_run_remember (Run  *run,
                   guint actor)
{
  const EntLexActor *lex = _ent_run_actor_of (run, actor);

  switch (lex->kind)
    {
    case ENT_ACTOR_KIND_PERSON:
      if (run->last_person != (int)actor)
        {
          run->person_pair[0] = run->last_person;
          run->person_pair[1] = actor;
        }
      run->last_person = actor;
      run->official_latest = FALSE;
      break;
    case ENT_ACTOR_KIND_STATE:
      count_state (run, actor);
      for (guint k = 0; k < run->n_recent_states; k++)
        if (run->recent_states[k] == (int)actor)
          {
            memmove (run->recent_states + k, run->recent_states + k + 1,
                     (run->n_recent_states - k - 1) * sizeof (int));
            run->n_recent_states--;
            break;
          }
      if (run->n_recent_states == G_N_ELEMENTS (run->recent_states))
        {
          memmove (run->recent_states, run->recent_states + 1,
                   sizeof run->recent_states - sizeof (int));
          run->n_recent_states--;
        }
      run->recent_states[run->n_recent_states++] = actor;
      if (run->last_state != (int)actor)
        {
          run->pair[0] = run->last_state;
          run->pair[1] = actor;
        }
      run->last_state = actor;
      run->last_other = actor;
      break;
    case ENT_ACTOR_KIND_GROUP:
      run->last_group = actor;
      run->last_other = actor;
      break;
    case ENT_ACTOR_KIND_ORGANISATION:
    default:
      run->last_org = actor;
      run->last_other = actor;
      if (run->n_recent_orgs == G_N_ELEMENTS (run->recent_orgs))
        {
          memmove (run->recent_orgs, run->recent_orgs + 1, sizeof run->recent_orgs - sizeof (int));
          run->n_recent_orgs--;
        }
      run->recent_orgs[run->n_recent_orgs++] = actor;
      break;
    }
}

/* Nominal references: "the two countries" names the last two states. */
typedef struct
{
  const char *words;
  RefWant     want;
} Nominal;

static const Nominal nominals[] = {
  { "his country", REF_PERSONS_STATE }, { "her country", REF_PERSONS_STATE },
  { "his government", REF_PERSONS_STATE }, { "her government", REF_PERSONS_STATE },
  { "the two countries", REF_PAIR }, { "the two nations", REF_PAIR }, { "the two sides", REF_PAIR },
  { "the two governments", REF_PAIR }, { "the two neighbours", REF_PAIR },
  { "the two neighbors", REF_PAIR }, { "the two states", REF_PAIR },
  { "the two capitals", REF_PAIR },
  { "the two rivals", REF_PAIR }, { "the two powers", REF_PAIR }, { "the two allies", REF_PAIR },
  { "both countries", REF_PAIR }, { "both nations", REF_PAIR }, { "both sides", REF_PAIR },
  { "both neighbours", REF_PAIR }, { "both neighbors", REF_PAIR }, { "each side", REF_PAIR },
  { "each country", REF_PAIR }, { "each government", REF_PAIR },
  { "both governments", REF_PAIR }, { "both capitals", REF_PAIR }, { "the neighbours", REF_PAIR },
  { "the neighbors", REF_PAIR }, { "the two leaders", REF_PAIR_PERSONS },
  { "the two men", REF_PAIR_PERSONS }, { "the two presidents", REF_PAIR_PERSONS },
  { "the two", REF_TWO }, { "the three countries", REF_PLURAL },
  { "the three governments", REF_PLURAL },
  { "the three leaders", REF_PLURAL }, { "the three nations", REF_PLURAL },
  { "the three allies", REF_PLURAL }, { "the three powers", REF_PLURAL },
  { "the three states", REF_PLURAL }, { "all three", REF_PLURAL },
  { "the four countries", REF_PLURAL },
  { "the leaders", REF_PLURAL }, { "the allies", REF_PLURAL }, { "the ministers", REF_PLURAL },
  { "the countries", REF_PLURAL }, { "the governments", REF_PLURAL },
  { "the country", REF_STATE }, { "the kingdom", REF_STATE }, { "the republic", REF_STATE },
  { "the emirate", REF_STATE }, { "the island", REF_STATE }, { "the junta", REF_STATE },
  { "the sultanate", REF_STATE }, { "the city-state", REF_STATE }, { "the archipelago", REF_STATE },
  { "the island nation", REF_STATE }, { "the gulf state", REF_STATE },
  { "the islamic republic", REF_STATE },
  { "the baltic state", REF_STATE }, { "the baltic nation", REF_STATE },
  { "the baltic country", REF_STATE }, { "the baltic republic", REF_STATE },
  { "the nordic country", REF_STATE }, { "the nordic nation", REF_STATE },
  { "the gulf kingdom", REF_STATE }, { "the gulf emirate", REF_STATE },
  { "the gulf monarchy", REF_STATE }, { "the gulf nation", REF_STATE },
  { "the balkan state", REF_STATE }, { "the balkan country", REF_STATE },
  { "the balkan nation", REF_STATE }, { "the balkan republic", REF_STATE },
  { "the himalayan kingdom", REF_STATE }, { "the himalayan nation", REF_STATE },
  { "the himalayan country", REF_STATE }, { "the andean nation", REF_STATE },
  { "the andean country", REF_STATE }, { "the sahel state", REF_STATE },
  { "the sahel country", REF_STATE }, { "the sahelian state", REF_STATE },
  { "the sahelian nation", REF_STATE }, { "the sahelian country", REF_STATE },
  { "the caribbean nation", REF_STATE }, { "the caribbean island", REF_STATE },
  { "the caribbean country", REF_STATE }, { "the central asian state", REF_STATE },
  { "the central asian nation", REF_STATE }, { "the central asian country", REF_STATE },
  { "the central asian republic", REF_STATE }, { "the southeast asian nation", REF_STATE },
  { "the southeast asian country", REF_STATE }, { "the southeast asian state", REF_STATE },
  { "the north", REF_STATE }, { "the south", REF_STATE },
  { "the regime", REF_STATE }, { "the military government", REF_STATE },
  { "the group", REF_GROUP }, { "the movement", REF_GROUP }, { "the militia", REF_GROUP },
  { "the militants", REF_GROUP }, { "the rebels", REF_GROUP },
  { "the paramilitary force", REF_GROUP }, { "the paramilitaries", REF_GROUP },
  { "the paramilitary group", REF_GROUP }, { "the insurgents", REF_GROUP },
  { "the jihadists", REF_GROUP },
  { "the faction", REF_GROUP }, { "the cartel", REF_GROUP },
  { "the gang", REF_GROUP }, { "the armed group", REF_GROUP }, { "the rebel group", REF_GROUP },
  { "the militant group", REF_GROUP }, { "the nation", REF_STATE },
  { "the guerrillas", REF_GROUP }, { "the guerrilla group", REF_GROUP },
  { "the separatists", REF_GROUP },
  { "the jihadist group", REF_GROUP }, { "the insurgent group", REF_GROUP },
  { "the court", REF_ORG_NAMED },
  { "the government", REF_HOME }, { "the army", REF_HOME }, { "the military", REF_HOME },
  { "government forces", REF_HOME }, { "government troops", REF_HOME },
  { "federal forces", REF_HOME },
  { "federal troops", REF_HOME },
  { "the armed forces", REF_HOME }, { "the federal government", REF_HOME },
  { "the foreign ministry", REF_HOME }, { "the defence ministry", REF_HOME },
  { "the defense ministry", REF_HOME }, { "the interior ministry", REF_HOME },
  { "the presidency", REF_HOME }, { "the foreign office", REF_HOME },
  { "foreign ministry spokesman", REF_HOME }, { "foreign ministry spokeswoman", REF_HOME },
  { "foreign ministry spokesperson", REF_HOME }, { "government spokesman", REF_HOME },
  { "government spokeswoman", REF_HOME },
  { "the bloc", REF_BLOC }, { "the alliance", REF_BLOC }, { "the organisation", REF_ORG },
  { "the organization", REF_ORG }, { "the body", REF_ORG }, { "the council", REF_ORG },
  { "the union", REF_BLOC }, { "the grouping", REF_BLOC }, { "the tribunal", REF_ORG_NAMED },
  { "the agency", REF_ORG_NAMED },
  { "he", REF_PERSON }, { "him", REF_PERSON }, { "his", REF_PERSON }, { "she", REF_PERSON },
  { "her", REF_PERSON },
  { "it", REF_OTHER }, { "its", REF_OTHER },
  { "they", REF_PLURAL }, { "them", REF_PLURAL }, { "their", REF_PLURAL },
  { "we", REF_SPEAKER }, { "our", REF_SPEAKER }, { "us", REF_SPEAKER }, { "i", REF_SPEAKER },
};

typedef struct
{
  guint64 words[4];
  guint   length;
} NominalWords;

static NominalWords nominal_words[G_N_ELEMENTS (nominals)];
static guint64 nominal_filter[8];  /* two bits for each first word, see may_start_nominal() */
static EntWordMap nominal_heads;   /* "group" of "the group" -> RefWant + 1 */
/* the indices of the nominals, in an EntBucket of guint: by their first
 * word, and those of "the ..." by their second word, so that one lookup
 * finds the few that may be at a token */
static EntWordMap nominal_by_first;
static EntWordMap nominal_by_second;

/* Bit @b (0 or 1) of nominal_filter for the word of hash @hash: nine
 * bits of the hash from its top or from below them. */
static inline guint
filter_bit (guint64 hash,
            guint   b)
{
  return (guint)(hash >> (b == 0 ? 55 : 46)) & 511;
}

/* Whether a nominal may start with the word of hash @hash: both its bits
 * of nominal_filter are set for every first word and for few others, so
 * that most tokens need no lookup. */
static inline gboolean
may_start_nominal (guint64 hash)
{
  guint b0 = filter_bit (hash, 0), b1 = filter_bit (hash, 1);

  return (nominal_filter[b0 / 64] & (G_GUINT64_CONSTANT (1) << (b0 % 64))) != 0 &&
         (nominal_filter[b1 / 64] & (G_GUINT64_CONSTANT (1) << (b1 % 64))) != 0;
}

void
_ent_run_init_nominals (void)
{
  for (guint n = 0; n < G_N_ELEMENTS (nominals); n++)
    {
      g_auto(GStrv) words = g_strsplit (nominals[n].words, " ", 4);

      nominal_words[n].length = g_strv_length (words);
      for (guint k = 0; k < nominal_words[n].length; k++)
        nominal_words[n].words[k] = ent_text_hash_str (words[k]);
      if (nominal_heads.slots == NULL)
        {
          ent_word_map_init (&nominal_heads);
          ent_word_map_init (&nominal_by_first);
          ent_word_map_init (&nominal_by_second);
        }
      for (guint b = 0; b < 2; b++)
        {
          guint bit = filter_bit (nominal_words[n].words[0], b);

          nominal_filter[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
        }
      {
        gboolean the = g_str_equal (words[0], "the") && nominal_words[n].length > 1;
        EntWordMap *index = the ? &nominal_by_second : &nominal_by_first;
        guint64 key = nominal_words[n].words[the ? 1 : 0];
        EntBucket *list = ent_word_map_lookup (index, key);

        ent_word_map_bucket_insert (index, key, list, list != NULL ? list->len : 0, &n, sizeof n);
      }
      if (nominal_words[n].length == 2 && g_str_equal (words[0], "the") &&
          (nominals[n].want == REF_GROUP || nominals[n].want == REF_ORG ||
           nominals[n].want == REF_BLOC || nominals[n].want == REF_STATE))
        ent_word_map_insert (&nominal_heads, nominal_words[n].words[1],
                             GINT_TO_POINTER (nominals[n].want + 1));
    }
}

static gboolean
name_goes_on (Run   *run,
              guint  p)
{
  return p < run->last && run->tokens[p].kind == ENT_TOKEN_WORD &&
         ((run->tokens[p].flags & ENT_TOKEN_CAPITALISED) || _ent_run_is (run, p, "of") ||
          _ent_run_is (run, p, "for") || _ent_run_is (run, p, "de") ||
          _ent_run_is (run, p, "del") || _ent_run_is (run, p, "los") || _ent_run_is (run, p, "la"));
}

/* "the rebel alliance", "the oil-rich kingdom", "the regional bloc": a
 * nominal with one or two lower-case modifiers before its head. */
static guint
match_modified_nominal (Run     *run,
                        guint    at,
                        RefWant *want)
{
  for (guint m = 1; m <= 2 && at + m + 1 <= run->last; m++)
    {
      const EntToken *t = &run->tokens[at + m];
      EntTag tag = _ent_run_tag (run, at + m);
      gpointer head;

      if (t->kind != ENT_TOKEN_WORD || (t->flags & ENT_TOKEN_CAPITALISED) ||
          !(tag == ENT_TAG_NONE || tag == ENT_TAG_ADJ || tag == ENT_TAG_PEOPLE ||
            tag == ENT_TAG_ORGAN))
        return 0;
      if (at + m + 1 < run->last && run->tokens[at + m + 1].kind == ENT_TOKEN_WORD &&
          !(run->tokens[at + m + 1].flags & ENT_TOKEN_CAPITALISED) &&
          (head = ent_word_map_lookup (&nominal_heads, run->tokens[at + m + 1].hash)) != NULL &&
          !name_goes_on (run, at + m + 2))
        {
          *want = (RefWant)(GPOINTER_TO_INT (head) - 1);
          return m + 2;
        }
    }
  return 0;
}

/* "the three juntas", "the two neighbours", but not "the three officials". */
static gboolean
collective_noun (Run  *run,
                 guint i)
{
  static const char *words[] = {
    "countries", "nations", "states", "governments", "juntas", "regimes", "allies", "powers",
    "members", "neighbours", "neighbors", "capitals", "sides", "parties", "partners", "rivals",
    "monarchies", "republics", "kingdoms", "emirates", "economies", "militaries", "armies",
    "leaders", "presidents", "signatories", "adversaries", "superpowers", "groups", "movements",
    "militias", "blocs", "alliances", "organisations", "organizations", "administrations",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

static gboolean
owner_after (Run   *run,
             guint  p)
{
  if (p + 1 >= run->last || !(_ent_run_is (run, p, "in") || _ent_run_is (run, p, "of")))
    return FALSE;
  p++;
  if (_ent_run_is (run, p, "the") && p + 1 < run->last)
    p++;
  return run->tokens[p].kind == ENT_TOKEN_WORD && (run->tokens[p].flags & ENT_TOKEN_CAPITALISED);
}

gboolean
_ent_run_verb_follows (Run  *run,
                       guint p)
{
  if (p >= run->last || (run->tokens[p].flags & ENT_TOKEN_HYPHEN_BEFORE))
    return FALSE;
  return _ent_run_verbal_tag (_ent_run_tag (run, p)) || _ent_run_tag (run, p) == ENT_TAG_ADV ||
         _ent_run_tag (run, p) == ENT_TAG_NEG || _ent_run_past_tense_word (run, (int)p);
}

/* _ent_run_match_nominal() past its first test, apart so that the many
 * tokens that fail it cost no more than the test. */
static G_NO_INLINE guint
match_nominal (Run     *run,
               guint    at,
               RefWant *want)
{
  const EntBucket *candidates;

  /* Only the nominals that start with the word, or, after "the", those
   * whose second word follows: every "the ..." nominal has two words,
   * and most "the" start none. */
  if (run->tokens[at].hash == ENT_WORD_HASH ("the"))
    candidates = at + 1 < run->last
                 ? ent_word_map_lookup (&nominal_by_second, run->tokens[at + 1].hash)
                 : NULL;
  else if ((candidates = ent_word_map_lookup (&nominal_by_first, run->tokens[at].hash)) == NULL)
    return 0;
  for (guint c = 0; candidates != NULL && c < candidates->len; c++)
    {
      guint n = ent_bucket_index (candidates, guint, c);
      guint len = nominal_words[n].length;
      gboolean ok = at + len <= run->last;

      for (guint k = 0; ok && k < len; k++)
        ok = run->tokens[at + k].hash == nominal_words[n].words[k] &&
             run->tokens[at + k].kind == ENT_TOKEN_WORD;
      /* "US" in capitals is the United States, not a pronoun. */
      if (ok && len == 1 && (run->tokens[at].flags & ENT_TOKEN_ALL_CAPS))
        ok = FALSE;
      /* "the Cartel de los Soles", "the Force of ...": a name goes on. */
      if (ok && len > 1 && (run->tokens[at + len - 1].flags & ENT_TOKEN_CAPITALISED) &&
          name_goes_on (run, at + len))
        ok = FALSE;
      /* "the junta in Niger", "the government of Mali": named after. */
      if (ok && (nominals[n].want == REF_STATE || nominals[n].want == REF_HOME) &&
          owner_after (run, at + len))
        ok = FALSE;
      /* "the two clashed", "the two have agreed", not "the two-state
       * solution" nor "the two groups". */
      if (ok && nominals[n].want == REF_TWO && !_ent_run_verb_follows (run, at + len))
        ok = FALSE;
      /* "the North" of Korea, but "the north of the country" */
      if (ok && len == 2 &&
          (_ent_run_is (run, at + 1, "north") || _ent_run_is (run, at + 1, "south")) &&
          !(run->tokens[at + 1].flags & ENT_TOKEN_CAPITALISED))
        ok = FALSE;
      if (ok)
        {
          *want = nominals[n].want;
          return len;
        }
    }

  /* "the three juntas", "both governments", "the two leaders". */
  if (at + 2 < run->last && _ent_run_is (run, at, "the") &&
      (_ent_run_is (run, at + 1, "two") || _ent_run_is (run, at + 1, "three") ||
       _ent_run_is (run, at + 1, "four") || _ent_run_is (run, at + 1, "five")) &&
      run->tokens[at + 2].kind == ENT_TOKEN_WORD &&
      run->text[run->tokens[at + 2].end - 1] == 's' &&
      !(run->tokens[at + 2].flags & ENT_TOKEN_CAPITALISED) && collective_noun (run, at + 2))
    {
      *want = _ent_run_is (run, at + 1, "two") ? REF_PAIR : REF_PLURAL;
      return 3;
    }
  if (_ent_run_is (run, at, "the"))
    return match_modified_nominal (run, at, want);
  return 0;
}

/* The length of the nominal reference ("the two countries", "the junta",
 * "it") at token @at, and in @want what it refers to; 0 for none. */
guint
_ent_run_match_nominal (Run     *run,
                        guint    at,
                        RefWant *want)
{
  if (!may_start_nominal (run->tokens[at].hash))
    return 0;
  return match_nominal (run, at, want);
}

/* "Saudi oil facilities", "the Mexican embassy", "an Azerbaijani
 * airliner": what belongs to the state stands for it when attacked. */
gboolean
_ent_run_state_property (Run  *run,
                         guint i)
{
  static const char *words[] = {
    "embassy", "embassies", "consulate", "consulates", "facilities", "facility", "installations",
    "infrastructure", "refinery", "refineries", "tanker", "tankers", "supertanker", "supertankers",
    "airliner", "airliners", "base", "bases", "warship", "warships", "vessel", "vessels", "ship",
    "ships", "satellite", "satellites", "interests", "assets", "outpost", "outposts", "positions",
    "state", "sovereignty", "independence", "statehood", "ports", "port", "cities", "towns",
    "airports", "airport", "grid", "sites", "airspace", "territory", "waters", "soil",
    "investment", "investments", "aid", "assistance", "frigate", "frigates", "destroyer",
    "destroyers", "submarine", "submarines", "drills", "exercises", "patrols", "posts",
    "checkpoints", "drone", "drones", "jet", "jets", "plane", "planes", "boat", "boats",
    "convoy", "convoys", "aircraft", "warplane", "warplanes", "helicopter", "helicopters",
    "missile", "missiles", "rocket", "rockets", "bomber", "bombers", "artillery", "tank", "tanks",
    "gunboat", "gunboats", "carrier", "carriers", "fleet", "flotilla", "squadron", "coastguard",
    "flights", "airlines", "airline", "villages", "village",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}
