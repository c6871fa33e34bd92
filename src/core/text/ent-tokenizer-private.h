/* ent-tokenizer-private.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ent-tokenizer.h"

G_BEGIN_DECLS

/* ent-sentences.c: appends the sentences of the @n tokens at @tokens to
 * @sentences, flagging the tokens that end them when @mark. */
void _ent_split_sentences (const char *text,
                           EntToken   *tokens,
                           guint       n,
                           gboolean    mark,
                           GArray     *sentences);

/* ent-abbreviations.c: whether the word @word, of @hash, keeps the full
 * stop before @after ("Gen.", "No. 10") rather than ending a sentence. */
gboolean _ent_abbreviation_keeps_stop (const char *word,
                                       const char *after,
                                       const char *end,
                                       guint64     hash);

G_END_DECLS
