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

/* Frame times of the canvas while panning and while dragging a node, with
 * 500, 2,000 and 5,000 actors of ten ties each, in a 1280×800 window with
 * GTK's default renderer. A frame's time runs from the frame clock's
 * update phase to the end of its paint phase: the work the canvas and
 * GTK do for it. Also printed: the frame in which a dragged node starts
 * to move (the static drawing loses it), the canvas's own snapshot time
 * per frame, how many tiles and cells of tiles it drew (tiles are drawn
 * ahead between frames), and the mean time from one frame to the next,
 * which counts that work too. Run under
 * Xvfb, with a number of actors or without for all three:
 *
 *   xvfb-run -a -s "-screen 0 1280x800x24 -noreset" _build/tests/bench-canvas [N]
 */

#define N_FRAMES 120

typedef struct
{
  GArray *times;    /* double, ms */
  gint64  started;
  int     frame;
  int     mode;     /* 0 pan, 1 drag */
  double  x, y;     /* the drag's start */
  EntCanvas *canvas;
  gboolean done;
  int     first;    /* the frame in which the node started to move */
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

static void
update_cb (GdkFrameClock *clock,
           Run           *run)
{
  double d = run->frame * 3.0;

  if (run->done)
    return;
  run->started = g_get_monotonic_time ();
  if (run->mode == 0)
    ent_viewport_pan (ent_canvas_get_viewport (run->canvas), 3, 1);
  else
    {
      g_signal_emit_by_name (find_drag (run->canvas), "drag-update", d, d * 0.5);
      if (run->first < 0 && run->canvas->drag == ENT_CANVAS_DRAG_NODE)
        run->first = run->frame;
    }
}

static void
after_paint_cb (GdkFrameClock *clock,
                Run           *run)
{
  double ms;

  if (run->done || run->started == 0)
    return;
  ms = (g_get_monotonic_time () - run->started) / 1000.0;
  g_array_append_val (run->times, ms);
  run->started = 0;
  if (++run->frame >= N_FRAMES)
    run->done = TRUE;
  else
    gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_UPDATE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
measure (EntCanvas  *canvas,
         int         mode,
         const char *label,
         guint       n_actors)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (canvas));
  Run run = { g_array_new (FALSE, FALSE, sizeof (double)), 0, 0, mode, 0, 0, canvas, FALSE, -1 };
  guint tiles = canvas->n_tiles_drawn, cells = canvas->n_cells_drawn, flushes = canvas->n_tile_flushes;
  gint64 snap = canvas->snapshot_usec, wall;
  gulong update, paint;
  double *t;

  if (mode == 1)
    {
      /* Drags the node nearest the centre of the view. */
      EntViewport *viewport = ent_canvas_get_viewport (canvas);
      int node = -1;

      for (double r = 0; node < 0 && r < 300; r += 4)
        node = ent_viewport_find_node_at (viewport, ent_viewport_get_width (viewport) / 2 + r,
                                          ent_viewport_get_height (viewport) / 2);
      ent_viewport_to_view (viewport, ent_scene_get_node (canvas->scene, node)->x,
                            ent_scene_get_node (canvas->scene, node)->y, &run.x, &run.y);
      g_signal_emit_by_name (find_drag (canvas), "drag-begin", run.x, run.y);
    }
  wall = g_get_monotonic_time ();
  update = g_signal_connect (clock, "update", G_CALLBACK (update_cb), &run);
  paint = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &run);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_UPDATE);
  while (!run.done)
    g_main_context_iteration (NULL, TRUE);
  wall = g_get_monotonic_time () - wall;
  g_signal_handler_disconnect (clock, update);
  g_signal_handler_disconnect (clock, paint);
  t = (double *) (gpointer) run.times->data;
  if (run.first >= 0)
    printf ("%-5u actors  drag  first frame of the move %.2f ms\n", n_actors, t[run.first]);
  g_array_sort (run.times, compare_doubles);
  printf ("%-5u actors %-5u ties  %-5s median %6.2f ms  p95 %6.2f ms  max %7.2f ms"
          "  snapshot %.2f ms/frame  tiles drawn %u, cells %u, flushes %u;"
          "  %.1f ms from frame to frame\n",
          n_actors, ent_network_get_n_ties (ent_canvas_get_network (canvas)), label,
          t[run.times->len / 2], t[run.times->len * 95 / 100], t[run.times->len - 1],
          (canvas->snapshot_usec - snap) / 1000.0 / run.times->len,
          canvas->n_tiles_drawn - tiles, canvas->n_cells_drawn - cells,
          canvas->n_tile_flushes - flushes, wall / 1000.0 / run.times->len);
  g_array_unref (run.times);
  if (mode == 1)
    g_signal_emit_by_name (find_drag (canvas), "drag-end", run.frame * 3.0, run.frame * 1.5);
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
  measure (ENT_CANVAS (canvas), 0, "pan", n_actors);
  spin_while_busy (ENT_CANVAS (canvas));
  measure (ENT_CANVAS (canvas), 1, "drag", n_actors);
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
