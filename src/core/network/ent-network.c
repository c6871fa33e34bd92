/* ent-network.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ent-network-private.h"

enum
{
  PROP_0,
  PROP_LEVEL,
  PROP_MAX_CAMPS,
  N_PROPS
};

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (EntNetwork, ent_network, G_TYPE_OBJECT)

static void
node_clear (gpointer data)
{
  EntNetworkNode *node = data;

  g_clear_object (&node->actor);
}

static void
tie_clear (gpointer data)
{
  EntNetworkTie *tie = data;

  g_clear_pointer (&tie->statements, g_ptr_array_unref);
}

static void
unwatch_all (EntNetwork *self,
             GPtrArray  *mirror)
{
  for (guint i = 0; i < mirror->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (mirror, i), self);
  g_ptr_array_set_size (mirror, 0);
}

static void
ent_network_dispose (GObject *object)
{
  EntNetwork *self = (EntNetwork *)object;

  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->project, self);
      g_signal_handlers_disconnect_by_data (ent_project_get_statements (self->project), self);
      g_signal_handlers_disconnect_by_data (ent_project_get_actors (self->project), self);
      g_signal_handlers_disconnect_by_data (ent_project_get_view (self->project), self);
      unwatch_all (self, self->statements);
      unwatch_all (self, self->actors);
    }
  g_clear_object (&self->project);

  G_OBJECT_CLASS (ent_network_parent_class)->dispose (object);
}

static void
ent_network_finalize (GObject *object)
{
  EntNetwork *self = (EntNetwork *)object;

  g_clear_pointer (&self->ties, g_array_unref);
  g_clear_pointer (&self->pairs, g_hash_table_unref);
  g_clear_pointer (&self->contributions, g_hash_table_unref);
  g_clear_pointer (&self->node_index, g_hash_table_unref);
  g_clear_pointer (&self->nodes, g_array_unref);
  g_clear_pointer (&self->statements, g_ptr_array_unref);
  g_clear_pointer (&self->actors, g_ptr_array_unref);
  g_clear_pointer (&self->dirty, g_hash_table_unref);
  g_clear_pointer (&self->graph, ent_signed_graph_unref);
  g_clear_pointer (&self->camps, ent_camps_unref);
  g_clear_pointer (&self->measures, ent_measures_unref);
  g_clear_pointer (&self->positions, g_hash_table_unref);

  G_OBJECT_CLASS (ent_network_parent_class)->finalize (object);
}

static void
ent_network_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  EntNetwork *self = ENT_NETWORK (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      g_value_set_int (value, ent_network_get_level (self));
      break;
    case PROP_MAX_CAMPS:
      g_value_set_uint (value, ent_network_get_max_camps (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_network_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  EntNetwork *self = ENT_NETWORK (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      ent_network_set_level (self, g_value_get_int (value));
      break;
    case PROP_MAX_CAMPS:
      ent_network_set_max_camps (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_network_class_init (EntNetworkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ent_network_dispose;
  object_class->finalize = ent_network_finalize;
  object_class->get_property = ent_network_get_property;
  object_class->set_property = ent_network_set_property;

  properties[PROP_LEVEL] =
    g_param_spec_int ("level", NULL, NULL, ENT_NETWORK_LEVEL_STATE, ENT_NETWORK_LEVEL_ACTOR,
                      ENT_NETWORK_LEVEL_STATE, rw);
  properties[PROP_MAX_CAMPS] =
    g_param_spec_uint ("max-camps", NULL, NULL, 1, 16, ENT_CAMPS_DEFAULT_MAX, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EntNetwork::changed:
   *
   * Emitted once after the network has caught up with a change of its
   * project, or of its level or number of camps. Node and tie indices, the
   * graph, the camps and the measures may all have changed.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ent_network_init (EntNetwork *self)
{
  self->max_camps = ENT_CAMPS_DEFAULT_MAX;
  self->nodes = g_array_new (FALSE, TRUE, sizeof (EntNetworkNode));
  g_array_set_clear_func (self->nodes, node_clear);
  self->ties = g_array_new (FALSE, TRUE, sizeof (EntNetworkTie));
  g_array_set_clear_func (self->ties, tie_clear);
  self->node_index = g_hash_table_new (g_str_hash, g_str_equal);
  _ent_network_init_ties (self);
  self->statements = g_ptr_array_new_with_free_func (g_object_unref);
  self->actors = g_ptr_array_new_with_free_func (g_object_unref);
  self->dirty = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* Keeps the nodes' positions: pinned actors where the user put them, the
 * others where the last layout left them. */
