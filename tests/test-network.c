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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entente/network/seed-story", test_seed_story);
  g_test_add_func ("/entente/network/actor-level-and-rejected", test_actor_level_and_rejected);
  g_test_add_func ("/entente/network/json", test_json);
  g_test_add_func ("/entente/network/empty", test_empty);

  return g_test_run ();
}
