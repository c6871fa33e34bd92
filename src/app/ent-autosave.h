/* ent-autosave.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ent-project.h"

G_BEGIN_DECLS

#define ENT_TYPE_AUTOSAVE (ent_autosave_get_type ())

G_DECLARE_FINAL_TYPE (EntAutosave, ent_autosave, ENT, AUTOSAVE, GObject)

/* A modified project is saved here every so often and on every
 * ENT_AUTOSAVE_EDITS-th edit. */
#define ENT_AUTOSAVE_SECONDS 60
#define ENT_AUTOSAVE_EDITS   100

EntAutosave *ent_autosave_new             (EntProject           *project);
GFile       *ent_autosave_get_file        (EntAutosave          *self);
void         ent_autosave_adopt           (EntAutosave          *self,
                                           GFile                *file);
void         ent_autosave_save_now        (EntAutosave          *self);
void         ent_autosave_set_held        (EntAutosave          *self,
                                           gboolean              held);

char        *ent_autosave_dup_dir         (void) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray   *ent_autosave_list_orphans    (void) G_GNUC_WARN_UNUSED_RESULT;
void         ent_autosave_delete          (GFile                *file);
void         ent_autosave_prepare_recovered (EntProject         *project,
                                             GFile              *file);

G_END_DECLS