static void
update_positions (EntNetwork *self)
{
  for (guint i = 0; i < self->nodes->len; i++)
    {
      EntNetworkNode *node = &g_array_index (self->nodes, EntNetworkNode, i);
      const double *xy = g_hash_table_lookup (self->positions, ent_actor_get_id (node->actor));

      if (ent_actor_get_pinned (node->actor))
        node->x = ent_actor_get_x (node->actor), node->y = ent_actor_get_y (node->actor);
      else if (xy != NULL)
        node->x = xy[0], node->y = xy[1];
    }
}

static void
on_statement_notify (EntStatement *st,
                     GParamSpec   *pspec,
                     EntNetwork   *self)
{
  g_hash_table_add (self->dirty, g_object_ref (st));
}

static void
on_actor_notify (EntActor   *actor,
                 GParamSpec *pspec,
                 EntNetwork *self)
{
  const char *name = g_param_spec_get_name (pspec);

  if (strcmp (name, "affiliation") == 0 || strcmp (name, "kind") == 0)
    self->nodes_dirty = TRUE;
  else if (strcmp (name, "mentions") == 0)
    self->mentions_dirty = TRUE;
}

/* Mirrors items-changed of one of the project's lists: the mirror tells
 * which objects went away, which the signal does not. */
static void
mirror_items_changed (EntNetwork *self,
                      GPtrArray  *mirror,
                      GListModel *model,
                      guint       position,
                      guint       removed,
                      guint       added,
                      GCallback   notify)
{
  for (guint i = position; i < position + removed; i++)
    {
      GObject *object = g_ptr_array_index (mirror, i);

      g_signal_handlers_disconnect_by_data (object, self);
      if (ENT_IS_STATEMENT (object))
        g_hash_table_add (self->dirty, g_object_ref (object));
    }
  g_ptr_array_remove_range (mirror, position, removed);
  for (guint i = 0; i < added; i++)
    {
      GObject *object = g_list_model_get_item (model, position + i);

      g_signal_connect (object, "notify", notify, self);
      if (ENT_IS_STATEMENT (object))
        g_hash_table_add (self->dirty, g_object_ref (object));
      g_ptr_array_insert (mirror, position + i, object);
    }
}

static void
on_statements_changed (GListModel *model,
                       guint       position,
                       guint       removed,
                       guint       added,
                       EntNetwork *self)
{
  mirror_items_changed (self, self->statements, model, position, removed, added,
                        G_CALLBACK (on_statement_notify));
}

static void
on_actors_changed (GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added,
                   EntNetwork *self)
{
  mirror_items_changed (self, self->actors, model, position, removed, added,
                        G_CALLBACK (on_actor_notify));
  self->nodes_dirty = TRUE;
}

/* A new date range changes which statements count: fold them all again. */
static void
on_view_notify (EntNetwork *self)
{
  self->nodes_dirty = TRUE;
}

