/* ent-window-batch.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ent-window-private.h"

/* Opening many articles at once. One analysis per file would change the
 * project, and redraw the lists and the canvas, once per file; instead
 * the files are read on while the articles wait here, and are analysed
 * in batches in a worker, then added by chunks (ent-window-analysis.c). */

/* How many articles wait before a batch is analysed while files are
 * still being read. */
#define BATCH_SIZE 50

/* How far apart the views catch up after an import. */
#define CATCH_UP_INTERVAL_MS 30

struct _EntWindowBatch
{
  GPtrArray    *waiting;      /* EntDocument *, read, not analysed yet */
  GCancellable *cancellable;  /* cancelled by win.cancel, then replaced */
  gboolean      running;      /* a batch is being analysed or added */
  guint         generation;   /* changes when the user cancels */
  guint         total;        /* articles in this import, for the progress */
  guint         done;
  EntDocument  *first;        /* the first article the import added */
  guint         catch_up_source;
  guint         catch_up_stage;
};

static gboolean
still_reading (EntWindow *self)
{
  return self->opening_file != NULL || !g_queue_is_empty (&self->open_queue);
}

/* The lists and the canvas follow the project at intervals while batches
 * go in, and the autosaved copy is written by its timer only. */
static void
defer_views (EntWindow *self)
{
  g_clear_handle_id (&self->batch->catch_up_source, g_source_remove);
  _ent_window_defer_canvas (self, TRUE);
  ent_side_panel_set_deferred (self->side_panel, TRUE);
  ent_deferred_model_set_deferred (self->document_rows, TRUE);
  ent_autosave_set_held (self->autosave, TRUE);
}

/* After an import the views catch up one after the other, a little apart:
 * the canvas, the side panel, then the document list, the autosave and
 * the reader, which shows the import's first article if none was chosen
 * meanwhile (drawing it for the first time with the rows of the first
 * batch would hold up that frame). Done in the pass that adds the last
 * articles, all of it would hold up the window for a while. */
static gboolean
catch_up_cb (gpointer data)
{
  EntWindow *self = ENT_WINDOW (data);
  EntWindowBatch *batch = self->batch;
  g_autoptr(EntDocument) first = NULL;

  switch (batch->catch_up_stage++)
    {
    case 0:
      _ent_window_defer_canvas (self, FALSE);
      return G_SOURCE_CONTINUE;
    case 1:
      ent_side_panel_set_deferred (self->side_panel, FALSE);
      return G_SOURCE_CONTINUE;
    default:
      break;
    }

  batch->catch_up_source = 0;
  ent_deferred_model_set_deferred (self->document_rows, FALSE);
  ent_autosave_set_held (self->autosave, FALSE);
  first = g_steal_pointer (&batch->first);
  if (first != NULL && _ent_window_get_selected (self) == NULL &&
      ent_project_lookup_document (self->project, ent_document_get_id (first)) == first)
    _ent_window_select_document (self, first);
  _ent_window_update_actions (self);
  return G_SOURCE_REMOVE;
}

static void
catch_up (EntWindow *self)
{
  if (self->batch->catch_up_source != 0)
    return;
  self->batch->catch_up_stage = 0;
  self->batch->catch_up_source = g_timeout_add (CATCH_UP_INTERVAL_MS, catch_up_cb, self);
}

typedef struct
{
  guint generation;
  guint n_documents;
} BatchRun;

static void
batch_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  EntWindow *self = ENT_WINDOW (object);
  g_autoptr(GPtrArray) added = _ent_window_add_documents_finish (self, result, NULL);
  g_autofree BatchRun *run = user_data;

  /* A batch the user cancelled ends here too, maybe after a new one began. */
  if (g_cancellable_is_cancelled (self->cancellable) || self->batch == NULL ||
      run->generation != self->batch->generation)
    return;

  self->batch->running = FALSE;
  self->batch->done += run->n_documents;
  if (self->batch->first == NULL && added != NULL && added->len > 0)
    self->batch->first = g_object_ref (g_ptr_array_index (added, 0));
  _ent_window_flush_batch (self);
  _ent_window_update_progress (self);
  _ent_window_update_actions (self);
  _ent_window_run_pending (self);
}

/* Starts the analysis of the waiting articles, when enough wait or when
 * the last file has been read. One batch runs at a time. */
