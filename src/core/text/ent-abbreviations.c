/* ent-abbreviations.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The abbreviations whose full stop does not end a sentence ("Mr.",
 * "Gen.", "No. 10"), for the tokenizer.
 */

#include "config.h"

#include "ent-tokenizer.h"
#include "ent-tokenizer-private.h"

/* Abbreviations that keep their period: a period after them does not end
 * the sentence. Lower case, without the period. */
static const char *abbreviations[] = {
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr",
  "gov", "sen", "rep", "rev", "st", "mt", "ft", "jr", "sr", "no", "vs", "etc", "inc", "ltd",
  "corp", "co", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
  "e.g", "i.e", "approx", "est", "pres", "sec", "dept", "gov't", "univ", "mln", "bln",
};

/* An open-addressing set of the abbreviations' hashes, probed from a
 * hash's top seven bits; 0 marks an empty slot. */
#define N_ABBREVIATION_SLOTS 128
static guint64 abbreviation_slots[N_ABBREVIATION_SLOTS];

/* Fills abbreviation_slots, once. */
static void
ensure_abbreviation_slots (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
        {
          guint64 hash = ent_text_hash_str (abbreviations[i]);
          guint slot = (guint)(hash >> 57);

          g_assert (hash != 0);
          while (abbreviation_slots[slot] != 0)
            slot = (slot + 1) % N_ABBREVIATION_SLOTS;
          abbreviation_slots[slot] = hash;
        }
      g_once_init_leave (&done, 1);
    }
}

/* Whether @hash is the hash of one of the abbreviations. */
static gboolean
is_abbreviation (guint64 hash)
{
  ensure_abbreviation_slots ();
  for (guint slot = (guint)(hash >> 57); abbreviation_slots[slot] != 0;
       slot = (slot + 1) % N_ABBREVIATION_SLOTS)
    if (abbreviation_slots[slot] == hash)
      return TRUE;
  return FALSE;
}

/* Whether the word @word of @hash keeps the full stop before @after:
 * "No. 10", "the No.\u00a02 diplomat", but "voted no." ends its sentence,
 * so "no" only in title case or before a number. */
gboolean
_ent_abbreviation_keeps_stop (const char *word,
                              const char *after,
                              const char *end,
                              guint64     hash)
{
  if (!is_abbreviation (hash))
    return FALSE;
  if (hash != ENT_WORD_HASH ("no") || (word[0] == 'N' && word[1] == 'o'))
    return TRUE;
  for (;;)
    {
      if (after < end && (*after == ' ' || *after == '\t'))
        after++;
      else if (after + 1 < end && (guchar)after[0] == 0xc2 && (guchar)after[1] == 0xa0)
        after += 2;  /* no-break space */
      else if (after + 2 < end && (guchar)after[0] == 0xe2 && (guchar)after[1] == 0x80 &&
               (guchar)after[2] == 0xaf)
        after += 3;  /* narrow no-break space */
      else
        break;
    }
  return after < end && g_ascii_isdigit (*after);
}
