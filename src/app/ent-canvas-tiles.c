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
 * view are drawn ahead, when the main loop is idle.
 *
 * A drag repaints only the CELL_SIZE squares of the tiles that its node
 * and ties cross, as small patches laid over the tile: a renderer then
 * uploads only those. The cells are marked and painted a few at a time,
 * WORK_USEC in each frame and between frames, so that no frame waits for
 * all of them; until then the node shows on top, and its old place for a
 * few frames more. A tile with MAX_PATCHES is painted afresh instead.
 *
 * A new zoom keeps the tiles of the old one, which the snapshot's scale
 * stretches, under the new tiles until these cover the view; the new ones
 * are drawn between frames, in bands of BAND_ROWS rows, one band at a
 * time. At most MAX_TILES are kept, those out of the view going first. */
#define TILE_SIZE   512
#define CELL_SIZE   64
#define CELLS       (TILE_SIZE / CELL_SIZE)
#define MAX_TILES   96
#define MAX_PATCHES 48
#define WORK_USEC   6000
#define BAND_ROWS   64

G_STATIC_ASSERT (CELLS * CELLS <= 64);

typedef struct
{
  gint64           key;  /* the hash table's key points here */
  int              col;
  int              row;
  GskRenderNode   *node;
  GPtrArray       *patches;  /* GskRenderNode, drawn over node in order */
  guint64          dirty;    /* the cells to paint again, a bit each, row by row */
  guint64          urgent;   /* those of them that show a node itself: first */
  cairo_rectangle_t world;
  cairo_surface_t *surface; /* while it is drawn band by band */
  int              bands;    /* drawn so far */
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
  g_clear_pointer (&tile->surface, cairo_surface_destroy);
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

static gboolean
rects_meet (const cairo_rectangle_t *a,
            const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
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
  double s = TILE_SIZE / tile->world.width;
  cairo_rectangle_t world = tile->world;
  cairo_matrix_t matrix;

  cairo_rectangle (cr, clip->x, clip->y, clip->width, clip->height);
  cairo_clip (cr);
  cairo_matrix_init_scale (&matrix, s, s);
  cairo_matrix_translate (&matrix, -world.x, -world.y);
  if (self->ghost_node >= 0)
    ent_painter_set_state_func (self->painter, ghost_state, self, NULL);
  /* A few cells of a tile: their ties come from the scene's index. */
  if (clip->width < TILE_SIZE || clip->height < TILE_SIZE)
    ent_painter_set_region (self->painter,
                            &(cairo_rectangle_t) { world.x + clip->x / s, world.y + clip->y / s,
                                                   clip->width / s, clip->height / s });
  _ent_painter_draw_raster (self->painter, cr, &matrix, _ent_canvas_get_layers (self) | ENT_PAINT_BACKGROUND);
  ent_painter_set_region (self->painter, NULL);
  ent_painter_set_state_func (self->painter, NULL, NULL, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
}

/* The renderer of the canvas's window, or NULL before it is realized. */
static GskRenderer *
window_renderer (EntCanvas *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));

  return native != NULL ? gtk_native_get_renderer (native) : NULL;
}

/* Whether the window's renderer is cairo, which paints each texture it
 * is given by converting it again in every frame. */
static gboolean
painted_by_cairo (EntCanvas *self)
{
  GskRenderer *renderer = window_renderer (self);

  return renderer != NULL && GSK_IS_CAIRO_RENDERER (renderer);
}

static const cairo_user_data_key_t image_key;

/* A node of @surface (opaque ARGB32, as GDK's default format), which is
 * not to be drawn on again, over @world: a texture, which renderers
 * upload once and a zoom only stretches; for the cairo renderer, an image
 * it paints as it is. */
