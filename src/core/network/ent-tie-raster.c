/* ent-tie-raster.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ent-tie-raster.h"

/* The image is drawn a tile at a time, each tile with all of its ties in
 * order, so that the pixels being drawn stay in the processor's cache: a
 * big image drawn a tie at a time spent half its time waiting for memory. */
#define TILE_SIZE 128

/* Below this many segments one thread draws them all: starting threads
 * would cost more than it saves. */
#define MIN_PARALLEL_SEGMENTS 512
#define MAX_THREADS           4

/* The coverage of a pixel across a line depends on the line's slope and
 * on how far the pixel's centre lies from the line: both are looked up in
 * a table made once per width, in these steps. A 64th of the slope and a
 * 32nd of a pixel keep the table within a level or two of the exact area. */
#define N_SLOPES     64
#define OFFSET_STEPS 32
#define AREA_STEPS   64
#define N_AREAS      (2 * AREA_STEPS + 1)

/* Areas along the line are kept in 15-bit fixed point, and positions
 * across it, stepped column by column, in 32.32 fixed point: exact to a
 * millionth of a pixel over the longest tie, and without a conversion
 * from floating point in the inner loops. */
#define AREA_ONE  (1 << 15)
#define FX_SHIFT  32
#define FX_ONE    ((gint64) 1 << FX_SHIFT)
#define FX_LIMIT  1073741824.0   /* 2^30 pixels: beyond it nothing is drawn */
#define IDX_SHIFT 16

/* The ties of one call all have one colour, so that drawing a tie over
 * another of them blends like drawing a wider stroke: a tile first sums up
 * how much of each pixel the colour lets through, in 15-bit fixed point,
 * in a buffer small enough for the processor's nearest cache, and only
 * then blends the colour once per pixel. Summing two coverages costs one
 * product, where blending costs four, and a tie covers each pixel of a
 * dense drawing dozens of times. */
#define ALPHA_ONE (1 << 15)

struct _EntTieRaster
{
  cairo_surface_t *surface;
  guint8          *data;
  int              stride;
  int              x0;          /* the clip in pixels: [x0, x1) × [y0, y1) */
  int              y0;
  int              x1;
  int              y1;
  cairo_matrix_t   to_pixels;   /* user space to pixels */
  double           scale;       /* pixels per user unit */
};

typedef struct
{
  guint32  color;       /* premultiplied ARGB, 8 bits a channel, as pixman has it */
  double   half_width;  /* in pixels */
  double   dash[2];
  guint    n_dash;
  guint16  keep[256];   /* how much of what lies below a coverage leaves, of ALPHA_ONE */
  guint32  opaque;      /* the colour with an alpha of 255 */
  guint8  *across;      /* N_SLOPES rows of n_offsets coverages: see build_across() */
  guint16 *keep_across; /* keep[] of each of them */
  guint16 *areas;       /* N_SLOPES rows of N_AREAS values of area_below() from -1 to 1, of AREA_ONE */
  int      n_offsets;
  double   reach;       /* the offsets run from -reach to reach pixels */
} Style;

typedef struct
{
  int     x0;         /* the pixels of the tile: [x0, x1) × [y0, y1) */
  int     y0;
  int     x1;
  int     y1;
  GArray *segments;   /* indices, in drawing order */
} Tile;

typedef struct
{
  const EntTieRaster *raster;
  const Style        *style;
  const double       *coords;   /* in pixels */
  double             *lengths;  /* of each segment */
  Tile               *tiles;
  int                 cols;
  int                 rows;
  int                 next;     /* the next tile to draw, shared by the threads */
} Job;

/* One line seen along its major axis (x for flat lines, y for steep ones),
 * so that one loop draws both: it walks the major axis pixel by pixel and
 * fills the few cells of the tile's coverage across it. */
typedef struct
{
  guint8  *origin;       /* the tile's buffer (see paint_tile()), at (major0, minor0) */
  gssize   step_major;   /* bytes from a cell to the next along each axis */
  gssize   step_minor;
  int      major0;       /* the clip on each axis */
  int      major1;
  int      minor0;
  int      minor1;
  double   a_major;      /* the start of the line */
  double   a_minor;
  double   t_major;      /* the unit direction; |t_major| ≥ |t_minor| */
  double   t_minor;
  double   n_major;      /* the unit normal */
  double   n_minor;
  double   half_width;
  double   slope;        /* t_minor / t_major */
  gint64   slope_fx;     /* in FX_ONE */
  double   inv_t_major;
  double   ext;          /* how far from its centre the line reaches in a column */
  double   margin;       /* how far along the line the pixels of a column reach */
  double   col_lo;       /* the columns that reach the tile's rows: see clip_columns() */
  double   col_hi;
  double   inv_u;        /* the pixel's footprint across the line: see area_below() */
  double   r;
  double   q;
  double   k2;
  gint64   ext_fx;       /* ext, and where a column's first offset lies, in FX_ONE */
  gint64   j_base_fx;
  const guint8  *across; /* the rows of Style.across, keep_across and areas for this slope */
  const guint16 *keep_across;
  const guint16 *areas;
  const Style   *style;
} Line;

