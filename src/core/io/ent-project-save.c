/* ent-project-save.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ent-json.h"
#include "ent-project-file.h"
#include "ent-project-private.h"

/* Serialising ---------------------------------------------------------------
 *
 * What is written is first copied, on the thread that owns the project,
 * into a snapshot of plain values (the documents' texts, which never
 * change, are shared): the JSON, most of the cost, can then be written by
 * a worker while the project goes on changing. */

typedef struct
{
  EntDocument *document;   /* for its id and text, which never change */
  char        *title;
  char        *source;
  char        *author;
  char        *url;
  char        *dateline;
  GDateTime   *published;
  GDateTime   *imported;
} DocumentSnap;

typedef struct
{
  char         *id;
  char         *name;
  EntActorKind  kind;
  char         *affiliation;
  char         *role;
  char         *color;
  char        **aliases;
  guint         mentions;
  double        x;
  double        y;
  gboolean      pinned;
} ActorSnap;

typedef struct
{
  char               *id;
  char               *source;
  int                 sign;
  char               *target;
  char               *cue;
  double              confidence;
  char               *document;
  guint               sentence_start;
  guint               sentence_end;
  guint               cue_start;
  guint               cue_end;
  EntStatementOrigin  origin;
  EntStatementState   state;
  char               *note;
} StatementSnap;

struct _EntProjectSnapshot
{
  GArray    *documents;   /* DocumentSnap */
  GArray    *actors;      /* ActorSnap */
  GArray    *statements;  /* StatementSnap */
  gboolean   has_range;
  GDateTime *date_from;
  GDateTime *date_to;
  gsize      estimate;    /* bytes the file will take, about */
};

static void
document_snap_clear (DocumentSnap *d)
{
  g_clear_object (&d->document);
  g_free (d->title);
  g_free (d->source);
  g_free (d->author);
  g_free (d->url);
  g_free (d->dateline);
  g_clear_pointer (&d->published, g_date_time_unref);
  g_clear_pointer (&d->imported, g_date_time_unref);
}

static void
actor_snap_clear (ActorSnap *a)
{
  g_free (a->id);
  g_free (a->name);
  g_free (a->affiliation);
  g_free (a->role);
  g_free (a->color);
  g_strfreev (a->aliases);
}

static void
statement_snap_clear (StatementSnap *st)
{
  g_free (st->id);
  g_free (st->source);
  g_free (st->target);
  g_free (st->cue);
  g_free (st->document);
  g_free (st->note);
}

static GDateTime *
ref_date (GDateTime *date)
{
  return date != NULL ? g_date_time_ref (date) : NULL;
}

/**
 * ent_project_snapshot_new:
 *
 * Copies what the project file holds, on the thread that owns @project.
 *
 * Returns: (transfer full): the snapshot, for ent_project_snapshot_serialize()
 */