static GskRenderNode *
image_node (EntCanvas               *self,
            cairo_surface_t         *surface,
            const cairo_rectangle_t *world)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (painted_by_cairo (self))
    {
      g_autoptr(GskRenderNode) image = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, width, height));
      g_autoptr(GskTransform) transform = NULL;
      cairo_t *cr = gsk_cairo_node_get_draw_context (image);

      cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
      cairo_set_source_surface (cr, surface, 0, 0);
      cairo_paint (cr);
      /* The node records a snapshot of @surface, which copies its pixels
       * (1 MB a tile) if @surface goes first: the node's recording keeps
       * @surface, and lets go of it after the snapshot. */
      if (cairo_surface_set_user_data (cairo_get_target (cr), &image_key, cairo_surface_reference (surface),
                                       (cairo_destroy_func_t) cairo_surface_destroy) != CAIRO_STATUS_SUCCESS)
        cairo_surface_destroy (surface);
      cairo_destroy (cr);
      transform = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (world->x, world->y));
      transform = gsk_transform_scale (transform, world->width / width, world->height / height);
      /* No transform at all where the tile is the view's origin at 1:1. */
      if (transform == NULL)
        return g_steal_pointer (&image);
      return gsk_transform_node_new (image, transform);
    }
  /* The texture keeps the surface's pixels, without a copy: the surface
   * is not drawn on again. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface), (gsize) stride * height,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
  return gsk_texture_node_new (texture, &GRAPHENE_RECT_INIT (world->x, world->y,
                                                             world->width, world->height));
}

static cairo_surface_t *
new_surface (int size)
{
  return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
}

/* Paints the whole tile, and drops the patches it covers. */
static void
paint_whole_tile (EntCanvas *self,
                  Tile      *tile)
{
  cairo_surface_t *surface = new_surface (TILE_SIZE);

  paint_tile (self, tile, surface, &(cairo_rectangle_int_t) { 0, 0, TILE_SIZE, TILE_SIZE });
  g_clear_pointer (&tile->node, gsk_render_node_unref);
  tile->node = image_node (self, surface, &tile->world);
  cairo_surface_destroy (surface);
  g_ptr_array_set_size (tile->patches, 0);
  tile->dirty = tile->urgent = 0;
}

static Tile *
new_tile (EntCanvas *self,
          int        col,
          int        row)
{
  Tile *tile = g_new0 (Tile, 1);

  tile->key = tile_key (col, row);
  tile->col = col;
  tile->row = row;
  tile_rect (self, col, row, &tile->world);
  tile->patches = g_ptr_array_new_with_free_func ((GDestroyNotify) gsk_render_node_unref);
  return tile;
}

static Tile *
ensure_tile (EntCanvas *self,
             int        col,
             int        row)
{
  Tile *tile = lookup_tile (self, col, row);

  if (tile != NULL)
    return tile;
  tile = new_tile (self, col, row);
  paint_whole_tile (self, tile);
  self->n_tiles_drawn++;
  self->n_frame_tiles++;
  g_hash_table_insert (self->tiles, &tile->key, tile);
  return tile;
}

/* A tile drawn band by band stops: what it shows is out of date. */
static void
stop_building (EntCanvas *self)
{
  g_clear_pointer (&self->building, tile_free);
}

/* Hands @node's image to the window's renderer now, between frames, by
 * drawing one pixel of it: a renderer keeps what it uploaded with the
 * texture, so the frame that first shows the tile (with the others drawn
 * since the last frame) does not upload them all at once. The cairo
 * renderer uploads nothing: it paints the image where it is shown. */
static void
upload_node (EntCanvas     *self,
             GskRenderNode *node)
{
  GskRenderer *renderer = window_renderer (self);
  g_autoptr(GdkTexture) pixel = NULL;
  graphene_rect_t bounds;

  if (renderer == NULL || !gsk_renderer_is_realized (renderer) || painted_by_cairo (self))
    return;
  gsk_render_node_get_bounds (node, &bounds);
  pixel = gsk_renderer_render_texture (renderer, node,
                                       &GRAPHENE_RECT_INIT (bounds.origin.x, bounds.origin.y,
                                                            bounds.size.width / TILE_SIZE,
                                                            bounds.size.height / TILE_SIZE));
}

