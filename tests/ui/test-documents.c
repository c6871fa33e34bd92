/* test-documents.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ent-deferred-model.h"
#include "ent-document-row.h"
#include "ent-row-feed.h"
#include "ent-json.h"
#include "ent-project-file.h"
#include "ent-side-panel-private.h"
#include "ent-window-private.h"
#include "ui-test-util.h"

/* The fixture project (tests/ui/data/timeline.entente) holds three
 * articles of 4 March, 12 April and 20 May 2024, in that order, made with
 * entente-cli from short wire stories. */

typedef struct
{
  char       *dir;
  EntWindow  *window;
  EntProject *project;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  if (!ui_test_have_display ())
    return;

  fixture->dir = ui_test_make_tmp_dir ("entente-documents-XXXXXX");
  fixture->window = ui_test_window_new (NULL);
  ui_test_open_fixture (fixture->window, "timeline.entente");
  fixture->project = ent_window_get_project (fixture->window);
  g_assert_cmpuint (ent_project_get_n_documents (fixture->project), ==, 3);
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

static char *
dup_order (EntProject *project)
{
  GListModel *documents = ent_project_get_documents (project);
  GString *order = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(EntDocument) document = g_list_model_get_item (documents, i);

      g_string_append_printf (order, "%s%s", i ? " " : "", ent_document_get_id (document));
    }
  return g_string_free (order, FALSE);
}

#define assert_order(project, expected)               \
  G_STMT_START {                                      \
    g_autofree char *_order = dup_order (project);    \
    g_assert_cmpstr (_order, ==, expected);           \
  } G_STMT_END

/* The row the list shows for @id, once the list has been laid out. */
static EntDocumentRow *
find_row (Fixture    *fixture,
          const char *id)
{
  g_autoptr(GPtrArray) rows = NULL;

  ui_test_spin_pending ();
  rows = ui_test_find_descendants (GTK_WIDGET (fixture->window->document_list),
                                   ENT_TYPE_DOCUMENT_ROW);
  for (guint i = 0; i < rows->len; i++)
    {
      EntDocumentRow *row = g_ptr_array_index (rows, i);
      EntDocument *document = ent_document_row_get_document (row);

      if (document != NULL && g_str_equal (ent_document_get_id (document), id))
        return row;
    }
  return NULL;
}

static guint
count_statements (EntProject *project,
                  const char *document_id)
{
  GListModel *statements = ent_project_get_statements (project);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(EntStatement) st = g_list_model_get_item (statements, i);

      count += g_strcmp0 (ent_statement_get_document (st), document_id) == 0 &&
               ent_statement_get_state (st) != ENT_STATEMENT_STATE_REJECTED;
    }
  return count;
}

static void
test_rows_count_positions (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *ids[] = { "doc-1", "doc-8", "doc-15" };
  EntDocumentRow *row;
  GListModel *statements;
  EntStatement *first = NULL;
  guint before;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      row = find_row (fixture, ids[i]);
      g_assert_nonnull (row);
      g_assert_cmpuint (count_statements (fixture->project, ids[i]), >, 0);
      g_assert_cmpuint (ent_document_row_get_n_positions (row), ==,
                        count_statements (fixture->project, ids[i]));
      g_assert_true (ent_document_row_get_in_range (row));
    }

  /* Rejecting a position takes it out of its article's count. */
  statements = ent_project_get_statements (fixture->project);
  for (guint i = 0; first == NULL; i++)
    {
      g_autoptr(EntStatement) st = g_list_model_get_item (statements, i);

      if (g_str_equal (ent_statement_get_document (st), "doc-8"))
        first = st;
    }
  row = find_row (fixture, "doc-8");
  before = ent_document_row_get_n_positions (row);
  ent_project_reject_statement (fixture->project, first);
  g_assert_cmpuint (ent_document_row_get_n_positions (row), ==, before - 1);
  ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
  g_assert_cmpuint (ent_document_row_get_n_positions (row), ==, before);
}

static void
select_id (Fixture    *fixture,
           const char *id)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.select-document",
                                             "s", id));
  g_assert_cmpstr (ent_document_get_id (_ent_window_get_selected (fixture->window)), ==, id);
}

