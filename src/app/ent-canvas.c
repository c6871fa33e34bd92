/* ent-canvas.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ent-canvas-private.h"
#include "ent-palette-setting.h"

/* How much time each frame gives the layout, and how long the nodes take
 * to glide to a new layout. Above TWEEN_MAX_NODES the nodes jump instead:
 * a gliding frame redraws everything. */
#define LAYOUT_SLICE_USEC (5 * 1000)
#define TWEEN_USEC        (300 * 1000)
#define TWEEN_MAX_NODES   600
#define FIT_MARGIN        24.0
#define FIT_ROUNDS        3

enum
{
  PROP_0,
  PROP_NETWORK,
  PROP_CONNECT_MODE,
  PROP_SHOW_LABELS,
  N_PROPS
};

enum
{
  SIGNAL_SHOW_STATEMENTS,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (EntCanvas, ent_canvas, GTK_TYPE_WIDGET)

static void
reset_interaction (EntCanvas *self)
{
  self->hover_node = self->hover_tie = -1;
  self->drag_node = self->connect_source = self->connect_target = -1;
  self->menu_node = self->menu_tie = -1;
  self->ghost_node = self->float_node = -1;
  self->drag = ENT_CANVAS_DRAG_NONE;
}

static void
set_palette (EntCanvas *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (style);

  if (self->painter != NULL)
    ent_painter_set_palette (self->painter, ent_palette_setting_get (dark));
}

static void
dark_changed_cb (EntCanvas *self)
{
  set_palette (self);
  _ent_canvas_invalidate (self);
}

/* The selected actors' labels are always shown: when one of them is
 * hidden, the labels are placed again with the selection first. */
static void
update_label_priority (EntCanvas *self)
{
  g_autoptr(GPtrArray) ids = ent_viewport_dup_selected (self->viewport);
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean hidden = FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      int node = _ent_canvas_find_node (self, g_ptr_array_index (ids, i));

      if (node < 0 || (guint) node >= ent_scene_get_n_nodes (self->scene))
        continue;
      g_array_append_val (nodes, node);
      hidden |= !ent_scene_get_node (self->scene, node)->label_visible;
    }
  if (!hidden)
    return;
  ent_scene_set_label_priority (self->scene, (const guint *) (gpointer) nodes->data, nodes->len);
  _ent_canvas_redraw_gradually (self);
}

/* Takes a new scene of the network: after a change, or after a layout
 * came to rest. The focus and the selection follow the actors' ids. */
static void
set_scene (EntCanvas *self,
           EntScene  *scene)
{
  g_autofree char *focus_id = NULL;

  if (self->scene != NULL && self->focus_node >= 0 &&
      (guint) self->focus_node < ent_scene_get_n_nodes (self->scene))
    focus_id = g_strdup (ent_scene_get_node (self->scene, self->focus_node)->id);

  g_set_object (&self->scene, scene);
  if (self->painter == NULL && scene != NULL)
    {
      self->painter = ent_painter_new (scene);
      set_palette (self);
    }
  else if (scene != NULL)
    ent_painter_set_scene (self->painter, scene);
  if (self->painter != NULL)
    ent_painter_set_min_node_size (self->painter,
                                   MIN_NODE_PX * gtk_widget_get_scale_factor (GTK_WIDGET (self)));
  ent_viewport_set_scene (self->viewport, scene);
  self->focus_node = focus_id ? _ent_canvas_find_node (self, focus_id) : -1;
  if (scene != NULL)
    {
      ent_scene_set_text_scale (scene, 1 / ent_viewport_get_zoom (self->viewport));
      update_label_priority (self);
    }
  if (self->gradual || self->quiet)
    _ent_canvas_redraw_gradually (self);
  else
    _ent_canvas_invalidate (self);
}

static void
retain_selection (EntCanvas *self)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; self->scene != NULL && i < ent_scene_get_n_nodes (self->scene); i++)
    g_hash_table_add (ids, ent_scene_get_node (self->scene, i)->id);
  ent_viewport_retain_selection (self->viewport, ids);
}

static void
stop_layout (EntCanvas *self)
{
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
  self->tick_id = 0;
  self->phase = ENT_CANVAS_LAYOUT_IDLE;
  g_clear_object (&self->layout);
  g_clear_pointer (&self->tween_from, g_free);
  g_clear_pointer (&self->tween_to, g_free);
}

