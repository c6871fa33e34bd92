/* ent-gazetteer.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ent-gazetteer-private.h"
#include "ent-word-map.h"

#define MAX_PATTERN 12
#define MIN_FUZZY ENT_GAZETTEER_MIN_FUZZY
#define MAX_FUZZY 64  /* a word this long is no name misspelt */

/*
 * Names are matched as sequences of normalised words (see ent_text_hash),
 * longest first, from an index on the first word. A pattern word written
 * with a capital must be capitalised in the text, and a short all-capitals
 * abbreviation must be in capitals, so that "US" is not "us" and "Chad"
 * is not "chad". A pattern's words are words[first_word, first_word +
 * length) of the gazetteer's one array of words.
 */
typedef struct
{
  guint        first_word;
  guint8       length;
  guint8       priority;
  guint16      capital_mask;  /* word i must be capitalised */
  guint16      caps_mask;     /* word i must be all capitals */
  guint        actor;
  EntNameKind  name_kind;
} Pattern;

/* A pattern in its first word's bucket, with its second word (0 for a
 * name of one word): the order, longest first, in which they are tried. */
typedef struct
{
  guint   index;
  guint64 second;
} Entry;

/* What matching reads of a pattern, kept in the buckets it is matched
 * from so that it needs no other read for a name of one or two words:
 * its words past the @known ones are words[rest, ...). */
typedef struct
{
  guint    actor;
  guint    rest;
  guint16  capital_mask;
  guint16  caps_mask;
  guint8   length;
  guint8   name_kind;
  guint8   known;  /* the first words its bucket's key has matched */
} Name;

/* Bit 0 of a word map's value that holds a name itself, see pack_name():
 * a bucket's address never has it. */
#define PACKED 1

/*
 * A key of starts.map or by_pair whose names are one name with no word
 * past those the key matched (every name of one word, as no two share
 * their words, and most of two) keeps the name in place of a bucket,
 * which matching then does not read, a cache miss: bit 0 set, its length
 * (0 for a word that starts longer names only), kind of name, capital
 * and caps masks, and its actor in the high half.
 */
static gpointer
pack_name (const Name *name)
{
  g_assert (name->length <= 2 && name->known == name->length && name->capital_mask < 4 &&
            name->caps_mask < 4 && name->name_kind < 8);
  return (gpointer)(guintptr)(PACKED | (guint64)name->length << 1 | (guint64)name->name_kind << 3 |
                              (guint64)name->capital_mask << 6 | (guint64)name->caps_mask << 8 |
                              (guint64)name->actor << 32);
}

static inline Name
unpack_name (guint64 packed)
{
  guint8 length = (packed >> 1) & 3;

  return (Name) { (guint)(packed >> 32), 0, (packed >> 6) & 3, (packed >> 8) & 3, length,
                  (packed >> 3) & 7, length };
}

/* Frees the bucket of names in @value, if it is one. */
static void
free_names (gpointer value)
{
  if (!((guintptr)value & PACKED))
    g_free (value);
}

struct _EntGazetteer
{
  GObject     parent_instance;

  GPtrArray  *actors;      /* EntLexActor */
  GHashTable *by_id;       /* id -> index + 1 */
  const char **states;     /* actor index -> ent_gazetteer_fold_to_state() of its id */
  guint       n_states;    /* the actors it has, all after loading or adding */
  GArray     *patterns;    /* Pattern */
  GArray     *words;       /* guint64: the words of every pattern */
  EntWordMap  order;       /* first word hash -> EntBucket of Entry, every pattern */
  EntNameStarts starts;    /* starts.map: first word hash -> the name of one word, packed
                            * (see pack_name()), for every word a name starts with */
  EntWordMap  by_pair;     /* pair_key() of the first two words -> EntBucket of Name, or one
                            * packed: the longer names, in the order of their first word's
                            * Entry */
  EntWordFilter pair_filter; /* on the keys of by_pair */
  EntWordMap  fuzzy;       /* hash of a name with one letter deleted -> actor + 1, or 0 if
                            * ambiguous, see fuzzy_lookup() */
  EntWordMap  exact_words; /* single-word names of MIN_FUZZY letters or more -> the same */
  GHashTable *fuzzy_names; /* actor + 1 -> GPtrArray of those names, lower case */
  EntWordFilter fuzzy_filter[4]; /* on the keys of fuzzy and exact_words, see may_be_fuzzy() */
};

