/* ent-autosave.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Keeps a copy of a modified project in the user's state folder
 * ($XDG_STATE_HOME/entente/autosave): every minute while there are unsaved
 * edits, and at once on every hundredth edit. Each copy is a project file,
 * NAME.entente, with a key file beside it, NAME.info, that says where the
 * project really lives and which process wrote it. The copy goes away when
 * the project is saved or its window closes; copies left behind by a
 * process that is gone are what the next start offers to recover.
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "ent-autosave.h"
#include "ent-project-file.h"

#define INFO_GROUP "Autosave"

struct _EntAutosave
{
  GObject     parent_instance;

  EntProject *project;
  GFile      *file;
  guint       timeout_id;

  /* Edits since the last copy was written. */
  guint       edits;
  guint       dirty : 1;
  guint       saving : 1;
  guint       pending : 1;
  guint       held : 1;
};

G_DEFINE_FINAL_TYPE (EntAutosave, ent_autosave, G_TYPE_OBJECT)

static guint
interval_seconds (void)
{
  const char *value = g_getenv ("ENTENTE_AUTOSAVE_SECONDS");
  guint64 seconds;

  /* Tests shorten the interval; anything else keeps the minute. */
  if (value != NULL && g_ascii_string_to_unsigned (value, 10, 1, 3600, &seconds, NULL))
    return (guint) seconds;
  return ENT_AUTOSAVE_SECONDS;
}

char *
ent_autosave_dup_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "entente", "autosave", NULL);
}

/* NAME.entente → NAME.info */
static char *
dup_info_path (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  const char *dot = strrchr (path, '.');
  gsize stem = dot != NULL && strchr (dot, '/') == NULL ? (gsize) (dot - path) : strlen (path);

  return g_strdup_printf ("%.*s.info", (int) stem, path);
}

/**
 * ent_autosave_delete:
 *
 * Removes an autosaved copy and its key file; missing files are fine.
 */
void
ent_autosave_delete (GFile *file)
{
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;

  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  info = dup_info_path (file);
  if (g_unlink (path) != 0 && errno != ENOENT)
    g_message ("Could not remove the autosaved copy %s: %s", path, g_strerror (errno));
  g_unlink (info);
}

/* A token of this process: copies it wrote carry it, so a process id that
 * comes round again (each Flatpak sandbox numbers processes anew) is not
 * taken for this process. */
static const char *
instance_token (void)
{
  static char *token;

  if (g_once_init_enter (&token))
    g_once_init_leave (&token, g_uuid_string_random ());

  return token;
}

static void
write_info (EntAutosave *self)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  g_autofree char *info = dup_info_path (self->file);
  g_autofree char *title = ent_project_dup_title (self->project);
  g_autofree char *when = g_date_time_format_iso8601 (now);
  GFile *original = ent_project_get_file (self->project);

  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);
      g_key_file_set_string (keys, INFO_GROUP, "Original", uri);
    }
  g_key_file_set_string (keys, INFO_GROUP, "Title", title);
  g_key_file_set_string (keys, INFO_GROUP, "Saved", when);
  g_key_file_set_int64 (keys, INFO_GROUP, "Pid", getpid ());
  g_key_file_set_string (keys, INFO_GROUP, "Instance", instance_token ());

  if (!g_key_file_save_to_file (keys, info, &error))
    g_message ("Could not write %s: %s", info, error->message);
}

