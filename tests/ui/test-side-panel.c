/* test-side-panel.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ent-row-feed.h"
#include "ent-side-panel-private.h"
#include "ent-window-private.h"
#include "ui-test-util.h"

typedef struct
{
  EntWindow    *window;
  EntSidePanel *panel;
  EntProject   *project;
} Fixture;

static void
import_example (Fixture *fixture)
{
  g_autoptr(GFile) file = ui_test_dist_file ("..", "..", "data", "examples",
                                             "tehran-summit.txt", NULL);

  ui_test_open_file (fixture->window, file);
  fixture->project = ent_window_get_project (fixture->window);
}

/* The actor rows as shown (filtered and sorted), by name. */
static EntActorItem *
find_actor_row (Fixture    *fixture,
                const char *name,
                guint      *position)
{
  GListModel *rows = G_LIST_MODEL (fixture->panel->actor_selection);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(EntActorItem) item = g_list_model_get_item (rows, i);

      if (g_strcmp0 (ent_actor_item_get_name (item), name) == 0)
        {
          if (position != NULL)
            *position = i;
          return item;
        }
    }

  return NULL;
}

static guint
n_position_rows (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fixture->panel->position_selection));
}

/* Selects the first shown position from @source to @target with @sign. */
static EntPositionItem *
select_position (Fixture    *fixture,
                 const char *source,
                 const char *target,
                 int         sign)
{
  GListModel *rows = G_LIST_MODEL (fixture->panel->position_selection);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(EntPositionItem) item = g_list_model_get_item (rows, i);
      EntStatement *st = ent_position_item_get_statement (item);

      if (g_str_equal (ent_statement_get_source (st), source) &&
          g_str_equal (ent_statement_get_target (st), target) &&
          ent_statement_get_sign (st) == sign &&
          ent_statement_has_evidence (st))
        {
          gtk_single_selection_set_selected (fixture->panel->position_selection, i);
          return item;
        }
    }

  return NULL;
}

static double
tie_weight (EntNetwork *network,
            const char *a,
            const char *b)
{
  int na = ent_network_find_node (network, a);
  int nb = ent_network_find_node (network, b);
  int tie;

  if (na < 0 || nb < 0 || (tie = ent_network_find_tie (network, na, nb)) < 0)
    return 0;

  return ent_network_get_tie (network, tie)->weight * ent_network_get_tie (network, tie)->sign;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  if (!ui_test_have_display ())
    return;

  fixture->window = ui_test_window_new (NULL);
  fixture->panel = fixture->window->side_panel;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (!ui_test_have_display ())
    return;

  ui_test_window_destroy (&fixture->window);
}

static gboolean
count_passes (gpointer data)
{
  guint *passes = data;

  return ++*passes < 3 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* A position model of a new project with Russia and Iran in it. */
static EntPositionModel *
new_two_actor_model (EntProject **project)
{
  EntPositionModel *model = ent_position_model_new ();
  g_autoptr(EntActor) a = ent_actor_new ("RUS", "Russia", ENT_ACTOR_KIND_STATE);
  g_autoptr(EntActor) b = ent_actor_new ("IRN", "Iran", ENT_ACTOR_KIND_STATE);

  *project = ent_project_new ();
  ent_project_add_actor (*project, a);
  ent_project_add_actor (*project, b);
  ent_position_model_set_project (model, *project);
  return model;
}

static void
add_positions (EntProject *project,
               const char *prefix,
               guint       n)
{
  ent_project_begin_group (project, "Positions");
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", prefix, i);
      g_autoptr(EntStatement) st = ent_statement_new (id, "RUS", i % 2 ? 1 : -1, "IRN");

      ent_project_add_statement (project, st);
    }
  ent_project_end_group (project);
}

/* While deferred, many new positions show a few rows at once, the others
 * in later passes of the main loop, but never in a pass that runs other
 * idle work, such as an import's next chunk. */
static void
test_rows_after_idle_work (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(EntProject) project = NULL;
  g_autoptr(EntPositionModel) model = NULL;
  guint passes = 0, shown;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  model = new_two_actor_model (&project);
  ent_position_model_set_deferred (model, TRUE);
  add_positions (project, "st", 30);
  /* The list follows the project at intervals while deferred. */
  while (g_list_model_get_n_items (G_LIST_MODEL (model)) == 0)
    g_main_context_iteration (NULL, TRUE);
  shown = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (shown, <, 30);

  g_idle_add (count_passes, &passes);
  while (passes < 3)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, shown);
  while (g_list_model_get_n_items (G_LIST_MODEL (model)) < 30)
    g_main_context_iteration (NULL, TRUE);
}

static void
largest_addition (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *largest)
{
  *largest = MAX (*largest, added);
}

