/* ent-position-model.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-position-item.h"
#include "ent-position-model.h"
#include "ent-row-feed.h"

struct _EntPositionModel
{
  GObject       parent_instance;

  EntProject   *project;
  GSignalGroup *project_signals;
  GPtrArray    *items;  /* EntPositionItem */

  /* While the project changes in quick succession (a large import), the
   * rows follow at most every DEFERRED_INTERVAL_MS. */
  guint         deferred : 1;
  guint         refresh_source;

  /* While deferred, rows appended in large numbers are announced a few at
   * a time (see hold_back()): these wait, in order, after @items. */
  EntRowFeed    feed;
};

#define DEFERRED_INTERVAL_MS 500

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (EntPositionModel, ent_position_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static EntPositionItem *
find_item (GHashTable   *by_statement,
           EntStatement *statement)
{
  EntPositionItem *item = g_hash_table_lookup (by_statement, statement);

  return item ? g_object_ref (item) : ent_position_item_new (statement);
}

/* Announces what changed between @old and the new items: the whole list
 * when an item that stays changed (sorting and filtering then see the new
 * names and states), else only the range between the unchanged start and
 * end, so that an import, which appends, costs only its own rows. */
static void
announce (EntPositionModel *self,
          GPtrArray        *old,
          gboolean          items_changed)
{
  GPtrArray *items = self->items;
  guint prefix = 0, suffix = 0;

  if (!items_changed)
    {
      while (prefix < old->len && prefix < items->len &&
             g_ptr_array_index (old, prefix) == g_ptr_array_index (items, prefix))
        prefix++;
      while (suffix < old->len - prefix && suffix < items->len - prefix &&
             g_ptr_array_index (old, old->len - 1 - suffix) ==
             g_ptr_array_index (items, items->len - 1 - suffix))
        suffix++;
    }
  if (old->len - prefix - suffix > 0 || items->len - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, old->len - prefix - suffix,
                                items->len - prefix - suffix);
}

/* While deferred, of many rows appended after @old only the first
 * @at_once are announced now; the others wait in @pending for the next
 * iterations of the main loop. */
static void
hold_back (EntPositionModel *self,
           GPtrArray        *old,
           gboolean          items_changed,
           guint             at_once)
{
  guint keep = old->len + at_once;
  GPtrArray *pending;

  if (items_changed || self->items->len <= keep)
    return;
  for (guint i = 0; i < old->len; i++)
    if (g_ptr_array_index (old, i) != g_ptr_array_index (self->items, i))
      return;

  pending = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = keep; i < self->items->len; i++)
    g_ptr_array_add (pending, g_object_ref (g_ptr_array_index (self->items, i)));
  g_ptr_array_set_size (self->items, keep);
  ent_row_feed_start (&self->feed, G_LIST_MODEL (self), &self->items, pending,
                      ENT_ROW_FEED_PRIORITY_POSITIONS);
}

static void
index_items (GHashTable *by_statement,
             GPtrArray  *items)
{
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      EntPositionItem *item = g_ptr_array_index (items, i);

      g_hash_table_insert (by_statement, ent_position_item_get_statement (item), item);
    }
}

/* Builds the new rows, reusing the item of every statement still there; a
 * selected item that stays is kept selected. With @at_once, or while
 * deferred or while rows are still being fed, many new rows come a few at
 * a time: @at_once of them now, or if 0, as many as
 * ent_row_feed_at_once() gives. */
static void
refresh (EntPositionModel *self,
         guint             at_once)
{
  g_autoptr(GHashTable) by_statement = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) old = g_steal_pointer (&self->items);
  g_autoptr(GPtrArray) pending = ent_row_feed_stop (&self->feed);
  GListModel *statements = self->project ? ent_project_get_statements (self->project) : NULL;
  guint n_statements = statements ? g_list_model_get_n_items (statements) : 0;
  gboolean items_changed = FALSE;

  index_items (by_statement, old);
  index_items (by_statement, pending);

  self->items = g_ptr_array_new_full (n_statements, g_object_unref);
  for (guint i = 0; i < n_statements; i++)
    {
      g_autoptr(EntStatement) statement = g_list_model_get_item (statements, i);
      gboolean known = g_hash_table_contains (by_statement, statement);
      EntPositionItem *item = find_item (by_statement, statement);

      if (ent_position_item_update (item, self->project) && known)
        items_changed = TRUE;
      g_ptr_array_add (self->items, item);
    }

  if (at_once > 0 || self->deferred || pending != NULL)
    hold_back (self, old, items_changed,
               at_once > 0 ? at_once : ent_row_feed_at_once (self->deferred));
  announce (self, old, items_changed);
}