/* Draws the next band of the tile being built, which is kept when done. */
static void
build_band (EntCanvas *self)
{
  Tile *tile = self->building;

  if (tile->surface == NULL)
    tile->surface = new_surface (TILE_SIZE);
  paint_tile (self, tile, tile->surface,
              &(cairo_rectangle_int_t) { 0, tile->bands * BAND_ROWS, TILE_SIZE, BAND_ROWS });
  if (++tile->bands < TILE_SIZE / BAND_ROWS)
    return;
  tile->node = image_node (self, tile->surface, &tile->world);
  g_clear_pointer (&tile->surface, cairo_surface_destroy);
  upload_node (self, tile->node);
  g_hash_table_insert (self->tiles, &tile->key, g_steal_pointer (&self->building));
  self->n_tiles_drawn++;
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

/* Patches ------------------------------------------------------------------ */

/* Paints one cell of @tile again, as a patch over it. */
static void
add_patch (EntCanvas *self,
           Tile      *tile,
           int        x,
           int        y)
{
  cairo_surface_t *surface = new_surface (CELL_SIZE);
  double cell = tile->world.width / CELLS;

  cairo_surface_set_device_offset (surface, -x * CELL_SIZE, -y * CELL_SIZE);
  paint_tile (self, tile, surface, &(cairo_rectangle_int_t) { x * CELL_SIZE, y * CELL_SIZE,
                                                             CELL_SIZE, CELL_SIZE });
  cairo_surface_set_device_offset (surface, 0, 0);
  g_ptr_array_add (tile->patches,
                   image_node (self, surface, &(cairo_rectangle_t) { tile->world.x + x * cell,
                                                               tile->world.y + y * cell,
                                                               cell, cell }));
  cairo_surface_destroy (surface);
  self->n_cells_drawn++;
}

/* Paints the cells of @tile in @mask (of its dirty ones) until
 * @deadline; a tile with too many patches is painted whole. */
static void
paint_dirty_cells (EntCanvas *self,
                   Tile      *tile,
                   guint64    mask,
                   gint64     deadline)
{
  if (tile->patches->len + __builtin_popcountll (tile->dirty) > MAX_PATCHES)
    {
      paint_whole_tile (self, tile);
      self->n_tiles_drawn++;
      return;
    }
  for (guint i = 0; i < CELLS * CELLS && (tile->dirty & mask) != 0; i++)
    {
      guint64 bit = G_GUINT64_CONSTANT (1) << i;

      if (!(tile->dirty & mask & bit))
        continue;
      add_patch (self, tile, i % CELLS, i / CELLS);
      tile->dirty &= ~bit;
      tile->urgent &= ~bit;
      if (g_get_monotonic_time () >= deadline)
        break;
    }
}

/* Paints dirty cells until @deadline: first those that show a node
 * itself, so that a dragged node leaves its place at once and its ties
 * follow, then the others in view, then the rest. Returns: whether some
 * are left */
static gboolean
paint_dirty (EntCanvas *self,
             gint64     deadline)
{
  GHashTableIter iter;
  TileRange view;
  Tile *tile;
  gboolean left = FALSE;

  if (self->tiles == NULL || !can_draw (self))
    return FALSE;
  visible_range (self, 0, &view);
  for (guint pass = 0; pass < 3; pass++)
    {
      g_hash_table_iter_init (&iter, self->tiles);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &tile))
        {
          guint64 mask = pass == 0 ? tile->urgent : ~G_GUINT64_CONSTANT (0);

          if ((tile->dirty & mask) == 0 || (pass > 0 && in_range (&view, tile) != (pass == 1)))
            continue;
          if (g_get_monotonic_time () < deadline)
            paint_dirty_cells (self, tile, mask, deadline);
          left |= tile->dirty != 0;
        }
    }
  return left;
}

