/* ent-extractor-checks.c
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
 * Emitting positions, and the checks that stop or redirect them: negation,
 * questions, denied reports, charges and harms reported by someone else,
 * reduced relatives; what later sentences may name again; and the signed
 * word maps.
 */

/* Cues of deals and talks, whose sides "the agreement", "the talks"
 * name again. */
static gboolean
is_deal_cue (const char *phrase)
{
  static const char *heads[] = {
    "agreement", "deal", "pact", "treaty", "accord", "memorandum", "declaration", "talks",
    "summit", "ceasefire", "truce", "relations", "ties", "normalis", "normaliz",
  };

  for (guint k = 0; k < G_N_ELEMENTS (heads); k++)
    if (strstr (phrase, heads[k]) != NULL)
      return TRUE;
  return FALSE;
}

static void
remember_party (Run  *run,
                guint a)
{
  for (guint k = 0; k < run->parties.n; k++)
    if (run->parties.actors[k] == a)
      return;
  if (run->parties.n < MAX_GROUP)
    run->parties.actors[run->parties.n++] = a;
}

/* Whether @a and @b are one actor at state level: "Theresa May" and
 * "London". */
gboolean
_ent_run_same_state (Run   *run,
                     guint  a,
                     guint  b)
{
  return a == b || g_strcmp0 (_ent_run_state_of (run, a), _ent_run_state_of (run, b)) == 0;
}

/* Whether the position of @a toward @b, just emitted at @at, returns one
 * the same cue gave the other way: "Egypt signed a pact with Somalia"
 * makes Somalia the pact's partner too, but its target stays Somalia. */
static gboolean
reverse_of_last (Run         *run,
                 guint        a,
                 guint        b,
                 const CueAt *at)
{
  guint cue = run->tokens[at->start].cstart;

  for (guint k = run->out->statements->len; k-- > 0; )
    {
      EntFoundStatement *st = &g_array_index (run->out->statements, EntFoundStatement, k);

      if (st->sentence_start != run->tokens[run->first].cstart)
        return FALSE;
      if (st->source == b && st->target == a && st->cue_start == cue)
        return TRUE;
    }
  return FALSE;
}

/* Whether the subject starting at @first opens a clause of time told as
 * background: "after Russia invaded", "since Moscow annexed". */
static gboolean
background_clause (Run   *run,
                   guint  first)
{
  guint p = first;

  if (first == G_MAXUINT || p <= run->first)
    return FALSE;
  p--;
  return _ent_run_is (run, p, "after") || _ent_run_is (run, p, "since") ||
         _ent_run_is (run, p, "before") || _ent_run_is (run, p, "until") ||
         _ent_run_is (run, p, "when");
}

/* What later sentences may name again: the story's first attack and
 * first act, the last target and the last rupture, who took each
 * measure. */
static void
remember_emitted (Run         *run,
                  Group       *sources,
                  Group       *targets,
                  guint        a,
                  guint        b,
                  int          sign,
                  const CueAt *at,
                  int          measure)
{
  /* "Israel struck Doha. Egypt condemned the attack."; "American and
   * British warplanes struck ... Iran condemned the raids.": the
   * story's first attack, which later attacks told as background
   * do not replace. */
  if (sign < 0 && at->cue != NULL && at->cue->strength >= 0.85 && !sources->coref)
    {
      if (run->aggressor >= 0 && run->aggressor != (int)a &&
          run->aggressor_cue == run->tokens[at->start].cstart)
        run->aggressor_with = (int)a;
      else if (run->aggressor < 0)
        {
          run->aggressor = (int)a;
          run->aggressor_with = -1;
          run->aggressor_cue = run->tokens[at->start].cstart;
        }
    }
  /* "Trump recognised Jerusalem as Israel's capital. Iran condemned
   * the decision."; not an act told as background ("days after Russia
   * invaded Ukraine"). */
  if (run->first_act < 0 && at->cue != NULL && at->cue->pos == ENT_CUE_VERB &&
      !sources->coref && !targets->coref && at->cue->strength >= 0.5 &&
      !background_clause (run, sources->first))
    {
      run->first_act = (int)a;
      run->first_act_by = *sources;
    }
  /* The last stance taken by an act, which "followed suit" and "issued
   * similar statements" repeat; not a tie told in passing ("Saudi
   * Arabia, a close partner of the Trump administration"). */
  if (!sources->coref && at->cue != NULL && !reverse_of_last (run, a, b, at) &&
      (at->cue->pos == ENT_CUE_VERB || at->cue->pos == ENT_CUE_PHRASE ||
       (at->cue->pos == ENT_CUE_NOUN && !g_str_has_suffix (at->cue->phrase, " of"))))
    {
      guint32 cue_at = run->tokens[at->start].cstart;

      /* "switched recognition from Taiwan to China": both targets of one act */
      if (run->last_target >= 0 && run->last_cue_at == cue_at && run->last_source == (int)a &&
          run->last_target != (int)b)
        {
          run->also_target = (int)b;
          run->also_sign = sign;
        }
      else
        {
          run->last_target = (int)b;
          run->last_sign = sign;
          run->also_target = -1;
          run->last_source = (int)a;
          run->last_cue_at = cue_at;
        }
    }
  /* "Riyadh recalled its ambassador from Tehran. Kuwait recalled its
   * envoy." */
  if (sign < 0 && at->cue != NULL && !targets->coref && _ent_run_is_rupture (at->cue->phrase))
    run->rupture_target = (int)b;
  /* "Armenia and Turkey agreed to restore ties. Washington welcomed the
   * talks." */
  if (sign > 0 && at->cue != NULL && !sources->coref && !targets->coref &&
      (run->parties.n == 0 || run->parties_cue == run->tokens[at->start].cstart) &&
      is_deal_cue (at->cue->phrase))
    {
      run->parties_cue = run->tokens[at->start].cstart;
      remember_party (run, a);
      remember_party (run, b);
    }
  /* "... sanctioned Rosneft. Putin called the sanctions an unfriendly act." */
  if (measure >= 0 && !sources->coref)
    {
      run->measure_by[measure] = (int)a;
      run->measure_on[measure] = targets->coref ? -1 : (int)b;
    }
}

