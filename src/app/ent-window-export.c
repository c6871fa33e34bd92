/* ent-window-export.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ent-export-dialog.h"
#include "ent-export-image.h"
#include "ent-export-png.h"
#include "ent-palette-setting.h"
#include "ent-project-file.h"
#include "ent-window-private.h"

/* What leaves the window other than the project file: exports of the
 * network through the exporters, an image on the clipboard, and a revert
 * that reads the project back from its file. */

typedef struct
{
  EntWindow *window;
  GFile     *file;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->window);
  g_clear_object (&job->file);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportJob, export_job_free)

/* The toast says what failed; @format has one %s, the problem. */
#define REPORT_ERROR(self, format, error)                                    \
  G_STMT_START {                                                             \
    g_autofree char *_markup = g_markup_printf_escaped (format, (error)->message); \
    _ent_window_add_toast (self, _markup);                                   \
  } G_STMT_END

static char *
dup_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return g_filename_display_name (basename ? basename : "");
}

/* An exporter of the window's network, with the image options applied
 * where the format has them. */
static EntExporter *
new_exporter (EntWindow     *self,
              const char    *format,
              double         scale,
              gboolean       dark,
              EntPageParts   parts,
              GError       **error)
{
  g_autoptr(EntExporter) exporter = ent_exporter_new_for_format (format, self->network, error);

  if (exporter == NULL)
    return NULL;
  if (ENT_IS_EXPORT_IMAGE (exporter))
    {
      EntExportImage *image = ENT_EXPORT_IMAGE (exporter);

      ent_export_image_set_dark (image, dark);
      ent_export_image_set_scheme (image, ent_palette_setting_get_scheme ());
      ent_export_image_set_parts (image, parts);
    }
  if (ENT_IS_EXPORT_PNG (exporter))
    ent_export_png_set_scale (ENT_EXPORT_PNG (exporter), scale);

  return g_steal_pointer (&exporter);
}

static void
write_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(ExportJob) job = user_data;
  EntWindow *self = job->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = dup_display_name (job->file);
  g_autofree char *markup = NULL;

  self->n_exports--;
  if (!ent_exporter_write_finish (ENT_EXPORTER (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      markup = g_markup_printf_escaped (_("Could not export “%s”: %s"), name, error->message);
    }
  else
    markup = g_markup_printf_escaped (_("Exported “%s”"), name);

  _ent_window_add_toast (self, markup);
}

static void
write_export (EntWindow   *self,
              EntExporter *exporter,
              GFile       *file)
{
  ExportJob *job = g_new0 (ExportJob, 1);

  job->window = g_object_ref (self);
  job->file = g_object_ref (file);
  self->n_exports++;
  ent_exporter_write_async (exporter, file, self->cancellable, write_cb, job);
}

static GtkFileFilter *
new_filter (EntExporter *exporter)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strdup_printf ("*.%s", ent_exporter_get_extension (exporter));

  gtk_file_filter_set_name (filter, ent_exporter_get_description (exporter));
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_mime_type (filter, ent_exporter_get_mime_type (exporter));

  return filter;
}

/* The project's file name with the format's extension, or a generic one. */
static char *
dup_suggested_name (EntWindow   *self,
                    EntExporter *exporter)
{
  GFile *file = ent_project_get_file (self->project);
  g_autofree char *basename = file ? g_file_get_basename (file) : NULL;
  g_autofree char *stem = NULL;
  char *dot;

  if (basename != NULL)
    {
      stem = g_filename_display_name (basename);
      if ((dot = strrchr (stem, '.')) != NULL && dot != stem)
        *dot = '\0';
    }
  else
    /* Translators: the file name suggested for an export, without the
     * extension. */
    stem = g_strdup (_("Network"));

  return g_strdup_printf ("%s.%s", stem, ent_exporter_get_extension (exporter));
}

static void
export_response_cb (EntWindow            *self,
                    int                   response,
                    GtkFileChooserNative *native)
{
  EntExporter *exporter = g_object_get_data (G_OBJECT (native), "exporter");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  if (file != NULL)
    write_export (self, exporter, file);

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (native));
  g_object_unref (native);
}