G_DEFINE_FINAL_TYPE (EntGazetteer, ent_gazetteer, G_TYPE_OBJECT)
G_DEFINE_QUARK (ent-lexicon-error-quark, ent_lexicon_error)

static void
lex_actor_free (gpointer data)
{
  EntLexActor *actor = data;

  g_free (actor->id);
  g_free (actor->name);
  g_free (actor->affiliation);
  g_free (actor->role);
  g_strfreev (actor->aliases);
  g_free (actor);
}

static void
ent_gazetteer_finalize (GObject *object)
{
  EntGazetteer *self = (EntGazetteer *)object;

  g_clear_pointer (&self->actors, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_free (self->states);
  self->states = NULL;
  g_clear_pointer (&self->patterns, g_array_unref);
  g_clear_pointer (&self->words, g_array_unref);
  ent_word_map_clear_full (&self->order, g_free);
  ent_word_map_clear_full (&self->starts.map, free_names);
  ent_word_map_clear_full (&self->by_pair, free_names);
  ent_word_map_clear (&self->fuzzy);
  ent_word_map_clear (&self->exact_words);
  g_clear_pointer (&self->fuzzy_names, g_hash_table_unref);

  G_OBJECT_CLASS (ent_gazetteer_parent_class)->finalize (object);
}

static void
ent_gazetteer_class_init (EntGazetteerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ent_gazetteer_finalize;
}

static void
ent_gazetteer_init (EntGazetteer *self)
{
  self->actors = g_ptr_array_new_with_free_func (lex_actor_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->patterns = g_array_new (FALSE, FALSE, sizeof (Pattern));
  self->words = g_array_new (FALSE, FALSE, sizeof (guint64));
  ent_word_map_init (&self->order);
  ent_word_map_init (&self->starts.map);
  ent_word_map_init (&self->by_pair);
  ent_word_map_init (&self->fuzzy);
  ent_word_map_init (&self->exact_words);
  self->fuzzy_names = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
}

EntGazetteer *
ent_gazetteer_new (void)
{
  return g_object_new (ENT_TYPE_GAZETTEER, NULL);
}

/* Whether @key may be a key of the fuzzy maps. A capitalised word that
 * starts no name has a dozen deletions to look up, nearly all in vain,
 * each a likely cache miss in maps this big; the filters, four for their
 * many keys, answer most of them. */
static inline gboolean
may_be_fuzzy (const EntGazetteer *self,
              guint64             key)
{
  return ent_word_filter_may_contain (self->fuzzy_filter[(key >> 46) & 3], key);
}

/* The fuzzy maps keep actor + 1, or 0 where two actors share the key,
 * stored one higher: a word map's value is never NULL. */
static gboolean
fuzzy_lookup (const EntWordMap *map,
              guint64           key,
              guint            *value)
{
  gpointer stored = ent_word_map_lookup (map, key);

  if (stored == NULL)
    return FALSE;
  *value = GPOINTER_TO_UINT (stored) - 1;
  return TRUE;
}

/* Keeps @actor under @key in @map, 0 once two actors share it, and marks
 * the key in the filter that may_be_fuzzy() reads. */
static void
fuzzy_add (EntGazetteer *self,
           EntWordMap   *map,
           guint64       key,
           guint         actor)
{
  guint found;

  ent_word_filter_add (self->fuzzy_filter[(key >> 46) & 3], key);
  if (!fuzzy_lookup (map, key, &found))
    ent_word_map_insert (map, key, GUINT_TO_POINTER (actor + 1 + 1));
  else if (found != actor + 1)
    ent_word_map_insert (map, key, GUINT_TO_POINTER (0 + 1));
}

/* Adds the variants of a one-word name in lower case with a letter
 * deleted, so that a text word one edit away (deletion, insertion or
 * substitution) finds it. */
static void
add_fuzzy (EntGazetteer *self,
           const char   *word,
           guint         actor)
{
  gsize len = strlen (word);
  guint64 prefix = ENT_TEXT_HASH_EMPTY;
  GPtrArray *names;

  if (len < MIN_FUZZY || len >= MAX_FUZZY)
    return;
  for (const char *s = word; *s; s++)
    if (!g_ascii_isalpha (*s))
      return;

  names = g_hash_table_lookup (self->fuzzy_names, GUINT_TO_POINTER (actor + 1));
  if (names == NULL)
    {
      names = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (self->fuzzy_names, GUINT_TO_POINTER (actor + 1), names);
    }
  g_ptr_array_add (names, g_strdup (word));

  fuzzy_add (self, &self->exact_words, ent_text_hash_extend (ENT_TEXT_HASH_EMPTY, word, len),
             actor);
  for (gsize i = 0; i < len; i++)
    fuzzy_add (self, &self->fuzzy, _ent_gazetteer_deletion_hash (word, len, i, &prefix), actor);
}

static guint8
priority_of (EntNameKind  name_kind,
             EntActorKind kind)
{
  static const guint8 by_name[] = { 40, 30, 20, 10, 0 };
  static const guint8 by_kind[] = { 4, 1, 3, 2 };

  return by_name[name_kind] + by_kind[kind];
}

/* Reads the words of @name, and which must be capitalised, into @pattern
 * and @words. Returns: %FALSE for a name of no words. */
static gboolean
read_pattern (const char *name,
              Pattern    *pattern,
              guint64    *words)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (EntToken));

  ent_tokenize (name, strlen (name), tokens, NULL);
  for (guint i = 0; i < tokens->len && pattern->length < MAX_PATTERN; i++)
    {
      EntToken *t = &g_array_index (tokens, EntToken, i);
      gsize letters = t->end - t->start;

      /* "OPEC+" is not OPEC: a closing plus is part of the name. */
      if (t->kind == ENT_TOKEN_PUNCT && !(pattern->length > 0 && i + 1 == tokens->len &&
                                          t->hash == ent_text_hash_str ("+")))
        continue;
      if (pattern->length == 0 && t->hash == ent_text_hash_str ("the"))
        continue;
      if (t->flags & ENT_TOKEN_CAPITALISED)
        pattern->capital_mask |= 1 << pattern->length;
      if ((t->flags & ENT_TOKEN_ALL_CAPS) && letters <= 5 && tokens->len == 1)
        pattern->caps_mask |= 1 << pattern->length;
      words[pattern->length++] = t->hash;
    }
  return pattern->length > 0;
}

