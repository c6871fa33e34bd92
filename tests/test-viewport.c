/* test-viewport.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "entente-core.h"
#include "ent-scene.h"
#include "ent-viewport.h"

/* The canvas's view maths without a window: zoom around a point, pan,
 * fit, hit-testing through the scene, and the selection set. */

static EntNetwork *
pinned_network (EntProject *project)
{
  static const struct { const char *id; double x, y; } actors[] = {
    { "IRN", 0, 0 }, { "RUS", 200, 0 }, { "USA", 100, 300 },
  };
  g_autoptr(EntStatement) st = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      g_autoptr(EntActor) actor = ent_actor_new (actors[i].id, actors[i].id, ENT_ACTOR_KIND_STATE);

      ent_actor_set_position (actor, actors[i].x, actors[i].y, TRUE);
      ent_project_add_actor (project, actor);
    }
  st = ent_statement_new ("st-1", "IRN", 1, "RUS");
  ent_project_add_statement (project, st);
  return ent_network_new (project, ENT_NETWORK_LEVEL_STATE);
}

static void
assert_point (EntViewport *viewport,
              double       wx,
              double       wy,
              double       vx,
              double       vy)
{
  double x, y;

  ent_viewport_to_view (viewport, wx, wy, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, vx, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, vy, 1e-9);
}

static void
test_zoom_at_point (void)
{
  g_autoptr(EntViewport) viewport = ent_viewport_new ();
  double wx, wy;

  ent_viewport_set_size (viewport, 800, 600);
  ent_viewport_set_offset (viewport, 40, -30);
  ent_viewport_to_world (viewport, 300, 200, &wx, &wy);
  ent_viewport_zoom_at (viewport, 2.5, 300, 200);
  g_assert_cmpfloat_with_epsilon (ent_viewport_get_zoom (viewport), 2.5, 1e-9);
  /* The world point under the pointer stays under it. */
  assert_point (viewport, wx, wy, 300, 200);

  ent_viewport_zoom_at (viewport, 1000, 10, 10);
  g_assert_cmpfloat (ent_viewport_get_zoom (viewport), ==, ENT_VIEWPORT_MAX_ZOOM);
  ent_viewport_zoom_at (viewport, 1e-6, 10, 10);
  g_assert_cmpfloat (ent_viewport_get_zoom (viewport), ==, ENT_VIEWPORT_MIN_ZOOM);
}

static void
test_pan (void)
{
  g_autoptr(EntViewport) viewport = ent_viewport_new ();
  cairo_rectangle_t visible;

  ent_viewport_set_size (viewport, 400, 300);
  ent_viewport_set_zoom (viewport, 2);
  ent_viewport_pan (viewport, 30, -20);
  assert_point (viewport, 0, 0, 30, -20);
  assert_point (viewport, 10, 10, 50, 0);
  ent_viewport_get_visible (viewport, &visible);
  g_assert_cmpfloat_with_epsilon (visible.x, -15, 1e-9);
  g_assert_cmpfloat_with_epsilon (visible.y, 10, 1e-9);
  g_assert_cmpfloat_with_epsilon (visible.width, 200, 1e-9);
  g_assert_cmpfloat_with_epsilon (visible.height, 150, 1e-9);
}

static void
test_fit (void)
{
  g_autoptr(EntViewport) viewport = ent_viewport_new ();
  cairo_rectangle_t world = { -500, -100, 1000, 200 };
  cairo_rectangle_t small = { 10, 10, 20, 20 };

  ent_viewport_set_size (viewport, 520, 400);
  ent_viewport_fit (viewport, &world, 10);
  g_assert_cmpfloat_with_epsilon (ent_viewport_get_zoom (viewport), 0.5, 1e-9);
  /* Centred: the world's centre is the view's. */
  assert_point (viewport, 0, 0, 260, 200);
  assert_point (viewport, -500, 0, 10, 200);

  /* A tiny network is not blown up beyond 100 %. */
  ent_viewport_fit (viewport, &small, 10);
  g_assert_cmpfloat (ent_viewport_get_zoom (viewport), ==, 1.0);
  assert_point (viewport, 20, 20, 260, 200);

  /* Margins of their own: room above for captions, the world centred in
   * the rest. */
  ent_viewport_fit_with_margins (viewport, &world, 100, 10, 0, 10);
  g_assert_cmpfloat_with_epsilon (ent_viewport_get_zoom (viewport), 0.5, 1e-9);
  assert_point (viewport, 0, 0, 260, 250);
  assert_point (viewport, -500, -100, 10, 200);
  ent_viewport_fit_with_margins (viewport, &world, 100, 10, 250, 10);
  g_assert_cmpfloat_with_epsilon (ent_viewport_get_zoom (viewport), 0.25, 1e-9);
  assert_point (viewport, 0, 0, 260, 125);
}

