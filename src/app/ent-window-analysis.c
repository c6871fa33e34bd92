/* ent-window-analysis.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ent-application.h"
#include "ent-window-private.h"

/* How often the header bar's progress follows a running re-analysis. */
#define PROGRESS_INTERVAL_MS 100

/* How many analysed articles go into the project at a time: each chunk is
 * one undo step, and the main loop runs between chunks, so that a large
 * import never blocks the window for long. A chunk also ends once its
 * articles would take more than IMPORT_BUDGET_US to add, judged by the
 * chunk before: each one costs more as the project grows, and the views'
 * work on the change still follows. */
#define IMPORT_CHUNK 10
#define IMPORT_BUDGET_US (15 * 1000)

/* Shared between a worker thread, which counts, and the main thread, which
 * reads the count for the progress bar; reference-counted with
 * g_atomic_rc_box, since either side may finish first. */
typedef struct
{
  int   done;
  guint total;
} Progress;

/* What the worker gets: copies only, so it touches no shared state. */
typedef struct
{
  EntProject *actors;    /* a private copy of the project's actors, or NULL */
  GPtrArray  *texts;     /* char * */
  Progress   *progress;
} AnalyseData;

typedef struct
{
  EntExtractor *extractor;    /* the one the extractions were made with */
  GPtrArray    *extractions;  /* EntExtraction *, one per text */
} AnalyseResult;

/* One run, from the main thread's side. */
struct _EntAnalysisJob
{
  EntWindow    *window;
  EntProject   *project;
  GPtrArray    *documents;  /* EntDocument *, in the order of the texts */
  Progress     *progress;
  GCancellable *cancellable;
  gboolean      reanalysis;
  char         *undo_title;  /* an import's undo step */
  GTask        *task;        /* an import's task */

  /* An import's articles, once analysed, go in by chunks. */
  AnalyseResult *result;
  GPtrArray     *added;      /* EntDocument *, not duplicates */
  GArray        *indices;    /* guint, each one's index in @documents */
  guint          n_applied;
};

static void
analyse_data_free (AnalyseData *data)
{
  g_clear_object (&data->actors);
  g_clear_pointer (&data->texts, g_ptr_array_unref);
  g_clear_pointer (&data->progress, g_atomic_rc_box_release);
  g_free (data);
}

