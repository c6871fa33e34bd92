/* ent-export-dialog.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ent-export-dialog.h"
#include "ent-export-image.h"
#include "ent-export-png.h"
#include "ent-exporter.h"
#include "ent-settings.h"

/* The export options: a format from the exporter registry and, for the
 * formats that draw, the image's scale (PNG), a dark background and the
 * parts of the page to include. The dialog only asks; whoever shows it
 * connects to ::export and does the work, so that the export runs through
 * the window's own code path. The options of the last export are kept in
 * GSettings and shown again; the format is the one the preferences name,
 * or the one the window asks for. */

struct _EntExportDialog
{
  AdwWindow       parent_instance;

  AdwActionRow   *dark_row;
  GtkSwitch      *dark_switch;
  AdwComboRow    *format_row;
  AdwComboRow    *scale_row;
  AdwActionRow   *title_row;
  GtkSwitch      *title_switch;
  AdwActionRow   *labels_row;
  GtkSwitch      *labels_switch;
  AdwActionRow   *legend_row;
  GtkSwitch      *legend_switch;

  GSettings      *settings;  /* NULL without the schema installed */
};

enum {
  PROP_0,
  PROP_FORMAT,
  N_PROPS
};

enum {
  SIGNAL_EXPORT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const double scales[] = { 1.0, 2.0, 4.0 };

G_DEFINE_FINAL_TYPE (EntExportDialog, ent_export_dialog, ADW_TYPE_WINDOW)

static GListModel *
new_format_model (void)
{
  const char * const *formats = ent_exporter_list_formats ();
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; formats[i] != NULL; i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (ent_exporter_lookup (formats[i]));

      gtk_string_list_append (list, _(ENT_EXPORTER_CLASS (klass)->description));
    }

  return G_LIST_MODEL (list);
}

static void
update_rows (EntExportDialog *self)
{
  GType type = ent_exporter_lookup (ent_export_dialog_get_format (self));
  gboolean image = g_type_is_a (type, ENT_TYPE_EXPORT_IMAGE);

  gtk_widget_set_visible (GTK_WIDGET (self->scale_row), g_type_is_a (type, ENT_TYPE_EXPORT_PNG));
  gtk_widget_set_visible (GTK_WIDGET (self->dark_row), image);
  gtk_widget_set_visible (GTK_WIDGET (self->title_row), image);
  gtk_widget_set_visible (GTK_WIDGET (self->labels_row), image);
  gtk_widget_set_visible (GTK_WIDGET (self->legend_row), image);
}

static void
format_selected_cb (EntExportDialog *self)
{
  update_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORMAT]);
}

static void
load_options (EntExportDialog *self)
{
  double scale;
  guint i;

  if (self->settings == NULL)
    return;

  scale = g_settings_get_double (self->settings, "export-scale");
  for (i = 0; i + 1 < G_N_ELEMENTS (scales) && scales[i] < scale; i++)
    ;
  adw_combo_row_set_selected (self->scale_row, i);
  gtk_switch_set_active (self->dark_switch, g_settings_get_boolean (self->settings, "export-dark"));
  gtk_switch_set_active (self->title_switch,
                         g_settings_get_boolean (self->settings, "export-title"));
  gtk_switch_set_active (self->labels_switch,
                         g_settings_get_boolean (self->settings, "export-labels"));
  gtk_switch_set_active (self->legend_switch,
                         g_settings_get_boolean (self->settings, "export-legend"));
}

/* Runs before the handlers of ::export: a choice the user confirmed is
 * kept, one left in a dialog closed without exporting is not. */
static void
save_options (EntExportDialog *self)
{
  EntPageParts parts = ent_export_dialog_get_parts (self);

  if (self->settings == NULL)
    return;

  g_settings_delay (self->settings);
  g_settings_set_double (self->settings, "export-scale", ent_export_dialog_get_scale (self));
  g_settings_set_boolean (self->settings, "export-dark", ent_export_dialog_get_dark (self));
  g_settings_set_boolean (self->settings, "export-title", (parts & ENT_PAGE_TITLE) != 0);
  g_settings_set_boolean (self->settings, "export-labels", (parts & ENT_PAGE_LABELS) != 0);
  g_settings_set_boolean (self->settings, "export-legend", (parts & ENT_PAGE_LEGEND) != 0);
  g_settings_apply (self->settings);
}