static void
test_sort_and_move (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *window;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  window = GTK_WIDGET (fixture->window);
  select_id (fixture, "doc-15");
  ui_test_activate (window, "win.move-document-up");
  assert_order (fixture->project, "doc-1 doc-15 doc-8");
  g_assert_cmpstr (ent_document_get_id (_ent_window_get_selected (fixture->window)), ==, "doc-15");
  ui_test_activate (window, "win.move-document-up");
  assert_order (fixture->project, "doc-15 doc-1 doc-8");
  /* At the top already: nothing moves, nothing to undo. */
  ui_test_activate (window, "win.move-document-up");
  g_assert_cmpstr (ent_project_get_undo_label (fixture->project), ==, "Move Article");
  assert_order (fixture->project, "doc-15 doc-1 doc-8");

  ui_test_activate (window, "win.sort-documents");
  assert_order (fixture->project, "doc-1 doc-8 doc-15");
  g_assert_cmpstr (ent_document_get_id (_ent_window_get_selected (fixture->window)), ==, "doc-15");
  g_assert_true (ent_project_get_modified (fixture->project));

  /* Undo restores each step. */
  ui_test_activate (window, "win.undo");
  assert_order (fixture->project, "doc-15 doc-1 doc-8");
  ui_test_activate (window, "win.undo");
  assert_order (fixture->project, "doc-1 doc-15 doc-8");
  ui_test_activate (window, "win.undo");
  assert_order (fixture->project, "doc-1 doc-8 doc-15");
  g_assert_false (ent_project_get_modified (fixture->project));
}

/* Drops the article @dragged onto the row of @onto, as a drag would. */
static gboolean
drop_onto (Fixture    *fixture,
           const char *dragged,
           const char *onto)
{
  EntDocumentRow *row = find_row (fixture, onto);
  GtkDropTarget *target;
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean handled = FALSE;

  g_assert_nonnull (row);
  target = ui_test_find_controller (GTK_WIDGET (row), GTK_TYPE_DROP_TARGET);
  g_assert_nonnull (target);
  g_value_init (&value, ENT_TYPE_DOCUMENT);
  g_value_set_object (&value, ent_project_lookup_document (fixture->project, dragged));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &handled);

  return handled;
}

static void
test_drag_to_reorder (Fixture       *fixture,
                      gconstpointer  data)
{
  EntDocumentRow *row;
  GtkDragSource *source;
  g_autoptr(GdkContentProvider) content = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  /* The row offers its article to a drag. */
  row = find_row (fixture, "doc-15");
  source = ui_test_find_controller (GTK_WIDGET (row), GTK_TYPE_DRAG_SOURCE);
  g_assert_nonnull (source);
  g_signal_emit_by_name (source, "prepare", 5.0, 5.0, &content);
  g_assert_nonnull (content);
  g_value_init (&value, ENT_TYPE_DOCUMENT);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  g_assert_true (g_value_get_object (&value) == ent_document_row_get_document (row));

  g_assert_true (drop_onto (fixture, "doc-15", "doc-1"));
  assert_order (fixture->project, "doc-15 doc-1 doc-8");
  g_assert_cmpstr (ent_document_get_id (_ent_window_get_selected (fixture->window)), ==, "doc-15");

  g_assert_true (drop_onto (fixture, "doc-1", "doc-8"));
  assert_order (fixture->project, "doc-15 doc-8 doc-1");
  /* Onto itself: nothing happens. */
  g_assert_false (drop_onto (fixture, "doc-8", "doc-8"));

  ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
  assert_order (fixture->project, "doc-15 doc-1 doc-8");
}

static guint
n_ties (Fixture *fixture)
{
  return ent_network_get_n_ties (fixture->window->network);
}

