/* ent-side-panel.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ent-palette-setting.h"
#include "ent-side-panel-private.h"

enum {
  PROP_0,
  PROP_NETWORK,
  PROP_SELECTED_ACTOR,
  PROP_SELECTED_STATEMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (EntSidePanel, ent_side_panel, GTK_TYPE_WIDGET)

/* The keys of the state filter, in the order of the drop-down's items. */
static const char *state_keys[] = { NULL, "accepted", "rejected", "manual" };

static void
update_placeholder (GtkStack    *stack,
                    GtkLabel    *label,
                    GListModel  *shown,
                    GListModel  *all,
                    const char  *none_yet,
                    const char  *none_match)
{
  gboolean empty = g_list_model_get_n_items (shown) == 0;

  gtk_label_set_label (label, g_list_model_get_n_items (all) == 0 ? none_yet : none_match);
  gtk_stack_set_visible_child_name (stack, empty ? "empty" : "list");
}

static void
actor_items_changed_cb (EntSidePanel *self)
{
  update_placeholder (self->actor_stack, self->actor_empty_label,
                      G_LIST_MODEL (self->actor_sort), G_LIST_MODEL (self->actor_model),
                      _("No actors yet. Open an article to find the actors in it."),
                      _("No actors match the filter."));
}

static void
position_items_changed_cb (EntSidePanel *self)
{
  update_placeholder (self->position_stack, self->position_empty_label,
                      G_LIST_MODEL (self->position_sort), G_LIST_MODEL (self->position_model),
                      _("No positions yet. Open an article, or add a position by hand."),
                      _("No positions match the filter."));
}

static void
actor_selected_cb (EntSidePanel *self)
{
  _ent_side_panel_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ACTOR]);
}

static void
position_selected_cb (EntSidePanel *self)
{
  _ent_side_panel_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_STATEMENT]);
}

static void
actor_activate_cb (EntSidePanel *self,
                   guint         position)
{
  gtk_single_selection_set_selected (self->actor_selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "panel.rename-actor", NULL);
}

/* Activating (double-clicking) a position shows its evidence again, even
 * when it was already selected and the user scrolled away. */
static void
position_activate_cb (EntSidePanel *self,
                      guint         position)
{
  gtk_single_selection_set_selected (self->position_selection, position);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_STATEMENT]);
}

static void
state_selected_cb (EntSidePanel *self)
{
  guint selected = gtk_drop_down_get_selected (self->state_dropdown);

  gtk_string_filter_set_search (self->state_filter,
                                selected < G_N_ELEMENTS (state_keys) ? state_keys[selected]
                                                                     : NULL);
}

static void
page_changed_cb (EntSidePanel *self)
{
  _ent_side_panel_update_actions (self);
}

static void
project_changed_cb (EntSidePanel *self)
{
  _ent_side_panel_update_actions (self);
}

static void
ent_side_panel_dispose (GObject *object)
{
  EntSidePanel *self = ENT_SIDE_PANEL (object);

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_pointer (&self->actor_popover, gtk_widget_unparent);
  g_clear_pointer (&self->position_popover, gtk_widget_unparent);
  if (self->project_signals != NULL)
    g_signal_group_set_target (self->project_signals, NULL);
  g_clear_object (&self->project_signals);
  g_clear_object (&self->network);
  g_clear_object (&self->project);
  g_clear_pointer (&self->shown_statements, g_hash_table_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), ENT_TYPE_SIDE_PANEL);

  G_OBJECT_CLASS (ent_side_panel_parent_class)->dispose (object);
}

static void
ent_side_panel_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EntSidePanel *self = ENT_SIDE_PANEL (object);

  switch (prop_id)
    {
    case PROP_NETWORK:
      g_value_set_object (value, ent_side_panel_get_network (self));
      break;
    case PROP_SELECTED_ACTOR:
      g_value_set_object (value, ent_side_panel_get_selected_actor (self));
      break;
    case PROP_SELECTED_STATEMENT:
      g_value_set_object (value, ent_side_panel_get_selected_statement (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_side_panel_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  EntSidePanel *self = ENT_SIDE_PANEL (object);

  switch (prop_id)
    {
    case PROP_NETWORK:
      ent_side_panel_set_network (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_side_panel_class_init (EntSidePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ent_side_panel_dispose;
  object_class->get_property = ent_side_panel_get_property;
  object_class->set_property = ent_side_panel_set_property;

  properties[PROP_NETWORK] =
    g_param_spec_object ("network", NULL, NULL,
                         ENT_TYPE_NETWORK,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));
  properties[PROP_SELECTED_ACTOR] =
    g_param_spec_object ("selected-actor", NULL, NULL,
                         ENT_TYPE_ACTOR,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));
  properties[PROP_SELECTED_STATEMENT] =
    g_param_spec_object ("selected-statement", NULL, NULL,
                         ENT_TYPE_STATEMENT,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ENT_TYPE_ACTOR_ITEM);
  g_type_ensure (ENT_TYPE_ACTOR_MODEL);
  g_type_ensure (ENT_TYPE_POSITION_ITEM);
  g_type_ensure (ENT_TYPE_POSITION_MODEL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ent-side-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, actor_empty_label);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, actor_menu);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, actor_model);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, actor_search);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, actor_selection);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, actor_sort);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, actor_stack);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, actor_view);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, content);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, position_empty_label);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, position_menu);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, position_filter);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, position_model);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, position_search);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, position_selection);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, position_sort);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, position_stack);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, position_view);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, stack);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, statement_bar);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, statement_bar_label);
  gtk_widget_class_bind_template_child (widget_class, EntSidePanel, state_filter);
  gtk_widget_class_bind_template_callback (widget_class, actor_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, actor_items_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, actor_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, position_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, position_items_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, position_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, state_selected_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "entsidepanel");

  _ent_side_panel_class_actions_init (klass);
}

