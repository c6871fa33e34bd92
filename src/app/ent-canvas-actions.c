/* ent-canvas-actions.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ent-canvas-private.h"
#include "ent-dialog-util.h"

#define ZOOM_STEP 1.25

/* Every edit goes through the project, as one undoable step. */

static gpointer
copy_ref (gconstpointer src,
          gpointer      data)
{
  return g_object_ref ((gpointer) src);
}

static EntProject *
get_project (EntCanvas *self)
{
  return self->network ? ent_network_get_project (self->network) : NULL;
}

/* The selected actors, as the project's objects. */
static GPtrArray *
dup_selected_actors (EntCanvas *self)
{
  g_autoptr(GPtrArray) ids = ent_viewport_dup_selected (self->viewport);
  GPtrArray *actors = g_ptr_array_new_with_free_func (g_object_unref);
  EntProject *project = get_project (self);

  for (guint i = 0; project != NULL && i < ids->len; i++)
    {
      EntActor *actor = ent_project_lookup_actor (project, g_ptr_array_index (ids, i));

      if (actor != NULL)
        g_ptr_array_add (actors, g_object_ref (actor));
    }
  return actors;
}

/* The one actor a single-actor action works on: the focused one if it is
 * selected, else the first selected. */
static EntActor *
get_target_actor (EntCanvas *self)
{
  EntActor *focus = _ent_canvas_get_actor (self, self->focus_node);
  g_autoptr(GPtrArray) actors = dup_selected_actors (self);

  if (focus != NULL && ent_viewport_is_selected (self->viewport, ent_actor_get_id (focus)))
    return focus;
  return actors->len > 0 ? g_ptr_array_index (actors, 0) : NULL;
}

static int
get_selected_tie (EntCanvas *self)
{
  const char *a, *b;
  int na, nb;

  if (self->network == NULL || !ent_viewport_get_selected_tie (self->viewport, &a, &b))
    return -1;
  na = _ent_canvas_find_node (self, a);
  nb = _ent_canvas_find_node (self, b);
  return na >= 0 && nb >= 0 ? ent_network_find_tie (self->network, na, nb) : -1;
}

/* View --------------------------------------------------------------------- */

static void
zoom_by (EntCanvas *self,
         double     factor)
{
  self->view_moved = TRUE;
  ent_viewport_zoom_at (self->viewport, factor,
                        ent_viewport_get_width (self->viewport) / 2,
                        ent_viewport_get_height (self->viewport) / 2);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  zoom_by (ENT_CANVAS (widget), ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  zoom_by (ENT_CANVAS (widget), 1 / ZOOM_STEP);
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);

  zoom_by (self, 1 / ent_viewport_get_zoom (self->viewport));
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);

  self->view_moved = FALSE;
  _ent_canvas_fit (self);
}

static void
relayout_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);

  self->view_moved = FALSE;
  _ent_canvas_relayout (self);
}

/* Selection and keyboard --------------------------------------------------- */

static void
select_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; self->scene != NULL && i < ent_scene_get_n_nodes (self->scene); i++)
    g_ptr_array_add (ids, ent_scene_get_node (self->scene, i)->id);
  g_ptr_array_add (ids, NULL);
  ent_viewport_select_many (self->viewport, (const char * const *) ids->pdata, ENT_SELECT_REPLACE);
}

static void
select_none_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);

  self->focus_node = -1;
  ent_canvas_set_connect_mode (self, FALSE);
  ent_viewport_unselect_all (self->viewport);
}

static void
focus_next_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);
  int step = g_str_equal (action_name, "canvas.focus-next") ? 1 : -1;

  _ent_canvas_focus_node (self, _ent_canvas_next_node (self, self->focus_node, step),
                          ENT_SELECT_REPLACE);
}

static void
move_focus_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);
  const char *direction = g_variant_get_string (param, NULL);
  double dx = 0, dy = 0;

  if (g_str_equal (direction, "left"))
    dx = -1;
  else if (g_str_equal (direction, "right"))
    dx = 1;
  else if (g_str_equal (direction, "up"))
    dy = -1;
  else
    dy = 1;
  _ent_canvas_focus_node (self, _ent_canvas_neighbour (self, self->focus_node, dx, dy),
                          ENT_SELECT_REPLACE);
}

