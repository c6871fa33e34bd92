/* ent-feed-dialog.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ent-feed.h"

G_BEGIN_DECLS

#define ENT_TYPE_FEED_DIALOG (ent_feed_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EntFeedDialog, ent_feed_dialog, ENT, FEED_DIALOG, AdwWindow)

/*
 * Lists a feed's entries (title, date, summary) with a check box each, all
 * chosen at first. The feed is given, or loaded from the address the user
 * types. "feed.import" emits EntFeedDialog::import with the chosen entries
 * and closes the dialog; the caller fetches their pages.
 */
EntFeedDialog *ent_feed_dialog_new          (GtkWindow     *parent) G_GNUC_WARN_UNUSED_RESULT;
EntFeed       *ent_feed_dialog_get_feed     (EntFeedDialog *self);
const char    *ent_feed_dialog_get_error    (EntFeedDialog *self);
guint          ent_feed_dialog_get_n_chosen (EntFeedDialog *self);
GListModel    *ent_feed_dialog_dup_chosen   (EntFeedDialog *self) G_GNUC_WARN_UNUSED_RESULT;
void           ent_feed_dialog_set_feed     (EntFeedDialog *self,
                                             EntFeed       *feed);
void           ent_feed_dialog_set_chosen   (EntFeedDialog *self,
                                             guint          position,
                                             gboolean       chosen);
void           ent_feed_dialog_load         (EntFeedDialog *self,
                                             const char    *uri);

G_END_DECLS
