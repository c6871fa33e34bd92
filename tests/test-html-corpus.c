/* test-html-corpus.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-core.h"
#include "ent-html-importer.h"

/* The mean token F1 over the fixtures must not fall below this. Raise it
 * when the extractor improves; never lower it to make a change pass. */
#define F1_FLOOR 0.99
#define PAGE_FLOOR 0.95

/* Lower-cased runs of letters and digits, counted. */
static GHashTable *
count_tokens (const char *text,
              guint      *total)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *token = g_string_new (NULL);

  *total = 0;
  for (const char *s = text;; s = g_utf8_next_char (s))
    {
      gunichar c = g_utf8_get_char (s);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (token, g_unichar_tolower (c));
          continue;
        }
      if (token->len > 0)
        {
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, token->str));

          g_hash_table_replace (counts, g_strdup (token->str), GUINT_TO_POINTER (n + 1));
          (*total)++;
          g_string_truncate (token, 0);
        }
      if (c == 0)
        break;
    }
  g_string_free (token, TRUE);
  return counts;
}

static double
token_f1 (const char *found,
          const char *gold)
{
  guint n_found, n_gold, common = 0;
  g_autoptr(GHashTable) a = count_tokens (found, &n_found);
  g_autoptr(GHashTable) b = count_tokens (gold, &n_gold);
  GHashTableIter iter;
  gpointer key, value;
  double precision, recall;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    common += MIN (GPOINTER_TO_UINT (value), GPOINTER_TO_UINT (g_hash_table_lookup (b, key)));
  if (common == 0)
    return 0.0;
  precision = (double)common / n_found;
  recall = (double)common / n_gold;
  return 2 * precision * recall / (precision + recall);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static void
test_corpus (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "html", NULL);
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  double sum = 0, worst = 1;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, ".html"))
      g_ptr_array_add (names, g_strndup (name, strlen (name) - 5));
  g_ptr_array_sort (names, compare_names);
  g_assert_cmpuint (names->len, >=, 30);

  for (guint i = 0; i < names->len; i++)
    {
      const char *base = g_ptr_array_index (names, i);
      g_autofree char *html_path = g_strdup_printf ("%s/%s.html", dir, base);
      g_autofree char *gold_path = g_strdup_printf ("%s/%s.gold.txt", dir, base);
      g_autofree char *html = NULL, *gold = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(EntDocument) document = NULL;
      gsize length;
      double f1;

      g_assert_true (g_file_get_contents (html_path, &html, &length, NULL));
      g_assert_true (g_file_get_contents (gold_path, &gold, NULL, NULL));
      document = ent_html_import_data (html, length, NULL, NULL, "doc-1", &error);
      g_assert_no_error (error);
      f1 = token_f1 (ent_document_get_text (document), gold);
      g_test_message ("%-45s F1 %.3f", base, f1);
      if (g_getenv ("ENTENTE_SHOW_TEXT") != NULL && f1 < 0.99)
        g_printerr ("==== %s\n%s\n", base, ent_document_get_text (document));
      sum += f1;
      worst = MIN (worst, f1);
    }
  g_test_message ("pages %u, mean token F1 %.4f, worst %.4f", names->len, sum / names->len, worst);
  g_assert_cmpfloat (sum / names->len, >=, F1_FLOOR);
  g_assert_cmpfloat (worst, >=, PAGE_FLOOR);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entente/html-corpus/token-f1", test_corpus);

  return g_test_run ();
}
