/* fuzz-feed.c — libFuzzer target: the RSS and Atom parser
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-core.h"
#include "ent-feed.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntFeed) feed = ent_feed_parse ((const char *)data, size, "https://example.org/feed", &error);

  if (feed != NULL)
    {
      GListModel *entries = ent_feed_get_entries (feed);

      for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
        {
          g_autoptr(EntFeedEntry) entry = g_list_model_get_item (entries, i);
          const char *title = ent_feed_entry_get_title (entry);

          g_assert_true (title == NULL || g_utf8_validate (title, -1, NULL));
        }
    }
  else
    g_assert_nonnull (error);
  return 0;
}
