/* test-window.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ent-canvas-private.h"
#include "ent-project-file.h"
#include "ent-side-panel-private.h"
#include "ent-window-private.h"
#include "ui-test-util.h"

typedef struct
{
  char      *dir;
  EntWindow *window;
} Fixture;

static gboolean
widget_is_unmapped (gpointer data)
{
  return !gtk_widget_get_mapped (data);
}

static gboolean
pointer_is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
is_toplevel (EntWindow *window)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  return g_list_find (toplevels, window) != NULL;
}

static gboolean
is_not_toplevel (gpointer data)
{
  return !is_toplevel (data);
}

static EntDocument *
new_document (const char *id,
              const char *title,
              const char *source,
              const char *text)
{
  g_autoptr(GDateTime) published = g_date_time_new_utc (2024, 3, 5, 12, 0, 0);
  EntDocument *document = ent_document_new (id, text);

  ent_document_set_title (document, title);
  ent_document_set_source (document, source);
  ent_document_set_published (document, published);

  return document;
}

/* Builds the fixture with the core API and saves it, so that the test goes
 * through the window's own open path. */
static GFile *
write_small_project (const char *dir)
{
  g_autoptr(EntProject) project = ent_project_new ();
  const char *texts[] = {
    "Russia backs Syria\n\nMoscow said it supports the government in Damascus.",
    "Iran and Syria sign a pact\n\nTehran praised its ally on Tuesday.",
    "Washington condemns the offensive\n\nThe United States opposed the move.",
  };
  const char *titles[] = {
    "Russia backs Syria", "Iran and Syria sign a pact", "Washington condemns the offensive",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *id = g_strdup_printf ("doc-%u", i + 1);
      g_autoptr(EntDocument) document = new_document (id, titles[i], "Test Wire", texts[i]);

      ent_project_add_document (project, document);
    }

  return ui_test_save_project (project, dir, "small.entente");
}

static GFile *
dist_file (const char *name)
{
  return ui_test_dist_file ("data", name, NULL);
}

static guint
n_listed (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fixture->window->selection));
}

static const char *
visible_page (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (fixture->window->stack);
}

static gboolean
title_is_modified (Fixture *fixture)
{
  const char *title = adw_window_title_get_title (fixture->window->window_title);

  return g_str_has_prefix (title, "•");
}

static char *
dup_reader_text (Fixture *fixture)
{
  GtkTextView *view = ent_reader_get_view (fixture->window->reader);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  if (!ui_test_have_display ())
    return;

  fixture->dir = ui_test_make_tmp_dir ("entente-ui-XXXXXX");
  fixture->window = ui_test_window_new (NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (!ui_test_have_display ())
    return;

  ui_test_window_destroy (&fixture->window);
  ui_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
test_empty_state (Fixture       *fixture,
                  gconstpointer  data)
{
  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  g_assert_cmpstr (visible_page (fixture), ==, "empty");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->window->empty_page)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (fixture->window->document_list)));
  g_assert_false (title_is_modified (fixture));
  g_assert_null (ent_reader_get_document (fixture->window->reader));
}

static void
test_open_project (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;
  const char *subtitle;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  file = write_small_project (fixture->dir);
  ui_test_open_file (fixture->window, file);

  g_assert_cmpuint (n_listed (fixture), ==, 3);
  g_assert_cmpstr (visible_page (fixture), ==, "documents");
  ui_test_spin_until (ui_test_widget_is_mapped, fixture->window->document_list);
  /* The stack cross-fades, so the empty page goes a little later. */
  ui_test_spin_until (widget_is_unmapped, fixture->window->empty_page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->window->network_page)));

  g_assert_false (title_is_modified (fixture));
  g_assert_cmpstr (adw_window_title_get_title (fixture->window->window_title), ==, "small");
  subtitle = adw_window_title_get_subtitle (fixture->window->window_title);
  g_assert_nonnull (strstr (subtitle, "small.entente"));
  g_assert_true (g_file_equal (ent_project_get_file (ent_window_get_project (fixture->window)),
                               file));
}

