/* test-painter.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "entente-core.h"
#include "ent-painter-private.h"
#include "ent-scene.h"
#include "ent-tie-raster.h"
#include "export-fixture.h"

/* The scene and the painter without a window: label placement, hit-testing,
 * moving a node, the palettes, and the pixels the canvas will show. */

static EntNetwork *
crowded_network (EntProject *project)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < 80; i++)
    {
      g_autofree char *id = g_strdup_printf ("actor-%02u", i);
      g_autofree char *name = g_strdup_printf ("Actor number %u", i);
      g_autoptr(EntActor) actor = ent_actor_new (id, name, i % 4);

      ent_actor_set_mentions (actor, g_rand_int_range (rand, 0, 30));
      ent_actor_set_position (actor, g_rand_double_range (rand, 0, 500), g_rand_double_range (rand, 0, 400), TRUE);
      ent_project_add_actor (project, actor);
    }
  for (guint i = 0; i < 160; i++)
    {
      g_autofree char *id = g_strdup_printf ("st-%u", i);
      g_autofree char *a = g_strdup_printf ("actor-%02u", i % 80);
      g_autofree char *b = g_strdup_printf ("actor-%02u", (i * 7 + 3) % 80);
      g_autoptr(EntStatement) st = ent_statement_new (id, a, i % 3 ? 1 : -1, b);

      if (g_strcmp0 (a, b) != 0)
        ent_project_add_statement (project, st);
    }
  return fixture_network_new (project);
}

/* A label never covers its own node, and visible labels never cover each
 * other, even in a crowd; hidden ones are counted. */
static void
test_labels (void)
{
  g_autoptr(EntProject) project = ent_project_new ();
  g_autoptr(EntNetwork) network = crowded_network (project);
  g_autoptr(EntScene) scene = ent_scene_new (network);
  guint hidden = 0;

  for (guint i = 0; i < ent_scene_get_n_nodes (scene); i++)
    {
      const EntSceneNode *node = ent_scene_get_node (scene, i);
      cairo_rectangle_t e;

      ent_scene_node_get_extents (node, &e);
      g_assert_false (node->label_box.x < e.x + e.width && e.x < node->label_box.x + node->label_box.width &&
                      node->label_box.y < e.y + e.height && e.y < node->label_box.y + node->label_box.height);
      g_assert_cmpfloat (node->label_box.width, >, 0);
      hidden += !node->label_visible;
      for (guint j = 0; j < i && node->label_visible; j++)
        {
          const cairo_rectangle_t *a = &node->label_box, *b = &ent_scene_get_node (scene, j)->label_box;

          if (ent_scene_get_node (scene, j)->label_visible)
            g_assert_false (a->x < b->x + b->width && b->x < a->x + a->width &&
                            a->y < b->y + b->height && b->y < a->y + a->height);
        }
    }
  g_assert_cmpuint (hidden, ==, ent_scene_get_n_hidden_labels (scene));
  g_assert_cmpuint (hidden, <, ent_scene_get_n_nodes (scene) / 2);
}

static void
test_hit_testing (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  g_autoptr(EntScene) scene = ent_scene_new (network);
  int rus = ent_network_find_node (network, "RUS"), usa = ent_network_find_node (network, "USA");
  int tie = ent_network_find_tie (network, MIN (rus, usa), MAX (rus, usa));
  const EntSceneNode *a = ent_scene_get_node (scene, rus), *b = ent_scene_get_node (scene, usa);
  cairo_rectangle_t band = { a->x - 1, a->y - 1, 2, 2 };
  g_autoptr(GArray) hits = ent_scene_find_nodes_in_rect (scene, &band);

  g_assert_cmpint (ent_scene_find_node_at (scene, a->x, a->y, 0), ==, rus);
  g_assert_cmpint (ent_scene_find_node_at (scene, a->x + a->radius + 3, a->y, 4), ==, rus);
  g_assert_cmpint (ent_scene_find_node_at (scene, a->x + a->radius + 3, a->y, 1), ==, -1);
  g_assert_cmpint (ent_scene_find_node_at (scene, 10000, 10000, 5), ==, -1);
  g_assert_cmpint (tie, >=, 0);
  g_assert_cmpint (ent_scene_find_tie_at (scene, (a->x + b->x) / 2, (a->y + b->y) / 2 + 1, 3), ==, tie);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpuint (g_array_index (hits, guint, 0), ==, (guint)rus);

  /* A dragged node takes its label along and is found where it went. */
  {
    double dx = a->label_box.x - a->x;

    ent_scene_move_node (scene, rus, 900, 900);
    g_assert_cmpint (ent_scene_find_node_at (scene, 900, 900, 0), ==, rus);
    g_assert_cmpfloat_with_epsilon (ent_scene_get_node (scene, rus)->label_box.x - 900, dx, 1e-9);
  }
}