static void
export_clicked_cb (EntExportDialog *self)
{
  g_object_ref (self);
  g_signal_emit (self, signals[SIGNAL_EXPORT], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
ent_export_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  EntExportDialog *self = ENT_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_FORMAT:
      g_value_set_string (value, ent_export_dialog_get_format (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_export_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  EntExportDialog *self = ENT_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_FORMAT:
      ent_export_dialog_set_format (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_export_dialog_dispose (GObject *object)
{
  EntExportDialog *self = ENT_EXPORT_DIALOG (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ent_export_dialog_parent_class)->dispose (object);
}

static void
ent_export_dialog_class_init (EntExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ent_export_dialog_dispose;
  object_class->get_property = ent_export_dialog_get_property;
  object_class->set_property = ent_export_dialog_set_property;

  properties[PROP_FORMAT] =
    g_param_spec_string ("format", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * EntExportDialog::export:
   *
   * The user chose to export with the options shown; the dialog closes
   * right after.
   */
  signals[SIGNAL_EXPORT] =
    g_signal_new ("export", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ent-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EntExportDialog, dark_row);
  gtk_widget_class_bind_template_child (widget_class, EntExportDialog, dark_switch);
  gtk_widget_class_bind_template_child (widget_class, EntExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, EntExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, EntExportDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, EntExportDialog, title_switch);
  gtk_widget_class_bind_template_child (widget_class, EntExportDialog, labels_row);
  gtk_widget_class_bind_template_child (widget_class, EntExportDialog, labels_switch);
  gtk_widget_class_bind_template_child (widget_class, EntExportDialog, legend_row);
  gtk_widget_class_bind_template_child (widget_class, EntExportDialog, legend_switch);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_selected_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ent_export_dialog_init (EntExportDialog *self)
{
  g_autoptr(GListModel) formats = new_format_model ();

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->format_row, formats);
  update_rows (self);

  self->settings = ent_settings_new ("export-legend");
  load_options (self);
  g_signal_connect (self, "export", G_CALLBACK (save_options), NULL);
}

EntExportDialog *
ent_export_dialog_new (GtkWindow  *parent,
                       const char *format)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (ENT_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "format", format,
                       NULL);
}

gboolean
ent_export_dialog_get_dark (EntExportDialog *self)
{
  g_return_val_if_fail (ENT_IS_EXPORT_DIALOG (self), FALSE);

  return gtk_switch_get_active (self->dark_switch);
}

const char *
ent_export_dialog_get_format (EntExportDialog *self)
{
  const char * const *formats = ent_exporter_list_formats ();
  guint selected;

  g_return_val_if_fail (ENT_IS_EXPORT_DIALOG (self), NULL);

  selected = adw_combo_row_get_selected (self->format_row);
  if (selected >= g_strv_length ((char **) formats))
    return formats[0];

  return formats[selected];
}

double
ent_export_dialog_get_scale (EntExportDialog *self)
{
  guint selected;

  g_return_val_if_fail (ENT_IS_EXPORT_DIALOG (self), 1.0);

  selected = adw_combo_row_get_selected (self->scale_row);

  return selected < G_N_ELEMENTS (scales) ? scales[selected] : 1.0;
}

/**
 * ent_export_dialog_get_parts:
 *
 * Returns: the parts of the page the user chose to include, for the
 *   formats that draw
 */
EntPageParts
ent_export_dialog_get_parts (EntExportDialog *self)
{
  EntPageParts parts = 0;

  g_return_val_if_fail (ENT_IS_EXPORT_DIALOG (self), ENT_PAGE_ALL);

  if (gtk_switch_get_active (self->title_switch))
    parts |= ENT_PAGE_TITLE;
  if (gtk_switch_get_active (self->labels_switch))
    parts |= ENT_PAGE_LABELS;
  if (gtk_switch_get_active (self->legend_switch))
    parts |= ENT_PAGE_LEGEND;

  return parts;
}

void
ent_export_dialog_set_parts (EntExportDialog *self,
                             EntPageParts     parts)
{
  g_return_if_fail (ENT_IS_EXPORT_DIALOG (self));

  gtk_switch_set_active (self->title_switch, (parts & ENT_PAGE_TITLE) != 0);
  gtk_switch_set_active (self->labels_switch, (parts & ENT_PAGE_LABELS) != 0);
  gtk_switch_set_active (self->legend_switch, (parts & ENT_PAGE_LEGEND) != 0);
}

/* An unknown format leaves the choice as it is. */
void
ent_export_dialog_set_format (EntExportDialog *self,
                              const char      *format)
{
  const char * const *formats = ent_exporter_list_formats ();

  g_return_if_fail (ENT_IS_EXPORT_DIALOG (self));

  for (guint i = 0; format != NULL && formats[i] != NULL; i++)
    if (g_str_equal (formats[i], format))
      adw_combo_row_set_selected (self->format_row, i);
}
