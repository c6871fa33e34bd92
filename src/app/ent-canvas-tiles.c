/* ent-canvas-tiles.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "ent-canvas-private.h"
#include "ent-painter-private.h"

/* The static drawing is cut into square tiles of TILE_SIZE device pixels,
 * each drawn once at tile_scale pixels per world unit and kept as an image
 * and a render node. Panning only moves the nodes; the tiles around the
 * view are drawn ahead, when the main loop is idle. A drag repaints only
 * the CELL_SIZE squares of the tiles that its node and ties cross, as
 * small patches laid over the tile: a renderer then uploads only those.
 * A tile with MAX_PATCHES is painted afresh instead. At most MAX_TILES
 * are kept, those out of the view going first. */
#define TILE_SIZE   512
#define CELL_SIZE   64
#define MAX_TILES   96
#define MAX_PATCHES 48

typedef struct
{
  gint64           key;  /* the hash table's key points here */
  int              col;
  int              row;
  cairo_surface_t *surface;
  GskRenderNode   *node;
  GPtrArray       *patches;  /* GskRenderNode, drawn over node in order */
} Tile;

typedef struct
{
  int col0;
  int row0;
  int col1;
  int row1;
} TileRange;

/* Columns and rows left of or above the origin are negative: the key is
 * built from their two's-complement bits, never by shifting a negative. */
static gint64
tile_key (int col,
          int row)
{
  return (gint64) (((guint64) (guint32) col << 32) | (guint32) row);
}

static void
tile_free (gpointer data)
{
  Tile *tile = data;

  g_clear_pointer (&tile->node, gsk_render_node_unref);
  g_clear_pointer (&tile->patches, g_ptr_array_unref);
  cairo_surface_destroy (tile->surface);
  g_free (tile);
}

static double
tile_side (EntCanvas *self)
{
  return TILE_SIZE / self->tile_scale;
}

static void
tile_rect (EntCanvas         *self,
           int                col,
           int                row,
           cairo_rectangle_t *rect)
{
  double side = tile_side (self);

  *rect = (cairo_rectangle_t) { col * side, row * side, side, side };
}

static void
ensure_table (EntCanvas *self)
{
  if (self->tiles == NULL)
    self->tiles = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, tile_free);
}

static Tile *
lookup_tile (EntCanvas *self,
             int        col,
             int        row)
{
  gint64 key = tile_key (col, row);

  ensure_table (self);
  return g_hash_table_lookup (self->tiles, &key);
}

/* The tiles covering the view, grown by @ring tiles on every side. */
static void
visible_range (EntCanvas *self,
               int        ring,
               TileRange *range)
{
  cairo_rectangle_t v;
  double side = tile_side (self);

  ent_viewport_get_visible (self->viewport, &v);
  range->col0 = (int) floor (v.x / side) - ring;
  range->row0 = (int) floor (v.y / side) - ring;
  range->col1 = (int) floor ((v.x + v.width) / side) + ring;
  range->row1 = (int) floor ((v.y + v.height) / side) + ring;
}

static gboolean
in_range (const TileRange *range,
          const Tile      *tile)
{
  return tile->col >= range->col0 && tile->col <= range->col1 &&
         tile->row >= range->row0 && tile->row <= range->row1;
}

static EntPaintState
ghost_state (EntPaintItem item,
             guint        index,
             gpointer     user_data)
{
  EntCanvas *self = user_data;
  const EntSceneTie *tie;

  if (item == ENT_PAINT_ITEM_NODE)
    return (int) index == self->ghost_node ? ENT_PAINT_STATE_HIDDEN : ENT_PAINT_STATE_NORMAL;
  tie = ent_scene_get_tie (self->scene, index);
  return ((int) tie->source == self->ghost_node || (int) tie->target == self->ghost_node)
         ? ENT_PAINT_STATE_HIDDEN : ENT_PAINT_STATE_NORMAL;
}

