/* ent-document.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ent-document.h"

struct _EntDocument
{
  GObject    parent_instance;

  char      *id;
  char      *text;
  gsize      size;
  glong      length;
  char      *title;
  char      *source;
  char      *author;
  char      *url;
  char      *dateline;
  GDateTime *published;
  GDateTime *imported;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_LENGTH,
  PROP_TITLE,
  PROP_SOURCE,
  PROP_AUTHOR,
  PROP_URL,
  PROP_DATELINE,
  PROP_PUBLISHED,
  PROP_IMPORTED,
  PROP_DATE_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (EntDocument, ent_document, G_TYPE_OBJECT)

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
set_date (GDateTime **field,
          GDateTime  *value)
{
  if (*field == value || (*field && value && g_date_time_equal (*field, value)))
    return FALSE;
  g_clear_pointer (field, g_date_time_unref);
  *field = value ? g_date_time_ref (value) : NULL;
  return TRUE;
}

static void
ent_document_finalize (GObject *object)
{
  EntDocument *self = (EntDocument *)object;

  g_free (self->id);
  g_free (self->text);
  g_free (self->title);
  g_free (self->source);
  g_free (self->author);
  g_free (self->url);
  g_free (self->dateline);
  g_clear_pointer (&self->published, g_date_time_unref);
  g_clear_pointer (&self->imported, g_date_time_unref);

  G_OBJECT_CLASS (ent_document_parent_class)->finalize (object);
}

static void
ent_document_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  EntDocument *self = ENT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_LENGTH:
      g_value_set_long (value, ent_document_get_length (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_DATELINE:
      g_value_set_string (value, self->dateline);
      break;
    case PROP_PUBLISHED:
      g_value_set_boxed (value, self->published);
      break;
    case PROP_IMPORTED:
      g_value_set_boxed (value, self->imported);
      break;
    case PROP_DATE_LABEL:
      g_value_take_string (value, ent_document_dup_date_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_document_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  EntDocument *self = ENT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_TEXT:
      self->text = g_value_dup_string (value);
      self->size = self->text ? strlen (self->text) : 0;
      break;
    case PROP_TITLE:
      ent_document_set_title (self, g_value_get_string (value));
      break;
    case PROP_SOURCE:
      ent_document_set_source (self, g_value_get_string (value));
      break;
    case PROP_AUTHOR:
      ent_document_set_author (self, g_value_get_string (value));
      break;
    case PROP_URL:
      ent_document_set_url (self, g_value_get_string (value));
      break;
    case PROP_DATELINE:
      ent_document_set_dateline (self, g_value_get_string (value));
      break;
    case PROP_PUBLISHED:
      ent_document_set_published (self, g_value_get_boxed (value));
      break;
    case PROP_IMPORTED:
      ent_document_set_imported (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_param (const char  *name,
              GParamFlags  extra)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | extra);
}

static void
ent_document_class_init (EntDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ent_document_finalize;
  object_class->get_property = ent_document_get_property;
  object_class->set_property = ent_document_set_property;

  properties[PROP_ID] = string_param ("id", G_PARAM_CONSTRUCT_ONLY);
  properties[PROP_TEXT] = string_param ("text", G_PARAM_CONSTRUCT_ONLY);
  properties[PROP_LENGTH] =
    g_param_spec_long ("length", NULL, NULL, 0, G_MAXLONG, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = string_param ("title", G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SOURCE] = string_param ("source", G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_AUTHOR] = string_param ("author", G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_URL] = string_param ("url", G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DATELINE] = string_param ("dateline", G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PUBLISHED] =
    g_param_spec_boxed ("published", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IMPORTED] =
    g_param_spec_boxed ("imported", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE_LABEL] =
    g_param_spec_string ("date-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ent_document_init (EntDocument *self)
{
  self->length = -1;
}

/**
 * ent_document_new:
 * @id: the document's id, unique in its project
 * @text: the normalised UTF-8 text (copied)
 */
EntDocument *
ent_document_new (const char *id,
                  const char *text)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return ent_document_new_take (id, g_strdup (text));
}

/**
 * ent_document_new_take:
 * @text: (transfer full): the text, which the document takes over
 *
 * Like ent_document_new() but without copying the text, so that loading a
 * large project does not hold every article twice.
 */
EntDocument *
ent_document_new_take (const char *id,
                       char       *text)
{
  EntDocument *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (ENT_TYPE_DOCUMENT, "id", id, NULL);
  self->text = text;
  self->size = strlen (text);
  return self;
}

const char *
ent_document_get_id (EntDocument *self)
{
  g_return_val_if_fail (ENT_IS_DOCUMENT (self), NULL);
  return self->id;
}