/* The key of a name's first two words in by_pair. Like the word hashes
 * themselves, two pairs are taken never to share one. */
static inline guint64
pair_key (guint64 first,
          guint64 second)
{
  guint64 key = first * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15) + second;

  return key != 0 ? key : 1;
}

/* Keeps the @n names of @key in @map, packed if pack_name() can hold
 * them, else in a bucket, and frees the bucket the key had. */
static void
set_names (EntWordMap *map,
           guint64     key,
           const Name *names,
           guint       n)
{
  EntBucket *bucket;

  free_names (ent_word_map_lookup (map, key));
  if (n == 0 || (n == 1 && names[0].known == names[0].length))
    {
      ent_word_map_insert (map, key, pack_name (n == 1 ? &names[0] : &(Name) { 0 }));
      return;
    }
  bucket = g_malloc (sizeof (EntBucket) + n * sizeof (Name));
  bucket->len = bucket->capacity = n;
  memcpy (bucket->data, names, n * sizeof (Name));
  ent_word_map_insert (map, key, bucket);
}

/* Makes anew what matching reads for the names starting with @first,
 * from the bucket of Entry that orders them, after a pattern was added
 * there or changed: the name of one word in starts.map, the longer ones
 * under their first two words in by_pair, in the same order. */
static void
index_first_word (EntGazetteer *self,
                  guint64       first)
{
  EntBucket *order = ent_word_map_lookup (&self->order, first);
  g_autoptr(GArray) names = g_array_new (FALSE, FALSE, sizeof (Name));

  set_names (&self->starts.map, first, NULL, 0);
  ent_word_filter_add (self->starts.filter, first);
  for (guint i = 0; i < order->len; i++)
    {
      guint64 second = ent_bucket_index (order, Entry, i).second;
      gboolean done = FALSE;

      /* the names of each second word once, from its first entry on */
      for (guint j = 0; j < i && !done; j++)
        done = ent_bucket_index (order, Entry, j).second == second;
      if (done)
        continue;
      g_array_set_size (names, 0);
      for (guint j = i; j < order->len; j++)
        {
          const Entry *entry = &ent_bucket_index (order, Entry, j);
          const Pattern *pattern = &g_array_index (self->patterns, Pattern, entry->index);
          guint8 known = second != 0 ? 2 : 1;
          Name name = { pattern->actor, pattern->first_word + known, pattern->capital_mask,
                        pattern->caps_mask, pattern->length, pattern->name_kind, known };

          if (entry->second == second)
            g_array_append_val (names, name);
        }
      if (second != 0)
        {
          guint64 key = pair_key (first, second);

          set_names (&self->by_pair, key, (const Name *)(gpointer)names->data, names->len);
          ent_word_filter_add (self->pair_filter, key);
        }
      else
        set_names (&self->starts.map, first, (const Name *)(gpointer)names->data, names->len);
    }
}

