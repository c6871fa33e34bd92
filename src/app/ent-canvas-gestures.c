/* ent-canvas-gestures.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ent-canvas-private.h"

/* A press that moves less than this many pixels is a click, not a drag. */
#define DRAG_THRESHOLD 4.0
#define WHEEL_ZOOM     1.2
#define SMOOTH_ZOOM    0.01

static GdkModifierType
current_modifiers (GtkEventController *controller)
{
  EntCanvas *self = ENT_CANVAS (gtk_event_controller_get_widget (controller));

  return (gtk_event_controller_get_current_event_state (controller) | self->test_modifiers) &
         gtk_accelerator_get_default_mod_mask ();
}

/* The button of the gesture's press; primary when it has no event, as
 * when the UI tests emit its signals. */
static guint
current_button (GtkGesture *gesture)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  return button != 0 ? button : GDK_BUTTON_PRIMARY;
}

static EntSelectMode
mode_for (GdkModifierType state)
{
  if (state & GDK_CONTROL_MASK)
    return ENT_SELECT_TOGGLE;
  if (state & GDK_SHIFT_MASK)
    return ENT_SELECT_ADD;
  return ENT_SELECT_REPLACE;
}

static void
select_tie (EntCanvas *self,
            int        tie)
{
  const EntSceneTie *t = ent_scene_get_tie (self->scene, tie);

  ent_viewport_select_tie (self->viewport,
                           ent_scene_get_node (self->scene, t->source)->id,
                           ent_scene_get_node (self->scene, t->target)->id);
}

/* Selects what is under the view point, the way a click does. */
static void
select_at (EntCanvas       *self,
           double           x,
           double           y,
           GdkModifierType  state)
{
  int node = ent_viewport_find_node_at (self->viewport, x, y);
  int tie = node < 0 ? ent_viewport_find_tie_at (self->viewport, x, y) : -1;

  if (node >= 0)
    _ent_canvas_focus_node (self, node, mode_for (state));
  else if (tie >= 0)
    select_tie (self, tie);
  else if (mode_for (state) == ENT_SELECT_REPLACE)
    ent_viewport_unselect_all (self->viewport);
}

static void
click_pressed_cb (EntCanvas       *self,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkGestureClick *gesture)
{
  guint button = current_button (GTK_GESTURE (gesture));
  int node;

  if (self->scene == NULL)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (button != GDK_BUTTON_PRIMARY)
    return;
  if (n_press == 1)
    {
      select_at (self, x, y, current_modifiers (GTK_EVENT_CONTROLLER (gesture)));
      return;
    }
  node = ent_viewport_find_node_at (self->viewport, x, y);
  if (node >= 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "canvas.show-positions", NULL);
  else if (ent_viewport_find_tie_at (self->viewport, x, y) >= 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "canvas.show-evidence", NULL);
}

/* The context menu opens on release, so that a secondary drag can draw a
 * tie instead. */
static void
click_released_cb (EntCanvas       *self,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkGestureClick *gesture)
{
  guint button = current_button (GTK_GESTURE (gesture));

  if (button == GDK_BUTTON_SECONDARY && self->drag != ENT_CANVAS_DRAG_CONNECT && self->scene != NULL)
    _ent_canvas_popup_menu (self, x, y);
}

