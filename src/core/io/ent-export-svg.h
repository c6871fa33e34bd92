/* ent-export-svg.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-export-image.h"

G_BEGIN_DECLS

#define ENT_TYPE_EXPORT_SVG (ent_export_svg_get_type ())

/* The "svg" exporter: an SVG image drawn by the painter, text as text. */
G_DECLARE_FINAL_TYPE (EntExportSvg, ent_export_svg, ENT, EXPORT_SVG, EntExportImage)

G_END_DECLS
