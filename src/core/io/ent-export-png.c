/* ent-export-png.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ent-export-png.h"
#include "ent-painter-private.h"
#include "ent-png-encoder.h"

struct _EntExportPng
{
  EntExportImage parent_instance;

  double         scale;
};

enum {
  PROP_0,
  PROP_SCALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (EntExportPng, ent_export_png, ENT_TYPE_EXPORT_IMAGE)

static gboolean
check_size (double   width,
            double   height,
            GError **error)
{
  if (width <= ENT_EXPORT_PNG_MAX_SIDE && height <= ENT_EXPORT_PNG_MAX_SIDE)
    return TRUE;
  g_set_error (error, ENT_EXPORT_ERROR, ENT_EXPORT_ERROR_TOO_LARGE,
               _("The image would be %.0f × %.0f pixels, more than %d on a side; "
                 "choose a smaller scale or the SVG or PDF format"),
               width, height, ENT_EXPORT_PNG_MAX_SIDE);
  return FALSE;
}

static GBytes *
ent_export_png_serialize (EntExporter  *exporter,
                          guint         part,
                          GError      **error)
{
  EntExportPng *self = ENT_EXPORT_PNG (exporter);
  g_autoptr(EntPainter) painter = ent_export_image_create_painter (ENT_EXPORT_IMAGE (self));
  GBytes *png = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  cairo_t *cr;

  ent_painter_get_page_size (painter, &width, &height);
  width = ceil (width * self->scale);
  height = ceil (height * self->scale);
  if (!check_size (width, height, error))
    return NULL;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  cairo_scale (cr, self->scale, self->scale);
  _ent_painter_draw_page_raster (painter, cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    png = _ent_png_encode (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ENT_EXPORT_ERROR, ENT_EXPORT_ERROR_FAILED,
                   _("Could not draw the PNG image: %s"), cairo_status_to_string (status));
      return NULL;
    }
  return png;
}

static void
ent_export_png_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SCALE:
      g_value_set_double (value, ent_export_png_get_scale (ENT_EXPORT_PNG (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_export_png_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SCALE:
      ent_export_png_set_scale (ENT_EXPORT_PNG (object), g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_export_png_class_init (EntExportPngClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  EntExporterClass *exporter_class = ENT_EXPORTER_CLASS (klass);

  object_class->get_property = ent_export_png_get_property;
  object_class->set_property = ent_export_png_set_property;

  exporter_class->name = "png";
  exporter_class->extension = "png";
  exporter_class->mime_type = "image/png";
  exporter_class->description = N_("PNG image");
  exporter_class->serialize = ent_export_png_serialize;

  /* Device pixels per CSS pixel of the page: 1, 2 or 4 for screens and
   * print; anything from a quarter to eight is allowed. */
  properties[PROP_SCALE] =
    g_param_spec_double ("scale", NULL, NULL, 0.25, 8.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ent_export_png_init (EntExportPng *self)
{
  self->scale = 1.0;
}

double
ent_export_png_get_scale (EntExportPng *self)
{
  g_return_val_if_fail (ENT_IS_EXPORT_PNG (self), 1.0);
  return self->scale;
}

void
ent_export_png_set_scale (EntExportPng *self,
                          double        scale)
{
  g_return_if_fail (ENT_IS_EXPORT_PNG (self));
  g_return_if_fail (scale >= 0.25 && scale <= 8.0);

  if (self->scale == scale)
    return;
  self->scale = scale;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
}
