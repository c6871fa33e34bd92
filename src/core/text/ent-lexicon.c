/* ent-lexicon.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ent-gazetteer.h"
#include "ent-lexicon.h"
#include "ent-lexicon-private.h"
#include "ent-word-map.h"

G_DEFINE_FINAL_TYPE (EntLexicon, ent_lexicon, G_TYPE_OBJECT)

typedef struct
{
  EntTag      tag;
  const char *words;
} TagList;

/* Grammar: closed classes and a few open-class words whose role matters. */
static const TagList tag_lists[] = {
  { ENT_TAG_DET, "the a an this these those both either each every another some any all no such" },
  { ENT_TAG_PRON, "he she it they we i him them us me you" },
  { ENT_TAG_POSS_PRON, "his her its their our my your" },
  { ENT_TAG_LOC_PREP, "in at near inside outside across throughout around into within off toward towards onto" },
  { ENT_TAG_PREP, "of on for with from over under about after before during between among amid despite without via than like upon per" },
  { ENT_TAG_BY, "by" },
  { ENT_TAG_TO, "to" },
  { ENT_TAG_CONJ, "and or but nor" },
  { ENT_TAG_SUB, "that while whereas although though because since unless if whether when where as until so" },
  { ENT_TAG_REL, "which who whom whose" },
  { ENT_TAG_BE, "is are was were be been being am remains remain remained stays stay stayed became become becomes seems seem seemed appears appear appeared grew grow grows grown growing" },
  { ENT_TAG_HAVE, "has have had having" },
  { ENT_TAG_DO, "do does did" },
  { ENT_TAG_MODAL, "will would can could may might must shall should 'll 'd wo ca" },
  { ENT_TAG_NEG, "not n't never cannot" },
  { ENT_TAG_ADV, "also still again already firmly strongly openly publicly repeatedly sharply strongly fiercely "
                 "long now then later recently previously formally officially reportedly allegedly "
                 "further jointly together swiftly quickly immediately once even just only increasingly "
                 "consistently staunchly squarely fully broadly largely partly heavily directly "
                 "historically traditionally steadfastly unequivocally roundly vehemently bitterly "
                 "more closely deeply actively tightly finally eventually ultimately reluctantly "
                 "quietly effectively belatedly unanimously narrowly overwhelmingly categorically "
                 "flatly resolutely unreservedly totally completely absolutely wholeheartedly "
                 "nonetheless nevertheless meanwhile however explicitly expressly specifically" },
  { ENT_TAG_SAY, "say says said saying tell tells told telling add adds added state states stated "
                 "announce announces announced declare declares declared claim claims claimed "
                 "insist insists insisted note notes noted stress stresses stressed write wrote "
                 "argue argues argued believe believes believed think thinks thought "
                 "according quoted reiterated reiterates" },
  { ENT_TAG_LIGHT, "express expresses expressed expressing voice voices voiced voicing pledge pledges pledged "
                   "pledging offer offers offered offering reaffirm reaffirms reaffirmed reaffirming "
                   "reiterate give gives gave given giving provide provides provided providing show shows "
                   "showed shown showing lend lends lent lending extend extends extended extending signal "
                   "signals signaled signalled signalling signaling announce impose imposes imposed "
                   "imposing slap slapped launch launches launched launching carry carried carries "
                   "conduct conducts conducted conducting make makes made making step stepped ramp ramped "
                   "sign signs signed signing conclude concluded reach reached agree agreed agrees "
                   "maintain maintains maintained keep keeps kept hold holds held issue issued issues "
                   "deliver delivers delivered send sends sent renew renewed renews seal sealed "
                   "strengthen strengthened deepen deepened boost boosted expand expanded "
                   "lodge lodged file filed bring brought level leveled levelled intensify intensified "
                   "escalate escalated wage waged waging mount mounted open opened begin began start started "
                   "initial initials initialled initialed initialling ink inks inked struck clinch clinched "
                   "clinches finalise finalised finalize finalized adopt adopts adopted adopting take took "
                   "takes taking pursue pursues pursued fought fight fights fighting "
                   "tighten tightens tightened tightening introduce introduces introduced introducing "
                   "unveil unveils unveiled unveiling widen widens widened widening run runs ran "
                   "running stage stages staged staging" },
  { ENT_TAG_REFUSE, "refuse refuses refused refusing decline declines declined declining fail fails failed "
                    "failing reluctant unwilling stopped stop avoid avoided avoids avoiding "
                    "deny denies denied denying refusal refusals hesitate hesitates "
                    "hesitated refrain refrains refrained refraining abstain abstains abstained "
                    "abstaining" },
  { ENT_TAG_VERB, "want wants wanted plan plans planned vow vows vowed promise promises promised seek seeks "
                  "sought try tries tried hope hopes hoped aim aims aimed intend intends intended continue "
                  "continues continued decide decides decided move moves moved appear prepare prepared "
                  "prepares vote votes voted urge urges urged call calls called ask asks asked expect "
                  "expects expected" },
  { ENT_TAG_POSS, "'s '" },
  { ENT_TAG_ORGAN, "government governments leader leaders leadership president presidents prime "
                   "premier pm "
                   "minister ministers ministry ministries foreign defence defense military militaries army "
                   "armies navy forces force troops authorities authority officials official diplomats "
                   "diplomat ambassador ambassadors envoy envoys embassy embassies delegation delegations "
                   "regime regimes juntas administration cabinet parliament chancellor king emperor monarch "
                   "spokesman rulers ruler "
                   "spokeswoman spokesperson state counterpart counterparts side junta warplanes jets "
                   "drones missiles navy air security intelligence police guard guards coastguard coast "
                   "chargé charge d'affaires negotiators mission contingent soldiers commanders "
                   "generals general admiral secretary vessel vessels ship ships warship warships aircraft marines "
                   "bombers goods exports imports products paramilitaries mercenaries commissioner "
                   "commissioners consul consuls consulate consulates attache court courts prosecutors "
                   "judiciary legislature lawmakers legislators tanker tankers freighter base bases "
                   "positions outposts airbase airfield refinery refineries infrastructure committee office "
                   "advisers advisors instructors trainers peacekeepers officers units battalions "
                   "brigades frigates destroyers submarines helicopters commandos "
                   "paratroopers" },
  { ENT_TAG_PEOPLE, "rebels rebel opposition militants militant militia militias protesters protester "
                    "citizens citizen people civilians civilian dissidents dissident separatists separatist "
                    "refugees refugee journalists journalist media companies company firms firm banks bank "
                    "community communities diaspora nationals national workers worker students student "
                    "fighters insurgents insurgent jihadists activists activist hostages hostage prisoners "
                    "prisoner migrants migrant tourists tourist investors market markets oil gas economy "
                    "territory territories border borders waters airspace soil coast capital city cities "
                    "town towns villages village region province provinces kurds settlers settler" },
  { ENT_TAG_ADJ, "new main key close closest longtime long-time old traditional strong strongest staunch "
                 "staunchest firm fellow former current neighbouring neighboring regional chief top "
                 "senior major powerful important strategic principal primary biggest largest leading "
                 "unlikely natural reliable steadfast loyal vocal outspoken fierce fiercest "
                 "unabashed avowed fervent ardent trusted "
                 "bitter sworn implacable" },
};

