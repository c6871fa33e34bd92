/* cli-inputs.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cli-inputs.h"
#include "ent-importer.h"

/* Copies the contents of @from into @into, renaming ids that clash. Actors
 * with the same id are the same actor (ids are ISO codes and slugs). */
static void
merge_project (EntProject *into,
               EntProject *from)
{
  GListModel *actors = ent_project_get_actors (from);
  GListModel *documents = ent_project_get_documents (from);
  GListModel *statements = ent_project_get_statements (from);
  g_autoptr(GHashTable) renamed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(EntActor) actor = g_list_model_get_item (actors, i);

      if (ent_project_lookup_actor (into, ent_actor_get_id (actor)) == NULL)
        ent_project_add_actor (into, actor);
    }
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(EntDocument) document = g_list_model_get_item (documents, i);
      const char *id = ent_document_get_id (document);

      if (ent_project_find_duplicate (into, document) != NULL)
        continue;
      if (ent_project_lookup_document (into, id) != NULL)
        {
          g_autofree char *new_id = ent_project_dup_new_id (into, "doc");
          g_autoptr(EntDocument) copy = ent_document_new (new_id, ent_document_get_text (document));

          g_object_set (copy,
                        "title", ent_document_get_title (document),
                        "source", ent_document_get_source (document),
                        "author", ent_document_get_author (document),
                        "url", ent_document_get_url (document),
                        "dateline", ent_document_get_dateline (document),
                        "published", ent_document_get_published (document),
                        "imported", ent_document_get_imported (document),
                        NULL);
          g_hash_table_insert (renamed, g_strdup (id), g_strdup (new_id));
          ent_project_add_document (into, copy);
        }
      else
        ent_project_add_document (into, document);
    }
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(EntStatement) st = g_list_model_get_item (statements, i);
      const char *doc = ent_statement_get_document (st);
      g_autofree char *id = ent_project_lookup_statement (into, ent_statement_get_id (st))
                              ? ent_project_dup_new_id (into, "st")
                              : g_strdup (ent_statement_get_id (st));
      g_autoptr(EntStatement) copy = ent_statement_new (id, ent_statement_get_source (st),
                                                        ent_statement_get_sign (st),
                                                        ent_statement_get_target (st));

      if (doc != NULL && g_hash_table_contains (renamed, doc))
        doc = g_hash_table_lookup (renamed, doc);
      if (doc != NULL && ent_project_lookup_document (into, doc) == NULL)
        continue;
      g_object_set (copy,
                    "cue", ent_statement_get_cue (st),
                    "confidence", ent_statement_get_confidence (st),
                    "origin", ent_statement_get_origin (st),
                    "state", ent_statement_get_state (st),
                    "note", ent_statement_get_note (st),
                    NULL);
      ent_statement_set_evidence (copy, doc,
                                  ent_statement_get_sentence_start (st),
                                  ent_statement_get_sentence_end (st),
                                  ent_statement_get_cue_start (st),
                                  ent_statement_get_cue_end (st));
      ent_project_add_statement (into, copy);
    }
}

/* Finds the actors and positions in a newly imported article. */
static gboolean
analyse (EntProject   *project,
         EntDocument  *document,
         GPtrArray    *extractions,
         GError      **error)
{
  static EntExtractor *extractor;
  EntExtraction *extraction;
  const char *text = ent_document_get_text (document);

  if (extractor == NULL && (extractor = ent_extractor_new_default (error)) == NULL)
    return FALSE;
  extraction = ent_extractor_run (extractor, text, strlen (text));
  ent_analysis_apply (project, ent_extractor_get_gazetteer (extractor), document, extraction);
  g_ptr_array_add (extractions, extraction);
  ent_analysis_add_mentions (project, ent_extractor_get_gazetteer (extractor), extraction);
  return TRUE;
}

/* Adds what an importer returned, and analyses each new article. */
static gboolean
add_documents (EntProject  *project,
               GPtrArray   *documents,
               GPtrArray   *failures,
               GPtrArray   *extractions,
               GError     **error)
{
  for (guint i = 0; failures != NULL && i < failures->len; i++)
    g_printerr ("%s\n", ((GError *)g_ptr_array_index (failures, i))->message);
  for (guint i = 0; i < documents->len; i++)
    {
      EntDocument *document = g_ptr_array_index (documents, i);

      if (ent_project_find_duplicate (project, document) != NULL)
        continue;
      ent_project_add_document (project, document);
      if (!analyse (project, document, extractions, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
cli_add_input (EntProject  *project,
               const char  *input,
               GPtrArray   *extractions,
               GError     **error)
{
  g_autoptr(EntImporter) importer = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *scheme = g_uri_parse_scheme (input);

  if (scheme != NULL && g_ascii_strcasecmp (scheme, "http") != 0 &&
      g_ascii_strcasecmp (scheme, "https") != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s: only files and http(s) addresses can be read"), input);
      return FALSE;
    }
  if (g_str_has_suffix (input, ".entente") && scheme == NULL)
    {
      g_autoptr(EntProject) loaded = NULL;

      file = g_file_new_for_commandline_arg (input);
      if ((loaded = ent_project_file_load (file, NULL, error)) == NULL)
        return FALSE;
      merge_project (project, loaded);
      return TRUE;
    }

  importer = ent_importer_new (project);
  if (scheme != NULL)
    documents = ent_importer_import_uri (importer, input, NULL, &failures, error);
  else
    {
      file = g_file_new_for_commandline_arg (input);
      documents = ent_importer_import_file (importer, file, NULL, &failures, error);
    }
  if (documents == NULL)
    return FALSE;
  return add_documents (project, documents, failures, extractions, error);
}
