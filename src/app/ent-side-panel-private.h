/* ent-side-panel-private.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ent-actor-item.h"
#include "ent-actor-model.h"
#include "ent-position-item.h"
#include "ent-position-model.h"
#include "ent-side-panel.h"

G_BEGIN_DECLS

struct _EntSidePanel
{
  GtkWidget           parent_instance;

  /* The panel follows the network; the project is the network's. */
  EntNetwork         *network;
  EntProject         *project;
  GSignalGroup       *project_signals;

  /* The dialog the panel has open, if any (kept for the UI tests). */
  GtkWidget          *dialog;
  GtkWidget          *actor_popover;
  GtkWidget          *position_popover;

  GtkLabel           *actor_empty_label;
  GMenuModel         *actor_menu;
  EntActorModel      *actor_model;
  GtkSearchEntry     *actor_search;
  GtkSingleSelection *actor_selection;
  GtkSortListModel   *actor_sort;
  GtkStack           *actor_stack;
  GtkColumnView      *actor_view;
  GtkWidget          *content;
  GtkCustomFilter    *statement_filter;
  GHashTable         *shown_statements;  /* EntStatement set, or NULL for all */
  GtkLabel           *position_empty_label;
  GMenuModel         *position_menu;
  EntPositionModel   *position_model;
  GtkEveryFilter     *position_filter;
  GtkSearchEntry     *position_search;
  GtkSingleSelection *position_selection;
  GtkSortListModel   *position_sort;
  GtkStack           *position_stack;
  GtkColumnView      *position_view;
  GtkStack           *stack;
  GtkRevealer        *statement_bar;
  GtkLabel           *statement_bar_label;
  GtkDropDown        *state_dropdown;
  GtkStringFilter    *state_filter;
};

void       _ent_side_panel_class_actions_init (EntSidePanelClass *klass);
void       _ent_side_panel_update_actions     (EntSidePanel      *self);
void       _ent_side_panel_popup_menu         (EntSidePanel      *self,
                                               GtkWidget         *popover,
                                               GtkWidget         *widget,
                                               double             x,
                                               double             y);
GtkWidget *_ent_side_panel_get_dialog         (EntSidePanel      *self);

void _ent_side_panel_init_cells (EntSidePanel *self);

G_END_DECLS
