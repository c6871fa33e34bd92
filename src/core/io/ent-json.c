/* ent-json.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "ent-json.h"

typedef struct
{
  const char *p;
  const char *end;
  const char *line_start;
  guint       line;
  guint       depth;
  GError    **error;
} Parser;

G_DEFINE_QUARK (ent-json-error-quark, ent_json_error)

static EntJsonNode *parse_value (Parser *parser);

static guint
column_of (Parser     *parser,
           const char *pos)
{
  const char *s = parser->line_start;
  guint column = 1;

  /* Count characters, not bytes; stop at invalid bytes rather than loop. */
  while (s < pos)
    {
      s = g_utf8_next_char (s);
      column++;
    }
  return column;
}

G_GNUC_PRINTF (4, 5)
static gpointer
fail (Parser     *parser,
      const char *pos,
      int         code,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (parser->error == NULL || *parser->error != NULL)
    return NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (parser->error, ENT_JSON_ERROR, code,
               _("line %u, column %u: %s"),
               parser->line, column_of (parser, pos), message);
  return NULL;
}

static void
skip_whitespace (Parser *parser)
{
  while (parser->p < parser->end)
    {
      char c = *parser->p;

      if (c == '\n')
        {
          parser->line++;
          parser->line_start = parser->p + 1;
        }
      else if (c != ' ' && c != '\t' && c != '\r')
        return;
      parser->p++;
    }
}

static EntJsonNode *
node_new (Parser      *parser,
          EntJsonType  type)
{
  EntJsonNode *node = g_new0 (EntJsonNode, 1);

  node->type = type;
  node->line = parser->line;
  /* Bytes, not characters: counting characters here would make a file on
   * one long line quadratic to read. */
  node->column = (guint)(parser->p - parser->line_start) + 1;
  return node;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (Parser     *parser,
           const char *s,
           gunichar   *out)
{
  gunichar value = 0;

  if (parser->end - s < 4)
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      int h = hex_value (s[i]);

      if (h < 0)
        return FALSE;
      value = (value << 4) | h;
    }
  *out = value;
  return TRUE;
}

/* Reads the escape at parser->p (just after the backslash) into @out. */
static gboolean
parse_escape (Parser  *parser,
              GString *out)
{
  const char *start = parser->p - 1;
  gunichar c;

  if (parser->p >= parser->end)
    return fail (parser, start, ENT_JSON_ERROR_SYNTAX, _("unfinished escape in a string")) != NULL;

  switch (*parser->p++)
    {
    case '"': g_string_append_c (out, '"'); return TRUE;
    case '\\': g_string_append_c (out, '\\'); return TRUE;
    case '/': g_string_append_c (out, '/'); return TRUE;
    case 'b': g_string_append_c (out, '\b'); return TRUE;
    case 'f': g_string_append_c (out, '\f'); return TRUE;
    case 'n': g_string_append_c (out, '\n'); return TRUE;
    case 'r': g_string_append_c (out, '\r'); return TRUE;
    case 't': g_string_append_c (out, '\t'); return TRUE;
    case 'u':
      break;
    default:
      fail (parser, start, ENT_JSON_ERROR_SYNTAX, _("invalid escape in a string"));
      return FALSE;
    }

  if (!read_hex4 (parser, parser->p, &c))
    {
      fail (parser, start, ENT_JSON_ERROR_SYNTAX, _("invalid \\u escape in a string"));
      return FALSE;
    }
  parser->p += 4;

  if (c >= 0xD800 && c <= 0xDBFF)
    {
      gunichar low;

      if (parser->end - parser->p < 6 || parser->p[0] != '\\' || parser->p[1] != 'u' ||
          !read_hex4 (parser, parser->p + 2, &low) || low < 0xDC00 || low > 0xDFFF)
        {
          fail (parser, start, ENT_JSON_ERROR_SYNTAX, _("unpaired surrogate in a string"));
          return FALSE;
        }
      parser->p += 6;
      c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
    }
  else if (c >= 0xDC00 && c <= 0xDFFF)
    {
      fail (parser, start, ENT_JSON_ERROR_SYNTAX, _("unpaired surrogate in a string"));
      return FALSE;
    }

  if (c == 0)
    {
      fail (parser, start, ENT_JSON_ERROR_SYNTAX, _("a string contains a NUL character"));
      return FALSE;
    }

  g_string_append_unichar (out, c);
  return TRUE;
}

