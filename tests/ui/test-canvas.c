/* test-canvas.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "ent-canvas-private.h"
#include "ent-side-panel-private.h"
#include "ent-window-private.h"
#include "ui-test-util.h"

/* The canvas in a window, driven through its actions and by emitting its
 * controllers' signals (libshumate's tests/map.c does the same): every
 * edit lands in the project as one undoable step. */

static const char *text =
  "Russia and Iran back Syria. The United States condemned Russia and Iran.";

typedef struct
{
  EntWindow  *window;
  EntCanvas  *canvas;
  EntProject *project;
} Fixture;

static gboolean
canvas_is_ready (gpointer data)
{
  EntCanvas *canvas = data;

  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 100 &&
         !ent_canvas_get_busy (canvas);
}

static void
add_actor (EntProject *project,
           const char *id,
           const char *name,
           double      x,
           double      y)
{
  g_autoptr(EntActor) actor = ent_actor_new (id, name, ENT_ACTOR_KIND_STATE);

  ent_actor_set_mentions (actor, 5);
  ent_actor_set_position (actor, x, y, TRUE);
  ent_project_add_actor (project, actor);
}

static void
add_statement (EntProject *project,
               const char *id,
               const char *source,
               int         sign,
               const char *target)
{
  g_autoptr(EntStatement) st = ent_statement_new (id, source, sign, target);

  ent_statement_set_evidence (st, "doc-1", 0, 27, 12, 16);
  ent_statement_set_confidence (st, 1.0);
  ent_project_add_statement (project, st);
}

/* Two camps, every actor pinned where the test expects it. */
static EntProject *
two_camps (void)
{
  EntProject *project = ent_project_new ();
  g_autoptr(EntDocument) document = ent_document_new ("doc-1", text);

  ent_project_add_document (project, document);
  add_actor (project, "RUS", "Russia", 0, 0);
  add_actor (project, "IRN", "Iran", 0, 200);
  add_actor (project, "SYR", "Syria", 150, 100);
  add_actor (project, "USA", "United States", 500, 100);
  add_statement (project, "st-1", "RUS", 1, "SYR");
  add_statement (project, "st-2", "IRN", 1, "SYR");
  add_statement (project, "st-3", "RUS", 1, "IRN");
  add_statement (project, "st-4", "USA", -1, "RUS");
  add_statement (project, "st-5", "USA", -1, "IRN");
  ent_project_clear_history (project);
  return project;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(EntProject) project = NULL;

  if (!ui_test_have_display ())
    return;
  project = two_camps ();
  fixture->window = g_object_ref_sink (ent_window_new (NULL, project));
  fixture->canvas = fixture->window->canvas;
  fixture->project = ent_window_get_project (fixture->window);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  ui_test_spin_until (canvas_is_ready, fixture->canvas);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (!ui_test_have_display ())
    return;
  ui_test_window_destroy (&fixture->window);
}

static gpointer
find_controller (EntCanvas *canvas,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (canvas));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }
  g_assert_not_reached ();
}

/* Where an actor's node is, in canvas coordinates. */
static void
node_point (Fixture    *fixture,
            const char *id,
            double     *x,
            double     *y)
{
  EntScene *scene = ent_viewport_get_scene (ent_canvas_get_viewport (fixture->canvas));
  int node = ent_network_find_node (ent_canvas_get_network (fixture->canvas), id);
  const EntSceneNode *n = ent_scene_get_node (scene, node);

  ent_viewport_to_view (ent_canvas_get_viewport (fixture->canvas), n->x, n->y, x, y);
}

static void
click (Fixture *fixture,
       int      n_press,
       double   x,
       double   y)
{
  gpointer gesture = find_controller (fixture->canvas, GTK_TYPE_GESTURE_CLICK);

  for (int i = 1; i <= n_press; i++)
    g_signal_emit_by_name (gesture, "pressed", i, x, y);
}

static void
drag (Fixture *fixture,
      double   x,
      double   y,
      double   dx,
      double   dy)
{
  gpointer gesture = find_controller (fixture->canvas, GTK_TYPE_GESTURE_DRAG);

  g_signal_emit_by_name (gesture, "drag-begin", x, y);
  g_signal_emit_by_name (gesture, "drag-update", dx / 2, dy / 2);
  g_signal_emit_by_name (gesture, "drag-update", dx, dy);
  g_signal_emit_by_name (gesture, "drag-end", dx, dy);
}

static void
select_tie (Fixture    *fixture,
            const char *a,
            const char *b)
{
  double ax, ay, bx, by;

  node_point (fixture, a, &ax, &ay);
  node_point (fixture, b, &bx, &by);
  click (fixture, 1, (ax + bx) / 2, (ay + by) / 2);
}