/* A position of @source toward @target in the sentence, its cue the
 * tokens [@cue_first, @cue_end). */
void
_ent_run_statement_init (Run               *run,
                         EntFoundStatement *st,
                         guint              source,
                         guint              target,
                         int                sign,
                         double             confidence,
                         guint              cue_first,
                         guint              cue_end)
{
  st->source = source;
  st->target = target;
  st->sign = sign;
  st->confidence = confidence;
  st->sentence_start = run->tokens[run->first].cstart;
  st->sentence_end = run->tokens[run->last - 1].cend;
  st->cue_start = run->tokens[cue_first].cstart;
  st->cue_end = run->tokens[cue_end - 1].cend;
  st->cue = g_strndup (run->text + run->tokens[cue_first].start,
                       run->tokens[cue_end - 1].end - run->tokens[cue_first].start);
}

/* Emits source × target pairs. */

void
_ent_run_emit (Run          *run,
               Group        *sources,
               Group        *targets,
               int           sign,
               double        confidence,
               const CueAt  *at)
{
  int measure = sign < 0 && at->cue != NULL ? _ent_run_measure_kind (at->cue) : -1;

  /* "did not say whether Iran had supplied", "dismissed reports that it
   * had sold": a question or a denied report takes no position, whatever
   * rule or frame found the words. */
  if (_ent_run_question_clause (run, at->start) || _ent_run_denied_clause (run, at->start))
    return;
  /* "Hungary and Slovakia, which ... voted against it": a pronoun or a
   * guess that lands on one of the sources means the parse went astray;
   * the other sources hold no position toward it. */
  if (targets->coref)
    for (guint s = 0; s < sources->n; s++)
      for (guint t = 0; t < targets->n; t++)
        if (sources->actors[s] == targets->actors[t] && sources->n > 1)
          return;

  /* A guess at who is meant lowers the confidence. */
  confidence = CLAMP (confidence * ((sources->coref || targets->coref) ? 0.85 : 1.0), 0.05, 1.0);
  for (guint s = 0; s < sources->n; s++)
    for (guint t = 0; t < targets->n; t++)
      {
        guint a = sources->actors[s], b = targets->actors[t];
        gpointer key, value;
        EntFoundStatement st;

        if (_ent_run_same_state (run, a, b))
          continue;

        key = GSIZE_TO_POINTER (((gsize)a << 33) | ((gsize)b << 1) | (sign > 0));
        /* One position per pair and sign in a sentence: the one its
         * strongest cue gives ("visited Beijing, where he praised China"). */
        if (g_hash_table_lookup_extended (run->seen, key, NULL, &value))
          {
            EntFoundStatement *old = &g_array_index (run->out->statements, EntFoundStatement,
                                                     GPOINTER_TO_UINT (value));

            if (confidence <= old->confidence)
              continue;
            g_free (old->cue);
            _ent_run_statement_init (run, old, a, b, sign, confidence, at->start, at->end);
          }
        else
          {
            g_hash_table_insert (run->seen, key, GUINT_TO_POINTER (run->out->statements->len));
            _ent_run_statement_init (run, &st, a, b, sign, confidence, at->start, at->end);
            g_array_append_val (run->out->statements, st);
          }
        remember_emitted (run, sources, targets, a, b, sign, at, measure);
      }
}

/* Every member of @group toward every other: "X and Y restored ties";
 * support only among two or three. */
