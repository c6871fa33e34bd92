/* ent-layout.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ent-layout-private.h"

/* The step control is Yifan Hu's adaptive cooling ("Efficient and high
 * quality force-directed graph drawing", 2005), as in sfdp: every free node
 * moves one step along its force; the step grows after five iterations in a
 * row that lower the energy and shrinks after any that does not. The layout
 * has converged when the step falls under a small share of the tie
 * length. */

#define K               ENT_LAYOUT_TIE_LENGTH
#define COOLING         0.9
#define TOLERANCE       0.02
#define COLD_STEP       (2.0 * K)
#define WARM_STEP       (0.3 * K)
#define MAX_ITERATIONS  600

struct _EntLayout
{
  GObject         parent_instance;

  EntSignedGraph *graph;
  EntCamps       *camps;
  guint32         seed;
  guint           n;

  double         *pos;
  double         *force;
  double         *anchors;  /* see EntLayoutForces */
  int            *camp;     /* per node, or NULL without camps */
  gboolean       *active;   /* has a tie: takes part in the simulation */
  gboolean       *pinned;
  gboolean       *placed;   /* has a start position */
  double          mean_weight;

  double          step;
  double          energy;
  guint           progress;
  guint           iterations;
  guint           max_iterations;
  guint           started : 1;
  guint           converged : 1;
};

G_DEFINE_FINAL_TYPE (EntLayout, ent_layout, G_TYPE_OBJECT)

static void
ent_layout_finalize (GObject *object)
{
  EntLayout *self = (EntLayout *)object;

  g_clear_pointer (&self->graph, ent_signed_graph_unref);
  g_clear_pointer (&self->camps, ent_camps_unref);
  g_free (self->pos);
  g_free (self->force);
  g_free (self->anchors);
  g_free (self->camp);
  g_free (self->active);
  g_free (self->pinned);
  g_free (self->placed);

  G_OBJECT_CLASS (ent_layout_parent_class)->finalize (object);
}

static void
ent_layout_class_init (EntLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ent_layout_finalize;
}

static void
ent_layout_init (EntLayout *self)
{
  self->max_iterations = MAX_ITERATIONS;
  self->step = COLD_STEP;
  self->energy = G_MAXDOUBLE;
}

/**
 * ent_layout_new:
 * @graph: the graph to lay out
 * @camps: (nullable): its camps, which decide the sides
 * @seed: the seed of the start positions
 *
 * Returns: (transfer full): a new layout, not yet started
 */
EntLayout *
ent_layout_new (EntSignedGraph *graph,
                EntCamps       *camps,
                guint32         seed)
{
  EntLayout *self;
  guint n;

  g_return_val_if_fail (graph != NULL, NULL);
  g_return_val_if_fail (!camps || ent_camps_get_n_nodes (camps) == ent_signed_graph_get_n_nodes (graph), NULL);

  n = ent_signed_graph_get_n_nodes (graph);
  self = g_object_new (ENT_TYPE_LAYOUT, NULL);
  self->graph = ent_signed_graph_ref (graph);
  self->camps = camps ? ent_camps_ref (camps) : NULL;
  self->seed = seed;
  self->n = n;
  self->pos = g_new0 (double, 2 * (gsize)n + 2);
  self->force = g_new0 (double, 2 * (gsize)n + 2);
  self->anchors = g_new0 (double, 4 * ((gsize)(camps ? ent_camps_get_n_camps (camps) : 0) + 1));
  self->active = g_new0 (gboolean, n + 1);
  self->pinned = g_new0 (gboolean, n + 1);
  self->placed = g_new0 (gboolean, n + 1);
  for (guint v = 0; v < n; v++)
    self->active[v] = ent_signed_graph_get_degree (graph, v) > 0;
  if (camps != NULL)
    {
      self->camp = g_new (int, n + 1);
      for (guint v = 0; v < n; v++)
        self->camp[v] = ent_camps_get_camp (camps, v);
    }
  self->mean_weight = ent_signed_graph_get_n_edges (graph) > 0
    ? ent_signed_graph_get_total_weight (graph) / ent_signed_graph_get_n_edges (graph) : 1;
  return self;
}