static void
add_pattern (EntGazetteer *self,
             const char   *name,
             guint         actor,
             EntNameKind   name_kind)
{
  EntLexActor *lex = g_ptr_array_index (self->actors, actor);
  Pattern pattern = { 0, 0, 0, 0, 0, actor, name_kind };
  guint64 words[MAX_PATTERN];
  EntBucket *bucket;
  Entry entry;
  guint at;

  if (!read_pattern (name, &pattern, words))
    return;
  pattern.priority = priority_of (name_kind, lex->kind);

  /* An identical pattern of lower priority is dropped. */
  bucket = ent_word_map_lookup (&self->order, words[0]);
  for (guint i = 0; bucket != NULL && i < bucket->len; i++)
    {
      guint index = ent_bucket_index (bucket, Entry, i).index;
      Pattern *other = &g_array_index (self->patterns, Pattern, index);

      if (other->length == pattern.length &&
          memcmp (&g_array_index (self->words, guint64, other->first_word), words,
                  pattern.length * sizeof (guint64)) == 0)
        {
          if (other->priority < pattern.priority)
            {
              pattern.first_word = other->first_word;
              *other = pattern;
              index_first_word (self, words[0]);
            }
          return;
        }
    }

  pattern.first_word = self->words->len;
  g_array_append_vals (self->words, words, pattern.length);
  entry.index = self->patterns->len;
  entry.second = pattern.length > 1 ? words[1] : 0;
  g_array_append_val (self->patterns, pattern);
  /* Keep buckets longest first, then by priority. */
  for (at = 0; bucket != NULL && at < bucket->len; at++)
    {
      Pattern *other = &g_array_index (self->patterns, Pattern,
                                       ent_bucket_index (bucket, Entry, at).index);

      if (other->length < pattern.length ||
          (other->length == pattern.length && other->priority < pattern.priority))
        break;
    }
  ent_word_map_bucket_insert (&self->order, words[0], bucket, at, &entry, sizeof entry);
  index_first_word (self, words[0]);

  /* Misspelt are the names of people and groups ("Khemenei"); a word one
   * letter from a state's name or capital is more often another place
   * ("Marawi" is no Malawi). */
  if (pattern.length == 1 && (name_kind == ENT_NAME_ALIAS || name_kind == ENT_NAME_SEAT) &&
      lex->kind != ENT_ACTOR_KIND_STATE)
    {
      g_autofree char *lower = g_ascii_strdown (name, -1);
      add_fuzzy (self, lower, actor);
    }
}

/* "Organisation" for "Organization" and the other way: the spelling the
 * list does not give, or NULL. */
static char *
other_spelling (const char * const *names,
                const char         *name)
{
  static const char *pairs[][2] = { { "isation", "ization" }, { "ization", "isation" } };

  for (guint k = 0; k < G_N_ELEMENTS (pairs); k++)
    if (strstr (name, pairs[k][0]) != NULL)
      {
        g_auto(GStrv) parts = g_strsplit (name, pairs[k][0], -1);
        g_autofree char *other = g_strjoinv (pairs[k][1], parts);

        /* both spellings listed: one pattern each already */
        for (guint i = 0; names[i]; i++)
          {
            g_autofree char *listed = g_strstrip (g_strdup (names[i]));

            if (g_str_equal (listed, other))
              return NULL;
          }
        return g_steal_pointer (&other);
      }
  return NULL;
}

