/* ent-export-png.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>
#ifdef G_OS_UNIX
#include <sys/mman.h>
#endif

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

/* The alignment of the image's pixels: a huge page of x86-64 and arm64. */
#define HUGE_PAGE (2 << 20)

/* Bands of rows per drawing thread: enough that the threads finish
 * together, few enough that the nodes on their edges, drawn in both
 * bands, cost little. */
#define BANDS_PER_THREAD 6

/* The page is drawn in three steps (see EntPageStep). The background goes
 * band by band on all threads: the first touch of the new image's memory
 * costs a tenth of a second. The ties go over the whole page at once: the
 * tie rasteriser shares its tiles out among threads itself. The nodes,
 * labels and legend go over them band by band again, and each band is
 * compressed as soon as it is drawn, so that the drawing threads keep each
 * other and the encoder busy. Each band is drawn through a surface of its
 * own rows; a node over the edge of two bands is drawn in both, clipped to
 * each, which gives the pixels of one drawing. */
typedef struct
{
  EntPainter      *painter;
  cairo_surface_t *surface;
  EntPngEncoder   *encoder;
  double           scale;
  EntPageStep      step;
  gint             next;
  gint             status;  /* the first error of a band's drawing */
  gboolean         clear;   /* whether the background leaves pixels to clear */
  GMutex           lock;
  GCond            done;
  guint            helping; /* pool threads still drawing bands */
} Bands;

static cairo_status_t
draw_rows (Bands *bands,
           int    y0,
           int    y1)
{
  int stride = cairo_image_surface_get_stride (bands->surface);
  guint8 *rows = cairo_image_surface_get_data (bands->surface) + (gsize) y0 * stride;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_image_surface_create_for_data (rows, cairo_image_surface_get_format (bands->surface),
                                                 cairo_image_surface_get_width (bands->surface),
                                                 y1 - y0, stride);
  /* The pixels are new, and not cleared yet (see new_image()). */
  if (bands->step == ENT_PAGE_STEP_BACKGROUND && bands->clear)
    memset (rows, 0, (gsize) (y1 - y0) * stride);
  cr = cairo_create (surface);
  cairo_translate (cr, 0, -y0);
  cairo_scale (cr, bands->scale, bands->scale);
  _ent_painter_draw_page_steps_raster (bands->painter, cr, bands->step);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return status;
}

static gpointer
draw_bands (gpointer data)
{
  Bands *bands = data;
  guint n = _ent_png_encoder_get_n_bands (bands->encoder);

  for (guint i = g_atomic_int_add (&bands->next, 1); i < n; i = g_atomic_int_add (&bands->next, 1))
    {
      cairo_status_t status;
      int y0, y1;

      _ent_png_encoder_get_band (bands->encoder, i, &y0, &y1);
      status = draw_rows (bands, y0, y1);
      if (status != CAIRO_STATUS_SUCCESS)
        g_atomic_int_compare_and_exchange (&bands->status, CAIRO_STATUS_SUCCESS, status);
      else if (bands->step == ENT_PAGE_STEP_OVER)
        _ent_png_encoder_compress_band (bands->encoder, i);
    }
  return NULL;
}

static void
help_draw_bands (gpointer data,
                 gpointer user_data)
{
  Bands *bands = data;

  draw_bands (bands);
  g_mutex_lock (&bands->lock);
  bands->helping--;
  g_cond_signal (&bands->done);
  g_mutex_unlock (&bands->lock);
}

/* The threads that help the calling one draw bands. They are kept between
 * exports (GLib stops them after a while of rest), and with them the fonts
 * that Pango loads once for each thread, which took a new thread a few
 * hundredths of a second before it drew its first label. */
static GThreadPool *
helpers (void)
{
  static GThreadPool *pool;

  if (g_once_init_enter (&pool))
    {
      guint n = MAX (_ent_png_encoder_get_n_threads () - 1, 1);

      g_once_init_leave (&pool, g_thread_pool_new (help_draw_bands, NULL, n, FALSE, NULL));
    }
  return pool;
}

/* No band waits for another, so the calling thread, drawing bands until
 * none is left, finishes the step even when the helpers are busy with
 * another export's. */
static cairo_status_t
draw_step_in_bands (Bands       *bands,
                    EntPageStep  step)
{
  guint n_helpers = _ent_png_encoder_get_n_threads () - 1;

  bands->step = step;
  bands->next = 0;
  bands->helping = n_helpers;
  for (guint i = 0; i < n_helpers; i++)
    g_thread_pool_push (helpers (), bands, NULL);
  draw_bands (bands);
  g_mutex_lock (&bands->lock);
  while (bands->helping > 0)
    g_cond_wait (&bands->done, &bands->lock);
  g_mutex_unlock (&bands->lock);
  return bands->status;
}

static GBytes *
draw_and_encode (EntPainter       *painter,
                 cairo_surface_t  *surface,
                 double            scale,
                 cairo_status_t   *status)
{
  g_autoptr(EntPngEncoder) encoder =
    _ent_png_encoder_new (surface, _ent_png_encoder_get_n_threads () * BANDS_PER_THREAD);
  Bands bands = { painter, surface, encoder, scale, 0, 0, CAIRO_STATUS_SUCCESS, TRUE };
  double width, height;
  GBytes *png = NULL;

  g_mutex_init (&bands.lock);
  g_cond_init (&bands.done);
  /* An opaque background over every whole pixel leaves none to clear. */
  ent_painter_get_page_size (painter, &width, &height);
  bands.clear = ent_painter_get_palette (painter)->background.alpha < 1 ||
                width * scale != cairo_image_surface_get_width (surface) ||
                height * scale != cairo_image_surface_get_height (surface);

  *status = draw_step_in_bands (&bands, ENT_PAGE_STEP_BACKGROUND);
  bands.step = ENT_PAGE_STEP_UNDER;
  if (*status == CAIRO_STATUS_SUCCESS)
    *status = draw_rows (&bands, 0, cairo_image_surface_get_height (surface));
  if (*status == CAIRO_STATUS_SUCCESS)
    *status = draw_step_in_bands (&bands, ENT_PAGE_STEP_OVER);
  if (*status == CAIRO_STATUS_SUCCESS)
    png = _ent_png_encoder_finish (g_steal_pointer (&encoder));
  g_mutex_clear (&bands.lock);
  g_cond_clear (&bands.done);
  return png;
}

static cairo_user_data_key_t pixels_key;

/* An image whose pixels lie on huge pages where the system gives them for
 * the asking: a first touch of each of the thousands of small pages of a
 * big image cost a tenth of a second of processor time. The pixels are
 * left as they come: the background step paints over every one or clears
 * them first, band by band on all threads. */
static cairo_surface_t *
new_image (int width,
           int height)
{
  int stride = cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, width);
  gsize size = (gsize) stride * MAX (height, 1);
  guint8 *pixels = g_aligned_alloc (1, size, HUGE_PAGE);
  cairo_surface_t *surface;

#ifdef MADV_HUGEPAGE
  madvise (pixels, size, MADV_HUGEPAGE);
#endif
  surface = cairo_image_surface_create_for_data (pixels, CAIRO_FORMAT_ARGB32, width, height, stride);
  cairo_surface_set_user_data (surface, &pixels_key, pixels, g_aligned_free);
  return surface;
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

  ent_painter_get_page_size (painter, &width, &height);
  width = ceil (width * self->scale);
  height = ceil (height * self->scale);
  if (!check_size (width, height, error))
    return NULL;

  surface = new_image (width, height);
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    png = draw_and_encode (painter, surface, self->scale, &status);
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
