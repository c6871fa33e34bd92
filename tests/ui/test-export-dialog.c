/* test-export-dialog.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "ent-export-dialog.h"
#include "ent-export-image.h"
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
  g_settings_reset (fixture->settings, "palette");
  g_settings_reset (fixture->settings, "export-scale");
  g_settings_reset (fixture->settings, "export-dark");
  g_settings_reset (fixture->settings, "export-title");
  g_settings_reset (fixture->settings, "export-labels");
  g_settings_reset (fixture->settings, "export-legend");
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

/* The canvas in a frame, then in pixels: B, G, R, A in memory. */
static guchar *
render_canvas (Fixture *fixture)
{
  return ui_test_render_pixels (GTK_WIDGET (fixture->window->canvas));
}

static gboolean
same_color (const EntColor *a,
            const EntColor *b)
{
  return fabs (a->red - b->red) < 4 / 255.0 && fabs (a->green - b->green) < 4 / 255.0 &&
         fabs (a->blue - b->blue) < 4 / 255.0;
}

/* The colour of the pixel at the centre of the actor @id's node. */
static void
node_pixel (Fixture    *fixture,
            const char *id,
            EntColor   *color)
{
  EntCanvas *canvas = fixture->window->canvas;
  EntViewport *viewport = ent_canvas_get_viewport (canvas);
  EntScene *scene = ent_viewport_get_scene (viewport);
  const EntSceneNode *node = ent_scene_get_node (scene, ent_network_find_node (fixture->window->network, id));
  int width = gtk_widget_get_width (GTK_WIDGET (canvas));
  g_autofree guchar *pixels = render_canvas (fixture);
  const guchar *p;
  double x, y;

  ent_viewport_to_view (viewport, node->x, node->y, &x, &y);
  g_assert_true (x >= 0 && x < width && y >= 0 && y < gtk_widget_get_height (GTK_WIDGET (canvas)));
  p = pixels + ((int) y * width + (int) x) * 4;
  *color = (EntColor) { p[2] / 255.0, p[1] / 255.0, p[0] / 255.0, 1.0 };
}

static const EntPalette *
shown_palette (EntPaletteScheme scheme)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  return ent_palette_get_scheme (scheme, dark ? ENT_PALETTE_DARK : ENT_PALETTE_LIGHT);
}

static int
node_camp (Fixture    *fixture,
           const char *id)
{
  EntNetwork *network = fixture->window->network;

  return ent_network_get_node (network, ent_network_find_node (network, id))->camp;
}

static gboolean
canvas_is_ready (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 100 &&
         !ent_canvas_get_busy (data);
}

/* The canvas follows the palette preference at once. */
static void
test_palette_canvas (Fixture       *fixture,
                     gconstpointer  data)
{
  int camp;
  EntColor shown, gnome, colorblind;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  ui_test_spin_until (canvas_is_ready, fixture->window->canvas);
  camp = node_camp (fixture, "RUS");
  g_assert_cmpint (camp, >=, 0);
  ent_palette_get_camp_color (shown_palette (ENT_PALETTE_SCHEME_GNOME), camp, &gnome);
  ent_palette_get_camp_color (shown_palette (ENT_PALETTE_SCHEME_COLORBLIND), camp, &colorblind);
  g_assert_false (same_color (&gnome, &colorblind));

  /* The default is the colour-blind palette. */
  node_pixel (fixture, "RUS", &shown);
  g_assert_true (same_color (&shown, &colorblind));

  g_settings_set_string (fixture->settings, "palette", "default");
  node_pixel (fixture, "RUS", &shown);
  g_assert_true (same_color (&shown, &gnome));

  g_settings_set_string (fixture->settings, "palette", "colorblind");
  node_pixel (fixture, "RUS", &shown);
  g_assert_true (same_color (&shown, &colorblind));
}

static gboolean
reader_has_mentions (gpointer data)
{
  Fixture *fixture = data;

  return ent_reader_get_n_mentions (fixture->window->reader) > 0;
}