static void
dialog_export_cb (EntWindow       *self,
                  EntExportDialog *dialog)
{
  g_autoptr(EntExporter) exporter = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;

  exporter = new_exporter (self,
                           ent_export_dialog_get_format (dialog),
                           ent_export_dialog_get_scale (dialog),
                           ent_export_dialog_get_dark (dialog),
                           ent_export_dialog_get_parts (dialog),
                           &error);
  if (exporter == NULL)
    {
      REPORT_ERROR (self, _("Could not export: %s"), error);
      return;
    }

  native = gtk_file_chooser_native_new (_("Export Network"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"),
                                        _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), new_filter (exporter));
  name = dup_suggested_name (self, exporter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_object_set_data_full (G_OBJECT (native), "exporter",
                          g_steal_pointer (&exporter), g_object_unref);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (export_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  EntWindow *self = ENT_WINDOW (widget);
  g_autofree char *format = NULL;
  EntExportDialog *dialog;

  if (self->settings != NULL)
    format = g_settings_get_string (self->settings, "default-export-format");

  dialog = ent_export_dialog_new (GTK_WINDOW (self), format);
  g_signal_connect_object (dialog, "export", G_CALLBACK (dialog_export_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
copy_image_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  EntWindow *self = ENT_WINDOW (widget);
  g_autoptr(EntExporter) exporter = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  /* Sharp on the screen it is pasted to, as the canvas is on this one. */
  exporter = new_exporter (self, "png", gtk_widget_get_scale_factor (widget), FALSE,
                           ENT_PAGE_ALL, &error);
  if (exporter != NULL)
    bytes = ent_exporter_serialize (exporter, 0, &error);
  if (bytes != NULL)
    texture = gdk_texture_new_from_bytes (bytes, &error);
  if (texture == NULL)
    {
      REPORT_ERROR (self, _("Could not copy the image: %s"), error);
      return;
    }

  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  _ent_window_add_toast (self, _("Image copied"));
}

static void
revert_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(EntWindow) self = user_data;
  g_autoptr(EntProject) project = NULL;
  g_autoptr(GError) error = NULL;

  project = ent_project_file_load_finish (result, &error);
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  self->reverting = FALSE;
  if (project != NULL)
    _ent_window_set_project (self, project);
  else
    {
      g_autofree char *name = dup_display_name (ent_project_get_file (self->project));
      g_autofree char *markup = g_markup_printf_escaped (_("Could not revert to “%s”: %s"),
                                                         name, error->message);

      _ent_window_add_toast (self, markup);
    }
  _ent_window_update_actions (self);
}

static void
revert_response_cb (EntWindow  *self,
                    const char *response)
{
  if (g_strcmp0 (response, "revert") == 0)
    _ent_window_revert (self);
}

static void
revert_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  EntWindow *self = ENT_WINDOW (widget);
  g_autofree char *name = NULL;
  AdwMessageDialog *dialog;

  if (!ent_project_get_modified (self->project))
    {
      _ent_window_revert (self);
      return;
    }

  name = dup_display_name (ent_project_get_file (self->project));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Revert Changes?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("Unsaved changes to “%s” will be permanently lost."),
                                  name);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "revert", _("_Revert"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "revert", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (revert_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_ent_window_class_export_init (EntWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.copy-image", NULL, copy_image_action);
  gtk_widget_class_install_action (widget_class, "win.revert", NULL, revert_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export", NULL);
}

/* Writes the window's network in @format to @file (and the files beside
 * it, for a format of several parts), then says how it went in a toast. */
void
_ent_window_export (EntWindow  *self,
                    const char *format,
                    double      scale,
                    gboolean    dark,
                    GFile      *file)
{
  g_autoptr(EntExporter) exporter = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (ENT_IS_WINDOW (self));
  g_assert (G_IS_FILE (file));

  exporter = new_exporter (self, format, scale, dark, ENT_PAGE_ALL, &error);
  if (exporter == NULL)
    REPORT_ERROR (self, _("Could not export: %s"), error);
  else
    write_export (self, exporter, file);
}

/* Reads the project back from its file; the undo history starts afresh. */
void
_ent_window_revert (EntWindow *self)
{
  GFile *file = ent_project_get_file (self->project);

  g_assert (ENT_IS_WINDOW (self));

  if (file == NULL || self->reverting)
    return;

  self->reverting = TRUE;
  ent_project_file_load_async (file, self->cancellable, revert_cb, g_object_ref (self));
  _ent_window_update_actions (self);
}
