/* ent-importer.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ent-html-importer.h"
#include "ent-importer.h"
#include "ent-text-importer.h"

struct _EntImporter
{
  GObject     parent_instance;
  EntProject *project;
  EntFetcher *fetcher;
  guint       max_parallel;
  guint       counter;
};

/* What a fetched body or a read file needs to become a document. */
typedef struct
{
  GBytes        *body;
  char          *content_type;
  char          *charset;
  char          *name;
  char          *id;
  gboolean       allow_feed;
  EntImportKind  kind;
} Source;

/* Fetching the pages of a feed's entries, a few at a time. */
typedef struct
{
  GTask     *task;
  GPtrArray *links;
  GPtrArray *documents;
  GPtrArray *failures;
  guint      next;
  guint      running;
  guint      done;
} Batch;

enum {
  PROGRESS,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (EntImporter, ent_importer, G_TYPE_OBJECT)

static guint signals[N_SIGNALS];

static void
source_free (Source *source)
{
  g_clear_pointer (&source->body, g_bytes_unref);
  g_free (source->content_type);
  g_free (source->charset);
  g_free (source->name);
  g_free (source->id);
  g_free (source);
}

static void
batch_free (Batch *batch)
{
  g_ptr_array_unref (batch->links);
  g_ptr_array_unref (batch->documents);
  g_ptr_array_unref (batch->failures);
  g_free (batch);
}

/* The slots of a batch's failed pages stay NULL. */
static void
unref_if_set (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static GPtrArray *
new_document_array (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static char *
reserve_id (EntImporter *self)
{
  if (self->project != NULL)
    return ent_project_dup_new_id (self->project, "doc");
  return g_strdup_printf ("doc-%u", ++self->counter);
}

static gboolean
has_suffix (const char *name,
            const char *suffix)
{
  g_autofree char *lower = name ? g_ascii_strdown (name, -1) : NULL;

  return lower != NULL && g_str_has_suffix (lower, suffix);
}

/**
 * ent_import_guess_kind:
 * @content_type: (nullable): a media type such as "text/html"
 * @name: (nullable): a file name or URL
 *
 * The media type decides; without one (files), the file name; then the
 * first bytes. A server's "application/octet-stream" is not trusted to mean
 * anything, so the bytes decide then too.
 */
EntImportKind
ent_import_guess_kind (const char *content_type,
                       const char *name,
                       const char *data,
                       gsize       length)
{
  if (content_type != NULL && strcmp (content_type, "application/octet-stream") != 0)
    {
      if (strcmp (content_type, "text/html") == 0 || strcmp (content_type, "application/xhtml+xml") == 0)
        return ENT_IMPORT_KIND_HTML;
      if (strcmp (content_type, "text/plain") == 0)
        return ENT_IMPORT_KIND_TEXT;
      if (ent_feed_is_feed_type (content_type))
        return (data == NULL || ent_feed_sniff (data, length)) ? ENT_IMPORT_KIND_FEED
               : ent_html_sniff (data, length) ? ENT_IMPORT_KIND_HTML : ENT_IMPORT_KIND_UNKNOWN;
      return ENT_IMPORT_KIND_UNKNOWN;
    }
  if (has_suffix (name, ".html") || has_suffix (name, ".htm") || has_suffix (name, ".xhtml"))
    return ENT_IMPORT_KIND_HTML;
  if (has_suffix (name, ".rss") || has_suffix (name, ".atom"))
    return ENT_IMPORT_KIND_FEED;
  if (data != NULL && ent_feed_sniff (data, length))
    return ENT_IMPORT_KIND_FEED;
  if (data != NULL && ent_html_sniff (data, length))
    return ENT_IMPORT_KIND_HTML;
  return content_type == NULL ? ENT_IMPORT_KIND_TEXT : ENT_IMPORT_KIND_UNKNOWN;
}

/**
 * ent_import_data:
 * @name: (nullable): the URL or file name, for the URL of a page, a
 *   fallback title and messages
 *
 * Imports one article held in memory, as text or HTML. Thread-safe.
 *
 * Returns: (transfer full): a new document, or %NULL with @error set
 */
EntDocument *
ent_import_data (const char  *data,
                 gsize        length,
                 const char  *content_type,
                 const char  *charset,
                 const char  *name,
                 const char  *id,
                 GError     **error)
{
  gboolean web = name != NULL && (g_str_has_prefix (name, "http://") || g_str_has_prefix (name, "https://"));
  EntDocument *document;

  switch (ent_import_guess_kind (content_type, name, data, length))
    {
    case ENT_IMPORT_KIND_HTML:
      return ent_html_import_data (data, length, charset, web ? name : NULL, id, error);
    case ENT_IMPORT_KIND_TEXT:
      document = ent_text_import_data (data, length, id, name ? name : id, error);
      if (document != NULL && web)
        ent_document_set_url (document, name);
      return document;
    case ENT_IMPORT_KIND_FEED:
      g_set_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_UNSUPPORTED,
                   _("It is a news feed, not an article"));
      return NULL;
    case ENT_IMPORT_KIND_UNKNOWN:
    default:
      g_set_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_UNSUPPORTED,
                   _("Entente cannot import content of type “%s”"),
                   content_type ? content_type : "?");
      return NULL;
    }
}

static void
prefix_error (GError     **error,
              const char  *name)
{
  if (*error != NULL && !g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      strstr ((*error)->message, name) == NULL)
    g_prefix_error (error, _("Could not import %s: "), name);
}

/* Runs in a worker thread: touches only the task's own data. */
static void
convert_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Source *source = task_data;
  GError *error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (source->body, &length);
  GPtrArray *documents = new_document_array ();
  EntDocument *document;