/* When an import's deferral ends, the rows still missing come a chunk at
 * a time, as during it: each builds its widgets. An edit outside an
 * import shows an article's worth of rows at once. */
static void
test_rows_after_deferral (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(EntProject) project = NULL;
  g_autoptr(EntPositionModel) model = NULL;
  guint largest = 0;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  model = new_two_actor_model (&project);
  g_signal_connect (model, "items-changed", G_CALLBACK (largest_addition), &largest);

  ent_position_model_set_deferred (model, TRUE);
  add_positions (project, "import", 30);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  ent_position_model_set_deferred (model, FALSE);
  /* Not in the pass that ends the deferral. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  while (g_list_model_get_n_items (G_LIST_MODEL (model)) < 30)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (largest, >, 0);
  g_assert_cmpuint (largest, <=, ENT_ROW_FEED_CHUNK);

  add_positions (project, "edit", 20);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 50);
  g_assert_cmpuint (largest, ==, 20);
}

static void
test_empty_placeholders (Fixture       *fixture,
                         gconstpointer  data)
{
  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->panel->actor_stack), ==, "empty");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->panel->position_stack), ==, "empty");
  g_assert_nonnull (strstr (gtk_label_get_label (fixture->panel->actor_empty_label), "No actors"));
  g_assert_null (ent_side_panel_get_selected_actor (fixture->panel));
}

static void
test_import_lists_actors_and_positions (Fixture       *fixture,
                                        gconstpointer  data)
{
  const char *expected[] = { "Russia", "Iran", "Syria", "United States" };

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_example (fixture);

  g_assert_cmpuint (ent_project_get_n_documents (fixture->project), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_nonnull (find_actor_row (fixture, expected[i], NULL));
  g_assert_cmpuint (n_position_rows (fixture), >, 0);
  g_assert_cmpuint (n_position_rows (fixture), ==, ent_project_get_n_statements (fixture->project));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->panel->actor_stack), ==, "list");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->panel->position_stack), ==, "list");
  g_assert_cmpuint (ent_actor_item_get_mentions (find_actor_row (fixture, "Russia", NULL)), >, 0);

  /* Russia, Iran and Syria stand together, against the United States. */
  g_assert_cmpint (ent_actor_item_get_camp (find_actor_row (fixture, "Russia", NULL)), ==,
                   ent_actor_item_get_camp (find_actor_row (fixture, "Syria", NULL)));
  g_assert_cmpint (ent_actor_item_get_camp (find_actor_row (fixture, "Iran", NULL)), ==,
                   ent_actor_item_get_camp (find_actor_row (fixture, "Syria", NULL)));
  g_assert_cmpint (ent_actor_item_get_camp (find_actor_row (fixture, "United States", NULL)), !=,
                   ent_actor_item_get_camp (find_actor_row (fixture, "Syria", NULL)));

  /* The import and its analysis are one step. */
  g_assert_cmpstr (ent_project_get_undo_label (fixture->project), ==, "Import Article");
}

static void
test_import_undo_redo (Fixture       *fixture,
                       gconstpointer  data)
{
  guint n_statements, n_actors;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_example (fixture);
  n_statements = ent_project_get_n_statements (fixture->project);
  n_actors = ent_project_get_n_actors (fixture->project);

  ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
  g_assert_cmpuint (ent_project_get_n_documents (fixture->project), ==, 0);
  g_assert_cmpuint (ent_project_get_n_statements (fixture->project), ==, 0);
  g_assert_cmpuint (ent_project_get_n_actors (fixture->project), ==, 0);
  g_assert_cmpuint (n_position_rows (fixture), ==, 0);
  g_assert_null (find_actor_row (fixture, "Russia", NULL));
  g_assert_false (ent_project_get_can_undo (fixture->project));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->panel->position_stack), ==, "empty");

  ui_test_activate (GTK_WIDGET (fixture->window), "win.redo");
  g_assert_cmpuint (ent_project_get_n_documents (fixture->project), ==, 1);
  g_assert_cmpuint (ent_project_get_n_statements (fixture->project), ==, n_statements);
  g_assert_cmpuint (ent_project_get_n_actors (fixture->project), ==, n_actors);
  g_assert_cmpuint (n_position_rows (fixture), ==, n_statements);
  g_assert_nonnull (find_actor_row (fixture, "Russia", NULL));
}

