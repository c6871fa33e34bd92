/* test-fetcher.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "entente-core.h"
#include "ent-importer.h"

/* An in-process server on 127.0.0.1 (gnome-calendar's recipe): the tests
 * never reach the internet. */
static SoupServer *server;
static char *base;

static const char article[] =
  "<html><head><title>Gulf states restore ties | Test Wire</title>"
  "<link rel=\"canonical\" href=\"/canonical/gulf\"></head><body><nav><a href=\"/\">Home</a></nav>"
  "<article><h1>Gulf states restore ties</h1><p>Saudi Arabia and Qatar restored diplomatic relations "
  "on Tuesday, ending a dispute that had divided the Gulf for more than three years, officials said.</p>"
  "<p>Kuwait, which mediated between the two sides, welcomed the agreement and said it opened a new "
  "chapter of cooperation among the member states of the Gulf Cooperation Council.</p></article>"
  "<footer>Copyright</footer></body></html>";

static void
send_text (SoupServerMessage *msg,
           guint              status,
           const char        *type,
           const char        *body,
           gsize              length)
{
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, type, SOUP_MEMORY_COPY, body, length);
}

static void
send_entry (SoupServerMessage *msg,
            const char        *path)
{
  g_autofree char *page = g_strdup_printf ("<html><body><article><h1>Entry %s</h1><p>Entry %s reports "
                                           "that the ministers of Iran and Iraq met in Baghdad on Sunday to "
                                           "discuss electricity, water and the security of their border, "
                                           "and agreed to meet again next month in Tehran.</p></article>"
                                           "</body></html>", path, path);

  send_text (msg, 200, "text/html; charset=utf-8", page, strlen (page));
}

static void
send_feed (SoupServerMessage *msg)
{
  g_autoptr(GString) feed = g_string_new ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                                          "<title>Test Wire</title>");

  for (guint i = 1; i <= 20; i++)
    g_string_append_printf (feed, "<item><title>Entry %u</title><link>%s/entry/%u</link>"
                            "<pubDate>Tue, 0%u Jan 2024 10:00:00 GMT</pubDate>"
                            "<description>&lt;p&gt;Summary %u&lt;/p&gt;</description></item>",
                            i, base, i, 1 + i % 9, i);
  g_string_append (feed, "</channel></rss>");
  send_text (msg, 200, "application/rss+xml", feed->str, feed->len);
}

static void
handle (SoupServer        *self,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  if (strcmp (path, "/article") == 0)
    send_text (msg, 200, "text/html; charset=utf-8", article, strlen (article));
  else if (strcmp (path, "/text") == 0)
    {
      const char *text = "Iran and Iraq sign deal\n\nBy Test Reporter\n\nBAGHDAD (Wire) -- Iran and "
                         "Iraq signed a security agreement on Sunday, the two governments said.";

      send_text (msg, 200, "text/plain", text, strlen (text));
    }
  else if (strcmp (path, "/latin1") == 0)
    {
      const char *page = "<html><body><p>Caf\xe9 talks: \x93" "Ankara and Athens agree\x94 to resume "
                         "dialogue on the Aegean, both foreign ministries said on Monday, after months "
                         "of tension at sea between the two neighbours and allies.</p></body></html>";

      send_text (msg, 200, "text/html; charset=windows-1252", page, strlen (page));
    }
  else if (strcmp (path, "/redirect") == 0 || strcmp (path, "/loop") == 0 || strcmp (path, "/tofile") == 0)
    {
      soup_server_message_set_status (msg, 302, NULL);
      soup_message_headers_replace (headers, "Location",
                                    strcmp (path, "/redirect") == 0 ? "/article"
                                    : strcmp (path, "/loop") == 0 ? "/loop" : "file:///etc/passwd");
    }
  else if (strcmp (path, "/500") == 0)
    send_text (msg, 500, "text/plain", "oops", 4);
  else if (strcmp (path, "/image") == 0)
    send_text (msg, 200, "image/png", "\x89PNG\r\n", 6);
  else if (strcmp (path, "/empty") == 0)
    send_text (msg, 200, "text/html", "<html><body><nav><a href=\"/\">Home</a></nav></body></html>", 57);
  else if (strcmp (path, "/huge") == 0)
    {
      gsize size = 3 * 1024 * 1024;
      char *body = g_malloc (size);

      memset (body, 'a', size);
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_TAKE, body, size);
      soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
    }
  else if (strcmp (path, "/slow") == 0)
    soup_server_message_pause (msg);
  else if (strcmp (path, "/feed") == 0)
    send_feed (msg);
  else if (g_str_has_prefix (path, "/entry/"))
    send_entry (msg, path + 7);
  else
    send_text (msg, 404, "text/plain", "not found", 9);
}

