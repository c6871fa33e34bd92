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

#include "cli-inputs.h"
#include "cli-outputs.h"
#include "entente-core.h"

typedef struct
{
  char    *format;
  char    *output;
  char    *level;
  char   **inputs;
  double   scale;
  gboolean dark;
  gboolean no_labels;
  gboolean no_legend;
} Options;


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

static gboolean
check_options (Options  *options,
               GError  **error)
{
  if (options->format == NULL)
    options->format = g_strdup ("json");
  if (!g_strv_contains (cli_output_formats (), options->format))
    {
      g_autofree char *known = g_strjoinv (", ", (char **)cli_output_formats ());

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

static int
analyze (int    argc,
         char **argv)
{
  g_auto(Options) options = { NULL };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EntProject) project = NULL;
  g_autoptr(GPtrArray) extractions = NULL;
  g_autofree char *formats_help = g_strjoinv ("|", (char **)cli_output_formats ());
  g_autofree char *format_desc = g_strdup_printf (_("Output format: %s (default json)"), formats_help);
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &options.format, format_desc, _("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output,
      _("Write to FILE instead of standard output; csv writes FILE-nodes.csv and "
        "FILE-edges.csv for FILE.csv"), _("FILE") },
    { "level", 'l', 0, G_OPTION_ARG_STRING, &options.level,
      _("Network level: state (default) or actor"), _("LEVEL") },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &options.scale,
      _("Pixels per point of a png image: 1 (default), 2 or 4"), _("SCALE") },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &options.dark,
      _("Draw svg, png and pdf images in dark colours"), NULL },
    { "no-labels", 0, 0, G_OPTION_ARG_NONE, &options.no_labels,
      _("Leave the names of the actors and camps out of svg, png and pdf images"), NULL },
    { "no-legend", 0, 0, G_OPTION_ARG_NONE, &options.no_legend,
      _("Leave the legend out of svg, png and pdf images"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options.inputs, NULL, _("INPUT…") },
    { NULL }
  };

  context = g_option_context_new (_("— find actors and positions and print their network"));
  g_option_context_set_summary (context,
    _("INPUT is an article (plain text or HTML), an http(s) address of a page\n"
      "or a news feed (every entry is imported), or an Entente project (.entente).\n"
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
    if (!cli_add_input (project, options.inputs[i], extractions, &error))
      {
        g_printerr ("entente-cli: %s\n", error->message);
        return 1;
      }

  if (!cli_export (project, &(CliOutput) { options.format, options.level, options.output,
                                            options.scale, options.dark,
                                            options.no_labels, options.no_legend }, &error))
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