static void
test_palette (void)
{
  const EntPalette *light = ent_palette_get (ENT_PALETTE_LIGHT), *dark = ent_palette_get (ENT_PALETTE_DARK);
  EntColor c0, c1, none, parsed;
  char hex[8];

  ent_palette_get_camp_color (light, 0, &c0);
  ent_palette_get_camp_color (light, 1, &c1);
  ent_palette_get_camp_color (light, -1, &none);
  ent_color_to_hex (&c0, hex);
  g_assert_cmpstr (hex, ==, "#0072b2");
  ent_color_to_hex (&c1, hex);
  g_assert_cmpstr (hex, ==, "#e69f00");
  g_assert_true (ent_color_parse ("#0af", &parsed));
  ent_color_to_hex (&parsed, hex);
  g_assert_cmpstr (hex, ==, "#00aaff");
  g_assert_false (ent_color_parse ("red", &parsed));
  g_assert_false (ent_color_parse ("#12345g", &parsed));
  g_assert_cmpfloat (light->background.red, >, 0.9);
  g_assert_cmpfloat (dark->background.red, <, 0.2);
  ent_color_to_hex (&none, hex);
  g_assert_cmpstr (hex, ==, "#9a9996");
}

static void
pixel_of (cairo_surface_t *surface,
          double           x,
          double           y,
          char             hex[8])
{
  const guint8 *p;

  cairo_surface_flush (surface);
  p = cairo_image_surface_get_data (surface) + (int)y * cairo_image_surface_get_stride (surface) + 4 * (int)x;
  g_snprintf (hex, 8, "#%02x%02x%02x", p[2], p[1], p[0]);
}

static EntPaintState
select_first (EntPaintItem item,
              guint        index,
              gpointer     user_data)
{
  return item == ENT_PAINT_ITEM_NODE && index == GPOINTER_TO_UINT (user_data) ? ENT_PAINT_STATE_SELECTED
                                                                            : ENT_PAINT_STATE_NORMAL;
}

/* Drawn through a zooming transform, a node's centre has its camp's colour
 * and a selected node gets a ring in the selection colour. */
static void
test_draw (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  g_autoptr(EntScene) scene = ent_scene_new (network);
  g_autoptr(EntPainter) painter = ent_painter_new (scene);
  int rus = ent_network_find_node (network, "RUS");
  const EntSceneNode *node = ent_scene_get_node (scene, rus);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 400);
  cairo_t *cr = cairo_create (surface);
  cairo_matrix_t m;
  double x = node->x, y = node->y, rx = node->x + node->radius + 4, ry = node->y;
  char hex[8], camp[8];
  EntColor color;

  cairo_matrix_init_translate (&m, 200, 200);
  cairo_matrix_scale (&m, 2, 2);
  cairo_matrix_translate (&m, -node->x, -node->y);
  ent_painter_draw (painter, cr, &m, ENT_PAINT_ALL);
  cairo_matrix_transform_point (&m, &x, &y);
  cairo_matrix_transform_point (&m, &rx, &ry);
  pixel_of (surface, x, y, hex);
  ent_palette_get_camp_color (ent_painter_get_palette (painter), node->camp, &color);
  ent_color_to_hex (&color, camp);
  g_assert_cmpstr (hex, ==, camp);

  ent_painter_set_palette (painter, ent_palette_get (ENT_PALETTE_DARK));
  ent_painter_set_state_func (painter, select_first, GUINT_TO_POINTER (rus), NULL);
  ent_painter_draw (painter, cr, &m, ENT_PAINT_ALL);
  pixel_of (surface, rx, ry, hex);
  ent_color_to_hex (&ent_palette_get (ENT_PALETTE_DARK)->selection, camp);
  g_assert_cmpstr (hex, ==, camp);
  pixel_of (surface, 2, 2, hex);
  g_assert_cmpstr (hex, ==, "#242424");

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The page puts the network where its transform says: drawing the scene
 * through that transform gives the page's pixels at every node. */
