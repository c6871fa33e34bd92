/* test-layout.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "entente-core.h"
#include "planted-graph.h"

static EntLayout *
planted_layout (guint       n,
                guint       k,
                guint32     seed,
                int       **planted_out)
{
  int *planted = g_new (int, n);
  g_autoptr(EntSignedGraph) graph = planted_graph_new (n, k, 5 * n, 0.05, 99, planted);
  g_autoptr(EntCamps) camps = ent_camps_compute (graph, k);

  if (planted_out != NULL)
    *planted_out = planted;
  else
    g_free (planted);
  return ent_layout_new (graph, camps, seed);
}

static void
test_deterministic (void)
{
  g_autoptr(EntLayout) a = planted_layout (300, 2, 7, NULL);
  g_autoptr(EntLayout) b = planted_layout (300, 2, 7, NULL);
  g_autoptr(EntLayout) c = planted_layout (300, 2, 8, NULL);
  const double *pa, *pb, *pc;
  gboolean differs = FALSE;

  ent_layout_run (a);
  ent_layout_run (b);
  ent_layout_run (c);
  pa = ent_layout_get_positions (a);
  pb = ent_layout_get_positions (b);
  pc = ent_layout_get_positions (c);
  for (guint i = 0; i < 2 * 300; i++)
    {
      g_assert_cmpfloat (pa[i], ==, pb[i]);
      differs |= pa[i] != pc[i];
    }
  g_assert_true (differs);
  g_assert_true (ent_layout_get_converged (a));
}

/* The mean x of a camp's nodes. */
static double
camp_mean (EntLayout *layout,
           int        camp,
           int        axis)
{
  EntCamps *camps = ent_layout_get_camps (layout);
  const double *pos = ent_layout_get_positions (layout);
  double sum = 0;
  guint count = 0;

  for (guint v = 0; v < ent_camps_get_n_nodes (camps); v++)
    if (ent_camps_get_camp (camps, v) == camp)
      sum += pos[2 * v + axis], count++;
  g_assert_cmpuint (count, >, 0);
  return sum / count;
}

static void
test_camps_on_sides (void)
{
  g_autoptr(EntLayout) two = planted_layout (400, 2, 1, NULL);
  g_autoptr(EntLayout) three = planted_layout (400, 3, 1, NULL);
  EntCamps *camps;
  const double *pos;
  guint right_side = 0, n0 = 0;

  ent_layout_run (two);
  camps = ent_layout_get_camps (two);
  pos = ent_layout_get_positions (two);
  g_assert_cmpfloat (camp_mean (two, 0, 0), <, 0);
  g_assert_cmpfloat (camp_mean (two, 1, 0), >, 0);
  for (guint v = 0; v < 400; v++)
    {
      int c = ent_camps_get_camp (camps, v);

      n0 += c >= 0;
      right_side += (c == 0 && pos[2 * v] < 0) || (c == 1 && pos[2 * v] > 0);
    }
  g_assert_cmpfloat ((double)right_side / n0, >=, 0.95);

  /* The third camp goes above (y grows downwards). */
  ent_layout_run (three);
  g_assert_cmpfloat (camp_mean (three, 0, 0), <, camp_mean (three, 1, 0));
  g_assert_cmpfloat (camp_mean (three, 2, 1), <, camp_mean (three, 0, 1));
  g_assert_cmpfloat (camp_mean (three, 2, 1), <, camp_mean (three, 1, 1));
}

static void
test_pinned (void)
{
  g_autoptr(EntLayout) layout = planted_layout (200, 2, 3, NULL);
  double x, y;

  ent_layout_pin (layout, 5, 1234.5, -321.0);
  ent_layout_pin (layout, 6, -50.0, 60.0);
  g_assert_true (ent_layout_get_pinned (layout, 5));
  ent_layout_run (layout);
  ent_layout_get_position (layout, 5, &x, &y);
  g_assert_cmpfloat (x, ==, 1234.5);
  g_assert_cmpfloat (y, ==, -321.0);
  ent_layout_get_position (layout, 6, &x, &y);
  g_assert_cmpfloat (x, ==, -50.0);
  g_assert_cmpfloat (y, ==, 60.0);

  /* Unpinned, a node takes part again. */
  ent_layout_unpin (layout, 5);
  g_assert_false (ent_layout_get_converged (layout));
  ent_layout_run (layout);
  ent_layout_get_position (layout, 5, &x, &y);
  g_assert_cmpfloat (x, !=, 1234.5);
}