EntProjectSnapshot *
ent_project_snapshot_new (EntProject *project)
{
  EntProjectSnapshot *snap;
  GListModel *documents, *actors, *statements;
  EntProjectView *view;

  g_return_val_if_fail (ENT_IS_PROJECT (project), NULL);

  documents = ent_project_get_documents (project);
  actors = ent_project_get_actors (project);
  statements = ent_project_get_statements (project);
  snap = g_new0 (EntProjectSnapshot, 1);
  snap->estimate = 4096 + 512 * (g_list_model_get_n_items (actors) + g_list_model_get_n_items (statements));

  snap->documents = g_array_sized_new (FALSE, TRUE, sizeof (DocumentSnap), g_list_model_get_n_items (documents));
  g_array_set_clear_func (snap->documents, (GDestroyNotify) document_snap_clear);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      EntDocument *document = g_list_model_get_item (documents, i);
      DocumentSnap d = {
        document,
        g_strdup (ent_document_get_title (document)),
        g_strdup (ent_document_get_source (document)),
        g_strdup (ent_document_get_author (document)),
        g_strdup (ent_document_get_url (document)),
        g_strdup (ent_document_get_dateline (document)),
        ref_date (ent_document_get_published (document)),
        ref_date (ent_document_get_imported (document)),
      };

      snap->estimate += ent_document_get_size (document) + ent_document_get_size (document) / 16 + 512;
      g_array_append_val (snap->documents, d);
    }

  snap->actors = g_array_sized_new (FALSE, TRUE, sizeof (ActorSnap), g_list_model_get_n_items (actors));
  g_array_set_clear_func (snap->actors, (GDestroyNotify) actor_snap_clear);
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(EntActor) actor = g_list_model_get_item (actors, i);
      ActorSnap a = {
        g_strdup (ent_actor_get_id (actor)),
        g_strdup (ent_actor_get_name (actor)),
        ent_actor_get_kind (actor),
        g_strdup (ent_actor_get_affiliation (actor)),
        g_strdup (ent_actor_get_role (actor)),
        g_strdup (ent_actor_get_color (actor)),
        g_strdupv ((char **) ent_actor_get_aliases (actor)),
        ent_actor_get_mentions (actor),
        ent_actor_get_x (actor),
        ent_actor_get_y (actor),
        ent_actor_get_pinned (actor),
      };

      g_array_append_val (snap->actors, a);
    }

  snap->statements = g_array_sized_new (FALSE, TRUE, sizeof (StatementSnap),
                                        g_list_model_get_n_items (statements));
  g_array_set_clear_func (snap->statements, (GDestroyNotify) statement_snap_clear);
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(EntStatement) st = g_list_model_get_item (statements, i);
      StatementSnap t = {
        g_strdup (ent_statement_get_id (st)),
        g_strdup (ent_statement_get_source (st)),
        ent_statement_get_sign (st),
        g_strdup (ent_statement_get_target (st)),
        g_strdup (ent_statement_get_cue (st)),
        ent_statement_get_confidence (st),
        g_strdup (ent_statement_get_document (st)),
        ent_statement_get_sentence_start (st),
        ent_statement_get_sentence_end (st),
        ent_statement_get_cue_start (st),
        ent_statement_get_cue_end (st),
        ent_statement_get_origin (st),
        ent_statement_get_state (st),
        g_strdup (ent_statement_get_note (st)),
      };

      g_array_append_val (snap->statements, t);
    }

  view = ent_project_get_view (project);
  snap->has_range = ent_project_view_has_range (view);
  snap->date_from = ref_date (ent_project_view_get_date_from (view));
  snap->date_to = ref_date (ent_project_view_get_date_to (view));

  return snap;
}

void
ent_project_snapshot_free (EntProjectSnapshot *snap)
{
  if (snap == NULL)
    return;
  g_array_unref (snap->documents);
  g_array_unref (snap->actors);
  g_array_unref (snap->statements);
  g_clear_pointer (&snap->date_from, g_date_time_unref);
  g_clear_pointer (&snap->date_to, g_date_time_unref);
  g_free (snap);
}

static void
write_date (EntJsonWriter *w,
            const char    *key,
            GDateTime     *date)
{
  g_autofree char *iso = NULL;

  if (date == NULL)
    return;
  iso = g_date_time_format_iso8601 (date);
  ent_json_writer_key (w, key);
  ent_json_writer_string (w, iso);
}

/* Written only when set, so that files without a range stay as they were. */
static void
write_view (EntJsonWriter      *w,
            EntProjectSnapshot *snap)
{
  if (!snap->has_range)
    return;
  ent_json_writer_key (w, "view");
  ent_json_writer_begin_object (w);
  write_date (w, "date_from", snap->date_from);
  write_date (w, "date_to", snap->date_to);
  ent_json_writer_end_object (w);
}

static void
write_optional (EntJsonWriter *w,
                const char    *key,
                const char    *value)
{
  if (value == NULL)
    return;
  ent_json_writer_key (w, key);
  ent_json_writer_string (w, value);
}

static void
write_document (EntJsonWriter      *w,
                const DocumentSnap *d)
{
  ent_json_writer_begin_object (w);
  ent_json_writer_key (w, "id");
  ent_json_writer_string (w, ent_document_get_id (d->document));
  write_optional (w, "title", d->title);
  write_optional (w, "source", d->source);
  write_optional (w, "author", d->author);
  write_optional (w, "url", d->url);
  write_optional (w, "dateline", d->dateline);
  write_date (w, "published", d->published);
  write_date (w, "imported", d->imported);
  ent_json_writer_key (w, "text");
  ent_json_writer_string (w, ent_document_get_text (d->document));
  ent_json_writer_end_object (w);
}

