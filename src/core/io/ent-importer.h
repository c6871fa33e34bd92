/* ent-importer.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ent-feed.h"
#include "ent-fetcher.h"
#include "ent-project.h"

G_BEGIN_DECLS

#define ENT_TYPE_IMPORTER (ent_importer_get_type ())
#define ENT_IMPORTER_DEFAULT_PARALLEL 4

typedef enum
{
  ENT_IMPORT_KIND_UNKNOWN,
  ENT_IMPORT_KIND_TEXT,
  ENT_IMPORT_KIND_HTML,
  ENT_IMPORT_KIND_FEED,
} EntImportKind;

G_DECLARE_FINAL_TYPE (EntImporter, ent_importer, ENT, IMPORTER, GObject)

/*
 * The one way in for articles: files (text, HTML, feeds), http(s)
 * addresses (pages and feeds) and chosen feed entries. The content type,
 * else the file name, else the first bytes decide the importer.
 *
 * The importer never changes @project: it reads it for new document ids
 * and to leave out duplicates (same canonical URL or same text as a
 * document of the project, or as another document of the same import).
 * The caller adds the returned documents, for example in one undo group.
 * Parsing runs in worker threads; fetching runs on the caller's
 * thread-default main context, at most :max-parallel pages at once.
 * EntImporter::progress reports (done, total) pages of a batch.
 */
EntImporter   *ent_importer_new                  (EntProject           *project) G_GNUC_WARN_UNUSED_RESULT;
EntFetcher    *ent_importer_get_fetcher          (EntImporter          *self);
guint          ent_importer_get_max_parallel     (EntImporter          *self);
void           ent_importer_set_max_parallel     (EntImporter          *self,
                                                  guint                 max_parallel);
EntImportKind  ent_import_guess_kind             (const char           *content_type,
                                                  const char           *name,
                                                  const char           *data,
                                                  gsize                 length);
EntDocument   *ent_import_data                   (const char           *data,
                                                  gsize                 length,
                                                  const char           *content_type,
                                                  const char           *charset,
                                                  const char           *name,
                                                  const char           *id,
                                                  GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void           ent_importer_import_uri_async     (EntImporter          *self,
                                                  const char           *uri,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
GPtrArray     *ent_importer_import_uri_finish    (EntImporter          *self,
                                                  GAsyncResult         *result,
                                                  GPtrArray           **failures,
                                                  GError              **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray     *ent_importer_import_uri           (EntImporter          *self,
                                                  const char           *uri,
                                                  GCancellable         *cancellable,
                                                  GPtrArray           **failures,
                                                  GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void           ent_importer_import_file_async    (EntImporter          *self,
                                                  GFile                *file,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
GPtrArray     *ent_importer_import_file_finish   (EntImporter          *self,
                                                  GAsyncResult         *result,
                                                  GPtrArray           **failures,
                                                  GError              **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray     *ent_importer_import_file          (EntImporter          *self,
                                                  GFile                *file,
                                                  GCancellable         *cancellable,
                                                  GPtrArray           **failures,
                                                  GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void           ent_importer_import_entries_async (EntImporter          *self,
                                                  GListModel           *entries,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
GPtrArray     *ent_importer_import_entries_finish (EntImporter         *self,
                                                  GAsyncResult         *result,
                                                  GPtrArray           **failures,
                                                  GError              **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
