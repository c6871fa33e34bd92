/* ent-extractor-objects.c
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
 * Toward whom a position is taken: the object or complement after a cue,
 * through determiners, modifiers and plain nouns ("the Syrian
 * government", "fighters from Russia's Wagner group", "the government and
 * people of Mali"), but not a place, a text a body names, or what a
 * participle after the object stands for.
 */

/* Whether a relational noun with a name after it follows: "ally Hamas". */
static gboolean
relational_ahead (Run  *run,
                  guint p)
{
  for (guint q = p; q < run->last && q < p + 3; q++)
    if (_ent_run_relational_sign (run, q) != 0)
      return _ent_run_ref_at (run, q + 1) != NULL;
  return FALSE;
}

/* "Taiwan's rival, China", "Iran's ally Hezbollah": the name a
 * possessor's relational noun at most two words after @p stands for. */
static Ref *
relational_object (Run  *run,
                   guint p)
{
  for (guint q = p; q < run->last && q < p + 3; q++)
    if (_ent_run_relational_sign (run, q) != 0)
      {
        guint r = q + 1;
        Ref *next;

        if (r + 1 < run->last && _ent_run_punct_is (run, r, ","))
          r++;
        if (r + 1 < run->last && _ent_run_is (run, r, "the") && r > q + 1)
          r++;
        next = r < run->last ? _ent_run_ref_at (run, r) : NULL;

        return _ent_run_usable (next) && !next->place ? next : NULL;
      }
  return NULL;
}


static gboolean
is_link_word (Run  *run,
              guint i)
{
  static const char *words[] = {
    "linked", "tied", "connected", "belonging", "bound", "affiliated", "owned", "headed", "flagged",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "denounced the joint drills between Seoul and Washington": those who
 * hold the drills, named after "between" at @p. */
static gboolean
drills_between (Run   *run,
                guint  p,
                Group *group)
{
  static const char *words[] = {
    "drills", "exercises", "manoeuvres", "maneuvers", "games", "wargames",
  };
  static EntWordMap *once;
  Ref *first;

  if (p + 2 >= run->last || p == run->first || !_ent_run_is (run, p, "between") ||
      !ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p - 1].hash))
    return FALSE;
  /* "between the Philippines and Japan" */
  for (p++; p + 1 < run->last && _ent_run_tag (run, p) == ENT_TAG_DET; p++)
    ;
  first = _ent_run_ref_at (run, (int)p);
  if (!_ent_run_usable (first) || first->place)
    return FALSE;
  _ent_run_collect_right (run, first, group);
  return group->n >= 2;
}

static gboolean
object_of_noun (Run   *run,
                guint  noun,
                Group *group)
{
  guint p = noun + 2;
  Ref *ref;

  if (ent_lexicon_match_cue (run->lexicon, run->tokens, run->last, noun, NULL) != NULL)
    return FALSE;
  while (p < run->last && _ent_run_tag (run, p) == ENT_TAG_DET)
    p++;
  ref = _ent_run_ref_at (run, p);
  if (!_ent_run_usable (ref) || ref->place || ref->name_kind == ENT_NAME_SEAT)
    return FALSE;
  _ent_run_collect_right (run, ref, group);
  return TRUE;
}

/* The cue an -ing word at @p starts, as in "a resolution condemning
 * Pakistan", or NULL; @span gets its length in tokens. */
const EntCue *
_ent_run_participle_cue (Run   *run,
                         guint  p,
                         guint *span)
{
  const EntCue *cue;
  EntTag tag;

  if (p >= run->last)
    return NULL;
  tag = _ent_run_tag (run, p);
  if ((tag != ENT_TAG_NONE && tag != ENT_TAG_ADJ && tag != ENT_TAG_LIGHT) ||
      run->tokens[p].kind != ENT_TOKEN_WORD || run->text[run->tokens[p].end - 1] != 'g')
    return NULL;
  cue = ent_lexicon_match_cue (run->lexicon, run->tokens, run->last, p, span);
  /* "imposing" alone is an adjective or a light verb; "imposing sanctions
   * on" is a cue */
  return cue != NULL && tag != ENT_TAG_NONE && cue->length < 2 ? NULL : cue;
}

