/* ent-extractor-places.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-extractor-private.h"
#include "ent-word-map.h"

/*
 * When a name names no actor: a place ("strikes in Syria", a dateline),
 * a thing named after it ("the Astana format", "the U.N. Charter"), the
 * post of an envoy, or a word inside another name ("the Sea of Japan",
 * "Zaghari-Ratcliffe", "Anwar al-Awlaki").
 */

/* "the junta in Niger", "the authorities in Tehran": a noun for those who
 * govern, before "in" and the state they govern. */
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

/* "its allies in Moscow", "our friends in Beijing": a tie whose other
 * side a capital after "in" names. */
static gboolean
tie_noun (Run  *run,
          guint i)
{
  static const char *words[] = {
    "allies", "ally", "friends", "friend", "partners", "partner", "backers", "patrons", "sponsors",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "held off Islamic State", "fought off the rebels": "off" after an
 * active verb of repelling is its particle, not a place ("ships off
 * Yemen", "exercises were held off Taiwan"). */
static gboolean
repelled_off (Run  *run,
              guint p)
{
  static const char *verbs[] = {
    "hold", "holds", "held", "holding", "fight", "fights", "fought", "fighting", "fend", "fends",
    "fended", "fending", "ward", "wards", "warded", "warding", "beat", "beats", "beaten",
    "beating", "drive", "drives", "drove", "driven", "driving", "chase", "chased", "chasing",
    "push", "pushed", "pushing",
  };
  static EntWordMap *once;

  return p > run->first + 1 && _ent_run_is (run, p, "off") &&
         ent_word_set_contains (&once, verbs, G_N_ELEMENTS (verbs), run->tokens[p - 1].hash) &&
         _ent_run_tag (run, p - 2) != ENT_TAG_BE;
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
      _ent_run_actor_of (run, actor)->kind == ENT_ACTOR_KIND_STATE)
    return FALSE;
  /* "the junta in Niger", "the authorities in Tehran": the government. */
  if (p > run->first + 1 && _ent_run_is (run, p - 1, "in") &&
      (governing_noun (run, p - 2) || (kind == ENT_NAME_SEAT && tie_noun (run, p - 2))))
    return FALSE;
  return p > run->first && _ent_run_tag (run, p - 1) == ENT_TAG_LOC_PREP &&
         !_ent_run_punct_is (run, p - 1, "-") && !repelled_off (run, p - 1);
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

/* "helped Moscow push Ukrainian forces out", "let Kyiv fire them": a
 * verb whose object does the next verb. */
static gboolean
causative_verb (Run  *run,
                guint i)
{
  static const char *words[] = {
    "help", "helps", "helped", "helping", "let", "lets", "letting", "made", "make", "makes",
  };
  static EntWordMap *once;

  return ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[i].hash);
}

/* "Iran's ambassador to the United Nations", "the Russian envoy to
 * NATO" as a clause's subject: where the envoy is posted is no side of
 * the clause. (As an object it may be: "recalled its ambassador to
 * Paris" is a step against France.) */
static gboolean
posted_to (Run *run,
           Ref *ref)
{
  Ref *envoy;
  guint start;
  static const char *words[] = {
    "ambassador", "ambassadors", "envoy", "envoys", "mission", "missions", "delegation",
    "delegations", "representative", "representatives", "delegate", "delegates", "emissary",
    "consul", "observer",
  };
  static EntWordMap *once;
  guint p = ref->first;

  /* "the ambassador to the U.N.": the article */
  if (p > run->first && _ent_run_is (run, p - 1, "the"))
    p--;
  if (p < run->first + 2 || !(_ent_run_is (run, p - 1, "to") || _ent_run_is (run, p - 1, "at")) ||
      !ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p - 2].hash) ||
      (envoy = _ent_run_ref_at (run, (int)p - 2)) == NULL)
    return FALSE;
  start = envoy->first;
  if (start > run->first && _ent_run_is (run, start - 1, "the"))
    start--;
  return start == run->first || _ent_run_punct_is (run, start - 1, ",;:(") ||
         _ent_run_is (run, start - 1, "that") || _ent_run_tag (run, start - 1) == ENT_TAG_SUB ||
         _ent_run_tag (run, start - 1) == ENT_TAG_CONJ;
}