static const EntNetworkTie *
find_tie (Fixture    *fixture,
          const char *a,
          const char *b)
{
  EntNetwork *network = ent_canvas_get_network (fixture->canvas);
  int tie = ent_network_find_tie (network, ent_network_find_node (network, a),
                                  ent_network_find_node (network, b));

  return tie >= 0 ? ent_network_get_tie (network, tie) : NULL;
}

/* Lets the canvas draw a frame: the widget paintable shows the last. */
static void
wait_for_frame (Fixture *fixture)
{
  ui_test_wait_frame (GTK_WIDGET (fixture->canvas));
}

/* Draws the canvas in a frame, and then into pixels (B, G, R, A). */
static guchar *
render_pixels (Fixture *fixture)
{
  return ui_test_render_pixels (GTK_WIDGET (fixture->canvas));
}

/* Whether the pixel at view point (@x, @y) has @color. */
static gboolean
pixel_is (Fixture        *fixture,
          const guchar   *pixels,
          double          x,
          double          y,
          const EntColor *color)
{
  const guchar *p = pixels + ((int) y * gtk_widget_get_width (GTK_WIDGET (fixture->canvas)) + (int) x) * 4;

  return abs (p[2] - (int) (color->red * 255)) <= 3 && abs (p[1] - (int) (color->green * 255)) <= 3 &&
         abs (p[0] - (int) (color->blue * 255)) <= 3;
}

static void
camp_color (Fixture    *fixture,
            const char *id,
            EntColor   *color)
{
  EntNetwork *network = ent_canvas_get_network (fixture->canvas);

  ent_palette_get_camp_color (ent_palette_get (ENT_PALETTE_LIGHT),
                              ent_network_get_node (network, ent_network_find_node (network, id))->camp,
                              color);
}

/* The canvas draws: not blank, and a node's pixel has its camp colour. */
static void
test_render (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree guchar *pixels = NULL;
  EntColor camp;
  int width, height;
  double x, y;
  guint differing = 0;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  width = gtk_widget_get_width (GTK_WIDGET (fixture->canvas));
  height = gtk_widget_get_height (GTK_WIDGET (fixture->canvas));

  pixels = render_pixels (fixture);
  for (int i = 0; i < width * height; i++)
    differing += pixels[4 * i] != pixels[0] || pixels[4 * i + 1] != pixels[1];
  g_assert_cmpuint (differing, >, 500);

  node_point (fixture, "RUS", &x, &y);
  camp_color (fixture, "RUS", &camp);
  g_assert_true (pixel_is (fixture, pixels, x, y, &camp));
}

static gboolean
tiles_are_done (gpointer data)
{
  EntCanvas *canvas = data;

  return canvas->prefetch_id == 0 && canvas->settle_source == 0;
}

/* Draws a frame, and waits until the tiles around the view are drawn. */
static void
render_and_settle (Fixture *fixture)
{
  g_free (render_pixels (fixture));
  ui_test_spin_until (tiles_are_done, fixture->canvas);
}

static void
add_egypt (Fixture *fixture)
{
  ent_project_begin_group (fixture->project, "Egypt");
  add_actor (fixture->project, "EGY", "Egypt", 300, 300);
  add_statement (fixture->project, "st-6", "EGY", 1, "SYR");
  ent_project_end_group (fixture->project);
}

/* While gradual, a changed network is laid out unseen: the frames show
 * the old tiles, and the new ones are drawn between frames. Otherwise a
 * frame draws what it lacks itself. */
static void
test_gradual_change (Fixture       *fixture,
                     gconstpointer  data)
{
  EntCanvas *canvas = fixture->canvas;
  guint frame_tiles, tiles;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  render_and_settle (fixture);
  frame_tiles = canvas->n_frame_tiles;
  tiles = canvas->n_tiles_drawn;

  ent_canvas_set_gradual (canvas, TRUE);
  add_egypt (fixture);
  g_assert_true (ent_canvas_get_busy (canvas));
  g_assert_nonnull (canvas->old_tiles);
  g_free (render_pixels (fixture));
  ui_test_spin_until (canvas_is_ready, canvas);
  render_and_settle (fixture);
  g_assert_cmpuint (canvas->n_frame_tiles, ==, frame_tiles);
  g_assert_cmpuint (canvas->n_tiles_drawn, >, tiles);
  g_assert_null (canvas->old_tiles);
  g_assert_cmpuint (ent_scene_get_n_nodes (ent_viewport_get_scene (ent_canvas_get_viewport (canvas))),
                    ==, 5);

  ent_canvas_set_gradual (canvas, FALSE);
  ent_project_undo (fixture->project);
  ui_test_spin_until (canvas_is_ready, canvas);
  render_and_settle (fixture);
  g_assert_cmpuint (canvas->n_frame_tiles, >, frame_tiles);
}