static void
test_page_transform (void)
{
  g_autoptr(EntProject) project = fixture_project_new ();
  g_autoptr(EntNetwork) network = fixture_network_new (project);
  g_autoptr(EntScene) scene = ent_scene_new (network);
  g_autoptr(EntPainter) painter = ent_painter_new (scene);
  double width, height;
  cairo_surface_t *page, *canvas;
  cairo_matrix_t m;
  cairo_t *cr;

  ent_painter_set_title (painter, "Title");
  ent_painter_get_page_size (painter, &width, &height);
  ent_painter_get_page_transform (painter, &m);
  page = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  canvas = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (page);
  ent_painter_draw_page (painter, cr);
  cairo_destroy (cr);
  cr = cairo_create (canvas);
  ent_painter_draw (painter, cr, &m, ENT_PAINT_ALL);
  cairo_destroy (cr);
  for (guint i = 0; i < ent_scene_get_n_nodes (scene); i++)
    {
      double x = ent_scene_get_node (scene, i)->x, y = ent_scene_get_node (scene, i)->y;
      char a[8], b[8];

      cairo_matrix_transform_point (&m, &x, &y);
      g_assert_cmpfloat (x, >, 0);
      g_assert_cmpfloat (x, <, width);
      pixel_of (page, x, y, a);
      pixel_of (canvas, x, y, b);
      g_assert_cmpstr (a, ==, b);
    }
  cairo_surface_destroy (page);
  cairo_surface_destroy (canvas);
  g_assert_finalize_object (g_steal_pointer (&painter));
}


static cairo_surface_t *
draw_ties (EntPainter           *painter,
           const cairo_matrix_t *m,
           int                   width,
           int                   height,
           gboolean              raster,
           EntPaintLayers        layers)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  if (raster)
    _ent_painter_draw_raster (painter, cr, m, layers);
  else
    ent_painter_draw (painter, cr, m, layers);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The share of pixels with a channel more than @tolerance apart, and the
 * largest difference of any channel. */
static double
image_difference (cairo_surface_t *a,
                  cairo_surface_t *b,
                  int              tolerance,
                  int             *largest)
{
  int width = cairo_image_surface_get_width (a), height = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);
  const guint8 *da = cairo_image_surface_get_data (a), *db = cairo_image_surface_get_data (b);
  guint differ = 0;

  *largest = 0;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        int worst = 0;

        for (int c = 0; c < 4; c++)
          worst = MAX (worst, ABS (da[y * stride + 4 * x + c] - db[y * stride + 4 * x + c]));
        *largest = MAX (*largest, worst);
        differ += worst > tolerance;
      }
  return (double)differ / ((double)width * height);
}

/* Compares the tie rasteriser with cairo's strokes through @m, on an image
 * of the network's size, and returns the share of pixels that differ. */
static double
compare_tie_drawings (EntPainter           *painter,
                      const cairo_matrix_t *m,
                      int                   width,
                      int                   height,
                      int                  *largest)
{
  EntPaintLayers layers = ENT_PAINT_BACKGROUND | ENT_PAINT_TIES;
  cairo_surface_t *fast = draw_ties (painter, m, width, height, TRUE, layers);
  cairo_surface_t *slow = draw_ties (painter, m, width, height, FALSE, layers);
  cairo_surface_t *blank = draw_ties (painter, m, width, height, FALSE, ENT_PAINT_BACKGROUND);
  int ignored;
  double differ = image_difference (fast, slow, 12, largest);

  /* The ties cover a good part of the picture: the comparison compares
   * something. */
  g_assert_cmpfloat (image_difference (slow, blank, 12, &ignored), >, 0.03);
  cairo_surface_destroy (fast);
  cairo_surface_destroy (slow);
  cairo_surface_destroy (blank);
  return differ;
}

/* The tie rasteriser draws what cairo strokes: the same places, widths,
 * dashes and colours, up to the rounding of antialiased edges, at every
 * scale of the PNG export, on a network with ties at every angle. Where it
 * cannot draw (here through a rotation), cairo strokes, to the pixel. */
