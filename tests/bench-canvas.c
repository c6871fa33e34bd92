/* bench-canvas.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdio.h>

#include "ent-canvas-private.h"

/* Frame times of the canvas while panning, while dragging a node and
 * while zooming, with 500, 2,000 and 5,000 actors of ten ties each, in a
 * 1280×800 window with GTK's default renderer. Two times per frame:
 *
 * - wall: from the frame clock's update phase to the end of its paint
 *   phase, which includes GTK's and the X server's work (under Xvfb and
 *   llvmpipe, most of it, and noisy on a shared machine);
 * - canvas: the canvas's own work in the frame: the event handler run in
 *   the update phase, and its snapshot.
 *
 * Tiles and cells of tiles are also drawn between frames, a slice at a
 * time: the longest slice (the most it can delay a frame) is printed too.
 *
 * Printed: medians and 95th percentiles of both while panning and
 * dragging, the first frame of a drag (the static drawing loses the node),
 * the drop (the handler, and the frames until the tiles show the node
 * again), and the worst frame of a zoom by 3× in one step and back, until
 * the new tiles cover the view. Run under Xvfb, with a number of actors
 * or without for all three:
 *
 *   xvfb-run -a -s "-screen 0 1280x800x24 -noreset" _build/tests/bench-canvas [N]
 */

#define N_FRAMES   120
#define MAX_SETTLE 200

typedef enum
{
  MODE_PAN,
  MODE_DRAG,
  MODE_SETTLE,  /* nothing moves: frames until the pending tiles are drawn */
} Mode;

typedef struct
{
  GArray    *wall;     /* double, ms */
  GArray    *work;     /* double, ms */
  gint64     started;
  gint64     handler;  /* µs in this frame's event handler */
  gint64     counted;  /* the canvas's snapshot and tile time at the last frame's end */
  int        frame;
  Mode       mode;
  EntCanvas *canvas;
  gboolean   done;
  int        first;    /* the frame in which the node started to move */
} Run;

static EntProject *
make_project (guint n_actors)
{
  EntProject *project = ent_project_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint side = (guint) ceil (sqrt (n_actors));

  for (guint i = 0; i < n_actors; i++)
    {
      g_autofree char *id = g_strdup_printf ("a%05u", i);
      g_autofree char *name = g_strdup_printf ("Actor %u", i);
      g_autoptr(EntActor) actor = ent_actor_new (id, name, i % 4);

      ent_actor_set_mentions (actor, g_rand_int_range (rand, 1, 40));
      ent_actor_set_position (actor, (i % side) * 70.0 + g_rand_double_range (rand, -20, 20),
                              (i / side) * 70.0 + g_rand_double_range (rand, -20, 20), TRUE);
      ent_project_add_actor (project, actor);
    }
  /* Ten ties from each actor, mostly to actors nearby, the way news
   * networks cluster; same half of the map allies, the other opposes. */
  for (guint i = 0; i < n_actors; i++)
    for (guint k = 0; k < 10; k++)
      {
        int j = (int) i + g_rand_int_range (rand, -3 * (int) side, 3 * (int) side + 1);
        g_autofree char *sid = NULL, *a = NULL, *b = NULL;
        g_autoptr(EntStatement) st = NULL;

        if (j < 0 || j >= (int) n_actors || j == (int) i)
          j = g_rand_int_range (rand, 0, n_actors);
        if (j == (int) i)
          continue;
        sid = g_strdup_printf ("s%u-%u", i, k);
        a = g_strdup_printf ("a%05u", i);
        b = g_strdup_printf ("a%05u", j);
        st = ent_statement_new (sid, a, ((i % side) < side / 2) == (((guint) j % side) < side / 2) ? 1 : -1, b);
        ent_project_add_statement (project, st);
      }
  return project;
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static void
spin_while_busy (EntCanvas *canvas)
{
  guint wake = g_timeout_add (10, wake_cb, NULL);
  gint64 until;

  while (!gtk_widget_get_mapped (GTK_WIDGET (canvas)) || ent_canvas_get_busy (canvas))
    g_main_context_iteration (NULL, TRUE);
  /* A few frames, the settled redraw after the last fit or zoom, and the
   * tiles around the view drawn ahead. */
  until = g_get_monotonic_time () + 500 * 1000;
  while (g_get_monotonic_time () < until || canvas->settle_source != 0 || canvas->prefetch_id != 0)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
}

static gpointer
find_drag (EntCanvas *canvas)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (canvas));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_DRAG (controller))
        return controller;
    }
  return NULL;
}