/* Walks the ties of the focused node with the keyboard: each becomes the
 * selected tie, which Return, the menu key and Delete then act on. */
static void
focus_tie_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);
  int step = g_str_equal (g_variant_get_string (param, NULL), "next") ? 1 : -1;
  const char *a = NULL, *b = NULL;
  const EntSceneTie *tie;
  const guint *ties;
  guint n, k = 0;

  if (self->scene == NULL || self->focus_node < 0 ||
      (guint) self->focus_node >= ent_scene_get_n_nodes (self->scene))
    return;
  ties = ent_scene_get_node_ties (self->scene, self->focus_node, &n);
  if (n == 0)
    return;
  if (ent_viewport_get_selected_tie (self->viewport, &a, &b))
    for (k = 0; k < n; k++)
      {
        const EntSceneTie *t = ent_scene_get_tie (self->scene, ties[k]);
        const char *s = ent_scene_get_node (self->scene, t->source)->id;
        const char *d = ent_scene_get_node (self->scene, t->target)->id;

        if ((g_str_equal (s, a) && g_str_equal (d, b)) || (g_str_equal (s, b) && g_str_equal (d, a)))
          break;
      }
  if (k == n)
    k = step > 0 ? 0 : n - 1;
  else
    k = (k + n + step) % n;
  tie = ent_scene_get_tie (self->scene, ties[k]);
  ent_viewport_select_tie (self->viewport, ent_scene_get_node (self->scene, tie->source)->id,
                           ent_scene_get_node (self->scene, tie->target)->id);
}

