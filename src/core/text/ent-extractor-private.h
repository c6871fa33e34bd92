/* ent-extractor-private.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "ent-extractor.h"
#include "ent-word-map.h"

G_BEGIN_DECLS

#define MAX_GROUP 8

/* Kinds of measure a text names again by its noun: "the sanctions", "the
 * veto", "the warrants", "the expulsions", "the drills" (see
 * _ent_run_measure_kind()). */
#define N_MEASURES 6

/* Kinds of act a text names again by its noun: "the withdrawal", "the
 * deployment", "the launch" (see _ent_run_remember_acts()). */
#define N_ACTS 13

/* An actor reference in a sentence: a name, or a pronoun or a nominal
 * ("the two countries") resolved to one or two actors. */
typedef struct
{
  guint       first;      /* tokens, [first, last) */
  guint       last;
  guint       actors[MAX_GROUP];
  guint       n_actors;
  EntNameKind name_kind;
  guint       possessive : 1;
  guint       place : 1;     /* after "in", "at": a location, not an actor */
  guint       pronoun : 1;   /* resolved from a pronoun or a nominal */
  guint       person : 1;
  guint       bare_adjective : 1;  /* "Russian" before a noun cue: "Russian attack on" */
  guint       former : 1;    /* "former Argentine President Cristina Fernandez": acts for no one */
} Ref;

typedef struct
{
  guint actors[MAX_GROUP];
  guint n;
  guint first;     /* tokens spanned by the group */
  guint last;
  gboolean coref;
} Group;

/* The weights of a shape or tag feature of the pair model, see
 * fixed_table() and add_slot() in ent-extractor-pairs.c. */
typedef struct
{
  float   weight[2][2][2];   /* [direction][plain, oriented][support, opposition] */
} PairShape;

