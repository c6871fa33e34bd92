/* ent-export-svg.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ent-export-private.h"
#include "ent-export-svg.h"
#include "ent-painter-private.h"
#include "ent-scene-private.h"

/* The SVG backend of the painter. Cairo's SVG surface would turn text into
 * glyph outlines; this one writes the painter's primitives as SVG elements,
 * so that labels stay text a reader can search, copy and translate. It
 * writes only shapes, text and groups: no scripts, no links, no styles,
 * nothing that refers outside the file. */

struct _EntExportSvg
{
  EntExportImage parent_instance;
};

G_DEFINE_FINAL_TYPE (EntExportSvg, ent_export_svg, ENT_TYPE_EXPORT_IMAGE)

/* Two decimals, without trailing zeros: hundredths of a pixel are finer
 * than any screen, and 50,000 ties stay a few megabytes. */
static void
num (GString *out,
     double   value)
{
  gsize len;

  _ent_export_append_number (out, "%.2f", value);
  len = out->len;
  while (out->str[len - 1] == '0')
    len--;
  if (out->str[len - 1] == '.')
    len--;
  g_string_truncate (out, len);
}

static void
paint_attr (GString        *out,
            const char     *what,
            const EntColor *color)
{
  char hex[8];

  ent_color_to_hex (color, hex);
  g_string_append_printf (out, " %s=\"%s\"", what, hex);
  if (color->alpha < 1.0)
    {
      g_string_append_printf (out, " %s-opacity=\"", what);
      num (out, color->alpha);
      g_string_append_c (out, '"');
    }
}

static void
stroke_attrs (GString         *out,
              const EntStroke *stroke)
{
  paint_attr (out, "stroke", &stroke->color);
  g_string_append (out, " stroke-width=\"");
  num (out, stroke->width);
  g_string_append_c (out, '"');
  if (stroke->n_dash == 2)
    {
      g_string_append (out, " stroke-dasharray=\"");
      num (out, stroke->dash[0]);
      g_string_append_c (out, ' ');
      num (out, stroke->dash[1]);
      g_string_append_c (out, '"');
    }
}

static void
svg_begin_layer (gpointer              data,
                 const char           *name,
                 const cairo_matrix_t *m)
{
  GString *out = data;

  g_string_append_printf (out, "<g class=\"%s\"", name);
  if (m != NULL)
    {
      g_string_append (out, " transform=\"matrix(");
      num (out, m->xx);
      g_string_append_c (out, ' ');
      num (out, m->yx);
      g_string_append_c (out, ' ');
      num (out, m->xy);
      g_string_append_c (out, ' ');
      num (out, m->yy);
      g_string_append_c (out, ' ');
      num (out, m->x0);
      g_string_append_c (out, ' ');
      num (out, m->y0);
      g_string_append (out, ")\"");
    }
  g_string_append (out, ">\n");
}

static void
svg_end_layer (gpointer data)
{
  g_string_append (data, "</g>\n");
}

static void
svg_rect (gpointer                 data,
          const cairo_rectangle_t *rect,
          const EntColor          *fill)
{
  GString *out = data;

  g_string_append (out, "<rect");
  if (rect != NULL)
    {
      g_string_append (out, " x=\"");
      num (out, rect->x);
      g_string_append (out, "\" y=\"");
      num (out, rect->y);
      g_string_append (out, "\" width=\"");
      num (out, rect->width);
      g_string_append (out, "\" height=\"");
      num (out, rect->height);
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, " width=\"100%\" height=\"100%\"");
  paint_attr (out, "fill", fill);
  g_string_append (out, "/>\n");
}

static void
svg_segments (gpointer         data,
              const double    *coords,
              guint            n_segments,
              const EntStroke *stroke)
{
  GString *out = data;

  g_string_append (out, "<path fill=\"none\"");
  stroke_attrs (out, stroke);
  g_string_append (out, " d=\"");
  for (guint i = 0; i < n_segments; i++)
    {
      g_string_append_c (out, 'M');
      num (out, coords[4 * i]);
      g_string_append_c (out, ' ');
      num (out, coords[4 * i + 1]);
      g_string_append_c (out, 'L');
      num (out, coords[4 * i + 2]);
      g_string_append_c (out, ' ');
      num (out, coords[4 * i + 3]);
    }
  g_string_append (out, "\"/>\n");
}

