/* ent-network.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ent-network.h"

struct _EntNetwork
{
  GObject          parent_instance;

  EntNetworkLevel  level;
  GArray          *nodes;      /* EntNetworkNode, sorted by actor id */
  GArray          *ties;       /* EntNetworkTie, sorted by (source, target) */
  GHashTable      *node_index; /* actor id -> node index + 1 */
  guint            n_camps;
  double           frustration;
};

G_DEFINE_FINAL_TYPE (EntNetwork, ent_network, G_TYPE_OBJECT)

static void
tie_clear (gpointer data)
{
  EntNetworkTie *tie = data;

  g_clear_pointer (&tie->statements, g_ptr_array_unref);
}

static void
ent_network_finalize (GObject *object)
{
  EntNetwork *self = (EntNetwork *)object;

  g_clear_pointer (&self->nodes, g_array_unref);
  g_clear_pointer (&self->ties, g_array_unref);
  g_clear_pointer (&self->node_index, g_hash_table_unref);

  G_OBJECT_CLASS (ent_network_parent_class)->finalize (object);
}

static void
ent_network_class_init (EntNetworkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ent_network_finalize;
}

static void
ent_network_init (EntNetwork *self)
{
  self->nodes = g_array_new (FALSE, TRUE, sizeof (EntNetworkNode));
  self->ties = g_array_new (FALSE, TRUE, sizeof (EntNetworkTie));
  g_array_set_clear_func (self->ties, tie_clear);
  self->node_index = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * ent_network_fold_actor:
 *
 * Returns: (transfer none): the actor that stands for @actor at @level: at
 *   state level the end of its chain of affiliations (a minister's state, a
 *   wing's parent group), at actor level @actor itself.
 */
EntActor *
ent_network_fold_actor (EntProject      *project,
                        EntActor        *actor,
                        EntNetworkLevel  level)
{
  g_return_val_if_fail (ENT_IS_PROJECT (project), NULL);
  g_return_val_if_fail (ENT_IS_ACTOR (actor), NULL);

  if (level == ENT_NETWORK_LEVEL_ACTOR)
    return actor;

  /* Affiliations form chains; a bound guards against cycles. */
  for (guint hops = 0; hops < 16; hops++)
    {
      EntActor *parent;

      if (ent_actor_get_kind (actor) == ENT_ACTOR_KIND_STATE)
        break;
      parent = ent_project_lookup_actor (project, ent_actor_get_affiliation (actor));
      if (parent == NULL)
        break;
      actor = parent;
    }
  return actor;
}

static int
compare_nodes (gconstpointer a,
               gconstpointer b)
{
  const EntNetworkNode *na = a, *nb = b;

  return strcmp (ent_actor_get_id (na->actor), ent_actor_get_id (nb->actor));
}

static void
collect_nodes (EntNetwork *self,
               EntProject *project)
{
  GListModel *actors = ent_project_get_actors (project);
  guint n = g_list_model_get_n_items (actors);
  g_autoptr(GHashTable) mentions = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EntActor) actor = g_list_model_get_item (actors, i);
      EntActor *folded = ent_network_fold_actor (project, actor, self->level);
      guint m = GPOINTER_TO_UINT (g_hash_table_lookup (mentions, folded));

      g_hash_table_insert (mentions, folded, GUINT_TO_POINTER (m + ent_actor_get_mentions (actor)));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EntActor) actor = g_list_model_get_item (actors, i);
      EntNetworkNode node = { actor, 0, ENT_NETWORK_NO_CAMP };

      if (ent_network_fold_actor (project, actor, self->level) != actor)
        continue;
      node.mentions = GPOINTER_TO_UINT (g_hash_table_lookup (mentions, actor));
      g_array_append_val (self->nodes, node);
    }

  g_array_sort (self->nodes, compare_nodes);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      EntNetworkNode *node = &g_array_index (self->nodes, EntNetworkNode, i);
      g_hash_table_insert (self->node_index, (gpointer)ent_actor_get_id (node->actor),
                           GUINT_TO_POINTER (i + 1));
    }
}

static int
compare_ties (gconstpointer a,
              gconstpointer b)
{
  const EntNetworkTie *ta = a, *tb = b;

  if (ta->source != tb->source)
    return ta->source < tb->source ? -1 : 1;
  if (ta->target != tb->target)
    return ta->target < tb->target ? -1 : 1;
  return 0;
}

