/* ent-scene-private.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "ent-scene.h"

G_BEGIN_DECLS

/* A uniform grid of cells, each listing the items that touch it. Items
 * outside the grid's bounds land in its border cells, so queries stay
 * correct for any coordinates; the bounds only decide how well it sorts. */
typedef struct
{
  double   x0;
  double   y0;
  double   cell;
  int      cols;
  int      rows;
  GArray **cells;
} EntGrid;

typedef gboolean (*EntGridVisit) (guint    item,
                                  gpointer user_data);

/* The scene's fields, shared by ent-scene.c and ent-scene-captions.c. */
struct _EntScene
{
  GObject       parent_instance;

  GArray       *nodes;    /* EntSceneNode */
  GArray       *ties;     /* EntSceneTie */
  GArray       *camps;    /* EntSceneCamp */
  guint        *order;    /* nodes, largest first: the last drawn is on top */
  guint        *rank;     /* the inverse of order */
  guint         n_hidden;

  /* Text sizes are ENT_SCENE_LABEL_SIZE and ENT_SCENE_CAPTION_SIZE times
   * this; label_metrics holds each label's width, height and baseline at
   * scale 1, as measured once. */
  double        text_scale;
  double       *label_metrics;
  GArray       *priority;   /* guint: nodes whose labels are placed first */

  PangoContext *pango;
  PangoLayout  *layout;

  EntGrid       node_grid;
  EntGrid       tie_grid;
  guint         n_grid_moves;  /* nodes moved since the grids were built */

  /* Each node's ties: those of node i are node_ties[tie_starts[i]] up to
   * node_ties[tie_starts[i + 1]]. Built when first asked for. */
  guint        *tie_starts;
  guint        *node_ties;
};

void          _ent_grid_init           (EntGrid                 *grid,
                                        const cairo_rectangle_t *bounds,
                                        double                   cell);
void          _ent_grid_clear          (EntGrid                 *grid);
void          _ent_grid_insert_rect    (EntGrid                 *grid,
                                        const cairo_rectangle_t *rect,
                                        guint                    item);
void          _ent_grid_insert_segment (EntGrid                 *grid,
                                        double                   x1,
                                        double                   y1,
                                        double                   x2,
                                        double                   y2,
                                        guint                    item);
gboolean      _ent_grid_query          (EntGrid                 *grid,
                                        const cairo_rectangle_t *rect,
                                        EntGridVisit             visit,
                                        gpointer                 user_data);

void          _ent_scene_build_node_ties (EntScene              *self);
PangoContext *_ent_scene_new_pango_context   (void) G_GNUC_WARN_UNUSED_RESULT;
PangoFontDescription *_ent_scene_font        (double                   size,
                                              gboolean                 bold) G_GNUC_WARN_UNUSED_RESULT;
void          _ent_scene_shape_points  (EntNodeShape             shape,
                                        double                   x,
                                        double                   y,
                                        double                   radius,
                                        double                   points[8],
                                        guint                   *n_points);
gboolean      _ent_rect_intersects     (const cairo_rectangle_t *a,
                                        const cairo_rectangle_t *b);
double        _ent_rect_overlap        (const cairo_rectangle_t *a,
                                        const cairo_rectangle_t *b);
void          _ent_rect_union          (cairo_rectangle_t       *a,
                                        const cairo_rectangle_t *b);
int           _ent_scene_compare_by_radius (gconstpointer     a,
                                            gconstpointer     b,
                                            gpointer          user_data);
char         *_ent_scene_camp_label    (EntScene                *self,
                                        int                      camp,
                                        guint                    size) G_GNUC_WARN_UNUSED_RESULT;
void          _ent_scene_place_captions (EntScene               *self);
void          _ent_scene_place_labels  (GArray                  *nodes,
                                        const guint             *first,
                                        guint                    n_first,
                                        double                   text_scale);

G_END_DECLS
