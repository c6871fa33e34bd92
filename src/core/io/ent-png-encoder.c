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
#define MAX_PARTS           4

/* A band of rows, filtered and compressed on its own as raw deflate data,
 * ending on a byte boundary, so that the bands join into one zlib stream
 * (as pigz does). Run-length matches never reach back past the band. */
typedef struct
{
  cairo_surface_t *image;
  gboolean         alpha;
  int              y0;
  int              y1;
  gboolean         last;
  GByteArray      *out;
  uLong            adler;
  gsize            raw_length;
} Part;

static void
put_be32 (guint8  *p,
          guint32  value)
{
  p[0] = value >> 24;
  p[1] = value >> 16;
  p[2] = value >> 8;
  p[3] = value;
}

static void
add_chunk (GByteArray   *png,
           const char   *type,
           const guint8 *data,
           gsize         length)
{
  guint8 word[4];
  uLong crc = crc32 (0, (const Bytef *) type, 4);

  put_be32 (word, length);
  g_byte_array_append (png, word, 4);
  g_byte_array_append (png, (const guint8 *) type, 4);
  if (length > 0)
    {
      g_byte_array_append (png, data, length);
      crc = crc32 (crc, data, length);
    }
  put_be32 (word, crc);
  g_byte_array_append (png, word, 4);
}

static gboolean
is_opaque (cairo_surface_t *image)
{
  const guint8 *data = cairo_image_surface_get_data (image);
  int stride = cairo_image_surface_get_stride (image);

  if (cairo_image_surface_get_format (image) == CAIRO_FORMAT_RGB24)
    return TRUE;
  for (int y = 0; y < cairo_image_surface_get_height (image); y++)
    {
      const guint32 *row = (const guint32 *)(gconstpointer)(data + (gsize) y * stride);

      for (int x = 0; x < cairo_image_surface_get_width (image); x++)
        if (row[x] < 0xff000000)
          return FALSE;
    }
  return TRUE;
}

/* One row as PNG wants it, straight (not premultiplied) RGB or RGBA. */
static void
unpack_row (const guint32 *pixels,
            int            width,
            gboolean       alpha,
            guint8        *out)
{
  for (int x = 0; x < width; x++)
    {
      guint32 p = pixels[x];
      guint a = alpha ? p >> 24 : 255;
      guint r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

      if (a != 255)
        {
          r = a ? (r * 255 + a / 2) / a : 0;
          g = a ? (g * 255 + a / 2) / a : 0;
          b = a ? (b * 255 + a / 2) / a : 0;
        }
      *out++ = r;
      *out++ = g;
      *out++ = b;
      if (alpha)
        *out++ = a;
    }
}

/* The Sub filter: each byte minus the same channel of the pixel before. */
static void
filter_row (const guint8 *row,
            gsize         length,
            guint         bpp,
            guint8       *out)
{
  out[0] = 1;
  memcpy (out + 1, row, MIN (bpp, length));
  for (gsize i = bpp; i < length; i++)
    out[1 + i] = row[i] - row[i - bpp];
}

static void
deflate_some (z_stream   *z,
              GByteArray *out,
              int         flush)
{
  guint8 buffer[65536];

  do
    {
      z->next_out = buffer;
      z->avail_out = sizeof buffer;
      deflate (z, flush);
      g_byte_array_append (out, buffer, sizeof buffer - z->avail_out);
    }
  while (z->avail_out == 0);
}

