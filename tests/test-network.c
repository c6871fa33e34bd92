/* test-network.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-core.h"
#include "ent-json.h"

static void
add_actor (EntProject   *project,
           const char   *id,
           EntActorKind  kind,
           const char   *affiliation,
           guint         mentions)
{
  g_autoptr(EntActor) actor = ent_actor_new (id, id, kind);

  ent_actor_set_affiliation (actor, affiliation);
  ent_actor_set_mentions (actor, mentions);
  ent_project_add_actor (project, actor);
}

static void
add_statement (EntProject *project,
               const char *source,
               int         sign,
               const char *target)
{
  g_autofree char *id = ent_project_dup_new_id (project, "st");
  g_autoptr(EntStatement) st = ent_statement_new (id, source, sign, target);

  ent_statement_set_evidence (st, "doc-1", 0, 10, 0, 4);
  ent_project_add_statement (project, st);
}

/* The seed story: Russia and Iran back Syria's government, the United
 * States opposes it, Russia and Iran criticise the United States. */
static EntProject *
seed_project (void)
{
  EntProject *project = ent_project_new ();
  g_autoptr(EntDocument) doc = ent_document_new ("doc-1", "Russia and Iran back Syria's government.");

  ent_project_add_document (project, doc);
  add_actor (project, "RUS", ENT_ACTOR_KIND_STATE, NULL, 3);
  add_actor (project, "IRN", ENT_ACTOR_KIND_STATE, NULL, 2);
  add_actor (project, "SYR", ENT_ACTOR_KIND_STATE, NULL, 2);
  add_actor (project, "USA", ENT_ACTOR_KIND_STATE, NULL, 2);
  add_actor (project, "putin", ENT_ACTOR_KIND_PERSON, "RUS", 4);
  add_actor (project, "NOR", ENT_ACTOR_KIND_STATE, NULL, 1);
  add_statement (project, "putin", 1, "SYR");
  add_statement (project, "IRN", 1, "SYR");
  add_statement (project, "USA", -1, "SYR");
  add_statement (project, "RUS", -1, "USA");
  add_statement (project, "IRN", -1, "USA");
  add_statement (project, "putin", 1, "RUS");
  return project;
}

static int
camp_of (EntNetwork *network,
         const char *id)
{
  int index = ent_network_find_node (network, id);

  g_assert_cmpint (index, >=, 0);
  return ent_network_get_node (network, index)->camp;
}

static void
test_seed_story (void)
{
  g_autoptr(EntProject) project = seed_project ();
  g_autoptr(EntNetwork) network = ent_network_new (project, ENT_NETWORK_LEVEL_STATE);

  /* Putin folds into Russia; his tie to Russia is a self-tie and vanishes. */
  g_assert_cmpuint (ent_network_get_n_nodes (network), ==, 5);
  g_assert_cmpint (ent_network_find_node (network, "putin"), ==, -1);
  g_assert_cmpuint (ent_network_get_node (network, ent_network_find_node (network, "RUS"))->mentions, ==, 7);
  g_assert_cmpuint (ent_network_get_n_ties (network), ==, 5);

  g_assert_cmpuint (ent_network_get_n_camps (network), ==, 2);
  g_assert_cmpint (camp_of (network, "RUS"), ==, 0);
  g_assert_cmpint (camp_of (network, "IRN"), ==, 0);
  g_assert_cmpint (camp_of (network, "SYR"), ==, 0);
  g_assert_cmpint (camp_of (network, "USA"), ==, 1);
  g_assert_cmpint (camp_of (network, "NOR"), ==, ENT_NETWORK_NO_CAMP);
  g_assert_cmpfloat (ent_network_get_frustration (network), ==, 0);
}

static void
test_actor_level_and_rejected (void)
{
  g_autoptr(EntProject) project = seed_project ();
  g_autoptr(EntNetwork) network = NULL;
  EntStatement *st = ent_project_lookup_statement (project, "st-3");

  ent_project_reject_statement (project, st);
  network = ent_network_new (project, ENT_NETWORK_LEVEL_ACTOR);
  g_assert_cmpuint (ent_network_get_n_nodes (network), ==, 6);
  g_assert_cmpint (ent_network_find_node (network, "putin"), >=, 0);
  /* putin–SYR, IRN–SYR, RUS–USA, IRN–USA, putin–RUS; USA–SYR was rejected. */
  g_assert_cmpuint (ent_network_get_n_ties (network), ==, 5);
}

