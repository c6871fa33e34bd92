/* ent-camps.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ent-camps.h"

/* The search, in three stages, each deterministic:
 *
 * 1. Signed Louvain: maximise the signed weight inside clusters, with no
 *    limit on their number (correlation clustering). Node moves, then the
 *    clusters are folded into super-nodes and moved again, so that whole
 *    groups can change sides, which single moves cannot do.
 * 2. Reduction to at most max_camps: the clusters are merged greedily, the
 *    pair whose merge costs least first.
 * 3. Relocation: single nodes move to the camp they agree with most, until
 *    no move lowers the frustration.
 *
 * The whole search runs from a few fixed node orders and the split with the
 * lowest frustration wins; the orders come from fixed seeds, so the same
 * graph always gives the same camps. */

#define N_RESTARTS       4
#define MAX_SWEEPS       32
#define MAX_MERGE_GROUPS 48
#define EPSILON          1e-9

struct _EntCamps
{
  gatomicrefcount  ref_count;
  guint            n_nodes;
  guint            n_camps;
  int             *camp;
  guint           *sizes;
  double           frustrated_weight;
  double           total_weight;
};

G_DEFINE_BOXED_TYPE (EntCamps, ent_camps, ent_camps_ref, ent_camps_unref)

typedef struct
{
  double *sum;      /* signed weight from the current node, per cluster */
  guint  *touched;  /* the clusters with a non-empty sum */
  guint   n_touched;
} Scratch;

static void
scratch_init (Scratch *s,
              guint    n)
{
  s->sum = g_new0 (double, MAX (n, 1));
  s->touched = g_new (guint, MAX (n, 1));
  s->n_touched = 0;
}

static void
scratch_clear (Scratch *s)
{
  g_clear_pointer (&s->sum, g_free);
  g_clear_pointer (&s->touched, g_free);
}

/* Sums @node's signed weight towards each cluster of its neighbours. A sum
 * that comes back to exactly zero lists its cluster twice in touched; the
 * callers only take maxima and reset, so a repeat does no harm. */
static void
scratch_collect (Scratch        *s,
                 EntSignedGraph *graph,
                 const guint    *cluster,
                 guint           node)
{
  const double *weights;
  guint n;
  const guint *nbrs = ent_signed_graph_get_neighbours (graph, node, &weights, &n);

  s->n_touched = 0;
  for (guint i = 0; i < n; i++)
    {
      guint c = cluster[nbrs[i]];

      if (s->sum[c] == 0)
        s->touched[s->n_touched++] = c;
      s->sum[c] += weights[i];
    }
}

static void
scratch_reset (Scratch *s)
{
  for (guint i = 0; i < s->n_touched; i++)
    s->sum[s->touched[i]] = 0;
  s->n_touched = 0;
}

static guint *
make_order (guint n,
            guint restart)
{
  guint *order = g_new (guint, MAX (n, 1));
  g_autoptr(GRand) rand = g_rand_new_with_seed (0x5eed + restart);

  for (guint i = 0; i < n; i++)
    order[i] = i;
  if (restart == 0)
    return order;
  for (guint i = n; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, i);
      guint t = order[i - 1];

      order[i - 1] = order[j];
      order[j] = t;
    }
  return order;
}

/* One level of Louvain. Returns the number of moves made. */
static guint
louvain_level (EntSignedGraph *graph,
               guint          *cluster,
               const guint    *order)
{
  guint n = ent_signed_graph_get_n_nodes (graph);
  g_autofree guint *size = g_new (guint, MAX (n, 1));
  g_autofree guint *free_labels = g_new (guint, MAX (n, 1));
  guint n_free = 0, total_moves = 0;
  Scratch s;

  scratch_init (&s, n);
  for (guint v = 0; v < n; v++)
    size[v] = 1, cluster[v] = v;

  for (guint sweep = 0; sweep < MAX_SWEEPS; sweep++)
    {
      guint moves = 0;

      for (guint i = 0; i < n; i++)
        {
          guint v = order[i], own = cluster[v], best = own;
          double own_sum, best_gain = EPSILON;

          scratch_collect (&s, graph, cluster, v);
          own_sum = s.sum[own];
          for (guint t = 0; t < s.n_touched; t++)
            if (s.touched[t] != own && s.sum[s.touched[t]] - own_sum > best_gain)
              best = s.touched[t], best_gain = s.sum[best] - own_sum;
          if (-own_sum > best_gain && size[own] > 1)
            best = free_labels[--n_free];
          scratch_reset (&s);
          if (best == own)
            continue;
          if (--size[own] == 0)
            free_labels[n_free++] = own;
          size[best]++;
          cluster[v] = best;
          moves++;
        }
      total_moves += moves;
      if (moves == 0)
        break;
    }
  scratch_clear (&s);
  return total_moves;
}

