/* ent-project-file.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ent-project.h"

G_BEGIN_DECLS

#define ENT_PROJECT_FILE_ERROR (ent_project_file_error_quark ())
#define ENT_PROJECT_FILE_FORMAT "entente-project"
#define ENT_PROJECT_FILE_VERSION 1

typedef enum
{
  ENT_PROJECT_FILE_ERROR_SYNTAX,   /* not JSON */
  ENT_PROJECT_FILE_ERROR_FORMAT,   /* JSON, but not an Entente project */
  ENT_PROJECT_FILE_ERROR_VERSION,  /* written by a newer Entente */
  ENT_PROJECT_FILE_ERROR_INVALID,  /* wrong types, dangling ids, bad offsets */
} EntProjectFileError;

GQuark      ent_project_file_error_quark  (void);

/*
 * Loading builds a new project and never touches another one, so an open
 * project is unchanged when a load fails. The returned project has its file
 * set, an empty history and is unmodified.
 */
EntProject *ent_project_file_load         (GFile               *file,
                                           GCancellable        *cancellable,
                                           GError             **error) G_GNUC_WARN_UNUSED_RESULT;
EntProject *ent_project_file_load_data    (const char          *data,
                                           gsize                length,
                                           GError             **error) G_GNUC_WARN_UNUSED_RESULT;
void        ent_project_file_load_async   (GFile               *file,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
EntProject *ent_project_file_load_finish  (GAsyncResult        *result,
                                           GError             **error) G_GNUC_WARN_UNUSED_RESULT;

/*
 * Saving writes a temporary file beside @file and renames it over @file, so
 * the old file stays intact when writing fails (full disk, read-only
 * folder). It does not change the project: the caller marks it saved and
 * sets its file on success.
 */
GBytes     *ent_project_file_serialize    (EntProject          *project) G_GNUC_WARN_UNUSED_RESULT;

/* What ent_project_file_serialize() writes, copied on the project's thread
 * and serialised on any. */
typedef struct _EntProjectSnapshot EntProjectSnapshot;

EntProjectSnapshot *ent_project_snapshot_new       (EntProject         *project) G_GNUC_WARN_UNUSED_RESULT;
GBytes             *ent_project_snapshot_serialize (EntProjectSnapshot *snapshot) G_GNUC_WARN_UNUSED_RESULT;
void                ent_project_snapshot_free      (EntProjectSnapshot *snapshot);
gboolean    ent_project_file_save         (EntProject          *project,
                                           GFile               *file,
                                           GCancellable        *cancellable,
                                           GError             **error);
void        ent_project_file_save_async   (EntProject          *project,
                                           GFile               *file,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean    ent_project_file_save_finish  (GAsyncResult        *result,
                                           GError             **error);
char       *ent_resolve_save_path         (const char          *path,
                                           GError             **error);
gboolean    ent_write_file_atomically     (GFile               *file,
                                           GBytes              *contents,
                                           GCancellable        *cancellable,
                                           GError             **error);

G_END_DECLS
