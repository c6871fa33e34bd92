/* ent-tokenizer.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ent-tokenizer.h"

#define FNV_OFFSET ENT_TEXT_HASH_EMPTY
#define FNV_PRIME  ENT_TEXT_HASH_PRIME

/* Abbreviations that keep their period: a period after them does not end
 * the sentence. Lower case, without the period. */
static const char *abbreviations[] = {
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr",
  "gov", "sen", "rep", "rev", "st", "mt", "ft", "jr", "sr", "no", "vs", "etc", "inc", "ltd",
  "corp", "co", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
  "e.g", "i.e", "approx", "est", "pres", "sec", "dept", "gov't", "univ", "mln", "bln",
};

static GHashTable *
abbreviation_set (void)
{
  static GHashTable *set;

  if (g_once_init_enter (&set))
    {
      GHashTable *s = g_hash_table_new (g_int64_hash, g_int64_equal);
      static guint64 hashes[G_N_ELEMENTS (abbreviations)];

      for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
        {
          hashes[i] = ent_text_hash_str (abbreviations[i]);
          g_hash_table_add (s, &hashes[i]);
        }
      g_once_init_leave (&set, s);
    }
  return set;
}

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

guint64
ent_text_hash_str (const char *word)
{
  return ent_text_hash (word, -1);
}