/* Catches up with the project and announces it. */
static void
update (EntNetwork *self,
        gboolean    force)
{
  if (self->nodes_dirty)
    _ent_network_rebuild (self);
  else if (force || g_hash_table_size (self->dirty) > 0)
    _ent_network_apply_dirty (self);
  if (self->mentions_dirty)
    _ent_network_recount_mentions (self);
  update_positions (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
on_project_changed (EntProject *project,
                    EntNetwork *self)
{
  update (self, FALSE);
}

static void
follow_project (EntNetwork *self)
{
  GListModel *statements = ent_project_get_statements (self->project);
  GListModel *actors = ent_project_get_actors (self->project);

  g_signal_connect (self->project, "changed", G_CALLBACK (on_project_changed), self);
  g_signal_connect (statements, "items-changed", G_CALLBACK (on_statements_changed), self);
  g_signal_connect (actors, "items-changed", G_CALLBACK (on_actors_changed), self);
  g_signal_connect_swapped (ent_project_get_view (self->project), "notify",
                            G_CALLBACK (on_view_notify), self);
  on_statements_changed (statements, 0, 0, g_list_model_get_n_items (statements), self);
  on_actors_changed (actors, 0, 0, g_list_model_get_n_items (actors), self);
}

/**
 * ent_network_new:
 *
 * Builds the network of @project's accepted statements at @level, with two
 * camps; the network then follows the project's edits.
 *
 * Returns: (transfer full): a new network
 */
EntNetwork *
ent_network_new (EntProject      *project,
                 EntNetworkLevel  level)
{
  EntNetwork *self;

  g_return_val_if_fail (ENT_IS_PROJECT (project), NULL);

  self = g_object_new (ENT_TYPE_NETWORK, NULL);
  self->project = g_object_ref (project);
  self->level = level;
  follow_project (self);
  _ent_network_rebuild (self);
  update_positions (self);
  return self;
}

/* Returns: (transfer none): the project the network follows */
EntProject *
ent_network_get_project (EntNetwork *self)
{
  g_return_val_if_fail (ENT_IS_NETWORK (self), NULL);
  return self->project;
}

EntNetworkLevel
ent_network_get_level (EntNetwork *self)
{
  g_return_val_if_fail (ENT_IS_NETWORK (self), 0);
  return self->level;
}

/* Refolds the network at @level; emits ::changed. */
void
ent_network_set_level (EntNetwork      *self,
                       EntNetworkLevel  level)
{
  g_return_if_fail (ENT_IS_NETWORK (self));

  if (self->level == level)
    return;
  self->level = level;
  if (self->project != NULL)
    {
      self->nodes_dirty = TRUE;
      update (self, TRUE);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

guint
ent_network_get_max_camps (EntNetwork *self)
{
  g_return_val_if_fail (ENT_IS_NETWORK (self), 0);
  return self->max_camps;
}

/* Asks for up to @max_camps camps (2 by default); emits ::changed. */
void
ent_network_set_max_camps (EntNetwork *self,
                           guint       max_camps)
{
  g_return_if_fail (ENT_IS_NETWORK (self));
  g_return_if_fail (max_camps >= 1);

  if (self->max_camps == max_camps)
    return;
  self->max_camps = max_camps;
  if (self->project != NULL)
    update (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_CAMPS]);
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

/* Returns: the index of the node of the actor @actor_id, or -1 */
int
ent_network_find_node (EntNetwork *self,
                       const char *actor_id)
{
  g_return_val_if_fail (ENT_IS_NETWORK (self), -1);
  g_return_val_if_fail (actor_id != NULL, -1);
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

/* Returns: the index of the tie between nodes @a and @b, or -1 */
int
ent_network_find_tie (EntNetwork *self,
                      guint       a,
                      guint       b)
{
  guint lo = 0, hi;
  guint source = MIN (a, b), target = MAX (a, b);

  g_return_val_if_fail (ENT_IS_NETWORK (self), -1);

  hi = self->ties->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const EntNetworkTie *tie = &g_array_index (self->ties, EntNetworkTie, mid);

      if (tie->source == source && tie->target == target)
        return mid;
      if (tie->source < source || (tie->source == source && tie->target < target))
        lo = mid + 1;
      else
        hi = mid;
    }
  return -1;
}

/**
 * ent_network_get_graph:
 *
 * Returns: (transfer none): the immutable signed graph of the current
 *   state, numbered like the nodes; ties that cancel out are left out. Take
 *   a reference to keep it across changes.
 */
EntSignedGraph *
ent_network_get_graph (EntNetwork *self)
{
  g_return_val_if_fail (ENT_IS_NETWORK (self), NULL);
  return self->graph;
}

/* Returns: (transfer none): the camps of the current state */
EntCamps *
ent_network_get_camps (EntNetwork *self)
{
  g_return_val_if_fail (ENT_IS_NETWORK (self), NULL);
  return self->camps;
}

guint
ent_network_get_n_camps (EntNetwork *self)
{
  g_return_val_if_fail (ENT_IS_NETWORK (self), 0);
  return ent_camps_get_n_camps (self->camps);
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

/* Returns: the frustration index, see ent_camps_get_frustration() */
double
ent_network_get_frustration (EntNetwork *self)
{
  g_return_val_if_fail (ENT_IS_NETWORK (self), 0);
  return ent_camps_get_frustration (self->camps);
}

/**
 * ent_network_get_measures:
 *
 * Computes the measures on first use after a change, in the calling
 * thread; for big networks, prefer ent_measures_compute_async() on
 * ent_network_get_graph().
 *
 * Returns: (transfer none): the measures of the current state
 */
EntMeasures *
ent_network_get_measures (EntNetwork *self)
{
  g_return_val_if_fail (ENT_IS_NETWORK (self), NULL);

  if (self->measures == NULL)
    self->measures = ent_measures_compute (self->graph, self->camps);
  return self->measures;
}

/**
 * ent_network_create_layout:
 *
 * Prepares a layout of the current state: pinned actors are pinned, and
 * the others start where the last applied layout left them, so that an
 * edit moves the picture no more than needed.
 *
 * Returns: (transfer full): a new layout, not yet started
 */
EntLayout *
ent_network_create_layout (EntNetwork *self,
                           guint32     seed)
{
  EntLayout *layout;

  g_return_val_if_fail (ENT_IS_NETWORK (self), NULL);

  layout = ent_layout_new (self->graph, self->camps, seed);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      EntNetworkNode *node = &g_array_index (self->nodes, EntNetworkNode, i);

      if (ent_actor_get_pinned (node->actor))
        ent_layout_pin (layout, i, node->x, node->y);
      else if (g_hash_table_contains (self->positions, ent_actor_get_id (node->actor)))
        ent_layout_set_position (layout, i, node->x, node->y);
    }
  return layout;
}

/* Takes the positions of @layout, which must have been created from the
 * current state (the graph is compared to make sure). */
void
ent_network_apply_layout (EntNetwork *self,
                          EntLayout  *layout)
{
  g_return_if_fail (ENT_IS_NETWORK (self));
  g_return_if_fail (ENT_IS_LAYOUT (layout));
  g_return_if_fail (ent_layout_get_graph (layout) == self->graph);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      EntNetworkNode *node = &g_array_index (self->nodes, EntNetworkNode, i);
      double *xy = g_new (double, 2);

      ent_layout_get_position (layout, i, &xy[0], &xy[1]);
      g_hash_table_insert (self->positions, g_strdup (ent_actor_get_id (node->actor)), xy);
    }
  self->laid_out = TRUE;
  update_positions (self);
}

/* Lays the network out to convergence in the calling thread. */
void
ent_network_layout (EntNetwork *self,
                    guint32     seed)
{
  g_autoptr(EntLayout) layout = NULL;

  g_return_if_fail (ENT_IS_NETWORK (self));

  layout = ent_network_create_layout (self, seed);
  ent_layout_run (layout);
  ent_network_apply_layout (self, layout);
}

/* Whether a layout has been applied since the network was made. */
gboolean
ent_network_get_laid_out (EntNetwork *self)
{
  g_return_val_if_fail (ENT_IS_NETWORK (self), FALSE);
  return self->laid_out;
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
