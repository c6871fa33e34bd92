/* ent-feed.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <string.h>

#include "ent-feed.h"
#include "ent-import-private.h"
#include "ent-text-importer.h"

#define MAX_SUMMARY_CHARS 600

/* XML_PARSE_NOENT and XML_PARSE_DTDLOAD are deliberately absent: entity
 * references stay references (never expanded into the tree), and neither
 * DTDs nor external entities are read. */
#define FEED_XML_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOERROR | \
                          XML_PARSE_NOWARNING)

struct _EntFeed
{
  GObject     parent_instance;
  char       *title;
  char       *uri;
  GListStore *entries;
};

struct _EntFeedEntry
{
  GObject    parent_instance;
  char      *title;
  char      *link;
  char      *summary;
  char      *author;
  GDateTime *published;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_LINK,
  PROP_SUMMARY,
  PROP_PUBLISHED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (EntFeed, ent_feed, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (EntFeedEntry, ent_feed_entry, G_TYPE_OBJECT)

static GParamSpec *entry_properties[N_PROPS];

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)

static gboolean
is_named (xmlNode    *node,
          const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *)node->name, name) == 0;
}

static xmlNode *
first_child (xmlNode    *node,
             const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_named (child, name))
      return child;
  return NULL;
}

/* The text of an element, from its text and CDATA children only: entity
 * reference nodes are never expanded, so an entity bomb that slipped past
 * the parser's limits still costs nothing here. */
static char *
element_text (xmlNode *node)
{
  GString *out = g_string_new (NULL);

  if (node != NULL)
    for (xmlNode *child = node->children; child != NULL; child = child->next)
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        g_string_append (out, (const char *)child->content);
  return g_strstrip (g_string_free (out, FALSE));
}

