/* ent-palette.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red;    /* 0…1, not premultiplied */
  double green;
  double blue;
  double alpha;
} EntColor;

typedef enum
{
  ENT_PALETTE_LIGHT,
  ENT_PALETTE_DARK,
} EntPaletteVariant;

/* The values of the GSettings key "palette". */
typedef enum
{
  ENT_PALETTE_SCHEME_GNOME,
  ENT_PALETTE_SCHEME_COLORBLIND,
} EntPaletteScheme;

#define ENT_PALETTE_N_CAMP_COLORS 7

/*
 * The colours of a drawn network, in two schemes. The colour-blind scheme,
 * the one ent_palette_get() gives, takes the Okabe–Ito colours, which
 * people with any common colour-vision deficiency can tell apart. The GNOME
 * scheme takes the GNOME HIG palette, in an order that keeps the camps a
 * reader compares most apart for them too. In both, the first two camps are
 * blue and orange, the pair that survives every kind of colour blindness.
 * Alliance and opposition ties differ by colour and, for readers who cannot
 * see that, by dashing.
 */
typedef struct
{
  EntPaletteScheme  scheme;
  EntPaletteVariant variant;
  EntColor          background;
  EntColor          foreground;    /* labels, title */
  EntColor          muted;         /* subtitle, legend frame, camp captions */
  EntColor          node_outline;  /* separates overlapping nodes */
  EntColor          alliance;
  EntColor          opposition;
  EntColor          neutral;       /* ties whose statements cancel out */
  EntColor          no_camp;
  EntColor          selection;
  EntColor          hover;
  EntColor          camps[ENT_PALETTE_N_CAMP_COLORS];
} EntPalette;

const EntPalette *ent_palette_get            (EntPaletteVariant  variant);
const EntPalette *ent_palette_get_scheme     (EntPaletteScheme   scheme,
                                              EntPaletteVariant  variant);
void              ent_palette_get_camp_color (const EntPalette  *palette,
                                              int                camp,
                                              EntColor          *color);
gboolean          ent_color_parse            (const char        *spec,
                                              EntColor          *color);
void              ent_color_to_hex           (const EntColor    *color,
                                              char               hex[8]);

G_END_DECLS
