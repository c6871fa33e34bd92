/* ent-extractor-resolve.c
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
 * Resolving pronouns and nominal references to the actors they stand
 * for: the subject of this or the last sentence, the speaker of a quote,
 * the object of the clause before, the last two named.
 */

/* Whether the ref is followed by a verb, so that it is a subject. */
gboolean
_ent_run_subject_like (Run *run,
                       Ref *ref)
{
  guint q = ref->last;
  const EntToken *t;

  while (q < run->last && _ent_run_tag (run, q) == ENT_TAG_ADV)
    q++;
  if (q >= run->last || ref->possessive || ref->place)
    return FALSE;
  t = &run->tokens[q];
  if (_ent_run_verbal_tag (_ent_run_tag (run, q)))
    return TRUE;
  return _ent_run_tag (run, q) == ENT_TAG_NONE && t->kind == ENT_TOKEN_WORD &&
         !(t->flags & ENT_TOKEN_CAPITALISED) && t->end - t->start > 3 &&
         run->text[t->end - 2] == 'e' && run->text[t->end - 1] == 'd';
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

      if (prior->last > at || prior->pronoun || prior->n_actors != 1 ||
          prior->name_kind == ENT_NAME_ADJECTIVE || !_ent_run_subject_like (run, prior))
        continue;
      lex = _ent_run_actor_of (run, prior->actors[0]);
      /* "Modi's government has ... its friendship": the person's state. */
      if (kind < 0 && lex->kind == ENT_ACTOR_KIND_PERSON)
        {
          int state = ent_gazetteer_find (run->gazetteer,
                                          ent_gazetteer_fold_to_state (run->gazetteer, lex->id));

          if (state >= 0 && _ent_run_actor_of (run, state)->kind == ENT_ACTOR_KIND_STATE)
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
    { "north", "PRK" },
    { "south", "KOR" },
    /* "the Baltic state", "the Gulf kingdom", "the Himalayan nation": of
     * these only a state of the region */
    { "baltic", "!EST LVA LTU" },
    { "nordic", "!NOR SWE DNK FIN ISL" },
    { "gulf", "!SAU ARE QAT KWT BHR OMN" },
    { "balkan", "!SRB HRV BIH MNE MKD ALB XKX SVN BGR ROU GRC" },
    { "himalayan", "!NPL BTN" },
    { "andean", "!PER BOL ECU COL CHL" },
    { "sahel", "!MLI BFA NER TCD MRT" },
    { "sahelian", "!MLI BFA NER TCD MRT" },
    { "caribbean", "!CUB JAM HTI DOM TTO BRB BHS GRD LCA VCT KNA ATG DMA" },
    { "central", "!KAZ KGZ TJK TKM UZB" },
    { "southeast", "!IDN MYS PHL THA VNM SGP MMR KHM LAO BRN TLS" },
  };
  static EntWordMap *once;
  const char *ids;
  gboolean strict;

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
  /* "!": a region's, which names no state when none of it is near */
  strict = *ids == '!';
  for (guint k = run->n_recent_states; k-- > 0; )
    {
      const char *id = _ent_run_actor_of (run, run->recent_states[k])->id;
      const char *found = strlen (id) == 3 ? strstr (ids, id) : NULL;

      if (found != NULL && (found == ids || found[-1] == ' ' || found[-1] == '!') &&
          (found[3] == ' ' || found[3] == '\0'))
        return run->recent_states[k];
    }
  return strict ? -2 : -1;
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
      const EntLexActor *lex = _ent_run_actor_of (run, run->recent_orgs[k]);
      g_autofree char *name = g_utf8_strdown (lex->name, -1);
      g_autofree char *role = lex->role ? g_utf8_strdown (lex->role, -1) : NULL;

      /* The name, or what it is: "UNRWA", a "UN agency for Palestine refugees". */
      if (strstr (name, word) != NULL || (role != NULL && strstr (role, word) != NULL))
        return run->recent_orgs[k];
    }
  return -1;
}

/* The body that votes on "the resolution": the last council or assembly
 * the story named ("the Security Council", "the General Assembly"), or
 * -1. */
