/* ent-html-importer.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ent-document.h"

G_BEGIN_DECLS

/*
 * Web pages: the article's text as a reader sees it (headline, then the
 * headings and paragraphs of the article in order, without navigation,
 * advertisements, related links, comments, cookie banners, scripts or
 * styles), and its metadata: title (og:title, JSON-LD, <h1>, <title>),
 * author, publication date (meta tags, JSON-LD, <time>), site name as the
 * source, and the canonical URL (resolved against @base_url).
 *
 * @charset is the charset parameter of the HTTP Content-Type, or %NULL;
 * without it the page's <meta charset> or a byte-order mark decides, and
 * bytes that are not UTF-8 are read as Windows-1252. A page without an
 * article fails with %ENT_IMPORT_ERROR_NO_ARTICLE. The parser never loads
 * DTDs, external entities or anything from the network. Thread-safe.
 */
EntDocument *ent_html_import_data (const char    *data,
                                   gsize          length,
                                   const char    *charset,
                                   const char    *base_url,
                                   const char    *id,
                                   GError       **error) G_GNUC_WARN_UNUSED_RESULT;
EntDocument *ent_html_import_file (GFile         *file,
                                   const char    *id,
                                   GCancellable  *cancellable,
                                   GError       **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean     ent_html_sniff       (const char    *data,
                                   gsize          length);

G_END_DECLS
