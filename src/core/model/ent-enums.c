/* ent-enums.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-enums.h"

G_DEFINE_ENUM_TYPE (EntActorKind, ent_actor_kind,
                    G_DEFINE_ENUM_VALUE (ENT_ACTOR_KIND_STATE, "state"),
                    G_DEFINE_ENUM_VALUE (ENT_ACTOR_KIND_PERSON, "person"),
                    G_DEFINE_ENUM_VALUE (ENT_ACTOR_KIND_ORGANISATION, "organisation"),
                    G_DEFINE_ENUM_VALUE (ENT_ACTOR_KIND_GROUP, "group"))

G_DEFINE_ENUM_TYPE (EntStatementOrigin, ent_statement_origin,
                    G_DEFINE_ENUM_VALUE (ENT_STATEMENT_ORIGIN_EXTRACTED, "extracted"),
                    G_DEFINE_ENUM_VALUE (ENT_STATEMENT_ORIGIN_MANUAL, "manual"))

G_DEFINE_ENUM_TYPE (EntStatementState, ent_statement_state,
                    G_DEFINE_ENUM_VALUE (ENT_STATEMENT_STATE_ACCEPTED, "accepted"),
                    G_DEFINE_ENUM_VALUE (ENT_STATEMENT_STATE_REJECTED, "rejected"))

static const char *
enum_to_string (GType type,
                int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);
  const char *nick = ev ? ev->value_nick : NULL;

  /* Enum classes are static types: the nick stays valid after unref. */
  g_type_class_unref (klass);
  return nick;
}

static gboolean
enum_from_string (GType       type,
                  const char *str,
                  int        *value)
{
  GEnumClass *klass;
  GEnumValue *ev;

  if (str == NULL)
    return FALSE;

  klass = g_type_class_ref (type);
  ev = g_enum_get_value_by_nick (klass, str);
  if (ev != NULL)
    *value = ev->value;
  g_type_class_unref (klass);
  return ev != NULL;
}

const char *
ent_actor_kind_to_string (EntActorKind kind)
{
  return enum_to_string (ENT_TYPE_ACTOR_KIND, kind);
}

gboolean
ent_actor_kind_from_string (const char   *str,
                            EntActorKind *kind)
{
  int v;

  if (!enum_from_string (ENT_TYPE_ACTOR_KIND, str, &v))
    return FALSE;
  *kind = v;
  return TRUE;
}

const char *
ent_statement_origin_to_string (EntStatementOrigin origin)
{
  return enum_to_string (ENT_TYPE_STATEMENT_ORIGIN, origin);
}

gboolean
ent_statement_origin_from_string (const char         *str,
                                  EntStatementOrigin *origin)
{
  int v;

  if (!enum_from_string (ENT_TYPE_STATEMENT_ORIGIN, str, &v))
    return FALSE;
  *origin = v;
  return TRUE;
}

const char *
ent_statement_state_to_string (EntStatementState state)
{
  return enum_to_string (ENT_TYPE_STATEMENT_STATE, state);
}

gboolean
ent_statement_state_from_string (const char        *str,
                                 EntStatementState *state)
{
  int v;

  if (!enum_from_string (ENT_TYPE_STATEMENT_STATE, str, &v))
    return FALSE;
  *state = v;
  return TRUE;
}
