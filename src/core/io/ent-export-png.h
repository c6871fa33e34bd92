/* ent-export-png.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-export-image.h"

G_BEGIN_DECLS

#define ENT_TYPE_EXPORT_PNG (ent_export_png_get_type ())

/* The "png" exporter: a PNG image drawn by the painter at a chosen scale. */
G_DECLARE_FINAL_TYPE (EntExportPng, ent_export_png, ENT, EXPORT_PNG, EntExportImage)

/* Images larger than this on a side are refused rather than allocated. */
#define ENT_EXPORT_PNG_MAX_SIDE 16384

double ent_export_png_get_scale (EntExportPng *self);
void   ent_export_png_set_scale (EntExportPng *self,
                                 double        scale);

G_END_DECLS