const char *
ent_document_get_text (EntDocument *self)
{
  g_return_val_if_fail (ENT_IS_DOCUMENT (self), NULL);
  return self->text ? self->text : "";
}

gsize
ent_document_get_size (EntDocument *self)
{
  g_return_val_if_fail (ENT_IS_DOCUMENT (self), 0);
  return self->size;
}

/**
 * ent_document_get_length:
 *
 * Returns: the length of the text in characters (code points), the unit of
 *   every offset into it.
 */
glong
ent_document_get_length (EntDocument *self)
{
  g_return_val_if_fail (ENT_IS_DOCUMENT (self), 0);

  if (self->length < 0)
    self->length = self->text ? g_utf8_strlen (self->text, -1) : 0;
  return self->length;
}

const char *
ent_document_get_title (EntDocument *self)
{
  g_return_val_if_fail (ENT_IS_DOCUMENT (self), NULL);
  return self->title;
}

const char *
ent_document_get_source (EntDocument *self)
{
  g_return_val_if_fail (ENT_IS_DOCUMENT (self), NULL);
  return self->source;
}

const char *
ent_document_get_author (EntDocument *self)
{
  g_return_val_if_fail (ENT_IS_DOCUMENT (self), NULL);
  return self->author;
}

const char *
ent_document_get_url (EntDocument *self)
{
  g_return_val_if_fail (ENT_IS_DOCUMENT (self), NULL);
  return self->url;
}

const char *
ent_document_get_dateline (EntDocument *self)
{
  g_return_val_if_fail (ENT_IS_DOCUMENT (self), NULL);
  return self->dateline;
}

GDateTime *
ent_document_get_published (EntDocument *self)
{
  g_return_val_if_fail (ENT_IS_DOCUMENT (self), NULL);
  return self->published;
}

GDateTime *
ent_document_get_imported (EntDocument *self)
{
  g_return_val_if_fail (ENT_IS_DOCUMENT (self), NULL);
  return self->imported;
}

/**
 * ent_document_dup_date_label:
 *
 * Returns: (nullable): the publication date as the document list shows it
 *   (ISO 8601 day), or %NULL when the date is unknown.
 */
char *
ent_document_dup_date_label (EntDocument *self)
{
  g_return_val_if_fail (ENT_IS_DOCUMENT (self), NULL);

  if (self->published == NULL)
    return NULL;
  return g_date_time_format (self->published, "%Y-%m-%d");
}

/**
 * ent_document_dup_span:
 * @start: first character offset
 * @end: character offset one past the last
 *
 * Returns: (nullable): the text between two character offsets, or %NULL
 *   when they are not inside the text.
 */
char *
ent_document_dup_span (EntDocument *self,
                       guint        start,
                       guint        end)
{
  const char *from;
  const char *to;

  g_return_val_if_fail (ENT_IS_DOCUMENT (self), NULL);

  if (start > end || end > (guint) ent_document_get_length (self))
    return NULL;
  from = g_utf8_offset_to_pointer (self->text, start);
  to = g_utf8_offset_to_pointer (from, end - start);
  return g_strndup (from, to - from);
}

void
ent_document_set_title (EntDocument *self,
                        const char  *title)
{
  g_return_if_fail (ENT_IS_DOCUMENT (self));
  if (set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

void
ent_document_set_source (EntDocument *self,
                         const char  *source)
{
  g_return_if_fail (ENT_IS_DOCUMENT (self));
  if (set_string (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

void
ent_document_set_author (EntDocument *self,
                         const char  *author)
{
  g_return_if_fail (ENT_IS_DOCUMENT (self));
  if (set_string (&self->author, author))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

void
ent_document_set_url (EntDocument *self,
                      const char  *url)
{
  g_return_if_fail (ENT_IS_DOCUMENT (self));
  if (set_string (&self->url, url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

void
ent_document_set_dateline (EntDocument *self,
                           const char  *dateline)
{
  g_return_if_fail (ENT_IS_DOCUMENT (self));
  if (set_string (&self->dateline, dateline))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATELINE]);
}

void
ent_document_set_published (EntDocument *self,
                            GDateTime   *published)
{
  g_return_if_fail (ENT_IS_DOCUMENT (self));
  if (set_date (&self->published, published))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHED]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_LABEL]);
    }
}

void
ent_document_set_imported (EntDocument *self,
                           GDateTime   *imported)
{
  g_return_if_fail (ENT_IS_DOCUMENT (self));
  if (set_date (&self->imported, imported))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORTED]);
}
