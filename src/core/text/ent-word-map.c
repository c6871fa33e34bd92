/* ent-word-map.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ent-tokenizer.h"
#include "ent-word-map.h"

void
ent_word_map_init (EntWordMap *map)
{
  map->mask = 15;
  map->count = 0;
  map->slots = g_new0 (EntWordSlot, map->mask + 1);
}

void
ent_word_map_clear (EntWordMap *map)
{
  g_clear_pointer (&map->slots, g_free);
  map->count = 0;
}

/* Clears the map and frees each value with @free_value. */
void
ent_word_map_clear_full (EntWordMap     *map,
                         GDestroyNotify  free_value)
{
  for (gsize i = 0; map->slots != NULL && i <= map->mask; i++)
    if (map->slots[i].key != 0)
      free_value (map->slots[i].value);
  ent_word_map_clear (map);
}

static void
grow (EntWordMap *map)
{
  EntWordSlot *slots = map->slots;
  gsize old_size = map->mask + 1;

  map->mask = old_size * 2 - 1;
  map->slots = g_new0 (EntWordSlot, map->mask + 1);
  map->count = 0;
  for (gsize i = 0; i < old_size; i++)
    if (slots[i].key != 0)
      ent_word_map_insert (map, slots[i].key, slots[i].value);
  g_free (slots);
}

/* Inserts or replaces. Keeps the load under a half. */
void
ent_word_map_insert (EntWordMap *map,
                     guint64     key,
                     gpointer    value)
{
  gsize i;

  g_return_if_fail (key != 0);

  if ((map->count + 1) * 2 > map->mask + 1)
    grow (map);
  for (i = key & map->mask; map->slots[i].key != 0; i = (i + 1) & map->mask)
    if (map->slots[i].key == key)
      {
        map->slots[i].value = value;
        return;
      }
  map->slots[i].key = key;
  map->slots[i].value = value;
  map->count++;
}

/* The slow path of ent_word_set_contains(): builds the set once. */
EntWordMap *
_ent_word_set_build (EntWordMap  **once,
                     const char  **words,
                     guint         n_words)
{
  if (g_once_init_enter (once))
    {
      EntWordMap *set = g_new0 (EntWordMap, 1);

      ent_word_map_init (set);
      for (guint k = 0; k < n_words; k++)
        ent_word_map_insert (set, ent_text_hash_str (words[k]), GINT_TO_POINTER (1));
      g_once_init_leave (once, set);
    }
  return *once;
}

/**
 * ent_word_map_bucket_insert:
 * @bucket: (nullable): the bucket of @key in @map, or %NULL for none yet
 * @index: where the element goes, at most the bucket's length
 * @size: the size of every element of the bucket
 *
 * Inserts a copy of @element before the element at @index of the bucket
 * of @key, making the bucket if there is none; @map keeps the bucket
 * wherever it moves.
 */
void
ent_word_map_bucket_insert (EntWordMap    *map,
                            guint64        key,
                            EntBucket     *bucket,
                            guint          index,
                            gconstpointer  element,
                            gsize          size)
{
  guint len = bucket != NULL ? bucket->len : 0;
  char *data;

  g_return_if_fail (index <= len);

  if (bucket == NULL || len == bucket->capacity)
    {
      guint capacity = MAX (2, 2 * len);

      bucket = g_realloc (bucket, sizeof (EntBucket) + capacity * size);
      bucket->len = len;
      bucket->capacity = capacity;
      ent_word_map_insert (map, key, bucket);
    }
  data = (char *)bucket->data;
  memmove (data + (index + 1) * size, data + index * size, (len - index) * size);
  memcpy (data + index * size, element, size);
  bucket->len++;
}