/* Returns: (transfer none): the graph being laid out */
EntSignedGraph *
ent_layout_get_graph (EntLayout *self)
{
  g_return_val_if_fail (ENT_IS_LAYOUT (self), NULL);
  return self->graph;
}

/* Returns: (transfer none) (nullable): the camps that decide the sides */
EntCamps *
ent_layout_get_camps (EntLayout *self)
{
  g_return_val_if_fail (ENT_IS_LAYOUT (self), NULL);
  return self->camps;
}

/* Any change of the input after convergence restarts the iterations gently,
 * from where the nodes are. */
static void
restart (EntLayout *self)
{
  if (!self->converged)
    return;
  self->converged = FALSE;
  self->step = WARM_STEP;
  self->energy = G_MAXDOUBLE;
  self->progress = 0;
  self->iterations = 0;
}

/**
 * ent_layout_set_position:
 *
 * Sets where @node starts (or where it is now, once started), for instance
 * its position in the previous layout of an edited network, so that the
 * picture changes no more than the network did.
 */
void
ent_layout_set_position (EntLayout *self,
                         guint      node,
                         double     x,
                         double     y)
{
  g_return_if_fail (ENT_IS_LAYOUT (self));
  g_return_if_fail (node < self->n);

  self->pos[2 * node] = x;
  self->pos[2 * node + 1] = y;
  self->placed[node] = TRUE;
  restart (self);
}

/* Fixes @node at (@x, @y): the forces move the others around it. */
void
ent_layout_pin (EntLayout *self,
                guint      node,
                double     x,
                double     y)
{
  g_return_if_fail (ENT_IS_LAYOUT (self));
  g_return_if_fail (node < self->n);

  self->pinned[node] = TRUE;
  ent_layout_set_position (self, node, x, y);
}

void
ent_layout_unpin (EntLayout *self,
                  guint      node)
{
  g_return_if_fail (ENT_IS_LAYOUT (self));
  g_return_if_fail (node < self->n);

  self->pinned[node] = FALSE;
  restart (self);
}

gboolean
ent_layout_get_pinned (EntLayout *self,
                       guint      node)
{
  g_return_val_if_fail (ENT_IS_LAYOUT (self), FALSE);
  g_return_val_if_fail (node < self->n, FALSE);
  return self->pinned[node];
}

void
ent_layout_get_position (EntLayout *self,
                         guint      node,
                         double    *x,
                         double    *y)
{
  g_return_if_fail (ENT_IS_LAYOUT (self));
  g_return_if_fail (node < self->n);

  if (x != NULL)
    *x = self->pos[2 * node];
  if (y != NULL)
    *y = self->pos[2 * node + 1];
}

/**
 * ent_layout_get_positions:
 *
 * Returns: (transfer none): x and y of every node, interleaved; valid until
 *   the next step
 */
const double *
ent_layout_get_positions (EntLayout *self)
{
  g_return_val_if_fail (ENT_IS_LAYOUT (self), NULL);
  return self->pos;
}

/* Directions of the camps' sides, in turns of the circle from the right,
 * y growing downwards: left, right, top, bottom, then the diagonals. */
static const double camp_directions[] = { 0.5, 0.0, 0.75, 0.25, 0.625, 0.875, 0.375, 0.125 };

/* The radius a camp of @size nodes is scattered over at the start. */
static double
start_radius (guint size)
{
  return 0.5 * K * sqrt (MAX (size, 1));
}

/* Measures each camp's radius as it is now: √2 × the root mean square
 * distance from its centroid, which is the radius of a uniform disc. Index
 * 0 is for the nodes in no camp, i + 1 for camp i. */
static void
measure_camps (EntLayout *self,
               guint      n_anchors,
               double    *radius,
               double    *count)
{
  g_autofree double *sum = g_new0 (double, 2 * (gsize)n_anchors);

  memset (radius, 0, sizeof (double) * n_anchors);
  memset (count, 0, sizeof (double) * n_anchors);
  for (guint v = 0; v < self->n; v++)
    if (self->active[v])
      {
        guint a = self->camp ? self->camp[v] + 1 : 0;

        sum[2 * a] += self->pos[2 * v], sum[2 * a + 1] += self->pos[2 * v + 1], count[a] += 1;
      }
  for (guint v = 0; v < self->n; v++)
    if (self->active[v])
      {
        guint a = self->camp ? self->camp[v] + 1 : 0;
        double dx = self->pos[2 * v] - sum[2 * a] / count[a];
        double dy = self->pos[2 * v + 1] - sum[2 * a + 1] / count[a];

        radius[a] += (dx * dx + dy * dy) / count[a];
      }
  for (guint a = 0; a < n_anchors; a++)
    radius[a] = MAX (sqrt (2 * radius[a]), K / 2);
}

