/* ent-palette-setting.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ent-palette-setting.h"
#include "ent-settings.h"

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
      settings = ent_settings_new ("palette");
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

/* The camp dots of the lists ------------------------------------------------ */

#define CAMP_CSS_KEY "ent-palette-setting-camp-css"

/* Writes one rule per camp colour of the palette in use: a dot takes the
 * colour its camp has on the canvas. */
static void
load_camp_css (GtkCssProvider *provider)
{
  GdkDisplay *display = g_object_get_data (G_OBJECT (provider), "display");
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_for_display (display));
  const EntPalette *palette = ent_palette_setting_get (dark);
  g_autoptr(GString) css = g_string_new (NULL);

  for (int i = 0; i < ENT_PALETTE_N_CAMP_COLORS; i++)
    {
      EntColor color;
      char hex[8];

      ent_palette_get_camp_color (palette, i, &color);
      ent_color_to_hex (&color, hex);
      g_string_append_printf (css, ".camp-dot.camp-%d { background-color: %s; }\n", i, hex);
    }
  gtk_css_provider_load_from_data (provider, css->str, (gssize) css->len);
}

/**
 * ent_palette_setting_install_css:
 *
 * Gives the `.camp-dot.camp-N` style classes of @display the camp colours
 * of the chosen palette, light or dark as the style is, and keeps them so
 * when either changes. Installing twice changes nothing.
 */
void
ent_palette_setting_install_css (GdkDisplay *display)
{
  GtkCssProvider *provider;

  g_return_if_fail (GDK_IS_DISPLAY (display));

  if (g_object_get_data (G_OBJECT (display), CAMP_CSS_KEY) != NULL)
    return;

  provider = gtk_css_provider_new ();
  g_object_set_data (G_OBJECT (provider), "display", display);
  g_object_set_data_full (G_OBJECT (display), CAMP_CSS_KEY, provider, g_object_unref);
  load_camp_css (provider);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_signal_connect_object (adw_style_manager_get_for_display (display), "notify::dark",
                           G_CALLBACK (load_camp_css), provider, G_CONNECT_SWAPPED);
  ent_palette_setting_connect (provider, G_CALLBACK (load_camp_css));
}