static void
test_hit_testing (void)
{
  g_autoptr(EntProject) project = ent_project_new ();
  g_autoptr(EntNetwork) network = pinned_network (project);
  g_autoptr(EntScene) scene = ent_scene_new (network);
  g_autoptr(EntViewport) viewport = ent_viewport_new ();
  g_autoptr(GArray) band = NULL;
  g_autoptr(GArray) all = NULL;
  int irn = ent_network_find_node (network, "IRN");
  int rus = ent_network_find_node (network, "RUS");
  int tie = ent_network_find_tie (network, irn, rus);
  double vx, vy;

  ent_viewport_set_size (viewport, 800, 600);
  ent_viewport_set_scene (viewport, scene);
  ent_viewport_set_zoom (viewport, 0.5);
  ent_viewport_set_offset (viewport, 100, 100);

  ent_viewport_to_view (viewport, 200, 0, &vx, &vy);
  g_assert_cmpint (ent_viewport_find_node_at (viewport, vx, vy), ==, rus);
  g_assert_cmpint (ent_viewport_find_node_at (viewport, vx + 1, vy + 1), ==, rus);
  /* Half-way between Iran and Russia lies their tie, and no node. */
  ent_viewport_to_view (viewport, 100, 0, &vx, &vy);
  g_assert_cmpint (ent_viewport_find_node_at (viewport, vx, vy), ==, -1);
  g_assert_cmpint (ent_viewport_find_tie_at (viewport, vx, vy), ==, tie);
  g_assert_cmpint (ent_viewport_find_tie_at (viewport, vx, vy + 3), ==, tie);
  g_assert_cmpint (ent_viewport_find_tie_at (viewport, vx, vy + 40), ==, -1);

  /* A band around the top two nodes, drawn from bottom right to top left. */
  band = ent_viewport_find_nodes_in_rect (viewport, 220, 120, 80, 80);
  g_assert_cmpuint (band->len, ==, 2);
  all = ent_viewport_find_nodes_in_rect (viewport, 0, 0, 800, 600);
  g_assert_cmpuint (all->len, ==, 3);
}

/* A moved node is found where it is now, and not where it was, by the
 * grids that the move updates in place; the scene still matches its
 * network after a move of a pinned actor, and not after a new tie. */
