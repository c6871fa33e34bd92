/* ent-analysis.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ent-analysis.h"

/**
 * ent_analysis_extractor_for_project:
 * @base: an extractor on the default dictionaries
 *
 * Returns: an extractor that also knows the project's actors and the
 *   aliases the user added, or @base itself when there is nothing to add
 */
EntExtractor *
ent_analysis_extractor_for_project (EntExtractor *base,
                                    EntProject   *project)
{
  EntGazetteer *gazetteer = ent_extractor_get_gazetteer (base);
  g_autoptr(EntGazetteer) extended = NULL;
  GListModel *actors = ent_project_get_actors (project);
  guint n = g_list_model_get_n_items (actors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EntActor) actor = g_list_model_get_item (actors, i);
      const EntLexActor *known = ent_gazetteer_lookup (gazetteer, ent_actor_get_id (actor));
      const char * const *aliases = ent_actor_get_aliases (actor);
      gboolean news = known == NULL || g_strcmp0 (known->name, ent_actor_get_name (actor)) != 0;

      for (guint k = 0; !news && aliases[k]; k++)
        news = !g_strv_contains ((const char * const *)known->aliases, aliases[k]);
      if (!news)
        continue;
      if (extended == NULL && (extended = ent_gazetteer_new_default (NULL)) == NULL)
        return g_object_ref (base);
      ent_gazetteer_add_actor (extended, ent_actor_get_id (actor), ent_actor_get_name (actor),
                               ent_actor_get_kind (actor), ent_actor_get_affiliation (actor), aliases);
    }
  if (extended == NULL)
    return g_object_ref (base);
  return ent_extractor_new (extended, ent_extractor_get_lexicon (base));
}

/* Adds the actor, and the chain of actors it belongs to, if missing. */
static EntActor *
ensure_actor (EntProject   *project,
              EntGazetteer *gazetteer,
              const char   *id)
{
  const EntLexActor *lex;
  EntActor *actor = ent_project_lookup_actor (project, id);
  g_autoptr(EntActor) created = NULL;

  if (actor != NULL || (lex = ent_gazetteer_lookup (gazetteer, id)) == NULL)
    return actor;

  created = ent_actor_new (lex->id, lex->name, lex->kind);
  ent_actor_set_role (created, lex->role);
  ent_actor_set_aliases (created, (const char * const *)lex->aliases);
  if (lex->affiliation && ensure_actor (project, gazetteer, lex->affiliation) != NULL)
    ent_actor_set_affiliation (created, lex->affiliation);
  ent_project_add_actor (project, created);
  return created;
}

static void
clear_object (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static gboolean
same_statement (EntStatement            *st,
                const char              *document,
                const char              *source,
                const char              *target,
                const EntFoundStatement *found)
{
  return g_strcmp0 (ent_statement_get_document (st), document) == 0 &&
         g_strcmp0 (ent_statement_get_source (st), source) == 0 &&
         g_strcmp0 (ent_statement_get_target (st), target) == 0 &&
         ent_statement_get_sentence_start (st) == found->sentence_start &&
         ent_statement_get_cue_start (st) == found->cue_start;
}

static EntStatement *
find_existing (GPtrArray               *old,
               const char              *document,
               const char              *source,
               const char              *target,
               const EntFoundStatement *found)
{
  for (guint i = 0; i < old->len; i++)
    {
      EntStatement *st = g_ptr_array_index (old, i);

      if (st != NULL && same_statement (st, document, source, target, found))
        {
          /* Each old statement matches once; the project still holds it. */
          old->pdata[i] = NULL;
          g_object_unref (st);
          return st;
        }
    }
  return NULL;
}

static void
add_found (EntProject              *project,
           EntGazetteer            *gazetteer,
           const char              *document,
           const EntFoundStatement *found,
           GPtrArray               *old)
{
  const char *source = ent_gazetteer_get_actor (gazetteer, found->source)->id;
  const char *target = ent_gazetteer_get_actor (gazetteer, found->target)->id;
  g_autofree char *id = NULL;
  g_autoptr(EntStatement) st = NULL;

  if (find_existing (old, document, source, target, found) != NULL)
    return;
  if (ensure_actor (project, gazetteer, source) == NULL || ensure_actor (project, gazetteer, target) == NULL)
    return;

  id = ent_project_dup_new_id (project, "st");
  st = ent_statement_new (id, source, found->sign, target);
  ent_statement_set_cue (st, found->cue);
  ent_statement_set_confidence (st, found->confidence);
  ent_statement_set_evidence (st, document, found->sentence_start, found->sentence_end,
                              found->cue_start, found->cue_end);
  ent_statement_set_origin (st, ENT_STATEMENT_ORIGIN_EXTRACTED);
  ent_project_add_statement (project, st);
}

/**
 * ent_analysis_apply:
 *
 * Applies one document's extraction as one undoable step. Extracted
 * statements of the document that are found again are kept as they are
 * (with the user's accept or reject); those no longer found are removed
 * unless the user rejected them; manual statements are left alone.
 */
void
ent_analysis_apply (EntProject    *project,
                    EntGazetteer  *gazetteer,
                    EntDocument   *document,
                    EntExtraction *extraction)
{
  const char *doc_id;
  g_autoptr(GPtrArray) old = g_ptr_array_new_with_free_func (clear_object);
  GListModel *statements;
  guint n;

  g_return_if_fail (ENT_IS_PROJECT (project));
  g_return_if_fail (ENT_IS_GAZETTEER (gazetteer));
  g_return_if_fail (ENT_IS_DOCUMENT (document));
  g_return_if_fail (extraction != NULL);

  doc_id = ent_document_get_id (document);
  statements = ent_project_get_statements (project);
  /* A new article (every one of an import) has none to walk them for. */
  n = ent_project_count_document_statements (project, doc_id) > 0 ? g_list_model_get_n_items (statements) : 0;
  for (guint i = 0; i < n; i++)
    {
      EntStatement *st = g_list_model_get_item (statements, i);

      if (g_strcmp0 (ent_statement_get_document (st), doc_id) == 0 &&
          ent_statement_get_origin (st) == ENT_STATEMENT_ORIGIN_EXTRACTED)
        g_ptr_array_add (old, st);
      else
        g_object_unref (st);
    }

  ent_project_begin_group (project, _("Analyse Article"));

  for (guint i = 0; i < extraction->mentions->len; i++)
    {
      EntFoundMention *m = &g_array_index (extraction->mentions, EntFoundMention, i);
      ensure_actor (project, gazetteer, ent_gazetteer_get_actor (gazetteer, m->actor)->id);
    }
  for (guint i = 0; i < extraction->statements->len; i++)
    add_found (project, gazetteer, doc_id,
               &g_array_index (extraction->statements, EntFoundStatement, i), old);

  for (guint i = 0; i < old->len; i++)
    {
      EntStatement *st = g_ptr_array_index (old, i);

      if (st != NULL && ent_statement_get_state (st) != ENT_STATEMENT_STATE_REJECTED)
        ent_project_remove_statement (project, st);
    }

  ent_project_end_group (project);
}

/**
 * ent_analysis_recount_mentions:
 * @extractions: one EntExtraction per document of the project
 *
 * Sets every actor's mention count from the extractions.
 */
void
ent_analysis_recount_mentions (EntProject   *project,
                               EntGazetteer *gazetteer,
                               GPtrArray    *extractions)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *actors = ent_project_get_actors (project);

  for (guint e = 0; e < extractions->len; e++)
    {
      EntExtraction *x = g_ptr_array_index (extractions, e);

      for (guint i = 0; x && i < x->mentions->len; i++)
        {
          const char *id = ent_gazetteer_get_actor (gazetteer, g_array_index (x->mentions, EntFoundMention, i).actor)->id;
          g_hash_table_insert (counts, (gpointer)id,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, id)) + 1));
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(EntActor) actor = g_list_model_get_item (actors, i);

      /* Mention counts are derived data, not an edit: no undo step. */
      ent_actor_set_mentions (actor, GPOINTER_TO_UINT (g_hash_table_lookup (counts, ent_actor_get_id (actor))));
    }
}