/* "violated the U.N. Charter", "the Rome Statute": a name before the
 * capitalised name of a founding text, which it names. */
static gboolean
names_founding_text (Run *run,
                     Ref *ref)
{
  static const char *words[] = {
    "charter", "convention", "conventions", "statute", "treaty", "treaties", "protocol",
    "protocols",
  };
  static EntWordMap *once;
  const EntToken *next;

  if (ref->last >= run->last || ref->name_kind != ENT_NAME_ALIAS)
    return FALSE;
  next = &run->tokens[ref->last];
  return (next->flags & ENT_TOKEN_CAPITALISED) && !(next->flags & ENT_TOKEN_ALL_CAPS) &&
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), next->hash) &&
         !_ent_run_title_case (run);
}

/* "the Astana format", "the Pretoria agreement": a capital before a
 * common noun names a thing, not the government. */
static gboolean
names_a_thing (Run *run,
               Ref *ref)
{
  const EntToken *next;

  if (names_founding_text (run, ref))
    return TRUE;
  if (ref->name_kind != ENT_NAME_SEAT || ref->last >= run->last)
    return FALSE;
  /* "gave Chisinau emergency funding": the first of two objects;
   * "demanded that Kyiv withdraw", "said Moscow must": a clause's subject. */
  if (ref->first > run->first && (_ent_run_tag (run, ref->first - 1) == ENT_TAG_LIGHT ||
                                   _ent_run_is_giving_verb (run, ref->first - 1) ||
                                   _ent_run_is (run, ref->first - 1, "that") ||
                                   causative_verb (run, ref->first - 1)))
    return FALSE;
  if (thing_noun (run, ref->last))
    return TRUE;
  next = &run->tokens[ref->last];
  if (next->kind != ENT_TOKEN_WORD ||
      (next->flags & (ENT_TOKEN_CAPITALISED | ENT_TOKEN_HYPHEN_BEFORE)) ||
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
  /* "Washington put Cuba back on the list": a verb of the past with no
   * -ed (unlike irregular_participle() in ent-extractor-checks.c, past
   * forms that are no participle after a noun: "a proposal put forward") */
  {
    static const char *irregular[] = {
      "put", "set", "shut", "let", "quit", "cast", "spread", "took", "threw", "drew", "chose",
      "sought", "won", "lost", "struck", "swore", "overtook", "swept", "fought", "began", "came",
      "went", "ran", "fled", "flew", "gave", "grew", "rose", "stood", "withdrew", "overran",
      "overthrew", "spoke", "broke", "brought", "sent", "told", "made", "held", "kept", "paid",
      "sold", "bought", "became", "knew", "led", "hit", "froze", "cut", "withheld", "upheld",
      "forbade", "shot", "met", "drove", "wrote", "found", "dealt", "tore", "shook", "oversaw",
      "undertook", "beat", "sank",
    };
    static EntWordMap *once;

    if (ent_word_set_contains (&once, irregular, G_N_ELEMENTS (irregular), next->hash))
      return FALSE;
  }
  /* "Washington sanctioned", "Moscow says": a verb, so the seat is a subject;
   * "supported Pyongyang economically": an adverb after an object. */
  if (run->text[next->end - 1] == 's' ||
      (run->text[next->end - 2] == 'e' && run->text[next->end - 1] == 'd') ||
      (run->text[next->end - 2] == 'l' && run->text[next->end - 1] == 'y'))
    return FALSE;
  return ent_lexicon_match_cue (run->lexicon, run->tokens, run->last, ref->last, NULL) == NULL;
}

/* "a mission against Haiti's gangs", "backed Ukraine's separatists",
 * "Colombia's leftist rebels": a state's possessive before those who fight
 * or defy its government names a place, not a side. */
static gboolean
owns_armed_group (Run *run,
                  Ref *ref)
{
  static const char *heads[] = {
    "rebels", "rebel", "separatists", "insurgents", "jihadists", "militants", "gangs", "gang",
    "cartels", "cartel", "guerrillas", "guerrilla", "militias", "militia", "paramilitaries",
    "warlords", "pirates", "extremists", "protesters", "demonstrators", "dissidents",
    "smugglers", "traffickers", "secessionists",
  };
  static EntWordMap *once;
  guint i = ref->last;

  if (ref->person || i + 1 >= run->last || _ent_run_tag (run, i) != ENT_TAG_POSS ||
      _ent_run_actor_of (run, ref->actors[0])->kind != ENT_ACTOR_KIND_STATE)
    return FALSE;
  /* "Haiti's armed gangs", "Mali's Islamist insurgents" */
  for (i++; i < run->last && i <= ref->last + 3; i++)
    {
      if (ent_word_set_contains (&once, heads, G_N_ELEMENTS (heads), run->tokens[i].hash))
        return TRUE;
      if (run->tokens[i].kind != ENT_TOKEN_WORD || _ent_run_tag (run, i) != ENT_TAG_NONE)
        return FALSE;
    }
  return FALSE;
}

/* "Mocimboa da Praia", "Ciudad de Panama": a seat after a capitalised
 * word and a particle ends a longer place name. */
static gboolean
inside_place_name (Run *run,
                   Ref *ref)
{
  guint p = ref->first;

  return ref->name_kind == ENT_NAME_SEAT && p >= run->first + 2 &&
         (_ent_run_is (run, p - 1, "da") || _ent_run_is (run, p - 1, "de") ||
          _ent_run_is (run, p - 1, "do") || _ent_run_is (run, p - 1, "del") ||
          _ent_run_is (run, p - 1, "di") || _ent_run_is (run, p - 1, "dos")) &&
         !(run->tokens[p - 1].flags & ENT_TOKEN_CAPITALISED) &&
         (run->tokens[p - 2].flags & ENT_TOKEN_CAPITALISED);
}

/* "the Gulf of Guinea", "the Sea of Japan", "the South China Sea": a
 * name inside the name of a sea names no actor. */
static gboolean
inside_sea_name (Run               *run,
                 const EntMention  *m)
{
  static const char *words[] = {
    "sea", "gulf", "bay", "strait", "straits", "ocean", "gulfs", "seas",
  };
  static EntWordMap *once;
  guint p = m->first, q = m->last;

  if (p >= run->first + 2 && _ent_run_is (run, p - 1, "of") &&
      (run->tokens[p - 2].flags & ENT_TOKEN_CAPITALISED) &&
      ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[p - 2].hash))
    return TRUE;
  return q < run->last && (run->tokens[q].flags & ENT_TOKEN_CAPITALISED) &&
         !(run->tokens[q].flags & ENT_TOKEN_HYPHEN_BEFORE) &&
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[q].hash);
}