  if (source->kind == ENT_IMPORT_KIND_FEED)
    {
      g_autoptr(EntFeed) feed = ent_feed_parse (data, length, source->name, &error);

      g_ptr_array_unref (documents);
      if (feed == NULL)
        return g_task_return_error (task, error);
      g_object_set_data_full (G_OBJECT (task), "feed", g_object_ref (feed), g_object_unref);
      return g_task_return_pointer (task, new_document_array (), (GDestroyNotify)g_ptr_array_unref);
    }
  document = ent_import_data (data, length, source->content_type, source->charset,
                              source->name, source->id, &error);
  if (document == NULL)
    {
      g_ptr_array_unref (documents);
      prefix_error (&error, source->name);
      return g_task_return_error (task, error);
    }
  g_ptr_array_add (documents, document);
  g_task_return_pointer (task, documents, (GDestroyNotify)g_ptr_array_unref);
}

static void start_batch (EntImporter *self,
                         GTask       *task,
                         GListModel  *entries);

/* Back on the caller's thread after conversion: a feed becomes a batch of
 * its entries (when the caller asked for a whole feed), anything else is
 * the result. */
static void
converted_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  GPtrArray *documents = g_task_propagate_pointer (G_TASK (result), &error);
  EntFeed *feed = g_object_get_data (G_OBJECT (result), "feed");

  if (documents == NULL)
    return g_task_return_error (task, error);
  if (feed == NULL)
    return g_task_return_pointer (task, documents, (GDestroyNotify)g_ptr_array_unref);
  g_ptr_array_unref (documents);
  start_batch (ENT_IMPORTER (object), g_steal_pointer (&task), ent_feed_get_entries (feed));
}

static void
convert (EntImporter *self,
         GTask       *task,
         Source      *source)
{
  GTask *worker = g_task_new (self, g_task_get_cancellable (task), converted_cb, task);
  gsize length;
  const char *data = g_bytes_get_data (source->body, &length);

  source->kind = ent_import_guess_kind (source->content_type, source->name, data, length);
  if (source->kind == ENT_IMPORT_KIND_FEED && !source->allow_feed)
    source->kind = ENT_IMPORT_KIND_UNKNOWN;
  if (source->kind == ENT_IMPORT_KIND_UNKNOWN)
    {
      g_task_return_new_error (task, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_UNSUPPORTED,
                               _("Could not import %s: Entente cannot import content of type “%s”"),
                               source->name, source->content_type ? source->content_type : "?");
      source_free (source);
      g_object_unref (worker);
      g_object_unref (task);
      return;
    }
  if (source->kind != ENT_IMPORT_KIND_FEED)
    source->id = reserve_id (self);
  g_task_set_task_data (worker, source, (GDestroyNotify)source_free);
  g_task_run_in_thread (worker, convert_thread);
  g_object_unref (worker);
}

