/* ent-painter.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "ent-painter-private.h"
#include "ent-scene-private.h"

/* Label and caption text smaller than this many device pixels is left out:
 * it could not be read, and it is the costliest thing to draw. */
#define MIN_READABLE_PX 4.0

/* Above this many ties they are drawn lighter, so that the camps and the
 * nodes still show through a dense drawing. */
#define DENSE_TIES 2000

#define N_TIE_GROUPS (3 * 64)

#define MIN_DASH_PX 4.0

struct _EntPainter
{
  GObject              parent_instance;

  EntScene            *scene;
  const EntPalette    *palette;
  char                *title;
  EntPageParts         page_parts;
  EntPage             *page;

  EntPainterStateFunc  state_func;
  gpointer             state_data;
  GDestroyNotify       state_destroy;

  gboolean             has_region;
  cairo_rectangle_t    region;
  double               min_node_px;
};

G_DEFINE_FINAL_TYPE (EntPainter, ent_painter, G_TYPE_OBJECT)

static EntPaintState
state_of (EntPainter   *self,
          EntPaintItem  item,
          guint         index)
{
  return self->state_func ? self->state_func (item, index, self->state_data) : ENT_PAINT_STATE_NORMAL;
}

void
_ent_painter_node_fill (EntPainter         *self,
                        const EntSceneNode *node,
                        EntColor           *fill)
{
  if (node->has_color)
    *fill = node->color;
  else
    ent_palette_get_camp_color (self->palette, node->camp, fill);
}

/* Opposition is dashed and alliance solid, so that the two differ without
 * colour too, in greyscale print and for colour-blind readers; the dashes
 * grow with the width so that thick ties still read as dashed. */
void
_ent_painter_tie_stroke (EntPainter *self,
                         int         sign,
                         double      width,
                         EntStroke  *stroke)
{
  *stroke = (EntStroke) { .width = width };
  if (sign > 0)
    stroke->color = self->palette->alliance;
  else if (sign < 0)
    {
      stroke->color = self->palette->opposition;
      stroke->dash[0] = 3 * width + 3;
      stroke->dash[1] = 2 * width + 2;
      stroke->n_dash = 2;
    }
  else
    {
      stroke->color = self->palette->neutral;
      stroke->dash[0] = width;
      stroke->dash[1] = 2 * width + 2;
      stroke->n_dash = 2;
    }
  stroke->color.alpha = ent_scene_get_n_ties (self->scene) > DENSE_TIES ? 0.35 : 0.85;
}

static double
backend_scale (const EntPaintBackend *backend,
               gpointer               data)
{
  return backend->scale ? backend->scale (data) : 1.0;
}

/* Dashes shorter than a few device pixels cost cairo a polygon each and
 * read as a grey line anyway: zoomed far out, they grow so that there
 * are never more than about one per MIN_DASH_PX pixels of tie. */
static void
keep_dashes_visible (EntStroke *stroke,
                     double     scale)
{
  double factor;

  if (stroke->n_dash == 0 || scale <= 0)
    return;
  factor = MIN_DASH_PX / (stroke->dash[0] * scale);
  if (factor <= 1)
    return;
  stroke->dash[0] *= factor;
  stroke->dash[1] *= factor;
}

static gboolean
backend_visible (const EntPaintBackend   *backend,
                 gpointer                 data,
                 const cairo_rectangle_t *rect)
{
  return backend->visible == NULL || backend->visible (data, rect);
}

static void
tie_coords (EntScene    *scene,
            guint        tie,
            double       xy[4])
{
  const EntSceneTie *t = ent_scene_get_tie (scene, tie);
  const EntSceneNode *a = ent_scene_get_node (scene, t->source);
  const EntSceneNode *b = ent_scene_get_node (scene, t->target);

  xy[0] = a->x;
  xy[1] = a->y;
  xy[2] = b->x;
  xy[3] = b->y;
}

/* Whether the part of the segment @xy from @t0 to @t1 (fractions of its
 * length), widened by @pad, may show. */