/* "Jeb Bush", "Laura Bush": a person's one-word name after a given name
 * the dictionary does not know is someone else's; not after a title
 * ("President Bush") nor in a headline in title case. */
static gboolean
after_other_given_name (Run              *run,
                        const EntMention *m)
{
  guint p = m->first;

  return m->last == m->first + 1 && m->name_kind == ENT_NAME_ALIAS && p > run->first &&
         _ent_run_actor_of (run, m->actor)->kind == ENT_ACTOR_KIND_PERSON &&
         run->tokens[p - 1].kind == ENT_TOKEN_WORD &&
         (run->tokens[p - 1].flags & ENT_TOKEN_CAPITALISED) &&
         !(run->tokens[p].flags & (ENT_TOKEN_HYPHEN_BEFORE | ENT_TOKEN_LINE_BEFORE)) &&
         run->ref_at[p - 1 - run->first] < 0 && _ent_run_tag (run, p - 1) == ENT_TAG_NONE &&
         !_ent_run_title_case (run);
}

/* "Dagalo Street", "Trump Tower": a person's one-word name before a
 * capitalised noun of a place or a body names the place. */
static gboolean
inside_named_place (Run              *run,
                    const EntMention *m)
{
  static const char *words[] = {
    "street", "avenue", "road", "square", "boulevard", "highway", "bridge", "tower", "towers",
    "airport", "stadium", "hospital", "university", "foundation", "center", "centre", "dam",
    "mosque", "camp", "base", "park", "station", "hall", "institute", "school", "prize",
  };
  static EntWordMap *once;
  guint q = m->last;

  return m->last == m->first + 1 && q < run->last &&
         (run->tokens[q].flags & ENT_TOKEN_CAPITALISED) &&
         !(run->tokens[q].flags & (ENT_TOKEN_HYPHEN_BEFORE | ENT_TOKEN_ALL_CAPS)) &&
         _ent_run_actor_of (run, m->actor)->kind == ENT_ACTOR_KIND_PERSON &&
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[q].hash);
}