static char *
export_json (Fixture    *fixture,
             const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  _ent_window_export (fixture->window, "json", 1, FALSE, file);
  ui_test_wait_idle (fixture->window);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static void
test_date_filter (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *all_json = NULL;
  g_autofree char *march_json = NULL;
  g_autoptr(GFile) saved = NULL;
  g_autoptr(EntProject) reopened = NULL;
  g_autoptr(GError) error = NULL;
  EntWindow *window;
  guint all;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  window = fixture->window;
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (window->date_button)));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (window->date_from_dropdown)),
                    ==, 3);
  g_assert_false (gtk_revealer_get_reveal_child (window->range_bar));
  all = n_ties (fixture);
  all_json = export_json (fixture, "all.json");
  /* Turkey's criticism of the United States is from April. */
  g_assert_nonnull (strstr (all_json, "\"criticises\""));

  /* March alone: only the first article's ties. */
  gtk_drop_down_set_selected (window->date_to_dropdown, 0);
  g_assert_true (ent_project_view_has_range (ent_project_get_view (fixture->project)));
  g_assert_cmpuint (n_ties (fixture), <, all);
  g_assert_true (gtk_revealer_get_reveal_child (window->range_bar));
  g_assert_cmpstr (gtk_label_get_label (window->range_label), ==, "The network shows 1 of 3 articles");
  g_assert_true (ent_document_row_get_in_range (find_row (fixture, "doc-1")));
  g_assert_false (ent_document_row_get_in_range (find_row (fixture, "doc-8")));
  march_json = export_json (fixture, "march.json");
  g_assert_null (strstr (march_json, "\"criticises\""));
  g_assert_nonnull (strstr (march_json, "\"condemned\""));

  /* A start after the end moves the end along: April alone. */
  gtk_drop_down_set_selected (window->date_from_dropdown, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (window->date_to_dropdown), ==, 1);
  g_assert_cmpstr (gtk_label_get_label (window->range_label), ==, "The network shows 1 of 3 articles");
  /* April to May. */
  gtk_drop_down_set_selected (window->date_to_dropdown, 2);
  g_assert_cmpstr (gtk_label_get_label (window->range_label), ==, "The network shows 2 of 3 articles");
  g_assert_false (ent_document_row_get_in_range (find_row (fixture, "doc-1")));

  /* Saved with the project. */
  saved = ui_test_save_project (fixture->project, fixture->dir, "saved.entente");
  reopened = ent_project_file_load (saved, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ent_project_view_has_range (ent_project_get_view (reopened)));
  g_assert_false (ent_project_document_in_range (reopened,
                                                 ent_project_lookup_document (reopened, "doc-1")));

  /* Undo goes back through the ranges, and the drop-downs follow. */
  ui_test_activate (GTK_WIDGET (window), "win.undo");
  g_assert_cmpuint (gtk_drop_down_get_selected (window->date_from_dropdown), ==, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (window->date_to_dropdown), ==, 1);
  ui_test_activate (GTK_WIDGET (window), "win.undo");
  g_assert_cmpuint (gtk_drop_down_get_selected (window->date_from_dropdown), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (window->date_to_dropdown), ==, 0);
  g_assert_cmpstr (gtk_label_get_label (window->range_label), ==, "The network shows 1 of 3 articles");

  ui_test_activate (GTK_WIDGET (window), "win.clear-date-range");
  g_assert_false (ent_project_view_has_range (ent_project_get_view (fixture->project)));
  g_assert_cmpuint (n_ties (fixture), ==, all);
  g_assert_false (gtk_revealer_get_reveal_child (window->range_bar));
  g_assert_cmpuint (gtk_drop_down_get_selected (window->date_to_dropdown), ==, 2);
}

static gboolean
reader_has_mentions (gpointer data)
{
  Fixture *fixture = data;

  return ent_reader_get_n_mentions (fixture->window->reader) > 0;
}

/* The character offset of the first @needle in the shown article. */
static guint
offset_of (Fixture    *fixture,
           const char *needle)
{
  const char *text = ent_document_get_text (ent_reader_get_document (fixture->window->reader));
  const char *found = strstr (text, needle);

  g_assert_nonnull (found);
  return g_utf8_pointer_to_offset (text, found);
}

static int
node_camp (Fixture    *fixture,
           const char *id)
{
  EntNetwork *network = fixture->window->network;

  return ent_network_get_node (network, ent_network_find_node (network, id))->camp;
}

/* Clicks the shown article at the character @offset. */
static void
click_at (Fixture *fixture,
          guint    offset)
{
  GtkTextView *view = ent_reader_get_view (fixture->window->reader);
  GtkGesture *click = NULL;
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
  GdkRectangle rect;
  GtkTextIter iter;
  int x, y;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "ent-reader-mention-click") == 0)
        click = GTK_GESTURE (controller);
    }
  g_assert_nonnull (click);

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (view), &iter, offset);
  gtk_text_view_get_iter_location (view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, rect.x + 2,
                                         rect.y + rect.height / 2, &x, &y);
  g_signal_emit_by_name (click, "pressed", 1, (double) x, (double) y);
}

