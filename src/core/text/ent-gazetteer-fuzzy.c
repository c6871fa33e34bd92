/* ent-gazetteer-fuzzy.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * What the gazetteer's fuzzy match asks of words alone: whether two are
 * one edit apart, and whether the capitalised word that may misspell a
 * known name is rather someone else's, after or before a name of its own.
 */

#include "config.h"

#include <string.h>

#include "ent-gazetteer-private.h"
#include "ent-word-map.h"

/* Whether @a and @b differ by one letter added, dropped or changed, or by
 * two neighbours swapped. The deletion index finds candidates only: two
 * words sharing a deletion may be two edits apart ("sahara", "sharaa"). */
gboolean
_ent_gazetteer_one_edit_apart (const char *a,
                               const char *b)
{
  gsize la = strlen (a), lb = strlen (b), i = 0;

  if (la < lb)
    return _ent_gazetteer_one_edit_apart (b, a);
  if (la - lb > 1)
    return FALSE;
  while (i < lb && a[i] == b[i])
    i++;
  if (i == lb)
    return TRUE;
  if (la > lb)
    return strcmp (a + i + 1, b + i) == 0;
  if (strcmp (a + i + 1, b + i + 1) == 0)
    return TRUE;
  return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && strcmp (a + i + 2, b + i + 2) == 0;
}

/* "Iranian Foreign Minister Farid Kazemi": a surname one edit from a
 * known one ("Kadhimi") after a given name of its own is someone else. A
 * title before it ("President", "Ayatollah") is no given name. */
gboolean
_ent_gazetteer_after_other_given_name (const EntToken *tokens,
                                       guint           at)
{
  static const char *titles[] = {
    "president", "prime", "minister", "premier", "chancellor", "ayatollah", "supreme", "leader",
    "king", "queen", "prince", "crown", "emir", "sheikh", "sultan", "general", "gen", "marshal",
    "field", "colonel", "col", "admiral", "commander", "mr", "mrs", "ms", "dr", "secretary",
    "foreign", "defence", "defense", "senator", "sen", "ambassador", "envoy", "speaker", "vice",
    "deputy", "governor", "gov", "spokesman", "spokeswoman", "chief", "pope", "cardinal", "pm",
  };
  static EntWordMap *once;
  const EntToken *prev;

  /* a headline's last word is no given name */
  if (at == 0 || (tokens[at].flags & ENT_TOKEN_LINE_BEFORE))
    return FALSE;
  prev = &tokens[at - 1];
  return prev->kind == ENT_TOKEN_WORD && (prev->flags & ENT_TOKEN_CAPITALISED) &&
         !(prev->flags & ENT_TOKEN_ALL_CAPS) &&
         !ent_word_set_contains (&once, titles, G_N_ELEMENTS (titles), prev->hash);
}

/* "Carles Puigdemont": a given name one edit from a known surname
 * ("Marles") before a surname of its own is someone else. */
gboolean
_ent_gazetteer_before_other_surname (const EntToken *tokens,
                                     guint           n_tokens,
                                     guint           at)
{
  const EntToken *next;

  if (at + 1 >= n_tokens)
    return FALSE;
  next = &tokens[at + 1];
  return next->kind == ENT_TOKEN_WORD && (next->flags & ENT_TOKEN_CAPITALISED) &&
         !(next->flags & (ENT_TOKEN_ALL_CAPS | ENT_TOKEN_LINE_BEFORE | ENT_TOKEN_HYPHEN_BEFORE));
}