typedef struct
{
  EntExtractor  *self;
  EntGazetteer  *gazetteer;
  const EntLexActor * const *actors; /* the gazetteer's, see _ent_run_actor_of() */
  const EntWordMap *name_starts;  /* the gazetteer's, see ent_gazetteer_may_match() */
  EntLexicon    *lexicon;
  const char    *text;
  EntToken      *tokens;
  guint          n_tokens;
  guint          first;      /* the sentence, [first, last) */
  guint          last;
  GArray        *refs;       /* Ref, in token order */
  int           *ref_at;     /* per token: the Ref covering it, or -1 */
  guint8        *is_verb;    /* per token: 1 where a verb (cue or other) starts */
  guint8        *in_quote;   /* per token: inside quotation marks */
  int            speaker;    /* actor speaking in this sentence's quotes, or -1 */
  EntExtraction *out;
  GHashTable    *seen;       /* (source, target, sign) already emitted in the sentence */

  /* Discourse memory across sentences. */
  int            last_person;
  int            last_state;
  int            last_other;   /* organisation or group */
  int            last_group;
  int            last_org;
  int            recent_orgs[8];  /* the last organisations named, newest last */
  guint          n_recent_orgs;
  int            recent_states[8];  /* the last states named, newest last, each once */
  guint          n_recent_states;
  int            pair[2];      /* the last two distinct states */
  guint          salient[16];  /* states named so far, with how often: */
  guint          salient_count[16];
  guint          n_salient;
  int            person_pair[2];
  int            first_person;       /* first person named in this sentence */
  int            first_subject_person; /* the first of them a verb follows, or -1 */
  int            first_owner;        /* first person named as an owner: "Petro's policy" */
  int            first_other;        /* first state, organisation or group */
  int            prev_first_person;
  int            prev_first_other;
  int            prev_subject;       /* the actor that opened the last sentence as its
                                      * subject, or -1: see _ent_run_lead_subject() */
  Group          last_plural;  /* the last subject of two or more actors */
  int            paragraph_speaker;
  gboolean       refused;      /* the last verb group had "refused to", "declined to" */
  gboolean       negated_modal; /* the last verb group had "will not", "would never" */
  gboolean       reversed;     /* the holder's verb ends the relation: "suspended" */
  gboolean       mediator;     /* the holder's verb is a third party's: "brokered" */
  int            aggressor;    /* who carried out the last attack in the text, or -1 */
  int            aggressor_with; /* who carried it out with them ("American and British"), or -1 */
  guint          aggressor_cue;  /* where its cue starts, in characters */
  int            measure_by[N_MEASURES]; /* who took the last measure of each kind, or -1 */
  int            measure_on[N_MEASURES]; /* whom it was aimed at, or -1 */
  int            act_by[N_ACTS]; /* who did the story's first act of each kind, or -1 */
  Group          parties;      /* the sides of the story's first deal or talks */
  guint          parties_cue;  /* where its cue starts, in characters */
  int            first_act;      /* who took the story's first stance by a verb, or -1 */
  Group          first_act_by;   /* all who took it: "Britain and Canada recognised" */
  int            rupture_target; /* whom the last envoy recalled or ties cut concerned, or -1 */
  int            last_target;    /* the target of the last position found, or -1 */
  int            last_sign;
  int            also_target;    /* another target of the same act ("switched from Taiwan to
                                  * China"), or -1 */
  int            also_sign;
  int            last_source;    /* who took the last position */
  guint32        last_cue_at;    /* where its cue starts */
  int            dateline_state; /* the state of the story's dateline, or -1 */
  int            army_state;     /* the last state named with its army, or -1 */
  int            government_state; /* the last state named with its government, or -1 */
  Group          believer;     /* who doubts the clause, see negated_believer() */
  /* The last word of the people named in full so far ("Dagalo" of
   * "Mohamed Hamdan Dagalo"), which alone then means them. */
  guint64        surname_hash[8];
  int            surname_actor[8];
  guint          n_surnames;
  /* People the story names with an office of another body than the
   * dictionary's ("European Council President Donald Tusk"), and that
   * body, for whom they act in the whole story. */
  guint          acting_person[4];
  guint          acting_for[4];
  guint          n_acting;
  /* The state of the last official named whom the dictionary does not
   * know ("Estonian Foreign Minister Margus Tsahkna"), or -1, and whether
   * they were named after the last person it knows. */
  int            official_state;
  gboolean       official_latest;
  double         pair_threshold;  /* of the lexicon's pair model, 0 without one */
  gint8         *cue_sign;        /* per token of the sentence, the sign of the cue starting
                                   * there: 1 none, 2 support, 3 opposition; 0 not yet known */
  guint          capacity;        /* of the per-token arrays */
  GArray        *cues;            /* CueAt, the cues of the sentence */
  guint32       *frame_bits;      /* per token of the sentence, see */
  guint         *frame_hits;      /* _ent_run_find_frame_words() */
  guint          n_frame_hits;
  const EntPairModel *pair_model;
  const EntWordMap *pair_map;     /* its weights by feature */
  const EntWordMap *cue_starts;   /* the words that start a cue */
  const PairShape *pair_shapes;  /* the model's, by the shape's id, see ent-extractor-pairs.c */
  const PairShape *pair_tags;    /* the model's, by EntTag */
  GArray        *pending;         /* the pair model's candidates, decided at the end */
  GArray        *places;          /* PlaceAt: places named, a mention if a position names them */
  double         pair_logit;      /* the threshold as a score: log (t / (1 - t)) */
  double         pair_bound[2];   /* the most the text's features add to each class, see
                                   * _ent_run_article_bound() */
} Run;

/* A cue found in the sentence, [start, end) in tokens. */
typedef struct
{
  guint         start;
  guint         end;
  const EntCue *cue;
  int           agent;   /* "strikes by Israel on Iran": the token of the agent, or -1 */
} CueAt;

/* What a pronoun or a nominal reference stands for. */
typedef enum
{
  REF_PERSON, REF_OTHER, REF_STATE, REF_GROUP, REF_ORG, REF_PAIR, REF_PAIR_PERSONS, REF_PLURAL,
  REF_SPEAKER, REF_PERSONS_STATE, REF_ORG_NAMED, REF_BLOC, REF_HOME, REF_TWO,
} RefWant;

/* Where a scan for a subject or an object stands after a word: it found
 * it, found there is none, or goes on at the next word. */
typedef enum
{
  SCAN_NONE,
  SCAN_FOUND,
  SCAN_ON,
} Scan;

