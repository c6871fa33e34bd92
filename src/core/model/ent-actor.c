/* ent-actor.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-actor.h"

struct _EntActor
{
  GObject       parent_instance;

  char         *id;
  char         *name;
  char         *affiliation;
  char         *role;
  char        **aliases;
  char         *color;
  double        x;
  double        y;
  guint         mentions;
  EntActorKind  kind : 3;
  guint         pinned : 1;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_AFFILIATION,
  PROP_ROLE,
  PROP_ALIASES,
  PROP_COLOR,
  PROP_PINNED,
  PROP_X,
  PROP_Y,
  PROP_MENTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (EntActor, ent_actor, G_TYPE_OBJECT)

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
ent_actor_finalize (GObject *object)
{
  EntActor *self = (EntActor *)object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->affiliation);
  g_free (self->role);
  g_strfreev (self->aliases);
  g_free (self->color);

  G_OBJECT_CLASS (ent_actor_parent_class)->finalize (object);
}

static void
ent_actor_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  EntActor *self = ENT_ACTOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_AFFILIATION:
      g_value_set_string (value, self->affiliation);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case PROP_ALIASES:
      g_value_set_boxed (value, self->aliases);
      break;
    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;
    case PROP_PINNED:
      g_value_set_boolean (value, self->pinned);
      break;
    case PROP_X:
      g_value_set_double (value, self->x);
      break;
    case PROP_Y:
      g_value_set_double (value, self->y);
      break;
    case PROP_MENTIONS:
      g_value_set_uint (value, self->mentions);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_actor_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  EntActor *self = ENT_ACTOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      ent_actor_set_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      ent_actor_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_AFFILIATION:
      ent_actor_set_affiliation (self, g_value_get_string (value));
      break;
    case PROP_ROLE:
      ent_actor_set_role (self, g_value_get_string (value));
      break;
    case PROP_ALIASES:
      ent_actor_set_aliases (self, g_value_get_boxed (value));
      break;
    case PROP_COLOR:
      ent_actor_set_color (self, g_value_get_string (value));
      break;
    case PROP_PINNED:
      ent_actor_set_position (self, self->x, self->y, g_value_get_boolean (value));
      break;
    case PROP_X:
      ent_actor_set_position (self, g_value_get_double (value), self->y, self->pinned);
      break;
    case PROP_Y:
      ent_actor_set_position (self, self->x, g_value_get_double (value), self->pinned);
      break;
    case PROP_MENTIONS:
      ent_actor_set_mentions (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_actor_class_init (EntActorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ent_actor_finalize;
  object_class->get_property = ent_actor_get_property;
  object_class->set_property = ent_actor_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, ENT_TYPE_ACTOR_KIND, ENT_ACTOR_KIND_STATE, rw);
  properties[PROP_AFFILIATION] = g_param_spec_string ("affiliation", NULL, NULL, NULL, rw);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL, rw);
  properties[PROP_ALIASES] = g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_COLOR] = g_param_spec_string ("color", NULL, NULL, NULL, rw);
  properties[PROP_PINNED] = g_param_spec_boolean ("pinned", NULL, NULL, FALSE, rw);
  properties[PROP_X] = g_param_spec_double ("x", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, rw);
  properties[PROP_Y] = g_param_spec_double ("y", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, rw);
  properties[PROP_MENTIONS] = g_param_spec_uint ("mentions", NULL, NULL, 0, G_MAXUINT, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ent_actor_init (EntActor *self)
{
}

EntActor *
ent_actor_new (const char   *id,
               const char   *name,
               EntActorKind  kind)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  return g_object_new (ENT_TYPE_ACTOR,
                       "id", id,
                       "name", name ? name : id,
                       "kind", kind,
                       NULL);
}

const char *
ent_actor_get_id (EntActor *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR (self), NULL);
  return self->id;
}

const char *
ent_actor_get_name (EntActor *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR (self), NULL);
  return self->name;
}

EntActorKind
ent_actor_get_kind (EntActor *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR (self), 0);
  return self->kind;
}

const char *
ent_actor_get_affiliation (EntActor *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR (self), NULL);
  return self->affiliation;
}

const char *
ent_actor_get_role (EntActor *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR (self), NULL);
  return self->role;
}

/**
 * ent_actor_get_aliases:
 *
 * Returns: (transfer none) (array zero-terminated=1): the other names of the
 *   actor; never %NULL.
 */
const char * const *
ent_actor_get_aliases (EntActor *self)
{
  static const char *empty[] = { NULL };

  g_return_val_if_fail (ENT_IS_ACTOR (self), NULL);
  return self->aliases ? (const char * const *)self->aliases : empty;
}

const char *
ent_actor_get_color (EntActor *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR (self), NULL);
  return self->color;
}

gboolean
ent_actor_get_pinned (EntActor *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR (self), FALSE);
  return self->pinned;
}

double
ent_actor_get_x (EntActor *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR (self), 0);
  return self->x;
}

double
ent_actor_get_y (EntActor *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR (self), 0);
  return self->y;
}

guint
ent_actor_get_mentions (EntActor *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR (self), 0);
  return self->mentions;
}

gboolean
ent_actor_has_alias (EntActor   *self,
                     const char *alias)
{
  g_return_val_if_fail (ENT_IS_ACTOR (self), FALSE);
  return alias && self->aliases && g_strv_contains ((const char * const *)self->aliases, alias);
}

void
ent_actor_set_name (EntActor   *self,
                    const char *name)
{
  g_return_if_fail (ENT_IS_ACTOR (self));
  if (set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

void
ent_actor_set_kind (EntActor     *self,
                    EntActorKind  kind)
{
  g_return_if_fail (ENT_IS_ACTOR (self));
  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

void
ent_actor_set_affiliation (EntActor   *self,
                           const char *affiliation)
{
  g_return_if_fail (ENT_IS_ACTOR (self));
  if (affiliation && *affiliation == '\0')
    affiliation = NULL;
  if (set_string (&self->affiliation, affiliation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AFFILIATION]);
}

void
ent_actor_set_role (EntActor   *self,
                    const char *role)
{
  g_return_if_fail (ENT_IS_ACTOR (self));
  if (set_string (&self->role, role))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

void
ent_actor_set_aliases (EntActor           *self,
                       const char * const *aliases)
{
  g_return_if_fail (ENT_IS_ACTOR (self));

  if (aliases && *aliases == NULL)
    aliases = NULL;
  if (self->aliases == NULL && aliases == NULL)
    return;
  if (self->aliases && aliases && g_strv_equal ((const char * const *)self->aliases, aliases))
    return;
  g_strfreev (self->aliases);
  self->aliases = g_strdupv ((char **)aliases);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
}

void
ent_actor_set_color (EntActor   *self,
                     const char *color)
{
  g_return_if_fail (ENT_IS_ACTOR (self));
  if (color && *color == '\0')
    color = NULL;
  if (set_string (&self->color, color))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}

void
ent_actor_set_position (EntActor *self,
                        double    x,
                        double    y,
                        gboolean  pinned)
{
  g_return_if_fail (ENT_IS_ACTOR (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->x != x)
    {
      self->x = x;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_X]);
    }
  if (self->y != y)
    {
      self->y = y;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_Y]);
    }
  if (self->pinned != !!pinned)
    {
      self->pinned = !!pinned;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PINNED]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
ent_actor_set_mentions (EntActor *self,
                        guint     mentions)
{
  g_return_if_fail (ENT_IS_ACTOR (self));
  if (self->mentions == mentions)
    return;
  self->mentions = mentions;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTIONS]);
}