static gboolean
segment_visible (const EntPaintBackend *backend,
                 gpointer               data,
                 const double           xy[4],
                 double                 t0,
                 double                 t1,
                 double                 pad)
{
  double x0 = xy[0] + (xy[2] - xy[0]) * t0, y0 = xy[1] + (xy[3] - xy[1]) * t0;
  double x1 = xy[0] + (xy[2] - xy[0]) * t1, y1 = xy[1] + (xy[3] - xy[1]) * t1;

  return backend_visible (backend, data, &(cairo_rectangle_t) {
                            MIN (x0, x1) - pad, MIN (y0, y1) - pad,
                            fabs (x1 - x0) + 2 * pad, fabs (y1 - y0) + 2 * pad });
}

/* The largest number of steps of @step (a fraction of the length), out
 * of @n, that can be cut off the start (or with @from_end, the end) of
 * the segment without losing a part that shows. */
static guint
hidden_steps (const EntPaintBackend *backend,
              gpointer               data,
              const double           xy[4],
              double                 step,
              guint                  n,
              double                 pad,
              gboolean               from_end)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = (lo + hi + 1) / 2;
      double t = mid * step;

      if (from_end ? segment_visible (backend, data, xy, 1 - t, 1, pad)
                   : segment_visible (backend, data, xy, 0, t, pad))
        hi = mid - 1;
      else
        lo = mid;
    }
  return lo;
}

/* Cuts off the parts of a tie outside the clip, which cost a backend
 * as much as the rest when the clip is a small tile of a big drawing. The
 * start moves by whole dash periods, so the dashes stay where they were. */
static void
trim_tie (EntPainter            *self,
          const EntPaintBackend *backend,
          gpointer               data,
          const EntSceneTie     *tie,
          double                 xy[4])
{
  double length = hypot (xy[2] - xy[0], xy[3] - xy[1]), period, step, a, b;
  double x0 = xy[0], y0 = xy[1], dx = xy[2] - xy[0], dy = xy[3] - xy[1];
  EntStroke stroke;
  guint n;

  if (backend->visible == NULL || length == 0)
    return;
  _ent_painter_tie_stroke (self, tie->sign, tie->width, &stroke);
  keep_dashes_visible (&stroke, backend_scale (backend, data));
  period = stroke.n_dash > 0 ? stroke.dash[0] + stroke.dash[1] : 8 * tie->width;
  n = (guint) MIN (length / period, 4096);
  if (n < 4)
    return;
  step = period / length;
  a = hidden_steps (backend, data, xy, step, n, tie->width, FALSE) * step;
  b = hidden_steps (backend, data, xy, step, n, tie->width, TRUE) * step;
  if (a + b >= 1)
    return;
  xy[0] = x0 + a * dx;
  xy[1] = y0 + a * dy;
  xy[2] = x0 + (1 - b) * dx;
  xy[3] = y0 + (1 - b) * dy;
}

/* Ties of the same sign and width go out as one path: one stroke per style
 * instead of one per tie, which is what keeps 50,000 ties fast in cairo and
 * small in SVG. Alliances go over neutral ties and oppositions on top. */
