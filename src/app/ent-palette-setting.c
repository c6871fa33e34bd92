/* ent-palette-setting.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "ent-palette-setting.h"

/* The GSettings key "palette", which the canvas, the reader and the image
 * exports follow, as they follow the style manager's "dark": one settings
 * object for the whole process. Without the schema installed (a build-tree
 * run) the colour-blind scheme stays. */

static GSettings *
get_settings (void)
{
  static GSettings *settings;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = NULL;

      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, BASE_ID, TRUE);
      if (schema != NULL && g_settings_schema_has_key (schema, "palette"))
        settings = g_settings_new_full (schema, NULL, NULL);
      g_once_init_leave (&initialized, 1);
    }

  return settings;
}

EntPaletteScheme
ent_palette_setting_get_scheme (void)
{
  GSettings *settings = get_settings ();

  if (settings == NULL)
    return ENT_PALETTE_SCHEME_COLORBLIND;

  return g_settings_get_enum (settings, "palette") == ENT_PALETTE_SCHEME_GNOME ?
         ENT_PALETTE_SCHEME_GNOME : ENT_PALETTE_SCHEME_COLORBLIND;
}

/**
 * ent_palette_setting_get:
 *
 * Returns: (transfer none): the palette the user chose, light or @dark
 */
const EntPalette *
ent_palette_setting_get (gboolean dark)
{
  return ent_palette_get_scheme (ent_palette_setting_get_scheme (),
                                 dark ? ENT_PALETTE_DARK : ENT_PALETTE_LIGHT);
}

/**
 * ent_palette_setting_connect:
 * @changed: called as `void changed (instance)` when the user picks
 *   another palette
 *
 * The connection ends with @instance.
 */
void
ent_palette_setting_connect (gpointer  instance,
                             GCallback changed)
{
  GSettings *settings = get_settings ();

  g_return_if_fail (G_IS_OBJECT (instance));

  if (settings != NULL)
    g_signal_connect_object (settings, "changed::palette", changed, instance, G_CONNECT_SWAPPED);
}
