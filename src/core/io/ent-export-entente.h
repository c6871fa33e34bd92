/* ent-export-entente.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-exporter.h"

G_BEGIN_DECLS

#define ENT_TYPE_EXPORT_ENTENTE (ent_export_entente_get_type ())

/* The "entente" exporter: the .entente project file. */
G_DECLARE_FINAL_TYPE (EntExportEntente, ent_export_entente, ENT, EXPORT_ENTENTE, EntExporter)

G_END_DECLS