/* Panning moves the drawn tiles: it draws nothing again. */
static void
test_pan_keeps_tiles (Fixture       *fixture,
                      gconstpointer  data)
{
  EntCanvas *canvas = fixture->canvas;
  guint tiles, cells, flushes;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  render_and_settle (fixture);
  tiles = canvas->n_tiles_drawn;
  cells = canvas->n_cells_drawn;
  flushes = canvas->n_tile_flushes;
  g_assert_cmpuint (tiles, >, 0);

  drag (fixture, 5, 5, 60, -40);
  g_free (render_pixels (fixture));
  g_assert_cmpuint (canvas->n_tiles_drawn, ==, tiles);
  g_assert_cmpuint (canvas->n_cells_drawn, ==, cells);
  g_assert_cmpuint (canvas->n_tile_flushes, ==, flushes);
}

/* Starting a drag takes the node out of the static drawing by painting a
 * few cells of the tiles again, not by drawing everything afresh. */
static void
test_drag_repaints_cells (Fixture       *fixture,
                          gconstpointer  data)
{
  EntCanvas *canvas = fixture->canvas;
  gpointer gesture = find_controller (canvas, GTK_TYPE_GESTURE_DRAG);
  g_autofree guchar *before = NULL;
  g_autofree guchar *during = NULL;
  const EntPalette *palette = ent_palette_get (ENT_PALETTE_LIGHT);
  guint tiles, cells, flushes;
  EntColor camp;
  double x, y;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  render_and_settle (fixture);
  tiles = canvas->n_tiles_drawn;
  cells = canvas->n_cells_drawn;
  flushes = canvas->n_tile_flushes;
  node_point (fixture, "SYR", &x, &y);
  camp_color (fixture, "SYR", &camp);
  before = render_pixels (fixture);
  g_assert_true (pixel_is (fixture, before, x, y, &camp));

  g_signal_emit_by_name (gesture, "drag-begin", x, y);
  g_signal_emit_by_name (gesture, "drag-update", 60.0, 45.0);
  during = render_pixels (fixture);
  /* The node left its place, which shows the background now… */
  g_assert_true (pixel_is (fixture, during, x, y, &palette->background));
  g_assert_true (pixel_is (fixture, during, x + 60, y + 45, &camp));
  /* …by painting a few cells again, not whole tiles. */
  g_assert_cmpuint (canvas->n_cells_drawn, >, cells);
  g_assert_cmpuint (canvas->n_cells_drawn - cells, <,
                    (canvas->n_tiles_drawn - tiles + g_hash_table_size (canvas->tiles)) * 64 / 2);
  g_assert_cmpuint (canvas->n_tile_flushes, ==, flushes);

  g_signal_emit_by_name (gesture, "drag-end", 60.0, 45.0);
  g_assert_true (ent_actor_get_pinned (ent_project_lookup_actor (fixture->project, "SYR")));
}

static gboolean
view_is_settled (gpointer data)
{
  return ENT_CANVAS (data)->settle_source == 0;
}

static gboolean
tiles_are_drawn (gpointer data)
{
  EntCanvas *canvas = data;

  return !_ent_canvas_tiles_get_pending (canvas) && canvas->float_node < 0 &&
         canvas->prefetch_id == 0 && canvas->settle_source == 0;
}

/* How many channels of two pictures differ by more than a level or two:
 * a cell painted alone and the same place in a whole tile may round a
 * tie's edge differently. */
static guint
count_differences (Fixture      *fixture,
                   const guchar *a,
                   const guchar *b)
{
  int n = gtk_widget_get_width (GTK_WIDGET (fixture->canvas)) *
          gtk_widget_get_height (GTK_WIDGET (fixture->canvas)) * 4;
  guint differing = 0;

  for (int i = 0; i < n; i++)
    differing += abs (a[i] - b[i]) > 2;
  return differing;
}

/* Dropping a node keeps the scene and the tiles: only the cells that show
 * it now are painted again, the node staying on top until they are; the
 * picture is then the one a full redraw gives. */