int
_ent_run_voting_body (Run *run)
{
  for (guint k = run->n_recent_orgs; k-- > 0; )
    {
      const EntLexActor *lex = _ent_run_actor_of (run, run->recent_orgs[k]);
      g_autofree char *name = g_utf8_strdown (lex->name, -1);

      if (strstr (name, "council") != NULL || strstr (name, "assembly") != NULL)
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
  const EntLexActor *lex = _ent_run_actor_of (run, actor);
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
  guint end = at - 1;

  if (run->refs->len == 0 || at < run->first + 2 || run->tokens[at].hash != ENT_WORD_HASH ("its"))
    return -1;
  /* "cut ties with Morocco, citing its support for MAK" */
  if (_ent_run_is (run, at - 1, "citing") && at >= run->first + 3 &&
      _ent_run_punct_is (run, at - 2, ","))
    end = at - 2;
  else if (!(_ent_run_is (run, at - 1, "over") || _ent_run_is (run, at - 1, "for") ||
             _ent_run_is (run, at - 1, "and")))
    return -1;
  prior = &g_array_index (run->refs, Ref, run->refs->len - 1);
  /* "... with Morocco in August 2021, citing its" */
  if (prior->last < end && end == at - 2 &&
      prior->last + ent_lexicon_time_phrase_length (run->tokens, run->last, prior->last) == end)
    end = prior->last;
  if (prior->last != end)
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
  if (object->first < run->first || subject->last > at || at - subject->last > 4 ||
      subject->last == at || subject->pronoun || subject->place || subject->possessive ||
      subject->n_actors != 1 || object->pronoun || object->place || object->possessive ||
      object->n_actors != 1 || object->actors[0] == subject->actors[0])
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
      _ent_run_subject_like (run, object))
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

/* Whether @one is joined to @next by "and", "," or ", and". */
static gboolean
joined_refs (Run       *run,
             const Ref *one,
             const Ref *next)
{
  return (one->last + 1 == next->first && (_ent_run_is (run, one->last, "and") ||
                                           _ent_run_punct_is (run, one->last, ","))) ||
         (one->last + 2 == next->first && _ent_run_punct_is (run, one->last, ",") &&
          _ent_run_is (run, one->last + 1, "and"));
}

/* Whether the names ending with the @r-th are a list ("X and Y", "X, Y
 * and Z"), which @ref then stands for. */
static gboolean
coordinated_before (Run  *run,
                    guint r,
                    Ref  *ref)
{
  guint actors[G_N_ELEMENTS (ref->actors)], n = 0;

  for (guint k = r + 1; k-- > 0 && n < G_N_ELEMENTS (actors); )
    {
      Ref *one = &g_array_index (run->refs, Ref, k);
      Ref *next = k < r ? &g_array_index (run->refs, Ref, k + 1) : NULL;
      gboolean dup = FALSE;

      if (one->pronoun || one->place || one->n_actors != 1)
        break;
      if (next != NULL && !joined_refs (run, one, next))
        break;
      for (guint j = 0; j < n; j++)
        dup |= actors[j] == one->actors[0];
      if (!dup)
        actors[n++] = one->actors[0];
    }
  if (n < 2)
    return FALSE;
  /* in the order they were named */
  for (guint j = 0; j < n; j++)
    ref->actors[j] = actors[n - 1 - j];
  ref->n_actors = n;
  return TRUE;
}

/* "Spain, Ireland and Norway recognised Palestine, and Israel recalled its
 * ambassadors from all three capitals": a counted nominal at @at stands
 * for the last list of as many names before it in the sentence. */
static gboolean
counted_list_before (Run  *run,
                     guint at,
                     Ref  *ref)
{
  guint count = 0;

  if (at + 1 < run->last)
    count = _ent_run_is (run, at + 1, "three") ? 3 : _ent_run_is (run, at + 1, "four") ? 4
          : _ent_run_is (run, at + 1, "five") ? 5 : 0;
  if (count == 0 || !(_ent_run_is (run, at, "the") || _ent_run_is (run, at, "all")))
    return FALSE;
  for (guint r = run->refs->len; r-- > 0; )
    {
      Ref *prior = &g_array_index (run->refs, Ref, r);

      if (prior->last > at || prior->pronoun || prior->place || prior->n_actors != 1)
        continue;
      /* a whole list, not the first three of four */
      if (r + 1 < run->refs->len && joined_refs (run, prior, &g_array_index (run->refs, Ref, r + 1)))
        continue;
      if (coordinated_before (run, r, ref) && ref->n_actors == count)
        return TRUE;
    }
  ref->n_actors = 0;
  return FALSE;
}

static gboolean
plural_before (Run  *run,
               guint at,
               Ref  *ref)
{
  if (counted_list_before (run, at, ref))
    return TRUE;
  for (guint r = run->refs->len; r-- > 0; )
    {
      Ref *prior = &g_array_index (run->refs, Ref, r);
      Ref *before = r > 0 ? &g_array_index (run->refs, Ref, r - 1) : NULL;
      const EntToken *t = &run->tokens[prior->last - 1];

      if (prior->last > at || prior->pronoun || prior->place || prior->n_actors != 1)
        continue;
      /* "X and Y agreed to _ent_run_resolve their dispute", "Mali, Burkina
       * Faso and Niger announced their withdrawal" */
      if (run->tokens[at].hash == ENT_WORD_HASH ("their") && before != NULL &&
          coordinated_before (run, r, ref))
        return TRUE;
      /* "rebels led by Hayat Tahrir al-Sham pressed their offensive": an
       * armed or political group is spoken of in the plural. */
      if (run->tokens[at].hash == ENT_WORD_HASH ("their") && !prior->possessive &&
          _ent_run_actor_of (run, prior->actors[0])->kind == ENT_ACTOR_KIND_GROUP)
        {
          ref->actors[0] = prior->actors[0];
          ref->n_actors = 1;
          return TRUE;
        }
      /* "expelled French diplomats, accusing them": a plural standing for
       * its state */
      if (run->tokens[at].hash == ENT_WORD_HASH ("them") &&
          prior->name_kind == ENT_NAME_ADJECTIVE && prior->last > prior->first + 1 &&
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
            _ent_run_is (run, q, "late") || _ent_run_is (run, q, "early") ||
            _ent_run_punct_is (run, q, ".") || run->tokens[q].kind == ENT_TOKEN_NUMBER ||
            (run->tokens[q].kind == ENT_TOKEN_WORD && tag == ENT_TAG_NONE &&
             (run->tokens[q].flags & ENT_TOKEN_CAPITALISED) && run->ref_at[q - run->first] < 0)))
        return -1;
    }
  return -1;
}

