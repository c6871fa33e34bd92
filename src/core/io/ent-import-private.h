/* ent-import-private.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

#include "ent-document.h"

G_BEGIN_DECLS

/* An article shorter than this many words is taken to be a page without
 * one: an index, a paywall or a cookie wall. */
#define ENT_IMPORT_MIN_WORDS 25

/* What an importer learns about an article besides its text. */
typedef struct
{
  char      *title;
  char      *author;
  char      *dateline;
  char      *source;
  char      *url;
  GDateTime *published;
} EntImportMeta;

void        _ent_import_meta_clear          (EntImportMeta       *meta);
void        _ent_import_meta_apply          (const EntImportMeta *meta,
                                             EntDocument         *document);
char       *_ent_import_decode              (const char   *data,
                                             gsize         length,
                                             GError      **error);
char       *_ent_import_decode_windows_1252 (const char   *data,
                                             gsize         length);
char       *_ent_import_normalise           (const char   *text);
guint       _ent_import_count_words         (const char   *text);
gboolean    _ent_import_is_boilerplate      (const char   *line);
GDateTime  *_ent_import_parse_date          (const char   *value);
char       *_ent_import_title_case          (const char   *upper);
void        _ent_import_scan_text_metadata  (EntImportMeta *meta,
                                             char         **text);
void        _ent_import_refuse_external     (void);

/* The HTML content extractor (ent-import-html-content.c). @root is the
 * page's <body> (or root element); the result is the article's paragraphs
 * separated by blank lines, not yet normalised. */
char       *_ent_html_extract_content       (xmlNode      *root,
                                             const char   *title,
                                             gboolean      strip_unlikely);
char       *_ent_html_node_text             (xmlNode      *node);
const char *_ent_html_attr                  (xmlNode      *node,
                                             const char   *name);

G_END_DECLS
