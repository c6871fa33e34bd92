/* ui-test-util.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ent-window-private.h"

G_BEGIN_DECLS

typedef gboolean (*UiTestDoneFunc) (gpointer data);

gboolean   ui_test_init                (int              *argc,
                                        char           ***argv);
gboolean   ui_test_have_display        (void);
void       ui_test_set_timeout         (gint64            usec);

void       ui_test_spin_until          (UiTestDoneFunc    done,
                                        gpointer          data);
void       ui_test_spin_for            (gint64            usec);
void       ui_test_spin_pending        (void);
gboolean   ui_test_widget_is_mapped    (gpointer          data);
gboolean   ui_test_window_is_idle      (gpointer          data);
void       ui_test_wait_idle           (EntWindow        *window);

EntWindow *ui_test_window_new          (EntProject       *project);
void       ui_test_window_destroy      (EntWindow       **window);
void       ui_test_open_file           (EntWindow        *window,
                                        GFile            *file);
void       ui_test_activate            (GtkWidget        *widget,
                                        const char       *action);
gpointer   ui_test_find_toplevel       (GType             type);
gpointer   ui_test_find_shown_toplevel (GType             type);
void       ui_test_assert_toast        (EntWindow        *window,
                                        const char       *text);

void       ui_test_open_fixture        (EntWindow        *window,
                                        const char       *name);
void       ui_test_wait_frame          (GtkWidget        *widget);
guchar    *ui_test_render_pixels       (GtkWidget        *widget);
GPtrArray *ui_test_find_descendants    (GtkWidget        *widget,
                                        GType             type);
gpointer   ui_test_find_controller     (GtkWidget        *widget,
                                        GType             type);

GFile     *ui_test_dist_file           (const char       *first_element,
                                        ...) G_GNUC_NULL_TERMINATED;
char      *ui_test_make_tmp_dir        (const char       *tmpl);
void       ui_test_remove_tree         (const char       *dir);
GFile     *ui_test_write_file          (const char       *dir,
                                        const char       *name,
                                        const char       *contents,
                                        gssize            length);
GFile     *ui_test_save_project        (EntProject       *project,
                                        const char       *dir,
                                        const char       *name);

/* Skips the current test when ui_test_init() found no display (the
 * Flatpak build sandbox has none). */
#define UI_TEST_SKIP_WITHOUT_DISPLAY()     \
  G_STMT_START {                           \
    if (!ui_test_have_display ())          \
      {                                    \
        g_test_skip ("no display");        \
        return;                            \
      }                                    \
  } G_STMT_END

G_END_DECLS
