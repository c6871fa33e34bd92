/* ent-extractor-acts.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-extractor-private.h"
#include "ent-word-map.h"

/*
 * Acts named again and acts foiled: "opposed any attempt to destabilise
 * Kazakhstan", "None of the five governments has criticised", "Iraq also
 * denounced it", "Washington called the withdrawal unconscionable",
 * "condemned the attack", "welcomed the agreement".
 */

static gboolean
is_attempt_noun (Run  *run,
                 guint i)
{
  static const char *words[] = {
    "attempt", "attempts", "effort", "efforts", "bid", "bids", "plot", "plots", "plan", "plans",
    "scheme", "schemes", "move", "moves", "conspiracy", "ploy", "ploys", "designs", "proposal",
    "proposals", "initiative", "push",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

static gboolean
is_opposing_word (Run  *run,
                  guint i)
{
  static const char *words[] = {
    "oppose", "opposes", "opposed", "opposing", "reject", "rejects", "rejected", "rejecting",
    "condemn", "condemns", "condemned", "condemning", "denounce", "denounces", "denounced",
    "denouncing", "resist", "resists", "resisted", "resisting", "thwart", "thwarts", "thwarted",
    "thwarting", "foil", "foils", "foiled", "foiling", "defeat", "defeated", "against", "block",
    "blocks", "blocked", "blocking", "veto", "vetoes", "vetoed", "vetoing", "torpedo", "torpedoed",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "Beijing opposed any attempt to destabilise Kazakhstan", "condemned
 * the plot by unnamed officers to overthrow": opposing an attempt against
 * someone takes their side. TRUE, with @sources the opposer's, when the
 * infinitive cue at @cue is such an attempt's; an attempt whose author is
 * named ("an attempt by Russia to") is left to the usual rules. */
gboolean
_ent_run_foiled_attempt (Run   *run,
                         guint  cue,
                         Group *sources)
{
  int to = (int)cue - 1, noun, v;

  while (to > (int)run->first && _ent_run_tag (run, to) == ENT_TAG_ADV)
    to--;
  if (to < (int)run->first + 2 || !_ent_run_is (run, to, "to"))
    return FALSE;
  for (noun = to - 1; noun > (int)run->first && noun > to - 6; noun--)
    {
      if (is_attempt_noun (run, noun))
        break;
      if (_ent_run_usable (_ent_run_ref_at (run, noun)) || run->tokens[noun].kind != ENT_TOKEN_WORD)
        return FALSE;
    }
  if (noun <= (int)run->first || !is_attempt_noun (run, noun) ||
      (noun + 1 < to && _ent_run_tag (run, noun + 1) != ENT_TAG_BY))
    return FALSE;
  for (v = noun - 1; v > (int)run->first && v > noun - 4; v--)
    if (_ent_run_tag (run, v) != ENT_TAG_DET && _ent_run_tag (run, v) != ENT_TAG_ADJ &&
        _ent_run_tag (run, v) != ENT_TAG_ADV)
      break;
  if (!is_opposing_word (run, v))
    return FALSE;
  if (_ent_run_is (run, v, "against"))
    v = _ent_run_previous_verb (run, v - 1);
  return v >= (int)run->first && _ent_run_subject_of_verb (run, v, sources, 0);
}

/* "None of the five governments has criticised Beijing", "Neither
 * Russia nor China condemned": a subject starting at @first whose members
 * do not act. */
gboolean
_ent_run_none_of (Run   *run,
                  guint  first)
{
  guint p = first;

  if (first == G_MAXUINT || first <= run->first)
    return FALSE;
  /* "Neither Russia nor China condemned" */
  if (_ent_run_is (run, first - 1, "nor") || _ent_run_is (run, first - 1, "neither"))
    return TRUE;
  if (first < run->first + 2)
    return FALSE;
  while (p > run->first + 2 && _ent_run_skip_count (run, p - 1) > p - 1)
    p--;
  return _ent_run_is (run, p - 1, "of") &&
         (_ent_run_is (run, p - 2, "none") || _ent_run_is (run, p - 2, "neither"));
}

/* "Iraq also denounced it", "Netanyahu hailed it as historic", "called it
 * unjustified", "called it a courageous decision": "it" right after a
 * stance verb, ending its clause, is most often the act the story is
 * about, and "them" its attacks; TRUE with @group its author. */
gboolean
_ent_run_act_pronoun (Run   *run,
                      guint  pos,
                      Group *sources,
                      Group *group)
{
  int author = run->first_act >= 0 ? run->first_act : run->aggressor;
  guint q = pos;

  while (q < run->last && _ent_run_tag (run, q) == ENT_TAG_ADV)
    q++;
  /* "Israel struck Iran's nuclear sites. Oman condemned them.": the
   * strikes, when "them" names no actor */
  if (q < run->last && _ent_run_is (run, q, "them") && _ent_run_ref_at (run, (int)q) == NULL)
    author = run->aggressor;
  else if (q >= run->last || !_ent_run_is (run, q, "it"))
    return FALSE;
  if (author < 0)
    return FALSE;
  /* "Russia backs the Syrian government, while the United States opposes
   * it": a name of this sentence other than the subject's comes first. */
  for (guint r = 0; r < run->refs->len; r++)
    {
      Ref *ref = &g_array_index (run->refs, Ref, r);
      gboolean source = FALSE;

      if (ref->first < run->first || ref->first >= pos || !_ent_run_usable (ref) || ref->pronoun ||
          ref->possessive || ref->place)
        continue;
      for (guint k = 0; k < sources->n; k++)
        source |= _ent_run_same_state (run, ref->actors[0], sources->actors[k]);
      if (!source)
        return FALSE;
    }
  q++;
  if (q < run->last &&
      !(run->tokens[q].kind == ENT_TOKEN_PUNCT || _ent_run_is (run, q, "as") ||
        _ent_run_is (run, q, "a") || _ent_run_is (run, q, "an") ||
        _ent_run_tag (run, q) == ENT_TAG_ADJ ||
        (run->tokens[q].kind == ENT_TOKEN_WORD && _ent_run_tag (run, q) == ENT_TAG_NONE &&
         !(run->tokens[q].flags & ENT_TOKEN_CAPITALISED) && q + 1 < run->last &&
         run->tokens[q + 1].kind == ENT_TOKEN_PUNCT)))
    return FALSE;
  _ent_run_group_guessed (group, (guint)author, pos);
  return TRUE;
}

/* Acts that later sentences name by a noun: "Russia withdrew from the
 * grain deal. Washington called the withdrawal unconscionable." Each
 * kind lists its verbs, then after a NULL its nouns. The last kind is
 * the attack, whose nouns _ent_run_is_event() knows. */
static const char *act_words[N_ACTS][20] = {
  { "withdrew", "withdraws", "withdrawn", "quit", "quits", "exited", NULL,
    "withdrawal", "exit", "pullout", NULL },
  { "deployed", "deploys", NULL, "deployment", "deployments", NULL },
  { "launched", "launches", "fired", "test-fired", NULL, "launch", "launches", "test", "tests",
    NULL },
  { "annexed", "annexes", NULL, "annexation", NULL },
  { "arrested", "detained", NULL, "arrest", "arrests", "detention", "detentions", NULL },
  { "executed", "hanged", NULL, "execution", "executions", "hanging", "hangings", NULL },
  { "banned", "suspended", NULL, "ban", "suspension", NULL },
  { "recognised", "recognized", "recognises", "recognizes", NULL, "recognition", NULL },
  { "visited", "visits", NULL, "visit", "trip", NULL },
  { "closed", "shut", NULL, "closure", "shutdown", NULL },
  { "filed", "lodged", NULL, "case", "complaint", "lawsuit", "suit", NULL },
  { "accused", "accuses", "blamed", "blames", NULL, "accusation", "accusations", "allegation",
    "allegations", "charge", "charges", "claims", NULL },
  { "seized", "captured", "overran", "attacked", "struck", "bombed", "shelled",
    "raided", "invaded", "hit", "downed", "shot", NULL, NULL },
};

/* One map for the words of acts: the kind a verb does (plus one) in the
 * low bits, the kind a noun names (plus one) above them, and a flag for
 * the verbs that launch an attack ("launched an offensive", "mounted a
 * cross-border raid"). */
#define ACT_NOUN_SHIFT 5
#define ACT_LAUNCH     (1u << 10)

static const char *launch_words[] = {
  "launched", "launches", "mounted", "mounts", "began", "begins", "staged", "stages", "carried",
  "claimed", "claims", "claiming",
};

static EntWordMap *
act_map (void)
{
  static EntWordMap *map;

  if (g_once_init_enter (&map))
    {
      EntWordMap *m = g_new0 (EntWordMap, 1);

      ent_word_map_init (m);
      for (guint k = 0; k < N_ACTS; k++)
        for (guint i = 0, nouns = 0; nouns < 2; i++)
          {
            guint64 h;

            if (act_words[k][i] == NULL)
              {
                nouns++;
                continue;
              }
            h = ent_text_hash_str (act_words[k][i]);
            ent_word_map_insert (m, h, GUINT_TO_POINTER (
                                   GPOINTER_TO_UINT (ent_word_map_lookup (m, h)) |
                                   ((k + 1) << (nouns ? ACT_NOUN_SHIFT : 0))));
          }
      for (guint i = 0; i < G_N_ELEMENTS (launch_words); i++)
        {
          guint64 h = ent_text_hash_str (launch_words[i]);

          ent_word_map_insert (m, h, GUINT_TO_POINTER (
                                 GPOINTER_TO_UINT (ent_word_map_lookup (m, h)) | ACT_LAUNCH));
        }
      g_once_init_leave (&map, m);
    }
  return map;
}

/* The kind of act the noun of @bits names, or -1. */
static inline int
act_noun_kind (guint bits)
{
  return (int)((bits >> ACT_NOUN_SHIFT) & 0x1f) - 1;
}

/* The kind of act the noun at @i names, or -1. */
static int
act_noun (Run  *run,
          guint i)
{
  return act_noun_kind (GPOINTER_TO_UINT (ent_word_map_lookup (act_map (), run->tokens[i].hash)));
}

/* Whether the claim of the attack noun at @p is one of another's attack:
 * "claimed the attack was staged", "an attack by Ukraine", "a Ukrainian
 * drone attack", "Russia's strike"; a place stays ("claims Moscow
 * concert massacre"). */
static gboolean
claims_anothers (Run  *run,
                 guint i,
                 guint p)
{
  for (guint q = i + 1; q < p; q++)
    {
      Ref *ref = _ent_run_ref_at (run, (int)q);

      if (ref != NULL && (ref->possessive || ref->bare_adjective ||
                          ref->name_kind == ENT_NAME_ADJECTIVE))
        return TRUE;
    }
  return p + 1 < run->last &&
         (_ent_run_verbal_tag (_ent_run_tag (run, p + 1)) || _ent_run_is (run, p + 1, "that") ||
          _ent_run_is (run, p + 1, "by") || _ent_run_past_tense_word (run, (int)p + 1));
}

/* "launched an offensive", "claimed responsibility for the bombing": an
 * attack when an attack noun follows; a claim only of its
 * responsibility. */
static gboolean
launches_attack (Run  *run,
                 guint i)
{
  gboolean claim = _ent_run_is (run, i, "claimed") || _ent_run_is (run, i, "claims") ||
                   _ent_run_is (run, i, "claiming");

  if (claim && i + 1 < run->last &&
      (_ent_run_is (run, i + 1, "responsibility") || _ent_run_is (run, i + 1, "credit")))
    claim = FALSE;
  for (guint p = i + 1; p < run->last && p < i + 5; p++)
    if (_ent_run_is_event (run, p))
      return !claim || !claims_anothers (run, i, p);
  return FALSE;
}

/* "conducted a nuclear test", "carried out its withdrawal", "paid a visit":
 * a verb that only says the act was done. */
static gboolean
light_verb (Run  *run,
            guint i)
{
  static const char *words[] = {
    "conducted", "conducts", "carried", "carries", "staged", "stages", "performed", "performs",
    "paid", "pays", "completed", "completes",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "North Korea's sixth nuclear test", "the Russian withdrawal": the
 * owner before an act's noun did it; "North Korea conducted its sixth
 * nuclear test": the subject of the light verb before it. */
static void
remember_owner (Run  *run,
                guint noun,
                int   kind)
{
  for (int p = (int)noun - 1; p >= (int)run->first && p + 6 > (int)noun; p--)
    {
      Ref *ref = _ent_run_ref_at (run, p);
      gboolean negated = FALSE, be = FALSE, modal = FALSE;
      Group group;

      if (_ent_run_usable (ref) && !ref->place)
        {
          if (ref->possessive || ref->name_kind == ENT_NAME_ADJECTIVE ||
              _ent_run_possessive_pronoun (run, ref))
            run->act_by[kind] = (int)ref->actors[0];
          return;
        }
      if (run->tokens[p].kind == ENT_TOKEN_PUNCT && !_ent_run_is_hyphen (run, (guint)p))
        return;
      if (!light_verb (run, (guint)p))
        continue;
      _ent_run_verb_group_start (run, (guint)p, &negated, &be, &modal);
      _ent_run_group_init (&group);
      if (!negated && !modal && !be && !run->in_quote[p - (int)run->first] &&
          _ent_run_subject_of_verb (run, p, &group, 0) && group.n > 0 && !group.coref)
        run->act_by[kind] = (int)group.actors[0];
      return;
    }
}

/* Remembers who did each kind of act first in the story, from the verbs
 * of the sentence with a subject and the owners of act nouns; the first
 * attack also becomes the story's aggression when no position named it
 * ("M23 rebels seized Goma. The United States condemned the assault."). */
void
_ent_run_remember_acts (Run *run)
{
  for (guint k = 0; k < run->n_frame_hits; k++)
    {
      guint i = run->frame_hits[k];
      guint bits = run->frame_bits[i - run->first] >> FRAME_ACT_SHIFT;
      int noun = act_noun_kind (bits);
      int kind = (int)(bits & 0x1f) - 1;
      gboolean negated = FALSE, be = FALSE, modal = FALSE;
      Group group;

      if (bits == 0)
        continue;
      if ((bits & ACT_LAUNCH) && launches_attack (run, i))
        kind = N_ACTS - 1;

      if (noun >= 0 && noun < N_ACTS - 1 && run->act_by[noun] < 0)
        remember_owner (run, i, noun);

      if (kind < 0 || run->in_quote[i - run->first] || _ent_run_looks_nominal (run, (int)i) ||
          (kind == N_ACTS - 1 ? run->aggressor >= 0 : run->act_by[kind] >= 0))
        continue;
      _ent_run_verb_group_start (run, i, &negated, &be, &modal);
      if (negated || modal || be)
        continue;
      _ent_run_group_init (&group);
      if (!_ent_run_subject_of_verb (run, (int)i, &group, 0) || group.n == 0 || group.coref)
        continue;
      if (kind < N_ACTS - 1)
        {
          run->act_by[kind] = (int)group.actors[0];
          continue;
        }
      run->aggressor = (int)group.actors[0];
      run->aggressor_with = group.n > 1 ? (int)group.actors[1] : -1;
      run->aggressor_cue = run->tokens[i].cstart;
    }
}

/* The kind of measure the noun at @p names again, or -1. */
static int
measure_noun (Run   *run,
              guint  p)
{
  static const char *words[] = {
    "sanctions", "tariffs", "measures", "penalties", "duties", "embargo", "embargoes",
    "restrictions", "curbs", "levies", "levy",
  };
  static EntWordMap *once;

  if (ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash))
    return 0;
  if (_ent_run_is (run, p, "veto"))
    return 1;
  if (_ent_run_is (run, p, "warrants") || _ent_run_is (run, p, "warrant"))
    return 2;
  if (_ent_run_is (run, p, "expulsion") || _ent_run_is (run, p, "expulsions"))
    return 3;
  if (_ent_run_is (run, p, "drills") || _ent_run_is (run, p, "exercises") ||
      _ent_run_is (run, p, "manoeuvres") || _ent_run_is (run, p, "maneuvers") ||
      (_ent_run_is (run, p, "games") && p > run->first && _ent_run_is (run, p - 1, "war")))
    return 4;
  /* "the ban": the last one imposed, else the act of banning */
  if ((_ent_run_is (run, p, "ban") || _ent_run_is (run, p, "bans")) && run->measure_by[5] >= 0)
    return 5;
  return -1;
}

static gboolean
is_deal_noun (Run  *run,
              guint i)
{
  static const char *words[] = {
    "agreement", "agreements", "deal", "pact", "treaty", "accord", "accords", "memorandum",
    "memoranda", "declaration", "talks", "summit", "ceasefire", "truce", "dialogue",
    "rapprochement", "normalisation", "normalization",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

static gboolean
is_act_noun (Run  *run,
             guint i)
{
  static const char *words[] = { "move", "decision", "step", "announcement" };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "Kosovo declared independence on Sunday, and Belgrade ...": the actor
 * named first in the sentence, before the token @before, when it opens the
 * sentence as the subject of a verb and another clause names another
 * actor before @before; -1 when none does. */
int
_ent_run_lead_subject (Run   *run,
                       guint  before)
{
  Ref *ref;
  EntTag tag;

  if (run->refs->len == 0)
    return -1;
  ref = &g_array_index (run->refs, Ref, 0);
  if (ref->last >= before || ref->first != run->first || ref->place || ref->possessive ||
      ref->pronoun || ref->n_actors != 1 || ref->last >= run->last)
    return -1;
  tag = _ent_run_tag (run, ref->last);
  if (!run->is_verb[ref->last - run->first] && !_ent_run_verbal_tag (tag) &&
      !_ent_run_past_tense_word (run, (int)ref->last))
    return -1;
  /* a clause of its own, then someone else: the subject of what comes
   * before @before ("China said Washington condemned the decision" says
   * nothing of China's) */
  if (before < run->last)
    {
      guint next;
      gboolean clause = FALSE;

      if (run->refs->len < 2 || (next = g_array_index (run->refs, Ref, 1).first) >= before ||
          g_array_index (run->refs, Ref, 1).actors[0] == ref->actors[0])
        return -1;
      for (guint p = ref->last; p < next && !clause; p++)
        clause = _ent_run_punct_is (run, p, ",;") || _ent_run_tag (run, p) == ENT_TAG_CONJ;
      if (!clause)
        return -1;
    }
  return (int)ref->actors[0];
}

/* A word that may stand before an act's noun: "and", an adjective, a
 * people's word or one the dictionary does not know ("heinous",
 * "cowardly", "terrorist"). */
static gboolean
modifier_word (Run  *run,
               guint q)
{
  EntTag tag = _ent_run_tag (run, q);

  return _ent_run_is (run, q, "and") ||
         ((tag == ENT_TAG_NONE || tag == ENT_TAG_ADJ || tag == ENT_TAG_PEOPLE) &&
          run->tokens[q].kind == ENT_TOKEN_WORD &&
          !(run->tokens[q].flags & ENT_TOKEN_CAPITALISED) && _ent_run_ref_at (run, (int)q) == NULL);
}

/* Whether the noun at @p names an act, an attack or a measure. */
static gboolean
names_act (Run  *run,
           guint p)
{
  return _ent_run_is_event (run, p) || measure_noun (run, p) >= 0 || act_noun (run, p) >= 0 ||
         is_act_noun (run, p);
}

/* "condemned the attack", "denounced the raid": with no author named,
 * the attack is the story's first; "the sanctions" are whoever took the
 * last such measure; "the decision" is the story's first act; "the
 * resolution" the council's or assembly's that voted on it; "welcomed
 * the agreement" the sides of the story's first deal. */
static gboolean
event_author (Run      *run,
              guint     pos,
              gboolean  attacks,
              Group    *group)
{
  guint p = pos;
  int author, kind;
  gboolean deal = FALSE, whole = FALSE, called = FALSE;

  /* "condemned what it called a cowardly terrorist attack" */
  if (p + 3 < run->last && _ent_run_is (run, p, "what") &&
      _ent_run_tag (run, p + 1) == ENT_TAG_PRON &&
      (_ent_run_is (run, p + 2, "called") || _ent_run_is (run, p + 2, "termed")))
    {
      p += 3;
      called = _ent_run_is (run, p, "a") || _ent_run_is (run, p, "an");
    }
  if (p >= run->last || !(called || _ent_run_is (run, p, "the") || _ent_run_is (run, p, "this") ||
                          _ent_run_is (run, p, "these")))
    return FALSE;
  p++;
  while (p < run->last && (_ent_run_tag (run, p) == ENT_TAG_ADJ || _ent_run_is (run, p, "latest") ||
                           _ent_run_is (run, p, "deadly") || _ent_run_is (run, p, "air") ||
                           _ent_run_is (run, p, "drone") || _ent_run_is (run, p, "missile") ||
                           _ent_run_is (run, p, "new")))
    p++;
  /* "a heinous and cowardly terrorist attack": words the dictionary does
   * not know, before a noun of an act */
  for (guint q = p + 1, k = 0; p < run->last && !names_act (run, p) && q < run->last && k < 6;
       q++, k++)
    {
      if (names_act (run, q))
        {
          p = q;
          break;
        }
      if (!modifier_word (run, q))
        break;
    }
  if (p >= run->last)
    return FALSE;
  /* "the sanctions", "the veto", "the warrants": who took the last such
   * measure */
  if ((kind = measure_noun (run, p)) >= 0)
    author = run->measure_by[kind];
  else if ((kind = act_noun (run, p)) >= 0 && run->act_by[kind] >= 0)
    author = run->act_by[kind];
  else if (attacks && _ent_run_is_event (run, p))
    author = run->aggressor;
  else if (is_act_noun (run, p))
    {
      author = run->first_act;
      whole = run->first_act_by.n > 1;
      /* "Russia annexed Crimea. Ukraine denounced the move.": before the
       * story has an act, the move is that of the subject who opened this
       * sentence, or the last one */
      if (author < 0)
        author = _ent_run_lead_subject (run, pos);
      if (author < 0)
        author = run->prev_subject;
    }
  /* "Hamas rejected the resolution": the council that voted on it */
  else if (_ent_run_is (run, p, "resolution"))
    author = _ent_run_voting_body (run);
  else if (is_deal_noun (run, p) && run->parties.n >= 2)
    {
      deal = TRUE;
      author = (int)run->parties.actors[0];
    }
  else
    return FALSE;
  if (author < 0)
    return FALSE;
  /* "the attack on Kabul by gunmen", "the strikes in Syria", "the deal
   * with Iran": said here. */
  if (p + 1 < run->last &&
      (_ent_run_tag (run, p + 1) == ENT_TAG_PREP || _ent_run_tag (run, p + 1) == ENT_TAG_BY ||
       _ent_run_tag (run, p + 1) == ENT_TAG_LOC_PREP))
    return FALSE;
  _ent_run_group_init (group);
  if (deal)
    *group = run->parties;
  /* "Britain and Canada recognised Palestine; Washington called the move
   * a mistake": all who took the step */
  else if (whole)
    *group = run->first_act_by;
  else
    group->actors[group->n++] = (guint)author;
  if (author == run->aggressor && run->aggressor_with >= 0 && attacks && !deal && !whole)
    group->actors[group->n++] = (guint)run->aggressor_with;
  group->coref = TRUE;
  group->first = group->last = p;
  return TRUE;
}

gboolean
_ent_run_event_author (Run   *run,
                       guint  pos,
                       Group *group)
{
  return event_author (run, pos, TRUE, group);
}

/* "Eritrea was put under an arms embargo. Washington strongly supported
 * the sanctions": whom the measure the noun at @p names again was aimed
 * at, when the story said. */
gboolean
_ent_run_measure_aimed (Run   *run,
                        guint  p,
                        Group *group)
{
  int kind = p < run->last ? measure_noun (run, p) : -1;

  if (kind < 0 || run->measure_on[kind] < 0)
    return FALSE;
  _ent_run_group_guessed (group, (guint)run->measure_on[kind], p);
  return TRUE;
}

/* The same for sanctions and tariffs only: "called the sanctions an
 * unfriendly act". */
gboolean
_ent_run_measure_author (Run   *run,
                         guint  pos,
                         Group *group)
{
  return event_author (run, pos, FALSE, group);
}

/* Threats told as what someone will face: "Trump warned that Iran would
 * face bombing", "said Kigali would face consequences if". */
static const char *facing_words[] = { "face", "faces", "facing" };

void
_ent_run_add_facing_frame_words (EntWordMap *map)
{
  _ent_run_add_frame_words (map, facing_words, G_N_ELEMENTS (facing_words), FRAME_AT);
}

static const char *clause_words[] = { "after", "when" };
static const char *prompting_words[] = {
  "prompting", "forcing", "leading", "pushing", "spurring", "causing", "driving",
};

/* Adds the acts' words to the frame map @map, with what act each names
 * above FRAME_ACT_SHIFT: the frame map's one lookup per word then serves
 * _ent_run_remember_acts() too. */
void
_ent_run_add_act_bits (EntWordMap *map)
{
  const EntWordMap *acts = act_map ();

  for (gsize s = 0; s <= acts->mask; s++)
    {
      guint64 hash = acts->slots[s].key;
      guint bits;

      if (hash == 0)
        continue;
      bits = GPOINTER_TO_UINT (ent_word_map_lookup (map, hash));
      ent_word_map_insert (map, hash, GUINT_TO_POINTER (
                             bits | (GPOINTER_TO_UINT (acts->slots[s].value) << FRAME_ACT_SHIFT)));
    }
}

/* The words that start a protest at a clause or a prompted reaction, for
 * the frame map. */
void
_ent_run_add_act_frame_words (EntWordMap *map)
{
  _ent_run_add_frame_words (map, clause_words, G_N_ELEMENTS (clause_words), FRAME_CLAUSE);
  _ent_run_add_frame_words (map, prompting_words, G_N_ELEMENTS (prompting_words), FRAME_PROMPT);
}

static gboolean
is_consequence (Run  *run,
                guint i)
{
  static const char *words[] = {
    "consequences", "consequence", "sanctions", "bombing", "retaliation", "strikes", "attack",
    "attacks", "war", "punishment", "reprisals", "force", "fury", "tariffs", "isolation",
    "response", "repercussions", "action",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

void
_ent_run_try_facing (Run  *run,
                     guint i)
{
  static EntWordMap *once;
  Group threatened, warners;
  gboolean negated = FALSE, be = FALSE, modal = FALSE;
  CueAt at = { i, i + 1, NULL, -1 };
  EntCue cue = { "would face", ENT_CUE_VERB, ENT_FORM_BASE, -1, 0.6, 1, FALSE, FALSE, FALSE };
  guint q = i + 1, start;
  int say, time;
  Ref *subject;

  if (!ent_word_set_contains (&once, facing_words, G_N_ELEMENTS (facing_words),
                              run->tokens[i].hash))
    return;
  /* "bombing the likes of which", "severe consequences", "the full force" */
  while (q < run->last && q < i + 4 && !is_consequence (run, q) &&
         (_ent_run_tag (run, q) == ENT_TAG_ADJ || _ent_run_tag (run, q) == ENT_TAG_DET ||
          (run->tokens[q].kind == ENT_TOKEN_WORD && _ent_run_tag (run, q) == ENT_TAG_NONE &&
           _ent_run_ref_at (run, q) == NULL)))
    q++;
  if (q >= run->last || !is_consequence (run, q))
    return;
  start = _ent_run_verb_group_start (run, i, &negated, &be, &modal);
  /* "Iran would face": the subject just before the verb group */
  if (negated || start <= run->first ||
      !_ent_run_usable (subject = _ent_run_ref_at (run, (int)start - 1)) || subject->place ||
      subject->possessive)
    return;
  _ent_run_group_init (&threatened);
  _ent_run_group_init (&warners);
  _ent_run_collect_left (run, subject, &threatened);
  /* "warned that", "said": who says so threatens */
  say = (int)threatened.first - 1;
  if (say > (int)run->first && _ent_run_is (run, say, "that"))
    say--;
  while (say > (int)run->first && (time = _ent_run_time_phrase_start (run, say)) >= 0)
    say = time - 1;
  if (say <= (int)run->first ||
      !(_ent_run_tag (run, say) == ENT_TAG_SAY || _ent_run_is (run, say, "warned") ||
        _ent_run_is (run, say, "warns") || _ent_run_is (run, say, "threatened")))
    return;
  start = _ent_run_verb_group_start (run, (guint)say, &negated, &be, &modal);
  if (negated || !_ent_run_group_left (run, (int)start - 1, &warners))
    return;
  at.end = q + 1;
  at.cue = &cue;
  _ent_run_emit (run, &warners, &threatened, -1, cue.strength, &at);
}

/* The complaint whose word ends right before @i, "after" or "when":
 * "protested", "reacted angrily", "lodged a formal protest"; @verb is
 * the verb that makes it. */
static gboolean
complaint_before (Run   *run,
                  guint  i,
                  guint *verb)
{
  static const char *verbs[] = {
    "protested", "protests", "complained", "complains", "objected", "objects", "bristled",
    "bristles", "fumed", "fumes", "balked", "balks", "reacted", "reacts", "responded", "protest",
    "complain", "bristle", "fume", "balk",
  };
  static const char *angrily[] = {
    "angrily", "furiously", "sharply", "indignantly", "strongly", "bitterly",
  };
  static const char *nouns[] = {
    "protest", "protests", "complaint", "complaints", "objection", "objections",
  };
  static EntWordMap *verb_set, *angry_set, *noun_set;
  guint p = i - 1;
  gboolean angry = FALSE;
  int v;

  if (ent_word_set_contains (&angry_set, angrily, G_N_ELEMENTS (angrily), run->tokens[p].hash))
    {
      angry = TRUE;
      p--;
    }
  if (p > run->first &&
      ent_word_set_contains (&verb_set, verbs, G_N_ELEMENTS (verbs), run->tokens[p].hash))
    {
      *verb = p;
      /* "reacted" complains only when angrily */
      return angry || !(_ent_run_is (run, p, "reacted") || _ent_run_is (run, p, "reacts") ||
                        _ent_run_is (run, p, "responded"));
    }
  /* "lodged a formal protest", "filed a complaint" */
  if (angry || !ent_word_set_contains (&noun_set, nouns, G_N_ELEMENTS (nouns), run->tokens[p].hash))
    return FALSE;
  v = _ent_run_previous_verb (run, (int)p - 1);
  if (v < 0 || p - (guint)v > 4)
    return FALSE;
  *verb = (guint)v;
  return TRUE;
}

/* "Tokyo lodged a formal protest after a Chinese carrier group sailed
 * near Okinawa", "Nepal protested after India and China agreed", "Beijing
 * reacted angrily when Lithuania allowed": a complaint about what the
 * actors of the clause after it did. */
void
_ent_run_try_protest_after (Run           *run,
                            const guint32 *bits)
{
  static const EntCue cue = {
    "protested after", ENT_CUE_VERB, ENT_FORM_PAST, -1, 0.6, 1, FALSE, FALSE
  };

  for (guint k = 0; k < run->n_frame_hits; k++)
    {
      guint i = run->frame_hits[k];
      Group sources, targets;
      gboolean negated, be, modal, acts;
      guint verb, q = i + 1;
      CueAt at;
      Ref *ref;

      if (i < run->first + 2 || i + 2 >= run->last || !(bits[i - run->first] & FRAME_CLAUSE) ||
          !complaint_before (run, i, &verb))
        continue;
      negated = be = modal = acts = FALSE;
      _ent_run_verb_group_start (run, verb, &negated, &be, &modal);
      _ent_run_group_init (&sources);
      _ent_run_group_init (&targets);
      if (negated || modal || !_ent_run_subject_of_verb (run, (int)verb, &sources, 0) ||
          sources.n == 0)
        continue;
      if (_ent_run_tag (run, q) == ENT_TAG_DET)
        q++;
      ref = _ent_run_ref_at (run, (int)q);
      if (!_ent_run_usable (ref) || ref->place || ref->first != q)
        continue;
      /* "after India and China agreed": both */
      _ent_run_collect_right_full (run, ref, &targets, FALSE);
      /* the clause's subject: its verb follows ("after Lithuania allowed",
       * "after a Chinese carrier group sailed") */
      for (guint p = targets.last; p < run->last && p < targets.last + 4 && !acts; p++)
        acts = _ent_run_verb_word (run, p);
      if (!acts)
        continue;
      at = (CueAt) { verb, i + 1, &cue, -1 };
      _ent_run_emit (run, &sources, &targets, -1, cue.strength, &at);
    }
}

/* ", prompting Washington to reimpose oil sanctions", ", forcing Paris to
 * recall its envoy": a reaction, with no actor named after it, to the
 * subject of the clause before the comma. */
void
_ent_run_try_prompted (Run           *run,
                       const guint32 *bits)
{
  for (guint k = 0; k < run->n_frame_hits; k++)
    {
      guint i = run->frame_hits[k];
      Group reactors, targets;
      Ref *ref = NULL;
      const EntCue *cue = NULL;
      guint to, span = 0, p, where = 0;
      CueAt at;

      if (i < run->first + 2 || i + 3 >= run->last || !(bits[i - run->first] & FRAME_PROMPT))
        continue;
      ref = _ent_run_ref_at (run, (int)i + 1);
      if (!_ent_run_punct_is (run, i - 1, ",") || !_ent_run_usable (ref) || ref->place ||
          ref->possessive || ref->first != i + 1)
        continue;
      _ent_run_group_init (&reactors);
      _ent_run_group_init (&targets);
      _ent_run_collect_right (run, ref, &reactors);
      to = reactors.last;
      if (to + 1 >= run->last || _ent_run_tag (run, to) != ENT_TAG_TO)
        continue;
      /* the first cue of the reaction, before any actor it names */
      for (p = to + 1; p < run->last && p < to + 6 && cue == NULL; p++)
        {
          if (_ent_run_ref_at (run, (int)p) != NULL || run->tokens[p].kind == ENT_TOKEN_PUNCT ||
              _ent_run_tag (run, p) == ENT_TAG_NEG)
            break;
          cue = ent_lexicon_match_cue (run->lexicon, run->tokens, run->last, p, &span);
          where = p;
        }
      if (cue == NULL)
        continue;
      /* "prompting Finland to join NATO": the reaction names its own */
      for (p = where + span; p < run->last && !_ent_run_clause_boundary (run, p); p++)
        if (_ent_run_ref_at (run, (int)p) != NULL)
          break;
      if (p < run->last && _ent_run_ref_at (run, (int)p) != NULL)
        continue;
      if (!_ent_run_main_subject (run, (int)i - 1, &targets))
        continue;
      at = (CueAt) { where, where + span, cue, -1 };
      _ent_run_emit (run, &reactors, &targets, cue->sign, cue->strength * 0.8, &at);
    }
}
