/* ent-html-importer.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <string.h>

#include "ent-html-importer.h"
#include "ent-import-private.h"
#include "ent-text-importer.h"

#define META_DEPTH 200
#define MAX_JSON_DEPTH 64
#define MAX_JSON_SIZE (1024 * 1024)
#define MIN_STRICT_WORDS 120

/* What the page's <head> and markup say about the article. */
typedef struct
{
  GHashTable *meta;
  GPtrArray  *headings;
  GPtrArray  *json_ld;
  char       *title;
  char       *canonical;
  char       *time;
  char       *byline;
} PageInfo;

static const int html_options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;

static void
page_info_clear (PageInfo *info)
{
  g_clear_pointer (&info->meta, g_hash_table_unref);
  g_clear_pointer (&info->headings, g_ptr_array_unref);
  g_clear_pointer (&info->json_ld, g_ptr_array_unref);
  g_clear_pointer (&info->title, g_free);
  g_clear_pointer (&info->canonical, g_free);
  g_clear_pointer (&info->time, g_free);
  g_clear_pointer (&info->byline, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PageInfo, page_info_clear)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/* Finds charset=NAME in the first bytes of the page, where <meta charset>
 * and <meta http-equiv="Content-Type"> must be. */
static char *
sniff_meta_charset (const char *data,
                    gsize       length)
{
  g_autofree char *head = g_ascii_strdown (data, MIN (length, 4096));
  const char *p = head;

  while ((p = strstr (p, "charset")) != NULL)
    {
      const char *start;

      p += strlen ("charset");
      while (*p == ' ' || *p == '=' || *p == '"' || *p == '\'')
        p++;
      start = p;
      while (g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == ':' || *p == '.')
        p++;
      if (p > start)
        return g_strndup (start, p - start);
    }
  return NULL;
}

static gboolean
is_latin1_family (const char *charset)
{
  static const char * const names[] = {
    "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1",
    "us-ascii", "ascii", "x-cp1252", "l1", NULL
  };

  return g_strv_contains (names, charset);
}

/* Decodes the page to UTF-8 as a browser would: the HTTP charset, else a
 * byte-order mark, else <meta charset>, else UTF-8 if the bytes are valid
 * and Windows-1252 if not. Latin-1 labels mean Windows-1252 (WHATWG). */
static char *
decode_page (const char *data,
             gsize       length,
             const char *http_charset)
{
  g_autofree char *charset = NULL;
  char *text;

  if (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    return _ent_import_decode (data, length, NULL);
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
      charset = g_strdup ("utf-8");
    }
  else if (http_charset != NULL)
    charset = g_ascii_strdown (http_charset, -1);
  else
    charset = sniff_meta_charset (data, length);

  if (charset != NULL && is_latin1_family (charset))
    return _ent_import_decode_windows_1252 (data, length);
  if (charset != NULL && (strcmp (charset, "utf-8") == 0 || strcmp (charset, "utf8") == 0))
    return g_utf8_make_valid (data, length);
  if (charset != NULL &&
      (text = g_convert_with_fallback (data, length, "UTF-8", charset, "\xEF\xBF\xBD",
                                       NULL, NULL, NULL)) != NULL)
    return text;
  if (g_utf8_validate_len (data, length, NULL))
    return g_strndup (data, length);
  return _ent_import_decode_windows_1252 (data, length);
}

static void
add_meta (PageInfo *info,
          xmlNode  *node)
{
  const char *key = _ent_html_attr (node, "property");
  const char *content = _ent_html_attr (node, "content");

  if (key == NULL)
    key = _ent_html_attr (node, "name");
  if (key == NULL)
    key = _ent_html_attr (node, "itemprop");
  if (key == NULL || content == NULL || content[0] == '\0')
    return;
  if (!g_hash_table_contains (info->meta, key))
    g_hash_table_insert (info->meta, g_ascii_strdown (key, -1), g_strstrip (g_strdup (content)));
}

static gboolean
class_has (xmlNode    *node,
           const char *word)
{
  const char *klass = _ent_html_attr (node, "class");

  return klass != NULL && strstr (klass, word) != NULL;
}

static void
take_text (char   **slot,
           xmlNode *node)
{
  if (*slot == NULL)
    *slot = _ent_html_node_text (node);
}

static void
visit_element (PageInfo *info,
               xmlNode  *node)
{
  const char *name = (const char *)node->name;
  const char *rel = _ent_html_attr (node, "rel");
  const char *type = _ent_html_attr (node, "type");

  if (strcmp (name, "meta") == 0)
    add_meta (info, node);
  else if (strcmp (name, "link") == 0 && rel != NULL && g_ascii_strcasecmp (rel, "canonical") == 0 &&
           info->canonical == NULL)
    info->canonical = g_strdup (_ent_html_attr (node, "href"));
  else if (strcmp (name, "title") == 0)
    take_text (&info->title, node);
  else if ((strcmp (name, "h1") == 0 || strcmp (name, "h2") == 0) && info->headings->len < 20)
    g_ptr_array_add (info->headings, _ent_html_node_text (node));
  else if (strcmp (name, "script") == 0 && type != NULL && strstr (type, "ld+json") != NULL &&
           info->json_ld->len < 8)
    g_ptr_array_add (info->json_ld, _ent_html_node_text (node));
  else if (strcmp (name, "time") == 0 && info->time == NULL)
    info->time = g_strdup (_ent_html_attr (node, "datetime"));
  else if ((rel != NULL && strcmp (rel, "author") == 0) || class_has (node, "byline") ||
           class_has (node, "author-name"))
    take_text (&info->byline, node);
}

static void
collect_page_info (PageInfo *info,
                   xmlNode  *node,
                   guint     depth)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && depth < META_DEPTH)
      {
        visit_element (info, child);
        collect_page_info (info, child, depth + 1);
      }
}

