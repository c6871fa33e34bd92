/* ent-window-import.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ent-feed-dialog.h"
#include "ent-importer.h"
#include "ent-url-dialog.h"
#include "ent-window-private.h"

/* How often the header bar's progress bar pulses while one page loads. */
#define PULSE_INTERVAL_MS 100

/* How many failed feed entries a toast names before it says "…". */
#define MAX_FAILURES_NAMED 2

/* One import of a page, of chosen feed entries or of a text. From its start
 * to the moment its articles are in, it keeps the window busy. */
typedef struct
{
  EntWindow    *window;
  EntImporter  *importer;
  GCancellable *cancellable;
  char         *uri;         /* the page, for messages; NULL for a text */
  char         *undo_title;
  GPtrArray    *documents;   /* EntDocument *, fetched, waiting to be added */
  GPtrArray    *failures;    /* GError *, of feed entries that failed */
  guint         done;
  guint         total;
  gboolean      network;     /* shown in the header bar */
} ImportJob;

/* What the worker converts: a fetched body or a pasted text. */
typedef struct
{
  GBytes *body;
  char   *content_type;
  char   *charset;
  char   *name;
  char   *id;
} Convert;

struct _EntWindowImport
{
  /* Cancelled by win.cancel, then replaced, so later imports run. */
  GCancellable *cancellable;
  /* ImportJob *, borrowed: each job belongs to its pending callback. */
  GPtrArray    *jobs;
  /* ImportJob *, owned: articles held back while a re-analysis runs. */
  GQueue        waiting;
  guint         pulse_source;
};

static void
convert_free (Convert *convert)
{
  g_clear_pointer (&convert->body, g_bytes_unref);
  g_free (convert->content_type);
  g_free (convert->charset);
  g_free (convert->name);
  g_free (convert->id);
  g_free (convert);
}

static void
job_free (ImportJob *job)
{
  g_clear_object (&job->window);
  g_clear_object (&job->importer);
  g_clear_object (&job->cancellable);
  g_clear_pointer (&job->documents, g_ptr_array_unref);
  g_clear_pointer (&job->failures, g_ptr_array_unref);
  g_free (job->uri);
  g_free (job->undo_title);
  g_free (job);
}

static void
import_free (EntWindowImport *import)
{
  g_cancellable_cancel (import->cancellable);
  g_clear_object (&import->cancellable);
  g_clear_handle_id (&import->pulse_source, g_source_remove);
  g_queue_clear_full (&import->waiting, (GDestroyNotify) job_free);
  g_clear_pointer (&import->jobs, g_ptr_array_unref);
  g_free (import);
}

static void
update_state (EntWindow *self)
{
  _ent_window_update_progress (self);
  _ent_window_update_actions (self);
}

static gboolean
pulse_cb (gpointer data)
{
  EntWindow *self = data;

  if (self->import == NULL || self->import->jobs->len == 0)
    {
      if (self->import != NULL)
        self->import->pulse_source = 0;
      return G_SOURCE_REMOVE;
    }

  _ent_window_update_progress (self);

  return G_SOURCE_CONTINUE;
}

static ImportJob *
job_new (EntWindow  *self,
         const char *uri,
         gboolean    network)
{
  ImportJob *job = g_new0 (ImportJob, 1);

  job->window = g_object_ref (self);
  job->importer = ent_importer_new (self->project);
  job->cancellable = g_object_ref (self->import->cancellable);
  job->uri = g_strdup (uri);
  job->total = 1;
  job->network = network;
  g_ptr_array_add (self->import->jobs, job);

  if (network && self->import->pulse_source == 0)
    self->import->pulse_source = g_timeout_add (PULSE_INTERVAL_MS, pulse_cb, self);
  update_state (self);

  return job;
}

/* Every job ends here, whatever happened. */
static void
job_done (ImportJob *job)
{
  g_autoptr(EntWindow) self = g_object_ref (job->window);

  if (self->import != NULL)
    g_ptr_array_remove (self->import->jobs, job);
  job_free (job);

  if (self->import != NULL)
    {
      update_state (self);
      _ent_window_run_pending (self);
    }
}

/* The window is closing, or the user cancelled: nothing to say. */
static gboolean
job_is_stale (ImportJob *job)
{
  return job->window->import == NULL || g_cancellable_is_cancelled (job->cancellable) ||
         g_cancellable_is_cancelled (job->window->cancellable);
}

