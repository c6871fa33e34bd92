/* ent-import-util.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <string.h>

#include "ent-import-private.h"
#include "ent-text-importer.h"

#define MAX_BYLINE_CHARS 80

/* The bytes 0x80–0x9F of Windows-1252, as the WHATWG Encoding Standard
 * decodes them: the five bytes the code page leaves undefined map to the C1
 * controls of the same value, so no byte is ever dropped. */
static const gunichar windows_1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/* Lines that pages and wire feeds append to or scatter through an article,
 * compared case-insensitively with the whole line. */
static const char * const boilerplate_lines[] = {
  "advertisement", "advertising", "sponsored", "sponsored content", "ad",
  "latest headlines", "top stories", "more stories", "related", "related stories",
  "related articles", "related coverage", "read more", "read more:", "see also",
  "share", "share this", "share this article", "share this story", "share on facebook",
  "share on twitter", "share on x", "share via email", "tweet", "email", "print",
  "copy link", "story continues below advertisement", "continue reading below",
  "article continues below", "scroll to continue", "skip advertisement",
  "subscribe", "sign up", "sign up for our newsletter", "follow us", "comments",
  "leave a comment", "back to top", "click here", "view comments", "most read",
  "trending", "recommended", "you may also like", "more from this section",
  NULL
};

/* A line that starts with one of these and is short is boilerplate too. */
static const char * const boilerplate_prefixes[] = {
  "read more:", "related:", "see also:", "also read:", "watch:", "copyright ",
  "© ", "(c) ", "all rights reserved", "follow us on", "sign up for",
  "subscribe to", "share this", "click here", "reporting by", "editing by",
  "posted ", "published ", "printer-friendly", "print this", "e-mail this", "email this",
  NULL
};

char *
_ent_import_decode_windows_1252 (const char *data,
                                 gsize       length)
{
  GString *out = g_string_sized_new (length + length / 8 + 1);

  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar)data[i];

      if (c < 0x80)
        g_string_append_c (out, c);
      else if (c < 0xA0)
        g_string_append_unichar (out, windows_1252_high[c - 0x80]);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Returns the text as UTF-8, or NULL with @error set. Text that is not
 * valid UTF-8 is read as Windows-1252, the usual encoding of such files. */
char *
_ent_import_decode (const char  *data,
                    gsize        length,
                    GError     **error)
{
  const char *from = NULL;
  g_autoptr(GError) local_error = NULL;
  char *text;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  else if (length >= 2 && memcmp (data, "\xFF\xFE", 2) == 0)
    from = "UTF-16LE";
  else if (length >= 2 && memcmp (data, "\xFE\xFF", 2) == 0)
    from = "UTF-16BE";

  if (from != NULL)
    {
      text = g_convert (data + 2, length - 2, "UTF-8", from, NULL, NULL, &local_error);
      if (text == NULL)
        g_set_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_ENCODING,
                     _("The text says it is %s but is not: %s"), from, local_error->message);
      return text;
    }

  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_BINARY,
                   _("This is not a text file (it contains NUL bytes)"));
      return NULL;
    }

  if (g_utf8_validate_len (data, length, NULL))
    return g_strndup (data, length);

  return _ent_import_decode_windows_1252 (data, length);
}

/* Maps the many quotation marks and dashes of the web onto the few the
 * tokenizer knows, so that a quote is a quote whichever keyboard typed it.
 * Returns 0 for characters to drop, such as soft hyphens. */
static gunichar
tidy_char (gunichar c)
{
  switch (c)
    {
    case 0x201B: case 0x2032: case 0xFF07:
      return 0x2019;
    case 0x201F: case 0x2033: case 0x301D: case 0x301E: case 0xFF02:
      return '"';
    case 0x2012: case 0xFE63: case 0xFF0D: case 0x2043:
      return '-';
    case 0x2015: case 0x2E3A:
      return 0x2014;
    case 0x00AD: case 0x2060: case 0xFEFF: case 0x200B:
      return 0;
    default:
      return c;
    }
}

static gboolean
is_inline_space (gunichar c)
{
  return c == '\t' || c == '\f' || c == '\v' || c < 0x20 || c == 0x7F ||
         (c >= 0x80 && c < 0xA0 && c != 0x81 && c != 0x8D && c != 0x8F &&
          c != 0x90 && c != 0x9D) ||
         g_unichar_isspace (c);
}