static void
test_json (void)
{
  g_autoptr(EntProject) project = seed_project ();
  g_autoptr(EntNetwork) network = ent_network_new (project, ENT_NETWORK_LEVEL_STATE);
  g_autoptr(GBytes) bytes = ent_network_json_serialize (network, project);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntJsonNode) root = ent_json_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  EntJsonNode *relations, *camps, *first, *evidence;

  g_assert_no_error (error);
  g_assert_cmpstr (ent_json_object_get (root, "format")->v.string, ==, "entente-network");
  g_assert_cmpuint (ent_json_object_get (root, "actors")->v.array->len, ==, 5);
  relations = ent_json_object_get (root, "relations");
  g_assert_cmpuint (relations->v.array->len, ==, 5);
  first = g_ptr_array_index (relations->v.array, 0);
  /* Ties are undirected with source < target in node (id) order. */
  g_assert_cmpstr (ent_json_object_get (first, "source")->v.string, ==, "IRN");
  g_assert_cmpstr (ent_json_object_get (first, "target")->v.string, ==, "SYR");
  evidence = g_ptr_array_index (ent_json_object_get (first, "evidence")->v.array, 0);
  g_assert_cmpstr (ent_json_object_get (evidence, "sentence")->v.string, ==, "Russia and");
  camps = ent_json_object_get (root, "camps");
  g_assert_cmpuint (camps->v.array->len, ==, 2);
  g_assert_true (ent_network_get_laid_out (network));
  g_assert_nonnull (ent_json_object_get (g_ptr_array_index (ent_json_object_get (root, "actors")->v.array, 0), "x"));
  g_assert_cmpuint (((EntJsonNode *)g_ptr_array_index (camps->v.array, 0))->v.array->len, ==, 3);
}

static void
test_empty (void)
{
  g_autoptr(EntProject) project = ent_project_new ();
  g_autoptr(EntNetwork) network = ent_network_new (project, ENT_NETWORK_LEVEL_STATE);

  g_assert_cmpuint (ent_network_get_n_nodes (network), ==, 0);
  g_assert_cmpuint (ent_network_get_n_camps (network), ==, 0);
}

static guint
count_changed (EntNetwork *network)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (network), "changed"));
}

static void
on_changed (EntNetwork *network,
            gpointer    user_data)
{
  g_object_set_data (G_OBJECT (network), "changed", GUINT_TO_POINTER (count_changed (network) + 1));
}

static const EntNetworkTie *
tie_between (EntNetwork *network,
             const char *a,
             const char *b)
{
  int index = ent_network_find_tie (network, ent_network_find_node (network, a),
                                    ent_network_find_node (network, b));

  return index >= 0 ? ent_network_get_tie (network, index) : NULL;
}

/* The network follows the project: one ::changed per edit, ties updated in
 * place, and undo gives back the network it had. */
static void
test_follows_project (void)
{
  g_autoptr(EntProject) project = seed_project ();
  g_autoptr(EntNetwork) network = ent_network_new (project, ENT_NETWORK_LEVEL_STATE);
  EntStatement *usa_syr = ent_project_lookup_statement (project, "st-3");

  g_signal_connect (network, "changed", G_CALLBACK (on_changed), NULL);

  /* Flipping USA–SYR puts the United States on Syria's side, against its
   * own oppositions to Russia and Iran. */
  ent_project_flip_statement (project, usa_syr);
  g_assert_cmpuint (count_changed (network), ==, 1);
  g_assert_cmpint (tie_between (network, "USA", "SYR")->sign, ==, 1);
  g_assert_cmpfloat (ent_network_get_frustration (network), >, 0);

  ent_project_reject_statement (project, usa_syr);
  g_assert_cmpuint (count_changed (network), ==, 2);
  g_assert_null (tie_between (network, "USA", "SYR"));
  g_assert_cmpuint (ent_network_get_n_ties (network), ==, 4);

  add_statement (project, "NOR", -1, "RUS");
  g_assert_cmpuint (count_changed (network), ==, 3);
  g_assert_cmpint (camp_of (network, "NOR"), ==, camp_of (network, "USA"));
  g_assert_cmpuint (ent_network_get_n_ties (network), ==, 5);

  /* A second statement on the same pair adds up in the same tie. */
  add_statement (project, "RUS", -1, "NOR");
  g_assert_cmpuint (tie_between (network, "NOR", "RUS")->statements->len, ==, 2);
  g_assert_cmpfloat (tie_between (network, "NOR", "RUS")->weight, ==, 2);

  while (ent_project_get_can_undo (project))
    ent_project_undo (project);
  g_assert_cmpuint (ent_network_get_n_ties (network), ==, 0);
  while (ent_project_get_can_redo (project))
    ent_project_redo (project);
  g_assert_cmpuint (ent_network_get_n_ties (network), ==, 5);
  g_assert_cmpint (tie_between (network, "NOR", "RUS")->sign, ==, -1);
}