static void
job_fail (ImportJob *job,
          GError    *error)
{
  g_autofree char *markup = NULL;

  if (job_is_stale (job) || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      job_done (job);
      return;
    }

  /* The fetcher's and the importer's messages name the address already. */
  if (job->uri != NULL && strstr (error->message, job->uri) == NULL)
    markup = g_markup_printf_escaped (_("Could not import %s: %s"), job->uri, error->message);
  else
    markup = g_markup_escape_text (error->message, -1);
  _ent_window_add_toast (job->window, markup);
  job_done (job);
}

static EntDocument *
find_document_by_url (EntWindow  *self,
                      const char *uri)
{
  GListModel *documents = ent_project_get_documents (self->project);
  guint n_items = g_list_model_get_n_items (documents);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(EntDocument) document = g_list_model_get_item (documents, i);

      if (g_strcmp0 (ent_document_get_url (document), uri) == 0)
        return document;
    }

  return NULL;
}

static void
report_present (EntWindow   *self,
                EntDocument *document)
{
  g_autofree char *markup = g_markup_printf_escaped (_("“%s” is already in this project"),
                                                     ent_document_get_title (document));

  _ent_window_add_toast (self, markup);
  _ent_window_select_document (self, document);
}

/* "3 of 20 entries could not be fetched: …", naming the first problems. */
static void
report_failures (ImportJob *job)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;
  guint n_failed = job->failures ? job->failures->len : 0;

  if (n_failed == 0 || job_is_stale (job))
    return;

  for (guint i = 0; i < MIN (n_failed, MAX_FAILURES_NAMED); i++)
    {
      const GError *error = g_ptr_array_index (job->failures, i);

      g_string_append_printf (problems, "%s%s", i > 0 ? "; " : "", error->message);
    }
  if (n_failed > MAX_FAILURES_NAMED)
    g_string_append (problems, "; …");

  /* Translators: "3 of 20 entries could not be fetched: <the problems>". */
  text = g_strdup_printf (ngettext ("%u of %u entry could not be fetched: %s",
                                    "%u of %u entries could not be fetched: %s",
                                    job->total),
                          n_failed, job->total, problems->str);
  markup = g_markup_escape_text (text, -1);
  _ent_window_add_toast (job->window, markup);
}

static void
documents_added_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  ImportJob *job = user_data;
  g_autoptr(GPtrArray) added = NULL;

  added = _ent_window_add_documents_finish (ENT_WINDOW (object), result, NULL);
  if (added != NULL)
    report_failures (job);
  job_done (job);
}

static void
add_documents (ImportJob *job)
{
  EntWindow *self = job->window;

  /* A re-analysis recounts the mentions of the articles it started with;
   * see _ent_window_import_resume(). */
  if (self->reanalysis != NULL)
    {
      g_queue_push_tail (&self->import->waiting, job);
      return;
    }

  _ent_window_add_documents_async (self, job->documents, job->undo_title, job->cancellable,
                                   documents_added_cb, job);
}

/* Runs in a worker thread: touches only its task data. A feed is parsed
 * rather than imported, so that the user can choose its entries. */
static void
convert_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Convert *convert = task_data;
  gsize length;
  const char *data = g_bytes_get_data (convert->body, &length);
  GError *error = NULL;
  GObject *object;

  if (ent_import_guess_kind (convert->content_type, convert->name, data, length) ==
      ENT_IMPORT_KIND_FEED)
    object = G_OBJECT (ent_feed_parse (data, length, convert->name, &error));
  else
    object = G_OBJECT (ent_import_data (data, length, convert->content_type, convert->charset,
                                        convert->name, convert->id, &error));

  if (object == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, object, g_object_unref);
}

static void
present_feed_dialog (EntWindow *self,
                     EntFeed   *feed);

static void
converted_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  ImportJob *job = user_data;
  g_autoptr(GObject) converted = NULL;
  g_autoptr(GError) error = NULL;
  EntDocument *duplicate;

  converted = g_task_propagate_pointer (G_TASK (result), &error);
  if (converted == NULL)
    {
      job_fail (job, error);
      return;
    }
  if (job_is_stale (job))
    {
      job_done (job);
      return;
    }

  if (ENT_IS_FEED (converted))
    {
      present_feed_dialog (job->window, ENT_FEED (converted));
      job_done (job);
      return;
    }

  if ((duplicate = ent_project_find_duplicate (job->window->project,
                                               ENT_DOCUMENT (converted))) != NULL)
    {
      report_present (job->window, duplicate);
      job_done (job);
      return;
    }

  job->documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (job->documents, g_steal_pointer (&converted));
  add_documents (job);
}