/* json-glib parses recursively, so deeply nested JSON is refused before it
 * reaches the parser. */
static gboolean
json_is_shallow (const char *text)
{
  int depth = 0;
  gboolean in_string = FALSE;

  for (const char *s = text; *s; s++)
    {
      if (in_string && *s == '\\' && s[1] != '\0')
        s++;
      else if (*s == '"')
        in_string = !in_string;
      else if (!in_string && (*s == '[' || *s == '{') && ++depth > MAX_JSON_DEPTH)
        return FALSE;
      else if (!in_string && (*s == ']' || *s == '}'))
        depth--;
    }
  return TRUE;
}

static const char *
object_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *inner = json_node_get_object (node);

      if (json_object_has_member (inner, "name"))
        return object_string (inner, "name");
      if (json_object_has_member (inner, "@id"))
        return object_string (inner, "@id");
    }
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node) &&
      json_array_get_length (json_node_get_array (node)) > 0)
    {
      JsonNode *first = json_array_get_element (json_node_get_array (node), 0);

      if (JSON_NODE_HOLDS_OBJECT (first))
        return object_string (json_node_get_object (first), "name");
      if (JSON_NODE_HOLDS_VALUE (first) && json_node_get_value_type (first) == G_TYPE_STRING)
        return json_node_get_string (first);
    }
  return NULL;
}

static gboolean
is_article_type (JsonObject *object)
{
  const char *type = object_string (object, "@type");

  return type != NULL && (g_str_has_suffix (type, "Article") || strcmp (type, "BlogPosting") == 0 ||
                          strcmp (type, "LiveBlogPosting") == 0 || strcmp (type, "Report") == 0);
}

static void
set_if_unset (char       **slot,
              const char  *value)
{
  if (*slot == NULL && value != NULL && value[0] != '\0')
    *slot = g_strdup (value);
}

static void
read_json_ld_node (EntImportMeta *meta,
                   JsonNode      *node,
                   guint          depth)
{
  JsonObject *object;

  if (depth > 4)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        read_json_ld_node (meta, json_array_get_element (array, i), depth + 1);
      return;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;
  object = json_node_get_object (node);
  if (json_object_has_member (object, "@graph"))
    read_json_ld_node (meta, json_object_get_member (object, "@graph"), depth + 1);
  if (!is_article_type (object))
    return;
  set_if_unset (&meta->title, object_string (object, "headline"));
  set_if_unset (&meta->author, object_string (object, "author"));
  set_if_unset (&meta->source, object_string (object, "publisher"));
  set_if_unset (&meta->url, object_string (object, "url"));
  set_if_unset (&meta->url, object_string (object, "mainEntityOfPage"));
  if (meta->published == NULL)
    meta->published = _ent_import_parse_date (object_string (object, "datePublished"));
}

static void
read_json_ld (EntImportMeta *meta,
              GPtrArray     *scripts)
{
  for (guint i = 0; i < scripts->len; i++)
    {
      const char *text = g_ptr_array_index (scripts, i);
      g_autoptr(JsonParser) parser = NULL;

      if (strlen (text) > MAX_JSON_SIZE || !json_is_shallow (text))
        continue;
      parser = json_parser_new_immutable ();
      if (json_parser_load_from_data (parser, text, -1, NULL))
        read_json_ld_node (meta, json_parser_get_root (parser), 0);
    }
}