/* "Nazanin Zaghari-Ratcliffe": a person's name that ends a double-barrelled
 * surname is someone else's, and one that ends a place's ("Mazar-i-Sharif")
 * nobody's. */
static gboolean
inside_double_name (Run              *run,
                    const EntMention *m)
{
  guint p = m->first;

  return p > run->first && (run->tokens[p].flags & ENT_TOKEN_HYPHEN_BEFORE) &&
         run->tokens[p - 1].kind == ENT_TOKEN_WORD &&
         (run->tokens[p - 1].flags & (ENT_TOKEN_CAPITALISED | ENT_TOKEN_HYPHEN_BEFORE)) &&
         run->ref_at[p - 1 - run->first] < 0 &&
         _ent_run_actor_of (run, m->actor)->kind == ENT_ACTOR_KIND_PERSON;
}

/* "Anwar al-Awlaki", "Hamid Karzai" where "Hamid" named another: one word
 * of a person's name before a surname that is not theirs is someone else
 * who shares it. Not in a headline in title case ("Putin Warns West"). */
static gboolean
before_other_surname (Run              *run,
                      const EntMention *m)
{
  static const char *particles[] = { "al", "el", "bin", "ibn", "abu", "abd" };
  static EntWordMap *once;
  guint q = m->last;

  if (m->last != m->first + 1 || m->name_kind != ENT_NAME_ALIAS || q + 1 >= run->last ||
      _ent_run_actor_of (run, m->actor)->kind != ENT_ACTOR_KIND_PERSON ||
      (run->tokens[q].flags & (ENT_TOKEN_HYPHEN_BEFORE | ENT_TOKEN_LINE_BEFORE)))
    return FALSE;
  /* "al-Awlaki" */
  if (ent_word_set_contains (&once, particles, G_N_ELEMENTS (particles), run->tokens[q].hash) &&
      !(run->tokens[q].flags & ENT_TOKEN_CAPITALISED) &&
      (run->tokens[q + 1].flags & ENT_TOKEN_HYPHEN_BEFORE) &&
      (run->tokens[q + 1].flags & ENT_TOKEN_CAPITALISED))
    return TRUE;
  return run->tokens[q].kind == ENT_TOKEN_WORD &&
         (run->tokens[q].flags & ENT_TOKEN_CAPITALISED) &&
         !(run->tokens[q].flags & ENT_TOKEN_ALL_CAPS) && _ent_run_tag (run, q) == ENT_TAG_NONE &&
         !ent_gazetteer_may_match (run->name_starts, &run->tokens[q]) &&
         !_ent_run_title_case (run);
}

/* "in protest at Nairobi's decision": after "at", a possessor is the one
 * whose act is meant, not a place. */
static gboolean
at_possessor (Run *run,
              Ref *ref)
{
  return ref->first > run->first && ref->last < run->last &&
         _ent_run_is (run, ref->first - 1, "at") && _ent_run_tag (run, ref->last) == ENT_TAG_POSS;
}

