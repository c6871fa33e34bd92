/* ent-tie-raster.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "ent-palette.h"

G_BEGIN_DECLS

/*
 * Our own rasteriser for ties, for big PNG images: it draws straight lines
 * with butt caps, optional dashes and a colour straight into the pixels of
 * a cairo image surface, as cairo would stroke them one by one (the same
 * places, widths, dash lengths and premultiplied OVER blending), but in a
 * fraction of the time, because it touches only the pixels a line covers,
 * a tile of the image at a time, on a few threads. A pixel's coverage is
 * the area of the pixel inside the line's rectangle: looked up across the
 * line, and the product of across and along at the ends of a dash. The
 * lines of one call share their colour, so a tile sums up their coverage
 * first and blends the colour once per pixel: the same picture as one
 * blend per line, up to a few levels of rounding where many cross.
 *
 * _ent_tie_raster_new_for_cairo() returns %NULL when @cr draws somewhere
 * it cannot: not into an ARGB32 or RGB24 image surface, inside a group,
 * with an operator other than OVER, without antialiasing, through a matrix
 * that rotates, skews or stretches, or inside a clip that is not one
 * pixel-aligned rectangle. The caller then strokes with cairo.
 */
typedef struct _EntTieRaster EntTieRaster;

EntTieRaster *_ent_tie_raster_new_for_cairo (cairo_t        *cr) G_GNUC_WARN_UNUSED_RESULT;
void          _ent_tie_raster_free          (EntTieRaster   *raster);
void          _ent_tie_raster_draw          (EntTieRaster   *raster,
                                             const double   *coords,
                                             guint           n_segments,
                                             double          width,
                                             const double   *dash,
                                             guint           n_dash,
                                             const EntColor *color);
gboolean      _ent_tie_raster_paint_for_test (guint32        *pixels,
                                             const guint16  *cover,
                                             int             n,
                                             const EntColor *color,
                                             gboolean        vector);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntTieRaster, _ent_tie_raster_free)

G_END_DECLS