static void
test_reject_greys_and_weakens (Fixture       *fixture,
                               gconstpointer  data)
{
  EntNetwork *network;
  EntPositionItem *item;
  EntStatement *statement;
  double before, after;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_example (fixture);
  network = fixture->window->network;
  before = tie_weight (network, "RUS", "SYR");
  g_assert_cmpfloat (before, >, 0);

  item = select_position (fixture, "RUS", "SYR", 1);
  g_assert_nonnull (item);
  statement = ent_position_item_get_statement (item);
  g_assert_false (ent_position_item_get_rejected (item));

  ui_test_activate (GTK_WIDGET (fixture->panel), "panel.reject-position");
  g_assert_cmpint (ent_statement_get_state (statement), ==, ENT_STATEMENT_STATE_REJECTED);
  g_assert_true (ent_position_item_get_rejected (item));
  g_assert_cmpstr (ent_position_item_get_state_label (item), ==, "Rejected");
  g_object_get (item, "opacity", &after, NULL);
  g_assert_cmpfloat (after, <, 1.0);
  /* The rejected position stays listed (and selected), only greyed. */
  g_assert_true (ent_side_panel_get_selected_statement (fixture->panel) == statement);
  after = tie_weight (network, "RUS", "SYR");
  g_assert_cmpfloat (after, <, before);

  /* The state filter shows it among the rejected ones only. */
  gtk_drop_down_set_selected (fixture->panel->state_dropdown, 2);
  g_assert_cmpuint (n_position_rows (fixture), ==, 1);
  gtk_drop_down_set_selected (fixture->panel->state_dropdown, 1);
  g_assert_cmpuint (n_position_rows (fixture), ==,
                    ent_project_get_n_statements (fixture->project) - 1);
  gtk_drop_down_set_selected (fixture->panel->state_dropdown, 0);

  ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
  g_assert_cmpint (ent_statement_get_state (statement), ==, ENT_STATEMENT_STATE_ACCEPTED);
  g_assert_cmpfloat_with_epsilon (tie_weight (network, "RUS", "SYR"), before, 1e-9);
}

static void
test_rename_actor (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  guint position;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_example (fixture);
  g_assert_nonnull (find_actor_row (fixture, "Russia", &position));
  gtk_single_selection_set_selected (fixture->panel->actor_selection, position);
  g_assert_cmpstr (ent_actor_get_id (ent_side_panel_get_selected_actor (fixture->panel)), ==,
                   "RUS");

  ui_test_activate (GTK_WIDGET (fixture->panel), "panel.rename-actor");
  dialog = ADW_MESSAGE_DIALOG (_ent_side_panel_get_dialog (fixture->panel));
  g_assert_nonnull (dialog);
  entry = adw_message_dialog_get_extra_child (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Russia");
  gtk_editable_set_text (GTK_EDITABLE (entry), "  Russian Federation ");
  adw_message_dialog_response (dialog, "rename");

  g_assert_null (find_actor_row (fixture, "Russia", NULL));
  g_assert_nonnull (find_actor_row (fixture, "Russian Federation", NULL));
  g_assert_cmpstr (ent_actor_get_name (ent_project_lookup_actor (fixture->project, "RUS")), ==,
                   "Russian Federation");
  /* The positions name it anew too, and the selection stayed. */
  g_assert_nonnull (select_position (fixture, "RUS", "SYR", 1));
  g_assert_cmpstr (ent_position_item_get_source_name (select_position (fixture, "RUS", "SYR", 1)),
                   ==, "Russian Federation");
  g_assert_cmpstr (ent_actor_get_id (ent_side_panel_get_selected_actor (fixture->panel)), ==,
                   "RUS");

  ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
  g_assert_nonnull (find_actor_row (fixture, "Russia", NULL));
  g_assert_null (find_actor_row (fixture, "Russian Federation", NULL));
}

static void
test_filter_actors (Fixture       *fixture,
                    gconstpointer  data)
{
  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_example (fixture);
  gtk_editable_set_text (GTK_EDITABLE (fixture->panel->actor_search), "syr");
  g_assert_nonnull (find_actor_row (fixture, "Syria", NULL));
  g_assert_null (find_actor_row (fixture, "Russia", NULL));

  gtk_editable_set_text (GTK_EDITABLE (fixture->panel->actor_search), "no such actor");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->panel->actor_selection)),
                    ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->panel->actor_stack), ==, "empty");

  gtk_editable_set_text (GTK_EDITABLE (fixture->panel->actor_search), "");
  g_assert_nonnull (find_actor_row (fixture, "Russia", NULL));
}

static void
assert_tag_spans (GtkTextBuffer *buffer,
                  const char    *name,
                  guint          start,
                  guint          end)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, start);
  g_assert_true (gtk_text_iter_starts_tag (&iter, tag));
  g_assert_true (gtk_text_iter_forward_to_tag_toggle (&iter, tag));
  g_assert_cmpint (gtk_text_iter_get_offset (&iter), ==, end);
  g_assert_false (gtk_text_iter_forward_to_tag_toggle (&iter, tag));
}