static void
test_drop_repaints_cells (Fixture       *fixture,
                          gconstpointer  data)
{
  EntCanvas *canvas = fixture->canvas;
  g_autofree guchar *dropped = NULL;
  g_autofree guchar *redrawn = NULL;
  EntScene *scene;
  guint tiles, cells, flushes;
  EntColor camp;
  double x, y, nx, ny;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  render_and_settle (fixture);
  scene = canvas->scene;
  node_point (fixture, "SYR", &x, &y);
  camp_color (fixture, "SYR", &camp);
  drag (fixture, x, y, 60, 45);
  tiles = canvas->n_tiles_drawn;
  flushes = canvas->n_tile_flushes;
  g_assert_true (canvas->scene == scene);
  g_assert_cmpint (canvas->float_node, ==,
                   ent_network_find_node (ent_canvas_get_network (canvas), "SYR"));
  cells = canvas->n_cells_drawn;

  ui_test_spin_until (tiles_are_drawn, canvas);
  g_assert_cmpuint (canvas->n_cells_drawn, >, cells);
  g_assert_cmpuint (canvas->n_tiles_drawn, ==, tiles);
  g_assert_cmpuint (canvas->n_tile_flushes, ==, flushes);
  g_assert_false (ent_canvas_get_busy (canvas));
  dropped = render_pixels (fixture);
  g_assert_true (pixel_is (fixture, dropped, x + 60, y + 45, &camp));

  _ent_canvas_drop_raster (canvas);
  redrawn = render_pixels (fixture);
  g_assert_cmpuint (canvas->n_tile_flushes, ==, flushes + 1);
  g_assert_cmpuint (count_differences (fixture, dropped, redrawn), <, 50);

  /* Undone, the pinned actor goes back the same way. */
  scene = canvas->scene;
  ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
  g_assert_true (canvas->scene == scene);
  node_point (fixture, "SYR", &nx, &ny);
  g_assert_cmpfloat_with_epsilon (nx, x, 1e-6);
  g_assert_cmpfloat_with_epsilon (ny, y, 1e-6);
  g_assert_false (ent_canvas_get_busy (canvas));

  /* Unpinned, the actor is the layout's again: one starts. */
  click (fixture, 1, x, y);
  ui_test_activate (GTK_WIDGET (canvas), "canvas.unpin");
  g_assert_false (ent_actor_get_pinned (ent_project_lookup_actor (fixture->project, "SYR")));
  g_assert_true (ent_canvas_get_busy (canvas));
}

/* Zoomed far out, a node is still a dot of a few pixels in its camp's
 * colour; an export at that size would draw it smaller. */
static void
test_min_node_size (Fixture       *fixture,
                    gconstpointer  data)
{
  EntViewport *viewport;
  g_autofree guchar *pixels = NULL;
  const EntSceneNode *node;
  EntColor camp;
  double x, y;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  viewport = ent_canvas_get_viewport (fixture->canvas);
  ent_viewport_set_zoom (viewport, ENT_VIEWPORT_MIN_ZOOM);
  node = ent_scene_get_node (ent_viewport_get_scene (viewport),
                             ent_network_find_node (ent_canvas_get_network (fixture->canvas),
                                                    "USA"));
  g_assert_cmpfloat (node->radius * ENT_VIEWPORT_MIN_ZOOM, <, 1);
  g_assert_cmpfloat (MIN_NODE_PX, >=, 2);
  ui_test_spin_until (tiles_are_drawn, fixture->canvas);
  pixels = render_pixels (fixture);
  node_point (fixture, "USA", &x, &y);
  camp_color (fixture, "USA", &camp);
  /* The pixel under the centre and its four neighbours lie wholly
   * inside a dot of radius 2.5 pixels; a node of its size in the world
   * would cover a pixel at most. */
  for (int k = 0; k < 5; k++)
    {
      static const int d[5][2] = { { 0, 0 }, { -1, 0 }, { 1, 0 }, { 0, -1 }, { 0, 1 } };

      g_assert_true (pixel_is (fixture, pixels, floor (x) + d[k][0], floor (y) + d[k][1], &camp));
    }
  g_assert_cmpfloat (ent_painter_get_min_node_size (fixture->canvas->painter), >=, MIN_NODE_PX);
}

/* A big zoom draws no tile in its frame: the old tiles show, stretched,
 * until the new ones, drawn between frames, cover the view. */
static void
test_zoom_keeps_old_tiles (Fixture       *fixture,
                           gconstpointer  data)
{
  EntCanvas *canvas = fixture->canvas;
  EntViewport *viewport = ent_canvas_get_viewport (canvas);
  g_autofree guchar *pixels = NULL;
  guint tiles;
  EntColor camp;
  double x, y;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  render_and_settle (fixture);
  g_assert_null (canvas->old_tiles);
  tiles = canvas->n_tiles_drawn;
  node_point (fixture, "SYR", &x, &y);
  ent_viewport_zoom_at (viewport, 3.0, x, y);
  wait_for_frame (fixture);
  g_assert_nonnull (canvas->old_tiles);
  g_assert_cmpuint (canvas->n_tiles_drawn, ==, tiles);
  g_assert_cmpfloat_with_epsilon (_ent_canvas_tiles_get_scale (canvas),
                                  ent_viewport_get_zoom (viewport) *
                                  gtk_widget_get_scale_factor (GTK_WIDGET (canvas)), 1e-9);
  /* The node shows where the new zoom has it, in the stretched tiles. */
  pixels = render_pixels (fixture);
  camp_color (fixture, "SYR", &camp);
  g_assert_true (pixel_is (fixture, pixels, x, y, &camp));

  ui_test_spin_until (tiles_are_drawn, canvas);
  g_assert_null (canvas->old_tiles);
  g_assert_cmpuint (canvas->n_tiles_drawn, >, tiles);
}