static const char *
meta_value (PageInfo           *info,
            const char * const *keys)
{
  for (guint i = 0; keys[i] != NULL; i++)
    {
      const char *value = g_hash_table_lookup (info->meta, keys[i]);

      if (value != NULL && value[0] != '\0')
        return value;
    }
  return NULL;
}

static gboolean
same_heading (const char *heading,
              const char *candidate)
{
  g_autofree char *a = g_utf8_casefold (heading, -1);
  g_autofree char *b = g_utf8_casefold (candidate, -1);

  return strcmp (a, b) == 0 || (strlen (a) >= 15 && g_str_has_prefix (b, a));
}

/* "Iran and Saudi Arabia restore ties | The Gulf Observer" loses the site
 * name: of the parts split at a separator, the longest is the headline. */
static char *
strip_site_name (const char *title)
{
  static const char * const separators[] = { " | ", " - ", " – ", " — ", " :: ", " « ", " » ", NULL };

  for (guint i = 0; separators[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (title, separators[i], -1);
      guint longest = 0;

      if (g_strv_length (parts) < 2)
        continue;
      for (guint j = 1; parts[j] != NULL; j++)
        if (strlen (parts[j]) > strlen (parts[longest]))
          longest = j;
      if (_ent_import_count_words (parts[longest]) >= 3)
        return g_strdup (parts[longest]);
    }
  return g_strdup (title);
}

/* The headline: the page heading that matches what the metadata calls the
 * title (sites add their name to og:title and <title>), else the metadata,
 * else the first <h1>. */
static char *
choose_title (PageInfo      *info,
              EntImportMeta *meta)
{
  const char *candidates[] = {
    meta_value (info, (const char * const[]) { "og:title", NULL }),
    meta->title,
    meta_value (info, (const char * const[]) { "twitter:title", "dc.title", "headline", NULL }),
    info->title,
  };

  for (guint i = 0; i < info->headings->len; i++)
    for (guint j = 0; j < G_N_ELEMENTS (candidates); j++)
      if (candidates[j] != NULL && same_heading (g_ptr_array_index (info->headings, i), candidates[j]))
        return g_strdup (g_ptr_array_index (info->headings, i));
  for (guint j = 0; j < G_N_ELEMENTS (candidates); j++)
    if (candidates[j] != NULL && candidates[j][0] != '\0')
      return strip_site_name (candidates[j]);
  if (info->headings->len > 0)
    return g_strdup (g_ptr_array_index (info->headings, 0));
  return NULL;
}

static char *
resolve_url (const char *base,
             const char *url)
{
  g_autofree char *resolved = NULL;
  g_autofree char *scheme = NULL;

  if (url == NULL || url[0] == '\0')
    return NULL;
  resolved = base ? g_uri_resolve_relative (base, url, G_URI_FLAGS_NONE, NULL) : g_strdup (url);
  if (resolved == NULL || (scheme = g_uri_parse_scheme (resolved)) == NULL)
    return NULL;
  if (strcmp (scheme, "http") != 0 && strcmp (scheme, "https") != 0)
    return NULL;
  return g_steal_pointer (&resolved);
}

static char *
clean_author (const char *author)
{
  g_autofree char *copy = NULL;

  if (author == NULL || g_str_has_prefix (author, "http") || strlen (author) > 120)
    return NULL;
  copy = g_strstrip (g_strdup (author));
  if (g_ascii_strncasecmp (copy, "by ", 3) == 0)
    return g_strdup (copy + 3);
  return copy[0] != '\0' ? g_steal_pointer (&copy) : NULL;
}

static void
fill_meta (PageInfo      *info,
           EntImportMeta *meta,
           const char    *base_url)
{
  g_autofree char *ld_url = NULL;
  const char *date;
  char *title;

  read_json_ld (meta, info->json_ld);
  ld_url = g_steal_pointer (&meta->url);
  title = choose_title (info, meta);
  g_free (meta->title);
  meta->title = title;
  if (meta->author == NULL)
    meta->author = clean_author (meta_value (info, (const char * const[]) {
      "author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author", NULL }));
  if (meta->author == NULL)
    meta->author = clean_author (info->byline);
  date = meta_value (info, (const char * const[]) {
    "article:published_time", "datepublished", "date", "pubdate", "publishdate",
    "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date", "og:published_time", NULL });
  if (meta->published == NULL)
    meta->published = _ent_import_parse_date (date);
  if (meta->published == NULL)
    meta->published = _ent_import_parse_date (info->time);
  g_free (meta->source);
  meta->source = g_strdup (meta_value (info, (const char * const[]) {
    "og:site_name", "application-name", "publisher", NULL }));
  meta->url = resolve_url (base_url, info->canonical);
  if (meta->url == NULL)
    meta->url = resolve_url (base_url, meta_value (info, (const char * const[]) { "og:url", NULL }));
  if (meta->url == NULL)
    meta->url = resolve_url (base_url, ld_url);
  if (meta->url == NULL)
    meta->url = resolve_url (NULL, base_url);
}

static xmlNode *
find_body (xmlDoc *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  if (root == NULL)
    return NULL;
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && strcmp ((const char *)child->name, "body") == 0)
      return child;
  return root;
}