static void
find_activate_cb (EntCanvas *self)
{
  gtk_popover_popdown (GTK_POPOVER (self->find_popover));
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static gboolean
name_matches (EntActor   *actor,
              const char *needle)
{
  g_autofree char *name = g_utf8_casefold (ent_actor_get_name (actor), -1);
  const char * const *aliases = ent_actor_get_aliases (actor);

  if (strstr (name, needle) != NULL)
    return TRUE;
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    {
      g_autofree char *alias = g_utf8_casefold (aliases[i], -1);

      if (strstr (alias, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
find_changed_cb (EntCanvas *self)
{
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->find_entry)), -1);

  for (guint i = 0; needle[0] != '\0' && i < ent_network_get_n_nodes (self->network); i++)
    if (name_matches (ent_network_get_node (self->network, i)->actor, needle))
      {
        _ent_canvas_focus_node (self, i, ENT_SELECT_REPLACE);
        ent_viewport_center_on (self->viewport, ent_scene_get_node (self->scene, i)->x,
                                ent_scene_get_node (self->scene, i)->y);
        return;
      }
}

static void
ensure_find_popover (EntCanvas *self)
{
  if (self->find_popover != NULL)
    return;
  self->find_entry = gtk_search_entry_new ();
  g_object_set (self->find_entry, "placeholder-text", _("Find an actor"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->find_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Find an actor"), -1);
  g_signal_connect_object (self->find_entry, "search-changed", G_CALLBACK (find_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->find_entry, "activate", G_CALLBACK (find_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->find_entry, "stop-search", G_CALLBACK (find_activate_cb), self,
                           G_CONNECT_SWAPPED);
  self->find_popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->find_popover), self->find_entry);
  gtk_popover_set_position (GTK_POPOVER (self->find_popover), GTK_POS_BOTTOM);
  gtk_widget_set_parent (self->find_popover, GTK_WIDGET (self));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);
  GdkRectangle top = { gtk_widget_get_width (widget) / 2, 0, 1, 1 };

  ensure_find_popover (self);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->find_popover), &top);
  gtk_popover_popup (GTK_POPOVER (self->find_popover));
  gtk_widget_grab_focus (self->find_entry);
}

/* Actor edits -------------------------------------------------------------- */

void
_ent_canvas_move_node (EntCanvas *self,
                       int        node,
                       double     x,
                       double     y)
{
  EntActor *actor = _ent_canvas_get_actor (self, node);

  if (actor != NULL)
    ent_project_move_actor (get_project (self), actor, x, y, TRUE);
}

static void
delete_tie (EntCanvas *self,
            int        tie)
{
  const EntNetworkTie *t = ent_network_get_tie (self->network, tie);
  EntProject *project = get_project (self);
  g_autoptr(GPtrArray) statements = g_ptr_array_copy (t->statements, copy_ref, NULL);

  g_ptr_array_set_free_func (statements, g_object_unref);
  /* An extracted position is rejected, so that the decision survives a
   * re-analysis; a manual one simply goes. */
  ent_project_begin_group (project, _("Delete Tie"));
  for (guint i = 0; i < statements->len; i++)
    {
      EntStatement *st = g_ptr_array_index (statements, i);

      if (ent_statement_get_origin (st) == ENT_STATEMENT_ORIGIN_MANUAL)
        ent_project_remove_statement (project, st);
      else
        ent_project_reject_statement (project, st);
    }
  ent_project_end_group (project);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);
  g_autoptr(GPtrArray) actors = dup_selected_actors (self);
  EntProject *project = get_project (self);
  int tie = get_selected_tie (self);

  if (tie >= 0)
    {
      delete_tie (self, tie);
      return;
    }
  if (actors->len == 0)
    return;
  ent_project_begin_group (project, ngettext ("Delete Actor", "Delete Actors", actors->len));
  for (guint i = 0; i < actors->len; i++)
    ent_project_remove_actor (project, g_ptr_array_index (actors, i));
  ent_project_end_group (project);
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    EntCanvas        *self)
{
  EntActor *actor = g_object_get_data (G_OBJECT (dialog), "actor");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_str_equal (response, "ok") && name[0] != '\0' && get_project (self) != NULL &&
      ent_project_lookup_actor (get_project (self), ent_actor_get_id (actor)) == actor)
    ent_project_rename_actor (get_project (self), actor, name);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);
  EntActor *actor = get_target_actor (self);
  GtkWidget *entry;
  AdwMessageDialog *dialog;

  if (actor == NULL)
    return;
  entry = ent_dialog_new_entry (ent_actor_get_name (actor), _("Name"));
  dialog = ent_dialog_new_message (GTK_WIDGET (self), &self->dialog, _("Rename Actor"), NULL,
                                   "ok", _("_Rename"), entry);
  g_object_set_data_full (G_OBJECT (dialog), "actor", g_object_ref (actor), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_kind_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);
  g_autoptr(GPtrArray) actors = dup_selected_actors (self);
  EntProject *project = get_project (self);
  EntActorKind kind;

  if (actors->len == 0 || !ent_actor_kind_from_string (g_variant_get_string (param, NULL), &kind))
    return;
  ent_project_begin_group (project, _("Change Kind"));
  for (guint i = 0; i < actors->len; i++)
    ent_project_set_actor_kind (project, g_ptr_array_index (actors, i), kind);
  ent_project_end_group (project);
}

static void
apply_colour (EntCanvas  *self,
              const char *colour)
{
  g_autoptr(GPtrArray) actors = dup_selected_actors (self);
  EntProject *project = get_project (self);

  if (actors->len == 0)
    return;
  ent_project_begin_group (project, _("Change Colour"));
  for (guint i = 0; i < actors->len; i++)
    ent_project_set_actor_color (project, g_ptr_array_index (actors, i), colour);
  ent_project_end_group (project);
}

static void
colour_response_cb (GtkColorChooser *chooser,
                    int              response,
                    EntCanvas       *self)
{
  GdkRGBA rgba;
  g_autofree char *hex = NULL;

  if (response == GTK_RESPONSE_OK)
    {
      gtk_color_chooser_get_rgba (chooser, &rgba);
      hex = g_strdup_printf ("#%02x%02x%02x", (int) (rgba.red * 255 + 0.5),
                             (int) (rgba.green * 255 + 0.5), (int) (rgba.blue * 255 + 0.5));
      apply_colour (self, hex);
    }
  gtk_window_destroy (GTK_WINDOW (chooser));
}