static void
paint_ties (EntPainter            *self,
            const EntPaintBackend *backend,
            gpointer               data)
{
  static const int sign_order[] = { 0, 1, -1 };
  g_autofree GArray **groups = g_new0 (GArray *, N_TIE_GROUPS);
  g_autoptr(GArray) special = g_array_new (FALSE, FALSE, sizeof (guint));

  g_autoptr(GArray) near = self->has_region ? ent_scene_find_ties_in_rect (self->scene, &self->region) : NULL;
  guint n = near != NULL ? near->len : ent_scene_get_n_ties (self->scene);

  for (guint k = 0; k < n; k++)
    {
      guint i = near != NULL ? g_array_index (near, guint, k) : k;
      const EntSceneTie *tie = ent_scene_get_tie (self->scene, i);
      guint key = (tie->sign + 1) * 64 + (guint)(tie->width * 4);
      EntPaintState state;
      double xy[4];

      tie_coords (self->scene, i, xy);
      if (!segment_visible (backend, data, xy, 0, 1, tie->width))
        continue;
      state = state_of (self, ENT_PAINT_ITEM_TIE, i);
      if (state & ENT_PAINT_STATE_HIDDEN)
        continue;
      if (state != ENT_PAINT_STATE_NORMAL)
        {
          g_array_append_val (special, i);
          continue;
        }
      trim_tie (self, backend, data, tie, xy);
      if (groups[key] == NULL)
        groups[key] = g_array_new (FALSE, FALSE, sizeof (double));
      g_array_append_vals (groups[key], xy, 4);
    }
  for (guint s = 0; s < G_N_ELEMENTS (sign_order); s++)
    for (guint w = 0; w < 64; w++)
      {
        GArray *group = groups[(sign_order[s] + 1) * 64 + w];
        EntStroke stroke;

        if (group == NULL)
          continue;
        _ent_painter_tie_stroke (self, sign_order[s], w / 4.0, &stroke);
        keep_dashes_visible (&stroke, backend_scale (backend, data));
        backend->segments (data, (double *)(gpointer)group->data, group->len / 4, &stroke);
        g_array_unref (group);
      }
  for (guint i = 0; i < special->len; i++)
    {
      guint tie = g_array_index (special, guint, i);

      _ent_painter_paint_tie (self, backend, data, tie, state_of (self, ENT_PAINT_ITEM_TIE, tie));
    }
}

void
_ent_painter_paint_tie (EntPainter            *self,
                        const EntPaintBackend *backend,
                        gpointer               data,
                        guint                  tie,
                        EntPaintState          state)
{
  const EntSceneTie *t = ent_scene_get_tie (self->scene, tie);
  EntStroke stroke;
  double xy[4];

  tie_coords (self->scene, tie, xy);
  _ent_painter_tie_stroke (self, t->sign, t->width, &stroke);
  keep_dashes_visible (&stroke, backend_scale (backend, data));
  if (state & (ENT_PAINT_STATE_SELECTED | ENT_PAINT_STATE_HOVER))
    {
      EntStroke under = { .width = t->width + 6 };

      under.color = state & ENT_PAINT_STATE_SELECTED ? self->palette->selection : self->palette->hover;
      under.color.alpha = 0.5;
      backend->segments (data, xy, 1, &under);
      stroke.color.alpha = 1.0;
    }
  if (state & ENT_PAINT_STATE_DIMMED)
    stroke.color.alpha *= 0.25;
  backend->segments (data, xy, 1, &stroke);
}

/* The node's radius, or the minimum size on screen if that is larger. */
static double
shown_radius (EntPainter            *self,
              const EntPaintBackend *backend,
              gpointer               data,
              const EntSceneNode    *node)
{
  double scale = backend_scale (backend, data);

  if (self->min_node_px <= 0 || scale <= 0)
    return node->radius;
  return MAX (node->radius, self->min_node_px / scale);
}

static void
paint_shape (EntPainter            *self,
             const EntPaintBackend *backend,
             gpointer               data,
             const EntSceneNode    *node,
             EntPaintState          state)
{
  EntStroke outline = { self->palette->node_outline, 1.5 };
  double radius = shown_radius (self, backend, data, node);
  EntColor fill;

  _ent_painter_node_fill (self, node, &fill);
  if (state & ENT_PAINT_STATE_DIMMED)
    fill.alpha *= 0.25;
  if (state & (ENT_PAINT_STATE_SELECTED | ENT_PAINT_STATE_HOVER))
    {
      EntStroke ring = { .width = state & ENT_PAINT_STATE_SELECTED ? 3.0 : 2.0 };

      ring.color = state & ENT_PAINT_STATE_SELECTED ? self->palette->selection : self->palette->hover;
      backend->shape (data, node->shape, node->x, node->y, radius + 4, NULL, &ring);
    }
  /* Enlarged, the node is only a dot of its colour: an outline of world
   * width would be all that shows of it. */
  if (radius > node->radius)
    outline.width = 0;
  backend->shape (data, node->shape, node->x, node->y, radius, &fill,
                  outline.width > 0 ? &outline : NULL);
}

