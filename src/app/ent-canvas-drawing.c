/* ent-canvas-drawing.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "ent-canvas-private.h"

static const EntPalette *
palette (EntCanvas *self)
{
  return ent_painter_get_palette (self->painter);
}

static void
set_source (cairo_t        *cr,
            const EntColor *color,
            double          alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static GdkRGBA
to_rgba (const EntColor *color,
         double          alpha)
{
  return (GdkRGBA) { color->red, color->green, color->blue, color->alpha * alpha };
}

/* The static layers: the background is the widget's own. */
EntPaintLayers
_ent_canvas_get_layers (EntCanvas *self)
{
  EntPaintLayers layers = ENT_PAINT_ALL & ~ENT_PAINT_BACKGROUND;

  return self->show_labels ? layers : layers & ~ENT_PAINT_LABELS;
}

/* The view has been still for a moment: the labels are placed for the
 * zoom, and the tiles drawn sharp at its scale, if either changed. */
void
_ent_canvas_settle (EntCanvas *self)
{
  self->settle_source = 0;
  if (self->scene == NULL || self->phase == ENT_CANVAS_LAYOUT_TWEEN)
    return;
  _ent_canvas_sync_scale (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static double
desired_scale (EntCanvas *self)
{
  return ent_viewport_get_zoom (self->viewport) * gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

static gboolean
differs (double a,
         double b)
{
  return fabs (a - b) > b * 0.01;
}

/* Labels stay ENT_SCENE_LABEL_SIZE pixels high on screen: the scene's
 * text scale follows the zoom, which places the labels again, and the
 * tiles are redrawn at the zoom's scale. */
void
_ent_canvas_sync_scale (EntCanvas *self)
{
  double zoom = ent_viewport_get_zoom (self->viewport);

  if (self->scene == NULL)
    return;
  if (differs (ent_scene_get_text_scale (self->scene), 1 / zoom))
    {
      ent_scene_set_text_scale (self->scene, 1 / zoom);
      _ent_canvas_tiles_rescale (self, desired_scale (self));
    }
  else if (differs (_ent_canvas_tiles_get_scale (self), desired_scale (self)))
    _ent_canvas_tiles_rescale (self, desired_scale (self));
}

void
_ent_canvas_drop_raster (EntCanvas *self)
{
  _ent_canvas_tiles_flush (self, desired_scale (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Labels were placed again, or a scene came during an import: the tiles
 * are drawn again between frames, the old ones showing until then, so
 * that a click on a big network does not wait for all of them. */
void
_ent_canvas_redraw_gradually (EntCanvas *self)
{
  _ent_canvas_tiles_keep (self, desired_scale (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Overlays ----------------------------------------------------------------- */

static int
selected_tie (EntCanvas *self)
{
  const char *a, *b;
  int na, nb;

  if (!ent_viewport_get_selected_tie (self->viewport, &a, &b))
    return -1;
  na = _ent_canvas_find_node (self, a);
  nb = _ent_canvas_find_node (self, b);
  if (na < 0 || nb < 0)
    return -1;
  return ent_network_find_tie (self->network, na, nb);
}

static EntPaintState
node_state (EntCanvas *self,
            guint      node)
{
  EntPaintState state = ENT_PAINT_STATE_NORMAL;

  if (ent_viewport_is_selected (self->viewport, ent_scene_get_node (self->scene, node)->id))
    state |= ENT_PAINT_STATE_SELECTED;
  if ((int) node == self->hover_node || (int) node == self->drag_node ||
      (int) node == self->connect_target ||
      ((int) node == self->focus_node && gtk_widget_has_focus (GTK_WIDGET (self))))
    state |= ENT_PAINT_STATE_HOVER;
  return state;
}

/* The items drawn above the static drawing: they move or light up. */
static void
collect_overlay (EntCanvas *self,
                 GArray    *nodes,
                 GArray    *ties)
{
  int sel_tie = selected_tie (self);
  int moving = self->drag_node >= 0 ? self->drag_node : self->float_node;

  if (moving >= 0 && (guint) moving < ent_scene_get_n_nodes (self->scene))
    {
      guint n_ties;
      const guint *node_ties = ent_scene_get_node_ties (self->scene, moving, &n_ties);

      g_array_append_vals (ties, node_ties, n_ties);
    }
  if (self->hover_tie >= 0)
    g_array_append_val (ties, self->hover_tie);
  if (sel_tie >= 0 && sel_tie != self->hover_tie)
    g_array_append_val (ties, sel_tie);
  for (guint i = 0; i < ent_scene_get_n_nodes (self->scene); i++)
    if (node_state (self, i) != ENT_PAINT_STATE_NORMAL || (int) i == self->float_node)
      g_array_append_val (nodes, i);
}

static void
draw_connect_line (EntCanvas *self,
                   cairo_t   *cr)
{
  const EntSceneNode *source = ent_scene_get_node (self->scene, self->connect_source);
  double zoom = ent_viewport_get_zoom (self->viewport);
  double dash[] = { 6 / zoom, 4 / zoom };

  cairo_save (cr);
  cairo_move_to (cr, source->x, source->y);
  cairo_line_to (cr, self->connect_x, self->connect_y);
  set_source (cr, &palette (self)->selection, 1);
  cairo_set_line_width (cr, 2 / zoom);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Each tie in a cairo node of its own, turned along it: a thin strip
 * that costs a renderer little to draw every frame, where a rectangle
 * around a long diagonal tie would be most of the view. */
static void
append_tie (EntCanvas     *self,
            GtkSnapshot   *snapshot,
            int            tie,
            EntPaintState  state)
{
  const EntSceneTie *t = ent_scene_get_tie (self->scene, tie);
  const EntSceneNode *a = ent_scene_get_node (self->scene, t->source);
  const EntSceneNode *b = ent_scene_get_node (self->scene, t->target);
  double length = hypot (b->x - a->x, b->y - a->y), angle = atan2 (b->y - a->y, b->x - a->x);
  double pad = t->width + 8;
  cairo_matrix_t matrix;
  cairo_t *cr;

  if (length == 0)
    return;
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (a->x, a->y));
  gtk_snapshot_rotate (snapshot, angle * 180 / G_PI);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (-pad, -pad, length + 2 * pad, 2 * pad));
  cairo_matrix_init_rotate (&matrix, -angle);
  cairo_matrix_translate (&matrix, -a->x, -a->y);
  ent_painter_draw_tie (self->painter, cr, &matrix, tie, state);
  cairo_destroy (cr);
  gtk_snapshot_restore (snapshot);
}

static void
append_node (EntCanvas   *self,
             GtkSnapshot *snapshot,
             int          node)
{
  const EntSceneNode *n = ent_scene_get_node (self->scene, node);
  cairo_rectangle_t e;
  double pad = ent_scene_get_label_size (self->scene) / 4, x1, y1;
  double r = ent_painter_get_min_node_size (self->painter) / desired_scale (self) + 4;
  cairo_t *cr;

  ent_scene_node_get_extents (n, &e);
  x1 = MAX (MAX (e.x + e.width, n->x + r) + 8, n->label_box.x + n->label_box.width + pad);
  y1 = MAX (MAX (e.y + e.height, n->y + r) + 8, n->label_box.y + n->label_box.height + pad);
  e.x = MIN (MIN (e.x, n->x - r) - 8, n->label_box.x - pad);
  e.y = MIN (MIN (e.y, n->y - r) - 8, n->label_box.y - pad);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (e.x, e.y, x1 - e.x, y1 - e.y));
  ent_painter_draw_node (self->painter, cr, NULL, node, node_state (self, node));
  cairo_destroy (cr);
}

static void
append_connect_line (EntCanvas   *self,
                     GtkSnapshot *snapshot)
{
  const EntSceneNode *source = ent_scene_get_node (self->scene, self->connect_source);
  double pad = 4 / ent_viewport_get_zoom (self->viewport);
  cairo_t *cr;

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (MIN (source->x, self->connect_x) - pad,
                                                       MIN (source->y, self->connect_y) - pad,
                                                       fabs (source->x - self->connect_x) + 2 * pad,
                                                       fabs (source->y - self->connect_y) + 2 * pad));
  draw_connect_line (self, cr);
  cairo_destroy (cr);
}

static void
draw_overlay (EntCanvas   *self,
              GtkSnapshot *snapshot)
{
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) ties = g_array_new (FALSE, FALSE, sizeof (int));
  int sel_tie = selected_tie (self);

  collect_overlay (self, nodes, ties);
  for (guint i = 0; i < ties->len; i++)
    {
      int tie = g_array_index (ties, int, i);
      EntPaintState state = tie == self->hover_tie ? ENT_PAINT_STATE_HOVER : ENT_PAINT_STATE_NORMAL;

      if (tie == sel_tie)
        state |= ENT_PAINT_STATE_SELECTED;
      append_tie (self, snapshot, tie, state);
    }
  if (self->drag == ENT_CANVAS_DRAG_CONNECT && self->connect_source >= 0)
    append_connect_line (self, snapshot);
  for (guint i = 0; i < nodes->len; i++)
    append_node (self, snapshot, g_array_index (nodes, int, i));
}

static void
draw_band (EntCanvas   *self,
           GtkSnapshot *snapshot)
{
  graphene_rect_t r = GRAPHENE_RECT_INIT (MIN (self->band[0], self->band[2]),
                                          MIN (self->band[1], self->band[3]),
                                          fabs (self->band[2] - self->band[0]),
                                          fabs (self->band[3] - self->band[1]));
  GdkRGBA fill = to_rgba (&palette (self)->selection, 0.15);
  GdkRGBA edge = to_rgba (&palette (self)->selection, 0.8);
  GskRoundedRect outline;

  gsk_rounded_rect_init_from_rect (&outline, &r, 0);
  gtk_snapshot_append_color (snapshot, &fill, &r);
  gtk_snapshot_append_border (snapshot, &outline, (float[4]) { 1, 1, 1, 1 },
                              (GdkRGBA[4]) { edge, edge, edge, edge });
}

/* While nodes glide, everything moves: the scene is drawn directly. */
static void
draw_scene_directly (EntCanvas   *self,
                     GtkSnapshot *snapshot)
{
  cairo_rectangle_t v;
  cairo_t *cr;

  ent_viewport_get_visible (self->viewport, &v);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (v.x, v.y, v.width, v.height));
  ent_painter_draw (self->painter, cr, NULL, _ent_canvas_get_layers (self));
  cairo_destroy (cr);
}

static gboolean
laying_out_unseen (EntCanvas *self)
{
  return self->phase == ENT_CANVAS_LAYOUT_STEPPING && self->first_layout && !self->quiet &&
         ent_scene_get_n_nodes (self->scene) > 600;
}

static gboolean
drawing_directly (EntCanvas *self)
{
  return self->tween_from != NULL ||
         (self->phase == ENT_CANVAS_LAYOUT_STEPPING && self->first_layout && !self->quiet);
}

/* Draws the static drawing from the tiles. Far from the tiles' scale they
 * would be too many or too blurred: this frame then places the labels
 * for the zoom and draws afresh. */
static void
draw_tiles (EntCanvas   *self,
            GtkSnapshot *snapshot)
{
  double ratio = _ent_canvas_tiles_get_scale (self) / desired_scale (self);

  if (ratio > 1.5 || ratio < 0.5)
    _ent_canvas_sync_scale (self);
  _ent_canvas_tiles_append (self, snapshot);
}

void
_ent_canvas_snapshot (EntCanvas   *self,
                      GtkSnapshot *snapshot)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  int sf = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  double zoom = ent_viewport_get_zoom (self->viewport), ox, oy;
  gboolean empty;
  GdkRGBA background;

  if (self->painter == NULL)
    return;
  empty = self->scene == NULL || ent_scene_get_n_nodes (self->scene) == 0 || laying_out_unseen (self);
  /* The tiles are opaque and cover the view: no background under them. */
  background = to_rgba (&palette (self)->background, 1);
  if (empty || drawing_directly (self))
    gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (empty)
    return;

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gtk_snapshot_save (snapshot);
  /* Whole device pixels: the tiles then meet without seams and are
   * copied, never resampled. */
  ox = round (ent_viewport_get_offset_x (self->viewport) * sf) / sf;
  oy = round (ent_viewport_get_offset_y (self->viewport) * sf) / sf;
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (ox, oy));
  gtk_snapshot_scale (snapshot, zoom, zoom);
  if (drawing_directly (self))
    draw_scene_directly (self, snapshot);
  else
    draw_tiles (self, snapshot);
  draw_overlay (self, snapshot);
  gtk_snapshot_restore (snapshot);
  if (self->drag == ENT_CANVAS_DRAG_BAND)
    draw_band (self, snapshot);
  gtk_snapshot_pop (snapshot);
}
