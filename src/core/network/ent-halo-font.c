/* ent-halo-font.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-halo-font.h"

typedef struct
{
  cairo_font_face_t *real;
  double             width;
} HaloFace;

static cairo_user_data_key_t halo_key;

/* The halo faces made so far, by real face and width. Like the font map's
 * faces they live as long as the process. */
G_LOCK_DEFINE_STATIC (halo_faces);
static GHashTable *halo_faces;

static cairo_status_t
render_halo_glyph (cairo_scaled_font_t  *scaled_font,
                   unsigned long         glyph,
                   cairo_t              *cr,
                   cairo_text_extents_t *extents)
{
  HaloFace *face = cairo_font_face_get_user_data (cairo_scaled_font_get_font_face (scaled_font), &halo_key);
  cairo_glyph_t g = { glyph, 0, 0 };

  /* The context draws in em units; the real font at size 1 has the same. */
  cairo_set_font_face (cr, face->real);
  cairo_glyph_path (cr, &g, 1);
  cairo_set_line_width (cr, face->width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  return cairo_status (cr);
}

static void
free_halo_face (gpointer data)
{
  HaloFace *face = data;

  cairo_font_face_destroy (face->real);
  g_free (face);
}

static cairo_font_face_t *
halo_face_for (cairo_font_face_t *real,
               double             width)
{
  g_autofree char *key = g_strdup_printf ("%p/%g", (gpointer) real, width);
  cairo_font_face_t *halo;

  G_LOCK (halo_faces);
  if (halo_faces == NULL)
    halo_faces = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) cairo_font_face_destroy);
  halo = g_hash_table_lookup (halo_faces, key);
  if (halo == NULL)
    {
      HaloFace *face = g_new (HaloFace, 1);

      face->real = cairo_font_face_reference (real);
      face->width = width;
      halo = cairo_user_font_face_create ();
      cairo_user_font_face_set_render_glyph_func (halo, render_halo_glyph);
      cairo_font_face_set_user_data (halo, &halo_key, face, free_halo_face);
      g_hash_table_insert (halo_faces, g_steal_pointer (&key), halo);
    }
  G_UNLOCK (halo_faces);
  return halo;
}

/* One run of glyphs, at (@x, @y) on its baseline, with no text behind it:
 * a PDF maps its glyphs to no characters. */
static void
show_run (cairo_t        *cr,
          PangoLayoutRun *run,
          double          x,
          double          y,
          double          width)
{
  PangoGlyphString *glyphs = run->glyphs;
  cairo_scaled_font_t *font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));
  g_autofree cairo_glyph_t *out = g_new (cairo_glyph_t, MAX (glyphs->num_glyphs, 1));
  cairo_text_cluster_t cluster = { 0, 0 };
  cairo_matrix_t matrix;
  int advance = 0;

  for (int i = 0; i < glyphs->num_glyphs; i++)
    {
      const PangoGlyphInfo *info = &glyphs->glyphs[i];

      if (!(info->glyph & PANGO_GLYPH_UNKNOWN_FLAG) && info->glyph != PANGO_GLYPH_EMPTY)
        out[cluster.num_glyphs++] = (cairo_glyph_t) {
          info->glyph, x + (double) (advance + info->geometry.x_offset) / PANGO_SCALE,
          y + (double) info->geometry.y_offset / PANGO_SCALE,
        };
      advance += info->geometry.width;
    }
  if (cluster.num_glyphs == 0 || font == NULL)
    return;
  cairo_set_font_face (cr, halo_face_for (cairo_scaled_font_get_font_face (font), width));
  cairo_scaled_font_get_font_matrix (font, &matrix);
  cairo_set_font_matrix (cr, &matrix);
  cairo_show_text_glyphs (cr, "", 0, out, cluster.num_glyphs, &cluster, 1, 0);
}

void
_ent_halo_font_show_layout (cairo_t     *cr,
                            PangoLayout *layout,
                            double       width)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  cairo_font_options_t *options = cairo_font_options_create ();
  double x, y;

  cairo_get_current_point (cr, &x, &y);
  cairo_save (cr);
  /* Unhinted outlines, as the labels' own glyphs are. */
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_set_font_options (cr, options);
  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
      PangoRectangle logical;

      if (run == NULL)
        continue;
      pango_layout_iter_get_run_extents (iter, NULL, &logical);
      show_run (cr, run, x + (double) logical.x / PANGO_SCALE,
                y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE, width);
    }
  while (pango_layout_iter_next_run (iter));
  cairo_restore (cr);
  cairo_font_options_destroy (options);
  pango_layout_iter_free (iter);
}
