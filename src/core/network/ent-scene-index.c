/* ent-scene-index.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ent-scene-private.h"

/* Grids larger than this many cells get coarser cells instead: a drawing
 * spread over a huge area should not cost memory in proportion to it. */
#define MAX_CELLS (512 * 512)

#define LABEL_GAP     3.0
#define LABEL_PADDING 6.0

void
_ent_grid_init (EntGrid                 *grid,
                const cairo_rectangle_t *bounds,
                double                   cell)
{
  double width = MAX (bounds->width, 1.0), height = MAX (bounds->height, 1.0);

  while ((width / cell + 1) * (height / cell + 1) > MAX_CELLS)
    cell *= 2;
  grid->x0 = bounds->x;
  grid->y0 = bounds->y;
  grid->cell = cell;
  grid->cols = (int)(width / cell) + 1;
  grid->rows = (int)(height / cell) + 1;
  grid->cells = g_new0 (GArray *, (gsize)grid->cols * grid->rows);
}

void
_ent_grid_clear (EntGrid *grid)
{
  if (grid->cells == NULL)
    return;
  for (int i = 0; i < grid->cols * grid->rows; i++)
    if (grid->cells[i] != NULL)
      g_array_unref (grid->cells[i]);
  g_clear_pointer (&grid->cells, g_free);
}

static int
cell_col (EntGrid *grid,
          double   x)
{
  return CLAMP ((int)floor ((x - grid->x0) / grid->cell), 0, grid->cols - 1);
}

static int
cell_row (EntGrid *grid,
          double   y)
{
  return CLAMP ((int)floor ((y - grid->y0) / grid->cell), 0, grid->rows - 1);
}

static void
cell_add (EntGrid *grid,
          int      col,
          int      row,
          guint    item)
{
  GArray **cell = &grid->cells[row * grid->cols + col];

  if (*cell == NULL)
    *cell = g_array_sized_new (FALSE, FALSE, sizeof (guint), 4);
  else if ((*cell)->len > 0 && g_array_index (*cell, guint, (*cell)->len - 1) == item)
    return;
  g_array_append_val (*cell, item);
}

void
_ent_grid_insert_rect (EntGrid                 *grid,
                       const cairo_rectangle_t *rect,
                       guint                    item)
{
  int c0 = cell_col (grid, rect->x), c1 = cell_col (grid, rect->x + rect->width);
  int r0 = cell_row (grid, rect->y), r1 = cell_row (grid, rect->y + rect->height);

  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      cell_add (grid, c, r, item);
}

/* Visits the cells along the segment in steps of half a cell, which with a
 * query widened by the tolerance finds every segment passing near a point,
 * without listing a long tie in every cell of its bounding box. */
void
_ent_grid_insert_segment (EntGrid *grid,
                          double   x1,
                          double   y1,
                          double   x2,
                          double   y2,
                          guint    item)
{
  double length = hypot (x2 - x1, y2 - y1);
  guint steps = (guint)ceil (length / (grid->cell / 2)) + 1;

  for (guint i = 0; i <= steps; i++)
    {
      double t = (double)i / steps;

      cell_add (grid, cell_col (grid, x1 + t * (x2 - x1)), cell_row (grid, y1 + t * (y2 - y1)), item);
    }
}

/* Calls @visit for each item in the cells @rect touches, possibly more
 * than once; stops and returns %TRUE as soon as @visit does. */
gboolean
_ent_grid_query (EntGrid                 *grid,
                 const cairo_rectangle_t *rect,
                 EntGridVisit             visit,
                 gpointer                 user_data)
{
  int c0 = cell_col (grid, rect->x), c1 = cell_col (grid, rect->x + rect->width);
  int r0 = cell_row (grid, rect->y), r1 = cell_row (grid, rect->y + rect->height);

  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      {
        GArray *cell = grid->cells[r * grid->cols + c];

        for (guint i = 0; cell != NULL && i < cell->len; i++)
          if (visit (g_array_index (cell, guint, i), user_data))
            return TRUE;
      }
  return FALSE;
}

/* Each node's ties, as ranges of one array: counted, summed, filled. */
void
_ent_scene_build_node_ties (EntScene *self)
{
  guint n = self->nodes->len;
  g_autofree guint *fill = g_new0 (guint, n + 1);

  self->tie_starts = g_new0 (guint, n + 1);
  self->node_ties = g_new (guint, 2 * MAX (self->ties->len, 1));
  for (guint i = 0; i < self->ties->len; i++)
    {
      const EntSceneTie *tie = &g_array_index (self->ties, EntSceneTie, i);

      self->tie_starts[tie->source + 1]++;
      self->tie_starts[tie->target + 1]++;
    }
  for (guint i = 0; i < n; i++)
    self->tie_starts[i + 1] += self->tie_starts[i];
  for (guint i = 0; i < self->ties->len; i++)
    {
      const EntSceneTie *tie = &g_array_index (self->ties, EntSceneTie, i);

      self->node_ties[self->tie_starts[tie->source] + fill[tie->source]++] = i;
      self->node_ties[self->tie_starts[tie->target] + fill[tie->target]++] = i;
    }
}

