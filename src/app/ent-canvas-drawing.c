/* ent-canvas-drawing.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "ent-canvas-private.h"

/* The cached picture of the whole scene stays under this many pixels on
 * a side; past that it covers the view and a margin of DETAIL_EXTRA. */
#define MAX_RASTER_SIDE  4096.0
#define RASTER_MARGIN    8.0
#define DETAIL_EXTRA     0.5

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

static EntPaintState
ghost_state (EntPaintItem item,
             guint        index,
             gpointer     user_data)
{
  EntCanvas *self = user_data;
  const EntSceneTie *tie;

  if (item == ENT_PAINT_ITEM_NODE)
    return (int) index == self->ghost_node ? ENT_PAINT_STATE_DIMMED : ENT_PAINT_STATE_NORMAL;
  tie = ent_scene_get_tie (self->scene, index);
  return ((int) tie->source == self->ghost_node || (int) tie->target == self->ghost_node)
         ? ENT_PAINT_STATE_DIMMED : ENT_PAINT_STATE_NORMAL;
}

/* The static layers: the background is the widget's own. */
EntPaintLayers
_ent_canvas_get_layers (EntCanvas *self)
{
  EntPaintLayers layers = ENT_PAINT_ALL & ~ENT_PAINT_BACKGROUND;

  return self->show_labels ? layers : layers & ~ENT_PAINT_LABELS;
}

/* Draws the scene's part in @world at @scale device pixels per unit into
 * a texture: the cached, static drawing. */
static GskRenderNode *
raster (EntCanvas               *self,
        const cairo_rectangle_t *world,
        double                   scale)
{
  int width = MAX (1, (int) ceil (world->width * scale));
  int height = MAX (1, (int) ceil (world->height * scale));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  GskRenderNode *node;
  cairo_matrix_t matrix;

  cairo_matrix_init_scale (&matrix, scale, scale);
  cairo_matrix_translate (&matrix, -world->x, -world->y);
  if (self->ghost_node >= 0)
    ent_painter_set_state_func (self->painter, ghost_state, self, NULL);
  ent_painter_draw (self->painter, cr, &matrix, _ent_canvas_get_layers (self));
  ent_painter_set_state_func (self->painter, NULL, NULL, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* A cairo node that paints the finished image: the cairo renderer then
   * blits the visible part each frame, where a texture node would convert
   * the whole texture every time (GTK 4.8), and the GL renderer uploads it
   * once and keeps it, keyed by the node. */
  node = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (world->x, world->y, width / scale, height / scale));
  cr = gsk_cairo_node_get_draw_context (node);
  cairo_translate (cr, world->x, world->y);
  cairo_scale (cr, 1 / scale, 1 / scale);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return node;
}

