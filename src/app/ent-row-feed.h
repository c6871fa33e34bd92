/* ent-row-feed.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* New rows of a list model announced a few per main loop iteration. It
 * lives inside the model it feeds. */
typedef struct
{
  GListModel  *model;    /* not owned */
  GPtrArray  **items;    /* the model's rows */
  GPtrArray   *pending;  /* rows waiting, in order, after them */
  guint        source;
} EntRowFeed;

void       ent_row_feed_start (EntRowFeed  *feed,
                               GListModel  *model,
                               GPtrArray  **items,
                               GPtrArray   *pending);
GPtrArray *ent_row_feed_stop  (EntRowFeed  *feed) G_GNUC_WARN_UNUSED_RESULT;
void       ent_row_feed_clear (EntRowFeed  *feed);

/* Each row that comes into view builds its cells from their templates,
 * about half a millisecond a cell: thirty new rows at once would block
 * the window for a tenth of a second. */
#define ENT_ROW_FEED_CHUNK 8

G_END_DECLS
