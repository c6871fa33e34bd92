/* ent-position-item.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ent-position-item.h"

/* The opacity of a rejected position's cells: visible, but out of the way. */
#define REJECTED_OPACITY 0.45

struct _EntPositionItem
{
  GObject       parent_instance;

  EntStatement *statement;
  char         *source_name;
  char         *target_name;
  char         *document_title;
  char         *search_text;
  int           sign;
  double        confidence;
  const char   *state_key;
};

enum {
  PROP_0,
  PROP_STATEMENT,
  PROP_SOURCE_NAME,
  PROP_TARGET_NAME,
  PROP_SIGN_LABEL,
  PROP_SIGN_SYMBOL,
  PROP_SIGN_CLASSES,
  PROP_CUE,
  PROP_CONFIDENCE,
  PROP_CONFIDENCE_LABEL,
  PROP_DOCUMENT_TITLE,
  PROP_STATE_KEY,
  PROP_STATE_LABEL,
  PROP_REJECTED,
  PROP_OPACITY,
  PROP_SEARCH_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (EntPositionItem, ent_position_item, G_TYPE_OBJECT)

static const char *
get_state_key (EntStatement *statement)
{
  if (ent_statement_get_state (statement) == ENT_STATEMENT_STATE_REJECTED)
    return "rejected";
  if (ent_statement_get_origin (statement) == ENT_STATEMENT_ORIGIN_MANUAL)
    return "manual";
  return "accepted";
}

static const char *
state_label (const char *key)
{
  if (g_str_equal (key, "rejected"))
    return C_("position state", "Rejected");
  if (g_str_equal (key, "manual"))
    return C_("position state", "Manual");
  return C_("position state", "Accepted");
}

static const char *
actor_name (EntProject *project,
            const char *id)
{
  EntActor *actor = id ? ent_project_lookup_actor (project, id) : NULL;

  return actor ? ent_actor_get_name (actor) : id ? id : "";
}

static const char *
document_title (EntProject *project,
                const char *id)
{
  EntDocument *document = id ? ent_project_lookup_document (project, id) : NULL;
  const char *title = document ? ent_document_get_title (document) : NULL;

  if (document == NULL)
    /* Translators: the document column of a position the user added. */
    return _("No article");
  return title && *title ? title : _("Untitled Article");
}

/* Replaces *@field by @value (taking it) and notifies when it differs. */
static gboolean
take_string (EntPositionItem  *self,
             char            **field,
             char             *value,
             guint             prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    {
      g_free (value);
      return FALSE;
    }

  g_free (*field);
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  return TRUE;
}

/* Copies @value into *@field and notifies when it differs. */
static gboolean
set_string (EntPositionItem  *self,
            char            **field,
            const char       *value,
            guint             prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  return take_string (self, field, g_strdup (value), prop_id);
}

/* Whether @text is the words of the search text, joined by spaces, as
 * ent_position_item_update() writes it. */
static gboolean
search_text_is (const char *text,
                const char *source_name,
                const char *sign_label,
                const char *target_name,
                const char *cue,
                const char *title,
                const char *note)
{
  const char *parts[] = { source_name, sign_label, target_name, cue, title, note };

  if (text == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      size_t len = strlen (parts[i]);

      if (strncmp (text, parts[i], len) != 0)
        return FALSE;
      text += len;
      if (i + 1 < G_N_ELEMENTS (parts))
        {
          if (*text != ' ')
            return FALSE;
          text++;
        }
    }
  return *text == '\0';
}

static void
ent_position_item_finalize (GObject *object)
{
  EntPositionItem *self = ENT_POSITION_ITEM (object);

  g_clear_object (&self->statement);
  g_free (self->source_name);
  g_free (self->target_name);
  g_free (self->document_title);
  g_free (self->search_text);

  G_OBJECT_CLASS (ent_position_item_parent_class)->finalize (object);
}

static void
ent_position_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  EntPositionItem *self = ENT_POSITION_ITEM (object);
  const char *sign_classes[] = { "sign", self->sign < 0 ? "sign-oppose" : "sign-support", NULL };

