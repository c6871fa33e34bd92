/* ent-tokenizer.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ent-tokenizer.h"
#include "ent-tokenizer-private.h"

#define FNV_OFFSET ENT_TEXT_HASH_EMPTY
#define FNV_PRIME  ENT_TEXT_HASH_PRIME

/* Folds one byte into the hash. */
static inline guint64
hash_byte (guint64 h,
           guchar  c)
{
  return (h ^ c) * FNV_PRIME;
}

/* Whether @c belongs in a word: a letter, a digit or a combining mark. */
static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum ((char)c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Whether @c is an apostrophe, straight or typographic. */
static inline gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

/* Whether @c is a quotation mark. */
static inline gboolean
is_quote (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB ||
         c == 0x00BB || c == 0x2018 || c == 0x2019 || c == '\'';
}

/* Whether @c is a hyphen that may join two words. */
static inline gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

/* What an ASCII byte is to the scanner: its BYTE_* classes, and in the
 * low byte a letter or a digit as it is hashed, lowered; 0 for any other
 * byte. Bytes from 0x80 have no class: they belong to UTF-8 characters,
 * which peek() reads. */
enum
{
  BYTE_LOWER = 1 << 8,
  BYTE_UPPER = 1 << 9,
  BYTE_DIGIT = 1 << 10,
  BYTE_BLANK = 1 << 11,  /* a space that is not a line break */
};

#define BYTE_LETTER (BYTE_LOWER | BYTE_UPPER)
#define BYTE_WORD   0xFF   /* a letter or a digit */

#define DIGIT_BYTE(c)    [c] = BYTE_DIGIT | (c)
#define LETTER_BYTES(c)  [c] = BYTE_UPPER | ((c) | 0x20), [(c) | 0x20] = BYTE_LOWER | ((c) | 0x20)

static const guint16 byte_class[256] = {
  DIGIT_BYTE ('0'), DIGIT_BYTE ('1'), DIGIT_BYTE ('2'), DIGIT_BYTE ('3'), DIGIT_BYTE ('4'),
  DIGIT_BYTE ('5'), DIGIT_BYTE ('6'), DIGIT_BYTE ('7'), DIGIT_BYTE ('8'), DIGIT_BYTE ('9'),
  LETTER_BYTES ('A'), LETTER_BYTES ('B'), LETTER_BYTES ('C'), LETTER_BYTES ('D'),
  LETTER_BYTES ('E'), LETTER_BYTES ('F'), LETTER_BYTES ('G'), LETTER_BYTES ('H'),
  LETTER_BYTES ('I'), LETTER_BYTES ('J'), LETTER_BYTES ('K'), LETTER_BYTES ('L'),
  LETTER_BYTES ('M'), LETTER_BYTES ('N'), LETTER_BYTES ('O'), LETTER_BYTES ('P'),
  LETTER_BYTES ('Q'), LETTER_BYTES ('R'), LETTER_BYTES ('S'), LETTER_BYTES ('T'),
  LETTER_BYTES ('U'), LETTER_BYTES ('V'), LETTER_BYTES ('W'), LETTER_BYTES ('X'),
  LETTER_BYTES ('Y'), LETTER_BYTES ('Z'),
  [' '] = BYTE_BLANK,
  ['\t'] = BYTE_BLANK,
  ['\r'] = BYTE_BLANK,
};

/* The state of a scan. scan() keeps the position in locals, and stores
 * it here, with its character offset, for the paths that use it. */
typedef struct
{
  const char *text;
  const char *p;
  const char *end;
  guint32     chars;   /* character offset of p */
  EntToken   *out;     /* the tokens of this call */
  guint       n;       /* tokens written there */
  guint       room;    /* and room for them */
  GArray     *tokens;  /* where they go, after @before tokens of earlier calls */
  guint       before;
} Scanner;

/* Makes room for more tokens in the array: twice as many, but never
 * more than the text can hold, as each token has a byte at least. */
static void
grow_tokens (Scanner *sc)
{
  gsize room = MIN (MAX ((gsize)64, (gsize)sc->room * 2), (gsize)(sc->end - sc->text));

  g_assert (room > sc->n);
  g_array_set_size (sc->tokens, sc->before + (guint)room);
  sc->out = &g_array_index (sc->tokens, EntToken, sc->before);
  sc->room = (guint)room;
}

/* The next token's slot: written in place, without a copy per token. */
static inline EntToken *
new_token (Scanner *sc)
{
  if (G_UNLIKELY (sc->n == sc->room))
    grow_tokens (sc);
  return &sc->out[sc->n++];
}

/* The character at @at, 0 at the end of the text, and (gunichar)-1 or
 * -2 for a byte that does not start one. */
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

/* Where the character at @at ends, as its first byte says. */
static inline const char *
next_at (const char *at)
{
  return (guchar)*at < 0x80 ? at + 1 : g_utf8_next_char (at);
}

/* Moves the scanner to @to, counting the characters passed. */
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

  token->start = (guint32)(start - sc->text);
  token->end = (guint32)(sc->p - sc->text);
  token->cstart = cstart;
  token->cend = sc->chars;
  token->hash = hash;
  token->flags = flags;
  token->kind = kind;
  token->tag = 0;
  return token;
}

