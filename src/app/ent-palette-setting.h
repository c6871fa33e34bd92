/* ent-palette-setting.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ent-palette.h"

G_BEGIN_DECLS

EntPaletteScheme  ent_palette_setting_get_scheme (void);
const EntPalette *ent_palette_setting_get        (gboolean  dark);
void              ent_palette_setting_connect    (gpointer  instance,
                                                  GCallback changed);
void              ent_palette_setting_install_css (GdkDisplay *display);

G_END_DECLS
