/* ent-viewport.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ent-viewport.h"

/* How close, in view pixels, the pointer must come to a node or a tie to
 * hit it: the same on screen at every zoom. */
#define NODE_TOLERANCE 3.0
#define TIE_TOLERANCE  5.0

struct _EntViewport
{
  GObject     parent_instance;

  double      zoom;
  double      offset_x;
  double      offset_y;
  double      width;
  double      height;
  EntScene   *scene;

  GHashTable *selected;  /* actor id → itself, owned */
  char       *tie_source;
  char       *tie_target;
};

enum
{
  PROP_0,
  PROP_ZOOM,
  PROP_OFFSET_X,
  PROP_OFFSET_Y,
  PROP_SCENE,
  N_PROPS
};

enum
{
  SIGNAL_SELECTION_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (EntViewport, ent_viewport, G_TYPE_OBJECT)

static gboolean
clear_tie (EntViewport *self)
{
  if (self->tie_source == NULL)
    return FALSE;
  g_clear_pointer (&self->tie_source, g_free);
  g_clear_pointer (&self->tie_target, g_free);
  return TRUE;
}

static void
emit_selection_changed (EntViewport *self)
{
  g_signal_emit (self, signals[SIGNAL_SELECTION_CHANGED], 0);
}

static void
ent_viewport_dispose (GObject *object)
{
  EntViewport *self = ENT_VIEWPORT (object);

  g_clear_object (&self->scene);

  G_OBJECT_CLASS (ent_viewport_parent_class)->dispose (object);
}

static void
ent_viewport_finalize (GObject *object)
{
  EntViewport *self = ENT_VIEWPORT (object);

  g_clear_pointer (&self->selected, g_hash_table_unref);
  clear_tie (self);

  G_OBJECT_CLASS (ent_viewport_parent_class)->finalize (object);
}

static void
ent_viewport_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  EntViewport *self = ENT_VIEWPORT (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, ent_viewport_get_zoom (self));
      break;
    case PROP_OFFSET_X:
      g_value_set_double (value, ent_viewport_get_offset_x (self));
      break;
    case PROP_OFFSET_Y:
      g_value_set_double (value, ent_viewport_get_offset_y (self));
      break;
    case PROP_SCENE:
      g_value_set_object (value, ent_viewport_get_scene (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_viewport_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  EntViewport *self = ENT_VIEWPORT (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      ent_viewport_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_OFFSET_X:
      ent_viewport_set_offset (self, g_value_get_double (value), self->offset_y);
      break;
    case PROP_OFFSET_Y:
      ent_viewport_set_offset (self, self->offset_x, g_value_get_double (value));
      break;
    case PROP_SCENE:
      ent_viewport_set_scene (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_viewport_class_init (EntViewportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ent_viewport_dispose;
  object_class->finalize = ent_viewport_finalize;
  object_class->get_property = ent_viewport_get_property;
  object_class->set_property = ent_viewport_set_property;

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, ENT_VIEWPORT_MIN_ZOOM, ENT_VIEWPORT_MAX_ZOOM, 1, rw);
  properties[PROP_OFFSET_X] =
    g_param_spec_double ("offset-x", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, rw);
  properties[PROP_OFFSET_Y] =
    g_param_spec_double ("offset-y", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, rw);
  properties[PROP_SCENE] =
    g_param_spec_object ("scene", NULL, NULL, ENT_TYPE_SCENE, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EntViewport::selection-changed:
   *
   * Emitted once after the selected actors or the selected tie changed.
   */
  signals[SIGNAL_SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ent_viewport_init (EntViewport *self)
{
  self->zoom = 1.0;
  self->selected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

EntViewport *
ent_viewport_new (void)
{
  return g_object_new (ENT_TYPE_VIEWPORT, NULL);
}

double
ent_viewport_get_zoom (EntViewport *self)
{
  g_return_val_if_fail (ENT_IS_VIEWPORT (self), 1);
  return self->zoom;
}

double
ent_viewport_get_offset_x (EntViewport *self)
{
  g_return_val_if_fail (ENT_IS_VIEWPORT (self), 0);
  return self->offset_x;
}

double
ent_viewport_get_offset_y (EntViewport *self)
{
  g_return_val_if_fail (ENT_IS_VIEWPORT (self), 0);
  return self->offset_y;
}

double
ent_viewport_get_width (EntViewport *self)
{
  g_return_val_if_fail (ENT_IS_VIEWPORT (self), 0);
  return self->width;
}

double
ent_viewport_get_height (EntViewport *self)
{
  g_return_val_if_fail (ENT_IS_VIEWPORT (self), 0);
  return self->height;
}

/* Returns: (transfer none) (nullable): the scene hit-tests look into */
EntScene *
ent_viewport_get_scene (EntViewport *self)
{
  g_return_val_if_fail (ENT_IS_VIEWPORT (self), NULL);
  return self->scene;
}

/* Sets the zoom, clamped to the allowed range, keeping the offset. */
void
ent_viewport_set_zoom (EntViewport *self,
                       double       zoom)
{
  g_return_if_fail (ENT_IS_VIEWPORT (self));

  zoom = CLAMP (zoom, ENT_VIEWPORT_MIN_ZOOM, ENT_VIEWPORT_MAX_ZOOM);
  if (zoom == self->zoom)
    return;
  self->zoom = zoom;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
ent_viewport_set_offset (EntViewport *self,
                         double       x,
                         double       y)
{
  g_return_if_fail (ENT_IS_VIEWPORT (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (x != self->offset_x)
    {
      self->offset_x = x;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFSET_X]);
    }
  if (y != self->offset_y)
    {
      self->offset_y = y;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFSET_Y]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* The size of the view, in view pixels, for fitting and centring. */
void
ent_viewport_set_size (EntViewport *self,
                       double       width,
                       double       height)
{
  g_return_if_fail (ENT_IS_VIEWPORT (self));

  self->width = MAX (width, 0);
  self->height = MAX (height, 0);
}

void
ent_viewport_set_scene (EntViewport *self,
                        EntScene    *scene)
{
  g_return_if_fail (ENT_IS_VIEWPORT (self));
  g_return_if_fail (!scene || ENT_IS_SCENE (scene));

  if (g_set_object (&self->scene, scene))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENE]);
}

/* Multiplies the zoom by @factor, keeping the world point under the view
 * point (@view_x, @view_y) where it is: the pointer's, for a wheel. */
void
ent_viewport_zoom_at (EntViewport *self,
                      double       factor,
                      double       view_x,
                      double       view_y)
{
  double wx, wy;

  g_return_if_fail (ENT_IS_VIEWPORT (self));
  g_return_if_fail (factor > 0);

  ent_viewport_to_world (self, view_x, view_y, &wx, &wy);
  ent_viewport_set_zoom (self, self->zoom * factor);
  ent_viewport_set_offset (self, view_x - wx * self->zoom, view_y - wy * self->zoom);
}

/* Moves the picture by (@dx, @dy) view pixels. */
void
ent_viewport_pan (EntViewport *self,
                  double       dx,
                  double       dy)
{
  g_return_if_fail (ENT_IS_VIEWPORT (self));
  ent_viewport_set_offset (self, self->offset_x + dx, self->offset_y + dy);
}

/* Zooms and pans so that @world fills the view, @margin view pixels in
 * from each edge; a small network is not blown up beyond 100 %. */
void
ent_viewport_fit (EntViewport             *self,
                  const cairo_rectangle_t *world,
                  double                   margin)
{
  g_return_if_fail (ENT_IS_VIEWPORT (self));
  g_return_if_fail (world != NULL);

  ent_viewport_fit_with_margins (self, world, margin, margin, margin, margin);
}

/**
 * ent_viewport_fit_with_margins:
 * @top: view pixels kept free above @world, and so on clockwise
 *
 * As ent_viewport_fit(), with a margin of its own on each side: room for
 * what is drawn at a fixed size on screen around the world rectangle,
 * such as labels. @world is centred in what the margins leave.
 */
void
ent_viewport_fit_with_margins (EntViewport             *self,
                               const cairo_rectangle_t *world,
                               double                   top,
                               double                   right,
                               double                   bottom,
                               double                   left)
{
  double avail_w, avail_h, zoom = 1.0;

  g_return_if_fail (ENT_IS_VIEWPORT (self));
  g_return_if_fail (world != NULL);

  avail_w = MAX (self->width - left - right, 1);
  avail_h = MAX (self->height - top - bottom, 1);
  if (world->width > 0 && world->height > 0)
    zoom = MIN (1.0, MIN (avail_w / world->width, avail_h / world->height));
  else if (world->width > 0 || world->height > 0)
    zoom = MIN (1.0, world->width > 0 ? avail_w / world->width : avail_h / world->height);
  ent_viewport_set_zoom (self, zoom);
  ent_viewport_set_offset (self,
                           left + avail_w / 2 - (world->x + world->width / 2) * self->zoom,
                           top + avail_h / 2 - (world->y + world->height / 2) * self->zoom);
}

void
ent_viewport_center_on (EntViewport *self,
                        double       world_x,
                        double       world_y)
{
  g_return_if_fail (ENT_IS_VIEWPORT (self));
  ent_viewport_set_offset (self,
                           self->width / 2 - world_x * self->zoom,
                           self->height / 2 - world_y * self->zoom);
}

void
ent_viewport_to_world (EntViewport *self,
                       double       view_x,
                       double       view_y,
                       double      *world_x,
                       double      *world_y)
{
  g_return_if_fail (ENT_IS_VIEWPORT (self));
  *world_x = (view_x - self->offset_x) / self->zoom;
  *world_y = (view_y - self->offset_y) / self->zoom;
}

void
ent_viewport_to_view (EntViewport *self,
                      double       world_x,
                      double       world_y,
                      double      *view_x,
                      double      *view_y)
{
  g_return_if_fail (ENT_IS_VIEWPORT (self));
  *view_x = world_x * self->zoom + self->offset_x;
  *view_y = world_y * self->zoom + self->offset_y;
}

/* The world rectangle the view shows. */
void
ent_viewport_get_visible (EntViewport       *self,
                          cairo_rectangle_t *world)
{
  g_return_if_fail (ENT_IS_VIEWPORT (self));
  ent_viewport_to_world (self, 0, 0, &world->x, &world->y);
  world->width = self->width / self->zoom;
  world->height = self->height / self->zoom;
}

/* Returns: the node under the view point, or -1 */
int
ent_viewport_find_node_at (EntViewport *self,
                           double       view_x,
                           double       view_y)
{
  double wx, wy;

  g_return_val_if_fail (ENT_IS_VIEWPORT (self), -1);

  if (self->scene == NULL)
    return -1;
  ent_viewport_to_world (self, view_x, view_y, &wx, &wy);
  return ent_scene_find_node_at (self->scene, wx, wy, NODE_TOLERANCE / self->zoom);
}

/* Returns: the tie under the view point, or -1 */
int
ent_viewport_find_tie_at (EntViewport *self,
                          double       view_x,
                          double       view_y)
{
  double wx, wy;

  g_return_val_if_fail (ENT_IS_VIEWPORT (self), -1);

  if (self->scene == NULL)
    return -1;
  ent_viewport_to_world (self, view_x, view_y, &wx, &wy);
  return ent_scene_find_tie_at (self->scene, wx, wy, TIE_TOLERANCE / self->zoom);
}

/**
 * ent_viewport_find_nodes_in_rect:
 *
 * The nodes touching the view rectangle between two corners, in any order
 * of the corners: a rubber band's.
 *
 * Returns: (transfer full): guint node indices
 */
GArray *
ent_viewport_find_nodes_in_rect (EntViewport *self,
                                 double       x1,
                                 double       y1,
                                 double       x2,
                                 double       y2)
{
  cairo_rectangle_t rect;
  double wx1, wy1, wx2, wy2;

  g_return_val_if_fail (ENT_IS_VIEWPORT (self), NULL);

  if (self->scene == NULL)
    return g_array_new (FALSE, FALSE, sizeof (guint));
  ent_viewport_to_world (self, MIN (x1, x2), MIN (y1, y2), &wx1, &wy1);
  ent_viewport_to_world (self, MAX (x1, x2), MAX (y1, y2), &wx2, &wy2);
  rect = (cairo_rectangle_t) { wx1, wy1, wx2 - wx1, wy2 - wy1 };
  return ent_scene_find_nodes_in_rect (self->scene, &rect);
}

gboolean
ent_viewport_is_selected (EntViewport *self,
                          const char  *actor_id)
{
  g_return_val_if_fail (ENT_IS_VIEWPORT (self), FALSE);
  return actor_id != NULL && g_hash_table_contains (self->selected, actor_id);
}

guint
ent_viewport_get_n_selected (EntViewport *self)
{
  g_return_val_if_fail (ENT_IS_VIEWPORT (self), 0);
  return g_hash_table_size (self->selected);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **)a, *(const char **)b);
}

/**
 * ent_viewport_dup_selected:
 *
 * Returns: (transfer full): the selected actor ids, sorted
 */
GPtrArray *
ent_viewport_dup_selected (EntViewport *self)
{
  GPtrArray *ids;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (ENT_IS_VIEWPORT (self), NULL);

  ids = g_ptr_array_new_with_free_func (g_free);
  g_hash_table_iter_init (&iter, self->selected);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (ids, g_strdup (key));
  g_ptr_array_sort (ids, compare_strings);
  return ids;
}

/* Returns: whether a tie is selected; its actors' ids, borrowed */
gboolean
ent_viewport_get_selected_tie (EntViewport  *self,
                               const char  **source_id,
                               const char  **target_id)
{
  g_return_val_if_fail (ENT_IS_VIEWPORT (self), FALSE);

  if (source_id != NULL)
    *source_id = self->tie_source;
  if (target_id != NULL)
    *target_id = self->tie_target;
  return self->tie_source != NULL;
}

static gboolean
apply_mode (EntViewport   *self,
            const char    *actor_id,
            EntSelectMode  mode)
{
  if (mode == ENT_SELECT_TOGGLE && g_hash_table_remove (self->selected, actor_id))
    return TRUE;
  if (g_hash_table_contains (self->selected, actor_id))
    return FALSE;
  g_hash_table_add (self->selected, g_strdup (actor_id));
  return TRUE;
}

/* Selects one actor; REPLACE also drops a selected tie. */
void
ent_viewport_select (EntViewport   *self,
                     const char    *actor_id,
                     EntSelectMode  mode)
{
  const char *ids[] = { actor_id, NULL };

  g_return_if_fail (ENT_IS_VIEWPORT (self));
  g_return_if_fail (actor_id != NULL);

  ent_viewport_select_many (self, ids, mode);
}

void
ent_viewport_select_many (EntViewport        *self,
                          const char * const *actor_ids,
                          EntSelectMode       mode)
{
  gboolean changed = FALSE;

  g_return_if_fail (ENT_IS_VIEWPORT (self));
  g_return_if_fail (actor_ids != NULL);

  if (mode == ENT_SELECT_REPLACE)
    {
      guint n = g_hash_table_size (self->selected);
      gboolean same = n == g_strv_length ((char **)actor_ids);

      for (guint i = 0; same && actor_ids[i] != NULL; i++)
        same = g_hash_table_contains (self->selected, actor_ids[i]);
      if (same && self->tie_source == NULL)
        return;
      g_hash_table_remove_all (self->selected);
      clear_tie (self);
      changed = TRUE;
    }
  for (guint i = 0; actor_ids[i] != NULL; i++)
    changed |= apply_mode (self, actor_ids[i], mode);
  if (changed)
    emit_selection_changed (self);
}

/* Selects the tie between two actors, alone. */
void
ent_viewport_select_tie (EntViewport *self,
                         const char  *source_id,
                         const char  *target_id)
{
  g_return_if_fail (ENT_IS_VIEWPORT (self));
  g_return_if_fail (source_id != NULL && target_id != NULL);

  if (g_hash_table_size (self->selected) == 0 && self->tie_source != NULL &&
      ((g_str_equal (self->tie_source, source_id) && g_str_equal (self->tie_target, target_id)) ||
       (g_str_equal (self->tie_source, target_id) && g_str_equal (self->tie_target, source_id))))
    return;
  g_hash_table_remove_all (self->selected);
  clear_tie (self);
  self->tie_source = g_strdup (source_id);
  self->tie_target = g_strdup (target_id);
  emit_selection_changed (self);
}

void
ent_viewport_unselect_all (EntViewport *self)
{
  gboolean changed;

  g_return_if_fail (ENT_IS_VIEWPORT (self));

  changed = g_hash_table_size (self->selected) > 0;
  g_hash_table_remove_all (self->selected);
  changed |= clear_tie (self);
  if (changed)
    emit_selection_changed (self);
}

/* Drops from the selection the actors that are not in @actor_ids (a set
 * of ids), after actors went away; a tie goes if either end went. */
void
ent_viewport_retain_selection (EntViewport *self,
                               GHashTable  *actor_ids)
{
  GHashTableIter iter;
  gpointer key;
  gboolean changed = FALSE;

  g_return_if_fail (ENT_IS_VIEWPORT (self));
  g_return_if_fail (actor_ids != NULL);

  g_hash_table_iter_init (&iter, self->selected);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (actor_ids, key))
      {
        g_hash_table_iter_remove (&iter);
        changed = TRUE;
      }
  if (self->tie_source != NULL &&
      (!g_hash_table_contains (actor_ids, self->tie_source) ||
       !g_hash_table_contains (actor_ids, self->tie_target)))
    changed |= clear_tie (self);
  if (changed)
    emit_selection_changed (self);
}