/* A deadline in the past still makes one iteration per call, so a tick
 * callback always sees progress; stepping to convergence gives the same
 * positions as a run. */
static void
test_steps (void)
{
  g_autoptr(EntLayout) stepped = planted_layout (200, 2, 4, NULL);
  g_autoptr(EntLayout) run = planted_layout (200, 2, 4, NULL);
  guint calls = 0;

  while (ent_layout_step (stepped, 0))
    {
      calls++;
      g_assert_cmpuint (ent_layout_get_iterations (stepped), ==, calls);
    }
  ent_layout_run (run);
  g_assert_cmpuint (ent_layout_get_iterations (run), ==, ent_layout_get_iterations (stepped));
  for (guint i = 0; i < 400; i++)
    g_assert_cmpfloat (ent_layout_get_positions (stepped)[i], ==, ent_layout_get_positions (run)[i]);
  g_assert_false (ent_layout_step (stepped, G_MAXINT64));
}

/* Nodes 0–3 form two camps; 4, 5 and 6 have no tie and are parked in a
 * row under the drawing, one tie length apart. */
static void
test_disconnected (void)
{
  const EntSignedEdge edges[] = { { 0, 1, 1 }, { 2, 3, 1 }, { 0, 2, -1 }, { 1, 3, -1 } };
  g_autoptr(EntSignedGraph) graph = ent_signed_graph_new (7, edges, G_N_ELEMENTS (edges));
  g_autoptr(EntCamps) camps = ent_camps_compute (graph, 2);
  g_autoptr(EntLayout) layout = ent_layout_new (graph, camps, 0);
  const double *pos;
  double max_y = -G_MAXDOUBLE;

  ent_layout_run (layout);
  pos = ent_layout_get_positions (layout);
  for (guint v = 0; v < 4; v++)
    max_y = MAX (max_y, pos[2 * v + 1]);
  for (guint v = 4; v < 7; v++)
    {
      g_assert_cmpfloat (pos[2 * v + 1], >, max_y);
      g_assert_cmpfloat (pos[2 * v + 1], ==, pos[2 * 4 + 1]);
    }
  g_assert_cmpfloat_with_epsilon (pos[2 * 5] - pos[2 * 4], ENT_LAYOUT_TIE_LENGTH, 1e-9);
  g_assert_cmpfloat (pos[0], <, pos[2 * 2]);
  for (guint i = 0; i < 14; i++)
    g_assert_true (isfinite (pos[i]));
}

static void
test_empty_and_single (void)
{
  g_autoptr(EntSignedGraph) empty = ent_signed_graph_new (0, NULL, 0);
  g_autoptr(EntSignedGraph) single = ent_signed_graph_new (1, NULL, 0);
  g_autoptr(EntLayout) a = ent_layout_new (empty, NULL, 0);
  g_autoptr(EntLayout) b = ent_layout_new (single, NULL, 0);
  double x, y;

  ent_layout_run (a);
  g_assert_true (ent_layout_get_converged (a));
  ent_layout_run (b);
  ent_layout_get_position (b, 0, &x, &y);
  g_assert_true (isfinite (x) && isfinite (y));
}

static void
on_run (GObject      *source,
        GAsyncResult *result,
        gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (ent_layout_run_finish (ENT_LAYOUT (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_async (void)
{
  g_autoptr(EntLayout) async = planted_layout (200, 2, 9, NULL);
  g_autoptr(EntLayout) sync = planted_layout (200, 2, 9, NULL);
  gboolean done = FALSE;

  ent_layout_run_async (async, NULL, on_run, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  ent_layout_run (sync);
  for (guint i = 0; i < 400; i++)
    g_assert_cmpfloat (ent_layout_get_positions (async)[i], ==, ent_layout_get_positions (sync)[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entente/layout/deterministic", test_deterministic);
  g_test_add_func ("/entente/layout/camps-on-sides", test_camps_on_sides);
  g_test_add_func ("/entente/layout/pinned", test_pinned);
  g_test_add_func ("/entente/layout/steps", test_steps);
  g_test_add_func ("/entente/layout/disconnected", test_disconnected);
  g_test_add_func ("/entente/layout/empty-and-single", test_empty_and_single);
  g_test_add_func ("/entente/layout/async", test_async);

  return g_test_run ();
}
