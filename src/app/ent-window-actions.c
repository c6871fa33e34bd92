/* ent-window-actions.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ent-window-private.h"

#define PROJECT_MIME_TYPE "application/x-entente-project"

static GtkFileFilter *
new_filter (const char *name,
            gboolean    projects,
            gboolean    articles)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  if (projects)
    {
      gtk_file_filter_add_pattern (filter, "*.entente");
      gtk_file_filter_add_mime_type (filter, PROJECT_MIME_TYPE);
    }
  if (articles)
    {
      gtk_file_filter_add_pattern (filter, "*.txt");
      gtk_file_filter_add_mime_type (filter, "text/plain");
      gtk_file_filter_add_pattern (filter, "*.html");
      gtk_file_filter_add_pattern (filter, "*.htm");
      gtk_file_filter_add_mime_type (filter, "text/html");
    }

  return filter;
}

static void
add_filter (GtkFileChooser *chooser,
            GtkFileFilter  *filter)
{
  gtk_file_chooser_add_filter (chooser, filter);
  g_object_unref (filter);
}

static void
open_response_cb (EntWindow            *self,
                  int                   response,
                  GtkFileChooserNative *native)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      ent_window_open_files (self, (GFile **) array->pdata, array->len);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (native));
  g_object_unref (native);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  EntWindow *self = ENT_WINDOW (widget);
  GtkFileChooserNative *native;
  GtkFileChooser *chooser;
  GtkFileFilter *supported;

  native = gtk_file_chooser_native_new (_("Open Projects or Articles"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"),
                                        _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (native);
  gtk_file_chooser_set_select_multiple (chooser, TRUE);

  supported = new_filter (_("All Supported Files"), TRUE, TRUE);
  gtk_file_chooser_add_filter (chooser, supported);
  add_filter (chooser, new_filter (_("Entente Projects"), TRUE, FALSE));
  add_filter (chooser, new_filter (_("Text Articles"), FALSE, TRUE));
  gtk_file_chooser_set_filter (chooser, supported);
  g_object_unref (supported);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (open_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
save_as_response_cb (EntWindow            *self,
                     int                   response,
                     GtkFileChooserNative *native)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  if (file != NULL)
    _ent_window_save_to_file (self, file);
  else
    self->close_after_save = FALSE;

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (native));
  g_object_unref (native);
}

void
_ent_window_save_as (EntWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;
  GtkFileChooser *chooser;
  GFile *file = ent_project_get_file (self->project);

  native = gtk_file_chooser_native_new (_("Save Project"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"),
                                        _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (native);
  add_filter (chooser, new_filter (_("Entente Projects"), TRUE, FALSE));

  if (file != NULL)
    gtk_file_chooser_set_file (chooser, file, NULL);
  else
    {
      title = ent_project_dup_title (self->project);
      /* Translators: the file name suggested for a new project; keep the
       * .entente extension. */
      name = g_strdup_printf ("%s.entente", title && *title ? title : _("Untitled Project"));
      gtk_file_chooser_set_current_name (chooser, name);
    }

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (save_as_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  _ent_window_save (ENT_WINDOW (widget));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  _ent_window_save_as (ENT_WINDOW (widget));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ent_project_undo (ENT_WINDOW (widget)->project);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ent_project_redo (ENT_WINDOW (widget)->project);
}

static void
remove_document_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  EntWindow *self = ENT_WINDOW (widget);
  EntDocument *document = _ent_window_get_selected (self);

  if (document != NULL)
    ent_project_remove_document (self->project, document);
}

static void
reanalyse_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  _ent_window_reanalyse (ENT_WINDOW (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  _ent_window_cancel_work (ENT_WINDOW (widget));
}

void
_ent_window_class_actions_init (EntWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.remove-document", NULL,
                                   remove_document_action);
  gtk_widget_class_install_action (widget_class, "win.reanalyse", NULL, reanalyse_action);
  gtk_widget_class_install_action (widget_class, "win.cancel", NULL, cancel_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
}

void
_ent_window_update_actions (EntWindow *self)
{
  EntProject *project = self->project;
  gboolean saving = self->saving_project != NULL;
  gboolean has_content = ent_project_get_n_documents (project) > 0 ||
                         ent_project_get_file (project) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save",
                                 !saving && (ent_project_get_modified (project) ||
                                             ent_project_get_file (project) == NULL) &&
                                 has_content);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", !saving && has_content);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 ent_project_get_can_undo (project));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 ent_project_get_can_redo (project));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove-document",
                                 _ent_window_get_selected (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reanalyse",
                                 self->reanalysis == NULL && self->opening_file == NULL &&
                                 !_ent_window_import_get_busy (self) &&
                                 ent_project_get_n_documents (project) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel",
                                 self->reanalysis != NULL || self->open_total > 1 ||
                                 _ent_window_import_get_busy (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export",
                                 ent_project_get_n_actors (project) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-image",
                                 ent_project_get_n_actors (project) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.revert",
                                 ent_project_get_file (project) != NULL &&
                                 !ent_window_get_busy (self));
  _ent_window_update_canvas_actions (self);
}
