/* test-renderer.c — the renderer the application chooses for its windows
 * (ent-renderer.c).
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-renderer.h"
#include "ui-test-util.h"

/* GSK_RENDERER is read once per process, by the first window shown: each
 * test shows its window in a subprocess of its own, with the environment
 * the test sets. */

/* In the test process: starts the subprocess that runs the test with
 * GSK_RENDERER set to @renderer (unset for %NULL), waits for it to pass,
 * and returns FALSE. In the subprocess: returns TRUE. */
static gboolean
in_subprocess_with_renderer (const char *renderer)
{
  if (g_test_subprocess ())
    return TRUE;
  if (renderer != NULL)
    g_setenv ("GSK_RENDERER", renderer, TRUE);
  else
    g_unsetenv ("GSK_RENDERER");
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  return FALSE;
}

static GskRenderer *
show_window (GtkWidget **window)
{
  *window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (*window), 200, 100);
  gtk_window_present (GTK_WINDOW (*window));
  ui_test_spin_until (ui_test_widget_is_mapped, *window);
  return gtk_native_get_renderer (GTK_NATIVE (*window));
}

static void
test_software_names (void)
{
  g_assert_true (ent_renderer_is_software_gl ("llvmpipe (LLVM 15.0.6, 256 bits)"));
  g_assert_true (ent_renderer_is_software_gl ("softpipe"));
  g_assert_true (ent_renderer_is_software_gl ("Software Rasterizer"));
  g_assert_false (ent_renderer_is_software_gl ("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
  /* A GPU whose driver compiles with LLVM is not software. */
  g_assert_false (ent_renderer_is_software_gl ("AMD Radeon RX 6600 (navi23, LLVM 15.0.6, DRM 3.49)"));
  g_assert_false (ent_renderer_is_software_gl ("NVIDIA GeForce GTX 1650/PCIe/SSE2"));
  g_assert_false (ent_renderer_is_software_gl (NULL));
}

/* Without a choice of the user's, software GL means cairo, and a GPU
 * keeps GTK's GL renderer. Under Xvfb the GL is Mesa's llvmpipe. */
static void
test_software_gl_draws_with_cairo (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autofree char *gl_name = NULL;
  GtkWidget *window;
  GskRenderer *renderer;
  const char *choice;

  if (!in_subprocess_with_renderer (NULL))
    return;

  gl_name = ent_renderer_dup_gl_name (display);
  g_test_message ("GL: %s", gl_name != NULL ? gl_name : "none");
  choice = ent_renderer_choose (display);
  renderer = show_window (&window);
  g_test_message ("renderer: %s", G_OBJECT_TYPE_NAME (renderer));

  if (ent_renderer_is_software_gl (gl_name))
    {
      g_assert_cmpstr (choice, ==, "cairo");
      g_assert_true (GSK_IS_CAIRO_RENDERER (renderer));
    }
  else
    {
      g_assert_null (choice);
      if (gl_name != NULL)
        g_assert_false (GSK_IS_CAIRO_RENDERER (renderer));
    }
  /* Asked again, it does not choose twice. */
  g_assert_null (ent_renderer_choose (display));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The user's GSK_RENDERER wins, even over software GL. */
static void
test_user_choice_wins (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autofree char *gl_name = NULL;
  GtkWidget *window;
  GskRenderer *renderer;

  if (!in_subprocess_with_renderer ("gl"))
    return;

  gl_name = ent_renderer_dup_gl_name (display);
  g_assert_null (ent_renderer_choose (display));
  renderer = show_window (&window);
  g_test_message ("renderer: %s", G_OBJECT_TYPE_NAME (renderer));
  if (gl_name != NULL)
    g_assert_false (GSK_IS_CAIRO_RENDERER (renderer));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display available\n");
      return 0;
    }

  g_test_add_func ("/entente/ui/renderer/software-names", test_software_names);
  g_test_add_func ("/entente/ui/renderer/software-gl-draws-with-cairo",
                   test_software_gl_draws_with_cairo);
  g_test_add_func ("/entente/ui/renderer/user-choice-wins", test_user_choice_wins);
  return g_test_run ();
}
