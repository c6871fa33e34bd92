/* cli-outputs.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli-outputs.h"
#include "ent-export-image.h"
#include "ent-export-png.h"
#include "ent-exporter.h"

const char * const *
cli_output_formats (void)
{
  return ent_exporter_list_formats ();
}

static gboolean
to_stdout (const char *output)
{
  return output == NULL || strcmp (output, "-") == 0;
}

/* Refuses, before any work, the combinations that cannot give what the
 * user meant, so that the error names the option rather than a symptom. */
static gboolean
check_output (EntExporter      *exporter,
              const CliOutput  *output,
              GError          **error)
{
  gboolean image = ENT_IS_EXPORT_IMAGE (exporter);

  if (output->scale != 0 && !ENT_IS_EXPORT_PNG (exporter))
    return g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                        _("--scale applies to the png format only")), FALSE;
  if (output->scale != 0 && (output->scale < 0.25 || output->scale > 8))
    return g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                        _("the scale must be between 0.25 and 8, such as 1, 2 or 4")), FALSE;
  if (output->dark && !image)
    return g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                        _("--dark applies to the svg, png and pdf formats only")), FALSE;
  if ((output->no_labels || output->no_legend) && !image)
    return g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                        _("--no-labels and --no-legend apply to the svg, png and pdf formats only")), FALSE;
  if (to_stdout (output->output) && ent_exporter_get_n_parts (exporter) > 1)
    return g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                        _("the %s format writes two files; name them with --output FILE.%s"),
                        ent_exporter_get_name (exporter), ent_exporter_get_extension (exporter)), FALSE;
  if (to_stdout (output->output) && image && g_strcmp0 (output->format, "svg") != 0 &&
      isatty (STDOUT_FILENO))
    return g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                        _("not writing a %s image to a terminal; use --output FILE or redirect"),
                        ent_exporter_get_name (exporter)), FALSE;
  return TRUE;
}

static void
configure (EntExporter     *exporter,
           const CliOutput *output)
{
  EntPageParts parts = ENT_PAGE_ALL;

  if (output->scale != 0)
    ent_export_png_set_scale (ENT_EXPORT_PNG (exporter), output->scale);
  if (!ENT_IS_EXPORT_IMAGE (exporter))
    return;
  if (output->no_labels)
    parts &= ~ENT_PAGE_LABELS;
  if (output->no_legend)
    parts &= ~ENT_PAGE_LEGEND;
  ent_export_image_set_dark (ENT_EXPORT_IMAGE (exporter), output->dark);
  ent_export_image_set_parts (ENT_EXPORT_IMAGE (exporter), parts);
}

/**
 * cli_export:
 *
 * Builds the network at the chosen level, lays it out (seed 0) and exports
 * it. A format of several files (csv) needs --output: FILE.csv becomes
 * FILE-nodes.csv and FILE-edges.csv, all written or none.
 */
gboolean
cli_export (EntProject       *project,
            const CliOutput  *output,
            GError          **error)
{
  EntNetworkLevel level = g_strcmp0 (output->level, "actor") == 0 ? ENT_NETWORK_LEVEL_ACTOR
                                                                  : ENT_NETWORK_LEVEL_STATE;
  g_autoptr(EntNetwork) network = ent_network_new (project, level);
  g_autoptr(EntExporter) exporter = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if ((exporter = ent_exporter_new_for_format (output->format, network, error)) == NULL ||
      !check_output (exporter, output, error))
    return FALSE;
  configure (exporter, output);

  if (!to_stdout (output->output))
    {
      file = g_file_new_for_commandline_arg (output->output);
      return ent_exporter_write (exporter, file, NULL, error);
    }
  if ((bytes = ent_exporter_serialize (exporter, 0, error)) == NULL)
    return FALSE;
  return cli_write_output (bytes, NULL, error);
}

gboolean
cli_write_output (GBytes      *bytes,
                  const char  *output,
                  GError     **error)
{
  g_autoptr(GFile) file = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (to_stdout (output))
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