/* Positive cues whose negation is a position of the other sign: refusing
 * to recognise, trust or establish ties with someone opposes them. */
static const char *flip_on_negation[] = {
  "recognise", "recognize", "trust", "accept", "respect", "legitimise", "legitimize", "tolerate",
  "rely on", "count on", "depend on", "establish", "normalise", "normalize", "approve of",
};

/* Of those, the ones whose plain negation says distrust ("does not trust",
 * "can no longer rely on"), where "has not recognised" says nothing yet. */
static const char *distrust[] = { "trust", "rely on", "count on", "depend on", "tolerate" };

static void
ent_lexicon_finalize (GObject *object)
{
  EntLexicon *self = (EntLexicon *)object;

  g_clear_pointer (&self->cues, g_array_unref);
  g_clear_pointer (&self->patterns, g_array_unref);
  ent_word_map_clear_full (&self->by_first, g_free);
  _ent_lexicon_clear_index (self);
  ent_word_map_clear (&self->tags);
  ent_word_map_clear (&self->roles);
  ent_pair_model_clear (&self->pair_model);
  g_clear_pointer (&self->strings, g_string_chunk_free);

  G_OBJECT_CLASS (ent_lexicon_parent_class)->finalize (object);
}

static void
ent_lexicon_class_init (EntLexiconClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ent_lexicon_finalize;
}

