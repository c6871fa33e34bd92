/* ent-enums.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  ENT_ACTOR_KIND_STATE,
  ENT_ACTOR_KIND_PERSON,
  ENT_ACTOR_KIND_ORGANISATION,
  ENT_ACTOR_KIND_GROUP,
} EntActorKind;

typedef enum
{
  ENT_STATEMENT_ORIGIN_EXTRACTED,
  ENT_STATEMENT_ORIGIN_MANUAL,
} EntStatementOrigin;

typedef enum
{
  ENT_STATEMENT_STATE_ACCEPTED,
  ENT_STATEMENT_STATE_REJECTED,
} EntStatementState;

#define ENT_TYPE_ACTOR_KIND       (ent_actor_kind_get_type ())
#define ENT_TYPE_STATEMENT_ORIGIN (ent_statement_origin_get_type ())
#define ENT_TYPE_STATEMENT_STATE  (ent_statement_state_get_type ())

GType        ent_actor_kind_get_type       (void) G_GNUC_CONST;
GType        ent_statement_origin_get_type (void) G_GNUC_CONST;
GType        ent_statement_state_get_type  (void) G_GNUC_CONST;
const char  *ent_actor_kind_to_string      (EntActorKind        kind);
gboolean     ent_actor_kind_from_string    (const char         *str,
                                            EntActorKind       *kind);
const char  *ent_statement_origin_to_string (EntStatementOrigin origin);
gboolean     ent_statement_origin_from_string (const char      *str,
                                               EntStatementOrigin *origin);
const char  *ent_statement_state_to_string (EntStatementState   state);
gboolean     ent_statement_state_from_string (const char       *str,
                                              EntStatementState *state);

G_END_DECLS
