/* test-autosave.c — autosave, crash recovery and a save on a full disk
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The crash test starts the real application on an article, waits until it
 * has autosaved, kills it with SIGKILL, then starts the application in this
 * process, answers "Recover" and checks that the article is back.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "ent-application.h"
#include "ent-autosave.h"
#include "ent-project-file.h"
#include "ent-window-private.h"
#include "ui-test-util.h"

/* Set before GLib reads it: every autosave of this program goes here. */
static char *state_dir;

typedef struct
{
  char      *dir;
  EntWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  if (!ui_test_have_display ())
    return;

  fixture->dir = ui_test_make_tmp_dir ("entente-autosave-XXXXXX");
  fixture->window = ui_test_window_new (NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    ui_test_window_destroy (&fixture->window);
  if (fixture->dir != NULL)
    ui_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
autosave_dir (void)
{
  return ent_autosave_dup_dir ();
}

static guint
count_autosaves (void)
{
  g_autofree char *dir_path = autosave_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".entente"))
      n++;

  return n;
}

static guint
count_orphans (void)
{
  g_autoptr(GPtrArray) orphans = ent_autosave_list_orphans ();

  return orphans->len;
}

static gboolean
has_autosave_file (gpointer data)
{
  return ent_autosave_get_file (data) != NULL;
}

static gboolean
has_message_dialog (gpointer data)
{
  return ui_test_find_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* The copy is complete when its key file is written beside it. */
static gboolean
copy_is_complete (gpointer data)
{
  g_autofree char *path = g_file_get_path (data);
  g_autofree char *info = g_strndup (path, strlen (path) - strlen (".entente"));
  g_autofree char *info_path = g_strconcat (info, ".info", NULL);

  return g_file_query_exists (data, NULL) && g_file_test (info_path, G_FILE_TEST_EXISTS);
}

static gboolean
file_is_gone (gpointer data)
{
  return !g_file_query_exists (data, NULL);
}

static void
add_actors (EntProject *project,
            guint       first,
            guint       n)
{
  for (guint i = first; i < first + n; i++)
    {
      g_autofree char *id = g_strdup_printf ("actor-%u", i);
      g_autofree char *name = g_strdup_printf ("Actor %u", i);
      g_autoptr(EntActor) actor = ent_actor_new (id, name, ENT_ACTOR_KIND_ORGANISATION);

      ent_project_add_actor (project, actor);
    }
}

static EntProject *
load (GFile *file)
{
  g_autoptr(GError) error = NULL;
  EntProject *project = ent_project_file_load (file, NULL, &error);

  g_assert_no_error (error);
  return project;
}

/* The hundredth edit writes a copy at once; saving removes it. */
static void
test_every_hundredth_edit (Fixture       *fixture,
                           gconstpointer  data)
{
  EntProject *project;
  g_autoptr(EntProject) copy = NULL;
  g_autoptr(GFile) autosave = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) saved = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  project = ent_window_get_project (fixture->window);
  add_actors (project, 0, ENT_AUTOSAVE_EDITS - 1);
  ui_test_spin_pending ();
  g_assert_null (ent_autosave_get_file (fixture->window->autosave));

  add_actors (project, ENT_AUTOSAVE_EDITS - 1, 1);
  g_assert_nonnull (ent_autosave_get_file (fixture->window->autosave));
  autosave = g_object_ref (ent_autosave_get_file (fixture->window->autosave));
  ui_test_spin_until (copy_is_complete, autosave);

  /* The copy has every edit, and says which process wrote it. */
  copy = load (autosave);
  g_assert_cmpuint (ent_project_get_n_actors (copy), ==, ENT_AUTOSAVE_EDITS);
  g_assert_cmpuint (count_autosaves (), ==, 1);
  g_assert_cmpuint (count_orphans (), ==, 0);

  /* The user's save makes the copy useless. */
  path = g_build_filename (fixture->dir, "saved.entente", NULL);
  saved = g_file_new_for_path (path);
  _ent_window_save_to_file (fixture->window, saved);
  ui_test_wait_idle (fixture->window);
  g_assert_false (ent_project_get_modified (project));
  ui_test_spin_until (file_is_gone, autosave);
  g_assert_cmpuint (count_autosaves (), ==, 0);
}

/* While held, as during an import, edits write no copy by their count;
 * once released, the next edit does. */
static void
test_held_edits (Fixture       *fixture,
                 gconstpointer  data)
{
  EntProject *project;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  project = ent_window_get_project (fixture->window);
  ent_autosave_set_held (fixture->window->autosave, TRUE);
  add_actors (project, 0, ENT_AUTOSAVE_EDITS + 5);
  ui_test_spin_pending ();
  g_assert_null (ent_autosave_get_file (fixture->window->autosave));

  ent_autosave_set_held (fixture->window->autosave, FALSE);
  add_actors (project, ENT_AUTOSAVE_EDITS + 5, 1);
  g_assert_nonnull (ent_autosave_get_file (fixture->window->autosave));
  ui_test_spin_until (copy_is_complete, ent_autosave_get_file (fixture->window->autosave));
}

