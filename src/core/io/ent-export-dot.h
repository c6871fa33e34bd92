/* ent-export-dot.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-exporter.h"

G_BEGIN_DECLS

#define ENT_TYPE_EXPORT_DOT (ent_export_dot_get_type ())

/* The "dot" exporter: DOT for Graphviz. */
G_DECLARE_FINAL_TYPE (EntExportDot, ent_export_dot, ENT, EXPORT_DOT, EntExporter)

G_END_DECLS