/**
 * ent_scene_get_node_ties:
 * @n_ties: (out): how many
 *
 * Returns: (array length=n_ties) (transfer none): the ties of @node, in
 *   ascending order
 */
const guint *
ent_scene_get_node_ties (EntScene *self,
                         guint     node,
                         guint    *n_ties)
{
  g_return_val_if_fail (ENT_IS_SCENE (self), NULL);
  g_return_val_if_fail (node < self->nodes->len, NULL);

  if (self->tie_starts == NULL)
    _ent_scene_build_node_ties (self);
  *n_ties = self->tie_starts[node + 1] - self->tie_starts[node];
  return self->node_ties + self->tie_starts[node];
}

gboolean
_ent_rect_intersects (const cairo_rectangle_t *a,
                      const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

double
_ent_rect_overlap (const cairo_rectangle_t *a,
                   const cairo_rectangle_t *b)
{
  double w = MIN (a->x + a->width, b->x + b->width) - MAX (a->x, b->x);
  double h = MIN (a->y + a->height, b->y + b->height) - MAX (a->y, b->y);

  return w > 0 && h > 0 ? w * h : 0;
}

void
_ent_rect_union (cairo_rectangle_t       *a,
                 const cairo_rectangle_t *b)
{
  double x1 = MAX (a->x + a->width, b->x + b->width);
  double y1 = MAX (a->y + a->height, b->y + b->height);

  a->x = MIN (a->x, b->x);
  a->y = MIN (a->y, b->y);
  a->width = x1 - a->x;
  a->height = y1 - a->y;
}

/* The polygons of the non-circular shapes, each of the same area as the
 * circle of @radius so that size keeps meaning mentions across kinds. */
void
_ent_scene_shape_points (EntNodeShape  shape,
                         double        x,
                         double        y,
                         double        radius,
                         double        points[8],
                         guint        *n_points)
{
  double h = radius * sqrt (G_PI) / 2, d = radius * sqrt (G_PI / 2);
  double t = radius * sqrt (4 * G_PI / (3 * sqrt (3)));

  switch (shape)
    {
    case ENT_NODE_SHAPE_SQUARE:
      *n_points = 4;
      memcpy (points, (double[8]) { x - h, y - h, x + h, y - h, x + h, y + h, x - h, y + h },
              sizeof (double[8]));
      break;
    case ENT_NODE_SHAPE_DIAMOND:
      *n_points = 4;
      memcpy (points, (double[8]) { x, y - d, x + d, y, x, y + d, x - d, y }, sizeof (double[8]));
      break;
    case ENT_NODE_SHAPE_TRIANGLE:
      *n_points = 3;
      memcpy (points, (double[6]) { x, y - t, x + t * sqrt (3) / 2, y + t / 2,
                                    x - t * sqrt (3) / 2, y + t / 2 }, sizeof (double[6]));
      break;
    case ENT_NODE_SHAPE_CIRCLE:
    default:
      *n_points = 0;
      break;
    }
}

typedef struct
{
  GArray                  *nodes;
  guint                    self;
  const cairo_rectangle_t *box;
  const cairo_rectangle_t *labels;
  double                   padding;
  double                   overlap;
} Probe;

/* What one placement shares: the nodes, the grids of nodes and of the
 * labels placed so far, and the gaps, which follow the text scale so that
 * they stay the same on screen. */
typedef struct
{
  GArray            *nodes;
  EntGrid            node_grid;
  EntGrid            label_grid;
  cairo_rectangle_t *labels;
  double             gap;
  double             padding;
} Placement;

static gboolean
probe_node (guint    item,
            gpointer user_data)
{
  Probe *probe = user_data;
  cairo_rectangle_t extents;

  if (item == probe->self)
    return FALSE;
  ent_scene_node_get_extents (&g_array_index (probe->nodes, EntSceneNode, item), &extents);
  probe->overlap += _ent_rect_overlap (probe->box, &extents);
  return FALSE;
}

/* Labels keep a few pixels apart, so that two neighbours never read as
 * one name. */
static gboolean
probe_label (guint    item,
             gpointer user_data)
{
  Probe *probe = user_data;
  cairo_rectangle_t padded = probe->labels[item];

  padded.x -= probe->padding;
  padded.y -= probe->padding / 2;
  padded.width += 2 * probe->padding;
  padded.height += probe->padding;
  probe->overlap += _ent_rect_overlap (probe->box, &padded);
  return probe->overlap > 0;
}

/* The four places a label may take, in order of preference: under the
 * node, over it, right and left of it. Each lies wholly outside the node's
 * extents, so a label never covers its own node. */
static void
candidate_box (const EntSceneNode *node,
               guint               which,
               double              gap,
               cairo_rectangle_t  *box)
{
  cairo_rectangle_t e;
  double w = node->label_box.width, h = node->label_box.height;

  ent_scene_node_get_extents (node, &e);
  switch (which)
    {
    case 0:
      *box = (cairo_rectangle_t) { node->x - w / 2, e.y + e.height + gap, w, h };
      break;
    case 1:
      *box = (cairo_rectangle_t) { node->x - w / 2, e.y - gap - h, w, h };
      break;
    case 2:
      *box = (cairo_rectangle_t) { e.x + e.width + gap, node->y - h / 2, w, h };
      break;
    default:
      *box = (cairo_rectangle_t) { e.x - gap - w, node->y - h / 2, w, h };
      break;
    }
}

static int
compare_by_mentions (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  GArray *nodes = user_data;
  guint i = *(const guint *)a, j = *(const guint *)b;
  const EntSceneNode *x = &g_array_index (nodes, EntSceneNode, i);
  const EntSceneNode *y = &g_array_index (nodes, EntSceneNode, j);

  if (x->mentions != y->mentions)
    return x->mentions > y->mentions ? -1 : 1;
  return i < j ? -1 : i > j;
}

/* Scores the places of one label against the nodes and the labels placed
 * so far, and takes the first free one, else the one covering the least
 * of other nodes; a label that would cover another label stays hidden,
 * unless @force (a selected actor's label is always shown). */
static void
place_one (Placement *p,
           guint      index,
           gboolean   force)
{
  EntSceneNode *node = &g_array_index (p->nodes, EntSceneNode, index);
  cairo_rectangle_t best = { 0 }, box;
  double best_cost = G_MAXDOUBLE;

  for (guint which = 0; which < 4 && best_cost > 0; which++)
    {
      Probe probe = { p->nodes, index, &box, p->labels, p->padding, 0 };

      gboolean covers_label;

      candidate_box (node, which, p->gap, &box);
      covers_label = _ent_grid_query (&p->label_grid,
                                      &(cairo_rectangle_t) { box.x - p->padding, box.y - p->padding,
                                                             box.width + 2 * p->padding,
                                                             box.height + 2 * p->padding },
                                      probe_label, &probe);
      if (covers_label && !force)
        continue;
      /* Covering a label costs more than covering any node. */
      probe.overlap = covers_label ? G_MAXDOUBLE / 2 : 0;
      _ent_grid_query (&p->node_grid, &box, probe_node, &probe);
      if (probe.overlap < best_cost)
        {
          best_cost = probe.overlap;
          best = box;
        }
    }
  node->label_visible = best_cost < G_MAXDOUBLE;
  if (!node->label_visible)
    candidate_box (node, 0, p->gap, &best);
  node->label_box = best;
  p->labels[index] = best;
  if (node->label_visible)
    _ent_grid_insert_rect (&p->label_grid, &best, index);
}

static void
placement_init (Placement *p,
                GArray    *nodes,
                double     text_scale)
{
  cairo_rectangle_t bounds = { 0, 0, 1, 1 };

  p->nodes = nodes;
  p->labels = g_new0 (cairo_rectangle_t, MAX (nodes->len, 1));
  p->gap = LABEL_GAP * text_scale;
  p->padding = LABEL_PADDING * text_scale;
  for (guint i = 0; i < nodes->len; i++)
    {
      cairo_rectangle_t e;

      ent_scene_node_get_extents (&g_array_index (nodes, EntSceneNode, i), &e);
      if (i == 0)
        bounds = e;
      _ent_rect_union (&bounds, &e);
    }
  /* Cells about the size of a label, whatever the zoom. */
  _ent_grid_init (&p->node_grid, &bounds, MAX (48, 4 * ENT_SCENE_LABEL_SIZE * text_scale));
  _ent_grid_init (&p->label_grid, &bounds, MAX (48, 4 * ENT_SCENE_LABEL_SIZE * text_scale));
  for (guint i = 0; i < nodes->len; i++)
    {
      cairo_rectangle_t e;

      ent_scene_node_get_extents (&g_array_index (nodes, EntSceneNode, i), &e);
      _ent_grid_insert_rect (&p->node_grid, &e, i);
    }
}

static void
placement_clear (Placement *p)
{
  _ent_grid_clear (&p->node_grid);
  _ent_grid_clear (&p->label_grid);
  g_clear_pointer (&p->labels, g_free);
}

/* Greedy, by importance: the @first nodes (the selection) in their order,
 * then the most mentioned actors, each label taking the best place left. */
void
_ent_scene_place_labels (GArray      *nodes,
                         const guint *first,
                         guint        n_first,
                         double       text_scale)
{
  g_autofree guint *order = g_new (guint, MAX (nodes->len, 1));
  g_autofree guint8 *placed = g_new0 (guint8, MAX (nodes->len, 1));
  Placement p = { 0 };

  placement_init (&p, nodes, text_scale);
  for (guint i = 0; i < nodes->len; i++)
    order[i] = i;
  g_qsort_with_data (order, nodes->len, sizeof (guint), compare_by_mentions, nodes);
  for (guint i = 0; i < n_first; i++)
    if (first[i] < nodes->len && !placed[first[i]])
      {
        place_one (&p, first[i], TRUE);
        placed[first[i]] = TRUE;
      }
  for (guint i = 0; i < nodes->len; i++)
    if (!placed[order[i]])
      place_one (&p, order[i], FALSE);
  placement_clear (&p);
}