static void
add_names (EntGazetteer       *self,
           guint               actor,
           const char * const *names,
           EntNameKind         name_kind)
{
  for (guint i = 0; names && names[i]; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (names[i]));
      g_autofree char *other = NULL;

      if (*name == '\0')
        continue;
      add_pattern (self, name, actor, name_kind);
      if ((other = other_spelling (names, name)) != NULL)
        add_pattern (self, other, actor, name_kind);
    }
}

static guint
new_actor (EntGazetteer *self,
           const char   *id,
           const char   *name,
           EntActorKind  kind,
           const char   *affiliation)
{
  EntLexActor *lex = g_new0 (EntLexActor, 1);
  guint index = self->actors->len;

  lex->id = g_strdup (id);
  lex->name = g_strdup (name);
  lex->kind = kind;
  lex->affiliation = affiliation && *affiliation ? g_strdup (affiliation) : NULL;
  g_ptr_array_add (self->actors, lex);
  g_hash_table_insert (self->by_id, lex->id, GUINT_TO_POINTER (index + 1));
  return index;
}

/* The actor at the end of @actor's chain of affiliations, @actor itself
 * for a state or an actor of no known affiliation. */
static const EntLexActor *
follow_affiliations (EntGazetteer      *self,
                     const EntLexActor *actor)
{
  for (guint hops = 0; hops < 16; hops++)
    {
      const EntLexActor *parent;

      if (actor->kind == ENT_ACTOR_KIND_STATE || actor->affiliation == NULL ||
          (parent = ent_gazetteer_lookup (self, actor->affiliation)) == NULL)
        return actor;
      actor = parent;
    }
  return actor;
}

/* Follows every actor's affiliations anew, once actors were added: a new
 * id may lengthen the chain of any older actor affiliated to it. */
static void
update_states (EntGazetteer *self)
{
  self->states = g_renew (const char *, self->states, self->actors->len);
  for (guint i = 0; i < self->actors->len; i++)
    self->states[i] = follow_affiliations (self, g_ptr_array_index (self->actors, i))->id;
  self->n_states = self->actors->len;
}

static gboolean
load_group (EntGazetteer  *self,
            GKeyFile      *keyfile,
            const char    *group,
            const char    *file_name,
            GError       **error)
{
  g_autofree char *name = g_key_file_get_string (keyfile, group, "name", NULL);
  g_autofree char *kind_str = g_key_file_get_string (keyfile, group, "kind", NULL);
  g_autofree char *affiliation = g_key_file_get_string (keyfile, group, "affiliation", NULL);
  const char *lists[] = { "aliases", "titles", "seats", "adjectives" };
  const EntNameKind kinds[] = { ENT_NAME_ALIAS, ENT_NAME_TITLE, ENT_NAME_SEAT, ENT_NAME_ADJECTIVE };
  g_autoptr(GPtrArray) all_aliases = g_ptr_array_new_with_free_func (g_free);
  EntActorKind kind;
  EntLexActor *lex;
  guint actor;

  if (name == NULL || !ent_actor_kind_from_string (kind_str, &kind))
    {
      g_set_error (error, ENT_LEXICON_ERROR, ENT_LEXICON_ERROR_INVALID,
                   _("%s: the actor “%s” needs a name and a kind (state, person, organisation or group)"),
                   file_name, group);
      return FALSE;
    }
  if (g_hash_table_contains (self->by_id, group))
    return TRUE;

  actor = new_actor (self, group, name, kind, affiliation);
  lex = g_ptr_array_index (self->actors, actor);
  lex->role = g_key_file_get_string (keyfile, group, "role", NULL);
  add_pattern (self, name, actor, ENT_NAME_ALIAS);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      g_auto(GStrv) names = g_key_file_get_string_list (keyfile, group, lists[l], NULL, NULL);

      add_names (self, actor, (const char * const *)names, kinds[l]);
      if (kinds[l] == ENT_NAME_ALIAS || kinds[l] == ENT_NAME_SEAT)
        for (guint i = 0; names && names[i]; i++)
          if (g_strcmp0 (names[i], name) != 0)
            g_ptr_array_add (all_aliases, g_strdup (names[i]));
    }
  g_ptr_array_add (all_aliases, NULL);
  lex->aliases = (char **)g_ptr_array_steal (all_aliases, NULL);
  return TRUE;
}

