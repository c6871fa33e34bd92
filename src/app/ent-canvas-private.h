/* ent-canvas-private.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ent-canvas.h"
#include "ent-painter.h"
#include "ent-scene.h"

G_BEGIN_DECLS

/* However far out the zoom, a node is at least this big on screen (a
 * radius in pixels), so that a big network never fades to nothing. */
#define MIN_NODE_PX 2.5

typedef enum
{
  ENT_CANVAS_DRAG_NONE,
  ENT_CANVAS_DRAG_PAN,
  ENT_CANVAS_DRAG_NODE,
  ENT_CANVAS_DRAG_CONNECT,
  ENT_CANVAS_DRAG_BAND,
} EntCanvasDrag;

typedef enum
{
  ENT_CANVAS_LAYOUT_IDLE,
  ENT_CANVAS_LAYOUT_STEPPING,  /* EntLayout iterates, a slice per frame */
  ENT_CANVAS_LAYOUT_TWEEN,     /* the nodes glide to the result */
} EntCanvasLayoutPhase;

struct _EntCanvas
{
  GtkWidget             parent_instance;

  EntNetwork           *network;
  GSignalGroup         *network_signals;
  EntViewport          *viewport;
  EntScene             *scene;
  EntPainter           *painter;

  /* The static drawing, in tiles drawn once at tile_scale device pixels
   * per world unit (ent-canvas-tiles.c). Dropped when the scene changes;
   * redrawn at the zoom's scale when the view settles. */
  GHashTable           *tiles;
  GHashTable           *old_tiles;  /* of the zoom before, until the view is drawn */
  gpointer              building;   /* a tile drawn band by band between frames */
  double                tile_scale;
  guint                 prefetch_id;
  guint                 settle_source;
  /* For the tests and the benchmark: tiles drawn, cells of tiles drawn
   * again, and flushes of all. */
  guint                 n_tiles_drawn;
  guint                 n_cells_drawn;
  guint                 n_tile_flushes;
  gint64                snapshot_usec;  /* time spent in snapshot, in all */
  gint64                work_usec;      /* and drawing tiles between frames */
  gint64                work_max_usec;  /* the longest of those, for the benchmark */
  guint                 n_frame_tiles;  /* tiles a frame drew itself, not between frames */
  int                   ghost_node;  /* left out of the static drawing during a drag */
  int                   float_node;  /* dropped, on top until the tiles show it */

  /* Layout: view state, never an undoable edit. */
  EntLayout            *layout;
  EntCanvasLayoutPhase  phase;
  guint                 tick_id;
  gint64                tween_start;
  double               *tween_from;
  double               *tween_to;
  gboolean              first_layout;
  gboolean              view_moved;  /* by the user: no more automatic fitting */
  /* While many changes come in (an import), each new network is laid out
   * unseen, the old drawing showing until the result's tiles replace it
   * between frames: quiet is set for such a layout. */
  gboolean              gradual;
  gboolean              quiet;
  guint32               seed;

  /* Interaction, in node and tie indices of the current scene. */
  int                   hover_node;
  int                   hover_tie;
  int                   focus_node;
  EntCanvasDrag         drag;
  int                   drag_node;
  double                drag_x;      /* the node's world position at the start */
  double                drag_y;
  double                drag_offset_x;
  double                drag_offset_y;
  double                band[4];     /* view coordinates: start and end */
  int                   connect_source;
  int                   connect_target;
  double                connect_x;   /* world coordinates of the pointer */
  double                connect_y;
  double                pinch_zoom;
  double                pointer_x;   /* view coordinates, for the wheel */
  double                pointer_y;
  double                menu_x;      /* view coordinates of the last menu */
  double                menu_y;
  int                   menu_node;
  int                   menu_tie;
  char                 *pending_source;  /* the actor ids of a tie to add */
  char                 *pending_target;
  gboolean              connect_mode;
  gboolean              show_labels;
  /* Added to the modifiers of every event: the UI tests cannot synthesise
   * a held Shift or Ctrl. */
  GdkModifierType       test_modifiers;