/* Renumbers clusters by first appearance and returns their number. */
static guint
renumber (guint *cluster,
          guint  n)
{
  g_autofree guint *map = g_new (guint, MAX (n, 1));
  guint next = 0;

  memset (map, 0xff, sizeof (guint) * MAX (n, 1));
  for (guint v = 0; v < n; v++)
    {
      if (map[cluster[v]] == G_MAXUINT)
        map[cluster[v]] = next++;
      cluster[v] = map[cluster[v]];
    }
  return next;
}

/* Folds @graph by @cluster: one node per cluster, parallel edges summed. */
static EntSignedGraph *
aggregate (EntSignedGraph *graph,
           const guint    *cluster,
           guint           n_clusters)
{
  guint m = ent_signed_graph_get_n_edges (graph);
  g_autofree EntSignedEdge *edges = g_new (EntSignedEdge, MAX (m, 1));

  for (guint i = 0; i < m; i++)
    {
      const EntSignedEdge *e = ent_signed_graph_get_edge (graph, i);

      edges[i] = (EntSignedEdge) { cluster[e->source], cluster[e->target], e->weight };
    }
  return ent_signed_graph_new (n_clusters, edges, m);
}

/* Runs Louvain to the top and leaves each node's cluster in @cluster.
 * Returns the number of clusters. */
static guint
louvain (EntSignedGraph *graph,
         guint          *cluster,
         guint           restart)
{
  guint n = ent_signed_graph_get_n_nodes (graph);
  g_autoptr(EntSignedGraph) level = ent_signed_graph_ref (graph);
  guint n_clusters = n;

  for (guint v = 0; v < n; v++)
    cluster[v] = v;

  for (guint depth = 0; depth < 32; depth++)
    {
      guint ln = ent_signed_graph_get_n_nodes (level);
      g_autofree guint *order = make_order (ln, restart + depth);
      g_autofree guint *lc = g_new (guint, MAX (ln, 1));
      EntSignedGraph *next;

      if (louvain_level (level, lc, order) == 0)
        break;
      n_clusters = renumber (lc, ln);
      for (guint v = 0; v < n; v++)
        cluster[v] = lc[cluster[v]];
      next = aggregate (level, lc, n_clusters);
      g_clear_pointer (&level, ent_signed_graph_unref);
      level = next;
    }
  return renumber (cluster, n);
}

typedef struct
{
  guint   n;
  double *w;     /* n × n signed weight between groups */
  guint  *size;
  guint  *root;  /* the group each group was merged into */
} Groups;

static int
rank_clusters (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const guint *size = user_data;
  guint ca = *(const guint *)a, cb = *(const guint *)b;

  if (size[ca] != size[cb])
    return size[ca] > size[cb] ? -1 : 1;
  return ca < cb ? -1 : ca > cb;
}

/* Seats the clusters beyond the MAX_MERGE_GROUPS largest (noise fragments,
 * mostly) in the group they agree with most, largest first. */
static void
seat_small_clusters (EntSignedGraph *clusters,
                     const guint    *ranked,
                     guint           n_ranked,
                     guint           n_groups,
                     guint          *group_of)
{
  g_autofree double *score = g_new (double, n_groups);

  for (guint r = n_groups; r < n_ranked; r++)
    {
      guint c = ranked[r], n, best = 0;
      const double *weights;
      const guint *nbrs = ent_signed_graph_get_neighbours (clusters, c, &weights, &n);

      memset (score, 0, sizeof (double) * n_groups);
      for (guint i = 0; i < n; i++)
        if (group_of[nbrs[i]] != G_MAXUINT)
          score[group_of[nbrs[i]]] += weights[i];
      for (guint g = 1; g < n_groups; g++)
        if (score[g] > score[best] + EPSILON)
          best = g;
      group_of[c] = best;
    }
}