/* With a short interval (ENTENTE_AUTOSAVE_SECONDS), one edit is copied
 * by the timer; closing the window and discarding removes the copy. */
static void
test_timer_and_discard (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(EntWindow) window = NULL;
  g_autoptr(EntProject) copy = NULL;
  g_autoptr(GFile) autosave = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  g_setenv ("ENTENTE_AUTOSAVE_SECONDS", "1", TRUE);
  window = ui_test_window_new (NULL);
  g_unsetenv ("ENTENTE_AUTOSAVE_SECONDS");

  add_actors (ent_window_get_project (window), 0, 1);
  ui_test_spin_until (has_autosave_file, window->autosave);
  autosave = g_object_ref (ent_autosave_get_file (window->autosave));
  ui_test_spin_until (copy_is_complete, autosave);
  copy = load (autosave);
  g_assert_cmpuint (ent_project_get_n_actors (copy), ==, 1);

  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (ADW_IS_MESSAGE_DIALOG (window->close_dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (window->close_dialog), "discard");
  g_clear_object (&window);
  ui_test_spin_until (file_is_gone, autosave);
}

static char *
app_path (void)
{
  return g_build_filename (g_test_get_dir (G_TEST_BUILT), "..", "..", "src", "app", "entente", NULL);
}

static gboolean
autosave_has_article (gpointer data)
{
  g_autofree char *dir_path = autosave_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *contents = NULL;

      if (g_str_has_suffix (name, ".info") &&
          g_file_get_contents (path, &contents, NULL, NULL) &&
          strstr (contents, "Pid=") != NULL)
        {
          g_autofree char *project_path = g_strndup (path, strlen (path) - strlen (".info"));
          g_autofree char *project_file = g_strconcat (project_path, ".entente", NULL);
          g_autofree char *project = NULL;

          if (g_file_get_contents (project_file, &project, NULL, NULL) &&
              strstr (project, "joint monitoring office") != NULL)
            return TRUE;
        }
    }

  return FALSE;
}

static gboolean
has_recovered_window (gpointer data)
{
  EntWindow **found = data;
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ENT_IS_WINDOW (l->data) &&
        ent_project_get_n_documents (ent_window_get_project (l->data)) == 1)
      {
        *found = l->data;
        return TRUE;
      }

  return FALSE;
}

/* Starts the application in this process, as the next start after a crash
 * does; each test's has its own id, since a finished one stays exported on
 * the bus. */
static EntApplication *
start_app (const char *name)
{
  g_autofree char *id = g_strconcat (APP_ID, ".Test", name, NULL);
  EntApplication *app = ent_application_new ();
  g_autoptr(GError) error = NULL;

  g_application_set_application_id (G_APPLICATION (app), id);
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  return app;
}

static void
start_app_and_kill_it (GFile *article)
{
  g_autofree char *app = app_path ();
  g_autofree char *article_path = g_file_get_path (article);
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { app, article_path, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;
  int status;

  env = g_environ_setenv (env, "ENTENTE_AUTOSAVE_SECONDS", "1", TRUE);
  /* The application id is taken by nobody else on this test's bus. */
  g_spawn_async (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error);
  g_assert_no_error (error);

  /* Starting the application and analysing the article is slow under
   * AddressSanitizer on a shared machine. */
  ui_test_set_timeout (180 * G_USEC_PER_SEC);
  ui_test_spin_until (autosave_has_article, NULL);
  ui_test_set_timeout (60 * G_USEC_PER_SEC);
  g_assert_cmpuint (count_orphans (), ==, 0);

  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_spawn_close_pid (pid);
}

static void
test_crash_recovery (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GFile) article = ui_test_dist_file ("data", "article.txt", NULL);
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(EntApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EntDocument) document = NULL;
  AdwMessageDialog *dialog;
  EntWindow *recovered = NULL;
  GFile *orphan;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  start_app_and_kill_it (article);
  orphans = ent_autosave_list_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  orphan = g_ptr_array_index (orphans, 0);

  /* The next start offers to recover. */
  app = start_app ("Crash");
  ui_test_spin_until (has_message_dialog, NULL);
  dialog = ui_test_find_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Recover"));
  adw_message_dialog_response (dialog, "recover");

  /* The article is back, unsaved, and the copy stays until it is saved. */
  ui_test_spin_until (has_recovered_window, &recovered);
  g_assert_true (ent_project_get_modified (ent_window_get_project (recovered)));
  g_assert_null (ent_project_get_file (ent_window_get_project (recovered)));
  document = g_list_model_get_item (ent_project_get_documents (ent_window_get_project (recovered)), 0);
  g_assert_nonnull (strstr (ent_document_get_text (document), "joint monitoring office"));
  g_assert_true (ent_autosave_get_file (recovered->autosave) != NULL &&
                 g_file_equal (ent_autosave_get_file (recovered->autosave), orphan));
  g_assert_true (g_file_query_exists (orphan, NULL));
  g_assert_cmpuint (count_orphans (), ==, 0);
  g_assert_true (strstr (gtk_window_get_title (GTK_WINDOW (recovered)), "•") != NULL ||
                 ent_project_get_modified (ent_window_get_project (recovered)));

  /* Closing asks; discarding removes the copy for good. */
  gtk_window_close (GTK_WINDOW (recovered));
  g_assert_true (ADW_IS_MESSAGE_DIALOG (recovered->close_dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (recovered->close_dialog), "discard");
  ui_test_spin_until (file_is_gone, orphan);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL;
       l = gtk_application_get_windows (GTK_APPLICATION (app)))
    gtk_window_destroy (l->data);
  ui_test_spin_pending ();
}

