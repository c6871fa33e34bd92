/* ent-window-io.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ent-importer.h"
#include "ent-project-file.h"
#include "ent-text-importer.h"
#include "ent-window-private.h"

static char *
dup_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return g_filename_display_name (basename ? basename : "");
}

/* Core and GIO messages often begin with "Could not open “/full/path”: ".
 * A toast is one line, so it names the file by its short name itself and
 * keeps only what follows the last mention of the path: the problem. */
static const char *
skip_path_prefix (const char *message,
                  GFile      *file)
{
  g_autofree char *path = g_file_get_parse_name (file);
  const char *after;
  const char *colon;

  if (path == NULL || (after = g_strrstr (message, path)) == NULL)
    return message;
  after += strlen (path);
  colon = strstr (after, ": ");
  if (colon == NULL || colon - after > 4 || colon[2] == '\0')
    return message;

  return colon + 2;
}

/* The toast names the file and the problem; @format has two %s, the file
 * name and the problem. */
#define REPORT_ERROR(self, format, file, error)                                  \
  G_STMT_START {                                                                 \
    g_autofree char *_name = dup_display_name (file);                            \
    const char *_problem = skip_path_prefix ((error)->message, file);            \
    g_autofree char *_markup = g_markup_printf_escaped (format, _name, _problem); \
    _ent_window_add_toast (self, _markup);                                       \
  } G_STMT_END

static gboolean
is_project_file (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *lower = basename ? g_ascii_strdown (basename, -1) : NULL;

  return lower != NULL && g_str_has_suffix (lower, ".entente");
}

/* A project is blank when replacing it loses nothing. */
static gboolean
project_is_blank (EntProject *project)
{
  return ent_project_get_n_documents (project) == 0 &&
         ent_project_get_n_actors (project) == 0 &&
         ent_project_get_n_statements (project) == 0 &&
         ent_project_get_file (project) == NULL &&
         !ent_project_get_modified (project);
}

static EntWindow *
find_window_for_file (EntWindow *self,
                      GFile     *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GFile *own = ent_project_get_file (self->project);

  if (own != NULL && g_file_equal (own, file))
    return self;
  if (app == NULL)
    return NULL;

  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    {
      GFile *other;

      if (!ENT_IS_WINDOW (l->data))
        continue;
      other = ent_project_get_file (ENT_WINDOW (l->data)->project);
      if (other != NULL && g_file_equal (other, file))
        return ENT_WINDOW (l->data);
    }

  return NULL;
}

/* Every open operation ends here, whether it succeeded or not. */
void
_ent_window_finish_opening (EntWindow *self)
{
  g_clear_object (&self->opening_file);
  self->open_done++;
  _ent_window_open_next (self);
}

/* Returns the window that shows @project: @self if its project was blank. */
static EntWindow *
place_project (EntWindow  *self,
               EntProject *project)
{
  EntWindow *window;

  if (project_is_blank (self->project))
    {
      _ent_window_set_project (self, project);
      return self;
    }

  window = ent_window_new (gtk_window_get_application (GTK_WINDOW (self)), project);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/**
 * ent_window_recover:
 * @autosave: the autosaved copy @project was read from
 *
 * Shows a project recovered after a crash, in @self if it is blank or in a
 * new window, which keeps the copy until the project is saved or closed.
 *
 * Returns: (transfer none): the window showing @project
 */
EntWindow *
ent_window_recover (EntWindow  *self,
                    EntProject *project,
                    GFile      *autosave)
{
  EntWindow *window;

  g_return_val_if_fail (ENT_IS_WINDOW (self), NULL);
  g_return_val_if_fail (ENT_IS_PROJECT (project), NULL);
  g_return_val_if_fail (G_IS_FILE (autosave), NULL);

  window = place_project (self, project);
  ent_autosave_adopt (window->autosave, autosave);
  _ent_window_update_title (window);
  _ent_window_update_actions (window);

  return window;
}

static void
load_project_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(EntWindow) self = user_data;
  g_autoptr(EntProject) project = NULL;
  g_autoptr(GError) error = NULL;

  project = ent_project_file_load_finish (result, &error);
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  if (project != NULL)
    place_project (self, project);
  else
    REPORT_ERROR (self, _("Could not open “%s”: %s"), self->opening_file, error);

  _ent_window_finish_opening (self);
}

