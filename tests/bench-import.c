/* bench-import.c — HTML extraction throughput over the fixtures, and
 * fetching 200 pages from a loopback server, 4 at a time. Prints figures;
 * asserts nothing about timings.
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "entente-core.h"
#include "ent-html-importer.h"
#include "ent-importer.h"

#define ROUNDS 30
#define PAGES 200

static GPtrArray *pages;

static void
load_pages (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  pages = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, ".html"))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        char *data;
        gsize length;

        if (g_file_get_contents (path, &data, &length, NULL))
          g_ptr_array_add (pages, g_bytes_new_take (data, length));
      }
}

static void
bench_extraction (void)
{
  gsize bytes = 0;
  guint n = 0;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  for (guint round = 0; round < ROUNDS; round++)
    for (guint i = 0; i < pages->len; i++)
      {
        gsize length;
        const char *data = g_bytes_get_data (g_ptr_array_index (pages, i), &length);
        g_autoptr(EntDocument) doc = ent_html_import_data (data, length, NULL, NULL, "d", NULL);

        bytes += length;
        n++;
      }
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_print ("html extraction: %u pages, %.1f MB in %.2f s: %.0f pages/s, %.1f MB/s (one core)\n",
           n, bytes / 1e6, seconds, n / seconds, bytes / 1e6 / seconds);
}

static void
handle (SoupServer        *server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  guint index = (guint)g_ascii_strtoull (path + 1, NULL, 10) % pages->len;
  GBytes *page = g_ptr_array_index (pages, index);
  g_autofree char *unique = g_strdup_printf ("<!-- %s -->", path);

  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, strstr (g_bytes_get_data (page, NULL), "windows-1252")
                                    ? "text/html; charset=windows-1252" : "text/html",
                                    SOUP_MEMORY_COPY, g_bytes_get_data (page, NULL),
                                    g_bytes_get_size (page));
  soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_COPY,
                            unique, strlen (unique));
}

static void
store_result (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

static void
bench_fetching (void)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(EntImporter) importer = ent_importer_new (NULL);
  g_autoptr(GListStore) entries = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GString) feed = g_string_new ("<rss><channel><title>b</title>");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(EntFeed) parsed = NULL;
  g_autofree char *base = NULL;
  GSList *uris;
  gint64 start;
  double seconds;

  soup_server_add_handler (server, NULL, handle, NULL, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, NULL);
  uris = soup_server_get_uris (server);
  base = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify)g_uri_unref);
  for (guint i = 0; i < PAGES; i++)
    g_string_append_printf (feed, "<item><title>%u</title><link>%s%u</link></item>", i, base, i);
  g_string_append (feed, "</channel></rss>");
  parsed = ent_feed_parse (feed->str, feed->len, NULL, NULL);

  start = g_get_monotonic_time ();
  ent_importer_import_entries_async (importer, ent_feed_get_entries (parsed), NULL, store_result, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  docs = ent_importer_import_entries_finish (importer, result, &failures, NULL);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_print ("fetching: %u pages from a loopback server, %u at a time: %.2f s, %.0f pages/s "
           "(%u imported, %u failed)\n", PAGES, ent_importer_get_max_parallel (importer), seconds,
           PAGES / seconds, docs ? docs->len : 0, failures ? failures->len : 0);
}

int
main (int   argc,
      char *argv[])
{
  const char *dir = argc > 1 ? argv[1] : SOURCE_HTML_DIR;

  load_pages (dir);
  if (pages->len == 0)
    {
      g_printerr ("no pages in %s\n", dir);
      return 1;
    }
  bench_extraction ();
  bench_fetching ();
  return 0;
}
