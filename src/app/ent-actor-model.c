/* ent-actor-model.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-actor-item.h"
#include "ent-actor-model.h"
#include "ent-row-feed.h"

struct _EntActorModel
{
  GObject       parent_instance;

  EntNetwork   *network;
  GSignalGroup *network_signals;
  GPtrArray    *items;  /* EntActorItem */

  /* While the network changes in quick succession (a large import), the
   * rows follow at most every DEFERRED_INTERVAL_MS. */
  guint         deferred : 1;
  guint         refresh_source;

  /* While deferred, new rows are announced a few at a time (see
   * hold_back()): these wait, in order, after @items. */
  EntRowFeed    feed;
};

#define DEFERRED_INTERVAL_MS 500

enum {
  PROP_0,
  PROP_NETWORK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (EntActorModel, ent_actor_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static EntActorItem *
find_item (GHashTable *by_actor,
           EntActor   *actor)
{
  EntActorItem *item = by_actor ? g_hash_table_lookup (by_actor, actor) : NULL;

  return item ? g_object_ref (item) : ent_actor_item_new (actor);
}

/* While deferred, the rows that stay keep their order and the new ones
 * follow them, only the first @at_once announced now; the others wait in
 * @pending for the next iterations of the main loop. */
static void
hold_back (EntActorModel *self,
           GPtrArray     *old,
           guint          at_once)
{
  g_autoptr(GHashTable) was = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) is = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) items = g_steal_pointer (&self->items);
  GPtrArray *fresh = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < old->len; i++)
    g_hash_table_add (was, g_ptr_array_index (old, i));
  for (guint i = 0; i < items->len; i++)
    g_hash_table_add (is, g_ptr_array_index (items, i));

  self->items = g_ptr_array_new_full (items->len, g_object_unref);
  for (guint i = 0; i < old->len; i++)
    if (g_hash_table_contains (is, g_ptr_array_index (old, i)))
      g_ptr_array_add (self->items, g_object_ref (g_ptr_array_index (old, i)));
  for (guint i = 0; i < items->len; i++)
    if (!g_hash_table_contains (was, g_ptr_array_index (items, i)))
      g_ptr_array_add (self->items->len < old->len + at_once ? self->items : fresh,
                       g_object_ref (g_ptr_array_index (items, i)));

  if (fresh->len == 0)
    {
      g_ptr_array_unref (fresh);
      return;
    }
  ent_row_feed_start (&self->feed, G_LIST_MODEL (self), &self->items, fresh,
                      ENT_ROW_FEED_PRIORITY_ACTORS);
}

static void
index_items (GHashTable *by_actor,
             GPtrArray  *items)
{
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      EntActorItem *item = g_ptr_array_index (items, i);

      g_hash_table_insert (by_actor, ent_actor_item_get_actor (item), item);
    }
}

/* Builds the new rows, reusing the item of every actor still there, and
 * announces the whole list as changed: sorting and filtering then see the
 * new names and figures, and a selected item that stays is kept selected.
 * With @at_once, or while deferred or while rows are still being fed, many
 * new rows come a few at a time: @at_once of them now, or if 0, as many
 * as ent_row_feed_at_once() gives. */
static void
refresh (EntActorModel *self,
         guint          at_once)
{
  g_autoptr(GHashTable) by_actor = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) old = g_steal_pointer (&self->items);
  g_autoptr(GPtrArray) pending = ent_row_feed_stop (&self->feed);
  guint n_nodes = self->network ? ent_network_get_n_nodes (self->network) : 0;
  EntMeasures *measures = n_nodes ? ent_network_get_measures (self->network) : NULL;

  index_items (by_actor, old);
  index_items (by_actor, pending);

  self->items = g_ptr_array_new_full (n_nodes, g_object_unref);
  for (guint i = 0; i < n_nodes; i++)
    {
      const EntNetworkNode *node = ent_network_get_node (self->network, i);
      const EntNodeMeasures *m = ent_measures_get_node (measures, i);
      EntActorItem *item = find_item (by_actor, node->actor);

      ent_actor_item_update (item, node->mentions, m->allies, m->opponents, node->camp);
      g_ptr_array_add (self->items, item);
    }

  if (at_once > 0 || self->deferred || pending != NULL)
    hold_back (self, old, at_once > 0 ? at_once : ent_row_feed_at_once (self->deferred));
  if (old->len > 0 || self->items->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old->len, self->items->len);
}