static void
test_position_shows_evidence (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkTextBuffer *buffer;
  EntPositionItem *item;
  EntStatement *statement;
  g_autofree char *sentence = NULL;
  GtkTextIter start, end;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_example (fixture);
  /* Another article selected first, so that the reader has to switch. */
  gtk_single_selection_set_selected (fixture->window->selection, GTK_INVALID_LIST_POSITION);
  g_assert_null (ent_reader_get_document (fixture->window->reader));

  item = select_position (fixture, "USA", "SYR", -1);
  g_assert_nonnull (item);
  statement = ent_position_item_get_statement (item);

  g_assert_nonnull (ent_reader_get_document (fixture->window->reader));
  g_assert_cmpstr (ent_document_get_id (ent_reader_get_document (fixture->window->reader)), ==,
                   ent_statement_get_document (statement));
  buffer = gtk_text_view_get_buffer (ent_reader_get_view (fixture->window->reader));
  assert_tag_spans (buffer, "evidence", ent_statement_get_sentence_start (statement),
                    ent_statement_get_sentence_end (statement));
  assert_tag_spans (buffer, "cue", ent_statement_get_cue_start (statement),
                    ent_statement_get_cue_end (statement));

  gtk_text_buffer_get_iter_at_offset (buffer, &start, ent_statement_get_sentence_start (statement));
  gtk_text_buffer_get_iter_at_offset (buffer, &end, ent_statement_get_sentence_end (statement));
  sentence = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  g_test_message ("evidence: %s", sentence);
  g_assert_nonnull (strstr (sentence, "United States"));
  ui_test_spin_for (100 * 1000);

  /* Unselecting the position removes the highlight. */
  gtk_single_selection_set_selected (fixture->panel->position_selection,
                                     GTK_INVALID_LIST_POSITION);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, ent_statement_get_sentence_start (statement));
  g_assert_false (gtk_text_iter_has_tag (&start,
                                         gtk_text_tag_table_lookup (
                                           gtk_text_buffer_get_tag_table (buffer), "evidence")));
}

static void
test_reanalyse_keeps_decisions (Fixture       *fixture,
                                gconstpointer  data)
{
  EntStatement *statement;
  guint n_statements;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_example (fixture);
  n_statements = ent_project_get_n_statements (fixture->project);
  statement = ent_position_item_get_statement (select_position (fixture, "RUS", "SYR", 1));
  ui_test_activate (GTK_WIDGET (fixture->panel), "panel.reject-position");

  ui_test_activate (GTK_WIDGET (fixture->window), "win.reanalyse");
  g_assert_true (ent_window_get_busy (fixture->window));
  g_assert_true (gtk_widget_get_visible (fixture->window->progress_box));
  ui_test_wait_idle (fixture->window);

  g_assert_false (gtk_widget_get_visible (fixture->window->progress_box));
  g_assert_cmpuint (ent_project_get_n_statements (fixture->project), ==, n_statements);
  g_assert_true (ent_project_lookup_statement (fixture->project,
                                               ent_statement_get_id (statement)) == statement);
  g_assert_cmpint (ent_statement_get_state (statement), ==, ENT_STATEMENT_STATE_REJECTED);
  g_assert_cmpuint (ent_actor_item_get_mentions (find_actor_row (fixture, "Russia", NULL)), >, 0);
}

static void
test_reanalyse_cancel (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *label;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_example (fixture);
  label = ent_project_get_undo_label (fixture->project);

  ui_test_activate (GTK_WIDGET (fixture->window), "win.reanalyse");
  ui_test_activate (GTK_WIDGET (fixture->window), "win.cancel");
  ui_test_wait_idle (fixture->window);

  /* Either the work was stopped in time, or it finished: never half. */
  label = ent_project_get_undo_label (fixture->project);
  g_assert_true (g_strcmp0 (label, "Import Article") == 0 ||
                 g_strcmp0 (label, "Re-analyse Articles") == 0);
  g_assert_false (gtk_widget_get_visible (fixture->window->progress_box));
}

static void
test_add_position (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwMessageDialog *dialog;
  GtkDropDown *source, *target, *sign;
  guint n_statements;
  EntPositionItem *item;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_example (fixture);
  n_statements = ent_project_get_n_statements (fixture->project);

  ui_test_activate (GTK_WIDGET (fixture->panel), "panel.add-position");
  dialog = ADW_MESSAGE_DIALOG (_ent_side_panel_get_dialog (fixture->panel));
  source = g_object_get_data (G_OBJECT (dialog), "source");
  target = g_object_get_data (G_OBJECT (dialog), "target");
  sign = g_object_get_data (G_OBJECT (dialog), "sign");
  gtk_drop_down_set_selected (source, 0);
  gtk_drop_down_set_selected (target, 1);
  gtk_drop_down_set_selected (sign, 1);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "note"), "From a briefing");
  adw_message_dialog_response (dialog, "add");

  g_assert_cmpuint (ent_project_get_n_statements (fixture->project), ==, n_statements + 1);
  gtk_drop_down_set_selected (fixture->panel->state_dropdown, 3);
  g_assert_cmpuint (n_position_rows (fixture), ==, 1);
  item = g_list_model_get_item (G_LIST_MODEL (fixture->panel->position_selection), 0);
  g_assert_cmpint (ent_statement_get_sign (ent_position_item_get_statement (item)), ==, -1);
  g_assert_cmpstr (ent_statement_get_note (ent_position_item_get_statement (item)), ==,
                   "From a briefing");
  g_object_unref (item);

  ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
  g_assert_cmpuint (ent_project_get_n_statements (fixture->project), ==, n_statements);
}

