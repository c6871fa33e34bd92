/* ent-application.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ent-application.h"
#include "ent-autosave.h"
#include "ent-project-file.h"
#include "ent-renderer.h"
#include "ent-preferences-window.h"
#include "ent-window-private.h"

struct _EntApplication
{
  AdwApplication parent_instance;

  gint64         created_at;
  guint          bench_started : 1;
  guint          recovery_offered : 1;
};

G_DEFINE_FINAL_TYPE (EntApplication, ent_application, ADW_TYPE_APPLICATION)

/* The default dictionaries, loaded once per process on first use. */
G_LOCK_DEFINE_STATIC (extractor);
static EntExtractor *default_extractor;

/* The start time of the process in /proc/self/stat (field 22, in clock ticks
 * since boot) includes the dynamic loading that happens before main(); its
 * resolution is one clock tick, usually 10 ms. */
static double
seconds_since_process_start (EntApplication *self)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) fields = NULL;
  struct timespec now;
  const char *after_name;

  if (!g_file_get_contents ("/proc/self/stat", &contents, NULL, NULL) ||
      (after_name = strrchr (contents, ')')) == NULL ||
      clock_gettime (CLOCK_BOOTTIME, &now) != 0)
    return (g_get_monotonic_time () - self->created_at) / (double) G_USEC_PER_SEC;

  /* Fields are counted from the state, which is field 3. */
  fields = g_strsplit (after_name + 2, " ", 0);
  if (g_strv_length (fields) < 20)
    return (g_get_monotonic_time () - self->created_at) / (double) G_USEC_PER_SEC;

  return now.tv_sec + now.tv_nsec / 1e9 -
         g_ascii_strtoull (fields[19], NULL, 10) / (double) sysconf (_SC_CLK_TCK);
}

static void
bench_after_paint_cb (GdkFrameClock *clock,
                      EntWindow     *window)
{
  GApplication *app = g_application_get_default ();

  /* The frame that counts is the first one with the files of the command
   * line loaded and analysed, not an empty window drawn while they are still
   * read; ENTENTE_BENCH_FIRST_FRAME=window measures that first window. */
  if (ent_window_get_busy (window) && g_strcmp0 (g_getenv ("ENTENTE_BENCH_FIRST_FRAME"), "window") != 0)
    return;

  g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, window);
  g_print ("first-frame: %.3f s\n", seconds_since_process_start (ENT_APPLICATION (app)));
  g_application_quit (app);
}

static void
bench_window_mapped_cb (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect_object (clock, "after-paint", G_CALLBACK (bench_after_paint_cb),
                           window, 0);
}

static void
watch_first_frame (EntApplication *self,
                   EntWindow      *window)
{
  if (self->bench_started || g_getenv ("ENTENTE_BENCH_FIRST_FRAME") == NULL)
    return;

  self->bench_started = TRUE;
  g_signal_connect (window, "map", G_CALLBACK (bench_window_mapped_cb), NULL);
}

static EntWindow *
get_or_create_window (EntApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (ENT_IS_WINDOW (active))
    return ENT_WINDOW (active);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (ENT_IS_WINDOW (l->data))
      return ENT_WINDOW (l->data);

  return ent_window_new (GTK_APPLICATION (self), NULL);
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  EntWindow *window = ent_window_new (GTK_APPLICATION (user_data), NULL);

  gtk_window_present (GTK_WINDOW (window));
}

/* Closing each window lets it ask about its own unsaved changes; the
 * application ends when the last window is gone. */