/* How far the rules look for a subject or an object, in tokens. */
#define MAX_SCAN 16

void     _ent_extractor_apply_rules (Run         *run);
void     _ent_extractor_apply_frames (Run        *run);
void     _ent_run_classify_pairs     (Run             *run,
                                      EntPairTraceFunc trace);
void     _ent_run_decide_pairs       (Run             *run,
                                      EntPairTraceFunc trace,
                                      gpointer         trace_data);

/* Shared by the rules (ent-extractor-rules.c) and the frames
 * (ent-extractor-frames.c). */
gboolean     _ent_run_usable              (Ref          *ref);
Ref         *_ent_run_possessors_group    (Run          *run,
                                           Ref          *named);
gboolean     _ent_run_possessive_pronoun  (Run          *run,
                                           const Ref    *ref);
gboolean     _ent_run_clause_pronoun      (Run          *run,
                                           const Ref    *ref);
gboolean     _ent_run_is_rule_out         (Run          *run,
                                           int           p);
gboolean     _ent_run_is_approximate      (Run          *run,
                                           guint         p);
guint        _ent_run_skip_approximate    (Run          *run,
                                           guint         p);
gboolean     _ent_run_is_count            (Run          *run,
                                           guint         i);
guint        _ent_run_skip_count          (Run          *run,
                                           guint         p);
gboolean     _ent_run_is_text_noun        (Run          *run,
                                           guint         i);
gboolean     _ent_run_is_hyphen           (Run          *run,
                                           guint         i);
gboolean     _ent_run_is_dash             (Run          *run,
                                           guint         i);
gboolean     _ent_run_warned_against      (Run          *run,
                                           const CueAt  *at);
void         _ent_run_group_init          (Group        *group);
void         _ent_run_group_guessed       (Group        *group,
                                           guint         actor,
                                           guint         at);
void         _ent_run_group_add           (Group        *group,
                                           Ref          *ref);
void         _ent_run_collect_left        (Run          *run,
                                           Ref          *ref,
                                           Group        *group);
void         _ent_run_collect_right       (Run          *run,
                                           Ref          *ref,
                                           Group        *group);
void         _ent_run_collect_right_full  (Run          *run,
                                           Ref          *ref,
                                           Group        *group,
                                           gboolean      clauses);
guint        _ent_run_verb_group_start    (Run          *run,
                                           guint         c0,
                                           gboolean     *negated,
                                           gboolean     *be,
                                           gboolean     *modal);
gboolean     _ent_run_looks_nominal       (Run          *run,
                                           int           p);
gboolean     _ent_run_past_tense_word     (Run          *run,
                                           int           v);
int          _ent_run_relational_sign     (Run          *run,
                                           guint         i);
void         _ent_run_add_related_frame_words (EntWordMap *map);
EntWordMap  *_ent_run_build_signed_words  (EntWordMap  **once,
                                           const char  **good,
                                           guint         n_good,
                                           const char  **bad,
                                           guint         n_bad);
gboolean     _ent_run_same_state          (Run          *run,
                                           guint         a,
                                           guint         b);
void         _ent_run_statement_init      (Run               *run,
                                           EntFoundStatement *st,
                                           guint              source,
                                           guint              target,
                                           int                sign,
                                           double             confidence,
                                           guint              cue_first,
                                           guint              cue_end);
void         _ent_run_emit                (Run          *run,
                                           Group        *sources,
                                           Group        *targets,
                                           int           sign,
                                           double        confidence,
                                           const CueAt  *at);
void         _ent_run_emit_pairwise       (Run          *run,
                                           Group        *group,
                                           int           sign,
                                           double        confidence,
                                           const CueAt  *at);
int      _ent_run_relation_change   (Run         *run,
                                     guint        p);
gboolean _ent_run_is_giving_verb    (Run         *run,
                                     guint        i);
gboolean _ent_run_is_suing_verb     (Run         *run,
                                     guint        i);
gboolean _ent_run_is_measure_word   (Run         *run,
                                     guint        i);
gboolean _ent_run_including_after   (Run         *run,
                                     guint        p,
                                     Group       *group);