/* Returns whether the article is already in the project, and says so. */
static gboolean
report_duplicate (EntWindow   *self,
                  EntDocument *document)
{
  EntDocument *duplicate = ent_project_find_duplicate (self->project, document);
  g_autofree char *markup = NULL;

  if (duplicate == NULL)
    return FALSE;

  markup = g_markup_printf_escaped (_("“%s” is already in this project"),
                                    ent_document_get_title (duplicate));
  _ent_window_add_toast (self, markup);
  _ent_window_select_document (self, duplicate);

  return TRUE;
}

/* Web pages and feeds saved as files go through the importer, which finds
 * the article in the page; a feed's entries are fetched. */
static gboolean
is_web_file (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  switch (ent_import_guess_kind (NULL, basename, NULL, 0))
    {
    case ENT_IMPORT_KIND_HTML:
    case ENT_IMPORT_KIND_FEED:
      return TRUE;
    case ENT_IMPORT_KIND_UNKNOWN:
    case ENT_IMPORT_KIND_TEXT:
    default:
      return FALSE;
    }
}

/* Text files read together ------------------------------------------------ */

/* A plain text file is read in a worker with the plain text files that
 * follow it in the queue, up to TEXT_READ_CHUNK: while many files are
 * opened, one file per trip through the main loop spends more time waiting
 * for the worker to be scheduled than reading, and its results, always
 * ready, would hold back the window's frames. */
#define TEXT_READ_CHUNK 16

typedef struct
{
  GPtrArray *files;      /* GFile * */
  GPtrArray *ids;        /* char * */
  GPtrArray *documents;  /* EntDocument *, or NULL where reading failed */
  GPtrArray *errors;     /* GError *, or NULL where reading succeeded */
  guint      serial;     /* the window's open_serial when it began */
} TextRead;

/* The arrays hold NULL where a file gave no document, or no error. */
static void
unref_document (gpointer document)
{
  if (document != NULL)
    g_object_unref (document);
}

static void
free_error (gpointer error)
{
  if (error != NULL)
    g_error_free (error);
}

static void
text_read_free (TextRead *read)
{
  g_ptr_array_unref (read->files);
  g_ptr_array_unref (read->ids);
  g_ptr_array_unref (read->documents);
  g_ptr_array_unref (read->errors);
  g_free (read);
}

static void
read_texts_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  TextRead *read = task_data;

  for (guint i = 0; i < read->files->len; i++)
    {
      GError *error = NULL;
      EntDocument *document = ent_text_import_file (g_ptr_array_index (read->files, i),
                                                    g_ptr_array_index (read->ids, i),
                                                    cancellable, &error);

      g_ptr_array_add (read->documents, document);
      g_ptr_array_add (read->errors, error);
    }
  g_task_return_boolean (task, TRUE);
}

static void
read_texts_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(EntWindow) self = user_data;
  TextRead *read = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  /* After a cancel, the file being read finishes; those read with it are
   * dropped, as if they had still been waiting. */
  guint n = read->serial == self->open_serial ? read->files->len : 1;

  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  for (guint i = 0; i < n; i++)
    {
      EntDocument *document = g_ptr_array_index (read->documents, i);
      GError *error = g_ptr_array_index (read->errors, i);

      if (document == NULL)
        REPORT_ERROR (self, _("Could not import “%s”: %s"), g_ptr_array_index (read->files, i),
                      error);
      else if (!report_duplicate (self, document))
        g_ptr_array_add (documents, g_object_ref (document));
    }
  /* The opening of the first file ends below, with the others'. */
  self->open_done += n - 1;
  if (documents->len > 0)
    _ent_window_import_documents (self, documents);
  else
    _ent_window_finish_opening (self);
}

static gboolean
is_text_file (GFile *file)
{
  return !is_web_file (file) && !is_project_file (file);
}

/* Reads @file and the plain text files that follow it in the queue. */
static void
read_text_files (EntWindow *self,
                 GFile     *file)
{
  g_autoptr(GTask) task = g_task_new (NULL, self->cancellable, read_texts_cb,
                                      g_object_ref (self));
  TextRead *read = g_new0 (TextRead, 1);

  read->files = g_ptr_array_new_with_free_func (g_object_unref);
  read->ids = g_ptr_array_new_with_free_func (g_free);
  read->documents = g_ptr_array_new_with_free_func (unref_document);
  read->errors = g_ptr_array_new_with_free_func (free_error);
  read->serial = self->open_serial;
  g_ptr_array_add (read->files, g_object_ref (file));
  while (read->files->len < TEXT_READ_CHUNK && !g_queue_is_empty (&self->open_queue) &&
         is_text_file (g_queue_peek_head (&self->open_queue)))
    g_ptr_array_add (read->files, g_queue_pop_head (&self->open_queue));
  for (guint i = 0; i < read->files->len; i++)
    g_ptr_array_add (read->ids, ent_project_dup_new_id (self->project, "doc"));

  g_task_set_source_tag (task, read_text_files);
  /* Below the window's redrawing, so that frames come first. */
  g_task_set_priority (task, GDK_PRIORITY_REDRAW + 10);
  g_task_set_task_data (task, read, (GDestroyNotify) text_read_free);
  g_task_run_in_thread (task, read_texts_thread);
}

