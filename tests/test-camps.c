/* test-camps.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-core.h"
#include "planted-graph.h"

#define N_ACTORS 400

static EntSignedGraph *
graph_from (guint               n,
            const EntSignedEdge *edges,
            guint               n_edges)
{
  return ent_signed_graph_new (n, edges, n_edges);
}

typedef struct
{
  guint  k;
  double flip;
  double min_recovery;
} Planted;

/* Recovery falls with noise, the more so the more camps share the ties:
 * with four camps three quarters of the ties are oppositions, which only
 * say "not together". At 20 % flipped signs the search settles in a worse
 * split than the planted one (see the benchmark's table), so that case
 * checks no more than sanity. */
static const Planted planted_cases[] = {
  { 2, 0.00, 1.00 }, { 2, 0.05, 0.98 }, { 2, 0.10, 0.95 }, { 2, 0.15, 0.95 }, { 2, 0.20, 0.93 },
  { 3, 0.00, 1.00 }, { 3, 0.05, 0.98 }, { 3, 0.10, 0.95 }, { 3, 0.15, 0.93 }, { 3, 0.20, 0.90 },
  { 4, 0.00, 1.00 }, { 4, 0.05, 0.98 }, { 4, 0.10, 0.95 }, { 4, 0.15, 0.90 }, { 4, 0.20, 0.40 },
};

static void
test_planted (gconstpointer data)
{
  const Planted *p = data;
  g_autofree int *planted = g_new (int, N_ACTORS);
  g_autoptr(EntSignedGraph) graph =
    planted_graph_new (N_ACTORS, p->k, 10 * N_ACTORS, p->flip, 1000 + 10 * p->k + (guint)(p->flip * 100), planted);
  g_autoptr(EntCamps) camps = ent_camps_compute (graph, p->k);
  g_autoptr(EntCamps) truth = ent_camps_new_from_assignment (graph, planted);
  double recovery = planted_recovery (camps, planted, N_ACTORS, p->k);

  g_test_message ("k=%u flip=%.2f recovery=%.4f frustration=%.4f (planted %.4f)", p->k, p->flip,
                  recovery, ent_camps_get_frustration (camps), ent_camps_get_frustration (truth));
  g_assert_cmpuint (ent_camps_get_n_camps (camps), <=, p->k);
  g_assert_cmpfloat (recovery, >=, p->min_recovery);
  if (p->min_recovery >= 0.9)
    {
      g_assert_cmpuint (ent_camps_get_n_camps (camps), ==, p->k);
      g_assert_cmpfloat (ent_camps_get_frustration (camps), <=, ent_camps_get_frustration (truth) + 1e-9);
    }
  for (guint c = 1; c < ent_camps_get_n_camps (camps); c++)
    g_assert_cmpuint (ent_camps_get_size (camps, c - 1), >=, ent_camps_get_size (camps, c));
}

static void
test_deterministic (void)
{
  g_autofree int *planted = g_new (int, N_ACTORS);
  g_autoptr(EntSignedGraph) graph = planted_graph_new (N_ACTORS, 3, 4000, 0.15, 77, planted);
  g_autoptr(EntCamps) a = ent_camps_compute (graph, 3);
  g_autoptr(EntCamps) b = ent_camps_compute (graph, 3);

  for (guint v = 0; v < N_ACTORS; v++)
    g_assert_cmpint (ent_camps_get_camp (a, v), ==, ent_camps_get_camp (b, v));
  g_assert_cmpfloat (ent_camps_get_frustration (a), ==, ent_camps_get_frustration (b));
}

/* 0–1–2 allied, 3 opposed to all of them, 4 and 5 allied but cut off from
 * the rest, 6 alone: two camps, the larger first; the separate pair joins a
 * camp (its side is free, and the larger camp takes it), 6 has none. */
