/* test-text-importer.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "entente-core.h"

static EntDocument *
import (const char  *data,
        gsize        length,
        GError     **error)
{
  return ent_text_import_data (data, length, "doc-1", "fallback", error);
}

static void
test_utf8 (void)
{
  const char *text = "\xEF\xBB\xBFIran backs Syria\r\n\r\n\r\n\r\nTEHRAN \xC2\xA0 (Wire) --\tRussia   too.  \r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(EntDocument) doc = import (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (ent_document_get_text (doc), ==, "Iran backs Syria\n\nTEHRAN (Wire) -- Russia too.");
  g_assert_cmpstr (ent_document_get_title (doc), ==, "Iran backs Syria");
  g_assert_nonnull (ent_document_get_imported (doc));
}

static void
test_utf16 (void)
{
  g_autoptr(GError) error = NULL;
  gsize len;
  g_autofree char *le = g_convert ("Ankara \xC3\xA9\xF0\x9F\x98\x80", -1, "UTF-16LE", "UTF-8", NULL, &len, NULL);
  g_autofree char *data = g_malloc (len + 2);
  g_autoptr(EntDocument) doc = NULL;

  memcpy (data, "\xFF\xFE", 2);
  memcpy (data + 2, le, len);
  doc = import (data, len + 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ent_document_get_text (doc), ==, "Ankara é😀");
}

static void
test_windows_1252 (void)
{
  /* “Curly quotes”, an em dash and é in Windows-1252; 0x81 is undefined
   * there and must survive as a character, not vanish. */
  const char data[] = "\x93Paris\x94 \x97 caf\xe9 \x81";
  g_autoptr(GError) error = NULL;
  g_autoptr(EntDocument) doc = import (data, sizeof data - 1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (ent_document_get_text (doc), ==, "“Paris” — café \xC2\x81");
}

static void
test_bad_input (void)
{
  struct { const char *data; gsize len; int code; } cases[] = {
    { "", 0, ENT_IMPORT_ERROR_EMPTY },
    { " \n\t\r\n ", 6, ENT_IMPORT_ERROR_EMPTY },
    { "abc\0def", 7, ENT_IMPORT_ERROR_BINARY },
    { "\x01\x02\x03\x04\x05\x06\x07\x08 ab", 11, ENT_IMPORT_ERROR_BINARY },
    { "\xFF\xFE\x00", 3, ENT_IMPORT_ERROR_ENCODING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EntDocument) doc = import (cases[i].data, cases[i].len, &error);

      g_assert_null (doc);
      g_assert_error (error, ENT_IMPORT_ERROR, cases[i].code);
    }
}

static void
test_title_fallback (void)
{
  g_autoptr(GString) long_line = g_string_new (NULL);
  g_autoptr(EntDocument) doc = NULL;

  for (guint i = 0; i < 60; i++)
    g_string_append (long_line, "word ");
  doc = import (long_line->str, long_line->len, NULL);
  g_assert_cmpstr (ent_document_get_title (doc), ==, "fallback");
}

static void
test_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("entente-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "gulf story.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/a.txt");
  g_autoptr(EntDocument) doc = NULL;

  g_assert_true (g_file_set_contents (path, "\n\nRiyadh and Tehran restore ties\nBody.", -1, NULL));
  doc = ent_text_import_file (file, "doc-5", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ent_document_get_id (doc), ==, "doc-5");
  g_assert_cmpstr (ent_document_get_title (doc), ==, "Riyadh and Tehran restore ties");

  g_assert_null (ent_text_import_file (folder, "doc-6", NULL, &error));
  g_assert_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, dir));
  g_clear_error (&error);

  g_assert_null (ent_text_import_file (missing, "doc-7", NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "/nonexistent/a.txt"));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_metadata (void)
{
  const char *text = "Moscow backs Damascus\n\nBy Jane Doe\n\nDAMASCUS, Dec. 1 (Entente Wire) -- Russia "
                     "said it backed Syria.\n\nAdvertisement\n\nIt also said \u201fno\u201f.\n\nRead more\n\nShare this";
  g_autoptr(EntDocument) doc = import (text, strlen (text), NULL);

  g_assert_cmpstr (ent_document_get_author (doc), ==, "Jane Doe");
  g_assert_cmpstr (ent_document_get_dateline (doc), ==, "Damascus");
  g_assert_cmpstr (ent_document_get_source (doc), ==, "Entente Wire");
  g_assert_cmpstr (ent_document_get_text (doc), ==,
                   "Moscow backs Damascus\n\nDAMASCUS, Dec. 1 (Entente Wire) -- Russia said it backed "
                   "Syria.\n\nIt also said \"no\".");
}

/* A dateline with a year dates the article; without one it does not. */
static void
test_dateline_date (void)
{
  const struct { const char *text; int year, month, day; } cases[] = {
    { "Summit\n\nTEHRAN, July 19, 2022 (Entente Wire) -- Russia backed Iran.", 2022, 7, 19 },
    { "Vote\n\nCARACAS, Venezuela, Aug. 2, 2024 -- The vote was disputed.", 2024, 8, 2 },
    { "Talks\n\nDOHA, Sept. 9, 2025 (Gulf Desk) \u2014 Qatar hosted talks.", 2025, 9, 9 },
    { "Undated\n\nDAMASCUS, Dec. 1 (Entente Wire) -- Russia backed Syria.", 0, 0, 0 },
    { "Impossible\n\nKYIV, Feb. 30, 2023 (Entente Wire) -- Nothing.", 0, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(EntDocument) doc = import (cases[i].text, strlen (cases[i].text), NULL);
      GDateTime *published = ent_document_get_published (doc);

      g_test_message ("%s", cases[i].text);
      if (cases[i].year == 0)
        {
          g_assert_null (published);
          continue;
        }
      g_assert_nonnull (published);
      g_assert_cmpint (g_date_time_get_year (published), ==, cases[i].year);
      g_assert_cmpint (g_date_time_get_month (published), ==, cases[i].month);
      g_assert_cmpint (g_date_time_get_day_of_month (published), ==, cases[i].day);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entente/text-importer/utf8", test_utf8);
  g_test_add_func ("/entente/text-importer/utf16", test_utf16);
  g_test_add_func ("/entente/text-importer/windows-1252", test_windows_1252);
  g_test_add_func ("/entente/text-importer/bad-input", test_bad_input);
  g_test_add_func ("/entente/text-importer/title-fallback", test_title_fallback);
  g_test_add_func ("/entente/text-importer/files", test_files);
  g_test_add_func ("/entente/text-importer/metadata", test_metadata);
  g_test_add_func ("/entente/text-importer/dateline-date", test_dateline_date);

  return g_test_run ();
}