/* A position of the article @document_id involving @actor, if any. */
static EntStatement *
find_statement_in (EntProject *project,
                   const char *document_id,
                   const char *actor)
{
  GListModel *statements = ent_project_get_statements (project);

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(EntStatement) st = g_list_model_get_item (statements, i);

      if (g_strcmp0 (ent_statement_get_document (st), document_id) == 0 &&
          (g_str_equal (ent_statement_get_source (st), actor) ||
           g_str_equal (ent_statement_get_target (st), actor)))
        return st;
    }
  return NULL;
}

static char *
dup_search_text (EntPositionItem *item)
{
  char *text = NULL;

  g_object_get (item, "search-text", &text, NULL);
  return text;
}

/* A row's item tells what changed in its position: nothing, most often,
 * a name, a note. */
static void
test_position_item_update (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(EntPositionItem) item = NULL;
  g_autofree char *text = NULL;
  g_autoptr(EntDocument) document = NULL;
  EntStatement *st;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_example (fixture);
  document = g_list_model_get_item (ent_project_get_documents (fixture->project), 0);
  st = find_statement_in (fixture->project, ent_document_get_id (document), "RUS");
  g_assert_nonnull (st);
  item = ent_position_item_new (st);
  g_assert_true (ent_position_item_update (item, fixture->project));
  g_assert_false (ent_position_item_update (item, fixture->project));
  text = dup_search_text (item);
  g_assert_nonnull (strstr (text, "Russia"));

  ent_project_rename_actor (fixture->project, ent_project_lookup_actor (fixture->project, "RUS"),
                            "Russian Federation");
  g_assert_true (ent_position_item_update (item, fixture->project));
  g_clear_pointer (&text, g_free);
  text = dup_search_text (item);
  g_assert_nonnull (strstr (text, "Russian Federation"));
  g_assert_false (ent_position_item_update (item, fixture->project));

  /* A note is in the search text only: the names stay. */
  ent_statement_set_note (st, "from the briefing");
  g_assert_true (ent_position_item_update (item, fixture->project));
  g_clear_pointer (&text, g_free);
  text = dup_search_text (item);
  g_assert_true (g_str_has_suffix (text, " from the briefing"));
  g_assert_false (ent_position_item_update (item, fixture->project));
  /* A note that only grows or shrinks by a word is a change too. */
  ent_statement_set_note (st, "from the briefing today");
  g_assert_true (ent_position_item_update (item, fixture->project));
  ent_statement_set_note (st, "from the");
  g_assert_true (ent_position_item_update (item, fixture->project));
  g_clear_pointer (&text, g_free);
  text = dup_search_text (item);
  g_assert_true (g_str_has_suffix (text, " from the"));
}

static void
select_actor_row (Fixture    *fixture,
                  const char *name)
{
  guint position;

  g_assert_nonnull (find_actor_row (fixture, name, &position));
  gtk_single_selection_set_selected (fixture->panel->actor_selection, position);
}

static void
respond_with_text (Fixture    *fixture,
                   const char *text,
                   const char *response)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (_ent_side_panel_get_dialog (fixture->panel));

  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), text);
  adw_message_dialog_response (dialog, response);
}

/* An alias teaches the dictionaries: the articles are analysed again in
 * the background, the user's decisions stay, and undo teaches nothing. */