/* The token from @start to the scanner's position, hashed from its text. */
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

/* Whether @c is an ASCII digit. */
static inline gboolean
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

/* Whether the separator at @s continues a number: a decimal point before
 * a digit, or a comma before three digits and no fourth. */
static inline gboolean
in_number (const char *s,
           const char *end)
{
  if (*s == '.')
    return s + 1 < end && is_digit (s[1]);
  if (*s != ',' || s + 3 >= end || !is_digit (s[1]) || !is_digit (s[2]) || !is_digit (s[3]))
    return FALSE;
  return s + 4 >= end || !is_digit (s[4]);
}

/* Sets the case flags of a token of any characters. */
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

/* Whether [@s, @end) has only digits and the separators of a number. */
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
              _ent_abbreviation_keeps_stop (sc->p, s + 1, sc->end,
                                            ent_text_hash (sc->p, s - sc->p)))
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

/* A word of the scanner's own reading: every character not ASCII, or a
 * word that only the character by character reading gets right. */
static void
push_scanned_word (Scanner *sc,
                   guint32  cstart,
                   guint16  flags)
{
  const char *start = sc->p;
  gboolean dotted;
  const char *end = scan_word (sc, &dotted);

  flags |= dotted ? ENT_TOKEN_DOTTED : 0;
  /* Every token consumes at least one character. */
  if (end <= sc->p)
    end = next_at (sc->p);
  if (!push_ascii_word (sc, start, end, cstart, flags))
    {
      EntToken *token;

      advance_to (sc, end);
      token = push (sc, start, cstart,
                    all_digits (start, end) ? ENT_TOKEN_NUMBER : ENT_TOKEN_WORD, flags);
      set_case_flags (sc, token);
    }
}

/* Reads the run of ASCII letters and digits at @s, which is one, on past
 * the separators of a number ("35.3", "5,000"); folds it into *@hash
 * and its BYTE_* classes into *@seen, and returns where it stops. @lower
 * says that the run starts with a small letter: that makes it a word,
 * neither capitalised nor in capitals whatever follows, so that the
 * classes of the rest are not gathered. */
static G_ALWAYS_INLINE inline const char *
read_run (const char *s,
          const char *end,
          gboolean    lower,
          guint64    *hash,
          guint      *seen)
{
  guint64 h = FNV_OFFSET;
  guint classes = lower ? BYTE_LOWER : 0;

  for (;;)
    {
      for (; s < end; s++)
        {
          guint class = byte_class[(guchar)*s];
          guchar lowered = (guchar)class;

          if (lowered == 0)
            break;
          if (!lower)
            classes |= class;
          h ^= lowered;
          h *= FNV_PRIME;
        }
      /* a number goes on past its separators; a word does not */
      if (s == end || (classes & BYTE_LETTER) || !in_number (s, end))
        break;
      if (*s == ',')
        h = hash_byte (h, ',');
      s++;
    }
  *hash = h;
  *seen = classes;
  return s;
}