static double
label_height_on_screen (Fixture *fixture)
{
  EntViewport *viewport = ent_canvas_get_viewport (fixture->canvas);
  EntScene *scene = ent_viewport_get_scene (viewport);

  /* Within 1 %: smaller changes of the zoom do not place labels again. */
  g_assert_cmpfloat_with_epsilon (ent_scene_get_label_size (scene) * ent_viewport_get_zoom (viewport),
                                  ENT_SCENE_LABEL_SIZE, ENT_SCENE_LABEL_SIZE * 0.01);
  return ent_scene_get_node (scene, 0)->label_box.height * ent_viewport_get_zoom (viewport);
}

/* Labels keep their size on screen whatever the zoom, once it settles;
 * zoomed far out, fewer fit, and a selected actor's label is shown. */
static void
test_label_size (Fixture       *fixture,
                 gconstpointer  data)
{
  EntViewport *viewport;
  EntScene *scene;
  double height;
  int hidden = -1;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  viewport = ent_canvas_get_viewport (fixture->canvas);
  height = label_height_on_screen (fixture);
  g_assert_cmpfloat (height, >, ENT_SCENE_LABEL_SIZE * 0.8);

  ui_test_activate (GTK_WIDGET (fixture->canvas), "canvas.zoom-in");
  ui_test_activate (GTK_WIDGET (fixture->canvas), "canvas.zoom-in");
  ui_test_spin_until (view_is_settled, fixture->canvas);
  g_assert_cmpfloat_with_epsilon (label_height_on_screen (fixture), height, height * 0.02);

  ent_viewport_set_zoom (viewport, ENT_VIEWPORT_MIN_ZOOM);
  ui_test_spin_until (view_is_settled, fixture->canvas);
  g_assert_cmpfloat_with_epsilon (label_height_on_screen (fixture), height, height * 0.02);

  scene = ent_viewport_get_scene (viewport);
  g_assert_cmpuint (ent_scene_get_n_hidden_labels (scene), >, 0);
  for (guint i = 0; i < ent_scene_get_n_nodes (scene) && hidden < 0; i++)
    if (!ent_scene_get_node (scene, i)->label_visible)
      hidden = i;
  ui_test_spin_until (tiles_are_drawn, fixture->canvas);
  ent_viewport_select (viewport, ent_scene_get_node (scene, hidden)->id, ENT_SELECT_REPLACE);
  g_assert_true (ent_scene_get_node (scene, hidden)->label_visible);
  /* The labels placed again are drawn between frames, over the old tiles. */
  g_assert_nonnull (fixture->canvas->old_tiles);
  ui_test_spin_until (tiles_are_drawn, fixture->canvas);
  g_assert_null (fixture->canvas->old_tiles);
}

static void
test_select (Fixture       *fixture,
             gconstpointer  data)
{
  EntViewport *viewport;
  double x, y;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  viewport = ent_canvas_get_viewport (fixture->canvas);

  node_point (fixture, "SYR", &x, &y);
  click (fixture, 1, x, y);
  g_assert_true (ent_viewport_is_selected (viewport, "SYR"));
  /* The side panel follows. */
  g_assert_cmpstr (ent_actor_get_id (ent_side_panel_get_selected_actor (fixture->window->side_panel)),
                   ==, "SYR");

  fixture->canvas->test_modifiers = GDK_SHIFT_MASK;
  node_point (fixture, "USA", &x, &y);
  click (fixture, 1, x, y);
  fixture->canvas->test_modifiers = 0;
  g_assert_cmpuint (ent_viewport_get_n_selected (viewport), ==, 2);

  click (fixture, 1, 5, 5);
  g_assert_cmpuint (ent_viewport_get_n_selected (viewport), ==, 0);

  /* And the other way: the actors list selects on the canvas. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (fixture->window->side_panel->actor_selection)); i++)
    {
      g_autoptr(EntActorItem) item = g_list_model_get_item (G_LIST_MODEL (fixture->window->side_panel->actor_selection), i);

      if (g_str_equal (ent_actor_get_id (ent_actor_item_get_actor (item)), "IRN"))
        gtk_single_selection_set_selected (fixture->window->side_panel->actor_selection, i);
    }
  g_assert_true (ent_viewport_is_selected (viewport, "IRN"));

  ui_test_activate (GTK_WIDGET (fixture->canvas), "canvas.select-none");
  g_assert_cmpuint (ent_viewport_get_n_selected (viewport), ==, 0);
}

static void
test_drag_node (Fixture       *fixture,
                gconstpointer  data)
{
  EntActor *syria;
  const EntSceneNode *node;
  double x, y, zoom, wx, wy;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  syria = ent_project_lookup_actor (fixture->project, "SYR");
  ent_project_move_actor (fixture->project, syria, 150, 100, FALSE);
  ent_project_clear_history (fixture->project);
  ui_test_spin_until (canvas_is_ready, fixture->canvas);
  zoom = ent_viewport_get_zoom (ent_canvas_get_viewport (fixture->canvas));

  node = ent_scene_get_node (ent_viewport_get_scene (ent_canvas_get_viewport (fixture->canvas)),
                             ent_network_find_node (ent_canvas_get_network (fixture->canvas), "SYR"));
  wx = node->x, wy = node->y;
  node_point (fixture, "SYR", &x, &y);
  drag (fixture, x, y, 40, 20);
  g_assert_true (ent_actor_get_pinned (syria));
  g_assert_cmpfloat_with_epsilon (ent_actor_get_x (syria), wx + 40 / zoom, 0.5);
  g_assert_cmpfloat_with_epsilon (ent_actor_get_y (syria), wy + 20 / zoom, 0.5);
  /* One step, which undo takes back entirely. */
  ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
  g_assert_false (ent_actor_get_pinned (syria));
  g_assert_false (ent_project_get_can_undo (fixture->project));
}

