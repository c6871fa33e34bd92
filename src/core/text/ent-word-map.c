/* ent-word-map.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-tokenizer.h"
#include "ent-word-map.h"

void
ent_word_map_init (EntWordMap *map)
{
  map->mask = 15;
  map->count = 0;
  map->keys = g_new0 (guint64, map->mask + 1);
  map->values = g_new0 (gpointer, map->mask + 1);
}

void
ent_word_map_clear (EntWordMap *map)
{
  g_clear_pointer (&map->keys, g_free);
  g_clear_pointer (&map->values, g_free);
  map->count = 0;
}

static void
grow (EntWordMap *map)
{
  guint64 *keys = map->keys;
  gpointer *values = map->values;
  gsize old_size = map->mask + 1;

  map->mask = old_size * 2 - 1;
  map->keys = g_new0 (guint64, map->mask + 1);
  map->values = g_new0 (gpointer, map->mask + 1);
  map->count = 0;
  for (gsize i = 0; i < old_size; i++)
    if (keys[i] != 0)
      ent_word_map_insert (map, keys[i], values[i]);
  g_free (keys);
  g_free (values);
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
  for (i = key & map->mask; map->keys[i] != 0; i = (i + 1) & map->mask)
    if (map->keys[i] == key)
      {
        map->values[i] = value;
        return;
      }
  map->keys[i] = key;
  map->values[i] = value;
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
