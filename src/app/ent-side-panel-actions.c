/* ent-side-panel-actions.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ent-dialog-util.h"
#include "ent-side-panel-private.h"

/* Dialogs ----------------------------------------------------------------- */

static int
compare_actor_names (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  return g_utf8_collate (ent_actor_get_name ((EntActor *) a), ent_actor_get_name ((EntActor *) b));
}

/* A drop-down of the project's actors, by name, leaving out @except. */
static GtkWidget *
new_actor_dropdown (EntSidePanel *self,
                    EntActor     *except,
                    EntActor     *selected)
{
  GListModel *actors = ent_project_get_actors (self->project);
  GListStore *store = g_list_store_new (ENT_TYPE_ACTOR);
  GtkExpression *expression;
  GtkWidget *dropdown;
  guint position;

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(EntActor) actor = g_list_model_get_item (actors, i);

      if (actor != except)
        g_list_store_append (store, actor);
    }
  g_list_store_sort (store, compare_actor_names, NULL);

  expression = gtk_property_expression_new (ENT_TYPE_ACTOR, NULL, "name");
  dropdown = gtk_drop_down_new (G_LIST_MODEL (store), expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  gtk_widget_set_hexpand (dropdown, TRUE);
  if (selected != NULL && g_list_store_find (store, selected, &position))
    gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), position);

  return dropdown;
}

static EntActor *
get_dropdown_actor (GtkWidget *dropdown)
{
  return gtk_drop_down_get_selected_item (GTK_DROP_DOWN (dropdown));
}

/* The actor a dialog acts on, if it is still in the project. */
static EntActor *
get_dialog_actor (EntSidePanel     *self,
                  AdwMessageDialog *dialog)
{
  EntActor *actor = g_object_get_data (G_OBJECT (dialog), "actor");

  if (actor == NULL || self->project == NULL ||
      ent_project_lookup_actor (self->project, ent_actor_get_id (actor)) != actor)
    return NULL;

  return actor;
}

static void
set_dialog_actor (AdwMessageDialog *dialog,
                  EntActor         *actor)
{
  g_object_set_data_full (G_OBJECT (dialog), "actor", g_object_ref (actor), g_object_unref);
}

static char *
dup_entry_text (AdwMessageDialog *dialog)
{
  GtkWidget *entry = adw_message_dialog_get_extra_child (dialog);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

/* Actor actions ----------------------------------------------------------- */

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    EntSidePanel     *self)
{
  EntActor *actor = get_dialog_actor (self, dialog);
  g_autofree char *name = dup_entry_text (dialog);

  if (g_str_equal (response, "rename") && actor != NULL && name[0] != '\0' &&
      g_strcmp0 (name, ent_actor_get_name (actor)) != 0)
    ent_project_rename_actor (self->project, actor, name);
}

static void
rename_actor_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  EntSidePanel *self = ENT_SIDE_PANEL (widget);
  EntActor *actor = ent_side_panel_get_selected_actor (self);
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  if (actor == NULL)
    return;

  entry = ent_dialog_new_entry (ent_actor_get_name (actor), _("Name"));
  dialog = ent_dialog_new_message (GTK_WIDGET (self), &self->dialog, _("Rename Actor"), NULL,
                                   "rename", _("_Rename"), entry);
  set_dialog_actor (dialog, actor);
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
add_alias_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       EntSidePanel     *self)
{
  EntActor *actor = get_dialog_actor (self, dialog);
  g_autofree char *alias = dup_entry_text (dialog);

  if (g_str_equal (response, "add") && actor != NULL && alias[0] != '\0' &&
      !ent_actor_has_alias (actor, alias))
    ent_project_add_actor_alias (self->project, actor, alias);
}

