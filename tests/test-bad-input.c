/* test-bad-input.c — the catalogue of bad input
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Feeds every kind of bad input we could think of to the core and to
 * entente-cli, and checks that each gets a clear error (or is read safely),
 * that nothing crashes, that the CLI writes nothing, and that a project
 * already open is unchanged. Prints the table of inputs and outcomes.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>

#include "entente-core.h"
#include "ent-feed.h"
#include "ent-fetcher.h"
#include "ent-html-importer.h"

typedef enum { KIND_TEXT, KIND_PROJECT, KIND_HTML, KIND_FEED } Kind;

typedef struct
{
  const char *name;
  Kind        kind;
  gboolean    must_fail;     /* FALSE: reading it safely is the right outcome */
  const char *expect;        /* a word the error message must contain, or NULL */
  GBytes   *(*make) (void);
  const char *extension;
} Case;

static char *tmp_dir;
static GString *table;

static GBytes *
bytes_of (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static GBytes *make_empty (void) { return g_bytes_new ("", 0); }
static GBytes *make_spaces (void) { return bytes_of ("   \n\n\t  \r\n"); }
static GBytes *make_nul (void) { return g_bytes_new ("Russia\0backs Syria", 18); }
static GBytes *make_invalid_utf8 (void) { return bytes_of ("Caf\xe9 \xff\xfe news: Russia backs Syria."); }
static GBytes *make_utf16_bad (void) { return g_bytes_new ("\xff\xfe\x00\xd8", 4); }
static GBytes *make_controls (void) { return bytes_of ("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 x"); }

static GBytes *
make_binary (void)
{
  guint8 data[4096];
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);

  for (guint i = 0; i < sizeof data; i++)
    data[i] = g_rand_int_range (rand, 0, 256);
  return g_bytes_new (data, sizeof data);
}

static GBytes *
make_long_line (void)
{
  GString *s = g_string_sized_new (10 * 1024 * 1024 + 64);

  while (s->len < 10 * 1024 * 1024)
    g_string_append (s, "Moscow backs Damascus while Washington opposes it, ");
  return g_string_free_to_bytes (s);
}

static GBytes *
make_long_word (void)
{
  GString *s = g_string_new ("Headline\n\n");

  for (guint i = 0; i < 1024 * 1024; i++)
    g_string_append_c (s, 'a' + i % 26);
  return g_string_free_to_bytes (s);
}

static GBytes *
make_deep_html (void)
{
  GString *s = g_string_new ("<html><body>");

  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "<div>");
  g_string_append (s, "<p>Russia backs Syria.</p>");
  return g_string_free_to_bytes (s);
}

static GBytes *make_nav_only (void) { return bytes_of ("<html><body><nav><a href='/'>Home</a><a href='/w'>World</a></nav><footer>© 2026</footer></body></html>"); }
static GBytes *make_html_binary (void) { return make_binary (); }

static GBytes *
make_entity_bomb (void)
{
  return bytes_of ("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                   "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                   "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                   "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                   "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                   "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                   "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                   "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                   "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>"
                   "<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>");
}

static GBytes *
make_xxe (void)
{
  return bytes_of ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                   "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title>"
                   "<link>https://example.org/a</link><description>&x;</description></item></channel></rss>");
}

static GBytes *make_bad_feed (void) { return bytes_of ("<rss version=\"2.0\"><channel><title>x</title><item><title>a</item></rss>"); }
static GBytes *make_not_feed (void) { return bytes_of ("{\"just\": \"json\"}"); }

