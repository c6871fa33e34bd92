/* ent-text-importer.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ent-import-private.h"
#include "ent-text-importer.h"

#define MAX_TITLE_CHARS 200

G_DEFINE_QUARK (ent-import-error-quark, ent_import_error)

static gboolean
is_binary (const char *text)
{
  gsize controls = 0;
  gsize total = 0;

  for (const char *s = text; *s && total < 65536; s++, total++)
    {
      unsigned char c = (unsigned char)*s;

      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
        controls++;
    }
  return total > 0 && controls * 10 > total;
}

static char *
first_line (const char *text)
{
  const char *end = strchr (text, '\n');
  gsize len = end ? (gsize)(end - text) : strlen (text);

  if (len == 0 || g_utf8_strlen (text, len) > MAX_TITLE_CHARS)
    return NULL;
  return g_strndup (text, len);
}

/**
 * ent_text_import_data:
 *
 * Returns: (transfer full): a new document, or %NULL with @error set
 */
EntDocument *
ent_text_import_data (const char  *data,
                      gsize        length,
                      const char  *id,
                      const char  *name,
                      GError     **error)
{
  g_autofree char *decoded = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GDateTime) now = NULL;
  EntImportMeta meta = { NULL };
  EntDocument *document;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (length > ENT_IMPORT_MAX_SIZE)
    {
      g_set_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_TOO_LARGE,
                   _("The text is too large (%u MB; the limit is %d MB)"),
                   (guint)(length / (1024 * 1024)), ENT_IMPORT_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  if ((decoded = _ent_import_decode (data, length, error)) == NULL)
    return NULL;
  if (is_binary (decoded))
    {
      g_set_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_BINARY,
                   _("This is not a text file (it is mostly control characters)"));
      return NULL;
    }

  text = _ent_import_normalise (decoded);
  if (*text == '\0')
    {
      g_set_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_EMPTY, _("The text is empty"));
      return NULL;
    }

  title = first_line (text);
  now = g_date_time_new_now_utc ();
  _ent_import_scan_text_metadata (&meta, &text);
  document = ent_document_new_take (id, g_steal_pointer (&text));
  ent_document_set_title (document, title ? title : name);
  _ent_import_meta_apply (&meta, document);
  _ent_import_meta_clear (&meta);
  ent_document_set_imported (document, now);
  return document;
}

static char *
display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  char *dot;

  if (basename == NULL)
    return g_file_get_parse_name (file);
  if ((dot = strrchr (basename, '.')) != NULL && dot != basename)
    *dot = '\0';
  return g_steal_pointer (&basename);
}

EntDocument *
ent_text_import_file (GFile         *file,
                      const char    *id,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autofree char *parse_name = NULL;
  EntDocument *document;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  parse_name = g_file_get_parse_name (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    g_set_error (&local_error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_UNSUPPORTED,
                 _("It is a folder"));
  else if (info != NULL && g_file_info_get_size (info) > ENT_IMPORT_MAX_SIZE)
    g_set_error (&local_error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_TOO_LARGE,
                 _("The file is too large (%u MB; the limit is %d MB)"),
                 (guint)(g_file_info_get_size (info) / (1024 * 1024)), ENT_IMPORT_MAX_SIZE / (1024 * 1024));
  else if (info != NULL)
    g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error);

  if (local_error == NULL)
    {
      name = display_name (file);
      document = ent_text_import_data (contents, length, id, name, &local_error);
      if (document != NULL)
        return document;
    }

  g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                              _("Could not import “%s”: "), parse_name);
  return NULL;
}