static void
colour_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);
  GtkWidget *chooser;

  if (param != NULL)
    {
      const char *spec = g_variant_get_string (param, NULL);

      apply_colour (self, spec[0] != '\0' ? spec : NULL);
      return;
    }
  chooser = gtk_color_chooser_dialog_new (_("Actor Colour"), ent_dialog_get_parent (GTK_WIDGET (self)));
  gtk_window_set_modal (GTK_WINDOW (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (colour_response_cb), self, 0);
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  self->dialog = chooser;
  g_object_add_weak_pointer (G_OBJECT (chooser), (gpointer *) &self->dialog);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
merge_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   EntCanvas        *self)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (dialog), "dropdown");
  EntActor *into = gtk_drop_down_get_selected_item (dropdown);
  g_autoptr(GPtrArray) actors = dup_selected_actors (self);
  EntProject *project = get_project (self);

  if (!g_str_equal (response, "ok") || into == NULL || project == NULL)
    return;
  ent_project_begin_group (project, _("Merge Actors"));
  for (guint i = 0; i < actors->len; i++)
    if (g_ptr_array_index (actors, i) != into)
      ent_project_merge_actors (project, g_ptr_array_index (actors, i), into);
  ent_project_end_group (project);
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  return g_utf8_collate (ent_actor_get_name ((EntActor *) a), ent_actor_get_name ((EntActor *) b));
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);
  GListModel *all = ent_project_get_actors (get_project (self));
  GListStore *store = g_list_store_new (ENT_TYPE_ACTOR);
  GtkWidget *dropdown;
  AdwMessageDialog *dialog;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(EntActor) actor = g_list_model_get_item (all, i);

      if (!ent_viewport_is_selected (self->viewport, ent_actor_get_id (actor)))
        g_list_store_append (store, actor);
    }
  g_list_store_sort (store, compare_names, NULL);
  dropdown = gtk_drop_down_new (G_LIST_MODEL (store),
                                gtk_property_expression_new (ENT_TYPE_ACTOR, NULL, "name"));
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Merge into"), -1);
  dialog = ent_dialog_new_message (GTK_WIDGET (self), &self->dialog, _("Merge Into…"),
                                   _("The selected actors become aliases of the chosen one, and "
                                     "their positions move to it."),
                                   "ok", _("_Merge"), dropdown);
  g_object_set_data (G_OBJECT (dialog), "dropdown", dropdown);
  g_signal_connect_object (dialog, "response", G_CALLBACK (merge_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
unpin_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);
  g_autoptr(GPtrArray) actors = dup_selected_actors (self);
  EntProject *project = get_project (self);

  ent_project_begin_group (project, _("Unpin"));
  for (guint i = 0; i < actors->len; i++)
    {
      EntActor *actor = g_ptr_array_index (actors, i);

      if (ent_actor_get_pinned (actor))
        ent_project_move_actor (project, actor, ent_actor_get_x (actor), ent_actor_get_y (actor), FALSE);
    }
  ent_project_end_group (project);
}

static void
add_actor_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       EntCanvas        *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  EntProject *project = get_project (self);
  g_autoptr(EntActor) actor = NULL;
  g_autofree char *id = NULL;
  double x, y;

  if (!g_str_equal (response, "ok") || name[0] == '\0' || project == NULL)
    return;
  id = ent_project_dup_new_id (project, "actor");
  actor = ent_actor_new (id, name, ENT_ACTOR_KIND_STATE);
  ent_viewport_to_world (self->viewport, self->menu_x, self->menu_y, &x, &y);
  ent_project_begin_group (project, _("Add Actor"));
  ent_project_add_actor (project, actor);
  ent_project_move_actor (project, actor, x, y, TRUE);
  ent_project_end_group (project);
  ent_viewport_select (self->viewport, id, ENT_SELECT_REPLACE);
}

static void
add_actor_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);
  GtkWidget *entry = ent_dialog_new_entry (NULL, _("Name"));
  AdwMessageDialog *dialog;

  dialog = ent_dialog_new_message (GTK_WIDGET (self), &self->dialog, _("Add Actor"),
                                   _("A state, person, organisation or group, placed where you clicked."),
                                   "ok", _("_Add"), entry);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_actor_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Ties --------------------------------------------------------------------- */

