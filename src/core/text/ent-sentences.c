/* ent-sentences.c
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
 * Splitting tokens into sentences, for ent_tokenize().
 */

/* Whether a token is . ? ! or …, which may end a sentence. The bytes
 * of … are compared only within the token. */
static inline gboolean
is_terminal (const char     *text,
             const EntToken *token)
{
  const char *s = text + token->start;

  if (token->kind != ENT_TOKEN_PUNCT)
    return FALSE;
  return *s == '.' || *s == '?' || *s == '!' ||
         (token->end - token->start >= 3 && memcmp (s, "\u2026", 3) == 0);
}

/* Whether a token may start a sentence after a full stop. */
static inline gboolean
starts_sentence (const EntToken *token)
{
  return (token->flags & (ENT_TOKEN_CAPITALISED | ENT_TOKEN_QUOTE)) != 0 ||
         token->kind == ENT_TOKEN_NUMBER;
}

/* Sentences written in place at the end of an array. */
typedef struct
{
  GArray *array;  /* its length is a capacity while splitting */
  guint   n;      /* sentences in it, with those there before */
} SentenceOut;

/* Appends the sentence [@first, @last). */
static inline void
add_sentence (SentenceOut *out,
              guint        first,
              guint        last)
{
  EntSentence *sentence;

  if (G_UNLIKELY (out->n == out->array->len))
    g_array_set_size (out->array, MAX (16, out->n * 2));
  sentence = &g_array_index (out->array, EntSentence, out->n++);
  sentence->first = first;
  sentence->last = last;
}

/* Where the sentence of a terminal token ends, @end being the token
 * after it: closing quotes and brackets stay with the sentence they
 * close. */
static guint
closing_end (const char     *text,
             const EntToken *tokens,
             guint           n,
             guint           end)
{
  while (end < n)
    {
      const EntToken *next = &tokens[end];
      const char *s = text + next->start;

      if (next->kind == ENT_TOKEN_PUNCT && (next->flags & ENT_TOKEN_QUOTE) &&
          !(next->flags & (ENT_TOKEN_LINE_BEFORE | ENT_TOKEN_PARA_BEFORE)) &&
          (end + 1 >= n || starts_sentence (&tokens[end + 1]) ||
           (tokens[end + 1].flags & ENT_TOKEN_LINE_BEFORE)))
        end++;
      else if (next->kind == ENT_TOKEN_PUNCT && (*s == ')' || *s == ']'))
        end++;
      else
        break;
    }
  return end;
}

/* Splits the @n tokens into sentences: at . ? ! before a capital, a
 * quote or a number, after closing quotes; at paragraph breaks; and at
 * line breaks before a capitalised line (headlines, datelines and bylines
 * have no final period). @mark says whether to flag the tokens that end
 * sentences. */
void
_ent_split_sentences (const char *text,
                      EntToken   *tokens,
                      guint       n,
                      gboolean    mark,
                      GArray     *sentences)
{
  SentenceOut out = { sentences, sentences->len };
  guint first = 0;

  for (EntToken *token = tokens; token < tokens + n; token++)
    {
      guint end;

      if ((token->flags & (ENT_TOKEN_LINE_BEFORE | ENT_TOKEN_PARA_BEFORE)) &&
          token > tokens + first &&
          (token->flags & (ENT_TOKEN_PARA_BEFORE | ENT_TOKEN_CAPITALISED)))
        {
          add_sentence (&out, first, (guint)(token - tokens));
          first = (guint)(token - tokens);
        }
      if (!is_terminal (text, token))
        continue;
      end = closing_end (text, tokens, n, (guint)(token - tokens) + 1);
      if (end >= n || starts_sentence (&tokens[end]) ||
          (tokens[end].flags & ENT_TOKEN_LINE_BEFORE))
        {
          if (mark)
            token->flags |= ENT_TOKEN_SENTENCE_END;
          add_sentence (&out, first, end);
          first = end;
          token = tokens + end - 1;
        }
    }
  if (first < n)
    add_sentence (&out, first, n);
  g_array_set_size (sentences, out.n);
}
