/* ent-word-map.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A key and its value side by side: a lookup that finds its word reads
 * one cache line, not two. */
typedef struct
{
  guint64  key;
  gpointer value;
} EntWordSlot;

/*
 * A map from word hashes (see ent_text_hash) to pointers, for the lookups
 * done for every token. The keys are already well mixed 64-bit hashes, so
 * open addressing with linear probing on their low bits is enough, and
 * much cheaper than GHashTable's indirect calls. Key 0 is reserved.
 * Lookups are thread-safe once the map is no longer changed. A map may
 * keep a small record packed in a 64-bit word in the place of a pointer,
 * never 0, so that a lookup that finds it reads nothing else.
 */
typedef struct
{
  EntWordSlot *slots;
  gsize        mask;
  gsize        count;
} EntWordMap;

G_STATIC_ASSERT (sizeof (gpointer) == sizeof (guint64));

void      ent_word_map_init    (EntWordMap *map);
void      ent_word_map_clear   (EntWordMap *map);
void      ent_word_map_clear_full (EntWordMap     *map,
                                   GDestroyNotify  free_value);
void      ent_word_map_insert  (EntWordMap *map,
                                guint64     key,
                                gpointer    value);
EntWordMap *_ent_word_set_build (EntWordMap  **once,
                                 const char  **words,
                                 guint         n_words);

static inline gpointer
ent_word_map_lookup (const EntWordMap *map,
                     guint64           key)
{
  gsize i;

  if (map->count == 0)
    return NULL;
  for (i = key & map->mask; map->slots[i].key != 0; i = (i + 1) & map->mask)
    if (map->slots[i].key == key)
      return map->slots[i].value;
  return NULL;
}

/**
 * ent_word_set_contains:
 * @once: a static pointer, %NULL at first, that keeps the set
 * @words: the words of the set
 *
 * A set of words built on first use and shared by every thread after.
 * Inline: the rules ask it for every token.
 *
 * Returns: whether the word hash @key is one of @words
 */
static inline gboolean
ent_word_set_contains (EntWordMap  **once,
                       const char  **words,
                       guint         n_words,
                       guint64       key)
{
  EntWordMap *set = (EntWordMap *) g_atomic_pointer_get (once);

  if (G_UNLIKELY (set == NULL))
    set = _ent_word_set_build (once, words, n_words);
  return ent_word_map_lookup (set, key) != NULL;
}

/* The size of an EntWordFilter, in 64-bit words: 4 KB. */
#define ENT_WORD_FILTER_WORDS 512

/*
 * A filter on the keys of a map that most lookups miss, read before it:
 * a key sets two bits of one 64-bit word, taken from bits of its hash
 * that the map does not index by, so that a query reads one cache line.
 * Small enough to stay in cache where the map's slots do not, it tells
 * most keys that are not there without a lookup. For a few thousand
 * keys, one absent key in thirty or so passes.
 */
typedef guint64 EntWordFilter[ENT_WORD_FILTER_WORDS];

/* The two bits of @key in its word of an EntWordFilter. */
static inline guint64
ent_word_filter_bits (guint64 key)
{
  return (G_GUINT64_CONSTANT (1) << ((key >> 32) & 63)) |
         (G_GUINT64_CONSTANT (1) << ((key >> 40) & 63));
}

/* Marks @key in @filter. */
static inline void
ent_word_filter_add (guint64 *filter,
                     guint64  key)
{
  filter[(key >> 55) & (ENT_WORD_FILTER_WORDS - 1)] |= ent_word_filter_bits (key);
}

/* Whether @key may have been added to @filter: %FALSE for most that were
 * not. */
static inline gboolean
ent_word_filter_may_contain (const guint64 *filter,
                             guint64        key)
{
  guint64 bits = ent_word_filter_bits (key);

  return (filter[(key >> 55) & (ENT_WORD_FILTER_WORDS - 1)] & bits) == bits;
}

/*
 * A growable array whose length sits in front of its elements, for the
 * buckets of a map's values: a lookup that finds a bucket reads its
 * length and first entries in one cache line, where a GArray has its
 * header in one allocation and its data in another. Elements of at most
 * 8-byte alignment.
 */
typedef struct
{
  guint   len;
  guint   capacity;
  guint64 data[];
} EntBucket;

#define ent_bucket_index(bucket, type, i) (((type *)(gpointer)(bucket)->data)[(i)])

void ent_word_map_bucket_insert (EntWordMap    *map,
                                 guint64        key,
                                 EntBucket     *bucket,
                                 guint          index,
                                 gconstpointer  element,
                                 gsize          size);

G_END_DECLS
