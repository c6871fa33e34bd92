/* ent-export-util.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ent-export-private.h"
#include "ent-palette.h"
#include "ent-scene.h"

static gboolean
xml_char_allowed (gunichar c)
{
  return c == 0x9 || c == 0xa || c == 0xd || (c >= 0x20 && c <= 0xd7ff) ||
         (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/**
 * _ent_export_append_xml:
 *
 * Escapes @text for XML element content and for attribute values in
 * either kind of quotes. Line breaks and tabs become character references,
 * which attribute-value normalisation would otherwise turn into spaces;
 * characters XML 1.0 forbids (most control characters) and invalid UTF-8
 * become U+FFFD, so that a stray byte in an actor's name never makes the
 * whole file unreadable.
 */
void
_ent_export_append_xml (GString    *out,
                        const char *text)
{
  const char *p = text ? text : "", *end = p + strlen (p);

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          g_string_append (out, "\xef\xbf\xbd");
          p++;
          continue;
        }
      switch (c)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&apos;"); break;
        case '\n': g_string_append (out, "&#10;"); break;
        case '\r': g_string_append (out, "&#13;"); break;
        case '\t': g_string_append (out, "&#9;"); break;
        default:
          if (xml_char_allowed (c))
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
          else
            g_string_append (out, "\xef\xbf\xbd");
        }
      p = g_utf8_next_char (p);
    }
}

/* Numbers in every format are written the C way, whatever the locale. */
void
_ent_export_append_number (GString    *out,
                           const char *format,
                           double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    value = 0;
  g_ascii_formatd (buf, sizeof buf, format, value);
  if (strcmp (buf, "-0") == 0 || strcmp (buf, "-0.00") == 0 || strcmp (buf, "-0.0") == 0)
    g_string_append (out, buf + 1);
  else
    g_string_append (out, buf);
}

/* The colours the exchange formats carry are the light palette's, the
 * page an image export would show; an actor's own colour wins. */
void
_ent_export_node_color (const EntNetworkNode *node,
                        char                  hex[8])
{
  EntColor color;

  if (!ent_color_parse (ent_actor_get_color (node->actor), &color))
    ent_palette_get_camp_color (ent_palette_get (ENT_PALETTE_LIGHT), node->camp, &color);
  ent_color_to_hex (&color, hex);
}

void
_ent_export_tie_color (int  sign,
                       char hex[8])
{
  const EntPalette *palette = ent_palette_get (ENT_PALETTE_LIGHT);

  ent_color_to_hex (sign > 0 ? &palette->alliance : sign < 0 ? &palette->opposition : &palette->neutral, hex);
}

const char *
_ent_export_sign_name (int sign)
{
  return sign > 0 ? "alliance" : sign < 0 ? "opposition" : "neutral";
}

/* The same sizes as the painter's scene, so that Gephi or yEd draw the
 * network as Entente does. */
double
_ent_export_node_size (const EntNetworkNode *node)
{
  return ent_scene_radius_for_mentions (node->mentions);
}

double
_ent_export_tie_width (const EntNetworkTie *tie)
{
  return ent_scene_width_for_weight (tie->weight);
}
