/* ent-tokenizer.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  ENT_TOKEN_WORD,
  ENT_TOKEN_NUMBER,
  ENT_TOKEN_PUNCT,
} EntTokenKind;

typedef enum
{
  ENT_TOKEN_CAPITALISED   = 1 << 0,  /* first letter upper case */
  ENT_TOKEN_ALL_CAPS      = 1 << 1,  /* every letter upper case, two or more letters */
  ENT_TOKEN_HYPHEN_BEFORE = 1 << 2,  /* joined to the previous token by a hyphen */
  ENT_TOKEN_LINE_BEFORE   = 1 << 3,  /* first token of a line */
  ENT_TOKEN_PARA_BEFORE   = 1 << 4,  /* first token of a paragraph */
  ENT_TOKEN_QUOTE         = 1 << 5,  /* a quotation mark */
  ENT_TOKEN_SENTENCE_END  = 1 << 6,  /* . ? ! ending a sentence */
  ENT_TOKEN_DOTTED        = 1 << 7,  /* "U.S.", "Mr." */
  ENT_TOKEN_MODIFIER      = 1 << 8,  /* may stand inside a cue: "full", "trade" (set by the extractor) */
} EntTokenFlags;

typedef struct
{
  guint32 start;   /* byte offsets into the text */
  guint32 end;
  guint32 cstart;  /* character offsets, the unit of evidence spans */
  guint32 cend;
  guint64 hash;    /* of the normalised form: see ent_text_hash() */
  guint16 flags;
  guint8  kind;
  guint8  tag;     /* part of speech, set by the extractor */
} EntToken;

typedef struct
{
  guint first;     /* token indices, [first, last) */
  guint last;
} EntSentence;

/*
 * The normalised form of a word: lower case, without diacritics, dots and
 * apostrophes, so that "U.S." = "US" = "us" and "Türkiye" = "turkiye". The
 * hash is FNV-1a over that form; two different words colliding in 64 bits
 * is not a practical concern for dictionaries of this size.
 */
/* The hash of a constant word, computed once per call site. The race on
 * the first call is benign: every thread stores the same value. Only a
 * string literal compiles: a variable would keep its first word's hash. */
#define ENT_WORD_HASH(w) \
  (__extension__ ({ static guint64 ent_word_hash_; \
                    if (G_UNLIKELY (ent_word_hash_ == 0)) ent_word_hash_ = ent_text_hash_str ("" w ""); \
                    ent_word_hash_; }))

/* ent_text_hash() of the empty word, and its step per byte. */
#define ENT_TEXT_HASH_EMPTY G_GUINT64_CONSTANT (14695981039346656037)
#define ENT_TEXT_HASH_PRIME G_GUINT64_CONSTANT (1099511628211)

/**
 * ent_text_hash_extend:
 * @hash: the hash of the word so far, or %ENT_TEXT_HASH_EMPTY
 * @letters: (array length=n): ASCII small letters
 *
 * Inline, for the many variants of one word: ent_text_hash() of the word
 * so far followed by @letters.
 */
static inline guint64
ent_text_hash_extend (guint64     hash,
                      const char *letters,
                      gsize       n)
{
  for (gsize i = 0; i < n; i++)
    hash = (hash ^ (guchar)letters[i]) * ENT_TEXT_HASH_PRIME;
  return hash;
}

guint64  ent_text_hash       (const char *word,
                              gssize      length);
guint64  ent_text_hash_str   (const char *word);
void     ent_tokenize        (const char *text,
                              gsize       length,
                              GArray     *tokens,
                              GArray     *sentences);

/* "$", "€", "£": a currency sign before an amount */
static inline gboolean
ent_token_is_currency (const EntToken *token)
{
  return token->kind == ENT_TOKEN_PUNCT &&
         (token->hash == ENT_WORD_HASH ("$") || token->hash == ENT_WORD_HASH ("\u20ac") ||
          token->hash == ENT_WORD_HASH ("\u00a3"));
}

/* "a power-sharing agreement", "a long-term deal": two lower-case words
 * joined by a hyphen at @t, which qualify a noun after them as one
 * modifier does. */
static inline gboolean
ent_token_is_compound (const EntToken *tokens,
                       guint           n_tokens,
                       guint           t)
{
  return t + 1 < n_tokens && (tokens[t + 1].flags & ENT_TOKEN_HYPHEN_BEFORE) &&
         !(tokens[t].flags & ENT_TOKEN_HYPHEN_BEFORE) && tokens[t].kind == ENT_TOKEN_WORD &&
         tokens[t + 1].kind == ENT_TOKEN_WORD &&
         !((tokens[t].flags | tokens[t + 1].flags) & ENT_TOKEN_CAPITALISED);
}

G_END_DECLS
