/* ent-signed-graph.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ENT_TYPE_SIGNED_GRAPH (ent_signed_graph_get_type ())

typedef struct _EntSignedGraph EntSignedGraph;

typedef struct
{
  guint  source;
  guint  target;
  double weight;  /* > 0 alliance, < 0 opposition; |weight| is the strength */
} EntSignedEdge;

/*
 * An immutable, reference-counted signed graph in compressed adjacency form:
 * the snapshot that camps, layout and measures work on. Once built it never
 * changes, so any thread may read it; this is what EntNetwork hands to worker
 * threads (STYLE.md convention 6).
 *
 * Edges are undirected. Self-loops and zero weights are dropped, and parallel
 * edges are summed, so every node's neighbours are distinct.
 */
GType                ent_signed_graph_get_type        (void) G_GNUC_CONST;
EntSignedGraph      *ent_signed_graph_new             (guint                n_nodes,
                                                       const EntSignedEdge *edges,
                                                       guint                n_edges) G_GNUC_WARN_UNUSED_RESULT;
EntSignedGraph      *ent_signed_graph_ref             (EntSignedGraph      *self);
void                 ent_signed_graph_unref           (EntSignedGraph      *self);
guint                ent_signed_graph_get_n_nodes     (EntSignedGraph      *self);
guint                ent_signed_graph_get_n_edges     (EntSignedGraph      *self);
guint                ent_signed_graph_get_degree      (EntSignedGraph      *self,
                                                       guint                node);
const guint         *ent_signed_graph_get_neighbours  (EntSignedGraph      *self,
                                                       guint                node,
                                                       const double       **weights,
                                                       guint               *n_neighbours);
const EntSignedEdge *ent_signed_graph_get_edge        (EntSignedGraph      *self,
                                                       guint                index);
double               ent_signed_graph_get_total_weight (EntSignedGraph     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntSignedGraph, ent_signed_graph_unref)

G_END_DECLS