static void
collect_ties (EntNetwork *self,
              EntProject *project)
{
  GListModel *statements = ent_project_get_statements (project);
  guint n = g_list_model_get_n_items (statements);
  g_autoptr(GHashTable) by_pair = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) sums = g_array_new (FALSE, TRUE, sizeof (double));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EntStatement) st = g_list_model_get_item (statements, i);
      EntActor *source, *target;
      int a, b;
      gint64 key;
      gpointer found;
      guint index;

      if (ent_statement_get_state (st) != ENT_STATEMENT_STATE_ACCEPTED)
        continue;
      source = ent_project_lookup_actor (project, ent_statement_get_source (st));
      target = ent_project_lookup_actor (project, ent_statement_get_target (st));
      if (source == NULL || target == NULL)
        continue;
      a = ent_network_find_node (self, ent_actor_get_id (ent_network_fold_actor (project, source, self->level)));
      b = ent_network_find_node (self, ent_actor_get_id (ent_network_fold_actor (project, target, self->level)));
      if (a < 0 || b < 0 || a == b)
        continue;

      key = ((gint64)MIN (a, b) << 32) | MAX (a, b);
      if (g_hash_table_lookup_extended (by_pair, &key, NULL, &found))
        index = GPOINTER_TO_UINT (found);
      else
        {
          EntNetworkTie tie = { MIN (a, b), MAX (a, b), 0, 0, g_ptr_array_new_with_free_func (g_object_unref) };
          double zero = 0;

          index = self->ties->len;
          g_array_append_val (self->ties, tie);
          g_array_append_val (sums, zero);
          g_hash_table_insert (by_pair, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (index));
        }
      g_ptr_array_add (g_array_index (self->ties, EntNetworkTie, index).statements, g_object_ref (st));
      g_array_index (sums, double, index) +=
        ent_statement_get_sign (st) * ent_statement_get_confidence (st);
    }

  for (guint i = 0; i < self->ties->len; i++)
    {
      EntNetworkTie *tie = &g_array_index (self->ties, EntNetworkTie, i);
      double sum = g_array_index (sums, double, i);

      tie->sign = sum > 1e-9 ? 1 : sum < -1e-9 ? -1 : 0;
      tie->weight = fabs (sum);
    }
  g_array_sort (self->ties, compare_ties);
}

/* Camps: a first, deterministic balance partition (see assign_camps). */

typedef struct
{
  guint  other;
  int    sign;
  double weight;
} Edge;

static GPtrArray *
adjacency (EntNetwork *self)
{
  GPtrArray *adj = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);

  for (guint i = 0; i < self->nodes->len; i++)
    g_ptr_array_add (adj, g_array_new (FALSE, FALSE, sizeof (Edge)));
  for (guint i = 0; i < self->ties->len; i++)
    {
      EntNetworkTie *tie = &g_array_index (self->ties, EntNetworkTie, i);
      Edge e1 = { tie->target, tie->sign, MAX (tie->weight, 1e-6) };
      Edge e2 = { tie->source, tie->sign, MAX (tie->weight, 1e-6) };

      if (tie->sign == 0)
        continue;
      g_array_append_val (g_ptr_array_index (adj, tie->source), e1);
      g_array_append_val (g_ptr_array_index (adj, tie->target), e2);
    }
  return adj;
}

/* How much placing @node on @side agrees with its coloured neighbours. */
static double
agreement (GPtrArray *adj,
           int       *side,
           guint      node,
           int        candidate)
{
  GArray *edges = g_ptr_array_index (adj, node);
  double score = 0;

  for (guint i = 0; i < edges->len; i++)
    {
      Edge *e = &g_array_index (edges, Edge, i);

      if (side[e->other] < 0)
        continue;
      score += ((side[e->other] == candidate) == (e->sign > 0)) ? e->weight : -e->weight;
    }
  return score;
}

static void
colour_component (GPtrArray *adj,
                  int       *side,
                  guint      start,
                  GArray    *members)
{
  g_autoptr(GQueue) queue = g_queue_new ();

  side[start] = 0;
  g_queue_push_tail (queue, GUINT_TO_POINTER (start));
  while (!g_queue_is_empty (queue))
    {
      guint node = GPOINTER_TO_UINT (g_queue_pop_head (queue));
      GArray *edges = g_ptr_array_index (adj, node);

      g_array_append_val (members, node);
      for (guint i = 0; i < edges->len; i++)
        {
          Edge *e = &g_array_index (edges, Edge, i);

          if (side[e->other] >= 0)
            continue;
          side[e->other] = agreement (adj, side, e->other, 0) >= agreement (adj, side, e->other, 1) ? 0 : 1;
          g_queue_push_tail (queue, GUINT_TO_POINTER (e->other));
        }
    }

  /* Local search: move single nodes while that lowers the frustration. */
  for (guint round = 0; round < 50; round++)
    {
      gboolean moved = FALSE;

      for (guint i = 0; i < members->len; i++)
        {
          guint node = g_array_index (members, guint, i);
          int other = 1 - side[node];

          if (agreement (adj, side, node, other) > agreement (adj, side, node, side[node]) + 1e-9)
            {
              side[node] = other;
              moved = TRUE;
            }
        }
      if (!moved)
        break;
    }
}