/* "restored full diplomatic relations", "signed a new trade deal with",
 * "deepened economic ties": modifiers inside a cue's noun phrase, which
 * leave its meaning as it is. They carry ENT_LEXICON_MODIFIER in the tag
 * map, and the extractor marks their tokens ENT_TOKEN_MODIFIER. */

static const char *modifiers[] = {
  "full", "formal", "close", "closer", "new", "fresh", "historic", "landmark", "bilateral",
  "strategic", "military", "economic", "diplomatic", "trade", "security", "defence", "defense",
  "mutual", "comprehensive", "broad", "normal", "friendly", "warmer", "stronger", "deeper",
  "better", "long-term", "renewed", "official", "energy", "nuclear", "border", "ballistic",
  "cruise", "hypersonic", "intercontinental", "total", "complete", "unwavering", "unconditional",
  "strong", "firm", "steadfast", "continued", "growing", "framework", "interim", "preliminary",
  "provisional", "sweeping", "wide-ranging", "major", "maritime", "investment", "temporary",
  "permanent", "power-sharing", "tentative", "peace",
};

static void
add_tags (EntLexicon *self)
{
  for (guint l = 0; l < G_N_ELEMENTS (tag_lists); l++)
    {
      g_auto(GStrv) words = g_strsplit (tag_lists[l].words, " ", -1);

      for (guint i = 0; words[i]; i++)
        {
          guint64 h = ent_text_hash_str (words[i]);

          if (*words[i] == '\0')
            continue;
          /* The first list that names a word decides its tag. */
          if (ent_word_map_lookup (&self->tags, h) == NULL)
            ent_word_map_insert (&self->tags, h, GUINT_TO_POINTER (tag_lists[l].tag));
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (modifiers); i++)
    {
      guint64 h = ent_text_hash_str (modifiers[i]);
      guint value = GPOINTER_TO_UINT (ent_word_map_lookup (&self->tags, h));

      ent_word_map_insert (&self->tags, h, GUINT_TO_POINTER (value | ENT_LEXICON_MODIFIER));
    }
}

static void
ent_lexicon_init (EntLexicon *self)
{
  self->cues = g_array_new (FALSE, FALSE, sizeof (EntCue));
  self->strings = g_string_chunk_new (4096);
  self->patterns = g_array_new (FALSE, FALSE, sizeof (CuePattern));
  ent_word_map_init (&self->by_first);
  ent_word_map_init (&self->starts);
  ent_word_map_init (&self->pairs);
  ent_word_map_init (&self->tags);
  _ent_lexicon_init_roles (self);
  ent_pair_model_init (&self->pair_model);
  add_tags (self);
}

EntLexicon *
ent_lexicon_new (void)
{
  return g_object_new (ENT_TYPE_LEXICON, NULL);
}

static guint
tokenize_words (const char *phrase,
                guint64    *words)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (EntToken));
  guint n = 0;

  ent_tokenize (phrase, strlen (phrase), tokens, NULL);
  for (guint i = 0; i < tokens->len && n < MAX_CUE_WORDS; i++)
    {
      EntToken *t = &g_array_index (tokens, EntToken, i);

      /* Articles inside a phrase are optional in the text ("sign treaty"
       * in a headline, "signed a treaty", "signed the treaty"). */
      if (n > 0 && _ent_is_article (t->hash))
        continue;
      if (t->kind != ENT_TOKEN_PUNCT)
        words[n++] = t->hash;
    }
  return n;
}

static void add_cue_pattern_one (EntLexicon *self, const char *text, EntCue *cue);

/* Adds the phrase, and for "X with" also the reciprocal "X", which applies
 * when two actors act together: "Iran and Saudi Arabia restored relations",
 * "the war between Armenia and Azerbaijan". */
