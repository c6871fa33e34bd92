/* ent-application.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ent-extractor.h"

G_BEGIN_DECLS

#define ENT_TYPE_APPLICATION (ent_application_get_type ())

G_DECLARE_FINAL_TYPE (EntApplication, ent_application, ENT, APPLICATION, AdwApplication)

EntApplication *ent_application_new              (void) G_GNUC_WARN_UNUSED_RESULT;
EntExtractor   *ent_application_dup_extractor    (GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
