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

static gboolean
is_opaque (cairo_surface_t *image)
{
  const guint8 *data = cairo_image_surface_get_data (image);
  int stride = cairo_image_surface_get_stride (image);
  int width = cairo_image_surface_get_width (image), height = cairo_image_surface_get_height (image);

  if (cairo_image_surface_get_format (image) == CAIRO_FORMAT_RGB24)
    return TRUE;
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *)(gconstpointer)(data + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        if (row[x] < 0xff000000)
          return FALSE;
    }
  return TRUE;
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
 * pixel before. An opaque row is common and goes without unpremultiplying. */
static void
filter_row (const guint32 *pixels,
            int            width,
            gboolean       alpha,
            guint8        *out)
{
  guint8 last[4] = { 0 }, now[4];

  *out++ = 1;
  if (!alpha)
    {
      guint32 before = 0;

      for (int x = 0; x < width; x++, out += 3)
        {
          guint32 p = pixels[x];

          out[0] = ((p >> 16) - (before >> 16)) & 0xff;
          out[1] = ((p >> 8) - (before >> 8)) & 0xff;
          out[2] = (p - before) & 0xff;
          before = p;
        }
      return;
    }
  for (int x = 0; x < width; x++, out += 4)
    {
      unpack_pixel (pixels[x], now);
      for (guint c = 0; c < 4; c++)
        out[c] = now[c] - last[c];
      memcpy (last, now, 4);
    }
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

static gpointer
compress_part (gpointer data)
{
  Part *part = data;
  int width = cairo_image_surface_get_width (part->image);
  int stride = cairo_image_surface_get_stride (part->image);
  const guint8 *pixels = cairo_image_surface_get_data (part->image);
  gsize row_length = (gsize) width * (part->alpha ? 4 : 3) + 1;
  g_autofree guint8 *filtered = g_malloc (row_length);
  z_stream z = { 0 };

  part->adler = adler32 (0, NULL, 0);
  deflateInit2 (&z, 1, Z_DEFLATED, -15, 8, Z_RLE);
  part->raw_length = row_length * (part->y1 - part->y0);
  g_byte_array_set_size (part->out, deflateBound (&z, part->raw_length) + 64);
  z.next_out = part->out->data;
  z.avail_out = part->out->len;
  for (int y = part->y0; y < part->y1; y++)
    {
      filter_row ((const guint32 *)(gconstpointer)(pixels + (gsize) y * stride), width, part->alpha, filtered);
      part->adler = adler32 (part->adler, filtered, row_length);
      z.next_in = filtered;
      z.avail_in = row_length;
      deflate_some (&z, part->out, Z_NO_FLUSH);
    }
  deflate_some (&z, part->out, part->last ? Z_FINISH : Z_SYNC_FLUSH);
  g_byte_array_set_size (part->out, part->out->len - z.avail_out);
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

/* The zlib stream, in one chunk: a header, the parts' deflate data, and
 * the Adler-32 of all the filtered rows, combined from the parts'. */
static void
add_image_data (GByteArray *png,
                Part       *parts,
                guint       n_parts)
{
  static const guint8 header[2] = { 0x78, 0x01 };
  Piece pieces[MAX_PARTS + 2] = { { header, 2 } };
  uLong adler = adler32 (0, NULL, 0);
  guint8 word[4];

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

GBytes *
_ent_png_encode (cairo_surface_t *image)
{
  int width = cairo_image_surface_get_width (image), height = cairo_image_surface_get_height (image);
  gboolean alpha;
  guint n_parts;
  Part parts[MAX_PARTS];
  GByteArray *png;
  gsize size = 128;

  g_return_val_if_fail (cairo_image_surface_get_format (image) == CAIRO_FORMAT_ARGB32 ||
                        cairo_image_surface_get_format (image) == CAIRO_FORMAT_RGB24, NULL);

  cairo_surface_flush (image);
  alpha = !is_opaque (image);
  n_parts = (gsize) width * height < MIN_PARALLEL_PIXELS ? 1 : CLAMP (g_get_num_processors (), 1, MAX_PARTS);
  n_parts = MIN (n_parts, (guint) MAX (height, 1));
  for (guint i = 0; i < n_parts; i++)
    parts[i] = (Part) { image, alpha, height * i / n_parts, height * (i + 1) / n_parts, i == n_parts - 1,
                        g_byte_array_new () };
  compress_parts (parts, n_parts);
  for (guint i = 0; i < n_parts; i++)
    size += parts[i].out->len;
  png = g_byte_array_sized_new (size);
  add_header (png, width, height, alpha);
  add_image_data (png, parts, n_parts);
  for (guint i = 0; i < n_parts; i++)
    g_byte_array_unref (parts[i].out);
  add_chunk (png, "IEND", NULL, 0);
  return g_byte_array_free_to_bytes (png);
}