/* Multiplies each 8-bit channel of @x by @a / 255, rounded as pixman does. */
static inline guint32
mul_channels (guint32 x,
              guint32 a)
{
  /* The four channels spread to 16 bits each, so one product does all. */
  guint64 v = (x & 0x00ff00ff) | ((guint64) (x & 0xff00ff00) << 24);

  v = v * a + G_GUINT64_CONSTANT (0x0080008000800080);
  v = ((v + ((v >> 8) & G_GUINT64_CONSTANT (0x00ff00ff00ff00ff))) >> 8) & G_GUINT64_CONSTANT (0x00ff00ff00ff00ff);
  return (guint32) (v & 0x00ff00ff) | (guint32) ((v >> 24) & 0xff00ff00);
}

/* Adds a coverage that lets @keep of what lies below through. */
static inline void
accumulate (guint8 *cell,
            guint   keep)
{
  guint16 *through = (guint16 *)(gpointer)cell;

  *through = (*through * keep + ALPHA_ONE / 2) >> 15;
}

/* @src (the colour through the mask) OVER the pixel. */
static inline void
blend (guint8  *pixel,
       guint32  src)
{
  guint32 *p = (guint32 *)(gpointer)pixel;

  *p = src + mul_channels (*p, 255 - (src >> 24));
}

/* The area of a pixel (a unit square centred on the origin) on the side
 * n·p ≤ d of a line with unit normal n. Seen across n, the square is a
 * trapezoid of half-widths r at its foot and q at its top, where u ≥ v are
 * |n|'s components: r = (u + v) / 2, q = (u − v) / 2, k2 = 1 / 2uv. */
static inline double
area_below (const Line *l,
            double      d)
{
  double e;

  if (d <= -l->r)
    return 0;
  if (d >= l->r)
    return 1;
  if (d < -l->q)
    {
      e = d + l->r;
      return e * e * l->k2;
    }
  if (d <= l->q)
    return 0.5 + d * l->inv_u;
  e = l->r - d;
  return 1 - e * e * l->k2;
}

/* How much of a pixel whose centre lies @cn across the line falls within
 * its width, and how much of one @ct along it falls within the dash from
 * @s to @e. Each is exact; a pixel's coverage is their product, which is
 * exact wherever one of them is 1: everywhere but the corners of a dash. */
static inline double
across_line (const Line *l,
             double      cn)
{
  if (fabs (cn) <= l->half_width - l->r)
    return 1;
  return area_below (l, l->half_width - cn) - area_below (l, -l->half_width - cn);
}

/* The footprint of a pixel seen across a line of direction (tx, ty). */
static void
init_footprint (Line   *l,
                double  tx,
                double  ty)
{
  double u = MAX (fabs (tx), fabs (ty)), v = MIN (fabs (tx), fabs (ty));

  l->inv_u = 1 / u;
  l->r = (u + v) / 2;
  l->q = (u - v) / 2;
  l->k2 = v > 1e-12 ? 1 / (2 * u * v) : 0;
}

/* For each slope from 0 to 1, the coverage of a pixel whose centre lies an
 * offset d (in pixels along the minor axis) from the line's centre: it is
 * t_major · d across the line. */
static void
build_across (Style *style)
{
  /* On the table's steps, so that a line on the pixel grid is exact. */
  style->reach = ceil ((style->half_width * G_SQRT2 + 2) * OFFSET_STEPS) / OFFSET_STEPS;
  style->n_offsets = (int) ceil (2 * style->reach * OFFSET_STEPS) + 1;
  style->across = g_malloc ((gsize) N_SLOPES * style->n_offsets);
  style->areas = g_new (guint16, N_SLOPES * N_AREAS);
  for (int k = 0; k < N_SLOPES; k++)
    {
      double slope = (double) k / (N_SLOPES - 1), t_major = 1 / sqrt (1 + slope * slope);
      Line l = { .half_width = style->half_width };

      init_footprint (&l, t_major, slope * t_major);
      for (int j = 0; j < style->n_offsets; j++)
        {
          double d = (double) j / OFFSET_STEPS - style->reach;

          style->across[k * style->n_offsets + j] = (guint8) (across_line (&l, t_major * d) * 255 + 0.5);
        }
      for (int i = 0; i < N_AREAS; i++)
        style->areas[k * N_AREAS + i] = (guint16) (area_below (&l, (double) (i - AREA_STEPS) / AREA_STEPS) * AREA_ONE + 0.5);
    }
}