static void
test_pan_and_zoom (Fixture       *fixture,
                   gconstpointer  data)
{
  EntViewport *viewport;
  gpointer scroll;
  gboolean handled = FALSE;
  double ox, oy, zoom;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  viewport = ent_canvas_get_viewport (fixture->canvas);
  ox = ent_viewport_get_offset_x (viewport);
  oy = ent_viewport_get_offset_y (viewport);
  zoom = ent_viewport_get_zoom (viewport);

  drag (fixture, 5, 5, 30, -10);
  g_assert_cmpfloat_with_epsilon (ent_viewport_get_offset_x (viewport), ox + 30, 1e-6);
  g_assert_cmpfloat_with_epsilon (ent_viewport_get_offset_y (viewport), oy - 10, 1e-6);

  ui_test_activate (GTK_WIDGET (fixture->canvas), "canvas.zoom-in");
  g_assert_cmpfloat_with_epsilon (ent_viewport_get_zoom (viewport), zoom * 1.25, 1e-6);
  ui_test_activate (GTK_WIDGET (fixture->canvas), "canvas.zoom-out");
  g_assert_cmpfloat_with_epsilon (ent_viewport_get_zoom (viewport), zoom, 1e-6);

  scroll = find_controller (fixture->canvas, GTK_TYPE_EVENT_CONTROLLER_SCROLL);
  g_signal_emit_by_name (scroll, "scroll", 0.0, -1.0, &handled);
  g_assert_true (handled);
  g_assert_cmpfloat (ent_viewport_get_zoom (viewport), >, zoom);

  ui_test_activate (GTK_WIDGET (fixture->window), "win.zoom-fit");
  g_assert_cmpfloat_with_epsilon (ent_viewport_get_zoom (viewport), zoom, 1e-6);
}

static void
test_rubber_band (Fixture       *fixture,
                  gconstpointer  data)
{
  EntViewport *viewport;
  double rx, ry, ix, iy;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  viewport = ent_canvas_get_viewport (fixture->canvas);
  node_point (fixture, "RUS", &rx, &ry);
  node_point (fixture, "IRN", &ix, &iy);

  fixture->canvas->test_modifiers = GDK_SHIFT_MASK;
  drag (fixture, rx - 20, ry - 20, (ix - rx) + 40, (iy - ry) + 40);
  fixture->canvas->test_modifiers = 0;
  g_assert_cmpuint (ent_viewport_get_n_selected (viewport), ==, 2);
  g_assert_true (ent_viewport_is_selected (viewport, "RUS"));
  g_assert_true (ent_viewport_is_selected (viewport, "IRN"));
}

static void
test_connect (Fixture       *fixture,
              gconstpointer  data)
{
  guint before = ent_project_get_n_statements (fixture->project);
  const EntNetworkTie *tie;
  EntStatement *added;
  double x, y, tx, ty;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  g_assert_null (find_tie (fixture, "SYR", "USA"));

  ent_canvas_set_connect_mode (fixture->canvas, TRUE);
  g_assert_true (gtk_toggle_button_get_active (fixture->window->connect_button));
  node_point (fixture, "SYR", &x, &y);
  node_point (fixture, "USA", &tx, &ty);
  drag (fixture, x, y, tx - x, ty - y);
  /* The menu asks for the sign, with no tooltip of the node under the
   * pointer over it. */
  g_assert_true (gtk_widget_get_visible (fixture->canvas->popover));
  {
    GtkTooltip *tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);

    g_assert_false (GTK_WIDGET_GET_CLASS (fixture->canvas)->query_tooltip (GTK_WIDGET (fixture->canvas),
                                                                          (int) tx, (int) ty, FALSE, tooltip));
    g_object_unref (tooltip);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.add-tie", "s",
                                             "opposition"));
  g_assert_cmpuint (ent_project_get_n_statements (fixture->project), ==, before + 1);
  tie = find_tie (fixture, "SYR", "USA");
  g_assert_nonnull (tie);
  g_assert_cmpint (tie->sign, ==, -1);
  added = g_ptr_array_index (tie->statements, 0);
  g_assert_cmpint (ent_statement_get_origin (added), ==, ENT_STATEMENT_ORIGIN_MANUAL);
  g_assert_false (ent_statement_has_evidence (added));
  ent_canvas_set_connect_mode (fixture->canvas, FALSE);
}

