/* test-feed.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-core.h"
#include "ent-feed.h"

static void
test_rss (void)
{
  const char *rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire &amp; Co</title>"
                    "<item><title>Ankara and Athens talk</title><link>/a/1</link>"
                    "<pubDate>Mon, 04 Dec 2023 09:15:00 +0200</pubDate>"
                    "<description><![CDATA[<p>Greek and <b>Turkish</b> leaders met.</p>]]></description>"
                    "</item><item><title>Second</title><guid>https://example.org/a/2</guid></item>"
                    "</channel></rss>";
  g_autoptr(GError) error = NULL;
  g_autoptr(EntFeed) feed = ent_feed_parse (rss, strlen (rss), "https://example.org/feed", &error);
  g_autoptr(EntFeedEntry) first = NULL;
  g_autoptr(EntFeedEntry) second = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (ent_feed_get_title (feed), ==, "Wire & Co");
  g_assert_cmpuint (ent_feed_get_n_entries (feed), ==, 2);
  first = g_list_model_get_item (ent_feed_get_entries (feed), 0);
  second = g_list_model_get_item (ent_feed_get_entries (feed), 1);
  g_assert_cmpstr (ent_feed_entry_get_link (first), ==, "https://example.org/a/1");
  g_assert_cmpstr (ent_feed_entry_get_summary (first), ==, "Greek and Turkish leaders met.");
  g_assert_cmpint (g_date_time_get_hour (ent_feed_entry_get_published (first)), ==, 9);
  g_assert_cmpstr (ent_feed_entry_get_link (second), ==, "https://example.org/a/2");
}

static void
test_atom (void)
{
  const char *atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom</title>"
                     "<entry><title>Kyiv and Warsaw</title><link rel=\"alternate\" href=\"https://e.org/k\"/>"
                     "<link rel=\"self\" href=\"https://e.org/self\"/><published>2024-01-02T10:00:00Z</published>"
                     "<author><name>A. Writer</name></author><summary>Grain talks.</summary></entry></feed>";
  g_autoptr(GError) error = NULL;
  g_autoptr(EntFeed) feed = ent_feed_parse (atom, strlen (atom), NULL, &error);
  g_autoptr(EntFeedEntry) entry = NULL;

  g_assert_no_error (error);
  entry = g_list_model_get_item (ent_feed_get_entries (feed), 0);
  g_assert_cmpstr (ent_feed_entry_get_title (entry), ==, "Kyiv and Warsaw");
  g_assert_cmpstr (ent_feed_entry_get_link (entry), ==, "https://e.org/k");
  g_assert_cmpstr (ent_feed_entry_get_author (entry), ==, "A. Writer");
  g_assert_cmpint (g_date_time_get_year (ent_feed_entry_get_published (entry)), ==, 2024);
}

/* An external entity naming a local file must never be read. */
static void
test_xxe (void)
{
  const char *xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    "<rss><channel><title>&x;</title><item><title>t &x;</title><link>https://e.org/</link>"
                    "<description>&x;</description></item></channel></rss>";
  g_autoptr(GError) error = NULL;
  g_autoptr(EntFeed) feed = ent_feed_parse (xxe, strlen (xxe), NULL, &error);

  if (feed != NULL)
    {
      g_autoptr(EntFeedEntry) entry = g_list_model_get_item (ent_feed_get_entries (feed), 0);

      g_assert_null (strstr (ent_feed_get_title (feed) ? ent_feed_get_title (feed) : "", "root:"));
      g_assert_null (strstr (ent_feed_entry_get_title (entry), "root:"));
      g_assert_null (ent_feed_entry_get_summary (entry));
    }
  else
    g_assert_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_MALFORMED);
}

/* The billion laughs: ten levels of ten references each. */
static void
test_entity_bomb (void)
{
  g_autoptr(GString) bomb = g_string_new ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l0 \"lol\">");
  g_autoptr(GError) error = NULL;
  g_autoptr(EntFeed) feed = NULL;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 1; i <= 9; i++)
    {
      g_string_append_printf (bomb, "<!ENTITY l%u \"", i);
      for (guint j = 0; j < 10; j++)
        g_string_append_printf (bomb, "&l%u;", i - 1);
      g_string_append (bomb, "\">");
    }
  g_string_append (bomb, "]><rss><channel><title>&l9;</title><item><title>&l9;</title>"
                         "<description>&l9;</description></item></channel></rss>");
  feed = ent_feed_parse (bomb->str, bomb->len, "https://e.org/bomb", &error);
  g_assert_null (feed);
  g_assert_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "https://e.org/bomb"));
  g_test_message ("%s (%.3f s)", error->message, (g_get_monotonic_time () - start) / 1e6);
}

static void
test_malformed (void)
{
  const char *cases[] = { "", "<rss><channel>", "<html><body>x</body></html>", "not xml at all" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EntFeed) feed = ent_feed_parse (cases[i], strlen (cases[i]), "https://e.org/f", &error);

      g_assert_null (feed);
      g_assert_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_MALFORMED);
      g_assert_nonnull (strstr (error->message, "https://e.org/f"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entente/feed/rss", test_rss);
  g_test_add_func ("/entente/feed/atom", test_atom);
  g_test_add_func ("/entente/feed/xxe", test_xxe);
  g_test_add_func ("/entente/feed/entity-bomb", test_entity_bomb);
  g_test_add_func ("/entente/feed/malformed", test_malformed);

  return g_test_run ();
}