/* parser->p is on the opening quote. */
static char *
parse_string (Parser *parser)
{
  const char *open = parser->p;
  GString *out = NULL;
  const char *run;

  run = ++parser->p;
  for (;;)
    {
      const char *s = parser->p;
      unsigned char c = 0;

      while (s < parser->end)
        {
          c = (unsigned char)*s;
          if (c == '"' || c == '\\' || c < 0x20)
            break;
          s++;
        }
      if (s >= parser->end)
        {
          if (out)
            g_string_free (out, TRUE);
          return fail (parser, open, ENT_JSON_ERROR_SYNTAX, _("unterminated string"));
        }
      if (!g_utf8_validate_len (run, s - run, NULL))
        {
          if (out)
            g_string_free (out, TRUE);
          return fail (parser, open, ENT_JSON_ERROR_SYNTAX, _("a string is not valid UTF-8"));
        }
      if (c < 0x20)
        {
          if (out)
            g_string_free (out, TRUE);
          return fail (parser, s, ENT_JSON_ERROR_SYNTAX,
                       _("control character inside a string"));
        }

      if (c == '"' && out == NULL)
        {
          parser->p = s + 1;
          return g_strndup (run, s - run);
        }

      if (out == NULL)
        out = g_string_sized_new ((s - run) + 16);
      g_string_append_len (out, run, s - run);
      parser->p = s + 1;

      if (c == '"')
        return g_string_free (out, FALSE);

      if (!parse_escape (parser, out))
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      run = parser->p;
    }
}

static EntJsonNode *
parse_number (Parser *parser)
{
  const char *start = parser->p;
  const char *s = start;
  char buffer[64];
  EntJsonNode *node;

  if (s < parser->end && *s == '-')
    s++;
  if (s >= parser->end || !g_ascii_isdigit (*s))
    return fail (parser, start, ENT_JSON_ERROR_SYNTAX, _("invalid number"));
  if (*s == '0')
    s++;
  else
    while (s < parser->end && g_ascii_isdigit (*s))
      s++;
  if (s < parser->end && *s == '.')
    {
      s++;
      if (s >= parser->end || !g_ascii_isdigit (*s))
        return fail (parser, start, ENT_JSON_ERROR_SYNTAX, _("invalid number"));
      while (s < parser->end && g_ascii_isdigit (*s))
        s++;
    }
  if (s < parser->end && (*s == 'e' || *s == 'E'))
    {
      s++;
      if (s < parser->end && (*s == '+' || *s == '-'))
        s++;
      if (s >= parser->end || !g_ascii_isdigit (*s))
        return fail (parser, start, ENT_JSON_ERROR_SYNTAX, _("invalid number"));
      while (s < parser->end && g_ascii_isdigit (*s))
        s++;
    }
  if ((gsize)(s - start) >= sizeof buffer)
    return fail (parser, start, ENT_JSON_ERROR_SYNTAX, _("number too long"));

  memcpy (buffer, start, s - start);
  buffer[s - start] = '\0';
  node = node_new (parser, ENT_JSON_NUMBER);
  node->v.number = g_ascii_strtod (buffer, NULL);
  parser->p = s;
  if (!isfinite (node->v.number))
    {
      ent_json_node_free (node);
      return fail (parser, start, ENT_JSON_ERROR_SYNTAX, _("number out of range"));
    }
  return node;
}

