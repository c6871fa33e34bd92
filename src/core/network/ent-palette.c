/* ent-palette.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ent-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

/* The light variant is the printed page: white, like a report. The dark
 * variant uses libadwaita's dark view colour, and the lighter members of
 * the Okabe–Ito set where the darker ones would sink into the background. */
static const EntPalette light = {
  .scheme = ENT_PALETTE_SCHEME_COLORBLIND,
  .variant = ENT_PALETTE_LIGHT,
  .background = RGB (0xffffff),
  .foreground = RGB (0x1e1e1e),
  .muted = RGB (0x5e5c64),
  .node_outline = RGB (0xffffff),
  .alliance = RGB (0x009e73),
  .opposition = RGB (0xd55e00),
  .neutral = RGB (0x9a9996),
  .no_camp = RGB (0x9a9996),
  .selection = RGB (0x1c71d8),
  .hover = RGB (0x62a0ea),
  .camps = {
    RGB (0x0072b2), RGB (0xe69f00), RGB (0xcc79a7), RGB (0x56b4e9),
    RGB (0x009e73), RGB (0xf0e442), RGB (0x000000),
  },
};

static const EntPalette dark = {
  .scheme = ENT_PALETTE_SCHEME_COLORBLIND,
  .variant = ENT_PALETTE_DARK,
  .background = RGB (0x242424),
  .foreground = RGB (0xf6f5f4),
  .muted = RGB (0xc0bfbc),
  .node_outline = RGB (0x242424),
  .alliance = RGB (0x2ec4a0),
  .opposition = RGB (0xf0884a),
  .neutral = RGB (0x77767b),
  .no_camp = RGB (0x9a9996),
  .selection = RGB (0x78aeed),
  .hover = RGB (0x99c1f1),
  .camps = {
    RGB (0x56b4e9), RGB (0xe69f00), RGB (0xcc79a7), RGB (0x3d9be0),
    RGB (0x009e73), RGB (0xf0e442), RGB (0xffffff),
  },
};

/* The GNOME scheme: the HIG palette's blue, orange, purple, yellow, green,
 * red and brown, the middle shades on white and the lighter ones on the
 * dark background. Blue, orange and purple come first: they stay apart for
 * readers with red–green colour blindness, where green, red and brown do
 * not. The frame colours are those of the colour-blind scheme. */
static const EntPalette gnome_light = {
  .scheme = ENT_PALETTE_SCHEME_GNOME,
  .variant = ENT_PALETTE_LIGHT,
  .background = RGB (0xffffff),
  .foreground = RGB (0x1e1e1e),
  .muted = RGB (0x5e5c64),
  .node_outline = RGB (0xffffff),
  .alliance = RGB (0x26a269),
  .opposition = RGB (0xe01b24),
  .neutral = RGB (0x9a9996),
  .no_camp = RGB (0x9a9996),
  .selection = RGB (0x1c71d8),
  .hover = RGB (0x62a0ea),
  .camps = {
    RGB (0x3584e4), RGB (0xff7800), RGB (0x9141ac), RGB (0xf5c211),
    RGB (0x2ec27e), RGB (0xe01b24), RGB (0x986a44),
  },
};

static const EntPalette gnome_dark = {
  .scheme = ENT_PALETTE_SCHEME_GNOME,
  .variant = ENT_PALETTE_DARK,
  .background = RGB (0x242424),
  .foreground = RGB (0xf6f5f4),
  .muted = RGB (0xc0bfbc),
  .node_outline = RGB (0x242424),
  .alliance = RGB (0x33d17a),
  .opposition = RGB (0xf66151),
  .neutral = RGB (0x77767b),
  .no_camp = RGB (0x9a9996),
  .selection = RGB (0x78aeed),
  .hover = RGB (0x99c1f1),
  .camps = {
    RGB (0x62a0ea), RGB (0xffa348), RGB (0xc061cb), RGB (0xf6d32d),
    RGB (0x33d17a), RGB (0xed333b), RGB (0xb5835a),
  },
};

/**
 * ent_palette_get:
 *
 * The colour-blind scheme, the one every drawing uses unless told
 * otherwise: the command line's and the tests'.
 */
const EntPalette *
ent_palette_get (EntPaletteVariant variant)
{
  return ent_palette_get_scheme (ENT_PALETTE_SCHEME_COLORBLIND, variant);
}

/**
 * ent_palette_get_scheme:
 *
 * Returns: (transfer none): the palette of @scheme in @variant; an unknown
 *   scheme is the colour-blind one
 */
const EntPalette *
ent_palette_get_scheme (EntPaletteScheme  scheme,
                        EntPaletteVariant variant)
{
  if (scheme == ENT_PALETTE_SCHEME_GNOME)
    return variant == ENT_PALETTE_DARK ? &gnome_dark : &gnome_light;

  return variant == ENT_PALETTE_DARK ? &dark : &light;
}

/**
 * ent_palette_get_camp_color:
 *
 * Camps beyond the palette reuse its colours in turn; actors of no camp
 * (ENT_CAMPS_NO_CAMP, or any negative @camp) are grey.
 */
void
ent_palette_get_camp_color (const EntPalette *palette,
                            int               camp,
                            EntColor         *color)
{
  g_return_if_fail (palette != NULL);
  g_return_if_fail (color != NULL);

  if (camp < 0)
    *color = palette->no_camp;
  else
    *color = palette->camps[camp % ENT_PALETTE_N_CAMP_COLORS];
}

static int
hex_digit (char c)
{
  return g_ascii_xdigit_value (c);
}

/**
 * ent_color_parse:
 *
 * Reads the colours an actor can carry: `#rgb` or `#rrggbb`.
 *
 * Returns: %FALSE, leaving @color untouched, for anything else
 */
gboolean
ent_color_parse (const char *spec,
                 EntColor   *color)
{
  guint v[6];
  gsize len;

  if (spec == NULL || spec[0] != '#')
    return FALSE;
  len = strlen (spec + 1);
  if (len != 3 && len != 6)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if ((int)(v[i] = hex_digit (spec[1 + i])) < 0)
      return FALSE;
  if (len == 3)
    *color = (EntColor) { v[0] * 17 / 255.0, v[1] * 17 / 255.0, v[2] * 17 / 255.0, 1.0 };
  else
    *color = (EntColor) { (v[0] * 16 + v[1]) / 255.0, (v[2] * 16 + v[3]) / 255.0,
                          (v[4] * 16 + v[5]) / 255.0, 1.0 };
  return TRUE;
}

static guint
to_byte (double value)
{
  return (guint)lround (CLAMP (value, 0.0, 1.0) * 255.0);
}

/* Writes `#rrggbb`, the one colour syntax every export format reads. */
void
ent_color_to_hex (const EntColor *color,
                  char            hex[8])
{
  g_snprintf (hex, 8, "#%02x%02x%02x",
              to_byte (color->red), to_byte (color->green), to_byte (color->blue));
}
