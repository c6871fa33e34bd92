/* ent-project-file.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ent-json.h"
#include "ent-project-file.h"
#include "ent-project-private.h"

G_DEFINE_QUARK (ent-project-file-error-quark, ent_project_file_error)

/*
 * The reader walks the parsed JSON with a "path" for messages, so that an
 * error reads like: documents[3].text: expected a string, found a number
 * (line 12, column 5).
 */

typedef struct
{
  GPtrArray *documents;
  GPtrArray *actors;
  GPtrArray *statements;
  GHashTable *ids;
} Loaded;

static gboolean
invalid (GError     **error,
         const char  *path,
         EntJsonNode *node,
         const char  *format,
         ...) G_GNUC_PRINTF (4, 5);

static gboolean
invalid (GError     **error,
         const char  *path,
         EntJsonNode *node,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (node != NULL)
    g_set_error (error, ENT_PROJECT_FILE_ERROR, ENT_PROJECT_FILE_ERROR_INVALID,
                 _("%s: %s (line %u, column %u)"), path, message, node->line, node->column);
  else
    g_set_error (error, ENT_PROJECT_FILE_ERROR, ENT_PROJECT_FILE_ERROR_INVALID,
                 "%s: %s", path, message);
  return FALSE;
}

/* Finds @key in @object; a missing or null member is NULL unless required. */
static gboolean
member (EntJsonNode   *object,
        const char    *path,
        const char    *key,
        EntJsonType    type,
        gboolean       required,
        EntJsonNode  **out,
        GError       **error)
{
  EntJsonNode *node = ent_json_object_get (object, key);

  *out = NULL;
  if (node == NULL || (node->type == ENT_JSON_NULL && !required))
    {
      if (required)
        return invalid (error, path, object, _("the member “%s” is missing"), key);
      return TRUE;
    }
  if (node->type != type)
    {
      g_autofree char *where = g_strdup_printf ("%s.%s", path, key);

      return invalid (error, where, node, _("expected %s, found %s"),
                      ent_json_type_name (type), ent_json_type_name (node->type));
    }
  *out = node;
  return TRUE;
}

static gboolean
get_string (EntJsonNode  *object,
            const char   *path,
            const char   *key,
            gboolean      required,
            const char  **out,
            GError      **error)
{
  EntJsonNode *node;

  if (!member (object, path, key, ENT_JSON_STRING, required, &node, error))
    return FALSE;
  *out = node ? node->v.string : NULL;
  if (required && **out == '\0')
    return invalid (error, path, node, _("the member “%s” is empty"), key);
  return TRUE;
}