static void
groups_init (Groups         *groups,
             EntSignedGraph *clusters,
             const guint    *cluster_size,
             const guint    *group_of,
             guint           n_groups)
{
  guint m = ent_signed_graph_get_n_edges (clusters);

  groups->n = n_groups;
  groups->w = g_new0 (double, (gsize)n_groups * n_groups + 1);
  groups->size = g_new0 (guint, n_groups + 1);
  groups->root = g_new (guint, n_groups + 1);
  for (guint g = 0; g < n_groups; g++)
    groups->root[g] = g;
  for (guint c = 0; c < ent_signed_graph_get_n_nodes (clusters); c++)
    if (group_of[c] != G_MAXUINT)
      groups->size[group_of[c]] += cluster_size[c];
  for (guint i = 0; i < m; i++)
    {
      const EntSignedEdge *e = ent_signed_graph_get_edge (clusters, i);
      guint a = group_of[e->source], b = group_of[e->target];

      if (a == G_MAXUINT || b == G_MAXUINT || a == b)
        continue;
      groups->w[a * n_groups + b] += e->weight;
      groups->w[b * n_groups + a] += e->weight;
    }
}

static void
groups_clear (Groups *groups)
{
  g_clear_pointer (&groups->w, g_free);
  g_clear_pointer (&groups->size, g_free);
  g_clear_pointer (&groups->root, g_free);
}

/* Merges the pair whose merge lowers the frustration most (or raises it
 * least). Between separate components every merge costs nothing; then the
 * largest pair goes first, which puts the larger side of each component
 * into the larger camp. */
static void
merge_best_pair (Groups *groups)
{
  guint n = groups->n, best_a = G_MAXUINT, best_b = G_MAXUINT;
  double best = -G_MAXDOUBLE;
  guint best_size = 0;

  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b < n && groups->root[a] == a; b++)
      {
        double w = groups->w[a * n + b];
        guint size = groups->size[a] + groups->size[b];

        if (groups->root[b] != b)
          continue;
        if (w > best + EPSILON || (w > best - EPSILON && size > best_size))
          best = w, best_size = size, best_a = a, best_b = b;
      }
  g_assert (best_a != G_MAXUINT);

  for (guint x = 0; x < n; x++)
    {
      groups->w[best_a * n + x] += groups->w[best_b * n + x];
      groups->w[x * n + best_a] = groups->w[best_a * n + x];
    }
  groups->size[best_a] += groups->size[best_b];
  groups->root[best_b] = best_a;
}

static guint
group_root (Groups *groups,
            guint   g)
{
  while (groups->root[g] != g)
    g = groups->root[g];
  return g;
}

/* Turns Louvain's clusters into at most @max_camps camps in @camp. */
static void
reduce_clusters (EntSignedGraph *graph,
                 const guint    *cluster,
                 guint           n_clusters,
                 guint           max_camps,
                 int            *camp)
{
  guint n = ent_signed_graph_get_n_nodes (graph);
  g_autoptr(EntSignedGraph) clusters = aggregate (graph, cluster, n_clusters);
  g_autofree guint *size = g_new0 (guint, n_clusters + 1);
  g_autofree guint *ranked = g_new (guint, n_clusters + 1);
  g_autofree guint *group_of = g_new (guint, n_clusters + 1);
  g_autofree int *label = g_new (int, n_clusters + 1);
  guint n_ranked = 0, n_groups, alive;
  Groups groups;

  for (guint v = 0; v < n; v++)
    if (ent_signed_graph_get_degree (graph, v) > 0)
      size[cluster[v]]++;
  for (guint c = 0; c < n_clusters; c++)
    if (size[c] > 0)
      ranked[n_ranked++] = c;
  g_qsort_with_data (ranked, n_ranked, sizeof (guint), rank_clusters, size);

  n_groups = MIN (n_ranked, MAX_MERGE_GROUPS);
  memset (group_of, 0xff, sizeof (guint) * (n_clusters + 1));
  for (guint r = 0; r < n_groups; r++)
    group_of[ranked[r]] = r;
  seat_small_clusters (clusters, ranked, n_ranked, n_groups, group_of);

  groups_init (&groups, clusters, size, group_of, n_groups);
  for (alive = n_groups; alive > max_camps; alive--)
    merge_best_pair (&groups);
  for (guint g = 0, next = 0; g < n_groups; g++)
    label[g] = groups.root[g] == g ? (int)next++ : -1;
  for (guint v = 0; v < n; v++)
    {
      guint g = group_of[cluster[v]];

      camp[v] = (ent_signed_graph_get_degree (graph, v) == 0 || g == G_MAXUINT)
                ? ENT_CAMPS_NO_CAMP : label[group_root (&groups, g)];
    }
  groups_clear (&groups);
}