static void
analyse_result_free (AnalyseResult *result)
{
  g_clear_object (&result->extractor);
  g_clear_pointer (&result->extractions, g_ptr_array_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AnalyseResult, analyse_result_free)

static void
job_free (EntAnalysisJob *job)
{
  g_clear_object (&job->window);
  g_clear_object (&job->project);
  g_clear_object (&job->cancellable);
  g_clear_object (&job->task);
  g_clear_pointer (&job->documents, g_ptr_array_unref);
  g_clear_pointer (&job->progress, g_atomic_rc_box_release);
  g_clear_pointer (&job->result, analyse_result_free);
  g_clear_pointer (&job->added, g_ptr_array_unref);
  g_clear_pointer (&job->indices, g_array_unref);
  g_free (job->undo_title);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntAnalysisJob, job_free)

/* ent_analysis_extractor_for_project() reads the project and may load the
 * dictionaries again; both happen in the worker on this private copy of the
 * actors, so the main thread never waits for the disk. */
EntProject *
_ent_window_copy_actors (EntProject *project)
{
  GListModel *actors = ent_project_get_actors (project);
  guint n_actors = g_list_model_get_n_items (actors);
  EntProject *copy;

  if (n_actors == 0)
    return NULL;

  copy = ent_project_new ();
  for (guint i = 0; i < n_actors; i++)
    {
      g_autoptr(EntActor) actor = g_list_model_get_item (actors, i);
      g_autoptr(EntActor) twin = ent_actor_new (ent_actor_get_id (actor),
                                                ent_actor_get_name (actor),
                                                ent_actor_get_kind (actor));

      ent_actor_set_affiliation (twin, ent_actor_get_affiliation (actor));
      ent_actor_set_aliases (twin, ent_actor_get_aliases (actor));
      ent_project_add_actor (copy, twin);
    }

  return copy;
}

/* Runs in a worker thread: reads only its task data and the shared,
 * read-only default extractor. */
static void
analyse_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  AnalyseData *data = task_data;
  g_autoptr(EntExtractor) base = NULL;
  g_autoptr(AnalyseResult) result = g_new0 (AnalyseResult, 1);
  GError *error = NULL;

  if ((base = ent_application_dup_extractor (&error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  result->extractor = data->actors ? ent_analysis_extractor_for_project (base, data->actors)
                                   : g_object_ref (base);
  result->extractions = g_ptr_array_new_with_free_func ((GDestroyNotify) ent_extraction_free);

  for (guint i = 0; i < data->texts->len; i++)
    {
      const char *text = g_ptr_array_index (data->texts, i);

      if (g_task_return_error_if_cancelled (task))
        return;
      g_ptr_array_add (result->extractions,
                       ent_extractor_run (result->extractor, text, strlen (text)));
      g_atomic_int_inc (&data->progress->done);
    }

  g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify) analyse_result_free);
}

static EntAnalysisJob *
job_new (EntWindow *self,
         GPtrArray *documents,
         gboolean   reanalysis)
{
  EntAnalysisJob *job = g_new0 (EntAnalysisJob, 1);

  job->window = g_object_ref (self);
  job->project = g_object_ref (self->project);
  job->documents = g_ptr_array_ref (documents);
  job->progress = g_atomic_rc_box_new0 (Progress);
  job->progress->total = documents->len;
  job->cancellable = g_cancellable_new ();
  job->reanalysis = reanalysis;

  return job;
}

static void
job_start (EntAnalysisJob      *job,
           GAsyncReadyCallback  callback)
{
  g_autoptr(GTask) task = NULL;
  AnalyseData *data = g_new0 (AnalyseData, 1);

  data->actors = _ent_window_copy_actors (job->project);
  data->progress = g_atomic_rc_box_acquire (job->progress);
  data->texts = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < job->documents->len; i++)
    g_ptr_array_add (data->texts,
                     g_strdup (ent_document_get_text (g_ptr_array_index (job->documents, i))));

  task = g_task_new (NULL, job->cancellable, callback, job);
  g_task_set_source_tag (task, job_start);
  g_task_set_task_data (task, data, (GDestroyNotify) analyse_data_free);
  g_task_run_in_thread (task, analyse_thread);
}

static AnalyseResult *
job_finish (GAsyncResult  *result,
            GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The window is gone, or shows another project: the result has nowhere to
 * go. */
static gboolean
job_is_stale (EntAnalysisJob *job)
{
  return g_cancellable_is_cancelled (job->window->cancellable) ||
         job->window->project != job->project;
}

/* Mention counts ---------------------------------------------------------- */

/* The core's counting sets the counts directly. A snapshot taken before,
 * and record_mentions() after, turn the new counts into part of the undo
 * step, so that undoing an import takes its mentions back. */
static GHashTable *
snapshot_mentions (EntProject *project)
{
  GListModel *actors = ent_project_get_actors (project);
  GHashTable *before = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      EntActor *actor = g_list_model_get_item (actors, i);

      g_hash_table_insert (before, actor, GUINT_TO_POINTER (ent_actor_get_mentions (actor)));
    }

  return before;
}

static void
record_mentions (EntProject *project,
                 GHashTable *before)
{
  GListModel *actors = ent_project_get_actors (project);

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(EntActor) actor = g_list_model_get_item (actors, i);
      guint now = ent_actor_get_mentions (actor);
      gpointer old;

      /* An actor new in this step goes away with its undo. */
      if (!g_hash_table_lookup_extended (before, actor, NULL, &old) ||
          GPOINTER_TO_UINT (old) == now)
        continue;
      ent_actor_set_mentions (actor, GPOINTER_TO_UINT (old));
      ent_project_set_actor_mentions (project, actor, now);
    }
}

/* Dictionary -------------------------------------------------------------- */

/* What the dictionaries could learn from the project: its actors' ids
 * (marked with a leading \1), names and aliases. */
static GHashTable *
collect_names (EntProject *project)
{
  GListModel *actors = ent_project_get_actors (project);
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(EntActor) actor = g_list_model_get_item (actors, i);
      const char * const *aliases = ent_actor_get_aliases (actor);

      g_hash_table_add (names, g_strconcat ("\1", ent_actor_get_id (actor), NULL));
      g_hash_table_add (names, g_strdup (ent_actor_get_name (actor)));
      for (guint k = 0; aliases[k] != NULL; k++)
        g_hash_table_add (names, g_strdup (aliases[k]));
    }

  return names;
}