/* Where a pixel @d pixels along the line from a dash end falls in
 * Style.areas, in steps of 1 / (1 << IDX_SHIFT), clamped to ±@bound
 * pixels: beyond it the area stays 0 or 1 for the whole column. */
static inline gint64
area_index_fx (double d,
               double bound)
{
  return (gint64) ((CLAMP (d, -bound, bound) * AREA_STEPS + AREA_STEPS + 0.5) * (1 << IDX_SHIFT));
}

static inline int
area_index (gint64 fx)
{
  return (int) CLAMP (fx >> IDX_SHIFT, 0, N_AREAS - 1);
}

/* A column near the end of a dash: each pixel's coverage is its share
 * across the line times its share along it, the area inside the dash
 * from @s to @e of a pixel whose centre lies @ct along the line. Only the
 * ends the column reaches are looked up (@near_s, @near_e): the area
 * within the other is 1. */
static inline void
draw_column_end (const Line *l,
                 guint8     *p,
                 int         n,
                 int         j,
                 double      ct,
                 double      s,
                 double      e,
                 gboolean    near_s,
                 gboolean    near_e)
{
  double bound = n + 2;
  gint64 is = area_index_fx (s - ct, bound), ie = area_index_fx (e - ct, bound);
  gint64 step = (gint64) (l->t_minor * AREA_STEPS * (1 << IDX_SHIFT));

  for (int i = 0; i < n; i++, p += l->step_minor, j += OFFSET_STEPS, is -= step, ie -= step)
    {
      guint along = (near_e ? l->areas[area_index (ie)] : AREA_ONE) - (near_s ? l->areas[area_index (is)] : 0);
      guint cover = (l->across[j] * along + AREA_ONE / 2) >> 15;

      accumulate (p, l->style->keep[cover]);
    }
}

/* A column, its cells in the tile's buffer from @column, whose centre lies
 * @dM along the major axis from the start of the line, where the line's
 * centre is at @centre_fx on the minor axis and @along along the line;
 * @end if it reaches an end of the dash from @s to @e. */
static inline void
draw_column (const Line *l,
             guint8     *column,
             double      dM,
             gint64      centre_fx,
             double      along,
             double      s,
             double      e,
             gboolean    end)
{
  int r0 = MAX ((int) ((centre_fx - l->ext_fx) >> FX_SHIFT), l->minor0);
  int r1 = MIN ((int) ((centre_fx + l->ext_fx) >> FX_SHIFT) + 1, l->minor1);
  const guint16 *keep;
  guint8 *p;
  int j;

  if (r0 >= r1)
    return;
  p = column + (r0 - l->minor0) * l->step_minor;
  j = (int) (((((gint64) r0 << FX_SHIFT) + l->j_base_fx - centre_fx) * OFFSET_STEPS) >> FX_SHIFT);
  if (G_UNLIKELY (end))
    {
      double ct = l->t_major * dM + l->t_minor * (r0 + 0.5 - l->a_minor);

      if (along - l->margin >= s)
        draw_column_end (l, p, r1 - r0, j, ct, s, e, FALSE, TRUE);
      else if (along + l->margin <= e)
        draw_column_end (l, p, r1 - r0, j, ct, s, e, TRUE, FALSE);
      else
        draw_column_end (l, p, r1 - r0, j, ct, s, e, TRUE, TRUE);
      return;
    }
  keep = l->keep_across + j;
  for (int r = r0; r < r1; r++, p += l->step_minor, keep += OFFSET_STEPS)
    accumulate (p, *keep);
}

/* floor() for the clamped pixel coordinates here, without a call. */
static inline int
floor_small (double x)
{
  return (int) (x + 65536.0) - 65536;
}

/* The columns [*i0, *i1) within [c0, c1) whose pixels all lie wholly
 * inside the dash from @s to @e along the line: the others reach an end. */
static void
inner_columns (const Line *l,
               int         c0,
               int         c1,
               double      s,
               double      e,
               int        *i0,
               int        *i1)
{
  double a = l->a_major - 0.5 + l->t_major * (s + l->margin);
  double b = l->a_major - 0.5 + l->t_major * (e - l->margin);

  *i0 = *i1 = c0;
  if (s + l->margin > e - l->margin)
    return;
  /* A millionth of a pixel of slack for the rounding of the positions. */
  *i0 = floor_small (CLAMP (MIN (a, b) + 1e-6, c0 - 1.0, c1 + 1.0)) + 1;
  *i1 = floor_small (CLAMP (MAX (a, b) - 1e-6, c0 - 1.0, c1 + 1.0)) + 1;
  *i0 = CLAMP (*i0, c0, c1);
  *i1 = CLAMP (*i1, *i0, c1);
}

/* The columns (along the major axis) from which the line's pixels can
 * reach the rows of the tile, so that a tile skips the rest of a tie. */