static void
test_select_shows_text (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *text = NULL;
  EntDocument *document;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  file = write_small_project (fixture->dir);
  ui_test_open_file (fixture->window, file);

  gtk_single_selection_set_selected (fixture->window->selection, 1);
  document = ent_reader_get_document (fixture->window->reader);
  g_assert_nonnull (document);
  g_assert_cmpstr (ent_document_get_id (document), ==, "doc-2");
  text = dup_reader_text (fixture);
  g_assert_cmpstr (text, ==, ent_document_get_text (document));
  g_assert_nonnull (strstr (text, "Tehran praised its ally"));
}

static void
test_import_undo_redo (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GFile) article = dist_file ("article.txt");
  g_autofree char *text = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  ui_test_open_file (fixture->window, article);
  g_assert_cmpuint (n_listed (fixture), ==, 1);
  g_assert_cmpstr (visible_page (fixture), ==, "documents");
  g_assert_true (title_is_modified (fixture));
  text = dup_reader_text (fixture);
  g_assert_nonnull (strstr (text, "joint monitoring office"));

  ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
  g_assert_cmpuint (n_listed (fixture), ==, 0);
  g_assert_cmpstr (visible_page (fixture), ==, "empty");
  g_assert_null (ent_reader_get_document (fixture->window->reader));

  ui_test_activate (GTK_WIDGET (fixture->window), "win.redo");
  g_assert_cmpuint (n_listed (fixture), ==, 1);
  g_assert_cmpstr (visible_page (fixture), ==, "documents");
  g_assert_nonnull (ent_reader_get_document (fixture->window->reader));
}

static void
test_import_duplicate (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GFile) article = dist_file ("article.txt");
  GFile *files[] = { article, article };

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  ent_window_open_files (fixture->window, files, G_N_ELEMENTS (files));
  ui_test_wait_idle (fixture->window);

  g_assert_cmpuint (n_listed (fixture), ==, 1);
  ui_test_assert_toast (fixture->window, "already");
}

static void
test_remove_document (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;
  EntProject *project;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  file = write_small_project (fixture->dir);
  ui_test_open_file (fixture->window, file);
  project = ent_window_get_project (fixture->window);

  gtk_single_selection_set_selected (fixture->window->selection, 0);
  ui_test_activate (GTK_WIDGET (fixture->window), "win.remove-document");
  g_assert_cmpuint (n_listed (fixture), ==, 2);
  g_assert_null (ent_project_lookup_document (project, "doc-1"));
  g_assert_nonnull (ent_project_lookup_document (project, "doc-2"));
  g_assert_true (title_is_modified (fixture));
  g_assert_nonnull (ent_reader_get_document (fixture->window->reader));

  ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
  g_assert_cmpuint (n_listed (fixture), ==, 3);
  g_assert_nonnull (ent_project_lookup_document (project, "doc-1"));
  g_assert_false (title_is_modified (fixture));
}

static void
assert_open_fails (Fixture    *fixture,
                   GFile      *file,
                   const char *name)
{
  EntProject *project = ent_window_get_project (fixture->window);
  guint n_before = ent_project_get_n_documents (project);
  gboolean modified_before = ent_project_get_modified (project);

  g_clear_pointer (&fixture->window->last_toast, g_free);
  ui_test_open_file (fixture->window, file);

  g_assert_true (ent_window_get_project (fixture->window) == project);
  g_assert_cmpuint (ent_project_get_n_documents (project), ==, n_before);
  g_assert_cmpint (ent_project_get_modified (project), ==, modified_before);
  ui_test_assert_toast (fixture->window, name);
}

static void
test_open_errors (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GFile) article = NULL;
  g_autoptr(GFile) broken = NULL;
  g_autoptr(GFile) newer = NULL;
  g_autoptr(GFile) binary = NULL;
  g_autoptr(GFile) missing = NULL;
  g_autofree char *missing_path = NULL;
  static const char bytes[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  article = dist_file ("article.txt");
  ui_test_open_file (fixture->window, article);

  broken = dist_file ("broken.entente");
  assert_open_fails (fixture, broken, "broken.entente");
  newer = dist_file ("newer.entente");
  assert_open_fails (fixture, newer, "newer.entente");

  binary = ui_test_write_file (fixture->dir, "picture.txt", bytes, sizeof bytes);
  assert_open_fails (fixture, binary, "picture.txt");

  missing_path = g_build_filename (fixture->dir, "missing.txt", NULL);
  missing = g_file_new_for_path (missing_path);
  assert_open_fails (fixture, missing, "missing.txt");

  g_assert_cmpuint (n_listed (fixture), ==, 1);
}