/* Takes the project's names as known, teaching nothing. */
void
_ent_window_learn_names (EntWindow *self)
{
  g_clear_pointer (&self->known_names, g_hash_table_unref);
  self->known_names = collect_names (self->project);
}

/* A new actor, or an alias never seen before. A new name of a known actor
 * (a rename) teaches nothing the dictionaries need. */
static gboolean
has_new_name (EntProject *project,
              GHashTable *known)
{
  GListModel *actors = ent_project_get_actors (project);

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(EntActor) actor = g_list_model_get_item (actors, i);
      g_autofree char *key = g_strconcat ("\1", ent_actor_get_id (actor), NULL);
      const char * const *aliases = ent_actor_get_aliases (actor);

      if (!g_hash_table_contains (known, key))
        return TRUE;
      for (guint k = 0; aliases[k] != NULL; k++)
        if (!g_hash_table_contains (known, aliases[k]))
          return TRUE;
    }
  return FALSE;
}

static gboolean
same_names (GHashTable *a,
            GHashTable *b)
{
  GHashTableIter iter;
  gpointer name;

  if (a == NULL || b == NULL || g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    if (!g_hash_table_contains (b, name))
      return FALSE;
  return TRUE;
}

/* Called after every change of the project. An actor added or an alias
 * no actor had is something the dictionaries did not know, so the
 * articles are analysed again in the background; the user's decisions
 * survive that. Removals, merges (their names are known already) and undo
 * (which leaves something to redo) teach nothing. */
void
_ent_window_check_dictionary (EntWindow *self)
{
  /* An analysis going in teaches nothing: no need to look for new names. */
  gboolean learnt = !self->applying_analysis && self->known_names != NULL &&
                    has_new_name (self->project, self->known_names);
  g_autoptr(GHashTable) names = collect_names (self->project);

  if (!self->applying_analysis && !same_names (names, self->known_names))
    _ent_window_forget_mentions (self);
  g_clear_pointer (&self->known_names, g_hash_table_unref);
  self->known_names = g_steal_pointer (&names);
  if (!learnt || self->applying_analysis || ent_project_get_can_redo (self->project))
    return;

  self->dictionary_pending = TRUE;
  _ent_window_run_pending (self);
}

/* Starts the analysis a new name asked for, once nothing else runs. */
void
_ent_window_run_pending (EntWindow *self)
{
  if (!self->dictionary_pending || self->reanalysis != NULL || self->opening_file != NULL ||
      _ent_window_import_get_busy (self) || !g_queue_is_empty (&self->open_queue))
    return;

  self->dictionary_pending = FALSE;
  _ent_window_reanalyse (self);
}

/* Import ------------------------------------------------------------------ */

/* Leaves out the articles that became duplicates while they were analysed,
 * for example when the same page was dropped twice. */
static GPtrArray *
dup_new_documents (EntAnalysisJob *job,
                   GArray         *indices)
{
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < job->documents->len; i++)
    {
      EntDocument *document = g_ptr_array_index (job->documents, i);
      gboolean duplicate = ent_project_find_duplicate (job->project, document) != NULL;

      for (guint j = 0; j < kept->len && !duplicate; j++)
        duplicate = g_strcmp0 (ent_document_get_text (document),
                               ent_document_get_text (g_ptr_array_index (kept, j))) == 0;
      if (duplicate)
        continue;
      g_ptr_array_add (kept, g_object_ref (document));
      g_array_append_val (indices, i);
    }

  return kept;
}

/* The undo step of one chunk: the import's own title when the chunk is
 * the whole import. */
static char *
dup_chunk_title (EntAnalysisJob *job,
                 guint           n)
{
  if (n == job->added->len)
    return g_strdup (job->undo_title);
  return g_strdup_printf (ngettext ("Import %u Article", "Import %u Articles", n), n);
}

/* Adds the next chunk of articles, with their analysis, as one undo step.
 * Returns whether articles remain. */