static gboolean
coordinated_speaker (Run     *run,
                     RefWant  want,
                     int      conj,
                     Ref     *ref)
{
  Group group;
  EntActorKind kind;

  _ent_run_group_init (&group);
  /* "Moscow suspended a memorandum with Washington designed to prevent
   * incidents and said it": the sentence's subject, when it opens it. */
  if (!_ent_run_main_subject (run, conj, &group) &&
      !_ent_run_subject_of (run, conj, &group, 0))
    return FALSE;
  if (group.n != 1)
    return FALSE;
  kind = _ent_run_actor_of (run, group.actors[0])->kind;
  if ((want == REF_PERSON) != (kind == ENT_ACTOR_KIND_PERSON))
    return FALSE;
  ref->actors[0] = group.actors[0];
  ref->n_actors = 1;
  return TRUE;
}

/* "Indonesian officials said they": the speaker ending at @end is a
 * plural of officials, diplomats or forces. */
static gboolean
plural_organ_speaker (Run   *run,
                      guint  end)
{
  const EntToken *t;

  if (end <= run->first)
    return FALSE;
  t = &run->tokens[end - 1];
  return _ent_run_tag (run, end - 1) == ENT_TAG_ORGAN && t->end - t->start > 3 &&
         run->text[t->end - 1] == 's';
}

/* Whether the resolved reference @ref is a noun phrase, not a pronoun:
 * "the bloc", "the Iran-backed group". */