void
_ent_run_emit_pairwise (Run         *run,
                        Group       *group,
                        int          sign,
                        double       confidence,
                        const CueAt *at)
{
  /* "Warships from India, the United States, Japan, Australia and
   * Singapore began naval manoeuvres", "Canada, Ukraine, Britain and
   * Sweden formed a coordination group": four or more who act together
   * say nothing of each pair of them. */
  if (sign > 0 && group->n > 3)
    return;
  for (guint i = 0; i < group->n; i++)
    {
      Group one, others;

      _ent_run_group_init (&one);
      _ent_run_group_init (&others);
      one.actors[one.n++] = group->actors[i];
      one.coref = others.coref = group->coref;
      for (guint j = 0; j < group->n; j++)
        if (j != i)
          others.actors[others.n++] = group->actors[j];
      _ent_run_emit (run, &one, &others, sign, confidence, at);
    }
}

/* A negated cue gives no position, except that refusing to recognise or
 * to trust someone is opposition to them: "refused to recognise", "will
 * not recognise" (a decision, unlike "has not recognised"). */
int
_ent_run_apply_negation (Run          *run,
                         const EntCue *cue,
                         gboolean      negated)
{
  if (!negated)
    return cue->sign;
  /* "will not recognise" refuses, "has not recognised" only has not yet;
   * but "does not trust", "can no longer rely on" say distrust. */
  return cue->flip_on_negation && cue->sign > 0 &&
         (run->refused || run->negated_modal || cue->distrust) ? -1 : 0;
}

/* Fallbacks when the parse finds no subject or object: the nearest actor
 * in the same clause, at a distance, never a place. They trade a little
 * precision for the long noun phrases the shallow parse cannot walk. */
gboolean
_ent_run_clause_boundary (Run  *run,
                          guint i)
{
  EntTag tag = _ent_run_tag (run, i);

  return tag == ENT_TAG_SUB || tag == ENT_TAG_REL || tag == ENT_TAG_SAY ||
         _ent_run_punct_is (run, i, ";:.?!") || _ent_run_is_dash (run, i) ||
         (run->tokens[i].flags & ENT_TOKEN_QUOTE) != 0;
}