static void
test_flip_undo_redo (Fixture       *fixture,
                     gconstpointer  data)
{
  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  select_tie (fixture, "USA", "RUS");
  ui_test_activate (GTK_WIDGET (fixture->canvas), "canvas.flip-tie");
  g_assert_cmpint (find_tie (fixture, "USA", "RUS")->sign, ==, 1);
  g_assert_true (ent_project_undo (fixture->project));
  g_assert_cmpint (find_tie (fixture, "USA", "RUS")->sign, ==, -1);
  g_assert_true (ent_project_redo (fixture->project));
  g_assert_cmpint (find_tie (fixture, "USA", "RUS")->sign, ==, 1);
}

static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  double x, y;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  node_point (fixture, "USA", &x, &y);
  click (fixture, 1, x, y);
  ui_test_activate (GTK_WIDGET (fixture->canvas), "canvas.delete");
  g_assert_null (ent_project_lookup_actor (fixture->project, "USA"));
  g_assert_cmpint (ent_network_find_node (ent_canvas_get_network (fixture->canvas), "USA"), ==, -1);
  ui_test_activate (GTK_WIDGET (fixture->window), "win.undo");
  g_assert_nonnull (ent_project_lookup_actor (fixture->project, "USA"));
  ui_test_activate (GTK_WIDGET (fixture->window), "win.redo");
  g_assert_null (ent_project_lookup_actor (fixture->project, "USA"));

  /* A tie: its extracted positions are rejected, not forgotten. */
  g_assert_true (ent_project_undo (fixture->project));
  ui_test_spin_until (canvas_is_ready, fixture->canvas);
  select_tie (fixture, "RUS", "SYR");
  ui_test_activate (GTK_WIDGET (fixture->canvas), "canvas.delete");
  g_assert_null (find_tie (fixture, "RUS", "SYR"));
  g_assert_cmpint (ent_statement_get_state (ent_project_lookup_statement (fixture->project, "st-1")),
                   ==, ENT_STATEMENT_STATE_REJECTED);
}

static void
test_merge (Fixture       *fixture,
            gconstpointer  data)
{
  EntActor *iran;
  GtkDropDown *dropdown;
  GListModel *model;
  double x, y;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  iran = ent_project_lookup_actor (fixture->project, "IRN");

  node_point (fixture, "SYR", &x, &y);
  click (fixture, 1, x, y);
  ui_test_activate (GTK_WIDGET (fixture->canvas), "canvas.merge");
  g_assert_true (ADW_IS_MESSAGE_DIALOG (fixture->canvas->dialog));
  dropdown = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (fixture->canvas->dialog)));
  model = gtk_drop_down_get_model (dropdown);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(EntActor) actor = g_list_model_get_item (model, i);

      if (actor == iran)
        gtk_drop_down_set_selected (dropdown, i);
    }
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (fixture->canvas->dialog), "ok");
  g_assert_null (ent_project_lookup_actor (fixture->project, "SYR"));
  g_assert_true (ent_actor_has_alias (iran, "Syria"));
  g_assert_true (ent_project_undo (fixture->project));
  g_assert_nonnull (ent_project_lookup_actor (fixture->project, "SYR"));
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  EntViewport *viewport;
  g_autofree char *name = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  viewport = ent_canvas_get_viewport (fixture->canvas);

  /* Tab goes left to right: Russia and Iran share x = 0, Syria, then USA. */
  ui_test_activate (GTK_WIDGET (fixture->canvas), "canvas.focus-next");
  g_assert_cmpuint (ent_viewport_get_n_selected (viewport), ==, 1);
  g_assert_true (ent_viewport_is_selected (viewport, "IRN") || ent_viewport_is_selected (viewport, "RUS"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.move-focus", "s", "right"));
  g_assert_true (ent_viewport_is_selected (viewport, "SYR"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.move-focus", "s", "right"));
  g_assert_true (ent_viewport_is_selected (viewport, "USA"));
  ui_test_activate (GTK_WIDGET (fixture->canvas), "canvas.focus-previous");
  g_assert_true (ent_viewport_is_selected (viewport, "SYR"));

  /* The accessible name speaks for the focused node and tie. */
  name = _ent_canvas_dup_node_name (fixture->canvas, fixture->canvas->focus_node);
  g_assert_nonnull (strstr (name, "Syria"));
  g_assert_nonnull (strstr (name, "2 allies"));
  g_clear_pointer (&name, g_free);
  name = _ent_canvas_dup_tie_name (fixture->canvas, 0);
  g_assert_nonnull (strstr (name, ": alliance") ?: strstr (name, ": opposition"));
  g_clear_pointer (&name, g_free);

  /* Back to Syria. */
  ui_test_activate (GTK_WIDGET (fixture->canvas), "canvas.focus-previous");
  ui_test_activate (GTK_WIDGET (fixture->canvas), "canvas.focus-next");
  g_assert_true (ent_viewport_is_selected (viewport, "SYR"));

  /* ] and [ walk Syria's ties, each selected in turn and back again;
   * the menu key then offers the tie's actions. */
  {
    g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    const char *a, *b;
    g_autofree char *first = NULL;

    for (guint i = 0; i < 4; i++)
      {
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.focus-tie", "s", "next"));
        g_assert_true (ent_viewport_get_selected_tie (viewport, &a, &b));
        g_assert_true (g_str_equal (a, "SYR") || g_str_equal (b, "SYR"));
        if (first == NULL)
          first = g_strconcat (a, "-", b, NULL);
        g_hash_table_add (seen, g_strconcat (a, "-", b, NULL));
      }
    g_assert_cmpuint (g_hash_table_size (seen), >=, 2);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.focus-tie", "s", "previous"));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.focus-tie", "s", "previous"));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.focus-tie", "s", "previous"));
    g_assert_true (ent_viewport_get_selected_tie (viewport, &a, &b));
    name = g_strconcat (a, "-", b, NULL);
    g_assert_cmpstr (name, ==, first);
    g_clear_pointer (&name, g_free);
    ui_test_activate (GTK_WIDGET (fixture->canvas), "canvas.context-menu");
    g_assert_true (gtk_widget_get_visible (fixture->canvas->popover));
    g_assert_true (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (fixture->canvas->popover)) ==
                   fixture->canvas->tie_menu);
    gtk_popover_popdown (GTK_POPOVER (fixture->canvas->popover));
  }


  ui_test_activate (GTK_WIDGET (fixture->canvas), "canvas.select-none");
  g_assert_cmpuint (ent_viewport_get_n_selected (viewport), ==, 0);
}