static gboolean
expect_word (Parser     *parser,
             const char *word)
{
  gsize len = strlen (word);

  if ((gsize)(parser->end - parser->p) < len || memcmp (parser->p, word, len) != 0)
    return FALSE;
  parser->p += len;
  return TRUE;
}

static EntJsonNode *
parse_array (Parser *parser)
{
  g_autoptr(EntJsonNode) node = node_new (parser, ENT_JSON_ARRAY);

  node->v.array = g_ptr_array_new_with_free_func ((GDestroyNotify)ent_json_node_free);
  parser->p++;
  skip_whitespace (parser);
  if (parser->p < parser->end && *parser->p == ']')
    {
      parser->p++;
      return g_steal_pointer (&node);
    }

  for (;;)
    {
      EntJsonNode *item = parse_value (parser);

      if (item == NULL)
        return NULL;
      g_ptr_array_add (node->v.array, item);
      skip_whitespace (parser);
      if (parser->p >= parser->end)
        return fail (parser, parser->p, ENT_JSON_ERROR_SYNTAX, _("unterminated array"));
      if (*parser->p == ']')
        {
          parser->p++;
          return g_steal_pointer (&node);
        }
      if (*parser->p != ',')
        return fail (parser, parser->p, ENT_JSON_ERROR_SYNTAX, _("expected “,” or “]”"));
      parser->p++;
    }
}

static void
member_clear (gpointer data)
{
  EntJsonMember *member = data;

  g_free (member->key);
  g_clear_pointer (&member->value, ent_json_node_free);
}

static EntJsonNode *
parse_object (Parser *parser)
{
  g_autoptr(EntJsonNode) node = node_new (parser, ENT_JSON_OBJECT);

  node->v.object = g_array_new (FALSE, TRUE, sizeof (EntJsonMember));
  g_array_set_clear_func (node->v.object, member_clear);
  parser->p++;
  skip_whitespace (parser);
  if (parser->p < parser->end && *parser->p == '}')
    {
      parser->p++;
      return g_steal_pointer (&node);
    }

  for (;;)
    {
      EntJsonMember member = { NULL, NULL };

      skip_whitespace (parser);
      if (parser->p >= parser->end || *parser->p != '"')
        return fail (parser, parser->p, ENT_JSON_ERROR_SYNTAX, _("expected a member name"));
      if ((member.key = parse_string (parser)) == NULL)
        return NULL;
      skip_whitespace (parser);
      if (parser->p >= parser->end || *parser->p != ':')
        {
          g_free (member.key);
          return fail (parser, parser->p, ENT_JSON_ERROR_SYNTAX, _("expected “:”"));
        }
      parser->p++;
      if ((member.value = parse_value (parser)) == NULL)
        {
          g_free (member.key);
          return NULL;
        }
      g_array_append_val (node->v.object, member);
      skip_whitespace (parser);
      if (parser->p >= parser->end)
        return fail (parser, parser->p, ENT_JSON_ERROR_SYNTAX, _("unterminated object"));
      if (*parser->p == '}')
        {
          parser->p++;
          return g_steal_pointer (&node);
        }
      if (*parser->p != ',')
        return fail (parser, parser->p, ENT_JSON_ERROR_SYNTAX, _("expected “,” or “}”"));
      parser->p++;
    }
}