static void
test_small_and_disconnected (void)
{
  const EntSignedEdge edges[] = {
    { 0, 1, 1 }, { 1, 2, 1 }, { 0, 3, -1 }, { 1, 3, -2 }, { 2, 3, -1 }, { 4, 5, 1 },
  };
  g_autoptr(EntSignedGraph) graph = graph_from (7, edges, G_N_ELEMENTS (edges));
  g_autoptr(EntCamps) camps = ent_camps_compute (graph, 0);

  g_assert_cmpuint (ent_camps_get_n_camps (camps), ==, 2);
  g_assert_cmpint (ent_camps_get_camp (camps, 0), ==, 0);
  g_assert_cmpint (ent_camps_get_camp (camps, 1), ==, 0);
  g_assert_cmpint (ent_camps_get_camp (camps, 2), ==, 0);
  g_assert_cmpint (ent_camps_get_camp (camps, 3), ==, 1);
  g_assert_cmpint (ent_camps_get_camp (camps, 4), ==, ent_camps_get_camp (camps, 5));
  g_assert_cmpint (ent_camps_get_camp (camps, 6), ==, ENT_CAMPS_NO_CAMP);
  g_assert_cmpuint (ent_camps_get_size (camps, 0), ==, 5);
  g_assert_cmpfloat (ent_camps_get_frustration (camps), ==, 0);
}

/* A triangle of oppositions cannot be balanced with two camps: one of the
 * three ties is frustrated, the lightest one. With three camps it can. */
static void
test_frustration (void)
{
  const EntSignedEdge edges[] = { { 0, 1, -1 }, { 1, 2, -2 }, { 0, 2, -3 } };
  g_autoptr(EntSignedGraph) graph = graph_from (3, edges, G_N_ELEMENTS (edges));
  g_autoptr(EntCamps) two = ent_camps_compute (graph, 2);
  g_autoptr(EntCamps) three = ent_camps_compute (graph, 3);

  g_assert_cmpfloat_with_epsilon (ent_camps_get_frustrated_weight (two), 1, 1e-9);
  g_assert_cmpfloat_with_epsilon (ent_camps_get_frustration (two), 1.0 / 6, 1e-9);
  g_assert_cmpint (ent_camps_get_camp (two, 0), ==, ent_camps_get_camp (two, 1));
  g_assert_cmpuint (ent_camps_get_n_camps (three), ==, 3);
  g_assert_cmpfloat (ent_camps_get_frustration (three), ==, 0);
}

static void
test_empty_and_single (void)
{
  g_autoptr(EntSignedGraph) empty = graph_from (0, NULL, 0);
  g_autoptr(EntSignedGraph) single = graph_from (1, NULL, 0);
  g_autoptr(EntCamps) a = ent_camps_compute (empty, 2);
  g_autoptr(EntCamps) b = ent_camps_compute (single, 2);

  g_assert_cmpuint (ent_camps_get_n_camps (a), ==, 0);
  g_assert_cmpfloat (ent_camps_get_frustration (a), ==, 0);
  g_assert_cmpuint (ent_camps_get_n_camps (b), ==, 0);
  g_assert_cmpint (ent_camps_get_camp (b, 0), ==, ENT_CAMPS_NO_CAMP);
}

static void
on_computed (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  EntCamps **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = ent_camps_compute_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_async (void)
{
  g_autofree int *planted = g_new (int, N_ACTORS);
  g_autoptr(EntSignedGraph) graph = planted_graph_new (N_ACTORS, 2, 4000, 0.1, 5, planted);
  g_autoptr(EntCamps) sync = ent_camps_compute (graph, 2);
  g_autoptr(EntCamps) async = NULL;

  ent_camps_compute_async (graph, 2, NULL, on_computed, &async);
  while (async == NULL)
    g_main_context_iteration (NULL, TRUE);
  for (guint v = 0; v < N_ACTORS; v++)
    g_assert_cmpint (ent_camps_get_camp (sync, v), ==, ent_camps_get_camp (async, v));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (planted_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/entente/camps/planted/%u-camps-%02u-percent",
                                               planted_cases[i].k,
                                               (guint)(planted_cases[i].flip * 100 + 0.5));

      g_test_add_data_func (path, &planted_cases[i], test_planted);
    }
  g_test_add_func ("/entente/camps/deterministic", test_deterministic);
  g_test_add_func ("/entente/camps/small-and-disconnected", test_small_and_disconnected);
  g_test_add_func ("/entente/camps/frustration", test_frustration);
  g_test_add_func ("/entente/camps/empty-and-single", test_empty_and_single);
  g_test_add_func ("/entente/camps/async", test_async);

  return g_test_run ();
}