static gboolean
deferred_refresh_cb (gpointer data)
{
  EntPositionModel *self = data;

  self->refresh_source = 0;
  /* While deferred, and when the deferral ends after an import, the new
   * rows come a chunk at a time: each builds its widgets. */
  refresh (self, ENT_ROW_FEED_CHUNK);
  return G_SOURCE_REMOVE;
}

static void
project_changed_cb (EntPositionModel *self)
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
ent_position_model_get_item_type (GListModel *model)
{
  return ENT_TYPE_POSITION_ITEM;
}

static guint
ent_position_model_get_n_items (GListModel *model)
{
  return ENT_POSITION_MODEL (model)->items->len;
}

static gpointer
ent_position_model_get_item (GListModel *model,
                             guint       position)
{
  EntPositionModel *self = ENT_POSITION_MODEL (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ent_position_model_get_item_type;
  iface->get_n_items = ent_position_model_get_n_items;
  iface->get_item = ent_position_model_get_item;
}

static void
ent_position_model_dispose (GObject *object)
{
  EntPositionModel *self = ENT_POSITION_MODEL (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  ent_row_feed_clear (&self->feed);
  if (self->project_signals != NULL)
    g_signal_group_set_target (self->project_signals, NULL);
  g_clear_object (&self->project_signals);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (ent_position_model_parent_class)->dispose (object);
}

static void
ent_position_model_finalize (GObject *object)
{
  EntPositionModel *self = ENT_POSITION_MODEL (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (ent_position_model_parent_class)->finalize (object);
}

static void
ent_position_model_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  EntPositionModel *self = ENT_POSITION_MODEL (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, ent_position_model_get_project (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_position_model_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  EntPositionModel *self = ENT_POSITION_MODEL (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ent_position_model_set_project (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_position_model_class_init (EntPositionModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ent_position_model_dispose;
  object_class->finalize = ent_position_model_finalize;
  object_class->get_property = ent_position_model_get_property;
  object_class->set_property = ent_position_model_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         ENT_TYPE_PROJECT,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ent_position_model_init (EntPositionModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->project_signals = g_signal_group_new (ENT_TYPE_PROJECT);
  g_signal_group_connect_swapped (self->project_signals, "changed",
                                  G_CALLBACK (project_changed_cb), self);
}

EntPositionModel *
ent_position_model_new (void)
{
  return g_object_new (ENT_TYPE_POSITION_MODEL, NULL);
}

EntProject *
ent_position_model_get_project (EntPositionModel *self)
{
  g_return_val_if_fail (ENT_IS_POSITION_MODEL (self), NULL);

  return self->project;
}

void
ent_position_model_set_project (EntPositionModel *self,
                                EntProject       *project)
{
  g_return_if_fail (ENT_IS_POSITION_MODEL (self));
  g_return_if_fail (!project || ENT_IS_PROJECT (project));

  if (!g_set_object (&self->project, project))
    return;

  g_signal_group_set_target (self->project_signals, project);
  refresh (self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * ent_position_model_set_deferred:
 * @deferred: whether the rows may lag behind the project
 *
 * Refreshing every row after each of many quick changes would keep the
 * main loop busy; while deferred, the rows follow the project at most
 * twice a second. Ending the deferral brings them up to date: changed
 * rows at once, many new ones a few at a time, as while deferred.
 */
void
ent_position_model_set_deferred (EntPositionModel *self,
                                 gboolean          deferred)
{
  g_return_if_fail (ENT_IS_POSITION_MODEL (self));

  self->deferred = !!deferred;
  /* The rows catch up in a pass of their own, not in the one that ends
   * the deferral, which has other views to bring up to date. */
  if (!deferred && self->refresh_source != 0)
    {
      g_source_remove (self->refresh_source);
      self->refresh_source = g_idle_add (deferred_refresh_cb, self);
    }
}
