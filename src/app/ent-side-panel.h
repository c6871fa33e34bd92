/* ent-side-panel.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ent-network.h"
#include "ent-project.h"

G_BEGIN_DECLS

#define ENT_TYPE_SIDE_PANEL (ent_side_panel_get_type ())

G_DECLARE_FINAL_TYPE (EntSidePanel, ent_side_panel, ENT, SIDE_PANEL, GtkWidget)

GtkWidget    *ent_side_panel_new                    (void);
EntProject   *ent_side_panel_get_project            (EntSidePanel *self);
EntNetwork   *ent_side_panel_get_network            (EntSidePanel *self);
EntActor     *ent_side_panel_get_selected_actor     (EntSidePanel *self);
EntStatement *ent_side_panel_get_selected_statement (EntSidePanel *self);
void          ent_side_panel_set_network            (EntSidePanel *self,
                                                     EntNetwork   *network);
void          ent_side_panel_select_actor           (EntSidePanel *self,
                                                     EntActor     *actor);
void          ent_side_panel_select_statement       (EntSidePanel *self,
                                                     EntStatement *statement);
void          ent_side_panel_show_actor             (EntSidePanel *self,
                                                     EntActor     *actor);
void          ent_side_panel_add_alias_for_text     (EntSidePanel *self,
                                                     const char   *text);
void          ent_side_panel_set_deferred           (EntSidePanel *self,
                                                     gboolean      deferred);
void          ent_side_panel_show_statements        (EntSidePanel *self,
                                                     const char   *title,
                                                     GPtrArray    *statements);

G_END_DECLS