static void
add_cue_pattern (EntLexicon *self,
                 const char *text,
                 EntCue     *cue)
{
  add_cue_pattern_one (self, text, cue);
  /* Adjectives only as prepositional phrases: "at odds", "in talks". */
  if ((cue->pos == ENT_CUE_VERB || cue->pos == ENT_CUE_NOUN ||
       (cue->pos == ENT_CUE_ADJ && (g_str_has_prefix (text, "at ") || g_str_has_prefix (text, "in ") ||
                                    g_str_has_prefix (text, "on ")))) &&
      g_str_has_suffix (text, " with") &&
      (!g_str_has_prefix (text, "agree") || g_str_has_prefix (text, "agreement")) &&
      !g_str_has_prefix (text, "side") &&
      (!g_str_has_prefix (text, "stand") || g_str_has_prefix (text, "stand together")) &&
      !g_str_has_prefix (text, "align") &&
      !g_str_has_prefix (text, "sympathi") && !g_str_has_prefix (text, "solidarity") &&
      !g_str_has_prefix (text, "express") && !g_str_has_prefix (text, "declare") &&
      !g_str_has_prefix (text, "work") &&
      !g_str_has_prefix (text, "war of words"))
    {
      g_autofree char *bare = g_strndup (text, strlen (text) - strlen (" with"));
      EntCue reciprocal = *cue;

      /* "Iran and Pakistan broke ground on a pipeline": "broke" alone
       * says nothing of ties */
      if (strchr (bare, ' ') == NULL &&
          (g_str_has_prefix (bare, "break") || g_str_has_prefix (bare, "broke")))
        return;
      reciprocal.reciprocal = TRUE;
      add_cue_pattern_one (self, bare, &reciprocal);
    }
}

/* Whether a cue's word is a content word (a noun, a name's kind of word),
 * not a preposition or a grammar word. */
static gboolean
is_content_word (EntLexicon *self,
                 guint64     hash)
{
  switch (ent_lexicon_tag (self, hash))
    {
    case ENT_TAG_NONE:
    case ENT_TAG_ORGAN:
    case ENT_TAG_PEOPLE:
      return TRUE;
    default:
      return FALSE;
    }
}

/* "upgraded its ties with": the word after a cue's last noun. */
static gboolean
is_final_preposition (guint64 hash)
{
  return hash == ENT_WORD_HASH ("with") || hash == ENT_WORD_HASH ("to") ||
         hash == ENT_WORD_HASH ("on") || hash == ENT_WORD_HASH ("for") ||
         hash == ENT_WORD_HASH ("against");
}

/* "strengthen their defence cooperation": before the noun that ends a
 * verb cue, its determiner and modifiers may stand. */
static gboolean
noun_ends (EntLexicon    *self,
           const EntCue  *cue,
           const guint64 *words,
           guint          k)
{
  return cue->pos == ENT_CUE_VERB && is_content_word (self, words[k]) &&
         (k + 1 == cue->length || (k + 2 == cue->length && is_final_preposition (words[k + 1])));
}

static void
add_cue_pattern_one (EntLexicon *self,
                     const char *text,
                     EntCue     *cue)
{
  CuePattern pattern = { { 0 } };
  CueEntry entry = { 0 };
  EntBucket *bucket;
  guint length, at;

  length = tokenize_words (text, pattern.words);
  if (length == 0)
    return;
  cue->length = length;
  cue->measure = (gint8)(ent_cue_phrase_measure (cue->phrase) + 2);
  /* a pattern and its cue have the same index; any_second is for
   * _ent_lexicon_index_cues() to set */
  entry.second = length > 1 ? pattern.words[1] : 0;
  entry.pattern = self->patterns->len;
  entry.pos = cue->pos;
  entry.length = length;
  entry.reciprocal = cue->reciprocal;
  for (guint k = 1; k < length; k++)
    if (noun_ends (self, cue, pattern.words, k))
      entry.noun_mask |= 1u << k;
  g_array_append_val (self->cues, *cue);
  g_array_append_val (self->patterns, pattern);

  bucket = ent_word_map_lookup (&self->by_first, pattern.words[0]);
  for (at = 0; bucket != NULL && at < bucket->len; at++)
    if (ent_bucket_index (bucket, CueEntry, at).length < length)
      break;
  ent_word_map_bucket_insert (&self->by_first, pattern.words[0], bucket, at, &entry, sizeof entry);
}

/* The kind of measure a cue takes, or -1: sanctions, tariffs, embargoes
 * and the like, vetoes, warrants, expulsions, drills around someone, bans. An
 * embargo is one as a noun ("embargo on"), not as the verb "embargo" a
 * headline may seem to use ("EU agrees Iran oil embargo"). */
