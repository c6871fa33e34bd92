/* ent-viewport.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ent-scene.h"

G_BEGIN_DECLS

#define ENT_TYPE_VIEWPORT (ent_viewport_get_type ())

G_DECLARE_FINAL_TYPE (EntViewport, ent_viewport, ENT, VIEWPORT, GObject)

#define ENT_VIEWPORT_MIN_ZOOM 0.05
#define ENT_VIEWPORT_MAX_ZOOM 8.0

typedef enum
{
  ENT_SELECT_REPLACE,  /* the item alone */
  ENT_SELECT_ADD,      /* the item as well */
  ENT_SELECT_TOGGLE,   /* the item in or out, the rest kept */
} EntSelectMode;

/*
 * What a canvas shows and what is selected in it, without any widget:
 * the zoom, the offset, the size of the view, the scene under it for
 * hit-testing, and the selection. A view point v and a world point w are
 * related by v = w × zoom + offset; world units are those of EntScene.
 *
 * The selection is a set of actor ids and at most one tie, named by the
 * ids of its two actors (in either order), so it survives a rebuild of
 * the network and can be shared with lists of actors and positions that
 * know nothing of node indices. ::selection-changed is emitted once per
 * call that changes it.
 *
 * Main thread only.
 */
EntViewport  *ent_viewport_new                 (void) G_GNUC_WARN_UNUSED_RESULT;
double        ent_viewport_get_zoom            (EntViewport             *self);
double        ent_viewport_get_offset_x        (EntViewport             *self);
double        ent_viewport_get_offset_y        (EntViewport             *self);
double        ent_viewport_get_width           (EntViewport             *self);
double        ent_viewport_get_height          (EntViewport             *self);
EntScene     *ent_viewport_get_scene           (EntViewport             *self);
void          ent_viewport_set_zoom            (EntViewport             *self,
                                                double                   zoom);
void          ent_viewport_set_offset          (EntViewport             *self,
                                                double                   x,
                                                double                   y);
void          ent_viewport_set_size            (EntViewport             *self,
                                                double                   width,
                                                double                   height);
void          ent_viewport_set_scene           (EntViewport             *self,
                                                EntScene                *scene);
void          ent_viewport_zoom_at             (EntViewport             *self,
                                                double                   factor,
                                                double                   view_x,
                                                double                   view_y);
void          ent_viewport_pan                 (EntViewport             *self,
                                                double                   dx,
                                                double                   dy);
void          ent_viewport_fit                 (EntViewport             *self,
                                                const cairo_rectangle_t *world,
                                                double                   margin);
void          ent_viewport_fit_with_margins    (EntViewport             *self,
                                                const cairo_rectangle_t *world,
                                                double                   top,
                                                double                   right,
                                                double                   bottom,
                                                double                   left);
void          ent_viewport_center_on           (EntViewport             *self,
                                                double                   world_x,
                                                double                   world_y);
void          ent_viewport_to_world            (EntViewport             *self,
                                                double                   view_x,
                                                double                   view_y,
                                                double                  *world_x,
                                                double                  *world_y);
void          ent_viewport_to_view             (EntViewport             *self,
                                                double                   world_x,
                                                double                   world_y,
                                                double                  *view_x,
                                                double                  *view_y);
void          ent_viewport_get_visible         (EntViewport             *self,
                                                cairo_rectangle_t       *world);
int           ent_viewport_find_node_at        (EntViewport             *self,
                                                double                   view_x,
                                                double                   view_y);
int           ent_viewport_find_tie_at         (EntViewport             *self,
                                                double                   view_x,
                                                double                   view_y);
GArray       *ent_viewport_find_nodes_in_rect  (EntViewport             *self,
                                                double                   x1,
                                                double                   y1,
                                                double                   x2,
                                                double                   y2) G_GNUC_WARN_UNUSED_RESULT;

gboolean      ent_viewport_is_selected         (EntViewport             *self,
                                                const char              *actor_id);
guint         ent_viewport_get_n_selected      (EntViewport             *self);
GPtrArray    *ent_viewport_dup_selected        (EntViewport             *self) G_GNUC_WARN_UNUSED_RESULT;
gboolean      ent_viewport_get_selected_tie    (EntViewport             *self,
                                                const char             **source_id,
                                                const char             **target_id);
void          ent_viewport_select              (EntViewport             *self,
                                                const char              *actor_id,
                                                EntSelectMode            mode);
void          ent_viewport_select_many         (EntViewport             *self,
                                                const char * const      *actor_ids,
                                                EntSelectMode            mode);
void          ent_viewport_select_tie          (EntViewport             *self,
                                                const char              *source_id,
                                                const char              *target_id);
void          ent_viewport_unselect_all        (EntViewport             *self);
void          ent_viewport_retain_selection    (EntViewport             *self,
                                                GHashTable              *actor_ids);

G_END_DECLS