/* "a Doha-based network", "the Geneva-based agency": a seat of where
 * something is, not of who acts. */
static gboolean
based_in (Run *run,
          Ref *ref)
{
  return ref->name_kind == ENT_NAME_SEAT && ref->last < run->last &&
         (run->tokens[ref->last].flags & ENT_TOKEN_HYPHEN_BEFORE) &&
         _ent_run_is (run, ref->last, "based");
}

/* "Jan.", "March": a month's name, as a dateline's date opens. */
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

/* Whether the sentence opens with a city in capitals and a comma before
 * the name at @at: "BENGHAZI, Libya, Sept 12 (Reuters) -". */
static gboolean
after_dateline_city (Run   *run,
                     guint  at)
{
  /* "UK, France, Germany slam Iran": a state's name is no city */
  if (at < run->first + 2 || at > run->first + 4 || !_ent_run_punct_is (run, at - 1, ",") ||
      _ent_run_ref_at (run, (int)run->first) != NULL)
    return FALSE;
  for (guint k = run->first; k + 1 < at; k++)
    if (run->tokens[k].kind != ENT_TOKEN_WORD || !(run->tokens[k].flags & ENT_TOKEN_ALL_CAPS))
      return FALSE;
  return TRUE;
}

/* "BAMAKO, Jan. 29 (Entente Wire) --": where the story was filed; the
 * state after a city of its own ("BENGHAZI, Libya, Sept 12 --") too. */
gboolean
_ent_run_is_dateline (Run *run,
                      Ref *ref)
{
  gboolean after_city = after_dateline_city (run, ref->first);
  guint k;

  if ((ref->first != run->first && !after_city) || ref->last >= run->last)
    return FALSE;
  for (k = ref->first; k < ref->last && !after_city; k++)
    if (run->tokens[k].kind == ENT_TOKEN_WORD && !(run->tokens[k].flags & ENT_TOKEN_ALL_CAPS))
      return FALSE;
  /* "ADEN -", "KYIV —", "MOSCOW (Reuters) -": a capital city in
   * capitals, not "NATO -" or "IRAN -", and a dash or the agency's name
   * in brackets before one */
  if (!after_city && !_ent_run_punct_is (run, ref->last, ","))
    {
      guint q = ref->last;

      if (ref->name_kind != ENT_NAME_SEAT)
        return FALSE;
      if (_ent_run_punct_is (run, q, "(") && q + 3 < run->last &&
          (run->tokens[q + 1].flags & ENT_TOKEN_CAPITALISED) && _ent_run_punct_is (run, q + 2, ")"))
        q += 3;
      return _ent_run_is_dash (run, q) || _ent_run_punct_is (run, q, "-");
    }
  if (!_ent_run_punct_is (run, ref->last, ","))
    return FALSE;
  /* "TEHRAN, Nov. 23 (Reuters) --", "KYIV, Ukraine --", but not the
   * headline "US, Japan vow to counter China, Russia": a date, a source
   * in brackets or a dash follows soon. */
  for (k = ref->last + 1; k < run->last && k < ref->last + 8; k++)
    if (run->tokens[k].kind == ENT_TOKEN_NUMBER || _ent_run_punct_is (run, k, "(-") ||
        _ent_run_is_dash (run, k) || is_month (run, k))
      return TRUE;
  return FALSE;
}

/* "seized New Zealand pilot Philip Mehrtens", "detained U.S. journalist
 * Evan Gershkovich": a state's name before a word for a person of it
 * names the person, not the state. */
