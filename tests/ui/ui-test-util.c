/* ui-test-util.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ent-project-file.h"
#include "ui-test-util.h"

static gboolean have_display;
static gint64 timeout_usec = 60 * G_USEC_PER_SEC;

/* Initialises the test framework, then GTK and libadwaita if a display can
 * be opened. Returns whether there is one; without it every test skips. */
gboolean
ui_test_init (int    *argc,
              char ***argv)
{
  g_test_init (argc, argv, NULL);
  gtk_disable_setlocale ();

  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();

  return have_display;
}

gboolean
ui_test_have_display (void)
{
  return have_display;
}

/* Sets how long ui_test_spin_until() waits before it fails the test; the
 * default is 60 seconds, for sanitizer builds on a busy machine. */
void
ui_test_set_timeout (gint64 usec)
{
  timeout_usec = usec;
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Spins the main loop until @done returns TRUE for @data, failing rather
 * than hanging once the timeout has passed. A 10 ms timer keeps the loop
 * waking up, so that conditions no source reports are noticed too. */
void
ui_test_spin_until (UiTestDoneFunc done,
                    gpointer       data)
{
  gint64 deadline = g_get_monotonic_time () + timeout_usec;
  guint wake = g_timeout_add (10, wake_cb, NULL);

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (wake);
  g_assert_true (done (data));
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Lets @widget draw a frame: its paintable then shows what it drew. */
void
ui_test_wait_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  ui_test_spin_until (is_true, &painted);
  g_signal_handler_disconnect (clock, handler);
}

/* Draws @widget in a frame, and then into pixels by its window's renderer
 * (cairo's ARGB32: B, G, R, A in memory on little-endian machines). */
guchar *
ui_test_render_pixels (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  guchar *pixels;

  ui_test_wait_frame (widget);
  paintable = gtk_widget_paintable_new (widget);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_malloc (width * height * 4);
  gdk_texture_download (texture, pixels, width * 4);
  return pixels;
}

/* Lets pending idles and frames run for @usec, for checks that follow the
 * screen. */
void
ui_test_spin_for (gint64 usec)
{
  gint64 until = g_get_monotonic_time () + usec;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* Runs the main loop until nothing is left to dispatch right now. */
void
ui_test_spin_pending (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

gboolean
ui_test_widget_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

gboolean
ui_test_window_is_idle (gpointer data)
{
  return !ent_window_get_busy (data);
}

/* Waits until @window has finished its background work (an import, its
 * analysis, a save or an export). */
void
ui_test_wait_idle (EntWindow *window)
{
  ui_test_spin_until (ui_test_window_is_idle, window);
}

/* Creates a window on @project (a new empty one if NULL), presents it and
 * waits until it is mapped. The caller owns the returned reference. */
EntWindow *
ui_test_window_new (EntProject *project)
{
  EntWindow *window = g_object_ref_sink (ent_window_new (NULL, project));

  gtk_window_present (GTK_WINDOW (window));
  ui_test_spin_until (ui_test_widget_is_mapped, window);

  return window;
}

/* Destroys the window in *@window and drops the reference to it. */
void
ui_test_window_destroy (EntWindow **window)
{
  gtk_window_destroy (GTK_WINDOW (*window));
  g_clear_object (window);
}

/* Opens @file in @window the way a user's choice does, and waits for the
 * import and its analysis to finish. */
void
ui_test_open_file (EntWindow *window,
                   GFile     *file)
{
  ent_window_open_files (window, &file, 1);
  ui_test_wait_idle (window);
}

void
ui_test_activate (GtkWidget  *widget,
                  const char *action)
{
  g_assert_true (gtk_widget_activate_action (widget, action, NULL));
}

static gpointer
find_toplevel (GType    type,
               gboolean shown_only)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) &&
        (!shown_only || gtk_widget_get_visible (l->data)))
      return l->data;

  return NULL;
}

/* Returns a toplevel window of @type, shown or not, or NULL. */
gpointer
ui_test_find_toplevel (GType type)
{
  return find_toplevel (type, FALSE);
}

/* Returns a visible toplevel window of @type, or NULL. */
gpointer
ui_test_find_shown_toplevel (GType type)
{
  return find_toplevel (type, TRUE);
}

/* Asserts that @window's last toast mentions @text, and logs the toast. */
void
ui_test_assert_toast (EntWindow  *window,
                      const char *text)
{
  g_assert_nonnull (window->last_toast);
  g_test_message ("toast: %s", window->last_toast);
  g_assert_nonnull (strstr (window->last_toast, text));
}

/* Returns the file at the given path under the tests' source directory
 * (G_TEST_DIST); the path's elements end with NULL. */
GFile *
ui_test_dist_file (const char *first_element,
                   ...)
{
  g_autofree char *relative = NULL;
  g_autofree char *path = NULL;
  va_list args;

  va_start (args, first_element);
  relative = g_build_filename_valist (first_element, &args);
  va_end (args);
  path = g_build_filename (g_test_get_dir (G_TEST_DIST), relative, NULL);

  return g_file_new_for_path (path);
}

/* Makes a new temporary directory named after @tmpl (which ends in
 * XXXXXX), failing the test if it cannot. */
char *
ui_test_make_tmp_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);

  return dir;
}

/* Removes @dir and the files in it (it has no subdirectories). */
void
ui_test_remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

/* Writes @length bytes of @contents (-1 if nul-terminated) to @name in
 * @dir, and returns that file. */
GFile *
ui_test_write_file (const char *dir,
                    const char *name,
                    const char *contents,
                    gssize      length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  return g_file_new_for_path (path);
}

/* Saves @project to @name in @dir with the core API, so that tests go
 * through the app's own open path, and returns that file. */
GFile *
ui_test_save_project (EntProject *project,
                      const char *dir,
                      const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  ent_project_file_save (project, file, NULL, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&file);
}

/* Opens tests/ui/data/@name in @window and waits until it is in. */
void
ui_test_open_fixture (EntWindow  *window,
                      const char *name)
{
  g_autoptr(GFile) file = ui_test_dist_file ("data", name, NULL);

  ui_test_open_file (window, file);
}

static void
collect_descendants (GtkWidget *widget,
                     GType      type,
                     GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect_descendants (child, type, found);
    }
}

/* The descendants of @widget of @type, in the order of the widget tree.
 * Returns: (transfer container) */
GPtrArray *
ui_test_find_descendants (GtkWidget *widget,
                          GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_descendants (widget, type, found);
  return found;
}

/* The first event controller of @type on @widget.
 * Returns: (transfer none) */
gpointer
ui_test_find_controller (GtkWidget *widget,
                         GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }
  return NULL;
}