static gboolean
apply_chunk (EntAnalysisJob *job)
{
  AnalyseResult *result = job->result;
  EntGazetteer *gazetteer = result ? ent_extractor_get_gazetteer (result->extractor) : NULL;
  guint end = MIN (job->n_applied + IMPORT_CHUNK, job->added->len);
  g_autoptr(GHashTable) mentions = snapshot_mentions (job->project);
  gint64 start = g_get_monotonic_time ();
  g_autofree char *title = NULL;

  /* An import that fits in one chunk stays one undo step. */
  if (job->window->article_us > 0 && job->added->len > IMPORT_CHUNK)
    end = MIN (end, job->n_applied + CLAMP (IMPORT_BUDGET_US / job->window->article_us, 1,
                                            IMPORT_CHUNK));
  title = dup_chunk_title (job, end - job->n_applied);
  ent_project_begin_group (job->project, title);
  for (guint i = job->n_applied; i < end; i++)
    {
      EntDocument *document = g_ptr_array_index (job->added, i);
      EntExtraction *extraction = NULL;

      /* Duplicates of an article added by an earlier chunk stay out. */
      if (ent_project_find_duplicate (job->project, document) != NULL)
        continue;
      ent_project_add_document (job->project, document);
      if (result == NULL)
        continue;
      extraction = g_ptr_array_index (result->extractions, g_array_index (job->indices, guint, i));
      ent_analysis_apply (job->project, gazetteer, document, extraction);
      /* Inside the group, so that the one change signal at its end already
       * carries the new counts to the network and the lists. */
      ent_analysis_add_mentions (job->project, gazetteer, extraction);
    }
  record_mentions (job->project, mentions);
  job->window->article_us = MAX ((g_get_monotonic_time () - start) / (end - job->n_applied), 1);
  job->window->applying_analysis = TRUE;
  ent_project_end_group (job->project);
  job->window->applying_analysis = FALSE;
  job->n_applied = end;
  g_atomic_int_set (&job->progress->done, end);

  return end < job->added->len;
}

static void
finish_import (EntAnalysisJob *job)
{
  EntWindow *self = job->window;
  GPtrArray *added = job->added;

  if (job->result == NULL && added->len > 0)
    _ent_window_add_toast (self, added->len == 1
                                   ? _("The article was imported, but could not be analysed")
                                   : _("The articles were imported, but could not be analysed"));
  /* While many files are opened, the article read stays in the reader;
   * the first one comes at the end (ent-window-batch.c). */
  if (added->len > 0 && !_ent_window_batch_get_busy (self) && self->open_total <= 1 &&
      _ent_window_get_selected (self) != g_ptr_array_index (added, 0))
    _ent_window_select_document (self, g_ptr_array_index (added, 0));

  g_task_return_pointer (job->task, g_ptr_array_ref (added), (GDestroyNotify) g_ptr_array_unref);
}

static void
cancel_import (EntAnalysisJob *job)
{
  g_task_return_new_error (job->task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           "The import was cancelled");
}

static gboolean
apply_chunk_cb (gpointer data)
{
  EntAnalysisJob *job = data;

  if (job_is_stale (job) || g_cancellable_is_cancelled (job->cancellable))
    cancel_import (job);
  else if (apply_chunk (job))
    return G_SOURCE_CONTINUE;
  else
    finish_import (job);

  return G_SOURCE_REMOVE;
}

static void
import_analysed_cb (GObject      *object,
                    GAsyncResult *res,
                    gpointer      user_data)
{
  g_autoptr(EntAnalysisJob) job = user_data;
  g_autoptr(GError) error = NULL;

  job->result = job_finish (res, &error);
  if (job_is_stale (job) || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      cancel_import (job);
      return;
    }

  job->indices = g_array_new (FALSE, FALSE, sizeof (guint));
  job->added = dup_new_documents (job, job->indices);
  g_atomic_int_set (&job->progress->done, 0);
  job->progress->total = job->added->len;
  if (job->added->len > 0 && apply_chunk (job))
    {
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, apply_chunk_cb, g_steal_pointer (&job),
                       (GDestroyNotify) job_free);
      return;
    }
  finish_import (job);
}

/* Analyses @documents in a worker, then adds them, with what the analysis
 * found, as one undo step named @undo_title. Articles that are already in
 * the project by then are left out. */