/* The node that was dragged stays on top until its cells show it. */
static void
dirty_done (EntCanvas *self)
{
  if (self->float_node < 0)
    return;
  self->float_node = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Background work ------------------------------------------------------------ */

/* Draws a band of a missing tile of the view grown by @ring tiles, or of
 * the one begun. Returns: whether there was one */
static gboolean
draw_missing_tile (EntCanvas *self,
                   int        ring)
{
  Tile *building = self->building;
  TileRange range;

  /* A frame may have drawn it whole in the meantime. */
  if (building != NULL && lookup_tile (self, building->col, building->row) != NULL)
    stop_building (self);
  visible_range (self, ring, &range);
  for (int row = range.row0; row <= range.row1 && self->building == NULL; row++)
    for (int col = range.col0; col <= range.col1 && self->building == NULL; col++)
      if (lookup_tile (self, col, row) == NULL)
        self->building = new_tile (self, col, row);
  if (self->building == NULL)
    return FALSE;
  build_band (self);
  return TRUE;
}

/* Between frames: dirty cells for WORK_USEC, else a band of a missing
 * tile of the view (which then shows, over the old zoom's), else one of
 * the ring around it, until nothing is left; then the scene's index, for
 * the next drag. */
static gboolean
do_work (EntCanvas *self)
{
  guint cells = self->n_cells_drawn, tiles = self->n_tiles_drawn;

  /* The scene is about to move: its tiles would be drawn for nothing. */
  if (_ent_canvas_get_holding (self))
    {
      self->prefetch_id = 0;
      return G_SOURCE_REMOVE;
    }

  if (paint_dirty (self, g_get_monotonic_time () + WORK_USEC))
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return G_SOURCE_CONTINUE;
    }
  if (cells != self->n_cells_drawn || tiles != self->n_tiles_drawn)
    gtk_widget_queue_draw (GTK_WIDGET (self));
  dirty_done (self);
  if (draw_missing_tile (self, 0))
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return G_SOURCE_CONTINUE;
    }
  if (draw_missing_tile (self, 1))
    return G_SOURCE_CONTINUE;
  ent_scene_build_index (self->scene);
  self->prefetch_id = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
work_cb (gpointer data)
{
  EntCanvas *self = data;
  gint64 start = g_get_monotonic_time ();
  gboolean more;

  if (!can_draw (self))
    {
      self->prefetch_id = 0;
      return G_SOURCE_REMOVE;
    }
  more = do_work (self);
  start = g_get_monotonic_time () - start;
  self->work_usec += start;
  self->work_max_usec = MAX (self->work_max_usec, start);
  return more;
}

static void
schedule_work (EntCanvas *self)
{
  if (self->prefetch_id == 0)
    self->prefetch_id = g_idle_add_full (G_PRIORITY_LOW, work_cb, self, NULL);
}

/* Drawing ------------------------------------------------------------------ */

static void
append_tile (GtkSnapshot *snapshot,
             Tile        *tile)
{
  gtk_snapshot_append_node (snapshot, tile->node);
  for (guint i = 0; i < tile->patches->len; i++)
    gtk_snapshot_append_node (snapshot, g_ptr_array_index (tile->patches, i));
}

/* The old zoom's tiles in view, stretched by the snapshot's scale, on
 * the background where they do not reach (after a zoom out). */
static void
append_old_tiles (EntCanvas   *self,
                  GtkSnapshot *snapshot)
{
  const EntColor *bg = &ent_painter_get_palette (self->painter)->background;
  GHashTableIter iter;
  cairo_rectangle_t view;
  Tile *tile;

  ent_viewport_get_visible (self->viewport, &view);
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { bg->red, bg->green, bg->blue, 1 },
                             &GRAPHENE_RECT_INIT (view.x, view.y, view.width, view.height));
  g_hash_table_iter_init (&iter, self->old_tiles);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &tile))
    if (rects_meet (&tile->world, &view))
      append_tile (snapshot, tile);
}

