/* test-project-view.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-core.h"

/* Three articles, dated 3, 1 and 2 March (in that order in the project),
 * each with one position: RUS supports SYR on 3 March, USA opposes SYR on
 * 1 March, IRN supports SYR on 2 March. */
static const struct { const char *id; int day; const char *source; int sign; } fixture[] = {
  { "doc-a", 3, "RUS", 1 },
  { "doc-b", 1, "USA", -1 },
  { "doc-c", 2, "IRN", 1 },
};

static GDateTime *
march (int day,
       int hour)
{
  return g_date_time_new_utc (2024, 3, day, hour, 0, 0);
}

static EntProject *
new_project (void)
{
  EntProject *project = ent_project_new ();
  const char *actors[] = { "RUS", "USA", "IRN", "SYR" };

  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      g_autoptr(EntActor) actor = ent_actor_new (actors[i], actors[i], ENT_ACTOR_KIND_STATE);

      ent_project_add_actor (project, actor);
    }
  for (guint i = 0; i < G_N_ELEMENTS (fixture); i++)
    {
      g_autoptr(EntDocument) document = ent_document_new (fixture[i].id, "Some text.");
      g_autoptr(GDateTime) date = march (fixture[i].day, 12);
      g_autofree char *st_id = g_strdup_printf ("st-%u", i);
      g_autoptr(EntStatement) st = ent_statement_new (st_id, fixture[i].source, fixture[i].sign,
                                                      "SYR");

      ent_document_set_published (document, date);
      ent_project_add_document (project, document);
      ent_statement_set_evidence (st, fixture[i].id, 0, 10, 0, 4);
      ent_project_add_statement (project, st);
    }
  ent_project_clear_history (project);
  return project;
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

static void
test_move_document (void)
{
  g_autoptr(EntProject) project = new_project ();

  ent_project_move_document (project, ent_project_lookup_document (project, "doc-c"), 0);
  assert_order (project, "doc-c doc-a doc-b");
  g_assert_cmpstr (ent_project_get_undo_label (project), ==, "Move Article");
  g_assert_nonnull (ent_project_lookup_document (project, "doc-c"));

  ent_project_move_document (project, ent_project_lookup_document (project, "doc-c"), 99);
  assert_order (project, "doc-a doc-b doc-c");

  g_assert_true (ent_project_undo (project));
  assert_order (project, "doc-c doc-a doc-b");
  g_assert_true (ent_project_undo (project));
  assert_order (project, "doc-a doc-b doc-c");
  g_assert_false (ent_project_get_can_undo (project));
  g_assert_true (ent_project_redo (project));
  assert_order (project, "doc-c doc-a doc-b");
}

static void
test_sort_by_date (void)
{
  g_autoptr(EntProject) project = new_project ();
  g_autoptr(EntDocument) undated = ent_document_new ("doc-u", "Undated.");

  ent_project_add_document (project, undated);
  ent_project_move_document (project, undated, 0);
  assert_order (project, "doc-u doc-a doc-b doc-c");

  ent_project_sort_documents_by_date (project);
  assert_order (project, "doc-b doc-c doc-a doc-u");
  g_assert_cmpstr (ent_project_get_undo_label (project), ==, "Sort Articles by Date");

  ent_project_undo (project);
  assert_order (project, "doc-u doc-a doc-b doc-c");
}

static void
test_date_range_network (void)
{
  g_autoptr(EntProject) project = new_project ();
  g_autoptr(EntNetwork) network = ent_network_new (project, ENT_NETWORK_LEVEL_STATE);
  g_autoptr(GDateTime) from = march (1, 0);
  g_autoptr(GDateTime) to = march (2, 23);
  g_autoptr(EntStatement) manual = ent_statement_new ("st-m", "RUS", -1, "USA");
  EntProjectView *view = ent_project_get_view (project);

  g_assert_cmpuint (ent_network_get_n_ties (network), ==, 3);
  g_assert_true (ent_project_document_in_range (project, ent_project_lookup_document (project, "doc-a")));

  ent_project_set_date_range (project, from, to);
  g_assert_true (ent_project_view_has_range (view));
  g_assert_true (ent_project_get_modified (project));
  /* RUS→SYR of 3 March is out; the two earlier ties stay. */
  g_assert_cmpuint (ent_network_get_n_ties (network), ==, 2);
  g_assert_cmpint (ent_network_find_tie (network, ent_network_find_node (network, "RUS"),
                                         ent_network_find_node (network, "SYR")), <, 0);
  g_assert_false (ent_project_document_in_range (project, ent_project_lookup_document (project, "doc-a")));

  /* A manual position belongs to no article and always counts. */
  ent_project_add_statement (project, manual);
  g_assert_cmpuint (ent_network_get_n_ties (network), ==, 3);
  ent_project_undo (project);

  /* The same range again is no edit. */
  ent_project_set_date_range (project, from, to);
  ent_project_undo (project);
  g_assert_false (ent_project_view_has_range (view));
  g_assert_cmpuint (ent_network_get_n_ties (network), ==, 3);
  ent_project_redo (project);
  g_assert_cmpuint (ent_network_get_n_ties (network), ==, 2);

  ent_project_set_date_range (project, NULL, NULL);
  g_assert_cmpstr (ent_project_get_undo_label (project), ==, "Show All Dates");
  g_assert_cmpuint (ent_network_get_n_ties (network), ==, 3);
}

