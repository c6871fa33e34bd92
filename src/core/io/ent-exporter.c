/* ent-exporter.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "ent-exporter.h"
#include "ent-export-csv.h"
#include "ent-export-dot.h"
#include "ent-export-entente.h"
#include "ent-export-gexf.h"
#include "ent-export-graphml.h"
#include "ent-export-json.h"
#include "ent-export-pdf.h"
#include "ent-export-png.h"
#include "ent-export-svg.h"
#include "ent-project-file.h"

typedef struct
{
  EntNetwork *network;
  char       *title;
} EntExporterPrivate;

enum {
  PROP_0,
  PROP_NETWORK,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (EntExporter, ent_exporter, G_TYPE_OBJECT)

G_DEFINE_QUARK (ent-export-error-quark, ent_export_error)

/* The formats in the order `entente-cli analyze --help` lists them. */
static GType
builtin_type (guint i)
{
  switch (i)
    {
    case 0: return ENT_TYPE_EXPORT_JSON;
    case 1: return ENT_TYPE_EXPORT_GRAPHML;
    case 2: return ENT_TYPE_EXPORT_GEXF;
    case 3: return ENT_TYPE_EXPORT_DOT;
    case 4: return ENT_TYPE_EXPORT_CSV;
    case 5: return ENT_TYPE_EXPORT_SVG;
    case 6: return ENT_TYPE_EXPORT_PNG;
    case 7: return ENT_TYPE_EXPORT_PDF;
    case 8: return ENT_TYPE_EXPORT_ENTENTE;
    default: return G_TYPE_INVALID;
    }
}

static const char * const *
registry (void)
{
  static const char **names = NULL;

  if (g_once_init_enter (&names))
    {
      GPtrArray *list = g_ptr_array_new ();

      for (guint i = 0; builtin_type (i) != G_TYPE_INVALID; i++)
        {
          g_autoptr(GTypeClass) klass = g_type_class_ref (builtin_type (i));

          g_ptr_array_add (list, (gpointer)ENT_EXPORTER_CLASS (klass)->name);
        }
      g_ptr_array_add (list, NULL);
      g_once_init_leave (&names, (const char **)g_ptr_array_free (list, FALSE));
    }
  return names;
}

/**
 * ent_exporter_list_formats:
 *
 * Returns: (transfer none): the format names, %NULL-terminated
 */
const char * const *
ent_exporter_list_formats (void)
{
  return registry ();
}

/**
 * ent_exporter_lookup:
 *
 * Returns: the exporter type for @format, or %G_TYPE_INVALID
 */
GType
ent_exporter_lookup (const char *format)
{
  const char * const *names = registry ();

  for (guint i = 0; names[i] != NULL; i++)
    if (g_strcmp0 (names[i], format) == 0)
      return builtin_type (i);
  return G_TYPE_INVALID;
}

EntExporter *
ent_exporter_new_for_format (const char  *format,
                             EntNetwork  *network,
                             GError     **error)
{
  GType type = ent_exporter_lookup (format);

  g_return_val_if_fail (ENT_IS_NETWORK (network), NULL);

  if (type == G_TYPE_INVALID)
    {
      g_autofree char *known = g_strjoinv (", ", (char **)registry ());

      g_set_error (error, ENT_EXPORT_ERROR, ENT_EXPORT_ERROR_UNKNOWN_FORMAT,
                   _("Unknown export format “%s” (known formats: %s)"), format, known);
      return NULL;
    }
  return g_object_new (type, "network", network, NULL);
}

static void
ent_exporter_finalize (GObject *object)
{
  EntExporterPrivate *priv = ent_exporter_get_instance_private (ENT_EXPORTER (object));

  g_clear_object (&priv->network);
  g_clear_pointer (&priv->title, g_free);

  G_OBJECT_CLASS (ent_exporter_parent_class)->finalize (object);
}

