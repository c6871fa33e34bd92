/* ent-painter.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "ent-palette.h"
#include "ent-scene.h"

G_BEGIN_DECLS

#define ENT_TYPE_PAINTER (ent_painter_get_type ())

G_DECLARE_FINAL_TYPE (EntPainter, ent_painter, ENT, PAINTER, GObject)

typedef enum
{
  ENT_PAINT_STATE_NORMAL   = 0,
  ENT_PAINT_STATE_HOVER    = 1 << 0,  /* a ring, and the label even if hidden */
  ENT_PAINT_STATE_SELECTED = 1 << 1,  /* a stronger ring, and the label */
  ENT_PAINT_STATE_DIMMED   = 1 << 2,  /* faded, to bring out the rest */
  ENT_PAINT_STATE_HIDDEN   = 1 << 3,  /* left out: drawn elsewhere, as a dragged node */
} EntPaintState;

typedef enum
{
  ENT_PAINT_BACKGROUND = 1 << 0,
  ENT_PAINT_TIES       = 1 << 1,
  ENT_PAINT_NODES      = 1 << 2,
  ENT_PAINT_LABELS     = 1 << 3,
  ENT_PAINT_CAPTIONS   = 1 << 4,
  ENT_PAINT_ALL        = 0x1f,
} EntPaintLayers;

/* The parts of an exported page that can be left out. */
typedef enum
{
  ENT_PAGE_TITLE  = 1 << 0,  /* the title and the line of counts */
  ENT_PAGE_LABELS = 1 << 1,  /* the actors' names and the camps' captions */
  ENT_PAGE_LEGEND = 1 << 2,
  ENT_PAGE_ALL    = 0x7,
} EntPageParts;

typedef enum
{
  ENT_PAINT_ITEM_NODE,
  ENT_PAINT_ITEM_TIE,
} EntPaintItem;

typedef EntPaintState (*EntPainterStateFunc) (EntPaintItem item,
                                              guint        index,
                                              gpointer     user_data);

/*
 * Draws an EntScene: the canvas draws with it on screen, and the SVG, PNG
 * and PDF exports draw with it on their pages, so what the user sees is what
 * they export. GTK-free; it needs only a cairo_t.
 *
 * ent_painter_draw() paints the network in world units through @transform
 * (world to device, applied on top of the cairo_t's own matrix; %NULL for
 * none). Ties, nodes and labels outside the clip are skipped, and labels
 * too small to read at the current zoom are left out, so a canvas can
 * draw a big network a tile at a time. Text is as big as the scene's text
 * scale says (ent_scene_set_text_scale()). With a state function the
 * painter asks each node and tie for its EntPaintState; a canvas that
 * caches the static drawing can instead leave the function unset and draw
 * hovered or selected items on top with ent_painter_draw_node() and
 * ent_painter_draw_tie().
 *
 * A page is what the exports draw: the title, a line of counts, the network
 * and a legend of the camps, the ties and the shapes, in page units
 * (CSS pixels) starting at (0, 0).
 */
EntPainter       *ent_painter_new               (EntScene             *scene) G_GNUC_WARN_UNUSED_RESULT;
EntScene         *ent_painter_get_scene         (EntPainter           *self);
const EntPalette *ent_painter_get_palette       (EntPainter           *self);
const char       *ent_painter_get_title         (EntPainter           *self);
EntPageParts      ent_painter_get_page_parts    (EntPainter           *self);
double            ent_painter_get_min_node_size (EntPainter           *self);
void              ent_painter_set_scene         (EntPainter           *self,
                                                 EntScene             *scene);
void              ent_painter_set_palette       (EntPainter           *self,
                                                 const EntPalette     *palette);
void              ent_painter_set_title         (EntPainter           *self,
                                                 const char           *title);
void              ent_painter_set_page_parts    (EntPainter           *self,
                                                 EntPageParts          parts);
void              ent_painter_set_state_func    (EntPainter           *self,
                                                 EntPainterStateFunc   func,
                                                 gpointer              user_data,
                                                 GDestroyNotify        destroy);
void              ent_painter_set_min_node_size (EntPainter           *self,
                                                 double                pixels);
void              ent_painter_set_region        (EntPainter           *self,
                                                 const cairo_rectangle_t *region);
void              ent_painter_draw              (EntPainter           *self,
                                                 cairo_t              *cr,
                                                 const cairo_matrix_t *transform,
                                                 EntPaintLayers        layers);
void              ent_painter_draw_node         (EntPainter           *self,
                                                 cairo_t              *cr,
                                                 const cairo_matrix_t *transform,
                                                 guint                 node,
                                                 EntPaintState         state);
void              ent_painter_draw_tie          (EntPainter           *self,
                                                 cairo_t              *cr,
                                                 const cairo_matrix_t *transform,
                                                 guint                 tie,
                                                 EntPaintState         state);
void              ent_painter_get_page_size     (EntPainter           *self,
                                                 double               *width,
                                                 double               *height);
void              ent_painter_get_page_transform (EntPainter          *self,
                                                 cairo_matrix_t       *world_to_page);
void              ent_painter_draw_page         (EntPainter           *self,
                                                 cairo_t              *cr);

G_END_DECLS