/* "condemned what it called China's provocations", "bombed what New
 * Delhi said was a training camp": the object comes after "what X
 * called" or "what X said was". */
static guint
skip_what_called (Run   *run,
                  guint  p)
{
  Ref *ref;
  guint q;

  if (p + 2 >= run->last || !_ent_run_is (run, p, "what"))
    return p;
  ref = _ent_run_ref_at (run, p + 1);
  if (ref == NULL && _ent_run_tag (run, p + 1) != ENT_TAG_PRON)
    return p;
  q = ref != NULL ? ref->last : p + 2;
  if (q + 1 < run->last &&
      (_ent_run_is (run, q, "said") || _ent_run_is (run, q, "says") ||
       _ent_run_is (run, q, "claimed")) &&
      (_ent_run_is (run, q + 1, "was") || _ent_run_is (run, q + 1, "were") ||
       _ent_run_is (run, q + 1, "is") || _ent_run_is (run, q + 1, "are")))
    return q + 2;
  if (q < run->last && (_ent_run_is (run, q, "called") || _ent_run_is (run, q, "calls") ||
                        _ent_run_is (run, q, "described") || _ent_run_is (run, q, "termed")))
    {
      q++;
      if (q < run->last && _ent_run_is (run, q, "as"))
        q++;
      return q;
    }
  return p;
}

/* "vetoed a Security Council resolution": the body names the text, and
 * is not itself the object. */
gboolean
_ent_run_names_a_text (Run *run,
                       Ref *ref)
{
  return !ref->possessive && ref->last < run->last && _ent_run_is_text_noun (run, ref->last) &&
         _ent_run_actor_of (run, ref->actors[0])->kind == ENT_ACTOR_KIND_ORGANISATION;
}

static gboolean
owned_property (Run  *run,
                guint p)
{
  guint q = _ent_run_skip_count (run, p);

  while (q < run->last && q < p + 4 &&
         (_ent_run_tag (run, q) == ENT_TAG_ADJ ||
          (_ent_run_tag (run, q) == ENT_TAG_NONE && run->tokens[q].kind == ENT_TOKEN_WORD &&
           !_ent_run_state_property (run, q) && !(run->tokens[q].flags & ENT_TOKEN_CAPITALISED))))
    q++;
  return q < run->last && _ent_run_state_property (run, q);
}

/* "alarmed its neighbours, including Vietnam", "its partners such as
 * Japan": the members a list names after the possessor's own kind. */
gboolean
_ent_run_own_kind_including (Run   *run,
                             guint  p,
                             Group *group)
{
  for (guint q = p; q < run->last && q < p + 3; q++)
    {
      if (_ent_run_punct_is (run, q, ",") || _ent_run_is (run, q, "such"))
        return q > p && _ent_run_including_after (run, q, group);
      if (run->tokens[q].kind != ENT_TOKEN_WORD || _ent_run_ref_at (run, q) != NULL ||
          run->is_verb[q - run->first])
        return FALSE;
    }
  return FALSE;
}