static void
test_mentions (Fixture       *fixture,
               gconstpointer  data)
{
  EntReader *reader;
  EntSidePanel *panel;
  int camp = -2;
  g_autoptr(GPtrArray) selected = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  reader = fixture->window->reader;
  panel = fixture->window->side_panel;
  select_id (fixture, "doc-1");
  ui_test_spin_until (reader_has_mentions, fixture);
  ui_test_spin_pending ();

  /* Every mention in its actor's camp colour. */
  g_assert_cmpstr (ent_reader_get_mention_at (reader, offset_of (fixture, "Russia"), &camp), ==,
                   "RUS");
  g_assert_cmpint (camp, ==, node_camp (fixture, "RUS"));
  g_assert_cmpstr (ent_reader_get_mention_at (reader, offset_of (fixture, "United States"), &camp),
                   ==, "USA");
  g_assert_cmpint (camp, ==, node_camp (fixture, "USA"));
  g_assert_cmpint (node_camp (fixture, "RUS"), !=, node_camp (fixture, "USA"));
  g_assert_null (ent_reader_get_mention_at (reader, offset_of (fixture, "fighting"), NULL));

  /* A click on a mention selects its actor in the list and on the canvas. */
  click_at (fixture, offset_of (fixture, "United States") + 3);
  g_assert_nonnull (ent_side_panel_get_selected_actor (panel));
  g_assert_cmpstr (ent_actor_get_id (ent_side_panel_get_selected_actor (panel)), ==, "USA");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (panel->stack), ==, "actors");
  selected = ent_viewport_dup_selected (ent_canvas_get_viewport (fixture->window->canvas));
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (selected, 0), ==, "USA");

  /* Plain text selects nothing. */
  click_at (fixture, offset_of (fixture, "fighting"));
  g_assert_cmpstr (ent_actor_get_id (ent_side_panel_get_selected_actor (panel)), ==, "USA");
}

/* In the text, not in the title above it, which the reader hides. */
static guint
kurdish_offset (Fixture *fixture)
{
  return offset_of (fixture, "arming Kurdish fighters") + strlen ("arming ");
}

static gboolean
kurdish_is_sdf (gpointer data)
{
  Fixture *fixture = data;

  return g_strcmp0 (ent_reader_get_mention_at (fixture->window->reader,
                                               kurdish_offset (fixture), NULL),
                    "sdf") == 0;
}

/* Selected text becomes an alias of the chosen actor, and the articles
 * are analysed again to find it. */
static void
test_add_alias_from_text (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  AdwMessageDialog *dialog;
  GtkDropDown *dropdown;
  GListModel *choices;
  guint offset;
  guint sdf_mentions;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  select_id (fixture, "doc-8");
  ui_test_spin_until (reader_has_mentions, fixture);
  offset = kurdish_offset (fixture);
  g_assert_null (ent_reader_get_mention_at (fixture->window->reader, offset, NULL));
  sdf_mentions = ent_actor_get_mentions (ent_project_lookup_actor (fixture->project, "sdf"));

  buffer = gtk_text_view_get_buffer (ent_reader_get_view (fixture->window->reader));
  gtk_text_buffer_get_iter_at_offset (buffer, &start, offset - 1);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, offset + strlen ("Kurdish fighters"));
  gtk_text_buffer_select_range (buffer, &start, &end);
  ui_test_activate (GTK_WIDGET (fixture->window->reader), "reader.add-alias");

  dialog = ADW_MESSAGE_DIALOG (_ent_side_panel_get_dialog (fixture->window->side_panel));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“Kurdish fighters”"));
  dropdown = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  choices = gtk_drop_down_get_model (dropdown);
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(EntActor) actor = g_list_model_get_item (choices, i);

      if (g_str_equal (ent_actor_get_id (actor), "sdf"))
        gtk_drop_down_set_selected (dropdown, i);
    }
  adw_message_dialog_response (dialog, "add");

  g_assert_true (ent_actor_has_alias (ent_project_lookup_actor (fixture->project, "sdf"),
                                      "Kurdish fighters"));
  ui_test_wait_idle (fixture->window);
  ui_test_spin_until (kurdish_is_sdf, fixture);
  g_assert_cmpuint (ent_actor_get_mentions (ent_project_lookup_actor (fixture->project, "sdf")),
                    >, sdf_mentions);
}

/* The weight of the relation between @a and @b in a network JSON export,
 * or 0 when there is none. */
static double
exported_weight (const char *json,
                 const char *a,
                 const char *b)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntJsonNode) root = ent_json_parse (json, strlen (json), &error);
  EntJsonNode *relations;

  g_assert_no_error (error);
  relations = ent_json_object_get (root, "relations");
  for (guint i = 0; i < relations->v.array->len; i++)
    {
      EntJsonNode *relation = g_ptr_array_index (relations->v.array, i);
      const char *source = ent_json_object_get (relation, "source")->v.string;
      const char *target = ent_json_object_get (relation, "target")->v.string;

      if ((g_str_equal (source, a) && g_str_equal (target, b)) ||
          (g_str_equal (source, b) && g_str_equal (target, a)))
        return ent_json_object_get (relation, "weight")->v.number;
    }
  return 0;
}