/* Paints the part of @tile inside @clip (device pixels of the tile),
 * background included, into @surface, whose device offset puts it where
 * it lies in the tile; the painter leaves out what lies outside. */
static void
paint_tile (EntCanvas                   *self,
            Tile                        *tile,
            cairo_surface_t             *surface,
            const cairo_rectangle_int_t *clip)
{
  cairo_t *cr = cairo_create (surface);
  double s = self->tile_scale;
  cairo_rectangle_t world;
  cairo_matrix_t matrix;

  tile_rect (self, tile->col, tile->row, &world);
  cairo_rectangle (cr, clip->x, clip->y, clip->width, clip->height);
  cairo_clip (cr);
  cairo_matrix_init_scale (&matrix, s, s);
  cairo_matrix_translate (&matrix, -world.x, -world.y);
  if (self->ghost_node >= 0)
    ent_painter_set_state_func (self->painter, ghost_state, self, NULL);
  /* A few cells of a tile: their ties come from the scene's index. */
  if (clip->width < TILE_SIZE)
    ent_painter_set_region (self->painter,
                            &(cairo_rectangle_t) { world.x + clip->x / s, world.y + clip->y / s,
                                                   clip->width / s, clip->height / s });
  _ent_painter_draw_raster (self->painter, cr, &matrix, _ent_canvas_get_layers (self) | ENT_PAINT_BACKGROUND);
  ent_painter_set_region (self->painter, NULL);
  ent_painter_set_state_func (self->painter, NULL, NULL, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
}

/* A cairo node that only copies @surface into @world: the cairo renderer
 * blits it each frame, and the GL renderer uploads it once and keeps the
 * texture, keyed by the node. */
static GskRenderNode *
image_node (EntCanvas               *self,
            cairo_surface_t         *surface,
            const cairo_rectangle_t *world)
{
  double s = self->tile_scale;
  GskRenderNode *node;
  cairo_t *cr;

  node = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (world->x, world->y, world->width, world->height));
  cr = gsk_cairo_node_get_draw_context (node);
  cairo_translate (cr, world->x, world->y);
  cairo_scale (cr, 1 / s, 1 / s);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  return node;
}

/* Paints the whole tile, and drops the patches it covers. */
static void
paint_whole_tile (EntCanvas *self,
                  Tile      *tile)
{
  cairo_rectangle_t world;

  tile_rect (self, tile->col, tile->row, &world);
  paint_tile (self, tile, tile->surface, &(cairo_rectangle_int_t) { 0, 0, TILE_SIZE, TILE_SIZE });
  g_clear_pointer (&tile->node, gsk_render_node_unref);
  tile->node = image_node (self, tile->surface, &world);
  g_ptr_array_set_size (tile->patches, 0);
}

static Tile *
ensure_tile (EntCanvas *self,
             int        col,
             int        row)
{
  Tile *tile = lookup_tile (self, col, row);

  if (tile != NULL)
    return tile;
  tile = g_new0 (Tile, 1);
  tile->key = tile_key (col, row);
  tile->col = col;
  tile->row = row;
  tile->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, TILE_SIZE, TILE_SIZE);
  tile->patches = g_ptr_array_new_with_free_func ((GDestroyNotify) gsk_render_node_unref);
  paint_whole_tile (self, tile);
  self->n_tiles_drawn++;
  g_hash_table_insert (self->tiles, &tile->key, tile);
  return tile;
}

/* Keeps the tiles near the view when there are too many. */
static void
evict (EntCanvas *self)
{
  GHashTableIter iter;
  TileRange keep;
  Tile *tile;

  if (g_hash_table_size (self->tiles) <= MAX_TILES)
    return;
  visible_range (self, 1, &keep);
  g_hash_table_iter_init (&iter, self->tiles);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &tile))
    if (!in_range (&keep, tile))
      g_hash_table_iter_remove (&iter);
}

static gboolean
can_draw (EntCanvas *self)
{
  return self->scene != NULL && self->painter != NULL && self->tile_scale > 0 &&
         gtk_widget_get_mapped (GTK_WIDGET (self));
}