static void
clip_columns (const Line *l,
              double      ext,
              double     *lo,
              double     *hi)
{
  double slope = l->t_minor / l->t_major, a, b;

  if (slope == 0)
    {
      if (l->a_minor + ext < l->minor0 || l->a_minor - ext > l->minor1)
        *hi = *lo;
      return;
    }
  a = (l->minor0 - ext - l->a_minor) / slope;
  b = (l->minor1 + ext - l->a_minor) / slope;
  *lo = MAX (*lo, l->a_major - 1 + MIN (a, b));
  *hi = MIN (*hi, l->a_major + 1 + MAX (a, b));
}

/* Draws the part of the line from @s to @e along it. */
static void
draw_dash (const Line *l,
           double      s,
           double      e)
{
  double spread = fabs (l->n_major) * l->half_width + 1;
  double ends[2] = { l->a_major + l->t_major * s, l->a_major + l->t_major * e };
  double lo = MIN (ends[0], ends[1]) - spread, hi = MAX (ends[0], ends[1]) + spread;
  double dM, along;
  gint64 centre_fx;
  guint8 *column;
  int c0, c1, i0, i1;

  lo = MAX (lo, l->col_lo);
  hi = MIN (hi, l->col_hi);
  c0 = MAX (floor_small (CLAMP (lo, l->major0 - 1, l->major1 + 1)), l->major0);
  c1 = MIN (floor_small (CLAMP (hi, l->major0 - 1, l->major1 + 1)) + 1, l->major1);
  dM = c0 + 0.5 - l->a_major;
  /* A line that far away does not reach the tile in any of its columns. */
  centre_fx = (gint64) (CLAMP (l->a_minor + dM * l->slope, -FX_LIMIT, FX_LIMIT) * FX_ONE);
  along = dM * l->inv_t_major;
  inner_columns (l, c0, c1, s, e, &i0, &i1);
  column = l->origin + (c0 - l->major0) * l->step_major;
  for (int c = c0; c < c1; c++, column += l->step_major, dM += 1, centre_fx += l->slope_fx, along += l->inv_t_major)
    draw_column (l, column, dM, centre_fx, along, s, e, c < i0 || c >= i1);
}

static void
setup_line (Line         *l,
            const Job    *job,
            const Tile   *tile,
            guint16      *cover,
            const double  xy[4],
            double        length)
{
  double tx = (xy[2] - xy[0]) / length, ty = (xy[3] - xy[1]) / length;
  int bucket;

  if (fabs (tx) >= fabs (ty))
    *l = (Line) { (guint8 *) cover, 2, 2 * TILE_SIZE, tile->x0, tile->x1, tile->y0, tile->y1,
                  xy[0], xy[1], tx, ty };
  else
    *l = (Line) { (guint8 *) cover, 2 * TILE_SIZE, 2, tile->y0, tile->y1, tile->x0, tile->x1,
                  xy[1], xy[0], ty, tx };
  l->n_major = -l->t_minor;
  l->n_minor = l->t_major;
  l->slope = l->t_minor / l->t_major;
  l->slope_fx = (gint64) llround (l->slope * FX_ONE);
  l->inv_t_major = 1 / l->t_major;
  l->half_width = job->style->half_width;
  l->style = job->style;
  bucket = (int) (fabs (l->slope) * (N_SLOPES - 1) + 0.5);
  l->across = job->style->across + bucket * job->style->n_offsets;
  l->keep_across = job->style->keep_across + bucket * job->style->n_offsets;
  l->areas = job->style->areas + bucket * N_AREAS;
  init_footprint (l, tx, ty);
  l->ext = l->half_width / fabs (l->t_major) + fabs (l->slope) / 2;
  l->margin = fabs (l->t_minor) * (l->ext + 0.5) + l->r;
  l->ext_fx = (gint64) (l->ext * FX_ONE);
  l->j_base_fx = (gint64) ((0.5 + job->style->reach + 0.5 / OFFSET_STEPS) * FX_ONE);
  l->col_lo = -G_MAXDOUBLE;
  l->col_hi = G_MAXDOUBLE;
  clip_columns (l, l->ext, &l->col_lo, &l->col_hi);
}

/* Where along the line the tile begins and ends, widened by a pixel. */
static void
tile_span (const Tile   *tile,
           const double  xy[4],
           double        length,
           double        reach,
           double       *lo,
           double       *hi)
{
  double tx = (xy[2] - xy[0]) / length, ty = (xy[3] - xy[1]) / length;
  double a = (tile->x0 - xy[0]) * tx, b = (tile->x1 - xy[0]) * tx;
  double c = (tile->y0 - xy[1]) * ty, d = (tile->y1 - xy[1]) * ty;

  *lo = MIN (a, b) + MIN (c, d) - reach;
  *hi = MAX (a, b) + MAX (c, d) + reach;
}

