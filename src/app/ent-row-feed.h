/* ent-row-feed.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The held-back rows go in just after the other idle work: GLib runs
 * every ready source of one priority in the same pass, so a step at the
 * import's own priority would add its rows' cost to a chunk's. */
#define ENT_ROW_FEED_PRIORITY (G_PRIORITY_DEFAULT_IDLE + 10)

gboolean ent_row_feed_step (GListModel *model,
                            GPtrArray  *items,
                            GPtrArray  *pending,
                            guint       chunk);

G_END_DECLS