static void
test_add_alias_reanalyses (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = NULL;
  EntStatement *rejected;
  const char *zembla;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_example (fixture);
  dir = ui_test_make_tmp_dir ("entente-alias-XXXXXX");
  file = ui_test_write_file (dir, "zembla.txt",
                             "Moscow courts Zembla\n\n"
                             "Russia praised Zembla on Monday for its help. "
                             "Zembla condemned the United States for the new sanctions.\n", -1);
  ui_test_open_file (fixture->window, file);
  zembla = ent_document_get_id (_ent_window_get_selected (fixture->window));
  g_assert_null (find_statement_in (fixture->project, zembla, "SYR"));
  rejected = ent_position_item_get_statement (select_position (fixture, "RUS", "SYR", 1));
  ui_test_activate (GTK_WIDGET (fixture->panel), "panel.reject-position");

  select_actor_row (fixture, "Syria");
  ui_test_activate (GTK_WIDGET (fixture->panel), "panel.add-alias");
  respond_with_text (fixture, "Zembla", "add");
  g_assert_true (ent_actor_has_alias (ent_project_lookup_actor (fixture->project, "SYR"), "Zembla"));
  g_assert_true (ent_window_get_busy (fixture->window));
  ui_test_wait_idle (fixture->window);

  g_assert_cmpstr (ent_project_get_undo_label (fixture->project), ==, "Re-analyse Articles");
  g_assert_nonnull (find_statement_in (fixture->project, zembla, "SYR"));
  g_assert_cmpint (ent_statement_get_state (rejected), ==, ENT_STATEMENT_STATE_REJECTED);

  ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
  g_assert_null (find_statement_in (fixture->project, zembla, "SYR"));
  ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
  g_assert_false (ent_actor_has_alias (ent_project_lookup_actor (fixture->project, "SYR"),
                                       "Zembla"));
  g_assert_false (ent_window_get_busy (fixture->window));
  ui_test_remove_tree (dir);
}

/* Merging from the panel: the positions move to the chosen actor, the
 * name becomes an alias, and one undo brings the actor back. */
static void
test_merge_actor (Fixture       *fixture,
                  gconstpointer  data)
{
  AdwMessageDialog *dialog;
  GtkDropDown *dropdown;
  GListModel *choices;
  EntActor *iran;
  guint n_statements;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_example (fixture);
  iran = ent_project_lookup_actor (fixture->project, "IRN");
  g_assert_nonnull (iran);
  n_statements = ent_project_get_n_statements (fixture->project);

  select_actor_row (fixture, "Iran");
  ui_test_activate (GTK_WIDGET (fixture->panel), "panel.merge-actor");
  dialog = ADW_MESSAGE_DIALOG (_ent_side_panel_get_dialog (fixture->panel));
  dropdown = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  choices = gtk_drop_down_get_model (dropdown);
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(EntActor) actor = g_list_model_get_item (choices, i);

      g_assert_true (actor != iran);
      if (g_str_equal (ent_actor_get_id (actor), "RUS"))
        gtk_drop_down_set_selected (dropdown, i);
    }
  adw_message_dialog_response (dialog, "merge");

  g_assert_null (ent_project_lookup_actor (fixture->project, "IRN"));
  g_assert_null (find_actor_row (fixture, "Iran", NULL));
  g_assert_true (ent_actor_has_alias (ent_project_lookup_actor (fixture->project, "RUS"), "Iran"));
  g_assert_null (find_statement_in (fixture->project,
                                    ent_document_get_id (_ent_window_get_selected (fixture->window)),
                                    "IRN"));
  g_assert_cmpstr (ent_project_get_undo_label (fixture->project), ==, "Merge Actors");
  /* A merge teaches the dictionaries nothing new. */
  g_assert_false (ent_window_get_busy (fixture->window));

  ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
  g_assert_true (ent_project_lookup_actor (fixture->project, "IRN") == iran);
  g_assert_nonnull (find_actor_row (fixture, "Iran", NULL));
  g_assert_cmpuint (ent_project_get_n_statements (fixture->project), ==, n_statements);
}

/* Undoing an import takes its mentions back from actors that were there
 * before it. */
static void
test_mentions_undo (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = NULL;
  EntActor *russia;
  guint before, row_before;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_example (fixture);
  russia = ent_project_lookup_actor (fixture->project, "RUS");
  before = ent_actor_get_mentions (russia);
  /* The row counts the mentions of Russia's people too (state level). */
  row_before = ent_actor_item_get_mentions (find_actor_row (fixture, "Russia", NULL));
  g_assert_cmpuint (before, >, 0);

  dir = ui_test_make_tmp_dir ("entente-mentions-XXXXXX");
  file = ui_test_write_file (dir, "more.txt",
                             "Russia again\n\nRussia and Iran met. Russia praised Iran.\n", -1);
  ui_test_open_file (fixture->window, file);
  g_assert_cmpuint (ent_actor_get_mentions (russia), >=, before + 2);
  g_assert_cmpuint (ent_actor_item_get_mentions (find_actor_row (fixture, "Russia", NULL)), ==,
                    row_before + ent_actor_get_mentions (russia) - before);

  ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
  g_assert_cmpuint (ent_actor_get_mentions (russia), ==, before);
  g_assert_cmpuint (ent_actor_item_get_mentions (find_actor_row (fixture, "Russia", NULL)), ==,
                    row_before);
  ui_test_activate (GTK_WIDGET (fixture->window), "win.redo");
  g_assert_cmpuint (ent_actor_get_mentions (russia), >=, before + 2);
  ui_test_remove_tree (dir);
}

/* An actor added anywhere (here as the canvas adds one) is looked for in
 * every article, in the background. */
