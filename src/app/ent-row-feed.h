/* ent-row-feed.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean ent_row_feed_step (GListModel *model,
                            GPtrArray  *items,
                            GPtrArray  *pending,
                            guint       chunk);

G_END_DECLS
