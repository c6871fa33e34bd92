/* ent-layout-forces.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "ent-layout-private.h"

/* The forces of one iteration: the all-pairs repulsion through a
 * Barnes–Hut quadtree, then the ties, then the pull of each camp's anchor.
 * The repulsion, the costly part, is computed per node from the shared
 * read-only tree, so it splits over two threads without changing a single
 * bit of the result. */

#define MAX_DEPTH        48
#define PARALLEL_MINIMUM 1500

typedef struct
{
  double x0, y0, half;  /* the square: centre and half side */
  double sx, sy, mass;  /* sums for the centre of mass */
  int    child;         /* first of four consecutive children, or -1 */
  int    body;          /* the node of a leaf holding one, -1 if none */
} Cell;

typedef struct
{
  GArray          *cells;
  EntLayoutForces *forces;
  guint            begin, end;
} Tree;

static int
new_cell (GArray *cells,
          double  x0,
          double  y0,
          double  half)
{
  Cell cell = { x0, y0, half, 0, 0, 0, -1, -1 };

  g_array_append_val (cells, cell);
  return cells->len - 1;
}

static int
quadrant (const Cell *cell,
          double      x,
          double      y)
{
  return (x >= cell->x0 ? 1 : 0) + (y >= cell->y0 ? 2 : 0);
}

static void
subdivide (GArray *cells,
           int     index)
{
  Cell c = g_array_index (cells, Cell, index);
  double h = c.half / 2;
  int first = new_cell (cells, c.x0 - h, c.y0 - h, h);

  new_cell (cells, c.x0 + h, c.y0 - h, h);
  new_cell (cells, c.x0 - h, c.y0 + h, h);
  new_cell (cells, c.x0 + h, c.y0 + h, h);
  g_array_index (cells, Cell, index).child = first;
}

static void
add_mass (Cell   *cell,
          double  x,
          double  y,
          double  mass)
{
  cell->sx += x * mass;
  cell->sy += y * mass;
  cell->mass += mass;
}

/* Inserts node @b; a leaf at the depth limit keeps several coincident nodes
 * as one mass (body -2). */
static void
insert (GArray       *cells,
        const double *pos,
        guint         b)
{
  double x = pos[2 * b], y = pos[2 * b + 1];
  int index = 0;

  for (guint depth = 0;; depth++)
    {
      Cell *cell = &g_array_index (cells, Cell, index);

      if (cell->child < 0 && cell->mass == 0)
        {
          add_mass (cell, x, y, 1);
          cell->body = b;
          return;
        }
      if (cell->child < 0 && depth >= MAX_DEPTH)
        {
          add_mass (cell, x, y, 1);
          cell->body = -2;
          return;
        }
      if (cell->child < 0)
        {
          int old = cell->body;
          Cell *moved;

          subdivide (cells, index);
          cell = &g_array_index (cells, Cell, index);
          moved = &g_array_index (cells, Cell, cell->child + quadrant (cell, pos[2 * old], pos[2 * old + 1]));
          add_mass (moved, pos[2 * old], pos[2 * old + 1], 1);
          moved->body = old;
          cell->body = -1;
        }
      add_mass (cell, x, y, 1);
      index = cell->child + quadrant (cell, x, y);
    }
}

static GArray *
build_tree (EntLayoutForces *forces)
{
  guint n = ent_signed_graph_get_n_nodes (forces->graph);
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  GArray *cells = g_array_sized_new (FALSE, FALSE, sizeof (Cell), 4 * n + 1);

  for (guint v = 0; v < n; v++)
    {
      if (!forces->active[v])
        continue;
      min_x = MIN (min_x, forces->pos[2 * v]);
      max_x = MAX (max_x, forces->pos[2 * v]);
      min_y = MIN (min_y, forces->pos[2 * v + 1]);
      max_y = MAX (max_y, forces->pos[2 * v + 1]);
    }
  if (min_x > max_x)
    min_x = max_x = min_y = max_y = 0;
  new_cell (cells, (min_x + max_x) / 2, (min_y + max_y) / 2,
            MAX (max_x - min_x, max_y - min_y) / 2 + 1);
  for (guint v = 0; v < n; v++)
    if (forces->active[v])
      insert (cells, forces->pos, v);

  /* From here on sx, sy hold the centre of mass itself. */
  for (guint i = 0; i < cells->len; i++)
    {
      Cell *cell = &g_array_index (cells, Cell, i);

      if (cell->mass > 0)
        cell->sx /= cell->mass, cell->sy /= cell->mass;
    }
  return cells;
}