static char *
child_text (xmlNode    *node,
            const char *name)
{
  xmlNode *child = first_child (node, name);
  char *text = child ? element_text (child) : NULL;

  if (text != NULL && text[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/* Summaries are often escaped HTML; readers want its text, shortened. */
static char *
summary_text (const char *html)
{
  g_autofree char *text = NULL;
  g_autofree char *normal = NULL;
  htmlDocPtr doc;
  xmlNode *root;

  if (html == NULL)
    return NULL;
  doc = htmlReadMemory (html, strlen (html), NULL, "UTF-8",
                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
  root = doc ? xmlDocGetRootElement (doc) : NULL;
  text = root ? _ent_html_node_text (root) : g_strdup (html);
  if (doc != NULL)
    xmlFreeDoc (doc);
  normal = _ent_import_normalise (text);
  if (g_utf8_strlen (normal, -1) > MAX_SUMMARY_CHARS)
    {
      char *cut = g_utf8_offset_to_pointer (normal, MAX_SUMMARY_CHARS);

      strcpy (cut, "…");
    }
  return g_steal_pointer (&normal);
}

static char *
resolve (const char *base,
         const char *link)
{
  if (link == NULL)
    return NULL;
  if (base == NULL)
    return g_strdup (link);
  return g_uri_resolve_relative (base, link, G_URI_FLAGS_NONE, NULL);
}

static char *
atom_link (xmlNode *entry)
{
  for (xmlNode *child = entry->children; child != NULL; child = child->next)
    if (is_named (child, "link"))
      {
        const char *rel = _ent_html_attr (child, "rel");

        if (rel == NULL || strcmp (rel, "alternate") == 0)
          return g_strdup (_ent_html_attr (child, "href"));
      }
  return NULL;
}

static EntFeedEntry *
parse_entry (xmlNode    *item,
             const char *base,
             gboolean    atom)
{
  EntFeedEntry *entry = g_object_new (ENT_TYPE_FEED_ENTRY, NULL);
  g_autofree char *link = atom ? atom_link (item) : child_text (item, "link");
  g_autofree char *summary = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = child_text (item, "title");
  xmlNode *author = first_child (item, "author");

  if (link == NULL && !atom)
    link = child_text (item, "guid");
  summary = child_text (item, atom ? "summary" : "description");
  if (summary == NULL)
    summary = child_text (item, atom ? "content" : "encoded");
  date = child_text (item, atom ? "published" : "pubDate");
  if (date == NULL)
    date = child_text (item, atom ? "updated" : "date");

  entry->title = summary_text (title);
  entry->link = resolve (base, link);
  entry->summary = summary_text (summary);
  entry->author = atom && author ? child_text (author, "name") : child_text (item, "creator");
  if (entry->author == NULL && author != NULL && !atom)
    entry->author = element_text (author);
  entry->published = _ent_import_parse_date (date);
  return entry;
}

static void
add_entries (EntFeed *self,
             xmlNode *parent,
             gboolean atom)
{
  const char *name = atom ? "entry" : "item";

  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (is_named (child, name))
      {
        g_autoptr(EntFeedEntry) entry = parse_entry (child, self->uri, atom);

        g_list_store_append (self->entries, entry);
      }
}

static gboolean
read_feed (EntFeed  *self,
           xmlNode  *root)
{
  xmlNode *channel;

  if (is_named (root, "rss") && (channel = first_child (root, "channel")) != NULL)
    {
      self->title = child_text (channel, "title");
      add_entries (self, channel, FALSE);
      return TRUE;
    }
  if (is_named (root, "feed"))
    {
      self->title = child_text (root, "title");
      add_entries (self, root, TRUE);
      return TRUE;
    }
  if (is_named (root, "RDF"))
    {
      if ((channel = first_child (root, "channel")) != NULL)
        self->title = child_text (channel, "title");
      add_entries (self, root, FALSE);
      return TRUE;
    }
  return FALSE;
}

static char *
free_title (char *title)
{
  char *text = summary_text (title);

  g_free (title);
  return text;
}

/**
 * ent_feed_parse:
 * @uri: (nullable): the feed's address, to resolve relative links
 *
 * Returns: (transfer full): the feed, or %NULL with @error set
 */
EntFeed *
ent_feed_parse (const char  *data,
                gsize        length,
                const char  *uri,
                GError     **error)
{
  g_autoptr(xmlParserCtxt) context = NULL;
  g_autoptr(EntFeed) self = NULL;
  const char *where = uri ? uri : _("the feed");
  xmlDoc *doc;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  _ent_import_refuse_external ();
  context = xmlNewParserCtxt ();
  doc = xmlCtxtReadMemory (context, data, (int)MIN (length, G_MAXINT), uri, NULL, FEED_XML_OPTIONS);
  if (doc == NULL || !context->wellFormed)
    {
      const xmlError *last = &context->lastError;

      g_set_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_MALFORMED,
                   _("%s is not a well-formed feed (line %d, column %d: %s)"), where,
                   last->line, last->int2, last->message ? g_strstrip (last->message) : "?");
      if (doc != NULL)
        xmlFreeDoc (doc);
      return NULL;
    }
  self = g_object_new (ENT_TYPE_FEED, NULL);
  self->uri = g_strdup (uri);
  if (xmlDocGetRootElement (doc) == NULL || !read_feed (self, xmlDocGetRootElement (doc)))
    {
      g_set_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_MALFORMED,
                   _("%s is XML but not an RSS or Atom feed"), where);
      xmlFreeDoc (doc);
      return NULL;
    }
  xmlFreeDoc (doc);
  self->title = self->title ? free_title (self->title) : NULL;
  return g_steal_pointer (&self);
}

gboolean
ent_feed_sniff (const char *data,
                gsize       length)
{
  g_autofree char *head = g_strndup (data, MIN (length, 2048));

  return strstr (head, "<rss") != NULL || strstr (head, "<feed") != NULL ||
         strstr (head, "<rdf:RDF") != NULL;
}

gboolean
ent_feed_is_feed_type (const char *content_type)
{
  return content_type != NULL &&
         (strcmp (content_type, "application/rss+xml") == 0 ||
          strcmp (content_type, "application/atom+xml") == 0 ||
          strcmp (content_type, "application/rdf+xml") == 0 ||
          strcmp (content_type, "application/xml") == 0 ||
          strcmp (content_type, "text/xml") == 0);
}

static void
parse_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GBytes *body = task_data;
  GError *error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (body, &length);
  EntFeed *feed = ent_feed_parse (data, length, g_task_get_name (task), &error);

  if (feed == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, feed, g_object_unref);
}

static void
fetched_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autofree char *type = NULL;
  GError *error = NULL;
  g_autoptr(GBytes) body = ent_fetcher_fetch_finish (ENT_FETCHER (object), result, &type,
                                                     NULL, NULL, &error);

  if (body == NULL)
    return g_task_return_error (task, error);
  if (!ent_feed_is_feed_type (type) &&
      !ent_feed_sniff (g_bytes_get_data (body, NULL), g_bytes_get_size (body)))
    return g_task_return_new_error (task, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_UNSUPPORTED,
                                    _("%s is not a feed (the server sent %s)"),
                                    g_task_get_name (task), type);
  g_task_set_task_data (task, g_steal_pointer (&body), (GDestroyNotify)g_bytes_unref);
  g_task_run_in_thread (task, parse_in_thread);
}