static void
store_result (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

static GPtrArray *
run_import (EntImporter  *importer,
            const char   *path,
            GPtrArray   **failures,
            GError      **error)
{
  g_autofree char *uri = path[0] != '/' ? g_strdup (path) : g_strconcat (base, path, NULL);
  g_autoptr(GAsyncResult) result = NULL;

  ent_importer_import_uri_async (importer, uri, NULL, store_result, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return ent_importer_import_uri_finish (importer, result, failures, error);
}

static EntImporter *
new_importer (EntProject *project)
{
  EntImporter *importer = ent_importer_new (project);

  /* Long enough for a redirect loop under a sanitizer on a busy machine;
   * check_error() shortens it for the silent server alone. */
  ent_fetcher_set_timeout (ent_importer_get_fetcher (importer), 60000);
  ent_fetcher_set_max_size (ent_importer_get_fetcher (importer), 1024 * 1024);
  return importer;
}

static void
test_page (void)
{
  g_autoptr(EntProject) project = ent_project_new ();
  g_autoptr(EntImporter) importer = new_importer (project);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = run_import (importer, "/redirect", NULL, &error);
  g_autofree char *canonical = g_strconcat (base, "/canonical/gulf", NULL);
  EntDocument *doc;

  g_assert_no_error (error);
  g_assert_cmpuint (docs->len, ==, 1);
  doc = g_ptr_array_index (docs, 0);
  g_assert_cmpstr (ent_document_get_title (doc), ==, "Gulf states restore ties");
  g_assert_cmpstr (ent_document_get_url (doc), ==, canonical);
  g_assert_true (g_str_has_prefix (ent_document_get_text (doc), "Gulf states restore ties\n\nSaudi Arabia"));
  g_assert_null (strstr (ent_document_get_text (doc), "Home"));
  ent_project_add_document (project, doc);

  /* The same article again, through another address: not duplicated. */
  g_clear_pointer (&docs, g_ptr_array_unref);
  docs = run_import (importer, "/article", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (docs->len, ==, 0);
}

static void
test_text_and_charset (void)
{
  g_autoptr(EntImporter) importer = new_importer (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) text = run_import (importer, "/text", NULL, &error);
  g_autoptr(GPtrArray) latin = NULL;
  EntDocument *doc;

  g_assert_no_error (error);
  doc = g_ptr_array_index (text, 0);
  g_assert_cmpstr (ent_document_get_author (doc), ==, "Test Reporter");
  g_assert_cmpstr (ent_document_get_dateline (doc), ==, "Baghdad");
  g_assert_cmpstr (ent_document_get_source (doc), ==, "Wire");
  latin = run_import (importer, "/latin1", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (ent_document_get_text (g_ptr_array_index (latin, 0)),
                            "Café talks: “Ankara and Athens agree”"));
}

static void
check_error (const char *path,
             int         code,
             const char *words)
{
  g_autoptr(EntImporter) importer = new_importer (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autofree char *uri = path[0] != '/' ? g_strdup (path) : g_strconcat (base, path, NULL);

  /* Short for the server that never answers, so that it fails fast;
   * memcheck runs the fetcher some fifty times slower. */
  if (code == ENT_IMPORT_ERROR_TIMEOUT)
    ent_fetcher_set_timeout (ent_importer_get_fetcher (importer),
                             g_getenv ("ENTENTE_VALGRIND") != NULL ? 15000 : 500);
  docs = run_import (importer, path, NULL, &error);
  g_assert_null (docs);
  g_assert_error (error, ENT_IMPORT_ERROR, code);
  g_test_message ("%s: %s", path, error->message);
  g_assert_nonnull (strstr (error->message, uri));
  g_assert_nonnull (strstr (error->message, words));
}

static void
test_errors (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autofree char *refused = NULL;

  check_error ("/missing", ENT_IMPORT_ERROR_HTTP, "404");
  check_error ("/500", ENT_IMPORT_ERROR_HTTP, "500");
  check_error ("/loop", ENT_IMPORT_ERROR_REDIRECTS, "more than 5 redirects");
  check_error ("/tofile", ENT_IMPORT_ERROR_REDIRECTS, "file:///etc/passwd");
  check_error ("/slow", ENT_IMPORT_ERROR_TIMEOUT, "in time");
  check_error ("/huge", ENT_IMPORT_ERROR_TOO_LARGE, "larger than 1 MB");
  check_error ("/image", ENT_IMPORT_ERROR_UNSUPPORTED, "image/png");
  check_error ("/empty", ENT_IMPORT_ERROR_NO_ARTICLE, "no article");
  check_error ("file:///etc/passwd", ENT_IMPORT_ERROR_SCHEME, "only http and https");
  check_error ("javascript:alert(1)", ENT_IMPORT_ERROR_SCHEME, "only http and https");

  g_assert_true (g_socket_bind (socket, any, TRUE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  refused = g_strdup_printf ("http://127.0.0.1:%u/",
                             g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_socket_close (socket, NULL);
  check_error (refused, ENT_IMPORT_ERROR_CONNECTION, "refused");
}

static void
progress_cb (EntImporter *importer,
             guint        done,
             guint        total,
             guint       *calls)
{
  g_assert_cmpuint (done, <=, total);
  (*calls)++;
}

static void
test_feed (void)
{
  g_autoptr(EntProject) project = ent_project_new ();
  g_autoptr(EntImporter) importer = new_importer (project);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  guint calls = 0;

  g_signal_connect (importer, "progress", G_CALLBACK (progress_cb), &calls);
  docs = run_import (importer, "/feed", &failures, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (docs->len, ==, 20);
  g_assert_cmpuint (failures->len, ==, 0);
  g_assert_cmpuint (calls, ==, 20);
  g_assert_true (g_str_has_prefix (ent_document_get_text (g_ptr_array_index (docs, 0)), "Entry 1\n"));
  g_assert_true (g_str_has_prefix (ent_document_get_text (g_ptr_array_index (docs, 19)), "Entry 20\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_test_init (&argc, &argv, NULL);

  server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server, NULL, handle, NULL, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  uris = soup_server_get_uris (server);
  base = g_uri_to_string (uris->data);
  if (g_str_has_suffix (base, "/"))
    base[strlen (base) - 1] = '\0';
  g_slist_free_full (uris, (GDestroyNotify)g_uri_unref);

  g_test_add_func ("/entente/fetcher/page", test_page);
  g_test_add_func ("/entente/fetcher/text-and-charset", test_text_and_charset);
  g_test_add_func ("/entente/fetcher/errors", test_errors);
  g_test_add_func ("/entente/fetcher/feed", test_feed);

  return g_test_run ();
}