static double
desired_scale (EntCanvas *self)
{
  return ent_viewport_get_zoom (self->viewport) * gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

static void
raster_bounds (EntCanvas         *self,
               cairo_rectangle_t *bounds)
{
  ent_scene_get_bounds (self->scene, bounds);
  bounds->x -= RASTER_MARGIN;
  bounds->y -= RASTER_MARGIN;
  bounds->width += 2 * RASTER_MARGIN;
  bounds->height += 2 * RASTER_MARGIN;
}

static gboolean
covers_view (EntCanvas *self)
{
  cairo_rectangle_t v;

  ent_viewport_get_visible (self->viewport, &v);
  return graphene_rect_contains_rect (&self->detail_rect,
                                      &GRAPHENE_RECT_INIT (v.x, v.y, v.width, v.height));
}

/* Draws the static picture once, at the zoom's scale: the whole scene if
 * it stays within MAX_RASTER_SIDE pixels, else the visible part and as
 * much again around it. (GTK's GL renderer draws a cairo node at the
 * current scale, so the node's size on screen is what is capped.) */
static void
ensure_scene_node (EntCanvas *self)
{
  cairo_rectangle_t b, v;
  double scale = desired_scale (self);
  graphene_rect_t rect;

  if (self->scene_node != NULL && (self->scene_scale == 0 || covers_view (self)))
    return;
  g_clear_pointer (&self->scene_node, gsk_render_node_unref);
  raster_bounds (self, &b);
  rect = GRAPHENE_RECT_INIT (b.x, b.y, b.width, b.height);
  self->scene_scale = 0;
  if (MAX (b.width, b.height) * scale > MAX_RASTER_SIDE)
    {
      ent_viewport_get_visible (self->viewport, &v);
      graphene_rect_intersection (&rect,
                                  &GRAPHENE_RECT_INIT (v.x - v.width * DETAIL_EXTRA,
                                                       v.y - v.height * DETAIL_EXTRA,
                                                       v.width * (1 + 2 * DETAIL_EXTRA),
                                                       v.height * (1 + 2 * DETAIL_EXTRA)),
                                  &rect);
      self->scene_scale = scale;
    }
  self->detail_rect = rect;
  self->detail_scale = scale;
  self->scene_node = raster (self, &(cairo_rectangle_t) { rect.origin.x, rect.origin.y,
                                                          MAX (rect.size.width, 1),
                                                          MAX (rect.size.height, 1) }, scale);
}

/* The view has been still for a moment: redraws the cached picture at
 * the scale of the current zoom, if it changed, or around the new view. */
void
_ent_canvas_settle (EntCanvas *self)
{
  self->settle_source = 0;
  if (self->scene == NULL || self->scene_node == NULL || self->phase == ENT_CANVAS_LAYOUT_TWEEN)
    return;
  if (fabs (desired_scale (self) - self->detail_scale) > self->detail_scale * 0.01 ||
      (self->scene_scale != 0 && !covers_view (self)))
    g_clear_pointer (&self->scene_node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_ent_canvas_drop_raster (EntCanvas *self)
{
  g_clear_pointer (&self->scene_node, gsk_render_node_unref);
  g_clear_pointer (&self->detail_node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Overlays ----------------------------------------------------------------- */

typedef struct
{
  EntCanvas         *self;
  cairo_rectangle_t  box;
  gboolean           empty;
} Overlay;

static void
overlay_add (Overlay                 *o,
             const cairo_rectangle_t *r)
{
  double x2, y2;

  if (o->empty)
    {
      o->box = *r;
      o->empty = FALSE;
      return;
    }
  x2 = MAX (o->box.x + o->box.width, r->x + r->width);
  y2 = MAX (o->box.y + o->box.height, r->y + r->height);
  o->box.x = MIN (o->box.x, r->x);
  o->box.y = MIN (o->box.y, r->y);
  o->box.width = x2 - o->box.x;
  o->box.height = y2 - o->box.y;
}

static void
overlay_add_node (Overlay *o,
                  int      node)
{
  const EntSceneNode *n = ent_scene_get_node (o->self->scene, node);
  cairo_rectangle_t e;

  ent_scene_node_get_extents (n, &e);
  e.x -= 8, e.y -= 8, e.width += 16, e.height += 16;
  overlay_add (o, &e);
  overlay_add (o, &n->label_box);
}

static void
overlay_add_tie (Overlay *o,
                 int      tie)
{
  const EntSceneTie *t = ent_scene_get_tie (o->self->scene, tie);
  const EntSceneNode *a = ent_scene_get_node (o->self->scene, t->source);
  const EntSceneNode *b = ent_scene_get_node (o->self->scene, t->target);
  double pad = t->width + 8;
  cairo_rectangle_t r = { MIN (a->x, b->x) - pad, MIN (a->y, b->y) - pad,
                          fabs (a->x - b->x) + 2 * pad, fabs (a->y - b->y) + 2 * pad };

  overlay_add (o, &r);
}

static gboolean
tie_touches (EntCanvas *self,
             guint      tie,
             int        node)
{
  const EntSceneTie *t = ent_scene_get_tie (self->scene, tie);

  return node >= 0 && ((int) t->source == node || (int) t->target == node);
}

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

/* The items drawn above the cached drawing: they move or light up. */
static void
collect_overlay (EntCanvas *self,
                 GArray    *nodes,
                 GArray    *ties,
                 Overlay   *o)
{
  int sel_tie = selected_tie (self);

  if (self->drag_node >= 0)
    for (guint i = 0; i < ent_scene_get_n_ties (self->scene); i++)
      if (tie_touches (self, i, self->drag_node))
        g_array_append_val (ties, i);
  if (self->hover_tie >= 0)
    g_array_append_val (ties, self->hover_tie);
  if (sel_tie >= 0 && sel_tie != self->hover_tie)
    g_array_append_val (ties, sel_tie);
  for (guint i = 0; i < ent_scene_get_n_nodes (self->scene); i++)
    if (node_state (self, i) != ENT_PAINT_STATE_NORMAL)
      g_array_append_val (nodes, i);
  for (guint i = 0; i < ties->len; i++)
    overlay_add_tie (o, g_array_index (ties, int, i));
  for (guint i = 0; i < nodes->len; i++)
    overlay_add_node (o, g_array_index (nodes, int, i));
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

static void
draw_overlay (EntCanvas   *self,
              GtkSnapshot *snapshot)
{
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) ties = g_array_new (FALSE, FALSE, sizeof (int));
  Overlay o = { self, { 0, 0, 0, 0 }, TRUE };
  cairo_rectangle_t v;
  cairo_t *cr;

  collect_overlay (self, nodes, ties, &o);
  if (self->drag == ENT_CANVAS_DRAG_CONNECT && self->connect_source >= 0)
    {
      cairo_rectangle_t end = { self->connect_x - 4, self->connect_y - 4, 8, 8 };

      overlay_add_node (&o, self->connect_source);
      overlay_add (&o, &end);
    }
  if (o.empty)
    return;

  /* Only the visible part: the cairo node is as big as its bounds. */
  ent_viewport_get_visible (self->viewport, &v);
  if (!graphene_rect_intersection (&GRAPHENE_RECT_INIT (o.box.x, o.box.y, o.box.width, o.box.height),
                                   &GRAPHENE_RECT_INIT (v.x, v.y, v.width, v.height),
                                   (graphene_rect_t *) &o.box))
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (o.box.x, o.box.y,
                                                                 o.box.width, o.box.height));
  for (guint i = 0; i < ties->len; i++)
    {
      int tie = g_array_index (ties, int, i);
      EntPaintState state = tie == self->hover_tie ? ENT_PAINT_STATE_HOVER : ENT_PAINT_STATE_NORMAL;

      if (tie == selected_tie (self))
        state |= ENT_PAINT_STATE_SELECTED;
      ent_painter_draw_tie (self->painter, cr, NULL, tie, state);
    }
  if (self->drag == ENT_CANVAS_DRAG_CONNECT && self->connect_source >= 0)
    draw_connect_line (self, cr);
  for (guint i = 0; i < nodes->len; i++)
    {
      int node = g_array_index (nodes, int, i);

      ent_painter_draw_node (self->painter, cr, NULL, node, node_state (self, node));
    }
  cairo_destroy (cr);
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
  return self->phase == ENT_CANVAS_LAYOUT_STEPPING && self->first_layout &&
         ent_scene_get_n_nodes (self->scene) > 600;
}

void
_ent_canvas_snapshot (EntCanvas   *self,
                      GtkSnapshot *snapshot)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double zoom = ent_viewport_get_zoom (self->viewport);
  GdkRGBA background;

  if (self->painter == NULL)
    return;
  background = to_rgba (&palette (self)->background, 1);
  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->scene == NULL || ent_scene_get_n_nodes (self->scene) == 0 || laying_out_unseen (self))
    return;

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (ent_viewport_get_offset_x (self->viewport),
                                                          ent_viewport_get_offset_y (self->viewport)));
  gtk_snapshot_scale (snapshot, zoom, zoom);
  if (self->tween_from != NULL || (self->phase == ENT_CANVAS_LAYOUT_STEPPING && self->first_layout))
    draw_scene_directly (self, snapshot);
  else
    {
      ensure_scene_node (self);
      gtk_snapshot_append_node (snapshot, self->scene_node);
    }
  draw_overlay (self, snapshot);
  gtk_snapshot_restore (snapshot);
  if (self->drag == ENT_CANVAS_DRAG_BAND)
    draw_band (self, snapshot);
  gtk_snapshot_pop (snapshot);
}