static GBytes *make_json_malformed (void) { return bytes_of ("{\"format\": \"entente-project\",\n \"version\": 1,,}"); }
static GBytes *make_json_truncated (void) { return bytes_of ("{\"format\": \"entente-project\", \"version\": 1, \"documents\": [{\"id\": \"d"); }
static GBytes *make_json_types (void) { return bytes_of ("{\"format\": \"entente-project\", \"version\": 1, \"documents\": [{\"id\": 7, \"text\": \"x\"}]}"); }
static GBytes *make_json_newer (void) { return bytes_of ("{\"format\": \"entente-project\", \"version\": 99}"); }
static GBytes *make_json_not_project (void) { return bytes_of ("{\"format\": \"entente-network\", \"version\": 1}"); }
static GBytes *make_json_array (void) { return bytes_of ("[1, 2, 3]"); }
static GBytes *make_json_nan (void) { return bytes_of ("{\"format\": \"entente-project\", \"version\": NaN}"); }
static GBytes *make_json_nul (void) { return bytes_of ("{\"format\": \"entente-project\", \"version\": 1, \"documents\": [{\"id\": \"d\", \"text\": \"a\\u0000b\"}]}"); }
static GBytes *make_png_as_project (void) { return g_bytes_new ("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16); }

static GBytes *
make_json_deep (void)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (s, '[');
  return g_string_free_to_bytes (s);
}

static GBytes *
make_json_duplicate (void)
{
  return bytes_of ("{\"format\": \"entente-project\", \"version\": 1, \"actors\": ["
                   "{\"id\": \"RUS\", \"name\": \"Russia\", \"kind\": \"state\"},"
                   "{\"id\": \"RUS\", \"name\": \"Russia again\", \"kind\": \"state\"}]}");
}

static GBytes *
make_json_missing_actor (void)
{
  return bytes_of ("{\"format\": \"entente-project\", \"version\": 1, \"actors\": ["
                   "{\"id\": \"RUS\", \"name\": \"Russia\", \"kind\": \"state\"}], \"statements\": ["
                   "{\"id\": \"s\", \"source\": \"RUS\", \"sign\": 1, \"target\": \"XYZ\","
                   " \"origin\": \"extracted\", \"state\": \"accepted\"}]}");
}

static GBytes *
make_json_past_end (void)
{
  return bytes_of ("{\"format\": \"entente-project\", \"version\": 1, \"documents\": ["
                   "{\"id\": \"d\", \"text\": \"short\"}], \"actors\": ["
                   "{\"id\": \"RUS\", \"name\": \"Russia\", \"kind\": \"state\"},"
                   "{\"id\": \"SYR\", \"name\": \"Syria\", \"kind\": \"state\"}], \"statements\": ["
                   "{\"id\": \"s\", \"source\": \"RUS\", \"sign\": 1, \"target\": \"SYR\", \"document\": \"d\","
                   " \"sentence\": [0, 5000], \"origin\": \"extracted\", \"state\": \"accepted\"}]}");
}

static GBytes *
make_json_self_affiliation (void)
{
  return bytes_of ("{\"format\": \"entente-project\", \"version\": 1, \"actors\": ["
                   "{\"id\": \"x\", \"name\": \"X\", \"kind\": \"person\", \"affiliation\": \"x\"}]}");
}

static GBytes *
make_json_cycle (void)
{
  return bytes_of ("{\"format\": \"entente-project\", \"version\": 1, \"actors\": ["
                   "{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\", \"affiliation\": \"b\"},"
                   "{\"id\": \"b\", \"name\": \"B\", \"kind\": \"person\", \"affiliation\": \"a\"}]}");
}

static const Case cases[] = {
  { "empty file", KIND_TEXT, TRUE, "empty", make_empty, ".txt" },
  { "only white space", KIND_TEXT, TRUE, "empty", make_spaces, ".txt" },
  { "NUL bytes", KIND_TEXT, TRUE, "not a text file", make_nul, ".txt" },
  { "binary file", KIND_TEXT, TRUE, "not a text file", make_binary, ".txt" },
  { "control characters", KIND_TEXT, TRUE, "not a text file", make_controls, ".txt" },
  { "invalid UTF-8 (read as Windows-1252)", KIND_TEXT, FALSE, NULL, make_invalid_utf8, ".txt" },
  { "UTF-16 with an unpaired surrogate", KIND_TEXT, TRUE, "UTF-16", make_utf16_bad, ".txt" },
  { "a single 10 MB line", KIND_TEXT, FALSE, NULL, make_long_line, ".txt" },
  { "a 1 MB word", KIND_TEXT, FALSE, NULL, make_long_word, ".txt" },
  { "HTML nested 100,000 deep", KIND_HTML, TRUE, "no article", make_deep_html, ".html" },
  { "HTML with navigation only", KIND_HTML, TRUE, NULL, make_nav_only, ".html" },
  { "binary data as HTML", KIND_HTML, TRUE, NULL, make_html_binary, ".html" },
  { "entity-expansion bomb in a feed", KIND_FEED, TRUE, NULL, make_entity_bomb, ".xml" },
  { "external entity to /etc/passwd", KIND_FEED, FALSE, NULL, make_xxe, ".xml" },
  { "malformed feed", KIND_FEED, TRUE, NULL, make_bad_feed, ".xml" },
  { "JSON that is not a feed", KIND_FEED, TRUE, NULL, make_not_feed, ".xml" },
  { "malformed JSON project", KIND_PROJECT, TRUE, "line 2", make_json_malformed, ".entente" },
  { "truncated JSON project", KIND_PROJECT, TRUE, "unterminated", make_json_truncated, ".entente" },
  { "JSON nested 100,000 deep", KIND_PROJECT, TRUE, "nested too deeply", make_json_deep, ".entente" },
  { "wrong types", KIND_PROJECT, TRUE, "expected a string", make_json_types, ".entente" },
  { "newer format version", KIND_PROJECT, TRUE, "newer version", make_json_newer, ".entente" },
  { "another format", KIND_PROJECT, TRUE, "not an Entente project", make_json_not_project, ".entente" },
  { "a JSON array", KIND_PROJECT, TRUE, "not an Entente project", make_json_array, ".entente" },
  { "NaN in JSON", KIND_PROJECT, TRUE, "unexpected character", make_json_nan, ".entente" },
  { "NUL escape in a string", KIND_PROJECT, TRUE, "NUL", make_json_nul, ".entente" },
  { "a PNG named .entente", KIND_PROJECT, TRUE, "not valid JSON", make_png_as_project, ".entente" },
  { "duplicate ids", KIND_PROJECT, TRUE, "used twice", make_json_duplicate, ".entente" },
  { "statement to a missing actor", KIND_PROJECT, TRUE, "not an actor", make_json_missing_actor, ".entente" },
  { "evidence past the end of the text", KIND_PROJECT, TRUE, "past the end", make_json_past_end, ".entente" },
  { "actor affiliated with itself", KIND_PROJECT, TRUE, "itself", make_json_self_affiliation, ".entente" },
  { "affiliation cycle (read, folding bounded)", KIND_PROJECT, FALSE, NULL, make_json_cycle, ".entente" },
};

/* Runs the core on one input; returns the error, or NULL if it was read. */
static GError *
run_core (const Case *c,
          GBytes     *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  GError *error = NULL;

  switch (c->kind)
    {
    case KIND_TEXT:
      {
        g_autoptr(EntDocument) doc = ent_text_import_data (data ? data : "", size, "doc-x", "x", &error);
        if (doc != NULL)
          g_assert_true (g_utf8_validate (ent_document_get_text (doc), -1, NULL));
        break;
      }
    case KIND_HTML:
      {
        g_autoptr(EntDocument) doc = ent_html_import_data (data, size, NULL, NULL, "doc-x", &error);
        break;
      }
    case KIND_FEED:
      {
        g_autoptr(EntFeed) feed = ent_feed_parse (data, size, "https://example.org/feed", &error);
        if (feed != NULL)
          {
            GListModel *entries = ent_feed_get_entries (feed);

            /* Nothing from /etc/passwd may come through. */
            for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
              {
                g_autoptr(EntFeedEntry) entry = g_list_model_get_item (entries, i);
                g_assert_null (strstr (ent_feed_entry_get_title (entry) ? ent_feed_entry_get_title (entry) : "", "root:"));
                g_assert_null (strstr (ent_feed_entry_get_summary (entry) ? ent_feed_entry_get_summary (entry) : "", "root:"));
              }
          }
        break;
      }
    case KIND_PROJECT:
      {
        g_autoptr(EntProject) project = ent_project_file_load_data (data, size, &error);
        break;
      }
    default:
      g_assert_not_reached ();
    }
  return error;
}

static char *
project_state (EntProject *project)
{
  g_autoptr(GBytes) bytes = ent_project_file_serialize (project);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GBytes) bytes = c->make ();
  g_autoptr(EntProject) open = ent_project_new ();
  g_autoptr(EntDocument) doc = ent_document_new ("doc-1", "Russia backs Syria.");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *path = g_strdup_printf ("%s/input-%p%s", tmp_dir, (void *)c, c->extension);
  g_autofree char *output = g_strdup_printf ("%s/output-%p.json", tmp_dir, (void *)c);
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("ENTENTE_CLI"), "analyze", "--output", output, path, NULL };
  int status;

  ent_project_add_document (open, doc);
  before = project_state (open);

  error = run_core (c, bytes);
  if (c->must_fail)
    {
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, !=, "");
      if (c->expect != NULL && strstr (error->message, c->expect) == NULL)
        g_error ("%s: “%s” not in “%s”", c->name, c->expect, error->message);
    }
  else if (error != NULL)
    g_error ("%s: unexpected error: %s", c->name, error->message);

  /* The open project never saw any of it. */
  after = project_state (open);
  g_assert_cmpstr (before, ==, after);

  /* The CLI: a clear error and nothing written, or a normal run. */
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  if (c->kind != KIND_FEED && argv[0] != NULL)
    {
      g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                                   NULL, &err, &status, NULL));
      if (c->must_fail)
        {
          g_assert_false (g_spawn_check_wait_status (status, NULL));
          g_assert_true (g_str_has_prefix (err, "entente-cli: "));
          g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
        }
      else
        g_assert_true (g_spawn_check_wait_status (status, NULL));
    }

  g_string_append_printf (table, "# | %-44s | %s\n", c->name,
                          error ? error->message : "read safely");
  g_unlink (path);
  g_unlink (output);
}