/* Rejecting the positions behind a tie weakens it, then takes it out of
 * the network and of the export; the rejected positions stay listed. */
static void
test_reject_export (Fixture       *fixture,
                    gconstpointer  data)
{
  EntSidePanel *panel;
  g_autofree char *before = NULL;
  g_autofree char *weaker = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *all;
  guint n_rows;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  panel = fixture->window->side_panel;
  all = ent_project_get_statements (fixture->project);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(EntStatement) st = g_list_model_get_item (all, i);

      if (g_str_equal (ent_statement_get_source (st), "TUR") &&
          g_str_equal (ent_statement_get_target (st), "USA"))
        g_ptr_array_add (statements, g_object_ref (st));
    }
  g_assert_cmpuint (statements->len, ==, 2);
  before = export_json (fixture, "before.json");
  g_assert_cmpfloat (exported_weight (before, "TUR", "USA"), >, 0);
  n_rows = g_list_model_get_n_items (G_LIST_MODEL (panel->position_selection));

  ent_side_panel_select_statement (panel, g_ptr_array_index (statements, 0));
  ui_test_activate (GTK_WIDGET (panel), "panel.reject-position");
  weaker = export_json (fixture, "weaker.json");
  g_assert_cmpfloat (exported_weight (weaker, "TUR", "USA"), >, 0);
  g_assert_cmpfloat (exported_weight (weaker, "TUR", "USA"), <, exported_weight (before, "TUR", "USA"));

  ent_side_panel_select_statement (panel, g_ptr_array_index (statements, 1));
  ui_test_activate (GTK_WIDGET (panel), "panel.reject-position");
  g_assert_cmpint (ent_network_find_tie (fixture->window->network,
                                         ent_network_find_node (fixture->window->network, "TUR"),
                                         ent_network_find_node (fixture->window->network, "USA")),
                   <, 0);
  after = export_json (fixture, "after.json");
  g_assert_cmpfloat (exported_weight (after, "TUR", "USA"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (panel->position_selection)), ==, n_rows);
}

static gboolean
has_tag_at (GtkTextView *view,
            const char  *tag_name,
            guint        offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  return tag != NULL && gtk_text_iter_has_tag (&iter, tag);
}

/* One selection everywhere: the actors list, the canvas, the positions
 * list and the article with its evidence. */
static void
test_selection_sync (Fixture       *fixture,
                     gconstpointer  data)
{
  EntSidePanel *panel;
  EntViewport *viewport;
  EntStatement *statement;
  g_autoptr(GPtrArray) selected = NULL;
  const char *a, *b;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  panel = fixture->window->side_panel;
  viewport = ent_canvas_get_viewport (fixture->window->canvas);

  /* The actors list → the canvas. */
  ent_side_panel_select_actor (panel, ent_project_lookup_actor (fixture->project, "TUR"));
  selected = ent_viewport_dup_selected (viewport);
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (selected, 0), ==, "TUR");

  /* The canvas → the actors list. */
  ent_viewport_select (viewport, "IRN", ENT_SELECT_REPLACE);
  g_assert_cmpstr (ent_actor_get_id (ent_side_panel_get_selected_actor (panel)), ==, "IRN");

  /* A tie on the canvas → its position in the list → its article, with
   * the evidence underlined. */
  ent_viewport_select_tie (viewport, "TUR", "USA");
  statement = ent_side_panel_get_selected_statement (panel);
  g_assert_nonnull (statement);
  g_assert_cmpstr (ent_statement_get_source (statement), ==, "TUR");
  g_assert_cmpstr (ent_statement_get_target (statement), ==, "USA");
  g_assert_cmpstr (ent_document_get_id (ent_reader_get_document (fixture->window->reader)), ==,
                   "doc-8");
  g_assert_true (has_tag_at (ent_reader_get_view (fixture->window->reader), "evidence",
                             ent_statement_get_sentence_start (statement)));
  g_assert_true (has_tag_at (ent_reader_get_view (fixture->window->reader), "cue",
                             ent_statement_get_cue_start (statement)));

  /* A position in the list → its tie on the canvas. */
  ent_viewport_unselect_all (viewport);
  statement = ent_project_lookup_statement (fixture->project,
                                            ent_statement_get_id (statement));
  ent_side_panel_select_statement (panel, NULL);
  ent_side_panel_select_statement (panel, statement);
  g_assert_true (ent_viewport_get_selected_tie (viewport, &a, &b));
  g_assert_true ((g_str_equal (a, "TUR") && g_str_equal (b, "USA")) ||
                 (g_str_equal (a, "USA") && g_str_equal (b, "TUR")));
}