static void
test_project_into_busy_window (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GFile) article = dist_file ("article.txt");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GList) before = NULL;
  g_autoptr(GList) after = NULL;
  EntWindow *other = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  file = write_small_project (fixture->dir);
  ui_test_open_file (fixture->window, article);
  before = gtk_window_list_toplevels ();
  ui_test_open_file (fixture->window, file);
  after = gtk_window_list_toplevels ();

  g_assert_cmpuint (n_listed (fixture), ==, 1);
  g_assert_cmpuint (g_list_length (after), ==, g_list_length (before) + 1);
  for (GList *l = after; l != NULL; l = l->next)
    if (ENT_IS_WINDOW (l->data) && l->data != fixture->window)
      other = l->data;
  g_assert_nonnull (other);
  g_assert_cmpuint (ent_project_get_n_documents (ent_window_get_project (other)), ==, 3);
  gtk_window_destroy (GTK_WINDOW (other));
}

static void
test_save_round_trip (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GFile) article = dist_file ("article.txt");
  g_autoptr(GFile) target = NULL;
  g_autoptr(EntProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  EntProject *project;
  EntDocument *document;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  ui_test_open_file (fixture->window, article);
  project = ent_window_get_project (fixture->window);
  path = g_build_filename (fixture->dir, "saved.entente", NULL);
  target = g_file_new_for_path (path);

  _ent_window_save_to_file (fixture->window, target);
  ui_test_wait_idle (fixture->window);

  g_assert_false (ent_project_get_modified (project));
  g_assert_false (title_is_modified (fixture));
  g_assert_cmpstr (adw_window_title_get_title (fixture->window->window_title), ==, "saved");
  g_assert_true (g_file_equal (ent_project_get_file (project), target));

  loaded = ent_project_file_load (target, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ent_project_get_n_documents (loaded), ==, 1);
  document = g_list_model_get_item (ent_project_get_documents (loaded), 0);
  g_assert_nonnull (strstr (ent_document_get_text (document), "joint monitoring office"));
  g_object_unref (document);
}

static void
test_save_failure (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) article = dist_file ("article.txt");
  g_autoptr(GFile) target = NULL;
  g_autofree char *path = NULL;
  EntProject *project;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  ui_test_open_file (fixture->window, article);
  project = ent_window_get_project (fixture->window);
  path = g_build_filename (fixture->dir, "no-such-folder", "saved.entente", NULL);
  target = g_file_new_for_path (path);

  _ent_window_save_to_file (fixture->window, target);
  ui_test_wait_idle (fixture->window);

  g_assert_true (ent_project_get_modified (project));
  g_assert_true (title_is_modified (fixture));
  g_assert_null (ent_project_get_file (project));
  ui_test_assert_toast (fixture->window, "saved.entente");
}

static void
test_close_asks (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GFile) article = dist_file ("article.txt");
  GtkWidget *window;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  ui_test_open_file (fixture->window, article);

  gtk_window_close (GTK_WINDOW (fixture->window));
  g_assert_true (is_toplevel (fixture->window));
  g_assert_true (ADW_IS_MESSAGE_DIALOG (fixture->window->close_dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (fixture->window->close_dialog), "cancel");
  g_assert_null (fixture->window->close_dialog);
  g_assert_true (is_toplevel (fixture->window));

  gtk_window_close (GTK_WINDOW (fixture->window));
  g_assert_nonnull (fixture->window->close_dialog);
  window = GTK_WIDGET (fixture->window);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (fixture->window->close_dialog), "discard");

  ui_test_spin_until (is_not_toplevel, fixture->window);
  g_clear_object (&fixture->window);
  ui_test_spin_until (pointer_is_null, &window);
  fixture->window = g_object_ref_sink (ent_window_new (NULL, NULL));
}

