/* ent-window-canvas.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-window-private.h"

/* How often a large import shows its progress on the canvas. */
#define CANVAS_INTERVAL_MS 1500

/* The canvas in the window: the header bar's view actions, which cannot
 * reach the canvas's own, and one selection shared by the canvas and the
 * side panel's lists. The viewport's selection is the reference; the
 * lists follow it and it follows them, with a guard against echoes. */

static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  EntWindow *self = ENT_WINDOW (widget);
  g_autofree char *name = g_strconcat ("canvas.", action_name + strlen ("win."), NULL);

  gtk_widget_activate_action_variant (GTK_WIDGET (self->canvas), name, param);
}

static void
update_network_page (EntWindow *self)
{
  gboolean empty = self->network == NULL || ent_network_get_n_nodes (self->network) == 0;

  gtk_stack_set_visible_child_name (self->network_stack, empty ? "empty" : "canvas");
}

/* The canvas's selection → the lists: one actor selects its row; a tie
 * selects its first position, which shows the evidence in the reader. */
static void
viewport_selection_changed_cb (EntWindow *self)
{
  EntViewport *viewport = ent_canvas_get_viewport (self->canvas);
  g_autoptr(GPtrArray) ids = ent_viewport_dup_selected (viewport);
  const char *a, *b;

  if (self->syncing_selection)
    return;
  self->syncing_selection = TRUE;
  if (ids->len == 1)
    ent_side_panel_select_actor (self->side_panel,
                                 ent_project_lookup_actor (self->project, g_ptr_array_index (ids, 0)));
  else
    ent_side_panel_select_actor (self->side_panel, NULL);
  if (ent_viewport_get_selected_tie (viewport, &a, &b))
    {
      int tie = ent_network_find_tie (self->network, ent_network_find_node (self->network, a),
                                      ent_network_find_node (self->network, b));
      EntStatement *current = ent_side_panel_get_selected_statement (self->side_panel);
      const EntNetworkTie *t = tie >= 0 ? ent_network_get_tie (self->network, tie) : NULL;

      if (t != NULL && t->statements->len > 0 &&
          (current == NULL || !g_ptr_array_find (t->statements, current, NULL)))
        ent_side_panel_select_statement (self->side_panel, g_ptr_array_index (t->statements, 0));
    }
  self->syncing_selection = FALSE;
}

static const char *
folded_id (EntWindow  *self,
           const char *actor_id)
{
  EntActor *actor = ent_project_lookup_actor (self->project, actor_id);

  if (actor == NULL)
    return NULL;
  return ent_actor_get_id (ent_network_fold_actor (self->project, actor,
                                                   ent_network_get_level (self->network)));
}

/* The actors list → the canvas. */
static void
panel_actor_selected_cb (EntWindow *self)
{
  EntActor *actor = ent_side_panel_get_selected_actor (self->side_panel);
  EntViewport *viewport = ent_canvas_get_viewport (self->canvas);
  const char *id;

  if (self->syncing_selection || actor == NULL)
    return;
  id = folded_id (self, ent_actor_get_id (actor));
  self->syncing_selection = TRUE;
  if (id != NULL && ent_network_find_node (self->network, id) >= 0)
    ent_viewport_select (viewport, id, ENT_SELECT_REPLACE);
  self->syncing_selection = FALSE;
}

/* The positions list → the canvas: a position selects its tie. */
static void
panel_statement_selected_cb (EntWindow *self)
{
  EntStatement *statement = ent_side_panel_get_selected_statement (self->side_panel);
  const char *a, *b;

  if (self->syncing_selection || statement == NULL)
    return;
  a = folded_id (self, ent_statement_get_source (statement));
  b = folded_id (self, ent_statement_get_target (statement));
  self->syncing_selection = TRUE;
  if (a != NULL && b != NULL && g_strcmp0 (a, b) != 0)
    ent_viewport_select_tie (ent_canvas_get_viewport (self->canvas), a, b);
  self->syncing_selection = FALSE;
}

static void
show_statements_cb (EntWindow  *self,
                    const char *title,
                    GPtrArray  *statements)
{
  ent_side_panel_show_statements (self->side_panel, title, statements);
}

