/* ent-actor-item.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ent-actor-item.h"
#include "ent-palette.h"

/* Camps beyond this share the last colour class. */

struct _EntActorItem
{
  GObject       parent_instance;

  EntActor     *actor;
  char         *name;
  EntActorKind  kind;
  guint         mentions;
  guint         allies;
  guint         opponents;
  int           camp;
  char         *camp_label;
  char        **dot_classes;
};

enum {
  PROP_0,
  PROP_ACTOR,
  PROP_NAME,
  PROP_KIND_LABEL,
  PROP_ICON_NAME,
  PROP_MENTIONS,
  PROP_ALLIES,
  PROP_OPPONENTS,
  PROP_CAMP,
  PROP_CAMP_LABEL,
  PROP_DOT_CLASSES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (EntActorItem, ent_actor_item, G_TYPE_OBJECT)

static const struct
{
  const char *label;
  const char *icon_name;
} kinds[] = {
  [ENT_ACTOR_KIND_STATE] = { N_("State"), "emoji-flags-symbolic" },
  [ENT_ACTOR_KIND_PERSON] = { N_("Person"), "avatar-default-symbolic" },
  [ENT_ACTOR_KIND_ORGANISATION] = { N_("Organisation"), "network-workgroup-symbolic" },
  [ENT_ACTOR_KIND_GROUP] = { N_("Group"), "system-users-symbolic" },
};

static guint
kind_index (EntActorKind kind)
{
  return (guint) kind < G_N_ELEMENTS (kinds) ? (guint) kind : ENT_ACTOR_KIND_GROUP;
}

static void
set_camp (EntActorItem *self,
          int           camp)
{
  g_autofree char *class = NULL;

  self->camp = camp;
  g_free (self->camp_label);
  g_strfreev (self->dot_classes);

  if (camp < 0)
    {
      /* Translators: the camp column of an actor in no camp. */
      self->camp_label = g_strdup (C_("camp", "–"));
      class = g_strdup ("camp-none");
    }
  else
    {
      self->camp_label = g_strdup_printf ("%d", camp + 1);
      /* The canvas's colours repeat after the last one; so do the dots'. */
      class = g_strdup_printf ("camp-%d", camp % ENT_PALETTE_N_CAMP_COLORS);
    }

  self->dot_classes = g_new0 (char *, 3);
  self->dot_classes[0] = g_strdup ("camp-dot");
  self->dot_classes[1] = g_steal_pointer (&class);
}

static void
set_uint (EntActorItem *self,
          guint        *field,
          guint         value,
          guint         prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
ent_actor_item_finalize (GObject *object)
{
  EntActorItem *self = ENT_ACTOR_ITEM (object);

  g_clear_object (&self->actor);
  g_free (self->name);
  g_free (self->camp_label);
  g_strfreev (self->dot_classes);

  G_OBJECT_CLASS (ent_actor_item_parent_class)->finalize (object);
}

static void
ent_actor_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EntActorItem *self = ENT_ACTOR_ITEM (object);

  switch (prop_id)
    {
    case PROP_ACTOR:
      g_value_set_object (value, self->actor);
      break;
    case PROP_NAME:
      g_value_set_string (value, ent_actor_item_get_name (self));
      break;
    case PROP_KIND_LABEL:
      g_value_set_string (value, ent_actor_item_get_kind_label (self));
      break;
    case PROP_ICON_NAME:
      g_value_set_string (value, ent_actor_item_get_icon_name (self));
      break;
    case PROP_MENTIONS:
      g_value_set_uint (value, self->mentions);
      break;
    case PROP_ALLIES:
      g_value_set_uint (value, self->allies);
      break;
    case PROP_OPPONENTS:
      g_value_set_uint (value, self->opponents);
      break;
    case PROP_CAMP:
      g_value_set_int (value, self->camp);
      break;
    case PROP_CAMP_LABEL:
      g_value_set_string (value, self->camp_label);
      break;
    case PROP_DOT_CLASSES:
      g_value_set_boxed (value, self->dot_classes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_actor_item_class_init (EntActorItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ent_actor_item_finalize;
  object_class->get_property = ent_actor_item_get_property;

  properties[PROP_ACTOR] = g_param_spec_object ("actor", NULL, NULL, ENT_TYPE_ACTOR, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_KIND_LABEL] = g_param_spec_string ("kind-label", NULL, NULL, NULL, flags);
  properties[PROP_ICON_NAME] = g_param_spec_string ("icon-name", NULL, NULL, NULL, flags);
  properties[PROP_MENTIONS] = g_param_spec_uint ("mentions", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_ALLIES] = g_param_spec_uint ("allies", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_OPPONENTS] = g_param_spec_uint ("opponents", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_CAMP] = g_param_spec_int ("camp", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_CAMP_LABEL] = g_param_spec_string ("camp-label", NULL, NULL, NULL, flags);
  properties[PROP_DOT_CLASSES] = g_param_spec_boxed ("dot-classes", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ent_actor_item_init (EntActorItem *self)
{
  set_camp (self, -1);
}

EntActorItem *
ent_actor_item_new (EntActor *actor)
{
  EntActorItem *self;

  g_return_val_if_fail (ENT_IS_ACTOR (actor), NULL);

  self = g_object_new (ENT_TYPE_ACTOR_ITEM, NULL);
  self->actor = g_object_ref (actor);
  self->name = g_strdup (ent_actor_get_name (actor));
  self->kind = ent_actor_get_kind (actor);

  return self;
}

EntActor *
ent_actor_item_get_actor (EntActorItem *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR_ITEM (self), NULL);

  return self->actor;
}

const char *
ent_actor_item_get_name (EntActorItem *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR_ITEM (self), NULL);

  return self->name;
}

const char *
ent_actor_item_get_kind_label (EntActorItem *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR_ITEM (self), NULL);

  return _(kinds[kind_index (self->kind)].label);
}

const char *
ent_actor_item_get_icon_name (EntActorItem *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR_ITEM (self), NULL);

  return kinds[kind_index (self->kind)].icon_name;
}

guint
ent_actor_item_get_mentions (EntActorItem *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR_ITEM (self), 0);

  return self->mentions;
}

guint
ent_actor_item_get_allies (EntActorItem *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR_ITEM (self), 0);

