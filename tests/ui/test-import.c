/* test-import.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <libsoup/soup.h>
#include <string.h>

#include "ent-feed-dialog.h"
#include "ent-url-dialog.h"
#include "ent-window-private.h"
#include "ui-test-util.h"

/* An in-process server on 127.0.0.1 (gnome-calendar's recipe) serving the
 * pages in data/web: the tests never reach the internet. */
static SoupServer *server;
static char *base;

typedef struct
{
  EntWindow *window;
} Fixture;

static char *
dup_url (const char *path)
{
  return g_strconcat (base, path, NULL);
}

static void
handle_cb (SoupServer        *self,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "data", "web", path + 1, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) body = NULL;
  gsize length = 0;

  if (strstr (path, "..") != NULL || !g_file_get_contents (file, &contents, &length, NULL))
    {
      soup_server_message_set_status (msg, 404, NULL);
      soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_STATIC, "not found", 9);
      return;
    }

  /* The feed's links point back to this server, whatever its port. */
  body = g_string_new_len (contents, length);
  g_string_replace (body, "@BASE@", base, 0);
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg,
                                    g_str_has_suffix (path, ".xml") ? "application/rss+xml"
                                                                    : "text/html; charset=utf-8",
                                    SOUP_MEMORY_COPY, body->str, body->len);
}

static void
start_server (void)
{
  g_autoptr(GError) error = NULL;
  g_autoslist(GUri) uris = NULL;
  g_autofree char *uri = NULL;

  server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server, NULL, handle_cb, NULL, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (server);
  uri = g_uri_to_string (uris->data);
  base = g_strndup (uri, strlen (uri) - (g_str_has_suffix (uri, "/") ? 1 : 0));
}

static gboolean
feed_dialog_is_shown (gpointer data)
{
  return ui_test_find_shown_toplevel (ENT_TYPE_FEED_DIALOG) != NULL;
}

static gboolean
feed_is_loaded (gpointer data)
{
  return ent_feed_dialog_get_feed (data) != NULL;
}

static guint
n_documents (Fixture *fixture)
{
  return ent_project_get_n_documents (ent_window_get_project (fixture->window));
}

static EntDocument *
get_document (Fixture *fixture,
              guint    position)
{
  GListModel *documents = ent_project_get_documents (ent_window_get_project (fixture->window));
  g_autoptr(EntDocument) document = g_list_model_get_item (documents, position);

  return document;
}

static gboolean
has_documents (gpointer data)
{
  return n_documents (data) > 0;
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  return NULL;
}