gboolean _ent_run_own_kind_including (Run       *run,
                                      guint      p,
                                      Group     *group);
gboolean _ent_run_fronted_head      (Run         *run,
                                     guint        start,
                                     guint        after,
                                     Group       *group);
gboolean _ent_run_appositive_head   (Run         *run,
                                     int          pos,
                                     Group       *group);
gboolean _ent_run_group_left        (Run         *run,
                                     int          pos,
                                     Group       *group);
gboolean _ent_run_group_right       (Run         *run,
                                     guint        pos,
                                     Group       *group);
const EntCue *_ent_run_participle_cue (Run       *run,
                                       guint      p,
                                       guint     *span);
/* The clause analysis the rules share, by file. */

/* ent-extractor-clause.c */
int      _ent_run_time_phrase_start (Run *run,
                                     int  p);
gboolean _ent_run_two_word_adverbial (Run *run,
                                      int  p);
gboolean _ent_run_starts_clause (Run  *run,
                                 Ref  *ref);
gboolean _ent_run_verb_word (Run   *run,
                             guint  q);
gboolean _ent_run_ends_in_ing (Run *run,
                               int  p);
gboolean _ent_run_ends_in_ed (Run *run,
                              int  p);
int _ent_run_previous_verb (Run *run,
                            int  p);
gboolean _ent_run_each_other (Run  *run,
                              guint p);

/* ent-extractor-roles.c */
gboolean _ent_run_names_a_text (Run *run,
                                Ref *ref);
gboolean _ent_run_relative_antecedent (Run   *run,
                                       int    p,
                                       Group *group);
gboolean _ent_run_main_subject (Run   *run,
                                int    pos,
                                Group *group);
gboolean _ent_run_subject_of_verb (Run   *run,
                                   int    v,
                                   Group *group,
                                   guint  depth);
int _ent_run_skip_parenthetical (Run *run,
                                 int  comma);
void     _ent_run_try_despite   (Run  *run,
                                 guint i);
void     _ent_run_try_reaction  (Run  *run,
                                 guint i);
int      _ent_run_reaction_sign (Run  *run,
                                 guint i);
gboolean _ent_run_qualifying_affix (Run *run,
                                    Ref *ref);
gboolean _ent_run_backer_affix (Run *run,
                                Ref *ref);
gboolean _ent_run_stance_prefixed (Run *run,
                                   Ref *ref);
gboolean _ent_run_subject_of (Run   *run,
                              int    pos,
                              Group *group,
                              guint  depth);
gboolean _ent_run_object_after (Run   *run,
                                guint  pos,
                                Group *group);
gboolean _ent_run_complement_after (Run   *run,
                                    guint  pos,
                                    Group *group);

/* ent-extractor-acts.c */
gboolean _ent_run_foiled_attempt (Run   *run,
                                  guint  cue,
                                  Group *sources);
gboolean _ent_run_none_of (Run   *run,
                           guint  first);
gboolean _ent_run_act_pronoun (Run   *run,
                               guint  pos,
                               Group *sources,
                               Group *group);
void     _ent_run_remember_acts (Run *run);
void     _ent_run_add_facing_frame_words (EntWordMap *map);
void     _ent_run_try_facing (Run  *run,
                              guint i);
void     _ent_run_try_protest_after (Run            *run,
                                     const guint32  *bits);
void     _ent_run_try_prompted (Run            *run,
                                const guint32  *bits);
void     _ent_run_add_act_frame_words (EntWordMap *map);
void     _ent_run_add_act_bits (EntWordMap *map);
gboolean _ent_run_event_author (Run   *run,
                                guint  pos,
                                Group *group);
gboolean _ent_run_measure_aimed (Run   *run,
                                 guint  p,
                                 Group *group);
gboolean _ent_run_measure_author (Run   *run,
                                  guint  pos,
                                  Group *group);
int      _ent_run_lead_subject (Run   *run,
                                guint  before);

/* ent-extractor-checks.c */
int      _ent_run_measure_kind (const EntCue *cue);
gboolean _ent_run_is_rupture   (const char *phrase);
gboolean _ent_run_is_report_noun (Run *run,
                                  int  p);