static void
fetched_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GTask *task = user_data;
  EntImporter *self = g_task_get_source_object (task);
  Source *source = g_new0 (Source, 1);
  g_autofree char *final_uri = NULL;
  GError *error = NULL;

  source->body = ent_fetcher_fetch_finish (ENT_FETCHER (object), result, &source->content_type,
                                           &source->charset, &final_uri, &error);
  source->name = g_strdup (g_task_get_task_data (task));
  source->allow_feed = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (task), "allow-feed"));
  if (source->body == NULL)
    {
      source_free (source);
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  convert (self, task, source);
}

static gboolean
project_has_url (EntImporter *self,
                 const char  *uri)
{
  GListModel *documents;

  if (self->project == NULL)
    return FALSE;
  documents = ent_project_get_documents (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(EntDocument) document = g_list_model_get_item (documents, i);

      if (g_strcmp0 (ent_document_get_url (document), uri) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Fetches and converts one address. The task's data is the address. */
static void
import_page (EntImporter  *self,
             const char   *uri,
             gboolean      allow_feed,
             GTask        *task)
{
  g_task_set_task_data (task, g_strdup (uri), g_free);
  g_object_set_data (G_OBJECT (task), "allow-feed", GUINT_TO_POINTER (allow_feed));
  if (project_has_url (self, uri))
    {
      g_task_return_pointer (task, new_document_array (), (GDestroyNotify)g_ptr_array_unref);
      g_object_unref (task);
      return;
    }
  ent_fetcher_fetch_async (self->fetcher, uri, g_task_get_cancellable (task), fetched_cb, task);
}

static void batch_next (EntImporter *self,
                        Batch       *batch);

static void
batch_page_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  EntImporter *self = ENT_IMPORTER (object);
  Batch *batch = g_object_get_data (G_OBJECT (result), "batch");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (result), "index"));
  GError *error = NULL;
  GPtrArray *documents = g_task_propagate_pointer (G_TASK (result), &error);

  batch->running--;
  batch->done++;
  if (documents != NULL && documents->len > 0)
    g_ptr_array_index (batch->documents, index) = g_object_ref (g_ptr_array_index (documents, 0));
  else if (error != NULL)
    g_ptr_array_add (batch->failures, error);
  g_clear_pointer (&documents, g_ptr_array_unref);
  g_signal_emit (self, signals[PROGRESS], 0, batch->done, batch->links->len);
  batch_next (self, batch);
}

static void
batch_finish (Batch *batch)
{
  GTask *task = batch->task;
  GPtrArray *documents = new_document_array ();

  for (guint i = 0; i < batch->documents->len; i++)
    if (g_ptr_array_index (batch->documents, i) != NULL)
      g_ptr_array_add (documents, g_object_ref (g_ptr_array_index (batch->documents, i)));
  g_object_set_data_full (G_OBJECT (task), "failures", g_ptr_array_ref (batch->failures),
                          (GDestroyNotify)g_ptr_array_unref);
  if (documents->len == 0 && batch->failures->len > 0)
    {
      const GError *first = g_ptr_array_index (batch->failures, 0);

      g_task_return_new_error (task, first->domain, first->code,
                               _("None of the %u entries could be imported; the first: %s"),
                               batch->links->len, first->message);
      g_ptr_array_unref (documents);
    }
  else
    g_task_return_pointer (task, documents, (GDestroyNotify)g_ptr_array_unref);
  batch_free (batch);
  g_object_unref (task);
}

static void
batch_next (EntImporter *self,
            Batch       *batch)
{
  GCancellable *cancellable = g_task_get_cancellable (batch->task);

  while (batch->running < self->max_parallel && batch->next < batch->links->len)
    {
      GTask *page = g_task_new (self, cancellable, batch_page_cb, NULL);
      guint index = batch->next++;

      g_object_set_data (G_OBJECT (page), "batch", batch);
      g_object_set_data (G_OBJECT (page), "index", GUINT_TO_POINTER (index));
      batch->running++;
      import_page (self, g_ptr_array_index (batch->links, index), FALSE, page);
    }
  if (batch->running == 0 && batch->next == batch->links->len)
    {
      if (g_cancellable_is_cancelled (cancellable))
        {
          g_task_return_error_if_cancelled (batch->task);
          g_object_unref (batch->task);
          batch_free (batch);
          return;
        }
      batch_finish (batch);
    }
}