/* Draws one missing tile of the ring around the view per call, until
 * the ring is complete. */
static gboolean
prefetch_cb (gpointer data)
{
  EntCanvas *self = data;
  TileRange ring;

  if (!can_draw (self))
    {
      self->prefetch_id = 0;
      return G_SOURCE_REMOVE;
    }
  visible_range (self, 1, &ring);
  for (int row = ring.row0; row <= ring.row1; row++)
    for (int col = ring.col0; col <= ring.col1; col++)
      if (lookup_tile (self, col, row) == NULL)
        {
          ensure_tile (self, col, row);
          return G_SOURCE_CONTINUE;
        }
  self->prefetch_id = 0;
  return G_SOURCE_REMOVE;
}

static void
schedule_prefetch (EntCanvas *self)
{
  if (self->prefetch_id == 0)
    self->prefetch_id = g_idle_add_full (G_PRIORITY_LOW, prefetch_cb, self, NULL);
}

/* Appends the tiles under the view to @snapshot, which is in world
 * units; draws those missing. */
void
_ent_canvas_tiles_append (EntCanvas   *self,
                          GtkSnapshot *snapshot)
{
  TileRange range;

  if (!can_draw (self))
    return;
  visible_range (self, 0, &range);
  for (int row = range.row0; row <= range.row1; row++)
    for (int col = range.col0; col <= range.col1; col++)
      {
        Tile *tile = ensure_tile (self, col, row);

        gtk_snapshot_append_node (snapshot, tile->node);
        for (guint i = 0; i < tile->patches->len; i++)
          gtk_snapshot_append_node (snapshot, g_ptr_array_index (tile->patches, i));
      }
  evict (self);
  schedule_prefetch (self);
}

/* Drops every tile: the scene, its text scale or the palette changed.
 * The next frame draws at @scale device pixels per world unit. */
void
_ent_canvas_tiles_flush (EntCanvas *self,
                         double     scale)
{
  if (self->tiles != NULL && g_hash_table_size (self->tiles) > 0)
    self->n_tile_flushes++;
  if (self->tiles != NULL)
    g_hash_table_remove_all (self->tiles);
  self->tile_scale = scale;
}

void
_ent_canvas_tiles_free (EntCanvas *self)
{
  g_clear_handle_id (&self->prefetch_id, g_source_remove);
  g_clear_pointer (&self->tiles, g_hash_table_unref);
}

double
_ent_canvas_tiles_get_scale (EntCanvas *self)
{
  return self->tile_scale;
}