/* The case flags of the ASCII word [@start, @end) with letters of the
 * classes @seen, an upper-case one among them: capitalised if its first
 * letter is upper case, all capitals if every letter of two or more
 * is. */
static guint16
case_flags (const char *start,
            const char *end,
            guint       seen)
{
  const char *s = start;
  guint16 flags = 0;
  gsize letters = 0;

  while (!(byte_class[(guchar)*s] & BYTE_LETTER))
    s++;
  if (byte_class[(guchar)*s] & BYTE_UPPER)
    flags |= ENT_TOKEN_CAPITALISED;
  if (seen & BYTE_LOWER)
    return flags;
  for (; s < end; s++)
    letters += (byte_class[(guchar)*s] & BYTE_LETTER) != 0;
  if (letters >= 2)
    flags |= ENT_TOKEN_ALL_CAPS;
  return flags;
}

/* The token [@start, @end) of ASCII characters; @cont is the number of
 * bytes before it that continue a character. */
static G_ALWAYS_INLINE inline void
put_token (Scanner      *sc,
           const char   *start,
           const char   *end,
           guint32       cont,
           guint64       hash,
           guint16       flags,
           EntTokenKind  kind)
{
  guint32 from = (guint32)(start - sc->text), to = (guint32)(end - sc->text);
  EntToken *token;

  if (G_UNLIKELY (sc->n == sc->room))
    grow_tokens (sc);
  token = &sc->out[sc->n++];
  token->start = from;
  token->end = to;
  token->cstart = from - cont;
  token->cend = to - cont;
  token->hash = hash;
  token->flags = flags;
  token->kind = kind;
  token->tag = 0;
}

/* The token of an ASCII word: its run of letters and digits
 * [@start, @run_end) of hash @hash and classes @seen, and up to @end,
 * which may take in the full stop of an abbreviation; @cont is the
 * number of bytes before it that continue a character. */
static G_ALWAYS_INLINE inline void
put_word (Scanner    *sc,
          const char *start,
          const char *run_end,
          const char *end,
          guint32     cont,
          guint64     hash,
          guint       seen,
          guint16     flags)
{
  if (end != run_end)
    flags |= ENT_TOKEN_DOTTED;
  if (seen & BYTE_UPPER)
    flags |= case_flags (start, run_end, seen);
  put_token (sc, start, end, cont, hash, flags,
             (seen & BYTE_LETTER) ? ENT_TOKEN_WORD : ENT_TOKEN_NUMBER);
}

/* ASCII punctuation at @p, with the flags @flags: one character, except
 * -- and ... runs. Returns where it ends. */
static G_ALWAYS_INLINE inline const char *
put_ascii_punct (Scanner    *sc,
                 const char *p,
                 guint32     cont,
                 guint16     flags)
{
  guchar c = (guchar)*p;
  const char *end = p + 1;
  /* ent_text_hash() of the run, without its call */
  guint64 h = (c == '.' || c == '\'') ? FNV_OFFSET : hash_byte (FNV_OFFSET, c);

  if (c == '-' || c == '.')
    for (; end < sc->end && (guchar)*end == c; end++)
      h = c == '-' ? hash_byte (h, c) : h;
  if (c == '"' || c == '\'')
    flags |= ENT_TOKEN_QUOTE;
  put_token (sc, p, end, cont, h, flags, ENT_TOKEN_PUNCT);
  return end;
}

/* Where scan_word() would end a word whose ASCII run stops at an
 * apostrophe @s, with @after after it: before it, or a little before
 * for n't ("did|n't"). NULL when the apostrophe is inside the word
 * (O'Brien) or the case is rare, for scan_word() to read. */
static const char *
apostrophe_word_end (Scanner    *sc,
                     const char *start,
                     const char *s,
                     const char *after)
{
  gunichar n = peek (sc, after);
  gboolean more;

  if (!is_word_char (n))
    return s;
  more = is_word_char (peek (sc, next_at (after)));
  if ((s[-1] == 'n' || s[-1] == 'N') && (n == 't' || n == 'T') && !more)
    return s - 1 > start ? s - 1 : NULL;
  if ((n == 's' || n == 't' || n == 'd') && !more)
    return s;
  return NULL;
}

