/* ent-export-gexf.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-exporter.h"

G_BEGIN_DECLS

#define ENT_TYPE_EXPORT_GEXF (ent_export_gexf_get_type ())

/* The "gexf" exporter: GEXF 1.3 for Gephi. */
G_DECLARE_FINAL_TYPE (EntExportGexf, ent_export_gexf, ENT, EXPORT_GEXF, EntExporter)

G_END_DECLS