static gpointer
compress_part (gpointer data)
{
  Part *part = data;
  int width = cairo_image_surface_get_width (part->image);
  int stride = cairo_image_surface_get_stride (part->image);
  const guint8 *pixels = cairo_image_surface_get_data (part->image);
  guint bpp = part->alpha ? 4 : 3;
  g_autofree guint8 *row = g_malloc ((gsize) width * bpp);
  g_autofree guint8 *filtered = g_malloc ((gsize) width * bpp + 1);
  z_stream z = { 0 };

  part->adler = adler32 (0, NULL, 0);
  deflateInit2 (&z, 1, Z_DEFLATED, -15, 8, Z_RLE);
  for (int y = part->y0; y < part->y1; y++)
    {
      unpack_row ((const guint32 *)(gconstpointer)(pixels + (gsize) y * stride), width, part->alpha, row);
      filter_row (row, (gsize) width * bpp, bpp, filtered);
      part->adler = adler32 (part->adler, filtered, width * bpp + 1);
      part->raw_length += (gsize) width * bpp + 1;
      z.next_in = filtered;
      z.avail_in = width * bpp + 1;
      deflate_some (&z, part->out, Z_NO_FLUSH);
    }
  deflate_some (&z, part->out, part->last ? Z_FINISH : Z_SYNC_FLUSH);
  deflateEnd (&z);
  return NULL;
}

static void
compress_parts (Part  *parts,
                guint  n_parts)
{
  GThread *threads[MAX_PARTS] = { NULL };

  for (guint i = 1; i < n_parts; i++)
    threads[i] = g_thread_new ("ent-png-encoder", compress_part, &parts[i]);
  compress_part (&parts[0]);
  for (guint i = 1; i < n_parts; i++)
    g_thread_join (threads[i]);
}

/* The zlib stream: a header, the parts' deflate data, and the Adler-32 of
 * all the filtered rows, combined from the parts'. */
static void
add_image_data (GByteArray *png,
                Part       *parts,
                guint       n_parts)
{
  g_autoptr(GByteArray) stream = g_byte_array_new ();
  static const guint8 header[2] = { 0x78, 0x01 };
  uLong adler = adler32 (0, NULL, 0);
  guint8 word[4];

  g_byte_array_append (stream, header, 2);
  for (guint i = 0; i < n_parts; i++)
    {
      g_byte_array_append (stream, parts[i].out->data, parts[i].out->len);
      adler = adler32_combine (adler, parts[i].adler, parts[i].raw_length);
    }
  put_be32 (word, adler);
  g_byte_array_append (stream, word, 4);
  add_chunk (png, "IDAT", stream->data, stream->len);
}

GBytes *
_ent_png_encode (cairo_surface_t *image)
{
  static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  int width = cairo_image_surface_get_width (image), height = cairo_image_surface_get_height (image);
  gboolean alpha;
  guint n_parts;
  Part parts[MAX_PARTS];
  GByteArray *png = g_byte_array_new ();
  guint8 ihdr[13];

  g_return_val_if_fail (cairo_image_surface_get_format (image) == CAIRO_FORMAT_ARGB32 ||
                        cairo_image_surface_get_format (image) == CAIRO_FORMAT_RGB24, NULL);

  cairo_surface_flush (image);
  alpha = !is_opaque (image);
  put_be32 (ihdr, width);
  put_be32 (ihdr + 4, height);
  ihdr[8] = 8;
  ihdr[9] = alpha ? 6 : 2;
  ihdr[10] = ihdr[11] = ihdr[12] = 0;
  g_byte_array_append (png, signature, 8);
  add_chunk (png, "IHDR", ihdr, 13);

  n_parts = (gsize) width * height < MIN_PARALLEL_PIXELS ? 1 : CLAMP (g_get_num_processors (), 1, MAX_PARTS);
  n_parts = MIN (n_parts, (guint) MAX (height, 1));
  for (guint i = 0; i < n_parts; i++)
    parts[i] = (Part) { image, alpha, height * i / n_parts, height * (i + 1) / n_parts, i == n_parts - 1,
                        g_byte_array_new () };
  compress_parts (parts, n_parts);
  add_image_data (png, parts, n_parts);
  for (guint i = 0; i < n_parts; i++)
    g_byte_array_unref (parts[i].out);
  add_chunk (png, "IEND", NULL, 0);
  return g_byte_array_free_to_bytes (png);
}
