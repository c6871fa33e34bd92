/* ent-painter-cairo.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "ent-halo-font.h"
#include "ent-painter-private.h"
#include "ent-scene-private.h"
#include "ent-tie-raster.h"

/* The cairo backend of the painter: the canvas, PNG and PDF. */

#define VECTOR_CHUNK 64

typedef struct
{
  cairo_t           *cr;
  PangoContext      *pango;
  PangoLayout       *layout;
  double             font_size;
  gboolean           font_bold;
  double             scale;
  cairo_rectangle_t  clip;  /* in the current user space */
  gboolean           raster_ties;
} Target;

static void
target_update (Target *t)
{
  double x1, y1, x2, y2, dx = 1, dy = 0, ex = 0, ey = 1;

  cairo_clip_extents (t->cr, &x1, &y1, &x2, &y2);
  t->clip = (cairo_rectangle_t) { x1, y1, x2 - x1, y2 - y1 };
  cairo_user_to_device_distance (t->cr, &dx, &dy);
  cairo_user_to_device_distance (t->cr, &ex, &ey);
  t->scale = sqrt (fabs (dx * ey - dy * ex));
  pango_cairo_update_context (t->cr, t->pango);
  pango_layout_context_changed (t->layout);
}

static void
target_begin (Target               *t,
              cairo_t              *cr,
              const cairo_matrix_t *transform,
              gboolean              raster_ties)
{
  *t = (Target) { .cr = cr, .font_size = -1, .raster_ties = raster_ties };
  t->pango = _ent_scene_new_pango_context ();
  t->layout = pango_layout_new (t->pango);
  cairo_save (cr);
  if (transform != NULL)
    cairo_transform (cr, transform);
  target_update (t);
}

static void
target_end (Target *t)
{
  cairo_restore (t->cr);
  g_object_unref (t->layout);
  g_object_unref (t->pango);
}