static void
flip_tie_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);
  EntProject *project = get_project (self);
  int tie = get_selected_tie (self);
  g_autoptr(GPtrArray) statements = NULL;

  if (tie < 0)
    return;
  statements = g_ptr_array_copy (ent_network_get_tie (self->network, tie)->statements,
                                 copy_ref, NULL);
  g_ptr_array_set_free_func (statements, g_object_unref);
  ent_project_begin_group (project, _("Flip Tie"));
  for (guint i = 0; i < statements->len; i++)
    ent_project_flip_statement (project, g_ptr_array_index (statements, i));
  ent_project_end_group (project);
}

static void
add_tie_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);
  EntProject *project = get_project (self);
  int sign = g_str_equal (g_variant_get_string (param, NULL), "opposition") ? -1 : 1;
  g_autoptr(EntStatement) statement = NULL;
  g_autofree char *id = NULL;

  if (project == NULL || self->pending_source == NULL || self->pending_target == NULL)
    return;
  id = ent_project_dup_new_id (project, "st");
  statement = ent_statement_new (id, self->pending_source, sign, self->pending_target);
  ent_statement_set_origin (statement, ENT_STATEMENT_ORIGIN_MANUAL);
  ent_statement_set_confidence (statement, 1.0);
  ent_project_add_statement (project, statement);
  ent_viewport_select_tie (self->viewport, self->pending_source, self->pending_target);
  g_clear_pointer (&self->pending_source, g_free);
  g_clear_pointer (&self->pending_target, g_free);
}

/* A tie was drawn from @source to @target: asks whether it is an
 * alliance or an opposition, with a menu where the pointer let go. */
void
_ent_canvas_ask_tie_sign (EntCanvas *self,
                          int        source,
                          int        target)
{
  double x, y;

  g_free (self->pending_source);
  g_free (self->pending_target);
  self->pending_source = g_strdup (ent_actor_get_id (_ent_canvas_get_actor (self, source)));
  self->pending_target = g_strdup (ent_actor_get_id (_ent_canvas_get_actor (self, target)));
  ent_viewport_to_view (self->viewport, ent_scene_get_node (self->scene, target)->x,
                        ent_scene_get_node (self->scene, target)->y, &x, &y);
  self->menu_node = self->menu_tie = -1;
  if (self->popover != NULL)
    gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->popover), self->connect_menu);
  else
    {
      self->popover = gtk_popover_menu_new_from_model (self->connect_menu);
      gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->popover), FALSE);
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &(GdkRectangle) { x, y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->popover));
  /* The tooltip of the node under the pointer goes. */
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
}

static GPtrArray *
dup_node_statements (EntCanvas *self,
                     int        node)
{
  EntProject *project = get_project (self);
  GListModel *all = ent_project_get_statements (project);
  EntActor *actor = _ent_canvas_get_actor (self, node);
  EntNetworkLevel level = ent_network_get_level (self->network);
  GPtrArray *statements = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(EntStatement) st = g_list_model_get_item (all, i);
      EntActor *source = ent_project_lookup_actor (project, ent_statement_get_source (st));
      EntActor *target = ent_project_lookup_actor (project, ent_statement_get_target (st));

      if ((source && ent_network_fold_actor (project, source, level) == actor) ||
          (target && ent_network_fold_actor (project, target, level) == actor))
        g_ptr_array_add (statements, g_steal_pointer (&st));
    }
  return statements;
}

static void
show_positions_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);
  EntActor *actor = get_target_actor (self);
  g_autoptr(GPtrArray) statements = NULL;
  g_autofree char *title = NULL;

  if (actor == NULL)
    return;
  statements = dup_node_statements (self, _ent_canvas_find_node (self, ent_actor_get_id (actor)));
  /* Translators: the heading of the positions of one actor. */
  title = g_strdup_printf (_("Positions of %s"), ent_actor_get_name (actor));
  _ent_canvas_emit_statements (self, title, statements);
}

static void
show_evidence_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);
  int tie = get_selected_tie (self);
  const EntNetworkTie *t;
  g_autofree char *title = NULL;

  if (tie < 0)
    return;
  t = ent_network_get_tie (self->network, tie);
  /* Translators: the heading of the evidence of a tie, "Russia — Syria". */
  title = g_strdup_printf (_("Evidence for %s — %s"),
                           ent_actor_get_name (ent_network_get_node (self->network, t->source)->actor),
                           ent_actor_get_name (ent_network_get_node (self->network, t->target)->actor));
  _ent_canvas_emit_statements (self, title, t->statements);
}