/* Moves single nodes to the camp they agree with most until none moves. */
static void
relocate (EntSignedGraph *graph,
          guint           max_camps,
          int            *camp)
{
  guint n = ent_signed_graph_get_n_nodes (graph);
  g_autofree double *sum = g_new (double, max_camps);

  for (guint sweep = 0; sweep < MAX_SWEEPS; sweep++)
    {
      guint moves = 0;

      for (guint v = 0; v < n; v++)
        {
          const double *weights;
          guint deg, best;
          const guint *nbrs = ent_signed_graph_get_neighbours (graph, v, &weights, &deg);

          if (camp[v] < 0)
            continue;
          memset (sum, 0, sizeof (double) * max_camps);
          for (guint i = 0; i < deg; i++)
            if (camp[nbrs[i]] >= 0)
              sum[camp[nbrs[i]]] += weights[i];
          best = camp[v];
          for (guint c = 0; c < max_camps; c++)
            if (sum[c] > sum[best] + EPSILON)
              best = c;
          if (best != (guint)camp[v])
            camp[v] = best, moves++;
        }
      if (moves == 0)
        break;
    }
}

static double
frustrated_weight (EntSignedGraph *graph,
                   const int      *camp)
{
  double total = 0;

  for (guint i = 0; i < ent_signed_graph_get_n_edges (graph); i++)
    {
      const EntSignedEdge *e = ent_signed_graph_get_edge (graph, i);
      int a = camp[e->source], b = camp[e->target];

      if (a < 0 || b < 0)
        continue;
      if ((a == b) != (e->weight > 0))
        total += fabs (e->weight);
    }
  return total;
}

/**
 * ent_camps_compute:
 * @graph: the signed graph
 * @max_camps: the most camps wanted (2 is the usual bipolar split); 0 means
 *   %ENT_CAMPS_DEFAULT_MAX
 *
 * Runs in the calling thread and only reads @graph.
 *
 * Returns: (transfer full): the camps
 */
EntCamps *
ent_camps_compute (EntSignedGraph *graph,
                   guint           max_camps)
{
  guint n;
  g_autofree guint *cluster = NULL;
  g_autofree int *camp = NULL;
  g_autofree int *best = NULL;
  double best_weight = G_MAXDOUBLE;

  g_return_val_if_fail (graph != NULL, NULL);

  if (max_camps == 0)
    max_camps = ENT_CAMPS_DEFAULT_MAX;
  n = ent_signed_graph_get_n_nodes (graph);
  cluster = g_new (guint, MAX (n, 1));
  camp = g_new (int, MAX (n, 1));
  best = g_new (int, MAX (n, 1));

  for (guint restart = 0; restart < N_RESTARTS; restart++)
    {
      guint n_clusters = louvain (graph, cluster, restart * 101);
      double weight;

      reduce_clusters (graph, cluster, n_clusters, max_camps, camp);
      relocate (graph, max_camps, camp);
      weight = frustrated_weight (graph, camp);
      if (weight < best_weight - EPSILON)
        {
          best_weight = weight;
          memcpy (best, camp, sizeof (int) * MAX (n, 1));
        }
      if (best_weight <= EPSILON)
        break;
    }
  return ent_camps_new_from_assignment (graph, best);
}

static int
compare_camps (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const guint *first_member = user_data;
  const guint *ca = a, *cb = b;

  /* Each entry is (size, camp); larger first, then the earlier member. */
  if (ca[0] != cb[0])
    return ca[0] > cb[0] ? -1 : 1;
  if (first_member[ca[1]] != first_member[cb[1]])
    return first_member[ca[1]] < first_member[cb[1]] ? -1 : 1;
  return ca[1] < cb[1] ? -1 : ca[1] > cb[1];
}

