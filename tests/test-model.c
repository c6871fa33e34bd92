/* test-model.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-core.h"

typedef struct
{
  EntProject *project;
  guint       changed;
} Fixture;

static void
changed_cb (EntProject *project,
            Fixture    *fixture)
{
  fixture->changed++;
}

static EntActor *
add_actor (EntProject   *project,
           const char   *id,
           const char   *name,
           EntActorKind  kind)
{
  g_autoptr(EntActor) actor = ent_actor_new (id, name, kind);

  ent_project_add_actor (project, actor);
  return actor;
}

static EntStatement *
add_statement (EntProject *project,
               const char *id,
               const char *source,
               int         sign,
               const char *target,
               const char *document)
{
  g_autoptr(EntStatement) st = ent_statement_new (id, source, sign, target);

  if (document)
    ent_statement_set_evidence (st, document, 0, 5, 0, 2);
  ent_project_add_statement (project, st);
  return st;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(EntDocument) doc = ent_document_new ("doc-1", "Russia and Iran back Syria.");

  fixture->project = ent_project_new ();
  ent_project_add_document (fixture->project, doc);
  add_actor (fixture->project, "RUS", "Russia", ENT_ACTOR_KIND_STATE);
  add_actor (fixture->project, "IRN", "Iran", ENT_ACTOR_KIND_STATE);
  add_actor (fixture->project, "SYR", "Syria", ENT_ACTOR_KIND_STATE);
  add_actor (fixture->project, "USA", "United States", ENT_ACTOR_KIND_STATE);
  add_statement (fixture->project, "st-1", "RUS", 1, "SYR", "doc-1");
  add_statement (fixture->project, "st-2", "IRN", 1, "SYR", "doc-1");
  add_statement (fixture->project, "st-3", "USA", -1, "SYR", "doc-1");
  ent_project_clear_history (fixture->project);
  g_signal_connect (fixture->project, "changed", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->project);
}

/* Checks that undo restores @before and redo restores @after, each with
 * exactly one change signal. */
typedef char *(*Snapshot) (EntProject *project);

static char *
snapshot (EntProject *project)
{
  GString *s = g_string_new (NULL);
  GListModel *lists[] = {
    ent_project_get_documents (project),
    ent_project_get_actors (project),
    ent_project_get_statements (project),
  };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);

          if (ENT_IS_DOCUMENT (item))
            g_string_append_printf (s, "D:%s ", ent_document_get_id (ENT_DOCUMENT (item)));
          else if (ENT_IS_ACTOR (item))
            {
              EntActor *a = ENT_ACTOR (item);
              g_autofree char *aliases = g_strjoinv ("|", (char **)ent_actor_get_aliases (a));

              g_string_append_printf (s, "A:%s=%s/%d/%s/%s/%s/%g,%g,%d/%u ", ent_actor_get_id (a),
                                      ent_actor_get_name (a), ent_actor_get_kind (a),
                                      ent_actor_get_affiliation (a), ent_actor_get_color (a),
                                      aliases, ent_actor_get_x (a), ent_actor_get_y (a),
                                      ent_actor_get_pinned (a), ent_actor_get_mentions (a));
            }
          else
            {
              EntStatement *st = ENT_STATEMENT (item);

              g_string_append_printf (s, "S:%s=%s%+d%s/%d ", ent_statement_get_id (st),
                                      ent_statement_get_source (st), ent_statement_get_sign (st),
                                      ent_statement_get_target (st), ent_statement_get_state (st));
            }
        }
      g_string_append (s, "| ");
    }
  return g_string_free (s, FALSE);
}