/* Places each camp's anchor on its side, far enough out that the camps, at
 * their present size, do not overlap, and fences it at its radius with the
 * strength that holds a lone node against the push of the camp's mass.
 * Called every iteration, so the anchors follow the camps as they settle. */
static void
compute_anchors (EntLayout *self)
{
  guint n_anchors = (self->camps ? ent_camps_get_n_camps (self->camps) : 0) + 1;
  g_autofree double *radius = g_new0 (double, n_anchors);
  g_autofree double *count = g_new0 (double, n_anchors);
  double largest = 0, gap = 3 * K;

  if (self->started)
    measure_camps (self, n_anchors, radius, count);
  else
    for (guint a = 1; a < n_anchors; a++)
      {
        count[a] = ent_camps_get_size (self->camps, a - 1);
        radius[a] = start_radius (count[a]);
      }
  for (guint a = 1; a < n_anchors; a++)
    largest = MAX (largest, radius[a]);

  for (guint a = 0; a < n_anchors; a++)
    {
      guint c = a - 1;
      double *anchor = &self->anchors[4 * a];
      double turn = 0, distance = 0;

      if (a > 0)
        {
          turn = c < G_N_ELEMENTS (camp_directions)
            ? camp_directions[c] : (double)c / (n_anchors - 1) + 0.5 / (n_anchors - 1);
          distance = c < 2 ? radius[a] + gap / 2 : radius[a] + gap + 0.8 * largest;
        }
      /* Actors in no camp stay around (0, 0): between the first two camps. */
      anchor[0] = distance * cos (2 * G_PI * turn);
      anchor[1] = distance * sin (2 * G_PI * turn);
      anchor[2] = 1.2 * radius[a];
      anchor[3] = 2 * 0.2 * K * K * MAX (count[a], 1) / (radius[a] * radius[a]);
    }
}

/* Scatters the nodes without a start position over their camp's disc. */
static void
place_start (EntLayout *self)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (self->seed);
  gboolean any_placed = FALSE;

  for (guint v = 0; v < self->n; v++)
    {
      int camp = self->camp ? self->camp[v] : ENT_CAMPS_NO_CAMP;
      guint size = camp >= 0 ? ent_camps_get_size (self->camps, camp) : self->camp ? 4 : self->n;
      const double *anchor = &self->anchors[4 * (camp + 1)];
      double r = start_radius (size) * sqrt (g_rand_double (rand));
      double a = 2 * G_PI * g_rand_double (rand);

      any_placed |= self->placed[v] && self->active[v];
      if (self->placed[v] || !self->active[v])
        continue;
      self->pos[2 * v] = anchor[0] + r * cos (a);
      self->pos[2 * v + 1] = anchor[1] + r * sin (a);
    }
  self->step = any_placed ? WARM_STEP : COLD_STEP;
}

/* Parks the nodes without ties in rows under the drawing, in node order. */
static void
park_isolated (EntLayout *self)
{
  double min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  guint columns, parked = 0;

  for (guint v = 0; v < self->n; v++)
    {
      if (!self->active[v] && !self->pinned[v])
        continue;
      min_x = MIN (min_x, self->pos[2 * v]);
      max_x = MAX (max_x, self->pos[2 * v]);
      max_y = MAX (max_y, self->pos[2 * v + 1]);
    }
  if (min_x > max_x)
    min_x = max_x = max_y = 0;
  else
    max_y += 2 * K;
  columns = MAX (8, (guint)((max_x - min_x) / K) + 1);

  for (guint v = 0; v < self->n; v++)
    {
      if (self->active[v] || self->pinned[v])
        continue;
      self->pos[2 * v] = min_x + K * (parked % columns);
      self->pos[2 * v + 1] = max_y + K * (parked / columns);
      parked++;
    }
}