static gboolean
ensure_file (EntAutosave *self)
{
  g_autofree char *dir = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  if (self->file != NULL)
    return TRUE;

  dir = ent_autosave_dup_dir ();
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_message ("Could not create %s for autosaved projects: %s", dir, g_strerror (errno));
      return FALSE;
    }

  uuid = g_uuid_string_random ();
  name = g_strconcat (uuid, ".entente", NULL);
  path = g_build_filename (dir, name, NULL);
  self->file = g_file_new_for_path (path);

  return TRUE;
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(EntAutosave) self = user_data;
  g_autoptr(GError) error = NULL;

  self->saving = FALSE;

  if (!ent_project_file_save_finish (result, &error))
    {
      g_autofree char *path = g_file_get_path (self->file);

      /* Autosave is a safety net, and a full disk or a read-only state
       * folder is the user's environment, not a bug: a message in the log,
       * and the next tick tries again. The user's own save reports its
       * errors in the window. */
      g_message ("Could not autosave to %s: %s", path, error->message);
      self->dirty = TRUE;
      return;
    }

  /* Saved or closed while the copy was written: the copy is not needed. */
  if (self->project == NULL || !ent_project_get_modified (self->project))
    {
      ent_autosave_delete (self->file);
      return;
    }

  write_info (self);

  if (self->pending)
    {
      self->pending = FALSE;
      ent_autosave_save_now (self);
    }
}

/**
 * ent_autosave_save_now:
 *
 * Writes the copy now if the project has unsaved edits. The project is
 * serialised at once, on the calling thread, and written in a worker.
 */
void
ent_autosave_save_now (EntAutosave *self)
{
  g_return_if_fail (ENT_IS_AUTOSAVE (self));

  if (self->project == NULL || !ent_project_get_modified (self->project))
    return;
  if (self->saving)
    {
      self->pending = TRUE;
      return;
    }
  if (!ensure_file (self))
    return;

  self->saving = TRUE;
  self->dirty = FALSE;
  self->edits = 0;
  ent_project_file_save_async (self->project, self->file, NULL, save_cb, g_object_ref (self));
}

/**
 * ent_autosave_set_held:
 * @held: whether edits wait for the timer
 *
 * While @held (an import adds its articles chunk by chunk), no edit
 * writes a copy by their count: each copy serialises the whole project on
 * the main thread, and the next chunk would make it old within a second.
 * The timer still writes one every ENT_AUTOSAVE_SECONDS; once released,
 * the next edit writes one if enough came meanwhile.
 */
void
ent_autosave_set_held (EntAutosave *self,
                       gboolean     held)
{
  g_return_if_fail (ENT_IS_AUTOSAVE (self));

  self->held = !!held;
}

static gboolean
tick_cb (gpointer user_data)
{
  EntAutosave *self = user_data;

  if (self->dirty)
    ent_autosave_save_now (self);

  return G_SOURCE_CONTINUE;
}

static void
project_changed_cb (EntAutosave *self)
{
  self->dirty = TRUE;
  if (++self->edits >= ENT_AUTOSAVE_EDITS && !self->held)
    ent_autosave_save_now (self);
}

static void
project_modified_cb (EntAutosave *self)
{
  /* Saved by the user (or undone back to the saved state). */
  if (!ent_project_get_modified (self->project) && self->file != NULL && !self->saving)
    ent_autosave_delete (self->file);
}