static EntJsonNode *
parse_value (Parser *parser)
{
  EntJsonNode *node = NULL;

  skip_whitespace (parser);
  if (parser->p >= parser->end)
    return fail (parser, parser->p, ENT_JSON_ERROR_SYNTAX, _("unexpected end of data"));

  switch (*parser->p)
    {
    case '{':
    case '[':
      if (++parser->depth > ENT_JSON_MAX_DEPTH)
        return fail (parser, parser->p, ENT_JSON_ERROR_DEPTH, _("nested too deeply"));
      node = *parser->p == '{' ? parse_object (parser) : parse_array (parser);
      parser->depth--;
      return node;
    case '"':
      node = node_new (parser, ENT_JSON_STRING);
      if ((node->v.string = parse_string (parser)) == NULL)
        g_clear_pointer (&node, ent_json_node_free);
      return node;
    case 't':
    case 'f':
      node = node_new (parser, ENT_JSON_BOOLEAN);
      node->v.boolean = *parser->p == 't';
      if (expect_word (parser, node->v.boolean ? "true" : "false"))
        return node;
      break;
    case 'n':
      node = node_new (parser, ENT_JSON_NULL);
      if (expect_word (parser, "null"))
        return node;
      break;
    default:
      if (*parser->p == '-' || g_ascii_isdigit (*parser->p))
        return parse_number (parser);
      break;
    }

  g_clear_pointer (&node, ent_json_node_free);
  return fail (parser, parser->p, ENT_JSON_ERROR_SYNTAX, _("unexpected character"));
}

/**
 * ent_json_parse:
 * @data: the bytes, which need not be nul-terminated
 * @length: their length
 *
 * Returns: (transfer full): the document's root value, or %NULL with
 *   @error set to a message that gives the line and column.
 */
