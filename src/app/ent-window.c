/* ent-window.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ent-document-row.h"
#include "ent-settings.h"
#include "ent-window-private.h"

/* How often the document list shows the articles a long import added. */
#define DOCUMENT_ROWS_INTERVAL_MS 500

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (EntWindow, ent_window, ADW_TYPE_APPLICATION_WINDOW)

/* A window larger than the screen would show only part of itself: the
 * remembered or default size shrinks to the first monitor. */
static void
fit_to_monitor (EntWindow *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
  GdkRectangle geometry;
  int width, height;

  if (monitor == NULL)
    return;
  gdk_monitor_get_geometry (monitor, &geometry);
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width > geometry.width || height > geometry.height)
    gtk_window_set_default_size (GTK_WINDOW (self), MIN (width, geometry.width),
                                 MIN (height, geometry.height));
}

static void
load_window_state (EntWindow *self)
{
  fit_to_monitor (self);
  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  fit_to_monitor (self);
}

static void
save_window_state (EntWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static char *
dup_display_path (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  const char *home = g_get_home_dir ();
  gsize home_len = strlen (home);

  if (path == NULL)
    return g_file_get_parse_name (file);
  if (home_len > 1 && g_str_has_prefix (path, home) && path[home_len] == G_DIR_SEPARATOR)
    return g_strconcat ("~", path + home_len, NULL);

  return g_filename_display_name (path);
}

static char *
dup_project_title (EntWindow *self)
{
  g_autofree char *title = NULL;

  /* The core's own fallback title is not translated. */
  if (ent_project_get_file (self->project) == NULL)
    return g_strdup (_("Untitled Project"));

  title = ent_project_dup_title (self->project);
  if (title == NULL || title[0] == '\0')
    return g_strdup (_("Untitled Project"));

  return g_steal_pointer (&title);
}

static EntNetworkLevel
get_network_level (EntWindow *self)
{
  if (self->settings == NULL)
    return ENT_NETWORK_LEVEL_STATE;

  return g_settings_get_enum (self->settings, "network-level") == 1 ?
         ENT_NETWORK_LEVEL_ACTOR : ENT_NETWORK_LEVEL_STATE;
}

/* The preferences apply to the open window at once. */
static void
network_level_changed_cb (EntWindow *self)
{
  if (self->network != NULL)
    ent_network_set_level (self->network, get_network_level (self));
}

static void
follow_settings (EntWindow *self)
{
  if (self->settings == NULL)
    return;

  g_signal_connect_object (self->settings, "changed::network-level",
                           G_CALLBACK (network_level_changed_cb), self, G_CONNECT_SWAPPED);
  g_settings_bind (self->settings, "show-labels", self->canvas, "show-labels",
                   G_SETTINGS_BIND_GET);
}

/* The workspace shows once there are articles, or as soon as many files
 * are being opened: its first frame, the costliest of all, comes before
 * the articles, whose rows, text and network then come in later frames. */
void
_ent_window_update_view (EntWindow *self)
{
  gboolean empty = ent_project_get_n_documents (self->project) == 0 &&
                   self->open_total <= 1 && !_ent_window_batch_get_busy (self);

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "documents");
}

static void
project_changed_cb (EntWindow *self)
{
  self->change_serial++;
  _ent_window_update_view (self);
  _ent_window_update_documents (self);
  _ent_window_check_dictionary (self);
  _ent_window_update_title (self);
  _ent_window_update_actions (self);
}

static void
project_notify_cb (EntWindow *self)
{
  _ent_window_update_title (self);
  _ent_window_update_actions (self);
}

static void
selection_changed_cb (EntWindow *self)
{
  ent_reader_set_document (self->reader, _ent_window_get_selected (self));
  _ent_window_show_mentions (self);
  _ent_window_update_actions (self);
}

/* Selecting a position shows its evidence: its article in the reader,
 * with the sentence and the cue highlighted. */
static void
statement_selected_cb (EntWindow *self)
{
  EntStatement *statement = ent_side_panel_get_selected_statement (self->side_panel);
  EntDocument *document = NULL;

  if (statement != NULL && ent_statement_has_evidence (statement))
    document = ent_project_lookup_document (self->project,
                                            ent_statement_get_document (statement));
  if (document == NULL)
    {
      ent_reader_clear_evidence (self->reader);
      return;
    }

  _ent_window_select_document (self, document);
  ent_reader_show_evidence (self->reader,
                            ent_statement_get_sentence_start (statement),
                            ent_statement_get_sentence_end (statement),
                            ent_statement_get_cue_start (statement),
                            ent_statement_get_cue_end (statement));
}

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));

  return G_SOURCE_REMOVE;
}