void
_ent_window_add_documents_async (EntWindow           *self,
                                 GPtrArray           *documents,
                                 const char          *undo_title,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  EntAnalysisJob *job;

  g_assert (ENT_IS_WINDOW (self));
  g_assert (documents != NULL && documents->len > 0);

  job = job_new (self, documents, FALSE);
  job->undo_title = g_strdup (undo_title);
  job->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, _ent_window_add_documents_async);
  /* Closing the window stops the analysis too. */
  g_clear_object (&job->cancellable);
  job->cancellable = g_object_ref (cancellable ? cancellable : self->cancellable);
  job_start (job, import_analysed_cb);
}

/* Returns the documents that were added, possibly none. */
GPtrArray *
_ent_window_add_documents_finish (EntWindow     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_assert (g_task_is_valid (result, self));

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
document_opened_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  EntWindow *self = ENT_WINDOW (object);
  g_autoptr(GPtrArray) added = _ent_window_add_documents_finish (self, result, NULL);

  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  _ent_window_finish_opening (self);
  _ent_window_run_pending (self);
}

/* Ends the opening of a file when the articles are in. */
void
_ent_window_import_documents (EntWindow *self,
                              GPtrArray *documents)
{
  g_autofree char *title = NULL;

  g_assert (ENT_IS_WINDOW (self));

  if (_ent_window_batch_documents (self, documents))
    return;
  if (documents->len == 1)
    title = g_strdup (_("Import Article"));
  else
    title = g_strdup_printf (ngettext ("Import %u Article", "Import %u Articles", documents->len),
                             documents->len);
  _ent_window_add_documents_async (self, documents, title, NULL, document_opened_cb, NULL);
}

void
_ent_window_import_document (EntWindow   *self,
                             EntDocument *document)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert (ENT_IS_WINDOW (self));
  g_assert (ENT_IS_DOCUMENT (document));

  g_ptr_array_add (documents, g_object_ref (document));
  _ent_window_import_documents (self, documents);
}

/* Re-analysis ------------------------------------------------------------- */

static void
apply_reanalysis (EntAnalysisJob *job,
                  AnalyseResult  *result)
{
  EntProject *project = job->project;
  EntGazetteer *gazetteer = ent_extractor_get_gazetteer (result->extractor);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_autoptr(GHashTable) mentions = snapshot_mentions (project);

  ent_project_begin_group (project, _("Re-analyse Articles"));
  for (guint i = 0; i < job->documents->len; i++)
    {
      EntDocument *document = g_ptr_array_index (job->documents, i);
      EntExtraction *extraction = g_ptr_array_index (result->extractions, i);

      /* The user may have removed articles while the work ran. */
      if (ent_project_lookup_document (project, ent_document_get_id (document)) != document)
        continue;
      ent_analysis_apply (project, gazetteer, document, extraction);
      g_ptr_array_add (kept, extraction);
    }
  ent_analysis_recount_mentions (project, gazetteer, kept);
  record_mentions (project, mentions);
  job->window->applying_analysis = TRUE;
  ent_project_end_group (project);
  job->window->applying_analysis = FALSE;
}

static void
reanalysed_cb (GObject      *object,
               GAsyncResult *res,
               gpointer      user_data)
{
  g_autoptr(EntAnalysisJob) job = user_data;
  g_autoptr(AnalyseResult) result = NULL;
  g_autoptr(GError) error = NULL;
  EntWindow *self = job->window;

  result = job_finish (res, &error);
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  if (self->reanalysis == job)
    self->reanalysis = NULL;

  if (result != NULL && !job_is_stale (job))
    apply_reanalysis (job, result);
  else if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *markup = g_markup_printf_escaped (_("Could not analyse the articles: %s"),
                                                         error->message);
      _ent_window_add_toast (self, markup);
    }

  _ent_window_update_progress (self);
  _ent_window_update_actions (self);
  /* Files opened and pages imported meanwhile waited for the analysis; see
   * open_next. */
  _ent_window_open_next (self);
  _ent_window_import_resume (self);
  _ent_window_run_pending (self);
}

static gboolean
progress_tick_cb (gpointer data)
{
  _ent_window_update_progress (ENT_WINDOW (data));

  return G_SOURCE_CONTINUE;
}

