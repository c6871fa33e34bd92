/* ent-export-pdf.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>

#include "ent-export-pdf.h"

/* PDF measures in points and the page in CSS pixels: 96 pixels make an
 * inch of 72 points, so a page prints at the size it has on screen. */
#define POINTS_PER_PIXEL 0.75

struct _EntExportPdf
{
  EntExportImage parent_instance;
};

G_DEFINE_FINAL_TYPE (EntExportPdf, ent_export_pdf, ENT_TYPE_EXPORT_IMAGE)

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
ent_export_pdf_serialize (EntExporter  *exporter,
                          guint         part,
                          GError      **error)
{
  g_autoptr(EntPainter) painter = ent_export_image_create_painter (ENT_EXPORT_IMAGE (exporter));
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  cairo_t *cr;

  ent_painter_get_page_size (painter, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (append_bytes, pdf, width * POINTS_PER_PIXEL,
                                                 height * POINTS_PER_PIXEL);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  ent_painter_get_title (painter) ? ent_painter_get_title (painter) : "");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Entente");
  cr = cairo_create (surface);
  cairo_scale (cr, POINTS_PER_PIXEL, POINTS_PER_PIXEL);
  ent_painter_draw_page (painter, cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ENT_EXPORT_ERROR, ENT_EXPORT_ERROR_FAILED,
                   _("Could not draw the PDF document: %s"), cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
}

static void
ent_export_pdf_class_init (EntExportPdfClass *klass)
{
  EntExporterClass *exporter_class = ENT_EXPORTER_CLASS (klass);

  exporter_class->name = "pdf";
  exporter_class->extension = "pdf";
  exporter_class->mime_type = "application/pdf";
  exporter_class->description = N_("PDF document");
  exporter_class->serialize = ent_export_pdf_serialize;
}

static void
ent_export_pdf_init (EntExportPdf *self)
{
}