static void
test_close_unmodified (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  file = write_small_project (fixture->dir);
  ui_test_open_file (fixture->window, file);

  gtk_window_close (GTK_WINDOW (fixture->window));
  g_assert_null (fixture->window->close_dialog);
  g_assert_false (is_toplevel (fixture->window));
  g_clear_object (&fixture->window);
  fixture->window = g_object_ref_sink (ent_window_new (NULL, NULL));
}

/* Writes @n distinct articles and returns them as files. */
static GPtrArray *
write_articles (const char *dir,
                guint       n)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("article-%02u.txt", i);
      g_autofree char *text = g_strdup_printf ("Talks in round %u\n\nRussia praised Iran after "
                                               "round %u of the talks, and the United States "
                                               "condemned Iran.\n", i, i);

      g_ptr_array_add (files, ui_test_write_file (dir, name, text, -1));
    }
  return files;
}

static guint
n_canvas_nodes (Fixture *fixture)
{
  EntScene *scene = ent_viewport_get_scene (ent_canvas_get_viewport (fixture->window->canvas));

  return scene != NULL ? ent_scene_get_n_nodes (scene) : 0;
}

static gboolean
positions_listed (gpointer data)
{
  Fixture *fixture = data;
  EntProject *project = ent_window_get_project (fixture->window);

  return g_list_model_get_n_items (G_LIST_MODEL (fixture->window->side_panel->position_model)) ==
         ent_project_get_n_statements (project);
}

/* Many files at once are read on while they are analysed in batches, and
 * go into the project by chunks, each one undo step; the order stays. */
static void
test_open_many_files (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(EntDocument) first = NULL;
  EntProject *project;
  guint steps = 0;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  files = write_articles (fixture->dir, 25);
  ent_window_open_files (fixture->window, (GFile **) files->pdata, files->len);
  g_assert_true (ent_window_get_busy (fixture->window));
  ui_test_wait_idle (fixture->window);

  project = ent_window_get_project (fixture->window);
  g_assert_cmpuint (ent_project_get_n_documents (project), ==, 25);
  g_assert_cmpuint (ent_project_get_n_statements (project), >=, 25);
  first = g_list_model_get_item (ent_project_get_documents (project), 0);
  g_assert_cmpstr (ent_document_get_title (first), ==, "Talks in round 0");
  g_assert_true (_ent_window_get_selected (fixture->window) == first);
  g_assert_false (gtk_widget_get_visible (fixture->window->progress_box));
  /* The positions list, which followed the import at a slower pace,
   * catches up a few rows at a time in the passes of the main loop that
   * follow, none of them long. */
  ui_test_spin_until (positions_listed, fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->window->side_panel->position_model)),
                    ==, ent_project_get_n_statements (project));
  /* So has the canvas, which took the network at intervals, and it follows
   * the edits after the import again. */
  g_assert_cmpuint (n_canvas_nodes (fixture), ==, ent_network_get_n_nodes (fixture->window->network));
  g_assert_cmpuint (n_canvas_nodes (fixture), >, 0);

  /* Each chunk is one step of at most ten articles (fewer when adding
   * them grows slow), and its label counts them. */
  while (ent_project_get_n_documents (project) > 0)
    {
      guint before = ent_project_get_n_documents (project);
      g_autofree char *label = g_strdup (ent_project_get_undo_label (project));
      g_autofree char *expected = NULL;

      ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
      expected = g_strdup_printf (before - ent_project_get_n_documents (project) == 1
                                    ? "Import %u Article" : "Import %u Articles",
                                  before - ent_project_get_n_documents (project));
      g_assert_cmpstr (label, ==, expected);
      g_assert_cmpuint (before - ent_project_get_n_documents (project), <=, 10);
      g_assert_cmpuint (n_canvas_nodes (fixture), ==,
                        ent_network_get_n_nodes (fixture->window->network));
      steps++;
    }
  g_assert_cmpuint (steps, >=, 3);
  g_assert_false (ent_window_get_busy (fixture->window));
}

static gboolean
canvas_is_gradual (gpointer data)
{
  return ent_canvas_get_gradual (data);
}

static gboolean
canvas_is_drawn (gpointer data)
{
  EntCanvas *canvas = data;

  return gtk_widget_get_mapped (data) && !ent_canvas_get_busy (canvas) &&
         !_ent_canvas_tiles_get_pending (canvas) && canvas->tiles != NULL &&
         g_hash_table_size (canvas->tiles) > 0;
}