int _ent_run_apply_negation (Run          *run,
                             const EntCue *cue,
                             gboolean      negated);
gboolean _ent_run_clause_boundary (Run  *run,
                                   guint i);
gboolean _ent_run_nearest_left (Run   *run,
                                int    pos,
                                Group *group);
gboolean _ent_run_nearest_right (Run   *run,
                                 guint  pos,
                                 Group *group);
void     _ent_run_thanks_returned (Run         *run,
                                   const CueAt *at,
                                   Group       *sources,
                                   Group       *targets,
                                   int          sign);
gboolean _ent_run_reprisal (Run         *run,
                            const CueAt *at,
                            Group       *sources);
void     _ent_run_vetoed_draft (Run         *run,
                                const CueAt *at,
                                Group       *sources);
gboolean _ent_run_subject_like (Run *run,
                                Ref *ref);
gboolean _ent_run_angry_reaction (Run         *run,
                                  const CueAt *at,
                                  Group       *sources);
gboolean _ent_run_victim_after (Run   *run,
                                guint  from,
                                guint  to);
gboolean _ent_run_is_mutual (Run         *run,
                             const CueAt *at);
void     _ent_run_add_answer_frame_words (EntWordMap *map);
void     _ent_run_try_answered (Run  *run,
                                guint i);
void     _ent_run_joined_in_gerund (Run         *run,
                                    const CueAt *at,
                                    guint        start,
                                    const Group *sources,
                                    Group       *targets,
                                    int          sign);
void     _ent_run_backed_measure (Run         *run,
                                  const CueAt *at,
                                  Group       *sources,
                                  Group       *targets,
                                  int          sign);
gboolean _ent_run_joins_or_backs (const EntCue *cue);
int      _ent_run_noun_cue_between (Run   *run,
                                    guint  from,
                                    guint  to);
gboolean _ent_run_fronted_participle (Run         *run,
                                      const CueAt *at,
                                      int          sign);
int      _ent_run_settling_verb (Run         *run,
                                 const CueAt *at);
void     _ent_run_settled_together (Run         *run,
                                    const CueAt *at,
                                    int          verb);
gboolean _ent_run_reported_charge (Run  *run,
                                   guint c0);
gboolean _ent_run_question_clause (Run   *run,
                                   guint  c0);
gboolean _ent_run_reduced_blame (Run         *run,
                                 const CueAt *at);
gboolean _ent_run_object_gap (Run         *run,
                              const CueAt *at);
gboolean _ent_run_is_event (Run  *run,
                            guint i);
gboolean _ent_run_denied_clause (Run   *run,
                                 guint  start);
gboolean _ent_run_participle_of_noun (Run         *run,
                                      const CueAt *at,
                                      guint        start);
gboolean _ent_run_reduced_relative (Run         *run,
                                    const CueAt *at,
                                    guint        start);
gboolean _ent_run_clause_apposition (Run   *run,
                                     int    pos,
                                     Group *group);
int _ent_run_reported_gap (Run *run,
                           int  pos);
void _ent_run_reported_harm (Run         *run,
                             Group       *agents,
                             const CueAt *at);
gboolean _ent_run_shares_passive_subject (Run   *run,
                                          guint  start,
                                          Group *targets);
gboolean _ent_run_against_object (Run   *run,
                                  guint  after_cue,
                                  guint  object);
int _ent_run_talks_reversal (Run   *run,
                             guint  start);
int      _ent_run_object_before_for (Run   *run,
                                     guint  start,
                                     Ref  **doer);
gboolean _ent_run_gerund_after_object (Run         *run,
                                       const CueAt *at,
                                       guint        start,
                                       int          sign);

/* ent-extractor-passive.c */
gboolean _ent_run_is_passive   (Run         *run,
                                const CueAt *at,
                                gboolean     be);
void     _ent_run_rule_passive (Run         *run,
                                const CueAt *at,
                                guint        start,
                                int          sign);

/* ent-extractor-places.c */
gboolean _ent_run_is_dateline       (Run              *run,
                                     Ref              *ref);
gboolean _ent_run_inside_other_name (Run              *run,
                                     const EntMention *m);
gboolean _ent_run_names_place       (Run              *run,
                                     Ref              *ref,
                                     guint             actor);
