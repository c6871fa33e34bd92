/* ent-preferences-window.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ENT_TYPE_PREFERENCES_WINDOW (ent_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (EntPreferencesWindow, ent_preferences_window, ENT, PREFERENCES_WINDOW, AdwPreferencesWindow)

EntPreferencesWindow *ent_preferences_window_new (GtkWindow *parent) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