/* Where scan_word() would end a word whose ASCII run of letters, of hash
 * @hash, stops at a full stop @s: after it for an initial or a known
 * abbreviation ("W.", "Mr."), which makes the word dotted, else before
 * it. NULL for letters between dots ("U.S."), for scan_word() to read. */
static const char *
dot_word_end (Scanner    *sc,
              const char *start,
              const char *s,
              guint64     hash)
{
  const char *after = s + 1;

  if (s - start <= 2 && after < sc->end &&
      ((guchar)*after >= 0x80 || (byte_class[(guchar)*after] & BYTE_LETTER)))
    return NULL;
  if ((s - start == 1 && g_ascii_isupper (*start)) ||
      _ent_abbreviation_keeps_stop (start, after, sc->end, hash))
    return after;
  return s;
}

/* Where the word whose run of ASCII letters and digits [@start, @s) is
 * read ends, when that is plain: at the end of the run, or after the
 * full stop of an abbreviation. NULL for an apostrophe or a character
 * that is not ASCII after the run, or letters between dots. */
static G_ALWAYS_INLINE inline const char *
plain_word_end (Scanner    *sc,
                const char *start,
                const char *s,
                guint64     hash,
                guint       seen)
{
  guchar c;

  if (s == sc->end)
    return s;
  c = (guchar)*s;
  /* a number ends at a full stop ("rose to 35.3."); a word may go on
   * past one ("U.S.") */
  if (c == '.' && (seen & BYTE_LETTER))
    return dot_word_end (sc, start, s, hash);
  if (c == '\'' || c >= 0x80)
    return NULL;
  return s;
}

/* Stores the position @p in the scanner, for the paths that use it
 * there; @cont is the number of bytes before it that continue a
 * character. */
static inline void
store_position (Scanner    *sc,
                const char *p,
                guint32     cont)
{
  sc->p = p;
  sc->chars = (guint32)(p - sc->text) - cont;
}

/* The number of bytes before the scanner's position that continue a
 * character, by which it is ahead of its character offset. */
static inline guint32
position_cont (Scanner *sc)
{
  return (guint32)(sc->p - sc->text) - sc->chars;
}

/* Where scan_word() would end the word whose run of ASCII letters and
 * digits [@start, @s) stops at an apostrophe or a character that is not
 * ASCII: NULL when only scan_word() can tell. */
static const char *
odd_word_end (Scanner    *sc,
              const char *start,
              const char *s)
{
  guchar c = (guchar)*s;

  if (c == '\'')
    return apostrophe_word_end (sc, start, s, s + 1);
  /* U+2019, the typographic apostrophe of "Russia’s" */
  if (c == 0xE2 && sc->end - s >= 3 && (guchar)s[1] == 0x80 && (guchar)s[2] == 0x99)
    return apostrophe_word_end (sc, start, s, s + 3);
  return is_word_char (peek (sc, s)) ? NULL : s;
}

/* A word at the scanner's position that starts with an ASCII letter or
 * digit and that plain_word_end() left: one with an apostrophe or a
 * character that is not ASCII after its run of ASCII letters and
 * digits, or with letters between dots. */
static G_NO_INLINE void
push_ascii_start_word (Scanner *sc,
                       guint16  flags)
{
  const char *start = sc->p;
  const char *run_end, *end;
  guint64 hash;
  guint seen;

  run_end = read_run (start, sc->end, FALSE, &hash, &seen);
  if (run_end < sc->end && (*run_end == '\'' || (guchar)*run_end >= 0x80) &&
      (end = odd_word_end (sc, start, run_end)) != NULL)
    {
      if (end == run_end)
        {
          put_word (sc, start, end, end, position_cont (sc), hash, seen, flags);
          sc->chars += (guint32)(end - start);
          sc->p = end;
        }
      else
        /* "did" of "didn't": shorter than the run */
        push_ascii_word (sc, start, end, sc->chars, flags);
      return;
    }
  push_scanned_word (sc, sc->chars, flags);
}

/* After a word: moves past a hyphen that joins it to the next word
 * (Iran-backed, al-Qaida), and says whether there was one. */