/* Narrows the positions to those the canvas asked to show, if any. */
static gboolean
shown_statement_filter (gpointer item,
                        gpointer user_data)
{
  EntSidePanel *self = user_data;

  return self->shown_statements == NULL ||
         g_hash_table_contains (self->shown_statements,
                                ent_position_item_get_statement (item));
}

static GtkWidget *
new_popover (EntSidePanel *self,
             GMenuModel   *model)
{
  GtkWidget *popover = gtk_popover_menu_new_from_model (model);

  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  gtk_widget_set_halign (popover, GTK_ALIGN_START);

  return popover;
}

static void
ent_side_panel_init (EntSidePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _ent_side_panel_init_cells (self);
  ent_palette_setting_install_css (gtk_widget_get_display (GTK_WIDGET (self)));

  self->actor_popover = new_popover (self, self->actor_menu);
  self->statement_filter = gtk_custom_filter_new (shown_statement_filter, self, NULL);
  gtk_multi_filter_append (GTK_MULTI_FILTER (self->position_filter),
                           GTK_FILTER (self->statement_filter));
  self->position_popover = new_popover (self, self->position_menu);

  self->project_signals = g_signal_group_new (ENT_TYPE_PROJECT);
  g_signal_group_connect_swapped (self->project_signals, "changed",
                                  G_CALLBACK (project_changed_cb), self);

  actor_items_changed_cb (self);
  position_items_changed_cb (self);
  _ent_side_panel_update_actions (self);
}

void
_ent_side_panel_popup_menu (EntSidePanel *self,
                            GtkWidget    *popover,
                            GtkWidget    *widget,
                            double        x,
                            double        y)
{
  GdkRectangle rect = { 0, 0, 1, 1 };
  double px, py;

  if (widget != NULL &&
      gtk_widget_translate_coordinates (widget, GTK_WIDGET (self), x, y, &px, &py))
    {
      rect.x = px;
      rect.y = py;
    }

  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &rect);
  gtk_popover_popup (GTK_POPOVER (popover));
}

GtkWidget *
_ent_side_panel_get_dialog (EntSidePanel *self)
{
  return self->dialog;
}

GtkWidget *
ent_side_panel_new (void)
{
  return g_object_new (ENT_TYPE_SIDE_PANEL, NULL);
}

EntProject *
ent_side_panel_get_project (EntSidePanel *self)
{
  g_return_val_if_fail (ENT_IS_SIDE_PANEL (self), NULL);

  return self->project;
}

EntNetwork *
ent_side_panel_get_network (EntSidePanel *self)
{
  g_return_val_if_fail (ENT_IS_SIDE_PANEL (self), NULL);

  return self->network;
}

EntActor *
ent_side_panel_get_selected_actor (EntSidePanel *self)
{
  EntActorItem *item;

  g_return_val_if_fail (ENT_IS_SIDE_PANEL (self), NULL);

  item = gtk_single_selection_get_selected_item (self->actor_selection);

  return item ? ent_actor_item_get_actor (item) : NULL;
}

EntStatement *
ent_side_panel_get_selected_statement (EntSidePanel *self)
{
  EntPositionItem *item;

  g_return_val_if_fail (ENT_IS_SIDE_PANEL (self), NULL);

  item = gtk_single_selection_get_selected_item (self->position_selection);

  return item ? ent_position_item_get_statement (item) : NULL;
}

/**
 * ent_side_panel_set_network:
 *
 * Shows the actors of @network and the positions of its project.
 */
