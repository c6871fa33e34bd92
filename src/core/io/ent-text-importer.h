/* ent-text-importer.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ent-document.h"

G_BEGIN_DECLS

#define ENT_IMPORT_ERROR (ent_import_error_quark ())
#define ENT_IMPORT_MAX_SIZE (64 * 1024 * 1024)

typedef enum
{
  ENT_IMPORT_ERROR_EMPTY,        /* nothing but white space */
  ENT_IMPORT_ERROR_BINARY,       /* not text at all */
  ENT_IMPORT_ERROR_ENCODING,     /* text in an encoding we cannot read */
  ENT_IMPORT_ERROR_TOO_LARGE,    /* over ENT_IMPORT_MAX_SIZE */
  ENT_IMPORT_ERROR_UNSUPPORTED,  /* a kind of file we do not import */
} EntImportError;

GQuark       ent_import_error_quark      (void);

/*
 * Plain-text articles: UTF-8 (with or without BOM), UTF-16 with BOM, and
 * Windows-1252 for bytes that are not valid UTF-8. The first non-empty line
 * becomes the title. @id is the new document's id (see
 * ent_project_dup_new_id()); @name is a fallback title, such as the file
 * name. These functions are thread-safe.
 */
EntDocument *ent_text_import_data        (const char          *data,
                                          gsize                length,
                                          const char          *id,
                                          const char          *name,
                                          GError             **error) G_GNUC_WARN_UNUSED_RESULT;
EntDocument *ent_text_import_file        (GFile               *file,
                                          const char          *id,
                                          GCancellable        *cancellable,
                                          GError             **error) G_GNUC_WARN_UNUSED_RESULT;
void         ent_text_import_file_async  (GFile               *file,
                                          const char          *id,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
EntDocument *ent_text_import_file_finish (GAsyncResult        *result,
                                          GError             **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