void
_ent_window_flush_batch (EntWindow *self)
{
  EntWindowBatch *batch = self->batch;
  g_autoptr(GPtrArray) documents = NULL;
  g_autofree char *title = NULL;
  BatchRun *run;

  if (batch == NULL || batch->running || batch->waiting->len == 0 ||
      (still_reading (self) && batch->waiting->len < BATCH_SIZE))
    {
      /* The views follow the project again once the last batch is in. */
      if (batch != NULL && !batch->running && batch->waiting->len == 0 && !still_reading (self))
        {
          batch->total = batch->done = 0;
          catch_up (self);
        }
      return;
    }

  documents = g_steal_pointer (&batch->waiting);
  batch->waiting = g_ptr_array_new_with_free_func (g_object_unref);
  batch->running = TRUE;
  defer_views (self);
  title = g_strdup_printf (ngettext ("Import %u Article", "Import %u Articles", documents->len),
                           documents->len);
  run = g_new0 (BatchRun, 1);
  run->generation = batch->generation;
  run->n_documents = documents->len;
  _ent_window_add_documents_async (self, documents, title, batch->cancellable, batch_done_cb, run);
  _ent_window_start_progress (self);
}

/* An article read twice (the same file given twice, say) is said once, as
 * the import of one file says it: the waiting articles are not in the
 * project yet, so its own check does not see them. */
static gboolean
is_waiting (EntWindow   *self,
            EntDocument *document)
{
  GPtrArray *waiting = self->batch->waiting;

  for (guint i = 0; i < waiting->len; i++)
    {
      EntDocument *other = g_ptr_array_index (waiting, i);

      if ((ent_document_get_url (document) != NULL &&
           g_strcmp0 (ent_document_get_url (document), ent_document_get_url (other)) == 0) ||
          (ent_document_get_size (document) == ent_document_get_size (other) &&
           g_str_equal (ent_document_get_text (document), ent_document_get_text (other))))
        {
          g_autofree char *markup = g_markup_printf_escaped (_("“%s” is already in this project"),
                                                             ent_document_get_title (other));

          _ent_window_add_toast (self, markup);
          return TRUE;
        }
    }
  return FALSE;
}

/* Takes the articles of one of many files being opened, and goes on with
 * the next file. Returns FALSE when only one file is opened: its articles
 * are analysed at once, as ever. */
gboolean
_ent_window_batch_documents (EntWindow *self,
                             GPtrArray *documents)
{
  if (self->open_total <= 1)
    return FALSE;

  for (guint i = 0; i < documents->len; i++)
    {
      EntDocument *document = g_ptr_array_index (documents, i);

      if (is_waiting (self, document))
        continue;
      g_ptr_array_add (self->batch->waiting, g_object_ref (document));
      self->batch->total++;
    }
  _ent_window_finish_opening (self);
  _ent_window_flush_batch (self);

  return TRUE;
}

gboolean
_ent_window_batch_get_busy (EntWindow *self)
{
  return self->batch != NULL && (self->batch->running || self->batch->waiting->len > 0);
}

/* Whether the views are still catching up after an import. */
gboolean
_ent_window_batch_get_catching_up (EntWindow *self)
{
  return self->batch != NULL && self->batch->catch_up_source != 0;
}

/* "Importing 120 of 1,000", while batches run. */
gboolean
_ent_window_batch_get_progress (EntWindow  *self,
                                double     *fraction,
                                char      **text)
{
  EntWindowBatch *batch = self->batch;
  guint done;

  if (!_ent_window_batch_get_busy (self) || batch->total == 0)
    return FALSE;

  done = MIN (batch->done, batch->total);
  *fraction = (double) done / batch->total;
  /* Translators: progress of importing many articles, "120 of 1000". */
  *text = g_strdup_printf (_("Importing %u of %u"), MIN (done + 1, batch->total), batch->total);
  return TRUE;
}

void
_ent_window_batch_cancel (EntWindow *self)
{
  if (self->batch == NULL)
    return;

  g_cancellable_cancel (self->batch->cancellable);
  g_clear_object (&self->batch->cancellable);
  self->batch->cancellable = g_cancellable_new ();
  g_ptr_array_set_size (self->batch->waiting, 0);
  self->batch->running = FALSE;
  self->batch->generation++;
  self->batch->total = self->batch->done = 0;
  g_clear_object (&self->batch->first);
  /* What the user cancelled shows at once. */
  g_clear_handle_id (&self->batch->catch_up_source, g_source_remove);
  self->batch->catch_up_stage = 0;
  while (catch_up_cb (self) == G_SOURCE_CONTINUE)
    ;
}

void
_ent_window_batch_init (EntWindow *self)
{
  self->batch = g_new0 (EntWindowBatch, 1);
  self->batch->waiting = g_ptr_array_new_with_free_func (g_object_unref);
  self->batch->cancellable = g_cancellable_new ();
}

void
_ent_window_batch_dispose (EntWindow *self)
{
  if (self->batch == NULL)
    return;

  g_cancellable_cancel (self->batch->cancellable);
  g_clear_handle_id (&self->batch->catch_up_source, g_source_remove);
  g_clear_object (&self->batch->cancellable);
  g_clear_pointer (&self->batch->waiting, g_ptr_array_unref);
  g_clear_object (&self->batch->first);
  g_clear_pointer (&self->batch, g_free);
}