static void
close_dialog_response_cb (EntWindow  *self,
                          const char *response)
{
  self->close_dialog = NULL;

  /* The dialog is still transient for the window while it emits the
   * response; closing the window from an idle lets the dialog go first. */
  if (g_strcmp0 (response, "discard") == 0)
    {
      self->close_confirmed = TRUE;
      g_idle_add_full (G_PRIORITY_DEFAULT, close_idle_cb, g_object_ref (self), g_object_unref);
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      self->close_after_save = TRUE;
      _ent_window_save (self);
    }
}

static void
show_close_dialog (EntWindow *self)
{
  g_autofree char *title = NULL;
  AdwMessageDialog *dialog;

  if (self->close_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->close_dialog));
      return;
    }

  title = dup_project_title (self);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Save Changes?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” contains unsaved changes. "
                                    "Changes which are not saved will be permanently lost."),
                                  title);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_dialog_response_cb),
                           self, G_CONNECT_SWAPPED);

  self->close_dialog = GTK_WIDGET (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
ent_window_close_request (GtkWindow *window)
{
  EntWindow *self = ENT_WINDOW (window);

  if (!self->close_confirmed && ent_project_get_modified (self->project))
    {
      show_close_dialog (self);
      return TRUE;
    }

  save_window_state (self);

  /* The window goes away even if a callback still holds a reference. */
  g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (ent_window_parent_class)->close_request (window);
}

static void
ent_window_dispose (GObject *object)
{
  EntWindow *self = ENT_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  _ent_window_dispose_analysis (self);
  g_clear_handle_id (&self->canvas_source, g_source_remove);
  _ent_window_dispose_documents (self);
  _ent_window_dispose_mentions (self);
  g_queue_clear_full (&self->open_queue, g_object_unref);
  if (self->project_signals != NULL)
    g_signal_group_set_target (self->project_signals, NULL);
  g_clear_object (&self->project_signals);
  g_clear_object (&self->settings);
  g_clear_object (&self->opening_file);
  g_clear_object (&self->saving_project);
  g_clear_object (&self->saving_file);
  g_clear_object (&self->autosave);
  /* The list's selection may outlive the window a little: it shows nothing. */
  if (self->document_rows != NULL)
    ent_deferred_model_set_model (self->document_rows, NULL);
  g_clear_object (&self->document_rows);

  G_OBJECT_CLASS (ent_window_parent_class)->dispose (object);
}

static void
ent_window_finalize (GObject *object)
{
  EntWindow *self = ENT_WINDOW (object);

  /* Callbacks of cancelled operations may still run after dispose; they
   * check the cancellable and find the project, so both live until here. */
  g_clear_object (&self->cancellable);
  g_clear_object (&self->network);
  g_clear_object (&self->project);
  g_free (self->last_toast);

  G_OBJECT_CLASS (ent_window_parent_class)->finalize (object);
}

static void
ent_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  EntWindow *self = ENT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, ent_window_get_project (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_project_or_new (EntWindow  *self,
                    EntProject *project)
{
  g_autoptr(EntProject) empty = NULL;

  if (project == NULL)
    project = empty = ent_project_new ();
  _ent_window_set_project (self, project);
}

static void
ent_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  EntWindow *self = ENT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      set_project_or_new (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_window_class_init (EntWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ent_window_dispose;
  object_class->finalize = ent_window_finalize;
  object_class->get_property = ent_window_get_property;
  object_class->set_property = ent_window_set_property;
  window_class->close_request = ent_window_close_request;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         ENT_TYPE_PROJECT,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ENT_TYPE_CANVAS);
  g_type_ensure (ENT_TYPE_DOCUMENT);
  g_type_ensure (ENT_TYPE_DOCUMENT_ROW);
  g_type_ensure (ENT_TYPE_READER);
  g_type_ensure (ENT_TYPE_SIDE_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ent-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EntWindow, canvas);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, connect_button);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, document_list);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, network_page);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, network_stack);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, progress_box);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, reader);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, side_panel);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, window_title);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, statement_selected_cb);

  _ent_window_class_actions_init (klass);
  _ent_window_import_class_init (widget_class);
  _ent_window_class_canvas_init (klass);
  _ent_window_class_export_init (klass);
  _ent_window_documents_class_init (widget_class);
}