/* Fills self->camp from @camps with the camps renumbered by size. */
static void
canonicalise (EntCamps       *self,
              EntSignedGraph *graph,
              const int      *camps)
{
  guint n = self->n_nodes, n_labels = 0;
  g_autofree guint *first = NULL;
  g_autofree guint *pairs = NULL;
  g_autofree int *rename = NULL;

  for (guint v = 0; v < n; v++)
    n_labels = MAX (n_labels, (guint)(camps[v] + 1));
  first = g_new (guint, n_labels + 1);
  pairs = g_new0 (guint, 2 * (n_labels + 1));
  rename = g_new (int, n_labels + 1);
  memset (first, 0xff, sizeof (guint) * (n_labels + 1));

  for (guint c = 0; c < n_labels; c++)
    pairs[2 * c + 1] = c;
  for (guint v = 0; v < n; v++)
    {
      if (camps[v] < 0 || ent_signed_graph_get_degree (graph, v) == 0)
        continue;
      pairs[2 * camps[v]]++;
      first[camps[v]] = MIN (first[camps[v]], v);
    }
  g_qsort_with_data (pairs, n_labels, 2 * sizeof (guint), compare_camps, first);

  self->sizes = g_new0 (guint, n_labels + 1);
  for (guint r = 0; r < n_labels; r++)
    {
      rename[pairs[2 * r + 1]] = pairs[2 * r] > 0 ? (int)r : ENT_CAMPS_NO_CAMP;
      if (pairs[2 * r] > 0)
        self->sizes[self->n_camps++] = pairs[2 * r];
    }
  for (guint v = 0; v < n; v++)
    self->camp[v] = (camps[v] < 0 || ent_signed_graph_get_degree (graph, v) == 0)
                    ? ENT_CAMPS_NO_CAMP : rename[camps[v]];
}

/**
 * ent_camps_new_from_assignment:
 * @graph: the signed graph
 * @camps: (array): a camp number or %ENT_CAMPS_NO_CAMP per node
 *
 * Wraps a given split, such as planted camps in a test, renumbering the
 * camps by size and scoring its frustration. Nodes without ties are put in
 * no camp whatever @camps says.
 *
 * Returns: (transfer full): the camps
 */
EntCamps *
ent_camps_new_from_assignment (EntSignedGraph *graph,
                               const int      *camps)
{
  EntCamps *self;

  g_return_val_if_fail (graph != NULL, NULL);
  g_return_val_if_fail (camps != NULL || ent_signed_graph_get_n_nodes (graph) == 0, NULL);

  self = g_new0 (EntCamps, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->n_nodes = ent_signed_graph_get_n_nodes (graph);
  self->camp = g_new (int, MAX (self->n_nodes, 1));
  canonicalise (self, graph, camps);
  self->frustrated_weight = frustrated_weight (graph, self->camp);
  self->total_weight = ent_signed_graph_get_total_weight (graph);
  return self;
}

typedef struct
{
  EntSignedGraph *graph;
  guint           max_camps;
} ComputeData;

static void
compute_data_free (gpointer data)
{
  ComputeData *cd = data;

  g_clear_pointer (&cd->graph, ent_signed_graph_unref);
  g_free (cd);
}

/* Runs in a worker thread: reads only the immutable graph in the task data. */
static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ComputeData *cd = task_data;

  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_pointer (task, ent_camps_compute (cd->graph, cd->max_camps),
                         (GDestroyNotify)ent_camps_unref);
}

/**
 * ent_camps_compute_async:
 *
 * Runs ent_camps_compute() in a worker thread. @graph is immutable, so the
 * caller may keep using it meanwhile.
 */
void
ent_camps_compute_async (EntSignedGraph      *graph,
                         guint                max_camps,
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
  cd->max_camps = max_camps;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ent_camps_compute_async);
  g_task_set_task_data (task, cd, compute_data_free);
  g_task_run_in_thread (task, compute_thread);
}

EntCamps *
ent_camps_compute_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

EntCamps *
ent_camps_ref (EntCamps *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ent_camps_unref (EntCamps *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->camp);
  g_free (self->sizes);
  g_free (self);
}

guint
ent_camps_get_n_nodes (EntCamps *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_nodes;
}

guint
ent_camps_get_n_camps (EntCamps *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_camps;
}

/* Returns the camp of @node, or ENT_CAMPS_NO_CAMP. */
int
ent_camps_get_camp (EntCamps *self,
                    guint     node)
{
  g_return_val_if_fail (self != NULL, ENT_CAMPS_NO_CAMP);
  g_return_val_if_fail (node < self->n_nodes, ENT_CAMPS_NO_CAMP);
  return self->camp[node];
}

guint
ent_camps_get_size (EntCamps *self,
                    guint     camp)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (camp < self->n_camps, 0);
  return self->sizes[camp];
}

/**
 * ent_camps_get_frustration:
 *
 * Returns: the frustration index: the weighted share of signed ties that
 *   break the camp rule (alliances inside camps, oppositions between), from
 *   0 (perfectly polarised) to 0.5 and above (no bipolar structure at all)
 */
double
ent_camps_get_frustration (EntCamps *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->total_weight > 0 ? self->frustrated_weight / self->total_weight : 0;
}

/* Returns the summed |weight| of the ties that break the camp rule. */
double
ent_camps_get_frustrated_weight (EntCamps *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->frustrated_weight;
}
