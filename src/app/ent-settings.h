/* ent-settings.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GSettings *ent_settings_new (const char *needed_key) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
