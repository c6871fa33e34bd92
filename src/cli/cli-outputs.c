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

#include "cli-outputs.h"

static const char *formats[] = { "json", "entente", NULL };

const char * const *
cli_output_formats (void)
{
  return formats;
}

GBytes *
cli_render (EntProject  *project,
            const char  *format,
            const char  *level_name,
            GError     **error)
{
  EntNetworkLevel level = ENT_NETWORK_LEVEL_STATE;
  g_autoptr(EntNetwork) network = NULL;

  if (g_strcmp0 (format, "entente") == 0)
    return ent_project_file_serialize (project);

  if (g_strcmp0 (level_name, "actor") == 0)
    level = ENT_NETWORK_LEVEL_ACTOR;
  network = ent_network_new (project, level);
  return ent_network_json_serialize (network, project);
}

gboolean
cli_write_output (GBytes      *bytes,
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