static void
add_alias_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  EntSidePanel *self = ENT_SIDE_PANEL (widget);
  EntActor *actor = ent_side_panel_get_selected_actor (self);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  if (actor == NULL)
    return;

  body = g_strdup_printf (_("Another name the articles use for “%s”. "
                            "The articles are then analysed again to find it."),
                          ent_actor_get_name (actor));
  entry = ent_dialog_new_entry (NULL, _("Alias"));
  dialog = ent_dialog_new_message (GTK_WIDGET (self), &self->dialog, _("Add Alias"), body,
                                   "add", _("_Add"), entry);
  set_dialog_actor (dialog, actor);
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_alias_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
alias_of_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      EntSidePanel     *self)
{
  const char *alias = g_object_get_data (G_OBJECT (dialog), "alias");
  EntActor *actor = get_dropdown_actor (adw_message_dialog_get_extra_child (dialog));

  if (g_str_equal (response, "add") && actor != NULL && self->project != NULL &&
      ent_project_lookup_actor (self->project, ent_actor_get_id (actor)) == actor &&
      !ent_actor_has_alias (actor, alias) && g_strcmp0 (ent_actor_get_name (actor), alias) != 0)
    ent_project_add_actor_alias (self->project, actor, alias);
}

/**
 * ent_side_panel_add_alias_for_text:
 * @text: a name found in an article
 *
 * Asks which actor @text names, and makes it an alias of that actor; the
 * window then analyses the articles again to find it.
 */
void
ent_side_panel_add_alias_for_text (EntSidePanel *self,
                                   const char   *text)
{
  g_autofree char *alias = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (ENT_IS_SIDE_PANEL (self));
  g_return_if_fail (text != NULL);

  alias = g_strstrip (g_strdup (text));
  if (self->project == NULL || ent_project_get_n_actors (self->project) == 0 || alias[0] == '\0')
    return;

  body = g_strdup_printf (_("Which actor do the articles call “%s”? "
                            "The articles are then analysed again to find it."),
                          alias);
  dialog = ent_dialog_new_message (GTK_WIDGET (self), &self->dialog, _("Add as Alias"), body,
                                   "add", _("_Add"),
                                   new_actor_dropdown (self, NULL,
                                                       ent_side_panel_get_selected_actor (self)));
  g_object_set_data_full (G_OBJECT (dialog), "alias", g_steal_pointer (&alias), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (alias_of_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
merge_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   EntSidePanel     *self)
{
  EntActor *actor = get_dialog_actor (self, dialog);
  EntActor *into = get_dropdown_actor (adw_message_dialog_get_extra_child (dialog));

  if (g_str_equal (response, "merge") && actor != NULL && into != NULL && into != actor &&
      ent_project_lookup_actor (self->project, ent_actor_get_id (into)) == into)
    ent_project_merge_actors (self->project, actor, into);
}

static void
merge_actor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  EntSidePanel *self = ENT_SIDE_PANEL (widget);
  EntActor *actor = ent_side_panel_get_selected_actor (self);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (actor == NULL)
    return;

  body = g_strdup_printf (_("The positions of “%s” become those of the actor you choose, "
                            "and its names become aliases."),
                          ent_actor_get_name (actor));
  dialog = ent_dialog_new_message (GTK_WIDGET (self), &self->dialog, _("Merge Actor"), body,
                                   "merge", _("_Merge"), new_actor_dropdown (self, actor, NULL));
  set_dialog_actor (dialog, actor);
  g_signal_connect_object (dialog, "response", G_CALLBACK (merge_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_actor_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  EntSidePanel *self = ENT_SIDE_PANEL (widget);
  EntActor *actor = ent_side_panel_get_selected_actor (self);

  /* Undo brings it back, with its positions; no need to ask. */
  if (actor != NULL)
    ent_project_remove_actor (self->project, actor);
}

static void
actor_kind_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  EntSidePanel *self = ENT_SIDE_PANEL (widget);
  EntActor *actor = ent_side_panel_get_selected_actor (self);
  EntActorKind kind;

  if (actor != NULL &&
      ent_actor_kind_from_string (g_variant_get_string (param, NULL), &kind) &&
      kind != ent_actor_get_kind (actor))
    ent_project_set_actor_kind (self->project, actor, kind);
}

static void
color_response_cb (GtkDialog    *dialog,
                   int           response,
                   EntSidePanel *self)
{
  EntActor *actor = g_object_get_data (G_OBJECT (dialog), "actor");
  g_autofree char *color = NULL;
  GdkRGBA rgba;

  if (response == GTK_RESPONSE_OK && self->project != NULL && actor != NULL &&
      ent_project_lookup_actor (self->project, ent_actor_get_id (actor)) == actor)
    {
      gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (dialog), &rgba);
      color = g_strdup_printf ("#%02x%02x%02x",
                               (guint) (rgba.red * 255 + 0.5),
                               (guint) (rgba.green * 255 + 0.5),
                               (guint) (rgba.blue * 255 + 0.5));
      if (g_strcmp0 (color, ent_actor_get_color (actor)) != 0)
        ent_project_set_actor_color (self->project, actor, color);
    }

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
actor_color_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  EntSidePanel *self = ENT_SIDE_PANEL (widget);
  EntActor *actor = ent_side_panel_get_selected_actor (self);
  const char *color;
  GtkWidget *dialog;
  GdkRGBA rgba;

  if (actor == NULL)
    return;

  dialog = gtk_color_chooser_dialog_new (_("Actor Colour"), ent_dialog_get_parent (GTK_WIDGET (self)));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (dialog), FALSE);
  color = ent_actor_get_color (actor);
  if (color != NULL && gdk_rgba_parse (&rgba, color))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (dialog), &rgba);
  g_object_set_data_full (G_OBJECT (dialog), "actor", g_object_ref (actor), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (color_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
actor_menu_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  EntSidePanel *self = ENT_SIDE_PANEL (widget);

  _ent_side_panel_popup_menu (self, self->actor_popover, GTK_WIDGET (self->actor_view), 24, 24);
}

/* Position actions -------------------------------------------------------- */

typedef void (*StatementEdit) (EntProject   *project,
                               EntStatement *statement);

static void
edit_selected_statement (EntSidePanel  *self,
                         StatementEdit  edit)
{
  EntStatement *statement = ent_side_panel_get_selected_statement (self);

  if (statement != NULL && self->project != NULL)
    edit (self->project, statement);
}

static void
accept_position_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  edit_selected_statement (ENT_SIDE_PANEL (widget), ent_project_accept_statement);
}

