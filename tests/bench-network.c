/* bench-network.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "entente-core.h"
#include "planted-graph.h"

/* Planted signed networks of 100 to 20,000 actors with ten ties per actor,
 * two camps and 10 % of signs flipped: time to camps, time to a converged
 * layout, camp recovery, the share of actors on their camp's side, peak
 * memory, and Graphviz sfdp on the same graphs. Each size runs in a child
 * process of its own, so that peak memory is that size's. Times are
 * medians of several runs; this machine is shared. */

static const guint sizes[] = { 100, 1000, 5000, 20000 };

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static double
peak_mb (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return usage.ru_maxrss / 1024.0;
}

static char *
write_dot (EntSignedGraph *graph)
{
  g_autoptr(GString) dot = g_string_new ("graph planted {\n  node [shape=point];\n");
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("bench-network-XXXXXX.dot", &path, &error);

  g_assert_no_error (error);
  close (fd);
  for (guint i = 0; i < ent_signed_graph_get_n_edges (graph); i++)
    {
      const EntSignedEdge *e = ent_signed_graph_get_edge (graph, i);

      g_string_append_printf (dot, "  %u -- %u;\n", e->source, e->target);
    }
  g_string_append (dot, "}\n");
  g_file_set_contents (path, dot->str, dot->len, &error);
  g_assert_no_error (error);
  return path;
}

/* Returns the median wall time of sfdp in ms, or -1 without sfdp. */
static double
time_sfdp (EntSignedGraph *graph,
           guint           runs)
{
  g_autofree char *sfdp = g_find_program_in_path ("sfdp");
  g_autofree char *path = NULL;
  g_autofree double *ms = g_new (double, runs);

  if (sfdp == NULL)
    return -1;
  path = write_dot (graph);
  for (guint r = 0; r < runs; r++)
    {
      const char *argv[] = { sfdp, "-Tplain", "-o", "/dev/null", path, NULL };
      g_autoptr(GError) error = NULL;
      gint64 t0 = g_get_monotonic_time ();
      int status;

      g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error);
      g_assert_no_error (error);
      ms[r] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  g_unlink (path);
  return median (ms, runs);
}

/* The share of camp members drawn on their camp's side of x = 0. */
static double
side_share (EntLayout *layout,
            EntCamps  *camps)
{
  const double *pos = ent_layout_get_positions (layout);
  guint right = 0, total = 0;

  for (guint v = 0; v < ent_camps_get_n_nodes (camps); v++)
    {
      int c = ent_camps_get_camp (camps, v);

      if (c != 0 && c != 1)
        continue;
      total++;
      right += (c == 0) == (pos[2 * v] < 0);
    }
  return total ? (double)right / total : 1;
}

static void
bench_size (guint n)
{
  guint runs = n >= 20000 ? 3 : 5, iterations = 0;
  g_autofree int *planted = g_new (int, n);
  g_autoptr(EntSignedGraph) graph = planted_graph_new (n, 2, 10 * n, 0.10, 42, planted);
  g_autofree double *camp_ms = g_new (double, runs);
  g_autofree double *layout_ms = g_new (double, runs);
  g_autoptr(EntCamps) camps = NULL;
  double recovery, side = 0, ours_mb, sfdp_ms, sfdp_mb;

  for (guint r = 0; r < runs; r++)
    {
      gint64 t0 = g_get_monotonic_time ();

      g_clear_pointer (&camps, ent_camps_unref);
      camps = ent_camps_compute (graph, 2);
      camp_ms[r] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  recovery = planted_recovery (camps, planted, n, 2);

  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(EntLayout) layout = ent_layout_new (graph, camps, 1);
      gint64 t0 = g_get_monotonic_time ();

      ent_layout_run (layout);
      layout_ms[r] = (g_get_monotonic_time () - t0) / 1000.0;
      iterations = ent_layout_get_iterations (layout);
      side = side_share (layout, camps);
    }
  ours_mb = peak_mb (RUSAGE_SELF);
  sfdp_ms = time_sfdp (graph, n >= 20000 ? 1 : 3);
  sfdp_mb = peak_mb (RUSAGE_CHILDREN);

  printf ("%7u %8u %9.1f %10.1f %6u %9.4f %7.4f %8.1f", n, ent_signed_graph_get_n_edges (graph),
          median (camp_ms, runs), median (layout_ms, runs), iterations, recovery, side, ours_mb);
  if (sfdp_ms >= 0)
    printf (" %10.1f %8.1f %7.1fx\n", sfdp_ms, sfdp_mb, sfdp_ms / median (layout_ms, runs));
  else
    printf ("   (sfdp not installed)\n");
  fflush (stdout);
}

/* Camp recovery on 5,000 actors for 2–4 camps and 0–20 % flipped signs. */
static void
bench_recovery (void)
{
  const guint n = 5000;

  printf ("\ncamp recovery, %u actors, %u ties (share of actors in their planted camp)\n", n, 10 * n);
  printf ("camps      0%%      5%%     10%%     15%%     20%%   (frustration found / planted at 20%%)\n");
  for (guint k = 2; k <= 4; k++)
    {
      double found = 0, truth = 0;

      printf ("%5u", k);
      for (guint flip = 0; flip <= 20; flip += 5)
        {
          g_autofree int *planted = g_new (int, n);
          g_autoptr(EntSignedGraph) graph = planted_graph_new (n, k, 10 * n, flip / 100.0, 42 + k, planted);
          g_autoptr(EntCamps) camps = ent_camps_compute (graph, k);
          g_autoptr(EntCamps) planted_camps = ent_camps_new_from_assignment (graph, planted);

          printf (" %7.4f", planted_recovery (camps, planted, n, k));
          found = ent_camps_get_frustration (camps);
          truth = ent_camps_get_frustration (planted_camps);
        }
      printf ("   (%.4f / %.4f)\n", found, truth);
    }
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--size"))
    {
      bench_size (atoi (argv[2]));
      return 0;
    }
  if (argc == 2 && g_str_equal (argv[1], "--recovery"))
    {
      bench_recovery ();
      return 0;
    }

  printf ("planted signed networks: 2 camps, 10 ties per actor, 10 %% of signs flipped; times are medians in ms\n");
  printf ("%7s %8s %9s %10s %6s %9s %7s %8s %10s %8s %8s\n", "actors", "ties", "camps", "layout",
          "iters", "recovery", "side", "peak MB", "sfdp", "sfdp MB", "speedup");
  fflush (stdout);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *size = g_strdup_printf ("%u", sizes[i]);
      const char *child[] = { argv[0], "--size", size, NULL };
      g_autoptr(GError) error = NULL;

      g_spawn_sync (NULL, (char **)child, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  {
    const char *child[] = { argv[0], "--recovery", NULL };
    g_autoptr(GError) error = NULL;

    g_spawn_sync (NULL, (char **)child, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
  }
  return 0;
}