static void
start_batch (EntImporter *self,
             GTask       *task,
             GListModel  *entries)
{
  Batch *batch = g_new0 (Batch, 1);

  batch->task = task;
  batch->links = g_ptr_array_new_with_free_func (g_free);
  batch->failures = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(EntFeedEntry) entry = g_list_model_get_item (entries, i);
      const char *link = ent_feed_entry_get_link (entry);

      if (link != NULL)
        g_ptr_array_add (batch->links, g_strdup (link));
    }
  batch->documents = g_ptr_array_new_full (batch->links->len, unref_if_set);
  g_ptr_array_set_size (batch->documents, batch->links->len);
  batch_next (self, batch);
}

/* Runs in a worker thread: reads the file, then converts it like a body. */
static void
file_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Source *source = task_data;
  GFile *file = g_object_get_data (G_OBJECT (task), "file");
  g_autoptr(GFileInfo) info = NULL;
  GError *error = NULL;
  char *contents = NULL;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    g_set_error (&error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_UNSUPPORTED, _("It is a folder"));
  else if (info != NULL && g_file_info_get_size (info) > ENT_IMPORT_MAX_SIZE)
    g_set_error (&error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_TOO_LARGE,
                 _("The file is too large (%u MB; the limit is %d MB)"),
                 (guint)(g_file_info_get_size (info) / (1024 * 1024)), ENT_IMPORT_MAX_SIZE / (1024 * 1024));
  else if (info != NULL)
    g_file_load_contents (file, cancellable, &contents, &length, NULL, &error);
  if (error != NULL)
    {
      g_prefix_error (&error, _("Could not import “%s”: "), source->name);
      return g_task_return_error (task, error);
    }
  source->body = g_bytes_new_take (contents, length);
  source->kind = ent_import_guess_kind (NULL, source->name, contents, length);
  convert_thread (task, source_object, task_data, cancellable);
}

static GPtrArray *
drop_duplicates (EntImporter *self,
                 GPtrArray   *documents)
{
  GPtrArray *kept = new_document_array ();

  for (guint i = 0; i < documents->len; i++)
    {
      EntDocument *document = g_ptr_array_index (documents, i);
      gboolean duplicate = self->project != NULL &&
                           ent_project_find_duplicate (self->project, document) != NULL;

      for (guint j = 0; j < kept->len && !duplicate; j++)
        {
          EntDocument *other = g_ptr_array_index (kept, j);

          duplicate = (ent_document_get_url (document) != NULL &&
                       g_strcmp0 (ent_document_get_url (document), ent_document_get_url (other)) == 0) ||
                      strcmp (ent_document_get_text (document), ent_document_get_text (other)) == 0;
        }
      if (!duplicate)
        g_ptr_array_add (kept, g_object_ref (document));
    }
  g_ptr_array_unref (documents);
  return kept;
}

static GPtrArray *
finish_import (EntImporter   *self,
               GAsyncResult  *result,
               GPtrArray    **failures,
               GError       **error)
{
  GPtrArray *documents;
  GPtrArray *failed = g_object_get_data (G_OBJECT (result), "failures");

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (failures != NULL)
    *failures = failed ? g_ptr_array_ref (failed)
                       : g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  if ((documents = g_task_propagate_pointer (G_TASK (result), error)) == NULL)
    return NULL;
  return drop_duplicates (self, documents);
}

static void
ent_importer_dispose (GObject *object)
{
  EntImporter *self = ENT_IMPORTER (object);

  g_clear_object (&self->fetcher);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (ent_importer_parent_class)->dispose (object);
}