static gboolean
drop (Fixture      *fixture,
      const GValue *value)
{
  GtkDropTarget *target = find_drop_target (GTK_WIDGET (fixture->window));
  gboolean accepted = FALSE;

  g_assert_nonnull (target);
  g_signal_emit_by_name (target, "drop", value, 10.0, 10.0, &accepted);

  return accepted;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  if (!ui_test_have_display ())
    return;

  fixture->window = ui_test_window_new (NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (!ui_test_have_display ())
    return;

  ui_test_window_destroy (&fixture->window);
}

/* The whole path a user takes: Ctrl+L's action, the dialog, the fetch, the
 * analysis and one undo step. */
static void
test_url (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *url = NULL;
  EntProject *project;
  EntUrlDialog *dialog;
  EntDocument *document;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  project = ent_window_get_project (fixture->window);
  url = dup_url ("/article.html");
  ui_test_activate (GTK_WIDGET (fixture->window), "win.import-url");
  dialog = ui_test_find_shown_toplevel (ENT_TYPE_URL_DIALOG);
  g_assert_nonnull (dialog);

  /* Only http and https are fetched; the problem shows in the dialog. */
  ent_url_dialog_set_uri (dialog, "ftp://example.org/article");
  ui_test_activate (GTK_WIDGET (dialog), "url.import");
  g_assert_nonnull (ent_url_dialog_get_error (dialog));
  g_assert_true (ui_test_find_shown_toplevel (ENT_TYPE_URL_DIALOG) == dialog);

  ent_url_dialog_set_uri (dialog, url);
  g_assert_null (ent_url_dialog_get_error (dialog));
  ui_test_activate (GTK_WIDGET (dialog), "url.import");
  g_assert_null (ui_test_find_shown_toplevel (ENT_TYPE_URL_DIALOG));
  g_assert_true (ent_window_get_busy (fixture->window));
  g_assert_true (gtk_widget_get_visible (fixture->window->progress_box));
  ui_test_wait_idle (fixture->window);

  g_assert_cmpuint (n_documents (fixture), ==, 1);
  document = get_document (fixture, 0);
  g_assert_cmpstr (ent_document_get_title (document), ==,
                   "Austria and Hungary agree on Danube monitoring");
  g_assert_cmpstr (ent_document_get_url (document), ==, url);
  g_assert_nonnull (strstr (ent_document_get_text (document), "joint monitoring office"));
  g_assert_null (strstr (ent_document_get_text (document), "Related stories"));
  /* Analysed: the actors and their positions are in. */
  g_assert_cmpuint (ent_project_get_n_actors (project), >, 0);
  g_assert_cmpuint (ent_project_get_n_statements (project), >, 0);
  g_assert_false (gtk_widget_get_visible (fixture->window->progress_box));

  g_assert_cmpstr (ent_project_get_undo_label (project), ==, "Import Article");
  ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
  g_assert_cmpuint (n_documents (fixture), ==, 0);
  g_assert_cmpuint (ent_project_get_n_statements (project), ==, 0);

  /* The same page again, after redo, is not added twice. */
  ui_test_activate (GTK_WIDGET (fixture->window), "win.redo");
  _ent_window_import_uri (fixture->window, url);
  ui_test_wait_idle (fixture->window);
  g_assert_cmpuint (n_documents (fixture), ==, 1);
  ui_test_assert_toast (fixture->window, "already");
}

static EntFeedDialog *
open_feed_dialog (Fixture *fixture)
{
  g_autofree char *url = dup_url ("/feed.xml");
  EntFeedDialog *dialog;

  ui_test_activate (GTK_WIDGET (fixture->window), "win.import-feed");
  dialog = ui_test_find_shown_toplevel (ENT_TYPE_FEED_DIALOG);
  g_assert_nonnull (dialog);
  ent_feed_dialog_load (dialog, url);
  ui_test_spin_until (feed_is_loaded, dialog);

  return dialog;
}

static void
test_feed (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GListModel) chosen = NULL;
  EntProject *project;
  EntFeedDialog *dialog;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  project = ent_window_get_project (fixture->window);
  dialog = open_feed_dialog (fixture);
  g_assert_cmpuint (ent_feed_get_n_entries (ent_feed_dialog_get_feed (dialog)), ==, 5);
  g_assert_cmpuint (ent_feed_dialog_get_n_chosen (dialog), ==, 5);

  ui_test_activate (GTK_WIDGET (dialog), "feed.select-none");
  g_assert_cmpuint (ent_feed_dialog_get_n_chosen (dialog), ==, 0);
  /* Nothing chosen, nothing to import: the dialog stays. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "feed.import", NULL);
  g_assert_true (ui_test_find_shown_toplevel (ENT_TYPE_FEED_DIALOG) == dialog);
  ent_feed_dialog_set_chosen (dialog, 0, TRUE);
  ent_feed_dialog_set_chosen (dialog, 2, TRUE);
  ent_feed_dialog_set_chosen (dialog, 4, TRUE);
  chosen = ent_feed_dialog_dup_chosen (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (chosen), ==, 3);

  ui_test_activate (GTK_WIDGET (dialog), "feed.import");
  g_assert_null (ui_test_find_shown_toplevel (ENT_TYPE_FEED_DIALOG));
  g_assert_true (gtk_widget_get_visible (fixture->window->progress_box));
  ui_test_wait_idle (fixture->window);

  g_assert_cmpuint (n_documents (fixture), ==, 3);
  g_assert_cmpstr (ent_document_get_title (get_document (fixture, 0)), ==,
                   "France backs Germany on energy plan");
  g_assert_cmpstr (ent_document_get_title (get_document (fixture, 2)), ==,
                   "Canada opposes new tariffs");
  g_assert_cmpuint (ent_project_get_n_statements (project), >, 0);
  g_assert_cmpstr (ent_project_get_undo_label (project), ==, "Import 3 Articles");

  /* One undo step takes all three out. */
  ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
  g_assert_cmpuint (n_documents (fixture), ==, 0);
  g_assert_false (ent_project_get_can_undo (project));
}