/**
 * ent_analysis_add_mentions:
 *
 * Adds one new document's mentions to its actors' counts.
 */
void
ent_analysis_add_mentions (EntProject    *project,
                           EntGazetteer  *gazetteer,
                           EntExtraction *extraction)
{
  for (guint i = 0; i < extraction->mentions->len; i++)
    {
      const char *id = ent_gazetteer_get_actor (gazetteer, g_array_index (extraction->mentions, EntFoundMention, i).actor)->id;
      EntActor *actor = ent_project_lookup_actor (project, id);

      if (actor != NULL)
        ent_actor_set_mentions (actor, ent_actor_get_mentions (actor) + 1);
    }
}

typedef struct
{
  EntExtractor *extractor;
  GPtrArray    *texts;   /* char *, copies of the documents' texts */
} RunData;

static void
run_data_free (RunData *data)
{
  g_clear_object (&data->extractor);
  g_clear_pointer (&data->texts, g_ptr_array_unref);
  g_free (data);
}

/* Runs in a worker thread: reads only the copies in @task_data. */
static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  RunData *data = task_data;
  GPtrArray *results = g_ptr_array_new_with_free_func ((GDestroyNotify)ent_extraction_free);

  for (guint i = 0; i < data->texts->len; i++)
    {
      const char *text = g_ptr_array_index (data->texts, i);

      if (g_cancellable_is_cancelled (cancellable))
        {
          g_ptr_array_unref (results);
          g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Analysis cancelled"));
          return;
        }
      g_ptr_array_add (results, ent_extractor_run (data->extractor, text, strlen (text)));
    }
  g_task_return_pointer (task, results, (GDestroyNotify)g_ptr_array_unref);
}

/**
 * ent_analysis_run_async:
 * @documents: (element-type EntDocument): the documents to analyse
 *
 * Extracts from copies of the documents' texts in a worker thread; the
 * result, one EntExtraction per document in order, is for
 * ent_analysis_apply() on the main thread.
 */
void
ent_analysis_run_async (EntExtractor        *extractor,
                        GPtrArray           *documents,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RunData *data = g_new0 (RunData, 1);

  g_return_if_fail (ENT_IS_EXTRACTOR (extractor));

  data->extractor = g_object_ref (extractor);
  data->texts = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < documents->len; i++)
    g_ptr_array_add (data->texts, g_strdup (ent_document_get_text (g_ptr_array_index (documents, i))));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ent_analysis_run_async);
  g_task_set_task_data (task, data, (GDestroyNotify)run_data_free);
  g_task_run_in_thread (task, run_thread);
}

/**
 * ent_analysis_run_finish:
 *
 * Returns: (transfer full) (element-type EntExtraction): the extractions
 */
GPtrArray *
ent_analysis_run_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