static gint64
canvas_time (EntCanvas *canvas)
{
  return canvas->snapshot_usec;
}

static void
update_cb (GdkFrameClock *clock,
           Run           *run)
{
  double d = run->frame * 3.0;
  gint64 start;

  if (run->done)
    return;
  run->started = start = g_get_monotonic_time ();
  if (run->mode == MODE_PAN)
    ent_viewport_pan (ent_canvas_get_viewport (run->canvas), 3, 1);
  else if (run->mode == MODE_DRAG)
    {
      g_signal_emit_by_name (find_drag (run->canvas), "drag-update", d, d * 0.5);
      if (run->first < 0 && run->canvas->drag == ENT_CANVAS_DRAG_NODE)
        run->first = run->frame;
    }
  run->handler = g_get_monotonic_time () - start;
}

static gboolean
settled (EntCanvas *canvas)
{
  return !_ent_canvas_tiles_get_pending (canvas) && canvas->float_node < 0;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Run           *run)
{
  double wall, work;
  gint64 now = canvas_time (run->canvas);

  if (run->done || run->started == 0)
    return;
  wall = (g_get_monotonic_time () - run->started) / 1000.0;
  work = (run->handler + now - run->counted) / 1000.0;
  run->counted = now;
  g_array_append_val (run->wall, wall);
  g_array_append_val (run->work, work);
  run->started = 0;
  run->frame++;
  if (run->mode == MODE_SETTLE)
    run->done = settled (run->canvas) || run->frame >= MAX_SETTLE;
  else
    run->done = run->frame >= N_FRAMES;
  if (run->done)
    return;
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_UPDATE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *times,
            guint   percent)
{
  g_autoptr(GArray) sorted = g_array_copy (times);

  g_array_sort (sorted, compare_doubles);
  return g_array_index (sorted, double, MIN (sorted->len - 1, sorted->len * percent / 100));
}

/* Runs frames in @mode until it is done; the times are in @run. */
static void
run_frames (EntCanvas *canvas,
            Mode       mode,
            Run       *run)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (canvas));
  gulong update, paint;

  canvas->work_max_usec = 0;
  *run = (Run) { .wall = g_array_new (FALSE, FALSE, sizeof (double)),
                 .work = g_array_new (FALSE, FALSE, sizeof (double)),
                 .counted = canvas_time (canvas), .mode = mode, .canvas = canvas, .first = -1 };
  update = g_signal_connect (clock, "update", G_CALLBACK (update_cb), run);
  paint = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), run);
  gtk_widget_queue_draw (GTK_WIDGET (canvas));
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_UPDATE);
  while (!run->done)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, update);
  g_signal_handler_disconnect (clock, paint);
}

static void
run_clear (Run *run)
{
  g_array_unref (run->wall);
  g_array_unref (run->work);
}

static void
print_run (guint       n_actors,
           const char *label,
           Run        *run)
{
  printf ("%-5u actors  %-5s wall median %6.2f p95 %6.2f max %7.2f ms"
          " | canvas median %6.2f p95 %6.2f max %7.2f ms | longest slice between frames %.2f ms\n",
          n_actors, label,
          percentile (run->wall, 50), percentile (run->wall, 95), percentile (run->wall, 100),
          percentile (run->work, 50), percentile (run->work, 95), percentile (run->work, 100),
          run->canvas->work_max_usec / 1000.0);
}

static void
measure_pan (EntCanvas *canvas,
             guint      n_actors)
{
  Run run;

  run_frames (canvas, MODE_PAN, &run);
  print_run (n_actors, "pan", &run);
  run_clear (&run);
}