static void
ent_exporter_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  EntExporter *self = ENT_EXPORTER (object);

  switch (prop_id)
    {
    case PROP_NETWORK:
      g_value_set_object (value, ent_exporter_get_network (self));
      break;
    case PROP_TITLE:
      g_value_take_string (value, ent_exporter_dup_title (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_exporter_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  EntExporter *self = ENT_EXPORTER (object);
  EntExporterPrivate *priv = ent_exporter_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_NETWORK:
      priv->network = g_value_dup_object (value);
      break;
    case PROP_TITLE:
      ent_exporter_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_exporter_class_init (EntExporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ent_exporter_finalize;
  object_class->get_property = ent_exporter_get_property;
  object_class->set_property = ent_exporter_set_property;

  properties[PROP_NETWORK] =
    g_param_spec_object ("network", NULL, NULL, ENT_TYPE_NETWORK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ent_exporter_init (EntExporter *self)
{
}

EntNetwork *
ent_exporter_get_network (EntExporter *self)
{
  EntExporterPrivate *priv = ent_exporter_get_instance_private (self);

  g_return_val_if_fail (ENT_IS_EXPORTER (self), NULL);
  return priv->network;
}

const char *
ent_exporter_get_name (EntExporter *self)
{
  g_return_val_if_fail (ENT_IS_EXPORTER (self), NULL);
  return ENT_EXPORTER_GET_CLASS (self)->name;
}

const char *
ent_exporter_get_extension (EntExporter *self)
{
  g_return_val_if_fail (ENT_IS_EXPORTER (self), NULL);
  return ENT_EXPORTER_GET_CLASS (self)->extension;
}

const char *
ent_exporter_get_mime_type (EntExporter *self)
{
  g_return_val_if_fail (ENT_IS_EXPORTER (self), NULL);
  return ENT_EXPORTER_GET_CLASS (self)->mime_type;
}

const char *
ent_exporter_get_description (EntExporter *self)
{
  g_return_val_if_fail (ENT_IS_EXPORTER (self), NULL);
  return _(ENT_EXPORTER_GET_CLASS (self)->description);
}

guint
ent_exporter_get_n_parts (EntExporter *self)
{
  const char * const *parts;

  g_return_val_if_fail (ENT_IS_EXPORTER (self), 0);
  parts = ENT_EXPORTER_GET_CLASS (self)->parts;
  return parts == NULL ? 1 : g_strv_length ((char **)parts);
}

/**
 * ent_exporter_dup_title:
 *
 * Returns: the title set, else the project's name when it has a file, the
 *   article's title for a single article, or a count of the articles
 */
char *
ent_exporter_dup_title (EntExporter *self)
{
  EntExporterPrivate *priv = ent_exporter_get_instance_private (self);
  EntProject *project;
  guint n;

  g_return_val_if_fail (ENT_IS_EXPORTER (self), NULL);

  if (priv->title != NULL)
    return g_strdup (priv->title);
  project = ent_network_get_project (priv->network);
  n = ent_project_get_n_documents (project);
  if (ent_project_get_file (project) == NULL && n == 1)
    {
      g_autoptr(EntDocument) doc = g_list_model_get_item (ent_project_get_documents (project), 0);
      const char *title = ent_document_get_title (doc);

      if (title != NULL && *title != '\0')
        return g_strdup (title);
    }
  if (ent_project_get_file (project) == NULL && n > 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Network of %u article",
                                         "Network of %u articles", n), n);
  return ent_project_dup_title (project);
}

void
ent_exporter_set_title (EntExporter *self,
                        const char  *title)
{
  EntExporterPrivate *priv = ent_exporter_get_instance_private (self);

  g_return_if_fail (ENT_IS_EXPORTER (self));

  if (g_strcmp0 (priv->title, title) == 0)
    return;
  g_free (priv->title);
  priv->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * ent_exporter_dup_part_file:
 *
 * The file @part goes to when the user chose @file: @file itself for a
 * one-file format; for CSV, `net.csv` gives `net-nodes.csv` and
 * `net-edges.csv` (and `net` gives the same names).
 *
 * Returns: (transfer full): the file of @part
 */
GFile *
ent_exporter_dup_part_file (EntExporter *self,
                            GFile       *file,
                            guint        part)
{
  EntExporterClass *klass = ENT_EXPORTER_GET_CLASS (self);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *base = NULL, *name = NULL;
  g_autofree char *dot_ext = NULL;

  g_return_val_if_fail (ENT_IS_EXPORTER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (part < ent_exporter_get_n_parts (self), NULL);

  if (klass->parts == NULL)
    return g_object_ref (file);
  base = g_file_get_basename (file);
  dot_ext = g_strconcat (".", klass->extension, NULL);
  if (g_str_has_suffix (base, dot_ext) && strlen (base) > strlen (dot_ext))
    base[strlen (base) - strlen (dot_ext)] = '\0';
  name = g_strdup_printf ("%s-%s%s", base, klass->parts[part], dot_ext);
  parent = g_file_get_parent (file);
  return parent ? g_file_get_child (parent, name) : g_file_new_for_path (name);
}

/**
 * ent_exporter_serialize:
 *
 * Lays the network out first (seed 0, to convergence) if it never was, as
 * every format carries positions. Main thread only, like the network.
 *
 * Returns: (transfer full): the bytes of @part, or %NULL with @error set
 */
GBytes *
ent_exporter_serialize (EntExporter  *self,
                        guint         part,
                        GError      **error)
{
  EntExporterPrivate *priv = ent_exporter_get_instance_private (self);

  g_return_val_if_fail (ENT_IS_EXPORTER (self), NULL);
  g_return_val_if_fail (part < ent_exporter_get_n_parts (self), NULL);

  if (!ent_network_get_laid_out (priv->network))
    ent_network_layout (priv->network, 0);
  return ENT_EXPORTER_GET_CLASS (self)->serialize (self, part, error);
}

typedef struct
{
  GPtrArray *files;  /* GFile */
  GPtrArray *bytes;  /* GBytes */
} Parts;

static void
parts_free (Parts *parts)
{
  g_ptr_array_unref (parts->files);
  g_ptr_array_unref (parts->bytes);
  g_free (parts);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Parts, parts_free)

static gboolean
set_save_error (GError     **error,
                const char  *path,
                int          saved_errno)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not save “%s”: %s"), name, g_strerror (saved_errno));
  return FALSE;
}

/* Writes @bytes to a new temporary file beside @path and flushes it to
 * disk; on failure nothing is left behind. */
static char *
write_temporary (const char  *path,
                 GBytes      *bytes,
                 GError     **error)
{
  g_autofree char *tmp = g_strconcat (path, ".XXXXXX", NULL);
  gsize size, done = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  int fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0666);
  int saved_errno;

  if (fd < 0)
    return set_save_error (error, path, errno), NULL;
  while (done < size)
    {
      gssize n = write (fd, data + done, size - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      done += n;
    }
  if (done == size && fsync (fd) == 0 && close (fd) == 0)
    return g_steal_pointer (&tmp);
  saved_errno = done == size ? errno : (errno ? errno : ENOSPC);
  close (fd);
  g_unlink (tmp);
  set_save_error (error, path, saved_errno);
  return NULL;
}

/* All files or none: every part goes to a temporary file first, and only
 * when all are complete are they renamed into place, within one folder. */
static gboolean
write_local_parts (Parts   *parts,
                   GError **error)
{
  g_autoptr(GPtrArray) temps = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  gboolean ok = TRUE;

  for (guint i = 0; i < parts->files->len; i++)
    {
      g_autofree char *path = g_file_get_path (g_ptr_array_index (parts->files, i));
      /* A rename over a folder or a device fails or does harm only after
       * the other parts are in place, so it is refused before anything is
       * written; links are followed to the files they name. */
      char *real = ent_resolve_save_path (path, error);

      if (real == NULL)
        return FALSE;
      g_ptr_array_add (paths, real);
    }
  for (guint i = 0; ok && i < parts->files->len; i++)
    {
      char *tmp = write_temporary (g_ptr_array_index (paths, i), g_ptr_array_index (parts->bytes, i), error);

      if (tmp != NULL)
        g_ptr_array_add (temps, tmp);
      ok = tmp != NULL;
    }
  for (guint i = 0; ok && i < temps->len; i++)
    if (g_rename (g_ptr_array_index (temps, i), g_ptr_array_index (paths, i)) != 0)
      ok = set_save_error (error, g_ptr_array_index (paths, i), errno);
    else
      g_clear_pointer (&g_ptr_array_index (temps, i), g_free);
  for (guint i = 0; i < temps->len; i++)
    if (g_ptr_array_index (temps, i) != NULL)
      g_unlink (g_ptr_array_index (temps, i));
  return ok;
}

static gboolean
write_parts (Parts         *parts,
             GCancellable  *cancellable,
             GError       **error)
{
  gboolean local = TRUE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (parts->files->len == 1)
    return ent_write_file_atomically (g_ptr_array_index (parts->files, 0),
                                      g_ptr_array_index (parts->bytes, 0), cancellable, error);
  for (guint i = 0; i < parts->files->len; i++)
    local &= g_file_is_native (g_ptr_array_index (parts->files, i));
  if (local)
    return write_local_parts (parts, error);
  for (guint i = 0; i < parts->files->len; i++)
    if (!ent_write_file_atomically (g_ptr_array_index (parts->files, i),
                                    g_ptr_array_index (parts->bytes, i), cancellable, error))
      return FALSE;
  return TRUE;
}

static Parts *
serialize_parts (EntExporter  *self,
                 GFile        *file,
                 GError      **error)
{
  g_autoptr(Parts) parts = g_new0 (Parts, 1);

  parts->files = g_ptr_array_new_with_free_func (g_object_unref);
  parts->bytes = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  for (guint i = 0; i < ent_exporter_get_n_parts (self); i++)
    {
      GBytes *bytes = ent_exporter_serialize (self, i, error);

      if (bytes == NULL)
        return NULL;
      g_ptr_array_add (parts->bytes, bytes);
      g_ptr_array_add (parts->files, ent_exporter_dup_part_file (self, file, i));
    }
  return g_steal_pointer (&parts);
}

/**
 * ent_exporter_write:
 *
 * Serialises every part, then writes them atomically: on failure no file
 * is created or changed, and @error names the file and the cause.
 */
gboolean
ent_exporter_write (EntExporter   *self,
                    GFile         *file,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(Parts) parts = NULL;

  g_return_val_if_fail (ENT_IS_EXPORTER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if ((parts = serialize_parts (self, file, error)) == NULL)
    return FALSE;
  return write_parts (parts, cancellable, error);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (write_parts (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * ent_exporter_write_async:
 *
 * Serialises now, on the calling (main) thread, since the network may
 * change afterwards; only the writing runs in a worker thread.
 */
void
ent_exporter_write_async (EntExporter         *self,
                          GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  Parts *parts;

  g_return_if_fail (ENT_IS_EXPORTER (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ent_exporter_write_async);
  if ((parts = serialize_parts (self, file, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_set_task_data (task, parts, (GDestroyNotify)parts_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
ent_exporter_write_finish (EntExporter   *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