gboolean
ent_gazetteer_load_data (EntGazetteer  *self,
                         const char    *data,
                         gsize          length,
                         const char    *name,
                         GError       **error)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) groups = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (ENT_IS_GAZETTEER (self), FALSE);

  if (!g_key_file_load_from_data (keyfile, data, length, G_KEY_FILE_NONE, &local_error))
    {
      g_set_error (error, ENT_LEXICON_ERROR, ENT_LEXICON_ERROR_INVALID,
                   _("Could not read the actor dictionary “%s”: %s"), name, local_error->message);
      return FALSE;
    }
  groups = g_key_file_get_groups (keyfile, NULL);
  for (guint i = 0; groups[i] && ok; i++)
    ok = load_group (self, keyfile, groups[i], name, error);
  update_states (self);
  return ok;
}

gboolean
ent_gazetteer_load_file (EntGazetteer  *self,
                         const char    *path,
                         GError       **error)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_return_val_if_fail (ENT_IS_GAZETTEER (self), FALSE);

  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;
  return ent_gazetteer_load_data (self, contents, length, path, error);
}

/**
 * ent_lexicon_find_dir:
 *
 * Returns: the folder of the dictionaries: $ENTENTE_LEXICON_DIR, else the
 *   installed one, else the source tree's (for tests and `meson devenv`).
 */