void
_ent_window_reanalyse (EntWindow *self)
{
  GListModel *model = ent_project_get_documents (self->project);
  guint n_documents = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert (ENT_IS_WINDOW (self));

  /* The mention counts it recomputes would miss articles added by an
   * import whose analysis runs at the same time. */
  if (self->reanalysis != NULL || n_documents == 0 || _ent_window_import_get_busy (self))
    return;

  for (guint i = 0; i < n_documents; i++)
    g_ptr_array_add (documents, g_list_model_get_item (model, i));

  self->reanalysis = job_new (self, documents, TRUE);
  job_start (self->reanalysis, reanalysed_cb);
  _ent_window_start_progress (self);
}

/* Follows the progress of long work in the header bar until it ends. */
void
_ent_window_start_progress (EntWindow *self)
{
  if (self->progress_source == 0)
    self->progress_source = g_timeout_add_full (G_PRIORITY_DEFAULT, PROGRESS_INTERVAL_MS,
                                                progress_tick_cb, self, NULL);
  _ent_window_update_progress (self);
  _ent_window_update_actions (self);
}

void
_ent_window_cancel_work (EntWindow *self)
{
  g_assert (ENT_IS_WINDOW (self));

  if (self->reanalysis != NULL)
    g_cancellable_cancel (self->reanalysis->cancellable);
  /* The file being read finishes; the ones waiting are dropped. */
  g_queue_clear_full (&self->open_queue, g_object_unref);
  self->open_total = self->open_done = 0;
  self->open_serial++;
  _ent_window_import_cancel (self);
  _ent_window_batch_cancel (self);
  _ent_window_update_progress (self);
  _ent_window_update_actions (self);
}

/* Shows, in the header bar, the progress of the work on many documents:
 * a re-analysis, a queue of more than one file being opened, or pages
 * being fetched. A negative fraction means that the end is unknown. */
void
_ent_window_update_progress (EntWindow *self)
{
  g_autofree char *text = NULL;
  double fraction = 0;
  gboolean shown = TRUE;

  _ent_window_update_view (self);
  if (self->reanalysis != NULL)
    {
      Progress *progress = self->reanalysis->progress;
      guint done = MIN ((guint) g_atomic_int_get (&progress->done), progress->total);

      fraction = (double) done / MAX (progress->total, 1);
      /* Translators: progress of a re-analysis, "3 of 12 articles". */
      text = g_strdup_printf (_("Analysing %u of %u"), MIN (done + 1, progress->total),
                              progress->total);
    }
  else if (self->open_total > 1)
    {
      fraction = (double) self->open_done / self->open_total;
      /* Translators: progress of opening several files. */
      text = g_strdup_printf (_("Opening %u of %u"), MIN (self->open_done + 1, self->open_total),
                              self->open_total);
    }
  else if (!_ent_window_batch_get_progress (self, &fraction, &text))
    shown = _ent_window_import_get_progress (self, &fraction, &text);

  if (!shown || (self->reanalysis == NULL && !_ent_window_batch_get_busy (self)))
    g_clear_handle_id (&self->progress_source, g_source_remove);

  gtk_widget_set_visible (self->progress_box, shown);
  if (fraction < 0)
    gtk_progress_bar_pulse (self->progress_bar);
  else
    gtk_progress_bar_set_fraction (self->progress_bar, fraction);
  gtk_progress_bar_set_text (self->progress_bar, text);
}

/* The progress bar's text, whole, in its tooltip: set at each step, a
 * tooltip text would ask the display where the pointer is ten times a
 * second. */
static gboolean
progress_query_tooltip_cb (EntWindow  *self,
                           int         x,
                           int         y,
                           gboolean    keyboard_mode,
                           GtkTooltip *tooltip)
{
  const char *text = gtk_progress_bar_get_text (self->progress_bar);

  if (text == NULL || text[0] == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
_ent_window_init_progress (EntWindow *self)
{
  gtk_widget_set_has_tooltip (self->progress_box, TRUE);
  g_signal_connect_swapped (self->progress_box, "query-tooltip",
                            G_CALLBACK (progress_query_tooltip_cb), self);
}

void
_ent_window_dispose_analysis (EntWindow *self)
{
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_pointer (&self->known_names, g_hash_table_unref);
  _ent_window_import_dispose (self);
  _ent_window_batch_dispose (self);
  if (self->reanalysis != NULL)
    g_cancellable_cancel (self->reanalysis->cancellable);
  /* The job is freed by its callback, which holds a reference on the
   * window; only the pointer goes here. */
  self->reanalysis = NULL;
}