static gboolean
rects_meet (const cairo_rectangle_t *a,
            const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Whether the segment from (x1, y1) to (x2, y2), widened by @pad, crosses
 * @rect: its bounding box must meet the rectangle, and the rectangle's
 * corners must not all lie on one side of the line. */
static gboolean
segment_crosses (double                   x1,
                 double                   y1,
                 double                   x2,
                 double                   y2,
                 double                   pad,
                 const cairo_rectangle_t *rect)
{
  cairo_rectangle_t box = { MIN (x1, x2) - pad, MIN (y1, y2) - pad,
                            fabs (x2 - x1) + 2 * pad, fabs (y2 - y1) + 2 * pad };
  double dx = x2 - x1, dy = y2 - y1, length = hypot (dx, dy);
  double corners[4][2] = { { rect->x, rect->y }, { rect->x + rect->width, rect->y },
                           { rect->x, rect->y + rect->height },
                           { rect->x + rect->width, rect->y + rect->height } };
  gboolean above = FALSE, below = FALSE;

  if (!rects_meet (&box, rect))
    return FALSE;
  if (length == 0)
    return TRUE;
  for (guint i = 0; i < 4; i++)
    {
      double side = (dx * (corners[i][1] - y1) - dy * (corners[i][0] - x1)) / length;

      above |= side > -pad;
      below |= side < pad;
    }
  return above && below;
}

/* Whether @rect (world units) shows @node, its label or one of @ties. */
static gboolean
rect_shows_node (EntCanvas               *self,
                 const cairo_rectangle_t *rect,
                 int                      node,
                 GArray                  *ties)
{
  const EntSceneNode *n = ent_scene_get_node (self->scene, node);
  cairo_rectangle_t reach;

  ent_scene_node_get_extents (n, &reach);
  reach.x -= 8, reach.y -= 8, reach.width += 16, reach.height += 16;
  if (rects_meet (&reach, rect) || rects_meet (&n->label_box, rect))
    return TRUE;
  for (guint i = 0; i < ties->len; i++)
    {
      const EntSceneTie *t = ent_scene_get_tie (self->scene, g_array_index (ties, guint, i));
      const EntSceneNode *a = ent_scene_get_node (self->scene, t->source);
      const EntSceneNode *b = ent_scene_get_node (self->scene, t->target);

      if (segment_crosses (a->x, a->y, b->x, b->y, t->width + 2, rect))
        return TRUE;
    }
  return FALSE;
}

/* Paints one cell of @tile again, as a patch over it. */
static void
add_patch (EntCanvas *self,
           Tile      *tile,
           int        x,
           int        y)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, CELL_SIZE, CELL_SIZE);
  double cell = CELL_SIZE / self->tile_scale;
  cairo_rectangle_t world;

  tile_rect (self, tile->col, tile->row, &world);
  cairo_surface_set_device_offset (surface, -x * CELL_SIZE, -y * CELL_SIZE);
  paint_tile (self, tile, surface, &(cairo_rectangle_int_t) { x * CELL_SIZE, y * CELL_SIZE,
                                                             CELL_SIZE, CELL_SIZE });
  cairo_surface_set_device_offset (surface, 0, 0);
  g_ptr_array_add (tile->patches,
                   image_node (self, surface, &(cairo_rectangle_t) { world.x + x * cell, world.y + y * cell,
                                                                     cell, cell }));
  cairo_surface_destroy (surface);
  self->n_cells_drawn++;
}

/* Repaints the cells of @tile that show @node or its ties. */
static void
repaint_cells (EntCanvas *self,
               Tile      *tile,
               int        node,
               GArray    *ties)
{
  double cell = CELL_SIZE / self->tile_scale;
  cairo_rectangle_t world;

  tile_rect (self, tile->col, tile->row, &world);
  if (!rect_shows_node (self, &world, node, ties))
    return;
  if (tile->patches->len >= MAX_PATCHES)
    {
      paint_whole_tile (self, tile);
      return;
    }
  for (int y = 0; y < TILE_SIZE / CELL_SIZE; y++)
    for (int x = 0; x < TILE_SIZE / CELL_SIZE; x++)
      {
        cairo_rectangle_t r = { world.x + x * cell, world.y + y * cell, cell, cell };

        if (rect_shows_node (self, &r, node, ties))
          add_patch (self, tile, x, y);
      }
}

/* Repaints what shows @node, its label or one of its ties where they are
 * now: when a drag takes the node out of the static drawing, and when it
 * puts it back. Only the cells they cross are painted again. */
void
_ent_canvas_tiles_redraw_node (EntCanvas *self,
                               int        node)
{
  g_autoptr(GArray) ties = g_array_new (FALSE, FALSE, sizeof (guint));
  GHashTableIter iter;
  Tile *tile;

  if (self->tiles == NULL || self->scene == NULL || node < 0 || !can_draw (self))
    return;
  for (guint i = 0; i < ent_scene_get_n_ties (self->scene); i++)
    {
      const EntSceneTie *t = ent_scene_get_tie (self->scene, i);

      if ((int) t->source == node || (int) t->target == node)
        g_array_append_val (ties, i);
    }
  g_hash_table_iter_init (&iter, self->tiles);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &tile))
    repaint_cells (self, tile, node, ties);
}