/* The background of the mentions of actors in @camp, in the reader. */
static void
mention_color (Fixture  *fixture,
               int       camp,
               EntColor *color)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (ent_reader_get_view (fixture->window->reader));
  g_autofree char *name = g_strdup_printf ("mention-camp-%d", camp);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  g_autoptr(GdkRGBA) rgba = NULL;

  g_assert_nonnull (tag);
  g_object_get (tag, "background-rgba", &rgba, NULL);
  *color = (EntColor) { rgba->red, rgba->green, rgba->blue, 1.0 };
}

/* The reader's mention colours follow the palette preference too. */
static void
test_palette_reader (Fixture       *fixture,
                     gconstpointer  data)
{
  int camp;
  EntColor shown, gnome, colorblind;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.select-document",
                                             "s", "doc-1"));
  ui_test_spin_until (reader_has_mentions, fixture);
  ui_test_spin_pending ();

  camp = node_camp (fixture, "RUS");
  ent_palette_get_camp_color (shown_palette (ENT_PALETTE_SCHEME_GNOME), camp, &gnome);
  ent_palette_get_camp_color (shown_palette (ENT_PALETTE_SCHEME_COLORBLIND), camp, &colorblind);

  mention_color (fixture, camp, &shown);
  g_assert_true (same_color (&shown, &colorblind));
  g_settings_set_string (fixture->settings, "palette", "default");
  ui_test_spin_pending ();
  mention_color (fixture, camp, &shown);
  g_assert_true (same_color (&shown, &gnome));
}

/* The palette row of the preferences sets the key. */
static void
test_preferences_palette (Fixture       *fixture,
                          gconstpointer  data)
{
  EntPreferencesWindow *preferences;
  AdwComboRow *palette_row;
  g_autofree char *palette = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  preferences = ent_preferences_window_new (GTK_WINDOW (fixture->window));
  gtk_window_present (GTK_WINDOW (preferences));
  palette_row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (preferences),
                                                              ENT_TYPE_PREFERENCES_WINDOW,
                                                              "palette_row"));
  g_assert_cmpuint (adw_combo_row_get_selected (palette_row), ==, 1);

  adw_combo_row_set_selected (palette_row, 0);
  ui_test_spin_pending ();
  palette = g_settings_get_string (fixture->settings, "palette");
  g_assert_cmpstr (palette, ==, "default");

  gtk_window_destroy (GTK_WINDOW (preferences));
}

static gboolean
export_started (gpointer data)
{
  return ent_window_get_busy (data) || ui_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) == NULL;
}

/* Exports through the dialog and the file chooser, as a user does, with
 * the page @parts; returns the SVG written. */
static char *
export_svg_with_parts (Fixture      *fixture,
                       EntPageParts  parts,
                       const char   *name)
{
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->dir);
  g_autoptr(GError) error = NULL;
  EntExportDialog *dialog;
  GtkWidget *chooser;

  ui_test_activate (GTK_WIDGET (fixture->window), "win.export");
  dialog = ui_test_find_toplevel (ENT_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (dialog);
  ent_export_dialog_set_format (dialog, "svg");
  g_assert_cmpuint (ent_export_dialog_get_parts (dialog), ==, ENT_PAGE_ALL);
  ent_export_dialog_set_parts (dialog, parts);
  g_assert_cmpuint (ent_export_dialog_get_parts (dialog), ==, parts);
  g_signal_emit_by_name (dialog, "export");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Without a portal, the native chooser is a GTK dialog. */
  ui_test_spin_pending ();
  chooser = ui_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, &error);
  g_assert_no_error (error);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  /* The chooser checks the folder before it answers. */
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  ui_test_spin_until (export_started, fixture->window);
  ui_test_wait_idle (fixture->window);

  return read_text (fixture->dir, name);
}

/* The dialog's "include" switches reach the exported file. */
static void
test_dialog_parts (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *all = NULL;
  g_autofree char *bare = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  all = export_svg_with_parts (fixture, ENT_PAGE_ALL, "all.svg");
  g_assert_nonnull (strstr (all, "Syria"));
  g_assert_nonnull (strstr (all, "Opposition"));
  g_assert_nonnull (strstr (all, "actors"));

  bare = export_svg_with_parts (fixture, ENT_PAGE_TITLE, "bare.svg");
  g_assert_null (strstr (bare, "Syria"));
  g_assert_null (strstr (bare, "Opposition"));
  g_assert_nonnull (strstr (bare, "actors"));
}

