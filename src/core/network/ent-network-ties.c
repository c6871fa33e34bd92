/* ent-network-ties.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ent-network-private.h"

/* Ties are kept per node pair with the statements behind them; each
 * statement remembers what it added and where, so that an edit takes back
 * exactly that and adds the new value: the cost of an edit is that of the
 * statements it touches, plus sorting the ties and finding the camps. */

typedef struct
{
  gint64     key;
  GPtrArray *statements;
} EntNetworkPair;

typedef struct
{
  gint64 key;
  double value;  /* sign × confidence */
} Contribution;

static void
pair_free (gpointer data)
{
  EntNetworkPair *pair = data;

  g_ptr_array_unref (pair->statements);
  g_free (pair);
}

/* Creates the tables this file fills. */
void
_ent_network_init_ties (EntNetwork *self)
{
  self->pairs = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, pair_free);
  self->contributions = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
}

static gint64
pair_key (guint a,
          guint b)
{
  return ((gint64)MIN (a, b) << 32) | MAX (a, b);
}

/* Each node's mentions: its own and those of the actors folded into it. */
static GHashTable *
count_mentions (EntNetwork *self)
{
  GListModel *actors = ent_project_get_actors (self->project);
  guint n = g_list_model_get_n_items (actors);
  GHashTable *mentions = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EntActor) actor = g_list_model_get_item (actors, i);
      EntActor *folded = ent_network_fold_actor (self->project, actor, self->level);
      guint m = GPOINTER_TO_UINT (g_hash_table_lookup (mentions, folded));

      g_hash_table_insert (mentions, folded, GUINT_TO_POINTER (m + ent_actor_get_mentions (actor)));
    }
  return mentions;
}

static void
collect_nodes (EntNetwork *self)
{
  GListModel *actors = ent_project_get_actors (self->project);
  guint n = g_list_model_get_n_items (actors);
  g_autoptr(GHashTable) mentions = count_mentions (self);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EntActor) actor = g_list_model_get_item (actors, i);
      EntNetworkNode node = { NULL, 0, ENT_NETWORK_NO_CAMP, 0, 0 };

      if (ent_network_fold_actor (self->project, actor, self->level) != actor)
        continue;
      node.actor = g_object_ref (actor);
      node.mentions = GPOINTER_TO_UINT (g_hash_table_lookup (mentions, actor));
      g_array_append_val (self->nodes, node);
    }
}

static int
compare_nodes (gconstpointer a,
               gconstpointer b)
{
  const EntNetworkNode *na = a, *nb = b;

  return strcmp (ent_actor_get_id (na->actor), ent_actor_get_id (nb->actor));
}

static void
index_nodes (EntNetwork *self)
{
  g_array_sort (self->nodes, compare_nodes);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      EntNetworkNode *node = &g_array_index (self->nodes, EntNetworkNode, i);

      g_hash_table_insert (self->node_index, (gpointer)ent_actor_get_id (node->actor),
                           GUINT_TO_POINTER (i + 1));
    }
}

/* The node an endpoint of a statement folds into, or -1. */
static int
statement_node (EntNetwork *self,
                const char *actor_id)
{
  EntActor *actor = ent_project_lookup_actor (self->project, actor_id);

  if (actor == NULL)
    return -1;
  actor = ent_network_fold_actor (self->project, actor, self->level);
  return ent_network_find_node (self, ent_actor_get_id (actor));
}

static void
add_contribution (EntNetwork   *self,
                  EntStatement *st)
{
  int a, b;
  gint64 key;
  EntNetworkPair *pair;
  Contribution *c;

  if (ent_statement_get_state (st) != ENT_STATEMENT_STATE_ACCEPTED ||
      !ent_project_statement_in_range (self->project, st))
    return;
  a = statement_node (self, ent_statement_get_source (st));
  b = statement_node (self, ent_statement_get_target (st));
  if (a < 0 || b < 0 || a == b)
    return;

  key = pair_key (a, b);
  pair = g_hash_table_lookup (self->pairs, &key);
  if (pair == NULL)
    {
      pair = g_new0 (EntNetworkPair, 1);
      pair->key = key;
      pair->statements = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (self->pairs, &pair->key, pair);
    }
  g_ptr_array_add (pair->statements, g_object_ref (st));

  c = g_new (Contribution, 1);
  c->key = key;
  c->value = ent_statement_get_sign (st) * ent_statement_get_confidence (st);
  g_hash_table_insert (self->contributions, g_object_ref (st), c);
}

static void
remove_contribution (EntNetwork   *self,
                     EntStatement *st)
{
  Contribution *c = g_hash_table_lookup (self->contributions, st);
  EntNetworkPair *pair;

  if (c == NULL)
    return;
  pair = g_hash_table_lookup (self->pairs, &c->key);
  g_assert (pair != NULL);
  g_ptr_array_remove (pair->statements, st);
  if (pair->statements->len == 0)
    g_hash_table_remove (self->pairs, &c->key);
  g_hash_table_remove (self->contributions, st);
}