/* The layout came to rest: its positions become the network's (view
 * state), and a fresh scene places the labels and captions for them. */
static void
finish_layout (EntCanvas *self)
{
  g_autoptr(EntScene) scene = NULL;

  if (self->layout != NULL && ent_layout_get_graph (self->layout) == ent_network_get_graph (self->network))
    ent_network_apply_layout (self->network, self->layout);
  stop_layout (self);
  scene = ent_scene_new (self->network);
  set_scene (self, scene);
  if (!self->view_moved)
    _ent_canvas_fit (self);
  self->quiet = FALSE;
  _ent_canvas_update_accessible (self);
}

static void
show_layout_positions (EntCanvas *self)
{
  const double *xy = ent_layout_get_positions (self->layout);

  for (guint i = 0; i < ent_scene_get_n_nodes (self->scene); i++)
    ent_scene_move_node (self->scene, i, xy[2 * i], xy[2 * i + 1]);
  if (!self->view_moved)
    _ent_canvas_fit (self);
  _ent_canvas_drop_raster (self);
}

static void
begin_tween (EntCanvas *self,
             gint64     now)
{
  guint n = ent_scene_get_n_nodes (self->scene);

  self->tween_from = g_new (double, 2 * n);
  self->tween_to = g_memdup2 (ent_layout_get_positions (self->layout), 2 * n * sizeof (double));
  for (guint i = 0; i < n; i++)
    {
      self->tween_from[2 * i] = ent_scene_get_node (self->scene, i)->x;
      self->tween_from[2 * i + 1] = ent_scene_get_node (self->scene, i)->y;
    }
  self->tween_start = now;
  self->phase = ENT_CANVAS_LAYOUT_TWEEN;
}

/* Returns: whether the tween is over */
static gboolean
tween (EntCanvas *self,
       gint64     now)
{
  double t = MIN (1.0, (double) (now - self->tween_start) / TWEEN_USEC);
  double e = 1 - pow (1 - t, 3);

  for (guint i = 0; i < ent_scene_get_n_nodes (self->scene); i++)
    {
      double *a = &self->tween_from[2 * i], *b = &self->tween_to[2 * i];

      if (a[0] != b[0] || a[1] != b[1])
        ent_scene_move_node (self->scene, i, a[0] + (b[0] - a[0]) * e, a[1] + (b[1] - a[1]) * e);
    }
  _ent_canvas_drop_raster (self);
  return t >= 1.0;
}

static gboolean
layout_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  EntCanvas *self = ENT_CANVAS (widget);
  gint64 now = g_get_monotonic_time ();
  gboolean small = ent_scene_get_n_nodes (self->scene) <= TWEEN_MAX_NODES;

  /* A node being dragged keeps the picture still until it is dropped. */
  if (self->drag == ENT_CANVAS_DRAG_NODE)
    return G_SOURCE_CONTINUE;
  if (self->phase == ENT_CANVAS_LAYOUT_STEPPING)
    {
      gboolean more = ent_layout_step (self->layout, now + LAYOUT_SLICE_USEC);

      if (self->first_layout && small && !self->quiet)
        show_layout_positions (self);
      if (!more && (self->first_layout || !small || self->quiet))
        finish_layout (self);
      else if (!more)
        begin_tween (self, now);
    }
  else if (self->phase == ENT_CANVAS_LAYOUT_TWEEN && tween (self, now))
    finish_layout (self);

  if (self->phase == ENT_CANVAS_LAYOUT_IDLE)
    return G_SOURCE_REMOVE;
  return G_SOURCE_CONTINUE;
}

/* Lays the network out again from where its nodes are (@fresh: from new
 * start positions), keeping the pinned actors where the user put them. */
static void
start_layout (EntCanvas *self,
              gboolean   fresh)
{
  stop_layout (self);
  if (self->network == NULL || ent_network_get_n_nodes (self->network) == 0)
    return;

  self->first_layout = !ent_network_get_laid_out (self->network);
  if (fresh)
    {
      self->layout = ent_layout_new (ent_network_get_graph (self->network),
                                     ent_network_get_camps (self->network), ++self->seed);
      for (guint i = 0; i < ent_network_get_n_nodes (self->network); i++)
        {
          const EntNetworkNode *node = ent_network_get_node (self->network, i);

          if (ent_actor_get_pinned (node->actor))
            ent_layout_pin (self->layout, i, node->x, node->y);
        }
    }
  else
    self->layout = ent_network_create_layout (self->network, self->seed);
  self->phase = ENT_CANVAS_LAYOUT_STEPPING;
  self->quiet = self->gradual;
  self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), layout_tick_cb, NULL, NULL);
}