/* Menus -------------------------------------------------------------------- */

/* Opens the context menu of what is at the view point: a node's, a tie's
 * or the background's, selecting the node or tie first. */
void
_ent_canvas_popup_menu (EntCanvas *self,
                        double     x,
                        double     y)
{
  int node = ent_viewport_find_node_at (self->viewport, x, y);
  int tie = node < 0 ? ent_viewport_find_tie_at (self->viewport, x, y) : -1;
  GMenuModel *model = self->background_menu;

  self->menu_x = x;
  self->menu_y = y;
  self->menu_node = node;
  self->menu_tie = tie;
  if (node >= 0)
    {
      if (!ent_viewport_is_selected (self->viewport, ent_scene_get_node (self->scene, node)->id))
        _ent_canvas_focus_node (self, node, ENT_SELECT_REPLACE);
      self->focus_node = node;
      model = self->node_menu;
    }
  else if (tie >= 0)
    {
      const EntSceneTie *t = ent_scene_get_tie (self->scene, tie);

      ent_viewport_select_tie (self->viewport, ent_scene_get_node (self->scene, t->source)->id,
                               ent_scene_get_node (self->scene, t->target)->id);
      model = self->tie_menu;
    }
  _ent_canvas_update_actions (self);
  if (self->popover == NULL)
    {
      self->popover = gtk_popover_menu_new_from_model (model);
      gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->popover), FALSE);
    }
  else
    gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->popover), model);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &(GdkRectangle) { x, y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->popover));
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
}

static void
context_menu_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);
  double x = ent_viewport_get_width (self->viewport) / 2, y = ent_viewport_get_height (self->viewport) / 2;

  const char *a_id, *b_id;
  int a = -1, b = -1;

  if (self->scene != NULL && ent_viewport_get_selected_tie (self->viewport, &a_id, &b_id))
    a = _ent_canvas_find_node (self, a_id), b = _ent_canvas_find_node (self, b_id);
  /* A tie chosen from the keyboard gets its own menu, at its middle. */
  if (a >= 0 && b >= 0)
    {
      const EntSceneNode *na = ent_scene_get_node (self->scene, a);
      const EntSceneNode *nb = ent_scene_get_node (self->scene, b);

      ent_viewport_to_view (self->viewport, (na->x + nb->x) / 2, (na->y + nb->y) / 2, &x, &y);
    }
  else if (self->focus_node >= 0 && self->scene != NULL)
    ent_viewport_to_view (self->viewport, ent_scene_get_node (self->scene, self->focus_node)->x,
                          ent_scene_get_node (self->scene, self->focus_node)->y, &x, &y);
  _ent_canvas_popup_menu (self, x, y);
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  EntCanvas *self = ENT_CANVAS (widget);

  if (get_selected_tie (self) >= 0)
    gtk_widget_activate_action (widget, "canvas.show-evidence", NULL);
  else
    gtk_widget_activate_action (widget, "canvas.show-positions", NULL);
}

/* Registration and sensitivity --------------------------------------------- */

