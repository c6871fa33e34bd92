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
                               GPtrArray   *pending,
                               int          priority);
GPtrArray *ent_row_feed_stop  (EntRowFeed  *feed) G_GNUC_WARN_UNUSED_RESULT;
void       ent_row_feed_clear (EntRowFeed  *feed);

/* Each row that comes into view builds and measures its cells, 2 to 4 ms
 * of the main thread's time on a slow machine: eight rows at once blocked
 * the window for 30 ms. A step of ENT_ROW_FEED_CHUNK rows runs at most
 * every ENT_ROW_FEED_INTERVAL_MS, about once a frame, so that the steps
 * of several lists between two frames do not pile up in the next one. */
#define ENT_ROW_FEED_CHUNK 4
#define ENT_ROW_FEED_ARTICLE 32
#define ENT_ROW_FEED_INTERVAL_MS 16

/* The steps go in just after the other idle work: GLib runs every ready
 * source of one priority in the same pass, so a step at an import's own
 * priority would add its rows' cost to a chunk's. For the same reason
 * each list feeds at a priority of its own: the steps of the actors, the
 * positions and the documents, due together, run in passes of their own. */
#define ENT_ROW_FEED_PRIORITY (G_PRIORITY_DEFAULT_IDLE + 10)
#define ENT_ROW_FEED_PRIORITY_ACTORS ENT_ROW_FEED_PRIORITY
#define ENT_ROW_FEED_PRIORITY_POSITIONS (ENT_ROW_FEED_PRIORITY + 1)
#define ENT_ROW_FEED_PRIORITY_DOCUMENTS (ENT_ROW_FEED_PRIORITY + 2)

/* A list view keeps widgets for at most 200 rows around what it shows
 * (GtkListView's GTK_LIST_VIEW_MAX_LIST_ITEMS in GTK 4.8): past that many
 * rows, new ones at the end build nothing, and go in by the thousand. */
#define ENT_ROW_FEED_WIDGETS_MAX 256
#define ENT_ROW_FEED_BULK 1024

guint ent_row_feed_step_size (guint n_shown);
guint ent_row_feed_at_once   (gboolean deferred);

G_END_DECLS