/* Entries whose pages are missing are named in one toast; the others are
 * imported. */
static void
test_feed_failures (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GListStore) entries = g_list_store_new (ENT_TYPE_FEED_ENTRY);
  g_autofree char *missing = dup_url ("/entry-9.html");
  g_autofree char *feed_xml = NULL;
  g_autoptr(EntFeed) feed = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *all;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  feed_xml = g_strdup_printf ("<rss version=\"2.0\"><channel><title>T</title>"
                              "<item><title>A</title><link>%s/entry-1.html</link></item>"
                              "<item><title>B</title><link>%s</link></item>"
                              "</channel></rss>", base, missing);
  feed = ent_feed_parse (feed_xml, strlen (feed_xml), base, &error);
  g_assert_no_error (error);
  all = ent_feed_get_entries (feed);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(GObject) entry = g_list_model_get_item (all, i);

      g_list_store_append (entries, entry);
    }

  _ent_window_import_entries (fixture->window, G_LIST_MODEL (entries));
  ui_test_wait_idle (fixture->window);

  g_assert_cmpuint (n_documents (fixture), ==, 1);
  ui_test_assert_toast (fixture->window, "1 of 2 entries");
  ui_test_assert_toast (fixture->window, missing);
}

/* A feed's address, given where a page is expected, opens the chooser. */
static void
test_feed_url (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *url = dup_url ("/feed.xml");
  EntFeedDialog *dialog;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  _ent_window_import_uri (fixture->window, url);
  ui_test_wait_idle (fixture->window);

  ui_test_spin_until (feed_dialog_is_shown, NULL);
  dialog = ui_test_find_shown_toplevel (ENT_TYPE_FEED_DIALOG);
  g_assert_cmpuint (ent_feed_get_n_entries (ent_feed_dialog_get_feed (dialog)), ==, 5);
  g_assert_cmpuint (n_documents (fixture), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_not_found (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *url = dup_url ("/missing.html");
  EntProject *project;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  project = ent_window_get_project (fixture->window);
  _ent_window_import_uri (fixture->window, url);
  ui_test_wait_idle (fixture->window);

  ui_test_assert_toast (fixture->window, url);
  g_assert_cmpuint (n_documents (fixture), ==, 0);
  g_assert_false (ent_project_get_modified (project));
  g_assert_false (ent_project_get_can_undo (project));
  g_assert_false (gtk_widget_get_visible (fixture->window->progress_box));
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  EntFeedDialog *dialog;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  dialog = open_feed_dialog (fixture);
  ui_test_activate (GTK_WIDGET (dialog), "feed.import");
  g_assert_true (ent_window_get_busy (fixture->window));
  ui_test_activate (GTK_WIDGET (fixture->window), "win.cancel");
  ui_test_wait_idle (fixture->window);

  g_assert_cmpuint (n_documents (fixture), ==, 0);
  g_assert_false (gtk_widget_get_visible (fixture->window->progress_box));
}

static void
test_drop_files (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GFile) text = ui_test_dist_file ("data", "article.txt", NULL);
  g_autoptr(GFile) html = ui_test_dist_file ("data", "web", "entry-3.html", NULL);
  g_auto(GValue) value = G_VALUE_INIT;
  GSList *files = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  files = g_slist_append (files, text);
  files = g_slist_append (files, html);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_slist_free (files);

  g_assert_true (drop (fixture, &value));
  ui_test_wait_idle (fixture->window);

  g_assert_cmpuint (n_documents (fixture), ==, 2);
  g_assert_cmpstr (ent_document_get_title (get_document (fixture, 0)), ==,
                   "Ministers meet in Vienna to discuss river water sharing");
  g_assert_cmpstr (ent_document_get_title (get_document (fixture, 1)), ==,
                   "Japan and South Korea sign trade pact");
  g_assert_null (strstr (ent_document_get_text (get_document (fixture, 1)), "<p>"));
}

static void
test_drop_url (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *url = dup_url ("/entry-2.html");
  g_autofree char *uri_list = g_strdup_printf ("# a link from a browser\r\n%s\r\n", url);
  g_auto(GValue) value = G_VALUE_INIT;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, uri_list);
  g_assert_true (drop (fixture, &value));
  ui_test_wait_idle (fixture->window);

  g_assert_cmpuint (n_documents (fixture), ==, 1);
  g_assert_cmpstr (ent_document_get_url (get_document (fixture, 0)), ==, url);
}