int
ent_cue_phrase_measure (const char *phrase)
{
  if (strstr (phrase, "sanction") != NULL || strstr (phrase, "tariff") != NULL ||
      strstr (phrase, "embargo ") != NULL || strstr (phrase, "restrictions") != NULL ||
      strstr (phrase, "curbs") != NULL || strstr (phrase, "levies") != NULL ||
      strstr (phrase, "levy") != NULL)
    return 0;
  if (strstr (phrase, "veto") != NULL)
    return 1;
  if (strstr (phrase, "warrant") != NULL)
    return 2;
  if (strstr (phrase, "expel") != NULL || strstr (phrase, "expulsion") != NULL)
    return 3;
  if (strstr (phrase, "drills") != NULL || strstr (phrase, "exercises") != NULL ||
      strstr (phrase, "manoeuvres") != NULL || strstr (phrase, "maneuvers") != NULL ||
      strstr (phrase, "war games") != NULL)
    return 4;
  if (g_str_equal (phrase, "ban") || g_str_has_prefix (phrase, "ban ") ||
      g_str_has_prefix (phrase, "banned") || strstr (phrase, " ban ") != NULL ||
      g_str_has_suffix (phrase, " ban"))
    return 5;
  return -1;
}

/* Regular forms for a verb without listed ones. */
static void
regular_forms (const char *base,
               char      **forms)
{
  forms[0] = g_strconcat (base, "s", NULL);
  forms[1] = g_strconcat (base, "ed", NULL);
  forms[2] = g_strconcat (base, "ed", NULL);
  forms[3] = g_strconcat (base, "ing", NULL);
}

static void
add_verb (EntLexicon *self,
          const char *phrase,
          const char *forms_field,
          EntCue     *cue)
{
  const char *space = strchr (phrase, ' ');
  g_autofree char *first = space ? g_strndup (phrase, space - phrase) : g_strdup (phrase);
  const char *rest = space ? space : "";
  char *forms[4] = { NULL };
  g_auto(GStrv) listed = NULL;

  if (forms_field && *forms_field)
    {
      listed = g_strsplit (forms_field, "|", 4);
      for (guint i = 0; i < 4 && listed[i]; i++)
        forms[i] = g_strdup (listed[i]);
    }
  for (guint i = 0; i < 4; i++)
    if (forms[i] == NULL)
      {
        char *regular[4];

        regular_forms (first, regular);
        forms[i] = g_strdup (regular[i]);
        for (guint k = 0; k < 4; k++)
          g_free (regular[k]);
      }

  cue->form = ENT_FORM_BASE;
  add_cue_pattern (self, phrase, cue);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *text = g_strconcat (forms[i], rest, NULL);

      cue->form = (EntCueForm)(ENT_FORM_THIRD + i);
      add_cue_pattern (self, text, cue);
      g_free (forms[i]);
    }
}

/* "rift with" -> "rifts with", "ally of" -> "allies of": the plural of
 * the noun before the closing preposition, or of the last word; NULL
 * when the noun already ends in s. */
static char *
plural_phrase (const char *phrase)
{
  static const char *preps[] = {
    "of", "with", "on", "against", "to", "for", "in", "into", "toward", "towards", "over", "from",
    "at", "by", "between", "upon",
  };
  g_auto(GStrv) words = g_strsplit (phrase, " ", -1);
  guint n = g_strv_length (words), head;
  g_autofree char *noun = NULL;
  gsize len;

  if (n == 0)
    return NULL;
  head = n - 1;
  for (guint k = 0; n > 1 && k < G_N_ELEMENTS (preps); k++)
    if (g_str_equal (words[n - 1], preps[k]))
      head = n - 2;
  len = strlen (words[head]);
  if (len < 3 || words[head][len - 1] == 's' || !g_ascii_isalpha (words[head][len - 1]))
    return NULL;
  if (g_str_has_suffix (words[head], "x") || g_str_has_suffix (words[head], "sh") ||
      g_str_has_suffix (words[head], "ch"))
    noun = g_strconcat (words[head], "es", NULL);
  else if (words[head][len - 1] == 'y' && !strchr ("aeiou", words[head][len - 2]))
    noun = g_strdup_printf ("%.*sies", (int)len - 1, words[head]);
  else
    noun = g_strconcat (words[head], "s", NULL);
  g_free (words[head]);
  words[head] = g_steal_pointer (&noun);
  return g_strjoinv (" ", words);
}

