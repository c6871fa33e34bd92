/* ent-settings.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-settings.h"

/**
 * ent_settings_new:
 * @needed_key: (nullable): a key the caller reads, or %NULL
 *
 * The schema is installed with the application. A window started from the
 * build tree without it, or with an older one that lacks @needed_key,
 * still works; it just remembers nothing.
 *
 * Returns: (transfer full) (nullable): the application's settings, or
 *   %NULL without a schema that has @needed_key
 */
GSettings *
ent_settings_new (const char *needed_key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, BASE_ID, TRUE);
  if (schema == NULL || (needed_key != NULL && !g_settings_schema_has_key (schema, needed_key)))
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}