/* Dashes start afresh at the start of every tie, as cairo's do at every
 * new sub-path. A zero-length tie draws nothing, as with cairo's butt caps. */
static void
draw_segment (const Job  *job,
              const Tile *tile,
              guint16    *cover,
              guint       index)
{
  const Style *style = job->style;
  const double *xy = job->coords + 4 * index;
  double length = job->lengths[index], period, lo, hi;
  Line line;

  if (length < 1e-9 || !isfinite (length))
    return;
  setup_line (&line, job, tile, cover, xy, length);
  /* The tile's rows lie beside the line's columns in this tile. */
  if (line.col_hi < line.major0 - 1 || line.col_lo > line.major1 + 1)
    return;
  if (style->n_dash == 0)
    {
      draw_dash (&line, 0, length);
      return;
    }
  period = style->dash[0] + style->dash[1];
  tile_span (tile, xy, length, style->half_width + 1, &lo, &hi);
  /* Counting dashes rather than adding lengths keeps the count exact
   * however long the line. */
  for (double k = floor (MAX (lo, 0) / period); k * period < MIN (hi, length); k++)
    draw_dash (&line, k * period, MIN (k * period + style->dash[0], length));
}

/* The alpha, of 255, of the colour over a pixel that lets @through of
 * ALPHA_ONE through. */
static inline guint
cover_alpha (guint16 through)
{
  return ((guint) (ALPHA_ONE - through) * 255 + ALPHA_ONE / 2) >> 15;
}

/* Blends @opaque, the colour with an alpha of 255, over @n pixels, each
 * as much as it lets through of what lies below: @cells. */
static void
paint_run_plain (guint32       *pixels,
                 const guint16 *cells,
                 int            n,
                 guint32        opaque)
{
  for (int x = 0; x < n; x++)
    if (cells[x] != ALPHA_ONE)
      blend ((guint8 *) &pixels[x], mul_channels (opaque, cover_alpha (cells[x])));
}

#ifdef __SSE2__
/* Eight 16-bit channels times eight factors, rounded as mul_channels(). */
static inline __m128i
mul_wide (__m128i x,
          __m128i a)
{
  __m128i v = _mm_add_epi16 (_mm_mullo_epi16 (x, a), _mm_set1_epi16 (0x80));

  return _mm_srli_epi16 (_mm_add_epi16 (v, _mm_srli_epi16 (v, 8)), 8);
}

/* Four pixels side by side, with the same products and rounding as
 * paint_run_plain(): two pixels to a register, a channel to 16 bits.
 * Every x86-64 processor has SSE2. */
static inline void
paint_four (guint32       *pixels,
            const guint16 *cells,
            __m128i        opaque)
{
  __m128i zero = _mm_setzero_si128 (), c255 = _mm_set1_epi16 (255);
  __m128i c = _mm_sub_epi16 (_mm_set1_epi16 ((short) ALPHA_ONE),
                             _mm_loadl_epi64 ((const __m128i *)(gconstpointer)cells));
  __m128i a = _mm_unpacklo_epi16 (_mm_mullo_epi16 (c, c255), _mm_mulhi_epu16 (c, c255));
  __m128i d = _mm_loadu_si128 ((const __m128i *)(gconstpointer)pixels), a_lo, a_hi, src, dst;

  a = _mm_srli_epi32 (_mm_add_epi32 (a, _mm_set1_epi32 (ALPHA_ONE / 2)), 15);
  a = _mm_or_si128 (a, _mm_slli_epi32 (a, 16));
  a_lo = _mm_unpacklo_epi32 (a, a);
  a_hi = _mm_unpackhi_epi32 (a, a);
  src = _mm_packus_epi16 (mul_wide (opaque, a_lo), mul_wide (opaque, a_hi));
  dst = _mm_packus_epi16 (mul_wide (_mm_unpacklo_epi8 (d, zero), _mm_sub_epi16 (c255, a_lo)),
                          mul_wide (_mm_unpackhi_epi8 (d, zero), _mm_sub_epi16 (c255, a_hi)));
  _mm_storeu_si128 ((__m128i *)(gpointer)pixels, _mm_add_epi8 (src, dst));
}
#endif

static void
paint_run (guint32       *pixels,
           const guint16 *cells,
           int            n,
           guint32        opaque)
{
  int x = 0;

#ifdef __SSE2__
  __m128i wide = _mm_unpacklo_epi8 (_mm_set1_epi32 (opaque), _mm_setzero_si128 ());

  for (; x + 4 <= n; x += 4)
    {
      guint64 four;

      /* Far from the ties, a tile's pixels are often left alone. */
      memcpy (&four, cells + x, sizeof four);
      if (four != G_GUINT64_CONSTANT (0x8000800080008000))
        paint_four (pixels + x, cells + x, wide);
    }
#endif
  paint_run_plain (pixels + x, cells + x, n - x, opaque);
}