static gboolean
named_by_noun (Run       *run,
               const Ref *ref)
{
  return _ent_run_is (run, ref->first, "the") ||
         (ref->first > run->first && (run->tokens[ref->first - 1].flags & ENT_TOKEN_HYPHEN_BEFORE));
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
  guint end, speaker_end, n = 0;

  if (say < 0)
    return FALSE;
  /* "Hezbollah fired rockets at Israel, saying it": the participle's
   * subject is the sentence's, not the name before the comma. */
  if (say > (int)run->first && _ent_run_punct_is (run, (guint)say - 1, ",") &&
      run->tokens[say].end - run->tokens[say].start > 4 &&
      strncmp (run->text + run->tokens[say].end - 3, "ing", 3) == 0)
    {
      int a = want == REF_PERSON ? run->first_person : run->first_other;

      if (a < 0 ||
          (want == REF_PLURAL && _ent_run_actor_of (run, a)->kind != ENT_ACTOR_KIND_GROUP) ||
          (want != REF_PERSON && _ent_run_actor_of (run, a)->kind == ENT_ACTOR_KIND_PERSON))
        return FALSE;
      ref->actors[0] = a;
      ref->n_actors = 1;
      return TRUE;
    }
  end = (guint)say;
  while (end > run->first && _ent_run_tag (run, end - 1) == ENT_TAG_ADV)
    end--;
  /* "Pakistani officials, speaking on condition of anonymity, said they" */
  if (end > run->first + 2 && _ent_run_punct_is (run, end - 1, ","))
    for (guint q = end - 2; q > run->first && q + 10 > end; q--)
      if (_ent_run_punct_is (run, q - 1, ","))
        {
          if (_ent_run_ends_in_ing (run, q))
            end = q - 1;
          break;
        }
  /* "Iran welcomed the truce and said it stood by": the speaker is the
   * subject of the verb phrase the say verb is coordinated with. */
  if (end > run->first && _ent_run_is (run, end - 1, "and") && want != REF_PLURAL)
    return coordinated_speaker (run, want, (int)end - 1, ref);
  speaker_end = end;
  for (guint r = run->refs->len; r-- > 0 && n < G_N_ELEMENTS (ref->actors); )
    {
      Ref *prior = &g_array_index (run->refs, Ref, r);
      guint gap = prior->last;

      if (prior->last > end)
        continue;
      while (gap < end && (_ent_run_punct_is (run, gap, ",") || _ent_run_is (run, gap, "and") ||
                           _ent_run_tag (run, gap) == ENT_TAG_DET ||
                           _ent_run_tag (run, gap) == ENT_TAG_ORGAN))
        gap++;
      /* "the bloc said it": a nominal, already resolved, may speak. */
      if (gap != end || prior->place || prior->n_actors != 1 ||
          (prior->pronoun && !named_by_noun (run, prior)))
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
  /* "the Houthis said they": a group is plural; so are "Indonesian
   * officials". */
  if (n == 0 ||
      (want == REF_PLURAL && n < 2 &&
       _ent_run_actor_of (run, ref->actors[0])->kind != ENT_ACTOR_KIND_GROUP &&
       !plural_organ_speaker (run, speaker_end)) ||
      (want == REF_PERSON &&
       _ent_run_actor_of (run, ref->actors[0])->kind != ENT_ACTOR_KIND_PERSON) ||
      (want == REF_OTHER && _ent_run_actor_of (run, ref->actors[0])->kind == ENT_ACTOR_KIND_PERSON))
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
    "spokesman", "spokeswoman", "commander", "chief", "premier", "chancellor", "pm",
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
           ent_word_set_contains (&once, words, G_N_ELEMENTS (words),
                                  run->tokens[prior->last - 1].hash)) ||
          (prior->last < at && ent_word_set_contains (&once, words, G_N_ELEMENTS (words),
                                                      run->tokens[prior->last].hash)))
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
          (int)ref->actors[0] == actor && _ent_run_subject_like (run, ref))
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
  /* "Estonian Foreign Minister Margus Tsahkna ... He": an official the
   * dictionary does not know, named since the last person it does */
  if (run->official_state >= 0 && run->official_latest &&
      (a < 0 || (a == run->last_person && run->first_person < 0 && run->prev_first_person < 0)))
    a = run->official_state;
  return a;
}

/* How often the story has named the state @actor. */
static guint
salience (Run *run,
          int  actor)
{
  for (guint k = 0; k < run->n_salient; k++)
    if ((int)run->salient[k] == actor)
      return run->salient_count[k];
  return 0;
}

/* Of the last four states named, the one the story has named most often,
 * the latest of those named as often; -1 when that is the last state
 * named, or when the last state named was the last sentence's subject
 * ("Finland was alarmed. The country joined NATO"). */
static int
salient_recent_state (Run *run)
{
  int best = -1;
  guint best_count = 0;

  for (guint r = run->n_recent_states; r-- > 0 && r + 4 >= run->n_recent_states; )
    if (salience (run, run->recent_states[r]) > best_count)
      {
        best = run->recent_states[r];
        best_count = salience (run, best);
      }
  if (best == run->last_state || run->prev_subject == run->last_state ||
      best_count <= salience (run, run->last_state))
    return -1;
  return best;
}

/* "defended the country", "has led the country": a verb at @i whose
 * subject serves its own state, which "the country" then is. */