/* The actor @ref met at @p while looking for the object after @pos. */
static Scan
object_ref (Run   *run,
            guint  pos,
            guint *p,
            Ref   *ref,
            guint  nouns,
            Group *group)
{
  if (!_ent_run_usable (ref))
    return SCAN_NONE;
  if (ref->first == *p && _ent_run_clause_pronoun (run, ref))
    return SCAN_NONE;
  /* "struck the Iran-backed Houthis", "the Russian-led CSTO": the name
   * qualifies the noun after it, which is the object. */
  if (_ent_run_qualifying_affix (run, ref) || _ent_run_stance_prefixed (run, ref))
    {
      *p = ref->last + 1;
      return SCAN_ON;
    }
  /* "drills around Taiwan", "an incursion into Ukraine": the preposition
   * belongs to the cue, the name is its target. */
  if (ref->place && nouns == 0 &&
      !(ref->first == _ent_run_skip_count (run, pos) && pos > run->first &&
        _ent_run_tag (run, pos - 1) == ENT_TAG_LOC_PREP))
    return SCAN_NONE;
  /* "sided with its treaty ally, the Philippines" */
  if (_ent_run_possessive_pronoun (run, ref) && relational_object (run, ref->last) != NULL)
    {
      _ent_run_collect_right (run, relational_object (run, ref->last), group);
      return SCAN_FOUND;
    }
  if (_ent_run_possessive_pronoun (run, ref) &&
      _ent_run_own_kind_including (run, ref->last, group))
    return SCAN_FOUND;
  /* "its ally Hamas": the possessive pronoun is a determiner here. */
  if ((_ent_run_possessive_pronoun (run, ref) ||
       (ref->name_kind == ENT_NAME_ADJECTIVE && *p > pos)) &&
      relational_ahead (run, ref->last))
    {
      *p = ref->last;
      return SCAN_ON;
    }
  /* "refuge to the anti-Taliban National Resistance Front": a name after
   * "anti-" or "pro-" qualifies the noun it comes before. */
  if (ref->first > run->first + 1 && ref->first == *p &&
      (run->tokens[*p].flags & ENT_TOKEN_HYPHEN_BEFORE) &&
      (_ent_run_is (run, *p - 1, "anti") || _ent_run_is (run, *p - 1, "pro")) &&
      ref->last < run->last && run->tokens[ref->last].kind == ENT_TOKEN_WORD &&
      !run->is_verb[ref->last - run->first])
    {
      *p = ref->last;
      return SCAN_ON;
    }
  if (_ent_run_names_a_text (run, ref))
    return SCAN_NONE;
  /* "re-established relations with Taiwan's rival, China" */
  if (ref->possessive && ref->first == *p && relational_object (run, ref->last) != NULL)
    {
      _ent_run_collect_right (run, relational_object (run, ref->last), group);
      return SCAN_FOUND;
    }
  if (_ent_run_possessive_pronoun (run, ref) && ref->last < run->last)
    {
      Ref *next = _ent_run_ref_at (run, ref->last);

      /* "met his Iranian counterpart": the name after the pronoun. */
      if (_ent_run_usable (next) && !next->place)
        {
          *p = ref->last;
          return SCAN_ON;
        }
      /* "along their border": a pronoun's thing, unless it is its
       * government or forces, or its own ("strikes on its three main
       * nuclear sites"). */
      if (_ent_run_tag (run, ref->last) != ENT_TAG_ORGAN && next == NULL &&
          run->tokens[ref->last].kind == ENT_TOKEN_WORD && !owned_property (run, ref->last))
        return SCAN_NONE;
    }
  _ent_run_collect_right (run, ref, group);
  /* "protested against a Turkish-Libyan maritime accord": both */
  if (group->last < run->last && (run->tokens[group->last].flags & ENT_TOKEN_HYPHEN_BEFORE) &&
      _ent_run_usable (_ent_run_ref_at (run, (int)group->last)) &&
      _ent_run_ref_at (run, (int)group->last)->first == group->last &&
      !_ent_run_qualifying_affix (run, _ent_run_ref_at (run, (int)group->last)))
    _ent_run_group_add (group, _ent_run_ref_at (run, (int)group->last));
  return SCAN_FOUND;
}

/* "ships linked to Israel", "vessels bound for Russia": after a noun, the
 * name a link word ties it to. */
static gboolean
linked_object (Run   *run,
               guint  p,
               Group *group)
{
  Ref *ref;

  if (p + 2 >= run->last || !is_link_word (run, p) ||
      !(_ent_run_tag (run, p + 1) == ENT_TAG_TO || _ent_run_tag (run, p + 1) == ENT_TAG_PREP ||
        _ent_run_tag (run, p + 1) == ENT_TAG_BY))
    return FALSE;
  ref = _ent_run_ref_at (run, p + 2);
  if (!_ent_run_usable (ref) || ref->place)
    return FALSE;
  _ent_run_collect_right (run, ref, group);
  return TRUE;
}

/* The actor after one of @nouns at @p and "from" or "of": "troops from
 * Rwanda", "the ambassador of Mexico", or NULL. */
Ref *
_ent_run_named_from (Run        *run,
                     guint       p,
                     EntWordMap *nouns)
{
  if (p + 2 >= run->last || ent_word_map_lookup (nouns, run->tokens[p].hash) == NULL ||
      !(_ent_run_is (run, p + 1, "from") || _ent_run_is (run, p + 1, "of")))
    return NULL;
  p += 2;
  while (p < run->last && _ent_run_tag (run, p) == ENT_TAG_DET)
    p++;
  return _ent_run_ref_at (run, p);
}