static EntExportDialog *
open_dialog (Fixture *fixture)
{
  EntExportDialog *dialog;

  ui_test_activate (GTK_WIDGET (fixture->window), "win.export");
  dialog = ui_test_find_toplevel (ENT_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (dialog);
  return dialog;
}

static void
set_scale (EntExportDialog *dialog,
           guint            index)
{
  AdwComboRow *row = NULL;
  g_autoptr(GPtrArray) rows = ui_test_find_descendants (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW);

  /* The scale row is the one whose items are scales. */
  for (guint i = 0; i < rows->len && row == NULL; i++)
    if (g_list_model_get_n_items (adw_combo_row_get_model (g_ptr_array_index (rows, i))) == 3)
      row = g_ptr_array_index (rows, i);
  g_assert_nonnull (row);
  adw_combo_row_set_selected (row, index);
}

static void
set_dark (EntExportDialog *dialog,
          gboolean         dark)
{
  g_autoptr(GPtrArray) switches = ui_test_find_descendants (GTK_WIDGET (dialog), GTK_TYPE_SWITCH);

  /* The dark background's switch comes first. */
  g_assert_cmpuint (switches->len, >=, 1);
  gtk_switch_set_active (g_ptr_array_index (switches, 0), dark);
  g_assert_cmpint (ent_export_dialog_get_dark (dialog), ==, dark);
}

/* The dialog shows again the options of the last export, not those of a
 * dialog closed without exporting. */
static void
test_dialog_remembers (Fixture       *fixture,
                       gconstpointer  data)
{
  EntExportDialog *dialog;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  dialog = open_dialog (fixture);
  ent_export_dialog_set_format (dialog, "png");
  g_assert_cmpuint (ent_export_dialog_get_parts (dialog), ==, ENT_PAGE_ALL);
  g_assert_cmpfloat (ent_export_dialog_get_scale (dialog), ==, 1.0);
  ent_export_dialog_set_parts (dialog, ENT_PAGE_TITLE | ENT_PAGE_LEGEND);
  set_scale (dialog, 2);
  set_dark (dialog, TRUE);
  g_assert_cmpfloat (ent_export_dialog_get_scale (dialog), ==, 4.0);
  /* Exporting keeps the options; the file chooser is not needed here. */
  g_signal_handlers_disconnect_matched (dialog, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL,
                                        fixture->window);
  g_signal_emit_by_name (dialog, "export");
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = open_dialog (fixture);
  g_assert_cmpuint (ent_export_dialog_get_parts (dialog), ==, ENT_PAGE_TITLE | ENT_PAGE_LEGEND);
  g_assert_cmpfloat (ent_export_dialog_get_scale (dialog), ==, 4.0);
  g_assert_true (ent_export_dialog_get_dark (dialog));
  g_assert_true (g_settings_get_boolean (fixture->settings, "export-dark"));
  g_assert_false (g_settings_get_boolean (fixture->settings, "export-labels"));

  /* Closed without exporting: the changes are dropped. */
  ent_export_dialog_set_parts (dialog, ENT_PAGE_ALL);
  set_scale (dialog, 0);
  gtk_window_close (GTK_WINDOW (dialog));
  ui_test_spin_pending ();
  g_assert_null (ui_test_find_toplevel (ENT_TYPE_EXPORT_DIALOG));

  dialog = open_dialog (fixture);
  g_assert_cmpuint (ent_export_dialog_get_parts (dialog), ==, ENT_PAGE_TITLE | ENT_PAGE_LEGEND);
  g_assert_cmpfloat (ent_export_dialog_get_scale (dialog), ==, 4.0);
  gtk_window_destroy (GTK_WINDOW (dialog));
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
  ADD_TEST ("palette-canvas", test_palette_canvas);
  ADD_TEST ("palette-reader", test_palette_reader);
  ADD_TEST ("preferences-palette", test_preferences_palette);
  ADD_TEST ("dialog-parts", test_dialog_parts);
  ADD_TEST ("dialog-remembers", test_dialog_remembers);

  return g_test_run ();
}
