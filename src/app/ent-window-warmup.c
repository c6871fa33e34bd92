/* ent-window-warmup.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ent-window-private.h"

/* The first frame that shows imported articles draws text in every style
 * the lists and the reader use, badges, dots and the canvas's images, all
 * for the first time. With a software renderer (Mesa's llvmpipe, as on a
 * machine or a virtual display without a GPU) each first use costs: its
 * shaders are compiled and every glyph is rasterised and uploaded, which
 * made that frame block the window for 50 to 80 ms during a large import.
 *
 * So the window draws, in its first frames, a sample of those styles over
 * its content, almost transparent (1/255 of the text colour, which a
 * display cannot show), and then hides it: the renderer, shared by the
 * display's windows, keeps the shaders and the glyphs. On a GPU this
 * costs a fraction of a millisecond, once. (On software GL the windows
 * draw with cairo unless the user asks for GL, ent-renderer.c; then the
 * glyphs are still rasterised here rather than in that frame.) */

#define WARMUP_FRAMES 3

static const char sample[] =
  "The quick brown fox jumps over the lazy dog. THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG "
  "0123456789 ,.;:!?'\"()[]-\xe2\x80\x93\xe2\x80\x94/&%+\xe2\x88\x92\xc2\xb7\xe2\x80\xa6"
  "\xe2\x80\x99\xe2\x80\x9c\xe2\x80\x9d";

/* The style classes of the lists, the document rows and the reader. */
static const char *label_classes[][3] = {
  { NULL },
  { "heading", NULL },
  { "title-2", NULL },
  { "caption", NULL },
  { "caption", "dim-label", NULL },
  { "caption", "numeric", NULL },
  { "dim-label", NULL },
  { "numeric", NULL },
  { "sign", "sign-support", NULL },
  { "sign", "sign-oppose", NULL },
};

static GtkWidget *
new_picture (void)
{
  static const guchar clear[4] = { 0, 0, 0, 1 };  /* premultiplied: 1/255 black */
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guchar *pixels = g_malloc (64 * 64 * 4);
  GtkWidget *picture;

  for (guint i = 0; i < 64 * 64; i++)
    memcpy (pixels + 4 * i, clear, 4);
  bytes = g_bytes_new_take (pixels, 64 * 64 * 4);
  /* The canvas's tiles: GDK's default format, drawn scaled. */
  texture = gdk_memory_texture_new (64, 64, GDK_MEMORY_DEFAULT, bytes, 64 * 4);
  picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));
  gtk_widget_set_size_request (picture, 48, 48);
  return picture;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  guint *frames = data;

  if (++*frames < WARMUP_FRAMES)
    return G_SOURCE_CONTINUE;
  gtk_widget_set_visible (widget, FALSE);
  return G_SOURCE_REMOVE;
}

/* Puts the sample over the window's content, for its first frames. */
void
_ent_window_init_warmup (EntWindow *self)
{
  g_autoptr(GtkWidget) stack = g_object_ref (GTK_WIDGET (self->stack));
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  adw_toast_overlay_set_child (self->toast_overlay, overlay);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), stack);

  for (guint i = 0; i < G_N_ELEMENTS (label_classes); i++)
    {
      GtkWidget *label = gtk_label_new (sample);

      for (guint k = 0; label_classes[i][k] != NULL; k++)
        gtk_widget_add_css_class (label, label_classes[i][k]);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_box_append (GTK_BOX (box), new_picture ());
  gtk_widget_add_css_class (box, "renderer-warmup");
  gtk_widget_set_can_target (box, FALSE);
  gtk_widget_set_can_focus (box, FALSE);
  gtk_widget_set_halign (box, GTK_ALIGN_START);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_accessible_update_state (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), box);
  gtk_widget_add_tick_callback (box, tick_cb, g_new0 (guint, 1), g_free);
}