static void
add_bindings (GtkWidgetClass *wc)
{
  static const guint zoom_in_keys[] = { GDK_KEY_plus, GDK_KEY_equal, GDK_KEY_KP_Add };
  static const guint zoom_out_keys[] = { GDK_KEY_minus, GDK_KEY_KP_Subtract };
  static const guint fit_keys[] = { GDK_KEY_0, GDK_KEY_KP_0 };

  for (guint i = 0; i < G_N_ELEMENTS (zoom_in_keys); i++)
    {
      gtk_widget_class_add_binding_action (wc, zoom_in_keys[i], 0, "canvas.zoom-in", NULL);
      gtk_widget_class_add_binding_action (wc, zoom_in_keys[i], GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (zoom_out_keys); i++)
    {
      gtk_widget_class_add_binding_action (wc, zoom_out_keys[i], 0, "canvas.zoom-out", NULL);
      gtk_widget_class_add_binding_action (wc, zoom_out_keys[i], GDK_CONTROL_MASK, "canvas.zoom-out", NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (fit_keys); i++)
    {
      gtk_widget_class_add_binding_action (wc, fit_keys[i], 0, "canvas.zoom-fit", NULL);
      gtk_widget_class_add_binding_action (wc, fit_keys[i], GDK_CONTROL_MASK, "canvas.zoom-fit", NULL);
    }
  gtk_widget_class_add_binding_action (wc, GDK_KEY_1, 0, "canvas.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (wc, GDK_KEY_Escape, 0, "canvas.select-none", NULL);
  gtk_widget_class_add_binding_action (wc, GDK_KEY_a, GDK_CONTROL_MASK, "canvas.select-all", NULL);
  gtk_widget_class_add_binding_action (wc, GDK_KEY_Delete, 0, "canvas.delete", NULL);
  gtk_widget_class_add_binding_action (wc, GDK_KEY_KP_Delete, 0, "canvas.delete", NULL);
  gtk_widget_class_add_binding_action (wc, GDK_KEY_BackSpace, 0, "canvas.delete", NULL);
  gtk_widget_class_add_binding_action (wc, GDK_KEY_Tab, 0, "canvas.focus-next", NULL);
  gtk_widget_class_add_binding_action (wc, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK, "canvas.focus-previous", NULL);
  gtk_widget_class_add_binding_action (wc, GDK_KEY_Tab, GDK_SHIFT_MASK, "canvas.focus-previous", NULL);
  gtk_widget_class_add_binding_action (wc, GDK_KEY_Left, 0, "canvas.move-focus", "s", "left");
  gtk_widget_class_add_binding_action (wc, GDK_KEY_Right, 0, "canvas.move-focus", "s", "right");
  gtk_widget_class_add_binding_action (wc, GDK_KEY_Up, 0, "canvas.move-focus", "s", "up");
  gtk_widget_class_add_binding_action (wc, GDK_KEY_Down, 0, "canvas.move-focus", "s", "down");
  gtk_widget_class_add_binding_action (wc, GDK_KEY_f, GDK_CONTROL_MASK, "canvas.find", NULL);
  gtk_widget_class_add_binding_action (wc, GDK_KEY_bracketright, 0, "canvas.focus-tie", "s", "next");
  gtk_widget_class_add_binding_action (wc, GDK_KEY_bracketleft, 0, "canvas.focus-tie", "s", "previous");
  gtk_widget_class_add_binding_action (wc, GDK_KEY_F2, 0, "canvas.rename", NULL);
  gtk_widget_class_add_binding_action (wc, GDK_KEY_Menu, 0, "canvas.context-menu", NULL);
  gtk_widget_class_add_binding_action (wc, GDK_KEY_F10, GDK_SHIFT_MASK, "canvas.context-menu", NULL);
  gtk_widget_class_add_binding_action (wc, GDK_KEY_Return, 0, "canvas.activate", NULL);
  gtk_widget_class_add_binding_action (wc, GDK_KEY_KP_Enter, 0, "canvas.activate", NULL);
}

void
_ent_canvas_class_actions_init (EntCanvasClass *klass)
{
  GtkWidgetClass *wc = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (wc, "canvas.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (wc, "canvas.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (wc, "canvas.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_action (wc, "canvas.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (wc, "canvas.relayout", NULL, relayout_action);
  gtk_widget_class_install_action (wc, "canvas.select-all", NULL, select_all_action);
  gtk_widget_class_install_action (wc, "canvas.select-none", NULL, select_none_action);
  gtk_widget_class_install_action (wc, "canvas.focus-next", NULL, focus_next_action);
  gtk_widget_class_install_action (wc, "canvas.focus-previous", NULL, focus_next_action);
  gtk_widget_class_install_action (wc, "canvas.move-focus", "s", move_focus_action);
  gtk_widget_class_install_action (wc, "canvas.focus-tie", "s", focus_tie_action);
  gtk_widget_class_install_action (wc, "canvas.find", NULL, find_action);
  gtk_widget_class_install_action (wc, "canvas.delete", NULL, delete_action);
  gtk_widget_class_install_action (wc, "canvas.rename", NULL, rename_action);
  gtk_widget_class_install_action (wc, "canvas.set-kind", "s", set_kind_action);
  gtk_widget_class_install_action (wc, "canvas.colour", NULL, colour_action);
  gtk_widget_class_install_action (wc, "canvas.set-colour", "s", colour_action);
  gtk_widget_class_install_action (wc, "canvas.merge", NULL, merge_action);
  gtk_widget_class_install_action (wc, "canvas.unpin", NULL, unpin_action);
  gtk_widget_class_install_action (wc, "canvas.add-actor", NULL, add_actor_action);
  gtk_widget_class_install_action (wc, "canvas.flip-tie", NULL, flip_tie_action);
  gtk_widget_class_install_action (wc, "canvas.add-tie", "s", add_tie_action);
  gtk_widget_class_install_action (wc, "canvas.show-positions", NULL, show_positions_action);
  gtk_widget_class_install_action (wc, "canvas.show-evidence", NULL, show_evidence_action);
  gtk_widget_class_install_action (wc, "canvas.context-menu", NULL, context_menu_action);
  gtk_widget_class_install_action (wc, "canvas.activate", NULL, activate_action);
  gtk_widget_class_install_property_action (wc, "canvas.connect-mode", "connect-mode");
  add_bindings (wc);
}

static gboolean
any_pinned (EntCanvas *self)
{
  g_autoptr(GPtrArray) actors = dup_selected_actors (self);

  for (guint i = 0; i < actors->len; i++)
    if (ent_actor_get_pinned (g_ptr_array_index (actors, i)))
      return TRUE;
  return FALSE;
}

void
_ent_canvas_update_actions (EntCanvas *self)
{
  GtkWidget *w = GTK_WIDGET (self);
  gboolean has_nodes = self->network != NULL && ent_network_get_n_nodes (self->network) > 0;
  guint n_selected = ent_viewport_get_n_selected (self->viewport);
  gboolean tie = get_selected_tie (self) >= 0;
  gboolean one = n_selected == 1 || (n_selected > 0 && get_target_actor (self) != NULL);

  gtk_widget_action_set_enabled (w, "canvas.zoom-in", has_nodes);
  gtk_widget_action_set_enabled (w, "canvas.zoom-out", has_nodes);
  gtk_widget_action_set_enabled (w, "canvas.zoom-reset", has_nodes);
  gtk_widget_action_set_enabled (w, "canvas.zoom-fit", has_nodes);
  gtk_widget_action_set_enabled (w, "canvas.relayout", has_nodes);
  gtk_widget_action_set_enabled (w, "canvas.select-all", has_nodes);
  gtk_widget_action_set_enabled (w, "canvas.focus-next", has_nodes);
  gtk_widget_action_set_enabled (w, "canvas.focus-previous", has_nodes);
  gtk_widget_action_set_enabled (w, "canvas.move-focus", has_nodes);
  gtk_widget_action_set_enabled (w, "canvas.find", has_nodes);
  gtk_widget_action_set_enabled (w, "canvas.delete", n_selected > 0 || tie);
  gtk_widget_action_set_enabled (w, "canvas.rename", one);
  gtk_widget_action_set_enabled (w, "canvas.set-kind", n_selected > 0);
  gtk_widget_action_set_enabled (w, "canvas.colour", n_selected > 0);
  gtk_widget_action_set_enabled (w, "canvas.set-colour", n_selected > 0);
  gtk_widget_action_set_enabled (w, "canvas.merge", n_selected > 0);
  gtk_widget_action_set_enabled (w, "canvas.unpin", any_pinned (self));
  gtk_widget_action_set_enabled (w, "canvas.add-actor", self->network != NULL);
  gtk_widget_action_set_enabled (w, "canvas.flip-tie", tie);
  gtk_widget_action_set_enabled (w, "canvas.show-evidence", tie);
  gtk_widget_action_set_enabled (w, "canvas.show-positions", one);
  gtk_widget_action_set_enabled (w, "canvas.activate", one || tie);
  gtk_widget_action_set_enabled (w, "canvas.context-menu", self->network != NULL);
}