/* The task's name holds the feed address, for messages and links. */
void
ent_feed_fetch_async (EntFetcher          *fetcher,
                      const char          *uri,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (ENT_IS_FETCHER (fetcher));
  g_return_if_fail (uri != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ent_feed_fetch_async);
  g_object_set_data_full (G_OBJECT (task), "uri", g_strdup (uri), g_free);
  g_task_set_name (task, g_object_get_data (G_OBJECT (task), "uri"));
  ent_fetcher_fetch_async (fetcher, uri, cancellable, fetched_cb, task);
}

EntFeed *
ent_feed_fetch_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

EntFeed *
ent_feed_fetch (EntFetcher    *fetcher,
                const char    *uri,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autofree char *type = NULL;
  g_autofree char *final_uri = NULL;
  g_autoptr(GBytes) body = ent_fetcher_fetch (fetcher, uri, cancellable, &type, NULL,
                                              &final_uri, error);

  if (body == NULL)
    return NULL;
  if (!ent_feed_is_feed_type (type) &&
      !ent_feed_sniff (g_bytes_get_data (body, NULL), g_bytes_get_size (body)))
    {
      g_set_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_UNSUPPORTED,
                   _("%s is not a feed (the server sent %s)"), uri, type);
      return NULL;
    }
  return ent_feed_parse (g_bytes_get_data (body, NULL), g_bytes_get_size (body), uri, error);
}

static void
ent_feed_finalize (GObject *object)
{
  EntFeed *self = ENT_FEED (object);

  g_clear_object (&self->entries);
  g_free (self->title);
  g_free (self->uri);
  G_OBJECT_CLASS (ent_feed_parent_class)->finalize (object);
}

static void
ent_feed_class_init (EntFeedClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ent_feed_finalize;
}

static void
ent_feed_init (EntFeed *self)
{
  self->entries = g_list_store_new (ENT_TYPE_FEED_ENTRY);
}

const char *
ent_feed_get_title (EntFeed *self)
{
  g_return_val_if_fail (ENT_IS_FEED (self), NULL);
  return self->title;
}

const char *
ent_feed_get_uri (EntFeed *self)
{
  g_return_val_if_fail (ENT_IS_FEED (self), NULL);
  return self->uri;
}

GListModel *
ent_feed_get_entries (EntFeed *self)
{
  g_return_val_if_fail (ENT_IS_FEED (self), NULL);
  return G_LIST_MODEL (self->entries);
}

guint
ent_feed_get_n_entries (EntFeed *self)
{
  g_return_val_if_fail (ENT_IS_FEED (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->entries));
}

static void
ent_feed_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EntFeedEntry *self = ENT_FEED_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_LINK:
      g_value_set_string (value, self->link);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_PUBLISHED:
      g_value_set_boxed (value, self->published);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_feed_entry_finalize (GObject *object)
{
  EntFeedEntry *self = ENT_FEED_ENTRY (object);

  g_free (self->title);
  g_free (self->link);
  g_free (self->summary);
  g_free (self->author);
  g_clear_pointer (&self->published, g_date_time_unref);
  G_OBJECT_CLASS (ent_feed_entry_parent_class)->finalize (object);
}

static void
ent_feed_entry_class_init (EntFeedEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ent_feed_entry_finalize;
  object_class->get_property = ent_feed_entry_get_property;
  entry_properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  entry_properties[PROP_LINK] = g_param_spec_string ("link", NULL, NULL, NULL, flags);
  entry_properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  entry_properties[PROP_PUBLISHED] = g_param_spec_boxed ("published", NULL, NULL,
                                                         G_TYPE_DATE_TIME, flags);
  g_object_class_install_properties (object_class, N_PROPS, entry_properties);
}

static void
ent_feed_entry_init (EntFeedEntry *self)
{
}

const char *
ent_feed_entry_get_title (EntFeedEntry *self)
{
  g_return_val_if_fail (ENT_IS_FEED_ENTRY (self), NULL);
  return self->title;
}

const char *
ent_feed_entry_get_link (EntFeedEntry *self)
{
  g_return_val_if_fail (ENT_IS_FEED_ENTRY (self), NULL);
  return self->link;
}

const char *
ent_feed_entry_get_summary (EntFeedEntry *self)
{
  g_return_val_if_fail (ENT_IS_FEED_ENTRY (self), NULL);
  return self->summary;
}

const char *
ent_feed_entry_get_author (EntFeedEntry *self)
{
  g_return_val_if_fail (ENT_IS_FEED_ENTRY (self), NULL);
  return self->author;
}

GDateTime *
ent_feed_entry_get_published (EntFeedEntry *self)
{
  g_return_val_if_fail (ENT_IS_FEED_ENTRY (self), NULL);
  return self->published;
}