/* A double click on a tie lists its evidence in the side panel. */
static void
test_show_evidence (Fixture       *fixture,
                    gconstpointer  data)
{
  EntSidePanel *panel;
  double ax, ay, bx, by;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  panel = fixture->window->side_panel;
  node_point (fixture, "USA", &ax, &ay);
  node_point (fixture, "IRN", &bx, &by);
  click (fixture, 2, (ax + bx) / 2, (ay + by) / 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (panel->stack), ==, "positions");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (panel->position_selection)), ==, 1);
  g_assert_cmpstr (ent_statement_get_id (ent_side_panel_get_selected_statement (panel)), ==, "st-5");
  ui_test_activate (GTK_WIDGET (panel), "panel.show-all-positions");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (panel->position_selection)), ==, 5);
}

static void
test_relayout_keeps_pins (Fixture       *fixture,
                          gconstpointer  data)
{
  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  /* Re-running the layout keeps the pinned actors where they are. */
  ui_test_activate (GTK_WIDGET (fixture->canvas), "canvas.relayout");
  g_assert_true (ent_canvas_get_busy (fixture->canvas));
  ui_test_spin_until (canvas_is_ready, fixture->canvas);
  g_assert_cmpfloat (ent_network_get_node (ent_canvas_get_network (fixture->canvas),
                                           ent_network_find_node (ent_canvas_get_network (fixture->canvas), "USA"))->x,
                     ==, 500);
  g_assert_false (ent_project_get_can_undo (fixture->project));
}

#define ADD_TEST(path, func) \
  g_test_add ("/entente/ui/canvas/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    {
      /* The Flatpak build sandbox has no display: skip the whole program. */
      g_print ("1..0 # SKIP no display available\n");
      return 0;
    }

  ADD_TEST ("render", test_render);
  ADD_TEST ("pan-keeps-tiles", test_pan_keeps_tiles);
  ADD_TEST ("gradual-change", test_gradual_change);
  ADD_TEST ("drag-repaints-cells", test_drag_repaints_cells);
  ADD_TEST ("drop-repaints-cells", test_drop_repaints_cells);
  ADD_TEST ("min-node-size", test_min_node_size);
  ADD_TEST ("zoom-keeps-old-tiles", test_zoom_keeps_old_tiles);
  ADD_TEST ("label-size", test_label_size);
  ADD_TEST ("select", test_select);
  ADD_TEST ("drag-node", test_drag_node);
  ADD_TEST ("pan-and-zoom", test_pan_and_zoom);
  ADD_TEST ("rubber-band", test_rubber_band);
  ADD_TEST ("connect", test_connect);
  ADD_TEST ("flip-undo-redo", test_flip_undo_redo);
  ADD_TEST ("delete", test_delete);
  ADD_TEST ("merge", test_merge);
  ADD_TEST ("keyboard", test_keyboard);
  ADD_TEST ("show-evidence", test_show_evidence);
  ADD_TEST ("relayout-keeps-pins", test_relayout_keeps_pins);

  return g_test_run ();
}