/*
 * Normalises line ends and white space: CR LF and CR become LF, tabs,
 * no-break and other spaces inside a line become one space, lines are
 * trimmed, and more than one blank line becomes one. Other control
 * characters become spaces rather than vanish, except the five C1 bytes
 * that Windows-1252 leaves undefined: they are kept so that no byte of the
 * input is lost. Typographic variants of quotes and dashes are unified.
 */
char *
_ent_import_normalise (const char *text)
{
  g_autofree char *nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  GString *out = g_string_sized_new (strlen (text) + 1);
  gboolean pending_space = FALSE;
  guint pending_newlines = 0;

  for (const char *s = nfc ? nfc : text; *s; s = g_utf8_next_char (s))
    {
      gunichar c = g_utf8_get_char (s);

      if (c == '\r')
        {
          if (s[1] == '\n')
            continue;
          c = '\n';
        }
      if (c == '\n' || c == 0x2028 || c == 0x2029)
        {
          pending_space = FALSE;
          pending_newlines += c == 0x2029 ? 2 : 1;
          continue;
        }
      if ((c = tidy_char (c)) == 0)
        continue;
      if (is_inline_space (c))
        {
          pending_space = TRUE;
          continue;
        }

      if (out->len > 0 && pending_newlines > 0)
        g_string_append (out, pending_newlines > 1 ? "\n\n" : "\n");
      else if (out->len > 0 && pending_space)
        g_string_append_c (out, ' ');
      pending_newlines = 0;
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

guint
_ent_import_count_words (const char *text)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (const char *s = text; *s; s = g_utf8_next_char (s))
    {
      gboolean alnum = g_unichar_isalnum (g_utf8_get_char (s));

      if (alnum && !in_word)
        words++;
      in_word = alnum;
    }
  return words;
}

gboolean
_ent_import_is_boilerplate (const char *line)
{
  g_autofree char *folded = NULL;
  gsize len;

  while (*line == ' ' || *line == '|' || *line == '-')
    line++;
  len = strlen (line);
  if (len == 0 || len > 120)
    return FALSE;
  folded = g_utf8_casefold (line, len);
  g_strchomp (folded);
  for (guint i = 0; boilerplate_lines[i] != NULL; i++)
    if (strcmp (folded, boilerplate_lines[i]) == 0)
      return TRUE;
  for (guint i = 0; boilerplate_prefixes[i] != NULL; i++)
    if (g_str_has_prefix (folded, boilerplate_prefixes[i]))
      return TRUE;
  return FALSE;
}

/* Parses "Sun, 01 Dec 2024 10:00:00 GMT" and "+0200" offsets (RFC 822, as
 * RSS writes dates). */
static GDateTime *
parse_rfc822 (const char *value)
{
  static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
  char month[4] = { 0 }, zone[8] = { 0 };
  int day, year, hour = 0, minute = 0, second = 0;
  const char *found;
  g_autoptr(GTimeZone) tz = NULL;
  const char *comma = strchr (value, ',');

  if (comma != NULL)
    value = comma + 1;
  if (sscanf (value, " %d %3s %d %d:%d:%d %7s", &day, month, &year, &hour, &minute,
              &second, zone) < 3)
    return NULL;
  if ((found = strstr (months, month)) == NULL || strlen (month) != 3)
    return NULL;
  if (year < 100)
    year += 2000;
  tz = (zone[0] == '+' || zone[0] == '-') ? g_time_zone_new_identifier (zone) : NULL;
  if (tz == NULL)
    tz = g_time_zone_new_utc ();
  return g_date_time_new (tz, year, (found - months) / 3 + 1, day, hour, minute, second);
}

/* Reads the dates of meta tags, JSON-LD, <time> and feeds: ISO 8601 with or
 * without a time or zone, and RFC 822. Returns NULL when it cannot. */
GDateTime *
_ent_import_parse_date (const char *value)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *copy = NULL;
  GDateTime *date;
  int y, m, d;

  if (value == NULL)
    return NULL;
  while (g_ascii_isspace (*value))
    value++;
  copy = g_strstrip (g_strdup (value));
  if ((date = g_date_time_new_from_iso8601 (copy, utc)) != NULL)
    return date;
  if (strlen (copy) == 10 && sscanf (copy, "%4d-%2d-%2d", &y, &m, &d) == 3)
    return g_date_time_new (utc, y, m, d, 0, 0, 0);
  if (strlen (copy) == 19 && copy[10] == ' ')
    {
      copy[10] = 'T';
      return g_date_time_new_from_iso8601 (copy, utc);
    }
  return parse_rfc822 (copy);
}

