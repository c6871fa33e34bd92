/* fuzz-project-file.c — libFuzzer target: the project file loader
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-core.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntProject) project = ent_project_file_load_data ((const char *)data, size, &error);

  /* Whatever loads must save and load back to the same bytes. */
  if (project != NULL)
    {
      g_autoptr(GBytes) first = ent_project_file_serialize (project);
      g_autoptr(EntProject) again = ent_project_file_load_data (g_bytes_get_data (first, NULL),
                                                                g_bytes_get_size (first), NULL);
      g_autoptr(GBytes) second = NULL;

      g_assert_nonnull (again);
      second = ent_project_file_serialize (again);
      g_assert_true (g_bytes_equal (first, second));
    }
  else
    g_assert_nonnull (error);
  return 0;
}
