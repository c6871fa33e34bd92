/* ent-scene.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "ent-network.h"
#include "ent-palette.h"

G_BEGIN_DECLS

#define ENT_TYPE_SCENE (ent_scene_get_type ())

G_DECLARE_FINAL_TYPE (EntScene, ent_scene, ENT, SCENE, GObject)

typedef enum
{
  ENT_NODE_SHAPE_CIRCLE,    /* states */
  ENT_NODE_SHAPE_SQUARE,    /* persons */
  ENT_NODE_SHAPE_DIAMOND,   /* organisations */
  ENT_NODE_SHAPE_TRIANGLE,  /* groups */
} EntNodeShape;

#define ENT_SCENE_LABEL_SIZE   12.0
#define ENT_SCENE_CAPTION_SIZE 15.0
#define ENT_SCENE_FONT_FAMILY  "Cantarell, DejaVu Sans, sans-serif"

typedef struct
{
  char              *id;
  char              *name;            /* the full name, for tooltips */
  char              *label;           /* one line, shortened if very long */
  EntActorKind       kind;
  EntNodeShape       shape;
  int                camp;            /* as in EntNetworkNode */
  guint              mentions;
  double             x;               /* the centre, in world units (canvas pixels) */
  double             y;
  double             radius;          /* of the circle of the same area as the shape */
  gboolean           has_color;       /* the user gave the actor a colour… */
  EntColor           color;           /* …which then wins over the camp's */
  gboolean           label_visible;   /* FALSE when every place would hide another label */
  cairo_rectangle_t  label_box;       /* world units; never overlaps the node */
  double             label_baseline;  /* from the top of label_box */
  gboolean           pinned;          /* placed by the user: layouts leave it there */
} EntSceneNode;

typedef struct
{
  guint   source;  /* node indices, as in EntNetworkTie */
  guint   target;
  int     sign;
  double  weight;
  double  width;   /* stroke width in world units, in steps of 1/4 */
  guint   n_statements;
} EntSceneTie;

typedef struct
{
  char              *label;    /* "Camp 1: Iran, Russia, Syria +4" */
  guint              size;
  char              *caption;  /* the label, or fewer names where it is narrow */
  cairo_rectangle_t  box;      /* the caption above the camp's members */
  double             baseline; /* from the top of box */
} EntSceneCamp;

/*
 * The geometry of a laid-out network, shared by everything that draws it:
 * the canvas, the image exports and the hit-testing behind the pointer.
 * Node and tie indices are the network's, so a scene built from a network
 * maps straight back to it.
 *
 * Sizes are fixed here, in world units: a node's area follows its mentions,
 * a tie's width its weight, and labels are placed off their node and,
 * where possible, off every other node and label. Text is
 * ENT_SCENE_LABEL_SIZE world units high unless a text scale says
 * otherwise (a canvas keeps labels one size on screen that way). Text is measured without
 * hinting, so the same scene lays out identically at every zoom and in
 * every format.
 *
 * A scene is a snapshot: rebuild it when the network changes. Moving a node
 * (a drag on the canvas) is cheap and keeps the label where it was relative
 * to the node; ent_scene_place_labels() tidies up afterwards.
 *
 * Main thread only, like EntNetwork; the scene itself does not keep the
 * network.
 */
double              ent_scene_radius_for_mentions (guint                mentions) G_GNUC_CONST;
double              ent_scene_width_for_weight  (double                   weight) G_GNUC_CONST;
EntScene           *ent_scene_new               (EntNetwork              *network) G_GNUC_WARN_UNUSED_RESULT;
guint               ent_scene_get_n_nodes       (EntScene                *self);
const EntSceneNode *ent_scene_get_node          (EntScene                *self,
                                                 guint                    node);
guint               ent_scene_get_n_ties        (EntScene                *self);
const EntSceneTie  *ent_scene_get_tie           (EntScene                *self,
                                                 guint                    tie);
guint               ent_scene_get_n_camps       (EntScene                *self);
const EntSceneCamp *ent_scene_get_camp          (EntScene                *self,
                                                 guint                    camp);
guint               ent_scene_get_n_hidden_labels (EntScene              *self);
const guint        *ent_scene_get_draw_order    (EntScene                *self);
void                ent_scene_get_bounds        (EntScene                *self,
                                                 cairo_rectangle_t       *bounds);
void                ent_scene_node_get_extents  (const EntSceneNode      *node,
                                                 cairo_rectangle_t       *extents);
int                 ent_scene_find_node_at      (EntScene                *self,
                                                 double                   x,
                                                 double                   y,
                                                 double                   tolerance);
int                 ent_scene_find_tie_at       (EntScene                *self,
                                                 double                   x,
                                                 double                   y,
                                                 double                   tolerance);
GArray             *ent_scene_find_nodes_in_rect (EntScene               *self,
                                                 const cairo_rectangle_t *rect) G_GNUC_WARN_UNUSED_RESULT;
void                ent_scene_build_index       (EntScene                *self);
GArray             *ent_scene_find_ties_in_rect (EntScene                *self,
                                                 const cairo_rectangle_t *rect) G_GNUC_WARN_UNUSED_RESULT;
const guint        *ent_scene_get_node_ties     (EntScene                *self,
                                                 guint                    node,
                                                 guint                   *n_ties);
gboolean            ent_scene_matches_network   (EntScene                *self,
                                                 EntNetwork              *network);
void                ent_scene_set_pinned        (EntScene                *self,
                                                 guint                    node,
                                                 gboolean                 pinned);
void                ent_scene_move_node         (EntScene                *self,
                                                 guint                    node,
                                                 double                   x,
                                                 double                   y);
void                ent_scene_place_labels      (EntScene                *self);
double              ent_scene_get_text_scale    (EntScene                *self);
double              ent_scene_get_label_size    (EntScene                *self);
double              ent_scene_get_caption_size  (EntScene                *self);
void                ent_scene_set_text_scale    (EntScene                *self,
                                                 double                   text_scale);
void                ent_scene_set_label_priority (EntScene               *self,
                                                 const guint             *nodes,
                                                 guint                    n_nodes);
void                ent_scene_measure_text      (EntScene                *self,
                                                 const char              *text,
                                                 double                   size,
                                                 gboolean                 bold,
                                                 double                  *width,
                                                 double                  *height,
                                                 double                  *baseline);

G_END_DECLS