/* "Discard" in the recovery dialog deletes the copies. */
static void
test_recovery_discard (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(EntProject) project = ent_project_new ();
  g_autofree char *dir = autosave_dir ();
  g_autoptr(GFile) copy = NULL;
  g_autoptr(EntApplication) app = NULL;
  AdwMessageDialog *dialog;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  /* A copy without its key file (cut short) is still offered. */
  add_actors (project, 0, 3);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  copy = ui_test_save_project (project, dir, "left-behind.entente");
  g_assert_cmpuint (count_orphans (), ==, 1);

  app = start_app ("Discard");
  ui_test_spin_until (has_message_dialog, NULL);
  dialog = ui_test_find_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (dialog, "discard");
  ui_test_spin_pending ();

  g_assert_false (g_file_query_exists (copy, NULL));
  g_assert_cmpuint (count_autosaves (), ==, 0);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL;
       l = gtk_application_get_windows (GTK_APPLICATION (app)))
    gtk_window_destroy (l->data);
  ui_test_spin_pending ();
}

/* A save that runs out of space (the file size limit stands in for a full
 * disk, even for root) keeps the old file whole and says so. */
static void
test_full_disk (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) article = ui_test_dist_file ("data", "article.txt", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "project.entente", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  struct rlimit old_limit, limit;
  EntProject *project;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  ui_test_open_file (fixture->window, article);
  project = ent_window_get_project (fixture->window);
  _ent_window_save_to_file (fixture->window, file);
  ui_test_wait_idle (fixture->window);
  g_assert_false (ent_project_get_modified (project));
  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));

  /* Many edits make the next save much larger than the old file. */
  add_actors (project, 0, 50);
  g_assert_true (ent_project_get_modified (project));

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = before_len + 256;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  _ent_window_save (fixture->window);
  ui_test_wait_idle (fixture->window);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);

  ui_test_assert_toast (fixture->window, "Could not save");
  ui_test_assert_toast (fixture->window, "project.entente");
  g_assert_true (ent_project_get_modified (project));
  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);

  /* Nothing half-written is left beside it. */
  {
    g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
    const char *name;
    guint n = 0;

    while ((name = g_dir_read_name (dir)) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
  }

  /* With room again, the same save succeeds. */
  _ent_window_save (fixture->window);
  ui_test_wait_idle (fixture->window);
  g_assert_false (ent_project_get_modified (project));
  {
    g_autoptr(EntProject) loaded = load (file);
    g_assert_cmpuint (ent_project_get_n_actors (loaded), >=, 50);
  }
}

/* Quitting with unsaved changes asks, window by window; Cancel keeps
 * everything, Discard closes and removes the autosaved copy. */
static void
test_quit_asks (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(EntApplication) app = NULL;
  g_autoptr(GFile) autosave = NULL;
  EntWindow *window;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  app = start_app ("Quit");
  window = ENT_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  add_actors (ent_window_get_project (window), 0, ENT_AUTOSAVE_EDITS);
  autosave = g_object_ref (ent_autosave_get_file (window->autosave));
  ui_test_spin_until (copy_is_complete, autosave);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (window->close_dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (window->close_dialog), "cancel");
  ui_test_spin_pending ();
  g_assert_nonnull (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_assert_true (ent_project_get_modified (ent_window_get_project (window)));
  g_assert_true (g_file_query_exists (autosave, NULL));

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (window->close_dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (window->close_dialog), "discard");
  ui_test_spin_until (file_is_gone, autosave);
  ui_test_spin_pending ();
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

#define ADD_TEST(path, func) \
  g_test_add ("/entente/ui/autosave/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before anything asks GLib for the state folder (it caches it). */
  state_dir = g_dir_make_tmp ("entente-state-XXXXXX", NULL);
  g_assert_nonnull (state_dir);
  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);

  if (!ui_test_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display available\n");
      g_rmdir (state_dir);
      return 0;
    }

  ADD_TEST ("every-hundredth-edit", test_every_hundredth_edit);
  ADD_TEST ("held-edits", test_held_edits);
  ADD_TEST ("timer-and-discard", test_timer_and_discard);
  ADD_TEST ("crash-recovery", test_crash_recovery);
  ADD_TEST ("recovery-discard", test_recovery_discard);
  ADD_TEST ("full-disk", test_full_disk);
  ADD_TEST ("quit-asks", test_quit_asks);

  status = g_test_run ();

  {
    g_autofree char *dir = autosave_dir ();
    g_autofree char *parent = g_path_get_dirname (dir);

    ui_test_remove_tree (dir);
    g_rmdir (parent);
    g_rmdir (state_dir);
  }
  g_free (state_dir);

  return status;
}