static gboolean
names_a_national (Run   *run,
                  Ref   *ref,
                  guint  actor)
{
  static const char *words[] = {
    "pilot", "pilots", "journalist", "journalists", "reporter", "reporters", "photographer",
    "tourist", "tourists", "citizen", "citizens", "national", "nationals", "engineer",
    "engineers", "teacher", "nurse", "doctor", "missionary", "missionaries", "student",
    "students", "businessman", "businessmen", "businesswoman", "academic", "researcher",
    "hostage", "hostages",
  };
  static EntWordMap *once;

  /* the person's own name after the noun: not "U.S. student visa
   * restrictions", "train Ukraine pilots", "U.S. national interests" */
  return ref->name_kind == ENT_NAME_ALIAS && ref->last + 1 < run->last &&
         _ent_run_actor_of (run, actor)->kind == ENT_ACTOR_KIND_STATE &&
         !(run->tokens[ref->last].flags & ENT_TOKEN_CAPITALISED) &&
         ent_word_set_contains (&once, words, G_N_ELEMENTS (words), run->tokens[ref->last].hash) &&
         run->tokens[ref->last + 1].kind == ENT_TOKEN_WORD &&
         (run->tokens[ref->last + 1].flags & ENT_TOKEN_CAPITALISED);
}

/* Whether the name @m found is a word of another name: the sea's in "the
 * Sea of Japan", the end of a double-barrelled surname, the given name of
 * someone else, a street's, a surname after another given name. */
gboolean
_ent_run_inside_other_name (Run              *run,
                            const EntMention *m)
{
  return inside_sea_name (run, m) || inside_double_name (run, m) || before_other_surname (run, m) ||
         inside_named_place (run, m) || after_other_given_name (run, m);
}

/* Whether @ref, a name of @actor, names a place or a thing rather than
 * the actor in this sentence. */
gboolean
_ent_run_names_place (Run   *run,
                      Ref   *ref,
                      guint  actor)
{
  return (preceded_by_location (run, ref->first, ref->name_kind, actor) &&
          !at_possessor (run, ref)) ||
         names_a_thing (run, ref) || inside_place_name (run, ref) || posted_to (run, ref) ||
         based_in (run, ref) || owns_armed_group (run, ref) || names_a_national (run, ref, actor);
}

/* "recognised Georgia's breakaway regions of Abkhazia and South Ossetia",
 * "refused to recognise Georgia's breakaway regions": what is recognised
 * is the regions, not the state whose they are. TRUE when the one target
 * of @at is such a state; @targets then holds the regions named after
 * "of", if any (none: n is 0). */
gboolean
_ent_run_breakaway_recognised (Run         *run,
                               const CueAt *at,
                               Group       *targets)
{
  static const char *kinds[] = {
    "breakaway", "separatist", "rebel", "renegade", "secessionist", "self-proclaimed",
    "self-declared", "occupied",
  };
  static const char *lands[] = {
    "region", "regions", "republic", "republics", "province", "provinces", "enclave",
    "enclaves", "territory", "territories", "entity", "entities", "state", "states",
  };
  static EntWordMap *kind_set, *land_set;
  Ref *owner;
  guint p;

  if (!_ent_starts_with (at->cue->phrase, "recogni") || targets->coref || targets->n != 1 ||
      (owner = _ent_run_ref_at (run, (int)targets->first)) == NULL || !owner->possessive)
    return FALSE;
  /* "two breakaway regions", "two Georgian breakaway regions" */
  for (p = owner->last + 1; p < run->last && (_ent_run_tag (run, p) == ENT_TAG_ADJ ||
                                               run->tokens[p].kind == ENT_TOKEN_NUMBER ||
                                               _ent_run_is (run, p, "two")); p++)
    ;
  if (p + 1 >= run->last ||
      !ent_word_set_contains (&kind_set, kinds, G_N_ELEMENTS (kinds), run->tokens[p].hash))
    return FALSE;
  for (p++; p < run->last && _ent_run_tag (run, p) == ENT_TAG_ADJ; p++)
    ;
  if (p >= run->last ||
      !ent_word_set_contains (&land_set, lands, G_N_ELEMENTS (lands), run->tokens[p].hash))
    return FALSE;
  _ent_run_group_init (targets);
  if (p + 2 < run->last && _ent_run_is (run, p + 1, "of"))
    _ent_run_complement_after (run, p + 2, targets);
  return TRUE;
}