static void
ent_importer_class_init (EntImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ent_importer_dispose;

  signals[PROGRESS] = g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
ent_importer_init (EntImporter *self)
{
  self->fetcher = ent_fetcher_new ();
  self->max_parallel = ENT_IMPORTER_DEFAULT_PARALLEL;
}

/**
 * ent_importer_new:
 * @project: (nullable): the project the documents are meant for
 */
EntImporter *
ent_importer_new (EntProject *project)
{
  EntImporter *self = g_object_new (ENT_TYPE_IMPORTER, NULL);

  g_return_val_if_fail (project == NULL || ENT_IS_PROJECT (project), NULL);

  if (project != NULL)
    self->project = g_object_ref (project);
  return self;
}

EntFetcher *
ent_importer_get_fetcher (EntImporter *self)
{
  g_return_val_if_fail (ENT_IS_IMPORTER (self), NULL);
  return self->fetcher;
}

guint
ent_importer_get_max_parallel (EntImporter *self)
{
  g_return_val_if_fail (ENT_IS_IMPORTER (self), 0);
  return self->max_parallel;
}

void
ent_importer_set_max_parallel (EntImporter *self,
                               guint        max_parallel)
{
  g_return_if_fail (ENT_IS_IMPORTER (self));
  g_return_if_fail (max_parallel > 0);
  self->max_parallel = max_parallel;
}

void
ent_importer_import_uri_async (EntImporter         *self,
                               const char          *uri,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (ENT_IS_IMPORTER (self));
  g_return_if_fail (uri != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ent_importer_import_uri_async);
  import_page (self, uri, TRUE, task);
}

/**
 * ent_importer_import_uri_finish:
 * @failures: (out) (optional) (transfer full) (element-type GError): the
 *   entries of a feed that could not be imported
 *
 * Returns: (transfer full) (element-type EntDocument): the new documents,
 *   without duplicates (possibly none), or %NULL with @error set
 */
GPtrArray *
ent_importer_import_uri_finish (EntImporter   *self,
                                GAsyncResult  *result,
                                GPtrArray    **failures,
                                GError       **error)
{
  return finish_import (self, result, failures, error);
}

void
ent_importer_import_file_async (EntImporter         *self,
                                GFile               *file,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task;
  GTask *worker;
  Source *source = g_new0 (Source, 1);

  g_return_if_fail (ENT_IS_IMPORTER (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ent_importer_import_file_async);
  source->name = g_file_get_parse_name (file);
  source->id = reserve_id (self);
  source->allow_feed = TRUE;
  worker = g_task_new (self, cancellable, converted_cb, task);
  g_object_set_data_full (G_OBJECT (worker), "file", g_object_ref (file), g_object_unref);
  g_task_set_task_data (worker, source, (GDestroyNotify)source_free);
  g_task_run_in_thread (worker, file_thread);
  g_object_unref (worker);
}

GPtrArray *
ent_importer_import_file_finish (EntImporter   *self,
                                 GAsyncResult  *result,
                                 GPtrArray    **failures,
                                 GError       **error)
{
  return finish_import (self, result, failures, error);
}

/**
 * ent_importer_import_entries_async:
 * @entries: a list of EntFeedEntry, such as the user's choice from
 *   ent_feed_get_entries()
 *
 * Fetches and imports the entries' pages, at most :max-parallel at once.
 */
void
ent_importer_import_entries_async (EntImporter         *self,
                                   GListModel          *entries,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (ENT_IS_IMPORTER (self));
  g_return_if_fail (G_IS_LIST_MODEL (entries));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ent_importer_import_entries_async);
  start_batch (self, task, entries);
}

GPtrArray *
ent_importer_import_entries_finish (EntImporter   *self,
                                    GAsyncResult  *result,
                                    GPtrArray    **failures,
                                    GError       **error)
{
  return finish_import (self, result, failures, error);
}

static void
sync_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

/* The sync variants run the async code on a private main context, so
 * that they can be called from a command-line tool or a worker thread. */
static GAsyncResult *
wait_for (GMainContext  *context,
          GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (context, TRUE);
  while (g_main_context_iteration (context, FALSE))
    ;
  g_main_context_pop_thread_default (context);
  return *result;
}

GPtrArray *
ent_importer_import_uri (EntImporter   *self,
                         const char    *uri,
                         GCancellable  *cancellable,
                         GPtrArray    **failures,
                         GError       **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GAsyncResult) result = NULL;

  g_main_context_push_thread_default (context);
  ent_importer_import_uri_async (self, uri, cancellable, sync_cb, &result);
  return finish_import (self, wait_for (context, &result), failures, error);
}

GPtrArray *
ent_importer_import_file (EntImporter   *self,
                          GFile         *file,
                          GCancellable  *cancellable,
                          GPtrArray    **failures,
                          GError       **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GAsyncResult) result = NULL;

  g_main_context_push_thread_default (context);
  ent_importer_import_file_async (self, file, cancellable, sync_cb, &result);
  return finish_import (self, wait_for (context, &result), failures, error);
}