static void
drag_begin_cb (EntCanvas      *self,
               double          x,
               double          y,
               GtkGestureDrag *gesture)
{
  guint button = current_button (GTK_GESTURE (gesture));
  GdkModifierType state = current_modifiers (GTK_EVENT_CONTROLLER (gesture));
  int node = ent_viewport_find_node_at (self->viewport, x, y);

  self->drag = ENT_CANVAS_DRAG_NONE;
  self->drag_offset_x = ent_viewport_get_offset_x (self->viewport);
  self->drag_offset_y = ent_viewport_get_offset_y (self->viewport);
  self->band[0] = self->band[2] = x;
  self->band[1] = self->band[3] = y;
  self->connect_source = self->connect_target = -1;
  if (self->scene == NULL)
    return;

  if (button == GDK_BUTTON_MIDDLE || (button == GDK_BUTTON_PRIMARY && node < 0 && state == 0))
    self->drag = ENT_CANVAS_DRAG_PAN;
  else if (button == GDK_BUTTON_PRIMARY && node < 0)
    self->drag = ENT_CANVAS_DRAG_BAND;
  else if (node >= 0 && (button == GDK_BUTTON_SECONDARY || self->connect_mode))
    self->connect_source = node;
  else if (node >= 0 && button == GDK_BUTTON_PRIMARY)
    {
      self->drag_node = node;
      self->drag_x = ent_scene_get_node (self->scene, node)->x;
      self->drag_y = ent_scene_get_node (self->scene, node)->y;
    }
  else
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

static void
update_connect (EntCanvas *self,
                double     x,
                double     y)
{
  int target = ent_viewport_find_node_at (self->viewport, x, y);

  self->drag = ENT_CANVAS_DRAG_CONNECT;
  ent_viewport_to_world (self->viewport, x, y, &self->connect_x, &self->connect_y);
  self->connect_target = target != self->connect_source ? target : -1;
}

static void
drag_update_cb (EntCanvas      *self,
                double          dx,
                double          dy,
                GtkGestureDrag *gesture)
{
  double zoom = ent_viewport_get_zoom (self->viewport);
  double x = self->band[0] + dx, y = self->band[1] + dy;

  if (self->drag == ENT_CANVAS_DRAG_NONE && hypot (dx, dy) < DRAG_THRESHOLD)
    return;
  if (self->drag == ENT_CANVAS_DRAG_PAN)
    {
      self->view_moved = TRUE;
      ent_viewport_set_offset (self->viewport, self->drag_offset_x + dx, self->drag_offset_y + dy);
    }
  else if (self->drag == ENT_CANVAS_DRAG_BAND)
    self->band[2] = x, self->band[3] = y;
  else if (self->connect_source >= 0)
    update_connect (self, x, y);
  else if (self->drag_node >= 0)
    {
      if (self->drag != ENT_CANVAS_DRAG_NODE)
        {
          gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
          self->drag = ENT_CANVAS_DRAG_NODE;
          _ent_canvas_set_ghost (self, self->drag_node);
          gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
        }
      ent_scene_move_node (self->scene, self->drag_node,
                           self->drag_x + dx / zoom, self->drag_y + dy / zoom);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
end_band (EntCanvas       *self,
          GdkModifierType  state)
{
  g_autoptr(GArray) nodes = ent_viewport_find_nodes_in_rect (self->viewport,
                                                             self->band[0], self->band[1],
                                                             self->band[2], self->band[3]);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < nodes->len; i++)
    g_ptr_array_add (ids, ent_scene_get_node (self->scene, g_array_index (nodes, guint, i))->id);
  g_ptr_array_add (ids, NULL);
  ent_viewport_select_many (self->viewport, (const char * const *) ids->pdata,
                            (state & GDK_CONTROL_MASK) ? ENT_SELECT_TOGGLE : ENT_SELECT_ADD);
}

static void
drag_end_cb (EntCanvas      *self,
             double          dx,
             double          dy,
             GtkGestureDrag *gesture)
{
  EntCanvasDrag drag = self->drag;
  int node = self->drag_node, source = self->connect_source, target = self->connect_target;
  double zoom = ent_viewport_get_zoom (self->viewport);

  self->drag = ENT_CANVAS_DRAG_NONE;
  self->drag_node = self->connect_source = self->connect_target = -1;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), self->connect_mode ? "crosshair" : NULL);
  if (drag == ENT_CANVAS_DRAG_BAND)
    end_band (self, current_modifiers (GTK_EVENT_CONTROLLER (gesture)));
  else if (drag == ENT_CANVAS_DRAG_CONNECT && target >= 0)
    _ent_canvas_ask_tie_sign (self, source, target);
  else if (drag == ENT_CANVAS_DRAG_NODE)
    {
      /* The scene has the node where it is dropped already: the move
       * of its pinned actor changes nothing more in it, and putting the
       * node back paints only the cells that show it. */
      _ent_canvas_move_node (self, node, self->drag_x + dx / zoom, self->drag_y + dy / zoom);
      _ent_canvas_set_ghost (self, -1);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_cancel_cb (EntCanvas *self)
{
  if (self->drag == ENT_CANVAS_DRAG_NODE && self->drag_node >= 0)
    ent_scene_move_node (self->scene, self->drag_node, self->drag_x, self->drag_y);
  self->drag = ENT_CANVAS_DRAG_NONE;
  self->drag_node = self->connect_source = self->connect_target = -1;
  _ent_canvas_set_ghost (self, -1);
}

static gboolean
scroll_cb (EntCanvas                *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state = current_modifiers (GTK_EVENT_CONTROLLER (controller));
  GdkScrollUnit unit = gtk_event_controller_scroll_get_unit (controller);
  double x = self->pointer_x, y = self->pointer_y;

  if (self->scene == NULL)
    return FALSE;
  self->view_moved = TRUE;
  if (unit == GDK_SCROLL_UNIT_SURFACE && !(state & GDK_CONTROL_MASK))
    {
      ent_viewport_pan (self->viewport, -dx, -dy);
      return TRUE;
    }
  ent_viewport_zoom_at (self->viewport,
                        unit == GDK_SCROLL_UNIT_WHEEL ? pow (WHEEL_ZOOM, -dy) : exp (-dy * SMOOTH_ZOOM),
                        x, y);
  return TRUE;
}

static void
zoom_begin_cb (EntCanvas *self)
{
  self->pinch_zoom = ent_viewport_get_zoom (self->viewport);
}

static void
zoom_scale_changed_cb (EntCanvas      *self,
                       double          scale,
                       GtkGestureZoom *gesture)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;
  self->view_moved = TRUE;
  ent_viewport_zoom_at (self->viewport,
                        self->pinch_zoom * scale / ent_viewport_get_zoom (self->viewport), x, y);
}

static const char *
cursor_for (EntCanvas *self)
{
  if (self->connect_mode)
    return "crosshair";
  if (self->hover_node >= 0)
    return "pointer";
  return NULL;
}

static void
motion_cb (EntCanvas *self,
           double     x,
           double     y)
{
  int node, tie;

  /* Remembered for the wheel, whose events carry no position. */
  self->pointer_x = x;
  self->pointer_y = y;
  if (self->scene == NULL || self->drag != ENT_CANVAS_DRAG_NONE)
    return;
  node = ent_viewport_find_node_at (self->viewport, x, y);
  tie = node < 0 ? ent_viewport_find_tie_at (self->viewport, x, y) : -1;
  if (node == self->hover_node && tie == self->hover_tie)
    return;
  self->hover_node = node;
  self->hover_tie = tie;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor_for (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
leave_cb (EntCanvas *self)
{
  if (self->hover_node < 0 && self->hover_tie < 0)
    return;
  self->hover_node = self->hover_tie = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_ent_canvas_init_controllers (EntCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *motion = gtk_event_controller_motion_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect_object (click, "pressed", G_CALLBACK (click_pressed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (click, "released", G_CALLBACK (click_released_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), 0);
  g_signal_connect_object (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (drag, "drag-update", G_CALLBACK (drag_update_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (drag, "drag-end", G_CALLBACK (drag_end_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (drag, "cancel", G_CALLBACK (drag_cancel_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));

  g_signal_connect_object (zoom, "begin", G_CALLBACK (zoom_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (zoom));

  g_signal_connect_object (scroll, "scroll", G_CALLBACK (scroll_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, scroll);

  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "leave", G_CALLBACK (leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, motion);
}

/* Tooltips ----------------------------------------------------------------- */

static char *
dup_sentence (EntCanvas    *self,
              EntStatement *statement)
{
  EntProject *project = ent_network_get_project (self->network);
  EntDocument *document;
  const char *text, *start, *end;
  g_autofree char *sentence = NULL;

  if (!ent_statement_has_evidence (statement))
    return NULL;
  document = ent_project_lookup_document (project, ent_statement_get_document (statement));
  if (document == NULL || (text = ent_document_get_text (document)) == NULL)
    return NULL;
  if (ent_statement_get_sentence_end (statement) > g_utf8_strlen (text, -1))
    return NULL;
  start = g_utf8_offset_to_pointer (text, ent_statement_get_sentence_start (statement));
  end = g_utf8_offset_to_pointer (text, ent_statement_get_sentence_end (statement));
  sentence = g_strstrip (g_strndup (start, end - start));
  if (g_utf8_strlen (sentence, -1) > 200)
    {
      char *cut = g_utf8_offset_to_pointer (sentence, 199);

      *cut = '\0';
      return g_strconcat (sentence, "…", NULL);
    }
  return g_steal_pointer (&sentence);
}

static char *
dup_tie_tooltip (EntCanvas *self,
                 int        tie)
{
  const EntNetworkTie *t = ent_network_get_tie (self->network, tie);
  g_autofree char *name = _ent_canvas_dup_tie_name (self, tie);
  g_autofree char *sentence = NULL;

  for (guint i = 0; i < t->statements->len && sentence == NULL; i++)
    sentence = dup_sentence (self, g_ptr_array_index (t->statements, i));
  if (sentence == NULL)
    return g_markup_escape_text (name, -1);
  return g_markup_printf_escaped ("%s\n<i>“%s”</i>", name, sentence);
}

gboolean
_ent_canvas_query_tooltip (EntCanvas  *self,
                           int         x,
                           int         y,
                           GtkTooltip *tooltip)
{
  g_autofree char *markup = NULL;
  int node, tie;

  /* A menu or the search over the canvas is what the user looks at: no
   * tooltip on top of it. */
  if (self->scene == NULL || self->drag != ENT_CANVAS_DRAG_NONE
      || (self->popover != NULL && gtk_widget_get_visible (self->popover))
      || (self->find_popover != NULL && gtk_widget_get_visible (self->find_popover)))
    return FALSE;
  node = ent_viewport_find_node_at (self->viewport, x, y);
  tie = node < 0 ? ent_viewport_find_tie_at (self->viewport, x, y) : -1;
  if (node >= 0)
    {
      g_autofree char *name = _ent_canvas_dup_node_name (self, node);

      markup = g_markup_escape_text (name, -1);
    }
  else if (tie >= 0)
    markup = dup_tie_tooltip (self, tie);
  else
    return FALSE;
  gtk_tooltip_set_markup (tooltip, markup);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { x - 4, y - 4, 8, 8 });
  return TRUE;
}