static void
clear_cells (guint16 *cells,
             int      n)
{
  for (int i = 0; i < n; i++)
    cells[i] = ALPHA_ONE;
}

/* Blends the colour once over each pixel of the tile, as much as its ties
 * covered it: @cover holds, for each pixel, how much of what lies below
 * lets through, TILE_SIZE to a row; it is then cleared for the next tile. */
static void
paint_tile (const Job  *job,
            const Tile *tile,
            guint16    *cover)
{
  const EntTieRaster *raster = job->raster;

  for (int y = tile->y0; y < tile->y1; y++)
    {
      guint8 *row = raster->data + (gsize) y * raster->stride + 4 * tile->x0;
      guint16 *cells = cover + (y - tile->y0) * TILE_SIZE;

      paint_run ((guint32 *)(gpointer)row, cells, tile->x1 - tile->x0, job->style->opaque);
      clear_cells (cells, tile->x1 - tile->x0);
    }
}

static gpointer
draw_tiles (gpointer data)
{
  Job *job = data;
  g_autofree guint16 *cover = g_new (guint16, TILE_SIZE * TILE_SIZE);
  int t;

  clear_cells (cover, TILE_SIZE * TILE_SIZE);
  while ((t = g_atomic_int_add (&job->next, 1)) < job->cols * job->rows)
    {
      const Tile *tile = &job->tiles[t];

      if (tile->segments->len == 0)
        continue;
      for (guint i = 0; i < tile->segments->len; i++)
        draw_segment (job, tile, cover, g_array_index (tile->segments, guint, i));
      paint_tile (job, tile, cover);
    }
  return NULL;
}

/* cairo's own rounding of a colour: to 16 bits, then pixman's top 8. */
static guint32
channel (double value)
{
  return ((guint32) (CLAMP (value, 0.0, 1.0) * 65535.0 + 0.5)) >> 8;
}

/* The colour, premultiplied and opaque, and how much of what lies below
 * each coverage of it lets through. */
static void
init_source (Style          *style,
             const EntColor *color)
{
  double a = CLAMP (color->alpha, 0.0, 1.0);

  style->opaque = 0xff000000 | channel (color->red) << 16 | channel (color->green) << 8 | channel (color->blue);
  style->color = channel (a) << 24 | channel (color->red * a) << 16 | channel (color->green * a) << 8 |
                 channel (color->blue * a);
  for (guint cover = 0; cover < 256; cover++)
    style->keep[cover] = (guint16) (ALPHA_ONE * (1 - (double) (style->color >> 24) * cover / (255 * 255)) + 0.5);
}

static void
init_style (Style          *style,
            double          scale,
            double          width,
            const double   *dash,
            guint           n_dash,
            const EntColor *color)
{
  init_source (style, color);
  style->half_width = width * scale / 2;
  build_across (style);
  style->keep_across = g_new (guint16, N_SLOPES * style->n_offsets);
  for (int i = 0; i < N_SLOPES * style->n_offsets; i++)
    style->keep_across[i] = style->keep[style->across[i]];
  style->n_dash = 0;
  /* Only the two-length patterns the painter makes; a pattern too fine to
   * walk is drawn solid. */
  if (n_dash == 2 && (dash[0] + dash[1]) * scale > 0.01)
    {
      style->dash[0] = dash[0] * scale;
      style->dash[1] = dash[1] * scale;
      style->n_dash = 2;
    }
}

/* The x range of the segment between rows @top and @bottom. */
static void
x_within_rows (const double  xy[4],
               double        top,
               double        bottom,
               double       *xa,
               double       *xb)
{
  double dy = xy[3] - xy[1], ta = 0, tb = 1;

  if (fabs (dy) > 1e-9)
    {
      ta = CLAMP ((top - xy[1]) / dy, 0.0, 1.0);
      tb = CLAMP ((bottom - xy[1]) / dy, 0.0, 1.0);
    }
  *xa = xy[0] + MIN (ta, tb) * (xy[2] - xy[0]);
  *xb = xy[0] + MAX (ta, tb) * (xy[2] - xy[0]);
  if (*xa > *xb)
    {
      double x = *xa;

      *xa = *xb;
      *xb = x;
    }
}

static int
tile_of (double pixel,
         int    origin,
         int    n)
{
  return (int) CLAMP (floor ((pixel - origin) / TILE_SIZE), 0, n - 1);
}

