/* test-json.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ent-json.h"

static EntJsonNode *
parse (const char  *text,
       GError     **error)
{
  return ent_json_parse (text, strlen (text), error);
}

static void
test_values (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntJsonNode) root = parse ("{\"a\": [1, -2.5e2, true, false, null],\n"
                                       " \"s\": \"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\n\","
                                       " \"s\": \"last wins\", \"e\": {}}", &error);
  EntJsonNode *a, *s;

  g_assert_no_error (error);
  g_assert_nonnull (root);
  a = ent_json_object_get (root, "a");
  g_assert_cmpint (a->type, ==, ENT_JSON_ARRAY);
  g_assert_cmpuint (a->v.array->len, ==, 5);
  g_assert_cmpfloat (((EntJsonNode *)g_ptr_array_index (a->v.array, 1))->v.number, ==, -250);
  g_assert_true (((EntJsonNode *)g_ptr_array_index (a->v.array, 2))->v.boolean);
  g_assert_cmpint (((EntJsonNode *)g_ptr_array_index (a->v.array, 4))->type, ==, ENT_JSON_NULL);
  s = ent_json_object_get (root, "s");
  g_assert_cmpstr (s->v.string, ==, "last wins");
  g_assert_cmpuint (ent_json_object_get (root, "e")->v.object->len, ==, 0);
  g_assert_null (ent_json_object_get (root, "missing"));
  g_assert_cmpuint (a->line, ==, 1);
}

static void
test_escapes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntJsonNode) root = parse ("[\"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\n\\t\\/\"]", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (((EntJsonNode *)g_ptr_array_index (root->v.array, 0))->v.string, ==,
                   "café 😀 \"q\" \n\t/");
}

static void
test_errors (void)
{
  struct { const char *text; const char *message; } cases[] = {
    { "", "line 1, column 1: unexpected end of data" },
    { "{\"a\": 1,}", "line 1, column 9: expected a member name" },
    { "{\n  \"a\" 1}", "line 2, column 7: expected “:”" },
    { "[1 2]", "line 1, column 4: expected “,” or “]”" },
    { "[\"unterminated", "line 1, column 2: unterminated string" },
    { "[\"bad \\x\"]", "invalid escape" },
    { "[\"\\ud800\"]", "unpaired surrogate" },
    { "[\"\\u0000\"]", "NUL character" },
    { "[\"a\nb\"]", "control character" },
    { "[\"\xff\"]", "not valid UTF-8" },
    { "[01]", "expected “,” or “]”" },
    { "[1.]", "invalid number" },
    { "[1e999]", "out of range" },
    { "tru", "unexpected character" },
    { "{} x", "unexpected data after the end" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EntJsonNode) root = parse (cases[i].text, &error);

      g_assert_null (root);
      g_assert_error (error, ENT_JSON_ERROR, ENT_JSON_ERROR_SYNTAX);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” not in “%s”", i, cases[i].message, error->message);
    }
}

static void
test_depth (void)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntJsonNode) root = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  root = ent_json_parse (deep->str, deep->len, &error);
  g_assert_null (root);
  g_assert_error (error, ENT_JSON_ERROR, ENT_JSON_ERROR_DEPTH);
}

static void
test_writer_round_trip (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntJsonNode) root = NULL;
  const char *tricky = "<&>\"'\\\n\t\x01 مرحبا 😀";
  EntJsonWriter w;

  for (int pretty = 0; pretty < 2; pretty++)
    {
      g_string_truncate (out, 0);
      ent_json_writer_init (&w, out, pretty);
      ent_json_writer_begin_object (&w);
      ent_json_writer_key (&w, "s");
      ent_json_writer_string (&w, tricky);
      ent_json_writer_key (&w, "list");
      ent_json_writer_begin_array (&w);
      ent_json_writer_int (&w, -3);
      ent_json_writer_double (&w, 0.25);
      ent_json_writer_double (&w, 2);
      ent_json_writer_boolean (&w, TRUE);
      ent_json_writer_null (&w);
      ent_json_writer_begin_array (&w);
      ent_json_writer_end_array (&w);
      ent_json_writer_end_array (&w);
      ent_json_writer_end_object (&w);

      g_clear_pointer (&root, ent_json_node_free);
      root = ent_json_parse (out->str, out->len, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (ent_json_object_get (root, "s")->v.string, ==, tricky);
      g_assert_cmpuint (ent_json_object_get (root, "list")->v.array->len, ==, 6);
    }
  g_assert_nonnull (strstr (out->str, "\n  \"list\": ["));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entente/json/values", test_values);
  g_test_add_func ("/entente/json/escapes", test_escapes);
  g_test_add_func ("/entente/json/errors", test_errors);
  g_test_add_func ("/entente/json/depth", test_depth);
  g_test_add_func ("/entente/json/writer-round-trip", test_writer_round_trip);

  return g_test_run ();
}