static void
start (EntLayout *self)
{
  compute_anchors (self);
  place_start (self);
  self->started = TRUE;
}

static void
fill_forces (EntLayout       *self,
             EntLayoutForces *forces)
{
  *forces = (EntLayoutForces) {
    .graph = self->graph,
    .pos = self->pos,
    .force = self->force,
    .active = self->active,
    .anchors = self->anchors,
    .camp = self->camp,
    .k = K,
    .repulsion = 0.2,
    .opposition = 1.0,
    .frustrated = 0.02,
    .gravity = 0.05,
    .theta = 1.2,
    .mean_weight = self->mean_weight,
  };
}

static void
iterate (EntLayout *self)
{
  EntLayoutForces forces;
  double energy = 0;

  fill_forces (self, &forces);
  compute_anchors (self);
  memset (self->force, 0, sizeof (double) * 2 * self->n);
  _ent_layout_compute_forces (&forces);

  for (guint v = 0; v < self->n; v++)
    {
      double fx = self->force[2 * v], fy = self->force[2 * v + 1];
      double f = sqrt (fx * fx + fy * fy);

      if (!self->active[v] || self->pinned[v] || f == 0)
        continue;
      energy += f * f;
      self->pos[2 * v] += MIN (f, self->step) * fx / f;
      self->pos[2 * v + 1] += MIN (f, self->step) * fy / f;
    }

  if (energy < self->energy && ++self->progress >= 5)
    self->progress = 0, self->step /= COOLING;
  else if (energy >= self->energy)
    self->progress = 0, self->step *= COOLING;
  self->energy = energy;
  self->iterations++;
  self->converged = self->step < TOLERANCE * K || self->iterations >= self->max_iterations;
}

/**
 * ent_layout_step:
 * @deadline: a g_get_monotonic_time() value
 *
 * Iterates at least once and then until @deadline or convergence.
 *
 * Returns: %TRUE if more iterations would still move the nodes
 */
gboolean
ent_layout_step (EntLayout *self,
                 gint64     deadline)
{
  g_return_val_if_fail (ENT_IS_LAYOUT (self), FALSE);

  if (!self->started)
    start (self);
  while (!self->converged)
    {
      iterate (self);
      if (g_get_monotonic_time () >= deadline)
        break;
    }
  park_isolated (self);
  return !self->converged;
}

/* Iterates to convergence in the calling thread. */
void
ent_layout_run (EntLayout *self)
{
  g_return_if_fail (ENT_IS_LAYOUT (self));

  while (ent_layout_step (self, G_MAXINT64))
    ;
}

/* Runs in a worker thread: the caller leaves the layout alone meanwhile, and
 * the graph and camps it reads are immutable. */
static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  EntLayout *self = source_object;

  while (ent_layout_step (self, g_get_monotonic_time () + 50000))
    if (g_task_return_error_if_cancelled (task))
      return;
  g_task_return_boolean (task, TRUE);
}

/**
 * ent_layout_run_async:
 *
 * Iterates to convergence in a worker thread. Until @callback runs, the
 * layout must not be used; cancelling leaves it valid where it stopped.
 */
void
ent_layout_run_async (EntLayout           *self,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (ENT_IS_LAYOUT (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ent_layout_run_async);
  g_task_run_in_thread (task, run_thread);
}

gboolean
ent_layout_run_finish (EntLayout     *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (ENT_IS_LAYOUT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
ent_layout_get_converged (EntLayout *self)
{
  g_return_val_if_fail (ENT_IS_LAYOUT (self), FALSE);
  return self->converged;
}

guint
ent_layout_get_iterations (EntLayout *self)
{
  g_return_val_if_fail (ENT_IS_LAYOUT (self), 0);
  return self->iterations;
}

/* Bounds the iterations of a run; the default suits up to 20,000 nodes. */
void
ent_layout_set_max_iterations (EntLayout *self,
                               guint      max_iterations)
{
  g_return_if_fail (ENT_IS_LAYOUT (self));
  self->max_iterations = MAX (max_iterations, 1);
}