  switch (prop_id)
    {
    case PROP_STATEMENT:
      g_value_set_object (value, self->statement);
      break;
    case PROP_SOURCE_NAME:
      g_value_set_string (value, self->source_name);
      break;
    case PROP_TARGET_NAME:
      g_value_set_string (value, self->target_name);
      break;
    case PROP_SIGN_LABEL:
      g_value_set_string (value, ent_position_item_get_sign_label (self));
      break;
    case PROP_SIGN_SYMBOL:
      g_value_set_string (value, self->sign < 0 ? "−" : "+");
      break;
    case PROP_SIGN_CLASSES:
      g_value_set_boxed (value, sign_classes);
      break;
    case PROP_CUE:
      g_value_set_string (value, ent_statement_get_cue (self->statement));
      break;
    case PROP_CONFIDENCE:
      g_value_set_double (value, self->confidence);
      break;
    case PROP_CONFIDENCE_LABEL:
      g_value_take_string (value, g_strdup_printf ("%.0f%%", self->confidence * 100));
      break;
    case PROP_DOCUMENT_TITLE:
      g_value_set_string (value, self->document_title);
      break;
    case PROP_STATE_KEY:
      g_value_set_string (value, self->state_key);
      break;
    case PROP_STATE_LABEL:
      g_value_set_string (value, state_label (self->state_key));
      break;
    case PROP_REJECTED:
      g_value_set_boolean (value, ent_position_item_get_rejected (self));
      break;
    case PROP_OPACITY:
      g_value_set_double (value, ent_position_item_get_rejected (self) ? REJECTED_OPACITY : 1.0);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_position_item_class_init (EntPositionItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ent_position_item_finalize;
  object_class->get_property = ent_position_item_get_property;

  properties[PROP_STATEMENT] =
    g_param_spec_object ("statement", NULL, NULL, ENT_TYPE_STATEMENT, flags);
  properties[PROP_SOURCE_NAME] = g_param_spec_string ("source-name", NULL, NULL, NULL, flags);
  properties[PROP_TARGET_NAME] = g_param_spec_string ("target-name", NULL, NULL, NULL, flags);
  properties[PROP_SIGN_LABEL] = g_param_spec_string ("sign-label", NULL, NULL, NULL, flags);
  properties[PROP_SIGN_SYMBOL] = g_param_spec_string ("sign-symbol", NULL, NULL, NULL, flags);
  properties[PROP_SIGN_CLASSES] =
    g_param_spec_boxed ("sign-classes", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_CUE] = g_param_spec_string ("cue", NULL, NULL, NULL, flags);
  properties[PROP_CONFIDENCE] =
    g_param_spec_double ("confidence", NULL, NULL, 0, 1, 1, flags);
  properties[PROP_CONFIDENCE_LABEL] =
    g_param_spec_string ("confidence-label", NULL, NULL, NULL, flags);
  properties[PROP_DOCUMENT_TITLE] =
    g_param_spec_string ("document-title", NULL, NULL, NULL, flags);
  properties[PROP_STATE_KEY] = g_param_spec_string ("state-key", NULL, NULL, NULL, flags);
  properties[PROP_STATE_LABEL] = g_param_spec_string ("state-label", NULL, NULL, NULL, flags);
  properties[PROP_REJECTED] = g_param_spec_boolean ("rejected", NULL, NULL, FALSE, flags);
  properties[PROP_OPACITY] = g_param_spec_double ("opacity", NULL, NULL, 0, 1, 1, flags);
  properties[PROP_SEARCH_TEXT] = g_param_spec_string ("search-text", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ent_position_item_init (EntPositionItem *self)
{
  self->state_key = "accepted";
}

EntPositionItem *
ent_position_item_new (EntStatement *statement)
{
  EntPositionItem *self;

  g_return_val_if_fail (ENT_IS_STATEMENT (statement), NULL);

  self = g_object_new (ENT_TYPE_POSITION_ITEM, NULL);
  self->statement = g_object_ref (statement);

  return self;
}

EntStatement *
ent_position_item_get_statement (EntPositionItem *self)
{
  g_return_val_if_fail (ENT_IS_POSITION_ITEM (self), NULL);

  return self->statement;
}

const char *
ent_position_item_get_source_name (EntPositionItem *self)
{
  g_return_val_if_fail (ENT_IS_POSITION_ITEM (self), NULL);

  return self->source_name;
}

const char *
ent_position_item_get_target_name (EntPositionItem *self)
{
  g_return_val_if_fail (ENT_IS_POSITION_ITEM (self), NULL);

  return self->target_name;
}

const char *
ent_position_item_get_sign_label (EntPositionItem *self)
{
  g_return_val_if_fail (ENT_IS_POSITION_ITEM (self), NULL);

  /* Translators: the sign of a position, between two actors' names. */
  return self->sign < 0 ? _("opposes") : _("supports");
}

const char *
ent_position_item_get_document_title (EntPositionItem *self)
{
  g_return_val_if_fail (ENT_IS_POSITION_ITEM (self), NULL);

  return self->document_title;
}

const char *
ent_position_item_get_state_key (EntPositionItem *self)
{
  g_return_val_if_fail (ENT_IS_POSITION_ITEM (self), NULL);

  return self->state_key;
}

const char *
ent_position_item_get_state_label (EntPositionItem *self)
{
  g_return_val_if_fail (ENT_IS_POSITION_ITEM (self), NULL);

  return state_label (self->state_key);
}

gboolean
ent_position_item_get_rejected (EntPositionItem *self)
{
  g_return_val_if_fail (ENT_IS_POSITION_ITEM (self), FALSE);

  return g_str_equal (self->state_key, "rejected");
}

/* Takes the statement's current values and the names they refer to in
 * @project, and notifies what changed. Returns whether anything did, so
 * that the model re-sorts and re-filters only when it must. */
gboolean
ent_position_item_update (EntPositionItem *self,
                          EntProject      *project)
{
  GObject *object = G_OBJECT (self);
  gboolean changed = FALSE;
  EntStatement *st;
  const char *state_key, *source_name, *target_name, *title, *cue, *note;

  g_return_val_if_fail (ENT_IS_POSITION_ITEM (self), FALSE);
  g_return_val_if_fail (ENT_IS_PROJECT (project), FALSE);

  st = self->statement;
  source_name = actor_name (project, ent_statement_get_source (st));
  target_name = actor_name (project, ent_statement_get_target (st));
  title = document_title (project, ent_statement_get_document (st));
  cue = ent_statement_get_cue (st) ? ent_statement_get_cue (st) : "";
  note = ent_statement_get_note (st) ? ent_statement_get_note (st) : "";
  /* Most updates find nothing new (each refresh of the list during an
   * import updates every row): tell without allocating anything. */
  if (g_strcmp0 (self->source_name, source_name) == 0 && g_strcmp0 (self->target_name, target_name) == 0 &&
      g_strcmp0 (self->document_title, title) == 0 && self->sign == ent_statement_get_sign (st) &&
      self->confidence == ent_statement_get_confidence (st) &&
      g_str_equal (self->state_key, get_state_key (st)) &&
      search_text_is (self->search_text, source_name, ent_position_item_get_sign_label (self),
                      target_name, cue, title, note))
    return FALSE;

  g_object_freeze_notify (object);
  changed |= set_string (self, &self->source_name, source_name, PROP_SOURCE_NAME);
  changed |= set_string (self, &self->target_name, target_name, PROP_TARGET_NAME);
  changed |= set_string (self, &self->document_title, title, PROP_DOCUMENT_TITLE);
  if (self->sign != ent_statement_get_sign (st))
    {
      self->sign = ent_statement_get_sign (st);
      changed = TRUE;
      g_object_notify_by_pspec (object, properties[PROP_SIGN_LABEL]);
      g_object_notify_by_pspec (object, properties[PROP_SIGN_SYMBOL]);
      g_object_notify_by_pspec (object, properties[PROP_SIGN_CLASSES]);
    }
  if (self->confidence != ent_statement_get_confidence (st))
    {
      self->confidence = ent_statement_get_confidence (st);
      changed = TRUE;
      g_object_notify_by_pspec (object, properties[PROP_CONFIDENCE]);
      g_object_notify_by_pspec (object, properties[PROP_CONFIDENCE_LABEL]);
    }
  state_key = get_state_key (st);
  if (!g_str_equal (state_key, self->state_key))
    {
      self->state_key = state_key;
      changed = TRUE;
      g_object_notify_by_pspec (object, properties[PROP_STATE_KEY]);
      g_object_notify_by_pspec (object, properties[PROP_STATE_LABEL]);
      g_object_notify_by_pspec (object, properties[PROP_REJECTED]);
      g_object_notify_by_pspec (object, properties[PROP_OPACITY]);
    }
  /* The filter's text: the names, the sign's word (to filter by sign), the
   * cue, the article and the note. */
  if (take_string (self, &self->search_text,
                   g_strjoin (" ", self->source_name, ent_position_item_get_sign_label (self),
                              self->target_name, cue, self->document_title, note, NULL),
                   PROP_SEARCH_TEXT))
    {
      changed = TRUE;
      g_object_notify_by_pspec (object, properties[PROP_CUE]);
    }
  g_object_thaw_notify (object);

  return changed;
}