static G_NO_INLINE gboolean
join_hyphen (Scanner *sc)
{
  const char *s = sc->p;

  if (s == sc->end || !is_hyphen (peek (sc, s)) || !is_word_char (peek (sc, next_at (s))))
    return FALSE;
  advance_to (sc, next_at (s));
  return TRUE;
}

/* 's, n't and friends after a word, at the apostrophe: a word token of
 * their own when short. FALSE, with nothing read, for any other
 * apostrophe. */
static gboolean
push_clitic (Scanner *sc,
             guint32  cstart,
             guint16  flags)
{
  const char *start = sc->p;
  const char *before, *end;

  if (sc->before + sc->n == 0 || start == sc->text)
    return FALSE;
  before = g_utf8_find_prev_char (sc->text, start);
  if (before == NULL || !is_word_char (peek (sc, before)))
    return FALSE;
  end = next_at (start);
  while (end < sc->end && end - start <= 4 && is_word_char (peek (sc, end)))
    end = next_at (end);
  if (end - start > 4)
    return FALSE;
  advance_to (sc, end);
  push (sc, start, cstart, ENT_TOKEN_WORD, flags);
  return TRUE;
}

/* Punctuation at the scanner's position, the character @c: one
 * character, except -- and ... runs. */
static void
push_punct (Scanner  *sc,
            guint32   cstart,
            gunichar  c,
            guint16   flags)
{
  const char *start = sc->p;
  const char *to;
  char padded[8] = { 0 };

  if (c < 0x80)
    {
      sc->p = put_ascii_punct (sc, start, position_cont (sc), flags);
      sc->chars += (guint32)(sc->p - start);
      return;
    }
  if (is_quote (c))
    flags |= ENT_TOKEN_QUOTE;
  to = next_at (start);
  if (to <= sc->end)
    {
      advance_to (sc, to);
      push (sc, start, cstart, ENT_TOKEN_PUNCT, flags);
      return;
    }
  /* A character cut off by the end of the text ends there, and is
   * hashed from a copy, so that nothing after the text is read. */
  memcpy (padded, start, (gsize)(sc->end - start));
  advance_to (sc, sc->end);
  write_token (sc, start, cstart, ENT_TOKEN_PUNCT, flags,
               ent_text_hash (padded, sc->end - start));
}

/* What scan() leaves at the scanner's position: a character that is not
 * ASCII, or an apostrophe. @before has the flags for the next token;
 * returns them after this. */
static G_NO_INLINE guint16
scan_other (Scanner *sc,
            guint16  before)
{
  guchar b = (guchar)*sc->p;
  guint16 pending = before & ~ENT_TOKEN_HYPHEN_BEFORE;
  guint32 cstart = sc->chars;
  gunichar c = b;

  if (b >= 0x80)
    {
      c = peek (sc, sc->p);
      if (c == 0xA0 || g_unichar_isspace (c))
        {
          advance_to (sc, next_at (sc->p));
          return pending;
        }
      if (is_word_char (c))
        {
          push_scanned_word (sc, cstart, before);
          return join_hyphen (sc) ? ENT_TOKEN_HYPHEN_BEFORE : 0;
        }
    }
  if (is_apostrophe (c) && push_clitic (sc, cstart, pending))
    return before & ENT_TOKEN_HYPHEN_BEFORE;
  push_punct (sc, cstart, c, pending);
  return 0;
}

/* Reads the word that starts with the ASCII letter or digit at @p, with
 * the flags @before; returns where it ends. */
static G_ALWAYS_INLINE inline const char *
scan_ascii_word (Scanner    *sc,
                 const char *p,
                 guint32    *cont,
                 guint16     before)
{
  guint64 hash;
  guint seen;
  const char *run_end = byte_class[(guchar)*p] & BYTE_LOWER
                        ? read_run (p, sc->end, TRUE, &hash, &seen)
                        : read_run (p, sc->end, FALSE, &hash, &seen);
  const char *end = plain_word_end (sc, p, run_end, hash, seen);

  if (end != NULL)
    {
      put_word (sc, p, run_end, end, *cont, hash, seen, before);
      return end;
    }
  store_position (sc, p, *cont);
  push_ascii_start_word (sc, before);
  *cont = position_cont (sc);
  return sc->p;
}