/* Drags the node nearest the centre of the view, then drops it. */
static void
measure_drag (EntCanvas *canvas,
              guint      n_actors)
{
  EntViewport *viewport = ent_canvas_get_viewport (canvas);
  guint cells = canvas->n_cells_drawn, tiles = canvas->n_tiles_drawn;
  int node = -1;
  double x, y;
  gint64 start;
  Run run;

  for (double r = 0; node < 0 && r < 300; r += 4)
    node = ent_viewport_find_node_at (viewport, ent_viewport_get_width (viewport) / 2 + r,
                                      ent_viewport_get_height (viewport) / 2);
  ent_viewport_to_view (viewport, ent_scene_get_node (canvas->scene, node)->x,
                        ent_scene_get_node (canvas->scene, node)->y, &x, &y);
  g_signal_emit_by_name (find_drag (canvas), "drag-begin", x, y);
  run_frames (canvas, MODE_DRAG, &run);
  printf ("%-5u actors  drag  first frame: wall %.2f ms, canvas %.2f ms;"
          " %u cells and %u tiles painted in the drag\n",
          n_actors, g_array_index (run.wall, double, run.first),
          g_array_index (run.work, double, run.first),
          canvas->n_cells_drawn - cells, canvas->n_tiles_drawn - tiles);
  print_run (n_actors, "drag", &run);
  run_clear (&run);

  cells = canvas->n_cells_drawn, tiles = canvas->n_tiles_drawn;
  start = g_get_monotonic_time ();
  g_signal_emit_by_name (find_drag (canvas), "drag-end", N_FRAMES * 3.0, N_FRAMES * 1.5);
  start = g_get_monotonic_time () - start;
  run_frames (canvas, MODE_SETTLE, &run);
  printf ("%-5u actors  drop  handler %.2f ms, then %u frames until drawn: worst wall %.2f ms,"
          " canvas %.2f ms, slice %.2f ms; %u cells and %u tiles painted, %u flushes in all\n",
          n_actors, start / 1000.0, run.wall->len,
          percentile (run.wall, 100), percentile (run.work, 100),
          canvas->work_max_usec / 1000.0,
          canvas->n_cells_drawn - cells, canvas->n_tiles_drawn - tiles, canvas->n_tile_flushes);
  run_clear (&run);
}

/* Zooms by @factor in one step, and draws until the view is sharp again. */
static void
measure_zoom (EntCanvas  *canvas,
              double      factor,
              const char *label,
              guint       n_actors)
{
  EntViewport *viewport = ent_canvas_get_viewport (canvas);
  guint tiles = canvas->n_tiles_drawn;
  Run run;

  ent_viewport_zoom_at (viewport, factor, ent_viewport_get_width (viewport) / 2,
                        ent_viewport_get_height (viewport) / 2);
  run_frames (canvas, MODE_SETTLE, &run);
  printf ("%-5u actors  %-8s %u frames until drawn: worst wall %.2f ms, canvas %.2f ms,"
          " slice %.2f ms; %u tiles drawn\n",
          n_actors, label, run.wall->len, percentile (run.wall, 100), percentile (run.work, 100),
          canvas->work_max_usec / 1000.0,
          canvas->n_tiles_drawn - tiles);
  run_clear (&run);
}

static void
bench (guint n_actors)
{
  g_autoptr(EntProject) project = make_project (n_actors);
  g_autoptr(EntNetwork) network = ent_network_new (project, ENT_NETWORK_LEVEL_STATE);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *canvas = ent_canvas_new ();
  gint64 start;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), canvas);
  gtk_window_present (GTK_WINDOW (window));
  start = g_get_monotonic_time ();
  ent_canvas_set_network (ENT_CANVAS (canvas), network);
  spin_while_busy (ENT_CANVAS (canvas));
  printf ("%-5u actors: first picture after %.0f ms; renderer %s\n", n_actors,
          (g_get_monotonic_time () - start) / 1000.0 - 500,
          G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
  /* Closer than the fit, as a user reading the network would be. */
  ent_viewport_zoom_at (ent_canvas_get_viewport (ENT_CANVAS (canvas)), 2.0, 640, 400);
  spin_while_busy (ENT_CANVAS (canvas));
  measure_pan (ENT_CANVAS (canvas), n_actors);
  spin_while_busy (ENT_CANVAS (canvas));
  measure_drag (ENT_CANVAS (canvas), n_actors);
  spin_while_busy (ENT_CANVAS (canvas));
  measure_zoom (ENT_CANVAS (canvas), 3.0, "zoom in", n_actors);
  spin_while_busy (ENT_CANVAS (canvas));
  measure_zoom (ENT_CANVAS (canvas), 1 / 3.0, "zoom out", n_actors);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  static const guint sizes[] = { 500, 2000, 5000 };

  gtk_init ();
  adw_init ();
  if (argc >= 2)
    bench ((guint) atoi (argv[1]));
  else
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      bench (sizes[i]);
  return 0;
}
