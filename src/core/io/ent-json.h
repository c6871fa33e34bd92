/* ent-json.h
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * A small JSON reader and writer for the big files: project files carry
 * every article's text, and json-glib's scanner reads those tens of
 * megabytes of strings a character at a time (see the note in
 * tests/bench-project-io.c). The reader scans strings with memchr and lets
 * the caller take them over without a copy; it records line and column of
 * every value for error messages. The writer appends to a GString.
 */

#define ENT_JSON_ERROR (ent_json_error_quark ())
#define ENT_JSON_MAX_DEPTH 512

typedef enum
{
  ENT_JSON_ERROR_SYNTAX,
  ENT_JSON_ERROR_DEPTH,
} EntJsonError;

typedef enum
{
  ENT_JSON_NULL,
  ENT_JSON_BOOLEAN,
  ENT_JSON_NUMBER,
  ENT_JSON_STRING,
  ENT_JSON_ARRAY,
  ENT_JSON_OBJECT,
} EntJsonType;

typedef struct _EntJsonNode EntJsonNode;

typedef struct
{
  char        *key;
  EntJsonNode *value;
} EntJsonMember;

struct _EntJsonNode
{
  EntJsonType type;
  guint       line;
  guint       column;
  union {
    gboolean  boolean;
    double    number;
    char     *string;
    GPtrArray *array;   /* of EntJsonNode */
    GArray    *object;  /* of EntJsonMember */
  } v;
};

GQuark        ent_json_error_quark       (void);
EntJsonNode  *ent_json_parse             (const char   *data,
                                          gsize         length,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
void          ent_json_node_free         (EntJsonNode  *node);
const char   *ent_json_type_name         (EntJsonType   type);
EntJsonNode  *ent_json_object_get        (EntJsonNode  *object,
                                          const char   *key);
char         *ent_json_node_steal_string (EntJsonNode  *node) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntJsonNode, ent_json_node_free)

typedef struct
{
  GString *out;
  guint    depth;
  gboolean pretty;
  /* One bit per open container: set once it has its first element. */
  guint64  has_items[ENT_JSON_MAX_DEPTH / 64];
  gboolean after_key;
} EntJsonWriter;

void          ent_json_writer_init         (EntJsonWriter *writer,
                                            GString       *out,
                                            gboolean       pretty);
void          ent_json_writer_begin_object (EntJsonWriter *writer);
void          ent_json_writer_end_object   (EntJsonWriter *writer);
void          ent_json_writer_begin_array  (EntJsonWriter *writer);
void          ent_json_writer_end_array    (EntJsonWriter *writer);
void          ent_json_writer_key          (EntJsonWriter *writer,
                                            const char    *key);
void          ent_json_writer_string       (EntJsonWriter *writer,
                                            const char    *value);
void          ent_json_writer_int          (EntJsonWriter *writer,
                                            gint64         value);
void          ent_json_writer_double       (EntJsonWriter *writer,
                                            double         value);
void          ent_json_writer_boolean      (EntJsonWriter *writer,
                                            gboolean       value);
void          ent_json_writer_null         (EntJsonWriter *writer);
void          ent_json_escape_append       (GString       *out,
                                            const char    *value);

G_END_DECLS