static void
test_paste (Fixture       *fixture,
            gconstpointer  data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (fixture->window));
  EntProject *project;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  project = ent_window_get_project (fixture->window);
  gdk_clipboard_set_text (clipboard, "Spain backs Portugal on fishing quotas\n\n"
                                     "Spain said on Monday it supports Portugal in the dispute "
                                     "over fishing quotas in the Atlantic.");
  ui_test_activate (GTK_WIDGET (fixture->window), "win.paste");
  ui_test_spin_until (has_documents, fixture);
  ui_test_wait_idle (fixture->window);

  g_assert_cmpuint (n_documents (fixture), ==, 1);
  g_assert_cmpstr (ent_document_get_title (get_document (fixture, 0)), ==,
                   "Spain backs Portugal on fishing quotas");
  g_assert_true (ent_project_get_modified (project));

  ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
  g_assert_cmpuint (n_documents (fixture), ==, 0);
  g_assert_false (ent_project_get_modified (project));
}

/* Ctrl+V in a text field pastes into the field, not a new article. */
static void
test_paste_in_entry (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkEventController *shortcuts = NULL;
  g_autoptr(GListModel) controllers = NULL;
  g_autoptr(GtkShortcut) shortcut = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && shortcuts == NULL; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "ent-window-paste") == 0)
        shortcuts = controller;
    }
  g_assert_nonnull (shortcuts);
  shortcut = g_list_model_get_item (G_LIST_MODEL (shortcuts), 0);

  gtk_popover_set_child (GTK_POPOVER (popover), entry);
  gtk_widget_set_parent (popover, GTK_WIDGET (fixture->window->window_title));
  gtk_popover_popup (GTK_POPOVER (popover));
  gtk_widget_grab_focus (entry);
  g_assert_false (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                GTK_WIDGET (fixture->window), NULL));
  gtk_widget_unparent (popover);
}

#define ADD_TEST(path, func) \
  g_test_add ("/entente/ui/import/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv))
    {
      /* The Flatpak build sandbox has no display: skip the whole program. */
      g_print ("1..0 # SKIP no display available\n");
      return 0;
    }
  /* ui_test_spin_until() keeps its default timeout: an import under a
   * sanitizer on a busy machine has taken more than ten seconds. */
  start_server ();

  ADD_TEST ("url", test_url);
  ADD_TEST ("feed", test_feed);
  ADD_TEST ("feed-failures", test_feed_failures);
  ADD_TEST ("feed-url", test_feed_url);
  ADD_TEST ("not-found", test_not_found);
  ADD_TEST ("cancel", test_cancel);
  ADD_TEST ("drop-files", test_drop_files);
  ADD_TEST ("drop-url", test_drop_url);
  ADD_TEST ("paste", test_paste);
  ADD_TEST ("paste-in-entry", test_paste_in_entry);

  status = g_test_run ();

  g_clear_object (&server);
  g_free (base);

  return status;
}