/* Lists the segment in every tile its pixels can reach. */
static void
bin_segment (Job   *job,
             guint  index)
{
  const double *xy = job->coords + 4 * index;
  const EntTieRaster *raster = job->raster;
  double reach = job->style->half_width + 1;
  double ymin = MIN (xy[1], xy[3]) - reach, ymax = MAX (xy[1], xy[3]) + reach;
  double xmin = MIN (xy[0], xy[2]) - reach, xmax = MAX (xy[0], xy[2]) + reach;

  if (!isfinite (xy[0]) || !isfinite (xy[1]) || !isfinite (xy[2]) || !isfinite (xy[3]))
    return;
  if (ymax < raster->y0 || ymin > raster->y1 || xmax < raster->x0 || xmin > raster->x1)
    return;
  for (int r = tile_of (ymin, raster->y0, job->rows); r <= tile_of (ymax, raster->y0, job->rows); r++)
    {
      double top = raster->y0 + r * TILE_SIZE - reach, xa, xb;

      x_within_rows (xy, top, top + TILE_SIZE + 2 * reach, &xa, &xb);
      for (int c = tile_of (xa - reach, raster->x0, job->cols); c <= tile_of (xb + reach, raster->x0, job->cols); c++)
        g_array_append_val (job->tiles[r * job->cols + c].segments, index);
    }
}

static void
init_tiles (Job *job)
{
  const EntTieRaster *raster = job->raster;

  job->cols = (raster->x1 - raster->x0 + TILE_SIZE - 1) / TILE_SIZE;
  job->rows = (raster->y1 - raster->y0 + TILE_SIZE - 1) / TILE_SIZE;
  job->tiles = g_new (Tile, job->cols * job->rows);
  for (int r = 0; r < job->rows; r++)
    for (int c = 0; c < job->cols; c++)
      job->tiles[r * job->cols + c] = (Tile) {
        raster->x0 + c * TILE_SIZE, raster->y0 + r * TILE_SIZE,
        MIN (raster->x0 + (c + 1) * TILE_SIZE, raster->x1), MIN (raster->y0 + (r + 1) * TILE_SIZE, raster->y1),
        g_array_new (FALSE, FALSE, sizeof (guint)),
      };
}

static void
clear_tiles (Job *job)
{
  for (int t = 0; t < job->cols * job->rows; t++)
    g_array_unref (job->tiles[t].segments);
  g_free (job->tiles);
}

/* Tiles are drawn side by side by a few threads. Each pixel belongs to one
 * tile, which draws its segments in order, so the picture does not depend
 * on how many threads there are. */
static void
draw_all (EntTieRaster *raster,
          const Style  *style,
          const double *coords,
          guint         n_segments)
{
  guint n_threads = n_segments < MIN_PARALLEL_SEGMENTS ? 1 : CLAMP (g_get_num_processors (), 1, MAX_THREADS);
  GThread *threads[MAX_THREADS] = { NULL };
  g_autofree double *lengths = g_new (double, MAX (n_segments, 1));
  Job job = { raster, style, coords, lengths };

  init_tiles (&job);
  for (guint i = 0; i < n_segments; i++)
    {
      lengths[i] = hypot (coords[4 * i + 2] - coords[4 * i], coords[4 * i + 3] - coords[4 * i + 1]);
      bin_segment (&job, i);
    }
  for (guint i = 1; i < n_threads; i++)
    threads[i] = g_thread_new ("ent-tie-raster", draw_tiles, &job);
  draw_tiles (&job);
  for (guint i = 1; i < n_threads; i++)
    g_thread_join (threads[i]);
  clear_tiles (&job);
}

/* The clip, in pixels, if it is one rectangle on whole pixels. */
static gboolean
init_clip (EntTieRaster *raster,
           cairo_t      *cr)
{
  cairo_rectangle_list_t *list = cairo_copy_clip_rectangle_list (cr);
  gboolean ok = list->status == CAIRO_STATUS_SUCCESS && list->num_rectangles <= 1;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  if (ok && list->num_rectangles == 1)
    {
      x0 = list->rectangles[0].x;
      y0 = list->rectangles[0].y;
      x1 = x0 + list->rectangles[0].width;
      y1 = y0 + list->rectangles[0].height;
      cairo_matrix_transform_point (&raster->to_pixels, &x0, &y0);
      cairo_matrix_transform_point (&raster->to_pixels, &x1, &y1);
      ok = fabs (x0 - round (x0)) < 1e-6 && fabs (y0 - round (y0)) < 1e-6 &&
           fabs (x1 - round (x1)) < 1e-6 && fabs (y1 - round (y1)) < 1e-6;
    }
  cairo_rectangle_list_destroy (list);
  raster->x0 = CLAMP ((int) round (x0), 0, cairo_image_surface_get_width (raster->surface));
  raster->y0 = CLAMP ((int) round (y0), 0, cairo_image_surface_get_height (raster->surface));
  raster->x1 = CLAMP ((int) round (x1), raster->x0, cairo_image_surface_get_width (raster->surface));
  raster->y1 = CLAMP ((int) round (y1), raster->y0, cairo_image_surface_get_height (raster->surface));
  return ok;
}

