/* ent-window.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ent-project.h"

G_BEGIN_DECLS

#define ENT_TYPE_WINDOW (ent_window_get_type ())

G_DECLARE_FINAL_TYPE (EntWindow, ent_window, ENT, WINDOW, AdwApplicationWindow)

EntWindow  *ent_window_new         (GtkApplication  *application,
                                    EntProject      *project);
gboolean    ent_window_get_busy    (EntWindow       *self);
EntProject *ent_window_get_project (EntWindow       *self);
void        ent_window_open_files  (EntWindow       *self,
                                    GFile          **files,
                                    guint            n_files);
EntWindow  *ent_window_recover     (EntWindow       *self,
                                    EntProject      *project,
                                    GFile           *autosave);

G_END_DECLS
