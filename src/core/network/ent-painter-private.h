/* ent-painter-private.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-painter.h"

G_BEGIN_DECLS

typedef struct
{
  EntColor color;
  double   width;
  double   dash[2];
  guint    n_dash;   /* 0 for a solid line */
} EntStroke;

typedef struct
{
  const char     *text;
  double          size;
  gboolean        bold;
  double          x;         /* the top left of the logical box */
  double          y;
  double          width;
  double          baseline;  /* from y */
  const EntColor *color;
  const EntColor *halo;      /* an outline in this colour keeps it readable over ties, or NULL */
} EntTextRun;

/*
 * What the painter draws with. Cairo is one backend (the canvas, PNG, PDF);
 * the SVG export is another, which writes the same primitives as SVG
 * elements so that text stays text. Everything about the picture (order,
 * sizes, colours, dashes, places) is decided in the painter, never in a
 * backend.
 */
typedef struct
{
  void     (*begin_layer) (gpointer                 data,
                           const char              *name,
                           const cairo_matrix_t    *transform);
  void     (*end_layer)   (gpointer                 data);
  void     (*rect)        (gpointer                 data,
                           const cairo_rectangle_t *rect,
                           const EntColor          *fill);
  void     (*segments)    (gpointer                 data,
                           const double            *coords,
                           guint                    n_segments,
                           const EntStroke         *stroke);
  void     (*shape)       (gpointer                 data,
                           EntNodeShape             shape,
                           double                   x,
                           double                   y,
                           double                   radius,
                           const EntColor          *fill,
                           const EntStroke         *outline);
  void     (*text)        (gpointer                 data,
                           const EntTextRun        *run);
  /* Optional: whether a world rectangle is in view, and device pixels per
   * world unit; without them everything is drawn at scale 1. */
  gboolean (*visible)     (gpointer                 data,
                           const cairo_rectangle_t *rect);
  double   (*scale)       (gpointer                 data);
} EntPaintBackend;

void _ent_painter_paint       (EntPainter            *self,
                               const EntPaintBackend *backend,
                               gpointer               data,
                               EntPaintLayers         layers);
void _ent_painter_paint_node  (EntPainter            *self,
                               const EntPaintBackend *backend,
                               gpointer               data,
                               guint                  node,
                               EntPaintState          state);
void _ent_painter_paint_tie   (EntPainter            *self,
                               const EntPaintBackend *backend,
                               gpointer               data,
                               guint                  tie,
                               EntPaintState          state);
void _ent_painter_paint_page  (EntPainter            *self,
                               const EntPaintBackend *backend,
                               gpointer               data);

/* A page in steps: the background, what lies under the nodes, then the
 * rest, so that the PNG export can draw the first and the last in bands of
 * rows on several threads (see ent-export-png.c). All steps in turn draw
 * what the whole page draws. */
typedef enum
{
  ENT_PAGE_STEP_BACKGROUND = 1 << 0,
  ENT_PAGE_STEP_UNDER      = 1 << 1,  /* the heading and the ties */
  ENT_PAGE_STEP_OVER       = 1 << 2,  /* the nodes, labels, captions and the legend */
  ENT_PAGE_STEP_ALL        = ENT_PAGE_STEP_BACKGROUND | ENT_PAGE_STEP_UNDER | ENT_PAGE_STEP_OVER,
} EntPageStep;

void _ent_painter_paint_page_steps (EntPainter            *self,
                                    const EntPaintBackend *backend,
                                    gpointer               data,
                                    EntPageStep            steps);

/* The cairo backend with our own tie rasteriser (ent-tie-raster.h) for
 * image surfaces: the same picture as ent_painter_draw() and
 * ent_painter_draw_page(), many times faster for big networks. */
void _ent_painter_draw_raster      (EntPainter           *self,
                                    cairo_t              *cr,
                                    const cairo_matrix_t *transform,
                                    EntPaintLayers        layers);
void _ent_painter_draw_page_raster (EntPainter           *self,
                                    cairo_t              *cr);
void _ent_painter_draw_page_steps_raster (EntPainter     *self,
                                          cairo_t        *cr,
                                          EntPageStep     steps);

G_END_DECLS

G_BEGIN_DECLS

typedef struct _EntPage EntPage;

EntPage     *_ent_page_new            (EntPainter *self) G_GNUC_WARN_UNUSED_RESULT;
void         _ent_page_free           (EntPage    *page);
void         _ent_page_get_size       (EntPage    *page,
                                       double     *width,
                                       double     *height);
const cairo_matrix_t *_ent_page_get_transform (EntPage *page);
void         _ent_page_paint          (EntPage               *page,
                                       EntPainter            *self,
                                       const EntPaintBackend *backend,
                                       gpointer               data,
                                       EntPageStep            steps);
EntPage     *_ent_painter_get_page    (EntPainter            *self);
void         _ent_painter_node_fill   (EntPainter            *self,
                                       const EntSceneNode    *node,
                                       EntColor              *fill);
void         _ent_painter_tie_stroke  (EntPainter            *self,
                                       int                    sign,
                                       double                 width,
                                       EntStroke             *stroke);

G_END_DECLS
