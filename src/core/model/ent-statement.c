/* ent-statement.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-statement.h"

struct _EntStatement
{
  GObject            parent_instance;

  char              *id;
  char              *source;
  char              *target;
  char              *cue;
  char              *document;
  char              *note;
  double             confidence;
  guint              sentence_start;
  guint              sentence_end;
  guint              cue_start;
  guint              cue_end;
  int                sign;
  EntStatementOrigin origin;
  EntStatementState  state;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_SOURCE,
  PROP_TARGET,
  PROP_SIGN,
  PROP_CUE,
  PROP_CONFIDENCE,
  PROP_DOCUMENT,
  PROP_SENTENCE_START,
  PROP_SENTENCE_END,
  PROP_CUE_START,
  PROP_CUE_END,
  PROP_ORIGIN,
  PROP_STATE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (EntStatement, ent_statement, G_TYPE_OBJECT)

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

static gboolean
set_uint (guint *field,
          guint  value)
{
  if (*field == value)
    return FALSE;
  *field = value;
  return TRUE;
}

static void
ent_statement_finalize (GObject *object)
{
  EntStatement *self = (EntStatement *)object;

  g_free (self->id);
  g_free (self->source);
  g_free (self->target);
  g_free (self->cue);
  g_free (self->document);
  g_free (self->note);

  G_OBJECT_CLASS (ent_statement_parent_class)->finalize (object);
}

static void
ent_statement_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  EntStatement *self = ENT_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_TARGET:
      g_value_set_string (value, self->target);
      break;
    case PROP_SIGN:
      g_value_set_int (value, self->sign);
      break;
    case PROP_CUE:
      g_value_set_string (value, self->cue);
      break;
    case PROP_CONFIDENCE:
      g_value_set_double (value, self->confidence);
      break;
    case PROP_DOCUMENT:
      g_value_set_string (value, self->document);
      break;
    case PROP_SENTENCE_START:
      g_value_set_uint (value, self->sentence_start);
      break;
    case PROP_SENTENCE_END:
      g_value_set_uint (value, self->sentence_end);
      break;
    case PROP_CUE_START:
      g_value_set_uint (value, self->cue_start);
      break;
    case PROP_CUE_END:
      g_value_set_uint (value, self->cue_end);
      break;
    case PROP_ORIGIN:
      g_value_set_enum (value, self->origin);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_statement_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  EntStatement *self = ENT_STATEMENT (object);
  gboolean changed = FALSE;

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      return;
    case PROP_SOURCE:
      changed = set_string (&self->source, g_value_get_string (value));
      break;
    case PROP_TARGET:
      changed = set_string (&self->target, g_value_get_string (value));
      break;
    case PROP_SIGN:
      changed = self->sign != (g_value_get_int (value) < 0 ? -1 : 1);
      self->sign = g_value_get_int (value) < 0 ? -1 : 1;
      break;
    case PROP_CUE:
      changed = set_string (&self->cue, g_value_get_string (value));
      break;
    case PROP_CONFIDENCE:
      changed = self->confidence != g_value_get_double (value);
      self->confidence = g_value_get_double (value);
      break;
    case PROP_DOCUMENT:
      changed = set_string (&self->document, g_value_get_string (value));
      break;
    case PROP_SENTENCE_START:
      changed = set_uint (&self->sentence_start, g_value_get_uint (value));
      break;
    case PROP_SENTENCE_END:
      changed = set_uint (&self->sentence_end, g_value_get_uint (value));
      break;
    case PROP_CUE_START:
      changed = set_uint (&self->cue_start, g_value_get_uint (value));
      break;
    case PROP_CUE_END:
      changed = set_uint (&self->cue_end, g_value_get_uint (value));
      break;
    case PROP_ORIGIN:
      changed = self->origin != (EntStatementOrigin) g_value_get_enum (value);
      self->origin = g_value_get_enum (value);
      break;
    case PROP_STATE:
      changed = self->state != (EntStatementState) g_value_get_enum (value);
      self->state = g_value_get_enum (value);
      break;
    case PROP_NOTE:
      changed = set_string (&self->note, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

static void
ent_statement_class_init (EntStatementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ent_statement_finalize;
  object_class->get_property = ent_statement_get_property;
  object_class->set_property = ent_statement_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, rw);
  properties[PROP_TARGET] = g_param_spec_string ("target", NULL, NULL, NULL, rw);
  properties[PROP_SIGN] = g_param_spec_int ("sign", NULL, NULL, -1, 1, 1, rw);
  properties[PROP_CUE] = g_param_spec_string ("cue", NULL, NULL, NULL, rw);
  properties[PROP_CONFIDENCE] =
    g_param_spec_double ("confidence", NULL, NULL, 0.0, 1.0, 1.0, rw);
  properties[PROP_DOCUMENT] = g_param_spec_string ("document", NULL, NULL, NULL, rw);
  properties[PROP_SENTENCE_START] =
    g_param_spec_uint ("sentence-start", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_SENTENCE_END] =
    g_param_spec_uint ("sentence-end", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_CUE_START] = g_param_spec_uint ("cue-start", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_CUE_END] = g_param_spec_uint ("cue-end", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_ORIGIN] =
    g_param_spec_enum ("origin", NULL, NULL, ENT_TYPE_STATEMENT_ORIGIN,
                       ENT_STATEMENT_ORIGIN_EXTRACTED, rw);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, ENT_TYPE_STATEMENT_STATE,
                       ENT_STATEMENT_STATE_ACCEPTED, rw);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ent_statement_init (EntStatement *self)
{
  self->sign = 1;
  self->confidence = 1.0;
}

EntStatement *
ent_statement_new (const char *id,
                   const char *source,
                   int         sign,
                   const char *target)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);
  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (target != NULL, NULL);

  return g_object_new (ENT_TYPE_STATEMENT,
                       "id", id,
                       "source", source,
                       "target", target,
                       "sign", sign,
                       NULL);
}

#define GETTER(type, name, field, fallback)                 \
  type                                                      \
  ent_statement_get_##name (EntStatement *self)             \
  {                                                         \
    g_return_val_if_fail (ENT_IS_STATEMENT (self), fallback); \
    return self->field;                                     \
  }

GETTER (const char *, id, id, NULL)
GETTER (const char *, source, source, NULL)
GETTER (const char *, target, target, NULL)
GETTER (int, sign, sign, 0)
GETTER (const char *, cue, cue, NULL)
GETTER (double, confidence, confidence, 0)
GETTER (const char *, document, document, NULL)
GETTER (guint, sentence_start, sentence_start, 0)
GETTER (guint, sentence_end, sentence_end, 0)
GETTER (guint, cue_start, cue_start, 0)
GETTER (guint, cue_end, cue_end, 0)
GETTER (EntStatementOrigin, origin, origin, 0)
GETTER (EntStatementState, state, state, 0)
GETTER (const char *, note, note, NULL)

#undef GETTER

gboolean
ent_statement_has_evidence (EntStatement *self)
{
  g_return_val_if_fail (ENT_IS_STATEMENT (self), FALSE);
  return self->document != NULL && self->sentence_end > self->sentence_start;
}

void
ent_statement_set_source (EntStatement *self,
                          const char   *source)
{
  g_return_if_fail (ENT_IS_STATEMENT (self));
  g_object_set (self, "source", source, NULL);
}

void
ent_statement_set_target (EntStatement *self,
                          const char   *target)
{
  g_return_if_fail (ENT_IS_STATEMENT (self));
  g_object_set (self, "target", target, NULL);
}

void
ent_statement_set_sign (EntStatement *self,
                        int           sign)
{
  g_return_if_fail (ENT_IS_STATEMENT (self));
  g_object_set (self, "sign", sign < 0 ? -1 : 1, NULL);
}

void
ent_statement_set_cue (EntStatement *self,
                       const char   *cue)
{
  g_return_if_fail (ENT_IS_STATEMENT (self));
  g_object_set (self, "cue", cue, NULL);
}

void
ent_statement_set_confidence (EntStatement *self,
                              double        confidence)
{
  g_return_if_fail (ENT_IS_STATEMENT (self));
  g_object_set (self, "confidence", CLAMP (confidence, 0.0, 1.0), NULL);
}

void
ent_statement_set_evidence (EntStatement *self,
                            const char   *document,
                            guint         sentence_start,
                            guint         sentence_end,
                            guint         cue_start,
                            guint         cue_end)
{
  g_return_if_fail (ENT_IS_STATEMENT (self));
  g_object_set (self,
                "document", document,
                "sentence-start", sentence_start,
                "sentence-end", sentence_end,
                "cue-start", cue_start,
                "cue-end", cue_end,
                NULL);
}

void
ent_statement_set_origin (EntStatement       *self,
                          EntStatementOrigin  origin)
{
  g_return_if_fail (ENT_IS_STATEMENT (self));
  g_object_set (self, "origin", origin, NULL);
}

void
ent_statement_set_state (EntStatement      *self,
                         EntStatementState  state)
{
  g_return_if_fail (ENT_IS_STATEMENT (self));
  g_object_set (self, "state", state, NULL);
}

void
ent_statement_set_note (EntStatement *self,
                        const char   *note)
{
  g_return_if_fail (ENT_IS_STATEMENT (self));
  g_object_set (self, "note", note, NULL);
}
