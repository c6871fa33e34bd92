/* ent-png-encoder.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <zlib.h>

#include "ent-png-encoder.h"

/* Below this many pixels one thread compresses the whole image. */
#define MIN_PARALLEL_PIXELS (512 * 512)
#define MAX_THREADS         4

/* A band of rows, filtered and compressed on its own as raw deflate data,
 * ending on a byte boundary, so that the bands join into one zlib stream
 * (as pigz does). Run-length matches never reach back past the band. */
typedef struct
{
  const guint8    *pixels;
  int              stride;
  int              width;
  gboolean         alpha;
  int              y0;
  int              y1;
  gboolean         last;
  gboolean         no_alpha;  /* RGB24: what the alpha byte holds means nothing */
  gboolean         opaque;    /* written without alpha, all its pixels were opaque */
  GByteArray      *out;
  uLong            adler;
  gsize            raw_length;
} Part;

struct _EntPngEncoder
{
  cairo_surface_t *image;
  gboolean         alpha;
  guint            n_parts;
  Part            *parts;
};

static void
put_be32 (guint8  *p,
          guint32  value)
{
  p[0] = value >> 24;
  p[1] = value >> 16;
  p[2] = value >> 8;
  p[3] = value;
}

/* A run of bytes of a chunk's data. */
typedef struct
{
  const guint8 *data;
  gsize         length;
} Piece;

/* A chunk whose data are @pieces one after the other, copied once. */
static void
add_chunk_pieces (GByteArray  *png,
                  const char  *type,
                  const Piece *pieces,
                  guint        n_pieces)
{
  guint8 word[4];
  uLong crc = crc32 (0, (const Bytef *) type, 4);
  gsize length = 0;

  for (guint i = 0; i < n_pieces; i++)
    length += pieces[i].length;
  put_be32 (word, length);
  g_byte_array_append (png, word, 4);
  g_byte_array_append (png, (const guint8 *) type, 4);
  for (guint i = 0; i < n_pieces; i++)
    if (pieces[i].length > 0)
      {
        g_byte_array_append (png, pieces[i].data, pieces[i].length);
        crc = crc32 (crc, pieces[i].data, pieces[i].length);
      }
  put_be32 (word, crc);
  g_byte_array_append (png, word, 4);
}

static void
add_chunk (GByteArray   *png,
           const char   *type,
           const guint8 *data,
           gsize         length)
{
  Piece piece = { data, length };

  add_chunk_pieces (png, type, &piece, 1);
}

/* A pixel as PNG wants it, straight (not premultiplied) RGBA. */
static inline void
unpack_pixel (guint32 p,
              guint8  out[4])
{
  guint a = p >> 24;

  out[0] = (p >> 16) & 0xff;
  out[1] = (p >> 8) & 0xff;
  out[2] = p & 0xff;
  out[3] = a;
  if (a != 255)
    for (guint c = 0; c < 3; c++)
      out[c] = a ? (out[c] * 255 + a / 2) / a : 0;
}

/* One row through the Sub filter: each byte minus the same channel of the
 * pixel before. An opaque row is common and goes without unpremultiplying;
 * without @alpha, whether the row was all opaque, as it must be to be
 * written so. */
static gboolean
filter_row (const guint32 *pixels,
            int            width,
            gboolean       alpha,
            guint8        *out)
{
  guint8 last[4] = { 0 }, now[4];

  *out++ = 1;
  if (!alpha)
    {
      guint32 before = 0, all = 0xffffffff;

      for (int x = 0; x < width; x++, out += 3)
        {
          guint32 p = pixels[x];

          all &= p;
          out[0] = ((p >> 16) - (before >> 16)) & 0xff;
          out[1] = ((p >> 8) - (before >> 8)) & 0xff;
          out[2] = (p - before) & 0xff;
          before = p;
        }
      return (all >> 24) == 0xff;
    }
  for (int x = 0; x < width; x++, out += 4)
    {
      unpack_pixel (pixels[x], now);
      for (guint c = 0; c < 4; c++)
        out[c] = now[c] - last[c];
      memcpy (last, now, 4);
    }
  return TRUE;
}

/* Compresses into @out, whose room was reserved from deflateBound(), and
 * makes more room should zlib ever need it. */
static void
deflate_some (z_stream   *z,
              GByteArray *out,
              int         flush)
{
  for (deflate (z, flush); z->avail_out == 0; deflate (z, flush))
    {
      gsize used = out->len;

      g_byte_array_set_size (out, used + 65536);
      z->next_out = out->data + used;
      z->avail_out = 65536;
    }
}