/* Above this many moved nodes a change is drawn afresh. */
#define MAX_FOLLOWED_MOVES 32

/* Whether the change only moved or pinned nodes (a drop, or its undo or
 * redo), and which moved: the scene then follows without a new layout.
 * A node unpinned, or moved without a pin, calls for a layout. */
static gboolean
only_pins_moved (EntCanvas *self,
                 GArray    *moved)
{
  if (self->scene == NULL || self->phase != ENT_CANVAS_LAYOUT_IDLE ||
      !ent_scene_matches_network (self->scene, self->network))
    return FALSE;
  for (guint i = 0; i < ent_scene_get_n_nodes (self->scene); i++)
    {
      const EntSceneNode *n = ent_scene_get_node (self->scene, i);
      const EntNetworkNode *node = ent_network_get_node (self->network, i);
      gboolean pinned = ent_actor_get_pinned (node->actor);

      if (n->pinned && !pinned)
        return FALSE;
      if (n->x == node->x && n->y == node->y)
        continue;
      if (!pinned || moved->len >= MAX_FOLLOWED_MOVES)
        return FALSE;
      g_array_append_val (moved, i);
    }
  return TRUE;
}

/* Moves the nodes in the scene, and paints again only what showed them
 * and what shows them now. */
static void
follow_moves (EntCanvas *self,
              GArray    *moved)
{
  for (guint i = 0; i < ent_scene_get_n_nodes (self->scene); i++)
    ent_scene_set_pinned (self->scene, i,
                          ent_actor_get_pinned (ent_network_get_node (self->network, i)->actor));
  for (guint i = 0; i < moved->len; i++)
    {
      guint node = g_array_index (moved, guint, i);
      const EntNetworkNode *n = ent_network_get_node (self->network, node);

      _ent_canvas_tiles_redraw_node (self, node);
      ent_scene_move_node (self->scene, node, n->x, n->y);
      _ent_canvas_tiles_redraw_node (self, node);
      /* One node, as an undone drop: on top until its cells show it. */
      if (moved->len == 1 && _ent_canvas_tiles_get_pending (self))
        self->float_node = node;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
network_changed_cb (EntCanvas *self)
{
  g_autoptr(GArray) moved = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(EntScene) scene = NULL;

  if (only_pins_moved (self, moved))
    {
      follow_moves (self, moved);
      _ent_canvas_update_actions (self);
      _ent_canvas_update_accessible (self);
      return;
    }
  scene = ent_scene_new (self->network);

  reset_interaction (self);
  set_scene (self, scene);
  retain_selection (self);
  start_layout (self, FALSE);
  _ent_canvas_update_actions (self);
  _ent_canvas_update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
selection_changed_cb (EntCanvas *self)
{
  if (self->scene != NULL)
    update_label_priority (self);
  _ent_canvas_update_actions (self);
  _ent_canvas_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
viewport_notify_cb (EntCanvas *self)
{
  _ent_canvas_view_changed (self);
}

static void
ent_canvas_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  EntCanvas *self = ENT_CANVAS (widget);
  cairo_rectangle_t bounds = { 0, 0, 0, 0 };
  double zoom = ent_viewport_get_zoom (self->viewport);

  if (self->scene != NULL)
    ent_scene_get_bounds (self->scene, &bounds);
  *minimum = 120;
  *natural = MAX (*minimum, (int) ceil ((orientation == GTK_ORIENTATION_HORIZONTAL
                                         ? bounds.width : bounds.height) * zoom + 2 * FIT_MARGIN));
  *natural = MIN (*natural, 1200);
}

static void
ent_canvas_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  EntCanvas *self = ENT_CANVAS (widget);

  ent_viewport_set_size (self->viewport, width, height);
  if (!self->view_moved)
    _ent_canvas_fit (self);
  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
  if (self->find_popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->find_popover));
}

static void
ent_canvas_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  EntCanvas *self = ENT_CANVAS (widget);
  gint64 start = g_get_monotonic_time ();

  _ent_canvas_snapshot (self, snapshot);
  self->snapshot_usec += g_get_monotonic_time () - start;
}

