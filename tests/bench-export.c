/* bench-export.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <time.h>

#include "entente-core.h"
#include "ent-exporter.h"
#include "ent-export-png.h"
#include "ent-png-encoder.h"
#include "ent-painter-private.h"
#include "planted-graph.h"

/* A planted network of 5,000 actors and 50,000 ties in two camps, exported
 * to every format (and PNG at 2× and 4× too): the median time of three
 * runs to serialise and to write the file (atomically, flushed to disk),
 * the processor time of the write (all threads; on a shared machine the
 * wall-clock time also counts other people's work), and the file's size.
 * The target is under a second for every format. Positions are pinned at
 * a planted picture, camps apart, so that the layout's time does not
 * count. Arguments choose formats: "png", "pdf", "png@4x"… */

#define N_ACTORS 5000
#define N_TIES   50000
#define RUNS     3

static EntProject *
planted_project (void)
{
  g_autofree int *planted = g_new (int, N_ACTORS);
  g_autoptr(EntSignedGraph) graph = planted_graph_new (N_ACTORS, 2, N_TIES, 0.1, 42, planted);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  EntProject *project = ent_project_new ();

  for (guint i = 0; i < N_ACTORS; i++)
    {
      g_autofree char *id = g_strdup_printf ("actor-%04u", i);
      g_autofree char *name = g_strdup_printf ("Actor %u", i);
      g_autoptr(EntActor) actor = ent_actor_new (id, name, i % 4);

      ent_actor_set_mentions (actor, g_rand_int_range (rand, 1, 40));
      ent_actor_set_position (actor, (planted[i] ? 1 : -1) * g_rand_double_range (rand, 100, 1600),
                              g_rand_double_range (rand, -1200, 1200), TRUE);
      ent_project_add_actor (project, actor);
    }
  for (guint i = 0; i < ent_signed_graph_get_n_edges (graph); i++)
    {
      const EntSignedEdge *e = ent_signed_graph_get_edge (graph, i);
      g_autofree char *id = g_strdup_printf ("st-%u", i);
      g_autofree char *a = g_strdup_printf ("actor-%04u", e->source);
      g_autofree char *b = g_strdup_printf ("actor-%04u", e->target);
      g_autoptr(EntStatement) st = ent_statement_new (id, a, e->weight > 0 ? 1 : -1, b);

      ent_statement_set_confidence (st, MIN (ABS (e->weight), 1.0));
      ent_project_add_statement (project, st);
    }
  return project;
}

/* The machine's load, where the system tells it: on a shared machine the
 * wall-clock times mean little without it. */
static void
print_load (const char *when)
{
  g_autofree char *load = NULL;

  if (g_file_get_contents ("/proc/loadavg", &load, NULL, NULL))
    printf ("load average %s: %s", when, load);
}

static double
cpu_seconds (void)
{
  struct timespec t;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static void
bench_format (EntNetwork *network,
              const char *format,
              double      scale,
              const char *dir)
{
  g_autoptr(EntExporter) exporter = ent_exporter_new_for_format (format, network, NULL);
  g_autofree char *path = g_strdup_printf ("%s/bench.%s", dir, format);
  g_autofree char *label = scale == 1 ? g_strdup (format) : g_strdup_printf ("%s@%gx", format, scale);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  double serialize[RUNS], write[RUNS], cpu[RUNS];
  gsize size = 0;

  if (ENT_IS_EXPORT_PNG (exporter))
    ent_export_png_set_scale (ENT_EXPORT_PNG (exporter), scale);

  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr(GError) error = NULL;
      gint64 t0 = g_get_monotonic_time ();

      for (guint part = 0; part < ent_exporter_get_n_parts (exporter); part++)
        {
          g_autoptr(GBytes) bytes = ent_exporter_serialize (exporter, part, &error);

          g_assert_no_error (error);
          if (r == 0)
            size += g_bytes_get_size (bytes);
        }
      serialize[r] = (g_get_monotonic_time () - t0) / 1e6;
      t0 = g_get_monotonic_time ();
      cpu[r] = cpu_seconds ();
      g_assert_true (ent_exporter_write (exporter, file, NULL, &error));
      g_assert_no_error (error);
      write[r] = (g_get_monotonic_time () - t0) / 1e6;
      cpu[r] = cpu_seconds () - cpu[r];
    }
  qsort (serialize, RUNS, sizeof (double), compare_doubles);
  qsort (write, RUNS, sizeof (double), compare_doubles);
  qsort (cpu, RUNS, sizeof (double), compare_doubles);
  printf ("%-8s %9.3f s %9.3f s %9.3f s %10.1f MB %s\n", label, serialize[RUNS / 2], write[RUNS / 2],
          cpu[RUNS / 2], size / 1e6, write[RUNS / 2] < 1.0 ? "" : "  (over 1 s)");
  fflush (stdout);
  for (guint part = 0; part < ent_exporter_get_n_parts (exporter); part++)
    {
      g_autoptr(GFile) part_file = ent_exporter_dup_part_file (exporter, file, part);

      g_file_delete (part_file, NULL, NULL);
    }
}

