/* ent-deferred-model.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ENT_TYPE_DEFERRED_MODEL (ent_deferred_model_get_type ())

G_DECLARE_FINAL_TYPE (EntDeferredModel, ent_deferred_model, ENT, DEFERRED_MODEL, GObject)

EntDeferredModel *ent_deferred_model_new          (GListModel       *model,
                                                   guint             interval_ms);
GListModel       *ent_deferred_model_get_model    (EntDeferredModel *self);
void              ent_deferred_model_set_model    (EntDeferredModel *self,
                                                   GListModel       *model);
void              ent_deferred_model_set_deferred (EntDeferredModel *self,
                                                   gboolean          deferred);
gboolean          ent_deferred_model_get_deferred (EntDeferredModel *self);
void              ent_deferred_model_flush        (EntDeferredModel *self);
void              ent_deferred_model_show         (EntDeferredModel *self,
                                                   guint             position);

G_END_DECLS