/* "fighters from Russia's Wagner group", "troops from Rwanda": armed men
 * named by whom they come from. */
static gboolean
fighters_from (Run   *run,
               guint  p,
               Group *group)
{
  static const char *words[] = {
    "fighters", "troops", "soldiers", "mercenaries", "forces", "militants", "units", "instructors",
    "advisers", "advisors", "contractors", "paramilitaries", "commandos", "gunmen", "diplomats",
    "envoys", "officials", "delegates", "representatives", "ministers",
  };
  static EntWordMap *once;
  EntWordMap *nouns = _ent_run_signed_words (&once, words, G_N_ELEMENTS (words), NULL, 0);
  Ref *ref = _ent_run_named_from (run, p, nouns);

  /* "expelled diplomats from seven countries, including Argentina" */
  if (ref == NULL && p + 3 < run->last && ent_word_map_lookup (nouns, run->tokens[p].hash) &&
      (_ent_run_is (run, p + 1, "from") || _ent_run_is (run, p + 1, "of")))
    for (guint q = p + 2; q < run->last && q < p + 7 && _ent_run_ref_at (run, q) == NULL; q++)
      {
        if (_ent_run_punct_is (run, q, ","))
          return _ent_run_including_after (run, q, group);
        if (run->tokens[q].kind == ENT_TOKEN_PUNCT || run->is_verb[q - run->first])
          break;
      }
  if (!_ent_run_usable (ref) || ref->place)
    return FALSE;
  /* "Russia's Wagner group": the group, not its owner */
  if (ref->possessive && _ent_run_usable (_ent_run_ref_at (run, ref->last + 1)))
    ref = _ent_run_ref_at (run, ref->last + 1);
  _ent_run_collect_right (run, ref, group);
  return TRUE;
}

/* "the government of Syria", "the regime in Damascus": an organ noun at
 * @p, and the name it belongs to. */
static Scan
object_of_organ (Run   *run,
                 guint *p,
                 Group *group)
{
  if (fighters_from (run, *p, group))
    return SCAN_FOUND;
  (*p)++;
  /* "the government and people of Mali" */
  if (*p + 2 < run->last && _ent_run_is (run, *p, "and") &&
      run->tokens[*p + 1].kind == ENT_TOKEN_WORD && _ent_run_ref_at (run, *p + 1) == NULL &&
      _ent_run_is (run, *p + 2, "of"))
    *p += 2;
  if (*p < run->last && (_ent_run_is (run, *p, "of") || _ent_run_is (run, *p, "in")))
    {
      Ref *next = _ent_run_ref_at (run, *p + 1);

      if (_ent_run_usable (next))
        {
          _ent_run_collect_right (run, next, group);
          return SCAN_FOUND;
        }
      (*p)++;
    }
  return SCAN_ON;
}

/* Things sent that stand for their sender: "a letter from Trump", "an
 * offer from Washington". */
static gboolean
is_message (Run   *run,
            guint  p)
{
  static const char *words[] = {
    "letter", "letters", "message", "messages", "offer", "offers", "proposal", "proposals",
    "overture", "overtures", "request", "requests", "invitation", "ultimatum", "demand", "demands",
    "appeal", "appeals",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash);
}

/* The length of a participle of authorship at @p: "a plan floated by
 * Trump", "the resolution put forward by France", "sanctions imposed by
 * Washington" name the author after "by". */
static guint
authored_participle (Run   *run,
                     guint  p)
{
  static const char *words[] = {
    "floated", "proposed", "drafted", "tabled", "submitted", "unveiled", "presented",
    "sponsored", "championed", "authored", "issued", "imposed", "announced", "pushed",
  };
  static EntWordMap *once;

  if (p + 1 < run->last && _ent_run_is (run, p, "put") && _ent_run_is (run, p + 1, "forward"))
    return 2;
  return p < run->last && ent_word_set_contains (&once, words, G_N_ELEMENTS (words),
                                                 run->tokens[p].hash) ? 1 : 0;
}

/* A plain noun at @p: only its agent or its owner can be the target, "the
 * strikes by Israel", "the policy of the United States", but not "the
 * invasion of Ukraine", which is a stance of its own. */