/* During an import the canvas lays each network it gets out unseen, and
 * draws its tiles between frames: no frame waits for a tile. Afterwards
 * it shows the whole network, drawn, and draws normally again. */
static void
test_open_many_gradual (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) files = NULL;
  EntCanvas *canvas = fixture->window->canvas;
  guint frame_tiles = canvas->n_frame_tiles, tiles = canvas->n_tiles_drawn;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  files = write_articles (fixture->dir, 25);
  ent_window_open_files (fixture->window, (GFile **) files->pdata, files->len);
  ui_test_spin_until (canvas_is_gradual, canvas);
  ui_test_wait_idle (fixture->window);
  g_assert_false (ent_canvas_get_gradual (canvas));
  ui_test_spin_until (canvas_is_drawn, canvas);

  g_assert_cmpuint (canvas->n_frame_tiles, ==, frame_tiles);
  g_assert_cmpuint (canvas->n_tiles_drawn, >, tiles);
  g_assert_null (canvas->old_tiles);
  g_assert_cmpuint (n_canvas_nodes (fixture), ==, ent_network_get_n_nodes (fixture->window->network));
  g_assert_cmpuint (n_canvas_nodes (fixture), >, 0);
}

/* Text files are read several at a time: a file among them that cannot be
 * read is named in a message, and the others go in. The workspace shows as
 * soon as the files are being read. */
static void
test_open_many_mixed (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) files = NULL;
  EntProject *project = ent_window_get_project (fixture->window);
  static const char picture[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  files = write_articles (fixture->dir, 20);
  /* A folder among the first, a picture named .txt among the last. */
  g_ptr_array_insert (files, 3, g_file_new_for_path (fixture->dir));
  g_ptr_array_insert (files, 18, ui_test_write_file (fixture->dir, "picture.txt", picture,
                                                     sizeof picture - 1));
  ent_window_open_files (fixture->window, (GFile **) files->pdata, files->len);
  g_assert_cmpstr (visible_page (fixture), ==, "documents");
  ui_test_wait_idle (fixture->window);

  g_assert_cmpuint (ent_project_get_n_documents (project), ==, 20);
  ui_test_assert_toast (fixture->window, "picture.txt");
  /* Undone, the import leaves the empty page. */
  while (ent_project_get_n_documents (project) > 0)
    ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
  g_assert_cmpstr (visible_page (fixture), ==, "empty");
}

/* The renderer's warm-up (ent-window-warmup.c): drawn over the content in
 * the window's first frames, out of reach of the pointer and of assistive
 * technologies, then hidden for good. */
static gboolean
warmup_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

static void
test_renderer_warmup (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) boxes = NULL;
  g_autoptr(EntWindow) window = NULL;
  GtkWidget *warmup = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  window = g_object_ref_sink (ent_window_new (NULL, NULL));
  boxes = ui_test_find_descendants (GTK_WIDGET (window), GTK_TYPE_BOX);
  for (guint i = 0; i < boxes->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (boxes, i), "renderer-warmup"))
      warmup = g_ptr_array_index (boxes, i);
  g_assert_nonnull (warmup);
  g_assert_true (gtk_widget_get_visible (warmup));
  g_assert_false (gtk_widget_get_can_target (warmup));
  gtk_window_present (GTK_WINDOW (window));
  ui_test_spin_until (ui_test_widget_is_mapped, warmup);
  ui_test_spin_until (warmup_hidden, warmup);
  /* The content it lay over is still the window's. */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->stack)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window's CSS padding and border widths. */
static void
get_frame (EntWindow *window,
           GtkBorder *padding,
           GtkBorder *border)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (window));

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_padding (context, padding);
  gtk_style_context_get_border (context, border);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/* Without a compositor a window has a solid frame, which the theme draws
 * as inset shadows inside a padding: GTK 4.8's GL renderer shades each of
 * them over the whole window, in every frame. The application's style
 * draws the frame as a border instead, with no padding and no shadow. */