static gboolean
ent_canvas_query_tooltip (GtkWidget  *widget,
                          int         x,
                          int         y,
                          gboolean    keyboard,
                          GtkTooltip *tooltip)
{
  return _ent_canvas_query_tooltip (ENT_CANVAS (widget), x, y, tooltip);
}

static void
ent_canvas_dispose (GObject *object)
{
  EntCanvas *self = ENT_CANVAS (object);

  stop_layout (self);
  g_clear_handle_id (&self->settle_source, g_source_remove);
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->find_popover, gtk_widget_unparent);
  if (self->network_signals != NULL)
    g_signal_group_set_target (self->network_signals, NULL);
  g_clear_object (&self->network_signals);
  g_clear_object (&self->network);
  _ent_canvas_tiles_free (self);
  g_clear_object (&self->painter);
  g_clear_object (&self->scene);
  g_clear_object (&self->viewport);
  g_clear_pointer (&self->pending_source, g_free);
  g_clear_pointer (&self->pending_target, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), ENT_TYPE_CANVAS);

  G_OBJECT_CLASS (ent_canvas_parent_class)->dispose (object);
}

static void
ent_canvas_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  EntCanvas *self = ENT_CANVAS (object);

  switch (prop_id)
    {
    case PROP_NETWORK:
      g_value_set_object (value, ent_canvas_get_network (self));
      break;
    case PROP_CONNECT_MODE:
      g_value_set_boolean (value, ent_canvas_get_connect_mode (self));
      break;
    case PROP_SHOW_LABELS:
      g_value_set_boolean (value, ent_canvas_get_show_labels (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_canvas_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  EntCanvas *self = ENT_CANVAS (object);

  switch (prop_id)
    {
    case PROP_NETWORK:
      ent_canvas_set_network (self, g_value_get_object (value));
      break;
    case PROP_CONNECT_MODE:
      ent_canvas_set_connect_mode (self, g_value_get_boolean (value));
      break;
    case PROP_SHOW_LABELS:
      ent_canvas_set_show_labels (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_canvas_class_init (EntCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ent_canvas_dispose;
  object_class->get_property = ent_canvas_get_property;
  object_class->set_property = ent_canvas_set_property;
  widget_class->measure = ent_canvas_measure;
  widget_class->size_allocate = ent_canvas_size_allocate;
  widget_class->snapshot = ent_canvas_snapshot;
  widget_class->query_tooltip = ent_canvas_query_tooltip;

  properties[PROP_NETWORK] =
    g_param_spec_object ("network", NULL, NULL, ENT_TYPE_NETWORK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONNECT_MODE] =
    g_param_spec_boolean ("connect-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_LABELS] =
    g_param_spec_boolean ("show-labels", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EntCanvas::show-statements:
   * @title: what the statements are, for a heading
   * @statements: (element-type EntStatement): the positions to show
   *
   * Asks whoever lists positions to show these: an actor's, or the
   * evidence behind a tie.
   */
  signals[SIGNAL_SHOW_STATEMENTS] =
    g_signal_new ("show-statements", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_PTR_ARRAY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ent-canvas.ui");
  gtk_widget_class_bind_template_child (widget_class, EntCanvas, background_menu);
  gtk_widget_class_bind_template_child (widget_class, EntCanvas, connect_menu);
  gtk_widget_class_bind_template_child (widget_class, EntCanvas, node_menu);
  gtk_widget_class_bind_template_child (widget_class, EntCanvas, tie_menu);

  gtk_widget_class_set_css_name (widget_class, "entcanvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  _ent_canvas_class_actions_init (klass);
}

static void
ent_canvas_init (EntCanvas *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  reset_interaction (self);
  self->focus_node = -1;
  self->show_labels = TRUE;
  self->viewport = ent_viewport_new ();
  g_signal_connect_object (self->viewport, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->viewport, "notify::zoom",
                           G_CALLBACK (viewport_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->viewport, "notify::offset-x",
                           G_CALLBACK (viewport_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->viewport, "notify::offset-y",
                           G_CALLBACK (viewport_notify_cb), self, G_CONNECT_SWAPPED);

  self->network_signals = g_signal_group_new (ENT_TYPE_NETWORK);
  g_signal_group_connect_swapped (self->network_signals, "changed",
                                  G_CALLBACK (network_changed_cb), self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
  ent_palette_setting_connect (self, G_CALLBACK (dark_changed_cb));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Network"),
                                  -1);
  _ent_canvas_init_controllers (self);
  _ent_canvas_update_actions (self);
}

/* Drops every cached drawing and redraws. */
void
_ent_canvas_invalidate (EntCanvas *self)
{
  _ent_canvas_drop_raster (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The zoom or the offset moved: the cached drawing is drawn where it now
 * belongs, and redone sharp once the view has been still for a moment. */
void
_ent_canvas_view_changed (EntCanvas *self)
{
  g_clear_handle_id (&self->settle_source, g_source_remove);
  self->settle_source = g_timeout_add_once (150, (GSourceOnceFunc) _ent_canvas_settle, self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_ent_canvas_relayout (EntCanvas *self)
{
  start_layout (self, TRUE);
}

static void
get_node_bounds (EntScene          *scene,
                 cairo_rectangle_t *bounds)
{
  for (guint i = 0; i < ent_scene_get_n_nodes (scene); i++)
    {
      cairo_rectangle_t e;
      double x1, y1;

      ent_scene_node_get_extents (ent_scene_get_node (scene, i), &e);
      if (i == 0)
        {
          *bounds = e;
          continue;
        }
      x1 = MAX (bounds->x + bounds->width, e.x + e.width);
      y1 = MAX (bounds->y + bounds->height, e.y + e.height);
      bounds->x = MIN (bounds->x, e.x);
      bounds->y = MIN (bounds->y, e.y);
      bounds->width = x1 - bounds->x;
      bounds->height = y1 - bounds->y;
    }
}

/* Shrinks a pair of margins to at most @share of @size together, so that
 * long captions never squeeze the network to a dot. */
static void
cap_margins (double *a,
             double *b,
             double  size,
             double  share)
{
  double factor = (*a + *b) > size * share ? size * share / (*a + *b) : 1.0;

  *a *= factor;
  *b *= factor;
}

/* Fits the nodes to the view, with margins for what the labels and the
 * camp captions add around them: those are the same size on screen at
 * every zoom, so they are measured in view pixels (world units over the
 * text scale). Placing the labels for the new zoom may move them, hence a
 * second round. */
static void
fit_round (EntCanvas *self)
{
  cairo_rectangle_t nodes, all;
  double s = ent_scene_get_text_scale (self->scene);
  double top, right, bottom, left;

  get_node_bounds (self->scene, &nodes);
  ent_scene_get_bounds (self->scene, &all);
  top = (nodes.y - all.y) / s;
  right = (all.x + all.width - nodes.x - nodes.width) / s;
  bottom = (all.y + all.height - nodes.y - nodes.height) / s;
  left = (nodes.x - all.x) / s;
  cap_margins (&top, &bottom, ent_viewport_get_height (self->viewport), 0.5);
  cap_margins (&left, &right, ent_viewport_get_width (self->viewport), 0.5);
  ent_viewport_fit_with_margins (self->viewport, &nodes, FIT_MARGIN + top, FIT_MARGIN + right,
                                 FIT_MARGIN + bottom, FIT_MARGIN + left);
}

void
_ent_canvas_fit (EntCanvas *self)
{
  if (self->scene == NULL || ent_scene_get_n_nodes (self->scene) == 0)
    return;
  for (guint i = 0; i < FIT_ROUNDS; i++)
    {
      double text_scale;

      fit_round (self);
      text_scale = 1 / ent_viewport_get_zoom (self->viewport);
      if (fabs (ent_scene_get_text_scale (self->scene) - text_scale) <= text_scale * 0.001)
        break;
      ent_scene_set_text_scale (self->scene, text_scale);
    }
  _ent_canvas_sync_scale (self);
}

/* Leaves @node and its ties out of the static drawing (-1: none), for a
 * drag: the node is drawn where the pointer is, on top. Only the parts
 * of the tiles that show it are painted again, a few each frame; a node
 * put back stays on top until they are. */
void
_ent_canvas_set_ghost (EntCanvas *self,
                       int        node)
{
  int old = self->ghost_node;

  if (old == node)
    return;
  self->ghost_node = node;
  if (node < 0 && _ent_canvas_tiles_get_scale (self) > 0)
    self->float_node = old;
  _ent_canvas_tiles_redraw_node (self, node >= 0 ? node : old);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

EntActor *
_ent_canvas_get_actor (EntCanvas *self,
                       int        node)
{
  if (self->network == NULL || node < 0 || (guint) node >= ent_network_get_n_nodes (self->network))
    return NULL;
  return ent_network_get_node (self->network, node)->actor;
}

int
_ent_canvas_find_node (EntCanvas  *self,
                       const char *actor_id)
{
  if (self->network == NULL || actor_id == NULL)
    return -1;
  return ent_network_find_node (self->network, actor_id);
}

/* Tells the window to list @statements in the side panel. */
void
_ent_canvas_emit_statements (EntCanvas  *self,
                             const char *title,
                             GPtrArray  *statements)
{
  g_signal_emit (self, signals[SIGNAL_SHOW_STATEMENTS], 0, title, statements);
}

GtkWidget *
ent_canvas_new (void)
{
  return g_object_new (ENT_TYPE_CANVAS, NULL);
}

EntNetwork *
ent_canvas_get_network (EntCanvas *self)
{
  g_return_val_if_fail (ENT_IS_CANVAS (self), NULL);
  return self->network;
}

/**
 * ent_canvas_get_viewport:
 *
 * Returns: (transfer none): the zoom, offset and selection of the canvas,
 *   to share the selection with lists of actors and positions
 */
EntViewport *
ent_canvas_get_viewport (EntCanvas *self)
{
  g_return_val_if_fail (ENT_IS_CANVAS (self), NULL);
  return self->viewport;
}

gboolean
ent_canvas_get_connect_mode (EntCanvas *self)
{
  g_return_val_if_fail (ENT_IS_CANVAS (self), FALSE);
  return self->connect_mode;
}

/* Whether a layout is still running or gliding. */
gboolean
ent_canvas_get_busy (EntCanvas *self)
{
  g_return_val_if_fail (ENT_IS_CANVAS (self), FALSE);
  return self->phase != ENT_CANVAS_LAYOUT_IDLE;
}

/* Shows @network, which the canvas then follows; edits go to its project. */
void
ent_canvas_set_network (EntCanvas  *self,
                        EntNetwork *network)
{
  g_return_if_fail (ENT_IS_CANVAS (self));
  g_return_if_fail (!network || ENT_IS_NETWORK (network));

  if (!g_set_object (&self->network, network))
    return;

  g_signal_group_set_target (self->network_signals, network);
  ent_viewport_unselect_all (self->viewport);
  self->view_moved = FALSE;
  stop_layout (self);
  if (network != NULL)
    network_changed_cb (self);
  else
    set_scene (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NETWORK]);
}

gboolean
ent_canvas_get_gradual (EntCanvas *self)
{
  g_return_val_if_fail (ENT_IS_CANVAS (self), FALSE);

  return self->gradual;
}

/* While @gradual (during an import), a changed network is laid out
 * without being shown in motion: the canvas shows what it showed until
 * the result is drawn, tile by tile between frames, so that no frame
 * waits for the whole drawing. A layout begun while gradual stays so. */
void
ent_canvas_set_gradual (EntCanvas *self,
                        gboolean   gradual)
{
  g_return_if_fail (ENT_IS_CANVAS (self));

  self->gradual = !!gradual;
}

/* In connect mode, a primary drag from one node to another adds a tie. */
void
ent_canvas_set_connect_mode (EntCanvas *self,
                             gboolean   connect_mode)
{
  g_return_if_fail (ENT_IS_CANVAS (self));

  connect_mode = !!connect_mode;
  if (self->connect_mode == connect_mode)
    return;
  self->connect_mode = connect_mode;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), connect_mode ? "crosshair" : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONNECT_MODE]);
}

gboolean
ent_canvas_get_show_labels (EntCanvas *self)
{
  g_return_val_if_fail (ENT_IS_CANVAS (self), FALSE);

  return self->show_labels;
}

/* Without labels, only the hovered and selected actors are named. */
void
ent_canvas_set_show_labels (EntCanvas *self,
                            gboolean   show_labels)
{
  g_return_if_fail (ENT_IS_CANVAS (self));

  show_labels = !!show_labels;
  if (self->show_labels == show_labels)
    return;
  self->show_labels = show_labels;
  _ent_canvas_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_LABELS]);
}