static void
svg_shape (gpointer         data,
           EntNodeShape     shape,
           double           x,
           double           y,
           double           radius,
           const EntColor  *fill,
           const EntStroke *outline)
{
  GString *out = data;
  double points[8];
  guint n;

  _ent_scene_shape_points (shape, x, y, radius, points, &n);
  if (n == 0)
    {
      g_string_append (out, "<circle cx=\"");
      num (out, x);
      g_string_append (out, "\" cy=\"");
      num (out, y);
      g_string_append (out, "\" r=\"");
      num (out, radius);
    }
  else
    {
      g_string_append (out, "<polygon points=\"");
      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            g_string_append_c (out, ' ');
          num (out, points[2 * i]);
          g_string_append_c (out, ',');
          num (out, points[2 * i + 1]);
        }
    }
  g_string_append_c (out, '"');
  if (fill != NULL)
    paint_attr (out, "fill", fill);
  else
    g_string_append (out, " fill=\"none\"");
  if (outline != NULL)
    stroke_attrs (out, outline);
  g_string_append (out, "/>\n");
}

/* Text is anchored at its middle, at the centre of the box the painter
 * measured, so that a font with slightly different metrics in the
 * reader's SVG viewer still leaves the label centred where it belongs. */
static void
svg_text (gpointer          data,
          const EntTextRun *run)
{
  GString *out = data;

  g_string_append (out, "<text x=\"");
  num (out, run->x + run->width / 2);
  g_string_append (out, "\" y=\"");
  num (out, run->y + run->baseline);
  g_string_append (out, "\" text-anchor=\"middle\" font-size=\"");
  num (out, run->size);
  g_string_append_c (out, '"');
  if (run->bold)
    g_string_append (out, " font-weight=\"bold\"");
  paint_attr (out, "fill", run->color);
  if (run->halo != NULL)
    {
      paint_attr (out, "stroke", run->halo);
      g_string_append (out, " stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
    }
  g_string_append_c (out, '>');
  _ent_export_append_xml (out, run->text);
  g_string_append (out, "</text>\n");
}

static const EntPaintBackend svg_backend = {
  svg_begin_layer,
  svg_end_layer,
  svg_rect,
  svg_segments,
  svg_shape,
  svg_text,
  NULL,
  NULL,
};

static GBytes *
ent_export_svg_serialize (EntExporter  *exporter,
                          guint         part,
                          GError      **error)
{
  g_autoptr(EntPainter) painter = ent_export_image_create_painter (ENT_EXPORT_IMAGE (exporter));
  EntScene *scene = ent_painter_get_scene (painter);
  GString *out = g_string_sized_new (4096 + 120 * ent_scene_get_n_nodes (scene) +
                                     30 * ent_scene_get_n_ties (scene));
  double width, height;

  ent_painter_get_page_size (painter, &width, &height);
  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"");
  num (out, width);
  g_string_append (out, "\" height=\"");
  num (out, height);
  g_string_append (out, "\" viewBox=\"0 0 ");
  num (out, width);
  g_string_append_c (out, ' ');
  num (out, height);
  g_string_append (out, "\" font-family=\"" ENT_SCENE_FONT_FAMILY "\" stroke-linecap=\"butt\">\n<title>");
  _ent_export_append_xml (out, ent_painter_get_title (painter));
  g_string_append (out, "</title>\n");
  _ent_painter_paint_page (painter, &svg_backend, out);
  g_string_append (out, "</svg>\n");
  return g_string_free_to_bytes (out);
}

static void
ent_export_svg_class_init (EntExportSvgClass *klass)
{
  EntExporterClass *exporter_class = ENT_EXPORTER_CLASS (klass);

  exporter_class->name = "svg";
  exporter_class->extension = "svg";
  exporter_class->mime_type = "image/svg+xml";
  exporter_class->description = N_("SVG image");
  exporter_class->serialize = ent_export_svg_serialize;
}

static void
ent_export_svg_init (EntExportSvg *self)
{
}