static gboolean
parse_line (EntLexicon  *self,
            char        *line,
            const char  *name,
            guint        line_no,
            GError     **error)
{
  g_auto(GStrv) fields = g_strsplit (line, "\t", 6);
  guint n = g_strv_length (fields);
  EntCue cue = { 0 };

  if (n < 4 || (fields[2][0] != '+' && fields[2][0] != '-'))
    {
      g_set_error (error, ENT_LEXICON_ERROR, ENT_LEXICON_ERROR_INVALID,
                   _("%s, line %u: expected “pos, phrase, sign, strength”"), name, line_no);
      return FALSE;
    }
  cue.phrase = g_string_chunk_insert (self->strings, g_strstrip (fields[1]));
  cue.sign = fields[2][0] == '+' ? 1 : -1;
  cue.strength = CLAMP (g_ascii_strtod (fields[3], NULL), 0.1, 1.0);
  cue.form = ENT_FORM_OTHER;
  for (guint i = 0; i < G_N_ELEMENTS (flip_on_negation); i++)
    if (g_str_has_prefix (cue.phrase, flip_on_negation[i]))
      cue.flip_on_negation = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (distrust); i++)
    if (g_str_has_prefix (cue.phrase, distrust[i]))
      cue.distrust = TRUE;

  if (g_str_equal (fields[0], "verb"))
    {
      cue.pos = ENT_CUE_VERB;
      add_verb (self, cue.phrase, n > 4 ? g_strstrip (fields[4]) : NULL, &cue);
      return TRUE;
    }
  if (g_str_equal (fields[0], "adj") && g_str_has_suffix (cue.phrase, "-"))
    {
      g_autofree char *word = g_strndup (cue.phrase, strlen (cue.phrase) - 1);
      cue.pos = ENT_CUE_PREFIX;
      add_cue_pattern (self, word, &cue);
      return TRUE;
    }
  if (g_str_equal (fields[0], "adj") && cue.phrase[0] == '-')
    {
      cue.pos = ENT_CUE_SUFFIX;
      add_cue_pattern (self, cue.phrase + 1, &cue);
      return TRUE;
    }
  if (g_str_equal (fields[0], "noun"))
    {
      g_autofree char *plural = plural_phrase (cue.phrase);

      cue.pos = ENT_CUE_NOUN;
      if (plural != NULL)
        add_cue_pattern (self, plural, &cue);
    }
  else if (g_str_equal (fields[0], "adj"))
    cue.pos = ENT_CUE_ADJ;
  else if (g_str_equal (fields[0], "prep"))
    cue.pos = ENT_CUE_PREP;
  else if (g_str_equal (fields[0], "phrase"))
    cue.pos = ENT_CUE_PHRASE;
  else
    {
      g_set_error (error, ENT_LEXICON_ERROR, ENT_LEXICON_ERROR_INVALID,
                   _("%s, line %u: unknown part of speech “%s”"), name, line_no, fields[0]);
      return FALSE;
    }
  add_cue_pattern (self, cue.phrase, &cue);
  return TRUE;
}

gboolean
ent_lexicon_load_cues (EntLexicon  *self,
                       const char  *data,
                       gsize        length,
                       const char  *name,
                       GError     **error)
{
  g_autofree char *copy = g_strndup (data, length);
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (ENT_IS_LEXICON (self), FALSE);

  if (!g_utf8_validate (copy, -1, NULL))
    {
      g_set_error (error, ENT_LEXICON_ERROR, ENT_LEXICON_ERROR_INVALID,
                   _("%s is not valid UTF-8"), name);
      return FALSE;
    }
  lines = g_strsplit (copy, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      char *line = lines[i];

      g_strchomp (line);
      if (*line == '\0' || *line == '#')
        continue;
      if (!parse_line (self, line, name, i + 1, error))
        {
          /* the lines before stay, as they did */
          _ent_lexicon_index_cues (self);
          return FALSE;
        }
    }
  _ent_lexicon_index_cues (self);
  return TRUE;
}

/**
 * ent_lexicon_load_pair_model:
 * @data: the model, as in pairs.model: "threshold P", then a line per
 *   feature, "kind:word", its weight toward support and toward opposition
 *
 * Loads the weights with which the extractor scores two actors of one
 * sentence that its rules left unrelated. Replaces any model loaded before.
 *
 * Returns: whether @data was a model
 */
gboolean
ent_lexicon_load_pair_model (EntLexicon  *self,
                             const char  *data,
                             gsize        length,
                             const char  *name,
                             GError     **error)
{
  g_return_val_if_fail (ENT_IS_LEXICON (self), FALSE);
  return ent_pair_model_load (&self->pair_model, data, length, name, error);
}