static void
check_undo_redo (Fixture    *fixture,
                 const char *before,
                 const char *after)
{
  g_autofree char *now = snapshot (fixture->project);
  guint changed = fixture->changed;

  g_assert_cmpstr (now, ==, after);
  g_assert_cmpstr (before, !=, after);
  g_assert_true (ent_project_get_modified (fixture->project));
  g_assert_true (ent_project_get_can_undo (fixture->project));

  g_assert_true (ent_project_undo (fixture->project));
  g_assert_cmpuint (fixture->changed, ==, changed + 1);
  g_free (now);
  now = snapshot (fixture->project);
  g_assert_cmpstr (now, ==, before);
  g_assert_false (ent_project_get_modified (fixture->project));
  g_assert_true (ent_project_get_can_redo (fixture->project));

  g_assert_true (ent_project_redo (fixture->project));
  g_assert_cmpuint (fixture->changed, ==, changed + 2);
  g_free (now);
  now = snapshot (fixture->project);
  g_assert_cmpstr (now, ==, after);
  g_assert_true (ent_project_get_modified (fixture->project));
  g_assert_false (ent_project_get_can_redo (fixture->project));

  /* The lookups follow the lists through undo and redo. */
  for (guint i = 0; i < ent_project_get_n_actors (fixture->project); i++)
    {
      g_autoptr(EntActor) a = g_list_model_get_item (ent_project_get_actors (fixture->project), i);
      g_assert_true (ent_project_lookup_actor (fixture->project, ent_actor_get_id (a)) == a);
    }
}

static void
test_add_remove_document (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *before = snapshot (fixture->project);
  g_autofree char *after = NULL;
  g_autoptr(EntDocument) doc = ent_document_new ("doc-2", "Another article.");
  EntDocument *first = ent_project_lookup_document (fixture->project, "doc-1");

  ent_project_add_document (fixture->project, doc);
  g_assert_cmpuint (fixture->changed, ==, 1);
  after = snapshot (fixture->project);
  g_assert_true (ent_project_lookup_document (fixture->project, "doc-2") == doc);
  check_undo_redo (fixture, before, after);

  /* Removing a document takes its statements along, in one step. */
  g_free (before);
  ent_project_mark_saved (fixture->project);
  before = snapshot (fixture->project);
  ent_project_remove_document (fixture->project, first);
  g_assert_cmpuint (ent_project_get_n_statements (fixture->project), ==, 0);
  g_assert_null (ent_project_lookup_document (fixture->project, "doc-1"));
  g_free (after);
  after = snapshot (fixture->project);
  check_undo_redo (fixture, before, after);
  g_assert_true (ent_project_undo (fixture->project));
  g_assert_cmpuint (ent_project_get_n_statements (fixture->project), ==, 3);
}

static void
test_actor_edits (Fixture       *fixture,
                  gconstpointer  data)
{
  EntActor *usa = ent_project_lookup_actor (fixture->project, "USA");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  struct { const char *what; } steps[] = { { "rename" }, { "color" }, { "kind" }, { "alias" }, { "move" }, { "add" } };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_clear_pointer (&before, g_free);
      g_clear_pointer (&after, g_free);
      ent_project_mark_saved (fixture->project);
      before = snapshot (fixture->project);

      if (i == 0)
        ent_project_rename_actor (fixture->project, usa, "United States of America");
      else if (i == 1)
        ent_project_set_actor_color (fixture->project, usa, "#3584e4");
      else if (i == 2)
        ent_project_set_actor_kind (fixture->project, usa, ENT_ACTOR_KIND_ORGANISATION);
      else if (i == 3)
        ent_project_add_actor_alias (fixture->project, usa, "Washington");
      else if (i == 4)
        ent_project_move_actor (fixture->project, usa, 120.5, -40, TRUE);
      else
        add_actor (fixture->project, "biden", "Joe Biden", ENT_ACTOR_KIND_PERSON);

      after = snapshot (fixture->project);
      check_undo_redo (fixture, before, after);
    }

  g_assert_cmpstr (ent_actor_get_name (usa), ==, "United States of America");
  g_assert_cmpstr (ent_actor_get_color (usa), ==, "#3584e4");
  g_assert_true (ent_actor_has_alias (usa, "Washington"));
  g_assert_true (ent_actor_get_pinned (usa));
  g_assert_cmpfloat (ent_actor_get_x (usa), ==, 120.5);

  /* An edit that changes nothing records nothing. */
  ent_project_mark_saved (fixture->project);
  ent_project_rename_actor (fixture->project, usa, "United States of America");
  g_assert_false (ent_project_get_modified (fixture->project));
  g_assert_cmpstr (ent_project_get_undo_label (fixture->project), ==, "Add Actor");
}