/* After a word at @p: moves past a hyphen that joins it to the next
 * word (Iran-backed, al-Qaida); returns the flags of the next token. */
static G_ALWAYS_INLINE inline guint16
hyphen_after_word (Scanner     *sc,
                   const char **p,
                   guint32     *cont)
{
  const char *s = *p;
  gboolean joined;

  if (s == sc->end || (*s != '-' && (guchar)*s < 0x80))
    return 0;
  if (*s == '-' && s + 1 < sc->end && (guchar)s[1] < 0x80)
    {
      if (!(byte_class[(guchar)s[1]] & BYTE_WORD))
        return 0;
      *p = s + 1;
      return ENT_TOKEN_HYPHEN_BEFORE;
    }
  store_position (sc, s, *cont);
  joined = join_hyphen (sc);
  *p = sc->p;
  *cont = position_cont (sc);
  return joined ? ENT_TOKEN_HYPHEN_BEFORE : 0;
}

/* Splits the text into tokens. The position is kept in locals, as the
 * number of bytes before it that continue a character rather than its
 * character offset, which ASCII leaves as it is; it is stored in the
 * scanner only for the paths that are not common. */
static G_NO_INLINE void
scan (Scanner *sc)
{
  const char *p = sc->p, *end = sc->end;
  guint32 cont = position_cont (sc);
  /* the flags of the next token: where it starts a line or a paragraph,
   * and whether a hyphen joins it to the word before */
  guint16 before = ENT_TOKEN_LINE_BEFORE | ENT_TOKEN_PARA_BEFORE;

  while (p < end)
    {
      guint class = byte_class[(guchar)*p];

      if (class & BYTE_BLANK)
        {
          before &= ~ENT_TOKEN_HYPHEN_BEFORE;
          p++;
        }
      else if (class & BYTE_WORD)
        {
          for (;;)
            {
              p = scan_ascii_word (sc, p, &cont, before);
              before = 0;
              /* the common case: one space, and the next word */
              if (end - p < 2 || *p != ' ' || !(byte_class[(guchar)p[1]] & BYTE_WORD))
                break;
              p++;
            }
          before = hyphen_after_word (sc, &p, &cont);
        }
      else if (*p == '\n')
        {
          /* a second line break in a row makes a paragraph */
          before &= ~ENT_TOKEN_HYPHEN_BEFORE;
          before |= (before & ENT_TOKEN_LINE_BEFORE) ? ENT_TOKEN_PARA_BEFORE
                                                     : ENT_TOKEN_LINE_BEFORE;
          p++;
        }
      else if ((guchar)*p < 0x80 && *p != '\'')
        {
          p = put_ascii_punct (sc, p, cont, before & ~ENT_TOKEN_HYPHEN_BEFORE);
          before = 0;
        }
      else
        {
          store_position (sc, p, cont);
          before = scan_other (sc, before);
          p = sc->p;
          cont = position_cont (sc);
        }
    }
  store_position (sc, p, cont);
}

/* Texts this short, with as many tokens at most, are scanned into a
 * buffer on the stack, which saves a phrase of a few words, of which the
 * gazetteer and the lexicon read thousands, the growing and shrinking of
 * the array. */
#define SHORT_TEXT 64

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
  EntToken buffer[SHORT_TEXT];
  Scanner sc = { text, text, text + length, 0, NULL, 0, 0, tokens, tokens->len };

  g_return_if_fail (length < G_MAXUINT32);

  if (length <= SHORT_TEXT)
    {
      sc.out = buffer;
      sc.room = SHORT_TEXT;
    }
  scan (&sc);
  if (sc.out == buffer)
    g_array_append_vals (tokens, buffer, sc.n);
  else
    g_array_set_size (tokens, sc.before + sc.n);
  /* Sentences index the tokens of this call only, and only a first call
   * flags the tokens that end them. */
  if (sentences != NULL && sc.n > 0)
    _ent_split_sentences (text, &g_array_index (tokens, EntToken, sc.before), sc.n,
                          sc.before == 0, sentences);
}
