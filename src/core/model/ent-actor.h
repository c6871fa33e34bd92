/* ent-actor.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ent-enums.h"

G_BEGIN_DECLS

#define ENT_TYPE_ACTOR (ent_actor_get_type ())

G_DECLARE_FINAL_TYPE (EntActor, ent_actor, ENT, ACTOR, GObject)

/*
 * An actor: a state, a person, an organisation or a group. Once an actor
 * belongs to a project, change it only through the project's edit functions
 * (ent_project_rename_actor() and friends), which record the change for undo;
 * the setters here are for importers and extractors building new actors.
 */
EntActor            *ent_actor_new             (const char         *id,
                                                const char         *name,
                                                EntActorKind        kind) G_GNUC_WARN_UNUSED_RESULT;
const char          *ent_actor_get_id          (EntActor           *self);
const char          *ent_actor_get_name        (EntActor           *self);
EntActorKind         ent_actor_get_kind        (EntActor           *self);
const char          *ent_actor_get_affiliation (EntActor           *self);
const char          *ent_actor_get_role        (EntActor           *self);
const char * const  *ent_actor_get_aliases     (EntActor           *self);
const char          *ent_actor_get_color       (EntActor           *self);
gboolean             ent_actor_get_pinned      (EntActor           *self);
double               ent_actor_get_x           (EntActor           *self);
double               ent_actor_get_y           (EntActor           *self);
guint                ent_actor_get_mentions    (EntActor           *self);
gboolean             ent_actor_has_alias       (EntActor           *self,
                                                const char         *alias);
void                 ent_actor_set_name        (EntActor           *self,
                                                const char         *name);
void                 ent_actor_set_kind        (EntActor           *self,
                                                EntActorKind        kind);
void                 ent_actor_set_affiliation (EntActor           *self,
                                                const char         *affiliation);
void                 ent_actor_set_role        (EntActor           *self,
                                                const char         *role);
void                 ent_actor_set_aliases     (EntActor           *self,
                                                const char * const *aliases);
void                 ent_actor_set_color       (EntActor           *self,
                                                const char         *color);
void                 ent_actor_set_position    (EntActor           *self,
                                                double              x,
                                                double              y,
                                                gboolean            pinned);
void                 ent_actor_set_mentions    (EntActor           *self,
                                                guint               mentions);

G_END_DECLS