static void
assign_camps (EntNetwork *self)
{
  g_autoptr(GPtrArray) adj = adjacency (self);
  g_autofree int *side = g_new (int, self->nodes->len);
  guint sizes[2] = { 0, 0 };
  double violated = 0, total = 0;

  for (guint i = 0; i < self->nodes->len; i++)
    side[i] = -1;

  /* Nodes are sorted by id, so the walk and hence the camps are the same
   * for the same network. Each component puts its larger side in camp 0. */
  for (guint i = 0; i < self->nodes->len; i++)
    {
      g_autoptr(GArray) members = NULL;
      guint count[2] = { 0, 0 };

      if (side[i] >= 0 || ((GArray *)g_ptr_array_index (adj, i))->len == 0)
        continue;
      members = g_array_new (FALSE, FALSE, sizeof (guint));
      colour_component (adj, side, i, members);
      for (guint m = 0; m < members->len; m++)
        count[side[g_array_index (members, guint, m)]]++;
      for (guint m = 0; m < members->len; m++)
        {
          guint node = g_array_index (members, guint, m);
          int camp = count[1] > count[0] ? 1 - side[node] : side[node];

          g_array_index (self->nodes, EntNetworkNode, node).camp = camp;
          sizes[camp]++;
        }
    }

  self->n_camps = (sizes[0] > 0) + (sizes[1] > 0);

  for (guint i = 0; i < self->ties->len; i++)
    {
      EntNetworkTie *tie = &g_array_index (self->ties, EntNetworkTie, i);
      int ca = g_array_index (self->nodes, EntNetworkNode, tie->source).camp;
      int cb = g_array_index (self->nodes, EntNetworkNode, tie->target).camp;

      if (tie->sign == 0)
        continue;
      total += tie->weight;
      if ((ca == cb) != (tie->sign > 0))
        violated += tie->weight;
    }
  self->frustration = total > 0 ? violated / total : 0;
}

/**
 * ent_network_new:
 *
 * Builds the network from the accepted statements of @project, as it is
 * now: the network does not follow later edits.
 */
EntNetwork *
ent_network_new (EntProject      *project,
                 EntNetworkLevel  level)
{
  EntNetwork *self;

  g_return_val_if_fail (ENT_IS_PROJECT (project), NULL);

  self = g_object_new (ENT_TYPE_NETWORK, NULL);
  self->level = level;
  collect_nodes (self, project);
  collect_ties (self, project);
  assign_camps (self);
  return self;
}

EntNetworkLevel
ent_network_get_level (EntNetwork *self)
{
  g_return_val_if_fail (ENT_IS_NETWORK (self), 0);
  return self->level;
}

guint
ent_network_get_n_nodes (EntNetwork *self)
{
  g_return_val_if_fail (ENT_IS_NETWORK (self), 0);
  return self->nodes->len;
}

const EntNetworkNode *
ent_network_get_node (EntNetwork *self,
                      guint       index)
{
  g_return_val_if_fail (ENT_IS_NETWORK (self), NULL);
  g_return_val_if_fail (index < self->nodes->len, NULL);
  return &g_array_index (self->nodes, EntNetworkNode, index);
}

/**
 * ent_network_find_node:
 *
 * Returns: the index of the node of the actor @actor_id, or -1
 */
int
ent_network_find_node (EntNetwork *self,
                       const char *actor_id)
{
  g_return_val_if_fail (ENT_IS_NETWORK (self), -1);
  return (int)GPOINTER_TO_UINT (g_hash_table_lookup (self->node_index, actor_id)) - 1;
}

guint
ent_network_get_n_ties (EntNetwork *self)
{
  g_return_val_if_fail (ENT_IS_NETWORK (self), 0);
  return self->ties->len;
}

const EntNetworkTie *
ent_network_get_tie (EntNetwork *self,
                     guint       index)
{
  g_return_val_if_fail (ENT_IS_NETWORK (self), NULL);
  g_return_val_if_fail (index < self->ties->len, NULL);
  return &g_array_index (self->ties, EntNetworkTie, index);
}

guint
ent_network_get_n_camps (EntNetwork *self)
{
  g_return_val_if_fail (ENT_IS_NETWORK (self), 0);
  return self->n_camps;
}

/**
 * ent_network_dup_camp:
 *
 * Returns: (transfer full): the node indices of camp @camp, in id order
 */
GArray *
ent_network_dup_camp (EntNetwork *self,
                      guint       camp)
{
  GArray *members;

  g_return_val_if_fail (ENT_IS_NETWORK (self), NULL);

  members = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < self->nodes->len; i++)
    if (g_array_index (self->nodes, EntNetworkNode, i).camp == (int)camp)
      g_array_append_val (members, i);
  return members;
}

/**
 * ent_network_get_frustration:
 *
 * Returns: the weighted share of signed ties that break the camp rule
 *   (alliances inside camps, oppositions between): 0 is perfectly
 *   polarised, 0.5 is no structure at all.
 */
double
ent_network_get_frustration (EntNetwork *self)
{
  g_return_val_if_fail (ENT_IS_NETWORK (self), 0);
  return self->frustration;
}