static void
write_actor (EntJsonWriter   *w,
             const ActorSnap *a)
{
  ent_json_writer_begin_object (w);
  ent_json_writer_key (w, "id");
  ent_json_writer_string (w, a->id);
  ent_json_writer_key (w, "name");
  ent_json_writer_string (w, a->name);
  ent_json_writer_key (w, "kind");
  ent_json_writer_string (w, ent_actor_kind_to_string (a->kind));
  write_optional (w, "affiliation", a->affiliation);
  write_optional (w, "role", a->role);
  write_optional (w, "color", a->color);
  ent_json_writer_key (w, "aliases");
  ent_json_writer_begin_array (w);
  for (guint i = 0; a->aliases != NULL && a->aliases[i] != NULL; i++)
    ent_json_writer_string (w, a->aliases[i]);
  ent_json_writer_end_array (w);
  ent_json_writer_key (w, "mentions");
  ent_json_writer_int (w, a->mentions);
  ent_json_writer_key (w, "x");
  ent_json_writer_double (w, a->x);
  ent_json_writer_key (w, "y");
  ent_json_writer_double (w, a->y);
  ent_json_writer_key (w, "pinned");
  ent_json_writer_boolean (w, a->pinned);
  ent_json_writer_end_object (w);
}

static void
write_span (EntJsonWriter *w,
            const char    *key,
            guint          start,
            guint          end)
{
  ent_json_writer_key (w, key);
  ent_json_writer_begin_array (w);
  ent_json_writer_int (w, start);
  ent_json_writer_int (w, end);
  ent_json_writer_end_array (w);
}

static void
write_statement (EntJsonWriter       *w,
                 const StatementSnap *st)
{
  ent_json_writer_begin_object (w);
  ent_json_writer_key (w, "id");
  ent_json_writer_string (w, st->id);
  ent_json_writer_key (w, "source");
  ent_json_writer_string (w, st->source);
  ent_json_writer_key (w, "sign");
  ent_json_writer_int (w, st->sign);
  ent_json_writer_key (w, "target");
  ent_json_writer_string (w, st->target);
  write_optional (w, "cue", st->cue);
  ent_json_writer_key (w, "confidence");
  ent_json_writer_double (w, st->confidence);
  if (st->document != NULL)
    {
      write_optional (w, "document", st->document);
      write_span (w, "sentence", st->sentence_start, st->sentence_end);
      write_span (w, "cue_span", st->cue_start, st->cue_end);
    }
  ent_json_writer_key (w, "origin");
  ent_json_writer_string (w, ent_statement_origin_to_string (st->origin));
  ent_json_writer_key (w, "state");
  ent_json_writer_string (w, ent_statement_state_to_string (st->state));
  write_optional (w, "note", st->note);
  ent_json_writer_end_object (w);
}

/**
 * ent_project_snapshot_serialize:
 *
 * Writes the project file of @snap; any thread may call it.
 *
 * Returns: (transfer full): the project file's bytes
 */
GBytes *
ent_project_snapshot_serialize (EntProjectSnapshot *snap)
{
  EntJsonWriter w;
  GString *out;

  g_return_val_if_fail (snap != NULL, NULL);

  out = g_string_sized_new (snap->estimate);
  ent_json_writer_init (&w, out, TRUE);
  ent_json_writer_begin_object (&w);
  ent_json_writer_key (&w, "format");
  ent_json_writer_string (&w, ENT_PROJECT_FILE_FORMAT);
  ent_json_writer_key (&w, "version");
  ent_json_writer_int (&w, ENT_PROJECT_FILE_VERSION);
  ent_json_writer_key (&w, "generator");
  ent_json_writer_string (&w, PACKAGE_STRING);

  ent_json_writer_key (&w, "documents");
  ent_json_writer_begin_array (&w);
  for (guint i = 0; i < snap->documents->len; i++)
    write_document (&w, &g_array_index (snap->documents, DocumentSnap, i));
  ent_json_writer_end_array (&w);
  ent_json_writer_key (&w, "actors");
  ent_json_writer_begin_array (&w);
  for (guint i = 0; i < snap->actors->len; i++)
    write_actor (&w, &g_array_index (snap->actors, ActorSnap, i));
  ent_json_writer_end_array (&w);
  ent_json_writer_key (&w, "statements");
  ent_json_writer_begin_array (&w);
  for (guint i = 0; i < snap->statements->len; i++)
    write_statement (&w, &g_array_index (snap->statements, StatementSnap, i));
  ent_json_writer_end_array (&w);

  write_view (&w, snap);
  ent_json_writer_end_object (&w);
  g_string_append_c (out, '\n');

  return g_string_free_to_bytes (out);
}