static void
ent_window_init (EntWindow *self)
{
  _ent_window_documents_init (self);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->document_rows = ent_deferred_model_new (NULL, DOCUMENT_ROWS_INTERVAL_MS);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->document_rows));
  _ent_window_init_canvas (self);
  _ent_window_init_progress (self);
  _ent_window_init_warmup (self);
  _ent_window_init_mentions (self);

  self->cancellable = g_cancellable_new ();
  g_queue_init (&self->open_queue);
  _ent_window_import_init (self);

  self->project_signals = g_signal_group_new (ENT_TYPE_PROJECT);
  g_signal_group_connect_swapped (self->project_signals, "changed",
                                  G_CALLBACK (project_changed_cb), self);
  g_signal_group_connect_swapped (self->project_signals, "notify::file",
                                  G_CALLBACK (project_notify_cb), self);
  g_signal_group_connect_swapped (self->project_signals, "notify::modified",
                                  G_CALLBACK (project_notify_cb), self);

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  self->settings = ent_settings_new (NULL);
  load_window_state (self);
  follow_settings (self);
}

void
_ent_window_update_title (EntWindow *self)
{
  g_autofree char *title = dup_project_title (self);
  g_autofree char *shown = NULL;
  g_autofree char *subtitle = NULL;
  GFile *file = ent_project_get_file (self->project);

  if (ent_project_get_modified (self->project))
    /* Translators: the title of a project with unsaved changes. */
    shown = g_strdup_printf (_("• %s"), title);
  else
    shown = g_strdup (title);
  if (file != NULL)
    subtitle = dup_display_path (file);

  adw_window_title_set_title (self->window_title, shown);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), shown);
}

void
_ent_window_set_project (EntWindow  *self,
                         EntProject *project)
{
  g_assert (ENT_IS_WINDOW (self));
  g_assert (ENT_IS_PROJECT (project));

  if (!g_set_object (&self->project, project))
    return;

  g_signal_group_set_target (self->project_signals, project);
  g_clear_object (&self->autosave);
  self->autosave = ent_autosave_new (project);
  g_clear_object (&self->network);
  self->network = ent_network_new (project, get_network_level (self));
  /* The camps, and so the mentions' colours, follow the network. */
  g_signal_connect_object (self->network, "changed", G_CALLBACK (_ent_window_show_mentions), self,
                           G_CONNECT_SWAPPED);
  _ent_window_forget_mentions (self);
  ent_side_panel_set_network (self->side_panel, self->network);
  _ent_window_set_canvas_network (self);
  /* The rows count their positions from what this finds. */
  _ent_window_update_documents (self);
  ent_deferred_model_set_model (self->document_rows, ent_project_get_documents (project));
  _ent_window_learn_names (self);
  selection_changed_cb (self);
  project_changed_cb (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

EntDocument *
_ent_window_get_selected (EntWindow *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

void
_ent_window_select_document (EntWindow   *self,
                             EntDocument *document)
{
  GListModel *documents = ent_project_get_documents (self->project);
  guint n_items = g_list_model_get_n_items (documents);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(EntDocument) item = g_list_model_get_item (documents, i);

      if (item == document)
        {
          /* The list shows the document even if an import holds it back. */
          ent_deferred_model_show (self->document_rows, i);
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

void
_ent_window_add_toast (EntWindow  *self,
                       const char *markup)
{
  AdwToast *toast = adw_toast_new (markup);

  /* Kept for the UI tests, which cannot read toasts back from the overlay. */
  g_free (self->last_toast);
  self->last_toast = g_strdup (markup);

  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

EntWindow *
ent_window_new (GtkApplication *application,
                EntProject     *project)
{
  g_autoptr(EntProject) empty = NULL;

  g_return_val_if_fail (!application || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (!project || ENT_IS_PROJECT (project), NULL);

  if (project == NULL)
    project = empty = ent_project_new ();

  return g_object_new (ENT_TYPE_WINDOW,
                       "application", application,
                       "project", project,
                       NULL);
}

gboolean
ent_window_get_busy (EntWindow *self)
{
  g_return_val_if_fail (ENT_IS_WINDOW (self), FALSE);

  return self->opening_file != NULL ||
         self->saving_project != NULL ||
         self->reanalysis != NULL ||
         self->n_exports > 0 ||
         self->reverting ||
         _ent_window_import_get_busy (self) ||
         _ent_window_batch_get_catching_up (self) ||
         !g_queue_is_empty (&self->open_queue);
}

EntProject *
ent_window_get_project (EntWindow *self)
{
  g_return_val_if_fail (ENT_IS_WINDOW (self), NULL);

  return self->project;
}

void
ent_window_open_files (EntWindow  *self,
                       GFile     **files,
                       guint       n_files)
{
  g_return_if_fail (ENT_IS_WINDOW (self));
  g_return_if_fail (files != NULL || n_files == 0);

  for (guint i = 0; i < n_files; i++)
    g_queue_push_tail (&self->open_queue, g_object_ref (files[i]));
  self->open_total += n_files;

  _ent_window_open_next (self);
}