/* Stops early, with @part->opaque unset, at a row that is not opaque
 * when the part is written without alpha. */
static void
compress_part (Part *part)
{
  gsize row_length = (gsize) part->width * (part->alpha ? 4 : 3) + 1;
  g_autofree guint8 *filtered = g_malloc (row_length);
  z_stream z = { 0 };

  part->opaque = TRUE;
  part->adler = adler32 (0, NULL, 0);
  deflateInit2 (&z, 1, Z_DEFLATED, -15, 8, Z_RLE);
  part->raw_length = row_length * (part->y1 - part->y0);
  g_byte_array_set_size (part->out, deflateBound (&z, part->raw_length) + 64);
  z.next_out = part->out->data;
  z.avail_out = part->out->len;
  for (int y = part->y0; y < part->y1 && part->opaque; y++)
    {
      const guint32 *row = (const guint32 *)(gconstpointer)(part->pixels + (gsize) y * part->stride);

      part->opaque = filter_row (row, part->width, part->alpha, filtered) || part->no_alpha;
      part->adler = adler32 (part->adler, filtered, row_length);
      z.next_in = filtered;
      z.avail_in = row_length;
      deflate_some (&z, part->out, Z_NO_FLUSH);
    }
  deflate_some (&z, part->out, part->last ? Z_FINISH : Z_SYNC_FLUSH);
  g_byte_array_set_size (part->out, part->out->len - z.avail_out);
  deflateEnd (&z);
}

typedef struct
{
  EntPngEncoder *encoder;
  gint           next;
} Work;

static gpointer
compress_some (gpointer data)
{
  Work *work = data;

  for (guint i = g_atomic_int_add (&work->next, 1); i < work->encoder->n_parts;
       i = g_atomic_int_add (&work->next, 1))
    compress_part (&work->encoder->parts[i]);
  return NULL;
}

static void
compress_all (EntPngEncoder *self)
{
  GThread *threads[MAX_THREADS] = { NULL };
  guint n_threads = MIN (_ent_png_encoder_get_n_threads (), self->n_parts);
  Work work = { self, 0 };

  for (guint i = 1; i < n_threads; i++)
    threads[i] = g_thread_new ("ent-png-encoder", compress_some, &work);
  compress_some (&work);
  for (guint i = 1; i < n_threads; i++)
    g_thread_join (threads[i]);
}

/* The zlib stream, in one chunk: a header, the parts' deflate data, and
 * the Adler-32 of all the filtered rows, combined from the parts'. */
static void
add_image_data (GByteArray *png,
                Part       *parts,
                guint       n_parts)
{
  static const guint8 header[2] = { 0x78, 0x01 };
  g_autofree Piece *pieces = g_new0 (Piece, n_parts + 2);
  uLong adler = adler32 (0, NULL, 0);
  guint8 word[4];

  pieces[0] = (Piece) { header, 2 };
  for (guint i = 0; i < n_parts; i++)
    {
      pieces[1 + i] = (Piece) { parts[i].out->data, parts[i].out->len };
      adler = adler32_combine (adler, parts[i].adler, parts[i].raw_length);
    }
  put_be32 (word, adler);
  pieces[1 + n_parts] = (Piece) { word, 4 };
  add_chunk_pieces (png, "IDAT", pieces, n_parts + 2);
}

static void
add_header (GByteArray *png,
            int         width,
            int         height,
            gboolean    alpha)
{
  static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  guint8 ihdr[13];

  put_be32 (ihdr, width);
  put_be32 (ihdr + 4, height);
  ihdr[8] = 8;
  ihdr[9] = alpha ? 6 : 2;
  ihdr[10] = ihdr[11] = ihdr[12] = 0;
  g_byte_array_append (png, signature, 8);
  add_chunk (png, "IHDR", ihdr, 13);
}

guint
_ent_png_encoder_get_n_threads (void)
{
  return CLAMP (g_get_num_processors (), 1, MAX_THREADS);
}

/**
 * _ent_png_encoder_new:
 * @n_bands: how many bands of rows to compress apart, or 0 for one per
 *   processor (one for a small image)
 */