static void
test_tie_raster (void)
{
  g_autoptr(EntProject) project = ent_project_new ();
  g_autoptr(EntNetwork) network = crowded_network (project);
  g_autoptr(EntScene) scene = ent_scene_new (network);
  g_autoptr(EntPainter) painter = ent_painter_new (scene);
  double scales[] = { 0.5, 1, 2, 4 };
  cairo_rectangle_t bounds;
  cairo_matrix_t m;
  int largest;

  ent_scene_get_bounds (scene, &bounds);
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      int width = ceil (bounds.width * scales[i]), height = ceil (bounds.height * scales[i]);
      double differ;

      cairo_matrix_init_scale (&m, scales[i], scales[i]);
      cairo_matrix_translate (&m, -bounds.x, -bounds.y);
      differ = compare_tie_drawings (painter, &m, width, height, &largest);
      g_test_message ("scale %g: %.3f %% of pixels differ by more than 12 levels, at most by %d",
                      scales[i], 100 * differ, largest);
      g_assert_cmpfloat (differ, <, 0.003);
      g_assert_cmpint (largest, <=, 40);
    }

  cairo_matrix_init_translate (&m, bounds.width / 2, bounds.height / 2);
  cairo_matrix_rotate (&m, 0.3);
  cairo_matrix_translate (&m, -bounds.x - bounds.width / 2, -bounds.y - bounds.height / 2);
  g_assert_cmpfloat (compare_tie_drawings (painter, &m, bounds.width, bounds.height, &largest), ==, 0);
  g_assert_cmpint (largest, ==, 0);
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  cairo_surface_flush (surface);
  return *(guint32 *)(gpointer)(cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface) +
                                4 * x);
}

/* The rasteriser keeps to a rectangular clip, draws lines far longer than
 * the image and skips those that are not numbers; it declines a clip off
 * the pixel grid and a rotation, which cairo then strokes. */