static void
test_solid_frame (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GtkCssProvider) style = gtk_css_provider_new ();
  GdkDisplay *display;
  GtkBorder padding, border;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  if (!gtk_widget_has_css_class (GTK_WIDGET (fixture->window), "solid-csd"))
    {
      g_test_skip ("the display has a compositor: windows have no solid frame");
      return;
    }
  /* The theme's frame. */
  get_frame (fixture->window, &padding, &border);
  g_assert_cmpint (padding.left, >, 0);
  g_assert_cmpint (border.left, ==, 0);

  /* The style AdwApplication loads from the application's resources. */
  display = gtk_widget_get_display (GTK_WIDGET (fixture->window));
  gtk_css_provider_load_from_resource (style, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (style),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  get_frame (fixture->window, &padding, &border);
  g_assert_cmpint (padding.left, ==, 0);
  g_assert_cmpint (padding.top, ==, 0);
  g_assert_cmpint (border.left, ==, 1);
  g_assert_cmpint (border.bottom, ==, 1);
  gtk_style_context_remove_provider_for_display (display, GTK_STYLE_PROVIDER (style));
}

/* After an import the views catch up one after the other, each in a pass
 * of the main loop of its own: the canvas, then the side panel, then the
 * article list and the reader. The window counts as busy until the last. */
static gboolean
batch_finished (gpointer data)
{
  EntWindow *window = data;

  return ent_project_get_n_documents (ent_window_get_project (window)) == 20 &&
         !_ent_window_batch_get_busy (window);
}

static gboolean
all_listed (gpointer data)
{
  EntWindow *window = data;

  return g_list_model_get_n_items (G_LIST_MODEL (window->selection)) ==
         ent_project_get_n_documents (ent_window_get_project (window));
}

static gboolean
canvas_not_gradual (gpointer data)
{
  return !ent_canvas_get_gradual (data);
}

static void
test_open_many_catch_up (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) files = NULL;
  EntWindow *window = fixture->window;
  EntProject *project = ent_window_get_project (window);

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  files = write_articles (fixture->dir, 20);
  ent_window_open_files (window, (GFile **) files->pdata, files->len);
  ui_test_spin_until (batch_finished, window);

  /* The last articles are in; no view has caught up yet. */
  g_assert_cmpuint (ent_project_get_n_documents (project), ==, 20);
  g_assert_true (_ent_window_batch_get_catching_up (window));
  g_assert_true (ent_window_get_busy (window));
  g_assert_true (ent_canvas_get_gradual (window->canvas));
  g_assert_true (ent_deferred_model_get_deferred (window->document_rows));
  g_assert_null (_ent_window_get_selected (window));

  /* The canvas first, while the article list still waits. */
  ui_test_spin_until (canvas_not_gradual, window->canvas);
  g_assert_true (ent_deferred_model_get_deferred (window->document_rows));
  g_assert_true (ent_window_get_busy (window));

  ui_test_wait_idle (window);
  g_assert_false (_ent_window_batch_get_catching_up (window));
  g_assert_false (ent_deferred_model_get_deferred (window->document_rows));
  g_assert_nonnull (_ent_window_get_selected (window));
  /* The rows themselves come a few at a time. */
  ui_test_spin_until (all_listed, window);
  ui_test_spin_until (positions_listed, fixture);
}

static void
test_open_many_cancel (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) files = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  files = write_articles (fixture->dir, 60);
  ent_window_open_files (fixture->window, (GFile **) files->pdata, files->len);
  ui_test_spin_until (ui_test_widget_is_mapped, fixture->window->progress_box);
  ui_test_activate (GTK_WIDGET (fixture->window), "win.cancel");
  ui_test_wait_idle (fixture->window);

  g_assert_cmpuint (ent_project_get_n_documents (ent_window_get_project (fixture->window)), <, 60);
  g_assert_false (gtk_widget_get_visible (fixture->window->progress_box));
}