EntJsonNode *
ent_json_parse (const char  *data,
                gsize        length,
                GError     **error)
{
  Parser parser = { data, data + length, data, 1, 0, error };
  g_autoptr(EntJsonNode) root = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  /* A byte-order mark is not JSON, but editors add one. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    parser.p = parser.line_start = data + 3;

  if ((root = parse_value (&parser)) == NULL)
    return NULL;
  skip_whitespace (&parser);
  if (parser.p != parser.end)
    return fail (&parser, parser.p, ENT_JSON_ERROR_SYNTAX, _("unexpected data after the end"));
  return g_steal_pointer (&root);
}

void
ent_json_node_free (EntJsonNode *node)
{
  if (node == NULL)
    return;

  switch (node->type)
    {
    case ENT_JSON_STRING:
      g_free (node->v.string);
      break;
    case ENT_JSON_ARRAY:
      g_ptr_array_unref (node->v.array);
      break;
    case ENT_JSON_OBJECT:
      g_array_unref (node->v.object);
      break;
    default:
      break;
    }
  g_free (node);
}

const char *
ent_json_type_name (EntJsonType type)
{
  switch (type)
    {
    case ENT_JSON_NULL: return _("null");
    case ENT_JSON_BOOLEAN: return _("a boolean");
    case ENT_JSON_NUMBER: return _("a number");
    case ENT_JSON_STRING: return _("a string");
    case ENT_JSON_ARRAY: return _("an array");
    case ENT_JSON_OBJECT: return _("an object");
    default: return "?";
    }
}

/**
 * ent_json_object_get:
 *
 * Returns: (nullable) (transfer none): the last member called @key (JSON
 *   leaves duplicates undefined; we take the last, like most readers).
 */
EntJsonNode *
ent_json_object_get (EntJsonNode *object,
                     const char  *key)
{
  g_return_val_if_fail (object != NULL && object->type == ENT_JSON_OBJECT, NULL);

  for (guint i = object->v.object->len; i > 0; i--)
    {
      EntJsonMember *member = &g_array_index (object->v.object, EntJsonMember, i - 1);

      if (strcmp (member->key, key) == 0)
        return member->value;
    }
  return NULL;
}

char *
ent_json_node_steal_string (EntJsonNode *node)
{
  g_return_val_if_fail (node != NULL && node->type == ENT_JSON_STRING, NULL);

  return g_steal_pointer (&node->v.string);
}

/* Writer */

void
ent_json_writer_init (EntJsonWriter *writer,
                      GString       *out,
                      gboolean       pretty)
{
  memset (writer, 0, sizeof *writer);
  writer->out = out;
  writer->pretty = pretty;
}

static void
newline (EntJsonWriter *writer)
{
  if (!writer->pretty)
    return;
  g_string_append_c (writer->out, '\n');
  for (guint i = 0; i < writer->depth; i++)
    g_string_append (writer->out, "  ");
}

static void
before_value (EntJsonWriter *writer)
{
  guint64 bit;

  if (writer->after_key)
    {
      writer->after_key = FALSE;
      return;
    }
  if (writer->depth == 0)
    return;

  bit = G_GUINT64_CONSTANT (1) << (writer->depth % 64);
  if (writer->has_items[writer->depth / 64] & bit)
    g_string_append_c (writer->out, ',');
  writer->has_items[writer->depth / 64] |= bit;
  newline (writer);
}

static void
open_container (EntJsonWriter *writer,
                char           bracket)
{
  before_value (writer);
  g_string_append_c (writer->out, bracket);
  writer->depth++;
  g_assert (writer->depth < ENT_JSON_MAX_DEPTH);
  writer->has_items[writer->depth / 64] &= ~(G_GUINT64_CONSTANT (1) << (writer->depth % 64));
}

static void
close_container (EntJsonWriter *writer,
                 char           bracket)
{
  gboolean had_items;

  g_assert (writer->depth > 0);
  had_items = (writer->has_items[writer->depth / 64] >> (writer->depth % 64)) & 1;
  writer->depth--;
  if (had_items)
    newline (writer);
  g_string_append_c (writer->out, bracket);
}

void
ent_json_writer_begin_object (EntJsonWriter *writer)
{
  open_container (writer, '{');
}

void
ent_json_writer_end_object (EntJsonWriter *writer)
{
  close_container (writer, '}');
}

void
ent_json_writer_begin_array (EntJsonWriter *writer)
{
  open_container (writer, '[');
}

void
ent_json_writer_end_array (EntJsonWriter *writer)
{
  close_container (writer, ']');
}

void
ent_json_writer_key (EntJsonWriter *writer,
                     const char    *key)
{
  before_value (writer);
  ent_json_escape_append (writer->out, key);
  g_string_append (writer->out, writer->pretty ? ": " : ":");
  writer->after_key = TRUE;
}

void
ent_json_escape_append (GString    *out,
                        const char *value)
{
  const char *run = value;
  const char *s;

  g_string_append_c (out, '"');
  for (s = value; *s; s++)
    {
      unsigned char c = (unsigned char)*s;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      g_string_append_len (out, run, s - run);
      run = s + 1;
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default: g_string_append_printf (out, "\\u%04x", c); break;
        }
    }
  g_string_append_len (out, run, s - run);
  g_string_append_c (out, '"');
}

void
ent_json_writer_string (EntJsonWriter *writer,
                        const char    *value)
{
  if (value == NULL)
    {
      ent_json_writer_null (writer);
      return;
    }
  before_value (writer);
  ent_json_escape_append (writer->out, value);
}

void
ent_json_writer_int (EntJsonWriter *writer,
                     gint64         value)
{
  before_value (writer);
  g_string_append_printf (writer->out, "%" G_GINT64_FORMAT, value);
}

void
ent_json_writer_double (EntJsonWriter *writer,
                        double         value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  before_value (writer);
  if (!isfinite (value))
    value = 0;
  if (value == floor (value) && fabs (value) < 1e15)
    g_string_append (writer->out, g_ascii_formatd (buffer, sizeof buffer, "%.1f", value));
  else
    g_string_append (writer->out, g_ascii_formatd (buffer, sizeof buffer, "%.10g", value));
}

void
ent_json_writer_boolean (EntJsonWriter *writer,
                         gboolean       value)
{
  before_value (writer);
  g_string_append (writer->out, value ? "true" : "false");
}

void
ent_json_writer_null (EntJsonWriter *writer)
{
  before_value (writer);
  g_string_append (writer->out, "null");
}
