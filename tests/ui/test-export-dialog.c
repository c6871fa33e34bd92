/* test-export-dialog.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ent-export-dialog.h"
#include "ent-preferences-window.h"
#include "ent-project-file.h"
#include "ent-window-private.h"
#include "ui-test-util.h"

typedef struct
{
  char      *dir;
  GSettings *settings;
  EntWindow *window;
} Fixture;

static void
add_actor (EntProject   *project,
           const char   *id,
           const char   *name,
           EntActorKind  kind,
           const char   *affiliation)
{
  g_autoptr(EntActor) actor = ent_actor_new (id, name, kind);

  ent_actor_set_mentions (actor, 5);
  ent_actor_set_affiliation (actor, affiliation);
  ent_project_add_actor (project, actor);
}

static void
add_statement (EntProject *project,
               const char *id,
               const char *source,
               int         sign,
               const char *target)
{
  g_autoptr(EntStatement) statement = ent_statement_new (id, source, sign, target);

  ent_statement_set_confidence (statement, 1.0);
  ent_project_add_statement (project, statement);
}

/* Four states and a president who folds into his state at the state
 * level, saved so that the window's project has a file to revert to. */
static EntProject *
load_saved_project (const char *dir)
{
  g_autoptr(EntProject) project = ent_project_new ();
  g_autoptr(EntDocument) document = ent_document_new ("doc-1", "Russia backs Syria.");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  EntProject *loaded;

  ent_project_add_document (project, document);
  add_actor (project, "RUS", "Russia", ENT_ACTOR_KIND_STATE, NULL);
  add_actor (project, "IRN", "Iran", ENT_ACTOR_KIND_STATE, NULL);
  add_actor (project, "SYR", "Syria", ENT_ACTOR_KIND_STATE, NULL);
  add_actor (project, "USA", "United States", ENT_ACTOR_KIND_STATE, NULL);
  add_actor (project, "PUTIN", "Vladimir Putin", ENT_ACTOR_KIND_PERSON, "RUS");
  add_statement (project, "st-1", "RUS", 1, "SYR");
  add_statement (project, "st-2", "IRN", 1, "SYR");
  add_statement (project, "st-3", "USA", -1, "RUS");
  add_statement (project, "st-4", "PUTIN", 1, "IRN");

  file = ui_test_save_project (project, dir, "camps.entente");
  loaded = ent_project_file_load (file, NULL, &error);
  g_assert_no_error (error);

  return loaded;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(EntProject) project = NULL;

  if (!ui_test_have_display ())
    return;

  fixture->dir = ui_test_make_tmp_dir ("entente-export-XXXXXX");
  fixture->settings = g_settings_new (BASE_ID);

  project = load_saved_project (fixture->dir);
  fixture->window = ui_test_window_new (project);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (!ui_test_have_display ())
    return;

  ui_test_window_destroy (&fixture->window);
  g_settings_reset (fixture->settings, "network-level");
  g_settings_reset (fixture->settings, "show-labels");
  g_settings_reset (fixture->settings, "default-export-format");
  g_clear_object (&fixture->settings);
  ui_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static GFile *
export (Fixture    *fixture,
        const char *format,
        double      scale,
        const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  GFile *file = g_file_new_for_path (path);

  _ent_window_export (fixture->window, format, scale, FALSE, file);
  g_assert_true (ent_window_get_busy (fixture->window));
  ui_test_wait_idle (fixture->window);

  return file;
}

static char *
read_text (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static guint32
read_be32 (const guint8 *data)
{
  return ((guint32) data[0] << 24) | ((guint32) data[1] << 16) |
         ((guint32) data[2] << 8) | data[3];
}

/* Checks the PNG signature and the IHDR chunk, and returns the size. */
static void
read_png_size (GFile *file,
               guint *width,
               guint *height)
{
  static const guint8 magic[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);
  const guint8 *data;
  gsize size;

  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &size);
  g_assert_cmpuint (size, >, 33);
  g_assert_cmpmem (data, 8, magic, 8);
  g_assert_cmpmem (data + 12, 4, "IHDR", 4);
  *width = read_be32 (data + 16);
  *height = read_be32 (data + 20);
  g_assert_cmpuint (*width, >, 0);
  g_assert_cmpuint (*height, >, 0);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';

  return n;
}

static void
test_export_svg (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *svg = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  file = export (fixture, "svg", 1, "network.svg");
  svg = read_text (fixture->dir, "network.svg");
  g_assert_nonnull (strstr (svg, "<svg"));
  g_assert_nonnull (strstr (svg, "</svg>"));
  ui_test_assert_toast (fixture->window, "network.svg");
}

static void
test_export_png (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GFile) one = NULL;
  g_autoptr(GFile) two = NULL;
  guint width1, height1, width2, height2;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  one = export (fixture, "png", 1, "one.png");
  two = export (fixture, "png", 2, "two.png");
  read_png_size (one, &width1, &height1);
  read_png_size (two, &width2, &height2);

  /* Twice the pixels on each side, give or take the rounding. */
  g_assert_cmpuint (width2, >=, 2 * width1 - 1);
  g_assert_cmpuint (width2, <=, 2 * width1 + 1);
  g_assert_cmpuint (height2, >=, 2 * height1 - 1);
  g_assert_cmpuint (height2, <=, 2 * height1 + 1);
}

static void
test_export_csv (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *nodes = NULL;
  g_autofree char *edges = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  file = export (fixture, "csv", 1, "network.csv");
  nodes = read_text (fixture->dir, "network-nodes.csv");
  edges = read_text (fixture->dir, "network-edges.csv");

  /* A header and the four states (the president counts for Russia). */
  g_assert_cmpuint (count_lines (nodes), ==, 1 + 4);
  g_assert_nonnull (strstr (nodes, "Syria"));
  g_assert_cmpuint (count_lines (edges), >=, 1 + 3);
}

