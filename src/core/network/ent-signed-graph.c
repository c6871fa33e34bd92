/* ent-signed-graph.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "ent-signed-graph.h"

struct _EntSignedGraph
{
  gatomicrefcount  ref_count;
  guint            n_nodes;
  guint            n_edges;
  EntSignedEdge   *edges;       /* unique edges, source < target, sorted */
  guint           *offsets;     /* n_nodes + 1 entries into neighbours */
  guint           *neighbours;  /* 2 × n_edges, ascending per node */
  double          *weights;     /* parallel to neighbours */
  double           total_weight;
};

G_DEFINE_BOXED_TYPE (EntSignedGraph, ent_signed_graph, ent_signed_graph_ref, ent_signed_graph_unref)

static int
compare_edges (const void *a,
               const void *b)
{
  const EntSignedEdge *ea = a, *eb = b;

  if (ea->source != eb->source)
    return ea->source < eb->source ? -1 : 1;
  if (ea->target != eb->target)
    return ea->target < eb->target ? -1 : 1;
  return 0;
}

/* Normalises, sorts and merges the edges so that each pair appears once. */
static void
collect_edges (EntSignedGraph      *self,
               const EntSignedEdge *edges,
               guint                n_edges)
{
  guint kept = 0;

  self->edges = g_new (EntSignedEdge, MAX (n_edges, 1));
  for (guint i = 0; i < n_edges; i++)
    {
      EntSignedEdge e = edges[i];

      g_return_if_fail (e.source < self->n_nodes && e.target < self->n_nodes);
      if (e.source == e.target || e.weight == 0 || !isfinite (e.weight))
        continue;
      if (e.source > e.target)
        e = (EntSignedEdge) { e.target, e.source, e.weight };
      self->edges[kept++] = e;
    }
  qsort (self->edges, kept, sizeof (EntSignedEdge), compare_edges);

  self->n_edges = 0;
  for (guint i = 0; i < kept; i++)
    {
      EntSignedEdge *last = self->n_edges ? &self->edges[self->n_edges - 1] : NULL;

      if (last && last->source == self->edges[i].source && last->target == self->edges[i].target)
        last->weight += self->edges[i].weight;
      else
        self->edges[self->n_edges++] = self->edges[i];
    }
}

/* Edges are sorted by (source, target), so filling both directions in edge
 * order leaves every neighbour list in ascending order. */
static void
build_adjacency (EntSignedGraph *self)
{
  g_autofree guint *fill = g_new0 (guint, self->n_nodes + 1);

  self->offsets = g_new0 (guint, self->n_nodes + 1);
  self->neighbours = g_new (guint, 2 * (gsize)self->n_edges + 1);
  self->weights = g_new (double, 2 * (gsize)self->n_edges + 1);

  for (guint i = 0; i < self->n_edges; i++)
    {
      self->offsets[self->edges[i].source + 1]++;
      self->offsets[self->edges[i].target + 1]++;
      self->total_weight += fabs (self->edges[i].weight);
    }
  for (guint v = 0; v < self->n_nodes; v++)
    self->offsets[v + 1] += self->offsets[v];
  for (guint i = 0; i < self->n_edges; i++)
    {
      const EntSignedEdge *e = &self->edges[i];
      guint at_target = self->offsets[e->target] + fill[e->target]++;
      guint at_source = self->offsets[e->source] + fill[e->source]++;

      self->neighbours[at_target] = e->source;
      self->weights[at_target] = e->weight;
      self->neighbours[at_source] = e->target;
      self->weights[at_source] = e->weight;
    }
}

/**
 * ent_signed_graph_new:
 * @n_nodes: the number of nodes, numbered from 0
 * @edges: (array length=n_edges): the edges, in any order
 * @n_edges: the number of edges
 *
 * Returns: (transfer full): a new immutable graph
 */
EntSignedGraph *
ent_signed_graph_new (guint                n_nodes,
                      const EntSignedEdge *edges,
                      guint                n_edges)
{
  EntSignedGraph *self = g_new0 (EntSignedGraph, 1);

  g_return_val_if_fail (edges != NULL || n_edges == 0, NULL);

  g_atomic_ref_count_init (&self->ref_count);
  self->n_nodes = n_nodes;
  collect_edges (self, edges, n_edges);
  build_adjacency (self);
  return self;
}

EntSignedGraph *
ent_signed_graph_ref (EntSignedGraph *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ent_signed_graph_unref (EntSignedGraph *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->edges);
  g_free (self->offsets);
  g_free (self->neighbours);
  g_free (self->weights);
  g_free (self);
}

guint
ent_signed_graph_get_n_nodes (EntSignedGraph *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_nodes;
}

guint
ent_signed_graph_get_n_edges (EntSignedGraph *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_edges;
}

guint
ent_signed_graph_get_degree (EntSignedGraph *self,
                             guint           node)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (node < self->n_nodes, 0);
  return self->offsets[node + 1] - self->offsets[node];
}

/**
 * ent_signed_graph_get_neighbours:
 * @weights: (out) (optional): the signed weights, parallel to the result
 * @n_neighbours: (out): the number of neighbours
 *
 * Returns: (transfer none): the neighbours of @node, in ascending order
 */
const guint *
ent_signed_graph_get_neighbours (EntSignedGraph  *self,
                                 guint            node,
                                 const double   **weights,
                                 guint           *n_neighbours)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (node < self->n_nodes, NULL);
  g_return_val_if_fail (n_neighbours != NULL, NULL);

  *n_neighbours = self->offsets[node + 1] - self->offsets[node];
  if (weights != NULL)
    *weights = &self->weights[self->offsets[node]];
  return &self->neighbours[self->offsets[node]];
}

/**
 * ent_signed_graph_get_edge:
 *
 * Returns: (transfer none): edge @index of the unique edges, which are
 *   sorted by (source, target) with source < target
 */
const EntSignedEdge *
ent_signed_graph_get_edge (EntSignedGraph *self,
                           guint           index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_edges, NULL);
  return &self->edges[index];
}

/* The sum of |weight| over all edges: the denominator of the frustration
 * index. */
double
ent_signed_graph_get_total_weight (EntSignedGraph *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->total_weight;
}
