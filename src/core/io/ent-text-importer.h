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
  ENT_IMPORT_ERROR_UNSUPPORTED,  /* a kind of file or content type we do not import */
  ENT_IMPORT_ERROR_NO_ARTICLE,   /* a page with no article text, only boilerplate */
  ENT_IMPORT_ERROR_MALFORMED,    /* a feed or page that cannot be parsed */
  ENT_IMPORT_ERROR_SCHEME,       /* an address that is not http or https */
  ENT_IMPORT_ERROR_HOST,         /* the server's name does not resolve */
  ENT_IMPORT_ERROR_CONNECTION,   /* refused, reset or unreachable */
  ENT_IMPORT_ERROR_TLS,          /* the secure connection failed */
  ENT_IMPORT_ERROR_HTTP,         /* the server answered 4xx or 5xx */
  ENT_IMPORT_ERROR_TIMEOUT,      /* no complete answer in time */
  ENT_IMPORT_ERROR_REDIRECTS,    /* too many redirects, or one to another scheme */
} EntImportError;

GQuark       ent_import_error_quark      (void);

/*
 * Plain-text articles: UTF-8 (with or without BOM), UTF-16 with BOM, and
 * Windows-1252 for bytes that are not valid UTF-8. The first non-empty line
 * becomes the title. A byline ("By Jane Doe") in the first lines becomes the
 * author and is removed; a wire dateline ("TEHRAN, Nov. 23 (Agency) --")
 * stays in the text and gives the dateline place and the source. Lines of
 * boilerplate ("Advertisement", "Read more", share links) are removed, and
 * typographic variants of quotes and dashes are unified. @id is the new document's id (see
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

G_END_DECLS