static Scan
object_of_plain_noun (Run   *run,
                      guint *p,
                      Group *group)
{
  guint by = *p + 1 + authored_participle (run, *p + 1);

  if (fighters_from (run, *p, group))
    return SCAN_FOUND;
  if (by < run->last && _ent_run_tag (run, by) == ENT_TAG_BY &&
      _ent_run_usable (_ent_run_ref_at (run, by + 1)))
    {
      Ref *agent = _ent_run_ref_at (run, by + 1);

      /* "the offensive by Rwandan-backed M23 rebels": the rebels' */
      if (_ent_run_qualifying_affix (run, agent))
        agent = _ent_run_ref_at (run, agent->last + 1);
      if (!_ent_run_usable (agent))
        return SCAN_NONE;
      _ent_run_collect_right (run, agent, group);
      return SCAN_FOUND;
    }
  if (*p + 1 < run->last && _ent_run_is (run, *p + 1, "of") && object_of_noun (run, *p, group))
    return SCAN_FOUND;
  if (drills_between (run, *p + 1, group))
    return SCAN_FOUND;
  /* "rejected criticism from ECOWAS", "brushed aside a letter from
   * Trump": the critic, the sender */
  if (*p + 2 < run->last && _ent_run_is (run, *p + 1, "from") &&
      (_ent_run_reaction_sign (run, *p) != 0 || is_message (run, *p)) &&
      _ent_run_usable (_ent_run_ref_at (run, *p + 2)) &&
      !_ent_run_ref_at (run, *p + 2)->place)
    {
      _ent_run_collect_right (run, _ent_run_ref_at (run, *p + 2), group);
      return SCAN_FOUND;
    }
  (*p)++;
  if (*p < run->last && _ent_run_tag (run, *p) != ENT_TAG_NONE &&
      _ent_run_tag (run, *p) != ENT_TAG_ORGAN && _ent_run_tag (run, *p) != ENT_TAG_PEOPLE &&
      !(run->tokens[*p].flags & ENT_TOKEN_HYPHEN_BEFORE))
    return SCAN_NONE;
  return SCAN_ON;
}

/* "sanctions on James Kabarebe, Rwanda's minister of state": a name the
 * dictionary does not know, and the office after it that says whose
 * official it is. */
static gboolean
official_in_apposition (Run   *run,
                        guint  p,
                        Group *group)
{
  Ref *ref;

  while (p < run->last && (run->tokens[p].flags & ENT_TOKEN_CAPITALISED) &&
         _ent_run_ref_at (run, p) == NULL && run->tokens[p].kind == ENT_TOKEN_WORD)
    p++;
  if (p + 1 >= run->last || !_ent_run_punct_is (run, p, ","))
    return FALSE;
  p++;
  while (p < run->last && _ent_run_tag (run, p) == ENT_TAG_DET)
    p++;
  ref = _ent_run_ref_at (run, p);
  if (!_ent_run_usable (ref) || ref->place || ref->first != p ||
      _ent_run_tag (run, ref->last - 1) != ENT_TAG_ORGAN)
    return FALSE;
  _ent_run_group_add (group, ref);
  return TRUE;
}