EntPngEncoder *
_ent_png_encoder_new (cairo_surface_t *image,
                      guint            n_bands)
{
  int height = cairo_image_surface_get_height (image);
  EntPngEncoder *self;

  g_return_val_if_fail (cairo_image_surface_get_format (image) == CAIRO_FORMAT_ARGB32 ||
                        cairo_image_surface_get_format (image) == CAIRO_FORMAT_RGB24, NULL);

  self = g_new0 (EntPngEncoder, 1);
  self->image = cairo_surface_reference (image);
  if (n_bands == 0)
    n_bands = (gsize) cairo_image_surface_get_width (image) * height < MIN_PARALLEL_PIXELS
              ? 1 : _ent_png_encoder_get_n_threads ();
  self->n_parts = MIN (n_bands, (guint) MAX (height, 1));
  self->parts = g_new0 (Part, self->n_parts);
  for (guint i = 0; i < self->n_parts; i++)
    self->parts[i] = (Part) {
      .y0 = height * i / self->n_parts, .y1 = height * (i + 1) / self->n_parts,
      .last = i == self->n_parts - 1, .out = g_byte_array_new (),
    };
  return self;
}

void
_ent_png_encoder_free (EntPngEncoder *self)
{
  for (guint i = 0; i < self->n_parts; i++)
    g_byte_array_unref (self->parts[i].out);
  g_free (self->parts);
  cairo_surface_destroy (self->image);
  g_free (self);
}

guint
_ent_png_encoder_get_n_bands (EntPngEncoder *self)
{
  return self->n_parts;
}

void
_ent_png_encoder_get_band (EntPngEncoder *self,
                           guint          band,
                           int           *y0,
                           int           *y1)
{
  g_return_if_fail (band < self->n_parts);

  *y0 = self->parts[band].y0;
  *y1 = self->parts[band].y1;
}

static void
prepare_part (EntPngEncoder *self,
              Part          *part)
{
  part->pixels = cairo_image_surface_get_data (self->image);
  part->stride = cairo_image_surface_get_stride (self->image);
  part->width = cairo_image_surface_get_width (self->image);
  part->alpha = self->alpha;
  part->no_alpha = cairo_image_surface_get_format (self->image) == CAIRO_FORMAT_RGB24;
}

/**
 * _ent_png_encoder_compress_band:
 *
 * Compresses the rows of @band, which must be drawn and flushed by then.
 * Different bands may be compressed on different threads at once.
 */
void
_ent_png_encoder_compress_band (EntPngEncoder *self,
                                guint          band)
{
  g_return_if_fail (band < self->n_parts);

  prepare_part (self, &self->parts[band]);
  compress_part (&self->parts[band]);
}

static gboolean
all_opaque (EntPngEncoder *self)
{
  for (guint i = 0; i < self->n_parts; i++)
    if (!self->parts[i].opaque)
      return FALSE;
  return TRUE;
}

/**
 * _ent_png_encoder_finish:
 *
 * The PNG file of the compressed bands; frees @self. Bands are written
 * without alpha first: if one was not opaque after all, the whole image is
 * compressed again with it, on all threads.
 */
GBytes *
_ent_png_encoder_finish (EntPngEncoder *self)
{
  int width = cairo_image_surface_get_width (self->image);
  int height = cairo_image_surface_get_height (self->image);
  GByteArray *png;
  gsize size = 128;

  if (!all_opaque (self) && cairo_image_surface_get_format (self->image) == CAIRO_FORMAT_ARGB32)
    {
      self->alpha = TRUE;
      for (guint i = 0; i < self->n_parts; i++)
        prepare_part (self, &self->parts[i]);
      compress_all (self);
    }
  for (guint i = 0; i < self->n_parts; i++)
    size += self->parts[i].out->len;
  png = g_byte_array_sized_new (size);
  add_header (png, width, height, self->alpha);
  add_image_data (png, self->parts, self->n_parts);
  add_chunk (png, "IEND", NULL, 0);
  _ent_png_encoder_free (self);
  return g_byte_array_free_to_bytes (png);
}

GBytes *
_ent_png_encode (cairo_surface_t *image)
{
  EntPngEncoder *self;

  g_return_val_if_fail (cairo_image_surface_get_format (image) == CAIRO_FORMAT_ARGB32 ||
                        cairo_image_surface_get_format (image) == CAIRO_FORMAT_RGB24, NULL);

  cairo_surface_flush (image);
  self = _ent_png_encoder_new (image, 0);
  for (guint i = 0; i < self->n_parts; i++)
    prepare_part (self, &self->parts[i]);
  compress_all (self);
  return _ent_png_encoder_finish (self);
}
