/* ent-text-hash.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ent-tokenizer.h"
#include "ent-tokenizer-private.h"

/*
 * The hash of a word's normalised form, for the maps of words (see
 * ent_text_hash() in ent-tokenizer.h).
 */

#define FNV_OFFSET ENT_TEXT_HASH_EMPTY
#define FNV_PRIME  ENT_TEXT_HASH_PRIME

/* Folds one byte into the hash. */
static inline guint64
hash_byte (guint64 h,
           guchar  c)
{
  return (h ^ c) * FNV_PRIME;
}

/* Folds one character into the hash: ASCII lower case, other letters
 * decomposed to their base letter and lowered. */
static guint64
hash_char (guint64  h,
           gunichar c)
{
  gunichar decomposed[4];
  char buffer[6];
  int len;

  if (c < 0x80)
    {
      if (c == '.' || c == '\'')
        return h;
      return hash_byte (h, g_ascii_tolower ((char)c));
    }
  if (c == 0x2019 || c == 0x2018 || c == 0x00B7)
    return h;
  if (g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed)) > 0 &&
      decomposed[0] < 0x80)
    return hash_byte (h, g_ascii_tolower ((char)decomposed[0]));

  len = g_unichar_to_utf8 (g_unichar_tolower (c), buffer);
  for (int i = 0; i < len; i++)
    h = hash_byte (h, (guchar)buffer[i]);
  return h;
}

/* See ent-tokenizer.h: FNV-1a over the normalised form of @word. */
guint64
ent_text_hash (const char *word,
               gssize      length)
{
  const char *end = length < 0 ? word + strlen (word) : word + length;
  guint64 h = FNV_OFFSET;

  for (const char *s = word; s < end; )
    {
      guchar c = (guchar)*s;

      if (c < 0x80)
        {
          if (c != '.' && c != '\'')
            h = hash_byte (h, (c >= 'A' && c <= 'Z') ? c + 32 : c);
          s++;
          continue;
        }
      h = hash_char (h, g_utf8_get_char (s));
      s = g_utf8_next_char (s);
    }
  return h;
}

/* ent_text_hash() of a NUL-terminated word. */
guint64
ent_text_hash_str (const char *word)
{
  return ent_text_hash (word, -1);
}