const char *
ent_lexicon_find_dir (void)
{
  const char *env = g_getenv ("ENTENTE_LEXICON_DIR");
  g_autofree char *probe = NULL;

  if (env != NULL && *env != '\0')
    return env;
  probe = g_build_filename (LEXICON_DIR, "states.actors", NULL);
  if (g_file_test (probe, G_FILE_TEST_EXISTS))
    return LEXICON_DIR;
  return SOURCE_LEXICON_DIR;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/**
 * ent_gazetteer_new_default:
 *
 * Loads every `*.actors` file of the dictionary folder, in name order.
 */
EntGazetteer *
ent_gazetteer_new_default (GError **error)
{
  g_autoptr(EntGazetteer) self = ent_gazetteer_new ();
  const char *dir_path = ent_lexicon_find_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, error);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  if (dir == NULL)
    return NULL;
  while ((entry = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (entry, ".actors"))
      g_ptr_array_add (files, g_build_filename (dir_path, entry, NULL));
  if (files->len == 0)
    {
      g_set_error (error, ENT_LEXICON_ERROR, ENT_LEXICON_ERROR_NOT_FOUND,
                   _("No actor dictionaries (*.actors) in “%s”"), dir_path);
      return NULL;
    }
  /* States first, so that their names win ties against later files. */
  g_ptr_array_sort (files, compare_strings);
  for (guint i = files->len; i > 0; i--)
    if (!ent_gazetteer_load_file (self, g_ptr_array_index (files, i - 1), error))
      return NULL;
  return g_steal_pointer (&self);
}

/**
 * ent_gazetteer_add_actor:
 *
 * Adds an actor of the user's (from a project) or more names for a known
 * one. Not thread-safe: add before sharing the gazetteer with workers.
 */
void
ent_gazetteer_add_actor (EntGazetteer       *self,
                         const char         *id,
                         const char         *name,
                         EntActorKind        kind,
                         const char         *affiliation,
                         const char * const *aliases)
{
  int index;

  g_return_if_fail (ENT_IS_GAZETTEER (self));
  g_return_if_fail (id != NULL && name != NULL);

  index = ent_gazetteer_find (self, id);
  if (index < 0)
    {
      index = new_actor (self, id, name, kind, affiliation);
      ((EntLexActor *)g_ptr_array_index (self->actors, index))->user = TRUE;
      update_states (self);
    }
  add_pattern (self, name, index, ENT_NAME_ALIAS);
  add_names (self, index, aliases, ENT_NAME_ALIAS);
}

guint
ent_gazetteer_get_n_actors (EntGazetteer *self)
{
  g_return_val_if_fail (ENT_IS_GAZETTEER (self), 0);
  return self->actors->len;
}

const EntLexActor *
ent_gazetteer_get_actor (EntGazetteer *self,
                         guint         index)
{
  g_return_val_if_fail (ENT_IS_GAZETTEER (self), NULL);
  g_return_val_if_fail (index < self->actors->len, NULL);
  return g_ptr_array_index (self->actors, index);
}

/**
 * ent_gazetteer_get_name_starts:
 *
 * Returns: (transfer none): a map whose keys are the first words of the
 *   names, for ent_gazetteer_may_match()
 */
const EntWordMap *
ent_gazetteer_get_name_starts (EntGazetteer *self)
{
  g_return_val_if_fail (ENT_IS_GAZETTEER (self), NULL);
  return &self->starts.map;
}

/**
 * ent_gazetteer_get_actors:
 *
 * For the lookups of every name: the actors by index, valid while the
 * gazetteer is not changed.
 *
 * Returns: (transfer none): ent_gazetteer_get_n_actors() actors
 */
const EntLexActor * const *
ent_gazetteer_get_actors (EntGazetteer *self)
{
  g_return_val_if_fail (ENT_IS_GAZETTEER (self), NULL);
  return (const EntLexActor * const *)self->actors->pdata;
}

int
ent_gazetteer_find (EntGazetteer *self,
                    const char   *id)
{
  g_return_val_if_fail (ENT_IS_GAZETTEER (self), -1);
  return (int)GPOINTER_TO_UINT (g_hash_table_lookup (self->by_id, id)) - 1;
}

const EntLexActor *
ent_gazetteer_lookup (EntGazetteer *self,
                      const char   *id)
{
  int index = ent_gazetteer_find (self, id);

  return index < 0 ? NULL : g_ptr_array_index (self->actors, index);
}

/**
 * ent_gazetteer_fold_to_state:
 *
 * Returns: the id at the end of @id's chain of affiliations (a minister's
 *   state, a branch's parent group), or @id itself.
 */
const char *
ent_gazetteer_fold_to_state (EntGazetteer *self,
                             const char   *id)
{
  int index = ent_gazetteer_find (self, id);

  return index < 0 ? id : ent_gazetteer_get_state (self, (guint)index);
}

/**
 * ent_gazetteer_get_state:
 *
 * ent_gazetteer_fold_to_state() of actor @index's id, without a lookup by
 * id: for the many asked per sentence. @index must be below
 * ent_gazetteer_get_n_actors().
 *
 * Returns: (transfer none): the id of the actor its chain ends at
 */
const char *
ent_gazetteer_get_state (EntGazetteer *self,
                         guint         index)
{
  if (G_LIKELY (index < self->n_states))
    return self->states[index];
  return follow_affiliations (self, g_ptr_array_index (self->actors, index))->id;
}

/* Whether @name is at token @at, whose first @name->known words its
 * bucket's key has matched already. */
static inline gboolean
name_matches (const Name     *name,
              const guint64  *words,
              const EntToken *tokens,
              guint           n_tokens,
              guint           at)
{
  if (at + name->length > n_tokens)
    return FALSE;
  for (guint i = 0; i < name->length; i++)
    {
      const EntToken *t = &tokens[at + i];

      if ((i >= name->known && t->hash != words[name->rest + i - name->known]) ||
          (t->kind == ENT_TOKEN_PUNCT && t->hash != ENT_WORD_HASH ("+")))
        return FALSE;
      if ((name->capital_mask & (1 << i)) &&
          !(t->flags & (ENT_TOKEN_CAPITALISED | ENT_TOKEN_ALL_CAPS)))
        return FALSE;
      if ((name->caps_mask & (1 << i)) && !(t->flags & ENT_TOKEN_ALL_CAPS))
        return FALSE;
    }
  return TRUE;
}

/* Whether a name of @bucket is at token @at: the first, in @found. */
static gboolean
bucket_match (const EntBucket *bucket,
              const guint64   *words,
              const EntToken  *tokens,
              guint            n_tokens,
              guint            at,
              Name            *found)
{
  for (guint i = 0; i < bucket->len; i++)
    {
      const Name *name = &ent_bucket_index (bucket, Name, i);

      if (name_matches (name, words, tokens, n_tokens, at))
        {
          *found = *name;
          return TRUE;
        }
    }
  return FALSE;
}

/* Whether one of @names, a value of starts.map or by_pair or %NULL, is
 * at token @at: the first, in @found. Inline for the packed name of
 * most keys; apart, the few buckets. */
static G_ALWAYS_INLINE inline gboolean
first_match (gconstpointer   names,
             const guint64  *words,
             const EntToken *tokens,
             guint           n_tokens,
             guint           at,
             Name           *found)
{
  if ((guintptr)names & PACKED)
    {
      *found = unpack_name ((guintptr)names);
      return found->length > 0 && name_matches (found, words, tokens, n_tokens, at);
    }
  return names != NULL && bucket_match (names, words, tokens, n_tokens, at, found);
}

static gboolean
match_fuzzy (EntGazetteer   *self,
             const char     *text,
             const EntToken *t,
             EntMention     *mention)
{
  gsize len = t->end - t->start;
  char word[MAX_FUZZY];
  guint64 prefix = ENT_TEXT_HASH_EMPTY, key;
  guint actor = 0;

  if (!ent_gazetteer_may_be_misspelt (t) || len >= sizeof word)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isalpha (text[t->start + i]))
        return FALSE;
      word[i] = g_ascii_tolower (text[t->start + i]);
    }
  word[len] = '\0';

  /* The text word with a letter added (its deletions hit an exact name), or
   * with a letter missing or changed (it or its deletions hit a name's
   * deletions). Every hit must name the same actor. */
  key = ent_text_hash_extend (ENT_TEXT_HASH_EMPTY, word, len);
  if (may_be_fuzzy (self, key))
    fuzzy_lookup (&self->fuzzy, key, &actor);
  for (gsize i = 0; i < len && actor != G_MAXUINT; i++)
    {
      guint hit;

      key = _ent_gazetteer_deletion_hash (word, len, i, &prefix);
      if (may_be_fuzzy (self, key) &&
          (fuzzy_lookup (&self->exact_words, key, &hit) || fuzzy_lookup (&self->fuzzy, key, &hit)))
        {
          if (hit == 0 || (actor != 0 && hit != actor))
            actor = G_MAXUINT;
          else
            actor = hit;
        }
    }
  if (actor == 0 || actor == G_MAXUINT)
    return FALSE;
  {
    GPtrArray *names = g_hash_table_lookup (self->fuzzy_names, GUINT_TO_POINTER (actor));
    gboolean close = FALSE;

    for (guint i = 0; names != NULL && i < names->len && !close; i++)
      close = _ent_gazetteer_one_edit_apart (word, g_ptr_array_index (names, i));
    if (!close)
      return FALSE;
  }

  mention->actor = actor - 1;
  mention->name_kind = ENT_NAME_FUZZY;
  return TRUE;
}

