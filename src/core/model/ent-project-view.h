/* ent-project-view.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ENT_TYPE_PROJECT_VIEW (ent_project_view_get_type ())

G_DECLARE_FINAL_TYPE (EntProjectView, ent_project_view, ENT, PROJECT_VIEW, GObject)

/*
 * The view settings saved with a project: for now the date range that
 * restricts the network to the articles published in it. A project owns
 * one; change it with ent_project_set_date_range(), which records the
 * change for undo, and listen to its notify signal.
 */
EntProjectView *ent_project_view_new           (void) G_GNUC_WARN_UNUSED_RESULT;
GDateTime      *ent_project_view_get_date_from (EntProjectView *self);
GDateTime      *ent_project_view_get_date_to   (EntProjectView *self);
gboolean        ent_project_view_has_range     (EntProjectView *self);
gboolean        ent_project_view_contains      (EntProjectView *self,
                                                GDateTime      *date);

G_END_DECLS