static void
test_export_error (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  file = export (fixture, "svg", 1, "missing-folder/lost.svg");
  g_assert_false (g_file_query_exists (file, NULL));
  ui_test_assert_toast (fixture->window, "lost.svg");
  g_assert_true (g_str_has_prefix (fixture->window->last_toast, "Could not export"));
}

/* The dialog opens on the default format of the preferences. */
static void
test_dialog_default_format (Fixture       *fixture,
                            gconstpointer  data)
{
  EntExportDialog *dialog;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  g_settings_set_string (fixture->settings, "default-export-format", "png");
  ui_test_activate (GTK_WIDGET (fixture->window), "win.export");
  dialog = ui_test_find_toplevel (ENT_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (ent_export_dialog_get_format (dialog), ==, "png");
  g_assert_cmpfloat (ent_export_dialog_get_scale (dialog), ==, 1.0);
  g_assert_false (ent_export_dialog_get_dark (dialog));

  ent_export_dialog_set_format (dialog, "csv");
  g_assert_cmpstr (ent_export_dialog_get_format (dialog), ==, "csv");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (ui_test_find_toplevel (ENT_TYPE_EXPORT_DIALOG));
}

static void
test_copy_image (Fixture       *fixture,
                 gconstpointer  data)
{
  GdkClipboard *clipboard;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  ui_test_activate (GTK_WIDGET (fixture->window), "win.copy-image");
  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (fixture->window));
  g_assert_true (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard),
                                                    GDK_TYPE_TEXTURE));
  g_assert_cmpstr (fixture->window->last_toast, ==, "Image copied");
}

static void
test_preferences (Fixture       *fixture,
                  gconstpointer  data)
{
  EntPreferencesWindow *preferences;
  AdwComboRow *level_row;
  GtkSwitch *labels_switch;
  g_autofree char *level = NULL;
  guint n_states;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  g_assert_cmpint (ent_network_get_level (fixture->window->network), ==,
                   ENT_NETWORK_LEVEL_STATE);
  n_states = ent_network_get_n_nodes (fixture->window->network);
  g_assert_true (ent_canvas_get_show_labels (fixture->window->canvas));

  preferences = ent_preferences_window_new (GTK_WINDOW (fixture->window));
  gtk_window_present (GTK_WINDOW (preferences));
  level_row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (preferences),
                                                            ENT_TYPE_PREFERENCES_WINDOW,
                                                            "level_row"));
  labels_switch = GTK_SWITCH (gtk_widget_get_template_child (GTK_WIDGET (preferences),
                                                             ENT_TYPE_PREFERENCES_WINDOW,
                                                             "labels_switch"));
  g_assert_cmpuint (adw_combo_row_get_selected (level_row), ==, 0);
  g_assert_true (gtk_switch_get_active (labels_switch));

  adw_combo_row_set_selected (level_row, 1);
  gtk_switch_set_active (labels_switch, FALSE);
  ui_test_spin_pending ();

  level = g_settings_get_string (fixture->settings, "network-level");
  g_assert_cmpstr (level, ==, "actor");
  g_assert_cmpint (ent_network_get_level (fixture->window->network), ==,
                   ENT_NETWORK_LEVEL_ACTOR);
  g_assert_cmpuint (ent_network_get_n_nodes (fixture->window->network), ==, n_states + 1);
  g_assert_false (ent_canvas_get_show_labels (fixture->window->canvas));

  /* And back, from the settings to the row. */
  g_settings_set_string (fixture->settings, "network-level", "state");
  ui_test_spin_pending ();
  g_assert_cmpuint (adw_combo_row_get_selected (level_row), ==, 0);
  g_assert_cmpuint (ent_network_get_n_nodes (fixture->window->network), ==, n_states);

  gtk_window_destroy (GTK_WINDOW (preferences));
}

static void
test_revert (Fixture       *fixture,
             gconstpointer  data)
{
  EntProject *project = ent_window_get_project (fixture->window);
  AdwMessageDialog *dialog;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  ent_project_rename_actor (project, ent_project_lookup_actor (project, "SYR"), "Damascus");
  g_assert_true (ent_project_get_modified (project));

  /* With changes, the action asks first; cancelling keeps them. */
  ui_test_activate (GTK_WIDGET (fixture->window), "win.revert");
  dialog = ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  ui_test_spin_pending ();
  g_assert_true (ent_window_get_project (fixture->window) == project);
  g_assert_true (ent_project_get_modified (project));

  _ent_window_revert (fixture->window);
  ui_test_wait_idle (fixture->window);

  project = ent_window_get_project (fixture->window);
  g_assert_false (ent_project_get_modified (project));
  g_assert_false (ent_project_get_can_undo (project));
  g_assert_cmpstr (ent_actor_get_name (ent_project_lookup_actor (project, "SYR")), ==, "Syria");
  g_assert_true (ent_network_get_project (fixture->window->network) == project);
}

#define ADD_TEST(path, func) \
  g_test_add ("/entente/ui/export/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

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

  ADD_TEST ("svg", test_export_svg);
  ADD_TEST ("png", test_export_png);
  ADD_TEST ("csv", test_export_csv);
  ADD_TEST ("error", test_export_error);
  ADD_TEST ("dialog-default-format", test_dialog_default_format);
  ADD_TEST ("copy-image", test_copy_image);
  ADD_TEST ("preferences", test_preferences);
  ADD_TEST ("revert", test_revert);

  return g_test_run ();
}