  return self->allies;
}

guint
ent_actor_item_get_opponents (EntActorItem *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR_ITEM (self), 0);

  return self->opponents;
}

int
ent_actor_item_get_camp (EntActorItem *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR_ITEM (self), -1);

  return self->camp;
}

const char *
ent_actor_item_get_camp_label (EntActorItem *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR_ITEM (self), NULL);

  return self->camp_label;
}

const char * const *
ent_actor_item_get_dot_classes (EntActorItem *self)
{
  g_return_val_if_fail (ENT_IS_ACTOR_ITEM (self), NULL);

  return (const char * const *) self->dot_classes;
}

/* Takes the actor's current name and kind and the node's figures, and
 * notifies what changed, so that bound cells follow without a rebind. */
void
ent_actor_item_update (EntActorItem *self,
                       guint         mentions,
                       guint         allies,
                       guint         opponents,
                       int           camp)
{
  GObject *object = G_OBJECT (self);

  g_return_if_fail (ENT_IS_ACTOR_ITEM (self));

  g_object_freeze_notify (object);
  if (g_strcmp0 (self->name, ent_actor_get_name (self->actor)) != 0)
    {
      g_free (self->name);
      self->name = g_strdup (ent_actor_get_name (self->actor));
      g_object_notify_by_pspec (object, properties[PROP_NAME]);
    }
  if (self->kind != ent_actor_get_kind (self->actor))
    {
      self->kind = ent_actor_get_kind (self->actor);
      g_object_notify_by_pspec (object, properties[PROP_KIND_LABEL]);
      g_object_notify_by_pspec (object, properties[PROP_ICON_NAME]);
    }
  set_uint (self, &self->mentions, mentions, PROP_MENTIONS);
  set_uint (self, &self->allies, allies, PROP_ALLIES);
  set_uint (self, &self->opponents, opponents, PROP_OPPONENTS);
  if (self->camp != camp)
    {
      set_camp (self, camp);
      g_object_notify_by_pspec (object, properties[PROP_CAMP]);
      g_object_notify_by_pspec (object, properties[PROP_CAMP_LABEL]);
      g_object_notify_by_pspec (object, properties[PROP_DOT_CLASSES]);
    }
  g_object_thaw_notify (object);
}