static void
convert_async (ImportJob  *job,
               GBytes     *body,
               const char *content_type,
               const char *charset,
               const char *name)
{
  g_autoptr(GTask) task = g_task_new (NULL, job->cancellable, converted_cb, job);
  Convert *convert = g_new0 (Convert, 1);

  convert->body = g_bytes_ref (body);
  convert->content_type = g_strdup (content_type);
  convert->charset = g_strdup (charset);
  convert->name = g_strdup (name);
  convert->id = ent_project_dup_new_id (job->window->project, "doc");

  g_task_set_source_tag (task, convert_async);
  g_task_set_task_data (task, convert, (GDestroyNotify) convert_free);
  g_task_run_in_thread (task, convert_thread);
}

static void
page_fetched_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ImportJob *job = user_data;
  g_autofree char *content_type = NULL;
  g_autofree char *charset = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GError) error = NULL;

  body = ent_fetcher_fetch_finish (ENT_FETCHER (object), result, &content_type, &charset,
                                   NULL, &error);
  if (body == NULL)
    {
      job_fail (job, error);
      return;
    }

  convert_async (job, body, content_type, charset, job->uri);
}

static void
entries_progress_cb (ImportJob *job,
                     guint      done,
                     guint      total)
{
  job->done = done;
  job->total = total;
  if (job->window->import != NULL)
    _ent_window_update_progress (job->window);
}

static void
entries_imported_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  ImportJob *job = user_data;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;

  documents = ent_importer_import_entries_finish (ENT_IMPORTER (object), result,
                                                  &job->failures, &error);
  if (documents == NULL)
    {
      job_fail (job, error);
      return;
    }
  if (job_is_stale (job))
    {
      job_done (job);
      return;
    }

  if (documents->len == 0)
    {
      if (job->failures->len > 0)
        report_failures (job);
      else
        _ent_window_add_toast (job->window,
                               _("The chosen articles are already in this project"));
      job_done (job);
      return;
    }

  job->undo_title = g_strdup_printf (ngettext ("Import %u Article", "Import %u Articles",
                                               documents->len),
                                     documents->len);
  job->documents = g_steal_pointer (&documents);
  add_documents (job);
}

static void
feed_dialog_import_cb (EntWindow     *self,
                       GListModel    *entries,
                       EntFeedDialog *dialog)
{
  _ent_window_import_entries (self, entries);
}

