/* ent-export-csv.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-exporter.h"

G_BEGIN_DECLS

#define ENT_TYPE_EXPORT_CSV (ent_export_csv_get_type ())

/* The "csv" exporter: two CSV files, nodes and edges, for R and pandas. */
G_DECLARE_FINAL_TYPE (EntExportCsv, ent_export_csv, ENT, EXPORT_CSV, EntExporter)

G_END_DECLS
