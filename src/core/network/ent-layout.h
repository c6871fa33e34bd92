/* ent-layout.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ent-camps.h"
#include "ent-signed-graph.h"

G_BEGIN_DECLS

#define ENT_TYPE_LAYOUT (ent_layout_get_type ())

G_DECLARE_FINAL_TYPE (EntLayout, ent_layout, ENT, LAYOUT, GObject)

/*
 * A force-directed layout of a signed graph: alliances pull, oppositions
 * push, every node repels every other (Barnes–Hut), and each camp is drawn
 * towards its own side: the first camp to the left, the second to the right,
 * further camps above, below and around. Actors of no camp sit in between;
 * actors without any tie are parked in rows under the drawing.
 *
 * Units are canvas pixels: ties are about ENT_LAYOUT_TIE_LENGTH long, and
 * the picture is centred near (0, 0), y growing downwards.
 *
 * The layout works in steps: ent_layout_step() iterates until a deadline and
 * returns, so a GtkTickCallback can animate it a frame at a time; or
 * ent_layout_run() iterates to convergence. Positions are valid at any time.
 * The result depends only on the graph, the camps, the pins, the start
 * positions and the seed.
 *
 * Threading: an EntLayout belongs to one thread at a time. The graph and
 * camps it reads are immutable, so ent_layout_run_async() iterates in a
 * worker thread; do not touch the layout until the callback runs.
 */
#define ENT_LAYOUT_TIE_LENGTH 110.0

EntLayout    *ent_layout_new           (EntSignedGraph       *graph,
                                        EntCamps             *camps,
                                        guint32               seed) G_GNUC_WARN_UNUSED_RESULT;
EntSignedGraph *ent_layout_get_graph   (EntLayout            *self);
EntCamps     *ent_layout_get_camps     (EntLayout            *self);
void          ent_layout_set_position  (EntLayout            *self,
                                        guint                 node,
                                        double                x,
                                        double                y);
void          ent_layout_pin           (EntLayout            *self,
                                        guint                 node,
                                        double                x,
                                        double                y);
void          ent_layout_unpin         (EntLayout            *self,
                                        guint                 node);
gboolean      ent_layout_get_pinned    (EntLayout            *self,
                                        guint                 node);
void          ent_layout_get_position  (EntLayout            *self,
                                        guint                 node,
                                        double               *x,
                                        double               *y);
const double *ent_layout_get_positions (EntLayout            *self);
gboolean      ent_layout_step          (EntLayout            *self,
                                        gint64                deadline);
void          ent_layout_run           (EntLayout            *self);
void          ent_layout_run_async     (EntLayout            *self,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
gboolean      ent_layout_run_finish    (EntLayout            *self,
                                        GAsyncResult         *result,
                                        GError              **error);
gboolean      ent_layout_get_converged (EntLayout            *self);
guint         ent_layout_get_iterations (EntLayout           *self);
void          ent_layout_set_max_iterations (EntLayout       *self,
                                        guint                 max_iterations);

G_END_DECLS