static void
reject_position_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  edit_selected_statement (ENT_SIDE_PANEL (widget), ent_project_reject_statement);
}

static void
flip_position_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  edit_selected_statement (ENT_SIDE_PANEL (widget), ent_project_flip_statement);
}

static void
delete_position_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  edit_selected_statement (ENT_SIDE_PANEL (widget), ent_project_remove_statement);
}

static void
position_menu_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  EntSidePanel *self = ENT_SIDE_PANEL (widget);

  _ent_side_panel_popup_menu (self, self->position_popover, GTK_WIDGET (self->position_view),
                              24, 24);
}

static void
add_position_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          EntSidePanel     *self)
{
  GObject *object = G_OBJECT (dialog);
  EntActor *source = get_dropdown_actor (g_object_get_data (object, "source"));
  EntActor *target = get_dropdown_actor (g_object_get_data (object, "target"));
  GtkDropDown *sign = g_object_get_data (object, "sign");
  const char *note = gtk_editable_get_text (g_object_get_data (object, "note"));
  g_autoptr(EntStatement) statement = NULL;
  g_autofree char *id = NULL;

  if (!g_str_equal (response, "add") || self->project == NULL ||
      source == NULL || target == NULL || source == target)
    return;

  id = ent_project_dup_new_id (self->project, "st");
  statement = ent_statement_new (id, ent_actor_get_id (source),
                                 gtk_drop_down_get_selected (sign) == 0 ? 1 : -1,
                                 ent_actor_get_id (target));
  ent_statement_set_origin (statement, ENT_STATEMENT_ORIGIN_MANUAL);
  ent_statement_set_confidence (statement, 1.0);
  if (note[0] != '\0')
    ent_statement_set_note (statement, note);
  ent_project_add_statement (self->project, statement);
}

static void
attach_row (GtkGrid    *grid,
            int         row,
            const char *label,
            GtkWidget  *widget)
{
  GtkWidget *caption = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (caption), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (caption), widget);
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_grid_attach (grid, caption, 0, row, 1, 1);
  gtk_grid_attach (grid, widget, 1, row, 1, 1);
}