static void
test_date_range_file (void)
{
  g_autoptr(EntProject) project = new_project ();
  g_autoptr(GDateTime) from = march (2, 0);
  g_autoptr(EntProject) loaded = NULL;
  g_autoptr(EntProject) plain = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  EntProjectView *view;
  const char *data;
  gsize size;

  bytes = ent_project_file_serialize (project);
  data = g_bytes_get_data (bytes, &size);
  text = g_strndup (data, size);
  g_assert_null (strstr (text, "\"view\""));
  plain = ent_project_file_load_data (text, strlen (text), &error);
  g_assert_no_error (error);
  g_assert_false (ent_project_view_has_range (ent_project_get_view (plain)));

  ent_project_move_document (project, ent_project_lookup_document (project, "doc-c"), 0);
  ent_project_set_date_range (project, from, NULL);
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&text, g_free);
  bytes = ent_project_file_serialize (project);
  data = g_bytes_get_data (bytes, &size);
  text = g_strndup (data, size);
  loaded = ent_project_file_load_data (text, strlen (text), &error);
  g_assert_no_error (error);

  view = ent_project_get_view (loaded);
  g_assert_nonnull (ent_project_view_get_date_from (view));
  g_assert_true (g_date_time_equal (ent_project_view_get_date_from (view), from));
  g_assert_null (ent_project_view_get_date_to (view));
  g_assert_false (ent_project_get_can_undo (loaded));
  assert_order (loaded, "doc-c doc-a doc-b");
}

static void
test_date_range_bad_file (void)
{
  const char *text = "{\"format\": \"entente-project\", \"version\": 1, "
                     "\"view\": {\"date_from\": \"last spring\"}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(EntProject) project = ent_project_file_load_data (text, strlen (text), &error);

  g_assert_null (project);
  g_assert_error (error, ENT_PROJECT_FILE_ERROR, ENT_PROJECT_FILE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "view.date_from"));
}

static void
test_mentions_undo (void)
{
  g_autoptr(EntProject) project = new_project ();
  EntActor *rus = ent_project_lookup_actor (project, "RUS");

  ent_project_begin_group (project, "Import");
  ent_project_set_actor_mentions (project, rus, 7);
  ent_project_end_group (project);
  g_assert_cmpuint (ent_actor_get_mentions (rus), ==, 7);
  g_assert_cmpstr (ent_project_get_undo_label (project), ==, "Import");

  ent_project_undo (project);
  g_assert_cmpuint (ent_actor_get_mentions (rus), ==, 0);
  ent_project_redo (project);
  g_assert_cmpuint (ent_actor_get_mentions (rus), ==, 7);
}

static void
test_view_finalized (void)
{
  EntProject *project = new_project ();
  g_autoptr(GDateTime) from = march (2, 0);
  EntProjectView *view = ent_project_get_view (project);

  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);
  ent_project_set_date_range (project, from, NULL);
  /* The history refers to the view, never to the project. */
  g_assert_finalize_object (project);
  g_assert_null (view);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entente/project-view/move-document", test_move_document);
  g_test_add_func ("/entente/project-view/sort-by-date", test_sort_by_date);
  g_test_add_func ("/entente/project-view/date-range-network", test_date_range_network);
  g_test_add_func ("/entente/project-view/date-range-file", test_date_range_file);
  g_test_add_func ("/entente/project-view/date-range-bad-file", test_date_range_bad_file);
  g_test_add_func ("/entente/project-view/mentions-undo", test_mentions_undo);
  g_test_add_func ("/entente/project-view/view-finalized", test_view_finalized);

  return g_test_run ();
}