gboolean _ent_run_breakaway_recognised (Run         *run,
                                        const CueAt *at,
                                        Group       *targets);

/* ent-extractor-rules.c */
gboolean _ent_run_signed_before (Run  *run,
                                 guint start);
gboolean _ent_run_those_include (Run   *run,
                                 guint  after,
                                 Group *group);

/* The reading of an article, by file. */

/* ent-extractor.c */
const char        *_ent_run_state_of (Run  *run,
                                      guint actor);

/* ent-extractor-nominals.c */
gboolean _ent_run_state_property (Run  *run,
                                  guint i);
int _ent_run_home_state (Run  *run,
                         guint at);
void _ent_run_remember_organ (Run *run,
                              Ref *ref);
gboolean _ent_run_salient_pair (Run *run,
                                Ref *ref);
void _ent_run_remember (Run  *run,
                        guint actor);
void _ent_run_init_nominals (void);
gboolean _ent_run_verb_follows (Run  *run,
                                guint p);
guint _ent_run_match_nominal (Run    *run,
                              guint   at,
                              RefWant *want);

/* ent-extractor-resolve.c */
int      _ent_run_voting_body (Run     *run);
gboolean _ent_run_resolve (Run     *run,
                           RefWant  want,
                           guint    at,
                           Ref     *ref);

/* ent-extractor-mentions.c */
void _ent_run_find_refs (Run *run);
void _ent_run_remember_coordination (Run *run);

/* The frames, by file. */

/* What the frames tried at each token need of its word: one lookup per
 * token finds that most start none. */
enum
{
  FRAME_AT      = 1 << 0,  /* from, feelings, transfers, texts, backing, giving, firing, bids */
  FRAME_LABEL   = 1 << 1,
  FRAME_DEMAND  = 1 << 2,
  FRAME_DRAWING = 1 << 3,
  FRAME_TRIGGER = 1 << 4,  /* transfers, texts, backing, giving to */
  FRAME_SUIT    = 1 << 5,  /* "followed suit", "did the same", "switched to" */
  FRAME_SIDE    = 1 << 6,  /* "to X's defence", "on X's side" */
  FRAME_LIST    = 1 << 7,  /* "added Huawei to its entity list" */
  FRAME_PATIENT = 1 << 8,  /* "destruction", "ouster" */
  FRAME_CHARGE  = 1 << 9,  /* "accusation", "allegations" */
  FRAME_CLAUSE  = 1 << 10, /* "after", "when": a protest at the clause after */
  FRAME_PROMPT  = 1 << 11, /* ", prompting", ", forcing" */
  FRAME_TIES    = 1 << 12, /* "relations between", "ties with" */
  FRAME_RELATED = 1 << 13, /* "ally", "rival" */
  FRAME_SHARE   = 1 << 14, /* "shared X's concern" */
  FRAME_ADMIT   = 1 << 15, /* "admitted X as a member" */
  FRAME_BE      = 1 << 16, /* a form of "be", for the labels */
  FRAME_RESPONSIBILITY = 1 << 17, /* "claimed responsibility for" */
};
/* Above the frames' bits, the act the word names (see
 * _ent_run_add_act_bits()), in eleven bits. */
#define FRAME_ACT_SHIFT 18
G_STATIC_ASSERT (FRAME_ACT_SHIFT + 11 <= 32);
/* Above the acts: "sanctions", "tariffs" after "hit with" or "placed
 * under", see _ent_run_try_measure_with() */
#define FRAME_MEASURE (1u << (FRAME_ACT_SHIFT + 11))
/* "voting", "voted": see _ent_run_votes() */
#define FRAME_VOTE (1u << (FRAME_ACT_SHIFT + 12))
G_STATIC_ASSERT (FRAME_ACT_SHIFT + 13 <= 32);

/* ent-extractor-frames.c */
void _ent_run_add_frame_words (EntWordMap  *map,
                               const char **words,
                               guint        n,
                               guint        bit);
gboolean _ent_run_is_military_aid (Run  *run,
                                   guint i);
int      _ent_run_stopped_before (Run  *run,
                                  guint i);