/* Appends the tiles under the view to @snapshot, which is in world
 * units. Without old tiles to show, those missing are drawn now; else
 * between frames. Dirty cells are painted for WORK_USEC first. */
void
_ent_canvas_tiles_append (EntCanvas   *self,
                          GtkSnapshot *snapshot)
{
  gboolean missing = FALSE;
  TileRange range;

  if (!can_draw (self))
    return;
  ensure_table (self);
  if (_ent_canvas_get_holding (self))
    {
      if (self->old_tiles == NULL)
        _ent_canvas_tiles_keep (self, self->tile_scale);
      append_old_tiles (self, snapshot);
      return;
    }
  if (!paint_dirty (self, g_get_monotonic_time () + WORK_USEC))
    dirty_done (self);
  if (self->old_tiles != NULL)
    append_old_tiles (self, snapshot);
  visible_range (self, 0, &range);
  for (int row = range.row0; row <= range.row1; row++)
    for (int col = range.col0; col <= range.col1; col++)
      {
        Tile *tile = lookup_tile (self, col, row);

        if (tile == NULL && self->old_tiles != NULL)
          {
            missing = TRUE;
            continue;
          }
        append_tile (snapshot, tile != NULL ? tile : ensure_tile (self, col, row));
      }
  if (!missing)
    g_clear_pointer (&self->old_tiles, g_hash_table_unref);
  evict (self);
  schedule_work (self);
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
  g_clear_pointer (&self->old_tiles, g_hash_table_unref);
  stop_building (self);
  dirty_done (self);
  self->tile_scale = scale;
}

/* The zoom changed: the tiles are drawn again at @scale, and until then
 * the old ones show, stretched. If the last frame was still waiting for
 * tiles, those of the zoom before stay instead. */
void
_ent_canvas_tiles_rescale (EntCanvas *self,
                           double     scale)
{
  ensure_table (self);
  if (self->old_tiles == NULL && g_hash_table_size (self->tiles) > 0)
    {
      GHashTableIter iter;
      cairo_rectangle_t view;
      Tile *tile;

      self->old_tiles = g_steal_pointer (&self->tiles);
      ensure_table (self);
      self->n_tile_flushes++;
      /* Only those in the new view are of use. */
      ent_viewport_get_visible (self->viewport, &view);
      g_hash_table_iter_init (&iter, self->old_tiles);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &tile))
        if (!rects_meet (&tile->world, &view))
          g_hash_table_iter_remove (&iter);
      if (g_hash_table_size (self->old_tiles) == 0)
        g_clear_pointer (&self->old_tiles, g_hash_table_unref);
    }
  else
    g_hash_table_remove_all (self->tiles);
  stop_building (self);
  self->tile_scale = scale;
}

/* The scene changed, but what the tiles show stays until new tiles cover
 * the view: they are drawn between frames, and where neither old nor new
 * ones reach, the background shows. No frame draws a tile itself. The
 * next tiles are drawn at @scale device pixels per world unit. */
void
_ent_canvas_tiles_keep (EntCanvas *self,
                        double     scale)
{
  ensure_table (self);
  _ent_canvas_tiles_rescale (self, scale);
  if (self->old_tiles == NULL)
    self->old_tiles = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, tile_free);
  dirty_done (self);
}

void
_ent_canvas_tiles_free (EntCanvas *self)
{
  g_clear_handle_id (&self->prefetch_id, g_source_remove);
  g_clear_pointer (&self->tiles, g_hash_table_unref);
  g_clear_pointer (&self->old_tiles, g_hash_table_unref);
  stop_building (self);
}

double
_ent_canvas_tiles_get_scale (EntCanvas *self)
{
  return self->tile_scale;
}

/* Whether cells are waiting to be painted, or tiles of the view to be
 * drawn. */