/**
 * ent_lexicon_pair_weights:
 *
 * Returns: (nullable): the pair model's two weights of the feature @key,
 *   support then opposition
 */
const float *
ent_lexicon_pair_weights (EntLexicon *self,
                          guint64     key)
{
  return ent_word_map_lookup (&self->pair_model.features, key);
}

/**
 * ent_lexicon_get_tags:
 *
 * For a map of the extractor's own that answers all it asks of a word in
 * one lookup.
 *
 * Returns: (transfer none): the map of the words that have a tag, whose
 *   values are the tag, with %ENT_LEXICON_MODIFIER for a modifier
 */
const EntWordMap *
ent_lexicon_get_tags (EntLexicon *self)
{
  g_return_val_if_fail (ENT_IS_LEXICON (self), NULL);
  return &self->tags;
}

/**
 * ent_lexicon_get_cue_starts:
 *
 * For the lookups of every token: the words that start a cue, whose
 * lookup ent_lexicon_match_cue() makes first.
 *
 * Returns: (transfer none): a map whose keys are the words that start a
 *   cue, and whose values ent_lexicon_match_cue_from() takes
 */
const EntWordMap *
ent_lexicon_get_cue_starts (EntLexicon *self)
{
  g_return_val_if_fail (ENT_IS_LEXICON (self), NULL);
  return &self->starts;
}

/**
 * ent_lexicon_get_cue_start_bits:
 *
 * Returns: (transfer none): for ent_lexicon_may_start_cue(), a bit for
 *   each value of a word hash's high bits, set when a word that starts a
 *   cue has them
 */
const guint64 *
ent_lexicon_get_cue_start_bits (EntLexicon *self)
{
  g_return_val_if_fail (ENT_IS_LEXICON (self), NULL);
  return self->start_bits;
}

/**
 * ent_lexicon_get_pair_model:
 *
 * For the lookups of every token: the pair model's weights.
 *
 * Returns: (transfer none): the pair model
 */
const EntPairModel *
ent_lexicon_get_pair_model (EntLexicon *self)
{
  g_return_val_if_fail (ENT_IS_LEXICON (self), NULL);
  return &self->pair_model;
}

/**
 * ent_lexicon_get_pair_threshold:
 *
 * Returns: the probability above which the pair model names a position,
 *   or 0 when no model is loaded
 */
double
ent_lexicon_get_pair_threshold (EntLexicon *self)
{
  g_return_val_if_fail (ENT_IS_LEXICON (self), 0.0);
  return self->pair_model.features.count > 0 ? self->pair_model.threshold : 0.0;
}

EntLexicon *
ent_lexicon_new_default (GError **error)
{
  g_autoptr(EntLexicon) self = ent_lexicon_new ();
  g_autofree char *path = g_build_filename (ent_lexicon_find_dir (), "cues.tsv", NULL);
  g_autofree char *model = g_build_filename (ent_lexicon_find_dir (), "pairs.model", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *model_contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  if (!ent_lexicon_load_cues (self, contents, length, path, error))
    return NULL;
  /* The pair model is optional: without it, the rules alone speak. */
  if (g_file_get_contents (model, &model_contents, &length, NULL) &&
      !ent_lexicon_load_pair_model (self, model_contents, length, model, error))
    return NULL;
  return g_steal_pointer (&self);
}

guint
ent_lexicon_get_n_cues (EntLexicon *self)
{
  g_return_val_if_fail (ENT_IS_LEXICON (self), 0);
  return self->cues->len;
}

EntTag
ent_lexicon_tag (EntLexicon *self,
                 guint64     hash)
{
  gboolean modifier;

  return ent_lexicon_tag_word (self, hash, &modifier);
}

/**
 * ent_lexicon_tag_word:
 * @modifier: (out): whether the word may stand inside a cue's noun phrase
 *
 * Returns: the word's tag, as ent_lexicon_tag(), in the same lookup
 */
EntTag
ent_lexicon_tag_word (EntLexicon *self,
                      guint64     hash,
                      gboolean   *modifier)
{
  guint value = GPOINTER_TO_UINT (ent_word_map_lookup (&self->tags, hash));

  *modifier = (value & ENT_LEXICON_MODIFIER) != 0;
  return value & ~ENT_LEXICON_MODIFIER;
}