static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));
  g_autoptr(GList) copy = g_list_copy (windows);

  for (GList *l = copy; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  static const char *developers[] = { "The Entente authors", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  adw_show_about_window (parent,
                         "application-name", _("Entente"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", "The Entente authors",
                         "developers", developers,
                         "copyright", _("© 2026 The Entente authors"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "website", "https://github.com/entente/entente",
                         "issue-url", "https://github.com/entente/entente/issues",
                         /* Translators: replace with your names, one per line. */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  EntPreferencesWindow *preferences = ent_preferences_window_new (parent);

  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "new-window", new_window_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

static void
ent_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Primary>q", NULL };
  static const char *new_window_accels[] = { "<Primary>n", NULL };
  static const char *close_accels[] = { "<Primary>w", NULL };
  static const char *preferences_accels[] = { "<Primary>comma", NULL };

  G_APPLICATION_CLASS (ent_application_parent_class)->startup (app);

  /* Before the first window is shown, which creates its renderer. */
  ent_renderer_choose (gdk_display_get_default ());

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.new-window",
                                         new_window_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close",
                                         close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         preferences_accels);
}

/* Crash recovery: copies that an earlier process autosaved and never
 * removed are offered once, when the first window appears. */

typedef struct
{
  EntApplication *app;
  GFile          *file;
} Recovery;

static void
recovery_free (Recovery *recovery)
{
  g_object_unref (recovery->app);
  g_object_unref (recovery->file);
  g_free (recovery);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Recovery, recovery_free)

static void
recover_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(Recovery) recovery = user_data;
  g_autoptr(EntProject) project = NULL;
  g_autoptr(GError) error = NULL;
  EntWindow *window;

  project = ent_project_file_load_finish (result, &error);
  window = get_or_create_window (recovery->app);

  if (project == NULL)
    {
      g_autofree char *path = g_file_get_path (recovery->file);
      g_autofree char *kept = g_strconcat (path, ".broken", NULL);
      g_autofree char *markup = g_markup_printf_escaped (_("Could not recover unsaved work: %s"),
                                                         error->message);

      /* Out of the way of the next start, but not lost. */
      g_rename (path, kept);
      _ent_window_add_toast (window, markup);
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  ent_autosave_prepare_recovered (project, recovery->file);
  window = ent_window_recover (window, project, recovery->file);
  gtk_window_present (GTK_WINDOW (window));
}

static void
recovery_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      GPtrArray        *orphans)
{
  GtkApplication *app = gtk_window_get_application (gtk_window_get_transient_for (GTK_WINDOW (dialog)));

  for (guint i = 0; i < orphans->len; i++)
    {
      GFile *file = g_ptr_array_index (orphans, i);

      if (g_strcmp0 (response, "recover") == 0 && ENT_IS_APPLICATION (app))
        {
          Recovery *recovery = g_new0 (Recovery, 1);

          recovery->app = g_object_ref (ENT_APPLICATION (app));
          recovery->file = g_object_ref (file);
          ent_project_file_load_async (file, NULL, recover_cb, recovery);
        }
      else if (g_strcmp0 (response, "discard") == 0)
        ent_autosave_delete (file);
      /* Closing the dialog decides nothing: it is asked again next time. */
    }
}

static void
offer_recovery (EntApplication *self,
                EntWindow      *window)
{
  g_autoptr(GPtrArray) orphans = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;

  orphans = ent_autosave_list_orphans ();
  if (orphans->len == 0)
    return;

  if (orphans->len == 1)
    body = g_strdup (_("A project had unsaved changes when Entente last closed. "
                       "Recover them?"));
  else
    body = g_strdup_printf (ngettext ("%u project had unsaved changes when Entente last closed. "
                                      "Recover them?",
                                      "%u projects had unsaved changes when Entente last closed. "
                                      "Recover them?",
                                      orphans->len),
                            orphans->len);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window),
                                                       _("Recover Unsaved Work?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "discard", _("_Discard"),
                                    "recover", _("_Recover"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "recover", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "recover");
  adw_message_dialog_set_close_response (dialog, "later");
  g_signal_connect_data (dialog, "response", G_CALLBACK (recovery_response_cb),
                         g_steal_pointer (&orphans), (GClosureNotify) (void (*) (void)) g_ptr_array_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ent_application_activate (GApplication *app)
{
  EntApplication *self = ENT_APPLICATION (app);
  EntWindow *window = get_or_create_window (self);

  watch_first_frame (self, window);
  gtk_window_present (GTK_WINDOW (window));
  offer_recovery (self, window);
}

static void
ent_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  EntApplication *self = ENT_APPLICATION (app);
  EntWindow *window = get_or_create_window (self);

  watch_first_frame (self, window);
  ent_window_open_files (window, files, n_files);
  gtk_window_present (GTK_WINDOW (window));
  offer_recovery (self, window);
}

static void
ent_application_class_init (EntApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = ent_application_startup;
  app_class->activate = ent_application_activate;
  app_class->open = ent_application_open;
}

static void
ent_application_init (EntApplication *self)
{
  self->created_at = g_get_monotonic_time ();
}

EntApplication *
ent_application_new (void)
{
  return g_object_new (ENT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/**
 * ent_application_dup_extractor:
 *
 * Loads the default dictionaries on the first call and keeps them for the
 * life of the process. Thread-safe, and it blocks while loading: call it
 * from a worker thread, so that startup never waits for the dictionaries.
 * Windows made without an application (as in the UI tests) share it too.
 *
 * Returns: (transfer full): the default extractor, or %NULL with @error set
 */
EntExtractor *
ent_application_dup_extractor (GError **error)
{
  EntExtractor *extractor;

  G_LOCK (extractor);
  if (default_extractor == NULL)
    default_extractor = ent_extractor_new_default (error);
  extractor = default_extractor ? g_object_ref (default_extractor) : NULL;
  G_UNLOCK (extractor);

  return extractor;
}