void     _ent_run_find_frame_words (Run *run);
const EntWordMap *_ent_run_frame_map (void);

/* ent-extractor-ties.c */
gboolean _ent_run_relation_persists (Run          *run,
                                     const EntCue *cue,
                                     guint         p);
void     _ent_run_rule_relation_change (Run           *run,
                                        const guint32 *bits);
void     _ent_run_add_ties_frame_words (EntWordMap *map);
gboolean _ent_run_sides_between (Run         *run,
                                 const CueAt *at);
gboolean _ent_run_conflict_between (Run         *run,
                                    const CueAt *at);
gboolean _ent_run_hosted_event (Run         *run,
                                const CueAt *at);
gboolean _ent_run_relation_partners (Run   *run,
                                     guint  pos,
                                     Group *targets);
gboolean _ent_run_signed_by_after (Run   *run,
                                   guint  pos,
                                   Group *group);
gboolean _ent_run_war_on_one_side (Run         *run,
                                   const CueAt *at);

/* ent-extractor-demands.c */
void _ent_run_add_demand_frame_words (EntWordMap *map);
void _ent_run_try_demand (Run  *run,
                          guint i);
int  _ent_run_label_ahead (Run          *run,
                           guint         q);
void _ent_run_rule_labels (Run          *run,
                           const guint32 *bits);
gboolean _ent_run_labelled_before (Run   *run,
                                   int    p,
                                   Group *group);
gboolean _ent_run_demanded (Run   *run,
                            guint  v);
gboolean _ent_run_asked_to (Run   *run,
                            guint  start);

/* ent-extractor-giving.c */
void     _ent_run_add_placing_frame_words (EntWordMap *map);
gboolean _ent_run_is_placing_verb (Run  *run,
                                   guint i);
void     _ent_run_try_placing     (Run  *run,
                                   guint i);
gboolean _ent_run_sent_to_help (Run         *run,
                                const CueAt *at,
                                guint        end);
void _ent_run_add_giving_frame_words (EntWordMap *map);
gboolean _ent_run_is_reversal (Run *run,
                               int  p);
void _ent_run_try_listing (Run  *run,
                           guint i);
void _ent_run_try_giving (Run  *run,
                          guint i);
void _ent_run_try_giving_to (Run  *run,
                             guint i);
gboolean _ent_run_is_firing_verb (Run  *run,
                                  guint i);
void _ent_run_try_firing (Run  *run,
                          guint i);
gboolean _ent_run_obstructs (Run  *run,
                             guint i);
gboolean _ent_run_aid_recipient (Run   *run,
                                 guint  pos,
                                 Group *targets,
                                 guint *end);
int _ent_run_bid_verb_sign (Run  *run,
                            guint i);
void _ent_run_try_bid (Run  *run,
                       guint i,
                       int   sign);

/* ent-extractor-holders.c */
gboolean _ent_run_quantity_before_of (Run *run,
                                      int  q);
gboolean _ent_run_particle (Run *run,
                            int  p);
gboolean _ent_run_holder_of (Run         *run,
                             const CueAt *at,
                             Group       *group,
                             gboolean    *negated);
gboolean _ent_run_hosts_sides (Run         *run,
                               const CueAt *at,
                               const Group *guests);
void _ent_run_try_shared_view (Run  *run,
                               guint i);
void _ent_run_try_admitted    (Run  *run,
                               guint i);

/* ent-extractor-hypothetical.c */
gboolean _ent_run_conditional_subject (Run         *run,
                                       Group       *sources);
gboolean _ent_run_hypothetical_noun   (Run         *run,
                                       const CueAt *at,
                                       Group       *targets);
gboolean _ent_run_measure_undone      (Run         *run,
                                       const CueAt *at,
                                       Group       *targets);
gboolean _ent_run_deal_undone         (Run         *run,
                                       const CueAt *at);

/* ent-extractor-votes.c */
void _ent_run_votes                (Run        *run);
void _ent_run_add_vote_frame_words (EntWordMap *map);

/* ent-extractor-passive.c: measures that fall on someone */
void _ent_run_try_measure_with        (Run        *run,
                                       guint       i);
void _ent_run_add_measure_frame_words (EntWordMap *map);