/* The shortcuts window lists the article list's and the panel's keys. */
static void
test_shortcuts_window (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GPtrArray) shortcuts = NULL;
  g_autoptr(GString) accels = g_string_new (NULL);
  GtkWidget *window;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  builder = gtk_builder_new_from_resource ("/io/github/entente/Entente/gtk/help-overlay.ui");
  window = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (window));
  shortcuts = ui_test_find_descendants (window, GTK_TYPE_SHORTCUTS_SHORTCUT);
  for (guint i = 0; i < shortcuts->len; i++)
    {
      g_autofree char *accel = NULL;

      g_object_get (g_ptr_array_index (shortcuts, i), "accelerator", &accel, NULL);
      g_string_append_printf (accels, "%s;", accel);
    }
  g_assert_nonnull (strstr (accels->str, "<Alt>Up;"));
  g_assert_nonnull (strstr (accels->str, "F2;"));
  g_assert_nonnull (strstr (accels->str, "<Primary>v;"));
  g_assert_nonnull (strstr (accels->str, "<Primary>f;"));
  g_assert_nonnull (strstr (accels->str, "Left Right Up Down;"));
  g_assert_nonnull (strstr (accels->str, "Return;"));
  g_assert_nonnull (strstr (accels->str, "bracketright bracketleft;"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether one of @widget's shortcut controllers maps @trigger to @action. */
static gboolean
has_shortcut (GtkWidget  *widget,
              const char *trigger,
              const char *action)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autofree char *wanted = g_strdup_printf ("action(%s)", action);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          g_autofree char *t = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          g_autofree char *a = gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut));

          if (g_strcmp0 (t, trigger) == 0 && g_strcmp0 (a, wanted) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* Ctrl+F finds an actor wherever the focus is, not only on the canvas:
 * the window has the binding, and its action opens the canvas's search
 * once there is a network. */
static void
test_find_from_anywhere (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) popovers = NULL;
  gboolean shown = FALSE;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  g_assert_true (has_shortcut (window, "<Control>f", "win.find"));
  file = dist_file ("article.txt");
  ui_test_open_file (fixture->window, file);
  ui_test_wait_idle (fixture->window);
  ui_test_spin_until (ui_test_widget_is_mapped, fixture->window->canvas);
  gtk_widget_grab_focus (GTK_WIDGET (fixture->window->document_list));
  g_assert_false (gtk_widget_has_focus (GTK_WIDGET (fixture->window->canvas)));

  ui_test_activate (window, "win.find");
  popovers = ui_test_find_descendants (GTK_WIDGET (fixture->window->canvas), GTK_TYPE_POPOVER);
  for (guint i = 0; i < popovers->len; i++)
    {
      g_autoptr(GPtrArray) entries = ui_test_find_descendants (g_ptr_array_index (popovers, i),
                                                               GTK_TYPE_SEARCH_ENTRY);

      shown |= entries->len > 0 && gtk_widget_get_visible (g_ptr_array_index (popovers, i));
    }
  g_assert_true (shown);
}


#define ADD_TEST(path, func) \
  g_test_add ("/entente/ui/window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

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

  ADD_TEST ("empty-state", test_empty_state);
  ADD_TEST ("open-project", test_open_project);
  ADD_TEST ("select-shows-text", test_select_shows_text);
  ADD_TEST ("import-undo-redo", test_import_undo_redo);
  ADD_TEST ("import-duplicate", test_import_duplicate);
  ADD_TEST ("remove-document", test_remove_document);
  ADD_TEST ("open-errors", test_open_errors);
  ADD_TEST ("project-into-busy-window", test_project_into_busy_window);
  ADD_TEST ("save-round-trip", test_save_round_trip);
  ADD_TEST ("save-failure", test_save_failure);
  ADD_TEST ("close-asks", test_close_asks);
  ADD_TEST ("close-unmodified", test_close_unmodified);
  ADD_TEST ("open-many-files", test_open_many_files);
  ADD_TEST ("open-many-gradual", test_open_many_gradual);
  ADD_TEST ("open-many-cancel", test_open_many_cancel);
  ADD_TEST ("open-many-catch-up", test_open_many_catch_up);
  ADD_TEST ("open-many-mixed", test_open_many_mixed);
  ADD_TEST ("renderer-warmup", test_renderer_warmup);
  ADD_TEST ("solid-frame", test_solid_frame);
  ADD_TEST ("shortcuts-window", test_shortcuts_window);
  ADD_TEST ("find-from-anywhere", test_find_from_anywhere);

  return g_test_run ();
}
