/* ent-actor-item.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ent-actor.h"

G_BEGIN_DECLS

#define ENT_TYPE_ACTOR_ITEM (ent_actor_item_get_type ())

G_DECLARE_FINAL_TYPE (EntActorItem, ent_actor_item, ENT, ACTOR_ITEM, GObject)

/*
 * One row of the side panel's actor list: a network node with the figures
 * the columns show, ready to bind. EntActorModel keeps it up to date.
 */
EntActorItem       *ent_actor_item_new             (EntActor     *actor) G_GNUC_WARN_UNUSED_RESULT;
EntActor           *ent_actor_item_get_actor       (EntActorItem *self);
const char         *ent_actor_item_get_name        (EntActorItem *self);
const char         *ent_actor_item_get_kind_label  (EntActorItem *self);
const char         *ent_actor_item_get_icon_name   (EntActorItem *self);
guint               ent_actor_item_get_mentions    (EntActorItem *self);
guint               ent_actor_item_get_allies      (EntActorItem *self);
guint               ent_actor_item_get_opponents   (EntActorItem *self);
int                 ent_actor_item_get_camp        (EntActorItem *self);
const char         *ent_actor_item_get_camp_label  (EntActorItem *self);
const char * const *ent_actor_item_get_dot_classes (EntActorItem *self);
void                ent_actor_item_update          (EntActorItem *self,
                                                    guint         mentions,
                                                    guint         allies,
                                                    guint         opponents,
                                                    int           camp);

G_END_DECLS