/* Actor edits refold: giving Putin no affiliation makes him a node of his
 * own at state level (he is a person, not a state, so the chain stops). */
static void
test_actor_edits (void)
{
  g_autoptr(EntProject) project = seed_project ();
  g_autoptr(EntNetwork) network = ent_network_new (project, ENT_NETWORK_LEVEL_STATE);
  EntActor *putin = ent_project_lookup_actor (project, "putin");

  ent_project_set_actor_affiliation (project, putin, NULL);
  g_assert_cmpint (ent_network_find_node (network, "putin"), >=, 0);
  g_assert_cmpint (camp_of (network, "putin"), ==, camp_of (network, "SYR"));
  ent_project_remove_actor (project, ent_project_lookup_actor (project, "NOR"));
  g_assert_cmpint (ent_network_find_node (network, "NOR"), ==, -1);
  g_assert_cmpuint (ent_network_get_n_nodes (network), ==, 5);
}

static void
test_level_switching (void)
{
  g_autoptr(EntProject) project = seed_project ();
  g_autoptr(EntNetwork) network = ent_network_new (project, ENT_NETWORK_LEVEL_STATE);

  g_signal_connect (network, "changed", G_CALLBACK (on_changed), NULL);
  ent_network_set_level (network, ENT_NETWORK_LEVEL_ACTOR);
  g_assert_cmpuint (count_changed (network), ==, 1);
  g_assert_cmpuint (ent_network_get_n_nodes (network), ==, 6);
  g_assert_cmpuint (ent_network_get_n_ties (network), ==, 6);
  g_assert_cmpint (camp_of (network, "putin"), ==, camp_of (network, "RUS"));
  ent_network_set_level (network, ENT_NETWORK_LEVEL_STATE);
  g_assert_cmpuint (ent_network_get_n_nodes (network), ==, 5);
  g_assert_cmpuint (ent_network_get_n_ties (network), ==, 5);
  g_assert_cmpint (ent_network_find_node (network, "putin"), ==, -1);
  g_assert_cmpuint (count_changed (network), ==, 2);
}

static void
test_single_and_disconnected (void)
{
  g_autoptr(EntProject) project = ent_project_new ();
  g_autoptr(EntNetwork) network = NULL;

  add_actor (project, "FRA", ENT_ACTOR_KIND_STATE, NULL, 1);
  network = ent_network_new (project, ENT_NETWORK_LEVEL_STATE);
  g_assert_cmpuint (ent_network_get_n_nodes (network), ==, 1);
  g_assert_cmpuint (ent_network_get_n_camps (network), ==, 0);
  g_assert_cmpint (camp_of (network, "FRA"), ==, ENT_NETWORK_NO_CAMP);

  add_actor (project, "DEU", ENT_ACTOR_KIND_STATE, NULL, 1);
  add_actor (project, "POL", ENT_ACTOR_KIND_STATE, NULL, 1);
  add_actor (project, "ITA", ENT_ACTOR_KIND_STATE, NULL, 1);
  add_statement (project, "DEU", -1, "POL");
  g_assert_cmpuint (ent_network_get_n_camps (network), ==, 2);
  g_assert_cmpint (camp_of (network, "DEU"), !=, camp_of (network, "POL"));
  g_assert_cmpint (camp_of (network, "ITA"), ==, ENT_NETWORK_NO_CAMP);
  ent_network_layout (network, 1);
  g_assert_true (ent_network_get_laid_out (network));
}

static void
test_measures (void)
{
  g_autoptr(EntProject) project = seed_project ();
  g_autoptr(EntNetwork) network = ent_network_new (project, ENT_NETWORK_LEVEL_STATE);
  EntMeasures *measures = ent_network_get_measures (network);
  const EntNodeMeasures *syr = ent_measures_get_node (measures, ent_network_find_node (network, "SYR"));
  const EntNodeMeasures *usa = ent_measures_get_node (measures, ent_network_find_node (network, "USA"));
  const EntNodeMeasures *nor = ent_measures_get_node (measures, ent_network_find_node (network, "NOR"));
  const EntNodeMeasures *irn = ent_measures_get_node (measures, ent_network_find_node (network, "IRN"));

  g_assert_cmpuint (syr->allies, ==, 2);
  g_assert_cmpuint (syr->opponents, ==, 1);
  g_assert_cmpfloat (syr->weighted_degree, ==, 3);
  g_assert_cmpint (usa->camp, ==, 1);
  g_assert_cmpint (nor->camp, ==, ENT_NETWORK_NO_CAMP);
  g_assert_cmpfloat (nor->betweenness, ==, 0);
  /* The ties are RUS–SYR, IRN–SYR, USA–SYR, RUS–USA and IRN–USA: the only
   * pair not tied directly is RUS and IRN, whose two shortest paths run
   * through SYR and through USA. */
  g_assert_cmpfloat (irn->betweenness, ==, 0);
  g_assert_cmpfloat (syr->betweenness, >, 0);
  g_assert_cmpfloat_with_epsilon (syr->betweenness, 0.5 / 6, 1e-12);
  g_assert_cmpfloat_with_epsilon (usa->betweenness, 0.5 / 6, 1e-12);
}

