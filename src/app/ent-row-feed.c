/* ent-row-feed.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-row-feed.h"

/**
 * ent_row_feed_step:
 * @model: the list model that shows @items
 * @items: the model's rows
 * @pending: rows still to be added, in order
 * @chunk: how many to add now
 *
 * Many new rows at once would make a list view build all their widgets in
 * one frame; the side panel's models add them a few per main loop
 * iteration instead. This moves the next @chunk rows from @pending to the
 * end of @items and announces them.
 *
 * Returns: whether rows are still pending
 */
gboolean
ent_row_feed_step (GListModel *model,
                   GPtrArray  *items,
                   GPtrArray  *pending,
                   guint       chunk)
{
  guint position = items->len;
  guint n = MIN (chunk, pending->len);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_object_ref (g_ptr_array_index (pending, i)));
  g_ptr_array_remove_range (pending, 0, n);
  g_list_model_items_changed (model, position, 0, n);
  return pending->len > 0;
}