gboolean
_ent_canvas_tiles_get_pending (EntCanvas *self)
{
  GHashTableIter iter;
  Tile *tile;

  if (self->old_tiles != NULL)
    return TRUE;
  if (self->tiles == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, self->tiles);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &tile))
    if (tile->dirty != 0)
      return TRUE;
  return FALSE;
}

/* Marking ------------------------------------------------------------------ */

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

/* Where a node shows: its shape at its size on screen, with its ring,
 * and its label. */
static void
node_reach (EntCanvas          *self,
            const EntSceneNode *n,
            cairo_rectangle_t  *reach)
{
  double r = MAX (n->radius, ent_painter_get_min_node_size (self->painter) / self->tile_scale) + 8;
  double x1, y1;

  ent_scene_node_get_extents (n, reach);
  x1 = MAX (reach->x + reach->width, n->x + r);
  y1 = MAX (reach->y + reach->height, n->y + r);
  reach->x = MIN (reach->x, n->x - r);
  reach->y = MIN (reach->y, n->y - r);
  reach->width = x1 - reach->x;
  reach->height = y1 - reach->y;
}

typedef enum
{
  SHOWS_NOTHING,
  SHOWS_TIE,
  SHOWS_NODE,  /* the node itself or its label */
} Shows;

/* What of @node @rect (world units) shows: the node, its label or one of
 * its ties. */
static Shows
rect_shows_node (EntCanvas               *self,
                 const cairo_rectangle_t *rect,
                 int                      node)
{
  const EntSceneNode *n = ent_scene_get_node (self->scene, node);
  cairo_rectangle_t reach;
  const guint *ties;
  guint n_ties;

  node_reach (self, n, &reach);
  if (rects_meet (&reach, rect) || rects_meet (&n->label_box, rect))
    return SHOWS_NODE;
  ties = ent_scene_get_node_ties (self->scene, node, &n_ties);
  for (guint i = 0; i < n_ties; i++)
    {
      const EntSceneTie *t = ent_scene_get_tie (self->scene, ties[i]);
      const EntSceneNode *a = ent_scene_get_node (self->scene, t->source);
      const EntSceneNode *b = ent_scene_get_node (self->scene, t->target);

      if (segment_crosses (a->x, a->y, b->x, b->y, t->width + 2, rect))
        return SHOWS_TIE;
    }
  return SHOWS_NOTHING;
}

static void
mark_cells (EntCanvas *self,
            Tile      *tile,
            int        node)
{
  double cell = tile->world.width / CELLS;

  if (rect_shows_node (self, &tile->world, node) == SHOWS_NOTHING)
    return;
  for (int y = 0; y < CELLS; y++)
    for (int x = 0; x < CELLS; x++)
      {
        cairo_rectangle_t r = { tile->world.x + x * cell, tile->world.y + y * cell, cell, cell };
        Shows shows = rect_shows_node (self, &r, node);
        guint64 bit = G_GUINT64_CONSTANT (1) << (y * CELLS + x);

        if (shows != SHOWS_NOTHING)
          tile->dirty |= bit;
        if (shows == SHOWS_NODE)
          tile->urgent |= bit;
      }
}

/* Marks what shows @node, its label or one of its ties where they are
 * now, to be painted again: when a drag takes the node out of the static
 * drawing, and when it puts it back. Only the cells they cross are
 * painted, a few each frame. The old zoom's tiles would show it where it
 * was: they go. */
void
_ent_canvas_tiles_redraw_node (EntCanvas *self,
                               int        node)
{
  GHashTableIter iter;
  Tile *tile;

  if (self->tiles == NULL || self->scene == NULL || node < 0 || !can_draw (self))
    return;
  g_clear_pointer (&self->old_tiles, g_hash_table_unref);
  stop_building (self);
  g_hash_table_iter_init (&iter, self->tiles);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &tile))
    mark_cells (self, tile, node);
  schedule_work (self);
}