/* "UNITED NATIONS" becomes "United Nations" for the dateline place. */
char *
_ent_import_title_case (const char *upper)
{
  g_autofree char *lower = g_utf8_strdown (upper, -1);
  GString *out = g_string_new (NULL);
  gboolean start = TRUE;

  for (const char *s = lower; *s; s = g_utf8_next_char (s))
    {
      gunichar c = g_utf8_get_char (s);

      g_string_append_unichar (out, start ? g_unichar_totitle (c) : c);
      start = !g_unichar_isalpha (c) && c != '\'' && c != 0x2019;
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_byline (const char *line,
           gsize       len)
{
  if (len < 5 || len > MAX_BYLINE_CHARS)
    return FALSE;
  if (!(g_str_has_prefix (line, "By ") || g_str_has_prefix (line, "BY ")))
    return FALSE;
  return g_unichar_isupper (g_utf8_get_char (line + 3)) && memchr (line, '.', len - 1) == NULL;
}

/* Removes a byline ("By Jane Doe and John Roe") from the first lines of
 * the article, after the headline, and keeps the names as the author. */
static void
take_byline (EntImportMeta *meta,
             char          *text)
{
  char *line = text;

  for (guint n = 0; n < 4 && line != NULL && *line; n++)
    {
      char *end = strchr (line, '\n');
      gsize len = end ? (gsize)(end - line) : strlen (line);

      if (n > 0 && is_byline (line, len))
        {
          g_autofree char *author = g_strndup (line + 3, len - 3);

          if (meta->author == NULL)
            meta->author = g_strdup (g_strstrip (author));
          while (end != NULL && *end == '\n')
            end++;
          memmove (line, end ? end : line + len, strlen (end ? end : line + len) + 1);
          g_strchomp (text);
          return;
        }
      line = end ? end + 1 : NULL;
    }
}

/* The month of a dateline: "Jan.", "Sept.", "July", "December". */
static int
dateline_month (const char *word)
{
  static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
  g_autofree char *folded = g_ascii_strdown (word, -1);

  if (strlen (folded) < 3)
    return 0;
  for (int m = 0; m < 12; m++)
    if (strncmp (folded, months + 3 * m, 3) == 0)
      return m + 1;
  return 0;
}

/* A dateline with a year ("July 19, 2022") is the article's date, taken as
 * noon UTC so that no time zone moves it to another day. Without a year
 * the day is too uncertain to use. */
static GDateTime *
dateline_date (const char *month,
               const char *day,
               const char *year)
{
  int m = dateline_month (month);
  guint64 d = g_ascii_strtoull (day, NULL, 10);
  guint64 y = g_ascii_strtoull (year, NULL, 10);

  if (m == 0 || y < 1900 || y > 2999 || !g_date_valid_dmy ((GDateDay)d, (GDateMonth)m, (GDateYear)y))
    return NULL;
  return g_date_time_new_utc ((int)y, m, (int)d, 12, 0, 0);
}

/* Recognises a wire dateline ("TEHRAN, Nov. 23 (Entente Wire) --") at the
 * start of a paragraph near the top. The dateline stays in the text, where
 * the extractor's rules expect it, and its place and agency become the
 * document's dateline and (if unknown) source, its date (when it has a
 * year) the publication date. One match per article:
 * not worth a JIT compilation (whose reads past the end of the text also
 * upset memcheck). */
static void
take_dateline (EntImportMeta *meta,
               const char    *text)
{
  static GRegex *regex;
  g_autoptr(GMatchInfo) match = NULL;
  const char *body = strchr (text, '\n');

  if (body == NULL)
    return;
  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex,
                       g_regex_new ("^([A-Z][A-Z.'\\- ]{1,40}[A-Z.])(?:, ([A-Z][A-Za-z .']{1,30}))?"
                                    "(?:, ([A-Z][a-z]{2,8})\\.? (\\d{1,2})(?:, (\\d{4}))?)?"
                                    " ?(?:\\(([^()\\n]{2,40})\\))? ?(?:--|\u2014|\u2013|-) ",
                                    G_REGEX_MULTILINE, 0, NULL));
  if (!g_regex_match_full (regex, body + 1, MIN (strlen (body + 1), 2000), 0, 0, &match, NULL))
    return;
  {
    g_autofree char *place = g_match_info_fetch (match, 1);
    g_autofree char *month = g_match_info_fetch (match, 3);
    g_autofree char *day = g_match_info_fetch (match, 4);
    g_autofree char *year = g_match_info_fetch (match, 5);
    g_autofree char *agency = g_match_info_fetch (match, 6);
    g_autofree char *nice = _ent_import_title_case (place);

    if (meta->dateline == NULL)
      meta->dateline = g_steal_pointer (&nice);
    if (meta->published == NULL && year != NULL && year[0] != '\0')
      meta->published = dateline_date (month, day, year);
    if (agency != NULL && agency[0] != '\0' && meta->source == NULL)
      meta->source = g_steal_pointer (&agency);
  }
}

/* Headings after which a page or feed lists other stories, never more of
 * the article. */
static gboolean
starts_trailer (const char *line)
{
  static const char * const headings[] = {
    "latest headlines", "related", "related stories", "related articles", "more stories",
    "read more", "comments", "most read", "top stories", "you may also like", "recommended",
    "trending", NULL
  };
  g_autofree char *folded = g_utf8_casefold (line, -1);

  return g_strv_contains (headings, g_strstrip (folded));
}

/* Drops boilerplate lines anywhere in the text, and everything after a
 * "Latest Headlines" or "Related stories" heading in the last third. */
static void
strip_boilerplate (char **text)
{
  g_auto(GStrv) lines = g_strsplit (*text, "\n", -1);
  GString *out = g_string_sized_new (strlen (*text) + 1);
  gsize total = strlen (*text);
  gsize seen = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      seen += strlen (lines[i]) + 1;
      if (i > 0 && _ent_import_is_boilerplate (lines[i]))
        {
          if (seen > total * 2 / 3 && starts_trailer (lines[i]))
            break;
          continue;
        }
      g_string_append (out, lines[i]);
      g_string_append_c (out, '\n');
    }
  g_free (*text);
  *text = _ent_import_normalise (out->str);
  g_string_free (out, TRUE);
}

