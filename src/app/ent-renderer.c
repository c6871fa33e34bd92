/* ent-renderer.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <epoxy/gl.h>

#include "ent-renderer.h"

/* GTK draws windows with OpenGL when it can. Without a GPU (a virtual
 * machine, a remote session, a driver that failed to load) Mesa's
 * software rasteriser does it on the CPU, and there GTK's GL renderer is
 * a poor fit: it redraws the whole window in each frame, since software
 * GL on X11 offers no buffer age, and compiles its shaders the first time
 * it meets each combination of state. On a two-core virtual machine one
 * changed label cost 24 ms of CPU a frame with GL and 1.3 ms with GTK's
 * cairo renderer, which draws only what changed; importing 1,000
 * articles blocked the window for up to 64 ms with GL, 37 ms with cairo
 * (tests/bench-import-app.c, README).
 *
 * So when the display's GL is software and the user has not chosen a
 * renderer with GSK_RENDERER, the windows of that display draw with
 * cairo. Later GTK versions make the same call: they do not take
 * llvmpipe as their first choice either. */

/* The renderer of a display's windows, read by gsk_renderer_new_for_surface()
 * before GSK_RENDERER and the backend's default (GTK 4.0 and later). */
#define DISPLAY_RENDERER_KEY "gsk-renderer"

/**
 * ent_renderer_dup_gl_name:
 * @display: a display
 *
 * Returns: (transfer full) (nullable): the name of the display's GL
 *   implementation (GL_RENDERER), or %NULL when it has no working GL
 */
char *
ent_renderer_dup_gl_name (GdkDisplay *display)
{
  g_autoptr(GdkGLContext) context = NULL;
  g_autoptr(GdkGLContext) previous = NULL;
  g_autoptr(GError) error = NULL;
  char *result;

  g_return_val_if_fail (GDK_IS_DISPLAY (display), NULL);

  context = gdk_display_create_gl_context (display, &error);
  if (context == NULL || !gdk_gl_context_realize (context, &error))
    {
      g_debug ("No GL on this display: %s", error->message);
      return NULL;
    }
  /* The context current before, a window's renderer's say, is current
   * again after. */
  previous = gdk_gl_context_get_current ();
  if (previous != NULL)
    g_object_ref (previous);
  gdk_gl_context_make_current (context);
  result = g_strdup ((const char *) glGetString (GL_RENDERER));
  if (previous != NULL)
    gdk_gl_context_make_current (previous);
  else
    gdk_gl_context_clear_current ();
  return result;
}

/**
 * ent_renderer_is_software_gl:
 * @gl_name: (nullable): a GL_RENDERER string
 *
 * Returns: whether @gl_name is one of Mesa's software rasterisers
 */
gboolean
ent_renderer_is_software_gl (const char *gl_name)
{
  static const char *software[] = { "llvmpipe", "softpipe", "Software Rasterizer" };

  if (gl_name == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (software); i++)
    if (strstr (gl_name, software[i]) != NULL)
      return TRUE;
  return FALSE;
}

/**
 * ent_renderer_choose:
 * @display: the display, before any of its windows is shown
 *
 * Makes the windows of @display draw with GTK's cairo renderer when its
 * GL is software, unless the user chose a renderer (GSK_RENDERER).
 *
 * Returns: (nullable): "cairo" when it did, or %NULL
 */
const char *
ent_renderer_choose (GdkDisplay *display)
{
  g_autofree char *gl_name = NULL;

  g_return_val_if_fail (GDK_IS_DISPLAY (display), NULL);

  if (g_getenv ("GSK_RENDERER") != NULL ||
      g_object_get_data (G_OBJECT (display), DISPLAY_RENDERER_KEY) != NULL)
    return NULL;

  gl_name = ent_renderer_dup_gl_name (display);
  if (!ent_renderer_is_software_gl (gl_name))
    return NULL;

  g_debug ("GL is software (%s): windows draw with cairo", gl_name);
  g_object_set_data (G_OBJECT (display), DISPLAY_RENDERER_KEY, (gpointer) "cairo");
  return "cairo";
}