static void
test_merge_actors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  EntActor *putin = add_actor (fixture->project, "putin", "Vladimir Putin", ENT_ACTOR_KIND_PERSON);
  EntActor *kremlin = add_actor (fixture->project, "kremlin", "Kremlin", ENT_ACTOR_KIND_ORGANISATION);
  EntActor *russia = ent_project_lookup_actor (fixture->project, "RUS");
  EntStatement *st;

  ent_project_set_actor_affiliation (fixture->project, putin, "kremlin");
  ent_project_add_actor_alias (fixture->project, kremlin, "the Kremlin");
  add_statement (fixture->project, "st-4", "kremlin", -1, "USA", NULL);
  add_statement (fixture->project, "st-5", "kremlin", 1, "RUS", NULL);
  ent_project_clear_history (fixture->project);

  before = snapshot (fixture->project);
  ent_project_merge_actors (fixture->project, kremlin, russia);
  after = snapshot (fixture->project);

  g_assert_null (ent_project_lookup_actor (fixture->project, "kremlin"));
  st = ent_project_lookup_statement (fixture->project, "st-4");
  g_assert_cmpstr (ent_statement_get_source (st), ==, "RUS");
  /* kremlin -> RUS became RUS -> RUS: meaningless, so removed. */
  g_assert_null (ent_project_lookup_statement (fixture->project, "st-5"));
  g_assert_cmpstr (ent_actor_get_affiliation (putin), ==, "RUS");
  g_assert_true (ent_actor_has_alias (russia, "Kremlin"));
  g_assert_true (ent_actor_has_alias (russia, "the Kremlin"));
  g_assert_cmpstr (ent_project_get_undo_label (fixture->project), ==, "Merge Actors");

  check_undo_redo (fixture, before, after);
}

static void
test_remove_actor (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  EntActor *assad = add_actor (fixture->project, "assad", "Bashar al-Assad", ENT_ACTOR_KIND_PERSON);
  EntActor *syria = ent_project_lookup_actor (fixture->project, "SYR");

  ent_project_set_actor_affiliation (fixture->project, assad, "SYR");
  ent_project_clear_history (fixture->project);
  fixture->changed = 0;
  before = snapshot (fixture->project);

  ent_project_remove_actor (fixture->project, syria);
  g_assert_cmpuint (fixture->changed, ==, 1);
  g_assert_cmpuint (ent_project_get_n_statements (fixture->project), ==, 0);
  g_assert_null (ent_actor_get_affiliation (assad));
  after = snapshot (fixture->project);
  check_undo_redo (fixture, before, after);
}

static void
test_statement_edits (Fixture       *fixture,
                      gconstpointer  data)
{
  EntStatement *st = ent_project_lookup_statement (fixture->project, "st-3");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  for (guint i = 0; i < 5; i++)
    {
      g_clear_pointer (&before, g_free);
      g_clear_pointer (&after, g_free);
      ent_project_mark_saved (fixture->project);
      before = snapshot (fixture->project);

      if (i == 0)
        ent_project_reject_statement (fixture->project, st);
      else if (i == 1)
        ent_project_accept_statement (fixture->project, st);
      else if (i == 2)
        ent_project_flip_statement (fixture->project, st);
      else if (i == 3)
        add_statement (fixture->project, "st-9", "RUS", -1, "USA", NULL);
      else
        ent_project_remove_statement (fixture->project, st);

      after = snapshot (fixture->project);
      check_undo_redo (fixture, before, after);
    }
  g_assert_null (ent_project_lookup_statement (fixture->project, "st-3"));
  g_assert_true (ent_project_undo (fixture->project));
  st = ent_project_lookup_statement (fixture->project, "st-3");
  g_assert_cmpint (ent_statement_get_sign (st), ==, 1);
}