void
_ent_import_scan_text_metadata (EntImportMeta  *meta,
                                char          **text)
{
  strip_boilerplate (text);
  take_byline (meta, *text);
  take_dateline (meta, *text);
}

void
_ent_import_meta_clear (EntImportMeta *meta)
{
  g_clear_pointer (&meta->title, g_free);
  g_clear_pointer (&meta->author, g_free);
  g_clear_pointer (&meta->dateline, g_free);
  g_clear_pointer (&meta->source, g_free);
  g_clear_pointer (&meta->url, g_free);
  g_clear_pointer (&meta->published, g_date_time_unref);
}

/* Gives @document the metadata it does not have yet. */
void
_ent_import_meta_apply (const EntImportMeta *meta,
                        EntDocument         *document)
{
  if (meta->title != NULL && ent_document_get_title (document) == NULL)
    ent_document_set_title (document, meta->title);
  if (meta->author != NULL && ent_document_get_author (document) == NULL)
    ent_document_set_author (document, meta->author);
  if (meta->dateline != NULL && ent_document_get_dateline (document) == NULL)
    ent_document_set_dateline (document, meta->dateline);
  if (meta->source != NULL && ent_document_get_source (document) == NULL)
    ent_document_set_source (document, meta->source);
  if (meta->url != NULL && ent_document_get_url (document) == NULL)
    ent_document_set_url (document, meta->url);
  if (meta->published != NULL && ent_document_get_published (document) == NULL)
    ent_document_set_published (document, meta->published);
}

static xmlParserInputPtr
refuse_entity (const char       *url,
               const char       *id,
               xmlParserCtxtPtr  context)
{
  return NULL;
}

/* Defence in depth: even if a parser option were wrong, libxml2 must never
 * read a file or a URL named by a document (XXE). The loader is process
 * wide; Entente never wants external entities or DTDs anywhere. */
void
_ent_import_refuse_external (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (refuse_entity);
      g_once_init_leave (&done, 1);
    }
}