static void
paint_label (EntPainter            *self,
             const EntPaintBackend *backend,
             gpointer               data,
             const EntSceneNode    *node,
             EntPaintState          state)
{
  EntColor color = self->palette->foreground;
  EntTextRun run = {
    node->label, ent_scene_get_label_size (self->scene), FALSE,
    node->label_box.x, node->label_box.y, node->label_box.width, node->label_baseline,
    &color, &self->palette->background,
  };
  gboolean lit = (state & (ENT_PAINT_STATE_HOVER | ENT_PAINT_STATE_SELECTED)) != 0;

  if (!node->label_visible && !lit)
    return;
  if (state & ENT_PAINT_STATE_DIMMED)
    color.alpha = 0.35;
  /* A label shown only because its actor is hovered or selected may lie
   * over other labels: a plate of the background keeps it legible. */
  if (!node->label_visible)
    {
      double pad = ent_scene_get_label_size (self->scene) / 4;
      EntColor plate = self->palette->background;

      plate.alpha = 0.9;
      backend->rect (data, &(cairo_rectangle_t) { node->label_box.x - pad, node->label_box.y,
                                                  node->label_box.width + 2 * pad,
                                                  node->label_box.height }, &plate);
    }
  backend->text (data, &run);
}

void
_ent_painter_paint_node (EntPainter            *self,
                         const EntPaintBackend *backend,
                         gpointer               data,
                         guint                  node,
                         EntPaintState          state)
{
  const EntSceneNode *n = ent_scene_get_node (self->scene, node);

  if (state & ENT_PAINT_STATE_HIDDEN)
    return;
  paint_shape (self, backend, data, n, state);
  if (ent_scene_get_label_size (self->scene) * backend_scale (backend, data) >= MIN_READABLE_PX)
    paint_label (self, backend, data, n, state);
}

/* Where a node drawn at @radius may paint: its extents, grown by what
 * the minimum size adds and by its ring. */
static void
node_reach (const EntSceneNode *node,
            double              radius,
            cairo_rectangle_t  *rect)
{
  double grow = 8 + MAX (radius - node->radius, 0);

  ent_scene_node_get_extents (node, rect);
  rect->x -= grow;
  rect->y -= grow;
  rect->width += 2 * grow;
  rect->height += 2 * grow;
}

static void
paint_nodes (EntPainter            *self,
             const EntPaintBackend *backend,
             gpointer               data,
             gboolean               shapes,
             gboolean               labels)
{
  const guint *order = ent_scene_get_draw_order (self->scene);
  guint n = ent_scene_get_n_nodes (self->scene);

  labels = labels &&
           ent_scene_get_label_size (self->scene) * backend_scale (backend, data) >= MIN_READABLE_PX;
  for (guint i = 0; shapes && i < n; i++)
    {
      const EntSceneNode *node = ent_scene_get_node (self->scene, order[i]);
      cairo_rectangle_t reach;
      EntPaintState state;

      node_reach (node, shown_radius (self, backend, data, node), &reach);
      if (!backend_visible (backend, data, &reach))
        continue;
      state = state_of (self, ENT_PAINT_ITEM_NODE, order[i]);
      if (!(state & ENT_PAINT_STATE_HIDDEN))
        paint_shape (self, backend, data, node, state);
    }
  for (guint i = 0; labels && i < n; i++)
    {
      const EntSceneNode *node = ent_scene_get_node (self->scene, order[i]);
      EntPaintState state;

      if (!backend_visible (backend, data, &node->label_box))
        continue;
      state = state_of (self, ENT_PAINT_ITEM_NODE, order[i]);
      if (!(state & ENT_PAINT_STATE_HIDDEN))
        paint_label (self, backend, data, node, state);
    }
}

