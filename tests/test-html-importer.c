/* test-html-importer.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-core.h"
#include "ent-html-importer.h"
#include "ent-importer.h"

#define BODY "<p>Egypt and Qatar said on Sunday that talks on a truce in Gaza would resume in Cairo " \
             "next week, after the United States urged both sides to accept a proposal for the " \
             "release of hostages and a pause in the fighting, officials said.</p>"

static void
test_metadata (void)
{
  const char *page =
    "<html><head><title>Talks resume - The Example Post</title>"
    "<meta property=\"og:site_name\" content=\"The Example Post\">"
    "<link rel=\"canonical\" href=\"/world/talks\">"
    "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"NewsArticle\", "
    "\"headline\": \"Gaza truce talks to resume in Cairo\", \"datePublished\": \"2024-02-03T08:00:00Z\", "
    "\"author\": {\"@type\": \"Person\", \"name\": \"Rana Aziz\"}}]}</script></head><body>"
    "<div class=\"cookie-banner\"><p>We use cookies to improve your experience, measure audiences and "
    "show advertising; accept or refuse them in the settings at any time you like.</p></div>"
    "<h1>Gaza truce talks to resume in Cairo</h1><div class=\"story\">" BODY "</div>"
    "<div class=\"comments\"><p>Reader comment that is long enough to be scored as a paragraph, with "
    "commas, opinions, and more words than needed.</p></div></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(EntDocument) doc = ent_html_import_data (page, strlen (page), NULL,
                                                     "https://example.org/x?utm=1", "doc-1", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (ent_document_get_title (doc), ==, "Gaza truce talks to resume in Cairo");
  g_assert_cmpstr (ent_document_get_author (doc), ==, "Rana Aziz");
  g_assert_cmpstr (ent_document_get_source (doc), ==, "The Example Post");
  g_assert_cmpstr (ent_document_get_url (doc), ==, "https://example.org/world/talks");
  g_assert_cmpint (g_date_time_get_day_of_month (ent_document_get_published (doc)), ==, 3);
  g_assert_true (g_str_has_prefix (ent_document_get_text (doc),
                                   "Gaza truce talks to resume in Cairo\n\nEgypt and Qatar"));
  g_assert_null (strstr (ent_document_get_text (doc), "cookies"));
  g_assert_null (strstr (ent_document_get_text (doc), "Reader comment"));
}

static void
test_no_article (void)
{
  const char *pages[] = {
    "", "<html></html>", "<html><body><nav><a href=\"/\">Home</a><a href=\"/w\">World</a></nav></body></html>",
    "<html><body><script>var a = 1;</script><p>Advertisement</p></body></html>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EntDocument) doc = ent_html_import_data (pages[i], strlen (pages[i]), NULL, NULL, "d", &error);

      g_assert_null (doc);
      g_assert_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_NO_ARTICLE);
    }
}

/* A page nested 100,000 deep must neither crash nor take long. */
static void
test_deep_nesting (void)
{
  g_autoptr(GString) page = g_string_new ("<html><body><h1>Deep</h1><div>" BODY);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntDocument) doc = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (page, "<div><span>");
  g_string_append (page, "deep text</body></html>");
  doc = ent_html_import_data (page->str, page->len, NULL, NULL, "d", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (ent_document_get_text (doc), "Egypt and Qatar"));
}

static void
test_charset (void)
{
  const char *page = "<html><head><meta charset=\"iso-8859-1\"></head><body><h1>Caf\xe9</h1>" BODY
                     "<p>Le caf\xe9 \x96 et la \x93paix\x94.</p></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(EntDocument) doc = ent_html_import_data (page, strlen (page), NULL, NULL, "d", &error);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (ent_document_get_text (doc), "Le café – et la “paix”."));
}

static void
test_guess_kind (void)
{
  g_assert_cmpint (ent_import_guess_kind ("text/html", NULL, NULL, 0), ==, ENT_IMPORT_KIND_HTML);
  g_assert_cmpint (ent_import_guess_kind ("text/plain", "a.html", NULL, 0), ==, ENT_IMPORT_KIND_TEXT);
  g_assert_cmpint (ent_import_guess_kind ("application/rss+xml", NULL, NULL, 0), ==, ENT_IMPORT_KIND_FEED);
  g_assert_cmpint (ent_import_guess_kind ("image/png", NULL, NULL, 0), ==, ENT_IMPORT_KIND_UNKNOWN);
  g_assert_cmpint (ent_import_guess_kind (NULL, "story.htm", NULL, 0), ==, ENT_IMPORT_KIND_HTML);
  g_assert_cmpint (ent_import_guess_kind (NULL, "x", "<?xml version='1.0'?><feed>", 27), ==,
                   ENT_IMPORT_KIND_FEED);
  g_assert_cmpint (ent_import_guess_kind (NULL, "story.txt", "Plain", 5), ==, ENT_IMPORT_KIND_TEXT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entente/html-importer/metadata", test_metadata);
  g_test_add_func ("/entente/html-importer/no-article", test_no_article);
  g_test_add_func ("/entente/html-importer/deep-nesting", test_deep_nesting);
  g_test_add_func ("/entente/html-importer/charset", test_charset);
  g_test_add_func ("/entente/html-importer/guess-kind", test_guess_kind);

  return g_test_run ();
}