static void
test_add_actor_reanalyses (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(EntActor) zembla = NULL;
  const char *document;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_example (fixture);
  dir = ui_test_make_tmp_dir ("entente-actor-XXXXXX");
  file = ui_test_write_file (dir, "zembla.txt",
                             "Zembla and Moscow\n\n"
                             "Zembla condemned Russia on Monday for the new deployment.\n", -1);
  ui_test_open_file (fixture->window, file);
  document = ent_document_get_id (_ent_window_get_selected (fixture->window));
  g_assert_null (find_statement_in (fixture->project, document, "zembla"));

  zembla = ent_actor_new ("zembla", "Zembla", ENT_ACTOR_KIND_STATE);
  ent_project_add_actor (fixture->project, zembla);
  g_assert_true (ent_window_get_busy (fixture->window));
  ui_test_wait_idle (fixture->window);

  g_assert_nonnull (find_statement_in (fixture->project, document, "zembla"));
  g_assert_cmpuint (ent_actor_get_mentions (zembla), >, 0);
  ui_test_remove_tree (dir);
}

typedef struct
{
  GListModel *rows;
  guint       n_all;
} Narrowing;

static gboolean
rows_narrowed (gpointer data)
{
  Narrowing *narrowing = data;

  return g_list_model_get_n_items (narrowing->rows) < narrowing->n_all;
}

/* The positions filter finds the sign's word too: "opposes" keeps only
 * oppositions. */
static void
test_filter_positions_by_sign (Fixture       *fixture,
                               gconstpointer  data)
{
  GListModel *rows;
  guint n_all;
  Narrowing narrowing;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_example (fixture);
  rows = G_LIST_MODEL (fixture->panel->position_selection);
  n_all = g_list_model_get_n_items (rows);

  gtk_editable_set_text (GTK_EDITABLE (fixture->panel->position_search), "opposes");
  /* The search entry waits before it searches, and a busy machine makes
   * the wait longer: wait for the list to narrow, not for a fixed time. */
  narrowing = (Narrowing) { rows, n_all };
  ui_test_spin_until (rows_narrowed, &narrowing);
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), <, n_all);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(EntPositionItem) item = g_list_model_get_item (rows, i);

      g_assert_cmpint (ent_statement_get_sign (ent_position_item_get_statement (item)), ==, -1);
    }
}

/* The first shown camp dot of @camp in the actors list. */
static GtkWidget *
find_camp_dot (GtkWidget  *widget,
               const char *camp_class)
{
  if (gtk_widget_get_mapped (widget) && gtk_widget_has_css_class (widget, "camp-dot") &&
      gtk_widget_has_css_class (widget, camp_class))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *dot = find_camp_dot (child, camp_class);

      if (dot != NULL)
        return dot;
    }
  return NULL;
}

static gboolean
find_color_node (GskRenderNode *node,
                 GdkRGBA       *color)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_COLOR_NODE:
      *color = *gsk_color_node_get_color (node);
      return TRUE;
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        if (find_color_node (gsk_container_node_get_child (node, i), color))
          return TRUE;
      return FALSE;
    case GSK_ROUNDED_CLIP_NODE:
      return find_color_node (gsk_rounded_clip_node_get_child (node), color);
    case GSK_CLIP_NODE:
      return find_color_node (gsk_clip_node_get_child (node), color);
    case GSK_TRANSFORM_NODE:
      return find_color_node (gsk_transform_node_get_child (node), color);
    case GSK_DEBUG_NODE:
      return find_color_node (gsk_debug_node_get_child (node), color);
    default:
      return FALSE;
    }
}

/* The background colour the widget draws in the next frame, once its
 * style caught up: the widget paintable shows the last one drawn. */
static GdkRGBA
rendered_color (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GdkRGBA color = { 0, 0, 0, 0 };

  ui_test_wait_frame (gtk_widget_get_ancestor (widget, GTK_TYPE_WINDOW));
  paintable = gtk_widget_paintable_new (widget);
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  g_assert_true (find_color_node (node, &color));
  return color;
}

static void
assert_color (const GdkRGBA  *color,
              const EntColor *expected)
{
  g_assert_cmpfloat_with_epsilon (color->red, expected->red, 1 / 255.0);
  g_assert_cmpfloat_with_epsilon (color->green, expected->green, 1 / 255.0);
  g_assert_cmpfloat_with_epsilon (color->blue, expected->blue, 1 / 255.0);
}

/* The dots take the canvas's camp colours: those of the palette chosen in
 * the preferences, and of its dark variant in a dark style. */
