/* ent-feed.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ent-fetcher.h"

G_BEGIN_DECLS

#define ENT_TYPE_FEED (ent_feed_get_type ())
#define ENT_TYPE_FEED_ENTRY (ent_feed_entry_get_type ())

G_DECLARE_FINAL_TYPE (EntFeed, ent_feed, ENT, FEED, GObject)
G_DECLARE_FINAL_TYPE (EntFeedEntry, ent_feed_entry, ENT, FEED_ENTRY, GObject)

/*
 * An RSS 2.0, RSS 1.0 or Atom feed: its title and its entries, in the
 * feed's order, as a list model of EntFeedEntry for a chooser. Parsing is
 * strict (a feed that is not well-formed XML is refused, naming line and
 * column), never loads DTDs, external entities or the network, and stops
 * at libxml2's entity-amplification limits. Parsing is thread-safe; the
 * objects are immutable once returned.
 */
EntFeed      *ent_feed_parse                (const char           *data,
                                             gsize                 length,
                                             const char           *uri,
                                             GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean      ent_feed_sniff                (const char           *data,
                                             gsize                 length);
gboolean      ent_feed_is_feed_type         (const char           *content_type);
void          ent_feed_fetch_async          (EntFetcher           *fetcher,
                                             const char           *uri,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
EntFeed      *ent_feed_fetch_finish         (GAsyncResult         *result,
                                             GError              **error) G_GNUC_WARN_UNUSED_RESULT;
EntFeed      *ent_feed_fetch                (EntFetcher           *fetcher,
                                             const char           *uri,
                                             GCancellable         *cancellable,
                                             GError              **error) G_GNUC_WARN_UNUSED_RESULT;
const char   *ent_feed_get_title            (EntFeed              *self);
const char   *ent_feed_get_uri              (EntFeed              *self);
GListModel   *ent_feed_get_entries          (EntFeed              *self);
guint         ent_feed_get_n_entries        (EntFeed              *self);

const char   *ent_feed_entry_get_title      (EntFeedEntry         *self);
const char   *ent_feed_entry_get_link       (EntFeedEntry         *self);
const char   *ent_feed_entry_get_summary    (EntFeedEntry         *self);
const char   *ent_feed_entry_get_author     (EntFeedEntry         *self);
GDateTime    *ent_feed_entry_get_published  (EntFeedEntry         *self);

G_END_DECLS