static void
import_web_file_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(EntWindow) self = user_data;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;

  documents = ent_importer_import_file_finish (ENT_IMPORTER (object), result, NULL, &error);
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  if (documents == NULL)
    REPORT_ERROR (self, _("Could not import “%s”: %s"), self->opening_file, error);
  else if (documents->len == 0)
    {
      g_autofree char *name = dup_display_name (self->opening_file);
      g_autofree char *markup = g_markup_printf_escaped (_("“%s” is already in this project"),
                                                         name);

      _ent_window_add_toast (self, markup);
    }
  else
    {
      /* The analysis ends the opening when the articles are in. */
      _ent_window_import_documents (self, documents);
      return;
    }

  _ent_window_finish_opening (self);
}

static void
import_web_file (EntWindow *self,
                 GFile     *file)
{
  g_autoptr(EntImporter) importer = ent_importer_new (self->project);

  ent_importer_import_file_async (importer, file, self->cancellable, import_web_file_cb,
                                  g_object_ref (self));
}

static void
open_file (EntWindow *self,
           GFile     *file)
{
  EntWindow *window;

  self->opening_file = g_object_ref (file);

  if (is_web_file (file))
    {
      import_web_file (self, file);
      return;
    }

  if (!is_project_file (file))
    {
      read_text_files (self, file);
      return;
    }

  if ((window = find_window_for_file (self, file)) != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      _ent_window_finish_opening (self);
      return;
    }

  ent_project_file_load_async (file, self->cancellable, load_project_cb, g_object_ref (self));
}

void
_ent_window_open_next (EntWindow *self)
{
  g_autoptr(GFile) file = NULL;

  /* A re-analysis applies its results to the documents it started with,
   * so new articles wait until it is done. */
  if (self->opening_file != NULL || self->reanalysis != NULL ||
      g_cancellable_is_cancelled (self->cancellable))
    return;

  file = g_queue_pop_head (&self->open_queue);
  if (file != NULL)
    open_file (self, file);
  else
    {
      self->open_total = self->open_done = 0;
      /* The last file is read: the articles still waiting are analysed. */
      _ent_window_flush_batch (self);
    }

  _ent_window_update_progress (self);
  _ent_window_update_actions (self);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(EntWindow) self = user_data;
  g_autoptr(EntProject) project = g_steal_pointer (&self->saving_project);
  g_autoptr(GFile) file = g_steal_pointer (&self->saving_file);
  g_autoptr(GError) error = NULL;
  gboolean unchanged = self->change_serial == self->saving_serial;

  if (!ent_project_file_save_finish (result, &error))
    {
      if (!g_cancellable_is_cancelled (self->cancellable))
        {
          self->close_after_save = FALSE;
          REPORT_ERROR (self, _("Could not save “%s”: %s"), file, error);
          _ent_window_update_actions (self);
        }
      return;
    }

  ent_project_set_file (project, file);
  if (unchanged)
    ent_project_mark_saved (project);
  if (g_cancellable_is_cancelled (self->cancellable) || project != self->project)
    return;

  _ent_window_update_title (self);
  _ent_window_update_actions (self);
  if (self->close_after_save && !ent_project_get_modified (project))
    gtk_window_close (GTK_WINDOW (self));
  self->close_after_save = FALSE;
}

void
_ent_window_save_to_file (EntWindow *self,
                          GFile     *file)
{
  g_assert (ENT_IS_WINDOW (self));
  g_assert (G_IS_FILE (file));

  if (self->saving_project != NULL)
    return;

  self->saving_project = g_object_ref (self->project);
  self->saving_file = g_object_ref (file);
  self->saving_serial = self->change_serial;
  ent_project_file_save_async (self->project, file, self->cancellable, save_cb,
                               g_object_ref (self));
  _ent_window_update_actions (self);
}

void
_ent_window_save (EntWindow *self)
{
  GFile *file = ent_project_get_file (self->project);

  if (file != NULL)
    _ent_window_save_to_file (self, file);
  else
    _ent_window_save_as (self);
}
