/* ent-position-model.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ent-project.h"

G_BEGIN_DECLS

#define ENT_TYPE_POSITION_MODEL (ent_position_model_get_type ())

G_DECLARE_FINAL_TYPE (EntPositionModel, ent_position_model, ENT, POSITION_MODEL, GObject)

/*
 * A GListModel of EntPositionItem, one per statement of a project, in the
 * project's order. It follows EntProject::changed; a statement's item
 * stays the same object across changes, so selections survive them.
 */
EntPositionModel *ent_position_model_new         (void) G_GNUC_WARN_UNUSED_RESULT;
EntProject       *ent_position_model_get_project (EntPositionModel *self);
void              ent_position_model_set_project (EntPositionModel *self,
                                                  EntProject       *project);
void              ent_position_model_set_deferred (EntPositionModel *self,
                                                   gboolean          deferred);

G_END_DECLS