/* One word of the noun phrase after the verb, @nouns plain nouns so far. */
static Scan
object_word (Run   *run,
             guint  pos,
             guint *p,
             guint *nouns,
             Group *group)
{
  EntTag tag = _ent_run_tag (run, *p);

  if ((run->tokens[*p].flags & ENT_TOKEN_QUOTE) && *nouns == 0)
    {
      (*p)++;
      return SCAN_ON;
    }
  if (*nouns > 0 && linked_object (run, *p, group))
    return SCAN_FOUND;
  /* "the self-declared republic": the word after a hyphen belongs to the
   * word before, whatever it would be alone. */
  if (*p > pos && _ent_run_is_hyphen (run, *p) && *p + 1 < run->last &&
      run->tokens[*p + 1].kind == ENT_TOKEN_WORD && _ent_run_ref_at (run, *p + 1) == NULL)
    {
      *p += 2;
      return SCAN_ON;
    }
  if ((run->tokens[*p].flags & ENT_TOKEN_HYPHEN_BEFORE) && *p > pos &&
      run->tokens[*p].kind == ENT_TOKEN_WORD)
    {
      (*p)++;
      return SCAN_ON;
    }
  /* "struck militias, including Kataib Hezbollah": the members named. */
  if (*nouns > 0 && _ent_run_including_after (run, *p, group))
    return SCAN_FOUND;
  /* "rejected a plan floated by", "rejected an offer from": a verb's
   * word after an article is a noun */
  if ((tag == ENT_TAG_VERB || tag == ENT_TAG_LIGHT) && *p > run->first &&
      (_ent_run_is (run, *p - 1, "a") || _ent_run_is (run, *p - 1, "an") ||
       _ent_run_is (run, *p - 1, "the")))
    tag = ENT_TAG_NONE;
  else if (run->is_verb[*p - run->first])
    return SCAN_NONE;
  if (run->tokens[*p].kind == ENT_TOKEN_PUNCT)
    return SCAN_NONE;
  /* "backed a resolution condemning Pakistan": the name after belongs to
   * the participle's position, not to the verb's. */
  if (*nouns > 0 && _ent_run_participle_cue (run, *p, NULL) != NULL)
    return SCAN_NONE;
  switch (tag)
    {
    case ENT_TAG_DET:
    case ENT_TAG_ADJ:
    case ENT_TAG_ADV:
      (*p)++;
      return SCAN_ON;
    case ENT_TAG_ORGAN:
      (*nouns)++;
      return object_of_organ (run, p, group);
    case ENT_TAG_NONE:
    case ENT_TAG_PEOPLE:
      if (run->tokens[*p].kind != ENT_TOKEN_NUMBER &&
          (run->tokens[*p].flags & ENT_TOKEN_CAPITALISED))
        {
          if (*nouns == 0 && official_in_apposition (run, *p, group))
            return SCAN_FOUND;
          /* "the Venezuelan gang Tren de Aragua": a capitalised modifier */
          if (*nouns == 0 && *p > pos && *p + 1 < run->last &&
              run->tokens[*p + 1].kind == ENT_TOKEN_WORD &&
              !(run->tokens[*p + 1].flags & ENT_TOKEN_CAPITALISED) &&
              !run->is_verb[*p + 1 - run->first] &&
              (_ent_run_tag (run, *p + 1) == ENT_TAG_PEOPLE ||
               _ent_run_tag (run, *p + 1) == ENT_TAG_NONE))
            {
              (*p)++;
              return SCAN_ON;
            }
          /* "support for the Kurdish PKK", "hostility toward the Syrian
           * SNA": a capitalised modifier of the name itself */
          if (*nouns == 0 && *p > pos && *p + 1 < run->last &&
              _ent_run_usable (_ent_run_ref_at (run, *p + 1)))
            {
              (*p)++;
              return SCAN_ON;
            }
          return SCAN_NONE;
        }
      if (++(*nouns) > 3)
        return SCAN_NONE;
      return object_of_plain_noun (run, p, group);
    default:
      return SCAN_NONE;
    }
}

/* The object after position @pos: "Syria", "the Syrian government", "the
 * government of Syria", "Russia's invasion", "the attack by Russia". */
gboolean
_ent_run_object_after (Run   *run,
                       guint  pos,
                       Group *group)
{
  guint p = _ent_run_skip_count (run, skip_what_called (run, pos));
  guint nouns = 0;

  /* "rejected on Tuesday Trump's recognition of" */
  if (p == pos && p < run->last)
    p = _ent_run_skip_count (run, p + ent_lexicon_time_phrase_length (run->tokens, run->last, p));

  for (guint steps = 0; p < run->last && steps < MAX_SCAN; steps++)
    {
      Ref *ref = _ent_run_ref_at (run, p);
      Scan scan = ref != NULL ? object_ref (run, pos, &p, ref, nouns, group)
                              : object_word (run, pos, &p, &nouns, group);

      if (scan != SCAN_ON)
        return scan == SCAN_FOUND;
    }
  return FALSE;
}

/* The group right after @pos, allowing only determiners before it. */
gboolean
_ent_run_complement_after (Run   *run,
                           guint  pos,
                           Group *group)
{
  return _ent_run_object_after (run, pos, group);
}