/* Files that cannot be read at all, and addresses that must be refused. */
static void
test_files_and_addresses (void)
{
  g_autofree char *huge = g_build_filename (tmp_dir, "huge.txt", NULL);
  g_autoptr(GFile) huge_file = g_file_new_for_path (huge);
  g_autoptr(GFile) dir = g_file_new_for_path (tmp_dir);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/article.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(EntDocument) doc = NULL;
  const char *schemes[] = { "file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/a", "data:text/plain,hi" };
  FILE *f;

  /* A 200 MB file, sparse so the test stays fast: refused before reading. */
  f = fopen (huge, "w");
  g_assert_nonnull (f);
  g_assert_cmpint (fseek (f, 200 * 1024 * 1024, SEEK_SET), ==, 0);
  fputc ('x', f);
  fclose (f);
  doc = ent_text_import_file (huge_file, "d", NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_TOO_LARGE);
  g_string_append_printf (table, "# | %-44s | %s\n", "a 200 MB file", error->message);
  g_clear_error (&error);
  g_unlink (huge);

  g_assert_null (ent_text_import_file (dir, "d", NULL, &error));
  g_assert_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_UNSUPPORTED);
  g_string_append_printf (table, "# | %-44s | %s\n", "a folder", error->message);
  g_clear_error (&error);

  g_assert_null (ent_text_import_file (missing, "d", NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_string_append_printf (table, "# | %-44s | %s\n", "a missing file", error->message);
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      g_assert_false (ent_fetcher_check_uri (schemes[i], &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, schemes[i]));
      g_string_append_printf (table, "# | %-44s | %s\n", schemes[i], error->message);
      g_clear_error (&error);
    }
}

