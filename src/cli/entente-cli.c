/* entente-cli.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "entente-core.h"

typedef struct
{
  char    *format;
  char    *output;
  char    *level;
  char   **inputs;
} Options;

static const char *formats[] = { "json", "entente", NULL };

static void
options_clear (Options *options)
{
  g_free (options->format);
  g_free (options->output);
  g_free (options->level);
  g_strfreev (options->inputs);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static gboolean
same_file (const char *a,
           const char *b)
{
  struct stat sa, sb;

  if (stat (a, &sa) != 0 || stat (b, &sb) != 0)
    return FALSE;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

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

static gboolean
add_input (EntProject  *project,
           const char  *input,
           GPtrArray   *extractions,
           GError     **error)
{
  g_autoptr(GFile) file = NULL;

  if (g_str_has_prefix (input, "http://") || g_str_has_prefix (input, "https://"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s: importing web pages is not supported by this version"), input);
      return FALSE;
    }
  if (strstr (input, "://") != NULL || g_str_has_prefix (input, "file:"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s: only files and http(s) addresses can be read"), input);
      return FALSE;
    }

  file = g_file_new_for_commandline_arg (input);
  if (g_str_has_suffix (input, ".entente"))
    {
      g_autoptr(EntProject) loaded = ent_project_file_load (file, NULL, error);

      if (loaded == NULL)
        return FALSE;
      merge_project (project, loaded);
    }
  else
    {
      g_autofree char *id = ent_project_dup_new_id (project, "doc");
      g_autoptr(EntDocument) document = ent_text_import_file (file, id, NULL, error);

      if (document == NULL)
        return FALSE;
      if (ent_project_find_duplicate (project, document) != NULL)
        return TRUE;
      ent_project_add_document (project, document);
      return analyse (project, document, extractions, error);
    }
  return TRUE;
}

static GBytes *
render (EntProject  *project,
        Options     *options,
        GError     **error)
{
  EntNetworkLevel level = ENT_NETWORK_LEVEL_STATE;
  g_autoptr(EntNetwork) network = NULL;

  if (g_strcmp0 (options->format, "entente") == 0)
    return ent_project_file_serialize (project);

  if (g_strcmp0 (options->level, "actor") == 0)
    level = ENT_NETWORK_LEVEL_ACTOR;
  network = ent_network_new (project, level);
  return ent_network_json_serialize (network, project);
}

static gboolean
check_options (Options  *options,
               GError  **error)
{
  if (options->format == NULL)
    options->format = g_strdup ("json");
  if (!g_strv_contains (formats, options->format))
    {
      g_autofree char *known = g_strjoinv (", ", (char **)formats);

      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("unknown format “%s” (known formats: %s)"), options->format, known);
      return FALSE;
    }
  if (options->level != NULL && g_strcmp0 (options->level, "state") != 0 &&
      g_strcmp0 (options->level, "actor") != 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("unknown level “%s” (use state or actor)"), options->level);
      return FALSE;
    }
  if (options->inputs == NULL || options->inputs[0] == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED, _("no input given"));
      return FALSE;
    }
  for (guint i = 0; options->output && options->inputs[i]; i++)
    if (same_file (options->output, options->inputs[i]) ||
        g_strcmp0 (options->output, options->inputs[i]) == 0)
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                     _("the output “%s” is also an input; it would be overwritten"),
                     options->output);
        return FALSE;
      }
  return TRUE;
}

static gboolean
write_output (GBytes      *bytes,
              const char  *output,
              GError     **error)
{
  g_autoptr(GFile) file = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (output == NULL || strcmp (output, "-") == 0)
    {
      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("could not write to standard output"));
          return FALSE;
        }
      return TRUE;
    }

  file = g_file_new_for_commandline_arg (output);
  return ent_write_file_atomically (file, bytes, NULL, error);
}

static int
analyze (int    argc,
         char **argv)
{
  g_auto(Options) options = { NULL };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EntProject) project = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) extractions = NULL;
  g_autofree char *formats_help = g_strjoinv ("|", (char **)formats);
  g_autofree char *format_desc = g_strdup_printf (_("Output format: %s (default json)"), formats_help);
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &options.format, format_desc, _("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output,
      _("Write to FILE instead of standard output"), _("FILE") },
    { "level", 'l', 0, G_OPTION_ARG_STRING, &options.level,
      _("Network level: state (default) or actor"), _("LEVEL") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options.inputs, NULL, _("INPUT…") },
    { NULL }
  };

  context = g_option_context_new (_("INPUT… — find actors and positions and print their network"));
  g_option_context_set_summary (context,
    _("INPUT is a plain-text article or an Entente project (.entente).\n"
      "The network is printed as JSON unless another format is chosen;\n"
      "nothing is written when an error occurs."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_set_prgname ("entente-cli analyze");

  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      !check_options (&options, &error))
    {
      g_printerr ("entente-cli: %s\n", error->message);
      g_printerr (_("Try “entente-cli analyze --help”.\n"));
      return 1;
    }

  project = ent_project_new ();
  extractions = g_ptr_array_new_with_free_func ((GDestroyNotify)ent_extraction_free);
  for (guint i = 0; options.inputs[i]; i++)
    if (!add_input (project, options.inputs[i], extractions, &error))
      {
        g_printerr ("entente-cli: %s\n", error->message);
        return 1;
      }

  if ((bytes = render (project, &options, &error)) == NULL ||
      !write_output (bytes, options.output, &error))
    {
      g_printerr ("entente-cli: %s\n", error->message);
      return 1;
    }
  return 0;
}

static void
usage (FILE *stream)
{
  fprintf (stream, "%s",
           _("Usage:\n"
             "  entente-cli analyze [--format FMT] [--output FILE] [--level state|actor] INPUT…\n"
             "  entente-cli --help | --version\n"
             "\n"
             "Find the actors in news articles, the positions they take toward each\n"
             "other and the network of alliances and oppositions between them.\n"
             "Run “entente-cli analyze --help” for the options.\n"));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      usage (stderr);
      return 1;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 ||
      strcmp (argv[1], "help") == 0)
    {
      usage (stdout);
      return 0;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("entente-cli %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (strcmp (argv[1], "analyze") == 0)
    return analyze (argc - 1, argv + 1);

  g_printerr (_("entente-cli: unknown command “%s”\n"), argv[1]);
  usage (stderr);
  return 1;
}