/* An opaque page, as the export paints one, so that the encoder writes
 * RGB as it does there. */
static void
paint_white (cairo_surface_t *surface)
{
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
}

/* The PNG encoder's share of the PNG export, on the drawn page. */
static void
bench_encode (cairo_surface_t *surface)
{
  double cpu = cpu_seconds ();
  gint64 t0 = g_get_monotonic_time ();
  g_autoptr(GBytes) png = _ent_png_encode (surface);

  printf ("  encode png    %.3f s (processor %.3f s), %.1f MB\n", (g_get_monotonic_time () - t0) / 1e6,
          cpu_seconds () - cpu, g_bytes_get_size (png) / 1e6);
}

/* The cost of each layer of the painter drawn on an image surface of the
 * page's size, the whole network at once, with the ties drawn by the tie
 * rasteriser as in the PNG export (cairo's strokes take tens of seconds
 * here), and of encoding the picture as PNG. */
static void
bench_layers (EntNetwork *network)
{
  static const struct { const char *name; EntPaintLayers layers; } steps[] = {
    { "ties", ENT_PAINT_TIES }, { "nodes", ENT_PAINT_NODES }, { "labels", ENT_PAINT_LABELS },
    { "captions", ENT_PAINT_CAPTIONS },
  };
  gint64 t0 = g_get_monotonic_time ();
  g_autoptr(EntScene) scene = ent_scene_new (network);
  g_autoptr(EntPainter) painter = ent_painter_new (scene);
  double scene_time = (g_get_monotonic_time () - t0) / 1e6, width, height;
  cairo_surface_t *surface;
  cairo_matrix_t m;

  ent_painter_get_page_size (painter, &width, &height);
  ent_painter_get_page_transform (painter, &m);
  printf ("scene %.0f × %.0f px built in %.3f s (%u labels hidden)\n", width, height, scene_time,
          ent_scene_get_n_hidden_labels (scene));
  t0 = g_get_monotonic_time ();
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  paint_white (surface);
  /* The PNG export shares this out among its threads, band by band. */
  printf ("  new page      %.3f s (one thread)\n", (g_get_monotonic_time () - t0) / 1e6);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      cairo_t *cr = cairo_create (surface);
      double cpu = cpu_seconds ();

      t0 = g_get_monotonic_time ();
      _ent_painter_draw_raster (painter, cr, &m, steps[i].layers);
      cairo_surface_flush (surface);
      printf ("  draw %-8s %.3f s (processor %.3f s)\n", steps[i].name, (g_get_monotonic_time () - t0) / 1e6,
              cpu_seconds () - cpu);
      cairo_destroy (cr);
    }
  bench_encode (surface);
  cairo_surface_destroy (surface);
  printf ("\n");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(EntProject) project = NULL;
  g_autoptr(EntNetwork) network = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bench-export-XXXXXX", NULL);
  const char * const *formats = ent_exporter_list_formats ();
  gint64 t0 = g_get_monotonic_time ();

  print_load ("at the start");
  project = planted_project ();
  network = ent_network_new (project, ENT_NETWORK_LEVEL_STATE);
  ent_network_layout (network, 0);
  printf ("%u actors, %u ties, %u camps; built and laid out in %.1f s\n\n",
          ent_network_get_n_nodes (network), ent_network_get_n_ties (network),
          ent_network_get_n_camps (network), (g_get_monotonic_time () - t0) / 1e6);
  bench_layers (network);
  printf ("%-8s %11s %11s %11s %13s\n", "format", "serialise", "write", "processor", "size");
  for (guint i = 0; formats[i]; i++)
    if (argc < 2 || g_strv_contains ((const char * const *)argv + 1, formats[i]))
      bench_format (network, formats[i], 1, dir);
  for (guint scale = 2; scale <= 4; scale *= 2)
    {
      g_autofree char *name = g_strdup_printf ("png@%ux", scale);

      if (argc < 2 || g_strv_contains ((const char * const *)argv + 1, name))
        bench_format (network, "png", scale, dir);
    }
  print_load ("at the end");
  g_rmdir (dir);
  return 0;
}
