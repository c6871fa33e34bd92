/* ent-halo-font.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

/*
 * The halo of a label on a vector surface (PDF), drawn as text in a font
 * whose glyphs are the stroked outlines of the real font's glyphs: each
 * glyph's halo is written into the file once, and a label's halo is one
 * line of text that refers to them, where stroking every label's outlines
 * wrote them out again for every label and took most of a big PDF's time.
 * The halo text carries no characters, so that searching and copying in
 * the document find each label once.
 *
 * Draws @layout's halo at the current point of @cr, with @cr's source: a
 * stroke @width em wide (a quarter: 0.25) with round joins.
 */
void _ent_halo_font_show_layout (cairo_t     *cr,
                                 PangoLayout *layout,
                                 double       width);

G_END_DECLS
