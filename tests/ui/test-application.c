/* test-application.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ent-application.h"
#include "ent-window-private.h"
#include "ui-test-util.h"

/* Generous: sanitizer builds on a shared machine are slow. */
#define TIMEOUT_SECONDS 90

typedef struct
{
  GApplication *app;
  EntWindow    *window;
  guint         n_windows;
  guint         n_documents;
  gboolean      asked;
  gboolean      timed_out;
  guint         timeout_id;
} Run;

static EntWindow *
find_window (GApplication *app)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (ENT_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

/* Waits for the files of the command line, then quits the way a user does:
 * app.quit, which asks about the unsaved import, and Discard. */
static gboolean
poll_cb (gpointer user_data)
{
  Run *run = user_data;
  EntWindow *window = find_window (run->app);

  if (window == NULL || ent_window_get_busy (window))
    return G_SOURCE_CONTINUE;

  if (run->window == NULL)
    {
      run->window = window;
      run->n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (run->app)));
      run->n_documents = ent_project_get_n_documents (ent_window_get_project (window));
      gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
      g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);
      return G_SOURCE_CONTINUE;
    }

  if (window->close_dialog != NULL && !run->asked)
    {
      run->asked = TRUE;
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (window->close_dialog), "discard");
    }

  return G_SOURCE_CONTINUE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  Run *run = user_data;

  run->timed_out = TRUE;
  run->timeout_id = 0;
  g_application_quit (run->app);

  return G_SOURCE_REMOVE;
}

static char *
write_project (const char *dir)
{
  g_autoptr(EntProject) project = ent_project_new ();
  g_autoptr(EntDocument) document = ent_document_new ("doc-1", "Title\n\nSome text.");
  g_autoptr(GFile) file = NULL;

  ent_document_set_title (document, "Title");
  ent_project_add_document (project, document);
  file = ui_test_save_project (project, dir, "one.entente");

  return g_file_get_path (file);
}

static void
test_open_command_line (void)
{
  g_autoptr(EntApplication) app = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *project = NULL;
  g_autofree char *article = NULL;
  Run run = { 0 };
  guint poll;
  int status;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  dir = ui_test_make_tmp_dir ("entente-app-XXXXXX");
  project = write_project (dir);
  article = g_test_build_filename (G_TEST_DIST, "data", "article.txt", NULL);

  app = ent_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  run.app = G_APPLICATION (app);
  poll = g_timeout_add (20, poll_cb, &run);
  run.timeout_id = g_timeout_add_seconds (TIMEOUT_SECONDS, timeout_cb, &run);

  {
    char *argv[] = { "entente", project, article, NULL };

    status = g_application_run (G_APPLICATION (app), 3, argv);
  }

  g_clear_handle_id (&poll, g_source_remove);
  g_clear_handle_id (&run.timeout_id, g_source_remove);
  g_assert_false (run.timed_out);
  g_assert_cmpint (status, ==, 0);

  /* The project replaced the empty window's, then the article joined it. */
  g_assert_cmpuint (run.n_windows, ==, 1);
  g_assert_cmpuint (run.n_documents, ==, 2);
  g_assert_true (run.asked);

  settings = g_settings_new (BASE_ID);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 600);

  ui_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    {
      /* The Flatpak build sandbox has no display: skip the whole program. */
      g_print ("1..0 # SKIP no display available\n");
      return 0;
    }

  g_test_add_func ("/entente/ui/application/open-command-line", test_open_command_line);

  return g_test_run ();
}