static void
paint_captions (EntPainter            *self,
                const EntPaintBackend *backend,
                gpointer               data)
{
  double size = ent_scene_get_caption_size (self->scene);
  double s = ent_scene_get_text_scale (self->scene);

  if (size * backend_scale (backend, data) < MIN_READABLE_PX)
    return;
  for (guint c = 0; c < ent_scene_get_n_camps (self->scene); c++)
    {
      const EntSceneCamp *camp = ent_scene_get_camp (self->scene, c);
      EntStroke outline = { self->palette->node_outline, 1.5 * s };
      EntTextRun run = {
        camp->caption, size, TRUE, camp->box.x + 20 * s, camp->box.y,
        camp->box.width - 20 * s, camp->baseline, &self->palette->foreground, &self->palette->background,
      };
      EntColor fill;

      if (!backend_visible (backend, data, &camp->box))
        continue;
      ent_palette_get_camp_color (self->palette, c, &fill);
      backend->shape (data, ENT_NODE_SHAPE_CIRCLE, camp->box.x + 7 * s,
                      camp->box.y + camp->baseline - size * 0.35, 7 * s, &fill, &outline);
      backend->text (data, &run);
    }
}

void
_ent_painter_paint (EntPainter            *self,
                    const EntPaintBackend *backend,
                    gpointer               data,
                    EntPaintLayers         layers)
{
  if (layers & ENT_PAINT_BACKGROUND)
    backend->rect (data, NULL, &self->palette->background);
  if (layers & ENT_PAINT_TIES)
    {
      backend->begin_layer (data, "ties", NULL);
      paint_ties (self, backend, data);
      backend->end_layer (data);
    }
  if (layers & (ENT_PAINT_NODES | ENT_PAINT_LABELS))
    {
      backend->begin_layer (data, "actors", NULL);
      paint_nodes (self, backend, data, (layers & ENT_PAINT_NODES) != 0, (layers & ENT_PAINT_LABELS) != 0);
      backend->end_layer (data);
    }
  if (layers & ENT_PAINT_CAPTIONS)
    {
      backend->begin_layer (data, "camps", NULL);
      paint_captions (self, backend, data);
      backend->end_layer (data);
    }
}

static void
invalidate_page (EntPainter *self)
{
  g_clear_pointer (&self->page, _ent_page_free);
}

EntPage *
_ent_painter_get_page (EntPainter *self)
{
  if (self->page == NULL)
    self->page = _ent_page_new (self);
  return self->page;
}

static void
ent_painter_finalize (GObject *object)
{
  EntPainter *self = (EntPainter *)object;

  ent_painter_set_state_func (self, NULL, NULL, NULL);
  invalidate_page (self);
  g_clear_object (&self->scene);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (ent_painter_parent_class)->finalize (object);
}

static void
ent_painter_class_init (EntPainterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ent_painter_finalize;
}

static void
ent_painter_init (EntPainter *self)
{
  self->palette = ent_palette_get (ENT_PALETTE_LIGHT);
  self->page_parts = ENT_PAGE_ALL;
}

EntPainter *
ent_painter_new (EntScene *scene)
{
  EntPainter *self;

  g_return_val_if_fail (ENT_IS_SCENE (scene), NULL);

  self = g_object_new (ENT_TYPE_PAINTER, NULL);
  self->scene = g_object_ref (scene);
  return self;
}

EntScene *
ent_painter_get_scene (EntPainter *self)
{
  g_return_val_if_fail (ENT_IS_PAINTER (self), NULL);
  return self->scene;
}

const EntPalette *
ent_painter_get_palette (EntPainter *self)
{
  g_return_val_if_fail (ENT_IS_PAINTER (self), NULL);
  return self->palette;
}

const char *
ent_painter_get_title (EntPainter *self)
{
  g_return_val_if_fail (ENT_IS_PAINTER (self), NULL);
  return self->title;
}

/**
 * ent_painter_set_scene:
 *
 * Swaps in the scene of a changed network; the palette, title and state
 * function stay.
 */
void
ent_painter_set_scene (EntPainter *self,
                       EntScene   *scene)
{
  g_return_if_fail (ENT_IS_PAINTER (self));
  g_return_if_fail (ENT_IS_SCENE (scene));

  g_set_object (&self->scene, scene);
  invalidate_page (self);
}

/**
 * ent_painter_set_palette:
 * @palette: (transfer none): kept by reference: one of ent_palette_get(),
 *   or a palette that outlives the painter
 */
void
ent_painter_set_palette (EntPainter       *self,
                         const EntPalette *palette)
{
  g_return_if_fail (ENT_IS_PAINTER (self));
  g_return_if_fail (palette != NULL);

  self->palette = palette;
}