static void
test_groups_and_history (Fixture       *fixture,
                         gconstpointer  data)
{
  EntActor *usa = ent_project_lookup_actor (fixture->project, "USA");
  EntActor *iran = ent_project_lookup_actor (fixture->project, "IRN");

  g_assert_false (ent_project_get_can_undo (fixture->project));
  g_assert_false (ent_project_get_modified (fixture->project));

  ent_project_begin_group (fixture->project, "Delete Selection");
  ent_project_remove_actor (fixture->project, usa);
  ent_project_remove_actor (fixture->project, iran);
  g_assert_cmpuint (fixture->changed, ==, 0);
  ent_project_end_group (fixture->project);
  g_assert_cmpuint (fixture->changed, ==, 1);
  g_assert_cmpstr (ent_project_get_undo_label (fixture->project), ==, "Delete Selection");
  g_assert_cmpuint (ent_project_get_n_actors (fixture->project), ==, 2);

  g_assert_true (ent_project_undo (fixture->project));
  g_assert_cmpuint (ent_project_get_n_actors (fixture->project), ==, 4);
  g_assert_cmpuint (ent_project_get_n_statements (fixture->project), ==, 3);
  g_assert_false (ent_project_undo (fixture->project));

  /* A new edit after an undo drops the redo stack; the saved state can no
   * longer be reached, so the project stays modified. */
  g_assert_true (ent_project_redo (fixture->project));
  ent_project_mark_saved (fixture->project);
  g_assert_true (ent_project_undo (fixture->project));
  g_assert_true (ent_project_get_modified (fixture->project));
  ent_project_rename_actor (fixture->project, usa, "USA");
  g_assert_false (ent_project_get_can_redo (fixture->project));
  g_assert_true (ent_project_get_modified (fixture->project));
}

static void
test_new_ids (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *a = ent_project_dup_new_id (fixture->project, "doc");
  g_autofree char *b = ent_project_dup_new_id (fixture->project, "doc");

  /* doc-1 exists, and two calls never return the same id. */
  g_assert_cmpstr (a, ==, "doc-2");
  g_assert_cmpstr (b, ==, "doc-3");
}

static void
test_duplicates (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(EntDocument) same_text = ent_document_new ("doc-7", "Russia and Iran back Syria.");
  g_autoptr(EntDocument) other = ent_document_new ("doc-8", "Something else entirely.");
  g_autoptr(EntDocument) same_url = ent_document_new ("doc-9", "Different text.");
  g_autoptr(EntDocument) with_url = ent_document_new ("doc-10", "Text with a link.");

  g_autoptr(EntDocument) same_size = ent_document_new ("doc-11", "Russia and Iran back Sudan.");
  g_autoptr(EntDocument) taken = ent_document_new_take ("doc-12", g_strdup ("Five."));

  /* The size, which the search compares first, is kept, not counted. */
  g_assert_cmpuint (ent_document_get_size (same_text), ==, strlen ("Russia and Iran back Syria."));
  g_assert_cmpuint (ent_document_get_size (taken), ==, 5);
  g_assert_nonnull (ent_project_find_duplicate (fixture->project, same_text));
  g_assert_null (ent_project_find_duplicate (fixture->project, other));
  g_assert_null (ent_project_find_duplicate (fixture->project, same_size));

  ent_document_set_url (with_url, "https://example.org/a");
  ent_project_add_document (fixture->project, with_url);
  ent_document_set_url (same_url, "https://example.org/a");
  g_assert_true (ent_project_find_duplicate (fixture->project, same_url) == with_url);

  /* Articles removed, and brought back by undo, are found or not as the
   * project holds them; two of the same size are told apart by text. */
  ent_project_add_document (fixture->project, same_size);
  g_assert_true (ent_project_find_duplicate (fixture->project, same_text) != same_size);
  g_assert_nonnull (ent_project_find_duplicate (fixture->project, same_text));
  {
    EntDocument *original = ent_project_find_duplicate (fixture->project, same_text);

    ent_project_remove_document (fixture->project, original);
    g_assert_null (ent_project_find_duplicate (fixture->project, same_text));
    g_assert_true (ent_project_find_duplicate (fixture->project, same_size) == NULL);
    ent_project_undo (fixture->project);
    g_assert_true (ent_project_find_duplicate (fixture->project, same_text) == original);
  }
}

static void
test_document_spans (void)
{
  g_autoptr(EntDocument) doc = ent_document_new ("d", "Aé😀 Syria");
  g_autofree char *span = ent_document_dup_span (doc, 4, 9);

  g_assert_cmpint (ent_document_get_length (doc), ==, 9);
  g_assert_cmpstr (span, ==, "Syria");
  g_assert_null (ent_document_dup_span (doc, 4, 10));
  g_assert_null (ent_document_dup_span (doc, 5, 4));
}