gboolean
_ent_run_nearest_left (Run   *run,
                       int    pos,
                       Group *group)
{
  for (int p = pos; p >= (int)run->first && p > pos - 12; p--)
    {
      Ref *ref = _ent_run_ref_at (run, p);
      int skip;

      if (ref == NULL && (_ent_run_clause_boundary (run, (guint)p) || run->is_verb[p - run->first]))
        return FALSE;
      /* "after protesters stormed the embassy": people who are no actor
       * are the subject, unless an actor names them ("Houthi fighters"). */
      if (ref == NULL && _ent_run_tag (run, p) == ENT_TAG_PEOPLE &&
          !(run->tokens[p].flags & ENT_TOKEN_CAPITALISED) && run->tokens[p].kind == ENT_TOKEN_WORD)
        {
          Ref *owner = p > (int)run->first ? _ent_run_ref_at (run, p - 1) : NULL;

          if (!_ent_run_usable (owner) || owner->place || _ent_run_backer_affix (run, owner) ||
              _ent_run_stance_prefixed (run, owner))
            return FALSE;
          _ent_run_collect_left (run, owner, group);
          group->coref = TRUE;
          return TRUE;
        }
      if (ref != NULL && (_ent_run_backer_affix (run, ref) || _ent_run_stance_prefixed (run, ref)))
        return FALSE;
      /* "The militants, known locally as al-Shabab, pledged" */
      if (_ent_run_punct_is (run, (guint)p, ",") &&
          (skip = _ent_run_skip_parenthetical (run, p)) >= 0)
        {
          p = skip + 1;
          continue;
        }
      if (_ent_run_usable (ref) && !ref->place)
        {
          _ent_run_collect_left (run, ref, group);
          group->coref = TRUE;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
irregular_participle (Run  *run,
                      guint i)
{
  static const char *words[] = {
    "held", "made", "sent", "given", "seen", "known", "built", "kept",
    "brought", "found", "paid", "sold", "told", "bought", "caught",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "fearing it would embolden separatists": a pronoun before a modal is
 * the subject of a clause, not an object. */
gboolean
_ent_run_clause_pronoun (Run       *run,
                         const Ref *ref)
{
  return ref->pronoun && _ent_run_tag (run, ref->first) == ENT_TAG_PRON &&
         ref->last < run->last && _ent_run_tag (run, ref->last) == ENT_TAG_MODAL;
}

gboolean
_ent_run_nearest_right (Run   *run,
                        guint  pos,
                        Group *group)
{
  for (guint p = pos; p < run->last && p < pos + 10; p++)
    {
      Ref *ref = _ent_run_ref_at (run, p);

      EntTag tag = _ent_run_tag (run, p);

      /* "condemned what Syria called a victory": Syria speaks, and is
       * not the one condemned. */
      if ((ref == NULL && _ent_run_clause_boundary (run, p)) || run->is_verb[p - run->first] ||
          _ent_run_punct_is (run, p, ",") || _ent_run_is (run, p, "what") ||
          ((tag == ENT_TAG_PREP || tag == ENT_TAG_LOC_PREP || tag == ENT_TAG_TO) &&
           !_ent_run_is (run, p, "of")))
        return FALSE;
      /* "recognise passports held by citizens of Mali": a participle
       * after the object starts a clause of its own. */
      if (ref == NULL && p > pos && (_ent_run_past_tense_word (run, (int)p) ||
                                     irregular_participle (run, p)))
        return FALSE;
      /* "welcomed the decision and urged Israel to withdraw": a verb
       * coordinated after the object has an object of its own */
      if (ref == NULL && p > pos + 1 && _ent_run_tag (run, p - 1) == ENT_TAG_CONJ &&
          _ent_run_verbal_tag (tag))
        return FALSE;
      /* "backed a resolution condemning Pakistan" (see _ent_run_object_after()) */
      if (ref == NULL && p > pos && _ent_run_participle_cue (run, p, NULL) != NULL)
        return FALSE;
      /* "promised to stand by their ally": a determiner, not the target. */
      if (ref != NULL && (_ent_run_possessive_pronoun (run, ref) ||
                          _ent_run_clause_pronoun (run, ref)))
        return FALSE;
      if (_ent_run_usable (ref) && !ref->place && !_ent_run_names_a_text (run, ref) &&
          !_ent_run_qualifying_affix (run, ref) && !_ent_run_stance_prefixed (run, ref))
        {
          _ent_run_collect_right (run, ref, group);
          group->coref = TRUE;
          return TRUE;
        }
    }
  return FALSE;
}

/* "accused Ethiopia of violating its sovereignty": the charge is the
 * accuser's claim, not a position of the accused. */
gboolean
_ent_run_reported_charge (Run  *run,
                          guint c0)
{
  Ref *accused;
  int p;

  if (c0 < run->first + 3 || !_ent_run_is (run, c0 - 1, "of"))
    return FALSE;
  accused = _ent_run_ref_at (run, (int)c0 - 2);
  if (accused == NULL)
    return FALSE;
  p = (int)accused->first - 1;
  /* "accused by Kinshasa of backing": the accuser stands there. */
  if (p > (int)run->first && _ent_run_tag (run, p) == ENT_TAG_BY)
    p--;
  return p >= (int)run->first &&
         (_ent_run_is (run, p, "accused") || _ent_run_is (run, p, "accuses") ||
          _ent_run_is (run, p, "accuse") || _ent_run_is (run, p, "accusing") ||
          _ent_run_is (run, p, "suspected") || _ent_run_is (run, p, "suspects") ||
          _ent_run_is (run, p, "charged") || _ent_run_is (run, p, "blamed"));
}

/* "asked whether Serbia would recognise Kosovo": a question is not a
 * position taken. (A condition is left to the rules that read its
 * subject: "could respond if China attacked Taiwan" says nothing of
 * China, see _ent_run_conditional_subject() in ent-extractor-hypothetical.c.) */
gboolean
_ent_run_question_clause (Run   *run,
                          guint  c0)
{
  for (int p = (int)c0 - 1, k = 0; p >= (int)run->first && k < 8; p--, k++)
    {
      if (_ent_run_is (run, p, "whether"))
        return TRUE;
      if (_ent_run_punct_is (run, p, ",;:") || _ent_run_tag (run, p) == ENT_TAG_SUB ||
          _ent_run_tag (run, p) == ENT_TAG_REL || _ent_run_tag (run, p) == ENT_TAG_CONJ ||
          _ent_run_tag (run, p) == ENT_TAG_SAY)
        return FALSE;
    }
  return FALSE;
}

/* "the killing of the commander, blamed on Israel": a participle that
 * names who is blamed but not who blames. */
gboolean
_ent_run_reduced_blame (Run         *run,
                        const CueAt *at)
{
  EntTag before;

  if (!_ent_starts_with (at->cue->phrase, "blame") || at->start == run->first ||
      (at->cue->form != ENT_FORM_PAST && at->cue->form != ENT_FORM_PARTICIPLE))
    return FALSE;
  before = _ent_run_tag (run, at->start - 1);
  return _ent_run_punct_is (run, at->start - 1, ",") ||
         (before == ENT_TAG_NONE && _ent_run_ref_at (run, (int)at->start - 1) == NULL &&
          !(run->tokens[at->start - 1].flags & ENT_TOKEN_CAPITALISED) &&
          !_ent_run_two_word_adverbial (run, (int)at->start - 1));
}

/* Whether the object of the verb is missing where it should be: the verb
 * ends its clause or a preposition follows ("two groups New Delhi has
 * accused of attacks", "Iran, which Israel attacked in June"). */
gboolean
_ent_run_object_gap (Run         *run,
                     const CueAt *at)
{
  guint q = at->end;

  while (q < run->last && _ent_run_tag (run, q) == ENT_TAG_ADV)
    q++;
  return q >= run->last || _ent_run_punct_is (run, q, ",.;:") ||
         _ent_run_tag (run, q) == ENT_TAG_PREP || _ent_run_tag (run, q) == ENT_TAG_LOC_PREP ||
         _ent_run_tag (run, q) == ENT_TAG_SUB || _ent_run_tag (run, q) == ENT_TAG_CONJ;
}

gboolean
_ent_run_is_event (Run  *run,
                   guint i)
{
  static const char *events[] = {
    "attack", "attacks", "strike", "strikes", "raid", "raids", "offensive", "invasion", "incursion",
    "assault", "bombing", "bombings", "shelling", "bombardment", "killing", "killings", "airstrike",
    "airstrikes", "intrusion", "incursions", "operation", "aggression", "massacre",
    "crackdown", "blockade", "seizure", "annexation", "storming", "shootdown", "downing",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, events, G_N_ELEMENTS (events), run->tokens[i].hash);
}

/* Recalling envoys, cutting or downgrading ties: the acts that others
 * "follow" in a diplomatic row without naming whom they concern again. */
gboolean
_ent_run_is_rupture (const char *phrase)
{
  return _ent_starts_with (phrase, "recall") || _ent_starts_with (phrase, "cut ties") ||
         _ent_starts_with (phrase, "cut diplomatic") || _ent_starts_with (phrase, "sever") ||
         _ent_starts_with (phrase, "break off") || _ent_starts_with (phrase, "downgrade") ||
         _ent_starts_with (phrase, "withdraw its ambassador") || _ent_starts_with (phrase, "expel");
}

/* The kind of measure the cue @cue takes, or -1 (see
 * ent_cue_phrase_measure()): known for the lexicon's cues since they were
 * loaded, found again for those a rule makes up. */
int
_ent_run_measure_kind (const EntCue *cue)
{
  return cue->measure != 0 ? cue->measure - 2 : ent_cue_phrase_measure (cue->phrase);
}

/* Nouns for what someone says happened: "reports", "a charge", "what it
 * called insinuations". */
gboolean
_ent_run_is_report_noun (Run *run,
                         int  p)
{
  static const char *reports[] = {
    "reports", "report", "claims", "claim", "allegations", "allegation", "rumours", "rumors",
    "suggestions", "speculation", "accusations", "accusation", "insinuations", "insinuation",
    "charges", "charge", "assertions", "assertion",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, reports, G_N_ELEMENTS (reports), run->tokens[p].hash);
}

/* "dismissed reports that", "denied claims that", "rejected allegations
 * that": a report ending at @p that the sentence denies. */
static gboolean
dismissed_report (Run *run,
                  int  p)
{
  static const char *denials[] = {
    "dismissed", "dismisses", "dismiss", "rejected", "rejects", "reject", "refuted", "refutes",
    "denied", "denies", "deny", "brushed",
  };
  static EntWordMap *denials_once;

  if (p <= (int)run->first || !_ent_run_is_report_noun (run, p))
    return FALSE;
  /* "dismissed the reports", "rejected what it called insinuations" */
  for (int q = p - 1, k = 0; q >= (int)run->first && k < 5; q--, k++)
    if (ent_word_set_contains (&denials_once, denials, G_N_ELEMENTS (denials), run->tokens[q].hash))
      return TRUE;
  return FALSE;
}

/* "denied that his government supports the M23": a clause someone denies
 * is no position. The clause's subject starts within a few tokens of
 * "that" after the denying verb. */
gboolean
_ent_run_denied_clause (Run   *run,
                        guint  start)
{
  for (int p = (int)start - 1, k = 0; p > (int)run->first && k < 6; p--, k++)
    {
      if (_ent_run_is (run, p, "that"))
        return _ent_run_tag (run, p - 1) == ENT_TAG_REFUSE ||
               (p - 2 >= (int)run->first && _ent_run_tag (run, p - 2) == ENT_TAG_REFUSE &&
                _ent_run_tag (run, p - 1) == ENT_TAG_ADV) ||
               dismissed_report (run, p - 1);
      if (run->tokens[p].kind == ENT_TOKEN_PUNCT || run->is_verb[p - run->first] ||
          _ent_run_tag (run, p) == ENT_TAG_SAY)
        return FALSE;
    }
  return FALSE;
}

/* "abstained from a vote condemning Russia": a participle after a plain
 * noun says what the noun does; with no actor in that noun phrase
 * ("a U.N. resolution condemning"), nobody takes the position. */
gboolean
_ent_run_participle_of_noun (Run         *run,
                             const CueAt *at,
                             guint        start)
{
  int p = (int)start - 1;

  if (at->cue->form != ENT_FORM_ING || start != at->start || p <= (int)run->first)
    return FALSE;
  if (run->tokens[p].kind != ENT_TOKEN_WORD || (run->tokens[p].flags & ENT_TOKEN_CAPITALISED) ||
      !(_ent_run_tag (run, p) == ENT_TAG_NONE || _ent_run_tag (run, p) == ENT_TAG_VERB) ||
      _ent_run_ref_at (run, p) != NULL || run->is_verb[p - run->first] ||
      _ent_run_past_tense_word (run, p) || _ent_run_ends_in_ing (run, p))
    return FALSE;
  for (int q = p - 1, k = 0; q >= (int)run->first && k < 4; q--, k++)
    {
      Ref *ref = _ent_run_ref_at (run, q);

      if (ref != NULL)
        return FALSE;
      if (_ent_run_tag (run, q) == ENT_TAG_DET)
        return TRUE;
      if (!(_ent_run_tag (run, q) == ENT_TAG_ADJ || (_ent_run_tag (run, q) == ENT_TAG_NONE &&
                                                    run->tokens[q].kind == ENT_TOKEN_WORD)))
        return FALSE;
    }
  return FALSE;
}

/* "shot down drones fired at Israel by Iran": a past participle after
 * the object of another verb starts a reduced relative clause; whoever
 * acts is the agent after "by", or nobody named. */
gboolean
_ent_run_reduced_relative (Run         *run,
                           const CueAt *at,
                           guint        start)
{
  int p = (int)start - 1;

  if (!(at->cue->form == ENT_FORM_PAST || at->cue->form == ENT_FORM_PARTICIPLE) ||
      start != at->start || p <= (int)run->first)
    return FALSE;
  /* "drones", "missiles", "fighters", "aid" */
  if (run->tokens[p].kind != ENT_TOKEN_WORD || (run->tokens[p].flags & ENT_TOKEN_CAPITALISED) ||
      !(_ent_run_tag (run, p) == ENT_TAG_NONE || _ent_run_tag (run, p) == ENT_TAG_ORGAN ||
        _ent_run_tag (run, p) == ENT_TAG_PEOPLE) ||
      _ent_run_ref_at (run, p) != NULL || run->is_verb[p - run->first] ||
      _ent_run_past_tense_word (run, p) || _ent_run_ends_in_ing (run, p))
    return FALSE;
  for (int q = p - 1, k = 0; q >= (int)run->first && k < 4; q--, k++)
    {
      if (_ent_run_ref_at (run, q) != NULL)
        return FALSE;
      /* "intercepted", "shot down", "was tracking" */
      if (run->is_verb[q - run->first] || _ent_run_tag (run, q) == ENT_TAG_LIGHT ||
          _ent_run_past_tense_word (run, q) || _ent_run_ends_in_ing (run, q) ||
          _ent_run_is (run, q, "shot"))
        return TRUE;
      if (!(_ent_run_tag (run, q) == ENT_TAG_ADJ || _ent_run_tag (run, q) == ENT_TAG_DET ||
            run->tokens[q].kind == ENT_TOKEN_NUMBER ||
            (_ent_run_tag (run, q) == ENT_TAG_NONE && run->tokens[q].kind == ENT_TOKEN_WORD &&
             !(run->tokens[q].flags & ENT_TOKEN_CAPITALISED))))
        return FALSE;
    }
  return FALSE;
}

/* "Tokyo and Canberra signed a pact, a move Beijing criticised", "in a
 * move Beijing criticised": a noun for the act in apposition to the
 * clause; its target is the clause's subject. */
gboolean
_ent_run_clause_apposition (Run   *run,
                            int    pos,
                            Group *group)
{
  static const char *words[] = {
    "move", "step", "decision", "deal", "action", "measure", "gesture", "visit", "trip", "plan",
    "contribution", "deployment", "sale", "policy", "stance", "position", "announcement",
    "proposal", "offer", "statement", "ruling", "verdict", "vote", "decree", "law", "prospect",
    "idea", "initiative", "request", "bid", "campaign", "operation", "offensive", "agreement",
    "accord", "pact", "resolution", "intervention", "recognition", "moves", "steps",
    "measures", "decisions", "actions", "finding", "reversal", "strike", "strikes", "raid",
    "attack", "assault", "bombing", "arrest", "expulsion", "blockade", "embargo", "sanctions",
    "seizure", "shutdown", "ban", "incursion",
  };
  static EntWordMap *once;
  int p = pos;
  gboolean plural;

  /* "a move the United States condemned": the article of the subject */
  if (p >= (int)run->first && _ent_run_is (run, p, "the"))
    p--;
  if (p >= (int)run->first && _ent_run_is (run, p, "that"))
    p--;
  if (p < (int)run->first + 2 ||
      !ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p].hash))
    return FALSE;
  /* "..., moves welcomed by Riyadh": a plural needs no article */
  plural = run->text[run->tokens[p].end - 1] == 's';
  p--;
  while (p > (int)run->first && _ent_run_tag (run, p) == ENT_TAG_ADJ)
    p--;
  if (plural && _ent_run_punct_is (run, p, ","))
    p++;
  else if (_ent_run_tag (run, p) != ENT_TAG_DET)
    return FALSE;
  if (p > (int)run->first + 1 && _ent_run_is (run, p - 1, "in"))
    p--;
  if (!_ent_run_punct_is (run, p - 1, ","))
    return FALSE;
  return _ent_run_main_subject (run, p - 1, group);
}

/* "the M23, whom Congo says Rwanda supports": the relative pronoun before
 * a reporting clause, or @pos itself. */
int
_ent_run_reported_gap (Run *run,
                       int  pos)
{
  if (pos <= (int)run->first || _ent_run_tag (run, pos) != ENT_TAG_SAY)
    return pos;
  for (int q = pos - 1; q >= (int)run->first && q > pos - 10; q--)
    {
      if (_ent_run_tag (run, q) == ENT_TAG_REL || _ent_run_is (run, q, "that"))
        return q;
      if (run->tokens[q].kind == ENT_TOKEN_PUNCT || run->is_verb[q - run->first])
        break;
    }
  return pos;
}

/* Verbs of harm done to no one named: "threatened the peace of the
 * region", "undermined stability". */
static gboolean
is_harm_verb (Run  *run,
              guint i)
{
  static const char *words[] = {
    "threaten", "threatens", "threatened", "threatening", "undermine", "undermines", "undermined",
    "undermining", "violate", "violates", "violated", "violating", "destabilise", "destabilises",
    "destabilised", "destabilising", "destabilize", "destabilizes", "destabilized", "destabilizing",
    "endanger", "endangers", "endangered", "endangering", "jeopardise", "jeopardised", "jeopardize",
    "jeopardized", "provoke", "provoked", "provokes", "provoking", "escalate", "escalated",
    "escalates", "escalating", "inflame", "inflamed", "inflames", "stoke", "stoked", "stokes",
    "stoking", "sabotage", "sabotaged", "sabotaging", "harm", "harmed", "harms", "disrupt",
    "disrupted", "disrupts", "disrupting",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "Cuba said the U.S. deployment threatened the peace of the region",
 * "China said Washington was undermining stability": harm the speaker
 * reports, done to no actor named, is the speaker's charge against whoever
 * did it. @agents is the subject of the verb at @at. */
void
_ent_run_reported_harm (Run         *run,
                        Group       *agents,
                        const CueAt *at)
{
  Group speakers;

  if (!is_harm_verb (run, at->start) || agents->coref || agents->first == G_MAXUINT)
    return;
  _ent_run_group_init (&speakers);
  for (int p = (int)agents->first - 1; p >= (int)run->first && p >= (int)agents->first - 4; p--)
    {
      if (_ent_run_tag (run, p) == ENT_TAG_SAY)
        {
          if (!_ent_run_subject_of_verb (run, p, &speakers, 0) || speakers.coref)
            return;
          _ent_run_emit (run, &speakers, agents, -1, at->cue->strength * 0.6, at);
          return;
        }
      if (!_ent_run_is (run, p, "that") && _ent_run_tag (run, p) != ENT_TAG_DET &&
          _ent_run_tag (run, p) != ENT_TAG_ADJ && _ent_run_tag (run, p) != ENT_TAG_ADV)
        return;
    }
}


/* "a move welcomed by Malaysia and condemned by the United States", "was
 * praised by Egypt but criticised by Ethiopia": a passive joined to
 * another shares its subject. */
gboolean
_ent_run_shares_passive_subject (Run   *run,
                                 guint  start,
                                 Group *targets)
{
  int p = (int)start - 1;

  if (p <= (int)run->first || !(_ent_run_is (run, p, "and") || _ent_run_is (run, p, "but")))
    return FALSE;
  for (int q = p - 1, k = 0; q > (int)run->first && k < 8; q--, k++)
    {
      if (_ent_run_tag (run, q) == ENT_TAG_BY)
        {
          gboolean negated = FALSE, be = FALSE, modal = FALSE;
          guint first;

          if (!(run->is_verb[q - 1 - run->first] || _ent_run_past_tense_word (run, q - 1)))
            return FALSE;
          first = _ent_run_verb_group_start (run, (guint)q - 1, &negated, &be, &modal);
          return _ent_run_subject_of (run, (int)first - 1, targets, 0) ||
                 _ent_run_clause_apposition (run, (int)first - 1, targets);
        }
      if (_ent_run_clause_boundary (run, (guint)q))
        return FALSE;
    }
  return FALSE;
}

gboolean
_ent_run_against_object (Run   *run,
                         guint  after_cue,
                         guint  object)
{
  static const char *words[] = {
    "fight", "war", "campaign", "struggle", "battle", "offensive", "coalition", "crackdown",
    "operation", "operations", "effort", "efforts", "push", "resistance", "alliance", "sanctions",
    "warrant", "warrants", "case", "charges", "lawsuit", "resolution", "strikes", "measures",
    "action", "steps",
  };
  static EntWordMap *once;
  guint p = object;

  if (object == G_MAXUINT || object < after_cue + 2)
    return FALSE;
  /* "welcomed the warrants against the two Israeli leaders" */
  while (p > after_cue && _ent_run_skip_count (run, p - 1) > p - 1)
    p--;
  if (!_ent_run_is (run, p - 1, "against"))
    return FALSE;
  for (guint q = after_cue; q + 1 < p; q++)
    if (ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[q].hash))
      return TRUE;
  return FALSE;
}

/* "suspended talks on joining the EU", "froze plans for buying": -1
 * when ending the talks reverses the gerund at @start they are about. */
int
_ent_run_talks_reversal (Run   *run,
                         guint  start)
{
  int v = (int)start - 3;

  if (start <= run->first + 2 ||
      !(_ent_run_is (run, start - 1, "on") || _ent_run_is (run, start - 1, "about") ||
        _ent_run_is (run, start - 1, "for") || _ent_run_is (run, start - 1, "of")) ||
      !(_ent_run_is (run, start - 2, "talks") || _ent_run_is (run, start - 2, "negotiations") ||
        _ent_run_is (run, start - 2, "plans") || _ent_run_is (run, start - 2, "process") ||
        _ent_run_is (run, start - 2, "efforts") || _ent_run_is (run, start - 2, "bid")))
    return 1;
  while (v >= (int)run->first && (_ent_run_tag (run, v) == ENT_TAG_DET ||
                                  _ent_run_tag (run, v) == ENT_TAG_POSS_PRON ||
                                  _ent_run_tag (run, v) == ENT_TAG_ADJ))
    v--;
  return v >= (int)run->first && _ent_run_is_reversal (run, v) ? -1 : 1;
}

/* "sanctioned Chinese firms for supplying Russia", "praised Qatar for
 * mediating": the object of the verb before "for" does what the gerund
 * at @start says. Returns TRUE when it did, or is no actor; FALSE for
 * the sentence's subject to do it ("was criticised for backing"). */
/* The object between a verb and "for" before the word at @start
 * ("sanctioned Chinese firms for", "praised Qatar for"): returns the
 * verb's position, or -1 when no object stands between them ("was
 * criticised for"); @doer gets the first actor named in it, or NULL. */
int
_ent_run_object_before_for (Run   *run,
                            guint  start,
                            Ref  **doer)
{
  gboolean object = FALSE;
  int v;

  *doer = NULL;
  if (start <= run->first + 1 || !_ent_run_is (run, start - 1, "for") ||
      (v = _ent_run_previous_verb (run, (int)start - 2)) < 0)
    return -1;
  for (guint p = (guint)v + 1; p < start - 1 && *doer == NULL; p++)
    {
      *doer = _ent_run_ref_at (run, p);
      object |= run->tokens[p].kind == ENT_TOKEN_WORD && _ent_run_tag (run, p) != ENT_TAG_ADV;
    }
  return object || *doer != NULL ? v : -1;
}

gboolean
_ent_run_gerund_after_object (Run         *run,
                              const CueAt *at,
                              guint        start,
                              int          sign)
{
  Group sources, targets;
  Ref *doer;
  int v;

  if ((v = _ent_run_object_before_for (run, start, &doer)) < 0)
    return FALSE;
  _ent_run_group_init (&sources);
  _ent_run_group_init (&targets);
  if (_ent_run_usable (doer) && !doer->place && !doer->possessive &&
      _ent_run_object_after (run, (guint)v + 1, &sources) && sources.last <= start - 1 &&
      _ent_run_object_after (run, at->end, &targets))
    _ent_run_emit (run, &sources, &targets, sign, at->cue->strength * 0.9, at);
  return TRUE;
}


static void
word_set (const char **words,
          guint        n,
          int          value,
          EntWordMap  *set)
{
  for (guint k = 0; k < n; k++)
    ent_word_map_insert (set, ent_text_hash_str (words[k]), GINT_TO_POINTER (value));
}

/* A map of words to +1 or -1, built once and shared by every thread. */
EntWordMap *
_ent_run_build_signed_words (EntWordMap  **once,
                             const char  **good,
                             guint         n_good,
                             const char  **bad,
                             guint         n_bad)
{
  if (g_once_init_enter (once))
    {
      EntWordMap *set = g_new0 (EntWordMap, 1);

      ent_word_map_init (set);
      word_set (good, n_good, 1, set);
      word_set (bad, n_bad, -1, set);
      g_once_init_leave (once, set);
    }
  return *once;
}