/* The document list's model: while deferred, appended articles wait and
 * come in a few at a time at intervals; a change among those shown goes
 * through at once, with the ones waiting; ending the deferral feeds the
 * rest; every announced change keeps the model's count consistent. */
typedef struct
{
  guint n_items;   /* as the announced changes make it */
  guint changes;
  guint largest;   /* the most items one change added */
} Announced;

static void
announced_cb (GListModel *model,
              guint       position,
              guint       removed,
              guint       added,
              Announced  *announced)
{
  g_assert_cmpuint (position + removed, <=, announced->n_items);
  announced->n_items = announced->n_items - removed + added;
  announced->changes++;
  announced->largest = MAX (announced->largest, added);
  g_assert_cmpuint (announced->n_items, ==, g_list_model_get_n_items (model));
}

static gboolean
shows_all (gpointer data)
{
  GListModel *model = data;

  return g_list_model_get_n_items (model) ==
         g_list_model_get_n_items (ent_deferred_model_get_model (ENT_DEFERRED_MODEL (model)));
}

static void
append_strings (GListStore *store,
                guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkStringObject) item = gtk_string_object_new ("article");

      g_list_store_append (store, item);
    }
}

static void
test_deferred_rows (void)
{
  g_autoptr(GListStore) store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(EntDeferredModel) model = NULL;
  g_autoptr(GtkStringObject) first = NULL;
  Announced announced = { 0 };

  append_strings (store, 3);
  model = ent_deferred_model_new (G_LIST_MODEL (store), 50);
  g_signal_connect (model, "items-changed", G_CALLBACK (announced_cb), &announced);
  announced.n_items = 3;
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);

  /* Not deferred: changes go through as they come. */
  append_strings (store, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 5);

  /* Deferred: appended items wait, then come a few per pass. */
  ent_deferred_model_set_deferred (model, TRUE);
  announced.changes = announced.largest = 0;
  append_strings (store, 40);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 5);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 5));
  ui_test_spin_until (shows_all, model);
  g_assert_cmpuint (announced.changes, >=, 40 / ENT_ROW_FEED_CHUNK);
  g_assert_cmpuint (announced.largest, <=, ENT_ROW_FEED_CHUNK);

  /* A removal among the shown items goes through at once, with the items
   * that waited. */
  append_strings (store, 30);
  first = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_list_store_remove (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 74);
  g_assert_true (shows_all (model));

  /* Ending the deferral feeds what waits; flushing shows it at once. */
  append_strings (store, 20);
  ent_deferred_model_set_deferred (model, FALSE);
  g_assert_false (ent_deferred_model_get_deferred (model));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), <, 94);
  ui_test_spin_until (shows_all, model);
  ent_deferred_model_set_deferred (model, TRUE);
  append_strings (store, 20);
  ent_deferred_model_flush (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 114);

  /* Showing one item announces those up to it only. */
  append_strings (store, 30);
  ent_deferred_model_show (model, 119);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 120);
  ent_deferred_model_show (model, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 120);
  ent_deferred_model_flush (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 144);

  /* Another model: all of it at once. */
  ent_deferred_model_set_model (model, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_cmpuint (announced.n_items, ==, 0);
}

#define ADD_TEST(path, func) \
  g_test_add ("/entente/ui/documents/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

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

  ADD_TEST ("rows-count-positions", test_rows_count_positions);
  ADD_TEST ("sort-and-move", test_sort_and_move);
  ADD_TEST ("drag-to-reorder", test_drag_to_reorder);
  ADD_TEST ("date-filter", test_date_filter);
  ADD_TEST ("mentions", test_mentions);
  ADD_TEST ("reject-export", test_reject_export);
  ADD_TEST ("selection-sync", test_selection_sync);
  ADD_TEST ("add-alias-from-text", test_add_alias_from_text);
  g_test_add_func ("/entente/ui/documents/deferred-rows", test_deferred_rows);

  return g_test_run ();
}
