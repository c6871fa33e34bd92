/* ent-camps.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ent-signed-graph.h"

G_BEGIN_DECLS

#define ENT_TYPE_CAMPS (ent_camps_get_type ())
#define ENT_CAMPS_NO_CAMP (-1)
#define ENT_CAMPS_DEFAULT_MAX 2

typedef struct _EntCamps EntCamps;

/*
 * A split of a signed graph's nodes into camps that minimises the weighted
 * frustration (structural balance): the weight of alliances between camps
 * plus that of oppositions inside camps. Immutable and reference-counted.
 *
 * The result depends only on the graph and @max_camps, never on timing or
 * history. Camps are numbered by size, largest first (equal sizes: the camp
 * holding the lowest node index first). Nodes without a signed tie belong
 * to no camp (ENT_CAMPS_NO_CAMP). Fewer than @max_camps camps are reported
 * when more would not lower the frustration.
 *
 * ent_camps_compute() is safe to call from any thread: it only reads @graph.
 */
GType     ent_camps_get_type              (void) G_GNUC_CONST;
EntCamps *ent_camps_compute               (EntSignedGraph       *graph,
                                           guint                 max_camps) G_GNUC_WARN_UNUSED_RESULT;
void      ent_camps_compute_async         (EntSignedGraph       *graph,
                                           guint                 max_camps,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
EntCamps *ent_camps_compute_finish        (GAsyncResult         *result,
                                           GError              **error) G_GNUC_WARN_UNUSED_RESULT;
EntCamps *ent_camps_new_from_assignment   (EntSignedGraph       *graph,
                                           const int            *camps) G_GNUC_WARN_UNUSED_RESULT;
EntCamps *ent_camps_ref                   (EntCamps             *self);
void      ent_camps_unref                 (EntCamps             *self);
guint     ent_camps_get_n_nodes           (EntCamps             *self);
guint     ent_camps_get_n_camps           (EntCamps             *self);
int       ent_camps_get_camp              (EntCamps             *self,
                                           guint                 node);
guint     ent_camps_get_size              (EntCamps             *self,
                                           guint                 camp);
double    ent_camps_get_frustration       (EntCamps             *self);
double    ent_camps_get_frustrated_weight (EntCamps             *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntCamps, ent_camps_unref)

G_END_DECLS
