/* ent-deferred-model.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-deferred-model.h"
#include "ent-row-feed.h"

/* A list model that shows another one, except that, while deferred, the
 * items appended at its end are held back, and every interval_ms those
 * waiting are announced a few at a time (ent-row-feed.h: each new row in
 * view builds its widgets): a list view bound to it lays
 * itself out and redraws a few times a second during a long import, not
 * once per chunk of articles. Any other change (an item removed, inserted
 * or moved among those already shown) is passed on at once, with the
 * items held back, so that the view never shows an item that is gone. */

struct _EntDeferredModel
{
  GObject     parent_instance;

  GListModel *model;
  gulong      changed_id;
  guint       n_shown;      /* the first items of @model, the ones announced */
  guint       interval_ms;
  guint       source;       /* while deferred */
  guint       feed_source;  /* announcing the items held back */
};

static GType
get_item_type (GListModel *list)
{
  EntDeferredModel *self = ENT_DEFERRED_MODEL (list);

  return self->model ? g_list_model_get_item_type (self->model) : G_TYPE_OBJECT;
}

static guint
get_n_items (GListModel *list)
{
  return ENT_DEFERRED_MODEL (list)->n_shown;
}

static gpointer
get_item (GListModel *list,
          guint       position)
{
  EntDeferredModel *self = ENT_DEFERRED_MODEL (list);

  if (position >= self->n_shown)
    return NULL;
  return g_list_model_get_item (self->model, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (EntDeferredModel, ent_deferred_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static guint
model_n_items (EntDeferredModel *self)
{
  return self->model ? g_list_model_get_n_items (self->model) : 0;
}

/* Announces the items held back up to @n, the number shown after; items
 * are only ever held back at the end. */
static void
show_first (EntDeferredModel *self,
            guint             n)
{
  guint shown = self->n_shown;

  if (n <= shown)
    return;
  self->n_shown = n;
  g_list_model_items_changed (G_LIST_MODEL (self), shown, 0, n - shown);
}

/**
 * ent_deferred_model_flush:
 *
 * Announces the items held back, if any.
 */
void
ent_deferred_model_flush (EntDeferredModel *self)
{
  guint n, shown;

  g_return_if_fail (ENT_IS_DEFERRED_MODEL (self));

  g_clear_handle_id (&self->feed_source, g_source_remove);
  n = model_n_items (self);
  shown = self->n_shown;
  if (n >= shown)
    {
      show_first (self, n);
      return;
    }
  self->n_shown = n;
  g_list_model_items_changed (G_LIST_MODEL (self), n, shown - n, 0);
}

static gboolean
feed_cb (gpointer data)
{
  EntDeferredModel *self = data;
  guint n = model_n_items (self);

  show_first (self, MIN (n, self->n_shown + ent_row_feed_step_size (self->n_shown)));
  if (self->n_shown < n)
    return G_SOURCE_CONTINUE;
  self->feed_source = 0;
  return G_SOURCE_REMOVE;
}

/* Announces the items held back a few at a time. */
static void
start_feed (EntDeferredModel *self)
{
  if (self->feed_source == 0 && self->n_shown < model_n_items (self))
    self->feed_source = g_timeout_add_full (ENT_ROW_FEED_PRIORITY_DOCUMENTS,
                                            ENT_ROW_FEED_INTERVAL_MS, feed_cb, self, NULL);
}

/**
 * ent_deferred_model_show:
 * @position: an item of the model
 *
 * Announces the items held back up to and including @position, so that a
 * view can select it; the others keep coming a few at a time.
 */
void
ent_deferred_model_show (EntDeferredModel *self,
                         guint             position)
{
  g_return_if_fail (ENT_IS_DEFERRED_MODEL (self));

  show_first (self, MIN (position + 1, model_n_items (self)));
}

static void
items_changed_cb (GListModel       *model,
                  guint             position,
                  guint             removed,
                  guint             added,
                  EntDeferredModel *self)
{
  guint shown = self->n_shown;
  guint n = g_list_model_get_n_items (model);

  /* Only items after the ones shown changed: they wait. */
  if ((self->source != 0 || self->feed_source != 0) && position >= shown)
    return;

  /* Everything from @position on is announced again, as it is now. */
  if (position > shown)
    position = shown;
  g_clear_handle_id (&self->feed_source, g_source_remove);
  if (self->source == 0 && shown == n - added + removed)
    {
      self->n_shown = n;
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      return;
    }
  self->n_shown = n;
  g_list_model_items_changed (G_LIST_MODEL (self), position, shown - position, n - position);
}

static gboolean
tick_cb (gpointer data)
{
  start_feed (data);
  return G_SOURCE_CONTINUE;
}

static void
ent_deferred_model_dispose (GObject *object)
{
  EntDeferredModel *self = ENT_DEFERRED_MODEL (object);

  g_clear_handle_id (&self->source, g_source_remove);
  g_clear_handle_id (&self->feed_source, g_source_remove);
  g_clear_signal_handler (&self->changed_id, self->model);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (ent_deferred_model_parent_class)->dispose (object);
}

static void
ent_deferred_model_class_init (EntDeferredModelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ent_deferred_model_dispose;
}

static void
ent_deferred_model_init (EntDeferredModel *self)
{
}

/**
 * ent_deferred_model_new:
 * @model: (nullable): the model to show
 * @interval_ms: how often, while deferred, appended items are announced
 */
EntDeferredModel *
ent_deferred_model_new (GListModel *model,
                        guint       interval_ms)
{
  EntDeferredModel *self;

  g_return_val_if_fail (model == NULL || G_IS_LIST_MODEL (model), NULL);
  g_return_val_if_fail (interval_ms > 0, NULL);

  self = g_object_new (ENT_TYPE_DEFERRED_MODEL, NULL);
  self->interval_ms = interval_ms;
  ent_deferred_model_set_model (self, model);
  return self;
}

GListModel *
ent_deferred_model_get_model (EntDeferredModel *self)
{
  g_return_val_if_fail (ENT_IS_DEFERRED_MODEL (self), NULL);

  return self->model;
}

/* Shows @model, all of it at once, even while deferred. */
void
ent_deferred_model_set_model (EntDeferredModel *self,
                              GListModel       *model)
{
  guint shown;

  g_return_if_fail (ENT_IS_DEFERRED_MODEL (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (model == self->model)
    return;

  shown = self->n_shown;
  g_clear_handle_id (&self->feed_source, g_source_remove);
  g_clear_signal_handler (&self->changed_id, self->model);
  g_set_object (&self->model, model);
  if (model != NULL)
    self->changed_id = g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb),
                                         self);
  self->n_shown = model_n_items (self);
  if (shown > 0 || self->n_shown > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, shown, self->n_shown);
}

/* While deferred, items appended to the model are announced at intervals;
 * ending the deferral announces those still held back, a few at a time. */
void
ent_deferred_model_set_deferred (EntDeferredModel *self,
                                 gboolean          deferred)
{
  g_return_if_fail (ENT_IS_DEFERRED_MODEL (self));

  if (deferred == (self->source != 0))
    return;

  if (deferred)
    {
      self->source = g_timeout_add (self->interval_ms, tick_cb, self);
      return;
    }
  g_clear_handle_id (&self->source, g_source_remove);
  start_feed (self);
}

gboolean
ent_deferred_model_get_deferred (EntDeferredModel *self)
{
  g_return_val_if_fail (ENT_IS_DEFERRED_MODEL (self), FALSE);

  return self->source != 0;
}
