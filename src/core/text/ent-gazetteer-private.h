/* ent-gazetteer-private.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-gazetteer.h"

G_BEGIN_DECLS

/*
 * The tests of the gazetteer's fuzzy match that read words only, not the
 * gazetteer: see ent-gazetteer-fuzzy.c.
 */

/* The hash of @word, @len small letters, with letter @i deleted, for
 * @i = 0, 1, ... in turn: @prefix holds the hash of the letters before
 * it (%ENT_TEXT_HASH_EMPTY at first), hashed once, and moves past it. */
static inline guint64
_ent_gazetteer_deletion_hash (const char *word,
                              gsize       len,
                              gsize       i,
                              guint64    *prefix)
{
  guint64 key = ent_text_hash_extend (*prefix, word + i + 1, len - i - 1);

  *prefix = ent_text_hash_extend (*prefix, word + i, 1);
  return key;
}


gboolean _ent_gazetteer_one_edit_apart         (const char     *a,
                                                const char     *b);
gboolean _ent_gazetteer_after_other_given_name (const EntToken *tokens,
                                                guint           at);
gboolean _ent_gazetteer_before_other_surname   (const EntToken *tokens,
                                                guint           n_tokens,
                                                guint           at);

G_END_DECLS
