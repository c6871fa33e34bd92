/* fuzz-export.c — libFuzzer target: a fuzzed project exported to every
 * format (images at a small scale)
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-core.h"
#include "ent-exporter.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(EntProject) project = ent_project_file_load_data ((const char *)data, size, NULL);
  g_autoptr(EntNetwork) network = NULL;
  const char * const *formats;

  if (project == NULL || ent_project_get_n_actors (project) > 200)
    return 0;
  network = ent_network_new (project, ENT_NETWORK_LEVEL_STATE);
  formats = ent_exporter_list_formats ();
  for (guint f = 0; formats[f]; f++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EntExporter) exporter = ent_exporter_new_for_format (formats[f], network, &error);

      g_assert_nonnull (exporter);
      if (g_object_class_find_property (G_OBJECT_GET_CLASS (exporter), "scale") != NULL)
        g_object_set (exporter, "scale", 0.25, NULL);
      for (guint part = 0; part < MAX (1, ent_exporter_get_n_parts (exporter)); part++)
        {
          g_autoptr(GBytes) bytes = ent_exporter_serialize (exporter, part, &error);

          g_assert_true (bytes != NULL || error != NULL);
          g_clear_error (&error);
        }
    }
  return 0;
}