static gboolean
serving_verb (Run  *run,
              guint i)
{
  static const char *words[] = {
    "defended", "protected", "led", "ruled", "served", "united", "governed", "ran", "built",
    "rebuilt", "reformed", "modernised", "modernized", "transformed", "saved", "steered",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
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
  if (at + 1 < run->last && (a = recent_state_of_kind (run, at + 1)) != -1)
    return MAX (a, -1);
  /* "the Islamic Republic" is Iran in the news, named or not */
  if (at + 1 < run->last && _ent_run_is (run, at + 1, "islamic"))
    return ent_gazetteer_find (run->gazetteer, "IRN");
  /* "the North" with no Korea in the story is no state */
  if (at + 1 < run->last &&
      (_ent_run_is (run, at + 1, "north") || _ent_run_is (run, at + 1, "south")))
    return -1;
  a = last_subject (run, at, ENT_ACTOR_KIND_STATE);
  /* "... in exchange for Athens dropping its objections. The country
   * joined NATO in 2020.": a sentence that opens with it speaks of the
   * story's subject, the state named most among the last few */
  if (a < 0 && at == run->first)
    a = salient_recent_state (run);
  if (a < 0)
    a = run->last_state;
  /* "Turkey condemned Israel and suspended all trade with the country",
   * "the United States recognised the new state": not the subject of its
   * own sentence, but the state named before it. */
  if (a >= 0 && at > run->first && at + 2 < run->last &&
      (_ent_run_tag (run, at - 1) == ENT_TAG_PREP ||
       _ent_run_tag (run, at - 1) == ENT_TAG_LOC_PREP ||
       (_ent_run_past_tense_word (run, (int)at - 1) && !serving_verb (run, at - 1) &&
        _ent_run_ref_at (run, (int)at - 2) != NULL)) &&
      _ent_run_tag (run, at + 2) != ENT_TAG_POSS && !_ent_run_verb_follows (run, at + 2) &&
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
    a = ent_gazetteer_find (run->gazetteer, _ent_run_state_of (run, a));
  if (a < 0 || _ent_run_actor_of (run, a)->kind != ENT_ACTOR_KIND_STATE)
    a = last_subject (run, at, ENT_ACTOR_KIND_STATE);
  if (a < 0)
    a = run->last_state;
  return a;
}

/* "Iran's suspension of cooperation with the IAEA followed strikes on its
 * nuclear facilities", "Beijing's coercion and its military pressure":
 * what a state has ("its nuclear sites", "its airspace", "its army") is
 * the state's named before it in the sentence, a possessor or a name
 * standing alone, not a modifier ("U.S. strikes"), a place, or one of
 * another sentence; else the organisation keeps it. */
static int
state_owner (Run  *run,
             guint at,
             int   a)
{
  static const char *words[] = {
    "nuclear", "territory", "territorial", "airspace", "soil", "embassy", "embassies",
    "sovereignty", "army", "military", "armed", "navy", "troops",
  };
  static EntWordMap *once;

  if (a < 0 || _ent_run_actor_of (run, a)->kind != ENT_ACTOR_KIND_ORGANISATION ||
      run->tokens[at].hash != ENT_WORD_HASH ("its") || at + 1 >= run->last ||
      !ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[at + 1].hash))
    return a;
  for (guint r = run->refs->len; r-- > 0; )
    {
      Ref *prior = &g_array_index (run->refs, Ref, r);
      guint next = prior->last;
      gboolean modifier = next < run->last && run->tokens[next].kind == ENT_TOKEN_WORD &&
                          !(run->tokens[next].flags & ENT_TOKEN_CAPITALISED) &&
                          _ent_run_tag (run, next) == ENT_TAG_NONE;

      if (prior->last <= at && !prior->pronoun && !prior->place && prior->n_actors == 1 &&
          (prior->possessive || !modifier) &&
          _ent_run_actor_of (run, prior->actors[0])->kind == ENT_ACTOR_KIND_STATE)
        return (int)prior->actors[0];
    }
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
  return state_owner (run, at, a);
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

/* "Ghana and Togo signed a pact. Washington praised both nations": the
 * last two actors named together, when they are states. */
static gboolean
last_pair_named (Run *run,
                 Ref *ref)
{
  const Group *named = &run->last_plural;
  int pair[2];

  if (named->n != 2 ||
      _ent_run_actor_of (run, named->actors[0])->kind != ENT_ACTOR_KIND_STATE ||
      _ent_run_actor_of (run, named->actors[1])->kind != ENT_ACTOR_KIND_STATE)
    return FALSE;
  pair[0] = (int)named->actors[0];
  pair[1] = (int)named->actors[1];
  return set_pair (ref, pair);
}

gboolean
_ent_run_resolve (Run     *run,
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
    case REF_HOME: a = _ent_run_home_state (run, at); break;
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
      return last_two (run, at, ref) || _ent_run_salient_pair (run, ref) ||
             last_pair_named (run, ref) || set_pair (ref, run->pair);
    case REF_PAIR_PERSONS:
      return set_pair (ref, run->person_pair);
    case REF_PLURAL:
      /* "expelled three French diplomats, accusing them", "Somalia and
       * Ethiopia agreed to _ent_run_resolve their dispute": this sentence first. */
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