  GMenuModel           *background_menu;
  GMenuModel           *connect_menu;
  GMenuModel           *node_menu;
  GMenuModel           *tie_menu;
  GtkWidget            *popover;
  GtkWidget            *find_popover;
  GtkWidget            *find_entry;
  GtkWidget            *dialog;
};

/* ent-canvas.c */
void       _ent_canvas_invalidate       (EntCanvas     *self);
void       _ent_canvas_view_changed     (EntCanvas     *self);
void       _ent_canvas_relayout         (EntCanvas     *self);
void       _ent_canvas_fit              (EntCanvas     *self);
void       _ent_canvas_set_ghost        (EntCanvas     *self,
                                         int            node);
EntActor  *_ent_canvas_get_actor        (EntCanvas     *self,
                                         int            node);
int        _ent_canvas_find_node        (EntCanvas     *self,
                                         const char    *actor_id);

/* ent-canvas-drawing.c */
EntPaintLayers _ent_canvas_get_layers   (EntCanvas     *self);
void       _ent_canvas_snapshot         (EntCanvas     *self,
                                         GtkSnapshot   *snapshot);
void       _ent_canvas_settle           (EntCanvas     *self);
void       _ent_canvas_drop_raster      (EntCanvas     *self);
void       _ent_canvas_redraw_gradually (EntCanvas     *self);
void       _ent_canvas_sync_scale       (EntCanvas     *self);

/* ent-canvas-tiles.c */
void       _ent_canvas_tiles_append     (EntCanvas     *self,
                                         GtkSnapshot   *snapshot);
void       _ent_canvas_tiles_flush      (EntCanvas     *self,
                                         double         scale);
void       _ent_canvas_tiles_rescale    (EntCanvas     *self,
                                         double         scale);
gboolean   _ent_canvas_tiles_get_pending (EntCanvas    *self);
void       _ent_canvas_tiles_redraw_node (EntCanvas    *self,
                                         int            node);
void       _ent_canvas_tiles_keep       (EntCanvas     *self,
                                         double         scale);
void       _ent_canvas_tiles_free       (EntCanvas     *self);
double     _ent_canvas_tiles_get_scale  (EntCanvas     *self);

/* ent-canvas-gestures.c */
void       _ent_canvas_init_controllers (EntCanvas     *self);
gboolean   _ent_canvas_query_tooltip    (EntCanvas     *self,
                                         int            x,
                                         int            y,
                                         GtkTooltip    *tooltip);

/* ent-canvas-actions.c */
void       _ent_canvas_class_actions_init (EntCanvasClass *klass);
void       _ent_canvas_update_actions   (EntCanvas     *self);
void       _ent_canvas_popup_menu       (EntCanvas     *self,
                                         double         x,
                                         double         y);
void       _ent_canvas_ask_tie_sign     (EntCanvas     *self,
                                         int            source,
                                         int            target);
void       _ent_canvas_move_node        (EntCanvas     *self,
                                         int            node,
                                         double         x,
                                         double         y);
void       _ent_canvas_emit_statements  (EntCanvas     *self,
                                         const char    *title,
                                         GPtrArray     *statements);

/* ent-canvas-accessible.c */
char      *_ent_canvas_dup_node_name    (EntCanvas     *self,
                                         int            node) G_GNUC_WARN_UNUSED_RESULT;
char      *_ent_canvas_dup_tie_name     (EntCanvas     *self,
                                         int            tie) G_GNUC_WARN_UNUSED_RESULT;
void       _ent_canvas_update_accessible (EntCanvas    *self);
void       _ent_canvas_focus_node       (EntCanvas     *self,
                                         int            node,
                                         EntSelectMode  mode);
int        _ent_canvas_next_node        (EntCanvas     *self,
                                         int            from,
                                         int            step);
int        _ent_canvas_neighbour        (EntCanvas     *self,
                                         int            from,
                                         double         dx,
                                         double         dy);

/* Whether the tiles wait for a quiet layout to come to rest. */
static inline gboolean
_ent_canvas_get_holding (EntCanvas *self)
{
  return self->quiet && self->phase != ENT_CANVAS_LAYOUT_IDLE;
}

G_END_DECLS
