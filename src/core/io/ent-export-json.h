/* ent-export-json.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-exporter.h"

G_BEGIN_DECLS

#define ENT_TYPE_EXPORT_JSON (ent_export_json_get_type ())

/* The "json" exporter: network JSON of DESIGN.md, with evidence. */
G_DECLARE_FINAL_TYPE (EntExportJson, ent_export_json, ENT, EXPORT_JSON, EntExporter)

G_END_DECLS
