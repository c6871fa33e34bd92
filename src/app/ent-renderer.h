/* ent-renderer.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char       *ent_renderer_dup_gl_name    (GdkDisplay *display) G_GNUC_WARN_UNUSED_RESULT;
gboolean    ent_renderer_is_software_gl (const char *gl_name);
const char *ent_renderer_choose         (GdkDisplay *display);

G_END_DECLS
