/* ent-export-graphml.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-exporter.h"

G_BEGIN_DECLS

#define ENT_TYPE_EXPORT_GRAPHML (ent_export_graphml_get_type ())

/* The "graphml" exporter: GraphML for Gephi, Cytoscape, yEd, visone, igraph and networkx. */
G_DECLARE_FINAL_TYPE (EntExportGraphml, ent_export_graphml, ENT, EXPORT_GRAPHML, EntExporter)

G_END_DECLS