/**
 * ent_gazetteer_match:
 *
 * Finds the longest name starting at token @at. Thread-safe once the
 * gazetteer is no longer changed.
 *
 * Returns: %TRUE and fills @mention if a name starts there
 */
gboolean
ent_gazetteer_match (EntGazetteer   *self,
                     const char     *text,
                     const EntToken *tokens,
                     guint           n_tokens,
                     guint           at,
                     EntMention     *mention)
{
  const guint64 *words = (const guint64 *)(gpointer)self->words->data;
  gconstpointer starts;
  gboolean found = FALSE;
  Name name;
  guint64 key;

  if (tokens[at].kind != ENT_TOKEN_WORD)
    return FALSE;

  /* the longer names under the first two words, then the one of one */
  starts = ent_word_map_lookup (&self->starts.map, tokens[at].hash);
  key = starts != NULL && at + 1 < n_tokens ? pair_key (tokens[at].hash, tokens[at + 1].hash) : 0;
  /* most words a name starts with start none with the next word, which
   * the filter tells without a lookup in the map, a cache miss */
  if (key != 0 && ent_word_filter_may_contain (self->pair_filter, key))
    found = first_match (ent_word_map_lookup (&self->by_pair, key), words, tokens, n_tokens, at,
                         &name);
  if (starts != NULL && !found)
    found = first_match (starts, words, tokens, n_tokens, at, &name);
  if (found)
    {
      mention->first = at;
      mention->last = at + name.length;
      mention->actor = name.actor;
      mention->name_kind = name.name_kind;
      return TRUE;
    }

  if (starts == NULL && ent_gazetteer_may_be_misspelt (&tokens[at]) &&
      !_ent_gazetteer_after_other_given_name (tokens, at) &&
      !_ent_gazetteer_before_other_surname (tokens, n_tokens, at) &&
      match_fuzzy (self, text, &tokens[at], mention))
    {
      mention->first = at;
      mention->last = at + 1;
      return TRUE;
    }
  return FALSE;
}