/* Pinned actors keep their place in the layout and in the JSON; the others
 * get laid-out positions, the first camp to the left of the second. */
static void
test_positions (void)
{
  g_autoptr(EntProject) project = seed_project ();
  g_autoptr(EntNetwork) network = NULL;
  const EntNetworkNode *usa, *rus, *syr;

  ent_project_move_actor (project, ent_project_lookup_actor (project, "IRN"), 10, 20, TRUE);
  network = ent_network_new (project, ENT_NETWORK_LEVEL_STATE);
  ent_network_layout (network, 0);
  usa = ent_network_get_node (network, ent_network_find_node (network, "USA"));
  rus = ent_network_get_node (network, ent_network_find_node (network, "RUS"));
  syr = ent_network_get_node (network, ent_network_find_node (network, "SYR"));
  g_assert_cmpfloat (ent_network_get_node (network, ent_network_find_node (network, "IRN"))->x, ==, 10);
  g_assert_cmpfloat (ent_network_get_node (network, ent_network_find_node (network, "IRN"))->y, ==, 20);
  g_assert_cmpfloat (rus->x, <, usa->x);
  g_assert_cmpfloat (syr->x, <, usa->x);
}

/* New mention counts resize the nodes (a person's count goes to the state
 * it folds into) without folding the statements or finding the camps
 * again: an import changes them for every article. */
static void
test_mentions_only (void)
{
  g_autoptr(EntProject) project = seed_project ();
  g_autoptr(EntNetwork) network = ent_network_new (project, ENT_NETWORK_LEVEL_STATE);
  /* Held, so that new ones could not take their addresses. */
  EntCamps *camps = ent_camps_ref (ent_network_get_camps (network));
  EntSignedGraph *graph = ent_signed_graph_ref (ent_network_get_graph (network));
  int rus = ent_network_find_node (network, "RUS");

  g_signal_connect (network, "changed", G_CALLBACK (on_changed), NULL);
  ent_actor_set_mentions (ent_project_lookup_actor (project, "putin"), 10);
  ent_actor_set_mentions (ent_project_lookup_actor (project, "USA"), 5);
  ent_project_rename_actor (project, ent_project_lookup_actor (project, "NOR"), "Norway");

  g_assert_cmpuint (count_changed (network), ==, 1);
  g_assert_cmpuint (ent_network_get_node (network, rus)->mentions, ==, 13);
  g_assert_cmpuint (ent_network_get_node (network, ent_network_find_node (network, "USA"))->mentions, ==, 5);
  g_assert_true (ent_network_get_camps (network) == camps);
  g_assert_true (ent_network_get_graph (network) == graph);
  ent_camps_unref (camps);
  ent_signed_graph_unref (graph);

  /* A change of affiliation still folds everything again. */
  ent_project_set_actor_affiliation (project, ent_project_lookup_actor (project, "putin"), NULL);
  g_assert_cmpint (ent_network_find_node (network, "putin"), >=, 0);
  g_assert_cmpuint (ent_network_get_node (network, ent_network_find_node (network, "RUS"))->mentions, ==, 3);
  g_assert_cmpuint (ent_network_get_node (network, ent_network_find_node (network, "putin"))->mentions, ==, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entente/network/seed-story", test_seed_story);
  g_test_add_func ("/entente/network/actor-level-and-rejected", test_actor_level_and_rejected);
  g_test_add_func ("/entente/network/json", test_json);
  g_test_add_func ("/entente/network/empty", test_empty);
  g_test_add_func ("/entente/network/follows-project", test_follows_project);
  g_test_add_func ("/entente/network/actor-edits", test_actor_edits);
  g_test_add_func ("/entente/network/level-switching", test_level_switching);
  g_test_add_func ("/entente/network/single-and-disconnected", test_single_and_disconnected);
  g_test_add_func ("/entente/network/measures", test_measures);
  g_test_add_func ("/entente/network/positions", test_positions);
  g_test_add_func ("/entente/network/mentions-only", test_mentions_only);

  return g_test_run ();
}
