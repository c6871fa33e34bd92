/* ent-extractor.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ent-extractor-private.h"
#include "ent-word-map.h"

struct _EntExtractor
{
  GObject       parent_instance;

  EntGazetteer *gazetteer;
  EntLexicon   *lexicon;
};

G_DEFINE_FINAL_TYPE (EntExtractor, ent_extractor, G_TYPE_OBJECT)

static void init_nominals (void);

static void
ent_extractor_dispose (GObject *object)
{
  EntExtractor *self = (EntExtractor *)object;

  g_clear_object (&self->gazetteer);
  g_clear_object (&self->lexicon);

  G_OBJECT_CLASS (ent_extractor_parent_class)->dispose (object);
}

static void
ent_extractor_class_init (EntExtractorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ent_extractor_dispose;
  init_nominals ();
}

static void
ent_extractor_init (EntExtractor *self)
{
}

EntExtractor *
ent_extractor_new (EntGazetteer *gazetteer,
                   EntLexicon   *lexicon)
{
  EntExtractor *self;

  g_return_val_if_fail (ENT_IS_GAZETTEER (gazetteer), NULL);
  g_return_val_if_fail (ENT_IS_LEXICON (lexicon), NULL);

  self = g_object_new (ENT_TYPE_EXTRACTOR, NULL);
  self->gazetteer = g_object_ref (gazetteer);
  self->lexicon = g_object_ref (lexicon);
  return self;
}

/**
 * ent_extractor_new_default:
 *
 * Returns: an extractor on the installed (or source tree) dictionaries
 */
EntExtractor *
ent_extractor_new_default (GError **error)
{
  g_autoptr(EntGazetteer) gazetteer = ent_gazetteer_new_default (error);
  g_autoptr(EntLexicon) lexicon = NULL;

  if (gazetteer == NULL || (lexicon = ent_lexicon_new_default (error)) == NULL)
    return NULL;
  return ent_extractor_new (gazetteer, lexicon);
}

EntGazetteer *
ent_extractor_get_gazetteer (EntExtractor *self)
{
  g_return_val_if_fail (ENT_IS_EXTRACTOR (self), NULL);
  return self->gazetteer;
}

EntLexicon *
ent_extractor_get_lexicon (EntExtractor *self)
{
  g_return_val_if_fail (ENT_IS_EXTRACTOR (self), NULL);
  return self->lexicon;
}

static const EntLexActor *
actor_of (Run  *run,
          guint index)
{
  return ent_gazetteer_get_actor (run->gazetteer, index);
}

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
 * them (see home_state()). */
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
  if (_ent_run_is (run, k, "army") || _ent_run_is (run, k, "military") || _ent_run_is (run, k, "armed"))
    return ORGAN_ARMY;
  if (_ent_run_is (run, k, "government") || _ent_run_is (run, k, "authorities") ||
      _ent_run_is (run, k, "junta") || _ent_run_is (run, k, "regime"))
    return ORGAN_GOVERNMENT;
  return ORGAN_NONE;
}

/* The state whose government or army "the government", "government
 * forces" or "the army" with no name mean: the last one the story named
 * with that word ("Sudan's army", "the Syrian government"), or else the
 * state of its dateline. */