static int
compare_ties (gconstpointer a,
              gconstpointer b)
{
  const EntNetworkTie *ta = a, *tb = b;

  if (ta->source != tb->source)
    return ta->source < tb->source ? -1 : 1;
  return ta->target < tb->target ? -1 : ta->target > tb->target;
}

/* Sums are taken afresh from the contributions, so that no rounding error
 * builds up over a long session of edits. */
static void
collect_ties (EntNetwork *self)
{
  GHashTableIter iter;
  gpointer value;

  g_array_set_size (self->ties, 0);
  g_hash_table_iter_init (&iter, self->pairs);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      EntNetworkPair *pair = value;
      EntNetworkTie tie = { pair->key >> 32, pair->key & G_MAXUINT32, 0, 0, NULL };
      double sum = 0;

      for (guint i = 0; i < pair->statements->len; i++)
        sum += ((Contribution *)g_hash_table_lookup (self->contributions,
                                                     g_ptr_array_index (pair->statements, i)))->value;
      tie.sign = sum > 1e-9 ? 1 : sum < -1e-9 ? -1 : 0;
      tie.weight = fabs (sum);
      tie.statements = g_ptr_array_ref (pair->statements);
      g_array_append_val (self->ties, tie);
    }
  g_array_sort (self->ties, compare_ties);
}

/* Rebuilds the snapshot graph and the camps from the ties. */
static void
finish (EntNetwork *self)
{
  g_autofree EntSignedEdge *edges = NULL;

  collect_ties (self);
  edges = g_new (EntSignedEdge, self->ties->len + 1);
  for (guint i = 0; i < self->ties->len; i++)
    {
      const EntNetworkTie *tie = &g_array_index (self->ties, EntNetworkTie, i);

      edges[i] = (EntSignedEdge) { tie->source, tie->target, tie->sign * tie->weight };
    }
  g_clear_pointer (&self->graph, ent_signed_graph_unref);
  g_clear_pointer (&self->camps, ent_camps_unref);
  g_clear_pointer (&self->measures, ent_measures_unref);
  self->graph = ent_signed_graph_new (self->nodes->len, edges, self->ties->len);
  self->camps = ent_camps_compute (self->graph, self->max_camps);
  for (guint i = 0; i < self->nodes->len; i++)
    g_array_index (self->nodes, EntNetworkNode, i).camp = ent_camps_get_camp (self->camps, i);
}

/* New mention counts change the nodes' sizes, nothing else: no need to
 * fold the statements or find the camps again (an import changes them
 * for every article). */
void
_ent_network_recount_mentions (EntNetwork *self)
{
  g_autoptr(GHashTable) mentions = count_mentions (self);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      EntNetworkNode *node = &g_array_index (self->nodes, EntNetworkNode, i);

      node->mentions = GPOINTER_TO_UINT (g_hash_table_lookup (mentions, node->actor));
    }
  self->mentions_dirty = FALSE;
}

/* Folds every actor and statement of the project from scratch. */
void
_ent_network_rebuild (EntNetwork *self)
{
  GListModel *statements = ent_project_get_statements (self->project);
  guint n = g_list_model_get_n_items (statements);

  g_array_set_size (self->ties, 0);
  g_hash_table_remove_all (self->pairs);
  g_hash_table_remove_all (self->contributions);
  g_hash_table_remove_all (self->node_index);
  g_array_set_size (self->nodes, 0);
  g_hash_table_remove_all (self->dirty);

  collect_nodes (self);
  index_nodes (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EntStatement) st = g_list_model_get_item (statements, i);

      add_contribution (self, st);
    }
  self->nodes_dirty = FALSE;
  self->mentions_dirty = FALSE;
  finish (self);
}

static int
compare_statement_ids (gconstpointer a,
                       gconstpointer b)
{
  return strcmp (ent_statement_get_id (*(EntStatement **)a), ent_statement_get_id (*(EntStatement **)b));
}

/* Re-folds only the statements that changed since the last update, in id
 * order so that the statements of a tie keep a reproducible order. */
void
_ent_network_apply_dirty (EntNetwork *self)
{
  g_autoptr(GPtrArray) dirty = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->dirty);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (dirty, key);
  g_ptr_array_sort (dirty, compare_statement_ids);
  for (guint i = 0; i < dirty->len; i++)
    {
      EntStatement *st = g_ptr_array_index (dirty, i);

      remove_contribution (self, st);
      if (ent_project_lookup_statement (self->project, ent_statement_get_id (st)) == st)
        add_contribution (self, st);
    }
  g_clear_pointer (&dirty, g_ptr_array_unref);
  g_hash_table_remove_all (self->dirty);
  finish (self);
}