/**
 * ent_painter_set_title:
 *
 * The title at the top of a page; %NULL leaves only the line of counts.
 */
void
ent_painter_set_title (EntPainter *self,
                       const char *title)
{
  g_return_if_fail (ENT_IS_PAINTER (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  invalidate_page (self);
}

EntPageParts
ent_painter_get_page_parts (EntPainter *self)
{
  g_return_val_if_fail (ENT_IS_PAINTER (self), ENT_PAGE_ALL);
  return self->page_parts;
}

/**
 * ent_painter_set_page_parts:
 *
 * What a page shows besides the network's ties and nodes: all by default.
 */
void
ent_painter_set_page_parts (EntPainter   *self,
                            EntPageParts  parts)
{
  g_return_if_fail (ENT_IS_PAINTER (self));

  if (self->page_parts == (parts & ENT_PAGE_ALL))
    return;
  self->page_parts = parts & ENT_PAGE_ALL;
  invalidate_page (self);
}

/**
 * ent_painter_set_state_func:
 *
 * Called for every node and tie each time ent_painter_draw() runs, on the
 * calling thread, so it must be quick; %NULL draws everything normal.
 */
void
ent_painter_set_state_func (EntPainter          *self,
                            EntPainterStateFunc  func,
                            gpointer             user_data,
                            GDestroyNotify       destroy)
{
  g_return_if_fail (ENT_IS_PAINTER (self));

  if (self->state_destroy != NULL)
    self->state_destroy (self->state_data);
  self->state_func = func;
  self->state_data = user_data;
  self->state_destroy = destroy;
}

/**
 * ent_painter_set_min_node_size:
 * @pixels: a radius in device pixels; 0 for none (the default)
 *
 * Draws every node at least this big, however far out the zoom: a canvas
 * keeps a big network visible that way. Exports leave it at 0, so that a
 * node's size keeps meaning its mentions.
 */
void
ent_painter_set_min_node_size (EntPainter *self,
                               double      pixels)
{
  g_return_if_fail (ENT_IS_PAINTER (self));

  self->min_node_px = MAX (pixels, 0);
}

double
ent_painter_get_min_node_size (EntPainter *self)
{
  g_return_val_if_fail (ENT_IS_PAINTER (self), 0);
  return self->min_node_px;
}

/**
 * ent_painter_set_region:
 * @region: (nullable): world units; %NULL for all
 *
 * Tells ent_painter_draw() that only @region will show, as when a canvas
 * repaints a small part of a tile: the ties are then looked up in the
 * scene's index instead of all being tried against the clip. The clip
 * still decides what is drawn.
 */
void
ent_painter_set_region (EntPainter              *self,
                        const cairo_rectangle_t *region)
{
  g_return_if_fail (ENT_IS_PAINTER (self));

  self->has_region = region != NULL;
  if (region != NULL)
    self->region = *region;
}

void
ent_painter_get_page_size (EntPainter *self,
                           double     *width,
                           double     *height)
{
  g_return_if_fail (ENT_IS_PAINTER (self));
  _ent_page_get_size (_ent_painter_get_page (self), width, height);
}

/**
 * ent_painter_get_page_transform:
 *
 * The world-to-page matrix ent_painter_draw_page() draws the network
 * with: ent_painter_draw() through it draws the network exactly where the
 * page has it.
 */
void
ent_painter_get_page_transform (EntPainter     *self,
                                cairo_matrix_t *world_to_page)
{
  g_return_if_fail (ENT_IS_PAINTER (self));
  *world_to_page = *_ent_page_get_transform (_ent_painter_get_page (self));
}

void
_ent_painter_paint_page (EntPainter            *self,
                         const EntPaintBackend *backend,
                         gpointer               data)
{
  _ent_page_paint (_ent_painter_get_page (self), self, backend, data, ENT_PAGE_STEP_ALL);
}

void
_ent_painter_paint_page_steps (EntPainter            *self,
                               const EntPaintBackend *backend,
                               gpointer               data,
                               EntPageStep            steps)
{
  _ent_page_paint (_ent_painter_get_page (self), self, backend, data, steps);
}