static void
test_move_node (void)
{
  g_autoptr(EntProject) project = ent_project_new ();
  g_autoptr(EntNetwork) network = pinned_network (project);
  g_autoptr(EntScene) scene = ent_scene_new (network);
  g_autoptr(EntStatement) st = NULL;
  int irn = ent_network_find_node (network, "IRN");
  int rus = ent_network_find_node (network, "RUS");
  int usa = ent_network_find_node (network, "USA");
  int tie = ent_network_find_tie (network, irn, rus);
  const guint *ties;
  guint n_ties;

  ties = ent_scene_get_node_ties (scene, rus, &n_ties);
  g_assert_cmpuint (n_ties, ==, 1);
  g_assert_cmpuint (ties[0], ==, tie);
  ent_scene_get_node_ties (scene, usa, &n_ties);
  g_assert_cmpuint (n_ties, ==, 0);

  /* Build the grids, then move Russia a little (the grids follow), then
   * below the United States (they are built again on the way). */
  g_assert_cmpint (ent_scene_find_node_at (scene, 200, 0, 0), ==, rus);
  g_assert_cmpint (ent_scene_find_tie_at (scene, 100, 0, 2), ==, tie);
  for (int i = 1; i <= 10; i++)
    ent_scene_move_node (scene, rus, 200, i * 10);
  g_assert_cmpint (ent_scene_find_node_at (scene, 200, 0, 0), ==, -1);
  g_assert_cmpint (ent_scene_find_node_at (scene, 200, 100, 0), ==, rus);
  g_assert_cmpint (ent_scene_find_tie_at (scene, 100, 0, 2), ==, -1);
  g_assert_cmpint (ent_scene_find_tie_at (scene, 100, 50, 2), ==, tie);
  for (int i = 1; i <= 300; i++)
    ent_scene_move_node (scene, rus, 200, i * 2);
  g_assert_cmpint (ent_scene_find_node_at (scene, 200, 0, 0), ==, -1);
  g_assert_cmpint (ent_scene_find_node_at (scene, 200, 600, 0), ==, rus);
  g_assert_cmpint (ent_scene_find_tie_at (scene, 100, 0, 2), ==, -1);
  g_assert_cmpint (ent_scene_find_tie_at (scene, 100, 300, 2), ==, tie);

  g_assert_true (ent_scene_matches_network (scene, network));
  ent_project_move_actor (project, ent_project_lookup_actor (project, "RUS"), 200, 600, TRUE);
  g_assert_true (ent_scene_matches_network (scene, network));
  st = ent_statement_new ("st-2", "USA", -1, "RUS");
  ent_project_add_statement (project, st);
  g_assert_false (ent_scene_matches_network (scene, network));
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
test_selection (void)
{
  g_autoptr(EntViewport) viewport = ent_viewport_new ();
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GHashTable) alive = g_hash_table_new (g_str_hash, g_str_equal);
  const char *pair[] = { "IRN", "RUS", NULL };
  const char *source, *target;
  guint changes = 0;

  g_signal_connect (viewport, "selection-changed", G_CALLBACK (count_cb), &changes);

  ent_viewport_select (viewport, "IRN", ENT_SELECT_REPLACE);
  g_assert_true (ent_viewport_is_selected (viewport, "IRN"));
  g_assert_cmpuint (changes, ==, 1);
  ent_viewport_select (viewport, "IRN", ENT_SELECT_REPLACE);
  g_assert_cmpuint (changes, ==, 1);
  ent_viewport_select (viewport, "USA", ENT_SELECT_ADD);
  ent_viewport_select (viewport, "IRN", ENT_SELECT_TOGGLE);
  g_assert_false (ent_viewport_is_selected (viewport, "IRN"));
  g_assert_true (ent_viewport_is_selected (viewport, "USA"));
  g_assert_cmpuint (changes, ==, 3);

  ent_viewport_select_many (viewport, pair, ENT_SELECT_REPLACE);
  ids = ent_viewport_dup_selected (viewport);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (ids, 0), ==, "IRN");
  g_assert_cmpstr (g_ptr_array_index (ids, 1), ==, "RUS");

  /* A tie is selected alone, in either order of its ends. */
  ent_viewport_select_tie (viewport, "RUS", "USA");
  g_assert_cmpuint (ent_viewport_get_n_selected (viewport), ==, 0);
  g_assert_true (ent_viewport_get_selected_tie (viewport, &source, &target));
  g_assert_cmpstr (source, ==, "RUS");
  changes = 0;
  ent_viewport_select_tie (viewport, "USA", "RUS");
  g_assert_cmpuint (changes, ==, 0);

  /* When USA goes away, so does its tie. */
  g_hash_table_add (alive, (gpointer) "RUS");
  ent_viewport_retain_selection (viewport, alive);
  g_assert_false (ent_viewport_get_selected_tie (viewport, NULL, NULL));
  g_assert_cmpuint (changes, ==, 1);

  ent_viewport_select (viewport, "RUS", ENT_SELECT_REPLACE);
  ent_viewport_unselect_all (viewport);
  g_assert_cmpuint (ent_viewport_get_n_selected (viewport), ==, 0);
  g_assert_cmpuint (changes, ==, 3);
  g_assert_finalize_object (g_steal_pointer (&viewport));
}

/* A grid of actors 40 units apart, all with long names: at text scale 1
 * most labels fit, at 4 (a canvas zoomed out to 25 %) few do. */