/* A server that redirects to file://, one that announces a huge body, and
 * one that never answers. */
static void
handler (SoupServer        *server,
         SoupServerMessage *msg,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  if (g_str_equal (path, "/to-file"))
    {
      soup_server_message_set_redirect (msg, 302, "file:///etc/passwd");
      return;
    }
  if (g_str_equal (path, "/huge"))
    {
      soup_server_message_set_status (msg, 200, NULL);
      soup_message_headers_set_content_type (headers, "text/html", NULL);
      soup_message_headers_set_encoding (headers, SOUP_ENCODING_CONTENT_LENGTH);
      soup_message_headers_set_content_length (headers, G_GINT64_CONSTANT (50000000000));
      return;
    }
  /* Never answers: the message stays paused until the test ends. */
  soup_server_message_pause (msg);
  g_ptr_array_add (user_data, g_object_ref (msg));
}

static void
fetched (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GError **error = user_data;
  g_autoptr(GBytes) bytes = ent_fetcher_fetch_finish (ENT_FETCHER (source), result, NULL, NULL, NULL, error);

  if (*error == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "unexpectedly fetched");
}

static void
test_network (void)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntFetcher) fetcher = ent_fetcher_new ();
  g_autoptr(GPtrArray) silent = g_ptr_array_new_with_free_func (g_object_unref);
  const char *paths[] = { "/to-file", "/huge", "/silent" };
  const char *names[] = { "a redirect to file://", "a huge Content-Length", "a server that never answers" };
  const EntImportError codes[] = { ENT_IMPORT_ERROR_REDIRECTS, ENT_IMPORT_ERROR_TOO_LARGE, ENT_IMPORT_ERROR_TIMEOUT };
  GSList *uris;
  guint port;
  /* Short for the silent server; memcheck runs some fifty times slower. */
  guint timeout_ms = g_getenv ("ENTENTE_VALGRIND") != NULL ? 15000 : 500;

  soup_server_add_handler (server, NULL, handler, silent, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  uris = soup_server_get_uris (server);
  port = g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify)g_uri_unref);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *uri = g_strdup_printf ("http://127.0.0.1:%u%s", port, paths[i]);
      GError *fetch_error = NULL;
      /* Only the silent server has the short timeout: the others must
       * fail for their own reason, however busy the machine. */
      guint limit_ms = codes[i] == ENT_IMPORT_ERROR_TIMEOUT ? timeout_ms : 60000;
      gint64 deadline = g_get_monotonic_time () + (limit_ms + 10000) * G_TIME_SPAN_MILLISECOND;

      ent_fetcher_set_timeout (fetcher, limit_ms);
      ent_fetcher_fetch_async (fetcher, uri, NULL, fetched, &fetch_error);
      while (fetch_error == NULL && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, TRUE);
      g_assert_nonnull (fetch_error);
      g_assert_error (fetch_error, ENT_IMPORT_ERROR, (int)codes[i]);
      g_assert_nonnull (strstr (fetch_error->message, uri));
      g_string_append_printf (table, "# | %-44s | %s\n", names[i], fetch_error->message);
      g_error_free (fetch_error);
    }

  /* Let the silent server answer at last, so that its connection closes. */
  for (guint i = 0; i < silent->len; i++)
    {
      soup_server_message_set_status (g_ptr_array_index (silent, i), 503, NULL);
      soup_server_message_unpause (g_ptr_array_index (silent, i));
    }
  soup_server_disconnect (server);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
print_table (void)
{
  g_printerr ("%s", table->str);
  g_test_message ("%s", table->str);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("entente-bad-XXXXXX", NULL);
  table = g_string_new ("# | input                                        | outcome\n");
  g_setenv ("ENTENTE_LEXICON_DIR", SOURCE_LEXICON_DIR, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/entente/bad-input/case-%02u", i + 1);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/entente/bad-input/files-and-addresses", test_files_and_addresses);
  g_test_add_func ("/entente/bad-input/network", test_network);
  g_test_add_func ("/entente/bad-input/table", print_table);

  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_string_free (table, TRUE);
  return status;
}