static void
count_notify (guint *count)
{
  (*count)++;
}

/* A project recovered from an autosave differs from its file in every
 * state of its history, until it is saved. */
static void
test_mark_unsaved (Fixture       *fixture,
                   gconstpointer  data)
{
  EntActor *usa = ent_project_lookup_actor (fixture->project, "USA");
  guint notified = 0;

  ent_project_mark_saved (fixture->project);
  g_assert_false (ent_project_get_modified (fixture->project));
  g_signal_connect_swapped (fixture->project, "notify::modified",
                            G_CALLBACK (count_notify), &notified);

  ent_project_mark_unsaved (fixture->project);
  g_assert_true (ent_project_get_modified (fixture->project));
  g_assert_cmpuint (notified, ==, 1);

  ent_project_rename_actor (fixture->project, usa, "America");
  g_assert_true (ent_project_get_modified (fixture->project));
  g_assert_true (ent_project_undo (fixture->project));
  g_assert_true (ent_project_get_modified (fixture->project));
  g_assert_true (ent_project_redo (fixture->project));
  g_assert_true (ent_project_get_modified (fixture->project));

  ent_project_mark_saved (fixture->project);
  g_assert_false (ent_project_get_modified (fixture->project));
  g_assert_true (ent_project_undo (fixture->project));
  g_assert_true (ent_project_get_modified (fixture->project));
  g_signal_handlers_disconnect_by_func (fixture->project, count_notify, &notified);
}

/* The project counts each document's statements through every edit,
 * undo and redo, and a file load. */
static void
test_document_statement_counts (Fixture       *fixture,
                                gconstpointer  data)
{
  EntProject *project = fixture->project;
  g_autoptr(EntDocument) doc2 = ent_document_new ("doc-2", "Iran backs Syria.");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(EntProject) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (ent_project_count_document_statements (project, "doc-1"), ==, 3);
  g_assert_cmpuint (ent_project_count_document_statements (project, "doc-2"), ==, 0);

  ent_project_add_document (project, doc2);
  add_statement (project, "st-4", "IRN", 1, "SYR", "doc-2");
  add_statement (project, "st-5", "RUS", 1, "IRN", NULL);
  g_assert_cmpuint (ent_project_count_document_statements (project, "doc-2"), ==, 1);
  ent_project_remove_statement (project, ent_project_lookup_statement (project, "st-1"));
  g_assert_cmpuint (ent_project_count_document_statements (project, "doc-1"), ==, 2);
  ent_project_remove_document (project, ent_project_lookup_document (project, "doc-1"));
  g_assert_cmpuint (ent_project_count_document_statements (project, "doc-1"), ==, 0);

  g_assert_true (ent_project_undo (project));
  g_assert_cmpuint (ent_project_count_document_statements (project, "doc-1"), ==, 2);
  g_assert_true (ent_project_undo (project));
  g_assert_cmpuint (ent_project_count_document_statements (project, "doc-1"), ==, 3);
  g_assert_true (ent_project_redo (project));
  g_assert_true (ent_project_redo (project));
  g_assert_cmpuint (ent_project_count_document_statements (project, "doc-1"), ==, 0);
  g_assert_cmpuint (ent_project_count_document_statements (project, "doc-2"), ==, 1);

  g_assert_true (ent_project_undo (project));
  bytes = ent_project_file_serialize (project);
  loaded = ent_project_file_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ent_project_count_document_statements (loaded, "doc-1"), ==, 2);
  g_assert_cmpuint (ent_project_count_document_statements (loaded, "doc-2"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/entente/model/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("documents", test_add_remove_document);
  ADD ("actor-edits", test_actor_edits);
  ADD ("merge-actors", test_merge_actors);
  ADD ("remove-actor", test_remove_actor);
  ADD ("statement-edits", test_statement_edits);
  ADD ("groups-and-history", test_groups_and_history);
  ADD ("new-ids", test_new_ids);
  ADD ("duplicates", test_duplicates);
  ADD ("mark-unsaved", test_mark_unsaved);
  ADD ("document-statement-counts", test_document_statement_counts);
  g_test_add_func ("/entente/model/document-spans", test_document_spans);

  return g_test_run ();
}