static void
test_tie_raster_edges (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
  cairo_t *cr = cairo_create (surface);
  const EntColor red = { 1, 0, 0, 1 };
  const double coords[] = {
    NAN, 0, 10, 10,
    -1e12, 5, 1e12, 5,
    0, 40, 64, 40,
    1e300, 1e300, -1e300, -1e300,
  };
  const double dash[2] = { 3, 2 };
  EntTieRaster *raster;
  guint reds = 0;

  cairo_rectangle (cr, 0, 0, 32, 64);
  cairo_clip (cr);
  raster = _ent_tie_raster_new_for_cairo (cr);
  g_assert_nonnull (raster);
  _ent_tie_raster_draw (raster, coords, 4, 2, dash, 2, &red);
  _ent_tie_raster_free (raster);
  g_assert_cmphex (pixel_at (surface, 16, 39), ==, 0xffff0000);
  g_assert_cmphex (pixel_at (surface, 16, 40), ==, 0xffff0000);
  g_assert_cmphex (pixel_at (surface, 40, 39), ==, 0);
  for (int x = 0; x < 64; x++)
    reds += pixel_at (surface, x, 4) == 0xffff0000;
  g_assert_cmpuint (reds, >, 8);
  g_assert_cmpuint (reds, <, 24);
  g_assert_cmphex (pixel_at (surface, 50, 4), ==, 0);

  cairo_reset_clip (cr);
  cairo_rectangle (cr, 0.5, 0, 32, 64);
  cairo_clip (cr);
  g_assert_null (_ent_tie_raster_new_for_cairo (cr));
  cairo_reset_clip (cr);
  cairo_rotate (cr, 0.1);
  g_assert_null (_ent_tie_raster_new_for_cairo (cr));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A random premultiplied pixel: no channel above its alpha. */
static guint32
random_pixel (GRand *rand)
{
  guint32 a = g_rand_boolean (rand) ? 255 : g_rand_int_range (rand, 0, 256);

  return a << 24 | (guint32) g_rand_int_range (rand, 0, a + 1) << 16 |
         (guint32) g_rand_int_range (rand, 0, a + 1) << 8 | (guint32) g_rand_int_range (rand, 0, a + 1);
}

/* The rasteriser's vector code blends a tile's summed coverage into the
 * very pixels its plain C code gives, on runs of every length (whole
 * groups of four and leftovers): no coverage leaves a pixel as it was, a
 * full one paints the colour, and the rest moves pixels toward it. */
static void
test_tie_raster_paint (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  const EntColor red = { 1, 0, 0, 1 };
  guint changed = 0;

  for (guint round = 0; round < 300; round++)
    {
      int n = g_rand_int_range (rand, 1, 40);
      g_autofree guint32 *before = g_new (guint32, n), *plain = NULL, *vector = NULL;
      g_autofree guint16 *cover = g_new (guint16, n);

      for (int i = 0; i < n; i++)
        {
          before[i] = random_pixel (rand);
          cover[i] = i % 5 == 0 ? 0 : i % 5 == 1 ? 32768 : g_rand_int_range (rand, 0, 32769);
        }
      /* Whole groups of four without coverage are skipped. */
      if (round % 3 == 0 && n >= 8)
        memset (cover + 4, 0, 4 * sizeof (guint16));
      plain = g_memdup2 (before, n * sizeof (guint32));
      vector = g_memdup2 (before, n * sizeof (guint32));
      if (!_ent_tie_raster_paint_for_test (vector, cover, n, &red, TRUE))
        {
          g_test_skip ("no vector code for this processor");
          return;
        }
      g_assert_true (_ent_tie_raster_paint_for_test (plain, cover, n, &red, FALSE));
      for (int i = 0; i < n; i++)
        {
          g_assert_cmphex (vector[i], ==, plain[i]);
          if (cover[i] == 0)
            g_assert_cmphex (plain[i], ==, before[i]);
          else if (cover[i] == 32768)
            g_assert_cmphex (plain[i], ==, 0xffff0000);
          else
            g_assert_cmpuint ((plain[i] >> 16) & 0xff, >=, (before[i] >> 16) & 0xff);
          changed += plain[i] != before[i];
        }
    }
  g_assert_cmpuint (changed, >, 1000);
}

/* Draws @step of @painter's page at @scale into @surface through a surface
 * of each band of @band_rows rows, as the PNG export does on its threads. */
static void
draw_step_in_bands (EntPainter      *painter,
                    cairo_surface_t *surface,
                    double           scale,
                    EntPageStep      step,
                    int              band_rows)
{
  int height = cairo_image_surface_get_height (surface), stride = cairo_image_surface_get_stride (surface);

  for (int y0 = 0; y0 < height; y0 += band_rows)
    {
      int rows = MIN (band_rows, height - y0);
      cairo_surface_t *band =
        cairo_image_surface_create_for_data (cairo_image_surface_get_data (surface) + y0 * stride,
                                             CAIRO_FORMAT_ARGB32, cairo_image_surface_get_width (surface),
                                             rows, stride);
      cairo_t *cr = cairo_create (band);

      cairo_translate (cr, 0, -y0);
      cairo_scale (cr, scale, scale);
      _ent_painter_draw_page_steps_raster (painter, cr, step);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_destroy (band);
    }
}

/* A page drawn in its steps, the background and the nodes band by band
 * over ties drawn whole, has the pixels of the page drawn at once, with
 * bands cutting through nodes, labels, captions and the legend; a step
 * left out leaves its part out. */
static void
test_page_steps (void)
{
  g_autoptr(EntProject) project = ent_project_new ();
  g_autoptr(EntNetwork) network = crowded_network (project);
  g_autoptr(EntScene) scene = ent_scene_new (network);
  g_autoptr(EntPainter) painter = ent_painter_new (scene);
  double scales[] = { 1, 1.5 };

  ent_painter_set_title (painter, "Title");
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      double width, height;
      cairo_surface_t *whole, *banded;
      cairo_t *cr;
      int largest;

      ent_painter_get_page_size (painter, &width, &height);
      whole = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, ceil (width * scales[i]), ceil (height * scales[i]));
      banded = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, ceil (width * scales[i]), ceil (height * scales[i]));
      cr = cairo_create (whole);
      cairo_scale (cr, scales[i], scales[i]);
      _ent_painter_draw_page_raster (painter, cr);
      cairo_destroy (cr);
      cairo_surface_flush (whole);

      draw_step_in_bands (painter, banded, scales[i], ENT_PAGE_STEP_BACKGROUND, 37);
      cr = cairo_create (banded);
      cairo_scale (cr, scales[i], scales[i]);
      _ent_painter_draw_page_steps_raster (painter, cr, ENT_PAGE_STEP_UNDER);
      cairo_destroy (cr);
      cairo_surface_flush (banded);
      g_assert_cmpfloat (image_difference (whole, banded, 0, &largest), >, 0.001);

      draw_step_in_bands (painter, banded, scales[i], ENT_PAGE_STEP_OVER, 7);
      cairo_surface_flush (banded);
      g_assert_cmpfloat (image_difference (whole, banded, 0, &largest), ==, 0.0);
      g_assert_cmpint (largest, ==, 0);
      cairo_surface_destroy (whole);
      cairo_surface_destroy (banded);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entente/painter/labels", test_labels);
  g_test_add_func ("/entente/painter/hit-testing", test_hit_testing);
  g_test_add_func ("/entente/painter/palette", test_palette);
  g_test_add_func ("/entente/painter/draw", test_draw);
  g_test_add_func ("/entente/painter/page-transform", test_page_transform);
  g_test_add_func ("/entente/painter/tie-raster", test_tie_raster);
  g_test_add_func ("/entente/painter/tie-raster-edges", test_tie_raster_edges);
  g_test_add_func ("/entente/painter/tie-raster-paint", test_tie_raster_paint);
  g_test_add_func ("/entente/painter/page-steps", test_page_steps);

  return g_test_run ();
}