void
ent_side_panel_set_network (EntSidePanel *self,
                            EntNetwork   *network)
{
  EntProject *project;

  g_return_if_fail (ENT_IS_SIDE_PANEL (self));
  g_return_if_fail (!network || ENT_IS_NETWORK (network));

  if (!g_set_object (&self->network, network))
    return;

  project = network ? ent_network_get_project (network) : NULL;
  g_set_object (&self->project, project);
  g_signal_group_set_target (self->project_signals, self->project);
  ent_actor_model_set_network (self->actor_model, network);
  ent_position_model_set_project (self->position_model, self->project);
  _ent_side_panel_update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NETWORK]);
}

static guint
find_position (GListModel *model,
               gpointer    object,
               gboolean    actors)
{
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gpointer inner = actors ? (gpointer) ent_actor_item_get_actor (ENT_ACTOR_ITEM (item))
                              : (gpointer) ent_position_item_get_statement (ENT_POSITION_ITEM (item));

      if (inner == object)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Selects @actor in the list of actors, or nothing for %NULL or an actor
 * the filter hides. */
void
ent_side_panel_select_actor (EntSidePanel *self,
                             EntActor     *actor)
{
  g_return_if_fail (ENT_IS_SIDE_PANEL (self));
  g_return_if_fail (!actor || ENT_IS_ACTOR (actor));

  if (ent_side_panel_get_selected_actor (self) == actor)
    return;
  gtk_single_selection_set_selected (self->actor_selection,
                                     actor ? find_position (G_LIST_MODEL (self->actor_selection),
                                                            actor, TRUE)
                                           : GTK_INVALID_LIST_POSITION);
}

/* Selects @actor on the actors page, and shows that page; a filter that
 * hides the actor is cleared. */
void
ent_side_panel_show_actor (EntSidePanel *self,
                           EntActor     *actor)
{
  g_return_if_fail (ENT_IS_SIDE_PANEL (self));
  g_return_if_fail (ENT_IS_ACTOR (actor));

  gtk_stack_set_visible_child_name (self->stack, "actors");
  if (find_position (G_LIST_MODEL (self->actor_selection), actor, TRUE) == GTK_INVALID_LIST_POSITION)
    gtk_editable_set_text (GTK_EDITABLE (self->actor_search), "");
  ent_side_panel_select_actor (self, actor);
}

void
ent_side_panel_select_statement (EntSidePanel *self,
                                 EntStatement *statement)
{
  g_return_if_fail (ENT_IS_SIDE_PANEL (self));
  g_return_if_fail (!statement || ENT_IS_STATEMENT (statement));

  if (ent_side_panel_get_selected_statement (self) == statement)
    return;
  gtk_single_selection_set_selected (self->position_selection,
                                     statement ? find_position (G_LIST_MODEL (self->position_selection),
                                                                statement, FALSE)
                                               : GTK_INVALID_LIST_POSITION);
}

/**
 * ent_side_panel_show_statements:
 * @title: (nullable): the heading over the list
 * @statements: (nullable) (element-type EntStatement): the positions to
 *   show, or %NULL for all of them again
 *
 * Shows only @statements in the list of positions, under @title, and
 * selects the first, so that its evidence shows: the canvas asks for this
 * on a double-click on a tie or an actor.
 */
void
ent_side_panel_show_statements (EntSidePanel *self,
                                const char   *title,
                                GPtrArray    *statements)
{
  g_return_if_fail (ENT_IS_SIDE_PANEL (self));

  g_clear_pointer (&self->shown_statements, g_hash_table_unref);
  if (statements != NULL)
    {
      self->shown_statements = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
      for (guint i = 0; i < statements->len; i++)
        g_hash_table_add (self->shown_statements, g_object_ref (g_ptr_array_index (statements, i)));
      gtk_editable_set_text (GTK_EDITABLE (self->position_search), "");
      gtk_drop_down_set_selected (self->state_dropdown, 0);
      gtk_stack_set_visible_child_name (self->stack, "positions");
    }
  gtk_label_set_label (self->statement_bar_label, title ? title : "");
  gtk_revealer_set_reveal_child (self->statement_bar, statements != NULL);
  gtk_filter_changed (GTK_FILTER (self->statement_filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (statements != NULL && statements->len > 0)
    {
      gtk_single_selection_set_selected (self->position_selection, GTK_INVALID_LIST_POSITION);
      gtk_single_selection_set_selected (self->position_selection, 0);
    }
}

/* While a large import goes in, the lists follow it at most twice a
 * second (see ent_position_model_set_deferred()). */
void
ent_side_panel_set_deferred (EntSidePanel *self,
                             gboolean      deferred)
{
  g_return_if_fail (ENT_IS_SIDE_PANEL (self));

  ent_position_model_set_deferred (self->position_model, deferred);
  ent_actor_model_set_deferred (self->actor_model, deferred);
}