/* ent-extractor-reactions.c */
gboolean _ent_run_possessor_before_object (Run   *run,
                                           int    v,
                                           Group *group);



/* ent-extractor-cues.c */
GArray  *_ent_run_find_cues (Run *run); /* run->cues, refilled */
gboolean _ent_run_title_case (Run *run);

/* ent-extractor-objects.c */
Ref     *_ent_run_named_from (Run        *run,
                              guint       p,
                              EntWordMap *nouns);

/* ent-extractor-relations.c */
void _ent_run_rule_relational_nouns (Run           *run,
                                     const guint32 *bits);
void _ent_run_rule_patient_nouns (Run           *run,
                                  const guint32 *bits);
void _ent_run_add_relation_frame_words (EntWordMap *map);
gboolean _ent_run_owner_suffers (Run          *run,
                                 const EntCue *cue,
                                 Group        *targets);
void _ent_run_try_possessor_side (Run  *run,
                                  guint i);
void _ent_run_rule_switches (Run          *run,
                             const guint32 *bits);
void _ent_run_add_suit_frame_words (EntWordMap *map);
void _ent_run_rule_charges (Run           *run,
                            const guint32 *bits);
void _ent_run_rule_measures_imposed (Run *run);

/* Whether the string @s starts with @prefix, a string literal: what
 * g_str_has_prefix() says, without measuring the prefix at run time or a
 * call into GLib. The rules ask it of cue phrases for every cue. */
#define _ent_starts_with(s, prefix) (strncmp ((s), "" prefix "", sizeof (prefix) - 1) == 0)

/* @word must be a string literal: its hash is cached per call site. */
#define _ent_run_is(run, i, word) _ent_run_is_hash ((run), (i), ENT_WORD_HASH (word))

/* The gazetteer's actor @index. */
static inline const EntLexActor *
_ent_run_actor_of (Run  *run,
                   guint index)
{
  return run->actors[index];
}

/* Whether token @i is a punctuation mark among @chars. */
static inline gboolean
_ent_run_punct_is (Run        *run,
                   guint       i,
                   const char *chars)
{
  const EntToken *t = &run->tokens[i];

  return t->kind == ENT_TOKEN_PUNCT && strchr (chars, run->text[t->start]) != NULL;
}

/* Called for nearly every token by every rule: inline. */
static inline EntTag
_ent_run_tag (Run   *run,
              guint  i)
{
  return (EntTag)run->tokens[i].tag;
}

/* Tags of words that make a verb group: "said", "is", "has", "will",
 * "did", "refused", "expressed", "wants". */
static inline gboolean
_ent_run_verbal_tag (EntTag tag)
{
  switch (tag)
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
    default:
      return FALSE;
    }
}

/* How run->cue_sign keeps the cue starting at a token: 1 none, 2 support,
 * 3 opposition (0: not yet asked). */
static inline gint8
_ent_run_cue_code (const EntCue *cue)
{
  return cue == NULL ? 1 : cue->sign > 0 ? 2 : 3;
}

/* The actor name covering token @i of the sentence, or %NULL. */
static inline Ref *
_ent_run_ref_at (Run *run,
                 int  i)
{
  int r;

  if (i < (int)run->first || i >= (int)run->last)
    return NULL;
  r = run->ref_at[i - run->first];
  return r < 0 ? NULL : &g_array_index (run->refs, Ref, r);
}

static inline gboolean
_ent_run_is_hash (Run     *run,
                  guint    i,
                  guint64  hash)
{
  return i < run->n_tokens && run->tokens[i].hash == hash;
}

/* Words with a sign (+1 or -1 as their value), built on first use and
 * shared by every thread after; inline, as the rules ask for every token. */
static inline EntWordMap *
_ent_run_signed_words (EntWordMap  **once,
                       const char  **good,
                       guint         n_good,
                       const char  **bad,
                       guint         n_bad)
{
  EntWordMap *set = (EntWordMap *) g_atomic_pointer_get (once);

  if (G_UNLIKELY (set == NULL))
    set = _ent_run_build_signed_words (once, good, n_good, bad, n_bad);
  return set;
}

G_END_DECLS