static gboolean
get_uint (EntJsonNode *object,
          const char  *path,
          const char  *key,
          guint       *out,
          GError     **error)
{
  EntJsonNode *node;

  if (!member (object, path, key, ENT_JSON_NUMBER, FALSE, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (node->v.number < 0 || node->v.number > G_MAXINT32 || node->v.number != floor (node->v.number))
    {
      g_autofree char *where = g_strdup_printf ("%s.%s", path, key);

      return invalid (error, where, node, _("expected a whole number not below zero"));
    }
  *out = (guint)node->v.number;
  return TRUE;
}

static gboolean
get_double (EntJsonNode *object,
            const char  *path,
            const char  *key,
            double       min,
            double       max,
            double      *out,
            GError     **error)
{
  EntJsonNode *node;

  if (!member (object, path, key, ENT_JSON_NUMBER, FALSE, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (node->v.number < min || node->v.number > max)
    {
      g_autofree char *where = g_strdup_printf ("%s.%s", path, key);

      return invalid (error, where, node, _("the number %g is out of range"), node->v.number);
    }
  *out = node->v.number;
  return TRUE;
}

static gboolean
get_date (EntJsonNode  *object,
          const char   *path,
          const char   *key,
          GDateTime   **out,
          GError      **error)
{
  const char *str;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  *out = NULL;
  if (!get_string (object, path, key, FALSE, &str, error))
    return FALSE;
  if (str == NULL)
    return TRUE;
  if ((*out = g_date_time_new_from_iso8601 (str, utc)) == NULL)
    {
      g_autofree char *where = g_strdup_printf ("%s.%s", path, key);

      return invalid (error, where, ent_json_object_get (object, key),
                      _("“%s” is not an ISO 8601 date"), str);
    }
  return TRUE;
}

static gboolean
claim_id (Loaded      *loaded,
          EntJsonNode *object,
          const char  *path,
          const char  *id,
          GError     **error)
{
  if (g_hash_table_contains (loaded->ids, id))
    return invalid (error, path, object, _("the id “%s” is used twice"), id);
  g_hash_table_add (loaded->ids, g_strdup (id));
  return TRUE;
}

static gboolean
read_document (Loaded      *loaded,
               EntJsonNode *object,
               const char  *path,
               GError     **error)
{
  const char *id, *title, *source, *author, *url, *dateline;
  g_autoptr(GDateTime) published = NULL;
  g_autoptr(GDateTime) imported = NULL;
  EntJsonNode *text;
  EntDocument *document;

  if (!get_string (object, path, "id", TRUE, &id, error) ||
      !claim_id (loaded, object, path, id, error) ||
      !member (object, path, "text", ENT_JSON_STRING, TRUE, &text, error) ||
      !get_string (object, path, "title", FALSE, &title, error) ||
      !get_string (object, path, "source", FALSE, &source, error) ||
      !get_string (object, path, "author", FALSE, &author, error) ||
      !get_string (object, path, "url", FALSE, &url, error) ||
      !get_string (object, path, "dateline", FALSE, &dateline, error) ||
      !get_date (object, path, "published", &published, error) ||
      !get_date (object, path, "imported", &imported, error))
    return FALSE;

  document = ent_document_new_take (id, ent_json_node_steal_string (text));
  g_ptr_array_add (loaded->documents, document);
  ent_document_set_title (document, title);
  ent_document_set_source (document, source);
  ent_document_set_author (document, author);
  ent_document_set_url (document, url);
  ent_document_set_dateline (document, dateline);
  ent_document_set_published (document, published);
  ent_document_set_imported (document, imported);
  return TRUE;
}

static gboolean
read_aliases (EntJsonNode *object,
              const char  *path,
              GPtrArray   *aliases,
              GError     **error)
{
  EntJsonNode *array;

  if (!member (object, path, "aliases", ENT_JSON_ARRAY, FALSE, &array, error))
    return FALSE;
  for (guint i = 0; array && i < array->v.array->len; i++)
    {
      EntJsonNode *item = g_ptr_array_index (array->v.array, i);

      if (item->type != ENT_JSON_STRING)
        {
          g_autofree char *where = g_strdup_printf ("%s.aliases[%u]", path, i);

          return invalid (error, where, item, _("expected %s, found %s"),
                          ent_json_type_name (ENT_JSON_STRING), ent_json_type_name (item->type));
        }
      g_ptr_array_add (aliases, item->v.string);
    }
  g_ptr_array_add (aliases, NULL);
  return TRUE;
}

static gboolean
read_actor (Loaded      *loaded,
            EntJsonNode *object,
            const char  *path,
            GError     **error)
{
  const char *id, *name, *kind_str, *affiliation, *role, *color;
  g_autoptr(GPtrArray) aliases = g_ptr_array_new ();
  EntActorKind kind = ENT_ACTOR_KIND_STATE;
  EntJsonNode *pinned;
  double x = 0, y = 0;
  guint mentions = 0;
  EntActor *actor;

  if (!get_string (object, path, "id", TRUE, &id, error) ||
      !claim_id (loaded, object, path, id, error) ||
      !get_string (object, path, "name", TRUE, &name, error) ||
      !get_string (object, path, "kind", TRUE, &kind_str, error) ||
      !get_string (object, path, "affiliation", FALSE, &affiliation, error) ||
      !get_string (object, path, "role", FALSE, &role, error) ||
      !get_string (object, path, "color", FALSE, &color, error) ||
      !get_uint (object, path, "mentions", &mentions, error) ||
      !get_double (object, path, "x", -1e9, 1e9, &x, error) ||
      !get_double (object, path, "y", -1e9, 1e9, &y, error) ||
      !member (object, path, "pinned", ENT_JSON_BOOLEAN, FALSE, &pinned, error) ||
      !read_aliases (object, path, aliases, error))
    return FALSE;

  if (!ent_actor_kind_from_string (kind_str, &kind))
    return invalid (error, path, object, _("unknown actor kind “%s”"), kind_str);
  if (g_strcmp0 (affiliation, id) == 0)
    return invalid (error, path, object, _("the actor “%s” is affiliated with itself"), id);

  actor = ent_actor_new (id, name, kind);
  g_ptr_array_add (loaded->actors, actor);
  ent_actor_set_affiliation (actor, affiliation);
  ent_actor_set_role (actor, role);
  ent_actor_set_color (actor, color);
  ent_actor_set_mentions (actor, mentions);
  ent_actor_set_aliases (actor, (const char * const *)aliases->pdata);
  ent_actor_set_position (actor, x, y, pinned ? pinned->v.boolean : FALSE);
  return TRUE;
}

static gboolean
read_span (EntJsonNode *object,
           const char  *path,
           const char  *key,
           guint        span[2],
           GError     **error)
{
  EntJsonNode *array;
  g_autofree char *where = g_strdup_printf ("%s.%s", path, key);

  if (!member (object, path, key, ENT_JSON_ARRAY, FALSE, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;
  if (array->v.array->len != 2)
    return invalid (error, where, array, _("expected two offsets, [start, end]"));
  for (guint i = 0; i < 2; i++)
    {
      EntJsonNode *item = g_ptr_array_index (array->v.array, i);

      if (item->type != ENT_JSON_NUMBER || item->v.number < 0 ||
          item->v.number > G_MAXINT32 || item->v.number != floor (item->v.number))
        return invalid (error, where, item, _("expected a whole number not below zero"));
      span[i] = (guint)item->v.number;
    }
  if (span[0] > span[1])
    return invalid (error, where, array, _("the span ends before it starts"));
  return TRUE;
}

static gboolean
read_statement (Loaded      *loaded,
                EntJsonNode *object,
                const char  *path,
                GError     **error)
{
  const char *id, *source, *target, *cue, *document, *note, *origin_str, *state_str;
  EntStatementOrigin origin = ENT_STATEMENT_ORIGIN_EXTRACTED;
  EntStatementState state = ENT_STATEMENT_STATE_ACCEPTED;
  guint sentence[2] = { 0, 0 }, cue_span[2] = { 0, 0 };
  double confidence = 1.0, sign = 0;
  EntStatement *statement;

  if (!get_string (object, path, "id", TRUE, &id, error) ||
      !claim_id (loaded, object, path, id, error) ||
      !get_string (object, path, "source", TRUE, &source, error) ||
      !get_string (object, path, "target", TRUE, &target, error) ||
      !get_double (object, path, "sign", -1, 1, &sign, error) ||
      !get_string (object, path, "cue", FALSE, &cue, error) ||
      !get_double (object, path, "confidence", 0, 1, &confidence, error) ||
      !get_string (object, path, "document", FALSE, &document, error) ||
      !read_span (object, path, "sentence", sentence, error) ||
      !read_span (object, path, "cue_span", cue_span, error) ||
      !get_string (object, path, "note", FALSE, &note, error) ||
      !get_string (object, path, "origin", TRUE, &origin_str, error) ||
      !get_string (object, path, "state", TRUE, &state_str, error))
    return FALSE;

  if (sign != 1 && sign != -1)
    return invalid (error, path, object, _("the sign must be 1 or -1"));
  if (!ent_statement_origin_from_string (origin_str, &origin))
    return invalid (error, path, object, _("unknown origin “%s”"), origin_str);
  if (!ent_statement_state_from_string (state_str, &state))
    return invalid (error, path, object, _("unknown state “%s”"), state_str);

  statement = ent_statement_new (id, source, (int)sign, target);
  g_ptr_array_add (loaded->statements, statement);
  ent_statement_set_cue (statement, cue);
  ent_statement_set_confidence (statement, confidence);
  ent_statement_set_evidence (statement, document, sentence[0], sentence[1],
                              cue_span[0], cue_span[1]);
  ent_statement_set_note (statement, note);
  ent_statement_set_origin (statement, origin);
  ent_statement_set_state (statement, state);
  return TRUE;
}

typedef gboolean (*ReadItem) (Loaded *, EntJsonNode *, const char *, GError **);

static gboolean
read_list (Loaded      *loaded,
           EntJsonNode *root,
           const char  *key,
           ReadItem     read_item,
           GError     **error)
{
  EntJsonNode *array;

  if (!member (root, "project", key, ENT_JSON_ARRAY, FALSE, &array, error))
    return FALSE;
  for (guint i = 0; array && i < array->v.array->len; i++)
    {
      EntJsonNode *item = g_ptr_array_index (array->v.array, i);
      g_autofree char *path = g_strdup_printf ("%s[%u]", key, i);

      if (item->type != ENT_JSON_OBJECT)
        return invalid (error, path, item, _("expected %s, found %s"),
                        ent_json_type_name (ENT_JSON_OBJECT), ent_json_type_name (item->type));
      if (!read_item (loaded, item, path, error))
        return FALSE;
    }
  return TRUE;
}

/* The optional view settings: {"view": {"date_from": …, "date_to": …}}. */
static gboolean
read_view (EntJsonNode  *root,
           EntProject   *project,
           GError      **error)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  EntJsonNode *view;

  if (!member (root, "project", "view", ENT_JSON_OBJECT, FALSE, &view, error))
    return FALSE;
  if (view == NULL)
    return TRUE;
  if (!get_date (view, "view", "date_from", &from, error) ||
      !get_date (view, "view", "date_to", &to, error))
    return FALSE;
  /* Straight into the view object: loading is not an edit. */
  g_object_set (ent_project_get_view (project), "date-from", from, "date-to", to, NULL);
  return TRUE;
}

static gboolean
check_references (Loaded  *loaded,
                  GError **error)
{
  g_autoptr(GHashTable) actors = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) documents = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < loaded->actors->len; i++)
    {
      EntActor *actor = g_ptr_array_index (loaded->actors, i);
      g_hash_table_insert (actors, (gpointer)ent_actor_get_id (actor), actor);
    }
  for (guint i = 0; i < loaded->documents->len; i++)
    {
      EntDocument *document = g_ptr_array_index (loaded->documents, i);
      g_hash_table_insert (documents, (gpointer)ent_document_get_id (document), document);
    }

  for (guint i = 0; i < loaded->actors->len; i++)
    {
      EntActor *actor = g_ptr_array_index (loaded->actors, i);
      const char *affiliation = ent_actor_get_affiliation (actor);
      g_autofree char *path = g_strdup_printf ("actors[%u]", i);

      if (affiliation && !g_hash_table_contains (actors, affiliation))
        return invalid (error, path, NULL, _("affiliated with “%s”, which is not an actor"),
                        affiliation);
    }

  for (guint i = 0; i < loaded->statements->len; i++)
    {
      EntStatement *st = g_ptr_array_index (loaded->statements, i);
      const char *doc_id = ent_statement_get_document (st);
      g_autofree char *path = g_strdup_printf ("statements[%u]", i);
      EntDocument *document;
      guint length;

      if (!g_hash_table_contains (actors, ent_statement_get_source (st)))
        return invalid (error, path, NULL, _("the source “%s” is not an actor"),
                        ent_statement_get_source (st));
      if (!g_hash_table_contains (actors, ent_statement_get_target (st)))
        return invalid (error, path, NULL, _("the target “%s” is not an actor"),
                        ent_statement_get_target (st));
      if (doc_id == NULL)
        continue;
      if ((document = g_hash_table_lookup (documents, doc_id)) == NULL)
        return invalid (error, path, NULL, _("the document “%s” does not exist"), doc_id);

      length = (guint)ent_document_get_length (document);
      if (ent_statement_get_sentence_end (st) > length || ent_statement_get_cue_end (st) > length)
        return invalid (error, path, NULL,
                        _("the evidence lies past the end of the document “%s” (%u characters)"),
                        doc_id, length);
    }
  return TRUE;
}

static gboolean
check_header (EntJsonNode  *root,
              GError      **error)
{
  EntJsonNode *format, *version;

  if (root->type != ENT_JSON_OBJECT ||
      (format = ent_json_object_get (root, "format")) == NULL ||
      format->type != ENT_JSON_STRING ||
      strcmp (format->v.string, ENT_PROJECT_FILE_FORMAT) != 0)
    {
      g_set_error (error, ENT_PROJECT_FILE_ERROR, ENT_PROJECT_FILE_ERROR_FORMAT,
                   _("This is not an Entente project (no “format”: “%s” member)"),
                   ENT_PROJECT_FILE_FORMAT);
      return FALSE;
    }

  version = ent_json_object_get (root, "version");
  if (version == NULL || version->type != ENT_JSON_NUMBER ||
      version->v.number != floor (version->v.number) || version->v.number < 1)
    return invalid (error, "version", version, _("expected a format version number"));
  if (version->v.number > ENT_PROJECT_FILE_VERSION)
    {
      g_set_error (error, ENT_PROJECT_FILE_ERROR, ENT_PROJECT_FILE_ERROR_VERSION,
                   _("The project was saved by a newer version of Entente (format version %.0f); "
                     "this version reads format version %d. Update Entente to open it."),
                   version->v.number, ENT_PROJECT_FILE_VERSION);
      return FALSE;
    }
  return TRUE;
}

static void
loaded_clear (Loaded *loaded)
{
  g_clear_pointer (&loaded->documents, g_ptr_array_unref);
  g_clear_pointer (&loaded->actors, g_ptr_array_unref);
  g_clear_pointer (&loaded->statements, g_ptr_array_unref);
  g_clear_pointer (&loaded->ids, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Loaded, loaded_clear)

static EntProject *
project_from_root (EntJsonNode  *root,
                   GError      **error)
{
  g_auto(Loaded) loaded = { NULL };
  g_autoptr(EntProject) project = NULL;

  if (!check_header (root, error))
    return NULL;

  loaded.documents = g_ptr_array_new_with_free_func (g_object_unref);
  loaded.actors = g_ptr_array_new_with_free_func (g_object_unref);
  loaded.statements = g_ptr_array_new_with_free_func (g_object_unref);
  loaded.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!read_list (&loaded, root, "documents", read_document, error) ||
      !read_list (&loaded, root, "actors", read_actor, error) ||
      !read_list (&loaded, root, "statements", read_statement, error) ||
      !check_references (&loaded, error))
    return NULL;

  project = ent_project_new ();
  if (!read_view (root, project, error))
    return NULL;
  _ent_project_load_contents (project, loaded.documents, loaded.actors, loaded.statements);
  return g_steal_pointer (&project);
}

static EntJsonNode *
parse (const char  *data,
       gsize        length,
       GError     **error)
{
  g_autoptr(GError) json_error = NULL;
  EntJsonNode *root = ent_json_parse (data, length, &json_error);

  if (root == NULL)
    g_set_error (error, ENT_PROJECT_FILE_ERROR, ENT_PROJECT_FILE_ERROR_SYNTAX,
                 _("The file is not valid JSON: %s"), json_error->message);
  return root;
}

/**
 * ent_project_file_load_data:
 * @data: the file's bytes
 * @length: their number
 *
 * Reads a project from memory. Thread-safe: the project returned has not
 * been seen by any other thread.
 *
 * Returns: (transfer full): a new project, or %NULL with @error set
 */
EntProject *
ent_project_file_load_data (const char  *data,
                            gsize        length,
                            GError     **error)
{
  g_autoptr(EntJsonNode) root = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if ((root = parse (data, length, error)) == NULL)
    return NULL;
  return project_from_root (root, error);
}

EntProject *
ent_project_file_load (GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(EntJsonNode) root = NULL;
  g_autofree char *name = NULL;
  EntProject *project;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  /* Free the file's bytes before building the objects: the parsed strings
   * are all we need, and the peak memory stays near twice the file. */
  root = parse (contents, length, &local_error);
  g_clear_pointer (&contents, g_free);
  project = root ? project_from_root (root, &local_error) : NULL;
  if (project == NULL)
    {
      name = g_file_get_parse_name (file);
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Could not open “%s”: "), name);
      return NULL;
    }
  ent_project_set_file (project, file);
  return project;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  EntProject *project = ent_project_file_load (task_data, cancellable, &error);

  if (project == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, project, g_object_unref);
}

/**
 * ent_project_file_load_async:
 *
 * Reads and checks the project in a worker thread.
 */
void
ent_project_file_load_async (GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ent_project_file_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

EntProject *
ent_project_file_load_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