static EntNetwork *
crowded_network (EntProject *project)
{
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *id = g_strdup_printf ("a%02u", i);
      g_autofree char *name = g_strdup_printf ("Actor number %u", i);
      g_autoptr(EntActor) actor = ent_actor_new (id, name, ENT_ACTOR_KIND_STATE);

      ent_actor_set_mentions (actor, i % 7);
      ent_actor_set_position (actor, (i % 10) * 90.0, (i / 10) * 40.0, TRUE);
      ent_project_add_actor (project, actor);
    }
  return ent_network_new (project, ENT_NETWORK_LEVEL_STATE);
}

static gboolean
overlap (const cairo_rectangle_t *a,
         const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Visible labels never cover each other, and no label covers its node. */
static void
assert_labels_apart (EntScene *scene)
{
  for (guint i = 0; i < ent_scene_get_n_nodes (scene); i++)
    {
      const EntSceneNode *node = ent_scene_get_node (scene, i);
      cairo_rectangle_t e;

      ent_scene_node_get_extents (node, &e);
      g_assert_false (overlap (&node->label_box, &e));
      for (guint j = 0; j < i && node->label_visible; j++)
        if (ent_scene_get_node (scene, j)->label_visible)
          g_assert_false (overlap (&node->label_box, &ent_scene_get_node (scene, j)->label_box));
    }
}

/* A canvas keeps labels one size on screen: the text scale multiplies
 * every label's size, and fewer labels fit when they grow. */
static void
test_text_scale (void)
{
  g_autoptr(EntProject) project = ent_project_new ();
  g_autoptr(EntNetwork) network = crowded_network (project);
  g_autoptr(EntScene) scene = ent_scene_new (network);
  double height = ent_scene_get_node (scene, 0)->label_box.height;
  double width = ent_scene_get_node (scene, 0)->label_box.width;
  guint hidden = ent_scene_get_n_hidden_labels (scene);

  g_assert_cmpfloat (ent_scene_get_label_size (scene), ==, ENT_SCENE_LABEL_SIZE);
  assert_labels_apart (scene);

  ent_scene_set_text_scale (scene, 4);
  g_assert_cmpfloat (ent_scene_get_label_size (scene), ==, 4 * ENT_SCENE_LABEL_SIZE);
  g_assert_cmpfloat (ent_scene_get_caption_size (scene), ==, 4 * ENT_SCENE_CAPTION_SIZE);
  g_assert_cmpfloat_with_epsilon (ent_scene_get_node (scene, 0)->label_box.height, 4 * height, 1e-9);
  g_assert_cmpfloat_with_epsilon (ent_scene_get_node (scene, 0)->label_box.width, 4 * width, 1e-9);
  g_assert_cmpuint (ent_scene_get_n_hidden_labels (scene), >, hidden);
  g_assert_cmpuint (ent_scene_get_n_hidden_labels (scene), <, ent_scene_get_n_nodes (scene));
  assert_labels_apart (scene);

  /* And back: the same placement as before. */
  ent_scene_set_text_scale (scene, 1);
  g_assert_cmpuint (ent_scene_get_n_hidden_labels (scene), ==, hidden);
}

/* The selection's labels are placed first, so they are always shown. */
static void
test_label_priority (void)
{
  g_autoptr(EntProject) project = ent_project_new ();
  g_autoptr(EntNetwork) network = crowded_network (project);
  g_autoptr(EntScene) scene = ent_scene_new (network);
  guint first[2] = { G_MAXUINT, G_MAXUINT };
  guint n = 0;

  ent_scene_set_text_scale (scene, 4);
  for (guint i = 0; i < ent_scene_get_n_nodes (scene) && n < 2; i++)
    if (!ent_scene_get_node (scene, i)->label_visible)
      first[n++] = i;
  g_assert_cmpuint (n, ==, 2);

  ent_scene_set_label_priority (scene, first, 2);
  g_assert_true (ent_scene_get_node (scene, first[0])->label_visible);
  g_assert_true (ent_scene_get_node (scene, first[1])->label_visible);
  assert_labels_apart (scene);

  /* Zoom changes keep the priority. */
  ent_scene_set_text_scale (scene, 3);
  g_assert_true (ent_scene_get_node (scene, first[0])->label_visible);
  g_assert_true (ent_scene_get_node (scene, first[1])->label_visible);
}

/* Camp names sit clear of every node, visible label and other camp name,
 * at every text scale, over the outer side of their camp. */
static void
test_captions (void)
{
  g_autoptr(EntProject) project = ent_project_new ();
  g_autoptr(EntNetwork) network = NULL;
  g_autoptr(EntScene) scene = NULL;
  static const char *ids[] = { "IRN", "RUS", "SYR", "USA", "GBR" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(EntActor) actor = ent_actor_new (ids[i], ids[i], ENT_ACTOR_KIND_STATE);

      ent_actor_set_position (actor, i < 3 ? 0 + 60.0 * i : 400 + 60.0 * i, 40.0 * (i % 2), TRUE);
      ent_project_add_actor (project, actor);
    }
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    for (guint j = i + 1; j < G_N_ELEMENTS (ids); j++)
      {
        g_autofree char *id = g_strdup_printf ("st-%u-%u", i, j);
        g_autoptr(EntStatement) st = ent_statement_new (id, ids[i], (i < 3) == (j < 3) ? 1 : -1, ids[j]);

        ent_project_add_statement (project, st);
      }
  network = ent_network_new (project, ENT_NETWORK_LEVEL_STATE);
  scene = ent_scene_new (network);
  g_assert_cmpuint (ent_scene_get_n_camps (scene), ==, 2);
  for (double text_scale = 1; text_scale <= 4; text_scale *= 2)
    {
      ent_scene_set_text_scale (scene, text_scale);
      for (guint c = 0; c < 2; c++)
        {
          const EntSceneCamp *camp = ent_scene_get_camp (scene, c);

          if (c == 1)
            {
              const cairo_rectangle_t *left = &ent_scene_get_camp (scene, 0)->box;

              /* Camp 1, the bigger, is on the left: its name starts
               * further left, and camp 2's ends further right. */
              g_assert_false (overlap (&camp->box, left));
              g_assert_cmpfloat (left->x, <, camp->box.x);
              g_assert_cmpfloat (camp->box.x + camp->box.width, >, 640);
            }
          for (guint i = 0; i < ent_scene_get_n_nodes (scene); i++)
            {
              const EntSceneNode *node = ent_scene_get_node (scene, i);
              cairo_rectangle_t e;

              ent_scene_node_get_extents (node, &e);
              g_assert_false (overlap (&camp->box, &e));
              g_assert_false (node->label_visible && overlap (&camp->box, &node->label_box));
            }
        }
    }

  /* On a small canvas the captions are large against the network: they
   * lose their names rather than reach over to the other side or past
   * the network's edges, where the view cuts them. */
  ent_scene_set_text_scale (scene, 6);
  {
    const cairo_rectangle_t *left = &ent_scene_get_camp (scene, 0)->box;
    const cairo_rectangle_t *right = &ent_scene_get_camp (scene, 1)->box;
    cairo_rectangle_t all;

    ent_scene_get_bounds (scene, &all);
    g_assert_cmpstr (ent_scene_get_camp (scene, 0)->caption, ==, "Camp 1");
    g_assert_cmpfloat (left->x, <, right->x);
    g_assert_cmpfloat (left->x + left->width, <, right->x + right->width);
    g_assert_cmpfloat (left->x, >=, all.x);
    g_assert_cmpfloat (right->x + right->width, <=, all.x + all.width + 1e-6);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entente/viewport/zoom-at-point", test_zoom_at_point);
  g_test_add_func ("/entente/viewport/pan", test_pan);
  g_test_add_func ("/entente/viewport/fit", test_fit);
  g_test_add_func ("/entente/viewport/hit-testing", test_hit_testing);
  g_test_add_func ("/entente/viewport/move-node", test_move_node);
  g_test_add_func ("/entente/viewport/selection", test_selection);
  g_test_add_func ("/entente/viewport/text-scale", test_text_scale);
  g_test_add_func ("/entente/viewport/label-priority", test_label_priority);
  g_test_add_func ("/entente/viewport/captions", test_captions);

  return g_test_run ();
}