static gboolean
can_draw (cairo_t *cr)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_format_t format;

  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS || cairo_surface_status (target) != CAIRO_STATUS_SUCCESS ||
      cairo_get_group_target (cr) != target || cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE ||
      cairo_get_operator (cr) != CAIRO_OPERATOR_OVER || cairo_get_antialias (cr) == CAIRO_ANTIALIAS_NONE)
    return FALSE;
  format = cairo_image_surface_get_format (target);
  return (format == CAIRO_FORMAT_ARGB32 || format == CAIRO_FORMAT_RGB24) &&
         cairo_image_surface_get_data (target) != NULL;
}

EntTieRaster *
_ent_tie_raster_new_for_cairo (cairo_t *cr)
{
  g_autoptr(EntTieRaster) raster = NULL;
  cairo_matrix_t m, device;
  double sx, sy, ox, oy;

  g_return_val_if_fail (cr != NULL, NULL);

  if (!can_draw (cr))
    return NULL;
  cairo_get_matrix (cr, &m);
  cairo_surface_get_device_scale (cairo_get_target (cr), &sx, &sy);
  cairo_surface_get_device_offset (cairo_get_target (cr), &ox, &oy);
  if (m.xy != 0 || m.yx != 0 || m.xx != m.yy || m.xx <= 0 || sx != sy)
    return NULL;

  raster = g_new0 (EntTieRaster, 1);
  raster->surface = cairo_surface_reference (cairo_get_target (cr));
  cairo_matrix_init (&device, sx, 0, 0, sy, ox, oy);
  cairo_matrix_multiply (&raster->to_pixels, &m, &device);
  raster->scale = m.xx * sx;
  if (!init_clip (raster, cr))
    return NULL;
  cairo_surface_flush (raster->surface);
  raster->data = cairo_image_surface_get_data (raster->surface);
  raster->stride = cairo_image_surface_get_stride (raster->surface);
  return g_steal_pointer (&raster);
}

void
_ent_tie_raster_free (EntTieRaster *raster)
{
  if (raster == NULL)
    return;
  cairo_surface_destroy (raster->surface);
  g_free (raster);
}

/**
 * _ent_tie_raster_draw:
 * @coords: (array): x1, y1, x2, y2 of each segment, in @cr's user space
 * @width: the line width in user units
 * @dash: (nullable): on and off lengths in user units
 *
 * Draws the segments in order, each on its own, as one cairo_stroke() per
 * segment would.
 */
void
_ent_tie_raster_draw (EntTieRaster   *raster,
                      const double   *coords,
                      guint           n_segments,
                      double          width,
                      const double   *dash,
                      guint           n_dash,
                      const EntColor *color)
{
  g_autofree double *pixels = g_new (double, 4 * (gsize) n_segments);
  Style style;

  g_return_if_fail (raster != NULL);

  init_style (&style, raster->scale, width, dash, n_dash, color);
  for (guint i = 0; i < 2 * n_segments; i++)
    {
      pixels[2 * i] = coords[2 * i];
      pixels[2 * i + 1] = coords[2 * i + 1];
      cairo_matrix_transform_point (&raster->to_pixels, &pixels[2 * i], &pixels[2 * i + 1]);
    }
  if (raster->x1 > raster->x0 && raster->y1 > raster->y0 && style.half_width > 0)
    draw_all (raster, &style, pixels, n_segments);
  g_free (style.across);
  g_free (style.keep_across);
  g_free (style.areas);
  cairo_surface_mark_dirty (raster->surface);
}

/**
 * _ent_tie_raster_paint_for_test:
 * @pixels: (array length=n): premultiplied ARGB pixels
 * @cover: (array length=n): how much the colour covers each, of 32768
 * @vector: whether to use the processor's vector instructions
 *
 * Blends @color over the pixels as the rasteriser does once it has summed
 * up a tile's coverage, for the tests to compare its two ways of doing it.
 *
 * Returns: %FALSE if @vector was asked for and this processor has no
 * vector code here
 */
gboolean
_ent_tie_raster_paint_for_test (guint32        *pixels,
                                const guint16  *cover,
                                int             n,
                                const EntColor *color,
                                gboolean        vector)
{
  g_autofree guint16 *through = g_new (guint16, n);
  Style style;

  init_source (&style, color);
  for (int i = 0; i < n; i++)
    through[i] = ALPHA_ONE - MIN (cover[i], ALPHA_ONE);
  if (!vector)
    {
      paint_run_plain (pixels, through, n, style.opaque);
      return TRUE;
    }
#ifdef __SSE2__
  paint_run (pixels, through, n, style.opaque);
  return TRUE;
#else
  return FALSE;
#endif
}