static gboolean
deferred_refresh_cb (gpointer data)
{
  EntActorModel *self = data;

  self->refresh_source = 0;
  /* While deferred, and when the deferral ends after an import, the new
   * rows come a chunk at a time: each builds its widgets. */
  refresh (self, ENT_ROW_FEED_CHUNK);
  return G_SOURCE_REMOVE;
}

static void
network_changed_cb (EntActorModel *self)
{
  /* Many new rows (after an import) come a few at a time even then. */
  if (!self->deferred)
    {
      g_clear_handle_id (&self->refresh_source, g_source_remove);
      refresh (self, ent_row_feed_at_once (FALSE));
    }
  else if (self->refresh_source == 0)
    self->refresh_source = g_timeout_add (DEFERRED_INTERVAL_MS, deferred_refresh_cb, self);
}

static GType
ent_actor_model_get_item_type (GListModel *model)
{
  return ENT_TYPE_ACTOR_ITEM;
}

static guint
ent_actor_model_get_n_items (GListModel *model)
{
  return ENT_ACTOR_MODEL (model)->items->len;
}

static gpointer
ent_actor_model_get_item (GListModel *model,
                          guint       position)
{
  EntActorModel *self = ENT_ACTOR_MODEL (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ent_actor_model_get_item_type;
  iface->get_n_items = ent_actor_model_get_n_items;
  iface->get_item = ent_actor_model_get_item;
}

static void
ent_actor_model_dispose (GObject *object)
{
  EntActorModel *self = ENT_ACTOR_MODEL (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  ent_row_feed_clear (&self->feed);
  if (self->network_signals != NULL)
    g_signal_group_set_target (self->network_signals, NULL);
  g_clear_object (&self->network_signals);
  g_clear_object (&self->network);

  G_OBJECT_CLASS (ent_actor_model_parent_class)->dispose (object);
}

static void
ent_actor_model_finalize (GObject *object)
{
  EntActorModel *self = ENT_ACTOR_MODEL (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (ent_actor_model_parent_class)->finalize (object);
}

static void
ent_actor_model_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  EntActorModel *self = ENT_ACTOR_MODEL (object);

  switch (prop_id)
    {
    case PROP_NETWORK:
      g_value_set_object (value, ent_actor_model_get_network (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_actor_model_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  EntActorModel *self = ENT_ACTOR_MODEL (object);

  switch (prop_id)
    {
    case PROP_NETWORK:
      ent_actor_model_set_network (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_actor_model_class_init (EntActorModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ent_actor_model_dispose;
  object_class->finalize = ent_actor_model_finalize;
  object_class->get_property = ent_actor_model_get_property;
  object_class->set_property = ent_actor_model_set_property;

  properties[PROP_NETWORK] =
    g_param_spec_object ("network", NULL, NULL,
                         ENT_TYPE_NETWORK,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ent_actor_model_init (EntActorModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->network_signals = g_signal_group_new (ENT_TYPE_NETWORK);
  g_signal_group_connect_swapped (self->network_signals, "changed",
                                  G_CALLBACK (network_changed_cb), self);
}

EntActorModel *
ent_actor_model_new (void)
{
  return g_object_new (ENT_TYPE_ACTOR_MODEL, NULL);
}

EntNetwork *
ent_actor_model_get_network (EntActorModel *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR_MODEL (self), NULL);

  return self->network;
}

void
ent_actor_model_set_network (EntActorModel *self,
                             EntNetwork    *network)
{
  g_return_if_fail (ENT_IS_ACTOR_MODEL (self));
  g_return_if_fail (!network || ENT_IS_NETWORK (network));

  if (!g_set_object (&self->network, network))
    return;

  g_signal_group_set_target (self->network_signals, network);
  refresh (self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NETWORK]);
}

/**
 * ent_actor_model_set_deferred:
 * @deferred: whether the rows may lag behind the network
 *
 * While deferred, the rows follow the network at most twice a second;
 * ending the deferral brings them up to date: changed rows at once, many
 * new ones a few at a time, as while deferred.
 */
void
ent_actor_model_set_deferred (EntActorModel *self,
                              gboolean       deferred)
{
  g_return_if_fail (ENT_IS_ACTOR_MODEL (self));

  self->deferred = !!deferred;
  /* The rows catch up in a pass of their own, not in the one that ends
   * the deferral, which has other views to bring up to date. */
  if (!deferred && self->refresh_source != 0)
    {
      g_source_remove (self->refresh_source);
      /* Below the position model's, so the two do not share a pass. */
      self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE + 1, deferred_refresh_cb,
                                              self, NULL);
    }
}
