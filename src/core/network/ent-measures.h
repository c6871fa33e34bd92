/* ent-measures.h
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

#define ENT_TYPE_MEASURES (ent_measures_get_type ())

typedef struct _EntMeasures EntMeasures;

typedef struct
{
  guint  allies;           /* alliance ties */
  guint  opponents;        /* opposition ties */
  double weighted_degree;  /* sum of |weight| over all ties */
  int    camp;             /* as in EntCamps, or ENT_CAMPS_NO_CAMP */
  double betweenness;      /* share of shortest paths through the node, 0…1 */
} EntNodeMeasures;

/*
 * The side panel's figures for every node of a signed graph. Betweenness
 * counts shortest paths by hops, whatever the sign: an actor that many
 * paths between the camps cross is a bridge. It is exact up to
 * ENT_MEASURES_EXACT_LIMIT nodes; above, it is estimated from that many
 * source nodes picked with a fixed seed (Brandes and Pich), so it stays
 * deterministic. Immutable; computing only reads its inputs, so it may run
 * in any thread.
 */
#define ENT_MEASURES_EXACT_LIMIT 1000

GType                  ent_measures_get_type      (void) G_GNUC_CONST;
EntMeasures           *ent_measures_compute       (EntSignedGraph       *graph,
                                                   EntCamps             *camps) G_GNUC_WARN_UNUSED_RESULT;
void                   ent_measures_compute_async (EntSignedGraph       *graph,
                                                   EntCamps             *camps,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
EntMeasures           *ent_measures_compute_finish (GAsyncResult        *result,
                                                   GError              **error) G_GNUC_WARN_UNUSED_RESULT;
EntMeasures           *ent_measures_ref           (EntMeasures          *self);
void                   ent_measures_unref         (EntMeasures          *self);
guint                  ent_measures_get_n_nodes   (EntMeasures          *self);
const EntNodeMeasures *ent_measures_get_node      (EntMeasures          *self,
                                                   guint                 node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntMeasures, ent_measures_unref)

G_END_DECLS