static void
present_feed_dialog (EntWindow *self,
                     EntFeed   *feed)
{
  EntFeedDialog *dialog = ent_feed_dialog_new (GTK_WINDOW (self));

  if (feed != NULL)
    ent_feed_dialog_set_feed (dialog, feed);
  g_signal_connect_object (dialog, "import", G_CALLBACK (feed_dialog_import_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
url_dialog_import_cb (EntWindow    *self,
                      const char   *uri,
                      EntUrlDialog *dialog)
{
  _ent_window_import_uri (self, uri);
}

static void
import_url_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  EntUrlDialog *dialog = ent_url_dialog_new (GTK_WINDOW (widget));

  g_signal_connect_object (dialog, "import", G_CALLBACK (url_dialog_import_cb), widget,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_feed_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  present_feed_dialog (ENT_WINDOW (widget), NULL);
}

void
_ent_window_import_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-url", NULL, import_url_action);
  gtk_widget_class_install_action (widget_class, "win.import-feed", NULL, import_feed_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK,
                                       "win.import-url", NULL);

  _ent_window_dnd_class_init (widget_class);
}

void
_ent_window_import_init (EntWindow *self)
{
  self->import = g_new0 (EntWindowImport, 1);
  self->import->cancellable = g_cancellable_new ();
  self->import->jobs = g_ptr_array_new ();
  g_queue_init (&self->import->waiting);

  _ent_window_dnd_init (self);
  _ent_window_batch_init (self);
}

void
_ent_window_import_dispose (EntWindow *self)
{
  g_clear_pointer (&self->import, import_free);
}

/* Pages, feeds, pasted text, or the articles of many files opened. */
gboolean
_ent_window_import_get_busy (EntWindow *self)
{
  return (self->import != NULL && self->import->jobs->len > 0) ||
         _ent_window_batch_get_busy (self);
}

/* Pages being fetched, for the header bar: one page pulses (its size is
 * unknown), several count. A pasted text shows nothing. */
gboolean
_ent_window_import_get_progress (EntWindow  *self,
                                 double     *fraction,
                                 char      **text)
{
  ImportJob *single = NULL;
  guint n_pages = 0, done = 0, total = 0;

  for (guint i = 0; self->import != NULL && i < self->import->jobs->len; i++)
    {
      ImportJob *job = g_ptr_array_index (self->import->jobs, i);

      if (!job->network)
        continue;
      single = job;
      n_pages++;
      done += job->done;
      total += job->total;
    }

  if (n_pages == 0)
    return FALSE;

  if (n_pages == 1 && single->uri != NULL)
    {
      g_autoptr(GUri) uri = g_uri_parse (single->uri, G_URI_FLAGS_NONE, NULL);

      *fraction = -1;
      /* Translators: progress of a download, "Fetching example.org". */
      *text = g_strdup_printf (_("Fetching %s"), uri ? g_uri_get_host (uri) : single->uri);
      return TRUE;
    }

  *fraction = (double) done / MAX (total, 1);
  /* Translators: progress of fetching several articles, "3 of 20". */
  *text = g_strdup_printf (_("Fetching %u of %u"), MIN (done + 1, total), total);

  return TRUE;
}

void
_ent_window_import_cancel (EntWindow *self)
{
  EntWindowImport *import = self->import;
  ImportJob *job;

  if (import == NULL)
    return;

  g_cancellable_cancel (import->cancellable);
  g_clear_object (&import->cancellable);
  import->cancellable = g_cancellable_new ();

  while ((job = g_queue_pop_head (&import->waiting)) != NULL)
    job_done (job);
}

/* A re-analysis has ended: the articles that waited for it go in. */
void
_ent_window_import_resume (EntWindow *self)
{
  ImportJob *job;

  while (self->import != NULL && self->reanalysis == NULL &&
         (job = g_queue_pop_head (&self->import->waiting)) != NULL)
    add_documents (job);
}

/* Imports the page at @uri; a feed opens the feed dialog instead. The
 * problems, from a refused address to a failed fetch, are toasts that name
 * the address. */
void
_ent_window_import_uri (EntWindow  *self,
                        const char *uri)
{
  g_autoptr(GError) error = NULL;
  EntDocument *present;
  ImportJob *job;

  g_assert (ENT_IS_WINDOW (self));
  g_assert (uri != NULL);

  if (!ent_fetcher_check_uri (uri, &error))
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      _ent_window_add_toast (self, markup);
      return;
    }
  if ((present = find_document_by_url (self, uri)) != NULL)
    {
      report_present (self, present);
      return;
    }

  job = job_new (self, uri, TRUE);
  job->undo_title = g_strdup (_("Import Article"));
  ent_fetcher_fetch_async (ent_importer_get_fetcher (job->importer), uri, job->cancellable,
                           page_fetched_cb, job);
}

/* Makes a document of @text; @name is its title when the text has no
 * first line to take one from. */
void
_ent_window_import_text (EntWindow  *self,
                         const char *text,
                         const char *name)
{
  g_autoptr(GBytes) body = NULL;
  ImportJob *job;

  g_assert (ENT_IS_WINDOW (self));
  g_assert (text != NULL);

  body = g_bytes_new (text, strlen (text));
  job = job_new (self, NULL, FALSE);
  /* Translators: the undo step of a paste or drop of text. */
  job->undo_title = g_strdup (_("Add Text as Article"));
  convert_async (job, body, "text/plain", "UTF-8", name);
}

/* Fetches the pages of the chosen feed entries, at most
 * ENT_IMPORTER_DEFAULT_PARALLEL at once, and adds them as one undo step. */
void
_ent_window_import_entries (EntWindow  *self,
                            GListModel *entries)
{
  ImportJob *job;

  g_assert (ENT_IS_WINDOW (self));
  g_assert (G_IS_LIST_MODEL (entries));

  if (g_list_model_get_n_items (entries) == 0)
    return;

  job = job_new (self, NULL, TRUE);
  job->total = g_list_model_get_n_items (entries);
  g_signal_connect_swapped (job->importer, "progress", G_CALLBACK (entries_progress_cb), job);
  ent_importer_import_entries_async (job->importer, entries, job->cancellable,
                                     entries_imported_cb, job);
  update_state (self);
}
