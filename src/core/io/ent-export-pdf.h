/* ent-export-pdf.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-export-image.h"

G_BEGIN_DECLS

#define ENT_TYPE_EXPORT_PDF (ent_export_pdf_get_type ())

/* The "pdf" exporter: a vector PDF drawn by the painter. */
G_DECLARE_FINAL_TYPE (EntExportPdf, ent_export_pdf, ENT, EXPORT_PDF, EntExportImage)

G_END_DECLS