/* The repulsion on node @v from the whole tree. */
static void
repel_node (const Cell      *cells,
            EntLayoutForces *forces,
            guint            v)
{
  int stack[4 * MAX_DEPTH + 8];
  int top = 0;
  double x = forces->pos[2 * v], y = forces->pos[2 * v + 1];
  double ck2 = forces->repulsion * forces->k * forces->k;
  double theta2 = forces->theta * forces->theta;
  double fx = 0, fy = 0;

  stack[top++] = 0;
  while (top > 0)
    {
      const Cell *cell = &cells[stack[--top]];
      double dx, dy, d2;

      if (cell->mass == 0 || cell->body == (int)v)
        continue;
      dx = x - cell->sx;
      dy = y - cell->sy;
      d2 = dx * dx + dy * dy;
      if (cell->child >= 0 && 4 * cell->half * cell->half >= theta2 * d2)
        {
          for (int q = 0; q < 4; q++)
            stack[top++] = cell->child + q;
          continue;
        }
      if (d2 < 1e-6)
        {
          /* Coincident nodes: push apart along a direction fixed by the
           * index, so that the result stays deterministic. */
          dx = cos (v * 2.399963) * 1e-3;
          dy = sin (v * 2.399963) * 1e-3;
          d2 = 1e-6;
        }
      fx += dx / d2 * ck2 * cell->mass;
      fy += dy / d2 * ck2 * cell->mass;
    }
  forces->force[2 * v] += fx;
  forces->force[2 * v + 1] += fy;
}

static gpointer
repel_range (gpointer data)
{
  Tree *tree = data;
  const Cell *cells = (const Cell *)(gpointer)tree->cells->data;

  for (guint v = tree->begin; v < tree->end; v++)
    if (tree->forces->active[v])
      repel_node (cells, tree->forces, v);
  return NULL;
}

static void
repel_all (EntLayoutForces *forces)
{
  g_autoptr(GArray) cells = build_tree (forces);
  guint n = ent_signed_graph_get_n_nodes (forces->graph);
  Tree halves[2] = {
    { cells, forces, 0, n / 2 },
    { cells, forces, n / 2, n },
  };
  GThread *worker;

  if (n < PARALLEL_MINIMUM || g_get_num_processors () < 2)
    {
      Tree all = { cells, forces, 0, n };

      repel_range (&all);
      return;
    }
  worker = g_thread_new ("ent-layout", repel_range, &halves[1]);
  repel_range (&halves[0]);
  g_thread_join (worker);
}

/* Whether the tie breaks the camp rule: an alliance across camps or an
 * opposition inside one. */
static gboolean
is_frustrated (EntLayoutForces     *forces,
               const EntSignedEdge *e)
{
  int a, b;

  if (forces->camp == NULL)
    return FALSE;
  a = forces->camp[e->source];
  b = forces->camp[e->target];
  return a >= 0 && b >= 0 && (a == b) != (e->weight > 0);
}

/* An alliance is a spring (w·d²/K); an opposition pushes (w·C·K²/d) on top
 * of the general repulsion. Ties that break the camp rule keep only a
 * trace of their force: drawn in full, the few alliances across camps would
 * pull the camps into one another and hide the split the camps describe. */
static void
pull_ties (EntLayoutForces *forces)
{
  guint m = ent_signed_graph_get_n_edges (forces->graph);
  double ck2 = forces->repulsion * forces->k * forces->k;

  for (guint i = 0; i < m; i++)
    {
      const EntSignedEdge *e = ent_signed_graph_get_edge (forces->graph, i);
      guint a = e->source, b = e->target;
      double dx = forces->pos[2 * b] - forces->pos[2 * a];
      double dy = forces->pos[2 * b + 1] - forces->pos[2 * a + 1];
      double d2 = dx * dx + dy * dy + 1e-6;
      double w = CLAMP (fabs (e->weight) / forces->mean_weight, 0.25, 4.0);
      double f;

      if (is_frustrated (forces, e))
        w *= forces->frustrated;
      if (e->weight > 0)
        f = w * sqrt (d2) / forces->k;
      else
        f = -w * forces->opposition * ck2 / d2;
      forces->force[2 * a] += f * dx;
      forces->force[2 * a + 1] += f * dy;
      forces->force[2 * b] -= f * dx;
      forces->force[2 * b + 1] -= f * dy;
    }
}

/* Every node is drawn gently to its camp's anchor, and firmly back when it
 * strays beyond the camp's fence: a node held by few ties would otherwise
 * be pushed far out by the repulsion of the whole crowd. */
static void
pull_anchors (EntLayoutForces *forces)
{
  guint n = ent_signed_graph_get_n_nodes (forces->graph);

  for (guint v = 0; v < n; v++)
    {
      const double *anchor = &forces->anchors[4 * (forces->camp ? forces->camp[v] + 1 : 0)];
      double dx = anchor[0] - forces->pos[2 * v], dy = anchor[1] - forces->pos[2 * v + 1];
      double d = sqrt (dx * dx + dy * dy) + 1e-9;
      double f = forces->gravity;

      if (!forces->active[v])
        continue;
      if (d > anchor[2])
        f += anchor[3] * (d - anchor[2]) / d;
      forces->force[2 * v] += f * dx;
      forces->force[2 * v + 1] += f * dy;
    }
}

/* Fills forces->force (which must be zeroed) for the active nodes. */
void
_ent_layout_compute_forces (EntLayoutForces *forces)
{
  repel_all (forces);
  pull_ties (forces);
  pull_anchors (forces);
}