static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum ((char)c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static inline gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

static inline gboolean
is_quote (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB ||
         c == 0x00BB || c == 0x2018 || c == 0x2019 || c == '\'';
}

static inline gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

typedef struct
{
  const char *text;
  const char *p;
  const char *end;
  guint32     chars;   /* character offset of p */
  GArray     *tokens;  /* its length is a capacity while scanning */
  guint       n;       /* tokens written */
} Scanner;

/* The next token's slot: written in place, without a copy per token. */
static inline EntToken *
new_token (Scanner *sc)
{
  if (sc->n == sc->tokens->len)
    g_array_set_size (sc->tokens, MAX (64, sc->tokens->len * 2));
  return &g_array_index (sc->tokens, EntToken, sc->n++);
}

static inline gunichar
peek (Scanner    *sc,
      const char *at)
{
  if (at >= sc->end)
    return 0;
  if ((guchar)*at < 0x80)
    return (guchar)*at;
  return g_utf8_get_char_validated (at, sc->end - at);
}

static inline const char *
next_at (const char *at)
{
  return (guchar)*at < 0x80 ? at + 1 : g_utf8_next_char (at);
}

static void
advance_to (Scanner    *sc,
            const char *to)
{
  while (sc->p < to)
    {
      if (((guchar)*sc->p & 0xC0) != 0x80)
        sc->chars++;
      sc->p++;
    }
}

/* The token from @start to the scanner's position. */
static inline EntToken *
write_token (Scanner      *sc,
             const char   *start,
             guint32       cstart,
             EntTokenKind  kind,
             guint16       flags,
             guint64       hash)
{
  EntToken *token = new_token (sc);

  *token = (EntToken) { 0 };
  token->start = (guint32)(start - sc->text);
  token->end = (guint32)(sc->p - sc->text);
  token->cstart = cstart;
  token->cend = sc->chars;
  token->kind = kind;
  token->flags = flags;
  token->hash = hash;
  return token;
}

static EntToken *
push (Scanner      *sc,
      const char   *start,
      guint32       cstart,
      EntTokenKind  kind,
      guint16       flags)
{
  return write_token (sc, start, cstart, kind, flags, ent_text_hash (start, sc->p - start));
}

/* Ends an ASCII word read up to @end: all capitals if every letter of
 * two or more is one. */
static inline void
push_read_word (Scanner    *sc,
                const char *start,
                const char *end,
                guint32     cstart,
                guint16     flags,
                guint       letters,
                guint       upper,
                gboolean    digits,
                guint64     hash)
{
  if (letters >= 2 && upper == letters)
    flags |= ENT_TOKEN_ALL_CAPS;
  sc->p = end;
  sc->chars += (guint32)(end - start);
  write_token (sc, start, cstart, digits ? ENT_TOKEN_NUMBER : ENT_TOKEN_WORD, flags, hash);
}

/* A word of ASCII characters only, its hash, case and digits found in
 * one pass; FALSE when a character is not ASCII. */
static gboolean
push_ascii_word (Scanner    *sc,
                 const char *start,
                 const char *end,
                 guint32     cstart,
                 guint16     flags)
{
  guint64 h = FNV_OFFSET;
  guint letters = 0, upper = 0;
  gboolean digits = TRUE;

  for (const char *s = start; s < end; s++)
    {
      guchar c = (guchar)*s;

      if (c >= 0x80)
        return FALSE;
      if (g_ascii_isalpha (c))
        {
          if (c <= 'Z')
            {
              if (letters == 0)
                flags |= ENT_TOKEN_CAPITALISED;
              upper++;
              c += 32;
            }
          letters++;
        }
      if (c != '.' && c != '\'')
        h = hash_byte (h, c);
      if (!g_ascii_isdigit (c) && c != ',' && c != '.')
        digits = FALSE;
    }
  push_read_word (sc, start, end, cstart, flags, letters, upper, digits, h);
  return TRUE;
}

/* Whether the separator at @s continues a number: a decimal point before
 * a digit, or a comma before three digits and no fourth. */
static inline gboolean
in_number (const char *s,
           const char *end)
{
  if (*s == '.')
    return s + 1 < end && g_ascii_isdigit (s[1]);
  if (*s != ',' || s + 3 >= end || !g_ascii_isdigit (s[1]) || !g_ascii_isdigit (s[2]) ||
      !g_ascii_isdigit (s[3]))
    return FALSE;
  return s + 4 >= end || !g_ascii_isdigit (s[4]);
}

/* The common case in one pass: a run of ASCII letters and digits that
 * ends on anything but a dot, an apostrophe or a non-ASCII character is a
 * whole word; its hash, case and digits are found as it is read. FALSE,
 * with nothing read, for any other word. */
static gboolean
scan_ascii_word (Scanner *sc,
                 guint32  cstart,
                 guint16  flags)
{
  const char *start = sc->p, *end = sc->p;
  guint64 h = FNV_OFFSET;
  guint letters = 0, upper = 0;

  for (; end < sc->end; end++)
    {
      guchar c = (guchar)*end;

      if (c >= 'a' && c <= 'z')
        letters++;
      else if (c >= 'A' && c <= 'Z')
        {
          if (letters == 0)
            flags |= ENT_TOKEN_CAPITALISED;
          letters++;
          upper++;
          c += 32;
        }
      else if (!(c >= '0' && c <= '9'))
        {
          /* "35.3", "5,000": a number goes on past its separators */
          if (letters == 0 && end > start && in_number (end, sc->end))
            {
              if (c == ',')
                h = hash_byte (h, c);
              continue;
            }
          break;
        }
      h = hash_byte (h, c);
    }
  /* a number ends at a full stop ("rose to 35.3."); a word may go on
   * past one ("U.S.") */
  if (end == start ||
      (end < sc->end && ((guchar)*end >= 0x80 || *end == '\'' || (*end == '.' && letters > 0))))
    return FALSE;
  /* a letter makes it a word, not a number */
  push_read_word (sc, start, end, cstart, flags, letters, upper, letters == 0, h);
  return TRUE;
}

static void
set_case_flags (Scanner  *sc,
                EntToken *token)
{
  guint letters = 0, upper = 0;
  gboolean first = TRUE;

  for (const char *s = sc->text + token->start; s < sc->text + token->end; s = next_at (s))
    {
      gunichar c = peek (sc, s);
      gboolean ascii = c < 0x80;

      if (ascii ? !g_ascii_isalpha ((char)c) : !g_unichar_isalpha (c))
        continue;
      letters++;
      if (ascii ? g_ascii_isupper ((char)c) : g_unichar_isupper (c))
        {
          upper++;
          if (first)
            token->flags |= ENT_TOKEN_CAPITALISED;
        }
      first = FALSE;
    }
  if (letters >= 2 && upper == letters)
    token->flags |= ENT_TOKEN_ALL_CAPS;
}

static gboolean
all_digits (const char *s,
            const char *end)
{
  for (; s < end; s++)
    if (!g_ascii_isdigit (*s) && *s != ',' && *s != '.')
      return FALSE;
  return TRUE;
}

/* Scans a word starting at sc->p; returns its end (exclusive). Keeps
 * internal apostrophes (O'Brien) but not 's and n't, and dotted
 * abbreviations (U.S., Mr.). */
static const char *
scan_word (Scanner  *sc,
           gboolean *dotted)
{
  const char *s = sc->p;

  *dotted = FALSE;
  while (s < sc->end)
    {
      gunichar c = peek (sc, s);

      if (is_word_char (c))
        {
          s = next_at (s);
          continue;
        }
      /* "5,000’s": a number goes on past its separators here too */
      if ((c == '.' || c == ',') && s > sc->p && all_digits (sc->p, s) && in_number (s, sc->end))
        {
          s++;
          continue;
        }
      if (is_apostrophe (c))
        {
          const char *after = next_at (s);
          gunichar n = peek (sc, after);

          /* 's, 've, 'll, 're, 'd and n't become tokens of their own:
           * "didn't" is "did" and "n't", "won't" is "wo" and "n't". */
          if (!is_word_char (n))
            break;
          if (s > sc->p && (s[-1] == 'n' || s[-1] == 'N') && (n == 't' || n == 'T') &&
              !is_word_char (peek (sc, next_at (after))))
            {
              if (s - 1 > sc->p)
                s--;
              else
                s = next_at (after);
              break;
            }
          if ((n == 's' || n == 't' || n == 'd') && !is_word_char (peek (sc, next_at (after))))
            break;
          s = after;
          continue;
        }
      if (c == '.' && s > sc->p)
        {
          const char *after = s + 1;
          gunichar n = peek (sc, after);

          /* U.S. — letters separated by dots. */
          if (g_unichar_isalpha (n) && !is_word_char (peek (sc, next_at (after))) &&
              s - sc->p <= 2)
            {
              s = after;
              *dotted = TRUE;
              continue;
            }
          if (*dotted)
            {
              s++;
              break;
            }
          /* Initials (George W. Bush) and known abbreviations. */
          if ((s - sc->p == 1 && g_ascii_isupper (*sc->p)) ||
              g_hash_table_contains (abbreviation_set (), &(guint64){ ent_text_hash (sc->p, s - sc->p) }))
            {
              s++;
              *dotted = TRUE;
            }
          break;
        }
      break;
    }
  return s;
}


static void
scan (Scanner *sc)
{
  guint16 pending = ENT_TOKEN_LINE_BEFORE | ENT_TOKEN_PARA_BEFORE;
  gboolean hyphen = FALSE;

  while (sc->p < sc->end)
    {
      gunichar c = peek (sc, sc->p);
      const char *start = sc->p;
      guint32 cstart = sc->chars;

      /* the common case first: one space between words */
      if (c == ' ')
        {
          hyphen = FALSE;
          sc->p++;
          sc->chars++;
          continue;
        }
      if (c == '\n')
        {
          pending |= (pending & ENT_TOKEN_LINE_BEFORE) ? ENT_TOKEN_PARA_BEFORE : ENT_TOKEN_LINE_BEFORE;
          hyphen = FALSE;
          advance_to (sc, sc->p + 1);
          continue;
        }
      if (c == ' ' || c == '\t' || c == '\r' || c == 0xA0 || (c > 0x7F && g_unichar_isspace (c)))
        {
          hyphen = FALSE;
          advance_to (sc, next_at (sc->p));
          continue;
        }

      if (is_word_char (c))
        {
          guint16 flags = pending | (hyphen ? ENT_TOKEN_HYPHEN_BEFORE : 0);

          if (!scan_ascii_word (sc, cstart, flags))
            {
              gboolean dotted;
              const char *end = scan_word (sc, &dotted);
              EntToken *token;

              flags |= dotted ? ENT_TOKEN_DOTTED : 0;
              /* Every token consumes at least one character. */
              if (end <= sc->p)
                end = next_at (sc->p);
              if (!push_ascii_word (sc, start, end, cstart, flags))
                {
                  advance_to (sc, end);
                  token = push (sc, start, cstart,
                                all_digits (start, end) ? ENT_TOKEN_NUMBER : ENT_TOKEN_WORD, flags);
                  set_case_flags (sc, token);
                }
            }
          pending = 0;
          hyphen = FALSE;

          /* A hyphen between two words joins them: Iran-backed, al-Qaida. */
          if (sc->p < sc->end && is_hyphen (peek (sc, sc->p)) &&
              is_word_char (peek (sc, next_at (sc->p))))
            {
              advance_to (sc, next_at (sc->p));
              hyphen = TRUE;
            }
          continue;
        }

      if (is_apostrophe (c) && sc->n > 0 && start > sc->text &&
          is_word_char (peek (sc, g_utf8_prev_char (start))))
        {
          /* 's, n't and friends after a word. */
          const char *end = next_at (sc->p);

          while (end < sc->end && is_word_char (peek (sc, end)))
            end = next_at (end);
          if (end - start <= 4)
            {
              advance_to (sc, end);
              push (sc, start, cstart, ENT_TOKEN_WORD, pending);
              pending = 0;
              continue;
            }
        }
      /* Punctuation: one character, except -- and ... runs. */
      advance_to (sc, next_at (sc->p));
      if ((c == '-' || c == '.') && sc->p < sc->end && (guchar)*sc->p == c)
        while (sc->p < sc->end && (guchar)*sc->p == c)
          advance_to (sc, sc->p + 1);
      push (sc, start, cstart, ENT_TOKEN_PUNCT, pending | (is_quote (c) ? ENT_TOKEN_QUOTE : 0));
      pending = 0;
      hyphen = FALSE;
    }
}

static gboolean
is_terminal (const char     *text,
             const EntToken *token)
{
  const char *s = text + token->start;

  if (token->kind != ENT_TOKEN_PUNCT)
    return FALSE;
  return *s == '.' || *s == '?' || *s == '!' || strncmp (s, "…", 3) == 0;
}

static gboolean
starts_sentence (const char     *text,
                 const EntToken *token)
{
  return (token->flags & (ENT_TOKEN_CAPITALISED | ENT_TOKEN_QUOTE)) != 0 ||
         token->kind == ENT_TOKEN_NUMBER;
}

/* Splits the tokens into sentences: at . ? ! before a capital, a quote or
 * a number, after closing quotes; at paragraph breaks; and at line breaks
 * before a capitalised line (headlines, datelines and bylines have no
 * final period). */
static void
split_sentences (const char *text,
                 GArray     *tokens,
                 GArray     *sentences)
{
  EntSentence sentence = { 0, 0 };
  guint n = tokens->len;

  for (guint i = 0; i < n; i++)
    {
      EntToken *token = &g_array_index (tokens, EntToken, i);
      gboolean split = FALSE;
      guint end = i + 1;

      if (i > sentence.first && (token->flags & ENT_TOKEN_PARA_BEFORE))
        {
          sentence.last = i;
          g_array_append_val (sentences, sentence);
          sentence.first = i;
        }
      else if (i > sentence.first && (token->flags & ENT_TOKEN_LINE_BEFORE) &&
               (token->flags & ENT_TOKEN_CAPITALISED))
        {
          sentence.last = i;
          g_array_append_val (sentences, sentence);
          sentence.first = i;
        }

      if (!is_terminal (text, token))
        continue;

      /* Closing quotes and brackets stay with the sentence they close. */
      while (end < n)
        {
          EntToken *next = &g_array_index (tokens, EntToken, end);
          const char *s = text + next->start;

          if (next->kind == ENT_TOKEN_PUNCT && (next->flags & ENT_TOKEN_QUOTE) &&
              !(next->flags & (ENT_TOKEN_LINE_BEFORE | ENT_TOKEN_PARA_BEFORE)) &&
              (end + 1 >= n || starts_sentence (text, &g_array_index (tokens, EntToken, end + 1)) ||
               (g_array_index (tokens, EntToken, end + 1).flags & ENT_TOKEN_LINE_BEFORE)))
            end++;
          else if (next->kind == ENT_TOKEN_PUNCT && (*s == ')' || *s == ']'))
            end++;
          else
            break;
        }
      if (end >= n)
        split = TRUE;
      else
        {
          EntToken *next = &g_array_index (tokens, EntToken, end);
          split = starts_sentence (text, next) || (next->flags & ENT_TOKEN_LINE_BEFORE);
        }
      if (split)
        {
          token->flags |= ENT_TOKEN_SENTENCE_END;
          sentence.last = end;
          g_array_append_val (sentences, sentence);
          sentence.first = end;
          i = end - 1;
        }
    }
  if (sentence.first < n)
    {
      sentence.last = n;
      g_array_append_val (sentences, sentence);
    }
}

/**
 * ent_tokenize:
 * @tokens: (element-type EntToken): appended to
 * @sentences: (element-type EntSentence): appended to
 *
 * Splits UTF-8 text into tokens and sentences. Thread-safe.
 */
void
ent_tokenize (const char *text,
              gsize       length,
              GArray     *tokens,
              GArray     *sentences)
{
  Scanner sc = { text, text, text + length, 0, tokens, tokens->len };
  guint first = tokens->len;

  g_return_if_fail (length < G_MAXUINT32);

  scan (&sc);
  g_array_set_size (tokens, sc.n);
  if (sentences != NULL)
    {
      g_autoptr(GArray) view = g_array_new (FALSE, FALSE, sizeof (EntToken));

      /* Sentences index the tokens of this call only. */
      if (first == 0)
        split_sentences (text, tokens, sentences);
      else
        {
          g_array_append_vals (view, &g_array_index (tokens, EntToken, first), tokens->len - first);
          split_sentences (text, view, sentences);
        }
    }
}
