/* ent-row-feed.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-row-feed.h"

/* How many rows go in at the next step, with @n_shown already in. */
guint
ent_row_feed_step_size (guint n_shown)
{
  return n_shown < ENT_ROW_FEED_WIDGETS_MAX ? ENT_ROW_FEED_CHUNK : ENT_ROW_FEED_BULK;
}

/* How many new rows a refresh shows at once before feeding the others:
 * outside an import (not @deferred), an article's worth, so that an edit
 * or an undo shows its rows in the frame that follows it. */
guint
ent_row_feed_at_once (gboolean deferred)
{
  return deferred ? ENT_ROW_FEED_CHUNK : ENT_ROW_FEED_ARTICLE;
}

/* Moves the next rows from @pending to the end of the model's rows and
 * announces them, until none wait. */
static gboolean
step_cb (gpointer data)
{
  EntRowFeed *feed = data;
  GPtrArray *items = *feed->items;
  guint position = items->len;
  guint n = MIN (ent_row_feed_step_size (position), feed->pending->len);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_object_ref (g_ptr_array_index (feed->pending, i)));
  g_ptr_array_remove_range (feed->pending, 0, n);
  g_list_model_items_changed (feed->model, position, 0, n);
  if (feed->pending->len > 0)
    return G_SOURCE_CONTINUE;

  feed->source = 0;
  g_clear_pointer (&feed->pending, g_ptr_array_unref);
  return G_SOURCE_REMOVE;
}

/**
 * ent_row_feed_start:
 * @items: where @model keeps its rows
 * @pending: (transfer full): the rows to add after them, in order
 * @priority: the steps' main loop priority, one of ENT_ROW_FEED_PRIORITY_*
 *
 * Many new rows at once would make a list view build all their widgets in
 * one frame; the side panel's models add them a few per main loop
 * iteration instead. The feed must be stopped before @model goes away or
 * replaces its rows.
 */
void
ent_row_feed_start (EntRowFeed  *feed,
                    GListModel  *model,
                    GPtrArray  **items,
                    GPtrArray   *pending,
                    int          priority)
{
  g_return_if_fail (feed->source == 0 && feed->pending == NULL);

  feed->model = model;
  feed->items = items;
  feed->pending = pending;
  feed->source = g_timeout_add_full (priority, ENT_ROW_FEED_INTERVAL_MS, step_cb, feed, NULL);
}

/**
 * ent_row_feed_stop:
 *
 * Returns: (transfer full) (nullable): the rows that were still waiting
 */
GPtrArray *
ent_row_feed_stop (EntRowFeed *feed)
{
  g_clear_handle_id (&feed->source, g_source_remove);
  return g_steal_pointer (&feed->pending);
}

/* Stops @feed and drops the rows still waiting. */
void
ent_row_feed_clear (EntRowFeed *feed)
{
  g_clear_handle_id (&feed->source, g_source_remove);
  g_clear_pointer (&feed->pending, g_ptr_array_unref);
}