void
_ent_window_class_canvas_init (EntWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "win.relayout", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, forward_action);
  /* The canvas has its own Ctrl+F; this one works wherever the focus is. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
}

void
_ent_window_init_canvas (EntWindow *self)
{
  g_signal_connect_object (ent_canvas_get_viewport (self->canvas), "selection-changed",
                           G_CALLBACK (viewport_selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "show-statements",
                           G_CALLBACK (show_statements_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->side_panel, "notify::selected-actor",
                           G_CALLBACK (panel_actor_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->side_panel, "notify::selected-statement",
                           G_CALLBACK (panel_statement_selected_cb), self, G_CONNECT_SWAPPED);
  g_object_bind_property (self->connect_button, "active", self->canvas, "connect-mode",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

/* While many articles go in, the canvas would take a new scene, lay it
 * out again and repaint every tile after each chunk; instead its handler
 * of the network's ::changed is blocked, and the network is handed over
 * at most every CANVAS_INTERVAL_MS. */
static void
block_canvas (EntWindow *self,
              gboolean   block)
{
  EntNetwork *network = ent_canvas_get_network (self->canvas);

  if (network == NULL)
    return;
  if (block)
    g_signal_handlers_block_matched (network, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self->canvas);
  else
    g_signal_handlers_unblock_matched (network, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL,
                                       self->canvas);
}

/* Emits the change the canvas missed; the other views see it again, which
 * costs them nothing while they are deferred too. */
static void
hand_over (EntWindow *self)
{
  EntNetwork *network = ent_canvas_get_network (self->canvas);

  gboolean deferred = self->canvas_source != 0;

  if (!self->canvas_stale || network == NULL)
    return;
  if (deferred)
    block_canvas (self, FALSE);
  g_signal_emit_by_name (network, "changed");
  if (deferred)
    block_canvas (self, TRUE);
  /* After the emission, which network_changed_cb() sees too. */
  self->canvas_stale = FALSE;
}

static gboolean
hand_over_cb (gpointer data)
{
  hand_over (ENT_WINDOW (data));
  return G_SOURCE_CONTINUE;
}

static void
network_changed_cb (EntWindow *self)
{
  if (self->canvas_source != 0)
    self->canvas_stale = TRUE;
  update_network_page (self);
}

/* Shows the window's network on the canvas, and follows its changes for
 * the page shown when there is nothing to draw. */
void
_ent_window_set_canvas_network (EntWindow *self)
{
  gboolean deferred = self->canvas_source != 0;

  if (deferred)
    block_canvas (self, FALSE);
  ent_canvas_set_network (self->canvas, self->network);
  if (deferred)
    block_canvas (self, TRUE);
  if (self->network != NULL)
    g_signal_connect_object (self->network, "changed", G_CALLBACK (network_changed_cb), self,
                             G_CONNECT_SWAPPED);
  update_network_page (self);
}

/* See block_canvas(). Meanwhile the canvas draws each network it gets
 * gradually (ent_canvas_set_gradual()). Ending the deferral hands the
 * latest network over at once. */
void
_ent_window_defer_canvas (EntWindow *self,
                          gboolean   deferred)
{
  if (deferred == (self->canvas_source != 0))
    return;

  if (deferred)
    {
      self->canvas_stale = FALSE;
      self->canvas_source = g_timeout_add (CANVAS_INTERVAL_MS, hand_over_cb, self);
      block_canvas (self, TRUE);
      ent_canvas_set_gradual (self->canvas, TRUE);
      return;
    }
  g_clear_handle_id (&self->canvas_source, g_source_remove);
  block_canvas (self, FALSE);
  /* The last network of the import is drawn gradually too. */
  hand_over (self);
  ent_canvas_set_gradual (self->canvas, FALSE);
}

void
_ent_window_update_canvas_actions (EntWindow *self)
{
  gboolean has_nodes = self->network != NULL && ent_network_get_n_nodes (self->network) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", has_nodes);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", has_nodes);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-fit", has_nodes);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.relayout", has_nodes);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", has_nodes);
}