static void
ent_autosave_dispose (GObject *object)
{
  EntAutosave *self = ENT_AUTOSAVE (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (ent_autosave_parent_class)->dispose (object);
}

static void
ent_autosave_finalize (GObject *object)
{
  EntAutosave *self = ENT_AUTOSAVE (object);

  /* Finalised after any write in flight (it holds a reference): the project
   * was saved, discarded or moved to another window; the copy goes. */
  if (self->file != NULL)
    ent_autosave_delete (self->file);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (ent_autosave_parent_class)->finalize (object);
}

static void
ent_autosave_class_init (EntAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ent_autosave_dispose;
  object_class->finalize = ent_autosave_finalize;
}

static void
ent_autosave_init (EntAutosave *self)
{
}

/**
 * ent_autosave_new:
 *
 * Starts following @project: its unsaved edits are copied to the state
 * folder until the returned object is released.
 */
EntAutosave *
ent_autosave_new (EntProject *project)
{
  EntAutosave *self;

  g_return_val_if_fail (ENT_IS_PROJECT (project), NULL);

  self = g_object_new (ENT_TYPE_AUTOSAVE, NULL);
  self->project = g_object_ref (project);
  g_signal_connect_swapped (project, "changed", G_CALLBACK (project_changed_cb), self);
  g_signal_connect_swapped (project, "notify::modified", G_CALLBACK (project_modified_cb), self);
  self->timeout_id = g_timeout_add_seconds (interval_seconds (), tick_cb, self);

  /* A project that arrives modified (recovered, or imported into before
   * this object existed) gets its first copy at the next tick. */
  self->dirty = ent_project_get_modified (project);

  return self;
}

GFile *
ent_autosave_get_file (EntAutosave *self)
{
  g_return_val_if_fail (ENT_IS_AUTOSAVE (self), NULL);
  return self->file;
}

/**
 * ent_autosave_adopt:
 *
 * Takes over a copy left by an earlier process, recovered into this
 * object's project: it is kept (now in this process's name) until the
 * project is saved or closed, so that a second crash loses nothing either.
 */
void
ent_autosave_adopt (EntAutosave *self,
                    GFile       *file)
{
  g_return_if_fail (ENT_IS_AUTOSAVE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!self->saving);

  if (self->file != NULL && !g_file_equal (self->file, file))
    ent_autosave_delete (self->file);
  g_set_object (&self->file, file);
  self->dirty = FALSE;
  self->edits = 0;
  write_info (self);
}

/* Recovery */

static gboolean
writer_is_alive (GKeyFile *keys)
{
  gint64 pid = g_key_file_get_int64 (keys, INFO_GROUP, "Pid", NULL);
  g_autofree char *instance = g_key_file_get_string (keys, INFO_GROUP, "Instance", NULL);

  if (pid <= 0)
    return FALSE;
  if (pid == getpid ())
    return g_strcmp0 (instance, instance_token ()) == 0;
  return kill ((pid_t) pid, 0) == 0 || errno == EPERM;
}

static gboolean
is_orphan (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *info = dup_info_path (file);
  g_autoptr(GKeyFile) keys = g_key_file_new ();

  /* A copy without its key file was cut short after the project was
   * written: still worth offering. */
  if (!g_key_file_load_from_file (keys, info, G_KEY_FILE_NONE, NULL))
    return TRUE;

  return !writer_is_alive (keys);
}

static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  g_autofree char *pa = g_file_get_path (*(GFile **) a);
  g_autofree char *pb = g_file_get_path (*(GFile **) b);

  return g_strcmp0 (pa, pb);
}

/**
 * ent_autosave_list_orphans:
 *
 * Returns: (transfer full) (element-type GFile): the autosaved copies whose
 *   process is gone, possibly none
 */
GPtrArray *
ent_autosave_list_orphans (void)
{
  g_autofree char *dir_path = ent_autosave_dup_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *orphans = g_ptr_array_new_with_free_func (g_object_unref);
  const char *name;

  if (dir == NULL)
    return orphans;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;

      if (!g_str_has_suffix (name, ".entente"))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      if (is_orphan (path))
        g_ptr_array_add (orphans, g_file_new_for_path (path));
    }
  g_ptr_array_sort (orphans, compare_files);

  return orphans;
}

/**
 * ent_autosave_prepare_recovered:
 * @project: the project read from @file with ent_project_file_load_async()
 * @file: an autosaved copy
 *
 * Gives a project read back from an autosaved copy the file it was saved
 * to before (or none) and marks it modified, so that saving it writes
 * there.
 */
void
ent_autosave_prepare_recovered (EntProject *project,
                                GFile      *file)
{
  g_autofree char *info = NULL;
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *original = NULL;

  g_return_if_fail (ENT_IS_PROJECT (project));
  g_return_if_fail (G_IS_FILE (file));

  info = dup_info_path (file);
  if (g_key_file_load_from_file (keys, info, G_KEY_FILE_NONE, NULL) &&
      (original = g_key_file_get_string (keys, INFO_GROUP, "Original", NULL)) != NULL &&
      g_str_has_prefix (original, "file:"))
    {
      g_autoptr(GFile) location = g_file_new_for_uri (original);
      ent_project_set_file (project, location);
    }
  else
    {
      /* Never saved before: the copy's own name must not become its file. */
      ent_project_set_file (project, NULL);
    }

  ent_project_mark_unsaved (project);
}