static int
home_state (Run  *run,
            guint at)
{
  gboolean army = FALSE;

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
static void
remember_organ (Run *run,
                Ref *ref)
{
  if (ref->place || ref->person || ref->n_actors != 1 ||
      actor_of (run, ref->actors[0])->kind != ENT_ACTOR_KIND_STATE)
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
static gboolean
salient_pair (Run *run,
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

static void
remember (Run  *run,
          guint actor)
{
  const EntLexActor *lex = actor_of (run, actor);

  switch (lex->kind)
    {
    case ENT_ACTOR_KIND_PERSON:
      if (run->last_person != (int)actor)
        {
          run->person_pair[0] = run->last_person;
          run->person_pair[1] = actor;
        }
      run->last_person = actor;
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
          memmove (run->recent_states, run->recent_states + 1, sizeof run->recent_states - sizeof (int));
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
typedef enum
{
  REF_PERSON, REF_OTHER, REF_STATE, REF_GROUP, REF_ORG, REF_PAIR, REF_PAIR_PERSONS, REF_PLURAL, REF_SPEAKER,
  REF_PERSONS_STATE, REF_ORG_NAMED, REF_BLOC, REF_HOME, REF_TWO,
} RefWant;

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
  { "the two neighbors", REF_PAIR }, { "the two states", REF_PAIR }, { "the two capitals", REF_PAIR },
  { "the two rivals", REF_PAIR }, { "the two powers", REF_PAIR }, { "the two allies", REF_PAIR },
  { "both countries", REF_PAIR }, { "both nations", REF_PAIR }, { "both sides", REF_PAIR },
  { "both neighbours", REF_PAIR }, { "both neighbors", REF_PAIR },
  { "both governments", REF_PAIR }, { "both capitals", REF_PAIR }, { "the neighbours", REF_PAIR },
  { "the neighbors", REF_PAIR }, { "the two leaders", REF_PAIR_PERSONS },
  { "the two men", REF_PAIR_PERSONS }, { "the two presidents", REF_PAIR_PERSONS },
  { "the two", REF_TWO }, { "the three countries", REF_PLURAL }, { "the three governments", REF_PLURAL },
  { "the three leaders", REF_PLURAL }, { "the three nations", REF_PLURAL },
  { "the three allies", REF_PLURAL }, { "the three powers", REF_PLURAL },
  { "the three states", REF_PLURAL }, { "all three", REF_PLURAL }, { "the four countries", REF_PLURAL },
  { "the leaders", REF_PLURAL }, { "the allies", REF_PLURAL }, { "the ministers", REF_PLURAL },
  { "the countries", REF_PLURAL }, { "the governments", REF_PLURAL },
  { "the country", REF_STATE }, { "the kingdom", REF_STATE }, { "the republic", REF_STATE },
  { "the emirate", REF_STATE }, { "the island", REF_STATE }, { "the junta", REF_STATE },
  { "the sultanate", REF_STATE }, { "the city-state", REF_STATE }, { "the archipelago", REF_STATE },
  { "the island nation", REF_STATE }, { "the gulf state", REF_STATE },
  { "the regime", REF_STATE }, { "the military government", REF_STATE },
  { "the group", REF_GROUP }, { "the movement", REF_GROUP }, { "the militia", REF_GROUP },
  { "the militants", REF_GROUP }, { "the rebels", REF_GROUP },
  { "the paramilitary force", REF_GROUP }, { "the paramilitaries", REF_GROUP },
  { "the paramilitary group", REF_GROUP }, { "the insurgents", REF_GROUP }, { "the jihadists", REF_GROUP },
  { "the faction", REF_GROUP }, { "the cartel", REF_GROUP },
  { "the gang", REF_GROUP }, { "the armed group", REF_GROUP }, { "the rebel group", REF_GROUP },
  { "the militant group", REF_GROUP }, { "the nation", REF_STATE },
  { "the government", REF_HOME }, { "the army", REF_HOME }, { "the military", REF_HOME },
  { "government forces", REF_HOME }, { "government troops", REF_HOME },
  { "the armed forces", REF_HOME }, { "the federal government", REF_HOME },
  { "the bloc", REF_BLOC }, { "the alliance", REF_BLOC }, { "the organisation", REF_ORG },
  { "the organization", REF_ORG }, { "the body", REF_ORG }, { "the council", REF_ORG },
  { "the union", REF_BLOC }, { "the grouping", REF_BLOC }, { "the tribunal", REF_ORG_NAMED }, { "the agency", REF_ORG_NAMED },
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
static EntWordMap nominal_starts;
static EntWordMap nominal_heads;   /* "group" of "the group" -> RefWant + 1 */
static EntWordMap nominal_seconds; /* the second words of all nominals */
static EntWordMap nominal_by_first;  /* first word -> GArray of indices, for those not after "the" */
static EntWordMap nominal_by_second; /* second word -> GArray of indices, for "the ..." */

static void
init_nominals (void)
{
  for (guint n = 0; n < G_N_ELEMENTS (nominals); n++)
    {
      g_auto(GStrv) words = g_strsplit (nominals[n].words, " ", 4);

      nominal_words[n].length = g_strv_length (words);
      for (guint k = 0; k < nominal_words[n].length; k++)
        nominal_words[n].words[k] = ent_text_hash_str (words[k]);
      if (nominal_starts.keys == NULL)
        {
          ent_word_map_init (&nominal_starts);
          ent_word_map_init (&nominal_heads);
          ent_word_map_init (&nominal_seconds);
        }
      ent_word_map_insert (&nominal_starts, nominal_words[n].words[0], GINT_TO_POINTER (1));
      {
        gboolean the = g_str_equal (words[0], "the") && nominal_words[n].length > 1;
        EntWordMap *index = the ? &nominal_by_second : &nominal_by_first;
        guint64 key = nominal_words[n].words[the ? 1 : 0];
        GArray *list;

        if (index->keys == NULL)
          ent_word_map_init (index);
        list = ent_word_map_lookup (index, key);
        if (list == NULL)
          {
            list = g_array_new (FALSE, FALSE, sizeof (guint));
            ent_word_map_insert (index, key, list);
          }
        g_array_append_val (list, n);
      }
      if (nominal_words[n].length > 1)
        ent_word_map_insert (&nominal_seconds, nominal_words[n].words[1], GINT_TO_POINTER (1));
      if (nominal_words[n].length == 2 && g_str_equal (words[0], "the") &&
          (nominals[n].want == REF_GROUP || nominals[n].want == REF_ORG || nominals[n].want == REF_BLOC ||
           nominals[n].want == REF_STATE))
        ent_word_map_insert (&nominal_heads, nominal_words[n].words[1], GINT_TO_POINTER (nominals[n].want + 1));
    }
}

static gboolean
name_goes_on (Run   *run,
              guint  p)
{
  return p < run->last && run->tokens[p].kind == ENT_TOKEN_WORD &&
         ((run->tokens[p].flags & ENT_TOKEN_CAPITALISED) || _ent_run_is (run, p, "of") || _ent_run_is (run, p, "for") ||
          _ent_run_is (run, p, "de") || _ent_run_is (run, p, "del") || _ent_run_is (run, p, "los") ||
          _ent_run_is (run, p, "la"));
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
          !(tag == ENT_TAG_NONE || tag == ENT_TAG_ADJ || tag == ENT_TAG_PEOPLE || tag == ENT_TAG_ORGAN))
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

static gboolean
verb_follows (Run  *run,
              guint p)
{
  if (p >= run->last || (run->tokens[p].flags & ENT_TOKEN_HYPHEN_BEFORE))
    return FALSE;
  switch (_ent_run_tag (run, p))
    {
    case ENT_TAG_BE:
    case ENT_TAG_HAVE:
    case ENT_TAG_MODAL:
    case ENT_TAG_DO:
    case ENT_TAG_ADV:
    case ENT_TAG_SAY:
    case ENT_TAG_LIGHT:
    case ENT_TAG_VERB:
    case ENT_TAG_NEG:
    case ENT_TAG_REFUSE:
      return TRUE;
    default:
      return _ent_run_past_tense_word (run, (int)p);
    }
}

static guint
match_nominal (Run    *run,
               guint   at,
               RefWant *want)
{
  gboolean second;
  GArray *candidates;

  if (ent_word_map_lookup (&nominal_starts, run->tokens[at].hash) == NULL &&
      run->tokens[at].hash != ENT_WORD_HASH ("the"))
    return 0;
  /* Most "the" start no nominal: every "the ..." nominal has two words. */
  second = at + 1 < run->last && ent_word_map_lookup (&nominal_seconds, run->tokens[at + 1].hash) != NULL;
  /* Only the nominals that start with the word, or, after "the", those
   * whose second word follows. */
  candidates = run->tokens[at].hash != ENT_WORD_HASH ("the")
               ? ent_word_map_lookup (&nominal_by_first, run->tokens[at].hash)
               : second ? ent_word_map_lookup (&nominal_by_second, run->tokens[at + 1].hash) : NULL;
  for (guint c = 0; candidates != NULL && c < candidates->len; c++)
    {
      guint n = g_array_index (candidates, guint, c);
      guint len = nominal_words[n].length;
      gboolean ok = at + len <= run->last;

      for (guint k = 0; ok && k < len; k++)
        ok = run->tokens[at + k].hash == nominal_words[n].words[k] &&
             run->tokens[at + k].kind == ENT_TOKEN_WORD;
      /* "US" in capitals is the United States, not a pronoun. */
      if (ok && len == 1 && (run->tokens[at].flags & ENT_TOKEN_ALL_CAPS))
        ok = FALSE;
      /* "the Cartel de los Soles", "the Force of ...": a name goes on. */
      if (ok && len > 1 && (run->tokens[at + len - 1].flags & ENT_TOKEN_CAPITALISED) && name_goes_on (run, at + len))
        ok = FALSE;
      /* "the junta in Niger", "the government of Mali": named after. */
      if (ok && (nominals[n].want == REF_STATE || nominals[n].want == REF_HOME) && owner_after (run, at + len))
        ok = FALSE;
      /* "the two clashed", "the two have agreed", not "the two-state
       * solution" nor "the two groups". */
      if (ok && nominals[n].want == REF_TWO && !verb_follows (run, at + len))
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

/* Whether the ref is followed by a verb, so that it is a subject. */
static gboolean
subject_like (Run *run,
              Ref *ref)
{
  guint q = ref->last;
  const EntToken *t;

  while (q < run->last && _ent_run_tag (run, q) == ENT_TAG_ADV)
    q++;
  if (q >= run->last || ref->possessive || ref->place)
    return FALSE;
  t = &run->tokens[q];
  switch (_ent_run_tag (run, q))
    {
    case ENT_TAG_SAY:
    case ENT_TAG_BE:
    case ENT_TAG_HAVE:
    case ENT_TAG_MODAL:
    case ENT_TAG_DO:
    case ENT_TAG_REFUSE:
    case ENT_TAG_LIGHT:
    case ENT_TAG_VERB:
      return TRUE;
    case ENT_TAG_NONE:
      return t->kind == ENT_TOKEN_WORD && !(t->flags & ENT_TOKEN_CAPITALISED) && t->end - t->start > 3 &&
             run->text[t->end - 2] == 'e' && run->text[t->end - 1] == 'd';
    default:
      return FALSE;
    }
}

/* "Brazil condemned the raid, and Nicaragua said it would cut ties": the
 * last subject before the pronoun in its own sentence, of the wanted kind. */
static int
last_subject (Run  *run,
              guint at,
              int   kind)
{
  for (guint r = run->refs->len, seen = 0; r-- > 0 && seen < 8; seen++)
    {
      Ref *prior = &g_array_index (run->refs, Ref, r);
      const EntLexActor *lex;

      if (prior->last > at || prior->pronoun || prior->n_actors != 1 || prior->name_kind == ENT_NAME_ADJECTIVE ||
          !subject_like (run, prior))
        continue;
      lex = actor_of (run, prior->actors[0]);
      /* "Modi's government has ... its friendship": the person's state. */
      if (kind < 0 && lex->kind == ENT_ACTOR_KIND_PERSON)
        {
          int state = ent_gazetteer_find (run->gazetteer, ent_gazetteer_fold_to_state (run->gazetteer, lex->id));

          if (state >= 0 && actor_of (run, state)->kind == ENT_ACTOR_KIND_STATE)
            return state;
          continue;
        }
      if ((lex->kind == ENT_ACTOR_KIND_PERSON) != (kind == ENT_ACTOR_KIND_PERSON) ||
          (kind >= 0 && (int)lex->kind != kind))
        continue;
      return (int)prior->actors[0];
    }
  return -1;
}

/* "the kingdom", "the emirate", "the island": of the last states named,
 * the latest of that kind, or -1 when the word says no kind. */
static int
recent_state_of_kind (Run  *run,
                      guint head)
{
  static const struct { const char *word; const char *ids; } kinds[] = {
    { "kingdom", "SAU JOR MAR BHR GBR ESP NLD BEL SWE NOR DNK THA KHM BTN LSO SWZ TON" },
    { "emirate", "QAT KWT ARE" },
    { "sultanate", "OMN BRN" },
    { "island", "CUB TWN LKA CYP MLT ISL MDV MDG MUS JAM DOM NZL SLB FJI BHR TTO SGP IRL HTI PHL "
                "IDN JPN PNG VUT WSM TON KIR NRU TUV PLW FSM MHL BRB BHS GRD LCA VCT KNA ATG DMA "
                "COM STP CPV SYC" },
    { "city-state", "SGP" },
    { "archipelago", "PHL IDN MDV JPN BHS FJI SLB" },
  };
  static EntWordMap *once;
  const char *ids;

  /* Not _ent_run_is(), whose hash is kept for one word per call site. */
  if (g_once_init_enter (&once))
    {
      EntWordMap *map = g_new0 (EntWordMap, 1);

      ent_word_map_init (map);
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        ent_word_map_insert (map, ent_text_hash_str (kinds[k].word), (gpointer) kinds[k].ids);
      g_once_init_leave (&once, map);
    }
  if ((ids = ent_word_map_lookup (once, run->tokens[head].hash)) == NULL)
    return -1;
  for (guint k = run->n_recent_states; k-- > 0; )
    {
      const char *id = actor_of (run, run->recent_states[k])->id;
      const char *found = strlen (id) == 3 ? strstr (ids, id) : NULL;

      if (found != NULL && (found == ids || found[-1] == ' ') && (found[3] == ' ' || found[3] == '\0'))
        return run->recent_states[k];
    }
  return -1;
}

/* "the tribunal", "the agency": the last organisation whose name or role
 * has the word. */
static int
recent_org_named (Run  *run,
                  guint head)
{
  const EntToken *t = &run->tokens[head];
  g_autofree char *word = g_utf8_strdown (run->text + t->start, t->end - t->start);

  for (guint k = run->n_recent_orgs; k-- > 0; )
    {
      const EntLexActor *lex = actor_of (run, run->recent_orgs[k]);
      g_autofree char *name = g_utf8_strdown (lex->name, -1);
      g_autofree char *role = lex->role ? g_utf8_strdown (lex->role, -1) : NULL;

      /* The name, or what it is: "UNRWA", a "UN agency for Palestine refugees". */
      if (strstr (name, word) != NULL || (role != NULL && strstr (role, word) != NULL))
        return run->recent_orgs[k];
    }
  return -1;
}

static gboolean
is_bloc (Run *run,
         int  actor)
{
  static const char *not_blocs[] = {
    "court", "tribunal", "agency", "mission", "programme", "program", "fund", "bank", "office",
    "committee", "commission", "secretariat", "company",
  };
  const EntLexActor *lex = actor_of (run, actor);
  g_autofree char *what = g_utf8_strdown (lex->role ? lex->role : lex->name, -1);

  for (guint w = 0; w < G_N_ELEMENTS (not_blocs); w++)
    if (strstr (what, not_blocs[w]) != NULL)
      return FALSE;
  return TRUE;
}

/* "the bloc", "the alliance": of the organisations named last, the one
 * states belong to (not a court, an agency or a mission) that was named
 * most often, the latest of them on a tie: the bloc the story is about. */
static int
recent_bloc (Run *run)
{
  int best = -1;
  guint best_count = 0;

  for (guint k = run->n_recent_orgs; k-- > 0; )
    {
      int actor = run->recent_orgs[k];
      guint count = 0;

      for (guint j = 0; j < run->n_recent_orgs; j++)
        count += run->recent_orgs[j] == actor;
      if (count > best_count && is_bloc (run, actor))
        {
          best = actor;
          best_count = count;
        }
    }
  return best >= 0 ? best : run->last_org;
}

static int
object_before (Run  *run,
               guint at)
{
  Ref *prior;

  if (run->refs->len == 0 || at < run->first + 2 || run->tokens[at].hash != ENT_WORD_HASH ("its") ||
      !(_ent_run_is (run, at - 1, "over") || _ent_run_is (run, at - 1, "for") || _ent_run_is (run, at - 1, "and")))
    return -1;
  prior = &g_array_index (run->refs, Ref, run->refs->len - 1);
  if (prior->last != at - 1)
    return -1;
  if (prior->pronoun || prior->place || prior->person || prior->n_actors != 1)
    return -1;
  return (int)prior->actors[0];
}

/* "Russia backs the Syrian government, while the United States opposes
 * it": "it" just after its own clause's subject and verb stands for the
 * object of the clause before, since parallel clauses keep their roles;
 * not for a subject, which would be "itself", nor for one of two names
 * joined by "and", which would be "them". */
static int
object_of_clause_before (Run  *run,
                         guint at)
{
  Ref *subject, *object;
  gboolean boundary = FALSE;
  guint p;

  if (run->tokens[at].hash != ENT_WORD_HASH ("it") || run->refs->len < 2)
    return -1;
  subject = &g_array_index (run->refs, Ref, run->refs->len - 1);
  object = &g_array_index (run->refs, Ref, run->refs->len - 2);
  if (object->first < run->first || subject->last > at || at - subject->last > 4 || subject->last == at ||
      subject->pronoun || subject->place || subject->possessive || subject->n_actors != 1 ||
      object->pronoun || object->place || object->possessive || object->n_actors != 1 ||
      object->actors[0] == subject->actors[0])
    return -1;
  /* Only the verb between the subject and "it": "opposes", "has
   * strongly condemned". */
  for (guint q = subject->last; q < at; q++)
    switch (_ent_run_tag (run, q))
      {
      case ENT_TAG_NONE:
      case ENT_TAG_ADV:
      case ENT_TAG_HAVE:
      case ENT_TAG_MODAL:
      case ENT_TAG_DO:
      case ENT_TAG_LIGHT:
      case ENT_TAG_VERB:
        if (run->tokens[q].kind != ENT_TOKEN_WORD)
          return -1;
        break;
      default:
        return -1;
      }
  /* The object is a verb's: "backs the Syrian government", not "talks
   * with", nor a subject. */
  for (p = object->first; p > run->first && _ent_run_tag (run, p - 1) == ENT_TAG_DET; p--)
    ;
  if (p == run->first || run->tokens[p - 1].kind != ENT_TOKEN_WORD ||
      (run->tokens[p - 1].flags & ENT_TOKEN_CAPITALISED) ||
      !(_ent_run_tag (run, p - 1) == ENT_TAG_NONE || _ent_run_tag (run, p - 1) == ENT_TAG_LIGHT) ||
      subject_like (run, object))
    return -1;
  /* Another clause between them: ", while", ", but", ";". */
  for (guint q = object->last; q < subject->first; q++)
    {
      EntTag tag = _ent_run_tag (run, q);

      if (tag == ENT_TAG_REL || tag == ENT_TAG_SAY)
        return -1;
      if (_ent_run_punct_is (run, q, ",;") || tag == ENT_TAG_CONJ || tag == ENT_TAG_SUB)
        boundary = TRUE;
    }
  return boundary ? (int)object->actors[0] : -1;
}

/* The two last actors named in the sentence before @at, of any kind:
 * "the two sides" are as often a state and an armed group. */
static gboolean
last_two (Run  *run,
          guint at,
          Ref  *ref)
{
  guint found[2], n = 0;

  for (guint r = run->refs->len; r-- > 0 && n < 2; )
    {
      Ref *prior = &g_array_index (run->refs, Ref, r);

      if (prior->first < run->first)
        break;
      if (prior->last > at || prior->pronoun || prior->place || prior->n_actors != 1 ||
          prior->name_kind == ENT_NAME_ADJECTIVE || (n == 1 && prior->actors[0] == found[0]))
        continue;
      found[n++] = prior->actors[0];
    }
  if (n < 2)
    return FALSE;
  ref->actors[0] = found[0];
  ref->actors[1] = found[1];
  ref->n_actors = 2;
  return TRUE;
}

static gboolean
plural_before (Run  *run,
               guint at,
               Ref  *ref)
{
  for (guint r = run->refs->len; r-- > 0; )
    {
      Ref *prior = &g_array_index (run->refs, Ref, r);
      Ref *before = r > 0 ? &g_array_index (run->refs, Ref, r - 1) : NULL;
      const EntToken *t = &run->tokens[prior->last - 1];

      if (prior->last > at || prior->pronoun || prior->place || prior->n_actors != 1)
        continue;
      /* "X and Y agreed to resolve their dispute" */
      if (run->tokens[at].hash == ENT_WORD_HASH ("their") && before != NULL && !before->pronoun &&
          !before->place && before->n_actors == 1 &&
          before->last + 1 == prior->first && (_ent_run_is (run, before->last, "and") ||
                                               _ent_run_punct_is (run, before->last, ",")) &&
          before->actors[0] != prior->actors[0])
        {
          ref->actors[0] = before->actors[0];
          ref->actors[1] = prior->actors[0];
          ref->n_actors = 2;
          return TRUE;
        }
      /* "rebels led by Hayat Tahrir al-Sham pressed their offensive": an
       * armed or political group is spoken of in the plural. */
      if (run->tokens[at].hash == ENT_WORD_HASH ("their") && !prior->possessive &&
          actor_of (run, prior->actors[0])->kind == ENT_ACTOR_KIND_GROUP)
        {
          ref->actors[0] = prior->actors[0];
          ref->n_actors = 1;
          return TRUE;
        }
      /* "expelled French diplomats, accusing them": a plural standing for
       * its state */
      if (run->tokens[at].hash == ENT_WORD_HASH ("them") && prior->name_kind == ENT_NAME_ADJECTIVE &&
          prior->last > prior->first + 1 &&
          run->text[t->end - 1] == 's')
        {
          ref->actors[0] = prior->actors[0];
          ref->n_actors = 1;
          return TRUE;
        }
      return FALSE;
    }
  return FALSE;
}

/* The say verb a pronoun at @at reports from: "X said on Thursday (that)
 * they would", or -1. */
static int
say_before (Run  *run,
            guint at)
{
  for (guint p = at, k = 0; p > run->first && k < 5; p--, k++)
    {
      guint q = p - 1;
      EntTag tag = _ent_run_tag (run, q);

      if (tag == ENT_TAG_SAY)
        return (int)q;
      /* "said late on Monday that", "said on Jan. 5" */
      if (!(tag == ENT_TAG_ADV || _ent_run_is (run, q, "that") || _ent_run_is (run, q, "on") ||
            _ent_run_is (run, q, "late") || _ent_run_is (run, q, "early") || _ent_run_punct_is (run, q, ".") ||
            run->tokens[q].kind == ENT_TOKEN_NUMBER ||
            (run->tokens[q].kind == ENT_TOKEN_WORD && tag == ENT_TAG_NONE &&
             (run->tokens[q].flags & ENT_TOKEN_CAPITALISED) && run->ref_at[q - run->first] < 0)))
        return -1;
    }
  return -1;
}

/* "Canada, Norway and Sweden said they would boycott", "Iran said it
 * would respond": the subject of the say verb just before. */
static gboolean
speaker_before (Run     *run,
                RefWant  want,
                guint    at,
                Ref     *ref)
{
  int say = say_before (run, at);
  guint end, n = 0;

  if (say < 0)
    return FALSE;
  /* "Hezbollah fired rockets at Israel, saying it": the participle's
   * subject is the sentence's, not the name before the comma. */
  if (say > (int)run->first && _ent_run_punct_is (run, (guint)say - 1, ",") &&
      run->tokens[say].end - run->tokens[say].start > 4 &&
      strncmp (run->text + run->tokens[say].end - 3, "ing", 3) == 0)
    {
      int a = want == REF_PERSON ? run->first_person : run->first_other;

      if (a < 0 || (want == REF_PLURAL && actor_of (run, a)->kind != ENT_ACTOR_KIND_GROUP) ||
          (want != REF_PERSON && actor_of (run, a)->kind == ENT_ACTOR_KIND_PERSON))
        return FALSE;
      ref->actors[0] = a;
      ref->n_actors = 1;
      return TRUE;
    }
  end = (guint)say;
  while (end > run->first && _ent_run_tag (run, end - 1) == ENT_TAG_ADV)
    end--;
  for (guint r = run->refs->len; r-- > 0 && n < G_N_ELEMENTS (ref->actors); )
    {
      Ref *prior = &g_array_index (run->refs, Ref, r);
      guint gap = prior->last;

      if (prior->last > end)
        continue;
      while (gap < end && (_ent_run_punct_is (run, gap, ",") || _ent_run_is (run, gap, "and") ||
                           _ent_run_tag (run, gap) == ENT_TAG_DET))
        gap++;
      /* "the bloc said it": a nominal, already resolved, may speak. */
      if (gap != end || prior->place || prior->n_actors != 1 ||
          (prior->pronoun && !_ent_run_is (run, prior->first, "the")))
        break;
      /* "The bloc, which also includes Bolivia, announced that it": a
       * name inside a relative clause is not who speaks; the one before
       * the clause is. */
      if (_ent_run_punct_is (run, prior->last, ","))
        {
          gboolean in_clause = FALSE;
          guint q;

          for (q = prior->first; q > run->first && q + 8 > prior->first; q--)
            {
              if (_ent_run_punct_is (run, q - 1, ","))
                break;
              if (_ent_run_tag (run, q - 1) == ENT_TAG_REL)
                {
                  in_clause = TRUE;
                  break;
                }
            }
          if (in_clause)
            {
              while (q > run->first && !_ent_run_punct_is (run, q - 1, ","))
                q--;
              if (q <= run->first)
                return FALSE;
              end = q - 1;
              continue;
            }
        }
      ref->actors[n++] = prior->actors[0];
      end = prior->first;
      if (want != REF_PLURAL)
        break;
    }
  /* "the Houthis said they": a group is plural. */
  if (n == 0 || (want == REF_PLURAL && n < 2 && actor_of (run, ref->actors[0])->kind != ENT_ACTOR_KIND_GROUP) ||
      (want == REF_PERSON && actor_of (run, ref->actors[0])->kind != ENT_ACTOR_KIND_PERSON) ||
      (want == REF_OTHER && actor_of (run, ref->actors[0])->kind == ENT_ACTOR_KIND_PERSON))
    return FALSE;
  ref->n_actors = n;
  return TRUE;
}

/* "the U.S. ambassador", "Iran's envoy": an unnamed official of the
 * sentence, standing for their state, that "him" or "her" may point at. */
static int
official_before (Run   *run,
                 guint  at)
{
  static const char *words[] = {
    "ambassador", "envoy", "diplomat", "consul", "attache", "minister", "president", "leader",
    "spokesman", "spokeswoman", "commander", "chief", "premier", "chancellor",
  };
  static EntWordMap *once;

  for (guint r = run->refs->len; r-- > 0; )
    {
      Ref *prior = &g_array_index (run->refs, Ref, r);

      if (prior->first < run->first)
        break;
      if (prior->last > at || prior->pronoun || prior->person || prior->n_actors != 1)
        continue;
      if ((prior->last > prior->first + 1 &&
           ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[prior->last - 1].hash)) ||
          (prior->last < at &&
           ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[prior->last].hash)))
        return (int)prior->actors[0];
      return -1;
    }
  return -1;
}

static gboolean
subject_in_sentence (Run  *run,
                     guint at,
                     int   actor)
{
  for (guint r = 0; r < run->refs->len; r++)
    {
      Ref *ref = &g_array_index (run->refs, Ref, r);

      if (ref->first >= run->first && ref->last <= at && !ref->pronoun && ref->n_actors == 1 &&
          (int)ref->actors[0] == actor && subject_like (run, ref))
        return TRUE;
    }
  return FALSE;
}

static int
other_recent_state (Run *run,
                    int  actor)
{
  for (guint k = run->n_recent_states; k-- > 0; )
    if (run->recent_states[k] != actor)
      return run->recent_states[k];
  return actor;
}

/* "expelled the U.S. ambassador, accusing him of", "Lula condemned it,
 * while Boric expressed his support": the person "he" or "she" is. */
static int
resolve_person (Run   *run,
                guint  at)
{
  int a;

  if ((a = official_before (run, at)) >= 0)
    return a;
  a = last_subject (run, at, ENT_ACTOR_KIND_PERSON);
  if (a < 0)
    a = run->first_person >= 0 ? run->first_person :
        run->prev_first_person >= 0 ? run->prev_first_person : run->last_person;
  return a;
}

/* The state "the country", "the junta" or "the kingdom" at @at is. */
static int
resolve_state (Run   *run,
               guint  at)
{
  int a;

  /* "the junta", "the regime": the state last named with its junta,
   * regime or government, or else with its army, if any. */
  if (at + 1 < run->last && (run->government_state >= 0 || run->army_state >= 0) &&
      (_ent_run_is (run, at + 1, "junta") || _ent_run_is (run, at + 1, "regime") ||
       _ent_run_is (run, at + 1, "military")))
    return run->government_state >= 0 ? run->government_state : run->army_state;
  if (at + 1 < run->last && (a = recent_state_of_kind (run, at + 1)) >= 0)
    return a;
  a = last_subject (run, at, ENT_ACTOR_KIND_STATE);
  if (a < 0)
    a = run->last_state;
  /* "Turkey condemned Israel and suspended all trade with the country":
   * not the subject of its own sentence, but the state named before it. */
  if (a >= 0 && at > run->first && at + 2 < run->last &&
      (_ent_run_tag (run, at - 1) == ENT_TAG_PREP || _ent_run_tag (run, at - 1) == ENT_TAG_LOC_PREP) &&
      _ent_run_tag (run, at + 2) != ENT_TAG_POSS && !verb_follows (run, at + 2) &&
      subject_in_sentence (run, at, a))
    a = other_recent_state (run, a);
  return a;
}

/* "Israel's ambassador said his country supported India" */
static int
resolve_persons_state (Run   *run,
                       guint  at)
{
  int a = run->first_person;

  if (a >= 0)
    a = ent_gazetteer_find (run->gazetteer, ent_gazetteer_fold_to_state (run->gazetteer, actor_of (run, a)->id));
  if (a < 0 || actor_of (run, a)->kind != ENT_ACTOR_KIND_STATE)
    a = last_subject (run, at, ENT_ACTOR_KIND_STATE);
  if (a < 0)
    a = run->last_state;
  return a;
}

/* "sanctions on Belarus over its support", "Washington and its allies":
 * the name just before; else "it" is most often the subject of this or
 * the last sentence. */
static int
resolve_other (Run   *run,
               guint  at)
{
  int a;

  if ((a = object_before (run, at)) >= 0 || (a = object_of_clause_before (run, at)) >= 0)
    return a;
  a = last_subject (run, at, -1);
  if (a < 0)
    a = run->first_other >= 0 ? run->first_other :
        run->prev_first_other >= 0 ? run->prev_first_other : run->last_other;
  return a;
}

static gboolean
set_pair (Ref       *ref,
          const int  pair[2])
{
  if (pair[0] < 0 || pair[1] < 0 || pair[0] == pair[1])
    return FALSE;
  ref->actors[0] = pair[0];
  ref->actors[1] = pair[1];
  ref->n_actors = 2;
  return TRUE;
}

static gboolean
resolve (Run     *run,
         RefWant  want,
         guint    at,
         Ref     *ref)
{
  int a = -1;

  if ((want == REF_PLURAL || want == REF_OTHER || want == REF_PERSON) &&
      (_ent_run_tag (run, at) == ENT_TAG_PRON) && speaker_before (run, want, at, ref))
    return TRUE;

  switch (want)
    {
    case REF_PERSON: a = resolve_person (run, at); break;
    case REF_STATE: a = resolve_state (run, at); break;
    case REF_PERSONS_STATE: a = resolve_persons_state (run, at); break;
    case REF_HOME: a = home_state (run, at); break;
    case REF_GROUP: a = run->last_group; break;
    case REF_ORG: a = run->last_org; break;
    case REF_BLOC: a = recent_bloc (run); break;
    case REF_ORG_NAMED: a = recent_org_named (run, at + 1); break;
    case REF_OTHER: a = resolve_other (run, at); break;
    case REF_SPEAKER:
      /* Filled in once the sentence's speaker is known. */
      if (run->in_quote[at - run->first] || run->tokens[at].hash == ENT_WORD_HASH ("we"))
        {
          ref->n_actors = 0;
          return TRUE;
        }
      return FALSE;
    case REF_PAIR:
    case REF_TWO:
      /* "... supported the Maldives, and the two sides upgraded", "met
       * Trump, where the two clashed": the two last named in the
       * sentence, or else the pair the story is about. */
      return last_two (run, at, ref) || salient_pair (run, ref) || set_pair (ref, run->pair);
    case REF_PAIR_PERSONS:
      return set_pair (ref, run->person_pair);
    case REF_PLURAL:
      /* "expelled three French diplomats, accusing them", "Somalia and
       * Ethiopia agreed to resolve their dispute": this sentence first. */
      if (plural_before (run, at, ref))
        return TRUE;
      if (run->last_plural.n >= 2)
        {
          ref->n_actors = MIN (run->last_plural.n, G_N_ELEMENTS (ref->actors));
          memcpy (ref->actors, run->last_plural.actors, ref->n_actors * sizeof (guint));
          return TRUE;
        }
      a = run->last_group;
      break;
    default:
      break;
    }
  if (a < 0)
    return FALSE;
  ref->actors[0] = a;
  ref->n_actors = 1;
  return TRUE;
}

/* Mentions */

static gboolean
governing_noun (Run  *run,
                guint i)
{
  static const char *words[] = {
    "government", "authorities", "regime", "junta", "leadership", "administration", "rulers",
    "parliament", "cabinet", "government's", "military", "army", "juntas", "governments", "regimes",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "strikes in Syria" names a place; "fired at Israel", "angry at Iran"
 * name a target: "at" before a country's own name is rarely a location. */
static gboolean
preceded_by_location (Run        *run,
                      guint       first,
                      EntNameKind kind,
                      guint       actor)
{
  guint p = first;

  while (p > run->first && _ent_run_tag (run, p - 1) == ENT_TAG_DET)
    p--;
  /* "at the United Nations" is a venue, "at the Philippines" a target. */
  if (p > run->first && kind != ENT_NAME_SEAT && _ent_run_is (run, p - 1, "at") &&
      actor_of (run, actor)->kind == ENT_ACTOR_KIND_STATE)
    return FALSE;
  /* "the junta in Niger", "the authorities in Tehran": the government. */
  if (p > run->first + 1 && _ent_run_is (run, p - 1, "in") && governing_noun (run, p - 2))
    return FALSE;
  return p > run->first && _ent_run_tag (run, p - 1) == ENT_TAG_LOC_PREP &&
         !_ent_run_punct_is (run, p - 1, "-");
}

/* "the Vienna Convention", "the Minsk Agreements": capitalised nouns that
 * make a place name the name of a thing. */
static gboolean
thing_noun (Run  *run,
            guint i)
{
  static const char *words[] = {
    "convention", "conventions", "agreement", "agreements", "accord", "accords", "declaration",
    "protocol", "protocols", "process", "format", "summit", "treaty", "charter", "statute",
    "memorandum", "principles", "initiative", "group", "consensus", "document", "plan",
    "talks", "conference", "forum", "dialogue", "framework", "communique", "club",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "the Astana format", "the Pretoria agreement": a capital before a
 * common noun names a thing, not the government. */
static gboolean
names_a_thing (Run *run,
               Ref *ref)
{
  const EntToken *next;

  if (ref->name_kind != ENT_NAME_SEAT || ref->last >= run->last)
    return FALSE;
  /* "gave Chisinau emergency funding": the first of two objects;
   * "demanded that Kyiv withdraw", "said Moscow must": a clause's subject. */
  if (ref->first > run->first && (_ent_run_tag (run, ref->first - 1) == ENT_TAG_LIGHT ||
                                   _ent_run_is_giving_verb (run, ref->first - 1) ||
                                   _ent_run_is (run, ref->first - 1, "that")))
    return FALSE;
  if (thing_noun (run, ref->last))
    return TRUE;
  next = &run->tokens[ref->last];
  if (next->kind != ENT_TOKEN_WORD || (next->flags & (ENT_TOKEN_CAPITALISED | ENT_TOKEN_HYPHEN_BEFORE)) ||
      _ent_run_tag (run, ref->last) != ENT_TAG_NONE)
    return FALSE;
  /* "a pact with Mogadishu last year", "backed Kyiv again": a time or an
   * adverb after an object, not a noun the seat qualifies. */
  {
    static const char *after_object[] = {
      "last", "next", "this", "earlier", "later", "again", "too", "also", "alone", "instead",
      "yet", "soon", "now", "today", "tonight", "yesterday", "tomorrow", "recently", "itself",
      "directly", "publicly", "openly", "once", "twice", "anyway",
    };
    static EntWordMap *once;

    if (ent_word_set_contains (&once, after_object, G_N_ELEMENTS (after_object), next->hash))
      return FALSE;
  }
  /* "Washington sanctioned", "Moscow says": a verb, so the seat is a subject;
   * "supported Pyongyang economically": an adverb after an object. */
  if (run->text[next->end - 1] == 's' || (run->text[next->end - 2] == 'e' && run->text[next->end - 1] == 'd') ||
      (run->text[next->end - 2] == 'l' && run->text[next->end - 1] == 'y'))
    return FALSE;
  return ent_lexicon_match_cue (run->lexicon, run->tokens, run->last, ref->last, NULL) == NULL;
}

/* "Mocimboa da Praia", "Ciudad de Panama": a seat after a capitalised
 * word and a particle ends a longer place name. */
static gboolean
inside_place_name (Run *run,
                   Ref *ref)
{
  guint p = ref->first;

  return ref->name_kind == ENT_NAME_SEAT && p >= run->first + 2 &&
         (_ent_run_is (run, p - 1, "da") || _ent_run_is (run, p - 1, "de") || _ent_run_is (run, p - 1, "do") ||
          _ent_run_is (run, p - 1, "del") || _ent_run_is (run, p - 1, "di") || _ent_run_is (run, p - 1, "dos")) &&
         !(run->tokens[p - 1].flags & ENT_TOKEN_CAPITALISED) && (run->tokens[p - 2].flags & ENT_TOKEN_CAPITALISED);
}

/* "in protest at Nairobi's decision": after "at", a possessor is the one
 * whose act is meant, not a place. */
static gboolean
at_possessor (Run *run,
              Ref *ref)
{
  return ref->first > run->first && ref->last < run->last && _ent_run_is (run, ref->first - 1, "at") &&
         _ent_run_tag (run, ref->last) == ENT_TAG_POSS;
}

/* "the Hague-based tribunal", "a Doha-based network": a seat of where
 * something is, not of who acts. */
static gboolean
based_in (Run *run,
          Ref *ref)
{
  return ref->name_kind == ENT_NAME_SEAT && ref->last < run->last &&
         (run->tokens[ref->last].flags & ENT_TOKEN_HYPHEN_BEFORE) && _ent_run_is (run, ref->last, "based");
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
    "threat", "threats", "accusations", "allegations", "decision", "decisions", "measures", "response",
    "construction", "activities", "activity", "presence", "buildup", "build-up", "militarisation",
    "militarization", "behaviour", "behavior", "conduct", "tactics",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "Saudi oil facilities", "the Mexican embassy", "an Azerbaijani
 * airliner": what belongs to the state stands for it when attacked. */
static gboolean
state_property (Run  *run,
                guint i)
{
  static const char *words[] = {
    "embassy", "embassies", "consulate", "consulates", "facilities", "facility", "installations",
    "infrastructure", "refinery", "refineries", "tanker", "tankers",
    "airliner", "airliners", "base", "bases", "warship", "warships", "vessel", "vessels", "ship",
    "ships", "satellite", "satellites", "interests", "assets", "outpost", "outposts", "positions",
    "state",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
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

  if (i < run->last && (run->tokens[i].flags & ENT_TOKEN_HYPHEN_BEFORE))
    return TRUE;
  if (ref->first > run->first && (t->flags & ENT_TOKEN_HYPHEN_BEFORE))
    return TRUE;

  for (guint k = 0; k < 3 && i < run->last; k++, i++)
    {
      EntTag tag = _ent_run_tag (run, i);

      if (run->ref_at[i - run->first] >= 0)
        return FALSE;
      /* "a Palestinian state", but "Russian state media" */
      if (tag == ENT_TAG_ORGAN || stance_noun (run, i) ||
          (state_property (run, i) &&
           !(_ent_run_is (run, i, "state") && i + 1 < run->last &&
             run->tokens[i + 1].kind == ENT_TOKEN_WORD &&
             !(run->tokens[i + 1].flags & ENT_TOKEN_CAPITALISED) &&
             (_ent_run_tag (run, i + 1) == ENT_TAG_NONE || _ent_run_tag (run, i + 1) == ENT_TAG_PEOPLE))))
        {
          ref->last = i + 1;
          return TRUE;
        }
      /* "Russian oil refinery", "Saudi oil facilities": a thing of the
       * state's, unlike "Russian oil" alone, or "Syrian rebel forces",
       * whose people are not the state. */
      if (tag == ENT_TAG_PEOPLE &&
          !((_ent_run_is (run, i, "oil") || _ent_run_is (run, i, "gas")) && i + 1 < run->last &&
            (_ent_run_tag (run, i + 1) == ENT_TAG_ORGAN || state_property (run, i + 1)) &&
            run->ref_at[i + 1 - run->first] < 0))
        return FALSE;
      if (tag != ENT_TAG_ADJ && tag != ENT_TAG_PEOPLE &&
          !(tag == ENT_TAG_NONE && !(run->tokens[i].flags & ENT_TOKEN_CAPITALISED)))
        break;
    }
  /* A plural standing alone, "the Iranians", is the state. */
  return end[-1] == 's' &&
         (ref->last >= run->last || run->tokens[ref->last].kind == ENT_TOKEN_PUNCT ||
          _ent_run_tag (run, ref->last) != ENT_TAG_NONE);
}

/* "tariffs on Canadian canola", "a ban on Russian oil", "duties on
 * Chinese electric vehicles": a trade measure on a country's goods is
 * aimed at the country. */
static gboolean
after_trade_measure (Run *run,
                     Ref *ref)
{
  static const char *words[] = {
    "tariffs", "tariff", "duties", "duty", "levies", "levy", "ban", "bans", "embargo", "embargoes",
    "restrictions", "curbs", "quotas", "sanctions", "controls", "boycott", "boycotts",
  };
  static EntWordMap *once;
  guint p = ref->first, q = ref->last;

  /* "sanctions on Israeli settlers" are on people, not on the state. */
  while (q < run->last && _ent_run_tag (run, q) == ENT_TAG_ADJ)
    q++;
  if (q < run->last && _ent_run_tag (run, q) == ENT_TAG_PEOPLE)
    return FALSE;
  while (p > run->first && (_ent_run_tag (run, p - 1) == ENT_TAG_DET ||
                            _ent_run_tag (run, p - 1) == ENT_TAG_ADJ ||
                            _ent_run_is (run, p - 1, "all")))
    p--;
  if (p < run->first + 2 || !(_ent_run_is (run, p - 1, "on") || _ent_run_is (run, p - 1, "against") ||
                              _ent_run_is (run, p - 1, "of")))
    return FALSE;
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
    "aggression", "invasion", "occupation", "annexation", "expansionism", "meddling", "interference",
    "provocations", "provocation", "incursions", "incursion", "bombardment", "shelling", "airstrikes",
    "coercion", "intimidation", "bullying", "imperialism", "hegemony", "militarism", "revanchism",
    "hostility", "belligerence",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
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

static gboolean
is_month (Run  *run,
          guint i)
{
  static const char *words[] = {
    "jan", "january", "feb", "february", "march", "mar", "april", "apr", "may", "june", "jun",
    "july", "jul", "aug", "august", "sept", "sep", "september", "oct", "october", "nov",
    "november", "dec", "december",
  };
  static EntWordMap *once;

  return (run->tokens[i].flags & ENT_TOKEN_CAPITALISED) &&
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "BAMAKO, Jan. 29 (Entente Wire) --": where the story was filed. */
static gboolean
is_dateline (Run *run,
             Ref *ref)
{
  guint k;

  if (ref->first != run->first || ref->last >= run->last || !_ent_run_punct_is (run, ref->last, ","))
    return FALSE;
  for (k = ref->first; k < ref->last; k++)
    if (run->tokens[k].kind == ENT_TOKEN_WORD && !(run->tokens[k].flags & ENT_TOKEN_ALL_CAPS))
      return FALSE;
  /* "TEHRAN, Nov. 23 (Reuters) --", "KYIV, Ukraine --", but not the
   * headline "US, Japan vow to counter China, Russia": a date, a source
   * in brackets or a dash follows soon. */
  for (k = ref->last + 1; k < run->last && k < ref->last + 8; k++)
    if (run->tokens[k].kind == ENT_TOKEN_NUMBER || _ent_run_punct_is (run, k, "(-") || _ent_run_is_dash (run, k) ||
        is_month (run, k))
      return TRUE;
  return FALSE;
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
  if (q < run->last && run->tokens[q].kind == ENT_TOKEN_WORD && _ent_run_tag (run, q) == ENT_TAG_NONE &&
      !(run->tokens[q].flags & ENT_TOKEN_CAPITALISED))
    return;
  ref->last = q;
  ref->possessive = q < run->last && _ent_run_tag (run, q) == ENT_TAG_POSS;
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
          ref->first = prev->first;
          ref->former |= prev->former;
          g_array_set_size (run->refs, run->refs->len - 1);
        }
    }
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

/* A person named in full: the last word of the name, once capitalised,
 * means them for the rest of the story, even where the dictionary gives
 * it to no one (two people share it: "Dagalo"). The newest wins. */
static void
remember_surname (Run               *run,
                  const EntMention  *m)
{
  const EntToken *last = &run->tokens[m->last - 1];
  int slot;

  if (m->name_kind != ENT_NAME_ALIAS || m->last - m->first < 2 ||
      !(last->flags & ENT_TOKEN_CAPITALISED) || last->end - last->start < 4 ||
      actor_of (run, m->actor)->kind != ENT_ACTOR_KIND_PERSON)
    return;
  slot = find_surname (run, last->hash);
  if (slot < 0)
    slot = (int) (run->n_surnames++ % G_N_ELEMENTS (run->surname_hash));
  run->surname_hash[slot] = last->hash;
  run->surname_actor[slot] = (int) m->actor;
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
  if (_ent_run_punct_is (run, i, ",") && (_ent_run_is (run, i + 1, "and") || _ent_run_is (run, i + 1, "or")))
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

static void
find_refs (Run *run)
{
  for (guint i = run->first; i < run->last; )
    {
      EntMention m;
      Ref ref = { 0 };
      RefWant want;
      guint len;

      if (ent_gazetteer_match (run->gazetteer, run->text, run->tokens, run->last, i, &m) ||
          match_surname (run, i, &m))
        {
          ref.first = m.first;
          ref.last = m.last;
          ref.actors[0] = m.actor;
          ref.n_actors = 1;
          ref.name_kind = m.name_kind;
          ref.person = actor_of (run, m.actor)->kind == ENT_ACTOR_KIND_PERSON;
          remember_surname (run, &m);
          if (m.name_kind != ENT_NAME_ADJECTIVE || adjective_means_state (run, &ref) ||
              (ref.bare_adjective = before_noun_cue (run, &ref)) ||
              (ref.bare_adjective = joined_to_adjective (run, &ref, 0)) ||
              (ref.bare_adjective = after_trade_measure (run, &ref)))
            {
              gboolean dateline = is_dateline (run, &ref);

              ref.place = ((preceded_by_location (run, ref.first, ref.name_kind, m.actor) && !at_possessor (run, &ref)) ||
                           names_a_thing (run, &ref) || inside_place_name (run, &ref) ||
                           dateline || based_in (run, &ref)) && !ref.person;
              if (dateline && run->dateline_state < 0 && actor_of (run, m.actor)->kind == ENT_ACTOR_KIND_STATE)
                run->dateline_state = (int)m.actor;
              ref.possessive = ref.last < run->last && _ent_run_tag (run, ref.last) == ENT_TAG_POSS;
              ref.former = after_former (run, ref.first);
              extend_over_organs (run, &ref);
              remember_organ (run, &ref);
              add_ref (run, &ref);
              if (!ref.place && !ref.former)
                remember (run, m.actor);
              if (!ref.place && !ref.possessive && ref.person && run->first_person < 0)
                run->first_person = m.actor;
              else if (!ref.place && !ref.person && run->first_other < 0 &&
                       m.name_kind != ENT_NAME_ADJECTIVE)
                run->first_other = m.actor;
            }
          i = m.last;
          continue;
        }

      if ((len = match_nominal (run, i, &want)) > 0)
        {
          ref.first = i;
          ref.last = i + len;
          ref.pronoun = TRUE;
          if (resolve (run, want, i, &ref))
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
static void
remember_coordination (Run *run)
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
            joined &= _ent_run_is (run, k, "and") || _ent_run_punct_is (run, k, ",") || _ent_run_is (run, k, "or");
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

static void
mark_quotes (Run *run)
{
  gboolean inside = FALSE;

  for (guint i = run->first; i < run->last; i++)
    {
      const EntToken *t = &run->tokens[i];
      const char *s = run->text + t->start;

      if ((t->flags & ENT_TOKEN_QUOTE) && *s != '\'' && strncmp (s, "’", 3) != 0 &&
          strncmp (s, "‘", 3) != 0)
        {
          /* Curly quotes say which way they face; straight ones toggle. */
          if (strncmp (s, "“", 3) == 0 || strncmp (s, "«", 2) == 0)
            inside = TRUE;
          else if (strncmp (s, "”", 3) == 0 || strncmp (s, "»", 2) == 0)
            inside = FALSE;
          else
            inside = !inside;
          run->in_quote[i - run->first] = 0;
          continue;
        }
      run->in_quote[i - run->first] = inside;
    }
}

static void
tag_sentence (Run *run)
{
  for (guint i = run->first; i < run->last; i++)
    {
      EntToken *t = &run->tokens[i];

      gboolean modifier = FALSE;

      t->tag = t->kind == ENT_TOKEN_WORD ? ent_lexicon_tag_word (run->lexicon, t->hash, &modifier) : ENT_TAG_NONE;
      if (modifier)
        t->flags |= ENT_TOKEN_MODIFIER;
      /* "US" and "IS" in capitals are names, not pronouns or verbs. */
      if ((t->flags & ENT_TOKEN_ALL_CAPS) && t->tag != ENT_TAG_NONE)
        t->tag = ENT_TAG_NONE;
    }
}

static void
emit_mentions (Run *run)
{
  for (guint r = 0; r < run->refs->len; r++)
    {
      Ref *ref = &g_array_index (run->refs, Ref, r);
      EntFoundMention m;

      /* A place ("strikes in Syria") is not a mention of the actor, nor is
       * "the former foreign minister" one of the minister. */
      if (ref->pronoun || ref->place || (ref->former && ref->name_kind == ENT_NAME_TITLE))
        continue;
      m.actor = ref->actors[0];
      m.start = run->tokens[ref->first].cstart;
      m.end = run->tokens[ref->last - 1].cend;
      g_array_append_val (run->out->mentions, m);
    }
}

static void
run_sentence (Run         *run,
              EntSentence *sentence)
{
  guint n = sentence->last - sentence->first;

  run->first = sentence->first;
  run->last = sentence->last;
  run->ref_at = g_renew (int, run->ref_at, n + 1);
  run->is_verb = g_renew (guint8, run->is_verb, n + 1);
  run->in_quote = g_renew (guint8, run->in_quote, n + 1);
  memset (run->ref_at, 0xff, (n + 1) * sizeof (int));
  memset (run->is_verb, 0, n + 1);
  g_array_set_size (run->refs, 0);
  g_hash_table_remove_all (run->seen);
  if (run->first_person >= 0)
    run->prev_first_person = run->first_person;
  if (run->first_other >= 0)
    run->prev_first_other = run->first_other;
  run->first_person = run->first_other = -1;
  run->speaker = -1;

  if (run->tokens[run->first].flags & ENT_TOKEN_PARA_BEFORE)
    run->paragraph_speaker = -1;

  {
    EntFoundSentence span = { run->tokens[run->first].cstart, run->tokens[run->last - 1].cend };
    g_array_append_val (run->out->sentences, span);
  }
  tag_sentence (run);
  mark_quotes (run);
  find_refs (run);
  remember_coordination (run);
  emit_mentions (run);
  _ent_extractor_apply_rules (run);
}

/**
 * ent_extractor_run:
 *
 * Returns: (transfer full): the mentions and positions found in @text
 */
EntExtraction *
ent_extractor_run (EntExtractor *self,
                   const char   *text,
                   gsize         length)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (EntToken));
  g_autoptr(GArray) sentences = g_array_new (FALSE, FALSE, sizeof (EntSentence));
  EntExtraction *out = g_new0 (EntExtraction, 1);
  Run run = { 0 };

  g_return_val_if_fail (ENT_IS_EXTRACTOR (self), NULL);

  out->sentences = g_array_new (FALSE, FALSE, sizeof (EntFoundSentence));
  out->mentions = g_array_new (FALSE, FALSE, sizeof (EntFoundMention));
  out->statements = g_array_new (FALSE, FALSE, sizeof (EntFoundStatement));
  if (length == 0)
    return out;

  ent_tokenize (text, length, tokens, sentences);
  out->n_tokens = tokens->len;
  out->n_sentences = sentences->len;

  run.self = self;
  run.gazetteer = self->gazetteer;
  run.lexicon = self->lexicon;
  run.text = text;
  run.tokens = (EntToken *)(gpointer)tokens->data;
  run.n_tokens = tokens->len;
  run.refs = g_array_new (FALSE, FALSE, sizeof (Ref));
  run.seen = g_hash_table_new (NULL, NULL);
  run.out = out;
  run.last_person = run.last_state = run.last_other = run.last_group = run.last_org = -1;
  run.pair[0] = run.pair[1] = -1;
  run.person_pair[0] = run.person_pair[1] = -1;
  run.first_person = run.first_other = run.prev_first_person = run.prev_first_other = -1;
  run.paragraph_speaker = -1;
  run.aggressor = -1;
  run.dateline_state = -1;
  run.army_state = -1;
  run.government_state = -1;

  for (guint s = 0; s < sentences->len; s++)
    run_sentence (&run, &g_array_index (sentences, EntSentence, s));

  g_array_unref (run.refs);
  g_hash_table_unref (run.seen);
  g_free (run.ref_at);
  g_free (run.is_verb);
  g_free (run.in_quote);
  return out;
}

void
ent_extraction_free (EntExtraction *extraction)
{
  if (extraction == NULL)
    return;
  for (guint i = 0; i < extraction->statements->len; i++)
    g_free (g_array_index (extraction->statements, EntFoundStatement, i).cue);
  g_array_unref (extraction->sentences);
  g_array_unref (extraction->mentions);
  g_array_unref (extraction->statements);
  g_free (extraction);
}
