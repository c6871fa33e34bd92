/* ent-actor-model.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ent-network.h"

G_BEGIN_DECLS

#define ENT_TYPE_ACTOR_MODEL (ent_actor_model_get_type ())

G_DECLARE_FINAL_TYPE (EntActorModel, ent_actor_model, ENT, ACTOR_MODEL, GObject)

/*
 * A GListModel of EntActorItem, one per node of a network, in the
 * network's node order. It follows EntNetwork::changed; an actor's item
 * stays the same object across changes, so selections survive them.
 */
EntActorModel *ent_actor_model_new         (void) G_GNUC_WARN_UNUSED_RESULT;
EntNetwork    *ent_actor_model_get_network (EntActorModel *self);
void           ent_actor_model_set_network (EntActorModel *self,
                                            EntNetwork    *network);
void           ent_actor_model_set_deferred (EntActorModel *self,
                                             gboolean       deferred);

G_END_DECLS