static xmlDoc *
parse (const char *utf8,
       const char *base_url)
{
  _ent_import_refuse_external ();
  return htmlReadMemory (utf8, strlen (utf8), base_url, "UTF-8", html_options);
}

/* Extracts the article from a fresh parse. A first pass drops elements
 * whose class or id looks like furniture; if that leaves too little, a
 * second pass keeps them, since some sites call their article wrapper
 * "page-with-sidebar" (Readability retries in the same way). */
static char *
extract_text (const char *utf8,
              xmlDoc     *doc,
              const char *base_url,
              const char *title)
{
  g_autofree char *strict = _ent_html_extract_content (find_body (doc), title, TRUE);
  g_autoptr(xmlDoc) again = NULL;
  char *relaxed;

  if (_ent_import_count_words (strict) >= MIN_STRICT_WORDS ||
      (again = parse (utf8, base_url)) == NULL || find_body (again) == NULL)
    return g_steal_pointer (&strict);
  relaxed = _ent_html_extract_content (find_body (again), title, FALSE);
  if (_ent_import_count_words (relaxed) > 2 * _ent_import_count_words (strict))
    return relaxed;
  g_free (relaxed);
  return g_steal_pointer (&strict);
}

static EntDocument *
build_document (const char     *id,
                char           *raw,
                EntImportMeta  *meta,
                GError        **error)
{
  g_autofree char *text = _ent_import_normalise (raw);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  EntDocument *document;

  g_free (raw);
  _ent_import_scan_text_metadata (meta, &text);
  if (_ent_import_count_words (text) - _ent_import_count_words (meta->title ? meta->title : "") <
      ENT_IMPORT_MIN_WORDS)
    {
      g_set_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_NO_ARTICLE,
                   _("The page has no article text, only navigation or boilerplate"));
      return NULL;
    }
  document = ent_document_new_take (id, g_steal_pointer (&text));
  ent_document_set_imported (document, now);
  _ent_import_meta_apply (meta, document);
  return document;
}

/**
 * ent_html_import_data:
 *
 * Returns: (transfer full): a new document, or %NULL with @error set
 */
EntDocument *
ent_html_import_data (const char  *data,
                      gsize        length,
                      const char  *charset,
                      const char  *base_url,
                      const char  *id,
                      GError     **error)
{
  g_auto(PageInfo) info = { NULL };
  g_autoptr(xmlDoc) doc = NULL;
  g_autofree char *utf8 = NULL;
  EntImportMeta meta = { NULL };
  EntDocument *document;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (length > ENT_IMPORT_MAX_SIZE)
    {
      g_set_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_TOO_LARGE,
                   _("The page is too large (%u MB; the limit is %d MB)"),
                   (guint)(length / (1024 * 1024)), ENT_IMPORT_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  utf8 = decode_page (data, length, charset);
  if (utf8 == NULL || (doc = parse (utf8, base_url)) == NULL || find_body (doc) == NULL)
    {
      g_set_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_NO_ARTICLE, _("The page is empty"));
      return NULL;
    }
  info.meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  info.headings = g_ptr_array_new_with_free_func (g_free);
  info.json_ld = g_ptr_array_new_with_free_func (g_free);
  collect_page_info (&info, (xmlNode *)doc, 0);
  fill_meta (&info, &meta, base_url);
  document = build_document (id, extract_text (utf8, doc, base_url, meta.title), &meta, error);
  _ent_import_meta_clear (&meta);
  return document;
}

gboolean
ent_html_sniff (const char *data,
                gsize       length)
{
  g_autofree char *head = g_ascii_strdown (data, MIN (length, 1024));

  return strstr (head, "<!doctype html") != NULL || strstr (head, "<html") != NULL ||
         strstr (head, "<head") != NULL || strstr (head, "<body") != NULL;
}

EntDocument *
ent_html_import_file (GFile         *file,
                      const char    *id,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GError) local_error = NULL;
  EntDocument *document = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    document = ent_html_import_data (contents, length, NULL, NULL, id, &local_error);
  if (document == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Could not import “%s”: "), name);
    }
  return document;
}