static void
set_color (cairo_t        *cr,
           const EntColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static void
cairo_begin_layer (gpointer              data,
                   const char           *name,
                   const cairo_matrix_t *transform)
{
  Target *t = data;

  cairo_save (t->cr);
  if (transform != NULL)
    {
      cairo_transform (t->cr, transform);
      target_update (t);
    }
}

static void
cairo_end_layer (gpointer data)
{
  Target *t = data;

  cairo_restore (t->cr);
  target_update (t);
}

static void
cairo_rect (gpointer                 data,
            const cairo_rectangle_t *rect,
            const EntColor          *fill)
{
  Target *t = data;

  set_color (t->cr, fill);
  if (rect == NULL)
    cairo_paint (t->cr);
  else
    {
      cairo_rectangle (t->cr, rect->x, rect->y, rect->width, rect->height);
      cairo_fill (t->cr);
    }
}

static void
apply_stroke (cairo_t         *cr,
              const EntStroke *stroke)
{
  set_color (cr, &stroke->color);
  cairo_set_line_width (cr, stroke->width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  cairo_set_dash (cr, stroke->dash, stroke->n_dash, 0);
}

static gboolean
is_vector (cairo_t *cr)
{
  switch ((int) cairo_surface_get_type (cairo_get_target (cr)))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
      return TRUE;
    default:
      return FALSE;
    }
}

static void
add_segments (cairo_t      *cr,
              const double *coords,
              guint         n_segments)
{
  for (guint i = 0; i < n_segments; i++)
    {
      cairo_move_to (cr, coords[4 * i], coords[4 * i + 1]);
      cairo_line_to (cr, coords[4 * i + 2], coords[4 * i + 3]);
    }
}

/* Cairo turns a stroked path into one polygon whose overlapping parts it
 * must resolve, and a path of thousands of long, crossing ties took minutes
 * where one stroke per tie takes seconds, so pixels get one stroke per tie,
 * or the tie rasteriser when asked for. A vector surface only writes the
 * path down, so there the segments of one style go out as one path: half
 * the size and a fifth of the time of a PDF with a stroke per tie. */
static void
cairo_segments (gpointer         data,
                const double    *coords,
                guint            n_segments,
                const EntStroke *stroke)
{
  Target *t = data;
  g_autoptr(EntTieRaster) raster = t->raster_ties ? _ent_tie_raster_new_for_cairo (t->cr) : NULL;

  if (raster != NULL)
    {
      _ent_tie_raster_draw (raster, coords, n_segments, stroke->width, stroke->dash, stroke->n_dash,
                            &stroke->color);
      return;
    }
  apply_stroke (t->cr, stroke);
  if (is_vector (t->cr))
    {
      for (guint i = 0; i < n_segments; i += VECTOR_CHUNK)
        {
          add_segments (t->cr, coords + 4 * i, MIN (VECTOR_CHUNK, n_segments - i));
          cairo_stroke (t->cr);
        }
      return;
    }
  for (guint i = 0; i < n_segments; i++)
    {
      add_segments (t->cr, coords + 4 * i, 1);
      cairo_stroke (t->cr);
    }
}

static void
cairo_shape (gpointer         data,
             EntNodeShape     shape,
             double           x,
             double           y,
             double           radius,
             const EntColor  *fill,
             const EntStroke *outline)
{
  Target *t = data;
  double points[8];
  guint n;

  cairo_new_path (t->cr);
  _ent_scene_shape_points (shape, x, y, radius, points, &n);
  if (n == 0)
    cairo_arc (t->cr, x, y, radius, 0, 2 * G_PI);
  for (guint i = 0; i < n; i++)
    cairo_line_to (t->cr, points[2 * i], points[2 * i + 1]);
  cairo_close_path (t->cr);
  if (fill != NULL)
    {
      set_color (t->cr, fill);
      cairo_fill_preserve (t->cr);
    }
  if (outline != NULL)
    {
      apply_stroke (t->cr, outline);
      cairo_stroke (t->cr);
    }
  cairo_new_path (t->cr);
}

/* The halo is as wide as a stroke of a quarter of the text size around
 * the glyphs: 3 at the labels' 12, and the same on screen when a canvas
 * scales text against its zoom. On an image it is drawn as copies of the
 * text moved around a circle of that radius, whose glyphs come from cairo's
 * cache: stroking the outlines of every label took most of a big PNG's
 * time. Vector surfaces get the stroked outlines of the glyphs, each
 * written once, from a font of halos (see ent-halo-font.h). */
static void
draw_halo (Target           *t,
           const EntTextRun *run)
{
  double radius = run->size / 8.0;

  set_color (t->cr, run->halo);
  if (cairo_surface_get_type (cairo_get_target (t->cr)) == CAIRO_SURFACE_TYPE_IMAGE)
    {
      for (guint i = 0; i < 8; i++)
        {
          cairo_move_to (t->cr, run->x + radius * cos (i * G_PI / 4), run->y + radius * sin (i * G_PI / 4));
          pango_cairo_show_layout (t->cr, t->layout);
        }
      return;
    }
  cairo_move_to (t->cr, run->x, run->y);
  _ent_halo_font_show_layout (t->cr, t->layout, 2 * radius / run->size);
  cairo_new_path (t->cr);
}

static void
cairo_text (gpointer          data,
            const EntTextRun *run)
{
  Target *t = data;

  if (run->size != t->font_size || run->bold != t->font_bold)
    {
      g_autoptr(PangoFontDescription) font = _ent_scene_font (run->size, run->bold);

      pango_layout_set_font_description (t->layout, font);
      t->font_size = run->size;
      t->font_bold = run->bold;
    }
  pango_layout_set_text (t->layout, run->text, -1);
  if (run->halo != NULL)
    draw_halo (t, run);
  cairo_move_to (t->cr, run->x, run->y);
  set_color (t->cr, run->color);
  pango_cairo_show_layout (t->cr, t->layout);
  cairo_new_path (t->cr);
}

static gboolean
cairo_visible (gpointer                 data,
               const cairo_rectangle_t *rect)
{
  return _ent_rect_intersects (&((Target *)data)->clip, rect);
}

static double
cairo_scale_of (gpointer data)
{
  return ((Target *)data)->scale;
}

static const EntPaintBackend cairo_backend = {
  cairo_begin_layer,
  cairo_end_layer,
  cairo_rect,
  cairo_segments,
  cairo_shape,
  cairo_text,
  cairo_visible,
  cairo_scale_of,
};

/**
 * ent_painter_draw:
 * @transform: (nullable): world to device, on top of @cr's matrix
 * @layers: what to draw; a canvas that draws its own background leaves
 *   out %ENT_PAINT_BACKGROUND
 */
void
ent_painter_draw (EntPainter           *self,
                  cairo_t              *cr,
                  const cairo_matrix_t *transform,
                  EntPaintLayers        layers)
{
  Target t;

  g_return_if_fail (ENT_IS_PAINTER (self));
  g_return_if_fail (cr != NULL);

  target_begin (&t, cr, transform, FALSE);
  _ent_painter_paint (self, &cairo_backend, &t, layers);
  target_end (&t);
}

/**
 * ent_painter_draw_node:
 *
 * Draws one node and its label in @state, for a canvas's hover and
 * selection overlay above its cached drawing.
 */
void
ent_painter_draw_node (EntPainter           *self,
                       cairo_t              *cr,
                       const cairo_matrix_t *transform,
                       guint                 node,
                       EntPaintState         state)
{
  Target t;

  g_return_if_fail (ENT_IS_PAINTER (self));
  g_return_if_fail (node < ent_scene_get_n_nodes (ent_painter_get_scene (self)));

  target_begin (&t, cr, transform, FALSE);
  _ent_painter_paint_node (self, &cairo_backend, &t, node, state);
  target_end (&t);
}

void
ent_painter_draw_tie (EntPainter           *self,
                      cairo_t              *cr,
                      const cairo_matrix_t *transform,
                      guint                 tie,
                      EntPaintState         state)
{
  Target t;

  g_return_if_fail (ENT_IS_PAINTER (self));
  g_return_if_fail (tie < ent_scene_get_n_ties (ent_painter_get_scene (self)));

  target_begin (&t, cr, transform, FALSE);
  _ent_painter_paint_tie (self, &cairo_backend, &t, tie, state);
  target_end (&t);
}

/**
 * ent_painter_draw_page:
 *
 * Draws the whole page (see ent_painter_get_page_size()) at the origin of
 * @cr's user space; scale @cr first for a bigger image.
 */
void
ent_painter_draw_page (EntPainter *self,
                       cairo_t    *cr)
{
  Target t;

  g_return_if_fail (ENT_IS_PAINTER (self));
  g_return_if_fail (cr != NULL);

  target_begin (&t, cr, NULL, FALSE);
  _ent_painter_paint_page (self, &cairo_backend, &t);
  target_end (&t);
}

/**
 * _ent_painter_draw_raster:
 *
 * As ent_painter_draw(), with the ties drawn by the tie rasteriser
 * wherever @cr draws into an image surface it can draw into (see
 * ent-tie-raster.h), and stroked by cairo elsewhere.
 */
void
_ent_painter_draw_raster (EntPainter           *self,
                          cairo_t              *cr,
                          const cairo_matrix_t *transform,
                          EntPaintLayers        layers)
{
  Target t;

  g_return_if_fail (ENT_IS_PAINTER (self));
  g_return_if_fail (cr != NULL);

  target_begin (&t, cr, transform, TRUE);
  _ent_painter_paint (self, &cairo_backend, &t, layers);
  target_end (&t);
}

/**
 * _ent_painter_draw_page_raster:
 *
 * As ent_painter_draw_page(), with the ties drawn as by
 * _ent_painter_draw_raster(): the PNG export.
 */
void
_ent_painter_draw_page_raster (EntPainter *self,
                               cairo_t    *cr)
{
  _ent_painter_draw_page_steps_raster (self, cr, ENT_PAGE_STEP_ALL);
}

/**
 * _ent_painter_draw_page_steps_raster:
 *
 * As _ent_painter_draw_page_raster(), only @steps of the page: the PNG
 * export draws the nodes and labels over the ties band by band, each
 * band on its own surface.
 */
void
_ent_painter_draw_page_steps_raster (EntPainter  *self,
                                     cairo_t     *cr,
                                     EntPageStep  steps)
{
  Target t;

  g_return_if_fail (ENT_IS_PAINTER (self));
  g_return_if_fail (cr != NULL);

  target_begin (&t, cr, NULL, TRUE);
  _ent_painter_paint_page_steps (self, &cairo_backend, &t, steps);
  target_end (&t);
}
