/* ent-fetcher.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ENT_TYPE_FETCHER (ent_fetcher_get_type ())

#define ENT_FETCHER_MAX_REDIRECTS 5
#define ENT_FETCHER_DEFAULT_TIMEOUT_MS 20000
#define ENT_FETCHER_DEFAULT_MAX_SIZE (10 * 1024 * 1024)
#define ENT_FETCHER_USER_AGENT "Entente/" PACKAGE_VERSION " (+https://github.com/entente/entente)"

G_DECLARE_FINAL_TYPE (EntFetcher, ent_fetcher, ENT, FETCHER, GObject)

/*
 * Downloads web pages and feeds over http and https with libsoup 3: at most
 * ENT_FETCHER_MAX_REDIRECTS redirects (each must stay on http or https), a
 * deadline for the whole exchange (:timeout, in milliseconds) and a cap on
 * the body (:max-size, in bytes; reading stops as soon as the body passes
 * it). Errors are in ENT_IMPORT_ERROR and their messages name the address.
 *
 * Use one fetcher from the thread that created it; the async calls run on
 * the thread-default main context of the caller. The sync variant runs the
 * same code on a private main context and may be called from any thread
 * that does not share the fetcher with a running async call.
 */
EntFetcher *ent_fetcher_new              (void) G_GNUC_WARN_UNUSED_RESULT;
guint       ent_fetcher_get_timeout      (EntFetcher           *self);
gsize       ent_fetcher_get_max_size     (EntFetcher           *self);
void        ent_fetcher_set_timeout      (EntFetcher           *self,
                                          guint                 timeout_ms);
void        ent_fetcher_set_max_size     (EntFetcher           *self,
                                          gsize                 max_size);
gboolean    ent_fetcher_check_uri        (const char           *uri,
                                          GError              **error);
void        ent_fetcher_fetch_async      (EntFetcher           *self,
                                          const char           *uri,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
GBytes     *ent_fetcher_fetch_finish     (EntFetcher           *self,
                                          GAsyncResult         *result,
                                          char                **content_type,
                                          char                **charset,
                                          char                **final_uri,
                                          GError              **error) G_GNUC_WARN_UNUSED_RESULT;
GBytes     *ent_fetcher_fetch            (EntFetcher           *self,
                                          const char           *uri,
                                          GCancellable         *cancellable,
                                          char                **content_type,
                                          char                **charset,
                                          char                **final_uri,
                                          GError              **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