static void
add_position_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  EntSidePanel *self = ENT_SIDE_PANEL (widget);
  const char *signs[] = { _("supports"), _("opposes"), NULL };
  GtkWidget *grid, *source, *sign, *target, *note;
  AdwMessageDialog *dialog;

  if (self->project == NULL)
    return;

  grid = gtk_grid_new ();
  source = new_actor_dropdown (self, NULL, ent_side_panel_get_selected_actor (self));
  sign = gtk_drop_down_new_from_strings (signs);
  target = new_actor_dropdown (self, NULL, NULL);
  note = ent_dialog_new_entry (NULL, _("Note"));
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  attach_row (GTK_GRID (grid), 0, _("_Source"), source);
  attach_row (GTK_GRID (grid), 1, _("S_ign"), sign);
  attach_row (GTK_GRID (grid), 2, _("_Target"), target);
  attach_row (GTK_GRID (grid), 3, _("_Note"), note);
  gtk_entry_set_placeholder_text (GTK_ENTRY (note), _("Optional"));

  dialog = ent_dialog_new_message (GTK_WIDGET (self), &self->dialog, _("Add Position"),
                                   _("A position you know of, which no article states in so many words."),
                                   "add", _("_Add"), grid);
  g_object_set_data (G_OBJECT (dialog), "source", source);
  g_object_set_data (G_OBJECT (dialog), "sign", sign);
  g_object_set_data (G_OBJECT (dialog), "target", target);
  g_object_set_data (G_OBJECT (dialog), "note", note);
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_position_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_all_positions_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  ent_side_panel_show_statements (ENT_SIDE_PANEL (widget), NULL, NULL);
}

/* Registration and sensitivity -------------------------------------------- */

void
_ent_side_panel_class_actions_init (EntSidePanelClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "panel.rename-actor", NULL, rename_actor_action);
  gtk_widget_class_install_action (widget_class, "panel.add-alias", NULL, add_alias_action);
  gtk_widget_class_install_action (widget_class, "panel.merge-actor", NULL, merge_actor_action);
  gtk_widget_class_install_action (widget_class, "panel.delete-actor", NULL, delete_actor_action);
  gtk_widget_class_install_action (widget_class, "panel.actor-kind", "s", actor_kind_action);
  gtk_widget_class_install_action (widget_class, "panel.actor-color", NULL, actor_color_action);
  gtk_widget_class_install_action (widget_class, "panel.actor-menu", NULL, actor_menu_action);
  gtk_widget_class_install_action (widget_class, "panel.accept-position", NULL,
                                   accept_position_action);
  gtk_widget_class_install_action (widget_class, "panel.reject-position", NULL,
                                   reject_position_action);
  gtk_widget_class_install_action (widget_class, "panel.flip-position", NULL,
                                   flip_position_action);
  gtk_widget_class_install_action (widget_class, "panel.delete-position", NULL,
                                   delete_position_action);
  gtk_widget_class_install_action (widget_class, "panel.position-menu", NULL,
                                   position_menu_action);
  gtk_widget_class_install_action (widget_class, "panel.add-position", NULL, add_position_action);
  gtk_widget_class_install_action (widget_class, "panel.show-all-positions", NULL,
                                   show_all_positions_action);
}

void
_ent_side_panel_update_actions (EntSidePanel *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  EntActor *actor = ent_side_panel_get_selected_actor (self);
  EntStatement *statement = ent_side_panel_get_selected_statement (self);
  guint n_actors = self->project ? ent_project_get_n_actors (self->project) : 0;
  gboolean rejected = statement != NULL &&
                      ent_statement_get_state (statement) == ENT_STATEMENT_STATE_REJECTED;

  gtk_widget_action_set_enabled (widget, "panel.rename-actor", actor != NULL);
  gtk_widget_action_set_enabled (widget, "panel.add-alias", actor != NULL);
  gtk_widget_action_set_enabled (widget, "panel.merge-actor", actor != NULL && n_actors > 1);
  gtk_widget_action_set_enabled (widget, "panel.delete-actor", actor != NULL);
  gtk_widget_action_set_enabled (widget, "panel.actor-kind", actor != NULL);
  gtk_widget_action_set_enabled (widget, "panel.actor-color", actor != NULL);
  gtk_widget_action_set_enabled (widget, "panel.actor-menu", actor != NULL);
  gtk_widget_action_set_enabled (widget, "panel.accept-position", rejected);
  gtk_widget_action_set_enabled (widget, "panel.reject-position",
                                 statement != NULL && !rejected);
  gtk_widget_action_set_enabled (widget, "panel.flip-position", statement != NULL);
  gtk_widget_action_set_enabled (widget, "panel.delete-position", statement != NULL);
  gtk_widget_action_set_enabled (widget, "panel.position-menu", statement != NULL);
  gtk_widget_action_set_enabled (widget, "panel.add-position", n_actors > 1);
}