/**
 * ent_project_file_serialize:
 *
 * Returns: (transfer full): the project file's bytes
 */
GBytes *
ent_project_file_serialize (EntProject *project)
{
  EntProjectSnapshot *snap;
  GBytes *bytes;

  g_return_val_if_fail (ENT_IS_PROJECT (project), NULL);

  snap = ent_project_snapshot_new (project);
  bytes = ent_project_snapshot_serialize (snap);
  ent_project_snapshot_free (snap);
  return bytes;
}

/* A symbolic link is followed a few times, as a shell would; more than
 * that is a loop. */
#define MAX_LINKS 16

/**
 * ent_resolve_save_path:
 * @path: where the user asked to save
 *
 * An atomic save renames a new file over the old one, which would replace
 * a symbolic link by a plain file and a device or pipe by a file. So a link
 * is followed to the file it names (the link stays, the file it points to
 * gets the new contents), and anything that exists but is not a regular
 * file is refused, naming the problem.
 *
 * Returns: (transfer full): the path to rename the new file onto, or %NULL
 */
char *
ent_resolve_save_path (const char  *path,
                       GError     **error)
{
  g_autofree char *current = g_strdup (path);
  g_autofree char *name = g_filename_display_name (path);
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);

  for (guint hops = 0; g_lstat (current, &st) == 0; hops++)
    {
      g_autofree char *target = NULL;
      g_autofree char *folder = NULL;

      if (S_ISREG (st.st_mode))
        break;
      if (!S_ISLNK (st.st_mode))
        {
          g_set_error (error, G_IO_ERROR,
                       S_ISDIR (st.st_mode) ? G_IO_ERROR_IS_DIRECTORY : G_IO_ERROR_NOT_REGULAR_FILE,
                       S_ISDIR (st.st_mode) ? _("Could not save “%s”: it is a folder")
                                            : _("Could not save “%s”: it is not a regular file"),
                       name);
          return NULL;
        }
      if (hops == MAX_LINKS || (target = g_file_read_link (current, NULL)) == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
                       _("Could not save “%s”: %s"), name, g_strerror (ELOOP));
          return NULL;
        }
      folder = g_path_get_dirname (current);
      g_free (current);
      current = g_path_is_absolute (target) ? g_steal_pointer (&target)
                                            : g_build_filename (folder, target, NULL);
    }
  return g_steal_pointer (&current);
}

/**
 * ent_write_file_atomically:
 *
 * Writes @contents to a temporary file in @file's folder, flushes it, and
 * renames it over @file. On failure @file is untouched and the temporary
 * file is removed.
 */
gboolean
ent_write_file_atomically (GFile         *file,
                           GBytes        *contents,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  data = g_bytes_get_data (contents, &size);
  path = g_file_get_path (file);
  name = g_file_get_parse_name (file);

  if (path != NULL)
    {
      g_autofree char *real = ent_resolve_save_path (path, error);

      if (real == NULL)
        return FALSE;
      if (g_file_set_contents_full (real, data ? data : "", size,
                                    G_FILE_SET_CONTENTS_CONSISTENT, 0666, &local_error))
        return TRUE;
    }
  else if (g_file_replace_contents (file, data ? data : "", size, NULL, FALSE,
                                    G_FILE_CREATE_NONE, NULL, cancellable, &local_error))
    return TRUE;

  g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                              _("Could not save “%s”: "), name);
  return FALSE;
}

gboolean
ent_project_file_save (EntProject    *project,
                       GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (ENT_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = ent_project_file_serialize (project);
  return ent_write_file_atomically (file, bytes, cancellable, error);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_autoptr(GBytes) bytes = ent_project_snapshot_serialize (task_data);
  GError *error = NULL;

  if (ent_write_file_atomically (source_object, bytes, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * ent_project_file_save_async:
 *
 * Copies the project now, on the calling (main) thread, so that later
 * edits do not race with the save; the file is then serialised and
 * written in a worker thread.
 */
void
ent_project_file_save_async (EntProject          *project,
                             GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (ENT_IS_PROJECT (project));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, ent_project_file_save_async);
  g_task_set_task_data (task, ent_project_snapshot_new (project), (GDestroyNotify) ent_project_snapshot_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
ent_project_file_save_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