static void
test_camp_dot_follows_palette (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  AdwStyleManager *style = adw_style_manager_get_default ();
  const EntPalette *gnome = ent_palette_get_scheme (ENT_PALETTE_SCHEME_GNOME, ENT_PALETTE_LIGHT);
  const EntPalette *colorblind = ent_palette_get_scheme (ENT_PALETTE_SCHEME_COLORBLIND,
                                                         ENT_PALETTE_LIGHT);
  const EntPalette *gnome_dark = ent_palette_get_scheme (ENT_PALETTE_SCHEME_GNOME,
                                                         ENT_PALETTE_DARK);
  GtkWidget *dot;
  GdkRGBA color;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  /* The two palettes must differ for the test to tell them apart. */
  g_assert_false (gdk_rgba_equal (&(GdkRGBA) { gnome->camps[1].red, gnome->camps[1].green,
                                               gnome->camps[1].blue, 1 },
                                  &(GdkRGBA) { colorblind->camps[1].red,
                                               colorblind->camps[1].green,
                                               colorblind->camps[1].blue, 1 }));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_settings_set_string (settings, "palette", "colorblind");
  import_example (fixture);
  dot = find_camp_dot (GTK_WIDGET (fixture->panel), "camp-1");
  g_assert_nonnull (dot);
  /* Its size comes from style.css, which only an application loads. */
  gtk_widget_set_size_request (dot, 10, 10);
  color = rendered_color (dot);
  assert_color (&color, &colorblind->camps[1]);

  g_settings_set_string (settings, "palette", "default");
  color = rendered_color (dot);
  assert_color (&color, &gnome->camps[1]);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  color = rendered_color (dot);
  assert_color (&color, &gnome_dark->camps[1]);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  g_settings_reset (settings, "palette");
}

#define ADD_TEST(path, func) \
  g_test_add ("/entente/ui/side-panel/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)

/* The label in the actor list that shows @text, or NULL. */
static GtkLabel *
find_name_label (Fixture    *fixture,
                 const char *text)
{
  g_autoptr(GPtrArray) labels = ui_test_find_descendants (GTK_WIDGET (fixture->panel->actor_view),
                                                          GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return g_ptr_array_index (labels, i);
  return NULL;
}

static gboolean
query_tooltip (GtkLabel *label)
{
  GtkTooltip *tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  g_assert_true (gtk_widget_get_has_tooltip (GTK_WIDGET (label)));
  g_signal_emit_by_name (label, "query-tooltip", 1, 1, FALSE, tooltip, &shown);
  g_object_unref (tooltip);
  return shown;
}

/* A name shows in a tooltip only when the row cuts it short. */
static void
test_name_tooltips (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *long_name = "The Russian Federation, as its long official name goes on and on";
  GtkLabel *label;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_example (fixture);
  ui_test_spin_until (ui_test_widget_is_mapped, fixture->panel->actor_view);
  ui_test_wait_frame (GTK_WIDGET (fixture->panel->actor_view));
  label = find_name_label (fixture, "Iran");
  g_assert_nonnull (label);
  g_assert_false (query_tooltip (label));

  ent_project_rename_actor (fixture->project, ent_project_lookup_actor (fixture->project, "RUS"), long_name);
  ui_test_wait_frame (GTK_WIDGET (fixture->panel->actor_view));
  label = find_name_label (fixture, long_name);
  g_assert_nonnull (label);
  g_assert_true (query_tooltip (label));
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

  ADD_TEST ("empty-placeholders", test_empty_placeholders);
  ADD_TEST ("rows-after-idle-work", test_rows_after_idle_work);
  ADD_TEST ("rows-after-deferral", test_rows_after_deferral);
  ADD_TEST ("import-lists-actors-and-positions", test_import_lists_actors_and_positions);
  ADD_TEST ("import-undo-redo", test_import_undo_redo);
  ADD_TEST ("reject-greys-and-weakens", test_reject_greys_and_weakens);
  ADD_TEST ("rename-actor", test_rename_actor);
  ADD_TEST ("filter-actors", test_filter_actors);
  ADD_TEST ("position-shows-evidence", test_position_shows_evidence);
  ADD_TEST ("reanalyse-keeps-decisions", test_reanalyse_keeps_decisions);
  ADD_TEST ("reanalyse-cancel", test_reanalyse_cancel);
  ADD_TEST ("add-position", test_add_position);
  ADD_TEST ("add-alias-reanalyses", test_add_alias_reanalyses);
  ADD_TEST ("add-actor-reanalyses", test_add_actor_reanalyses);
  ADD_TEST ("merge-actor", test_merge_actor);
  ADD_TEST ("filter-positions-by-sign", test_filter_positions_by_sign);
  ADD_TEST ("mentions-undo", test_mentions_undo);
  ADD_TEST ("camp-dot-follows-palette", test_camp_dot_follows_palette);
  ADD_TEST ("name-tooltips", test_name_tooltips);
  ADD_TEST ("position-item-update", test_position_item_update);

  return g_test_run ();
}
