/* ent-measures.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ent-measures.h"

struct _EntMeasures
{
  gatomicrefcount  ref_count;
  guint            n_nodes;
  EntNodeMeasures *nodes;
};

G_DEFINE_BOXED_TYPE (EntMeasures, ent_measures, ent_measures_ref, ent_measures_unref)

typedef struct
{
  guint  *stack;   /* nodes in order of distance */
  guint  *queue;
  int    *dist;
  double *sigma;   /* number of shortest paths from the source */
  double *delta;   /* dependency of the source on each node */
} Brandes;

/* One source of Brandes' algorithm on the unweighted graph: adds the
 * source's dependencies to @centrality. */
static void
accumulate_source (EntSignedGraph *graph,
                   Brandes        *b,
                   guint           source,
                   double         *centrality)
{
  guint n = ent_signed_graph_get_n_nodes (graph), head = 0, tail = 0, top = 0;

  for (guint v = 0; v < n; v++)
    b->dist[v] = -1, b->sigma[v] = 0, b->delta[v] = 0;
  b->dist[source] = 0, b->sigma[source] = 1;
  b->queue[tail++] = source;
  while (head < tail)
    {
      guint v = b->queue[head++], deg;
      const guint *nbrs = ent_signed_graph_get_neighbours (graph, v, NULL, &deg);

      b->stack[top++] = v;
      for (guint i = 0; i < deg; i++)
        {
          guint w = nbrs[i];

          if (b->dist[w] < 0)
            b->dist[w] = b->dist[v] + 1, b->queue[tail++] = w;
          if (b->dist[w] == b->dist[v] + 1)
            b->sigma[w] += b->sigma[v];
        }
    }

  /* Predecessors are the neighbours one hop closer, so they need no list. */
  while (top > 0)
    {
      guint w = b->stack[--top], deg;
      const guint *nbrs = ent_signed_graph_get_neighbours (graph, w, NULL, &deg);

      for (guint i = 0; i < deg; i++)
        if (b->dist[nbrs[i]] == b->dist[w] - 1)
          b->delta[nbrs[i]] += b->sigma[nbrs[i]] / b->sigma[w] * (1 + b->delta[w]);
      if (w != source)
        centrality[w] += b->delta[w];
    }
}

static void
compute_betweenness (EntSignedGraph *graph,
                     double         *centrality)
{
  guint n = ent_signed_graph_get_n_nodes (graph);
  guint n_sources = MIN (n, ENT_MEASURES_EXACT_LIMIT);
  g_autofree guint *sources = g_new (guint, n + 1);
  g_autoptr(GRand) rand = g_rand_new_with_seed (0xbe7);
  Brandes b;
  double scale;

  for (guint v = 0; v < n; v++)
    sources[v] = v;
  for (guint i = 0; i < n_sources && n_sources < n; i++)
    {
      guint j = g_rand_int_range (rand, i, n), t = sources[i];

      sources[i] = sources[j], sources[j] = t;
    }

  b.stack = g_new (guint, n + 1);
  b.queue = g_new (guint, n + 1);
  b.dist = g_new (int, n + 1);
  b.sigma = g_new (double, n + 1);
  b.delta = g_new (double, n + 1);
  for (guint i = 0; i < n_sources; i++)
    accumulate_source (graph, &b, sources[i], centrality);

  /* Each undirected pair was counted from both ends; normalise by the
   * number of pairs that do not include the node. */
  scale = n > 2 ? (double)n / n_sources / ((double)(n - 1) * (n - 2)) : 0;
  for (guint v = 0; v < n; v++)
    centrality[v] *= scale;
  g_free (b.stack), g_free (b.queue), g_free (b.dist), g_free (b.sigma), g_free (b.delta);
}

/**
 * ent_measures_compute:
 * @camps: (nullable): the camps of @graph
 *
 * Returns: (transfer full): the measures of every node
 */
EntMeasures *
ent_measures_compute (EntSignedGraph *graph,
                      EntCamps       *camps)
{
  EntMeasures *self;
  g_autofree double *centrality = NULL;

  g_return_val_if_fail (graph != NULL, NULL);

  self = g_new0 (EntMeasures, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->n_nodes = ent_signed_graph_get_n_nodes (graph);
  self->nodes = g_new0 (EntNodeMeasures, self->n_nodes + 1);
  centrality = g_new0 (double, self->n_nodes + 1);
  compute_betweenness (graph, centrality);

  for (guint v = 0; v < self->n_nodes; v++)
    {
      EntNodeMeasures *m = &self->nodes[v];
      const double *weights;
      guint deg;

      ent_signed_graph_get_neighbours (graph, v, &weights, &deg);
      for (guint i = 0; i < deg; i++)
        {
          if (weights[i] > 0)
            m->allies++;
          else
            m->opponents++;
          m->weighted_degree += fabs (weights[i]);
        }
      m->camp = camps ? ent_camps_get_camp (camps, v) : ENT_CAMPS_NO_CAMP;
      m->betweenness = centrality[v];
    }
  return self;
}

typedef struct
{
  EntSignedGraph *graph;
  EntCamps       *camps;
} ComputeData;

static void
compute_data_free (gpointer data)
{
  ComputeData *cd = data;

  g_clear_pointer (&cd->graph, ent_signed_graph_unref);
  g_clear_pointer (&cd->camps, ent_camps_unref);
  g_free (cd);
}

/* Runs in a worker thread: reads only the immutable graph and camps. */
static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ComputeData *cd = task_data;

  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_pointer (task, ent_measures_compute (cd->graph, cd->camps),
                         (GDestroyNotify)ent_measures_unref);
}

void
ent_measures_compute_async (EntSignedGraph      *graph,
                            EntCamps            *camps,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ComputeData *cd;

  g_return_if_fail (graph != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  cd = g_new0 (ComputeData, 1);
  cd->graph = ent_signed_graph_ref (graph);
  cd->camps = camps ? ent_camps_ref (camps) : NULL;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ent_measures_compute_async);
  g_task_set_task_data (task, cd, compute_data_free);
  g_task_run_in_thread (task, compute_thread);
}

EntMeasures *
ent_measures_compute_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

EntMeasures *
ent_measures_ref (EntMeasures *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ent_measures_unref (EntMeasures *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->nodes);
  g_free (self);
}

guint
ent_measures_get_n_nodes (EntMeasures *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_nodes;
}

const EntNodeMeasures *
ent_measures_get_node (EntMeasures *self,
                       guint        node)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (node < self->n_nodes, NULL);
  return &self->nodes[node];
}
