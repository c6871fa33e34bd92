/* ent-canvas.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ent-network.h"
#include "ent-viewport.h"

G_BEGIN_DECLS

#define ENT_TYPE_CANVAS (ent_canvas_get_type ())

G_DECLARE_FINAL_TYPE (EntCanvas, ent_canvas, ENT, CANVAS, GtkWidget)

GtkWidget   *ent_canvas_new              (void);
EntNetwork  *ent_canvas_get_network      (EntCanvas  *self);
EntViewport *ent_canvas_get_viewport     (EntCanvas  *self);
gboolean     ent_canvas_get_connect_mode (EntCanvas  *self);
gboolean     ent_canvas_get_busy         (EntCanvas  *self);
gboolean     ent_canvas_get_show_labels  (EntCanvas  *self);
gboolean     ent_canvas_get_gradual      (EntCanvas  *self);
void         ent_canvas_set_network      (EntCanvas  *self,
                                          EntNetwork *network);
void         ent_canvas_set_connect_mode (EntCanvas  *self,
                                          gboolean    connect_mode);
void         ent_canvas_set_show_labels  (EntCanvas  *self,
                                          gboolean    show_labels);
void         ent_canvas_set_gradual      (EntCanvas  *self,
                                          gboolean    gradual);

G_END_DECLS
