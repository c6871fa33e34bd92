/* ent-export-image.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ent-exporter.h"
#include "ent-painter.h"

G_BEGIN_DECLS

#define ENT_TYPE_EXPORT_IMAGE (ent_export_image_get_type ())

G_DECLARE_DERIVABLE_TYPE (EntExportImage, ent_export_image, ENT, EXPORT_IMAGE, EntExporter)

/*
 * The exporters that draw: SVG, PNG and PDF. They draw the page of an
 * EntPainter, the canvas's painter, with the light palette of "scheme"
 * (the colour-blind one unless set) unless "dark" is set, and with the
 * page's "parts": all of them unless set.
 */
struct _EntExportImageClass
{
  EntExporterClass parent_class;

  /*< private >*/
  gpointer padding[4];
};

gboolean    ent_export_image_get_dark       (EntExportImage *self);
void        ent_export_image_set_dark       (EntExportImage *self,
                                             gboolean        dark);
EntPaletteScheme ent_export_image_get_scheme (EntExportImage   *self);
void        ent_export_image_set_scheme     (EntExportImage   *self,
                                             EntPaletteScheme  scheme);
EntPageParts ent_export_image_get_parts     (EntExportImage *self);
void        ent_export_image_set_parts      (EntExportImage *self,
                                             EntPageParts    parts);
EntPainter *ent_export_image_create_painter (EntExportImage *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
